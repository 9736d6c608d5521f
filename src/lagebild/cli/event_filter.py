"""The event filter options shared by `lagebild query events` and `lagebild export`."""

from __future__ import annotations

import functools
import math

import click

from lagebild.cli.options import since_option, until_option
from lagebild.records import Modality
from lagebild.store.queries import COUNTED_MODALITIES, EventFilter

MODALITIES = Modality.__args__


def event_filter_options(command):
    """Add the filter options to a command, which then receives one `flt: EventFilter` for them."""

    @click.option("--actor", help="Actor code (prefix), ISO country, KB id or name, as source or target.")
    @click.option("--dyad", help="Two actors, comma-separated: RUS,NATO.")
    @click.option("--directed", is_flag=True, help="With --dyad: only first → second.")
    @click.option("--code", help="CAMEO code or prefix, e.g. 172.")
    @click.option("--root", help="CAMEO root, 01-20.")
    @click.option("--quad", "quad_class", type=click.IntRange(1, 4), help="Quad class 1-4.")
    @click.option(
        "--modality", "modalities", multiple=True, type=click.Choice([*MODALITIES, "all"]),
        help="Factuality to include (repeatable); default asserted only.",
    )  # fmt: skip
    @click.option(
        "--min-confidence", type=click.FloatRange(0, 1), default=0.0, callback=_not_nan,
        help="Only events whose coder confidence is at least this (0-1); default 0 keeps all.",
    )  # fmt: skip
    @since_option
    @until_option
    @functools.wraps(command)
    def with_filter(
        *args,
        actor,
        dyad,
        directed,
        code,
        root,
        quad_class,
        modalities,
        min_confidence,
        since,
        until,
        **kwargs,
    ):
        flt = EventFilter(
            actor=actor, dyad=_dyad(dyad), directed=directed, code=code, root=root, quad_class=quad_class,
            modalities=MODALITIES if "all" in modalities else (tuple(modalities) or COUNTED_MODALITIES),
            since=since, until=until, min_confidence=min_confidence,
        )  # fmt: skip
        return command(*args, flt=flt, **kwargs)

    return with_filter


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise click.BadParameter("give two actors separated by a comma", param_hint="--dyad")
    return parts[0], parts[1]


def _not_nan(ctx, param, value: float) -> float:
    # click's FloatRange lets "nan" through: it compares false to both bounds
    if math.isnan(value):
        raise click.BadParameter("must be a number from 0 to 1", ctx=ctx, param=param)
    return value
