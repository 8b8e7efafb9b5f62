"""`emporium-server`: the middle tier, an RPyC ThreadedServer with a locked-down protocol configuration."""
from __future__ import annotations

import argparse
import ctypes
import logging
import os
import signal
import socket
import ssl
import sys
import time
from typing import Any

from rpyc.utils.authenticators import SSLAuthenticator
from rpyc.utils.helpers import classpartial
from rpyc.utils.server import ThreadedServer
from sqlalchemy import Engine

from data_tier.engine import ENV_DB_URL, make_engine, make_session_factory, parse_hosts, resolve_db_url
from data_tier.migrate import current_revision, head_revision
from data_tier.search import engine_advice
from middle_tier import payments
from middle_tier.contract import DEFAULT_PORT
from middle_tier.health import start_health_server
from middle_tier.notify_http import start_notify_server
from middle_tier.service import RootService

log = logging.getLogger("emporium.server")

# Every security knob pinned, so that a change of rpyc's defaults cannot loosen them (RPYC.md 1.2).
SAFE_ATTRS = frozenset({"__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__doc__", "__dir__"})
SERVER_CONFIG: dict[str, Any] = {
    "allow_public_attrs": False,
    "allow_all_attrs": False,
    "allow_setattr": False,
    "allow_delattr": False,
    "allow_pickle": False,
    "allow_safe_attrs": True,
    "safe_attrs": set(SAFE_ATTRS),
    "import_custom_exceptions": False,
    "instantiate_custom_exceptions": False,
    "instantiate_oldstyle_exceptions": False,
    "include_local_traceback": False,
    "include_local_version": False,
    "propagate_SystemExit_locally": True,
    "propagate_KeyboardInterrupt_locally": True,
    "sync_request_timeout": 30,
}


class NoDelayThreadedServer(ThreadedServer):
    """ThreadedServer with TCP_NODELAY on every accepted socket (rpyc sets none; RPYC.md 2.5)."""

    def _accept_method(self, sock: socket.socket) -> None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        super()._accept_method(sock)


def server_config() -> dict[str, Any]:
    cfg = dict(SERVER_CONFIG)
    cfg["safe_attrs"] = set(SAFE_ATTRS)
    return cfg


def build_server(
    engine: Engine,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    certfile: str | None = None,
    keyfile: str | None = None,
    ca_certs: str | None = None,
    read_engine: Engine | None = None,
) -> NoDelayThreadedServer:
    """The server for one engine (and, in single-writer mode, a `read_engine` for the verbs that only read); TLS
    when a certificate and key are given (mutual TLS with `ca_certs`)."""
    authenticator = None
    if certfile or keyfile:
        if not (certfile and keyfile):
            raise SystemExit("TLS needs both --tls-cert and --tls-key")
        authenticator = SSLAuthenticator(keyfile, certfile, ca_certs=ca_certs,
                                         cert_reqs=ssl.CERT_REQUIRED if ca_certs else ssl.CERT_NONE)
    service = classpartial(RootService, make_session_factory(engine), engine.dialect.name,
                           make_session_factory(read_engine) if read_engine is not None else None)
    return NoDelayThreadedServer(service, hostname=host, port=port, authenticator=authenticator,
                                 protocol_config=server_config(), auto_register=False,
                                 logger=logging.getLogger("emporium.rpyc"))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="emporium-server",
        description="Run the Emporium middle tier (RPyC). Clients connect to HOST:PORT; the database is "
                    "reached only from here.",
        epilog=f"The database URL comes from --db or ${ENV_DB_URL}; without either, the embedded SQLite file "
               "in your data directory is used. Bring the schema up to date first with "
               "`emporium-admin db upgrade`. Example for production:\n"
               "  emporium-server --db 'mysql+pymysql://emporium:secret@db-host/emporium' --host 0.0.0.0 "
               "--tls-cert server.crt --tls-key server.key --workers 2",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    env = os.environ.get
    p.add_argument("--db", default=None, help=f"database URL (default: ${ENV_DB_URL} or the embedded SQLite file)")
    p.add_argument("--host", default=env("EMPORIUM_HOST", "127.0.0.1"),
                   help="interface to listen on (default 127.0.0.1; use 0.0.0.0 for all, with TLS)")
    p.add_argument("--port", type=int, default=int(env("EMPORIUM_PORT", str(DEFAULT_PORT))),
                   help=f"TCP port (default {DEFAULT_PORT})")
    p.add_argument("--tls-cert", default=env("EMPORIUM_TLS_CERT"), help="server certificate (PEM) to enable TLS")
    p.add_argument("--tls-key", default=env("EMPORIUM_TLS_KEY"), help="private key of the server certificate")
    p.add_argument("--tls-ca", default=env("EMPORIUM_TLS_CA"),
                   help="CA bundle: when given, workstations must present a certificate signed by it (mutual TLS)")
    p.add_argument("--workers", type=int, default=int(env("EMPORIUM_WORKERS", "1")),
                   help="worker processes sharing the port (default 1; one per core is sensible). Each "
                        "serves every connection on its own thread")
    p.add_argument("--max-restarts", type=int, default=int(env("EMPORIUM_MAX_RESTARTS", "5")),
                   help="with --workers: how many times a minute a dead worker is started again before the server "
                        "gives up and exits with status 1 (default 5)")
    p.add_argument("--pool-size", type=int, default=10, help="database connections kept open per worker")
    p.add_argument("--db-hosts", default=env("EMPORIUM_DB_HOSTS", ""),
                   help="MariaDB: database nodes (host:port,host:port,...) a new connection tries in this order, "
                        "instead of the URL's host; a Galera node that is not Synced is skipped (fail-over)")
    p.add_argument("--read-db-hosts", default=env("EMPORIUM_READ_DB_HOSTS", ""),
                   help="MariaDB/Galera single-writer mode: the nodes for verbs that only read (e.g. this host's "
                        "node first), while --db-hosts, the same on every middle tier, names the one writer first")
    p.add_argument("--causal-reads", choices=("on", "off"), default=env("EMPORIUM_CAUSAL_READS", "on"),
                   help="Galera: reads wait until their node has applied every write the cluster committed before "
                        "them (wsrep_sync_wait=1), so a read through one node sees a write made through another "
                        "(default on; docs/deployment.md has its cost)")
    p.add_argument("--gateways", default=env("EMPORIUM_GATEWAYS", ""),
                   help="JSON file of the payment gateways (merchant ids and keys) this middle tier takes payments "
                        "with (docs/payments.md)")
    p.add_argument("--notify-port", type=int, default=int(env("EMPORIUM_NOTIFY_PORT", "0")),
                   help="receive the gateways' payment notifications over HTTP on this port of --host "
                        "(POST /notify/<gateway>; default: off)")
    p.add_argument("--notify-url", default=env("EMPORIUM_NOTIFY_URL", ""),
                   help="the address the gateways reach that port by (default http://HOST:NOTIFY_PORT)")
    p.add_argument("--health-port", type=int, default=int(env("EMPORIUM_HEALTH_PORT", "0")),
                   help="serve GET /ready (200 when the database can serve, else 503) and GET /live over HTTP on "
                        "this port of --host, for a load balancer (default: off)")
    p.add_argument("--log-level", default=env("EMPORIUM_LOG_LEVEL", "INFO"), help="DEBUG, INFO, WARNING, ...")
    return p


def _return_big_blocks_to_the_os() -> None:
    """Serve allocations of 1 MiB and more by mmap, always (glibc otherwise raises that threshold after the
    first free, and each thread's arena keeps an argon2 block of 19 MiB resident: measured 368 MB after 16
    concurrent logins, see docs/benchmarks.md)."""
    try:
        ctypes.CDLL("libc.so.6").mallopt(-3, 1 << 20)   # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _return_big_blocks_to_the_os()
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    url = resolve_db_url(args.db)
    causal = args.causal_reads == "on"
    try:
        engine = make_engine(url, pool_size=args.pool_size, hosts=parse_hosts(args.db_hosts), causal_reads=causal)
        read_engine = (make_engine(url, pool_size=args.pool_size, hosts=parse_hosts(args.read_db_hosts),
                                   causal_reads=causal) if args.read_db_hosts else None)
    except ValueError as e:
        log.error("%s", e)
        return 2
    try:
        current = current_revision(engine)
    except Exception as e:
        log.error("cannot reach the database %s: %s", engine.url.render_as_string(hide_password=True), e)
        return 2
    if current != head_revision():
        log.error("the database schema is at %s, the server needs %s: run `emporium-admin db upgrade`",
                  current or "(empty)", head_revision())
        return 2
    with engine.connect() as conn:
        advice = engine_advice(conn)
    if advice:
        log.warning("%s", advice)
    server = build_server(engine, host=args.host, port=args.port, certfile=args.tls_cert,
                          keyfile=args.tls_key, ca_certs=args.tls_ca, read_engine=read_engine)
    if args.gateways:
        notify_url = args.notify_url or (f"http://{args.host}:{args.notify_port}" if args.notify_port else "")
        log.info("payment gateways: %s", ", ".join(payments.configure_gateways(args.gateways, notify_url)))
    if args.notify_port:
        start_notify_server(make_session_factory(engine), args.host, args.notify_port)
    if args.health_port:
        # engines of their own: a check never waits for, nor forks with, the verbs' pools
        checked = [make_engine(url, pool_size=1, max_overflow=2, hosts=parse_hosts(hosts), causal_reads=False)
                   for hosts in (args.db_hosts, *([args.read_db_hosts] if args.read_db_hosts else []))]
        start_health_server(checked, args.host, args.health_port)
    log.info("Emporium middle tier on %s:%s (%s, TLS %s, %d worker(s)), database %s%s%s", server.host, server.port,
             "threaded", "on" if args.tls_cert else "off", args.workers,
             engine.url.render_as_string(hide_password=True),
             f", nodes {args.db_hosts}" if args.db_hosts else "",
             f", reads from {args.read_db_hosts}" if args.read_db_hosts else "")
    if args.workers <= 1:
        _serve(server)
        return 0
    return _supervise(server, engine, args.workers, args.max_restarts)


# A worker that dies is started again after a back-off that doubles (1 s, 2 s, 4 s, ... at most 30 s); more than
# `max_restarts` restarts within a minute means the workers cannot be kept up: everything stops, exit status 1.
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 30.0


def _supervise(server: NoDelayThreadedServer, engine: Engine, workers: int, max_restarts: int) -> int:
    """Run `workers` processes on the listening socket and keep them running; SIGTERM or SIGINT stops them all."""
    children: dict[int, int] = {}      # pid -> worker number
    stopping = False
    failed = False
    restarts: list[float] = []

    def spawn(number: int) -> None:
        pid = os.fork()
        if pid == 0:  # worker: fresh pool connections after fork (SQLAlchemy "pooling with os.fork()")
            engine.dispose(close=False)
            signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            _serve(server)
            os._exit(0)
        children[pid] = number

    def stop(*_: Any) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    for number in range(workers):
        spawn(number)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        number = children.pop(pid, None)
        if number is None or stopping:
            continue
        now = time.monotonic()
        restarts[:] = [t for t in restarts if now - t < 60]
        if len(restarts) >= max_restarts:
            log.error("worker %d (pid %d) ended (%s) after %d restart(s) within a minute: the workers cannot be "
                      "kept up; stopping", number, pid, _ending(status), len(restarts))
            failed = True
            stop()
            continue
        backoff = min(FIRST_BACKOFF * 2 ** len(restarts), MAX_BACKOFF)
        log.error("worker %d (pid %d) ended (%s); starting it again in %.0f s (%d of %d worker(s) running)",
                  number, pid, _ending(status), backoff, len(children), workers)
        restarts.append(now)
        time.sleep(backoff)
        if not stopping:
            spawn(number)
            log.info("worker %d started again (%d of %d running)", number, len(children), workers)
    return 1 if failed else 0


def _ending(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    return f"killed by signal {-code}" if code < 0 else f"exit status {code}"


def _serve(server: NoDelayThreadedServer) -> None:
    try:
        server.start()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
