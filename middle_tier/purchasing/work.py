"""The buyer's waiting work for the Home screen: orders to approve, deliveries due today or late."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.purchasing import PurchaseOrder, Supplier
from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.work import EXAMPLES, bounded_count, company_today

DUE_STATES = ("sent", "partially_received")


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    perms = uow.state.permissions
    s = uow.session
    items = []
    if "purchasing.approve" in perms:
        drafts = (select(PurchaseOrder.number, Supplier.name, PurchaseOrder.total)
                  .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
                  .where(PurchaseOrder.state == "draft").order_by(PurchaseOrder.id))
        examples = tuple(f"{number} · {name} · {total:,.2f}" for number, name, total in s.execute(
            drafts.limit(EXAMPLES)))
        items.append(WorkItem("purchasing.to_approve", "Purchase orders waiting for approval",
                              bounded_count(s, drafts), "purchasing", examples, False))
    if "purchasing.read" in perms:
        today = company_today(s)
        due = (select(PurchaseOrder.number, Supplier.name, PurchaseOrder.expected_on)
               .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
               .where(PurchaseOrder.state.in_(DUE_STATES), PurchaseOrder.expected_on <= today)
               .order_by(PurchaseOrder.expected_on, PurchaseOrder.id))
        rows = s.execute(due.limit(EXAMPLES)).all()
        examples = tuple(f"{number} · {name} · {on:%Y-%m-%d}" for number, name, on in rows)
        items.append(WorkItem("purchasing.due", "Deliveries expected today or late", bounded_count(s, due),
                              "purchasing", examples, any(on < today for _n, _s, on in rows)))
    return items
