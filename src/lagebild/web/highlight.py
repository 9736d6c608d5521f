"""An article's text cut into segments, each carrying the records that cover it, for highlighting."""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.records import Analysis


@dataclass(frozen=True)
class Annotation:
    id: str
    kind: str  # entity, time, quote, event
    css: str
    title: str


@dataclass
class Segment:
    text: str
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(a.css for a in self.annotations))

    @property
    def title(self) -> str:
        return " | ".join(a.title for a in self.annotations)

    @property
    def ids(self) -> str:
        return " ".join(a.id for a in self.annotations)


def annotations_of(analysis: Analysis) -> list[tuple[int, int, Annotation]]:
    spans = []
    for entity in analysis.entities:
        codes = ", ".join(filter(None, [entity.actor_code, entity.country, entity.kb_id]))
        title = f"{entity.type} {entity.name}" + (f" [{codes}]" if codes else "")
        for mention in entity.mentions:
            spans.append(
                (mention.start, mention.end, Annotation(entity.id, "entity", f"ent ent-{entity.type}", title))
            )
    for n, timex in enumerate(analysis.timexes, start=1):
        spans.append(
            (timex.start, timex.end, Annotation(f"t{n}", "time", "timex", f"TIME {timex.type} {timex.value}"))
        )
    for n, quote in enumerate(analysis.quotes, start=1):
        title = f"QUOTE ({quote.kind}) {quote.speaker_name or '?'}" + (
            f", cue: {quote.cue}" if quote.cue else ""
        )
        spans.append((quote.start, quote.end, Annotation(f"q{n}", "quote", "quote", title)))
    for event in analysis.events:
        source = event.source.name if event.source else "?"
        target = event.target.name if event.target else "–"
        title = f"EVENT {event.code} {event.label}: {source} → {target} ({event.modality})"
        css = f"event event-{event.modality} quad-{event.quad_class}"
        spans.append((event.evidence.start, event.evidence.end, Annotation(event.id, "event", css, title)))
    return spans


def segments(analysis: Analysis) -> list[Segment]:
    text = analysis.article.text
    spans = [(s, e, a) for s, e, a in annotations_of(analysis) if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [a for s, e, a in spans if s <= start and end <= e]
        out.append(Segment(text[start:end], covering))
    return out
