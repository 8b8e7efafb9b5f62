"""The composition root: the RPyC root service (server_info, login, resume) and the Session a login returns,
with one component per business area, each built from the verbs its package lists (`VERB_MODULES`).

This is the one place that knows every area; areas know only the faces of the areas they use.
"""
from __future__ import annotations

import logging
import sys
import types
from typing import Any

import rpyc
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from data_tier.base import utcnow
from middle_tier import catalog, payments, promotions, purchasing, system, wms
from middle_tier.contract import (
    E_AUTH,
    E_LOGIN_FAILED,
    E_VALIDATION,
    PROTOCOL_VERSION,
    DomainError,
    LoginResult,
    MyWork,
    ServerInfo,
    Text,
    VerbInfo,
)
from middle_tier.core import login
from middle_tier.core.dispatch import Context, Exposed, catalogue, check_arg, component, shielded
from middle_tier.core.settings import get_setting
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import AUTHENTICATED, verb

log = logging.getLogger("emporium.service")
VERSION = "0.1.0"

# The business areas; a new area is one more entry here (and its place in setup.cfg's import contracts).
BUSINESS_AREAS = (system, catalog, promotions, purchasing, wms, payments)


def _name(area: types.ModuleType) -> str:
    return area.__name__.rsplit(".", 1)[1]


# Every area's component, by the attribute name the client uses: session.<name>.
COMPONENTS: dict[str, type[Exposed]] = {
    _name(area): component(_name(area), area.__doc__ or "", area.VERB_MODULES) for area in BUSINESS_AREAS
}


def _login_result(uow: UnitOfWork) -> LoginResult:
    state = uow.state
    return LoginResult(token=state.token or "", user_id=state.user_id or 0, username=state.username,
                       display_name=state.display_name, must_change_password=state.must_change_password,
                       permissions=tuple(sorted(state.permissions)), roles=state.roles,
                       timezone=get_setting(uow.session, "timezone"))


# ---- the session's own verbs (area 'session') ---------------------------------------------------------------

@verb(AUTHENTICATED, before_password_change=True)
def info(uow: UnitOfWork) -> LoginResult:
    """Who is logged in, with roles and permissions, and the token to resume after a reconnect."""
    return _login_result(uow)


@verb(AUTHENTICATED, before_password_change=True)
def verb_catalogue(uow: UnitOfWork) -> tuple[VerbInfo, ...]:
    """The verb catalogue: every verb of every component with its permission, whether it writes, whether a retry
    with the same request id is safe, and its parameters."""
    return CATALOGUE


@verb(AUTHENTICATED)
def my_work(uow: UnitOfWork) -> MyWork:
    """The Home screen: the user's roles by name, and the work waiting in each area, as far as the user's permissions
    reach (each area names its own: orders to approve, deliveries due, counts to review, low stock, failed logins)."""
    names, builtin = system.role_names(uow)
    return MyWork(names, builtin, tuple(item for area in BUSINESS_AREAS for item in area.work_items(uow)))


@verb(AUTHENTICATED, before_password_change=True)
def set_language(uow: UnitOfWork, *, language: str) -> str:
    """Choose the language of texts the server composes for this connection (en or zh_CN)."""
    if language not in ("en", "zh_CN"):
        raise DomainError(E_VALIDATION, Text("The language must be en or zh_CN."), "language")
    uow.state.language = language
    return language


@verb(AUTHENTICATED, label="Change own password", writes=True, before_password_change=True)
def change_password(uow: UnitOfWork, *, old_password: str, new_password: str) -> None:
    """Change one's own password (the old one is asked again)."""
    system.change_own_password(uow, old_password, new_password)


@verb(AUTHENTICATED, label="Log out", writes=True, before_password_change=True)
def logout(uow: UnitOfWork) -> None:
    """End this login session."""
    uow.audit("login_session", uow.state.session_id)
    uow.write_audit()  # now, while the connection still knows who is logging out
    login.end_session(uow.session, uow.state, "logout")


_SessionBase = component("session", "What a login hands the client: account verbs, and one component per area.",
                         [sys.modules[__name__]])
CATALOGUE: tuple[VerbInfo, ...] = catalogue({"session": _SessionBase, **COMPONENTS})


class Session(_SessionBase):  # type: ignore[misc,valid-type]  (a class built at import)
    """What a login hands the client: account verbs, and one component per business area."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        for name, cls in COMPONENTS.items():
            setattr(self, "exposed_" + name, cls(ctx))

    def __dir__(self) -> list[str]:
        return sorted(super().__dir__() + list(COMPONENTS))


class RootService(rpyc.Service):
    """The only object a fresh connection reaches."""

    def __init__(self, session_factory: sessionmaker[DbSession], database: str,
                 read_factory: sessionmaker[DbSession] | None = None) -> None:
        self._factory = session_factory
        self._database = database
        self._state = login.ConnectionState()
        self._ctx = Context(session_factory, self._state, read_factory)
        self._session: Session | None = None

    def on_connect(self, conn: rpyc.Connection) -> None:
        endpoints = conn._config.get("endpoints") or (None, None)
        peer = endpoints[1] if len(endpoints) > 1 else None
        self._state.client_addr = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else ""

    def on_disconnect(self, conn: rpyc.Connection) -> None:
        # The login session stays alive in the database (idle expiry ends it): the client may resume.
        self._state.clear()

    def __dir__(self) -> list[str]:
        return ["login", "resume", "server_info"]

    def __repr__(self) -> str:
        return "<Emporium root>"

    def exposed_server_info(self) -> tuple:
        """Name, version and protocol of the server; no login needed."""
        return ServerInfo(name="Emporium", version=VERSION, protocol=PROTOCOL_VERSION, database=self._database,
                          server_time=utcnow()).to_wire()

    def exposed_login(self, username: Any, password: Any) -> Session:
        """Log in with user name and password; returns the session object."""
        username = check_arg("username", username, str).strip().lower()
        password = check_arg("password", password, str)
        if not username or not password:
            raise DomainError(E_LOGIN_FAILED, Text("Enter your user name and password."),
                              "username" if not username else "password")
        return self._open(lambda s, uow: system.login(s, self._state, username, password), "session.login", username)

    def exposed_resume(self, token: Any) -> Session:
        """Attach this (new) connection to a login session that is still alive."""
        token = check_arg("token", token, str)
        if not 20 <= len(token) <= 128:
            raise DomainError(E_AUTH, Text("Your login session has ended; please log in again."))
        return self._open(lambda s, uow: login.resume(s, self._state, token), "session.resume", "")

    def _open(self, action, verb_name: str, username: str) -> Session:  # type: ignore[no-untyped-def]
        """A login or resume: one unit of work, retried where it may be (a conflict, a lost connection), behind
        the firewall."""
        shielded(lambda: self._attempt(action, verb_name, username), verb_name, username, writes=True)
        self._session = Session(self._ctx)
        return self._session

    def _attempt(self, action, verb_name: str, username: str) -> None:  # type: ignore[no-untyped-def]
        """One login or resume in its own transaction; a refused one is recorded and committed, then raised."""
        with self._factory() as s:
            with s.begin():
                s.connection(execution_options={"emporium_write": True})
                uow = UnitOfWork(s, verb=verb_name, state=self._state, write=True)
                try:
                    action(s, uow)
                except DomainError as e:
                    if e.code == E_AUTH:
                        raise
                    # a failed login is recorded (the failures of its source, the audit entry) and committed
                    uow.verb = f"{verb_name}_failed"
                    uow.audit("user", username, {"result": ["", e.code], **{
                        "reason": ["", getattr(e, "reason", e.code)],
                        **{k: ["", v] for k, v in getattr(e, "notes", {}).items()}}})
                    uow.write_audit(user_id=None, username=username)
                    failure = e
                else:
                    uow.audit("login_session", self._state.session_id)
                    uow.write_audit()
                    failure = None
        if failure is not None:
            raise failure

