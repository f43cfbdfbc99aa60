"""Storage: documents and their extractions behind one interface (SQLite now, PostgreSQL next)."""

from .base import IncidentFilter, Store
from .sql import SQLStore, default_db_path, open_store

__all__ = ["IncidentFilter", "SQLStore", "Store", "default_db_path", "open_store"]
