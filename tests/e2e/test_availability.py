"""A database that is down, silent or drops connections is reported as such, and a lost connection is replaced."""
from __future__ import annotations

import os
import socket
import threading
import time

import pytest

from client.connection import Endpoint, open_connection
from middle_tier.contract import E_DB_UNAVAILABLE, LoginResult, Page
from middle_tier.contract.system import UserRecord
from tests.conftest import ENV_TEST_DB, middle_tier_on, remote_error, unique


def test_a_database_that_refuses_connections_is_unavailable_not_a_server_bug():
    with middle_tier_on("mysql+pymysql://root@127.0.0.1:1/nowhere") as (srv, _engine):
        err = remote_error(open_connection(Endpoint("127.0.0.1", srv.port)).root.login, "admin", "demo1234")
    assert err.code == E_DB_UNAVAILABLE and err.ref and "database" in err.message


def test_a_silent_database_does_not_hang_the_middle_tier():
    """A database host that accepts the connection and never answers: the middle tier gives up after its connect
    timeout and says the database is unavailable, instead of holding the call for minutes."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.extend(iter(lambda: silent.accept()[0], None)), daemon=True).start()
    try:
        with middle_tier_on(f"mysql+pymysql://root@127.0.0.1:{silent.getsockname()[1]}/silent") as (srv, _engine):
            started = time.monotonic()
            err = remote_error(open_connection(Endpoint("127.0.0.1", srv.port, timeout=60)).root.login, "admin",
                               "demo1234")
            took = time.monotonic() - started
    finally:
        silent.close()
        for s in held:
            s.close()
    assert err.code == E_DB_UNAVAILABLE and took < 29, (err, took)   # before the client's own 30 s


@pytest.mark.skipif(not os.environ.get(ENV_TEST_DB, "").startswith("mysql"), reason="kills MariaDB connections")
def test_a_killed_database_connection_is_replaced_and_the_verb_answers(engine):
    """The database drops the middle tier's pooled connections (a restart, a kill, a network cut): the next read
    and the next write each run again once on a fresh connection and answer."""
    from sqlalchemy import text

    def ids(conn) -> set[int]:  # type: ignore[no-untyped-def]
        return set(conn.execute(text("SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"))
                   .scalars())

    with engine.connect() as watcher:
        before = ids(watcher)
        with middle_tier_on(engine.url.render_as_string(hide_password=False)) as (srv, _own):
            session = open_connection(Endpoint("127.0.0.1", srv.port)).root.login("admin", "demo1234")
            assert Page.from_wire(session.system.list_users(page_size=1)).rows
            for pid in ids(watcher) - before:       # the connections the new middle tier opened
                watcher.execute(text(f"KILL {int(pid)}"))
            users = Page.from_wire(session.system.list_users(page_size=3)).records(UserRecord)   # a read
            assert users
            for pid in ids(watcher) - before:
                watcher.execute(text(f"KILL {int(pid)}"))
            role = unique("avail")
            session.system.create_role(code=role, name="After a lost connection", permissions=())  # a write
            assert LoginResult.from_wire(session.info()).username == "admin"
