"""Options shared by several commands."""

from __future__ import annotations

import click

from lagebild.ingest import DEFAULT_MAX_BYTES
from lagebild.records import is_iso_date
from lagebild.store import DEFAULT_DB_URL

db_option = click.option(
    "--db", "db_url", default=DEFAULT_DB_URL, show_default=True, envvar="LAGEBILD_DB",
    help="SQLAlchemy database URL (sqlite:///file.db, postgresql+psycopg://user@host/db).",
)  # fmt: skip
max_bytes_option = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Largest article (file or JSON line) accepted; larger ones are reported and skipped.",
)  # fmt: skip
model_option = click.option(
    "--model", default=None,
    help="Use this installed spaCy pipeline (e.g. de_core_news_lg) or model folder for German.",
)  # fmt: skip


def _check_date(_ctx, _param, value: str | None) -> str | None:
    if value is not None and not is_iso_date(value):
        raise click.BadParameter("use a real ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    return value


since_option = click.option("--since", callback=_check_date, help="Earliest date, YYYY[-MM[-DD]].")
until_option = click.option("--until", callback=_check_date, help="Latest date, YYYY[-MM[-DD]].")
date_option = click.option(
    "--date",
    callback=_check_date,
    help="Article date (YYYY[-MM[-DD]]) for every input; overrides the file's.",
)
