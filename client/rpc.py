"""All middle-tier calls of the client run here, off the GUI thread.

A worker QObject on its own QThread owns the one RPyC connection (RPYC.md 3.1: one connection per
thread). The GUI submits (path, kwargs) and gets the plain result or a DomainError back through queued
signals, in the GUI thread. The worker keeps the login token: after a lost connection or a timeout it
opens a new connection and resumes the login session; when the session is gone, `session_lost` asks
the window to log in again.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from client.connection import Endpoint, open_connection
from client.i18n import current_language
from client.server_messages import localized
from middle_tier.contract import (
    E_AUTH,
    E_BUSY,
    E_DB_UNAVAILABLE,
    E_OUTCOME_UNKNOWN,
    E_TIMEOUT,
    E_UNAVAILABLE,
    DomainError,
    VerbInfo,
    error_from_remote,
)

log = logging.getLogger("emporium.client.rpc")

# After a reconnect, a verb that only reads is sent again, and so is a write the server declares idempotent (the
# same request id returns the first result); any other write is never repeated behind the user's back. The server
# publishes which verbs write (session.verb_catalogue), fetched at every login and resume.
_ROOT_READS = frozenset({"root.server_info"})
# Answers after which a call is sent again by itself, after these pauses (seconds): E_BUSY (nothing was changed),
# and for reads and idempotent writes E_DB_UNAVAILABLE and E_OUTCOME_UNKNOWN. The middle tier has retried already
# (conflicts with back-off, a lost connection once on a fresh one): these pauses give a cluster time to fail over.
RETRY_PAUSES = (0.3, 1.0, 2.0)
_REPEATABLE = frozenset({E_DB_UNAVAILABLE, E_OUTCOME_UNKNOWN})
_CONNECTION_LOST = (EOFError, ConnectionError, OSError)


def _plain(value: Any) -> Any:
    """Lists become tuples: a list would cross the wire as a netref."""
    if isinstance(value, (list, tuple)):
        return tuple(_plain(v) for v in value)
    return value


class _Worker(QObject):
    finished = Signal(int, bool, object)
    state_changed = Signal(str)
    session_lost = Signal(object)      # the DomainError: translated in the GUI thread

    def __init__(self, endpoint: Endpoint, language: str) -> None:
        super().__init__()
        self._endpoint = endpoint
        self._language = language
        self._conn: Any = None
        self._session: Any = None
        self._token = ""
        self._methods: dict[str, Any] = {}
        self._catalogue: dict[str, VerbInfo] = {}

    # -- connection -------------------------------------------------------------------------
    def _connection(self) -> Any:
        if self._conn is None or self._conn.closed:
            self._conn = open_connection(self._endpoint)
            self._methods.clear()
            self.state_changed.emit("connected")
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
        self._conn = None
        self._session = None
        self._methods.clear()

    def _resume(self) -> None:
        """New connection, same login session (or session_lost when the server has ended it)."""
        self.state_changed.emit("reconnecting")
        conn = self._connection()
        try:
            self._session = conn.root.resume(self._token)
            self._session.set_language(language=self._language)
            self._learn_verbs()
        except Exception as e:
            if isinstance(e, (TimeoutError, *_CONNECTION_LOST)):
                self._drop()      # a timed-out call leaves the connection busy with it (RPYC.md): never reuse it
            err = error_from_remote(e)
            if err.code == E_AUTH:
                self._token = ""
                self.session_lost.emit(err)
            raise
        self.state_changed.emit("connected")

    def _learn_verbs(self) -> None:
        """The server's verb catalogue: which verbs write, which are idempotent (and their parameters)."""
        self._catalogue = {v.name: v for v in (VerbInfo.from_wire(w) for w in self._session.verb_catalogue())}

    def may_retry(self, path: str) -> bool:
        """Whether a call that the connection lost may be sent again: a read, or an idempotent write."""
        if path in _ROOT_READS:
            return True
        verb = self._catalogue.get(path)
        return verb is not None and (not verb.writes or verb.idempotent)

    def _method(self, path: str) -> Any:
        method = self._methods.get(path)
        if method is None:
            if path.startswith("root."):
                method = getattr(self._connection().root, path[5:])
            else:
                if self._session is None:
                    if not self._token:
                        raise DomainError(E_AUTH, "Please log in first.")
                    self._resume()
                area, verb = path.split(".", 1)
                target = self._session if area == "session" else getattr(self._session, area)
                method = getattr(target, verb)
            self._methods[path] = method   # cached bound method: one round trip per call
        return method

    # -- requests ---------------------------------------------------------------------------
    @Slot(int, str, object)
    def run(self, req_id: int, path: str, kwargs: dict) -> None:
        try:
            result = self._dispatch(path, kwargs)
        except Exception as e:
            err = error_from_remote(e)
            if err.code == E_AUTH and not path.startswith("root."):
                self._token = ""
                self._session = None
                self.session_lost.emit(err)
            self.finished.emit(req_id, False, err)
        else:
            self.finished.emit(req_id, True, result)

    def _dispatch(self, path: str, kwargs: dict) -> Any:
        if path == "root.login":
            self._drop()
            session = self._connection().root.login(kwargs["username"], kwargs["password"])
            info = session.info()
            session.set_language(language=self._language)
            self._session, self._token = session, info[0]
            self._learn_verbs()
            return info
        if path == "session.logout":
            try:
                return self._method(path)()
            finally:
                self._token = ""
                self._drop()
                self.state_changed.emit("disconnected")
        kwargs = {k: _plain(v) for k, v in kwargs.items()}
        try:
            return self._call(path, kwargs)
        except (TimeoutError, *_CONNECTION_LOST) as e:
            # RPYC.md 1.9: after a timeout the connection is still busy with the old call: drop it.
            self._drop()
            self.state_changed.emit("lost")
            retry = self.may_retry(path)
            try:
                if self._token:
                    self._resume()
                elif path.startswith("root."):
                    self._connection()
            except Exception as again:
                self.state_changed.emit("disconnected")
                raise DomainError(E_UNAVAILABLE,
                                  f"Cannot reach the server at {self._endpoint.address}.") from again
            if retry:
                return self._method(path)(**kwargs)
            if isinstance(e, TimeoutError):
                raise DomainError(E_TIMEOUT, "The server did not answer in time; the action may or may not "
                                  "have been carried out. Check, then try again.") from None
            raise DomainError(E_UNAVAILABLE, "The connection was lost during the action; it was restored. "
                              "Check whether the action was carried out, then try again.") from None

    def _call(self, path: str, kwargs: dict) -> Any:
        """One call, repeated after a pause when the middle tier says it may be: busy records (nothing was changed:
        any verb), a database unavailable or an outcome unknown (a read, or an idempotent write: its request id
        makes the repeat return the first result)."""
        for pause in (*RETRY_PAUSES, None):
            try:
                return self._method(path)(**kwargs)
            except (TimeoutError, *_CONNECTION_LOST):
                raise
            except Exception as e:
                code = error_from_remote(e).code
                if pause is None or not (code == E_BUSY or (code in _REPEATABLE and self.may_retry(path))):
                    raise
                log.info("%s answered %s; again in %.1f s", path, code, pause)
                QThread.msleep(int(pause * 1000))
        raise AssertionError("unreachable")

    def close(self) -> None:
        self._drop()


class RpcClient(QObject):
    """The GUI's handle on the middle tier: call(path, on_ok, on_err, **kwargs) never blocks."""

    busy_changed = Signal(bool)
    state_changed = Signal(str)        # connected | lost | reconnecting | disconnected
    session_lost = Signal(str)
    _submit = Signal(int, str, object)

    def __init__(self, endpoint: Endpoint, parent: QObject | None = None, *, language: str = "") -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        self.language = language or current_language()
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("rpc-worker")
        self._worker = _Worker(endpoint, self.language)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.state_changed.connect(self.state_changed)
        self._worker.session_lost.connect(self._on_session_lost)
        self._thread.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(60_000)
        self._heartbeat.timeout.connect(self._beat)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def call(self, path: str, on_ok: Callable[[Any], None] | None = None,
             on_err: Callable[[DomainError], None] | None = None, **kwargs: Any) -> int:
        """Send `path` ("system.list_users", "session.info", "root.server_info") with keyword arguments."""
        req_id = next(self._ids)
        was_busy = self.busy
        self._pending[req_id] = (on_ok, on_err)
        if not was_busy:
            self.busy_changed.emit(True)
        self._submit.emit(req_id, path, kwargs)
        return req_id

    def start_heartbeat(self) -> None:
        """Notice a dead connection while the user is idle (reconnecting at once).

        It asks for server_info, which needs no login, so that it does not keep an idle login alive: the
        session still expires after the idle time the administrator set.
        """
        self._heartbeat.start()

    def _beat(self) -> None:
        if not self.busy:
            self.call("root.server_info")

    @Slot(object)
    def _on_session_lost(self, err: DomainError) -> None:
        self.session_lost.emit(localized(err).message)        # in the GUI thread, where translators live

    @Slot(int, bool, object)
    def _on_finished(self, req_id: int, ok: bool, payload: Any) -> None:
        on_ok, on_err = self._pending.pop(req_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if ok:
            if on_ok is not None:
                on_ok(payload)
        elif on_err is not None:
            on_err(localized(payload))
        else:
            log.warning("unhandled error from the middle tier: %s", payload)

    def wait_idle(self, timeout_ms: int = 3000) -> bool:
        """Let the requests in flight finish (e.g. a logout while the window closes)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
        return not self._pending

    def shutdown(self) -> None:
        self._heartbeat.stop()
        self._thread.quit()
        self._thread.wait(5000)
        self._worker.close()   # the worker thread has ended: closing its connection here is safe
