"""Gateway notifications over HTTP (`emporium-server --notify-port`): `POST /notify/<gateway>`.

Served by the standard library's ThreadingHTTPServer, as the readiness check is: the requests are small, few and
from a handful of gateways, the real protection is the signature check in the payments area, and a production
site puts its TLS-terminating proxy (nginx, HAProxy) in front of this port, so a web framework would add a
dependency and nothing a gateway needs. Each notification is one unit of work of the payments area (acting as that
area, retried on a conflict like any verb, with its own operation-log entry by `gateway:<name>`); an unexpected
error answers 500, so that the gateway sends it again later.
"""
from __future__ import annotations

import logging
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy.orm import Session, sessionmaker

from middle_tier import payments
from middle_tier.core import retry
from middle_tier.core.uow import UnitOfWork

log = logging.getLogger("emporium.notify")
MAX_BODY = 256 * 1024


def handle(factory: sessionmaker[Session], gateway: str, headers: dict[str, str],
           body: bytes) -> tuple[int, dict[str, str], bytes]:
    """One notification in its own transaction: the gateway's answer."""
    def attempt() -> tuple[int, dict[str, str], bytes]:
        uow = UnitOfWork(factory, verb="payments.notify", state=None, write=True)
        try:
            uow.acting_area = "payments"
            answer = payments.apply_notification(uow, gateway, headers, body)
            uow.flush()
            uow.acting_area = None
            if not uow.audited:
                uow.write_audit(username=f"gateway:{gateway}"[:64])
            uow.commit()
        except BaseException:
            uow.close(rollback=True)
            raise
        uow.close(rollback=False)
        return answer

    return retry.run(attempt, f"notification from {gateway}")


def start_notify_server(factory: sessionmaker[Session], host: str, port: int) -> ThreadingHTTPServer:
    """Serve POST /notify/<gateway> on host:port from a daemon thread; returns the server."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:      # the name http.server calls
            parts = self.path.split("?")[0].strip("/").split("/")
            length = int(self.headers.get("Content-Length") or 0)
            if len(parts) != 2 or parts[0] != "notify" or not 0 < length <= MAX_BODY:
                self._answer(404, {"Content-Type": "text/plain"}, b"not found")
                return
            body = self.rfile.read(length)
            try:
                status, headers, answer = handle(factory, parts[1][:16], dict(self.headers.items()), body)
            except Exception:
                ref = uuid.uuid4().hex[:10]
                log.exception("ref=%s notification from %s failed", ref, parts[1][:16])
                status, headers, answer = 500, {"Content-Type": "text/plain"}, b"failure"
            self._answer(status, headers, answer)

        def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s " + format, self.address_string(), *args)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="notify", daemon=True).start()
    log.info("gateway notifications on http://%s:%s/notify/<gateway>", host, server.server_address[1])
    return server
