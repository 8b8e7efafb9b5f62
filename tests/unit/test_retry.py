"""The retry policy's pauses and the database node list."""
from __future__ import annotations

import pytest

from data_tier.engine import parse_hosts
from middle_tier.core import retry


def test_pauses_double_up_to_a_ceiling_and_are_jittered_within_its_upper_half():
    for n in range(retry.MAX_CONFLICT_RETRIES):
        ceiling = min(retry.MAX_PAUSE, retry.FIRST_PAUSE * 2 ** n)
        waits = {retry.pause(n) for _ in range(200)}
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(waits) > 100          # jittered: clients that collided do not collide again in step
    worst = sum(min(retry.MAX_PAUSE, retry.FIRST_PAUSE * 2 ** n) for n in range(retry.MAX_CONFLICT_RETRIES))
    assert worst < 2.0                   # far below the client's 30 s


def test_database_nodes_are_host_and_port_in_order():
    assert parse_hosts("db1:3311, db2 ,[::1]:3306") == [("db1", 3311), ("db2", 3306), ("[::1]", 3306)]
    assert parse_hosts(["db1:1", ("db2", 2)]) == [("db1", 1), ("db2", 2)]
    assert parse_hosts("") == []
    for bad in ("db1:port", ":3306"):
        with pytest.raises(ValueError):
            parse_hosts(bad)
