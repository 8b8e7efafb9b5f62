"""Conflicts and lost connections are retried where they may be, by the middle tier and by the client; what cannot be
retried is named for what it is (busy, unavailable, outcome unknown), never "unexpected server error".

Faults are injected into a middle tier of its own (its engine's dialect), on the test database, through real RPyC.
"""
from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, select

from client.connection import Endpoint, open_connection
from client.rpc import _Worker
from data_tier.system import Role, User
from middle_tier.contract import E_BUSY, E_DB_UNAVAILABLE, E_OUTCOME_UNKNOWN, LoginResult, Page
from middle_tier.contract.system import UserRecord
from middle_tier.core import retry
from middle_tier.health import start_health_server
from tests.conftest import ENV_TEST_DB, middle_tier_on, new_request_id, remote_error, unique

CONFLICT = (1213, "Deadlock found when trying to get lock; try restarting transaction")
LOST = (2013, "Lost connection to MySQL server during query")
GONE = (2003, "Can't connect to MySQL server on '10.0.0.9' (111)")
ON_MARIADB = os.environ.get(ENV_TEST_DB, "").startswith("mysql")


@contextmanager
def failing(engine: Engine, statement: str, error: tuple[int, str], times: int) -> Iterator[dict[str, int]]:
    """The first `times` statements of this engine that start with `statement` fail with the driver's
    OperationalError(error); yields the count of failures raised."""
    dialect = engine.dialect
    original = dialect.do_execute
    raised = {"n": 0}

    def do_execute(cursor: Any, sql: str, parameters: Any, context: Any = None) -> None:
        if sql.lstrip().upper().startswith(statement.upper()) and raised["n"] < times:
            raised["n"] += 1
            raise dialect.loaded_dbapi.OperationalError(*error)
        original(cursor, sql, parameters, context)

    dialect.do_execute = do_execute  # type: ignore[method-assign]
    try:
        yield raised
    finally:
        del dialect.do_execute


@contextmanager
def failing_commit(engine: Engine, error: tuple[int, str], *, after_commit: bool) -> Iterator[dict[str, int]]:
    """The next COMMIT fails with `error`: rolled back (a Galera certification failure) or after it was made (a
    connection lost while the answer was on its way)."""
    dialect = engine.dialect
    original = dialect.do_commit
    raised = {"n": 0}

    def do_commit(dbapi_connection: Any) -> None:
        if raised["n"]:
            return original(dbapi_connection)
        raised["n"] += 1
        if after_commit:
            original(dbapi_connection)
        else:
            dialect.do_rollback(dbapi_connection)
        raise dialect.loaded_dbapi.OperationalError(*error)

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    try:
        yield raised
    finally:
        del dialect.do_commit


@pytest.fixture
def own_tier(db_url: str, engine: Engine) -> Iterator[tuple[Any, Engine]]:
    """A middle tier of its own on the test database (set up by `engine`), faults injected into its engine."""
    with middle_tier_on(db_url) as (srv, own):
        yield srv, own


def _admin(srv: Any) -> Any:
    return open_connection(Endpoint("127.0.0.1", srv.port, timeout=60)).root.login("admin", "demo1234")


def test_a_login_that_meets_conflicts_runs_again_and_succeeds(own_tier):
    srv, engine = own_tier
    with failing(engine, "INSERT INTO login_session", CONFLICT, times=3) as raised:
        session = _admin(srv)
    assert raised["n"] == 3
    assert LoginResult.from_wire(session.info()).username == "admin"


def test_a_verb_that_keeps_conflicting_answers_busy_and_changes_nothing(own_tier, engine):
    srv, own = own_tier
    session = _admin(srv)
    code = unique("busy")
    with failing(own, "INSERT INTO role", CONFLICT, times=1000) as raised:
        err = remote_error(session.system.create_role, code=code, name="Never made", permissions=())
    assert err.code == E_BUSY and err.ref and "nothing was changed" in err.message
    assert raised["n"] == retry.MAX_CONFLICT_RETRIES + 1
    with engine.connect() as conn:
        assert conn.scalar(select(Role.id).where(Role.code == code)) is None


def test_a_conflict_at_commit_runs_the_whole_verb_again_once(own_tier, engine):
    """Galera reports a certification failure at COMMIT: the transaction is gone, the verb runs again."""
    srv, own = own_tier
    session = _admin(srv)
    code = unique("certif")
    with failing_commit(own, CONFLICT, after_commit=False) as raised:
        session.system.create_role(code=code, name="Made once", permissions=())
    assert raised["n"] == 1
    with engine.connect() as conn:
        assert len(conn.scalars(select(Role.id).where(Role.code == code)).all()) == 1


def test_a_connection_lost_during_the_commit_is_an_unknown_outcome_that_the_request_id_settles(own_tier, engine):
    srv, own = own_tier
    session = _admin(srv)
    username, request_id = unique("unk"), new_request_id()

    def create() -> Any:
        return session.system.create_user(username=username, display_name="Outcome unknown",
                                          password="Unknown-outcome-42", roles=(), request_id=request_id)

    with failing_commit(own, LOST, after_commit=True):
        err = remote_error(create)
    assert err.code == E_OUTCOME_UNKNOWN and err.ref == request_id and request_id in err.message
    again = UserRecord.from_wire(create())          # the same request id: the first result, nothing doubled
    assert again.username == username
    with engine.connect() as conn:
        assert len(conn.scalars(select(User.id).where(User.username == username)).all()) == 1


def test_a_read_whose_commit_loses_the_connection_is_unavailable_not_unknown(own_tier):
    srv, own = own_tier
    session = _admin(srv)
    with failing_commit(own, LOST, after_commit=True):
        err = remote_error(session.system.list_users, page_size=1)
    assert err.code == E_DB_UNAVAILABLE


@pytest.mark.skipif(not ON_MARIADB, reason="MariaDB's error codes: a node that stops serving")
def test_a_node_that_stops_serving_mid_verb_is_left_for_a_fresh_connection(own_tier):
    """1047 (WSREP not ready) under a statement: the pool is invalidated and the verb runs once more on a fresh
    connection (which, with several nodes, goes to one that serves)."""
    srv, own = own_tier
    session = _admin(srv)
    with failing(own, "SELECT app_user", (1047, "WSREP has not yet prepared node for application use"),
                 times=1) as raised:
        users = Page.from_wire(session.system.list_users(page_size=2)).records(UserRecord)
    assert raised["n"] == 1 and users


@pytest.mark.skipif(not ON_MARIADB, reason="several MariaDB nodes")
def test_a_new_connection_takes_the_first_node_that_answers(engine):
    url = engine.url
    nodes = ["127.0.0.1:1", f"{url.host or '127.0.0.1'}:{url.port or 3306}"]    # the first refuses
    with middle_tier_on(url.render_as_string(hide_password=False), hosts=nodes) as (srv, _own):
        assert LoginResult.from_wire(_admin(srv).info()).username == "admin"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_the_readiness_check_is_green_only_while_the_database_answers(engine):
    from data_tier.engine import make_engine

    nowhere = make_engine("mysql+pymysql://root@127.0.0.1:1/nowhere")
    up = start_health_server([engine], "127.0.0.1", 0)
    down = start_health_server([nowhere], "127.0.0.1", 0)
    try:
        status, body = _get(f"http://127.0.0.1:{up.server_address[1]}/ready")
        assert status == 200 and body.startswith("ready")
        status, body = _get(f"http://127.0.0.1:{down.server_address[1]}/ready")
        assert status == 503 and "database unavailable" in body
        assert _get(f"http://127.0.0.1:{down.server_address[1]}/live")[0] == 200
        both = start_health_server([engine, nowhere], "127.0.0.1", 0)   # single-writer: readers and writer
        try:
            assert _get(f"http://127.0.0.1:{both.server_address[1]}/ready")[0] == 503
        finally:
            both.shutdown()
    finally:
        up.shutdown()
        down.shutdown()
        nowhere.dispose()


# ---- the client repeats what it may --------------------------------------------------------------------------

@pytest.fixture
def worker(own_tier: tuple[Any, Engine]) -> Iterator[Callable[[str, dict], Any]]:
    srv, _own = own_tier
    w = _Worker(Endpoint("127.0.0.1", srv.port, timeout=60), "en")
    w._dispatch("root.login", {"username": "admin", "password": "demo1234"})
    yield w._dispatch
    w.close()


def test_the_client_repeats_a_read_that_found_the_records_busy(own_tier, worker):
    _srv, own = own_tier
    with failing(own, "SELECT app_user", CONFLICT, times=retry.MAX_CONFLICT_RETRIES + 2) as raised:
        page = Page.from_wire(worker("system.list_users", {"page_size": 2}))
    assert page.rows and raised["n"] == retry.MAX_CONFLICT_RETRIES + 2    # the first call answered busy


def test_the_client_repeats_an_idempotent_write_but_not_another_write_when_the_database_is_away(own_tier, worker,
                                                                                                 engine):
    _srv, own = own_tier
    username = unique("again")
    with failing(own, "INSERT INTO app_user", GONE, times=2):
        made = UserRecord.from_wire(worker("system.create_user", {
            "username": username, "display_name": "Made after a retry", "password": "Made-after-retry-42",
            "roles": (), "request_id": new_request_id()}))
    assert made.username == username
    code = unique("away")
    with failing(own, "INSERT INTO role", GONE, times=1000) as raised:
        with pytest.raises(Exception) as refused:
            worker("system.create_role", {"code": code, "name": "Not repeated", "permissions": ()})
    from middle_tier.contract import error_from_remote
    assert error_from_remote(refused.value).code == E_DB_UNAVAILABLE
    assert raised["n"] <= 2     # the middle tier's own retry on a fresh connection (MariaDB), no more
    with engine.connect() as conn:
        assert conn.scalar(select(Role.id).where(Role.code == code)) is None
