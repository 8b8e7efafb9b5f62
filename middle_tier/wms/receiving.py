"""Receiving at the dock (收货): a receipt against an expected delivery is counted by scanning, quality-checked
(rejected units stay open on the delivery), and posted: accepted units are stocked into the receiving area
through the ledger, each line as its own lot (the supplier's lot, or the receipt number, so that removal is first
in, first out). The delivery's owner learns what was received and moves its document on (a purchase order
becomes partially received, the rest on backorder, or received). Its over-receipt tolerance caps every line.

What a delivery expects comes from its source, an area that registers itself here (`register_inbound_source`):
purchasing's purchase orders today. The warehouse writes only its own tables (receipts and stock).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select

from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import Receipt, ReceiptLine
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.contract.purchasing import PoLineRecord
from middle_tier.contract.wms import RECEIPT, ReceiptLineRecord, ReceiptRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import check_qty, post_move, virtual_location
from middle_tier.wms.lots import lot_for, require_expiry
from middle_tier.wms.places import warehouse_area

RECEIPT_FLOW = Workflow(RECEIPT, Receipt, stamps={"posted": "posted_at"}, by={"posted": "posted_by"})


@dataclass(frozen=True)
class ExpectedLine:
    line_id: int
    sku_id: int
    ordered: int
    received: int          # accepted by receipts posted so far
    most: int              # the most the line may receive in all: ordered plus the over-receipt tolerance


@dataclass(frozen=True)
class Expected:
    """A delivery the dock may receive against, as its source describes it."""

    id: int
    number: str
    warehouse_id: int
    tolerance_pct: int
    owner_supplier_id: int | None      # consignment: the units stay this supplier's
    lines: tuple[ExpectedLine, ...]

    def line_of(self, sku_id: int) -> ExpectedLine | None:
        return next((ln for ln in self.lines if ln.sku_id == sku_id), None)


class InboundSource(Protocol):
    """The area whose documents announce deliveries (purchasing's purchase orders): a module or object with these
    functions, face functions of their area."""

    def expected(self, uow: UnitOfWork, /, *, number: str = "", doc_id: int = 0, lock: bool = False,
                 starting: bool = False) -> Expected:
        """The delivery by scanned number or id; a domain error when there is none or it expects nothing now
        (`starting`: a receipt is being begun, else one is under way)."""
        ...

    def document(self, uow: UnitOfWork, /, doc_id: int) -> tuple[str, tuple[PoLineRecord, ...]]:
        """The document's number and its lines as the clerk's screen shows them (in any state)."""
        ...

    def received(self, uow: UnitOfWork, /, doc_id: int, counts: Mapping[int, tuple[int, int]]) -> None:
        """A receipt was posted: line id -> (accepted, rejected) units; the source moves its document on."""
        ...


_SOURCES: dict[str, InboundSource] = {}


def register_inbound_source(kind: str, source: InboundSource) -> None:
    """Make `source` the owner of the deliveries of `kind` ('po': purchase orders)."""
    _SOURCES[kind] = source


def _source() -> InboundSource:
    try:
        return _SOURCES["po"]
    except KeyError:
        raise RuntimeError("no inbound source 'po' is registered (import middle_tier.purchasing)") from None


def _receipt(uow: UnitOfWork, receipt_id: int, *, target: str = "") -> Receipt:
    """The receipt, locked; with `target`, only when it may move there (an open receipt)."""
    r = validate.found(uow.session.get(Receipt, receipt_id, with_for_update=True), "This receipt", "receipt_id")
    if target:
        RECEIPT_FLOW.check(r, target, field_name="receipt_id")
    elif r.state != "open":
        RECEIPT_FLOW.check(r, "posted", field_name="receipt_id")
    return r


def receipt_record(uow: UnitOfWork, r: Receipt) -> ReceiptRecord:
    number, po_lines = _source().document(uow, r.po_id)
    lines = tuple(ReceiptLineRecord(ln.po_line_id, sku.id, sku.code, sku.name, ln.lot_code, ln.expires_on, ln.qty,
                                    ln.rejected_qty, ln.reject_reason)
                  for ln, sku in uow.session.execute(select(ReceiptLine, Sku).join(Sku, Sku.id == ReceiptLine.sku_id)
                                                     .where(ReceiptLine.receipt_id == r.id)
                                                     .order_by(ReceiptLine.id)).all())
    return ReceiptRecord(r.id, r.number, r.po_id, number, r.state, r.started_at, r.started_by, r.posted_at, lines,
                         po_lines)


def receipts_of(uow: UnitOfWork, po_id: int) -> tuple[ReceiptRecord, ...]:
    """The receipts against a purchase order, oldest first."""
    return tuple(receipt_record(uow, r) for r in uow.session.scalars(
        select(Receipt).where(Receipt.po_id == po_id).order_by(Receipt.id)))


def receipt_by_number(uow: UnitOfWork, number: str) -> ReceiptRecord:
    r = uow.session.scalar(select(Receipt).where(Receipt.number == number.strip().upper()))
    return receipt_record(uow, validate.found(r, "This receipt", "ref"))


def has_open_receipt(uow: UnitOfWork, po_id: int) -> bool:
    return uow.session.scalar(select(Receipt.id).where(Receipt.po_id == po_id, Receipt.state == "open")) is not None


@verb("wms.operate", label="Start a receipt", writes=True)
def start_receipt(uow: UnitOfWork, *, po_number: str) -> ReceiptRecord:
    """Begin receiving a delivery against a sent order (the PO's barcode scanned); the receipt already open
    for it is returned instead of a second one."""
    expected = _source().expected(uow, number=po_number, lock=True, starting=True)
    r = uow.session.scalar(select(Receipt).where(Receipt.po_id == expected.id, Receipt.state == "open"))
    if r is not None:
        uow.nothing_changed()
        return receipt_record(uow, r)
    r = Receipt(number=next_number(uow, Receipt, "GR"), po_id=expected.id,
                started_by=uow.state.username if uow.state else "")
    uow.session.add(r)
    flush_unique(uow.session, "po_number", Text("Another receipt took this number meanwhile; try again."))
    uow.audit("receipt", r.id, {"started": [None, f"{r.number} for {expected.number}"]})
    return receipt_record(uow, r)


@verb("wms.operate", label="Receive an item", writes=True, idempotent=True)
def scan_receipt(uow: UnitOfWork, *, receipt_id: int, barcode: str, qty: int = 1, lot_code: str = "",
                 expires_on: str = "", request_id: str) -> ReceiptRecord:
    """Count `qty` of a scanned item into the receipt; the item must be on the order and the total may not
    pass what is open plus the order's over-receipt tolerance."""
    r = _receipt(uow, receipt_id)
    expected = _source().expected(uow, doc_id=r.po_id)
    sku = sku_by_scan(uow, barcode)
    ln = expected.line_of(sku.id)
    if ln is None:
        raise DomainError(E_VALIDATION, Text("{sku} is not on {po}.", sku=sku.code, po=expected.number), "barcode")
    check_qty(qty)
    require_expiry(uow, sku, lot_code, expires_on)
    lot_code = lot_code.strip().upper()
    expiry = validate.day(expires_on, "expires_on", "Expiry")
    if expiry and not lot_code:
        raise DomainError(E_VALIDATION, Text("An expiry date needs a lot number."), "lot_code")
    here = uow.session.scalar(select(func.sum(ReceiptLine.qty - ReceiptLine.rejected_qty)).where(
        ReceiptLine.receipt_id == r.id, ReceiptLine.po_line_id == ln.line_id)) or 0
    allowed = ln.most - ln.received - int(here)
    if qty > allowed:
        raise DomainError(E_VALIDATION, Text(
            "Only {left} more of {sku} can be received on {po} (ordered {ordered}, received {received}, "
            "tolerance {tolerance} %).", left=max(allowed, 0), sku=sku.code, po=expected.number, ordered=ln.ordered,
            received=ln.received + int(here), tolerance=expected.tolerance_pct), "qty")
    rl = uow.session.scalar(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id,
                                                      ReceiptLine.po_line_id == ln.line_id,
                                                      ReceiptLine.lot_code == lot_code))
    if rl is None:
        rl = ReceiptLine(receipt_id=r.id, po_line_id=ln.line_id, sku_id=sku.id, lot_code=lot_code, expires_on=expiry,
                         qty=0)
        uow.session.add(rl)
    elif expiry and rl.expires_on != expiry:
        raise DomainError(E_CONFLICT, Text("Lot {lot} was scanned with expiry {expires}.", lot=lot_code,
                                           expires=rl.expires_on), "expires_on")
    rl.qty += qty
    rl.last_scan_at = utcnow()
    uow.session.flush()
    uow.audit("receipt", r.id, {"scan": [None, f"{qty} x {sku.code}" + (f" lot {lot_code}" if lot_code else "")]})
    return receipt_record(uow, r)


@verb("wms.operate", label="Check a receipt line", writes=True)
def check_receipt_line(uow: UnitOfWork, *, receipt_id: int, barcode: str, rejected_qty: int,
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
        raise DomainError(E_VALIDATION, Text("Reject 0 to {most} of {sku}.", most=rl.qty, sku=sku.code),
                          "rejected_qty")
    reason = validate.text(reason, "reason", "Reason", max_length=64, required=rejected_qty > 0)
    before = rl.rejected_qty
    rl.rejected_qty, rl.reject_reason = rejected_qty, reason
    uow.audit("receipt", r.id, {"rejected": [before, f"{rejected_qty} x {sku.code}: {reason}"]})
    return receipt_record(uow, r)


@verb("wms.operate", label="Post a receipt", writes=True, idempotent=True)
def post_receipt(uow: UnitOfWork, *, receipt_id: int, request_id: str) -> ReceiptRecord:
    """Stock the accepted units into the warehouse's receiving area (each line its own lot: the supplier's,
    or the receipt's number, so removal is first in, first out) and tell the order: partially received
    with the rest on backorder, or received."""
    r = _receipt(uow, receipt_id, target="posted")
    lines = list(uow.session.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id)))
    if not any(ln.qty for ln in lines):
        raise DomainError(E_VALIDATION, Text("Nothing was counted on this receipt."), "receipt_id")
    expected = _source().expected(uow, doc_id=r.po_id, lock=True)
    by_line = {ln.line_id: ln for ln in expected.lines}
    dock, supplier = warehouse_area(uow, expected.warehouse_id, "receiving"), virtual_location(uow, "supplier")
    counts: dict[int, tuple[int, int]] = {}
    for rl in lines:
        accepted = rl.qty - rl.rejected_qty
        before = counts.get(rl.po_line_id, (0, 0))
        counts[rl.po_line_id] = (before[0] + accepted, before[1] + rl.rejected_qty)
        line = by_line[rl.po_line_id]
        if line.received + counts[rl.po_line_id][0] > line.most:
            raise DomainError(E_CONFLICT, Text("Another receipt was posted against this order meanwhile; "
                                               "recount."),
                              "receipt_id")
        if accepted:
            sku = uow.session.get(Sku, rl.sku_id)
            lot_id = lot_for(uow, sku, rl.lot_code or r.number, rl.expires_on.isoformat() if rl.expires_on else "",
                             owner_supplier_id=expected.owner_supplier_id)
            post_move(uow, sku_id=sku.id, qty=accepted, src=supplier, dst=dock, lot_id=lot_id, reason="receipt",
                      doc_type="receipt", doc_ref=r.number)
    RECEIPT_FLOW.move(uow, r, "posted", field_name="receipt_id")
    uow.session.flush()
    _source().received(uow, expected.id, counts)
    uow.audit("receipt", r.id, {"posted": [None, r.number]})
    return receipt_record(uow, r)


@verb("wms.operate", label="Cancel a receipt", writes=True)
def cancel_receipt(uow: UnitOfWork, *, receipt_id: int) -> ReceiptRecord:
    """Throw away an open receipt's counts (nothing was stocked)."""
    r = _receipt(uow, receipt_id, target="cancelled")
    RECEIPT_FLOW.move(uow, r, "cancelled", field_name="receipt_id")
    return receipt_record(uow, r)
