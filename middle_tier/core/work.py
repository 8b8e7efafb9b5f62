"""What the Home screen lists: each area's `work_items(uow)` names the work waiting for the user, by permission.

An area counts its waiting work with `bounded_count` (never more than WORK_COUNT_MAX + 1 rows are read: a big
backlog shows as "more than 999"), names the first few in `examples`, and says when it needs attention now (late,
locked, below the reorder point). The day is the company's (setting `timezone`), not the server's.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from middle_tier.core.settings import get_setting

WORK_COUNT_MAX = 999       # counted up to this; one more says "more than"
EXAMPLES = 5               # lines a work item names


def bounded_count(session: Session, stmt: Select) -> int:
    """The rows of `stmt`, counted up to WORK_COUNT_MAX + 1."""
    return int(session.scalar(select(func.count()).select_from(stmt.limit(WORK_COUNT_MAX + 1).subquery())) or 0)


def company_zone(session: Session) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(get_setting(session, "timezone"))


def company_today(session: Session) -> dt.date:
    """Today in the company's time zone."""
    return dt.datetime.now(company_zone(session)).date()


def local_time(at: dt.datetime, zone: zoneinfo.ZoneInfo) -> str:
    """A stored UTC time as the company reads it: '03-12 14:05'."""
    return f"{at.replace(tzinfo=dt.UTC).astimezone(zone):%m-%d %H:%M}"
