"""The `purchasing` component: suppliers, contracts with price lists, purchase orders and their approval,
receipts against them (scanned at the dock, quality-checked, stocked when posted), negative POs that send stock
back through the warehouse's outbound flow, supplier invoices matched against ordered and received quantities,
and reorder suggestions turned into draft POs.

Purchase order: draft -> approved -> sent -> partially_received -> received -> closed, or cancelled (before any
receipt). Return (negative PO): draft -> approved (stock reserved) -> shipped (the warehouse's shipped event) ->
closed, or cancelled (the reservation released).
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from sqlalchemy import func, or_, select

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import (
    ContractPrice,
    InvoiceLine,
    PoLine,
    PurchaseOrder,
    Receipt,
    ReorderRule,
    Supplier,
    SupplierContract,
    SupplierInvoice,
)
from data_tier.wms import Location, Lot, StockLevel, StockMove, StockReservation, Warehouse
from middle_tier import validate
from middle_tier.api import Exposed, expose, flush_unique, verb
from middle_tier.contract import (
    CONTRACT_KINDS,
    E_CONFLICT,
    E_DUPLICATE,
    E_VALIDATION,
    PO_KINDS,
    PO_STATES,
    PO_TRANSITIONS,
    RETURN_STATES,
    SUPPLIER_FIELDS,
    ConsignmentSale,
    ContractRecord,
    DocumentRecord,
    DomainError,
    InvoiceRecord,
    Page,
    PoRecord,
    PoSummary,
    ReorderSuggestion,
    SupplierRecord,
    Text,
)
from middle_tier.money import parse_money, round_money
from middle_tier.paging import keyset_page
from middle_tier.receiving import line_record, po_lines, receipt_record
from middle_tier.stock import (
    MAX_QTY,
    SHIPPED_HOOKS,
    next_number,
    sku_by_scan,
    virtual_location,
)
from middle_tier.uow import UnitOfWork
from middle_tier.wms_outbound import cancel_open_tasks, open_reservations

MAX_LINES = 500
DEMAND_DAYS = 28
ZERO = Decimal("0.00")


# ---- suppliers -------------------------------------------------------------------------------------------

def _supplier_record(s: Supplier) -> SupplierRecord:
    return SupplierRecord(s.id, s.code, s.name, s.contact_name, s.phone, s.email, s.address, s.payment_terms,
                          s.lead_time_days, s.is_active, s.version)


def _supplier_values(fields: tuple[tuple[str, str], ...], current: dict[str, str]) -> dict:
    given: dict[str, str] = {}
    for name, value in fields:
        if name not in SUPPLIER_FIELDS:
            raise DomainError(E_VALIDATION, Text("A supplier has no field '{field}'.", field=name[:40]), name[:40])
        given[name] = value
    raw = {**current, **given}
    lead = raw.get("lead_time_days", "7").strip() or "7"
    if not lead.isdigit() or not 0 <= int(lead) <= 365:
        raise DomainError(E_VALIDATION, Text("The lead time is 0 to 365 days."), "lead_time_days")
    active = raw.get("is_active", "true").strip().lower()
    if active not in ("true", "false", "1", "0", "yes", "no"):
        raise DomainError(E_VALIDATION, Text("Active is yes or no."), "is_active")
    return {
        "code": validate.code(raw.get("code", ""), "code", "Supplier code", max_length=32),
        "name": validate.text(raw.get("name", ""), "name", "Name", max_length=128),
        "contact_name": validate.text(raw.get("contact_name", ""), "contact_name", "Contact", max_length=64,
                                      required=False),
        "phone": validate.text(raw.get("phone", ""), "phone", "Phone", max_length=64, required=False),
        "email": validate.email(raw.get("email", "")),
        "address": validate.text(raw.get("address", ""), "address", "Address", max_length=255, required=False),
        "payment_terms": validate.text(raw.get("payment_terms", ""), "payment_terms", "Payment terms", max_length=64,
                                       required=False),
        "lead_time_days": int(lead),
        "is_active": active in ("true", "1", "yes"),
    }


def _supplier(uow: UnitOfWork, supplier_id: int) -> Supplier:
    return validate.found(uow.session.get(Supplier, supplier_id), "This supplier", "supplier_id")


def _valid_contract(uow: UnitOfWork, supplier_id: int, on: dt.date) -> SupplierContract | None:
    return uow.session.scalar(select(SupplierContract).where(
        SupplierContract.supplier_id == supplier_id, SupplierContract.valid_from <= on,
        SupplierContract.valid_to >= on).order_by(SupplierContract.valid_from.desc(), SupplierContract.id.desc()))


def _contract_record(uow: UnitOfWork, c: SupplierContract) -> ContractRecord:
    prices = tuple(uow.session.execute(select(Sku.code, ContractPrice.price).join(Sku, Sku.id == ContractPrice.sku_id)
                                       .where(ContractPrice.contract_id == c.id).order_by(Sku.code)).all())
    return ContractRecord(c.id, c.supplier_id, c.code, c.kind, c.valid_from, c.valid_to, c.terms,
                          tuple((code, price) for code, price in prices), c.version)


# ---- purchase orders ---------------------------------------------------------------------------------------

def _po(uow: UnitOfWork, po_id: int, *, version: int | None = None) -> PurchaseOrder:
    po = validate.found(uow.session.get(PurchaseOrder, po_id, with_for_update=True), "This purchase order", "po_id")
    if version is not None:
        validate.version(po, version, f"Purchase order {po.number}")
    return po


def _po_record(uow: UnitOfWork, po: PurchaseOrder) -> PoRecord:
    s = uow.session.get(Supplier, po.supplier_id)
    w = uow.session.get(Warehouse, po.warehouse_id)
    c = uow.session.get(SupplierContract, po.contract_id) if po.contract_id else None
    return PoRecord(po.id, po.number, po.kind, s.id, s.code, s.name, w.id, w.code, c.code if c else "", po.consignment,
                    po.state, po.expected_on, po.tolerance_pct, po.note, po.total, po.created_at, po.created_by,
                    po.approved_at, po.approved_by, po.sent_at, po.first_receipt_at, po.done_at, po.closed_at,
                    po.cancelled_at, tuple(line_record(ln, sku) for ln, sku in po_lines(uow, po.id)), po.version)


def _listed_sku(uow: UnitOfWork, scan: str, where: str, field: str, seen: set[int]) -> Sku:
    """The SKU of one line of a list (an order's lines, a price list), each SKU at most once."""
    try:
        sku = sku_by_scan(uow, scan, field)
    except DomainError as e:
        raise DomainError(E_VALIDATION, Text("{where}: {message}", where=where, message=e.message), field) from None
    if sku.id in seen:
        raise DomainError(E_VALIDATION, Text("{where}: {sku} is listed twice.",
                                             where=where, sku=sku.code), field)
    seen.add(sku.id)
    return sku


def _read_lines(uow: UnitOfWork, supplier: Supplier,
                lines: tuple[tuple[str, int, str, str], ...]) -> list[tuple[Sku, int, Decimal, dt.date | None]]:
    """(SKU code or barcode, qty, price text, expected date) -> checked lines; a blank price takes the valid
    contract's price, else the SKU's cost."""
    if not 1 <= len(lines) <= MAX_LINES:
        raise DomainError(E_VALIDATION, Text("An order has 1 to {most} lines.", most=MAX_LINES), "lines")
    contract = _valid_contract(uow, supplier.id, utcnow().date())
    out: list = []
    seen: set[int] = set()
    for n, (scan, qty, price_text, expected) in enumerate(lines, start=1):
        sku = _listed_sku(uow, scan, f"Line {n}", "lines", seen)
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


def _write_lines(uow: UnitOfWork, po: PurchaseOrder, lines: list) -> None:
    for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)):
        uow.session.delete(ln)
    uow.session.flush()
    total = ZERO
    for n, (sku, qty, price, expected) in enumerate(lines, start=1):
        uow.session.add(PoLine(po_id=po.id, line_no=n, sku_id=sku.id, qty=qty, price=price,
                               expected_on=expected or po.expected_on))
        total += round_money(price * qty)
    po.total = total


def _move_state(uow: UnitOfWork, po: PurchaseOrder, action: str, new_state: str, stamp: str) -> None:
    """One transition of the order: allowed from PO_TRANSITIONS[action] only, stamped in its time column, logged."""
    if po.state not in PO_TRANSITIONS[action]:
        raise DomainError(E_CONFLICT, Text("Purchase order {po} is {state}; this is allowed only when it is "
                                           "{allowed}.", po=po.number, state=po.state,
                                           allowed="/".join(PO_TRANSITIONS[action])), "state")
    before = po.state
    po.state = new_state
    po.version += 1
    setattr(po, stamp, utcnow())
    if stamp == "approved_at":
        po.approved_by = uow.state.username if uow.state else ""
    uow.audit("purchase_order", po.id, {"state": [before, new_state]})


def _summary_row(r) -> tuple:  # type: ignore[no-untyped-def]
    po, s_code, s_name, w_code = r
    return PoSummary(po.id, po.number, po.kind, s_code, s_name, w_code, po.state, po.expected_on, po.total,
                     po.created_at, po.version).to_wire()


# ---- the shipped event of a return -------------------------------------------------------------------------

def _return_shipped(uow: UnitOfWork, doc_ref: str, qty: dict[int, int]) -> None:
    po = uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == doc_ref).with_for_update())
    if po is None or po.kind != "return":
        return
    for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id)):
        ln.received_qty = qty.get(ln.sku_id, 0)
    po.state, po.done_at = "shipped", utcnow()
    po.version += 1


SHIPPED_HOOKS["return_po"] = _return_shipped


@expose
class PurchasingComponent(Exposed):
    """Purchasers' suppliers and orders, receiving at the dock, invoice matching and reorder suggestions."""

    _area = "purchasing"

    # ---- suppliers and contracts ----------------------------------------------------------------------
    @verb("purchasing.read")
    def list_suppliers(self, uow: UnitOfWork, *, search: str = "", active_only: bool = False, cursor: str = "",
                       page_size: int = 200) -> Page:
        """Suppliers by code; `search` matches code or name."""
        stmt = select(Supplier)
        if search.strip():
            like = f"%{search.strip()[:64]}%"
            stmt = stmt.where(or_(Supplier.code.like(like), Supplier.name.like(like)))
        if active_only:
            stmt = stmt.where(Supplier.is_active.is_(True))
        return keyset_page(uow.session, stmt, [(Supplier.code, False)], cursor=cursor, page_size=page_size,
                           columns=SupplierRecord.columns(), row_to_wire=lambda r: _supplier_record(r[0]).to_wire(),
                           key_of=lambda r: (r[0].code,))

    @verb("purchasing.read")
    def get_supplier(self, uow: UnitOfWork, *, supplier_id: int) -> SupplierRecord:
        return _supplier_record(_supplier(uow, supplier_id))

    @verb("purchasing.write", writes=True)
    def create_supplier(self, uow: UnitOfWork, *, fields: tuple[tuple[str, str], ...]) -> SupplierRecord:
        """A supplier from (field, text) pairs: code, name, contact_name, phone, email, address, payment_terms,
        lead_time_days, is_active."""
        values = _supplier_values(fields, {})
        if uow.session.scalar(select(Supplier.id).where(Supplier.code == values["code"])) is not None:
            raise DomainError(E_DUPLICATE, Text("This supplier code is taken."), "code")
        s = Supplier(**values)
        uow.session.add(s)
        flush_unique(uow.session, "code", Text("This supplier code was taken meanwhile."))
        uow.audit("supplier", s.id, {k: [None, v] for k, v in values.items()})
        return _supplier_record(s)

    @verb("purchasing.write", writes=True)
    def update_supplier(self, uow: UnitOfWork, *, supplier_id: int, version: int,
                        fields: tuple[tuple[str, str], ...]) -> SupplierRecord:
        """Change the fields given; the code stays."""
        s = _supplier(uow, supplier_id)
        validate.version(s, version, f"Supplier {s.code}")
        before = {k: getattr(s, k) for k in SUPPLIER_FIELDS}
        values = _supplier_values(fields, {k: str(v).lower() if isinstance(v, bool) else str(v)
                                           for k, v in before.items()})
        if values["code"] != s.code:
            raise DomainError(E_VALIDATION, Text("A supplier's code cannot change."), "code")
        for k, v in values.items():
            setattr(s, k, v)
        s.version += 1
        uow.audit("supplier", s.id, {k: [before[k], v] for k, v in values.items() if before[k] != v})
        return _supplier_record(s)

    @verb("purchasing.read")
    def list_contracts(self, uow: UnitOfWork, *, supplier_id: int) -> tuple:
        """The supplier's contracts, newest first, with their price lists."""
        _supplier(uow, supplier_id)
        return tuple(_contract_record(uow, c).to_wire() for c in uow.session.scalars(
            select(SupplierContract).where(SupplierContract.supplier_id == supplier_id)
            .order_by(SupplierContract.valid_from.desc(), SupplierContract.id.desc())))

    @verb("purchasing.write", writes=True)
    def create_contract(self, uow: UnitOfWork, *, supplier_id: int, code: str, kind: str, valid_from: str,
                        valid_to: str, terms: str = "", prices: tuple[tuple[str, str], ...] = ()) -> ContractRecord:
        """A contract for a period, buy-to-own or consignment, with its price list ((SKU code, price), ...)."""
        s = _supplier(uow, supplier_id)
        code = validate.code(code, "code", "Contract code", max_length=32)
        validate.choice(kind, "kind", "Kind", CONTRACT_KINDS)
        start = validate.day(valid_from, "valid_from", "Valid from", required=True)
        end = validate.day(valid_to, "valid_to", "Valid to", required=True)
        if end < start:
            raise DomainError(E_VALIDATION, Text("A contract ends on or after its first day."), "valid_to")
        if len(prices) > 20_000:
            raise DomainError(E_VALIDATION, Text("At most 20,000 prices per contract."), "prices")
        if uow.session.scalar(select(SupplierContract.id).where(SupplierContract.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("This contract code is taken."), "code")
        c = SupplierContract(supplier_id=s.id, code=code, kind=kind, valid_from=start, valid_to=end,
                             terms=validate.text(terms, "terms", "Terms", max_length=255, required=False))
        uow.session.add(c)
        flush_unique(uow.session, "code", Text("This contract code was taken meanwhile."))
        seen: set[int] = set()
        for n, (scan, price_text) in enumerate(prices, start=1):
            sku = _listed_sku(uow, scan, f"Price {n}", "prices", seen)
            uow.session.add(ContractPrice(contract_id=c.id, sku_id=sku.id,
                                          price=parse_money(price_text, "prices", f"Price {n}")))
        uow.session.flush()
        uow.audit("supplier_contract", c.id, {"contract": [None, f"{s.code} {code} {kind} {start}..{end}, "
                                                                 f"{len(prices)} price(s)"]})
        return _contract_record(uow, c)

    # ---- purchase orders --------------------------------------------------------------------------------
    @verb("purchasing.read")
    def list_pos(self, uow: UnitOfWork, *, state: str = "", kind: str = "", supplier_id: int = 0, search: str = "",
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
                           columns=PoSummary.columns(), row_to_wire=_summary_row, key_of=lambda r: (r[0].id,))

    @verb("purchasing.read")
    def get_po(self, uow: UnitOfWork, *, po_id: int = 0, number: str = "") -> PoRecord:
        """One order with its lines, by id or by its number (as scanned from the printed order)."""
        po = (uow.session.get(PurchaseOrder, po_id) if po_id else
              uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == number.strip().upper())))
        return _po_record(uow, validate.found(po, "This purchase order", "number" if number else "po_id"))

    @verb("purchasing.write", writes=True, idempotent=True)
    def create_po(self, uow: UnitOfWork, *, supplier_id: int, warehouse_id: int,
                  lines: tuple[tuple[str, int, str, str], ...], kind: str = "purchase", expected_on: str = "",
                  tolerance_pct: int = 0, note: str = "", request_id: str) -> PoRecord:
        """A draft order (or return, kind 'return') with lines (SKU code or barcode, qty, price or '' for the
        contract's price, expected date or '')."""
        s = _supplier(uow, supplier_id)
        if not s.is_active:
            raise DomainError(E_VALIDATION, Text("Supplier {code} is not active.", code=s.code), "supplier_id")
        validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        validate.choice(kind, "kind", "Kind", PO_KINDS)
        if not 0 <= tolerance_pct <= 50:
            raise DomainError(E_VALIDATION, Text("The over-receipt tolerance is 0 to 50 %."), "tolerance_pct")
        contract = _valid_contract(uow, s.id, utcnow().date())
        po = PurchaseOrder(number=next_number(uow, PurchaseOrder, "PO" if kind == "purchase" else "RT"), kind=kind,
                           supplier_id=s.id, warehouse_id=warehouse_id, contract_id=contract.id if contract else None,
                           consignment=bool(contract and contract.kind == "consignment"),
                           expected_on=validate.day(expected_on, "expected_on", "Expected date"),
                           tolerance_pct=tolerance_pct,
                           note=validate.text(note, "note", "Note", max_length=255, required=False),
                           created_by=uow.state.username if uow.state else "")
        checked = _read_lines(uow, s, lines)
        uow.session.add(po)
        flush_unique(uow.session, "number", Text("Another order took this number meanwhile; try again."))
        _write_lines(uow, po, checked)
        uow.session.flush()
        uow.audit("purchase_order", po.id, {"created": [None, f"{po.number} {kind} {s.code}, {len(lines)} line(s), "
                                                              f"{po.total}"]})
        return _po_record(uow, po)

    @verb("purchasing.write", writes=True)
    def update_po(self, uow: UnitOfWork, *, po_id: int, version: int, lines: tuple[tuple[str, int, str, str], ...],
                  expected_on: str = "", tolerance_pct: int = 0, note: str = "") -> PoRecord:
        """Replace a draft's lines and terms."""
        po = _po(uow, po_id, version=version)
        if po.state != "draft":
            raise DomainError(E_CONFLICT, Text("Only a draft can be edited; {po} is {state}.", po=po.number,
                                               state=po.state), "state")
        if not 0 <= tolerance_pct <= 50:
            raise DomainError(E_VALIDATION, Text("The over-receipt tolerance is 0 to 50 %."), "tolerance_pct")
        checked = _read_lines(uow, uow.session.get(Supplier, po.supplier_id), lines)
        before = str(po.total)
        po.expected_on = validate.day(expected_on, "expected_on", "Expected date")
        po.tolerance_pct = tolerance_pct
        po.note = validate.text(note, "note", "Note", max_length=255, required=False)
        _write_lines(uow, po, checked)
        po.version += 1
        uow.audit("purchase_order", po.id, {"total": [before, str(po.total)], "lines": [None, len(lines)]})
        return _po_record(uow, po)

    @verb("purchasing.approve", writes=True)
    def approve_po(self, uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
        """Approve a draft (by a role with purchasing.approve). A return reserves its stock in the warehouse
        now, so that it is picked and shipped back like any outbound request."""
        po = _po(uow, po_id, version=version)
        if po.kind == "return" and po.state == "draft":
            for ln, sku in po_lines(uow, po.id):
                if not ledger.reserve_level(uow.session, po.warehouse_id, sku.id, ln.qty):
                    level = uow.session.get(StockLevel, (po.warehouse_id, sku.id))
                    free = level.on_hand - level.reserved if level else 0
                    raise DomainError(E_CONFLICT, Text("Only {free} of {sku} are available to return.", free=free,
                                                       sku=sku.code), "lines")
                uow.session.add(StockReservation(warehouse_id=po.warehouse_id, sku_id=sku.id, qty=ln.qty,
                                                 doc_type="return_po", doc_ref=po.number))
        _move_state(uow, po, "approve", "approved", "approved_at")
        return _po_record(uow, po)

    @verb("purchasing.write", writes=True)
    def send_po(self, uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
        """The approved order went to the supplier: the dock may receive against it."""
        po = _po(uow, po_id, version=version)
        if po.kind != "purchase":
            raise DomainError(E_CONFLICT, Text("A return is not sent: the warehouse ships it."), "state")
        _move_state(uow, po, "send", "sent", "sent_at")
        return _po_record(uow, po)

    @verb("purchasing.write", writes=True)
    def cancel_po(self, uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
        """Cancel an order nothing was received against (a return: its reservation is released)."""
        po = _po(uow, po_id, version=version)
        _move_state(uow, po, "cancel", "cancelled", "cancelled_at")
        if po.kind == "return":
            rows = open_reservations(uow, "return_po", po.number)
            if any(r.picked_qty for r in rows):
                raise DomainError(E_CONFLICT, Text("The warehouse has picked this return already."), "state")
            for r in rows:
                ledger.release_level(uow.session, r.warehouse_id, r.sku_id, r.qty)
                r.state = "released"
            cancel_open_tasks(uow, [r.id for r in rows])
        return _po_record(uow, po)

    @verb("purchasing.write", writes=True)
    def close_po(self, uow: UnitOfWork, *, po_id: int, version: int) -> PoRecord:
        """Close an order: what is still open (the backorder) will not come."""
        po = _po(uow, po_id, version=version)
        if uow.session.scalar(select(Receipt.id).where(Receipt.po_id == po.id, Receipt.state == "open")):
            raise DomainError(E_CONFLICT, Text("A receipt against this order is still open."), "state")
        _move_state(uow, po, "close", "closed", "closed_at")
        return _po_record(uow, po)

    @verb("purchasing.read")
    def list_receipts(self, uow: UnitOfWork, *, po_id: int) -> tuple:
        """The receipts of an order, oldest first."""
        return tuple(receipt_record(uow, r).to_wire() for r in uow.session.scalars(
            select(Receipt).where(Receipt.po_id == po_id).order_by(Receipt.id)))

    # ---- supplier invoices ---------------------------------------------------------------------------
    @verb("purchasing.write", writes=True)
    def record_invoice(self, uow: UnitOfWork, *, po_id: int, number: str, invoice_date: str,
                       lines: tuple[tuple[str, int, str], ...]) -> InvoiceRecord:
        """A supplier invoice against an order, lines (SKU code or barcode, qty, unit price), matched three
        ways: every line on the order, invoiced in all no more than was received, at the ordered price. Kept
        either way: 'matched', or 'variance' with each problem listed for the buyer to settle."""
        po = _po(uow, po_id)
        if po.kind != "purchase" or po.state in ("draft", "approved", "cancelled"):
            raise DomainError(E_CONFLICT, Text("{po} is {state}: there is nothing to invoice.", po=po.number,
                                               state=po.state), "po_id")
        number = validate.text(number, "number", "Invoice number", max_length=64).upper()
        if uow.session.scalar(select(SupplierInvoice.id).where(SupplierInvoice.supplier_id == po.supplier_id,
                                                               SupplierInvoice.number == number)):
            raise DomainError(E_DUPLICATE, Text("This supplier's invoice with this number is recorded already."), "number")
        day = validate.day(invoice_date, "invoice_date", "Invoice date", required=True)
        if not 1 <= len(lines) <= MAX_LINES:
            raise DomainError(E_VALIDATION, Text("An invoice has 1 to {most} lines.", most=MAX_LINES), "lines")
        by_sku = {ln.sku_id: ln for ln in uow.session.scalars(select(PoLine).where(PoLine.po_id == po.id))}
        issues, total, booked = [], ZERO, []
        for n, (scan, qty, price_text) in enumerate(lines, start=1):
            sku = sku_by_scan(uow, scan, "lines")
            if not 1 <= qty <= MAX_QTY:
                raise DomainError(E_VALIDATION, Text("Line {n}: the quantity must be between 1 and {most}.",
                                                     n=n, most=MAX_QTY), "lines")
            price = parse_money(price_text, "lines", f"Line {n}: the price")
            ln = by_sku.get(sku.id)
            if ln is None:
                raise DomainError(E_VALIDATION, Text("Line {n}: {sku} is not on {order}.",
                                                     n=n, sku=sku.code, order=po.number), "lines")
            total += round_money(price * qty)
            if ln.invoiced_qty + qty > ln.received_qty:
                issues.append(f"{sku.code}: invoiced {ln.invoiced_qty + qty}, received {ln.received_qty}")
            if price != ln.price:
                issues.append(f"{sku.code}: price {price}, ordered at {ln.price}")
            ln.invoiced_qty += qty
            booked.append((ln, qty, price))
        inv = SupplierInvoice(supplier_id=po.supplier_id, po_id=po.id, number=number, invoice_date=day, total=total,
                              state="variance" if issues else "matched", issues="\n".join(issues)[:2000],
                              created_by=uow.state.username if uow.state else "")
        uow.session.add(inv)
        flush_unique(uow.session, "number", Text("This invoice was recorded meanwhile."))
        for ln, qty, price in booked:
            uow.session.add(InvoiceLine(invoice_id=inv.id, po_line_id=ln.id, qty=qty, price=price))
        uow.audit("supplier_invoice", inv.id, {"invoice": [None, f"{number} {total} {inv.state}"]})
        return self._invoice_record(uow, inv)

    @staticmethod
    def _invoice_record(uow: UnitOfWork, inv: SupplierInvoice) -> InvoiceRecord:
        s = uow.session.get(Supplier, inv.supplier_id)
        po = uow.session.get(PurchaseOrder, inv.po_id)
        return InvoiceRecord(inv.id, s.code, po.number, inv.number, inv.invoice_date, inv.total, inv.state,
                             tuple(x for x in inv.issues.split("\n") if x), inv.created_at)

    @verb("purchasing.read")
    def list_invoices(self, uow: UnitOfWork, *, po_id: int = 0, state: str = "", cursor: str = "",
                      page_size: int = 200) -> Page:
        """Supplier invoices newest first; `state` 'variance' is the buyer's list to settle."""
        stmt = select(SupplierInvoice)
        if po_id:
            stmt = stmt.where(SupplierInvoice.po_id == po_id)
        if state:
            stmt = stmt.where(SupplierInvoice.state == validate.choice(state, "state", "State", ("matched", "variance")))
        return keyset_page(uow.session, stmt, [(SupplierInvoice.id, True)], cursor=cursor, page_size=page_size,
                           columns=InvoiceRecord.columns(),
                           row_to_wire=lambda r: self._invoice_record(uow, r[0]).to_wire(), key_of=lambda r: (r[0].id,))

    # ---- reorder suggestions ------------------------------------------------------------------------
    @verb("purchasing.write", writes=True)
    def save_reorder_rule(self, uow: UnitOfWork, *, sku_id: int, warehouse_id: int, supplier_id: int,
                          reorder_point: int, min_qty: int = 1) -> tuple:
        """When to buy a SKU for a warehouse and from whom; returns (sku_id, warehouse_id)."""
        validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")
        validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        _supplier(uow, supplier_id)
        if not 0 <= reorder_point <= MAX_QTY:
            raise DomainError(E_VALIDATION, Text("The reorder point is 0 to {most}.", most=MAX_QTY), "reorder_point")
        if not 1 <= min_qty <= MAX_QTY:
            raise DomainError(E_VALIDATION, Text("The least order is 1 to {most}.", most=MAX_QTY), "min_qty")
        rule = uow.session.get(ReorderRule, (sku_id, warehouse_id))
        before = (rule.supplier_id, rule.reorder_point, rule.min_qty) if rule else None
        if rule is None:
            rule = ReorderRule(sku_id=sku_id, warehouse_id=warehouse_id, supplier_id=supplier_id,
                               reorder_point=reorder_point, min_qty=min_qty)
            uow.session.add(rule)
        else:
            rule.supplier_id, rule.reorder_point, rule.min_qty = supplier_id, reorder_point, min_qty
            rule.version += 1
        uow.audit("reorder_rule", f"{sku_id}/{warehouse_id}",
                  {"rule": [list(before) if before else None, [supplier_id, reorder_point, min_qty]]})
        return (sku_id, warehouse_id)

    @verb("purchasing.read")
    def reorder_suggestions(self, uow: UnitOfWork, *, warehouse_id: int) -> tuple:
        """SKUs to buy now: stock position (available + open on orders) at or below the reorder point, or below
        the demand expected during the supplier's lead time (daily demand = shipped in the last 28 days / 28).
        The suggestion brings the position up to that level plus one more lead time of demand, at least the
        rule's least order."""
        return tuple(s.to_wire() for s in _suggestions(uow, warehouse_id))

    @verb("purchasing.write", writes=True, idempotent=True)
    def create_pos_from_suggestions(self, uow: UnitOfWork, *, warehouse_id: int, sku_ids: tuple[int, ...],
                                    request_id: str) -> tuple:
        """Draft orders from the suggestions of the SKUs named, one per supplier; returns their numbers."""
        wanted = set(sku_ids)
        chosen = [s for s in _suggestions(uow, warehouse_id) if s.sku_id in wanted]
        if not chosen:
            raise DomainError(E_VALIDATION, Text("None of these SKUs needs ordering now."), "sku_ids")
        by_supplier: dict[int, list[ReorderSuggestion]] = {}
        for s in chosen:
            by_supplier.setdefault(s.supplier_id, []).append(s)
        numbers = []
        for supplier_id, items in sorted(by_supplier.items()):
            s = uow.session.get(Supplier, supplier_id)
            contract = _valid_contract(uow, supplier_id, utcnow().date())
            expected = utcnow().date() + dt.timedelta(days=s.lead_time_days)
            po = PurchaseOrder(number=next_number(uow, PurchaseOrder, "PO"), kind="purchase", supplier_id=supplier_id,
                               warehouse_id=warehouse_id, contract_id=contract.id if contract else None,
                               consignment=bool(contract and contract.kind == "consignment"), expected_on=expected,
                               note="from reorder suggestions", created_by=uow.state.username if uow.state else "")
            uow.session.add(po)
            flush_unique(uow.session, "sku_ids", Text("Another order took this number meanwhile; try again."))
            _write_lines(uow, po, [(uow.session.get(Sku, i.sku_id), i.suggested_qty, i.price, expected) for i in items])
            numbers.append(po.number)
        uow.session.flush()
        uow.audit("purchase_order", numbers[0], {"suggested": [None, ", ".join(numbers)]})
        return tuple(numbers)

    # ---- consignment -------------------------------------------------------------------------------------
    @verb("purchasing.read")
    def consignment_sales(self, uow: UnitOfWork, *, supplier_id: int, date_from: str, date_to: str) -> tuple:
        """Consignment units of the supplier shipped to customers from `date_from` to `date_to` (inclusive), per
        SKU, at the consignment contract's price valid on the last day (else the SKU's cost): what the supplier
        settlement owes. Units stay the supplier's until they leave to a customer."""
        s = _supplier(uow, supplier_id)
        start = validate.day(date_from, "date_from", "From", required=True)
        end = validate.day(date_to, "date_to", "To", required=True)
        if end < start:
            raise DomainError(E_VALIDATION, Text("The period ends on or after its first day."), "date_to")
        customer = virtual_location(uow, "customer")
        sold = uow.session.execute(
            select(Sku, func.sum(StockMove.qty)).join(Lot, Lot.id == StockMove.lot_id)
            .join(Sku, Sku.id == StockMove.sku_id)
            .where(Lot.owner_supplier_id == s.id, StockMove.to_location_id == customer.id,
                   StockMove.at >= dt.datetime.combine(start, dt.time()),
                   StockMove.at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
            .group_by(Sku.id).order_by(Sku.code)).all()
        contract = uow.session.scalar(select(SupplierContract).where(
            SupplierContract.supplier_id == s.id, SupplierContract.kind == "consignment",
            SupplierContract.valid_from <= end).order_by(SupplierContract.valid_from.desc(), SupplierContract.id.desc()))
        out = []
        for sku, qty in sold:
            listed = contract and uow.session.get(ContractPrice, (contract.id, sku.id))
            price = listed.price if listed else sku.cost
            out.append(ConsignmentSale(sku.id, sku.code, sku.name, int(qty), price, round_money(price * int(qty))))
        return tuple(x.to_wire() for x in out)

    # ---- documents -----------------------------------------------------------------------------------
    @verb("purchasing.read")
    def document(self, uow: UnitOfWork, *, kind: str, ref: str) -> DocumentRecord:
        """A printable purchase order or return (ref: its number) or goods receipt (ref: the receipt number)."""
        validate.choice(kind, "kind", "Document", ("po", "receipt"))
        if kind == "receipt":
            r = validate.found(uow.session.scalar(select(Receipt).where(Receipt.number == ref.strip().upper())),
                               "This receipt", "ref")
            rec = receipt_record(uow, r)
            return DocumentRecord(kind, "Goods receipt 收货单", r.number,
                                  (("Order", rec.po_number), ("State", r.state), ("By", r.started_by),
                                   ("Posted", f"{r.posted_at:%Y-%m-%d %H:%M}" if r.posted_at else "")),
                                  ("SKU", "Name", "Lot", "Expires", "Counted", "Rejected", "Accepted", "Reason"),
                                  tuple((ln.sku_code, ln.sku_name, ln.lot_code or r.number,
                                         ln.expires_on.isoformat() if ln.expires_on else "", str(ln.qty),
                                         str(ln.rejected_qty), str(ln.qty - ln.rejected_qty), ln.reject_reason)
                                        for ln in rec.lines), 0,
                                  (("Accepted", str(sum(ln.qty - ln.rejected_qty for ln in rec.lines))),
                                   ("Checked by", "")))
        po = validate.found(uow.session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == ref.strip().upper())),
                            "This purchase order", "ref")
        rec = _po_record(uow, po)
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


def _suggestions(uow: UnitOfWork, warehouse_id: int) -> list[ReorderSuggestion]:
    w = validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    since = utcnow() - dt.timedelta(days=DEMAND_DAYS)
    customer = virtual_location(uow, "customer")
    shipped = dict(uow.session.execute(
        select(StockMove.sku_id, func.sum(StockMove.qty)).join(Location, Location.id == StockMove.from_location_id)
        .where(StockMove.to_location_id == customer.id, StockMove.at >= since, Location.warehouse_id == w.id)
        .group_by(StockMove.sku_id)).all())
    on_order = dict(uow.session.execute(
        select(PoLine.sku_id, func.sum(PoLine.qty - PoLine.received_qty)).join(PurchaseOrder, PurchaseOrder.id == PoLine.po_id)
        .where(PurchaseOrder.warehouse_id == w.id, PurchaseOrder.kind == "purchase",
               PurchaseOrder.state.in_(("draft", "approved", "sent", "partially_received")),
               PoLine.qty > PoLine.received_qty).group_by(PoLine.sku_id)).all())
    rows = uow.session.execute(
        select(ReorderRule, Sku, Supplier, StockLevel.on_hand, StockLevel.reserved)
        .join(Sku, Sku.id == ReorderRule.sku_id).join(Supplier, Supplier.id == ReorderRule.supplier_id)
        .outerjoin(StockLevel, (StockLevel.sku_id == ReorderRule.sku_id) & (StockLevel.warehouse_id == w.id))
        .where(ReorderRule.warehouse_id == w.id).order_by(Sku.code)).all()
    today = utcnow().date()
    out = []
    contracts: dict[int, SupplierContract | None] = {}
    for rule, sku, s, on_hand, reserved in rows:
        available = (on_hand or 0) - (reserved or 0)
        coming = int(on_order.get(sku.id, 0) or 0)
        daily = (Decimal(int(shipped.get(sku.id, 0) or 0)) / DEMAND_DAYS).quantize(Decimal("0.01"))
        lead_demand = math.ceil(daily * s.lead_time_days)
        trigger = max(rule.reorder_point, lead_demand)
        position = available + coming
        if position > trigger:
            continue
        qty = max(rule.min_qty, trigger + lead_demand - position, 1)
        if s.id not in contracts:          # one lookup per supplier, not per suggested SKU
            contracts[s.id] = _valid_contract(uow, s.id, today)
        contract = contracts[s.id]
        listed = contract and uow.session.get(ContractPrice, (contract.id, sku.id))
        out.append(ReorderSuggestion(sku.id, sku.code, sku.name, w.id, w.code, s.id, s.code, available, coming, daily,
                                     s.lead_time_days, rule.reorder_point, qty, listed.price if listed else sku.cost))
    return out
