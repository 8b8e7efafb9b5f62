"""Returns to suppliers and the warehouse: approval reserves the return's stock, cancelling releases it, and the
warehouse's shipment of the return moves it to shipped (the warehouse tells purchasing through the hook this area
registers). The stock itself is only ever touched by the warehouse, through its face.
"""
from __future__ import annotations

from sqlalchemy import select

from data_tier.purchasing import PoLine, PurchaseOrder
from middle_tier import wms
from middle_tier.contract import E_CONFLICT, DomainError, Text
from middle_tier.core.ownership import face
from middle_tier.core.uow import UnitOfWork
from middle_tier.purchasing.flows import RETURN_FLOW
from middle_tier.purchasing.orders import po_lines

DOC_TYPE = "return_po"        # the warehouse's outbound requests of returns


def reserve_return(uow: UnitOfWork, po: PurchaseOrder) -> None:
    """Hold every line's quantity in the return's warehouse (refused when less is available)."""
    for ln, sku in po_lines(uow, po.id):
        try:
            wms.reserve_stock(uow, doc_type=DOC_TYPE, doc_ref=po.number, warehouse_id=po.warehouse_id,
                              sku_id=sku.id, qty=ln.qty)
        except wms.StockShort as short:
            raise DomainError(E_CONFLICT, Text("Only {free} of {sku} are available to return.", free=short.available,
                                               sku=sku.code), "lines") from None


def release_return(uow: UnitOfWork, po: PurchaseOrder) -> None:
    """Give the return's stock back, unless the warehouse has picked some of it already."""
    if wms.picked_for(uow, DOC_TYPE, po.number):
        raise DomainError(E_CONFLICT, Text("The warehouse has picked this return already."), "state")
    wms.release_request(uow, DOC_TYPE, po.number)


@face
def return_shipped(uow: UnitOfWork, doc_ref: str, qty: dict[int, int]) -> None:
    """The warehouse shipped a return: what went back is recorded on its lines, and it is shipped."""
    po = uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == doc_ref).with_for_update())
    if po is None or po.kind != "return":
        return
    for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)):
        ln.received_qty = qty.get(ln.sku_id, 0)
    RETURN_FLOW.move(uow, po, "shipped")
