"""Storage: documents and their extractions behind one interface (SQLite now, PostgreSQL next)."""

from .base import Feed, IncidentFilter, Rejection, SourceRecord, Store
from .sql import SQLStore, default_db_path, open_store

__all__ = ["Feed", "IncidentFilter", "Rejection", "SQLStore", "SourceRecord", "Store", "default_db_path", "open_store"]
