"""Alembic migrations: a new database reaches the models' schema, and down and up again."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import data_tier.models  # noqa: F401  (every table on Base.metadata)
from data_tier.base import Base
from data_tier.engine import make_engine
from data_tier.migrate import current_revision, downgrade, head_revision, is_current, upgrade
from data_tier.search import is_fulltext_object


def _not_fulltext(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not is_fulltext_object(name, type_)


def _schema_diffs(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _not_fulltext})
        return compare_metadata(context, Base.metadata)


def test_migrations_build_exactly_the_models_schema(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert current_revision(engine) is None
    upgrade(engine)
    assert is_current(engine) and current_revision(engine) == head_revision()
    assert _schema_diffs(engine) == []


def test_downgrade_to_nothing_and_upgrade_again(scratch_engine):
    """On the database kind of the run: MariaDB refuses to drop an index a foreign key needs before its table."""
    engine = scratch_engine
    upgrade(engine)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert "audit_log" in inspect(engine).get_table_names()


def test_the_test_database_is_at_head(engine):
    assert is_current(engine)
    assert _schema_diffs(engine) == []


def test_sqlite_default_turns_on_foreign_keys_and_wal(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
