"""Pooled connections: what one verb leaves on a connection never reaches the next (the MariaDB engine skips the
pool's ping and rollback where they are not needed, data_tier.engine._save_round_trips)."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import func, insert, select, text

from data_tier import engine as engine_module
from data_tier.catalog import SearchLog
from data_tier.engine import make_engine


def _row(tag: str) -> dict:
    return {"query": tag, "hits": 0, "channel": "pool-test", "username": ""}


def test_a_connection_goes_back_to_the_pool_without_an_open_transaction(db_url, engine, monkeypatch):
    one = make_engine(db_url, pool_size=1, max_overflow=0)     # every step below takes the same connection
    try:
        def count() -> int:
            with one.connect() as c:
                return c.scalar(select(func.count()).select_from(SearchLog).where(SearchLog.channel == "pool-test"))

        before = count()
        with pytest.raises(RuntimeError):      # a transaction abandoned by an error
            with one.connect() as c:
                c.execute(insert(SearchLog), _row("abandoned"))
                raise RuntimeError("the verb failed")
        raw = one.raw_connection()             # the driver's connection used without a Connection
        cur = raw.cursor()
        cur.execute("INSERT INTO search_log (at, query, hits, channel, username) "
                    "VALUES ('2026-01-01 00:00:00', 'raw', 0, 'pool-test', '')")
        cur.close()
        raw.close()
        with one.begin() as c:                  # committed work, on the same connection
            c.execute(insert(SearchLog), _row("committed"))
        assert count() == before + 1
        with one.connect() as c:
            assert set(c.scalars(select(SearchLog.query).where(SearchLog.channel == "pool-test"))) >= {"committed"}
            assert not set(c.scalars(select(SearchLog.query).where(SearchLog.channel == "pool-test"))) & {
                "abandoned", "raw"}
        # a connection idle for PING_AFTER is pinged before use: one the server dropped is replaced
        monkeypatch.setattr(engine_module, "PING_AFTER", 0.0)
        if one.dialect.name != "sqlite":
            with one.connect() as c:
                gone = c.scalar(text("SELECT CONNECTION_ID()"))
            with engine.connect() as other:
                other.execute(text(f"KILL {int(gone)}"))
            time.sleep(0.05)
        assert count() == before + 1
        if one.dialect.name != "sqlite":
            with one.connect() as c:
                assert c.scalar(text("SELECT CONNECTION_ID()")) != gone
    finally:
        one.dispose()
        with engine.begin() as c:
            c.execute(SearchLog.__table__.delete().where(SearchLog.channel == "pool-test"))
