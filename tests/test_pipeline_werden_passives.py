"""A passive the parser read as an active clause is labelled a passive (`pipeline.werden_passives`): the one
who suffers the act is its target, never its source. Sentences of our own."""

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events


def test_a_verb_final_passive_with_wuerde_makes_the_arrested_the_target():
    events = coded_events(
        "Ob Netanjahu bei seinem Besuch in Budapest festgenommen würde, ließ die ungarische Regierung offen.",
        "2025-03-01",
        keep_implausible=True,
    )
    arrests = [(source, target) for code, source, target, _ in events if code == "173"]
    assert arrests == [("HUN", "ISR")]


def test_the_uninvited_of_a_state_passive_is_no_inviter():
    events = coded_events(
        "Syrien war zu dem Gipfel in Algier nicht eingeladen.", "2025-03-01", keep_implausible=True
    )
    assert not any(code.startswith("03") and source == "SYR" for code, source, _, _ in events)


def test_the_participle_sharing_a_worden_is_passive_and_a_future_stays_active():
    nlp = get_pipeline("de")
    doc = nlp("Er war am Flughafen festgenommen und später verurteilt worden.")
    arrested = next(t for t in doc if t.text == "festgenommen")
    assert [c.dep_ for c in arrested.children if c.text in ("Er", "war")] == ["nsubj:pass", "aux:pass"]
    doc = nlp("Israel wird morgen 150 Häftlinge entlassen.")
    assert not any(t.dep_ == "nsubj:pass" for t in doc)
