"""Past or future: which way a weekday or a month without a year points from the article date.

"am Dienstag traf" is the Tuesday before the anchor, "wird am Dienstag reisen" the next one. The
trained model's morphology (`Tense=Past`) decides where it exists; otherwise verb cues in the
clause do: auxiliaries and modals ("wird", "soll", "will"), preterite and participle forms, and a
present-tense verb right after a clause-initial expression ("Am Mittwoch kommt …"), which in news
announces something. The verb nearest to the expression decides.

A chronicle's heading ("19. Juli: Israel bombardiert …", "Freitag, 0:40 Uhr – Die Polizei setzt …")
has no tense of its own: the entry after it is told in the historical present, which announces
nothing, and a chronicle may look back or ahead, so the heading takes the nearest date.

A date on an attributive past participle ("die am Montag entlassene Ministerin", "das im März
geschlossene Abkommen") dates what the participle tells as done, whatever the clause's verb says;
not a date set for a plan ("die am Sonntag geplante Wahl", "die für Mai angesetzte Sitzung").
So does a date on the noun that "nach" or "seit" governs ("Nach dem Angriff am Sonntag fordert Kiew
…"): what the clause follows has happened, unless a future or modal word puts the sentence ahead
("Nach dem Treffen am Montag wird er abreisen").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.pipeline.timex.dates import FUTURE, PAST

# participles that name a plan: a date on them is the date the plan is for
PLANNING_PARTICIPLES = {
    "geplant", "angesetzt", "vorgesehen", "anberaumt", "terminiert", "erwartet", "angekündigt",
    "festgelegt", "festgesetzt", "angestrebt", "verschoben", "vereinbart", "verabredet", "anvisiert",
}  # fmt: skip
INSEPARABLE_PREFIXES = ("be", "er", "ver", "zer", "ent", "emp", "ge")
# prepositions that give the time something is set for or runs to, not when it happened
SETTING_PREPOSITIONS = {"für", "auf", "bis", "ab"}
# prepositions of what came before: "nach dem Angriff", "seit dem Treffen"
AFTER_PREPOSITIONS = {"nach", "seit"}
# the marks that close a chronicle's heading ("19. Juli:", "Freitag, 0:40 Uhr –")
HEADING_MARKS = {":", "–", "—"}
# how many words a heading before its mark may run to ("25. April bis 6. Mai", "Freitag, 0:40 Uhr")
HEADING_WORDS = 6
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "»", "«"}

FUTURE_DE = {
    "wird", "werden", "wirst", "werdet", "werde", "würde", "würden", "soll", "sollen", "sollte", "sollten",
    "will", "wollen", "plant", "planen", "geplant", "könnte", "könnten", "kann", "können", "dürfte",
    "dürften", "möchte", "möchten", "muss", "müssen", "beginnt", "bevorsteht", "erwartet",
}  # fmt: skip
PAST_DE = {
    "hatte", "hatten", "hattest", "war", "waren", "wurde", "wurden", "hätte", "hätten", "gab", "ging",
    "kam", "kamen", "traf", "trafen", "sprach", "sprachen", "rief", "riefen", "hielt", "hielten",
    "wies", "wiesen", "bot", "stand", "standen", "fand", "fanden", "nahm", "nahmen", "schlug",
    "sah", "trat", "traten", "fiel", "fielen", "zog", "zogen", "schloss", "schlossen", "beschloss",
    "beschlossen", "bestritt", "bestritten", "entschied", "verließ", "unterzeichneten", "begann",
    "schrieb", "blieb", "blieben", "lief", "warf", "warfen", "galt", "gewann", "verlor", "brach",
    "starb", "saß", "lag", "lagen", "flog", "reiste", "konnte", "konnten", "wollte", "wollten",
    "musste", "mussten", "durfte", "durften", "erhielt", "verhängte", "sagte", "hieß", "tat",
}  # fmt: skip
PERFECT_AUX_DE = {"hat", "haben", "ist", "sind", "habe", "sei", "seien"}
# Words ending like a weak preterite ("sagte", "meldeten") that are not verbs.
NOT_PRETERITE_DE = {
    "letzte", "letzten", "erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte",
    "fünfte", "gute", "guten", "meiste", "meisten", "weite", "weiten", "breite", "mitte", "rechte",
    "rechten", "späte", "späten", "hunderte", "hunderten", "tausende", "tausenden", "bereite",
    "beste", "besten", "neueste", "neuesten", "harte", "harten", "leichte", "weitere", "weiteren",
    "könnte", "könnten", "sollte", "sollten", "dürfte", "dürften", "möchte", "möchten", "hätte",
    "hätten", "halbe", "halben", "geplanten", "leute", "heute",
}  # fmt: skip
# what is scheduled "für" a date: meetings, votes and truces (lowered endings, so compounds count:
# "Neuwahlen", "Gipfeltreffen", "Präsidentenwahl"); the date of other nouns ("die Exporte für April",
# "die Renten für Mai") is the span they cover, and the clause's tense says which
SCHEDULED_ENDINGS = (
    "wahl", "wahlen", "gipfel", "treffen", "referendum", "abstimmung", "konferenz", "sitzung", "besuch",
    "gespräch", "gespräche", "verhandlung", "verhandlungen", "termin", "runde", "tagung", "parteitag",
    "waffenruhe", "feuerpause",
)  # fmt: skip
# verbs that set a date for something ("Wahlen für September ansetzen", "für Juni einberufen")
SCHEDULING_VERBS = {
    "ansetzen", "anberaumen", "einberufen", "planen", "terminieren", "festlegen", "festsetzen", "vorsehen",
    "ankündigen", "ausrufen", "vereinbaren", "verabreden", "einladen",
}  # fmt: skip
STRONG_FUTURE = {"wird", "werden", "werde", "will", "'ll", "shall"}
FUTURE_EN = {
    "will",
    "'ll",
    "shall",
    "going",
    "due",
    "expected",
    "scheduled",
    "plans",
    "plan",
    "would",
    "could",
    "might",
    "may",
}
PAST_EN = {
    "was", "were", "had", "did", "said", "met", "told", "went", "came", "held", "took", "gave", "made",
    "spoke", "left", "flew", "saw", "began", "sent", "won", "lost", "fought", "struck", "signed",
    "agreed", "rejected", "denied", "announced", "vetoed", "withdrew", "gathered", "hosted", "declined",
    "dismissed", "accused", "responded", "warned", "imposed", "ended", "lasted", "became", "found",
    "brought", "ran", "wrote", "set", "put", "kept", "led", "fell", "rose", "got", "heard", "thought",
}  # fmt: skip
NOT_PAST_EN = {
    "need",
    "needed",
    "based",
    "united",
    "indeed",
    "red",
    "bed",
    "speed",
    "armed",
    "proposed",
    "expected",
    "scheduled",
    "planned",
}

# Weak preterites: "sagte", "meldeten", "arbeitete". Not a vowel, l, s or t before the ending, which
# are present tenses far more often ("beraten", "gelten", "kosten", "bitten"), except an l after
# anything but a/e ("teilte", "stellte", "holte", "spielte" against "halten", "gelten").
_WEAK_PRETERITE = re.compile(
    r"^(?:[a-zäöüß]{2,}[^aeiouäöüylst\W](te|ten|tet|test)|[a-zäöüß]{3,}[^r]e(te|ten)"
    r"|[a-zäöüß]+(?:[hilouäöü]|ie)l(te|ten|tet|test))$"
)
# Participles: "gesagt", "angekündigt", and with an inseparable prefix "erlebt", "verhängt".
_PARTICIPLE = re.compile(
    r"^(?:(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|her)?ge[a-zäöüß]{3,}(t|en)"
    r"|(?:be|er|ver|zer|ent|emp)[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert)$"
)
_EN_PAST = re.compile(r"^[a-z]{3,}ed$")


def clause_of(span: Span) -> Span:
    """The tokens of `span`'s sentence between the nearest clause breaks around it."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    start, end = span.start, span.end
    while start > sent.start and span.doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    while end < sent.end and span.doc[end].text not in CLAUSE_BREAKS:
        end += 1
    return span.doc[start:end]


def _morph_tense(token: Token, region: Span) -> str | None:
    """The tense the trained morphologizer gives a finite verb; a present "hat"/"ist" with a
    participle in the clause is a perfect (past), any other present announces (future)."""
    if "Fin" not in token.morph.get("VerbForm"):
        return None
    tense = token.morph.get("Tense")
    if "Past" in tense:
        return PAST
    if "Pres" not in tense:
        return None
    if token.text.lower() in PERFECT_AUX_DE and _forms_a_perfect(token, region):
        return PAST
    return FUTURE


def _forms_a_perfect(auxiliary: Token, region: Span) -> bool:
    """A present "hat"/"ist" with a participle in its sentence, or hung on a verb as its auxiliary."""
    # the participle may stand beyond a comma: "habe ich … nur zwei-, dreimal erlebt"
    sentence = auxiliary.sent if auxiliary.doc.has_annotation("SENT_START") else region
    return any(_is_participle(t) for t in sentence) or _perfect_auxiliary(auxiliary)


def _perfect_auxiliary(token: Token) -> bool:
    """ "hat Xi am Montag empfangen": a "haben"/"sein" the parser hangs on a verb as its auxiliary
    forms the perfect, even where the participle has the infinitive's form ("empfangen", "verlassen",
    "beraten") and the tagger reads it so. Not "ist … zu prüfen", "hat … zu zahlen": with "zu" the
    clause says what is to be done."""
    head = token.head
    if token.dep_ != "aux" or head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.lower_ == "zu" for c in head.children)


def _is_participle(token: Token) -> bool:
    """By the morphologizer, or by form where it is unsure ("beschlossen" gets only Tense=Past)."""
    verb_form, tense = token.morph.get("VerbForm"), token.morph.get("Tense")
    return (
        "Part" in verb_form
        or ("Past" in tense and "Fin" not in verb_form)
        or bool(_PARTICIPLE.match(token.text))
    )


def _cue(token: Token, lang: str) -> str | None:
    word = token.text.lower()
    if lang == "de":
        if word in FUTURE_DE:
            return FUTURE
        if word in PAST_DE:
            return PAST
        if word in PERFECT_AUX_DE:
            return None  # a present "hat"/"ist" alone says nothing: the participle decides (`_perfect`)
        if token.text.islower() and word not in NOT_PRETERITE_DE and _WEAK_PRETERITE.match(word):
            return PAST
        return None
    if word in FUTURE_EN:
        return FUTURE
    if word in PAST_EN or (word not in NOT_PAST_EN and _EN_PAST.match(word)):
        return PAST
    return None


def _perfect(clause: Span) -> bool:
    words = [t.text for t in clause]
    return any(w in PERFECT_AUX_DE for w in words) and any(_PARTICIPLE.match(w) for w in words)


def _tense_in(region: Span, span: Span, lang: str, clause: bool) -> str | None:
    outside = [t for t in region if t.i < span.start or t.i >= span.end]
    # A future auxiliary in the clause decides ("will be held on …"); otherwise the nearest cue wins:
    # "On Friday, Putin said Russia would …" is about what was said on Friday.
    if clause and any(t.text.lower() in STRONG_FUTURE for t in outside):
        return FUTURE
    cues = sorted(
        (abs(t.i - span.start), c) for t in outside if (c := _morph_tense(t, region) or _cue(t, lang))
    )
    if cues:
        return cues[0][1]
    return PAST if lang == "de" and _perfect(region) else None


def _present_after_initial(span: Span, clause: Span) -> bool:
    """A clause-initial expression followed by a lowercase finite-looking verb: "Am Mittwoch kommt"."""
    if span.start != clause.start or span.end >= clause.end:
        return False
    verb = span.doc[span.end].text
    return verb.islower() and verb.isalpha() and verb.endswith(("t", "en", "s"))


def _in_heading(span: Span) -> bool:
    """The expression stands in a short verbless stretch that opens the sentence and is closed by a
    colon or dash with the entry after it."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    for token in span.doc[sent.start : min(sent.end - 1, sent.start + HEADING_WORDS + 1)]:
        if token.text in HEADING_MARKS:
            return token.i >= span.end
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _on_done_participle(span: Span) -> bool:
    """The expression modifies an attributive past participle ("am Montag entlassene") that names no
    plan, and no preposition of setting ("für Mai", "auf Montag") introduces it."""
    participle = span.root.head
    if participle.tag_ != "ADJA" or participle.dep_ != "amod" or participle.i < span.end:
        return False
    if any(t.lower_ in SETTING_PREPOSITIONS for t in span.root.children if t.dep_ == "case"):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in SETTING_PREPOSITIONS:
        return False
    lemma = participle.lemma_.lower()
    if lemma in PLANNING_PARTICIPLES or lemma.endswith("end"):
        return False
    strong = lemma.startswith(INSEPARABLE_PREFIXES) and lemma.endswith("en")  # "entlassen", "vertrieben"
    return strong or bool(_PARTICIPLE.match(lemma)) or "Past" in participle.morph.get("Tense")


def _on_what_came_before(span: Span) -> bool:
    """The expression modifies a noun that "nach" or "seit" governs, in a sentence with no future or
    modal word."""
    noun = span.root.head
    if span.root.dep_ != "nmod" or noun.pos_ != "NOUN" or noun.i > span.start:
        return False
    if not any(c.dep_ == "case" and c.lower_ in AFTER_PREPOSITIONS for c in noun.children):
        return False
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return not any(t.lower_ in FUTURE_DE for t in sent)


def _time_an_act_is_for(span: Span) -> bool:
    """ "hat Neuwahlen für September angesetzt", "berief für Juni einen Gipfel ein": "für" and a date
    name the time a meeting or vote is set for, which lies ahead of the report whatever the verb's
    tense. Of anything else ("die Arbeitslosenzahlen für September", "die Exporte für April") it names
    the span covered, and the clause's tense decides."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "für" or span.root.dep_ not in ("obl", "nmod"):
        return False
    head = span.root.head
    if head.pos_ in ("NOUN", "PROPN"):
        return _scheduled(head)
    particle = "".join(c.lower_ for c in head.children if c.dep_ == "compound:prt")
    return particle + head.lemma_.lower() in SCHEDULING_VERBS or any(
        c.dep_ in ("obj", "nsubj:pass") and _scheduled(c) for c in head.children
    )


def _scheduled(noun: Token) -> bool:
    return noun.lower_.endswith(SCHEDULED_ENDINGS)


def clause_tense(span: Span, lang: str) -> str | None:
    """PAST, FUTURE or None (no cue: the caller takes the nearest candidate)."""
    if lang == "de" and _time_an_act_is_for(span):
        return FUTURE
    if _in_heading(span):
        return None
    if lang == "de" and (_on_done_participle(span) or _on_what_came_before(span)):
        return PAST
    clause = clause_of(span)
    tense = _tense_in(clause, span, lang, clause=True)
    if tense:
        return tense
    if _present_after_initial(span, clause):
        return FUTURE
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return _tense_in(sent, span, lang, clause=False)
