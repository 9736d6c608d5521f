"""The names that open a main clause are its subject, however the parse hung them. A German main clause
has one phrase before its finite verb; in news prose a phrase made only of names, titles and list words
there ("Tuvalu, Samoa und die Marshallinseln verließen …", "Heiko Maas und Jean-Yves Le Drian riefen
Iran auf", "Erdoğan lud Putin … ein") is the subject, while the small parser often makes a name the
root, the verb an attribute or a preposition, and the object after the verb the subject. The finite
verb is recognised by its morphology (a mood), whatever tag it got; the phrase must agree with it in
number (a list with a plural verb, one name with a singular one: "Israel trafen Raketen" keeps its
parse), and a personal pronoun right after the verb is the subject itself ("Moskau warf er vor"). A
main clause joined to the one before by a comma is read the same way ("…, Polen sicherte
Unterstützung zu")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.number_agreement import PLURAL_JOINERS, agrees_in_number, attribute_head
from lagebild.pipeline.word_classes import FOCUS_PARTICLES_DE

# prepositions that open a sentence capitalised, where the tagger takes them for nouns ("Binnen Tagen")
PREPOSITIONS = {"ab", "an", "auf", "aus", "außer", "bei", "beim", "binnen", "bis", "durch", "entgegen",
                "für", "gegen", "gegenüber", "gemäß", "hinter", "im", "in", "infolge", "inmitten", "jenseits",
                "laut", "mit", "nach", "neben", "ob", "ohne", "per", "samt", "seit", "seitens", "statt",
                "trotz", "über", "um", "unter", "von", "vom", "vor", "während", "wegen", "zu", "zum", "zur",
                "zufolge", "zwischen", "angesichts", "anlässlich", "aufgrund", "dank", "mittels",
                "nahe", "am", "ans", "aufs", "ins", "hinsichtlich"}  # fmt: skip
# conjunctions of subordinate clauses, which the tagger may take for nouns when capitalised ("Ob Hanoi …")
SUBORDINATORS = {
    "ob",
    "als",
    "wenn",
    "weil",
    "dass",
    "falls",
    "obwohl",
    "nachdem",
    "bevor",
    "sobald",
    "sofern",
}
# the words of a list of names besides the names: "Kenia und Uganda", "Paris, Berlin sowie Rom"
LIST_WORDS = {*PLURAL_JOINERS, ","}
# words that join a main clause to the one before its comma
JOINING_WORDS = {"doch", "aber", "und", "sondern", "jedoch"}
# articles a subject can take: nominative of every gender and number ("den", "dem" mark objects, a
# phrase opening with "des" is a genitive); "des" inside the phrase is an attribute ("der Sprecher des
# Kremls")
SUBJECT_ARTICLES = {"der", "die", "das", "ein", "eine"}
ATTRIBUTE_ARTICLES = {"des", "eines"}
# the nobiliary particle of a surname: "Von der Leyen sicherte …" is no prepositional phrase
NAME_PARTICLES = {"von", "van", "de", "der", "den", "al", "el"}
# personal pronouns in the nominative only: right after the verb they are its subject
NOMINATIVE_PRONOUNS = {"er", "ich", "wir", "du", "ihr"}
# a heading or live blog stamp before the clause: "Haiti:", "15:10 Uhr –", "21:00 –"
HEADING_MARKS = {":", "–", "—"}
HEADING_WORDS = 4
LONGEST_PHRASE = 20


def initial_name_subject(verb: Token) -> Token | None:
    """The first name of a phrase of names before the finite verb of a main clause, when the verb agrees
    with it in number; None for anything else (an adverbial, an object article, a pronoun subject
    after the verb)."""
    finite = _finite_of(verb)
    if finite is None:
        return None
    phrase = _phrase_before(finite, _clause_start(finite))
    if phrase is None:
        # a main clause of its own after a comma: "Schweden schickte Tallinn ein Patrouillenboot, Polen
        # sicherte Unterstützung zu" ("sicherte" parsed as an attribute of "Unterstützung")
        start = _after_clause_comma(finite)
        phrase = _phrase_before(finite, start) if start is not None else None
    if phrase is None:
        return None
    following = finite.doc[finite.i + 1] if finite.i + 1 < finite.sent.end else None
    if following is not None and following.lower_ in NOMINATIVE_PRONOUNS:
        return None
    if not agrees_in_number(phrase, attribute_head(phrase[-1], phrase), finite):
        return None
    return next(t for t in phrase if _is_name(t))


def _phrase_before(finite: Token, start: int) -> list[Token] | None:
    """The words from `start` to the finite verb, if they are a phrase of names."""
    phrase = list(finite.doc[start : finite.i])
    return phrase if phrase and len(phrase) <= LONGEST_PHRASE and _names_only(phrase) else None


def _after_clause_comma(finite: Token) -> int | None:
    """Where a main clause joined by a comma begins, with "doch", "aber", "und" or "sondern" after the
    comma left out ("…, doch Bukarest bestritt …"): after the last comma or semicolon before the finite
    verb, unless a name stands before that comma (then it separates the items of a list)."""
    doc = finite.doc
    for token in reversed(doc[finite.sent.start + 1 : finite.i]):
        if token.text in (",", ";"):
            if _is_name(doc[token.i - 1]):
                return None
            following = token.i + 1
            return following + 1 if doc[following].lower_ in JOINING_WORDS else following
    return None


def _finite_of(verb: Token) -> Token | None:
    """The verb itself if its morphology makes it finite, else a finite auxiliary or modal before it."""
    if finite_by_mood_or_tag(verb):
        return verb
    auxiliaries = (a for a in verb.children if a.dep_ in ("aux", "aux:pass") and a.i < verb.i)
    return next((a for a in auxiliaries if finite_by_mood_or_tag(a)), None)


def finite_by_mood_or_tag(token: Token) -> bool:
    """Finite by its mood or STTS tag, whatever part of speech the tagger gave it ("lud" as ADJA). The
    tags are `arguments.FINITE_TAGS`, written out here as `arguments` imports this module."""
    return bool(token.morph.get("Mood")) or token.tag_ in ("VVFIN", "VAFIN", "VMFIN")


def _clause_start(finite: Token) -> int:
    """The sentence's start, or just after a heading or time stamp within its first words."""
    sentence = finite.sent
    for token in finite.doc[sentence.start : min(sentence.start + HEADING_WORDS, finite.i)]:
        if token.text in HEADING_MARKS:
            return token.i + 1
    return sentence.start


def _is_name(token: Token) -> bool:
    return bool(token.ent_type_) and token.ent_type_ not in ("DATE", "TIME", "MISC") or token.pos_ == "PROPN"


def _names_only(phrase: list[Token]) -> bool:
    """Only names, titles, subject articles, adjectives and list words, ending in a name (the head of
    the subject: "Russlands Angriff" is no subject before a name), opening with no preposition but a
    surname's particle, and with no finite verb the tagger took for an adjective."""
    if not _is_name(phrase[-1]):
        return False
    for position, token in enumerate(phrase):
        word = token.lower_
        particle = _name_particle(phrase, position)
        if word in PREPOSITIONS and not particle or word in SUBORDINATORS or finite_by_mood_or_tag(token):
            return False
        if token.pos_ == "DET" and not (
            word in SUBJECT_ARTICLES or position and word in ATTRIBUTE_ARTICLES or particle
        ):
            return False
        # names, list words, articles, adjectives ("die russische Regierung"), a focus particle first
        # and capitalised titles ("Präsident", "Außenminister")
        focus = position == 0 and word in FOCUS_PARTICLES_DE
        allowed = particle or focus or _is_name(token) or word in LIST_WORDS or token.pos_ in ("DET", "ADJ")
        if not (allowed or token.pos_ in ("NOUN", "PROPN", "X") and token.text[:1].isupper()):
            return False
    return True


def _name_particle(phrase: list[Token], position: int) -> bool:
    """ "von der", "van der" or "de" right before a person's name: part of the surname ("Von der Leyen"),
    where a bare "von" is the preposition ("Von Scholz verlangte er …")."""
    for token in phrase[position + 1 : position + 3]:
        if token.ent_type_ == "PER":
            particles = [t.lower_ for t in phrase[position : token.i - phrase[0].i]]
            return all(p in NAME_PARTICLES for p in particles) and (
                particles[0] != "von" or len(particles) > 1
            )
    return False
