"""Passwords and lock-out: checking a login's password and opening its session (`core.login` keeps sessions)."""
from __future__ import annotations

import datetime as dt
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from data_tier.system import LoginFailure, LoginSession, User
from middle_tier.contract import (
    E_ACCOUNT_DISABLED,
    E_ACCOUNT_LOCKED,
    E_LOGIN_FAILED,
    E_VALIDATION,
    DomainError,
    Label,
    Text,
)
from middle_tier.core.login import ConnectionState, open_session
from middle_tier.core.settings import get_setting

# OWASP's argon2id minimum (m=19 MiB, t=2, p=1): a login costs ~20 ms and 19 MiB, so that a burst of
# logins cannot exhaust the server's memory.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DUMMY_HASH = _hasher.hash("not a real password")

# At most this many password hashes at once per process: a burst of logins queues here instead of taking
# every core and 19 MiB per thread.
_HASH_SLOTS = threading.BoundedSemaphore(2)


def hash_password(password: str) -> str:
    with _HASH_SLOTS:
        return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    with _HASH_SLOTS:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def check_password_policy(session: Session, password: str, field_name: str = "password") -> None:
    min_len = int(get_setting(session, "password_min_length"))
    if len(password) < min_len:
        raise DomainError(E_VALIDATION, Text("A password needs at least {least} characters.",
                                             least=min_len), field_name)
    if len(password) > 256:
        raise DomainError(E_VALIDATION, Text("A password may have at most 256 characters."), field_name)
    if password.strip() != password or not password.strip():
        raise DomainError(E_VALIDATION, Text("A password may not begin or end with spaces."), field_name)


# After this many failures from one source, each password check waits a growing delay (0.5 s, 1 s, 2 s, ... at
# most a minute): attempts in between are answered as wrong without checking the password.
FREE_FAILURES = 2
FIRST_DELAY = 0.5
MAX_DELAY = 60.0
WRONG: Label = "Wrong user name or password."   # one answer for every refused guess


class LoginRefused(DomainError):
    """A refused login: what the user is told (`code`, `message`), and the truth for the operation log."""

    def __init__(self, code: str, message: str, *, reason: str, notes: dict[str, str] | None = None) -> None:
        super().__init__(code, message)
        self.reason = reason
        self.notes = notes or {}


def source_of(state: ConnectionState) -> str:
    """A connection's source address without its port ('' when unknown)."""
    host, _, port = state.client_addr.rpartition(":")
    return (host if port.isdigit() else state.client_addr)[:64]


def delay_after(failures: int) -> dt.timedelta:
    """How long the next password check from a source waits after its `failures` in a row."""
    if failures <= FREE_FAILURES:
        return dt.timedelta(0)
    return dt.timedelta(seconds=min(FIRST_DELAY * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY))


def _failed(session: Session, row: LoginFailure | None, user: User | None, username: str, source: str,
            now: dt.datetime, *, checked: bool) -> dict[str, str]:
    """Count a failure of (user name, source); a checked one sets the next delay. Returns the notes for the
    operation log (the lock-out, when this failure locked the source)."""
    if row is None:
        row = LoginFailure(username=username, source=source, failures=0, last_at=now, next_at=now)
        session.add(row)
    row.failures += 1
    row.last_at = now
    if checked:
        row.next_at = now + delay_after(row.failures)
    locked = False
    if row.failures >= int(get_setting(session, "lockout_threshold")) and not (
            row.locked_until is not None and row.locked_until > now):
        row.locked_until = now + dt.timedelta(minutes=int(get_setting(session, "lockout_minutes")))
        locked = True
        if user is not None:
            user.locked_until = row.locked_until     # shown to administrators: a source of the user is locked
    return {"locked": f"{source} until {row.locked_until:%Y-%m-%d %H:%M}"} if locked else {}


def login(session: Session, state: ConnectionState, username: str, password: str) -> tuple[User, LoginSession]:
    """Check the password and open a login session; failures are counted per user name and source address (and
    committed even though the login fails).

    A wrong password, an unknown user name, an attempt during the growing delay after repeated failures and a
    locked source given a wrong password all get the same answer; only the right password learns that its source
    is locked (or that the account is disabled). A lock-out locks the user name at that source only, so that
    whoever can reach the port cannot lock the owner out of their own workstation; an administrator's unlock
    lifts every lock of the user. The operation log records what really happened (LoginRefused.reason).
    """
    now = utcnow()
    source = source_of(state)
    row = session.get(LoginFailure, (username, source), with_for_update=True)
    user = session.scalars(select(User).where(User.username == username).with_for_update()).one_or_none()
    if row is not None and row.next_at > now:         # too soon after the last failure: not checked
        notes = _failed(session, row, user, username, source, now, checked=False)
        raise LoginRefused(E_LOGIN_FAILED, Text(WRONG), reason="throttled", notes=notes)
    if user is None:
        verify_password(_DUMMY_HASH, password)  # same time as a real check: no user enumeration
        notes = _failed(session, row, user, username, source, now, checked=True)
        raise LoginRefused(E_LOGIN_FAILED, Text(WRONG), reason="unknown user", notes=notes)
    if not verify_password(user.password_hash, password):
        notes = _failed(session, row, user, username, source, now, checked=True)
        raise LoginRefused(E_LOGIN_FAILED, Text(WRONG), reason="wrong password", notes=notes)
    if row is not None and row.locked_until is not None and row.locked_until > now:
        minutes = max(1, int((row.locked_until - now).total_seconds() // 60) + 1)
        raise LoginRefused(E_ACCOUNT_LOCKED,
                           Text("This account is locked after repeated failed logins; try again in {minutes} "
                                "min or ask an administrator to unlock it.", minutes=minutes),
                           reason="locked (the right password)")
    if not user.is_active:
        raise LoginRefused(E_ACCOUNT_DISABLED, Text("This account is disabled; ask an administrator."),
                           reason="disabled (the right password)")
    if row is not None:
        session.delete(row)
    user.failed_logins = 0
    user.last_login_at = now
    return user, open_session(session, state, user)


def unlock(session: Session, user: User) -> int:
    """Lift every lock-out and delay of a user (an administrator's unlock); how many sources were locked."""
    now = utcnow()
    rows = list(session.scalars(select(LoginFailure).where(LoginFailure.username == user.username)))
    locked = sum(1 for r in rows if r.locked_until is not None and r.locked_until > now)
    for r in rows:
        session.delete(r)
    user.locked_until = None
    user.failed_logins = 0
    return locked
