"""What the pipeline's components attach to a spaCy `Doc`: the contract between the stages.

A component writes these; `lagebild.pipeline.to_records` reads them. Registering them as spaCy
extensions lets users drop any of our components into their own pipelines.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

TIMEX_SPANS = "lagebild_timexes"
QUOTE_SPANS = "lagebild_quotes"
# Non-name references to actors (pronouns, role nouns such as "der Minister"): each span has
# `span._.actor` and `span._.antecedent`, the named entity span (in `doc.ents`) it refers to.
ACTOR_REF_SPANS = "lagebild_actor_refs"

# Which rule of the German coder's target cascade (`events.coder._source_target_pairs`) chose an
# event's target, `EventInfo.target_rule`. The names are also the confidence model's features
# ("target_rule=parse" in `events/confidence_de.json`): renaming one means retraining it. When the
# target ranker (`events.target_ranking`) replaces a target, it names the rule that describes where
# the new one was found (parse, nearby, counterpart, context, none).
TARGET_PARSED = "parse"  # read from the clause itself, not guessed
TARGET_NEARBY = "nearby"  # the fallback's guess, found in the sentence
TARGET_CONTEXT = "context"  # the fallback's guess from the sentences before, or a dispute at home
TARGET_FILLED = "filled"  # the state the text was just talking about
TARGET_COUNTERPART = "counterpart"  # the other side of the source's latest exchange (targets_remembered)
TARGET_HOME = "home"  # an arrest's own people
TARGET_PERSON = "person"  # a person the parse named who stands for no state
TARGET_DERIVED = "derived"  # a special construction before the cascade chose the pair
TARGET_NONE = "none"  # the event has no target


@dataclass(frozen=True)
class ActorRef:
    """The resolved actor behind an entity mention."""

    name: str
    kb_id: str | None = None
    country: str | None = None
    actor_code: str | None = None
    wikidata: str | None = None
    role: str | None = None

    @property
    def sector(self) -> str:
        """The sector part of the actor code ("GOV" of "RUSGOV"); empty where it has none ("PSE")."""
        return (self.actor_code or "")[3:6]


@dataclass(frozen=True)
class PlaceRef:
    """The geocoded place behind a location mention."""

    name: str
    lat: float
    lon: float
    country: str | None = None
    feature: str | None = None
    geonames: int | None = None


@dataclass(frozen=True)
class TimexInfo:
    type: str
    value: str | None
    mod: str | None = None


@dataclass(frozen=True)
class QuoteInfo:
    kind: str
    cue: Span | None = None
    speaker: Span | None = None
    # an unnamed spokesperson as written ("eine Sprecherin der Kommission") when `speaker` is the body
    # they speak for: the record names who spoke by this phrase and points to the body's entity
    spokesperson: Span | None = None


@dataclass(frozen=True)
class EventInfo:
    """One coded event: `trigger` is the word(s) that name it, `evidence` the span it was read from;
    `source`/`target` are entity spans (in `doc.ents`) or actor references (`ACTOR_REF_SPANS`)."""

    code: str
    modality: str
    trigger: Span
    evidence: Span
    confidence: float
    source: Span | None = None
    target: Span | None = None
    date: str | None = None
    place: Span | None = None
    # which rule chose the target (TARGET_PARSED … TARGET_NONE above): the confidence model's strongest
    # hint whether the target is right
    target_rule: str = TARGET_DERIVED


def aimed_at(event: EventInfo, target: Span | None, rule: str = TARGET_DERIVED, **changes) -> EventInfo:
    """`event` (with `changes`) aimed at `target`, with the rule that found it: the one it had for the
    same target, none for no target, else `rule`. A target set without its rule would stay recorded as
    none, which the target ranker (`events.target_ranking`) drops or replaces as if it were a guess."""
    if target is None:
        found_by = TARGET_NONE
    elif event.target is not None and span_offsets(target) == span_offsets(event.target):
        found_by = event.target_rule
    else:
        found_by = rule
    return replace(event, target=target, target_rule=found_by, **changes)


def span_offsets(span: Span | None) -> tuple[int, int] | None:
    """The token offsets of an event's source or target: a key that tells two sides apart where the
    spans themselves, made anew at every access, would not compare equal."""
    return (span.start, span.end) if span is not None else None


def in_quote(index: int, doc: Doc) -> bool:
    """Whether the token at `index` stands inside a quotation the quote stage found."""
    return any(q.start <= index < q.end for q in doc.spans.get(QUOTE_SPANS, []))


def _span_annotation(name: str) -> dict:
    """Getter and setter of a span annotation kept under the span's words *and* its id. spaCy keys
    span extensions by character offsets alone, so two spans over the same words (the coder's stand-ins
    for different states, `events.arguments.stand_in`) would share one value; an id tells them apart."""

    def key(span: Span) -> tuple:
        return ("lagebild", name, span.start_char, span.end_char, span.id)

    def get(span: Span):
        return span.doc.user_data.get(key(span))

    def set_(span: Span, value) -> None:
        span.doc.user_data[key(span)] = value

    return {"getter": get, "setter": set_}


def register_extensions() -> None:
    for name in ("article_date", "language", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("actor", "antecedent", "place", "timex", "quote"):
        if not Span.has_extension(name):
            Span.set_extension(name, **_span_annotation(name))


register_extensions()
