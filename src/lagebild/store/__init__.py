"""The database: SQLite embedded by default, any SQLAlchemy URL (PostgreSQL) too."""

from lagebild.store.database import DEFAULT_DB_URL, Store, open_store

__all__ = ["DEFAULT_DB_URL", "Store", "open_store"]
