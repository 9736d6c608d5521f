"""Ordinary crime is no political event: police and courts acting on private persons.

CAMEO codes interactions between political actors (gold guideline "What is an event"). Police and
court news about common crime reads like coercion to the coder: "Zwei mutmaßliche Trickdiebe wurden
festgenommen" is an arrest (173), "Die Angeklagten wurden wegen Untreue verurteilt" a sentence (116),
"Die Polizei schoss auf den 21-Jährigen" force (175). None names a political target; the coder fills
in the source state's population (`targets_domestic`) or leaves the target open. An arrest, charge,
verdict or police shooting stays an event where the person acted on has a political role or the act
a political reason: opposition figures, journalists, protesters, terror suspects, spies, foreigners
held by a state ("ein kanadischer Priester wegen Aufwiegelung verurteilt"). It is dropped where the
sentence names the person by a common-crime noun (thief, smuggler, dealer, gunman running amok) or
the charge as a common crime (theft, fraud, breach of trust, negligent homicide), or, for a police
shooting, a single armed individual in an article that speaks of no terror at all, or, for an
arrest, a charge or a trial by the police or a court at home, in a report of a murder, a brawl, an
accident or a bankruptcy with no political word at all ("Laut Polizei wurden 50 Beteiligte
festgenommen" after a brawl, "Gegen ihn wurde Haftbefehl erlassen" after a murder), or a suspect
named only by age or as "der Verdächtige" in an article with no political word at all; and nothing in
the sentence is political. The police asking witnesses or victims to come forward is no appeal to a
political actor either, nor is what the police or the prosecution confirm, deny or rule out about a
case, addressed to no one ("Die Polizei bestätigte das nicht", "Brandstiftung schlossen die Ermittler
aus"), a statement or rejection.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lagebild.events.arguments import actor_of, side_of
from lagebild.events.codebook import ASKING_ROOTS, REJECTION_ROOT, STATEMENT_ROOT
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.targets_domestic import COURT_ROLE, POLICE_ROLE, names_a_foreigner
from lagebild.pipeline.annotations import EventInfo

# the state's law enforcement, whose everyday work is ordinary crime
LAW_ENFORCEMENT_ROLES = (POLICE_ROLE, COURT_ROLE)
# the people of the source's own state, the target the coder guesses for an act at home
OWN_PEOPLE_ROLE = "CVL"
# charging and sentencing (116 and 173 also come from courts), coercion, assault and force
COERCIVE_CODES = ("116", "17", "18", "19")
POLICE_FORCE_CODES = ("175", "18", "19")

# people named by the crime they are suspected of, also in compounds ("Trickdiebe", "Bankräuber")
OFFENDER = re.compile(
    r"(dieb|diebin|diebinnen|diebe|dieben|einbrecher|räuber|schlepper|schleuser|schmuggler|betrüger"
    r"|dealer|hehler|fälscher|brandstifter|vergewaltiger|erpresser|zuhälter|drogenhändler"
    r"|drogenkurier|raser|amokläufer|amokfahrer)(n|in|innen)?$"
)
# common crimes named as the charge ("wegen Untreue", "des Betrugs"); murder, corruption and money
# laundering are left out: the news reports them of and against politicians as often as not
COMMON_CRIME = re.compile(
    r"(diebstahl|diebstähle|diebstählen|betrug|betrügereien|untreue|tierquälerei|körperverletzung"
    r"|raub|raubüberfall|raubüberfälle|einbruchsdiebstahl|steuerhinterziehung|kursmanipulation"
    r"|marktmanipulation|bilanzfälschung|insiderhandel|drogenhandel|rauschgifthandel|drogenbesitz"
    r"|vergewaltigung|kindesmissbrauch|brandstiftung|totschlag|fahrerflucht|sachbeschädigung"
    r"|hehlerei|urkundenfälschung|schmuggel|amoklauf|amokläufe|amokfahrt)(s|es)?$"
)
# negligence that kills ("wegen fahrlässiger Tötung"): a death caused by accident, not by intent
NEGLIGENCE = "fahrlässig"
# compounds of those words that name political wrongs ("Wahlbetrug", "Waffenschmuggel")
POLITICAL_PREFIXES = ("wahl", "waffen", "subventions", "sozial")
# one armed person the police shoots at: "den 21-Jährigen", "der Täter", "einen Schützen"
INDIVIDUAL = re.compile(
    r"(\d+-)?jährige[nr]?|täter|schütze[n]?|amokläufer[s]?|geiselnehmer[s]?|angreifer[s]?"
)
# an article that speaks of terror makes any shooting or arrest in it a possible part of it
TERROR_WORDS = ("terror", "anschlag", "anschläg", "attentat", "attentäter", "islamist", "dschihad", "jihad")
# words, also inside compounds, that make an arrest, a trial or a shooting political: the person's
# role or cause, or the charge ("Oppositionsführer", "Regimekritikerin", "wegen Spionage", "wegen
# Volksverhetzung")
POLITICAL_WORDS = TERROR_WORDS + (
    "extremist", "gefährder", "spion", "verrat", "aufwiegel", "putsch", "umsturz", "regimekritik",
    "regierungskritik", "regierungsgegner", "regimegegner", "opposition", "demonstr", "protest",
    "journalist", "reporter", "aktivist", "blogger", "dissident", "politisch", "separatist", "rebell",
    "miliz", "geheimdienst", "kriegsverbrech", "völkermord", "sabotage", "menschenrecht", "partei",
    "minister", "abgeordnet", "bürgermeister", "hetz", "rassis", "fremdenfeind", "rechtsextrem",
    "linksextrem", "neonazi", "hassposting",
)  # fmt: skip
# a person the police arrests or a court tries, named by no role: "Ein Verdächtiger", "Der 23-Jährige"
SUSPECT = re.compile(r"(\d+-)?jährige[nr]?|verdächtige[nr]?|tatverdächtige[nr]?|beschuldigte[nr]?|täter")
# words of the state and its politics that make an article more than a crime report: an arrest in it
# may be one of its political acts ("Der Präsident ließ die Rädelsführer festnehmen")
STATE_WORDS = (
    "regierung", "präsident", "kanzler", "parlament", "wahl", "armee", "militär", "soldat", "krieg",
    "sanktion", "diplomat", "flüchtling", "migrant", "asyl", "grenze", "minderheit",
)  # fmt: skip
# words, also inside compounds, that show a report of a crime, an accident or a bankruptcy: an article
# without them and without politics says too little to tell ("In Teheran wurden Studentinnen festgenommen")
CRIME_NEWS_WORDS = (
    "mord", "bluttat", "totschlag", "schlägerei", "raub", "diebstahl", "einbruch", "betrug", "unfall",
    "unglück", "explosion", "leiche", "tatort", "tatverdächtig", "verdächtig", "täter", "delikt",
    "vergewaltig", "missbrauch", "insolvenz", "konkurs", "pleite", "erstochen", "erschlagen",
)  # fmt: skip
# the ministry that reports an arrest is no minister arrested
NOT_POLITICAL = ("ministerium", "ministeriums")
# statements and rejections (01, 12): what investigators say of a case when they address no one
CASE_STATEMENT_ROOTS = (STATEMENT_ROOT, REJECTION_ROOT)
# the court bodies that investigate rather than judge ("die Staatsanwaltschaft", "der Staatsanwalt")
PROSECUTION = "staatsanwalt"
# whom the police asks to come forward: witnesses and victims of a crime
WITNESSES = re.compile(r"(augen)?zeug(e|en|in|innen)|opfern?")


def without_private_crime(events: list[EventInfo]) -> list[EventInfo]:
    """The events of a sentence less those that report ordinary crime (module docstring)."""
    return [e for e in events if not _private_crime(e)]


def _private_crime(event: EventInfo) -> bool:
    """Ordinary crime where nothing political and no foreigner is named (module docstring)."""
    if event.source is None:
        return False
    sentence = event.trigger.sent
    words = [t.lower_ for t in sentence]
    if any(_political(w) for w in words):
        return False
    # the foreigner search walks the clause and every actor span of the doc: asked last, of the events
    # that otherwise read as crime only
    return _crime_at_home(event, sentence, words) and not names_a_foreigner(event.trigger.root, event.source)


def _crime_at_home(event: EventInfo, sentence: Span, words: list[str]) -> bool:
    """Ordinary crime by what the sentence and its actors say, before the foreigners it may name."""
    role = _role(event.source)
    if (
        event.code.startswith(CASE_STATEMENT_ROOTS)
        and _investigators(event.source, role)
        and _no_one_named(event)
    ):
        # "Die Polizei bestätigte das nicht", "Brandstiftung hatten die Ermittler ausgeschlossen": what
        # the investigators of a case confirm, deny or rule out is said to no political actor
        return True
    if role == POLICE_ROLE and event.code.startswith(ASKING_ROOTS):
        # "Zeugen werden von der Polizei gebeten, sich zu melden": the police asks the public for help
        return any(WITNESSES.fullmatch(w) for w in words)
    if not event.code.startswith(COERCIVE_CODES) or not _acted_on_at_home(event, role):
        return False
    if any(_ends_in(OFFENDER, w) or _common_crime(w) or w.startswith(NEGLIGENCE) for w in words):
        return True
    if role == POLICE_ROLE and event.code.startswith(POLICE_FORCE_CODES):
        return _lone_gunman(sentence)
    return role is not None and (_suspect_in_crime_news(sentence) or _crime_report(sentence.doc))


def _political(word: str) -> bool:
    return any(stem in word for stem in POLITICAL_WORDS) and not word.endswith(NOT_POLITICAL)


def _role(source: Span) -> str | None:
    actor = actor_of(source)
    code = actor.actor_code if actor is not None else None
    return code[-3:] if code and code.endswith(LAW_ENFORCEMENT_ROLES) else None


def _investigators(source: Span, role: str | None) -> bool:
    """The police, or a court body that investigates ("die Staatsanwaltschaft"), not a court that rules."""
    return role == POLICE_ROLE or (role == COURT_ROLE and PROSECUTION in source.text.lower())


def _no_one_named(event: EventInfo) -> bool:
    """No target, or only the government at home the coder infers for a verb that names no one."""
    target = actor_of(event.target) if event.target is not None else None
    return target is None or target.role == AT_HOME


def _acted_on_at_home(event: EventInfo, role: str | None) -> bool:
    """Law enforcement with no target or its own state's people as the target; or anyone whose target
    the coder guessed as the own people, named by no actor of the sentence."""
    target = actor_of(event.target) if event.target is not None else None
    if target is None:
        return role is not None
    own = side_of(event.source)
    return target.country == own and (target.actor_code or "").endswith(OWN_PEOPLE_ROLE)


def _ends_in(pattern: re.Pattern, word: str) -> bool:
    """The word is, or ends in, one of the pattern's words (the patterns are anchored at the end):
    compounds name the same kind of person or crime ("Trickdiebe", "Taschendieben", "Zollbetrugs")."""
    return pattern.search(word) is not None


def _common_crime(word: str) -> bool:
    match = COMMON_CRIME.search(word)
    return match is not None and not word[: match.start()].endswith(POLITICAL_PREFIXES)


def _lone_gunman(sentence: Span) -> bool:
    """A police shooting of one armed person, in an article that speaks of no terror."""
    if not any(INDIVIDUAL.fullmatch(t.lower_) for t in sentence):
        return False
    return not any(stem in t.lower_ for t in sentence.doc for stem in TERROR_WORDS)


def _suspect_in_crime_news(sentence: Span) -> bool:
    """A suspect named only by age or as "der Verdächtige", in an article with no political word at all:
    a crime report ("Der 23-Jährige wurde festgenommen, teilte die Polizei mit")."""
    if not any(SUSPECT.fullmatch(t.lower_) for t in sentence):
        return False
    return not any(_political(t.lower_) for t in sentence.doc)


def _crime_report(doc: Doc) -> bool:
    """An article that speaks of a crime, an accident or a bankruptcy and has no political word and no
    word of the state's politics at all. Cached on the doc: the coder asks once per event."""
    if "crime_report" not in doc.user_data:
        words = {t.lower_ for t in doc}
        political = any(_political(w) or any(stem in w for stem in STATE_WORDS) for w in words)
        crime = any(stem in w for w in words for stem in CRIME_NEWS_WORDS)
        doc.user_data["crime_report"] = crime and not political
    return doc.user_data["crime_report"]
