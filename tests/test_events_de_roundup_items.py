"""A news roundup ("Peru: …", "Chile: …") reports one country per paragraph: a counterpart guessed
from the sentences before stays within the item; a ticker's time stamps separate no items."""

from lagebild import analyze


def _targets(text: str, source: str) -> set[str | None]:
    events = analyze(text, date="2026-11-20", lang="de").events
    return {
        e.target.actor_code[:3] if e.target is not None else None
        for e in events
        if e.source is not None and e.source.actor_code.startswith(source)
    }


ROUNDUP = (
    "Venezuela: Caracas warf Guyana vor, in der umstrittenen Region Öl zu fördern.\n\n"
    "Peru: Die Regierung in Lima kritisierte die Entscheidung scharf. Präsidentin Boluarte drohte mit"
    " Konsequenzen.\n\n"
    "Chile: Santiago sagte Argentinien Hilfe bei der Bekämpfung der Waldbrände zu. Buenos Aires dankte für"
    " die Unterstützung."
)


def test_no_counterpart_from_the_item_before():
    assert _targets(ROUNDUP, "PER") == {None}


def test_counterpart_within_the_item():
    assert _targets(ROUNDUP, "ARG") == {"CHL"}


def test_ticker_entries_follow_one_story():
    text = (
        "9:10 Uhr: Caracas warf Guyana vor, in der umstrittenen Region Öl zu fördern.\n\n"
        "9:45 Uhr: Die Regierung Guyanas drohte mit Konsequenzen."
    )
    assert _targets(text, "GUY") == {"VEN"}
