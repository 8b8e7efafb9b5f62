"""Purchase orders as the warehouse's source of deliveries: what the dock may receive against an order, and what
a posted receipt means for it. Registered with the warehouse by this area's package (`wms.InboundSource`).
"""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.purchasing import PoLine, PurchaseOrder
from middle_tier import wms
from middle_tier.contract import E_CONFLICT, DomainError, Text
from middle_tier.contract.purchasing import PURCHASE_ORDER, PoLineRecord
from middle_tier.core import validate
from middle_tier.core.ownership import face
from middle_tier.core.uow import UnitOfWork
from middle_tier.purchasing.orders import PO_FLOW, line_record, po_lines

RECEIVABLE = PURCHASE_ORDER.sources("received")       # sent, partially received


def expected(uow: UnitOfWork, /, *, number: str = "", doc_id: int = 0, lock: bool = False,
             starting: bool = False) -> wms.Expected:
    """The order by scanned number or id, when it still expects goods; `starting`: a receipt is being begun."""
    if number:
        stmt = select(PurchaseOrder).where(PurchaseOrder.number == number.strip().upper())
        po = uow.session.scalar(stmt.with_for_update() if lock else stmt)
    else:
        po = uow.session.get(PurchaseOrder, doc_id, with_for_update=lock)
    if starting:
        po = validate.found(po, "This purchase order", "po_number")
        if po.kind != "purchase" or po.state not in RECEIVABLE:
            raise DomainError(E_CONFLICT, Text("{po} is {state}: nothing is expected against it.", po=po.number,
                                               state=po.state), "po_number")
    else:
        po = validate.found(po, "This purchase order", "receipt_id")
        if po.state not in RECEIVABLE:
            raise DomainError(E_CONFLICT, Text("{po} is {state} now: cancel this receipt.", po=po.number,
                                               state=po.state), "receipt_id")
    lines = tuple(wms.ExpectedLine(ln.id, ln.sku_id, ln.qty, ln.received_qty,
                                   most=ln.qty + (ln.qty * po.tolerance_pct) // 100)   # the over-receipt tolerance
                  for ln, _sku in po_lines(uow, po.id))
    return wms.Expected(po.id, po.number, po.warehouse_id, po.tolerance_pct,
                        po.supplier_id if po.consignment else None, lines)


def document(uow: UnitOfWork, /, doc_id: int) -> tuple[str, tuple[PoLineRecord, ...]]:
    """The order's number and lines, as the receiving clerk sees them."""
    po = uow.session.get(PurchaseOrder, doc_id)
    return po.number, tuple(line_record(ln, sku) for ln, sku in po_lines(uow, doc_id))


@face
def received(uow: UnitOfWork, /, doc_id: int, counts: Mapping[int, tuple[int, int]]) -> None:
    """A receipt was posted: each line's accepted and rejected units are added, and the order becomes partially
    received (the rest on backorder) or received."""
    po = uow.session.get(PurchaseOrder, doc_id, with_for_update=True)
    lines = list(uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)))
    for ln in lines:
        accepted, rejected = counts.get(ln.id, (0, 0))
        ln.received_qty += accepted
        ln.rejected_qty += rejected
    po.first_receipt_at = po.first_receipt_at or utcnow()
    done = all(ln.received_qty >= ln.qty for ln in lines)
    PO_FLOW.move(uow, po, "received" if done else "partially_received")
