"""Small SVG charts rendered on the server, so the dashboard needs no chart library or network."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 720, 220, 32


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class MonthlyChart:
    bars: list[Bar]
    labels: list[tuple[float, str]]
    max_value: int
    width: int = WIDTH
    height: int = HEIGHT


def monthly_chart(months: list[dict]) -> MonthlyChart:
    """Side-by-side cooperation and conflict bars per month."""
    if not months:
        return MonthlyChart([], [], 0)
    top = max(max(m["cooperation"] or 0, m["conflict"] or 0) for m in months) or 1
    slot = (WIDTH - 2 * PAD) / len(months)
    bar = max(slot / 2 - 2, 1)
    bars, labels = [], []
    for i, month in enumerate(months):
        x = PAD + i * slot
        for offset, series in ((0, "cooperation"), (bar + 1, "conflict")):
            value = month[series] or 0
            height = (HEIGHT - 2 * PAD) * value / top
            bars.append(
                Bar(
                    x + offset,
                    HEIGHT - PAD - height,
                    bar,
                    height,
                    series,
                    f"{month['month']}: {value} {series}",
                )
            )
        if len(months) <= 24 or i % max(len(months) // 12, 1) == 0:
            labels.append((x + slot / 2, month["month"]))
    return MonthlyChart(bars, labels, top)
