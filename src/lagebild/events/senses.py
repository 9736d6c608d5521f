"""Senses of a trigger verb that name no event, told apart by the verb's object.

"bestreiten" denies ("bestritt die Vorwürfe", "bestreitet, Waffen geliefert zu haben"), but also pays
for ("bestreitet vierzig Prozent seines Haushalts mit Hilfsgeldern") and contests a match or a campaign
("bestritt das Finale", "bestreitet den Wahlkampf allein"): those objects select a sense that is no act
towards anyone. "sprechen" meets someone only with a partner ("sprach mit Kuleba"); "sprach von einem
Tauschgeschäft" names what the speaker calls a thing. "Telefon" is a call only as the setting of
what is said ("lobte am Telefon") or with a partner; otherwise it is the device ("das Telefon des
Ministers wurde abgehört").
A talk with a newspaper, a broadcaster or an agency ("sagte im Gespräch mit dem SPIEGEL") is an
interview, no meeting. "kämpfen" for a goal ("für eine gemeinsame Lösung", "um jede Stimme") with no
enemy is campaigning, no fighting; a position that is compared or qualified ("eine ähnliche
Position einnehmen") is a stance, not ground taken. Closing a border, an airspace or a port
("Schließung der Grenzübergänge", "Grenzschließung") shuts no mission: it is no reduction of relations
(161, "Schließung der Botschaft"), rather a blockade (191).
"billigen" a law, a budget or one's own part in a mission ("billigte zehn Gesetze", "die Beteiligung
der Marine") passes a measure at home: no accord with anyone.
"drohen" threatens only with what an actor threatens ("drohte mit Sanktionen", "drohte, … zu
antworten"); where what it names is itself the subject or object, with no "mit" and no clause, a
calamity looms over someone ("Es droht ein Flächenbrand", "Russland drohen neue Sanktionen", "weil
Putin dort die Festnahme gedroht hätte"): no one threatens anyone.
"treffen" meets someone, but to be hit hard or to strike whoever is named is no meeting: "neue Zölle
würden Mexiko hart treffen", "träfe es vor allem die Bauern", "wird es auf eine geschlossene Antwort
treffen" (an adverb of severity, or the impersonal "es" for subject).
"ankündigen" names an act to come only by a noun of the lexicon or by a "zu" clause; with any other
noun for its object ("kündigte eine Klage an", "kündigte neue Blockaden an") the plain reading is no
intent to cooperate: what is announced is coded by its own row or not at all; nor is it in a "wie" clause
that only says whose word the sentence reports ("…, wie der Generalsekretär ankündigte").
"demonstrieren" with a quality for its object shows it ("demonstriert Einigkeit", "demonstrierte
Entschlossenheit"): no protest; the strength a state shows off has its own row (150).
A participle before a noun names the state the noun is in ("die inhaftierten Fischer", "gegen
bewaffnete Gruppen", "die in seinem Land stationierten Soldaten"): the act is coded where it is told;
with its agent ("die von Ruanda unterstützten Rebellen") the participle still tells the act.
A bare "Angriff" on a person ("verstärkte seine Angriffe auf Biden") is a verbal attack or, with a
weapon, an assault: military force is aimed at states, forces and places, not at one named person.
A charge that is denied with no accuser of its own ("Berlin hat die Vorwürfe stets bestritten") is
no accusation: the denier accuses no one, the denial (016) is the event; "die Vorwürfe Kiews wies
Moskau zurück" keeps Kiev's charge.
Silence declines comment ("Das Ministerium schwieg zu den Berichten"); silence ruled out or called
off ("Die Nato dürfe dazu nicht schweigen") is speaking up, no act of the side named. A pledge that
is kept or broken ("solange Brüssel seine Zusagen nicht einhalte") was made before: no new pledge.
Sitting "an einem Tisch" is meeting; sitting (mit) "am Tisch" is being a party to talks, who with untold.
"Konsultationen nach Artikel 4" are the alliance's council that a member asks to convene ("Estland, Lettland
und Litauen würden Konsultationen nach Artikel 4 verlangen"): no meeting between the members named.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import (
    children,
    clause_tokens,
    genitive_attributes,
    preposition_of,
    with_preposition,
)
from lagebild.events.attributes import attributive
from lagebild.events.codebook import (
    FORCE_ROOTS,
    INTENT_ROOT,
    MEETING_ROOT,
    PROTEST_ROOT,
    REDUCING_ROOT,
    STATEMENT_ROOT,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.landings import lands_without_visiting
from lagebild.events.lexicon import VerbSet, german_lexicon
from lagebild.events.meeting_words import MEETING_SETTINGS
from lagebild.events.meetings import is_interview
from lagebild.events.modality_words import NEGATIONS
from lagebild.events.object_matching import DERIVATION_SUFFIXES
from lagebild.events.passive_sources import AGENT_WORDS
from lagebild.events.standing_forces import stands_stationed
from lagebild.events.talks_of_sides_before import is_scheduled
from lagebild.events.triggers import Trigger, noun_trigger
from lagebild.events.vote_nouns import a_vote
from lagebild.pipeline.segmentation import sentence_before
from lagebild.pipeline.word_classes import PERSON_LABELS

STRIKING_BACK = "zurückschlagen"
# the words of armed forces and their weapons that make fighting the topic
MILITARY_STEMS = (
    "armee", "militär", "truppe", "soldat", "streitkräfte", "rakete", "drohne", "kampfjet", "luftwaffe",
    "marine", "artillerie", "panzer", "bombe", "geschoss", "waffe", "kämpfer", "miliz", "generalstab",
)  # fmt: skip
# lemma → object nouns (or their endings, for compounds) that select a sense without an event
NON_EVENT_OBJECTS = {
    "bestreiten": (
        "haushalt", "prozent", "kosten", "lebensunterhalt", "unterhalt", "ausgaben", "etat", "budget",
        "spiel", "partie", "finale", "match", "wahlkampf", "kampf", "auftritt", "rennen",
    ),
    # "wies Problemkredite / einen Gewinn aus" reports figures, "weist ein Schutzgebiet aus" designates
    # land: only people are expelled
    "ausweisen": (
        "kredit", "kredite", "gewinn", "gewinne", "verlust", "verluste", "umsatz", "umsätze", "überschuss",
        "defizit", "ergebnis", "zahl", "zahlen", "wert", "werte", "betrag", "summe", "euro", "dollar",
        "prozent", "gebiet", "gebiete", "fläche", "flächen", "zone", "zonen", "bauland", "grundstück",
    ),
    # "die Landwirte / das Klima / die heimische Industrie schützen" shields an economy or nature, no
    # military protection (074): that is given to states, peoples, forces and missions
    "schützen": (
        "landwirt", "landwirte", "landwirten", "bauer", "bauern", "fischer", "fischern", "verbraucher",
        "verbrauchern", "sparer", "anleger", "wirtschaft", "industrie", "industrien", "branche", "markt",
        "märkte", "unternehmen", "firmen", "arbeitsplatz", "arbeitsplätze", "jobs", "wald", "wälder",
        "umwelt", "klima", "natur", "tierarten", "meere", "ozeane", "daten", "gesundheit", "währung",
        "ersparnisse", "urheberrecht", "erbe",
    ),
    # "billigte zehn Gesetze / eine Verfassungsänderung / die Beteiligung der Marine" passes a measure
    # at home: no accord with anyone (019); deals, sales and sanctions approved keep their own rows
    "billigen": (
        "gesetz", "gesetze", "gesetzen", "gesetzes", "gesetzentwurf", "verfassungsänderung", "haushalt",
        "etat", "budget", "beteiligung",
    ),
    # "führte Steuern / eine Abgabe ab" pays money over: only people are led away
    "abführen": (
        "steuer", "steuern", "abgabe", "abgaben", "taxe", "gebühr", "gebühren", "beitrag", "beiträge",
        "geld", "gelder", "gewinn", "gewinne", "summe", "euro", "dollar", "prozent", "wärme",
    ),
}  # fmt: skip
# verbs of talking that are a meeting only with a partner; with "von" and none they characterise
TALKING = {"sprechen", "reden"}
# nouns that name a call only as a setting or with a partner, else the device they also name
DEVICES = {"Telefon"}
# passages a state closes to others: closing them is a blockade, not a step against a mission
PASSAGES = ("grenz", "übergang", "übergäng", "luftraum", "hafen", "häfen", "flughafen", "meerenge", "seeweg")
FIGHTING = "190"
# what one fights for or about without an enemy: goals of politics, not of arms
GOALS = (
    "lösung", "einigung", "kompromiss", "reform", "mehrheit", "stimme", "stimmen", "zustimmung", "posten",
    "anerkennung", "verbleib", "ausnahme", "interesse", "interessen", "zukunft", "arbeitsplätze", "geld",
)  # fmt: skip
GOAL_PREPOSITIONS = {"für", "um"}
TAKING_GROUND = "192"
# what one fights against that is no enemy: ills of society, of the economy and of nature (endings, for
# compounds: "Korruption", "Jugendarbeitslosigkeit", "Waldbrände"); terror and crime organisations are left
# out, they have members to fight
ILLS = (
    "korruption", "inflation", "teuerung", "arbeitslosigkeit", "armut", "hunger", "kriminalität",
    "klimawandel", "erderwärmung", "drogenhandel", "drogensucht", "sucht", "krankheit", "krankheiten",
    "seuche", "seuchen", "epidemie", "pandemie", "virus", "malaria", "ebola", "brand", "brände", "bränden",
    "feuer", "flammen", "dürre", "trockenheit", "hochwasser", "flut", "fluten", "hitze", "vorurteile",
    "diskriminierung", "bürokratie", "steuerflucht", "steuerhinterziehung", "geldwäsche", "schwarzarbeit",
    "ritual", "rituale", "ritualen", "tradition", "traditionen", "aberglauben", "abwanderung",
    "luftverschmutzung", "analphabetismus", "übergewicht",
)  # fmt: skip
# what forces take aim at ("ins Visier nehmen", 190): a state or place by its name, or a target of arms
# (endings, for compounds: "Militäreinrichtungen", "Wohngebiete"); aim taken at firms, judges or goods
# is a sanction or an inquiry, no fighting
AIM = "visier"
ARMED_TARGETS = (
    "ziel", "ziele", "stellung", "stellungen", "gebiet", "gebiete", "stadt", "städte", "dorf", "dörfer",
    "einrichtung", "einrichtungen", "stützpunkt", "stützpunkte", "basis", "schiff", "schiffe", "zerstörer",
    "infrastruktur", "anlage", "anlagen", "truppen", "soldaten", "kraftwerk", "kraftwerke", "flughafen",
)  # fmt: skip
# contests one reaches or advances in without taking ground ("drang in die Stichwahl vor")
CONTESTS = (
    "stichwahl", "finale", "endrunde", "runde", "spitzengruppe", "markt", "märkte", "märkten", "charts",
)  # fmt: skip
# the bare nouns of an attack, which name no weapon ("Luftangriff", "Raketenangriff" keep their force)
BARE_ATTACKS = {"angriff", "angriffe", "angriffen", "angriffs", "attacke", "attacken"}
# a position qualified by comparison or attitude is a stance ("eine ähnliche Position einnehmen")
STANCES = {
    "ähnlich", "gleich", "ander", "klar", "hart", "kritisch", "ablehnend", "neutral", "abwartend",
    "gemeinsam", "eigen", "entschieden", "deutlich", "zurückhaltend", "konstruktiv", "moderat", "offen",
}  # fmt: skip

# nouns of a charge, and the verbs (lemma with its particle) that deny one
CHARGES = {"Vorwurf", "Anschuldigung", "Beschuldigung"}
DENYING = {"bestreiten", "dementieren", "zurückweisen"}
# what names the accuser on the noun: "die Vorwürfe Kiews", "Vorwürfe aus dem Sudan", "die russischen
# Vorwürfe", "seine Vorwürfe"
ACCUSER_DEPS = {"nmod", "amod", "det:poss"}


ANNOUNCING = "ankündigen"
# protesting, and with an object showing something
SHOWING_VERB = "demonstrieren"
# what one shows rather than protests (endings, for compounds: "Handlungsfähigkeit", "Geschlossenheit")
SHOWN_QUALITIES = ("heit", "keit", "stärke", "solidarität", "zusammenhalt", "präsenz")
PROTESTED_PREPOSITIONS = {"gegen", "für"}
LOOMING_VERB = "drohen"
# what looms over a country or a person without anyone threatening it (endings, for compounds); act
# nouns of the lexicon ("Festnahme", "Sanktionen", "Angriff") loom as well
CALAMITIES = (
    "krieg", "brand", "katastrophe", "not", "bankrott", "pleite", "zahlungsunfähigkeit", "eskalation",
    "zusammenbruch", "kollaps", "chaos", "gefahr", "isolation", "haft", "strafe", "anklage", "engpass",
    "engpässe", "notstand", "blutvergießen", "unruhen", "rezession", "krise", "niederlage", "verlust",
    "verluste", "mangel", "knappheit", "ausfall", "stillstand", "spaltung", "lähmung", "dürre", "flut",
    "lücke", "lücken", "schicksal", "verfolgung", "folter", "armut", "elend", "abstieg", "einbruch",
    "zerfall", "schaden", "schäden", "scheitern", "hunger",
)  # fmt: skip
# clauses that say what an actor threatens to do ("drohte, … zu antworten", "drohte: …")
THREAT_CONTENT = ("xcomp", "ccomp", "parataxis")
MEETING_VERB = "treffen"
# keeping silent declines comment (011); kept from it ("dürfe nicht schweigen", "forderte sie auf, nicht
# länger zu schweigen") it is speaking up, which the one who asks for it does, not the silent side
SILENCE = "schweigen"
# verbs by which a side keeps or breaks a pledge made before ("hält seine Zusagen ein", "erfülle seine
# Zusagen nicht", "brach die Zusage"): they re-mention the pledge, they do not make one
KEEPING_PLEDGES = VerbSet({
    "einhalten": "hält;hielt;eingehalten", "halten": "hält;hielt;gehalten", "erfüllen": "erfüllt;erfüllte;erfüllt",
    "brechen": "bricht;brach;gebrochen", "umsetzen": "setzt;setzte;umgesetzt",
})  # fmt: skip
# "an einem Tisch sitzen": the one table the sides share, told by the indefinite article
SITTING, TABLE, ONE_TABLE = "sitzen", "tisch", {"einem", "einen"}
# a round of talks ("die nächste Runde des Dialogs"), told from a round of a vote or of sanctions
ROUND = "Runde"
TALKS = ("gespräche", "gesprächs", "verhandlungen", "dialogs", "dialoges", "konsultationen")
# the consultations a treaty article provides for ("nach Artikel 4 des Nordatlantikvertrags")
CONSULTATION, TREATY_ARTICLE = "Konsultation", "artikel"
# adverbs that measure how hard something hits ("würde Baku hart treffen"): a meeting has no severity
SEVERITY = {"hart", "härter", "schwer", "schwerer", "empfindlich", "massiv", "besonders", "stark"}  # fmt: skip


def in_another_sense(trigger: Trigger) -> bool:
    return (
        _calls_something(trigger)
        or _denied_charge(trigger)
        or _object_of_another_sense(trigger)
        or _names_a_device(trigger)
        or is_interview(trigger)
        or _fights_for_a_goal(trigger)
        or _fights_an_ill(trigger)
        or _advances_in_a_contest(trigger)
        or _aims_at_no_armed_target(trigger)
        or _takes_a_stance(trigger)
        or _describes_a_state(trigger)
        or _closes_a_border(trigger)
        or _looms(trigger)
        or _hits_someone(trigger)
        or _attacks_a_person(trigger)
        or _announces_a_thing(trigger)
        or _shows_something(trigger)
        or _strikes_back_in_a_dispute(trigger)
        or _breaks_silence(trigger)
        or _pledge_kept_or_broken(trigger)
        or _party_at_the_table(trigger)
        or _round_of_something_else(trigger)
        or a_vote(trigger)
        or lands_without_visiting(trigger)
        or stands_stationed(trigger)
        or _consults_under_a_treaty_article(trigger)
    )


def _consults_under_a_treaty_article(trigger: Trigger) -> bool:
    """ "Konsultationen nach Artikel 4" convene the alliance's council at a member's request: the members
    that ask for them or are named beside them do not meet one another. The parse hangs "nach Artikel 4"
    on the noun or on the verb that asks for it ("… nach Artikel 4 beantragen")."""
    noun = trigger.token
    if trigger.entry.kind != "N" or trigger.entry.lemma != CONSULTATION:
        return False
    articles = with_preposition(noun, "nach") + with_preposition(noun.head, "nach")
    return any(a.lemma_.lower() == TREATY_ARTICLE for a in articles)


def _round_of_something_else(trigger: Trigger) -> bool:
    """ "Runde" is a round of talks only where it is scheduled or said to take place, as talks are ("Die
    nächste Runde soll im Oktober stattfinden", "Eine dritte Runde ist für September angesetzt"), and
    names no other contest than talks ("die zweite Runde der Präsidentenwahl", "eine neue Runde von
    Sanktionen"); anywhere else it is a round of a vote, a match or a toast. Talks of the sides named
    before (`talks_of_sides_before`) give it its parties."""
    noun = trigger.token
    if trigger.entry.lemma != ROUND:
        return False
    attributes = genitive_attributes(noun) + with_preposition(noun, "von")
    of_talks = all(a.lower_.endswith(TALKS) for a in attributes)
    # "Runde mit den Europäern" is a circle of people gathered, not the next round of talks told before
    return not (of_talks and is_scheduled(noun)) or bool(with_preposition(noun, "mit"))


def _party_at_the_table(trigger: Trigger) -> bool:
    """ "saßen an einem Tisch" is meeting at one table; "sitzt (mit) am Tisch" is being a party to talks,
    which names no one met."""
    table = trigger.object_noun
    if trigger.entry.lemma != SITTING or table is None or table.lower_ != TABLE:
        return False
    return not any(c.lower_ in ONE_TABLE for c in table.children if c.dep_ == "det")


def _pledge_kept_or_broken(trigger: Trigger) -> bool:
    noun = trigger.token
    if trigger.entry.kind != "N" or not trigger.entry.code.startswith(INTENT_ROOT):
        return False
    if noun.dep_ not in ("obj", "nsubj:pass", "iobj", "obl:arg") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return noun.head in KEEPING_PLEDGES


def _breaks_silence(trigger: Trigger) -> bool:
    entry = trigger.entry
    if entry.kind != "V" or entry.lemma != SILENCE or not entry.code.startswith(STATEMENT_ROOT):
        return False
    verb = trigger.token
    verbs = (verb, *(c for c in verb.children if c.dep_ == "aux"))
    adverbs = [c for v in verbs for c in v.children if c.dep_ == "advmod"]
    # "nicht länger", "nicht mehr": the parse hangs the negation on the adverb of time
    adverbs += [c for a in adverbs for c in a.children if c.dep_ == "advmod"]
    return any(a.lower_ in NEGATIONS for a in adverbs)


def _strikes_back_in_a_dispute(trigger: Trigger) -> bool:
    """ "zurückschlagen" with nothing repelled strikes back with arms only where fighting is the topic of
    the sentence or the one before ("Sollte Israel nach dem Angriff zurückschlagen"); in a trade or
    sanctions dispute it answers in kind ("Im Chipstreit mit Washington schlägt Peking zurück")."""
    entry = trigger.entry
    if entry.kind != "V" or entry.lemma != STRIKING_BACK or entry.objects:
        return False
    sentence = trigger.token.sent
    before = sentence_before(sentence) or sentence
    words = [t for t in (*before, *sentence) if t.i != trigger.token.i and t.pos_ in NOMINAL_POS]
    lexicon = german_lexicon()
    return not any(
        any(stem in t.lower_ for stem in MILITARY_STEMS)
        or (found := noun_trigger(t, lexicon)) is not None
        and found.entry.code[:2] in FORCE_ROOTS
        for t in words
    )


def _shows_something(trigger: Trigger) -> bool:
    entry = trigger.entry
    if entry.kind != "V" or entry.lemma != SHOWING_VERB or not entry.code.startswith(PROTEST_ROOT):
        return False
    # a quality shown, anywhere in the clause outside what is protested against: the parse takes the
    # crowd for the object at times ("demonstrierten Hunderte Sikhs") and hangs the quality on another
    # noun ("demonstriert bei der Ausweitung der Grenzkontrollen Einigkeit")
    return any(
        t.pos_ == "NOUN" and _ends_in(t, SHOWN_QUALITIES) and preposition_of(t) not in PROTESTED_PREPOSITIONS
        for t in clause_tokens(trigger.token)
    )


def _announces_a_thing(trigger: Trigger) -> bool:
    entry = trigger.entry
    if entry.kind != "V" or entry.lemma != ANNOUNCING or entry.objects:
        return False
    # "…, wie der Generalsekretär ankündigte": the clause only says whose word the sentence reports
    if any(c.dep_ == "mark" and c.lower_ == "wie" for c in trigger.token.children):
        return True
    # the object, or the subject of the passive ("ein Besuch ist angekündigt")
    return any(n.pos_ in NOMINAL_POS for n in children(trigger.token, "obj", "nsubj:pass"))


def _attacks_a_person(trigger: Trigger) -> bool:
    noun = trigger.token
    if trigger.entry.code != FIGHTING or trigger.entry.kind != "N" or noun.lower_ not in BARE_ATTACKS:
        return False
    aimed_at = with_preposition(noun, "auf")
    return bool(aimed_at) and all(n.ent_type_ in PERSON_LABELS for n in aimed_at)


def _denied_charge(trigger: Trigger) -> bool:
    noun = trigger.token
    # the row may be the plural ("Vorwürfe"): the lemma of either names the charge
    charge = trigger.entry.lemma in CHARGES or noun.lemma_ in CHARGES
    if trigger.entry.kind != "N" or not charge or noun.dep_ not in ("obj", "nsubj:pass"):
        return False
    verb = noun.head
    particle = "".join(c.lower_ for c in verb.children if c.dep_ == "compound:prt")
    if particle + verb.lemma_ not in DENYING:
        return False
    return not any(c.dep_ in ACCUSER_DEPS or c.tag_ == "PPOSAT" for c in noun.children)


def _looms(trigger: Trigger) -> bool:
    verb = trigger.token
    if trigger.entry.kind != "V" or trigger.entry.lemma != LOOMING_VERB:
        return False
    # what is threatened follows the verb; a clause before it is a condition ("Sollte X vorrücken, droht …")
    if any(c.i > verb.i for c in children(verb, *THREAT_CONTENT)):
        return False
    if any(c.dep_ == "compound:prt" for c in verb.children):
        return False  # "drohte den Nachbarn Konsequenzen an": "androhen" threatens
    # "mit" on the verb or, as the parse often hangs it, on the addressee ("dem Kosovo mit Konsequenzen")
    if with_preposition(verb, "mit") or any(with_preposition(c, "mit") for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ in ("nsubj", "expl", "obj")]
    return any(c.lower_ == "es" or c.pos_ == "NOUN" and _calamity(c) for c in named)


def _hits_someone(trigger: Trigger) -> bool:
    verb = trigger.token
    if trigger.entry.kind != "V" or trigger.entry.lemma != MEETING_VERB:
        return False
    return any(
        # the parse takes "schwer" for a predicate at times ("träfe Ägypten besonders schwer")
        (c.dep_ in ("advmod", "xcomp") and c.lower_ in SEVERITY)
        or (c.dep_ in ("nsubj", "expl") and c.lower_ == "es")
        for c in verb.children
    )


def _calamity(noun: Token) -> bool:
    word = noun.lower_
    if word.endswith(DERIVATION_SUFFIXES):
        return False  # "Botschaft", "Staatsanwaltschaft": bodies that act; "-schaft" holds no "Haft"
    return word in german_lexicon().nouns_by_form or word.endswith(CALAMITIES)


def _closes_a_border(trigger: Trigger) -> bool:
    # the noun itself, or the noun a verb announces or orders ("kündigte die Schließung an")
    noun = trigger.token if trigger.entry.kind == "N" else trigger.object_noun
    if noun is None or not noun.lower_.endswith("schließung") or trigger.entry.code[:2] != REDUCING_ROOT:
        return False
    # what is closed: the genitive ("der Grenze") or the first part of a compound ("Grenzschließung")
    closed = [g.lemma_.lower() for g in genitive_attributes(noun)] + [noun.lower_.removesuffix("schließung")]
    return any(c.startswith(PASSAGES) for c in closed if c)


def _fights_for_a_goal(trigger: Trigger) -> bool:
    verb = trigger.token
    if trigger.entry.code != FIGHTING or trigger.entry.kind != "V" or with_preposition(verb, "gegen"):
        return False
    goals = [n for p in GOAL_PREPOSITIONS for n in with_preposition(verb, p)]
    return any(_ends_in(n, GOALS) for n in goals)


def _fights_an_ill(trigger: Trigger) -> bool:
    """ "kämpft gegen die Korruption / die Waldbrände", "der Kampf gegen die Inflation": no enemy."""
    if trigger.entry.code != FIGHTING:
        return False
    against = with_preposition(trigger.token, "gegen")
    return bool(against) and all(_ends_in(n, ILLS) for n in against)


def _advances_in_a_contest(trigger: Trigger) -> bool:
    """ "drang in die Stichwahl vor", "rückte ins Finale vor": a race won, no ground taken."""
    if trigger.entry.code != TAKING_GROUND:
        return False
    # any of them: "in Frankreich in die Stichwahl" names the place as well
    reached = [n for p in ("in", "ins") for n in with_preposition(trigger.token, p)]
    return any(_ends_in(n, CONTESTS) for n in reached)


def _aims_at_no_armed_target(trigger: Trigger) -> bool:
    """ "nimmt Firmen in Drittstaaten / weitere Richter / auch Weizen / einen Unternehmer ins
    Visier": no state, place, armed group or target of arms is aimed at, so no force is used; a name
    aims at one unless it names a person."""
    noun = trigger.object_noun
    if trigger.entry.code != FIGHTING or noun is None or noun.lower_ != AIM:
        return False
    # the parse takes the object of an infinitive clause for its subject ("leugnete, Lettland ins Visier
    # genommen zu haben"): with no object, the subject is what is aimed at
    aimed_at = children(trigger.token, "obj", "nsubj:pass") or children(trigger.token, "nsubj")
    named = [n for n in aimed_at if n.pos_ == "PROPN" and n.ent_type_ not in PERSON_LABELS]
    return not named and not any(_ends_in(n, ARMED_TARGETS) for n in aimed_at)


def _ends_in(noun: Token, endings: tuple[str, ...]) -> bool:
    return noun.lemma_.lower().endswith(endings) or noun.lower_.endswith(endings)


def _takes_a_stance(trigger: Trigger) -> bool:
    noun = trigger.object_noun
    if trigger.entry.code != TAKING_GROUND or noun is None or noun.lemma_.lower() != "position":
        return False
    # "ähnliche", "andere", "klarere": the adjective's stem, whatever its ending
    qualifiers = [a.lemma_.lower() for a in children(noun, "amod")]
    return any(q.startswith(tuple(STANCES)) for q in qualifiers)


def _describes_a_state(trigger: Trigger) -> bool:
    word = trigger.token
    if trigger.entry.kind != "V" or not attributive(word):
        return False
    # "in erhöhte Bereitschaft versetzt": the noun is the object the row itself asks for
    if trigger.object_noun is not None and trigger.object_noun.i == word.head.i:
        return False
    # the agent, wherever the parse hangs it inside the noun phrase ("der erste von den USA finanzierte Flug")
    phrase = word.doc[word.head.left_edge.i : word.i]
    return not any(t.lower_ in AGENT_WORDS for t in phrase)


def _names_a_device(trigger: Trigger) -> bool:
    noun = trigger.token
    return (
        trigger.entry.kind == "N"
        and trigger.entry.lemma in DEVICES
        and preposition_of(noun) not in MEETING_SETTINGS
        and not with_preposition(noun, "mit")
    )


def _calls_something(trigger: Trigger) -> bool:
    verb = trigger.token
    return (
        trigger.entry.lemma in TALKING
        and trigger.entry.code.startswith(MEETING_ROOT)
        and bool(with_preposition(verb, "von"))
        and not with_preposition(verb, "mit")
    )


def _object_of_another_sense(trigger: Trigger) -> bool:
    endings = NON_EVENT_OBJECTS.get(trigger.entry.lemma)
    if not endings or trigger.entry.kind != "V":
        return False
    # the object, also as the subject of a passive ("eine Abgabe muss abgeführt werden"), or what it
    # measures ("die Hälfte seines Haushalts")
    objects = children(trigger.token, "obj", "nsubj:pass")
    nouns = [n for o in objects for n in (o, *children(o, "nmod"))]
    return any(_ends_in(n, endings) for n in nouns)
