from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event, func, inspect, make_url, select
from sqlalchemy.exc import IntegrityError

from lagebild.records import Analysis
from lagebild.store import schema
from lagebild.store.clusters import assign_clusters
from lagebild.store.dedup import find_duplicate
from lagebild.tabular import analysis_from_rows, rows_from_analysis

DEFAULT_DB_URL = os.environ.get("LAGEBILD_DB", "sqlite:///lagebild.db")


@dataclass(frozen=True)
class Store:
    engine: Engine

    def has_content(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(schema.articles.c.id).where(schema.articles.c.content_hash == content_hash)
            ).first()
        return found is not None

    def add(self, analysis: Analysis, content_hash: str) -> bool:
        """Store one article's records in one transaction; False if its content is stored already.

        Raises `ValueError` when the article id is taken by a different text.
        """
        rows = rows_from_analysis(analysis, content_hash)
        try:
            with self.engine.begin() as conn:
                duplicate_of, index_rows = find_duplicate(conn, analysis.article.id, analysis.article.text)
                rows["articles"][0]["duplicate_of"] = duplicate_of
                for table in (*schema.RECORD_TABLES, schema.article_signatures, schema.article_bands):
                    table_rows = rows.get(table.name) or index_rows.get(table.name)
                    if table_rows:
                        conn.execute(table.insert(), table_rows)
                assign_clusters(conn, rows["events"])
        except IntegrityError as err:
            if self.has_content(content_hash):
                return False
            if self._has_article(analysis.article.id):
                raise ValueError(
                    f"article id {analysis.article.id!r} is already stored with a different text"
                ) from None
            raise ValueError(f"cannot store the records: {str(err.orig).splitlines()[0]}") from None
        return True

    def _has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            query = select(schema.articles.c.id).where(schema.articles.c.id == article_id)
            return conn.execute(query).first() is not None

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored records of one article, as they were produced."""
        with self.engine.connect() as conn:
            tables = {}
            for table in schema.RECORD_TABLES:
                key = table.c.id if table is schema.articles else table.c.article_id
                tables[table.name] = [
                    row._asdict() for row in conn.execute(select(table).where(key == article_id))
                ]
        if not tables["articles"]:
            return None
        return analysis_from_rows(tables)

    def count(self, table_name: str = "articles") -> int:
        table = schema.metadata.tables[table_name]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()


def open_store(url: str = DEFAULT_DB_URL, readonly: bool = False) -> Store:
    """Open the database at a SQLAlchemy URL, creating its tables unless `readonly`; a read-only
    store refuses writes and a database without lagebild's tables."""
    backend = make_url(url).get_backend_name()
    options = (
        {"connect_args": {"options": "-c default_transaction_read_only=on"}}
        if readonly and backend == "postgresql"
        else {}
    )
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite_readonly if readonly else _tune_sqlite)
    if not readonly:
        schema.metadata.create_all(engine)
    elif not inspect(engine).has_table("articles"):
        engine.dispose()
        raise ValueError(f"no lagebild database at {url} (create one with lagebild ingest or lagebild demo)")
    return Store(engine)


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def _fold_case_like_postgres(dbapi_connection) -> None:
    # SQLite's lower() folds ASCII only, so a search for "ÜBER" would miss "über"; case-insensitive
    # searches compile to lower(x) LIKE lower(y), and this replaces lower() for this connection.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _tune_sqlite_readonly(dbapi_connection, _record) -> None:
    _fold_case_like_postgres(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _tune_sqlite(dbapi_connection, _record) -> None:
    _fold_case_like_postgres(dbapi_connection)
    cursor = dbapi_connection.cursor()
    # WAL lets readers (the web app) work while an ingest writes; NORMAL sync is crash-safe in WAL.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
