"""Purchase orders (采购订单) and returns to suppliers (采购退货, negative POs): lines priced from the valid
contract, approval (`purchasing.approve`), sending, closing and cancelling, by the state machines of the contract.

Purchase order: draft -> approved -> sent -> partially_received -> received -> closed, or cancelled (before any
receipt). Return (negative PO): draft -> approved (stock reserved) -> shipped (the warehouse's shipped event) ->
closed, or cancelled (the reservation released).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import ContractPrice, PoLine, PurchaseOrder, Supplier, SupplierContract
from data_tier.wms import Receipt, Warehouse
from middle_tier import wms
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.purchasing import (
    PO_KINDS,
    PO_LINE_CANCELLABLE,
    PO_STATES,
    RETURN_STATES,
    PoRecord,
    PoSummary,
)
from middle_tier.contract.wms import ReceiptRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.money import parse_money, round_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.contracts import listed_sku, valid_contract
from middle_tier.purchasing.flows import PO_FLOW, flow_of
from middle_tier.purchasing.po_lines import line_record, po_lines
from middle_tier.purchasing.returns import release_return, reserve_return
from middle_tier.purchasing.suppliers import load_supplier
from middle_tier.wms import MAX_QTY

MAX_LINES = 500
ZERO = Decimal("0.00")


def load_po(uow: UnitOfWork, po_id: int, *, version: int | None = None) -> PurchaseOrder:
    po = validate.found(uow.session.get(PurchaseOrder, po_id, with_for_update=True), "This purchase order", "po_id")
    if version is not None:
        validate.version(po, version, f"Purchase order {po.number}")
    return po


def po_record(uow: UnitOfWork, po: PurchaseOrder) -> PoRecord:
    s = uow.session.get(Supplier, po.supplier_id)
    w = uow.session.get(Warehouse, po.warehouse_id)
    c = uow.session.get(SupplierContract, po.contract_id) if po.contract_id else None
    return PoRecord(po.id, po.number, po.kind, s.id, s.code, s.name, w.id, w.code, c.code if c else "", po.consignment,
                    po.state, po.expected_on, po.tolerance_pct, po.note, po.total, po.created_at, po.created_by,
                    po.approved_at, po.approved_by, po.sent_at, po.first_receipt_at, po.done_at, po.closed_at,
                    po.cancelled_at, tuple(line_record(ln, sku) for ln, sku in po_lines(uow, po.id)), po.version)


def read_lines(uow: UnitOfWork, supplier: Supplier,
                lines: tuple[tuple[str, int, str, str], ...]) -> list[tuple[Sku, int, Decimal, dt.date | None]]:
    """(SKU code or barcode, qty, price text, expected date) -> checked lines; a blank price takes the valid
    contract's price, else the SKU's cost."""
    if not 1 <= len(lines) <= MAX_LINES:
        raise DomainError(E_VALIDATION, Text("An order has 1 to {most} lines.", most=MAX_LINES), "lines")
    contract = valid_contract(uow, supplier.id, utcnow().date())
    out: list = []
    seen: set[int] = set()
    for n, (scan, qty, price_text, expected) in enumerate(lines, start=1):
        sku = listed_sku(uow, scan, f"Line {n}", "lines", seen)
        if not 1 <= qty <= MAX_QTY:
            raise DomainError(E_VALIDATION, Text("Line {n}: the quantity must be between 1 and {most}.",
                                                 n=n, most=MAX_QTY), "lines")
        if price_text.strip():
            price = parse_money(price_text, "lines", f"Line {n}: the price")
        else:
            listed = contract and uow.session.get(ContractPrice, (contract.id, sku.id))
            price = listed.price if listed else sku.cost
        out.append((sku, qty, price, validate.day(expected, "lines", f"Line {n}: the expected date")))
    return out


def write_lines(uow: UnitOfWork, po: PurchaseOrder, lines: list) -> None:
    for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)):
        uow.session.delete(ln)
    uow.session.flush()
    total = ZERO
    for n, (sku, qty, price, expected) in enumerate(lines, start=1):
        uow.session.add(PoLine(po_id=po.id, line_no=n, sku_id=sku.id, qty=qty, price=price,
                               expected_on=expected or po.expected_on))
        total += round_money(price * qty)
    po.total = total


def summary_row(r) -> tuple:  # type: ignore[no-untyped-def]
    po, s_code, s_name, w_code = r
    return PoSummary(po.id, po.number, po.kind, s_code, s_name, w_code, po.state, po.expected_on, po.total,
                     po.created_at, po.version).to_wire()


@verb("purchasing.read")
def list_pos(uow: UnitOfWork, *, state: str = "", kind: str = "", supplier_id: int = 0, search: str = "",
             cursor: str = "", page_size: int = 200) -> Page:
    """Purchase orders newest first, by state, kind, supplier or number."""
    stmt = (select(PurchaseOrder, Supplier.code, Supplier.name, Warehouse.code)
            .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
            .join(Warehouse, Warehouse.id == PurchaseOrder.warehouse_id))
    if state:
        stmt = stmt.where(PurchaseOrder.state == validate.choice(state, "state", "State",
                                                                 tuple(dict.fromkeys(PO_STATES + RETURN_STATES))))
    if kind:
        stmt = stmt.where(PurchaseOrder.kind == validate.choice(kind, "kind", "Kind", PO_KINDS))
    if supplier_id:
        stmt = stmt.where(PurchaseOrder.supplier_id == supplier_id)
    if search.strip():
        stmt = stmt.where(PurchaseOrder.number.like(f"%{search.strip().upper()[:64]}%"))
    return keyset_page(uow.session, stmt, [(PurchaseOrder.id, True)], cursor=cursor, page_size=page_size,
                       columns=PoSummary.columns(), row_to_wire=summary_row, key_of=lambda r: (r[0].id,))


@verb("purchasing.read")
def get_po(uow: UnitOfWork, *, po_id: int = 0, number: str = "") -> PoRecord:
    """One order with its lines, by id or by its number (as scanned from the printed order)."""
    po = (uow.session.get(PurchaseOrder, po_id) if po_id else
          uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == number.strip().upper())))
    return po_record(uow, validate.found(po, "This purchase order", "number" if number else "po_id"))


@verb("purchasing.write", label="Create a purchase order", writes=True, idempotent=True)
def create_po(uow: UnitOfWork, *, supplier_id: int, warehouse_id: int,
              lines: tuple[tuple[str, int, str, str], ...], kind: str = "purchase", expected_on: str = "",
              tolerance_pct: int = 0, note: str = "", request_id: str) -> PoRecord:
    """A draft order (or return, kind 'return') with lines (SKU code or barcode, qty, price or '' for the
    contract's price, expected date or '')."""
    s = load_supplier(uow, supplier_id)
    if not s.is_active:
        raise DomainError(E_VALIDATION, Text("Supplier {code} is not active.", code=s.code), "supplier_id")
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    validate.choice(kind, "kind", "Kind", PO_KINDS)
    if not 0 <= tolerance_pct <= 50:
        raise DomainError(E_VALIDATION, Text("The over-receipt tolerance is 0 to 50 %."), "tolerance_pct")
    contract = valid_contract(uow, s.id, utcnow().date())
    po = PurchaseOrder(number=next_number(uow, PurchaseOrder, "PO" if kind == "purchase" else "RT"), kind=kind,
                       supplier_id=s.id, warehouse_id=warehouse_id, contract_id=contract.id if contract else None,
                       consignment=bool(contract and contract.kind == "consignment"),
                       expected_on=validate.day(expected_on, "expected_on", "Expected date"),
                       tolerance_pct=tolerance_pct,
                       note=validate.text(note, "note", "Note", max_length=255, required=False),
                       created_by=uow.state.username if uow.state else "")
    checked = read_lines(uow, s, lines)
    uow.session.add(po)
    flush_unique(uow.session, "number", Text("Another order took this number meanwhile; try again."))
    write_lines(uow, po, checked)
    uow.session.flush()
    uow.audit("purchase_order", po.id, {"created": [None, f"{po.number} {kind} {s.code}, {len(lines)} line(s), "
                                                          f"{po.total}"]})
    return po_record(uow, po)


@verb("purchasing.write", label="Change a purchase order", writes=True)
def update_po(uow: UnitOfWork, *, po_id: int, version: int, lines: tuple[tuple[str, int, str, str], ...],
              expected_on: str = "", tolerance_pct: int = 0, note: str = "") -> PoRecord:
    """Replace a draft's lines and terms."""
    po = load_po(uow, po_id, version=version)
    if po.state != "draft":
        raise DomainError(E_CONFLICT, Text("Only a draft can be edited; {po} is {state}.", po=po.number,
                                           state=po.state), "state")
    if not 0 <= tolerance_pct <= 50:
        raise DomainError(E_VALIDATION, Text("The over-receipt tolerance is 0 to 50 %."), "tolerance_pct")
    checked = read_lines(uow, uow.session.get(Supplier, po.supplier_id), lines)
    before = str(po.total)
    po.expected_on = validate.day(expected_on, "expected_on", "Expected date")
    po.tolerance_pct = tolerance_pct
    po.note = validate.text(note, "note", "Note", max_length=255, required=False)
    write_lines(uow, po, checked)
    po.version += 1
    uow.audit("purchase_order", po.id, {"total": [before, str(po.total)], "lines": [None, len(lines)]})
    return po_record(uow, po)


@verb("purchasing.approve", label="Approve a purchase order", writes=True)
def approve_po(uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
    """Approve a draft (by a role with purchasing.approve). A return reserves its stock in the warehouse
    now, so that it is picked and shipped back like any outbound request."""
    po = load_po(uow, po_id, version=version)
    flow_of(po).check(po, "approved")
    if po.kind == "return":
        reserve_return(uow, po)
    flow_of(po).move(uow, po, "approved")
    return po_record(uow, po)


@verb("purchasing.write", label="Send a purchase order", writes=True)
def send_po(uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
    """The approved order went to the supplier: the dock may receive against it."""
    po = load_po(uow, po_id, version=version)
    if po.kind != "purchase":
        raise DomainError(E_CONFLICT, Text("A return is not sent: the warehouse ships it."), "state")
    PO_FLOW.move(uow, po, "sent")
    return po_record(uow, po)


@verb("purchasing.write", label="Cancel a purchase order", writes=True)
def cancel_po(uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
    """Cancel an order nothing was received against (a return: its reservation is released)."""
    po = load_po(uow, po_id, version=version)
    flow_of(po).move(uow, po, "cancelled")
    if po.kind == "return":
        release_return(uow, po)
    return po_record(uow, po)


@verb("purchasing.write", label="Close a purchase order", writes=True)
def close_po(uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
    """Close an order: what is still open (the backorder) will not come."""
    po = load_po(uow, po_id, version=version)
    if wms.has_open_receipt(uow, po.id):
        raise DomainError(E_CONFLICT, Text("A receipt against this order is still open."), "state")
    flow_of(po).move(uow, po, "closed")
    return po_record(uow, po)


@verb("purchasing.write", label="Cancel a purchase order line", writes=True)
def cancel_po_line(uow: UnitOfWork, *, po_id: int, version: int, line_id: int) -> PoRecord:
    """Cancel what is still open on one line of an order: the line is cut to what was received (a line with nothing
    received goes); the total follows, and an order whose every line is then complete is received."""
    po = load_po(uow, po_id, version=version)
    if po.kind != "purchase" or po.state not in PO_LINE_CANCELLABLE:
        raise DomainError(E_CONFLICT, Text("Lines of {po} cannot be cancelled: it is {state}.", po=po.number,
                                           state=po.state), "state")
    if wms.has_open_receipt(uow, po.id):
        raise DomainError(E_CONFLICT, Text("A receipt against this order is still open."), "state")
    lines = list(uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id).order_by(PoLine.line_no)))
    line = validate.found(next((ln for ln in lines if ln.id == line_id), None), "This order line", "line_id")
    if line.received_qty >= line.qty:
        raise DomainError(E_CONFLICT, Text("Line {n} has nothing open.", n=line.line_no), "line_id")
    if not line.received_qty and len(lines) == 1:
        raise DomainError(E_CONFLICT, Text("An order keeps at least one line; cancel the order instead."), "line_id")
    before_total, before_qty = po.total, line.qty
    if line.received_qty:
        line.qty = line.received_qty
    else:
        uow.session.delete(line)
        lines.remove(line)
    po.total = sum((round_money(ln.price * ln.qty) for ln in lines), ZERO)
    uow.audit("purchase_order", po.id, {f"line {line.line_no}": [before_qty, line.received_qty],
                                        "total": [str(before_total), str(po.total)]})
    if po.state == "partially_received" and all(ln.received_qty >= ln.qty for ln in lines):
        PO_FLOW.move(uow, po, "received")
    else:
        po.version += 1
    uow.session.flush()
    return po_record(uow, po)


@verb("purchasing.read")
def list_receipts(uow: UnitOfWork, *, po_id: int, cursor: str = "", page_size: int = 50) -> Page:
    """The receipts of an order, oldest first (the warehouse's receipts, as it describes them)."""
    stmt = select(Receipt.id, Receipt.number).where(Receipt.po_id == po_id)
    return keyset_page(uow.session, stmt, [(Receipt.id, False)], cursor=cursor, page_size=page_size,
                       columns=ReceiptRecord.columns(),
                       row_to_wire=lambda r: wms.receipt_by_number(uow, r[1]).to_wire(), key_of=lambda r: (r[0],))
