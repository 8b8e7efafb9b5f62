"""Printable purchase orders, returns and goods receipts (票据)."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.purchasing import PurchaseOrder, Supplier
from middle_tier import wms
from middle_tier.contract import DocumentRecord
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.orders import po_record


@verb("purchasing.read")
def document(uow: UnitOfWork, *, kind: str, ref: str) -> DocumentRecord:
    """A printable purchase order or return (ref: its number) or goods receipt (ref: the receipt number)."""
    validate.choice(kind, "kind", "Document", ("po", "receipt"))
    if kind == "receipt":
        rec = wms.receipt_by_number(uow, ref)
        return DocumentRecord(kind, "Goods receipt 收货单", rec.number,
                              (("Order", rec.po_number), ("State", rec.state), ("By", rec.started_by),
                               ("Posted", f"{rec.posted_at:%Y-%m-%d %H:%M}" if rec.posted_at else "")),
                              ("SKU", "Name", "Lot", "Expires", "Counted", "Rejected", "Accepted", "Reason"),
                              tuple((ln.sku_code, ln.sku_name, ln.lot_code or rec.number,
                                     ln.expires_on.isoformat() if ln.expires_on else "", str(ln.qty),
                                     str(ln.rejected_qty), str(ln.qty - ln.rejected_qty), ln.reject_reason)
                                    for ln in rec.lines), 0,
                              (("Accepted", str(sum(ln.qty - ln.rejected_qty for ln in rec.lines))),
                               ("Checked by", "")))
    po = validate.found(uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == ref.strip().upper())),
                        "This purchase order", "ref")
    rec = po_record(uow, po)
    s = uow.session.get(Supplier, po.supplier_id)
    title = "Purchase order 采购订单" if po.kind == "purchase" else "Return to supplier 采购退货单"
    return DocumentRecord("po" if po.kind == "purchase" else "return_po", title, po.number,
                          (("Supplier", f"{s.code} {s.name}"), ("Contact", f"{s.contact_name} {s.phone}".strip()),
                           ("Address", s.address), ("Deliver to", rec.warehouse_code),
                           ("Expected", po.expected_on.isoformat() if po.expected_on else ""),
                           ("Terms", s.payment_terms), ("Contract", rec.contract_code + (" (consignment)"
                                                                                         if po.consignment else "")),
                           ("State", po.state), ("Approved by", po.approved_by)),
                          ("#", "SKU", "Name", "Qty", "Price", "Amount", "Expected"),
                          tuple((str(ln.line_no), ln.sku_code, ln.sku_name, str(ln.qty), str(ln.price),
                                 str(ln.amount), ln.expected_on.isoformat() if ln.expected_on else "")
                                for ln in rec.lines), 1,
                          (("Total", str(po.total)), ("Note", po.note)))
