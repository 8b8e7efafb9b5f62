"""Shared fixtures: a fresh database (SQLite by default, MariaDB with EMPORIUM_TEST_DB_URL), a real
middle tier on 127.0.0.1 in this process, and real RPyC connections to it."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import rpyc
from sqlalchemy import Engine, MetaData, make_url, text

import data_tier.models  # noqa: F401  (every table on Base.metadata, for the fingerprint)
from client.connection import Endpoint, open_connection
from data_tier.base import Base
from data_tier.engine import make_engine, make_session_factory
from data_tier.migrate import upgrade
from middle_tier.demo import DEMO_PASSWORD, seed_demo
from middle_tier.server import build_server

ENV_TEST_DB = "EMPORIUM_TEST_DB_URL"


def _reset_database(engine: Engine) -> None:
    """Drop every table (MariaDB: the shared `test` database) so the migrations start from nothing."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        if engine.dialect.name in ("mysql", "mariadb"):
            conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
            for table in meta.sorted_tables:
                conn.execute(text(f"DROP TABLE IF EXISTS `{table.name}`"))
            conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
        else:
            meta.drop_all(conn)


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return os.environ.get(ENV_TEST_DB) or f"sqlite:///{tmp_path_factory.mktemp('db') / 'emporium-test.db'}"


@pytest.fixture(scope="session")
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    _reset_database(eng)
    upgrade(eng)
    with make_session_factory(eng).begin() as s:
        seed_demo(s, progress=lambda _line: None)
    yield eng
    eng.dispose()


@contextmanager
def scratch_database(db_url: str, sqlite_file: Path) -> Iterator[Engine]:
    """An empty database of the kind the tests run on, beside the shared one: a SQLite file, or on MariaDB a
    database `<test database>_scratch` created on the same server and dropped afterwards."""
    if not db_url.startswith("mysql"):
        eng = make_engine(f"sqlite:///{sqlite_file}")
        yield eng
        eng.dispose()
        return
    url = make_url(db_url)
    name = f"{url.database}_scratch"
    server_engine = make_engine(url.set(database=url.database).render_as_string(hide_password=False))
    with server_engine.begin() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    eng = make_engine(url.set(database=name).render_as_string(hide_password=False))
    yield eng
    eng.dispose()
    with server_engine.begin() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
    server_engine.dispose()


@pytest.fixture
def scratch_engine(db_url: str, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of the kind the tests run on, for one test (scratch_database)."""
    with scratch_database(db_url, tmp_path / "scratch.db") as eng:
        yield eng


@pytest.fixture(scope="session")
def server(engine: Engine) -> Iterator[Any]:
    srv = build_server(engine, host="127.0.0.1", port=0)
    t = threading.Thread(target=srv.start, daemon=True, name="middle-tier")
    t.start()
    deadline = time.monotonic() + 10
    while not srv.active and time.monotonic() < deadline:
        time.sleep(0.01)
    yield srv
    srv.close()
    t.join(5)


@contextmanager
def middle_tier_on(url: str, **engine_options: Any) -> Iterator[Any]:
    """A middle tier of its own on `url` (make_engine's options), and its engine: (server, engine)."""
    engine = make_engine(url, **engine_options)
    srv = build_server(engine, host="127.0.0.1", port=0)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)
    try:
        yield srv, engine
    finally:
        srv.close()
        engine.dispose()


@pytest.fixture(scope="session")
def endpoint(server: Any) -> Endpoint:
    return Endpoint("127.0.0.1", server.port, timeout=60)


@pytest.fixture
def connect(endpoint: Endpoint) -> Iterator[Callable[[], rpyc.Connection]]:
    """Open real RPyC connections; all are closed after the test."""
    opened: list[rpyc.Connection] = []

    def _open() -> rpyc.Connection:
        conn = open_connection(endpoint)
        opened.append(conn)
        return conn

    yield _open
    for c in opened:
        try:
            c.close()
        except Exception:
            pass


@pytest.fixture
def login(connect: Callable[[], rpyc.Connection]) -> Callable[..., Any]:
    """login("admin") -> the session object of a fresh connection."""

    def _login(username: str, password: str = DEMO_PASSWORD) -> Any:
        return connect().root.login(username, password)

    return _login


@pytest.fixture
def admin(login: Callable[..., Any]) -> Any:
    return login("admin")


def ready_user(admin: Any, connect: Callable[[], rpyc.Connection], *, roles: tuple[str, ...] = (),
               password: str = "ready-pass-1", username: str = "") -> tuple[str, str]:
    """A user an administrator created who has changed the initial password (until then the middle tier refuses
    every verb but changing it): (user name, password)."""
    username = username or unique("u")
    admin.system.create_user(username=username, display_name="Ready user", password=password + "-initial",
                             roles=roles, request_id=new_request_id())
    session = connect().root.login(username, password + "-initial")
    session.change_password(old_password=password + "-initial", new_password=password)
    return username, password


@contextmanager
def logged_in(endpoint: Endpoint, n: int, username: str = "admin",
              password: str = DEMO_PASSWORD) -> Iterator[list[Any]]:
    """`n` logins of one user, each on a connection of its own (closed afterwards): clients working at once."""
    conns = [open_connection(endpoint) for _ in range(n)]
    try:
        yield [c.root.login(username, password) for c in conns]
    finally:
        for c in conns:
            c.close()


def race(sessions: list[Any], call: Callable[[Any], Any]) -> list[tuple[str, Any]]:
    """`call(session)` from every session at once (a barrier lets them go together), in the sessions' order:
    ("ok", result) or ("err", the error code)."""
    from concurrent.futures import ThreadPoolExecutor

    from middle_tier.contract import error_from_remote

    barrier = threading.Barrier(len(sessions))

    def one(session: Any) -> tuple[str, Any]:
        barrier.wait()
        try:
            return ("ok", call(session))
        except Exception as e:
            return ("err", error_from_remote(e).code)

    with ThreadPoolExecutor(len(sessions)) as pool:
        return list(pool.map(one, sessions))


def new_request_id() -> str:
    return uuid.uuid4().hex


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def db_fingerprint(engine: Engine) -> dict[str, str]:
    """A digest of every row of every table, to prove that a refused call changed nothing."""
    out = {}
    with engine.connect() as conn:
        if engine.dialect.name in ("mysql", "mariadb"):
            # the server checksums every row itself: far cheaper than carrying every table to the client
            names = ", ".join(f"`{t.name}`" for t in Base.metadata.sorted_tables)
            return {name.split(".")[-1]: str(value) for name, value in conn.execute(text(f"CHECKSUM TABLE {names}"))}
        for table in Base.metadata.sorted_tables:     # raw driver rows: no type conversion per value
            order = ", ".join(f'"{c.name}"' for c in (list(table.primary_key.columns) or list(table.columns)))
            rows = conn.exec_driver_sql(f'SELECT * FROM "{table.name}" ORDER BY {order}').fetchall()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


@pytest.fixture
def unchanged(engine: Engine) -> Callable[[], Any]:
    """with unchanged(): ... asserts the database is the same after the block."""

    @contextmanager
    def _block() -> Iterator[None]:
        before = db_fingerprint(engine)
        yield
        after = db_fingerprint(engine)
        changed = [t for t in before if before[t] != after.get(t)]
        assert not changed, f"tables changed by a refused call: {changed}"

    return _block


def remote_error(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call and return the domain error raised (code, message, field), failing if none came."""
    from middle_tier.contract import error_from_remote

    try:
        fn(*args, **kwargs)
    except Exception as e:
        return error_from_remote(e)
    raise AssertionError(f"{fn} did not raise")
