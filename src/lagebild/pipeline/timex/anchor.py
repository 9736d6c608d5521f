"""The article date as the anchor of relative expressions, at the precision it was given.

A day anchor (`2021-10-18`) resolves "gestern" to a day. A month anchor (`2021-10`) does not say
which day the article appeared, so an expression is resolved against every day of that month: if
all give the same value, that value stands ("nächsten Monat" -> `2021-11`); otherwise the value is
coarsened to the anchor's precision, the month of the middle result, and marked `APPROX`
("am Dienstag" -> `2021-10`, mod `APPROX`). This never claims more precision than the anchor has.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from lagebild.pipeline.timex.dates import month_value, representative_day

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Anchor:
    first: date
    last: date
    precision: str  # "day", "month" or "year"

    @classmethod
    def parse(cls, text: str | None) -> Anchor | None:
        m = _ISO.match(text or "")
        if not m:
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            if day and month:
                d = date(year, month, day)
                return cls(d, d, "day")
            if month:
                last = _calendar.monthrange(year, month)[1]
                return cls(date(year, month, 1), date(year, month, last), "month")
            return cls(date(year, 1, 1), date(year, 12, 31), "year")
        except ValueError:
            return None  # not a calendar date ("2021-13"): no anchor rather than a wrong one

    @property
    def day(self) -> date | None:
        return self.first if self.precision == "day" else None

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def resolve(self, relative: Callable[[date], str]) -> tuple[str, bool]:
        """The value of `relative` at this anchor, and whether it had to be approximated."""
        values = [relative(d) for d in self.days()]
        if len(set(values)) == 1:
            return values[0], False
        days = sorted(d for d in map(representative_day, values) if d is not None)
        if not days:
            return values[len(values) // 2], True
        middle = days[len(days) // 2]
        coarse = [month_value(d) if self.precision == "month" else str(d.year) for d in days]
        value = month_value(middle) if self.precision == "month" else str(middle.year)
        return value, len(set(coarse)) > 1
