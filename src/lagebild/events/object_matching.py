"""Whether a noun is one a lexicon row wants as its object: by lemma, inflected form or compound head
("Raketenangriffe" ends in "Angriff"), not by a derived word ("Botschaft" holds no "Haft") nor a
figurative compound of a force noun ("Charmeoffensive")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from lagebild.events.arguments import entity_at
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.lexicon import LexiconEntry, noun_forms
from lagebild.pipeline.actor_lexicon import parse_role_de
from lagebild.pipeline.word_classes import PERSON_LABELS

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
# first parts of a compound that make a force noun figurative: a "Charmeoffensive" or a
# "Bildungsoffensive" is a campaign, a "Cyberangriff" no use of arms
FIGURATIVE_MODIFIERS = (
    "charme", "bildungs", "cyber", "hacker", "werbe", "medien", "informations", "propaganda", "pr",
    "diplomatie", "export", "investitions", "verkaufs", "marketing", "image", "sympathie", "lächel",
    "innovations", "digital", "digitalisierungs", "klima", "wahlkampf", "kommunikations", "fachkräfte",
    "qualifizierungs", "transparenz", "wachstums", "technologie", "modernisierungs", "impf", "reform",
    "wort", "rede",
)  # fmt: skip


def matches_object(noun: Token, entry: LexiconEntry) -> bool:
    text, lemma = noun.lower_, noun.lemma_.lower()
    # every noun of the clause meets every wanted noun of the verb's rows and few match one: the
    # row's forms and compound endings all at once first, the one wanted noun only where they meet
    forms, adjective_forms, heads = _object_frame(entry.objects)
    if lemma in entry.objects or text in forms:
        return True
    if noun.pos_ in ("ADJ", "ADV") and text in adjective_forms:
        return True
    if not text.endswith(heads) or isch_adjective(noun):
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


# the word by which a row takes any person ("hielt die Person fest")
ANY_PERSON = "person"
# the word by which a row takes any named place ("Die Rebellen nahmen Goma ein"): a town, a region
ANY_PLACE = "ortsname"


def passive_person(noun: Token, entry: LexiconEntry) -> bool:
    """A person, by name or by office, as the subject of a passive ("Machado war festgehalten worden",
    "Der gestürzte Präsident wird von der Junta festgehalten") fills a row that takes any person. Only in
    the passive: in the active the subject after the verb is read as its object ("hält Präsident Trump
    an seiner Frist fest")."""
    if noun.dep_ != "nsubj:pass" or ANY_PERSON not in entry.objects:
        return False
    entity = entity_at(noun)
    return entity is not None and entity.label_ in PERSON_LABELS or parse_role_de(noun.text) is not None


def named_place(noun: Token, entry: LexiconEntry) -> bool:
    """A place the gazetteer knows, as the object or the passive subject, fills a row that takes any
    named place: what is taken is a town or region, whatever kind of place the row lists by noun
    ("nahmen Damaskus ein" as "nahmen die Stadt ein")."""
    if noun.dep_ not in ("obj", "nsubj:pass") or ANY_PLACE not in entry.objects:
        return False
    entity = entity_at(noun)
    return entity is not None and entity._.place is not None


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


def isch_adjective(word: Token) -> bool:
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
