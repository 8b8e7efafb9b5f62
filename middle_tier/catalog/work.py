"""The merchandiser's waiting work for the Home screen: SKUs still in draft."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.catalog import Sku
from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.work import EXAMPLES, bounded_count


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    if "catalog.write" not in uow.state.permissions:
        return []
    drafts = select(Sku.code, Sku.name).where(Sku.status == "draft").order_by(Sku.code)   # ix_sku_status_code
    examples = tuple(f"{code} · {name}" for code, name in uow.session.execute(drafts.limit(EXAMPLES)))
    return [WorkItem("catalog.drafts", "SKUs in draft, not on sale yet", bounded_count(uow.session, drafts),
                     "catalog", examples, False)]
