"""Possessive phrases for a state or its agents ("sein Land", "ihre Regierung", "seine Truppen")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_lexicon import (
    POSSESSED_AGENTS_DE,
    POSSESSIVES_DE,
    RELATIVE_POSSESSIVES_DE,
    STATE_NOUNS_DE,
)
from lagebild.pipeline.actor_references import Reference, gender_of, nearest_mention
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import NAME_DEPS, PERSON_LABELS, SUBJECT_DEPS


def possessive_agents(doc: Doc, candidates: list, sentence_of: list[int], kb, date) -> list:
    """'sein Land', 'ihre Regierung', 'seine Truppen': the state (or its government, its military)
    of the nearest earlier person or state in this or the previous sentence that the possessive
    agrees with ("sein": a man or a state; "ihr": a woman, a state, a group of people), also after a
    relative possessive ("Kroatien, dessen Regierung"); for "sein"/"ihr" in the previous sentence, the subject
    of its main clause first, if it agrees (`_speaker_before`)."""
    found = []
    for i, token in enumerate(doc[:-1]):
        gender = POSSESSIVES_DE.get(token.text.lower()) or RELATIVE_POSSESSIVES_DE.get(token.text.lower())
        noun = doc[i + 1].text
        if gender is None or not (noun in STATE_NOUNS_DE or noun in POSSESSED_AGENTS_DE):
            continue
        clause_start = (
            _relative_clause_start(doc, i) if token.text.lower() in RELATIVE_POSSESSIVES_DE else None
        )

        def agrees(m, i=i, gender=gender, clause_start=clause_start) -> bool:
            if not m.actor.country or sentence_of[i] - sentence_of[m.span.start] > 1:
                return False
            if clause_start is not None and m.span.end > clause_start:
                return False  # a name inside the relative clause is not what it refers back to
            if isinstance(m, Reference):
                return m.gender == gender
            if m.span.label_ in PERSON_LABELS:
                found_gender = gender_of(m)
                return found_gender == gender or (found_gender is None and gender == "m")
            return (m.actor.kb_id or "").startswith(("country:", "government:"))

        antecedent = nearest_mention(candidates, i, agrees)
        if antecedent is None:
            continue
        # "dessen"/"deren" point to the last one named that is not the subject, also opening a sentence
        if sentence_of[antecedent.span.start] < sentence_of[i] and token.text.lower() in POSSESSIVES_DE:
            antecedent = (
                _speaker_before(candidates, sentence_of[antecedent.span.start], sentence_of, agrees)
                or antecedent
            )
        country = antecedent.actor.country
        span = Span(doc, i, i + 2, label="LOC" if noun in STATE_NOUNS_DE else "ORG")
        if noun in STATE_NOUNS_DE:
            actor = (
                kb.actor_ref(f"country:{country}", date, "de") if f"country:{country}" in kb.actors else None
            )
        elif POSSESSED_AGENTS_DE[noun] == "GOV":
            actor = (
                kb.actor_ref(f"government:{country}", date, "de")
                if f"government:{country}" in kb.actors
                else None
            )
        else:
            state = kb.actors.get(f"country:{country}", {}).get("name_de", country)
            actor = ActorRef(
                name=f"{state}: {noun}", country=country, actor_code=f"{country}{POSSESSED_AGENTS_DE[noun]}"
            )
        if actor:
            found.append((span, actor))
    return found


def _relative_clause_start(doc: Doc, i: int) -> int | None:
    """The comma that opens the relative clause of the possessive at i, within its sentence: the
    antecedent stands before it ("Milei, der Maduro einen Diktator nennt und dessen Regierung …" is
    Milei's government, not Maduro's)."""
    sentence_start = doc[i].sent.start
    return next((k for k in range(i - 1, sentence_start - 1, -1) if doc[k].text == ","), None)


def _speaker_before(candidates: list, sentence: int, sentence_of: list[int], agrees):
    """The subject of the main clause of the sentence before, which a possessive reaching back to that
    sentence continues: "Ministerin Baerbock sagte, Moskau müsse abziehen. Ihr Land werde …" is Germany,
    the speaker's, not the state named in what she said."""
    return next(
        (
            m
            for m in candidates
            if sentence_of[m.span.start] == sentence and _main_clause_subject(m.span) and agrees(m)
        ),
        None,
    )


def _main_clause_subject(span: Span) -> bool:
    """The subject of its sentence's main verb, also as a name after its title ("Außenministerin X sagte")."""
    word = span.root
    if word.dep_ in NAME_DEPS and word.head.pos_ == "NOUN":
        word = word.head
    return word.dep_ in SUBJECT_DEPS and word.head.dep_ == "ROOT"
