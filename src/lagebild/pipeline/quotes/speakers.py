"""Who speaks: the subject of a speech cue, and the actor it stands for.

Rules over German word order find the subject; the trained parser's `sb`/`nsubj` dependent is the
fallback where they find none (on our news sample the rules were more reliable). The rules: a main clause puts the finite verb second, so the subject is either the whole
first field ("Kremlsprecher Dmitri Peskow sagte") or, when that field is an adverbial or an object
("Zugleich teilte er mit", "In Kiew forderte Präsident Selenskyj"), the noun phrase right after
the verb. After a fronted clause (", sagte er") and in "wie X mitteilte" the position is fixed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_impersonal import DOCUMENT_NOUNS
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from lagebild.pipeline.quotes.cues import cue_at
from lagebild.pipeline.quotes.lexicon import (
    DETERMINERS,
    GENITIVE_DETERMINERS,
    NON_SUBJECT_OPENERS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_STOPWORDS,
)
from lagebild.pipeline.vocatives import address_comma
from lagebild.pipeline.word_classes import FOCUS_PARTICLES_DE, PERSON_LABELS, SUBJECT_DEPS

# Oblique determiners open an object, never the subject: "Den Vorwurf … wies er zurück".
OBLIQUE_DETERMINERS = {"de": frozenset(["den", "dem", "einen", "einem"]), "en": frozenset()}
AUXILIARIES = {
    "de": frozenset(
        [
            "hat",
            "hatte",
            "hatten",
            "haben",
            "habe",
            "ist",
            "war",
            "waren",
            "sind",
            "wird",
            "wurde",
            "wurden",
            "werden",
            "will",
            "wollte",
            "wollen",
            "soll",
            "sollte",
            "sollen",
            "kann",
            "konnte",
            "können",
            "muss",
            "musste",
            "müssen",
            "möchte",
            "möchten",
            "darf",
            "dürfen",
        ]
    ),
    "en": frozenset(["has", "had", "have", "is", "was", "were", "will", "would"]),
}
ENTITY_PREFERENCE = {"PER": 0, "PERSON": 0, "ORG": 1, "NORP": 1, "GPE": 2, "LOC": 2}
# A spokesperson in any case and number, also as the head of a compound ("Regierungssprecher",
# "Kreml-Sprecher", "nach Angaben eines Sprechers").
SPOKESPERSON_WORDS = {
    "de": ("sprecher", "sprechers", "sprechern", "sprecherin", "sprecherinnen"),
    "en": ("spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespeople"),
}
MAX_SUBJECT_TOKENS = 14
SUBORDINATORS = frozenset(
    [
        "wie",
        "was",
        "wer",
        "wenn",
        "als",
        "ob",
        "dass",
        "sollte",
        "sollten",
        "bevor",
        "nachdem",
        "weil",
        "obwohl",
        "während",
        "sobald",
        "seit",
        "damit",
        "falls",
    ]
)
# A lone demonstrative or adverb in the first field is not the subject: "Das sage ich Ihnen".
DEMONSTRATIVE_OPENERS = frozenset(["das", "dies", "davon", "dazu", "da", "dann", "hier", "vielleicht", "so"])
# After the finite verb these pronouns can only be the subject ("sie"/"Sie" may be an object).
INVERTED_SUBJECT_PRONOUNS = frozenset(["ich", "wir", "er", "man", "du", "ihr"])
VOCATIVE_WORDS = frozenset(["damen", "herren", "kolleginnen", "kollegen", "präsident", "präsidentin"])
# Words between "hieß" and the source: "hieß es aus Washington", "hieß es in einer Erklärung des …"
IMPERSONAL_SOURCE_WORDS = frozenset(["es", "aus", "in", "im", "von", "vom", "einer", "einem"])
# the determiners of the text a report cites ("hieß es in der Note", "in seiner Erklärung"): the text
# speaks for no one, the "es" stands for whoever issued it (`actor_impersonal`)
DOCUMENT_DETERMINERS = frozenset(["der", "dem", "seiner", "ihrer", "seinem", "ihrem"])


def _is_name_like(token: Token) -> bool:
    """A capitalised word: a noun or a name ("Lawrow", "G7", "SPD-Politiker")."""
    return token.text[:1].isupper() and not token.is_punct


def noun_phrase_at(doc: Doc, start: int, end: int, lang: str) -> Span | None:
    """The noun phrase starting at `start` (not beyond `end`): a pronoun, "die Sprecherin einer
    Hilfsorganisation", "Präsident Wolodymyr Selenskyj", "der russische Botschafter Sergej Netschajew"."""
    if start >= end:
        return None
    first = doc[start]
    if first.lower_ in PRONOUNS[lang]:
        return doc[start : start + 1]
    if lang == "en":
        return _english_noun_phrase(doc, start, end)
    i = start
    has_determiner = first.lower_ in DETERMINERS[lang]
    if has_determiner:
        i += 1
    # adjectives (lower case) up to the head noun
    while (
        i < end
        and doc[i].text[:1].islower()
        and doc[i].is_alpha
        and doc[i].lower_ not in SPEAKER_STOPWORDS[lang]
    ):
        i += 1
    head_start = i
    while i < end and _is_name_like(doc[i]) and doc[i].lower_ not in PARTICLES | SPEAKER_STOPWORDS[lang]:
        i += 1
    if i == head_start:
        return None
    genitive = first.lower_ in {"des", "eines"}  # "des ukrainischen Betreibers Energoatom"
    if (
        has_determiner
        and i - head_start == 2
        and not genitive
        and not doc[head_start].lower_.endswith(("e", "en", "er", "es"))
    ):
        # "der russische Botschafter Sergej Netschajew" takes a full name, but in "lobte der
        # Diplomat Belgien" the single capitalised word after the noun is the object
        i -= 1
    # a genitive attribute: "der Sprecher des russischen Außenministeriums"
    if lang == "de" and i < end and doc[i].lower_ in GENITIVE_DETERMINERS:
        attribute = noun_phrase_at(doc, i, end, lang)
        if attribute is not None:
            i = attribute.end
    return doc[start:i]


def _english_noun_phrase(doc: Doc, start: int, end: int) -> Span | None:
    """English: a run of words up to punctuation, a function word or a verb of speech
    ("a senior administration official", "NATO Secretary General Jens Stoltenberg")."""
    i = start
    while (
        i < end
        and i - start < 8
        and (doc[i].is_alpha or doc[i].text in {"'s", "’s"})
        and doc[i].lower_ not in SPEAKER_STOPWORDS["en"]
        and cue_at(doc[i], "en", end) is None
    ):
        i += 1
    return doc[start:i] if i > start else None


def _strip_appositions(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int]:
    """Of "Der Botschafter in Berlin, Sergej Netschajew," keep the name; drop relative clauses."""
    chunks, chunk_start = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text == ",":
            if i > chunk_start:
                chunks.append((chunk_start, i))
            chunk_start = i + 1
    chunks = [c for c in chunks if doc[c[0]].lower_ not in RELATIVE_PRONOUNS[lang] or c == chunks[0]]
    if not chunks:
        return start, end
    named = [c for c in chunks[1:] if all(_is_name_like(t) for t in doc[c[0] : c[1]])]
    return named[-1] if named else chunks[0]


def _first_field_is_subject(doc: Doc, start: int, end: int, lang: str) -> bool:
    if end <= start or end - start > MAX_SUBJECT_TOKENS:
        return False
    first = doc[start]
    if first.lower_ in PREPOSITIONS[lang] | NON_SUBJECT_OPENERS[lang] | OBLIQUE_DETERMINERS[lang]:
        return False
    if lang == "de" and first.lower_ in SUBORDINATORS:
        return False  # a fronted clause: "Bevor der Wahlkampf begann, hat Seehofer gesagt"
    if end - start == 1 and first.lower_ in DEMONSTRATIVE_OPENERS:
        return False  # a fronted object: "Das sage ich Ihnen"
    return first.text[:1].isupper() or first.lower_ in PRONOUNS[lang]


def parsed_subject(cue: Token) -> Span | None:
    """The subject phrase the parse gives a verb, if short enough to name a speaker."""
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            tokens = [t.i for t in child.subtree if not t.is_punct]
            doc = cue.doc
            span = doc[min(tokens) : max(tokens) + 1]
            if span.end - span.start <= MAX_SUBJECT_TOKENS:
                return span
    return None


def subject_of(cue: Token, clause_start: int, clause_end: int, lang: str) -> Span | None:
    """The speaker phrase of a cue verb in the clause [clause_start, clause_end)."""
    doc = cue.doc
    if cue.lower_ in {"hieß", "heißt"}:
        # "hieß es aus Washington", "hieß es im Auswärtigen Amt", "hieß es in einer Erklärung des …"
        i = cue.i + 1
        while i < clause_end and _before_the_voice(doc, i):
            i += 1
        named = noun_phrase_at(doc, i, clause_end, lang)
        if named is None and cue.i > 0 and doc[cue.i - 1].lower_ == "es":
            return doc[cue.i - 1 : cue.i]  # "Es hieß, man werde …": the "es" before the verb
        return named or doc[cue.i + 1 : cue.i + 2]
    found = _subject_by_word_order(cue, clause_start, clause_end, lang)
    if found is None and doc.has_annotation("DEP"):
        # the parse only fills gaps: on news its subjects proved less reliable than the rules
        return parsed_subject(cue) or _shared_subject(cue)
    return found


def _before_the_voice(doc: Doc, i: int) -> bool:
    """A word of the reporting clause before whoever speaks: "es", a preposition, or the text cited
    ("hieß es in einer Mitteilung des Ministeriums", "hieß es in der Note")."""
    word = doc[i].lower_
    if word in IMPERSONAL_SOURCE_WORDS or word.endswith(DOCUMENT_NOUNS):
        return True
    return word in DOCUMENT_DETERMINERS and i + 1 < len(doc) and doc[i + 1].lower_.endswith(DOCUMENT_NOUNS)


def _shared_subject(cue: Token) -> Span | None:
    """A verb of saying coordinated with an earlier verb shares its subject ("Netanjahu hatte
    zugestimmt, warnte aber, …", "In Beirut traf der Minister Nasrallah und warnte, …")."""
    verb = cue
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return parsed_subject(verb) if verb is not cue else None


def _subject_by_word_order(cue: Token, clause_start: int, clause_end: int, lang: str) -> Span | None:
    doc = cue.doc
    if lang == "en":
        return _english_subject(cue, clause_start, clause_end)
    # "wie das russische Außenministerium mitteilte": verb-final clause opened by "wie"
    for i in range(cue.i - 1, clause_start - 1, -1):
        if doc[i].text in {",", ";", ":"}:
            break
        if doc[i].lower_ == "wie":
            return noun_phrase_at(doc, i + 1, cue.i, lang)
    previous = doc[cue.i - 1] if cue.i > clause_start else None
    if (
        previous is not None
        and previous.text == ","
        and _ends_first_field(doc, clause_start, previous.i, lang)
    ):
        start, end = _strip_appositions(doc, clause_start, previous.i, lang)
        return doc[start:end]
    if previous is None or previous.is_punct:
        # ", sagte er" after a fronted clause or a quote: the subject follows the verb
        return noun_phrase_at(doc, cue.i + 1, clause_end, lang)
    if previous.lower_ == "und":
        # a coordinated verb shares the subject of the first conjunct
        return first_field(doc, clause_start, cue.i, lang)
    clause_start = _after_vocative(doc, clause_start, cue.i)
    finite = _finite_verb(doc, clause_start, cue.i, lang)
    # a focus particle opens the subject's phrase ("Auch Wien ließ Berlin wissen"), not an adverbial
    # first field ("Auch sagte er"): the phrase after it is the subject
    if lang == "de" and finite - clause_start > 1 and doc[clause_start].lower_ in FOCUS_PARTICLES_DE:
        clause_start += 1
    if finite + 1 < clause_end and doc[finite + 1].lower_ in INVERTED_SUBJECT_PRONOUNS:
        return doc[finite + 1 : finite + 2]  # "Zugleich teilte er mit", "Das sage ich"
    if _first_field_is_subject(doc, clause_start, finite, lang):
        start, end = _strip_appositions(doc, clause_start, finite, lang)
        return doc[start:end]
    return noun_phrase_at(doc, finite + 1, clause_end, lang)


def _ends_first_field(doc: Doc, start: int, comma: int, lang: str) -> bool:
    """Whether the comma before the verb closes a subject with an apposition or a relative clause
    ("Der Botschafter in Berlin, Sergej Netschajew, warf …", "O'Brien, der …, drohte")."""
    first_comma = next((i for i in range(start, comma) if doc[i].text == ","), None)
    if first_comma is None or not _first_field_is_subject(doc, start, first_comma, lang):
        return False
    last_start = max(i for i in range(start, comma) if doc[i].text == ",") + 1
    chunk = doc[last_start:comma]
    return len(chunk) > 0 and (
        all(_is_name_like(t) for t in chunk) or chunk[0].lower_ in RELATIVE_PRONOUNS[lang]
    )


def _after_vocative(doc: Doc, start: int, cue: int) -> int:
    """Skip an address opening the sentence: "Meine Damen und Herren, …", "Liebe Kollegen, …", an
    interviewer's "Herr Botschafter, …"."""
    address = address_comma(doc[start:cue])
    if address is not None:
        return address.i + 1
    comma = next((i for i in range(start, cue) if doc[i].text == ","), None)
    if comma is not None and any(doc[i].lower_ in VOCATIVE_WORDS for i in range(start, comma)):
        return comma + 1
    return start


def _finite_verb(doc: Doc, start: int, cue: int, lang: str) -> int:
    """The auxiliary carrying a participle cue ("hatte … vorgeworfen"), else the cue itself;
    auxiliaries inside relative clauses of the first field do not count."""
    in_relative = False
    for i in range(start, cue):
        token = doc[i]
        if token.text == ",":
            in_relative = i + 1 < cue and doc[i + 1].lower_ in RELATIVE_PRONOUNS[lang]
        elif not in_relative and token.lower_ in AUXILIARIES[lang]:
            return i
    return cue


def first_field(doc: Doc, start: int, end: int, lang: str) -> Span | None:
    """The first field of a main clause: everything before its finite verb, taken to be the first
    lower-case word that follows a noun, a name or a pronoun."""
    for i in range(start + 1, end):
        token, before = doc[i], doc[i - 1]
        follows_noun = before.text[:1].isupper() or before.lower_ in PRONOUNS[lang] or before.text == ","
        if (
            token.is_alpha
            and token.text[:1].islower()
            and follows_noun
            and before.lower_ not in DETERMINERS[lang]
            and token.lower_ not in SPEAKER_STOPWORDS[lang] | DETERMINERS[lang]
        ):
            if _first_field_is_subject(doc, start, i, lang):
                s, e = _strip_appositions(doc, start, i, lang)
                return doc[s:e]
            return None
    return None


def _english_subject(cue: Token, clause_start: int, clause_end: int) -> Span | None:
    doc = cue.doc
    previous = doc[cue.i - 1] if cue.i > clause_start else None
    if (
        previous is not None
        and previous.text == ","
        and _ends_first_field(doc, clause_start, previous.i, "en")
    ):
        start, end = _strip_appositions(doc, clause_start, previous.i, "en")
        return doc[start:end]  # "Swiss President Viola Amherd, who hosted the meeting, said"
    if previous is None or previous.is_punct:
        # ", said a European diplomat"
        return noun_phrase_at(doc, cue.i + 1, clause_end, "en")
    start = clause_start
    for i in range(cue.i - 1, clause_start - 1, -1):
        if doc[i].text in {";", ":"}:
            start = i + 1
            break
    if doc[cue.i - 1].lower_ == "and":
        return None
    s, e = _strip_appositions(doc, start, cue.i, "en")
    # "On Friday, President Vladimir Putin said": the last chunk before the verb
    chunks = [i for i in range(start, cue.i) if doc[i].text == ","]
    if chunks and s == start and doc[start].lower_ in PREPOSITIONS["en"] | {"according"}:
        s = chunks[0] + 1
        s, e = _strip_appositions(doc, s, cue.i, "en")
    while e > s and doc[e - 1].lower_ in SPEAKER_STOPWORDS["en"]:
        e -= 1  # "The statement also says"
    if e - s > MAX_SUBJECT_TOKENS or e == s:
        return None
    return doc[s:e]


def _heads_phrase(entity: Span, phrase: Span) -> bool:
    """Whether the entity names the speaker rather than something the speaker belongs to: not
    "ein Sprecher der EU-Kommission", "einer von Selenskyjs Beratern"."""
    doc = phrase.doc
    if entity.start > phrase.start and doc[entity.start - 1].lower_ in {
        "des",
        "der",
        "von",
        "eines",
        "einer",
        "of",
    }:
        return False
    possessive = entity.text.endswith("s") and entity.end < phrase.end and _is_name_like(doc[entity.end])
    return not possessive


def resolve_speaker(phrase: Span | None, lang: str) -> Span | None:
    """The span a quote's speaker points to: the named entity that is (or heads) the phrase, else
    the antecedent of the actor reference (pronoun, role noun; the actor stage) covering it, else
    the body an unnamed spokesperson speaks for ("eine Sprecherin der Kommission"), else the phrase
    itself."""
    if phrase is None:
        return None
    doc = phrase.doc
    last = doc[phrase.end - 1]
    if (
        _is_name_like(last)
        and phrase.end - phrase.start > 2
        and not any(e.start <= last.i < e.end for e in doc.ents)
    ):
        return phrase  # "der … zuständige Spitzenbeamte James O'Brien": a name the NER does not know
    inside = [
        e for e in doc.ents if e.start < phrase.end and phrase.start < e.end and _heads_phrase(e, phrase)
    ]
    if inside:
        # a person first; among equals the last, since a name follows its title ("Regierungssprecher
        # Steffen Hebestreit")
        return min(inside, key=lambda e: (ENTITY_PREFERENCE.get(e.label_, 3), -e.end))
    for ref in doc.spans.get(ACTOR_REF_SPANS, []):
        if ref.start < phrase.end and phrase.start < ref.end and ref._.antecedent is not None:
            return ref._.antecedent
    if _is_spokesperson(phrase, lang):
        # a spokesperson speaks for the body named with them, the first one named that is an actor
        body = next(
            (e for e in doc.ents if phrase.start <= e.start and e.end <= phrase.end and e._.actor), None
        )
        if body is not None:
            return body
    return phrase


def unnamed_spokesperson(phrase: Span | None, speaker: Span | None, lang: str) -> Span | None:
    """The phrase of a spokesperson the text does not name ("eine Sprecherin der Kommission", "ein
    Sprecher", "a Kremlin spokesman"), when the speaker resolved to the body they speak for rather
    than to a person: the record names who spoke by the phrase, not by the body."""
    if phrase is None or speaker is None or not _is_spokesperson(phrase, lang):
        return None
    return None if speaker.label_ in PERSON_LABELS else phrase


def _is_spokesperson(phrase: Span, lang: str) -> bool:
    """Whether the phrase is a spokesperson named by their office alone: no person's name in it
    ("Regierungssprecher Steffen Hebestreit", "Sprecherin Maria Sacharowa" are named)."""
    doc = phrase.doc
    if any(e.label_ in PERSON_LABELS for e in doc.ents if phrase.start <= e.start < phrase.end):
        return False
    return any(t.lower_.endswith(SPOKESPERSON_WORDS[lang]) for t in phrase)
