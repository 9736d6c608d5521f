"""Hand-made records for store and query tests: what later pipeline stages will produce."""

from __future__ import annotations

from lagebild.records import (
    Analysis,
    Article,
    Entity,
    Event,
    EventActor,
    EventPlace,
    Evidence,
    Mention,
    PipelineInfo,
    Quote,
    Sentence,
    Timex,
)  # fmt: skip

TEXT = (
    "Deutschland wies am Dienstag vier russische Diplomaten aus. "
    "„Das ist eine klare Antwort“, sagte Außenministerin Annalena Baerbock in Berlin. "
    "Moskau könnte die Botschaft schließen."
)


def _span(text: str, part: str, sentence: int = 0) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "sentence": sentence}


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        start = text.index(part, start)
        out.append(Sentence(index=i, start=start, end=start + len(part), text=part))
        start += len(part)
    return out


def expulsion_article(article_id: str = "art-1", date: str = "2022-04-05", text: str = TEXT) -> Analysis:
    sentences = _sentences(text)
    deu = Entity(id="e1", name="Deutschland", type="LOC", country="DEU", actor_code="DEU",
                 kb_id="DEU", wikidata="Q183", lat=51.0, lon=9.0,
                 mentions=[Mention(text="Deutschland", **_span(text, "Deutschland"))])  # fmt: skip
    rus = Entity(id="e2", name="Russland", type="LOC", country="RUS", actor_code="RUS", kb_id="RUS",
                 mentions=[Mention(text="russische", **_span(text, "russische")),
                           Mention(text="Moskau", **_span(text, "Moskau", 2))])  # fmt: skip
    baerbock = Entity(id="e3", name="Annalena Baerbock", type="PER", country="DEU",
                      actor_code="DEUGOV", kb_id="annalena-baerbock",
                      mentions=[Mention(text="Annalena Baerbock", **_span(text, "Annalena Baerbock", 1))])  # fmt: skip
    berlin = Entity(id="e4", name="Berlin", type="LOC", country="DEU", lat=52.52, lon=13.405,
                    mentions=[Mention(text="Berlin", **_span(text, "Berlin", 1))])  # fmt: skip
    first, third = sentences[0], sentences[2]
    expel = Event(
        id="v1", code="161", root="16", label="Reduce or break diplomatic relations", plover="SANCTION",
        goldstein=-4.0, quad_class=4,
        source=EventActor(entity="e1", name="Deutschland", actor_code="DEU", country="DEU"),
        target=EventActor(entity="e2", name="Russland", actor_code="RUS", country="RUS"),
        modality="asserted", date=date, place=EventPlace(entity="e4", name="Berlin", lat=52.52, lon=13.405),
        confidence=0.9,
        evidence=Evidence(sentence=0, text=first.text, start=first.start, end=first.end),
    )  # fmt: skip
    close = Event(
        id="v2", code="1246", root="12", label="Reject request to change policy", plover="REJECT",
        goldstein=-4.0, quad_class=4,
        source=EventActor(entity="e2", name="Russland", actor_code="RUS", country="RUS"),
        target=None, modality="hypothetical", date=date[:7], place=None, confidence=0.6,
        evidence=Evidence(sentence=2, text=third.text, start=third.start, end=third.end),
    )  # fmt: skip
    quote_text = "Das ist eine klare Antwort"
    return Analysis(
        article=Article(id=article_id, title="Ausweisung", date=date, language="de",
                        source="Agentur Demo", url=f"https://example.org/{article_id}", text=text),
        pipeline=PipelineInfo(name="lagebild-de", version="test", components=["lagebild_segmenter"]),
        sentences=sentences,
        entities=[deu, rus, baerbock, berlin],
        timexes=[Timex(text="am Dienstag", **_span(text, "am Dienstag"), type="DATE", value=date, mod="ON_OR_AFTER")],
        quotes=[Quote(kind="direct", text=quote_text, **_span(text, quote_text, 1), speaker="e3",
                      speaker_name="Annalena Baerbock", cue="sagte")],
        events=[expel, close],
    )  # fmt: skip
