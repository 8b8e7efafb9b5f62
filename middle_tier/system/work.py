"""The administrator's waiting work for the Home screen: failed logins of the last day and lock-outs in force."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.system import AuditLog, LoginFailure, Role, UserRole
from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.work import EXAMPLES, bounded_count, company_zone, local_time


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    perms = uow.state.permissions
    s, now = uow.session, utcnow()
    zone = company_zone(s)
    items = []
    if "system.audit.read" in perms:
        failed = (select(AuditLog.username, AuditLog.client_addr, AuditLog.at)
                  .where(AuditLog.verb == "session.login_failed", AuditLog.at >= now - dt.timedelta(days=1))
                  .order_by(AuditLog.id.desc()))     # ix_audit_log_verb_id, newest first
        examples = tuple(f"{local_time(at, zone)} · {name or '?'} · {addr.rsplit(':', 1)[0]}"
                         for name, addr, at in s.execute(failed.limit(EXAMPLES)))
        items.append(WorkItem("system.failed_logins", "Failed logins in the last 24 hours", bounded_count(s, failed),
                              "audit", examples, False))
    if "system.users.write" in perms:
        locked = (select(LoginFailure.username, LoginFailure.source, LoginFailure.locked_until)
                  .where(LoginFailure.locked_until > now).order_by(LoginFailure.locked_until.desc()))
        count = bounded_count(s, locked)
        examples = tuple(f"{name} · {source} · {local_time(until, zone)}" for name, source, until in s.execute(
            locked.limit(EXAMPLES)))
        items.append(WorkItem("system.locked_out", "Lock-outs in force (user, address, until)", count, "users",
                              examples, count > 0))
    return items


def role_names(uow: UnitOfWork) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The logged-in user's roles: their names, and whether each is built in."""
    rows = uow.session.execute(select(Role.name, Role.is_builtin).join(UserRole, UserRole.role_id == Role.id)
                               .where(UserRole.user_id == uow.state.user_id).order_by(Role.code)).all()
    return tuple(name for name, _ in rows), tuple(bool(b) for _, b in rows)
