"""Passwords and lock-out: checking a login's password and opening its session (`core.login` keeps sessions)."""
from __future__ import annotations

import datetime as dt
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from data_tier.system import LoginSession, User
from middle_tier.contract import E_ACCOUNT_DISABLED, E_ACCOUNT_LOCKED, E_LOGIN_FAILED, E_VALIDATION, DomainError, Text
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


def login(session: Session, state: ConnectionState, username: str, password: str) -> tuple[User, LoginSession]:
    """Check the password, apply lock-out, open a login session. Failed attempts are committed too."""
    now = utcnow()
    user = session.scalars(select(User).where(User.username == username).with_for_update()).one_or_none()
    if user is None:
        verify_password(_DUMMY_HASH, password)  # same time as a real check: no user enumeration
        raise DomainError(E_LOGIN_FAILED, Text("Wrong user name or password."))
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise DomainError(E_ACCOUNT_LOCKED,
                          Text("This account is locked after repeated failed logins; try again in {minutes} "
                               "min or ask an administrator to unlock it.",
                               minutes=minutes))
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        threshold = int(get_setting(session, "lockout_threshold"))
        if user.failed_logins >= threshold:
            user.locked_until = now + dt.timedelta(minutes=int(get_setting(session, "lockout_minutes")))
            user.failed_logins = 0
        raise DomainError(E_LOGIN_FAILED, Text("Wrong user name or password."))
    if not user.is_active:
        raise DomainError(E_ACCOUNT_DISABLED, Text("This account is disabled; ask an administrator."))
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return user, open_session(session, state, user)


