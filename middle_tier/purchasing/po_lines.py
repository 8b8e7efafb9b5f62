"""The lines of an order, as stored and as the client sees them."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.catalog import Sku
from data_tier.purchasing import PoLine
from middle_tier.contract.purchasing import PoLineRecord
from middle_tier.core.money import round_money
from middle_tier.core.uow import UnitOfWork


def po_lines(uow: UnitOfWork, po_id: int) -> list[tuple[PoLine, Sku]]:
    return list(uow.session.execute(select(PoLine, Sku).join(Sku, Sku.id == PoLine.sku_id)
                                    .where(PoLine.po_id == po_id).order_by(PoLine.line_no)).all())


def line_record(ln: PoLine, sku: Sku) -> PoLineRecord:
    return PoLineRecord(ln.id, ln.line_no, sku.id, sku.code, sku.name, sku.barcode or "", ln.qty, ln.price,
                        round_money(ln.price * ln.qty), ln.expected_on, ln.received_qty, ln.rejected_qty,
                        ln.invoiced_qty, max(ln.qty - ln.received_qty, 0))
