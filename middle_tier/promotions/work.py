"""The merchandiser's waiting work for the Home screen: promotions that end within a week."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.promotions import Promotion
from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.work import EXAMPLES, bounded_count, company_zone, local_time

SOON = dt.timedelta(days=7)


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    if "promotions.write" not in uow.state.permissions:
        return []
    now = utcnow()
    ending = (select(Promotion.code, Promotion.name, Promotion.ends)
              .where(Promotion.status == "active", Promotion.is_template.is_(False), Promotion.ends > now,
                     Promotion.ends <= now + SOON)
              .order_by(Promotion.ends, Promotion.id))
    zone = company_zone(uow.session)
    examples = tuple(f"{code} · {name} · {local_time(ends, zone)}"
                     for code, name, ends in uow.session.execute(ending.limit(EXAMPLES)))
    return [WorkItem("promotions.ending", "Promotions ending within 7 days", bounded_count(uow.session, ending),
                     "promotions", examples, False)]
