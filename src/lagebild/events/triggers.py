"""Matching the lexicon's constructions in a parsed German sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    LASSEN,
    PATIENT_DEPS,
    REFLEXIVES,
    SAME_REFERENT,
    children,
    clause_tokens,
    genitive_attributes,
    is_zu_infinitive,
    lassen_above,
    misparsed_as_attribute,
    preposition_of,
    with_preposition,
)
from lagebild.events.codebook import CONCLUDED_AGREEMENT, FORCE_ROOTS
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.joint_parties import holds_joint_parties
from lagebild.events.lexicon import (
    SEPARABLE_PARTICLES,
    Lexicon,
    LexiconEntry,
    german_lexicon,
    noun_forms,
    target_prepositions,
)
from lagebild.events.mass_expulsions import as_mass_expulsion
from lagebild.events.mass_killings import as_mass_killing
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.events.vote_tallies import tallied_votes, voted_for
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from lagebild.pipeline.segmentation import sentence_before

OBJECT_DEPS = ("obj", "iobj", "obl", "obl:arg", "nsubj:pass", "nmod")
NOUN_SUFFIX_MIN = 6  # compounds ending in a trigger noun ("Raketenangriff") count from this length
# a suffix after these is part of a derived word, no compound head: "Hotelier|vereinigung" is no "Einigung"
DERIVATION_PREFIXES = ("ver", "ent", "zer")
# suffixes that derive a noun and may end in a lexicon noun: "Bot|schaft" holds no "Haft"
DERIVATION_SUFFIXES = ("schaft", "schaften")
# the suffix that derives adjectives ("politisch", "russischen"): such a word ends in "-tisch" or "-ische"
# without being a compound noun of "Tisch" or any other lexicon noun
ISCH_ADJECTIVE = re.compile(r"isch(e|em|en|er|es)?$")
# prefixes that make a noun of a verb, not a compound: "Ab|zug", "An|schlag", "Be|schuss"
WORD_PREFIXES = {
    "ab", "an", "auf", "aus", "be", "bei", "ein", "ent", "er", "ge", "miss", "nach", "um", "un", "ver",
    "vor", "zer", "zu", "über", "unter", "rück", "wider", "zurück",
}  # fmt: skip
# words that offer a meeting rather than report one: "bleibe offen für Gespräche", "sei bereit, … zu reden"
READINESS = {"bereit", "gesprächsbereit", "verhandlungsbereit", "bereitschaft", "angebot"}
INTENT_TO_MEET = "036"
TOPIC_PREPOSITIONS = {"über"}
AGAIN = "wieder"
# verbs by which an organisation of states consults within itself ("die OSZE berät"); it only speaks
# when it "spricht von Dialog"
DELIBERATION = {"beraten", "tagen", "zusammenkommen", "zusammentreten", "konferieren"}
# nouns of states, acts and relations; no one meets them ("trifft das Verhältnis", "traf eine Entscheidung")
ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "keit", "nis", "nisse", "schaft", "ismus", "ität")
BODIES = ("führung", "regierung", "vertretung", "botschaft", "gesandtschaft", "führungen", "regierungen")
# verbs that with "sich" are another verb: "setzte sich nach Addis Abeba ab" flees, it deposes no one
OTHER_VERB_WITH_SICH = {"absetzen"}
# a fear of a thing ("fürchten um ihr Wasser", "weil er Vergeltung fürchtet") is a mood the writer reports;
# a fear that something happens ("fürchtet, dass …", "fürchtet, der Krieg könnte …") is voiced as a claim
FEAR = {"fürchten", "befürchten"}
# "erwarten" demands an act of another side only where it names the act in a clause or the side with "von"
EXPECTING = "erwarten"
EXPECTED_OF = "von"
CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis")
# appeals and support, which a reflexive verb of advocacy expresses only "für" something
ADVOCACY_ROOTS = ("02", "05")
STREET_PROTEST_ROOT = "14"
PURPOSE_PREPOSITIONS = {"zu", "zur", "zum"}
# what is at risk when "drohen" has a thing for its subject ("dem Team droht ein Ausfall"): no threat
AT_RISK_SUBJECTS = {
    "ausfall", "gefahr", "krieg", "eskalation", "pleite", "staatspleite", "bankrott", "zahlungsunfähigkeit",
    "strafe", "haftstrafe", "haft", "rückschlag", "niederlage", "hungersnot", "katastrophe", "chaos",
    "zusammenbruch", "kollaps", "engpass", "mangel", "verlust", "sperre", "abschiebung", "ausweisung",
    "aus", "misstrauensvotum", "anklage", "amtsenthebung", "isolation",
}  # fmt: skip
# first parts of a compound that make a force noun figurative: a "Charmeoffensive" or a
# "Bildungsoffensive" is a campaign, a "Cyberangriff" no use of arms
FIGURATIVE_MODIFIERS = (
    "charme", "bildungs", "cyber", "hacker", "werbe", "medien", "informations", "propaganda", "pr",
    "diplomatie", "export", "investitions", "verkaufs", "marketing", "image", "sympathie", "lächel",
    "innovations", "digital", "digitalisierungs", "klima", "wahlkampf", "kommunikations", "fachkräfte",
    "qualifizierungs", "transparenz", "wachstums", "technologie", "modernisierungs", "impf", "reform",
    "wort", "rede",
)  # fmt: skip
# the adjective that makes a war or an attack one without arms ("hybrider Krieg"), and its code
HYBRID, COERCION = "hybrid", "170"
# prepositions of a time or circumstance phrase, whose noun names an occasion or an earlier act, not what
# the verb does: "Nach dem Abzug der Truppen forderte …", "vereinbarten bei den Verhandlungen einen Austausch"
CIRCUMSTANCE_PREPOSITIONS = {"nach", "während", "seit", "anlässlich"}
# "bei" names an occasion only with a meeting ("beim Gipfeltreffen", "bei den Verhandlungen"); otherwise it
# names the matter refused, helped or worked on ("stellte sich beim Sanktionspaket quer")
OCCASION_PREPOSITIONS = {"bei", "beim"}
OCCASIONS = (
    "treffen", "gespräch", "gespräche", "gesprächen", "verhandlung", "verhandlungen", "besuch", "besuchs",
    "gipfel", "gipfels", "konferenz", "sitzung", "tagung", "telefonat", "begegnung", "runde", "reise",
)  # fmt: skip
# the nouns that make "im"/"am" a circumstance: "im Rahmen der Gespräche", "am Rande des Gipfels"
CIRCUMSTANCE_FRAMES = {"rahmen", "rande", "zuge", "vorfeld", "verlauf"}
# the verb of agreeing, whose zu-infinitive of a concrete act concludes an agreement (057), and the
# words that make the agreed act cooperation, talks or their growth in general instead ("vereinbarten,
# den Handel auszuweiten" is an intent, 0311)
AGREEING = "vereinbaren"
# what was agreed, said in a finite clause ("vereinbarten, dass …") as well as in a "zu" infinitive
THAT, THAT_CLAUSE_DEPS = ("dass", "daß"), ("ccomp", "advcl")
COOPERATION_WORDS = {
    "abstimmen", "koordinieren", "zusammenarbeiten", "kooperieren", "zusammenarbeit", "kooperation",
    "beziehung", "dialog", "gespräch", "verhandlung", "austausch", "kontakt", "partnerschaft",
    "ausweiten", "ausbauen", "vertiefen", "stärken", "steigern", "intensivieren", "fortsetzen",
    "wiederaufnehmen", "aufnehmen", "fortführen", "verbessern", "erhöhen",
}  # fmt: skip
COMMON_NOUN = "NN"  # the STTS tag: not a name (a party, a place) nor a pronoun ("beide")
# the nouns of coordination and meeting that the verbs above do not spell: "vereinbarten eine engere
# Abstimmung", "… regelmäßige Konsultationen" declare the intent to work together (03x), no deal
COOPERATION_NOUNS = (
    "abstimmung",
    "koordinierung",
    "koordination",
    "konsultation",
    "konsultationen",
    "treffen",
)
# object pronouns and the (gender, number) of the nouns they may stand for; "sie" is feminine or plural
# (the tagger's features of the pronoun itself are unreliable), "es" mostly stands for no noun
OBJECT_PRONOUNS = {"ihn": (("Masc", "Sing"),), "sie": (("Fem", "Sing"), ("", "Plur"))}
# how far before a verb its preposition is looked for where the parse hangs it elsewhere
PREPOSITION_WINDOW = 6
# how the parser attaches a predicative adjective it took for a clause of its own: "bezeichnete … als
# ungerechtfertigt" (conj), "nannte das Treffen konstruktiv" (xcomp), "reagierte empört" (parataxis),
# "zeigte sich beunruhigt" (amod, which a verb cannot have), "zeigte sich empört" (ccomp), "reagierte
# empört" (cop, which the news parser gives a full verb's adjective)
PREDICATE_DEPS = ("conj", "xcomp", "parataxis", "amod", "ccomp", "cop")
# how a noun row's noun may hang on its light verb ("übte Kritik", "gilt eine Waffenruhe", "bleibt in
# Alarmbereitschaft")
LIGHT_VERB_ROLES = ("obj", "nsubj", "nsubj:pass", "obl")
NOUN_PHRASE_DEPS = ("det", "nummod", "case")  # what only a noun takes: "die", "drei", "vor"
# the verbs that really are auxiliaries or copulas; any other verb so labelled is a misparse
AUXILIARY_LEMMAS = {
    "sein", "haben", "werden", "können", "müssen", "sollen", "wollen", "dürfen", "mögen", "möchten",
}  # fmt: skip
# the numbers that name a crowd by its size ("Tausende", "Zehntausende", "Hunderte", "Dutzende")
CROWD_COUNTS = ("tausende", "hunderte", "dutzende")
# verbs whose participle after "sein" names a state of being at risk, not an act ("ist bedroht")
STATE_PASSIVE_AT_RISK = ("bedrohen", "gefährden")
# a show of force by a launch, and the prepositions that aim a launch at someone instead
LAUNCH = "150"
AIMING_PREPOSITIONS = {"auf", "gegen"}


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: LexiconEntry
    particle: Token | None
    object_noun: Token | None


# German quotation marks that only open („…“, ‚…‘, »…«), and the ones that may do either
OPENING_QUOTES = {"„", "‚", "»"}
NEUTRAL_QUOTES = {'"', "«"}
# clauses inside the main clause that end before it does: relative, complement, adverbial
EMBEDDED_CLAUSE_DEPS = {"acl", "acl:relcl", "ccomp", "advcl", "parataxis"}
# the bare infinitives by which "lassen" lets a captive go ("ließ die Geiseln gehen", "hat den Reporter
# ziehen lassen", "ließ sie laufen"): the pair reads as "freilassen", the infinitive as its particle
RELEASING_INFINITIVES = {"gehen", "ziehen", "laufen"}
RELEASE_PARTICLE = "frei"
# "laufen" into something is no letting go but letting it fail or be trapped ("ließ die Bitte ins Leere
# laufen", "ließ sie in die Falle laufen")
RUN_INTO = ("laufen", ("in", "ins"))


def _particles(verb: Token) -> list[Token]:
    """The verb's separated particles; also one the parser hung on a noun between the verb and the
    end of its clause ("schlug Sergej Lawrow vor": "vor" attached to "Sergej")."""
    # only words that can be particles: the parser sometimes labels a closing quote so
    own = [
        c
        for c in verb.children
        if (c.dep_ in ("compound:prt", "svp") or _closing_adverb(verb, c))
        and c.lower_ in SEPARABLE_PARTICLES
        and not _behind_a_coordinated_verb(verb, c)
        and not _in_a_later_clause(verb, c)
    ]
    if own:
        return own
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS or _before_coordinated_verb(token):
            break
        particle = token.dep_ in ("compound:prt", "svp") and token.lower_ in SEPARABLE_PARTICLES
        if particle and token.head.pos_ not in VERBAL_POS:
            return [token]
        if _stranded_preposition(token):
            return [token]
    closing = _particle_after_embedded_clause(verb)
    return [closing] if closing is not None else []


def _closing_adverb(verb: Token, word: Token) -> bool:
    """A particle the parser took for an adverb where it closes the main clause ("ließ Moskau zwölf
    Soldaten frei": "frei" advmod) or, in the news parser, for a clause ("stellte … infrage": xcomp): the
    end of the clause is where German puts a separated particle."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    closing = following is None or following.is_punct
    return word.dep_ in ("advmod", "xcomp") and word.i > verb.i and closing and verb.dep_ == "ROOT"


def _particle_after_embedded_clause(verb: Token) -> Token | None:
    """The main verb's particle closing the sentence after an embedded clause, which the parser gave to
    that clause's verb ("rief für die Region, in der eine Million Menschen leben, den Ausnahmezustand
    aus": "aus" on "leben"). Only where the embedded clause ended before the particle."""
    if verb.dep_ != "ROOT":
        return None
    last = next((t for t in reversed(verb.sent) if not t.is_punct), None)
    if last is None or last.i <= verb.i or last.lower_ not in SEPARABLE_PARTICLES:
        return None
    head = last.head
    if last.dep_ not in ("compound:prt", "svp") or head.i <= verb.i or head.pos_ not in VERBAL_POS:
        return None
    embedded = verb in head.ancestors and head.dep_ in EMBEDDED_CLAUSE_DEPS
    return last if embedded and any(t.is_punct for t in verb.doc[head.i + 1 : last.i]) else None


def _after_the_embedded_clause(particle: Token) -> list[Token]:
    """The nouns between the embedded clause and the main verb's closing particle, which the parser gave
    to the embedded verb ("…, in der eine Million Menschen leben, den Ausnahmezustand aus")."""
    comma = _last_punctuation(particle.doc[particle.sent.start : particle.i])
    start = comma.i + 1 if comma is not None else particle.i
    return [t for t in particle.doc[start : particle.i] if t.pos_ in NOMINAL_POS]


def _last_punctuation(tokens: Span) -> Token | None:
    """The last punctuation mark among `tokens`: in news mostly the comma that closes a clause."""
    return next((t for t in reversed(tokens) if t.is_punct), None)


def _predicative_particles(verb: Token) -> dict[str, Token]:
    """Adjective-like particles the parser made a predicate of the verb ("stellte der Ukraine einen Kredit
    bereit", "bereit" as xcomp). They complete a separable verb of the lexicon but, unlike real particles,
    do not keep the bare verb from matching ("erklärte sich bereit" is still "erklären")."""
    return {
        c.lower_: c
        for c in verb.children
        if c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.lower_ in SEPARABLE_PARTICLES
    }


def _behind_a_coordinated_verb(verb: Token, particle: Token) -> bool:
    """A particle after "und" + another verb closes that verb's clause, however the parse hung it
    ("legte Protest ein und kündigte Gegenmaßnahmen an": "an" given to "legte")."""
    between = verb.doc[verb.i + 1 : particle.i]
    conjunction = next((t for t in between if t.pos_ == "CCONJ"), None)
    return conjunction is not None and _before_coordinated_verb(conjunction)


def _in_a_later_clause(verb: Token, particle: Token) -> bool:
    """A particle after a comma that another verb follows closes that verb's clause, however the parse
    hung it ("schloss die Grenzübergänge, seither stecken Lastwagen fest": "fest" is "feststecken")."""
    comma = _last_punctuation(verb.doc[verb.i + 1 : particle.i])
    return comma is not None and any(t.pos_ in VERBAL_POS for t in verb.doc[comma.i + 1 : particle.i])


def _stranded_preposition(token: Token) -> bool:
    """A "preposition" after its head noun, or one that closes the clause, is a separated particle the
    parser mistook ("lehnte Waffenlieferungen ab", parsed as "Waffenlieferungen ← ab"; "kündigte
    Gegenmaßnahmen an." with "an" as the root)."""
    if token.pos_ not in ("ADP", "ADV") or token.lower_ not in SEPARABLE_PARTICLES:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # a clause also ends at "und" + the next verb ("legte Protest ein und kündigte …", "ein" read as an
    # article); not in idioms such as "ab und zu", "auf und ab"
    closes_clause = (
        following is None
        or (following.is_punct and not _opens_a_quotation(following))
        or _before_coordinated_verb(following)
    )
    return token.pos_ == "ADP" and token.head.i < token.i or closes_clause


def _opens_a_quotation(mark: Token) -> bool:
    """A quotation mark that opens what follows ("drohte mit „ernsten Konsequenzen“"), where the
    preposition before it governs the quoted words; a closing one ends the clause ("… lehnen das ab“")."""
    if mark.text in OPENING_QUOTES:
        return True
    # a mark that both opens and closes opens where an even number of its kind stand before it
    before = [t for t in mark.doc[mark.sent.start : mark.i] if t.text == mark.text]
    return mark.text in NEUTRAL_QUOTES and len(before) % 2 == 0


def _before_coordinated_verb(conjunction: Token) -> bool:
    """ "und" + a verb: also one the tagger took for an adjective ("und setzte Einfuhren … aus",
    "setzte" ADJ), known by its form, lower case where a noun would be capitalised."""
    after = conjunction.doc[conjunction.i + 1] if conjunction.i + 1 < len(conjunction.doc) else None
    if conjunction.pos_ != "CCONJ" or after is None:
        return False
    known_form = after.is_lower and after.lower_ in german_lexicon().verbs_by_form
    return after.pos_ in VERBAL_POS or known_form and after.pos_ == "ADJ"


def _object_nouns(head: Token) -> list[Token]:
    """Nouns that may complete the verb: its objects first, then any noun of its clause (the parse of
    a small model often attaches them wrongly)."""
    direct = [c for c in head.children if c.dep_ in OBJECT_DEPS or _misparsed_object(c)]
    direct += [head.head] if _demoted_full_verb(head) else []
    direct += [c for c in head.children if _misparsed_predicate(c)]
    # "stellte der Ukraine einen Kredit bereit": the object hangs off the particle parsed as predicate
    direct += [g for p in _predicative_particles(head).values() for g in p.children if g.dep_ in OBJECT_DEPS]
    # "rief für die Region, in der …, den Ausnahmezustand aus": the object hangs off the stray particle
    closing = _particle_after_embedded_clause(head) if head.pos_ in VERBAL_POS else None
    direct += [g for g in closing.children if g.dep_ in OBJECT_DEPS] if closing is not None else []
    direct += _after_the_embedded_clause(closing) if closing is not None else []
    if head.dep_ in ("amod", "det", "acl") and head.head.pos_ in NOMINAL_POS:
        direct.append(head.head)  # "lehnte Waffenlieferungen ab" parsed as "lehnte" ← "Waffenlieferungen"
    direct += _objects_of_its_lassen(head)
    direct += [g for c in direct for g in c.children if g.dep_ in ("conj", "nmod", "appos")]
    direct += _hung_on_a_later_clause(head)
    direct += _middle_field(head) if misparsed_as_attribute(head) or _stray_conjunct(head) else []
    # adjectives and adverbs only ever match rows that list one ("bezeichnete … als ungerechtfertigt");
    # a manner adverb counts even where the tagger took it for a verb ("scharf angegriffen")
    taken = {t.i for t in direct} | {head.i}  # positions: comparing Token objects costs a call each
    rest = [
        t
        for t in _clause_with_noun_lists(head)
        if (t.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") or t.dep_ == "advmod")
        and t.i not in taken
        and not _subject_of_another_predicate(t, head)
    ]
    return [t for t in direct + rest if not _in_topic_phrase(t, head) and not _in_circumstance(t, head)]


def _pronoun_antecedents(verb: Token) -> list[Token]:
    """The people the verb's object pronouns stand for ("wies ihn aus" after "den Botschafter", "nachdem
    Caracas sie ausgewiesen hatte" after "seine Diplomaten"): the nearest noun before the pronoun, in its
    sentence or the one before, of the pronoun's gender and number, where it names someone. Checked
    after the verb's own nouns."""
    antecedents = []
    for pronoun in verb.children:
        agreeing = OBJECT_PRONOUNS.get(pronoun.lower_)
        if agreeing is None or pronoun.pos_ != "PRON":
            continue
        sentence = pronoun.sent
        before = sentence_before(sentence)
        start = before.start if before is not None else sentence.start
        antecedent = next(
            (
                t
                for t in reversed(pronoun.doc[start : pronoun.i])
                if t.pos_ == "NOUN" and _agrees(t, agreeing)
            ),
            None,
        )
        # a person the actor stage found; a thing the pronoun may stand for is too often misread
        antecedents += [antecedent] if antecedent is not None and _names_someone(antecedent) else []
    return antecedents


def _agrees(noun: Token, agreeing: tuple[tuple[str, str], ...]) -> bool:
    """The noun has one of the (gender, number) pairs; an empty gender takes any."""
    gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
    return any((not g or g in gender) and n in number for g, n in agreeing)


def _clause_with_noun_lists(verb: Token) -> list[Token]:
    """The verb's clause with the nouns coordinated with its nouns, which `clause_tokens` leaves out
    with coordinated clauses: "lieferten sich Armee und Rebellen Gefechte" parsed as the list "Armee
    und … Gefechte"."""
    clause = clause_tokens(verb)
    listed = [
        g
        for t in clause
        if t.pos_ in NOMINAL_POS
        for g in t.children
        if g.dep_ == "conj" and g.pos_ in NOMINAL_POS
    ]
    in_clause = {t.i for t in clause}
    return clause + [g for g in listed if g.i not in in_clause]


def _subject_of_another_predicate(noun: Token, verb: Token) -> bool:
    """The subject of a predicate the parse hung inside the clause ("liefern sich … Gefechte, auch
    Panzer sind im Einsatz", "Einsatz" an obl of "liefern") is no object of the verb."""
    return noun.dep_.startswith("nsubj") and noun.head.i != verb.i


def _objects_of_its_lassen(verb: Token) -> list[Token]:
    """A causative "lassen" shares its object with the infinitive it governs, and the parse hangs the
    object on "lassen" ("Spanien ließ Soldaten an die Grenze verlegen", "ließ das Schiff anlegen")."""
    lassen = lassen_above(verb)
    if lassen is None:
        return []
    return [c for c in lassen.children if c.dep_ in OBJECT_DEPS and c.i != verb.i]


def _stray_conjunct(verb: Token) -> bool:
    """A verb the parse coordinated with the word right before it, with no "und" or comma between
    ("Ungewöhnlich scharf ging …": "ging" conj of "scharf"), heads a clause the parse gave away."""
    between = verb.doc[verb.head.i + 1 : verb.i]
    return (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not any(t.is_punct or t.pos_ == "CCONJ" for t in between)
    )


def _middle_field(verb: Token) -> list[Token]:
    """The nouns after a verb the parse made an attribute ("ging US-Botschafterin X mit Belarus ins
    Gericht", "ging" ← "US-Botschafterin") or a stray conjunct: its clause runs on to the next comma or
    verb."""
    found = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS:
            break
        found += [token] if token.pos_ in NOMINAL_POS else []
    return found


def _hung_on_a_later_clause(verb: Token) -> list[Token]:
    """Nouns between the verb and the next comma that the parse gave to the clause after the comma
    ("sprach von einer Lüge, getroffen worden sei nur …": "Lüge" made the agent of "getroffen"); word
    order keeps them in the verb's clause."""
    found = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS:
            break
        head = token.head
        beyond_comma = head.i > token.i and any(t.is_punct for t in verb.doc[token.i + 1 : head.i])
        if token.pos_ in NOMINAL_POS and beyond_comma:
            found.append(token)
    return found


def _in_topic_phrase(noun: Token, verb: Token) -> bool:
    """A noun in an "über" phrase is what is talked about, not what is done or charged: "sprach mit
    Biden über die Annexion" is a meeting, "sprach von einer Annexion" an accusation."""
    token = noun
    while token.i != verb.i and token.head.i != token.i:  # spaCy makes a new Token object per access
        if any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in token.children):
            return True
        token = token.head
    return False


def _misparsed_predicate(child: Token) -> bool:
    """A predicative adjective or participle the parser made a clause of its own (PREDICATE_DEPS)."""
    # a "verb" without a subject of its own there is an adjective or participle the tagger missed
    bare_verb = child.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in child.children)
    # "für" before an adjective or participle marks a predicate ("erklärte … für gescheitert"), which the
    # news parser may make an adverbial clause, hang the subject and object on, or give "für" any label
    # ("hat die Gespräche für gescheitert erklärt": "Gespräche" obj of "gescheitert")
    judged = child.dep_ in (*PREDICATE_DEPS, "advcl") and any(
        c.lower_ == "für" and c.i < child.i for c in child.children
    )
    if judged and child.pos_ in ("ADJ", "VERB"):
        return True
    return child.dep_ in PREDICATE_DEPS and (child.pos_ == "ADJ" or bare_verb)


def _misparsed_object(child: Token) -> bool:
    """A noun the parser made a predicate complement ("setzten … Wasserwerfer ein" as xcomp) or a
    conjunct of the verb ("feuerte mehr als 300 Drohnen … ab", "Drohnen" as conj)."""
    return child.dep_ in ("xcomp", "conj") and child.pos_ in NOMINAL_POS


def _mistagged_verb(token: Token) -> bool:
    """A verb form with another tag that still governs a subject and an object ("Die EU beschloss ein
    Importverbot", "beschloss" tagged ADV or even PUNCT)."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"obj", "obl"})


def _noun_phrase(token: Token) -> bool:
    """A capitalised noun with an article, numeral or preposition of its own is no verb form, even where
    its spelling is one: "vor Tagen", "wenige Tage", "in den kommenden Tagen" are not "tagen"."""
    return (
        token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and any(c.dep_ in NOUN_PHRASE_DEPS for c in token.children)
    )


def _has_reflexive(verb: Token) -> bool:
    """ "sich wenden an", "sich einsetzen für" mean what the lexicon says only with the pronoun."""
    return any(c.lower_ in REFLEXIVES for c in verb.children) or any(
        t.lower_ in REFLEXIVES for t in verb.doc[max(verb.i - 3, verb.sent.start) : verb.i + 4]
    )


def _opposed_cooperation(entry: LexiconEntry, noun: Token) -> bool:
    """Support is not given to what one speaks out against: "sprach sich gegen den Beitritt aus" is no
    endorsement (051) of the accession."""
    return entry.code.startswith("05") and any(
        c.dep_ == "case" and c.lower_ == "gegen" for c in noun.children
    )


def _advocates_against(entry: LexiconEntry, verb: Token) -> bool:
    """A reflexive verb of advocacy turns with its preposition: "sprach sich für eine Untersuchung aus"
    appeals (020), "sprach sich gegen die Drohung aus" opposes; "setzte sich gegen … ein" too."""
    if not entry.reflexive or entry.code[:2] not in ADVOCACY_ROOTS:
        return False
    prepositions = {g.lower_ for c in verb.children for g in c.children if g.dep_ == "case"}
    return "gegen" in prepositions and "für" not in prepositions


def matches_object(noun: Token, entry: LexiconEntry) -> bool:
    text, lemma = noun.lower_, noun.lemma_.lower()
    # every noun of the clause meets every wanted noun of the verb's rows and few match one: the
    # row's forms and compound endings all at once first, the one wanted noun only where they meet
    forms, adjective_forms, heads = _object_frame(entry.objects)
    if lemma in entry.objects or text in forms:
        return True
    if noun.pos_ in ("ADJ", "ADV") and text in adjective_forms:
        return True
    if not text.endswith(heads) or _isch_adjective(noun):
        return False
    for wanted in entry.objects:
        ends = _compound_heads(wanted)
        end = next((form for form in ends if text.endswith(form)), None)
        if end is None:
            continue
        first_part = text[: -len(end)]
        if _compound_boundary(first_part, wanted) and not figurative(entry, first_part):
            return True
    return False


@cache  # a few hundred distinct object sets in the lexicon
def _object_frame(objects: frozenset[str]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """All the noun forms, adjective forms and compound endings of a row's wanted objects."""
    forms = frozenset(f for wanted in objects for f in noun_forms(wanted))
    adjective_forms = frozenset(f for wanted in objects for f in _adjective_forms(wanted))
    return forms, adjective_forms, tuple(h for wanted in objects for h in _compound_heads(wanted))


@cache
def _adjective_forms(wanted: str) -> frozenset[str]:
    """The inflected forms of an adjective a row lists ("von einem inakzeptablen Vorgang"): the lemmatizer
    leaves "inakzeptabl" for them, and an adjective in -el drops its e before an ending ("dunkel", "dunkle")."""
    stems = {wanted, wanted[:-2] + wanted[-1]} if wanted.endswith("el") else {wanted}
    return frozenset(stem + ending for stem in stems for ending in ("e", "em", "en", "er", "es"))


def _isch_adjective(word: Token) -> bool:
    """An adjective in "-isch": German writes nouns, compounds too ("Verhandlungstisch"), with a capital,
    so the word is one if written small ("diplomatischen") or tagged so ("Russische" opening a sentence)."""
    return ISCH_ADJECTIVE.search(word.lower_) is not None and (word.pos_ == "ADJ" or word.text[:1].islower())


def _compound_boundary(first_part: str, wanted: str) -> bool:
    """The wanted noun ends a compound only after a real first word: "Botschaft" and "Partnerschaft"
    end in the suffix "-schaft", not in "Haft"; "Abzug" or "Anschlag" derive from a verb with its
    prefix ("ab", "an"), they are no kind of "Zug" or "Schlag"."""
    if first_part.rstrip("-") in WORD_PREFIXES:
        return False
    return not any(
        suffix.endswith(wanted) and first_part.endswith(suffix[: -len(wanted)])
        for suffix in DERIVATION_SUFFIXES
        if len(suffix) > len(wanted)
    )


@cache  # the wanted nouns are the lexicon's, a few hundred; asked for every noun of every sentence
def _compound_heads(wanted: str) -> tuple[str, ...]:
    """The forms that end a compound with the wanted noun ("Untersuchungshaft", "Raketenangriffen");
    not "-er"/"-ern", which make an agent noun of the stem: a "Botschafter" is no "Haft"."""
    return tuple(form for form in noun_forms(wanted) if form not in (wanted + "er", wanted + "ern"))


def figurative(entry: LexiconEntry, first_part: str) -> bool:
    """A compound of a force noun whose first part names no fighting ("Charmeoffensive", "PR-Offensive",
    "Cyberangriffe"): matched by its end, it would be taken for force."""
    return entry.code[:2] in FORCE_ROOTS and first_part.rstrip("-").endswith(FIGURATIVE_MODIFIERS)


def _as_hybrid_war(entry: LexiconEntry, noun: Token | None) -> LexiconEntry:
    """A "hybrid" war or attack ("führt einen hybriden Krieg gegen uns": migrants pushed over the border,
    sabotage, disinformation) is pressure without arms: coercion (170), not fighting, as the banks code it."""
    if noun is None or entry.code[:2] not in FORCE_ROOTS:
        return entry
    if not any(c.dep_ == "amod" and c.lower_.startswith(HYBRID) for c in noun.children):
        return entry
    return replace(entry, code=COERCION)


def _choose(
    candidates: list[tuple[LexiconEntry, Token | None]], verb: Token
) -> tuple[LexiconEntry, Token | None] | None:
    """The most specific entry: one whose object constraint is met beats one without a constraint;
    one met by the object beats one met only by a purpose phrase; among equals, one whose target slot
    the sentence fills with a name ("warnte Putin" 130) beats one without ("warnte vor einer
    Eskalation" 012), and a crowd protests on the street rather than to a government."""
    constrained = [c for c in candidates if c[0].objects]
    # "antwortete auf die Sanktionen mit Gegenmaßnahmen": what is answered is no instrument of the answer;
    # nor is the noun of a phrase another reading takes for its target ("stellte sich hinter den
    # Beschluss": the reading "hinter" backs it, the one that opposes a Beschluss does not apply)
    instruments = [c for c in constrained if not any(_in_target_phrase(c[1], o[0]) for o in candidates)]
    pool = instruments or constrained or candidates
    # the verb's own object names the act, a purpose phrase only why: "mobilisierte die Armee zur
    # Unterstützung der Grenzschützer" is a mobilisation (154), not support (053)
    pool = (
        [c for c in pool if not _purpose(c[1], verb)]
        if any(_direct_object(c[1], verb) and not _purpose(c[1], verb) for c in pool)
        else pool
    )
    # "wies die Warnungen als Einmischung zurück": what is turned back is the object, the "als" noun only
    # how it is described; the description decides only where the object itself names no act
    pool = [c for c in pool if not _described_as(c[1])] or pool
    # a row that lists the noun itself beats one that only matches its compound head: "verstärkte die
    # Polizeipräsenz" is the row of "Polizeipräsenz" (153), not the one of "Präsenz" (154)
    pool = [c for c in pool if not _only_by_its_head(c, pool)]
    filled = [c for c in pool if _slot_filled(c[0].target, verb)]
    return (filled or _by_the_protesters(pool, verb) or pool or [None])[0]


def _only_by_its_head(candidate: tuple[LexiconEntry, Token | None], pool: list) -> bool:
    """The candidate's row matched its noun by the compound head only, while another row of the pool
    lists the noun itself."""
    entry, noun = candidate
    return (
        noun is not None
        and not _listed(noun, entry)
        and any(
            other is not entry and token is not None and token.i == noun.i and _listed(noun, other)
            for other, token in pool
        )
    )


def _listed(noun: Token, entry: LexiconEntry) -> bool:
    """The row names the noun among its objects, by lemma or inflected form (not just its head)."""
    text, lemma = noun.lower_, noun.lemma_.lower()
    return any(lemma == wanted or text in noun_forms(wanted) for wanted in entry.objects)


def _purpose(noun: Token | None, verb: Token) -> bool:
    """A noun of a "zu"/"zur"/"zum" phrase on the verb ("zur Unterstützung", "zum Schutz"), also where the
    parse hangs the phrase on the verb's object ("mobilisierte die Armee zur Unterstützung der
    Grenzschützer": the purpose of the mobilisation, not an attribute of the army)."""
    if noun is None or not any(c.dep_ == "case" and c.lower_ in PURPOSE_PREPOSITIONS for c in noun.children):
        return False
    head = noun.head
    return head.i == verb.i or head.dep_ in PATIENT_DEPS and head.head.i == verb.i


def _described_as(noun: Token | None) -> bool:
    """A noun introduced by "als", which the parse often coordinates with the object ("die Kritik als
    Einmischung"): a description of the object, not the thing acted on."""
    return noun is not None and any(
        c.lower_ == "als" and c.dep_ in ("cc", "case", "mark") for c in noun.children
    )


def _direct_object(noun: Token | None, verb: Token) -> bool:
    """The noun is the verb's object or inside its phrase ("den Vorschlag einer Waffenruhe")."""
    if noun is None:
        return False
    token = noun
    while token.head.i != verb.i:
        if token.head.i == token.i:
            return False
        token = token.head
    return token.dep_ in PATIENT_DEPS


def _by_the_protesters(pool: list[tuple[LexiconEntry, Token | None]], verb: Token) -> list:
    """ "protestierten Tausende" with no "bei" for a government to protest to: crowds take to the street
    (14x), not to the embassy (114); a plural common noun is the crowd ("Dutzende Frauen", "Tausende")."""
    street = [c for c in pool if c[0].code.startswith(STREET_PROTEST_ROOT)]
    if not street or len(street) == len(pool):
        return []
    # protesting takes no object: a plural "object" is the crowd the parse misplaced ("protestierten
    # daraufhin Dutzende Frauen")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "obj")]
    # "protestierten erneut Tausende" parsed as an attribute of the crowd it says protested
    subjects += [verb.head] if verb.dep_ == "amod" and verb.head.i > verb.i else []
    # a verb coordinated with an earlier one shares its subject ("Tausende zogen … und protestierten",
    # "Die Regierung wies das zurück und protestierte offiziell")
    shared = verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)
    subjects += [c for c in verb.head.children if c.dep_.startswith("nsubj")] if shared else []
    if any(_crowd(s) for s in subjects):
        return street
    # a government protests to someone ("protestierte bei der Botschaft") or is named as the one who
    # protests; where neither is, the protesters are a crowd the parse lost ("protestierten in
    # Bratislava Tausende", "einige Hundert Anhänger" taken for the object)
    named = any(_names_someone(c) for c in subjects if c.dep_.startswith("nsubj"))
    addressed = any(g.dep_ == "case" and g.lower_ == "bei" for c in verb.children for g in c.children)
    return street if not named and not addressed else []


def _crowd(subject: Token) -> bool:
    """A plural of common nouns or a number ("Dutzende Frauen", "Tausende"); not a state named by a
    common noun ("die Vereinigten Staaten", tagged LOC; the NER may tag a crowd ORG)."""
    # a nationality the NER tags LOC is a crowd when counted ("Tausende Belarussen")
    counted = any(c.lower_.endswith(CROWD_COUNTS) for c in subject.children)
    named = subject.ent_type_ in ("LOC", "GPE") and not counted
    # a count noun is plural whatever the tagger says ("Tausende": Number=Sing in the news parse)
    plural = "Plur" in subject.morph.get("Number") or subject.lower_.endswith(CROWD_COUNTS) or counted
    return plural and subject.pos_ in ("NOUN", "PRON", "NUM") and not named


def _in_target_phrase(noun: Token | None, entry: LexiconEntry) -> bool:
    if noun is None or not entry.target.startswith("pp:"):
        return False
    return any(c.dep_ == "case" and c.lower_ in target_prepositions(entry.target) for c in noun.children)


def _slot_filled(target: str, verb: Token) -> bool:
    if target in ("obj", "dat"):
        slot = [c for c in verb.children if c.dep_ in ("obj", "iobj") and c.lower_ not in REFLEXIVES]
        if target == "dat":
            slot = [c for c in slot if c.dep_ == "iobj" or "Dat" in c.morph.get("Case")]
    elif target.startswith("pp:"):
        prepositions = target_prepositions(target)
        # the partner may hang on the verb or on its object noun, whose phrase it completes ("setzte die
        # Verhandlungen mit Tokio aus", "verhängte Sanktionen gegen Minsk")
        phrases = [
            *verb.children,
            *(g for c in verb.children if c.dep_ in PATIENT_DEPS for g in c.children),
        ]
        slot = [c for c in phrases if any(g.dep_ == "case" and g.lower_ in prepositions for g in c.children)]
    else:
        return False
    return any(_names_someone(t) for c in slot for t in c.subtree)


def _names_someone(token: Token) -> bool:
    """A name, a pronoun, or a role the actor stage resolved ("ihren Amtskollegen")."""
    if token.ent_type_ in ("PER", "ORG", "LOC", "GPE") or token.pos_ == "PRON" and token.dep_ != "det":
        return True
    return any(span.start <= token.i < span.end for span in token.doc.spans.get(ACTOR_REF_SPANS, []))


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
    return bool(objects) and not any(_names_someone(t) for t in named)


def _lacks_its_preposition(entry: LexiconEntry, verb: Token) -> bool:
    """A consultation verb means consulting only with its preposition: "sprach mit X", not "sprach von X";
    or with both parties as its subject ("Sherman und Rjabkow waren zusammengekommen", "die
    Delegationen berieten")."""
    if not (entry.code.startswith("04") and entry.target.startswith("pp:") and not entry.objects):
        return False  # asked for every row of every verb form: the clause is read only for these rows
    clause = clause_tokens(verb)
    words = {t.lower_ for t in clause + _linear_clause(verb)}
    if words.intersection(target_prepositions(entry.target)):
        return False
    deliberating = entry.lemma in DELIBERATION and _organisation_subject(verb)
    joint = holds_joint_parties(verb)  # "der NATO-Russland-Rat kam zusammen"
    return not (_coordinated_names(clause) or _plural_subject(verb) or deliberating or joint)


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
    Seiten würden Zwischenfälle vermeiden und erneut zusammenkommen"); a meeting verb takes no object,
    so a plural noun the parse made its object before it is its subject ("sollen Delegationen beider
    Regierungen zusammenkommen")."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(
        (c.dep_ == "nsubj" or c.dep_ == "obj" and c.i < verb.i and v == verb)
        and "Plur" in c.morph.get("Number")
        for v in verbs
        for c in v.children
    )


def _aimed_launch(entry: LexiconEntry, verb: Token) -> bool:
    """A missile launched "auf" something ("feuerte Raketen auf Nordisrael ab") is a strike, whether or not
    the place is a name: the launch reading (150) is only for missiles fired at nothing."""
    if entry.code != LAUNCH or entry.kind != "V":
        return False
    return any(
        g.dep_ == "case" and g.lower_ in AIMING_PREPOSITIONS for c in verb.children for g in c.children
    )


def _state_passive(verb: Token) -> bool:
    """ "ist bedroht", "sei gefährdet": a "sein" and no "werden" among the verb's auxiliaries. The
    tagger often reads "bedroht" as a finite present, so the auxiliaries decide, not the verb's form
    ("ist bedroht worden" is an act again)."""
    auxiliaries = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    return "sein" in auxiliaries and "werden" not in auxiliaries


def _other_verb_with_sich(entry: LexiconEntry, verb: Token) -> bool:
    return entry.lemma in OTHER_VERB_WITH_SICH and _has_reflexive(verb)


def _fear_of_a_thing(entry: LexiconEntry, verb: Token) -> bool:
    """A fear with no clause of what is feared (on the tuning banks 4 such events, none in the gold)."""
    return entry.lemma in FEAR and not any(c.dep_ in CLAUSE_DEPS for c in verb.children)


def _forecast(entry: LexiconEntry, verb: Token) -> bool:
    """ "erwarten" with no act asked of anyone is a forecast or a guest awaited, not a demand: "erwartet ein
    Wachstum von zwei Prozent", "erwartet weitere Angriffe", "wird in Berlin erwartet". The demand names
    the act in a clause ("erwarte, dass Paris keine Waffen liefert", "… zu berücksichtigen") or whom it
    asks ("erwarte von Minsk Aufklärung"); the rows of a named thing asked for keep their objects."""
    if entry.lemma != EXPECTING or entry.objects:
        return False
    asked = any(preposition_of(c) == EXPECTED_OF for c in children(verb, *OBJECT_DEPS))
    return not asked and not any(c.dep_ in CLAUSE_DEPS or _that_clause(c) for c in verb.children)


def _that_clause(clause: Token) -> bool:
    """A "dass" clause, which the parse often hangs on its verb as an adverbial one."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "dass" for c in clause.children)


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


def verb_trigger(token: Token, sentence: Span, lexicon: Lexicon) -> Trigger | None:
    entries = lexicon.verbs_by_form.get(token.lower_)
    if not entries or token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") and not _mistagged_verb(token):
        return None
    if _noun_phrase(token):
        return None
    particles = _claimed_particles(token, entries)
    predicative = _predicative_particles(token)
    found: list[list[Token]] = []

    def objects() -> list[Token]:
        """The nouns that may complete the verb, looked for once a row needs them: most forms' rows fail
        on their particle or reflexive first, and the search walks the whole clause."""
        if not found:
            found.append(_object_nouns(token) + _pronoun_antecedents(token))
        return found[0]

    candidates = []
    for entry in entries:
        attached = token.lower_.startswith(entry.particle) if entry.particle else False
        if entry.particle and not attached and entry.particle not in particles | predicative.keys():
            continue
        if not entry.particle and particles:
            continue  # "weist … zurück" is not "weisen"
        if _lacks_its_preposition(entry, token) or entry.reflexive and not _has_reflexive(token):
            continue
        if _meets_a_thing(entry, token) or _advocates_against(entry, token) or _at_risk(entry, token):
            continue
        if _other_verb_with_sich(entry, token) or _fear_of_a_thing(entry, token) or _forecast(entry, token):
            continue
        if _aimed_launch(entry, token):
            continue
        if entry.objects:
            matched = next((n for n in objects() if matches_object(n, entry)), None)
            if matched is None or _opposed_cooperation(entry, matched) or tallied_votes(matched):
                continue
            if voted_for(entry.objects, token):
                continue
            candidates.append((entry, matched))
        else:
            candidates.append((entry, None))
    chosen = _choose(candidates, token)
    if chosen is None:
        return None
    entry, object_noun = chosen
    particle = (particles | predicative).get(entry.particle) if entry.particle else None
    if object_noun is None and particle is not None and particle.lower_ in RELEASING_INFINITIVES:
        object_noun = _captive_of_the_infinitive(particle)
    # the predicate the parser made the clause's head carries the subject and the pronoun: read from it
    anchor = token.head if _demoted_full_verb(token) and object_noun == token.head else token
    entry = as_mass_expulsion(as_mass_killing(_as_offer(entry, token), token, objects), token, objects)
    entry = _as_hybrid_war(entry, object_noun)
    entry = _as_agreed_act(entry, token)
    return Trigger(token=anchor, entry=entry, particle=particle, object_noun=object_noun)


def _claimed_particles(verb: Token, entries: tuple[LexiconEntry, ...]) -> dict[str, Token]:
    """The separated particles the verb's rows can claim. A clause-final "wieder" is mostly the adverb
    "again" ("öffnet den Grenzübergang wieder" is öffnen): it is a particle only where a row of the form
    is a "wieder" verb (wiederherstellen, wiedereröffnen), and then also where the parse made it an
    adverb before the second particle ("stellte die Beziehungen wieder her")."""
    found = _particles(verb)
    released = _releasing_infinitive(verb)
    if released is not None and not found:
        return {RELEASE_PARTICLE: released}
    if not any(e.particle is not None and e.particle.startswith(AGAIN) for e in entries):
        return {p.lower_: p for p in found if p.lower_ != AGAIN}
    again = [c for c in verb.children if c.lower_ == AGAIN and c.dep_ == "advmod" and c.i > verb.i]
    return {p.lower_: p for p in found + again}


def _releasing_infinitive(verb: Token) -> Token | None:
    """The bare "gehen", "ziehen" or "laufen" a "lassen" governs, which makes it a release. Not with a
    reflexive: "ließ sich gehen" is letting oneself go."""
    if verb.lower_ not in LASSEN or _has_reflexive(verb):
        return None
    infinitive = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in RELEASING_INFINITIVES), None
    )
    return None if infinitive is None or _runs_into(infinitive) else infinitive


def _runs_into(infinitive: Token) -> bool:
    verb, prepositions = RUN_INTO
    return infinitive.lower_ == verb and any(
        preposition_of(c) in prepositions for c in children(infinitive, "obl")
    )


def _captive_of_the_infinitive(infinitive: Token) -> Token | None:
    """The one let go, where the parse hung it on the infinitive rather than on "lassen" ("hat den
    Journalisten ziehen lassen": "Journalisten" ← "ziehen"); the release's target is whose he is."""
    return next((c for c in infinitive.children if c.dep_ in ("obj", "obl:arg") and c.i < infinitive.i), None)


def _demoted_full_verb(token: Token) -> bool:
    """A full verb the parser made the auxiliary or copula of its predicative adjective ("zeigten sich
    besorgt": "zeigten" aux of "besorgt"), which then holds the clause's subject and pronoun."""
    return (
        token.dep_ in ("aux", "cop")
        and token.lemma_.lower() not in AUXILIARY_LEMMAS
        and token.head.i > token.i
        and token.head.pos_ in ("ADJ", "VERB")
    )


def _in_circumstance(noun: Token, verb: Token) -> bool:
    """The noun heads a time or circumstance phrase of the verb, or is a genitive in one, which names
    the occasion or an earlier act, not what the verb does: "Nach der Verhängung neuer Sanktionen
    forderte Peking Verhandlungen" demands talks, "vereinbarten bei den Verhandlungen einen Austausch"
    agrees on an exchange, "beschlossen am Rande des Gipfels Sanktionen" decides sanctions. An object
    the parse hung on the phrase ("bei der WTO Klage einreichen", "Klage" an appos) is not in it."""
    token = noun
    while token.head.i != verb.i:
        if token.head.i == token.i or not _inside_its_phrase(token):
            return False  # not in a phrase of this verb
        token = token.head
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if token.lower_ in CIRCUMSTANCE_FRAMES:
        return any(c in ("im", "am") for c in cases)
    occasion = token.lower_.endswith(OCCASIONS) and any(c in OCCASION_PREPOSITIONS for c in cases)
    return occasion or any(c in CIRCUMSTANCE_PREPOSITIONS for c in cases)


def _inside_its_phrase(token: Token) -> bool:
    """A genitive attribute or a conjunct belongs to the phrase of its head ("nach zehn Tagen zäher
    Verhandlungen", "im Rahmen der Gespräche"); an accusative hung on it is a misparsed object, and so is
    an "als" predicate the parse joined to it ("bezeichnete Russland nach dem Treffen als Verbündeten")."""
    if token.dep_ == "conj":
        return not any(c.tag_ == "KOKOM" for c in token.children)
    return token.dep_.startswith("nmod") and "Gen" in token.morph.get("Case")


def _as_offer(entry: LexiconEntry, token: Token) -> LexiconEntry:
    """A meeting or negotiation that an actor declares itself ready or open for is an expressed intent
    to meet (036), not a meeting: "Das Bündnis bleibe offen für Gespräche mit Russland". One named as the
    time of the clause ("Nach einem Telefonat mit Washington erklärte sich Kiew bereit, …") took place:
    the readiness is for the clause's act."""
    if not entry.code.startswith("04") or _in_circumstance(token, token.head):
        return entry
    near = [t for t in (token.head, token.head.head, *token.head.children, *token.children) if t.i != token.i]
    if any(t.lower_ in READINESS or t.lemma_.lower() in READINESS or _open_for(t) for t in near):
        return replace(entry, code=INTENT_TO_MEET)
    return entry


def _as_agreed_act(entry: LexiconEntry, token: Token) -> LexiconEntry:
    """Agreeing to carry out an act together concludes an agreement (057): "vereinbarten, gemeinsam gegen
    Schmuggler vorzugehen", and so does agreeing on a deal the verb's rows do not list ("vereinbarten einen
    Plan für die Rückkehr", "die Zollpause, die beide vereinbart hatten"). Agreeing to coordinate, cooperate
    or talk stays the intent of the verb's rows (03x): "vereinbarten, sich enger abzustimmen", "… die
    Zusammenarbeit fortzusetzen", "vereinbarten eine engere Abstimmung"."""
    if entry.lemma != AGREEING or entry.objects:
        return entry
    if _agreed_deal(token):
        return replace(entry, code=CONCLUDED_AGREEMENT)
    acts = [c for c in token.children if c.i > token.i and (_agreed_infinitive(c) or _agreed_that_clause(c))]
    # an act agreed not to be done is a pledge of restraint ("vereinbarten, nicht weiter zu eskalieren")
    concrete = [
        a
        for a in acts
        if not _names_cooperation(a) and not any(t.lower_ in NEGATING_WORDS for t in a.subtree if t.i < a.i)
    ]
    return replace(entry, code=CONCLUDED_AGREEMENT) if concrete else entry


def _agreed_infinitive(clause: Token) -> bool:
    return clause.dep_ in ("xcomp", "ccomp") and is_zu_infinitive(clause)


def _agreed_that_clause(clause: Token) -> bool:
    """A finite clause of what was agreed: "vereinbarten, dass Australien U-Boote kauft", which the parse
    may also hang on the verb as an adverbial clause."""
    return clause.dep_ in THAT_CLAUSE_DEPS and any(
        c.dep_ == "mark" and c.lower_ in THAT for c in clause.children
    )


def _names_cooperation(act: Token) -> bool:
    words = [act, *(c for c in act.children if c.pos_ in NOMINAL_POS)]
    return any(w.lemma_.lower() in COOPERATION_WORDS for w in words)


def _agreed_deal(verb: Token) -> bool:
    """The verb's object names a deal: a common noun, or the noun a relative pronoun object stands for, that
    names no cooperation or talks in general (those nouns end in a word of `COOPERATION_WORDS` or
    `COOPERATION_NOUNS`: "Wirtschaftszusammenarbeit", "Abstimmung"). Where the verb also has a "zu" clause,
    the clause says what was agreed (`_as_agreed_act`) and a noun before it is a misparse of the clause's
    object or of the parties ("vereinbarten beide, …", "hatten Niamey und Moskau vereinbart, …")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        noun = _antecedent_of_relative(obj) if obj.pos_ == "PRON" else obj
        if noun is not None and noun.tag_ == COMMON_NOUN:
            return not noun.lemma_.lower().endswith((*COOPERATION_WORDS, *COOPERATION_NOUNS))
    return False


def _antecedent_of_relative(pronoun: Token) -> Token | None:
    """The noun a relative pronoun opening its clause stands for, right before the clause's comma ("die
    Zollpause, die beide vereinbart hatten"), wherever the parse hung the clause."""
    if "Rel" not in pronoun.morph.get("PronType") or pronoun.i < 2:
        return None
    comma, noun = pronoun.nbor(-1), pronoun.nbor(-2)
    return noun if comma.text == "," else None


def _open_for(token: Token) -> bool:
    """ "offen für Gespräche", not "sprach offen mit …" (openly)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "offen" and following is not None and following.lower_ == "für"


def light_verb_lemma(verb: Token) -> str:
    """The lemma with its separated particle, as the lexicon lists light verbs ("sprach ihr Beileid
    aus" → "aussprechen")."""
    # a closing "wieder" is "again" ("öffnete den Korridor wieder" → "öffnen"; `_claimed_particles`)
    particles = [p for p in _particles(verb) if p.lower_ != AGAIN] if verb.pos_ in VERBAL_POS else []
    return (particles[0].lower_ if particles else "") + verb.lemma_.lower()


def light_verb(trigger: Trigger) -> Token | None:
    """The light verb a noun row asks for, with the noun as its object ("übte Kritik an …"), its subject
    ("gilt eine Waffenruhe") or its oblique ("bleibt in Alarmbereitschaft")."""
    noun, entry = trigger.token, trigger.entry
    if entry.kind != "N" or not entry.objects or noun.dep_ not in LIGHT_VERB_ROLES:
        return None
    return next((v for v in _governing_verbs(noun) if light_verb_lemma(v) in entry.objects), None)


def _governing_verbs(noun: Token) -> list[Token]:
    """The noun's head and, where the parse hung the noun on a clause after a comma, the verb before it
    in its own clause ("Zwischen X und Y gilt eine Waffenruhe, die Z vermittelt hatte": "Waffenruhe" made
    the subject of "vermittelt")."""
    head = noun.head
    across_comma = head.i > noun.i and any(t.is_punct for t in noun.doc[noun.i + 1 : head.i])
    if not across_comma:
        return [head]
    for token in reversed(noun.doc[max(noun.i - PREPOSITION_WINDOW, noun.sent.start) : noun.i]):
        if token.is_punct:
            break
        if token.pos_ in VERBAL_POS:
            return [head, token]
    return [head]


def noun_or_light_verb_phrases(trigger: Trigger, preposition: str) -> list[Token]:
    """Prepositional phrases of the trigger; for a noun, also those the parser hung on its light verb
    ("übte Kritik an der Hinrichtung", "an" ← "übte")."""
    verb = light_verb(trigger)
    phrases = with_preposition(trigger.token, preposition)
    return phrases + ([p for p in with_preposition(verb, preposition) if p not in phrases] if verb else [])


def closes_what_it_names(noun: Token, entry: LexiconEntry) -> bool:
    """A noun row may list the thing acted on, which the noun takes in the genitive: "die Schließung der
    Grenze" restricts movement (191), "die Schließung der Botschaft" reduces relations (161)."""
    return any(matches_object(g, entry) for g in genitive_attributes(noun))


def row_without_verb(noun: Token, entries: tuple[LexiconEntry, ...]) -> LexiconEntry | None:
    """A noun's row where the verb over it is not the one to carry the act out (a demand, a threat):
    the row for what its genitive names ("die Schließung der Grenze" 191, not the embassy's 161), else
    its row that needs nothing, else its first. The light verbs a row lists ("eine Klage einreichen",
    "vereinbarte eine Waffenruhe") are what fulfilling the demand or threat would take."""
    named = [e for e in entries if closes_what_it_names(noun, e)]
    plain = [e for e in entries if not e.objects]
    return next(iter(named or plain or entries), None)


def noun_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ not in NOMINAL_POS:
        return None
    entries, first_part = lexicon.nouns_by_form.get(token.lower_), ""
    if not entries and len(token.text) > NOUN_SUFFIX_MIN and not _isch_adjective(token):
        split = next(
            (i for i in range(1, len(token.text) - 4)
             if token.lower_[i:] in lexicon.nouns_by_form and len(token.lower_) - i >= NOUN_SUFFIX_MIN
             and not token.lower_[:i].endswith(DERIVATION_PREFIXES)),
            None,
        )  # fmt: skip
        if split is not None:
            entries, first_part = lexicon.nouns_by_form[token.lower_[split:]], token.lower_[:split]
    if not entries:
        return None
    governing = _governing_verbs(token)
    head_lemmas = {v.lemma_.lower() for v in governing} | {light_verb_lemma(v) for v in governing}
    usable = [
        e
        for e in entries
        if (not e.objects or head_lemmas & e.objects or closes_what_it_names(token, e))
        and not figurative(e, first_part)
    ]
    if not usable:
        return None
    # a row whose light verb, predicate or genitive is present beats a bare noun ("die Vorwürfe seien
    # haltlos" 016, "die Schließung der Grenze" 191 rather than 161)
    best = next((e for e in usable if e.objects), usable[0])
    return Trigger(
        token=token, entry=_as_hybrid_war(_as_offer(best, token), token), particle=None, object_noun=None
    )
