"""Receiving at the dock (part of the `wms` component): a receipt against a sent purchase order is counted by
scanning, quality-checked (rejected units stay open on the order), and posted: accepted units are stocked into
the receiving area through the ledger, each line as its own lot (the supplier's lot, or the receipt number, so
that removal is first in, first out), and the order becomes partially received (the rest on backorder) or
received. The over-receipt tolerance of the order caps every line.
"""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import PoLine, PurchaseOrder, Receipt, ReceiptLine
from middle_tier import validate
from middle_tier.api import Exposed, expose, flush_unique, verb
from middle_tier.contract import (
    E_CONFLICT,
    E_VALIDATION,
    DomainError,
    PoLineRecord,
    ReceiptLineRecord,
    ReceiptRecord,
    Text,
)
from middle_tier.money import round_money
from middle_tier.stock import (
    area,
    check_qty,
    lot_for,
    next_number,
    post_move,
    require_expiry,
    sku_by_scan,
    virtual_location,
)
from middle_tier.uow import UnitOfWork


def po_lines(uow: UnitOfWork, po_id: int) -> list[tuple[PoLine, Sku]]:
    return list(uow.session.execute(select(PoLine, Sku).join(Sku, Sku.id == PoLine.sku_id)
                                    .where(PoLine.po_id == po_id).order_by(PoLine.line_no)).all())


def line_record(ln: PoLine, sku: Sku) -> PoLineRecord:
    return PoLineRecord(ln.id, ln.line_no, sku.id, sku.code, sku.name, sku.barcode or "", ln.qty, ln.price,
                        round_money(ln.price * ln.qty), ln.expected_on, ln.received_qty, ln.rejected_qty,
                        ln.invoiced_qty, max(ln.qty - ln.received_qty, 0))


# ---- receipts ----------------------------------------------------------------------------------------------

def _receipt(uow: UnitOfWork, receipt_id: int, *, state: str = "open") -> Receipt:
    r = validate.found(uow.session.get(Receipt, receipt_id, with_for_update=True), "This receipt", "receipt_id")
    if r.state != state:
        raise DomainError(E_CONFLICT, Text("Receipt {number} is {state}.", number=r.number, state=r.state), "receipt_id")
    return r


def _expected(uow: UnitOfWork, r: Receipt, *, lock: bool = False) -> PurchaseOrder:
    """The receipt's order, which must still expect goods (not cancelled or closed meanwhile)."""
    po = uow.session.get(PurchaseOrder, r.po_id, with_for_update=lock)
    if po.state not in ("sent", "partially_received"):
        raise DomainError(E_CONFLICT, Text("{po} is {state} now: cancel this receipt.", po=po.number, state=po.state), "receipt_id")
    return po


def receipt_record(uow: UnitOfWork, r: Receipt) -> ReceiptRecord:
    po = uow.session.get(PurchaseOrder, r.po_id)
    lines = tuple(ReceiptLineRecord(ln.po_line_id, sku.id, sku.code, sku.name, ln.lot_code, ln.expires_on, ln.qty,
                                    ln.rejected_qty, ln.reject_reason)
                  for ln, sku in uow.session.execute(select(ReceiptLine, Sku).join(Sku, Sku.id == ReceiptLine.sku_id)
                                                     .where(ReceiptLine.receipt_id == r.id)
                                                     .order_by(ReceiptLine.id)).all())
    return ReceiptRecord(r.id, r.number, po.id, po.number, r.state, r.started_at, r.started_by, r.posted_at, lines,
                         tuple(line_record(ln, sku) for ln, sku in po_lines(uow, po.id)))


def _limit(ln: PoLine, tolerance_pct: int) -> int:
    """The most a line may receive in all: ordered plus the over-receipt tolerance."""
    return ln.qty + (ln.qty * tolerance_pct) // 100



@expose
class ReceivingVerbs(Exposed):
    """Receipts against purchase orders."""

    @verb("wms.operate", writes=True)
    def start_receipt(self, uow: UnitOfWork, *, po_number: str) -> ReceiptRecord:
        """Begin receiving a delivery against a sent order (the PO's barcode scanned); the receipt already open
        for it is returned instead of a second one."""
        po = uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == po_number.strip().upper())
                                .with_for_update())
        po = validate.found(po, "This purchase order", "po_number")
        if po.kind != "purchase" or po.state not in ("sent", "partially_received"):
            raise DomainError(E_CONFLICT, Text("{po} is {state}: nothing is expected against it.", po=po.number, state=po.state), "po_number")
        r = uow.session.scalar(select(Receipt).where(Receipt.po_id == po.id, Receipt.state == "open"))
        if r is not None:
            uow.nothing_changed()
            return receipt_record(uow, r)
        r = Receipt(number=next_number(uow, Receipt, "GR"), po_id=po.id,
                    started_by=uow.state.username if uow.state else "")
        uow.session.add(r)
        flush_unique(uow.session, "po_number", Text("Another receipt took this number meanwhile; try again."))
        uow.audit("receipt", r.id, {"started": [None, f"{r.number} for {po.number}"]})
        return receipt_record(uow, r)

    @verb("wms.operate", writes=True, idempotent=True)
    def scan_receipt(self, uow: UnitOfWork, *, receipt_id: int, barcode: str, qty: int = 1, lot_code: str = "",
                     expires_on: str = "", request_id: str) -> ReceiptRecord:
        """Count `qty` of a scanned item into the receipt; the item must be on the order and the total may not
        pass what is open plus the order's over-receipt tolerance."""
        r = _receipt(uow, receipt_id)
        po = _expected(uow, r)
        sku = sku_by_scan(uow, barcode)
        ln = uow.session.scalar(select(PoLine).where(PoLine.po_id == po.id, PoLine.sku_id == sku.id))
        if ln is None:
            raise DomainError(E_VALIDATION, Text("{sku} is not on {po}.", sku=sku.code, po=po.number), "barcode")
        check_qty(qty)
        require_expiry(uow, sku, lot_code, expires_on)
        lot_code = lot_code.strip().upper()
        expiry = validate.day(expires_on, "expires_on", "Expiry")
        if expiry and not lot_code:
            raise DomainError(E_VALIDATION, Text("An expiry date needs a lot number."), "lot_code")
        here = uow.session.scalar(select(func.sum(ReceiptLine.qty - ReceiptLine.rejected_qty)).where(
            ReceiptLine.receipt_id == r.id, ReceiptLine.po_line_id == ln.id)) or 0
        allowed = _limit(ln, po.tolerance_pct) - ln.received_qty - int(here)
        if qty > allowed:
            raise DomainError(E_VALIDATION, Text(
                "Only {left} more of {sku} can be received on {po} (ordered {ordered}, received {received}, "
                "tolerance {tolerance} %).", left=max(allowed, 0), sku=sku.code, po=po.number, ordered=ln.qty,
                received=ln.received_qty + int(here), tolerance=po.tolerance_pct), "qty")
        rl = uow.session.scalar(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id,
                                                          ReceiptLine.po_line_id == ln.id,
                                                          ReceiptLine.lot_code == lot_code))
        if rl is None:
            rl = ReceiptLine(receipt_id=r.id, po_line_id=ln.id, sku_id=sku.id, lot_code=lot_code, expires_on=expiry,
                             qty=0)
            uow.session.add(rl)
        elif expiry and rl.expires_on != expiry:
            raise DomainError(E_CONFLICT, Text("Lot {lot} was scanned with expiry {expires}.", lot=lot_code, expires=rl.expires_on), "expires_on")
        rl.qty += qty
        rl.last_scan_at = utcnow()
        uow.session.flush()
        uow.audit("receipt", r.id, {"scan": [None, f"{qty} x {sku.code}" + (f" lot {lot_code}" if lot_code else "")]})
        return receipt_record(uow, r)

    @verb("wms.operate", writes=True)
    def check_receipt_line(self, uow: UnitOfWork, *, receipt_id: int, barcode: str, rejected_qty: int,
                           reason: str = "", lot_code: str = "") -> ReceiptRecord:
        """Quality check: of the counted units of an item (and lot), `rejected_qty` are refused (they go back
        with the carrier and stay open on the order)."""
        r = _receipt(uow, receipt_id)
        sku = sku_by_scan(uow, barcode)
        rl = uow.session.scalar(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id, ReceiptLine.sku_id == sku.id,
                                                          ReceiptLine.lot_code == lot_code.strip().upper()))
        if rl is None:
            raise DomainError(E_VALIDATION, Text("{sku} was not counted on this receipt.", sku=sku.code), "barcode")
        if not 0 <= rejected_qty <= rl.qty:
            raise DomainError(E_VALIDATION, Text("Reject 0 to {most} of {sku}.", most=rl.qty, sku=sku.code), "rejected_qty")
        reason = validate.text(reason, "reason", "Reason", max_length=64, required=rejected_qty > 0)
        before = rl.rejected_qty
        rl.rejected_qty, rl.reject_reason = rejected_qty, reason
        uow.audit("receipt", r.id, {"rejected": [before, f"{rejected_qty} x {sku.code}: {reason}"]})
        return receipt_record(uow, r)

    @verb("wms.operate", writes=True, idempotent=True)
    def post_receipt(self, uow: UnitOfWork, *, receipt_id: int, request_id: str) -> ReceiptRecord:
        """Stock the accepted units into the warehouse's receiving area (each line its own lot: the supplier's,
        or the receipt's number, so removal is first in, first out) and update the order: partially received
        with the rest on backorder, or received."""
        r = _receipt(uow, receipt_id)
        lines = list(uow.session.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id)))
        if not any(ln.qty for ln in lines):
            raise DomainError(E_VALIDATION, Text("Nothing was counted on this receipt."), "receipt_id")
        po = _expected(uow, r, lock=True)
        dock, supplier = area(uow, po.warehouse_id, "receiving"), virtual_location(uow, "supplier")
        for rl in lines:
            accepted = rl.qty - rl.rejected_qty
            pl = uow.session.get(PoLine, rl.po_line_id)
            if pl.received_qty + accepted > _limit(pl, po.tolerance_pct):
                raise DomainError(E_CONFLICT, Text("Another receipt was posted against this order meanwhile; "
                                                   "recount."),
                                  "receipt_id")
            pl.received_qty += accepted
            pl.rejected_qty += rl.rejected_qty
            if accepted:
                sku = uow.session.get(Sku, rl.sku_id)
                lot_id = lot_for(uow, sku, rl.lot_code or r.number, rl.expires_on.isoformat() if rl.expires_on else "",
                                 owner_supplier_id=po.supplier_id if po.consignment else None)
                post_move(uow, sku_id=sku.id, qty=accepted, src=supplier, dst=dock, lot_id=lot_id, reason="receipt",
                          doc_type="receipt", doc_ref=r.number)
        r.state, r.posted_at = "posted", utcnow()
        r.posted_by = uow.state.username if uow.state else ""
        po.first_receipt_at = po.first_receipt_at or r.posted_at
        before = po.state
        uow.session.flush()
        done = all(ln.received_qty >= ln.qty for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)))
        po.state = "received" if done else "partially_received"
        if done:
            po.done_at = r.posted_at
        po.version += 1
        uow.audit("receipt", r.id, {"posted": [None, r.number], "po_state": [before, po.state]})
        return receipt_record(uow, r)

    @verb("wms.operate", writes=True)
    def cancel_receipt(self, uow: UnitOfWork, *, receipt_id: int) -> ReceiptRecord:
        """Throw away an open receipt's counts (nothing was stocked)."""
        r = _receipt(uow, receipt_id)
        r.state = "cancelled"
        uow.audit("receipt", r.id, {"state": ["open", "cancelled"]})
        return receipt_record(uow, r)
