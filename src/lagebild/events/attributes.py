"""Where a verb form before a noun is an attribute of it ("die inhaftierten Seeleute", "bedrohte Arten"),
not a finite verb the tagger read as an adjective ("und erlaubte Truppen aus Mali", "…, monierte Raggi").
What stands before the word decides, since German puts a finite verb in second or last place and an
attribute after the start of its noun phrase; some endings only an adjective has."""

from __future__ import annotations

from spacy.tokens import Token

# endings of an attributive participle or of an adjective of a verb's stem ("inhaftierte",
# "stationierten", "geschlossenen", "verdächtige")
ATTRIBUTIVE_ENDINGS = (
    "te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener", "enes", "ige", "igen", "igem", "iger",
    "iges",
)  # fmt: skip
# the strong endings of the dative singular and of the genitive plural and the neuter ("beschädigter Kabel",
# "mit verdächtigem Material", "ein verdächtiges Schiff"): no finite verb ends so, wherever it stands
ADJECTIVE_ONLY_ENDINGS = ("ter", "tem", "tes", "ener", "enem", "enes", "iger", "igem", "iges")
# what stands before a participle that opens a noun phrase: an article, a preposition, a number, an
# adverb, another adjective, or a finite verb, which a second finite verb never follows ("schützt
# bedrohte Arten"); after a noun, a comma or "und" the tagger may have read a finite verb as an
# adjective ("und erlaubte Truppen aus Mali", "…, monierte Raggi")
NOUN_PHRASE_OPENERS = {
    "ART", "APPR", "APPRART", "CARD", "ADV", "ADJA", "ADJD", "PIAT", "PPOSAT", "PDAT", "PWAT",
    "VVFIN", "VAFIN", "VMFIN",
}  # fmt: skip
# the verb tags a participle with its own phrase before it may get ("die gegen Niamey verhängten Sanktionen")
PARTICIPLE_MISTAGS = ("VVFIN", "VVPP")
COORDINATORS = ("und", "oder", "sowie", ",")


def attributive(word: Token) -> bool:
    """The word is an adjective or participle before the noun it modifies, inside a noun phrase."""
    if word.dep_ == "conj" and word.head.dep_ == "amod" and word.head.i < word.i < word.head.head.i:
        return _coordinated(word)  # the parse may hang the second of two attributes on the first
    noun = word.head
    if (
        word.dep_ != "amod"
        or word.i == 0
        or noun.i <= word.i
        or not word.lower_.endswith(ATTRIBUTIVE_ENDINGS)
    ):
        return False
    if word.tag_ == "ADJA":
        return word.lower_.endswith(ADJECTIVE_ONLY_ENDINGS) or _after_an_opener(word) or _coordinated(word)
    return word.tag_ in PARTICIPLE_MISTAGS and _after_its_article(word)


def _after_an_opener(word: Token) -> bool:
    """The word, or the phrase it governs before it ("die dauerhaft im Ausland stationierte Einheit"), follows
    a word that opens a noun phrase."""
    openers = (word, _phrase_start(word))
    return any(t.i > 0 and t.nbor(-1).tag_ in NOUN_PHRASE_OPENERS for t in openers)


def _coordinated(word: Token) -> bool:
    """ "eine sichere und würdige Rückkehr": joined to an attributive adjective, the word is one too."""
    if word.i < 2 or word.nbor(-1).lower_ not in COORDINATORS:
        return False
    # the tag, not the head: the parse often hangs the first of two adjectives elsewhere
    return word.nbor(-2).tag_ == "ADJA"


def _after_its_article(word: Token) -> bool:
    """An article, then the participle's own phrase, then the participle: an extended attribute ("die gegen
    Niamey verhängten Sanktionen"), whatever verb tag the participle got."""
    start = _phrase_start(word)
    return start.i < word.i and start.i > 0 and start.nbor(-1).tag_ == "ART"


def _phrase_start(word: Token) -> Token:
    """The first word of the phrase the word governs before itself, not counting punctuation."""
    before = [t for t in word.subtree if t.i <= word.i and not t.is_punct]
    return before[0]
