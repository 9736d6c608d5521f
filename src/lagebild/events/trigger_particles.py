"""The parts of a trigger verb the lexicon lists with it: the separated particle, wherever the parse hung
it ("schlug … vor", "lehnte Waffenlieferungen ab"), a "lassen" with the infinitive that makes it a release
("ließ die Geiseln gehen"), and the reflexive pronoun."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import LASSEN, REFLEXIVES, children, preposition_of
from lagebild.events.event_clauses import COORDINATORS, NOMINAL_POS, VERBAL_POS
from lagebild.events.lexicon import SEPARABLE_PARTICLES, LexiconEntry, german_lexicon
from lagebild.pipeline.word_classes import PARTICLE_DEPS

AGAIN = "wieder"
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
        if (c.dep_ in PARTICLE_DEPS or _closing_adverb(verb, c))
        and c.lower_ in SEPARABLE_PARTICLES
        and not _behind_a_coordinated_verb(verb, c)
        and not _in_a_later_clause(verb, c)
    ]
    if own:
        return own
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS or _before_coordinated_verb(token):
            break
        particle = token.dep_ in PARTICLE_DEPS and token.lower_ in SEPARABLE_PARTICLES
        if particle and token.head.pos_ not in VERBAL_POS:
            return [token]
        if _stranded_preposition(token):
            return [token]
    closing = particle_after_embedded_clause(verb)
    return [closing] if closing is not None else []


def _closing_adverb(verb: Token, word: Token) -> bool:
    """A particle the parser took for an adverb where it closes the main clause ("ließ Moskau zwölf
    Soldaten frei": "frei" advmod) or, in the news parser, for a clause ("stellte … infrage": xcomp): the
    end of the clause is where German puts a separated particle."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    closing = following is None or following.is_punct
    return word.dep_ in ("advmod", "xcomp") and word.i > verb.i and closing and verb.dep_ == "ROOT"


def particle_after_embedded_clause(verb: Token) -> Token | None:
    """The main verb's particle closing the sentence after an embedded clause, which the parser gave to
    that clause's verb ("rief für die Region, in der eine Million Menschen leben, den Ausnahmezustand
    aus": "aus" on "leben"). Only where the embedded clause ended before the particle."""
    if verb.dep_ != "ROOT":
        return None
    last = next((t for t in reversed(verb.sent) if not t.is_punct), None)
    if last is None or last.i <= verb.i or last.lower_ not in SEPARABLE_PARTICLES:
        return None
    head = last.head
    if last.dep_ not in PARTICLE_DEPS or head.i <= verb.i or head.pos_ not in VERBAL_POS:
        return None
    embedded = verb in head.ancestors and head.dep_ in EMBEDDED_CLAUSE_DEPS
    return last if embedded and any(t.is_punct for t in verb.doc[head.i + 1 : last.i]) else None


def after_the_embedded_clause(particle: Token) -> list[Token]:
    """The nouns between the embedded clause and the main verb's closing particle, which the parser gave
    to the embedded verb ("…, in der eine Million Menschen leben, den Ausnahmezustand aus")."""
    comma = _last_punctuation(particle.doc[particle.sent.start : particle.i])
    start = comma.i + 1 if comma is not None else particle.i
    return [t for t in particle.doc[start : particle.i] if t.pos_ in NOMINAL_POS]


def _last_punctuation(tokens: Span) -> Token | None:
    """The last punctuation mark among `tokens`: in news mostly the comma that closes a clause."""
    return next((t for t in reversed(tokens) if t.is_punct), None)


def predicative_particles(verb: Token) -> dict[str, Token]:
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
    # a preposition fixed to the one before it is part of that one ("um bis zu 700.000 Barrel")
    after_its_noun = token.pos_ == "ADP" and token.head.i < token.i and token.dep_ != "fixed"
    return after_its_noun or closes_clause


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


def has_reflexive(verb: Token) -> bool:
    """ "sich wenden an", "sich einsetzen für" mean what the lexicon says only with the pronoun. The
    parser does not always hang it on the verb, so a pronoun next to it counts; not one after a
    coordinator, which opens the next verb's clause ("werde die Grenze verteidigen und sich von niemandem
    belehren lassen")."""
    if any(c.lower_ in REFLEXIVES for c in verb.children):
        return True
    after = verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]
    cut = next((t.i for t in after if t.lower_ in COORDINATORS), verb.i + 4)
    return any(t.lower_ in REFLEXIVES for t in verb.doc[max(verb.i - 3, verb.sent.start) : cut])


def claimed_particles(verb: Token, entries: tuple[LexiconEntry, ...]) -> dict[str, Token]:
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
    if verb.lower_ not in LASSEN or has_reflexive(verb):
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


def captive_of_the_infinitive(infinitive: Token) -> Token | None:
    """The one let go, where the parse hung it on the infinitive rather than on "lassen" ("hat den
    Journalisten ziehen lassen": "Journalisten" ← "ziehen"); the release's target is whose he is."""
    return next((c for c in infinitive.children if c.dep_ in ("obj", "obl:arg") and c.i < infinitive.i), None)


def light_verb_lemma(verb: Token) -> str:
    """The lemma with its separated particle, as the lexicon lists light verbs ("sprach ihr Beileid
    aus" → "aussprechen")."""
    # a closing "wieder" is "again" ("öffnete den Korridor wieder" → "öffnen"; `claimed_particles`)
    particles = [p for p in _particles(verb) if p.lower_ != AGAIN] if verb.pos_ in VERBAL_POS else []
    return (particles[0].lower_ if particles else "") + verb.lemma_.lower()
