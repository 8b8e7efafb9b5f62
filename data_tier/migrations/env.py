"""Alembic environment: runs against the engine handed over by data_tier.migrate."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.schema import SchemaItem

import data_tier.models  # noqa: F401  (every table on Base.metadata)
from data_tier.base import Base
from data_tier.search import is_fulltext_object

target_metadata = Base.metadata
config = context.config


def include_object(obj: SchemaItem, name: str | None, type_: str, reflected: bool,
                   compare_to: SchemaItem | None) -> bool:
    """Leave the per-database full-text objects (migration 0003) out of autogenerate."""
    return not is_fulltext_object(name, type_)


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from data_tier.engine import resolve_db_url

        engine = create_engine(resolve_db_url(config.get_main_option("sqlalchemy.url")))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            include_object=include_object,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run `emporium-admin db upgrade`")
run_migrations_online()
