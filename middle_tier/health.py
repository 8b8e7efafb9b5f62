"""The middle tier's health for a load balancer: plain HTTP on a port of its own (`emporium-server --health-port`).

- `GET /ready`: 200 when the database answers and, on a Galera cluster, the node serving this middle tier is
  Synced (with several database nodes, the first that can serve); 503 with the reason otherwise. HAProxy's
  `option httpchk GET /ready` takes a middle tier out of the rotation while it cannot serve (deploy/haproxy.cfg).
- `GET /live`: 200 while the process runs (for a supervisor that restarts a hung process).

The checks use engines of their own (one connection each), never the verbs' pools.
"""
from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy import Engine

from data_tier.engine import database_ready

log = logging.getLogger("emporium.health")


def readiness(engines: list[Engine]) -> tuple[bool, str]:
    """(ready, reason): every engine's database must be ready (the writers' and, in single-writer mode, the
    readers')."""
    answers = [database_ready(engine) for engine in engines]
    return all(ok for ok, _ in answers), "; ".join(why for _, why in answers)


def start_health_server(engines: list[Engine], host: str, port: int) -> ThreadingHTTPServer:
    """Serve /ready and /live on host:port from a daemon thread; returns the server (`.shutdown()` stops it)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:      # the name http.server calls
            if self.path == "/live":
                status, body = 200, "live"
            elif self.path in ("/ready", "/"):
                ok, why = readiness(engines)
                status, body = (200 if ok else 503), why
                if not ok:
                    log.warning("not ready: %s", why)
            else:
                status, body = 404, "not found: /ready or /live"
            data = (body + "\n").encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:   # a check a second: not worth a log line
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    log.info("health checks on http://%s:%s/ready", host, server.server_address[1])
    return server
