"""Indirect speech: what someone is reported to have said, without quotation marks.

Per sentence (outside direct quotes), in this order:
1. a speech verb with a reported clause after it: "Er sagte, Russland habe keine Pläne …",
   "schlug Sergej Lawrow vor, dass sich die Allianz … wenden solle", "warf dem Westen vor, … zu
   ignorieren", "wies er zurück: Die Ausweisungen hätten …", "Analysts said Moscow could …";
2. a speech verb after the reported clause: "Das Bündnis bleibe offen …, erklärte der Norweger",
   "…, wie das Weiße Haus mitteilte", "…, officials said". Reported words that go on after the
   interruption ("…, sagte er, es sehe sich …") become a second quote with the same cue;
3. a source phrase: "laut X", "X zufolge", "nach Angaben von X", "nach ukrainischen Angaben",
   "according to X" (the quote is the rest of the sentence);
4. a sentence in Konjunktiv I without a cue of its own continues the previous sentence's quote
   ("Deutschland sei bereit, …" after Baerbock's words); after a colon it is the words of the
   clause's subject ("Borrell stellte sich hinter Vilnius: Von einer Blockade könne keine Rede sein");
   after a sentence that quoted no one, one whose subject is the impersonal "man" is the words of
   that sentence's subject ("Das Außenministerium wies den Anspruch zurück. Man sei aber zu Gesprächen
   bereit").
A negated cue ("sagte er nicht") reports nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.quotes.cues import Cue, cue_at, cues_in
from lagebild.pipeline.quotes.found import INDIRECT, FoundQuote, in_same_paragraph, trim
from lagebild.pipeline.quotes.lexicon import (
    COMPLEMENTISERS,
    NON_REPORT_OPENERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    SOURCE_POSTPOSITIONS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_II,
)
from lagebild.pipeline.quotes.marks import CLOSERS
from lagebild.pipeline.quotes.speakers import first_field, noun_phrase_at, parsed_subject, subject_of
from lagebild.pipeline.word_classes import IMPERSONAL_DE, PARTICIPLE_TAG, PERSON_LABELS, SUBJECT_DEPS

SEPARATORS = {",", ":", ";"}
CLOSING_MARKS = {"“", "”", '"', "«", "»", "’", "‘"}
NEGATIONS = {"nicht", "not"}
OBLIQUE_OPENERS = {"den", "dem"}
# STTS: a finite auxiliary ("hatte", "hat") and a full verb's participle ("gewarnt")
FINITE_AUXILIARY_TAG = "VAFIN"
NOT_A_CLAUSE_OPENER = {"und", "oder", "sondern", "aber", "wie", "and", "or", "but", "as"}
ENGLISH_NON_CLAUSE_OPENERS = frozenset(["to", "on", "in", "at", "by", "of", "about", "from"])


def _clause_start(doc: Doc, sentence: Span, before: int) -> int:
    """Start of the clause ending at `before`: after the last ";" or ":" in the sentence."""
    for i in range(before - 1, sentence.start - 1, -1):
        if doc[i].text in {";", ":"}:
            return i + 1
    return sentence.start


def _is_subjunctive(token: Token) -> bool:
    """Konjunktiv I: from the trained model's morphology, or from a list of frequent forms and
    the ending: after "er", "sie", "es", "man" the indicative ends in -t ("prüft"), the
    Konjunktiv I in -e ("man prüfe"; "-te" is the preterite)."""
    if token.has_morph() and "Sub" in token.morph.get("Mood") and "Pres" in token.morph.get("Tense"):
        return True
    if token.lower_ in SUBJUNCTIVE_FORMS:
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return (
        previous is not None
        and previous.lower_ in {"er", "sie", "es", "man"}
        and token.is_lower
        and token.text.endswith("e")
        and not token.text.endswith("te")
    )


def _has_zu_infinitive(span: Span) -> bool:
    """ "zu verlängern", or the fused form of a separable verb: "einzumarschieren", "aufzuheben"."""
    for i, token in enumerate(span):
        following = span[i + 1] if i + 1 < len(span) else None
        if (
            token.lower_ == "zu"
            and following is not None
            and following.is_lower
            and following.lower_.endswith("en")
        ):
            return True
        if token.is_lower and "zu" in token.lower_[2:-2] and token.lower_.endswith(("en", "ern", "eln")):
            return True
    return False


def _ends_in_zu_infinitive(span: Span) -> bool:
    """ "… zu steigern", "… auszubauen": the tagger's zu-infinitive, or "zu" before the last word."""
    return span[-1].tag_ == "VVIZU" or (len(span) > 1 and span[-2].lower_ == "zu" and span[-1].is_lower)


def _reads_as_report(content: Span, lang: str) -> bool:
    """Whether the words after a cue's comma are a reported clause, not a relative clause or an
    aside ("…, der …", "…, ohne Einzelheiten zu nennen", "…, und nannte …")."""
    first = content[0]
    if first.lower_ in OBLIQUE_OPENERS and _has_zu_infinitive(content):
        return True  # "warf Berlin vor, den Ermittlungen vorzugreifen"
    if first.lower_ in NOT_A_CLAUSE_OPENER or first.lower_ in NON_REPORT_OPENERS[lang] | OBLIQUE_OPENERS:
        return False
    if lang == "en":
        return not first.is_punct and first.lower_ not in ENGLISH_NON_CLAUSE_OPENERS
    if (
        len(content) > 1
        and first.lower_ in PREPOSITIONS[lang]
        and content[1].lower_ in {"deren", "dessen", "denen"}
    ):
        return False  # "…, an deren Ende …"
    if first.lower_ in RELATIVE_PRONOUNS[lang]:
        # "die Bundesregierung schließe" (article) vs "der sich …" (relative pronoun)
        following = content[1] if len(content) > 1 else None
        return (
            following is not None
            and following.lower_ not in RELATIVE_PRONOUNS[lang]
            and (following.text[:1].isupper() or following.lower_.endswith(("e", "en", "er", "es")))
        )
    return not first.is_punct


def _negated(doc: Doc, cue: Cue, speaker: Span | None, sentence_end: int) -> bool:
    after = speaker.end if speaker is not None else cue.last + 1
    return after < sentence_end and doc[after].lower_ in NEGATIONS


def _report_after_cue(doc: Doc, sentence: Span, cue: Cue, masked: set[int], lang: str) -> Span | None:
    """The reported clause after the cue: from its first separator (or, in English, right after
    the verb and its object) to the end of the sentence."""
    if lang == "en":
        start = cue.last + 1
        if cue.lexeme.lemma == "tell":
            phrase = noun_phrase_at(doc, start, sentence.end, lang)
            start = phrase.end if phrase is not None else start
        if start < sentence.end and doc[start].text == ",":
            return None
        end = sentence.end
        for i in range(start, sentence.end):
            if doc[i].lower_ == "and" and i + 1 < sentence.end and cues_in(doc[i + 1 : i + 2], lang):
                end = i
                break
    else:
        separator = next((i for i in range(cue.last + 1, sentence.end) if doc[i].text in SEPARATORS), None)
        if separator is None or _in_conditional_clause(doc, sentence, cue, separator):
            return None
        start, end = separator + 1, _report_end(doc, separator + 1, sentence.end, lang)
    if any(i in masked for i in range(start, min(start + 2, end))):
        return None
    content = trim(doc, start, end, lang, COMPLEMENTISERS[lang])
    if content is None:
        return None
    opened_by_wie = lang == "de" and _in_wie_clause(doc, sentence, cue)
    if not opened_by_wie and not _reads_as_report(content, lang):
        return None
    if (
        lang == "de"
        and not opened_by_wie
        and start - 1 > cue.last + 1
        and not _marked_as_reported(doc, content)
    ):
        # "Die Franzosen kündigten die Ausweisung … an, auch Dänemark …": the cue took an object;
        # a bare main clause after it is the author's, unless subjunctive or dass/zu mark it
        return None
    return content


CONDITIONAL_OPENERS = frozenset(
    ["sollte", "sollten", "wenn", "falls", "weil", "da", "nachdem", "obwohl", "als", "ob", "dass"]
)


def _in_conditional_clause(doc: Doc, sentence: Span, cue: Cue, separator: int) -> bool:
    """ "Sollten sich Berichte bestätigen, würde …": a verb-final cue in a subordinate clause."""
    if separator != cue.last + 1:
        return False
    start = max((t.i + 1 for t in doc[sentence.start : cue.verb.i] if t.text == ","), default=sentence.start)
    return doc[start].lower_ in CONDITIONAL_OPENERS


def _report_end(doc: Doc, start: int, end: int, lang: str) -> int:
    """The reported words end before a second attribution (", sagte X") or a coordinated
    predicate of the speaker (", und nannte …")."""
    for i in range(start + 1, end - 1):
        if doc[i].text != ",":
            continue
        following = doc[i + 1]
        if cue_at(following, lang, end) is not None:
            return i
        if following.lower_ == "und" and i + 2 < end and doc[i + 2].text[:1].islower():
            return i
    return end


def _in_wie_clause(doc: Doc, sentence: Span, cue: Cue) -> bool:
    """Whether the cue ends a clause "Wie X mitteilte" / ", wie X mitteilte"."""
    for i in range(cue.verb.i - 1, sentence.start - 1, -1):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ == "wie":
            return i == sentence.start or doc[i - 1].text == ","
    return False


def _coordinated(doc: Doc, cue: Cue, sentence_end: int) -> bool:
    """ "Netanjahu hatte zugestimmt, warnte aber, Israel werde …": a verb of saying after a comma with
    no subject of its own (only particles before the next separator) goes on with the first clause's
    subject; the clause before the comma is that subject's act, not reported words (in "…, sagte er"
    the subject follows the verb)."""
    i = cue.last + 1
    while i < sentence_end and doc[i].pos_ in ("ADV", "CCONJ", "PART"):  # "aber", "zugleich", "nun"
        i += 1
    return i < sentence_end and doc[i].text in SEPARATORS


def _last_comma(doc: Doc, span: Span) -> int:
    return max((t.i for t in span if t.text == ","), default=span.start - 1)


def _report_before_cue(doc: Doc, sentence: Span, cue: Cue, masked: set[int], lang: str) -> Span | None:
    """The reported clause before ", sagte er" / ", wie X mitteilte" / ", officials said"."""
    comma = next(
        (i for i in range(cue.verb.i - 1, max(sentence.start, cue.verb.i - 12) - 1, -1) if doc[i].is_punct),
        None,
    )
    if comma is None or doc[comma].text != "," or comma <= sentence.start or cue.verb.lower_.endswith("ing"):
        return None
    between = doc[comma + 1 : cue.verb.i]
    if lang == "de" and len(between) and between[0].lower_ != "wie" and not _perfect_cue(between, cue):
        return None
    if lang == "de" and not len(between) and _coordinated(doc, cue, sentence.end):
        return None
    if lang == "en" and not len(between) and noun_phrase_at(doc, cue.last + 1, sentence.end, lang) is None:
        return None  # "The decision, announced in Brussels": a participle, not an attribution
    if (
        comma - 1 in masked
        or doc[comma - 1].text in CLOSING_MARKS
        and not _ends_in_fragment(doc, sentence, comma)
    ):
        return None
    content = trim(doc, _clause_start(doc, sentence, comma), comma, lang)
    if content is None or content[0].lower_ in OBLIQUE_OPENERS:
        return None
    last_chunk = doc[_last_comma(doc, content) + 1 : content.end]
    if not len(between) and len(last_chunk) and last_chunk.start > content.start:
        names = lang == "de" and all(t.text[:1].isupper() for t in last_chunk)
        # a chunk ending in a zu-infinitive is the report's own infinitive clause, whatever its first
        # word ("Man habe vereinbart, die Zölle zu senken, sagte X"), no relative clause on the subject;
        # nor is one whose Konjunktiv I follows the pronoun: a relative clause puts its verb last, so
        # "das sei" opens a reported main clause ("Er stelle Europa infrage, das sei inakzeptabel, sagte X")
        relative = last_chunk[0].lower_ in RELATIVE_PRONOUNS[lang] - {"that"} and not (
            lang == "de" and (_ends_in_zu_infinitive(last_chunk) or _verb_second(last_chunk))
        )
        if names or relative:
            return None  # "Die Sprecherin …, Maria Sacharowa, kündigte … an": the subject
    if content[0].lower_ == "according":
        return None
    if content[0].lower_ in PREPOSITIONS[lang] and not any(_is_subjunctive(t) for t in content):
        return None  # "In einem spöttischen Ton, der …, schlug Lawrow vor": an adverbial, not a report
    return content


def _verb_second(chunk: Span) -> bool:
    """The chunk's second word is a verb in Konjunktiv I: a main clause of reported speech."""
    return len(chunk) > 1 and _is_subjunctive(chunk[1])


def _ends_in_fragment(doc: Doc, sentence: Span, comma: int) -> bool:
    """ "Die Ausladung sei „inakzeptabel“, erklärte X": the marks before the comma close words quoted
    inside a reported clause that opens unquoted; a clause quoted whole is a direct quote, its stage's
    (or no one's, where it found no speaker for it)."""
    start = _clause_start(doc, sentence, comma)
    first = next((t for t in doc[start:comma] if not t.is_space), None)
    return first is not None and first.text not in CLOSERS


def _perfect_cue(between: Span, cue: Cue) -> bool:
    """ "…, hatte ein Sprecher in Peking gewarnt", "…, hat Lawrow gesagt": the cue is a participle
    whose finite auxiliary opens the clause after the comma, as the finite cue itself does in
    "…, warnte ein Sprecher"."""
    return between[0].tag_ == FINITE_AUXILIARY_TAG and cue.verb.tag_ == PARTICIPLE_TAG


def _continuation_after(doc: Doc, sentence: Span, speaker: Span | None, lang: str) -> Span | None:
    """The reported words going on after ", sagte er": ", es sehe sich …" or "; eine Einigung …"."""
    if speaker is None:
        return None
    separator = next(
        (i for i in range(speaker.end, min(speaker.end + 4, sentence.end)) if doc[i].is_punct), None
    )
    if separator is None or doc[separator].text not in {",", ";"}:
        return None
    content = trim(doc, separator + 1, sentence.end, lang)
    if content is None or content[0].lower_ in NON_REPORT_OPENERS[lang] | NOT_A_CLAUSE_OPENER:
        return None
    if content[0].lower_ in RELATIVE_PRONOUNS[lang] or not any(_is_subjunctive(t) for t in content):
        return None
    return content


def _marked_as_reported(doc: Doc, content: Span) -> bool:
    return (
        doc[content.start - 1].lower_ in {"dass", "ob"}
        or any(_is_subjunctive(t) or t.lower_ in SUBJUNCTIVE_II for t in content)
        or _has_zu_infinitive(content)
    )


def _opens_with_complement(doc: Doc, content: Span) -> bool:
    """A dass/ob clause or zu-infinitive right after the cue's separator."""
    before = doc[content.start - 1]
    if before.lower_ in {"dass", "ob", "that"}:
        return True
    return _has_zu_infinitive(content) and not any(_is_subjunctive(t) for t in content)


def _cue_quotes(
    doc: Doc, sentence: Span, masked: set[int], attributions: set[int], lang: str
) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    for cue in cues_in(sentence, lang):
        if cue.verb.i in masked or cue.verb.i in attributions or not cue.lexeme.clause:
            continue
        previous_speaker = found[-1].speaker if found else None
        after = _report_before_cue(doc, sentence, cue, masked, lang)
        content = _report_after_cue(doc, sentence, cue, masked, lang)
        if content is not None and _opens_with_complement(doc, content):
            after = None
        if after is not None:
            speaker = subject_of(cue.verb, after.end + 1, sentence.end, lang)
            if _negated(doc, cue, speaker, sentence.end):
                continue
            found.append(FoundQuote(after, INDIRECT, cue, speaker))
            tail = _continuation_after(doc, sentence, speaker, lang)
            if tail is not None:
                found.append(FoundQuote(tail, INDIRECT, cue, speaker))
            continue
        if content is None:
            continue
        speaker = subject_of(cue.verb, _clause_start(doc, sentence, cue.verb.i), sentence.end, lang)
        if cue.verb.i > sentence.start and doc[cue.verb.i - 1].lower_ in {"und", "and"} and previous_speaker:
            speaker = previous_speaker
        found.append(FoundQuote(content, INDIRECT, cue, speaker))
    return _without_duplicates(found)


def _without_duplicates(found: list[FoundQuote]) -> list[FoundQuote]:
    """One quote per reported clause (the cue nearest to it wins); a report nested in another
    report's words ("Putin habe … gefordert, dass …, teilte Uschakow mit") is part of the outer one."""
    kept: list[FoundQuote] = []
    for quote in found:
        kept = [k for k in kept if (k.span.start, k.span.end) != (quote.span.start, quote.span.end)]
        kept.append(quote)
    return [q for q in kept if not any(o is not q and _governed_by(q, o) for o in kept)]


def _nested(inner: FoundQuote, outer: FoundQuote) -> bool:
    return inner.cue is not None and outer.span.start <= inner.cue.verb.i < outer.span.end


def _governed_by(inner: FoundQuote, outer: FoundQuote) -> bool:
    """`inner`'s cue lies in `outer`'s reported words. When each contains the other's cue, the later
    cue governs the sentence ("Putin habe … gefordert, dass …, teilte Uschakow mit")."""
    if not _nested(inner, outer):
        return False
    return not (_nested(outer, inner) and inner.cue.verb.i > outer.cue.verb.i)


def _source_phrase_quote(doc: Doc, sentence: Span, masked: set[int], lang: str) -> FoundQuote | None:
    """ "laut X", "X zufolge", "nach Angaben von X", "according to X"."""
    tokens = [t for t in sentence if t.i not in masked]
    for t in tokens:
        phrase, speaker = None, None
        if t.lower_ == "laut" and lang == "de":
            speaker = noun_phrase_at(doc, t.i + 1, sentence.end, lang) or _capitalised_run(
                doc, t.i + 1, sentence.end
            )
            phrase = doc[t.i : speaker.end] if speaker is not None else None
        elif (
            t.lower_ == "according"
            and lang == "en"
            and t.i + 1 < sentence.end
            and doc[t.i + 1].lower_ == "to"
        ):
            speaker = noun_phrase_at(doc, t.i + 2, sentence.end, lang)
            if speaker is not None:
                end = speaker.end
                if end + 1 < sentence.end and doc[end].lower_ == "in" and doc[end + 1].text[:1].isupper():
                    end += 2  # "according to diplomats in Brussels"
                phrase = doc[t.i : end]
        elif t.lower_ in SOURCE_POSTPOSITIONS.get(lang, ()):
            start = _phrase_start_before(doc, sentence, t.i, lang)
            speaker = doc[start : t.i] if start < t.i else None
            phrase = doc[start : t.i + 1] if speaker is not None else None
        elif t.lower_ == "nach" and lang == "de":
            phrase, speaker = _nach_angaben(doc, sentence, t, lang)
        if phrase is None or speaker is None:
            continue
        if speaker[0].lower_ == "eigenen":
            speaker = (
                subject_of(doc[phrase.start - 1], sentence.start, sentence.end, lang)
                if phrase.start > sentence.start
                else None
            )
        content = _around(doc, sentence, phrase, lang)
        if content is not None:
            return FoundQuote(content, INDIRECT, None, speaker, cue_phrase=phrase)
    return None


def _capitalised_run(doc: Doc, start: int, end: int) -> Span | None:
    i = start
    while i < end and doc[i].text[:1].isupper():
        i += 1
    return doc[start:i] if i > start else None


def _phrase_start_before(doc: Doc, sentence: Span, postposition: int, lang: str) -> int:
    """Start of the noun phrase before "zufolge": back to the determiner or the clause start."""
    for i in range(postposition - 1, sentence.start - 1, -1):
        if doc[i].lower_ in {"dem", "der", "den"}:
            return i
        if doc[i].is_punct:
            return i + 1
    return sentence.start


def _nach_angaben(doc: Doc, sentence: Span, nach: Token, lang: str) -> tuple[Span | None, Span | None]:
    """ "nach Angaben des Ministeriums", "nach ukrainischen Angaben", "nach Einschätzung von X"."""
    i = nach.i + 1
    adjective = None
    if i < sentence.end and doc[i].text[:1].islower() and doc[i].is_alpha:
        adjective, i = doc[i], i + 1
    if i >= sentence.end or doc[i].lower_ not in SOURCE_NOUNS:
        return None, None
    if adjective is not None and not (i + 1 < sentence.end and doc[i + 1].lower_ in {"des", "der", "von"}):
        return doc[nach.i : i + 1], doc[adjective.i : i + 1]  # "nach ukrainischen Angaben"
    j = i + 1
    if j < sentence.end and doc[j].lower_ in {"von", "aus"}:
        j += 1
    speaker = noun_phrase_at(doc, j, sentence.end, lang) or _capitalised_run(doc, j, sentence.end)
    if speaker is None:
        return None, None
    end = speaker.end
    if end + 1 < sentence.end and doc[end].lower_ in {"in", "aus"} and doc[end + 1].text[:1].isupper():
        end += 2  # "des Verteidigungsministeriums in Warschau"
    return doc[nach.i : end], speaker


def _around(doc: Doc, sentence: Span, phrase: Span, lang: str) -> Span | None:
    """The reported words of a sentence carrying a source phrase: after it when it opens the
    sentence, before it when it closes it, else the whole sentence."""
    start = _clause_start(doc, sentence, phrase.start)
    if phrase.start <= start + 1:
        return trim(doc, phrase.end, sentence.end, lang)
    if phrase.end >= sentence.end - 2:
        return trim(doc, start, phrase.start, lang)
    return trim(doc, start, sentence.end, lang)


def _subjunctive_quote(
    doc: Doc, sentence: Span, previous: FoundQuote | None, masked: set[int], lang: str
) -> FoundQuote | None:
    """A sentence in Konjunktiv I: after a colon, the words of the clause's subject; otherwise the
    continuation of the previous sentence's quote."""
    if lang != "de":
        return None
    colon = next((t.i for t in sentence if t.text == ":" and t.i not in masked), None)
    if colon is not None:
        content = trim(doc, colon + 1, sentence.end, lang)
        if content is not None and any(_is_subjunctive(t) for t in content):
            speaker = first_field(doc, sentence.start, colon, lang)
            if speaker is None and previous is not None and in_same_paragraph(doc, previous.span, sentence):
                speaker = previous.speaker  # "Und ging … über: wie nützlich es … sei"
            if speaker is not None:
                return FoundQuote(content, INDIRECT, None, speaker)
    if previous is None or not in_same_paragraph(doc, previous.span, sentence):
        return None
    content = trim(doc, sentence.start, sentence.end, lang)
    if content is None or not any(_is_subjunctive(t) for t in content if t.i not in masked):
        return None
    return FoundQuote(content, INDIRECT, None, previous.speaker)


def _impersonal_report(
    doc: Doc, sentence: Span, before: Span | None, masked: set[int], lang: str
) -> FoundQuote | None:
    """A sentence in Konjunktiv I with the impersonal "man" for its subject, after a sentence in the
    same paragraph that quoted no one: "man" is no one in particular only in the author's own words,
    which are in the indicative; reported, it is the speaker's side, and the speaker the subject of
    the sentence before, which told of its reaction ("Das Außenministerium wies den Anspruch zurück.
    Man nehme die Äußerungen aber ernst")."""
    if lang != "de" or before is None or not in_same_paragraph(doc, before, sentence):
        return None
    content = trim(doc, sentence.start, sentence.end, lang)
    if content is None or not any(_reported_impersonal(t) for t in content if t.i not in masked):
        return None
    # the parse's subject: the word-order rules look for the speaker of a verb of saying, and the
    # sentence before may open with an adverbial or an object ("Noch am Abend reagierte Mexiko")
    speaker = parsed_subject(before.root) if before.root.pos_ in ("VERB", "AUX") else None
    if speaker is None or _names_a_person(speaker):
        return None
    return FoundQuote(content, INDIRECT, None, speaker)


def _names_a_person(phrase: Span) -> bool:
    """ "Trump", "er": a person's "man" after a sentence that only tells of them is as often the author's
    (or anyone's) as theirs; the "man" of a body's words is the body ("Das Ministerium …")."""
    return phrase.root.pos_ == "PRON" or any(t.ent_type_ in PERSON_LABELS for t in phrase)


def _reported_impersonal(token: Token) -> bool:
    """ "Man wolle", "werde man", "stehe man": the impersonal subject next to a verb in Konjunktiv I."""
    if token.lower_ not in IMPERSONAL_DE or token.dep_ not in SUBJECT_DEPS:
        return False
    doc = token.doc
    return any(_is_subjunctive(doc[j]) for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc))


def indirect_quotes(doc: Doc, lang: str, direct: list[FoundQuote]) -> list[FoundQuote]:
    masked = {i for q in direct for i in range(q.span.start - 1, q.span.end + 1)}
    # cues after a direct quote attribute it ("…", he said) and report nothing else; a cue before
    # a quoted fragment may still govern a reported clause ("schlug vor, dass … „…“ …")
    attributions = {q.cue.verb.i for q in direct if q.cue is not None and q.cue.verb.i >= q.span.end}
    found: list[FoundQuote] = []
    previous_sentence_quote: FoundQuote | None = None
    previous_sentence: Span | None = None
    for sentence in doc.sents:
        quotes = _cue_quotes(doc, sentence, masked, attributions, lang)
        sentence_direct = [q for q in direct if q.span.start < sentence.end and sentence.start < q.span.end]
        if not quotes and not sentence_direct:
            source = _source_phrase_quote(doc, sentence, masked, lang)
            quotes = [source] if source is not None else []
        if not quotes and not sentence_direct:
            continued = _subjunctive_quote(doc, sentence, previous_sentence_quote, masked, lang)
            quotes = [continued] if continued is not None else []
        if not quotes and not sentence_direct and previous_sentence_quote is None:
            reported = _impersonal_report(doc, sentence, previous_sentence, masked, lang)
            quotes = [reported] if reported is not None else []
        found.extend(quotes)
        latest = quotes + sentence_direct
        previous_sentence_quote = max(latest, key=lambda q: q.span.start) if latest else None
        previous_sentence = sentence
    return found
