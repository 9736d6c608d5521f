"""Verb-sense filters: whether a lexicon row's verb is really meant in this sentence. "sprach von X" is no
consultation, "traf eine Entscheidung" no meeting, "dem Team droht ein Ausfall" no threat, "setzte sich …
ab" no deposing, "feuerte Raketen auf X ab" no show of force by a launch, "wäre gut beraten" and "spricht
mit einer Stimme" no talks, "drängte das Schiff aus der Zone" no appeal, "kontrolliert die Grenze" or
"führte Preiskontrollen ein" no controls at a border."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from lagebild.events.arguments import (
    REFLEXIVES,
    SAME_REFERENT,
    children,
    clause_tokens,
    impersonal_passive,
    is_zu_infinitive,
    names_a_visit,
    phrases_on_act,
    preposition_of,
    state_names,
    subject_of,
)
from lagebild.events.codebook import BLOCKADE
from lagebild.events.counts import count_of
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.expectations import fear_of_a_thing, forecast
from lagebild.events.joint_parties import holds_joint_parties
from lagebild.events.lexicon import LexiconEntry, target_prepositions
from lagebild.events.trigger_objects import names_someone
from lagebild.events.trigger_particles import has_reflexive
from lagebild.events.trigger_readings import READINESS
from lagebild.pipeline.word_classes import IMPERSONAL_DE

# verbs by which an organisation of states consults within itself ("die OSZE berät"); it only speaks
# when it "spricht von Dialog"
DELIBERATION = {"beraten", "tagen", "zusammenkommen", "zusammentreten", "konferieren"}
# nouns of states, acts and relations; no one meets them ("trifft das Verhältnis", "traf eine Entscheidung")
ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "keit", "nis", "nisse", "schaft", "ismus", "ität")
BODIES = ("führung", "regierung", "vertretung", "botschaft", "gesandtschaft", "führungen", "regierungen")
# verbs that with "sich" are another verb: "setzte sich nach Addis Abeba ab" flees, it deposes no one
OTHER_VERB_WITH_SICH = {"absetzen"}
# appeals and support, which a reflexive verb of advocacy expresses only "für" something
ADVOCACY_ROOTS = ("02", "05")
# what is at risk when "drohen" has a thing for its subject ("dem Team droht ein Ausfall"): no threat
AT_RISK_SUBJECTS = {
    "ausfall", "gefahr", "krieg", "eskalation", "pleite", "staatspleite", "bankrott", "zahlungsunfähigkeit",
    "strafe", "haftstrafe", "haft", "rückschlag", "niederlage", "hungersnot", "katastrophe", "chaos",
    "zusammenbruch", "kollaps", "engpass", "mangel", "verlust", "sperre", "abschiebung", "ausweisung",
    "aus", "misstrauensvotum", "anklage", "amtsenthebung", "isolation",
}  # fmt: skip
# the topic of talks, which a consultation verb with the impersonal "man" for its subject names
TOPIC_PREPOSITION = "über"
# the prepositions of the place talks are held in ("in Moskau", "im Iran")
SEAT_PREPOSITIONS = ("in", "im")
# the seats of organisations and of their conferences: "verhandelte in Wien" is mostly at the UN or the
# OSCE, "berieten in Brüssel" in the EU or NATO; talks there are not with the city's state
VENUES = ("Genf", "Wien", "New York", "Brüssel", "Straßburg", "Den Haag", "Nairobi")
# how far before a verb its preposition is looked for where the parse hangs it elsewhere
PREPOSITION_WINDOW = 6
# verbs whose participle after "sein" names a state of being at risk, not an act ("ist bedroht")
STATE_PASSIVE_AT_RISK = ("bedrohen", "gefährden")
# a show of force by a launch, and the prepositions that aim a launch at someone instead
LAUNCH = "150"
AIMING_PREPOSITIONS = {"auf", "gegen"}
# "wäre gut beraten, …": the participle after "sein" with one of these is advice to the subject, no talks
ADVISED_MANNER = {"gut", "schlecht", "besser", "bestens", "klug", "wohl"}
# "spricht mit einer Stimme": the noun of a "mit" phrase by which a side is united, not a partner it talks to
ONE_VOICE = "stimme"
# "drängen" that moves bodies ("drängte das Schiff aus der Zone", "Kritiker außer Landes", "drängen sich
# am Zaun"), no appeal: the prepositions of a place left, and "nach" before a place's name
PUSHING = "drängen"
PUSHED_OUT_OF = {"aus", "außer"}
PUSHED_TO = "nach"
PLACE_TYPES = {"LOC", "GPE"}
# "kommen" is a visit only to a place named after "nach" ("kam nach Accra"), not "kam nach dem Gipfel zu dem
# Schluss", "kam nach Angaben von Diplomaten zustande"
COMING = "kommen"
COMING_TO = "nach"
# "zu Fall bringen" brings a draft or an agreement down; "in diesem Fall bringt …" names a case, no act
BRINGING, DOWNFALL, DOWNFALL_PREPOSITION = "bringen", "fall", "zu"
# people counted in hundreds who come are a movement of people, not a delegation ("zwölf Delegierte")
CROWD_SCALE = 100
# the visits a sender makes through the envoy he sends ("schickte seinen Innenminister nach Tunis")
DISPATCH_CODES = {"042"}
# controls restrict crossing a border (191) where a state checks at it ("kontrolliert an seinen
# Grenzen": the border in an "an" phrase; the border as the object is held, "kontrolliert die Grenze")
# or brings in checks of people ("führte Kontrollen ein", "Grenzkontrollen"); checks of prices,
# exports or goods are measures of another kind
CHECKING = "kontrollieren"
CHECKED_AT = "an"
CONTROL_NOUNS = ("kontrolle", "kontrollen")
PEOPLE_CONTROLS = ("", "grenz", "personen")


def another_sense(entry: LexiconEntry, verb: Token) -> bool:
    """The row's verb is not meant in this sentence: it means something else here, or names no act."""
    return (
        _lacks_its_preposition(entry, verb)
        or (entry.reflexive and not has_reflexive(verb))
        or _meets_a_thing(entry, verb)
        or _advocates_against(entry, verb)
        or _at_risk(entry, verb)
        or _other_verb_with_sich(entry, verb)
        or fear_of_a_thing(entry, verb)
        or forecast(entry, verb)
        or _aimed_launch(entry, verb)
        or _well_advised(entry, verb)
        or _with_one_voice(entry, verb)
        or _pushed_somewhere(entry, verb)
        or _comes_to_no_place(entry, verb)
        or _counted_people_come(entry, verb)
        or _case_no_downfall(entry, verb)
    )


def opposed_cooperation(entry: LexiconEntry, noun: Token) -> bool:
    """Support is not given to what one speaks out against: "sprach sich gegen den Beitritt aus" is no
    endorsement (051) of the accession."""
    return entry.code.startswith("05") and preposition_of(noun) == "gegen"


def sender_taken_for_envoy(entry: LexiconEntry, noun: Token, verb: Token) -> bool:
    """Who sends is not whom he sends: "Der Außenminister schickte Waffen nach Kiew" dispatches no
    minister (042), where "Rom schickte seinen Innenminister nach Tunis" does."""
    if entry.code not in DISPATCH_CODES or entry.kind != "V" or not entry.objects:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.left_edge.i <= noun.i <= subject.right_edge.i


def control_off_the_border(entry: LexiconEntry, noun: Token) -> bool:
    """A blockade row's check that is no control of people at a border: the border checked by
    "kontrollieren" not in its "an" phrase, or a compound naming other controls ("Preiskontrollen")."""
    if entry.code != BLOCKADE:
        return False
    if entry.lemma == CHECKING:
        return preposition_of(noun) != CHECKED_AT
    word = noun.lower_
    control = next((c for c in CONTROL_NOUNS if word.endswith(c)), None)
    return control is not None and word.removesuffix(control) not in PEOPLE_CONTROLS


def _advocates_against(entry: LexiconEntry, verb: Token) -> bool:
    """A reflexive verb of advocacy turns with its preposition: "sprach sich für eine Untersuchung aus"
    appeals (020), "sprach sich gegen die Drohung aus" opposes; "setzte sich gegen … ein" too."""
    if not entry.reflexive or entry.code[:2] not in ADVOCACY_ROOTS:
        return False
    prepositions = {preposition_of(c) for c in verb.children}
    return "gegen" in prepositions and "für" not in prepositions


def _meets_a_thing(entry: LexiconEntry, verb: Token) -> bool:
    """A meeting verb whose object names no one is no meeting: "Lawrows Ankündigung trifft das
    Verhältnis", "traf eine Entscheidung"."""
    if not entry.code.startswith("04") or entry.target != "obj" or entry.objects:
        return False
    objects = [
        c
        for c in verb.children
        if c.dep_ == "obj" and c.lower_.endswith(ABSTRACT_ENDINGS) and not c.lower_.endswith(BODIES)
    ]
    # the object itself or a name in apposition, not a genitive ("die Wirtschaft Griechenlands")
    named = [t for o in objects for t in (o, *o.children) if t.i == o.i or t.dep_ in SAME_REFERENT]
    return bool(objects) and not any(names_someone(t) for t in named)


def _lacks_its_preposition(entry: LexiconEntry, verb: Token) -> bool:
    """A consultation verb means consulting only with its preposition: "sprach mit X", not "sprach von X";
    or with both parties as its subject ("Sherman und Rjabkow waren zusammengekommen", "die
    Delegationen berieten"), or with the impersonal "man" talking "über" something, by which one side
    reports what both discussed ("man habe über die Gefangenen gesprochen, hieß es aus Kiew")."""
    if not (entry.code.startswith("04") and entry.target.startswith("pp:") and not entry.objects):
        return False  # asked for every row of every verb form: the clause is read only for these rows
    clause = clause_tokens(verb)
    words = {t.lower_ for t in clause + _linear_clause(verb)}
    if words.intersection(target_prepositions(entry.target)):
        return False
    if TOPIC_PREPOSITION in words and _impersonal_subject(verb):
        return False
    # its passive with no one named ("Über die Grenze wird verhandelt", "Verhandelt wird nicht mehr"):
    # talks of the two sides the text reports on (`talks_of_sides_before`); a body deliberates on its
    # own ("In Brüssel wird über ein Paket beraten")
    if impersonal_passive(verb) and entry.lemma not in DELIBERATION:
        return False
    if _offered_talks(verb):
        return False
    # talks held abroad with no partner named in the sentence ("verhandelte in Moskau über …"): with the
    # host, whom `hosts_abroad` finds; a partner the parse hung elsewhere is no host's
    partnerless = not any(t.lower_ in target_prepositions(entry.target) for t in verb.sent)
    if partnerless and held_abroad(verb):
        return False
    deliberating = entry.lemma in DELIBERATION and _organisation_subject(verb)
    joint = holds_joint_parties(verb)  # "der NATO-Russland-Rat kam zusammen"
    return not (_coordinated_names(clause) or _plural_subject(verb) or deliberating or joint)


def _offered_talks(verb: Token) -> bool:
    """Talks a side declares itself ready for ("Ankara sei bereit, über alle offenen Fragen zu verhandeln"):
    an offer (036, `trigger_readings.as_offer`), made whether or not it names the partner, who is the side
    the offer answers."""
    return is_zu_infinitive(verb) and verb.dep_ == "xcomp" and verb.head.lower_ in READINESS


def held_abroad(verb: Token) -> bool:
    """The verb is done at a place that may host it: an "in" phrase naming a country or a capital other
    than a venue of organisations, or a visit ("bei seinem Besuch in Ankara"); whose state hosts it, if
    any, is `hosts_abroad`'s to tell."""
    places = [c for c in verb.children if c.dep_ == "obl"]
    seats = any(
        c.text in state_names() and c.text not in VENUES and preposition_of(c) in SEAT_PREPOSITIONS
        for c in places
    )
    return seats or any(names_a_visit(c) for c in places)


def _linear_clause(verb: Token) -> list[Token]:
    """The words next to the verb up to the nearest comma or other verb: where the parse hangs "mit
    Kuleba" elsewhere ("hatte Kiew besucht und dort mit Kuleba gesprochen", "telefonierte dazu mit
    ihrem Amtskollegen Popescu" with the name read as a predicate), word order still binds it."""
    before = verb.doc[max(verb.i - PREPOSITION_WINDOW, verb.sent.start) : verb.i]
    after = verb.doc[verb.i + 1 : min(verb.i + 1 + PREPOSITION_WINDOW, verb.sent.end)]
    return _up_to_a_boundary(reversed(before)) + _up_to_a_boundary(after)


def _up_to_a_boundary(tokens: Iterable[Token]) -> list[Token]:
    found = []
    for token in tokens:
        if token.is_punct or token.pos_ in VERBAL_POS or token.lower_ in ("und", "oder", "aber"):
            break
        found.append(token)
    return found


def _impersonal_subject(verb: Token) -> bool:
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in IMPERSONAL_DE


def _organisation_subject(verb: Token) -> bool:
    """An organisation of states consults within itself: "die OSZE berät über die Sicherheitslage"."""
    return any(c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in verb.children)


def _coordinated_names(clause: list[Token]) -> bool:
    """ "Riad und die Huthis": two names joined by "und", also where the parse did not join them."""
    joined = any(t.ent_type_ and any(c.dep_ == "conj" and c.ent_type_ for c in t.children) for t in clause)
    return joined or any(_names_joined_after(t) for t in clause if t.ent_type_)


def _names_joined_after(name: Token) -> bool:
    after = name.doc[name.i + 1 : name.i + 4]
    return len(after) == 3 and after[0].lower_ == "und" and any(t.ent_type_ for t in after[1:])


def _plural_subject(verb: Token) -> bool:
    """A plural subject meets among itself. A verb joined to an earlier one shares its subject ("beide
    Seiten würden Zwischenfälle vermeiden und erneut zusammenkommen"), a "zu" infinitive its controller's
    ("beide Seiten sagten zu, erneut zusammenzukommen"); coordinated names are plural too ("London und
    Brüssel sollten die Zeit nutzen und verhandeln"). A meeting verb takes no object, so a plural noun
    the parse made its object before it is its subject ("sollen Delegationen beider Regierungen
    zusammenkommen")."""
    if _plural(subject_of(verb)):
        return True
    return any(c.dep_ == "obj" and c.i < verb.i and "Plur" in c.morph.get("Number") for c in verb.children)


def _plural(subject: Token | None) -> bool:
    return subject is not None and (
        "Plur" in subject.morph.get("Number") or any(c.dep_ == "conj" for c in subject.children)
    )


def _aimed_launch(entry: LexiconEntry, verb: Token) -> bool:
    """A missile launched "auf" something ("feuerte Raketen auf Nordisrael ab") is a strike, whether or not
    the place is a name: the launch reading (150) is only for missiles fired at nothing."""
    if entry.code != LAUNCH or entry.kind != "V":
        return False
    # the parse may hang the aim on the missile ("feuerte zwei Kurzstreckenraketen auf Nordisrael ab")
    phrases = [*verb.children, *phrases_on_act(verb, ("nmod",))]
    return any(preposition_of(c) in AIMING_PREPOSITIONS for c in phrases)


def _well_advised(entry: LexiconEntry, verb: Token) -> bool:
    """ "Brüssel wäre gut beraten, … abzuwarten": the commentator advises the subject, which consults no one."""
    return (
        entry.lemma == "beraten"
        and _state_passive(verb)
        and any(c.dep_ == "advmod" and c.lower_ in ADVISED_MANNER for c in verb.children)
    )


def _with_one_voice(entry: LexiconEntry, verb: Token) -> bool:
    """ "Europa solle gegenüber China mit einer Stimme sprechen": the side speaks united, it talks with no
    one; only a "mit" phrase that names someone else makes talks."""
    if not entry.code.startswith("04"):
        return False
    partners = [c for c in verb.children if preposition_of(c) == "mit"]
    return bool(partners) and all(p.lemma_.lower() == ONE_VOICE for p in partners)


def _pushed_somewhere(entry: LexiconEntry, verb: Token) -> bool:
    """ "Die Küstenwache drängte das Schiff aus der Wirtschaftszone", "drängte Kritiker außer Landes",
    "Hunderte drängen sich am Zaun": a push or a crowd, not an appeal to anyone."""
    if entry.lemma != PUSHING or entry.reflexive:
        return False
    if any(c.lower_ in REFLEXIVES for c in verb.children):  # its own pronoun, not one of a verb beside it
        return True
    # the parse may hang the phrase on the object ("Oppositionelle außer Landes")
    for phrase in [*verb.children, *(c for o in children(verb, "obj") for c in children(o, "nmod"))]:
        preposition = preposition_of(phrase)
        if preposition in PUSHED_OUT_OF or (preposition == PUSHED_TO and phrase.ent_type_ in PLACE_TYPES):
            return True
    return False


def _comes_to_no_place(entry: LexiconEntry, verb: Token) -> bool:
    """A "kommen" whose clause names no place after "nach": the time or source phrases of the word ("nach
    dem Treffen", "nach Angaben aus Kiew") say nothing of a journey."""
    if entry.lemma != COMING:
        return False
    return not any(
        t.ent_type_ in PLACE_TYPES and t.i > 0 and t.nbor(-1).lower_ == COMING_TO for t in clause_tokens(verb)
    )


def _counted_people_come(entry: LexiconEntry, verb: Token) -> bool:
    """People counted in hundreds who come to a country ("1956 kamen rund 180.000 Menschen nach Österreich",
    "eine Million Männer, Frauen und Kinder kamen nach Europa") are refugees or migrants arriving, no visit."""
    if entry.lemma != COMING:
        return False
    # the parse takes such a subject after the verb for its object or a second subject
    comers = [subject_of(verb), *children(verb, "nsubj", "obj")]
    return any(c is not None and (count_of(c) or 0) >= CROWD_SCALE for c in comers)


def _case_no_downfall(entry: LexiconEntry, verb: Token) -> bool:
    """The downfall row of "bringen" where its "Fall" takes no "zu": "In diesem Fall bringt Russland Truppen an
    die Grenze" speaks of a case."""
    if entry.lemma != BRINGING or DOWNFALL not in entry.objects:
        return False
    return not any(
        c.lemma_.lower() == DOWNFALL and preposition_of(c) == DOWNFALL_PREPOSITION for c in verb.children
    )


def _state_passive(verb: Token) -> bool:
    """ "ist bedroht", "sei gefährdet": a "sein" and no "werden" among the verb's auxiliaries. The
    tagger often reads "bedroht" as a finite present, so the auxiliaries decide, not the verb's form
    ("ist bedroht worden" is an act again)."""
    auxiliaries = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    return "sein" in auxiliaries and "werden" not in auxiliaries


def _other_verb_with_sich(entry: LexiconEntry, verb: Token) -> bool:
    return entry.lemma in OTHER_VERB_WITH_SICH and has_reflexive(verb)


def _at_risk(entry: LexiconEntry, verb: Token) -> bool:
    """ "drohen" of something at risk, not a threat: a bare "zu" infinitive right next to it ("droht zu
    scheitern", "die unter das Gesetz zu fallen drohen") or a thing that may happen to someone ("dem
    Verteidiger droht ein Ausfall"). A threat names its act with "mit" or after a comma ("drohte, …
    zu schließen"). "ist bedroht" / "sei gefährdet" (sein + participle) is the state of being at
    risk, not the act of threatening ("wird bedroht")."""
    if entry.lemma in STATE_PASSIVE_AT_RISK:
        return _state_passive(verb)
    if entry.lemma != "drohen":
        return False
    doc = verb.doc
    before, after = doc[max(verb.i - 2, 0) : verb.i], doc[verb.i + 1 : verb.i + 3]
    infinitive_beside = any(
        len(pair) == 2 and pair[0].lower_ == "zu" and "Inf" in pair[1].morph.get("VerbForm")
        for pair in (before, after)
    )
    # the parse often swaps the dative experiencer and the nominative thing ("Der Regierung droht
    # eine Niederlage": "Regierung" nsubj, "Niederlage" obj)
    thing = any(c.dep_ in ("nsubj", "obj") and c.lemma_.lower() in AT_RISK_SUBJECTS for c in verb.children)
    return infinitive_beside or thing
