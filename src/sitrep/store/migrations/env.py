"""Alembic environment: runs on the connection that sitrep hands over."""

from alembic import context

from sitrep.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - sitrep always passes a connection
    raise RuntimeError("run migrations through sitrep.store.sql.migrate()")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
