"""The login state of each connection and the login sessions behind it: resuming one after a reconnect, checking it
before a verb runs (ended, idle, account disabled; the user's permissions read again), ending one or all of a
user's. Passwords and lock-out are the `system` area's (`middle_tier.system.auth`), which opens sessions here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from data_tier.system import LoginSession, Role, RolePermission, User, UserRole
from middle_tier.contract import E_AUTH, DomainError, Text
from middle_tier.core.settings import get_setting

# How long a connection trusts its last check of the login session for read verbs; writing verbs always
# check inside their own transaction. Bounds how long a disabled user's open screen can still read.
RECHECK_SECONDS = 5.0
# last_seen_at is written at most this often, so that reads do not all become writes.
TOUCH_SECONDS = 60.0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def permissions_of(session: Session, user_id: int) -> tuple[frozenset[str], tuple[str, ...]]:
    """The user's permissions and role codes, in one query (at login and resume; `revalidate` reads them with the
    login session)."""
    rows = session.execute(
        select(Role.code, RolePermission.permission)
        .join(UserRole, UserRole.role_id == Role.id)
        .outerjoin(RolePermission, RolePermission.role_id == Role.id)
        .where(UserRole.user_id == user_id)
    ).all()
    return _grants(rows)


def _grants(rows: Iterable[tuple[str | None, str | None]]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Permissions and sorted role codes from (role code, permission) rows (either may be NULL of an outer join)."""
    rows = list(rows)
    return (frozenset(p for _, p in rows if p is not None),
            tuple(sorted({code for code, _ in rows if code is not None})))


@dataclass
class ConnectionState:
    """The login state of one RPyC connection (the server keeps nothing else between calls)."""

    client_addr: str = ""
    language: str = "en"          # of texts the server composes (setting labels); set by session.set_language
    token: str | None = None
    session_id: int | None = None
    user_id: int | None = None
    username: str = ""
    display_name: str = ""
    must_change_password: bool = False
    permissions: frozenset[str] = frozenset()
    roles: tuple[str, ...] = ()
    checked_at: float = 0.0
    touched_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def logged_in(self) -> bool:
        return self.token is not None

    def clear(self) -> None:
        self.token = self.session_id = self.user_id = None
        self.username = self.display_name = ""
        self.permissions = frozenset()
        self.roles = ()
        self.checked_at = self.touched_at = 0.0

    def adopt(self, *, token: str, login: LoginSession, user: User, perms: frozenset[str],
              roles: tuple[str, ...]) -> None:
        self.token = token
        self.session_id = login.id
        self.user_id = user.id
        self.username = user.username
        self.display_name = user.display_name
        self.must_change_password = user.must_change_password
        self.permissions = perms
        self.roles = roles
        self.checked_at = self.touched_at = time.monotonic()


_IDLE_LIMITS: dict[str, tuple[float, dt.timedelta]] = {}     # database -> (read at, idle limit)
IDLE_LIMIT_SECONDS = 5.0


def _idle_limit(session: Session) -> dt.timedelta:
    """The idle limit setting, read again after IDLE_LIMIT_SECONDS (every writing verb checks the login)."""
    key = str(session.get_bind().engine.url)
    now = time.monotonic()
    cached = _IDLE_LIMITS.get(key)
    if cached is None or now - cached[0] >= IDLE_LIMIT_SECONDS:
        cached = (now, dt.timedelta(minutes=int(get_setting(session, "session_idle_minutes"))))
        _IDLE_LIMITS[key] = cached
    return cached[1]


def open_session(session: Session, state: ConnectionState, user: User) -> LoginSession:
    """A new login session for a user whose password was checked; the connection adopts it."""
    now = utcnow()
    token = secrets.token_urlsafe(32)
    ls = LoginSession(token_hash=token_hash(token), user_id=user.id, client_addr=state.client_addr[:64],
                      created_at=now, last_seen_at=now)
    session.add(ls)
    session.flush()
    perms, roles = permissions_of(session, user.id)
    state.adopt(token=token, login=ls, user=user, perms=perms, roles=roles)
    return ls


def _check_alive(ended_at: dt.datetime | None, is_active: bool, last_seen_at: dt.datetime,
                 session: Session) -> None:
    if ended_at is not None:
        raise DomainError(E_AUTH, Text("Your login session has ended; please log in again."))
    if not is_active:
        raise DomainError(E_AUTH, Text("This account has been disabled."))
    if utcnow() - last_seen_at > _idle_limit(session):
        raise DomainError(E_AUTH, Text("Your login session expired after a period of inactivity; please log "
                                       "in again."))


def _live_session(session: Session, token: str, *, lock: bool) -> tuple[LoginSession, User]:
    stmt = select(LoginSession, User).join(User, User.id == LoginSession.user_id).where(
        LoginSession.token_hash == token_hash(token))
    if lock:
        stmt = stmt.with_for_update(of=LoginSession)
    row = session.execute(stmt).one_or_none()
    if row is None:
        raise DomainError(E_AUTH, Text("Your login session has ended; please log in again."))
    ls, user = row
    _check_alive(ls.ended_at, user.is_active, ls.last_seen_at, session)
    return ls, user


def resume(session: Session, state: ConnectionState, token: str) -> None:
    """Attach a new connection to a login session that is still alive (after a reconnect)."""
    ls, user = _live_session(session, token, lock=True)
    ls.last_seen_at = utcnow()
    perms, roles = permissions_of(session, user.id)
    state.adopt(token=token, login=ls, user=user, perms=perms, roles=roles)


def recheck_due(state: ConnectionState) -> bool:
    """Whether a read verb must look at the login session in the database before it runs."""
    return state.token is None or time.monotonic() - state.checked_at >= RECHECK_SECONDS


# The login session, its user and the user's roles and permissions in one statement (a row per permission):
# every writing verb runs it.
_RECHECK = (
    select(LoginSession.ended_at, LoginSession.last_seen_at, User.is_active, User.username,
           User.must_change_password, Role.code, RolePermission.permission)
    .join(User, User.id == LoginSession.user_id)
    .outerjoin(UserRole, UserRole.user_id == User.id).outerjoin(Role, Role.id == UserRole.role_id)
    .outerjoin(RolePermission, RolePermission.role_id == Role.id)
    .where(LoginSession.id == bindparam("session_id"))
)
_TOUCH = update(LoginSession).where(LoginSession.id == bindparam("session_id")).values(
    last_seen_at=bindparam("now"))


def revalidate(session: Session, state: ConnectionState, *, force: bool) -> None:
    """Check the connection's login session against the database when due (always when `force`)."""
    if state.token is None:
        raise DomainError(E_AUTH, Text("Please log in first."))
    now = time.monotonic()
    if not force and now - state.checked_at < RECHECK_SECONDS:
        return
    rows = session.execute(_RECHECK, {"session_id": state.session_id}).all()
    try:
        if not rows:
            raise DomainError(E_AUTH, Text("Your login session has ended; please log in again."))
        ended_at, last_seen_at, is_active, username, must_change, _, _ = rows[0]
        _check_alive(ended_at, is_active, last_seen_at, session)
    except DomainError:
        state.clear()
        raise
    if now - state.touched_at >= TOUCH_SECONDS:
        session.execute(_TOUCH, {"session_id": state.session_id, "now": utcnow()})
        state.touched_at = now
    state.permissions, state.roles = _grants((code, p) for *_, code, p in rows)
    state.username = username
    state.must_change_password = must_change
    state.checked_at = now


def end_session(session: Session, state: ConnectionState, reason: str) -> None:
    if state.token is None:
        return
    ls = session.scalars(select(LoginSession).where(LoginSession.token_hash == token_hash(state.token))).one_or_none()
    if ls is not None and ls.ended_at is None:
        ls.ended_at = utcnow()
        ls.end_reason = reason
    state.clear()


def end_sessions_of_user(session: Session, user_id: int, reason: str) -> int:
    """End every open login session of a user (disabled account, password reset)."""
    now = utcnow()
    open_sessions = session.scalars(
        select(LoginSession).where(LoginSession.user_id == user_id, LoginSession.ended_at.is_(None))).all()
    for ls in open_sessions:
        ls.ended_at = now
        ls.end_reason = reason
    return len(open_sessions)
