"""Who speaks in "hieß es aus Ankara", "In Berlin hieß es", "heißt es im Kreml": the impersonal "es"
of a report names no one, but the seat the clause names says whose statement it is, the government
sitting there. The "es" becomes a reference to that seat's actor, so that the quotation it
introduces has a speaker and its "man" and "wir" (the government's own words) a side. A bare "hieß
es" or "hieß es in einer Erklärung", which names no seat and no other voice, goes on reporting the
body that acted just before ("Das Außenministerium wies die Vorwürfe zurück. Man werde ..., hieß
es"). An unnamed spokesperson ("sagte ein Sprecher in Peking", "..., erklärte eine Sprecherin") is
read the same way, and "der Sprecher" or "die Sprecherin" named again ("..., so die Sprecherin") is the
one introduced just before ("eine Sprecherin des Außenministeriums")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_passage import StateClue
from lagebild.pipeline.actor_references import PRONOUN_SENTENCE_WINDOW, Reference
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import SEAT_PREPOSITIONS_DE, SUBJECT_DEPS

# the forms of "heißen" that report what was said ("hieß es", "es heißt", "hieße es")
REPORTING_FORMS = {"heißt", "hieß", "hieße", "hießen"}
# the prepositions by which the clause names the seat: "aus Ankara", "in Berlin", "im Kreml", and, as
# the voice comes from it, "vom Élysée", "von Regierungsseite in Paris"
SEAT_PREPOSITIONS = SEAT_PREPOSITIONS_DE | {"vom", "von"}
# a clause ends at these: the seat must be named in the reporting clause itself
CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", "„", "“", '"', "«", "»", "–"}
# the seat lies at most this many words from the reporting verb ("hieß es am Abend aus Ankara")
SEAT_WINDOW = 6
# the texts a report may cite without naming a voice: "hieß es in einer Erklärung", "heißt es darin"
DOCUMENT_NOUNS = ("erklärung", "mitteilung", "note", "stellungnahme", "begründung", "schreiben", "brief",
                  "kommuniqué", "communiqué", "text", "urteil", "beschluss", "resolution", "antwort")  # fmt: skip
# the circles of the government the passage is about, no voice of their own: "hieß es aus Regierungskreisen"
GOVERNMENT_CIRCLES = {"regierungskreise", "regierungskreisen"}
# the prepositions by which a reporting clause names some voice ("aus Diplomatenkreisen", "nach
# Angaben von Beobachtern", "laut Medienberichten", "in Regierungskreisen")
VOICE_PREPOSITIONS = SEAT_PREPOSITIONS | {"nach", "laut", "seitens", "unter", "bei"}
# a spokesperson news does not name: "sagte ein Sprecher", "so eine Sprecherin"
SPOKESPERSON_NOUNS = {"Sprecher", "Sprecherin"}
INDEFINITE_ARTICLES = {"ein", "eine"}
# "der Sprecher", "die Sprecherin": the spokesperson introduced before, named again
DEFINITE_ARTICLES = {"Sprecher": "der", "Sprecherin": "die"}
# the sentences before an unnamed spokesperson's in which the actor they speak for acted
SPOKESPERSON_SENTENCE_WINDOW = 2


def impersonal_speakers(
    doc: Doc,
    mentions: list,
    places: list,
    taken: set[int],
    sentence_of: list[int],
    state_actor: Callable[[str | None], ActorRef | None],
) -> list[Reference]:
    """A reference on each "es" next to a reporting form of "heißen" whose clause names a seat: an
    actor ("aus dem Kreml"), else a capital read as a place ("aus Ankara"), which stands for its state
    (`state_actor`: the state's actor for a country code, None if unknown); where the clause names no
    voice at all, the body acting in the sentences just before. `taken`: the tokens inside named
    entities, where an "es" is part of a name."""
    seated_places = _seated_places(places, state_actor)
    found = []
    for token in doc:
        if token.lower_ != "es" or token.i in taken:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        verb = next((t for t in neighbours if t.lower_ in REPORTING_FORMS), None)
        if verb is None:
            continue
        first, last = min(verb.i, token.i), max(verb.i, token.i)
        seat = _seat(doc, first, last, mentions) or _seat(doc, first, last, seated_places)
        if seat is None and _names_no_voice(doc, first, last, mentions):
            seat = _acting_before(token.i, mentions, sentence_of)
        if seat is not None:
            found.append(Reference(Span(doc, token.i, token.i + 1), seat.actor, seat.span, None))
    return found


def _seated_places(places: list, state_actor: Callable[[str | None], ActorRef | None]) -> list[StateClue]:
    """The capitals read as places, each standing for its state's actor (those of a state known)."""
    return [StateClue(p.span, actor) for p in places if (actor := state_actor(p.actor.country)) is not None]


def _clause(doc: Doc, first: int, last: int, after_only: bool = False) -> tuple[int, int]:
    """The words of the reporting clause around tokens first..last, within SEAT_WINDOW of them."""
    start = first
    while (
        not after_only
        and start > 0
        and first - start < SEAT_WINDOW
        and doc[start - 1].text not in CLAUSE_ENDS
    ):
        start -= 1
    end = last + 1
    while end < len(doc) and end - last <= SEAT_WINDOW and doc[end].text not in CLAUSE_ENDS:
        end += 1
    return start, end


def _names_no_voice(doc: Doc, first: int, last: int, mentions: list) -> bool:
    """The reporting clause names no actor and no voice by a preposition, other than a text it cites or
    the government's circles ("hieß es", "hieß es weiter", "heißt es in der Erklärung", "hieß es aus
    Regierungskreisen"; not "hieß es in Diplomatenkreisen")."""
    start, end = _clause(doc, first, last)
    if any(start <= m.span.start < end for m in mentions):
        return False
    for token in doc[start:end]:
        if token.lower_ in VOICE_PREPOSITIONS:
            noun = next((t for t in doc[token.i + 1 : end] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is None or not (noun.lower_.endswith(DOCUMENT_NOUNS) or _own_circles(noun, token)):
                return False
    return True


def _own_circles(noun: Token, preposition: Token) -> bool:
    """ "aus Regierungskreisen" with no word naming whose ("in spanischen Regierungskreisen" is Spain's)."""
    return noun.lower_ in GOVERNMENT_CIRCLES and noun.i == preposition.i + 1


def _seat(doc: Doc, first: int, last: int, mentions: list, after_only: bool = False):
    """The actor named after a seat preposition in the reporting clause, before "hieß es" ("In
    Berlin hieß es") or after it ("hieß es aus Ankara"), the nearest to the verb first; `after_only`:
    only after it ("ein Sprecher in Peking": a place before him is in what he is quoted saying)."""
    start, end = _clause(doc, first, last, after_only)
    seated = [
        m
        for m in mentions
        if start <= m.span.start < end
        and m.actor is not None
        and m.actor.country
        and _after_seat_preposition(doc, m.span.start)
    ]
    return min(seated, key=lambda m: abs(m.span.start - last), default=None)


def _after_seat_preposition(doc: Doc, start: int) -> bool:
    """ "aus Ankara", "im Kreml", "in der Hauptstadt Ankara": a seat preposition just before the name,
    an article or a title between at most."""
    before = list(doc[max(0, start - 3) : start])
    return any(t.lower_ in SEAT_PREPOSITIONS for t in before[-2:]) or (
        len(before) == 3 and before[0].lower_ in SEAT_PREPOSITIONS and before[1].pos_ == "DET"
    )


def unnamed_spokespeople(
    doc: Doc,
    mentions: list,
    places: list,
    taken: set[int],
    sentence_of: list[int],
    state_actor: Callable[[str | None], ActorRef | None],
) -> list[Reference]:
    """A reference on each "ein Sprecher" or "eine Sprecherin" who speaks (the subject of their
    clause) for no body named with them ("ein Sprecher des Ministeriums" is that body's): the actor of
    the seat named after them ("sagte ein Sprecher in Peking"), else the actor that acted as subject
    in the nearest of the two sentences before ("Das Weiße Haus wies den Plan zurück. Er gehe an der
    Wirklichkeit vorbei, sagte ein Sprecher"); not one their own statement names, which is what it is
    about ("Ägypten habe jede Annäherung blockiert, erklärte ein Sprecher")."""
    seated_places = _seated_places(places, state_actor)
    found = []
    for token in doc:
        if (
            token.text not in SPOKESPERSON_NOUNS
            or token.i == 0
            or token.i in taken
            or doc[token.i - 1].lower_ not in INDEFINITE_ARTICLES
            or token.dep_ not in SUBJECT_DEPS
            or any(_genitive(child) for child in token.children if child.i > token.i)
        ):
            continue
        seat = _seat(doc, token.i, token.i, [*mentions, *seated_places], after_only=True)
        speaker = seat or _acting_before(token.i, mentions, sentence_of)
        if speaker is not None:
            found.append(Reference(Span(doc, token.i - 1, token.i + 1), speaker.actor, speaker.span, None))
    return found


def spokespeople_named_again(
    doc: Doc, mentions: list, taken: set[int], sentence_of: list[int], earlier: list
) -> list[Reference]:
    """A reference on each "der Sprecher" or "die Sprecherin" who speaks ("kritisierte der Sprecher",
    "so die Sprecherin") for no body named with them: the definite article names again the
    spokesperson of the same word introduced in the sentences just before, whose body is named with
    them ("eine Sprecherin des Außenministeriums", "Sprecherin Hua Chunying") or was read for them
    (`earlier`: the references on "ein Sprecher", "eine Sprecherin")."""
    found = []
    for token in doc:
        if (
            DEFINITE_ARTICLES.get(token.text) is None
            or token.i == 0
            or token.i in taken
            or doc[token.i - 1].lower_ != DEFINITE_ARTICLES[token.text]
            or not (token.dep_ in SUBJECT_DEPS or (token.i > 1 and doc[token.i - 2].lower_ == "so"))
            or any(child.i > token.i and child.dep_ != "punct" for child in token.children)
        ):
            continue
        speaker = _spokesperson_before(doc, token, mentions, earlier, sentence_of)
        if speaker is not None:
            found.append(Reference(Span(doc, token.i - 1, token.i + 1), speaker.actor, speaker.span, None))
    return found


def _spokesperson_before(doc: Doc, token: Token, mentions: list, earlier: list, sentence_of: list[int]):
    """The actor of the nearest earlier spokesperson of the same word in the sentences just before
    `token` (its own sentence included), with the mention that names it: the one read for them
    (`earlier`), one that holds the word ("Sprecherin Hua Chunying") or one that hangs under it ("des
    Außenministeriums", "von Generalsekretär Guterres"); None if the nearest has none."""
    for before in reversed(doc[: token.i - 1]):
        if sentence_of[token.i] - sentence_of[before.i] > PRONOUN_SENTENCE_WINDOW:
            return None
        if before.text != token.text:
            continue
        read = next((r for r in earlier if r.span.start <= before.i < r.span.end), None)
        if read is not None:
            return StateClue(read.antecedent, read.actor)
        owned = [
            m
            for m in mentions
            if m.actor is not None
            and (m.actor.country or m.actor.actor_code)
            and (m.span.start <= before.i < m.span.end or m.span.root.head.i == before.i)
        ]
        return min(owned, key=lambda m: abs(m.span.start - before.i), default=None)
    return None


def _acting_before(i: int, mentions: list, sentence_of: list[int]):
    """The nearest actor with a state or organisation that is a subject in the sentences just before i."""
    sentence = sentence_of[i]
    acting = [
        m
        for m in mentions
        if 0 < sentence - sentence_of[m.span.start] <= SPOKESPERSON_SENTENCE_WINDOW
        and m.actor is not None
        and (m.actor.country or m.actor.actor_code)
        and m.span.root.dep_ in SUBJECT_DEPS
    ]
    return max(acting, key=lambda m: m.span.end, default=None)


def _genitive(token) -> bool:
    """A noun phrase attached without a preposition: "des Ministeriums", not "in Peking"."""
    return token.dep_ == "nmod" and not any(child.dep_ == "case" for child in token.children)
