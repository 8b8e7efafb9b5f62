"""Tables of the system area: users, roles, permissions, login sessions and failures, audit log, settings,
and the document number counters."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Text, select
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from data_tier.base import Base, BigId, UtcDateTime, str64, str128, str255, table_of, timestamp, utcnow


class UserRole(Base):
    """Which roles a user holds."""

    __tablename__ = "user_role"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), primary_key=True)


class User(Base):
    """A person who logs in to the back office."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str64] = mapped_column(unique=True)
    display_name: Mapped[str128]
    email: Mapped[str255 | None]
    password_hash: Mapped[str255]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    roles: Mapped[list[Role]] = relationship(secondary="user_role", back_populates="users", order_by="Role.code")


class Role(Base):
    """A named bundle of permissions."""

    __tablename__ = "role"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    description: Mapped[str255] = mapped_column(default="")
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    users: Mapped[list[User]] = relationship(secondary="user_role", back_populates="roles")
    permissions: Mapped[list[RolePermission]] = relationship(
        back_populates="role", cascade="all, delete-orphan", order_by="RolePermission.permission"
    )


class RolePermission(Base):
    """One permission granted to a role (the catalogue of codes lives in the middle tier)."""

    __tablename__ = "role_permission"
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), primary_key=True)
    permission: Mapped[str64] = mapped_column(primary_key=True)

    role: Mapped[Role] = relationship(back_populates="permissions")


class LoginSession(Base):
    """A login: the token is stored hashed; idle expiry is judged from last_seen_at."""

    __tablename__ = "login_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str64] = mapped_column(unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    client_addr: Mapped[str64] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    last_seen_at: Mapped[timestamp] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    end_reason: Mapped[str64 | None]


class AuditLog(Base):
    """One entry per writing verb: who, when, which verb, which records, before/after of changed fields."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_user_id_id", "user_id", "id"),
        Index("ix_audit_log_verb_id", "verb", "id"),
        Index("ix_audit_log_record", "record_type", "record_id", "id"),
        Index("ix_audit_log_at", "at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[timestamp] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str64] = mapped_column(default="")
    session_id: Mapped[int | None] = mapped_column(Integer)
    client_addr: Mapped[str64] = mapped_column(default="")
    verb: Mapped[str64]
    record_type: Mapped[str64] = mapped_column(default="")
    record_id: Mapped[str64] = mapped_column(default="")
    records: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str64 | None]


class Setting(Base):
    """A business setting, stored as its canonical text; the middle tier owns type and validation."""

    __tablename__ = "setting"
    key: Mapped[str64] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str64] = mapped_column(default="")
    version: Mapped[int] = mapped_column(Integer, default=1)


class ProcessedRequest(Base):
    """Idempotency record: a retried write with the same request id gets the first result back."""

    __tablename__ = "processed_request"
    request_id: Mapped[str64] = mapped_column(primary_key=True)
    verb: Mapped[str64]
    user_id: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text)
    at: Mapped[timestamp] = mapped_column(default=utcnow)


class LoginFailure(Base):
    """Failed logins of one user name from one source address: the growing delay before the next password check,
    and a lock-out of that source (not of the account: its owner elsewhere is not locked out)."""

    __tablename__ = "login_failure"
    username: Mapped[str64] = mapped_column(primary_key=True)     # as typed: unknown names are throttled too
    source: Mapped[str64] = mapped_column(primary_key=True)       # the client's address, without the port
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[timestamp] = mapped_column(default=utcnow)
    next_at: Mapped[timestamp] = mapped_column(default=utcnow)    # no password is checked before this
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class DocumentCounter(Base):
    """The last number given in a series of document numbers (e.g. 'SH-20261201'): numbers never collide."""

    __tablename__ = "document_counter"
    series: Mapped[str64] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


def next_in_series(session: Session, series: str) -> int:
    """The next number of a series, counted in the caller's transaction (the counter row stays locked until it
    ends, so two transactions never get the same number)."""
    table = table_of(DocumentCounter)
    if session.get_bind().dialect.name == "sqlite":
        lite = sqlite.insert(table).values(series=series, value=1)
        return int(session.execute(lite.on_conflict_do_update(index_elements=["series"],
                                                              set_={"value": table.c.value + 1})
                                   .returning(table.c.value)).scalar_one())
    my = mysql.insert(table).values(series=series, value=1)
    session.execute(my.on_duplicate_key_update({"value": table.c.value + 1}))
    return int(session.execute(select(table.c.value).where(table.c.series == series)).scalar_one())


__all__ = [
    "AuditLog", "DocumentCounter", "LoginFailure", "LoginSession", "ProcessedRequest", "Role", "RolePermission",
    "Setting", "User", "UserRole", "next_in_series",
]
