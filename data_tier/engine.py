"""Engine and session factory from one database URL."""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, PoolResetState

ENV_DB_URL = "EMPORIUM_DB_URL"
log = logging.getLogger("emporium.engine")


def data_dir() -> Path:
    """The user's data directory for Emporium (XDG on Linux, APPDATA on Windows)."""
    base = os.environ.get("XDG_DATA_HOME") or os.environ.get("APPDATA")
    root = Path(base) if base else Path.home() / ".local" / "share"
    return root / "emporium"


def default_db_url() -> str:
    """The embedded default: a SQLite file in the user's data directory."""
    return f"sqlite:///{data_dir() / 'emporium.db'}"


def resolve_db_url(url: str | None = None) -> str:
    """The URL given, else EMPORIUM_DB_URL, else the embedded SQLite default."""
    return url or os.environ.get(ENV_DB_URL) or default_db_url()


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str | None = None, *, pool_size: int = 10, max_overflow: int = 40,
                hosts: Sequence[str | tuple[str, int]] | str = (), causal_reads: bool = True) -> Engine:
    """Build the engine for a URL with the settings each backend needs.

    MariaDB/MySQL only: `hosts` ("host:port", in order of preference) are the nodes a new connection tries in turn
    instead of the URL's host, skipping a Galera node that is not Synced (fail-over; `cluster_hosts`). On a Galera
    node, `causal_reads` makes every statement of a session wait until the node has applied what the cluster
    committed before it (wsrep_sync_wait = 1): a read through one node sees a write made through another."""
    url = resolve_db_url(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        database = u.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if database and database != ":memory:":
            with engine.connect() as conn:  # WAL is a property of the file: set it once
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        # pysqlite's own transaction handling defers BEGIN; emit it ourselves so that a
        # read-then-write unit of work takes the write lock at its first write without deadlock
        # surprises, and SAVEPOINTs work (SQLAlchemy docs, "Serializable isolation / Savepoints").
        @event.listens_for(engine, "connect")
        def _no_pysqlite_tx(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # A writing unit of work takes the write lock up front: two deferred transactions that
            # both read and then write would otherwise fail with "database is locked" at once.
            write = conn.get_execution_options().get("emporium_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    if u.get_backend_name() in ("mysql", "mariadb"):
        if "charset" not in u.query:
            u = u.update_query_dict({"charset": "utf8mb4"})
        # A database that stops answering must not hang the middle tier's threads: bounded connect, read and write
        # (a URL's own ?read_timeout=... wins), and lock waits that end before the read timeout does.
        timeouts = {k: v for k, v in DB_TIMEOUTS.items() if k not in u.query}
        engine = create_engine(
            u,
            connect_args={**timeouts, "init_command": f"SET SESSION innodb_lock_wait_timeout = {LOCK_WAIT_SECONDS}"},
            pool_recycle=3600,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=20,
            pool_reset_on_return=None,     # _reset_unless_ended below
            isolation_level="READ COMMITTED",
        )
        _save_round_trips(engine)
        _galera_aware(engine, parse_hosts(hosts), causal_reads)
        return engine
    return create_engine(u, pool_pre_ping=True)


# Seconds. Below the client's own 30 s, so that the client hears "database unavailable" from the middle tier
# rather than "no answer from the server"; a handshake the database never answers ends at the read timeout.
DB_TIMEOUTS = {"connect_timeout": 5, "read_timeout": 20, "write_timeout": 20}
LOCK_WAIT_SECONDS = 15


# Every verb takes a pooled connection and gives it back. SQLAlchemy's defaults cost two round trips per verb
# on top of its statements: a ping at checkout (pool_pre_ping) and a ROLLBACK at checkin, also after the verb's
# COMMIT. On MariaDB both are spent only where needed: a connection idle for PING_AFTER seconds or more is pinged
# (a dead one is replaced: the pool's DisconnectionError protocol), and one whose last transaction ended with a
# COMMIT or ROLLBACK of its Connection since it was taken goes back as it is (anything else is rolled back).
PING_AFTER = 10.0


def _save_round_trips(engine: Engine) -> None:
    @event.listens_for(engine, "checkout")
    def _ping_when_idle(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry,
                        _proxy: PoolProxiedConnection) -> None:
        record.info["emporium_ended"] = False     # a driver connection used without a Connection is rolled back
        if time.monotonic() - record.info.get("emporium_checked_in", 0.0) >= PING_AFTER:
            try:
                dbapi_connection.ping(reconnect=False)
            except Exception as e:
                raise exc.DisconnectionError() from e

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry | None) -> None:
        if record is not None:
            record.info["emporium_checked_in"] = time.monotonic()

    @event.listens_for(engine, "begin")
    def _began(conn: Connection) -> None:
        conn.info["emporium_ended"] = False

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _ended(conn: Connection) -> None:
        if not conn.invalidated:    # a lost connection has no record to mark (and is not pooled again)
            conn.info["emporium_ended"] = True

    @event.listens_for(engine, "reset")
    def _reset_unless_ended(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry | None,
                            state: PoolResetState) -> None:
        if state.terminate_only or record is None:
            return
        if not record.info.get("emporium_ended", False):
            dbapi_connection.rollback()


# ---- Galera and several database nodes -----------------------------------------------------------------------
# Errors that say the node cannot serve now: WSREP not ready (1047), shutting down (1053, 1927), too many
# connections (1040), and the client's own can't-connect / gone-away / lost (2002-2055). They make SQLAlchemy treat
# the connection as lost (pymysql's dialect knows only some of them), which invalidates the pool: the next
# connection is a new one, and with several hosts it goes to a node that can serve.
UNAVAILABLE_CODES = frozenset({1040, 1047, 1053, 1927, 2002, 2003, 2005, 2006, 2013, 2026, 2055})
CLUSTER_READY = "Synced"


def parse_hosts(hosts: Sequence[str | tuple[str, int]] | str) -> list[tuple[str, int]]:
    """'h1:3306,h2' or ['h1:3306', 'h2'] -> [(h1, 3306), (h2, 3306)] (pairs are kept as they are)."""
    items = hosts.split(",") if isinstance(hosts, str) else list(hosts)
    found = []
    for item in items:
        if isinstance(item, tuple):
            found.append(item)
            continue
        item = item.strip()
        if not item:
            continue
        host, _, port = item.rpartition(":") if ":" in item else (item, "", "3306")
        if not host or not port.isdigit():
            raise ValueError(f"a database host is host or host:port, not {item!r}")
        found.append((host, int(port)))
    return found


def galera_state(dbapi_connection: Any) -> str | None:
    """None on a server that is not a Galera node; else the node's state ('Synced' when it may serve; 'Donor/
    Desynced', 'Joining', ... or 'not ready' otherwise)."""
    cur = dbapi_connection.cursor()
    try:
        cur.execute("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")
        row = cur.fetchone()
        if not row or str(row[1]).upper() != "ON":
            return None
        cur.execute("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')")
        status = {str(k).lower(): str(v) for k, v in cur.fetchall()}
    finally:
        cur.close()
    if status.get("wsrep_ready", "").upper() != "ON":
        return "not ready"
    return status.get("wsrep_local_state_comment", "not ready")


def _galera_aware(engine: Engine, hosts: list[tuple[str, int]], causal_reads: bool) -> None:
    @event.listens_for(engine, "handle_error")
    def _unavailable_is_a_lost_connection(context: Any) -> None:
        args = getattr(context.original_exception, "args", ())
        if args and isinstance(args[0], int) and args[0] in UNAVAILABLE_CODES:
            context.is_disconnect = True

    if hosts:
        @event.listens_for(engine, "do_connect")
        def _first_node_that_serves(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
            last: Exception | None = None
            for host, port in hosts:
                try:
                    conn = dialect.connect(*cargs, **{**cparams, "host": host, "port": port})
                except Exception as e:      # refused, silent, unknown host: the next node
                    log.info("database node %s:%s cannot be reached: %s", host, port, e)
                    last = e
                    continue
                try:
                    state = galera_state(conn)
                except Exception as e:      # e.g. 1047 while the node rejects queries
                    state, last = f"unusable ({e})", e
                if state is None or state == CLUSTER_READY:
                    record.info["galera_state"] = state       # asked already: the connect event need not ask again
                    return conn
                log.info("database node %s:%s is %s: trying the next one", host, port, state)
                conn.close()
            dbapi = dialect.loaded_dbapi
            if isinstance(last, dbapi.Error):
                raise last
            raise dbapi.OperationalError(1047, f"no database node can serve now ({last})")

    if causal_reads:
        @event.listens_for(engine, "connect")
        def _causal_reads(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
            state = record.info.pop("galera_state") if "galera_state" in record.info else galera_state(dbapi_connection)
            if state is not None:
                cur = dbapi_connection.cursor()
                cur.execute("SET SESSION wsrep_sync_wait = 1")
                cur.close()


def database_ready(engine: Engine) -> tuple[bool, str]:
    """Whether the engine's database answers now and, on Galera, its node is Synced: (ready, what was found)."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            if engine.dialect.name == "sqlite":
                return True, "ready"
            driver = conn.connection.dbapi_connection
            state = galera_state(driver)
            where = f"{getattr(driver, 'host', '')}:{getattr(driver, 'port', '')}"
    except Exception as e:
        return False, "database unavailable: " + " ".join(str(getattr(e, "orig", e)).split())[:200]
    if state is None or state == CLUSTER_READY:
        return True, f"ready ({where}{', Galera Synced' if state else ''})"
    return False, f"Galera node {where} is {state}"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, for building replies."""
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
