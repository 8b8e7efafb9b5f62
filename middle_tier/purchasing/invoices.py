"""Supplier invoices (发票) matched three ways against ordered prices and received quantities."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.purchasing import InvoiceLine, PoLine, PurchaseOrder, Supplier, SupplierInvoice
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.purchasing import InvoiceRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.money import parse_money, round_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.orders import MAX_LINES, ZERO, load_po
from middle_tier.wms import MAX_QTY


@verb("purchasing.write", label="Record a supplier invoice", writes=True)
def record_invoice(uow: UnitOfWork, *, po_id: int, number: str, invoice_date: str,
                   lines: tuple[tuple[str, int, str], ...]) -> InvoiceRecord:
    """A supplier invoice against an order, lines (SKU code or barcode, qty, unit price), matched three
    ways: every line on the order, invoiced in all no more than was received, at the ordered price. Kept
    either way: 'matched', or 'variance' with each problem listed for the buyer to settle."""
    po = load_po(uow, po_id)
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
    return invoice_record(uow, inv)


def invoice_record(uow: UnitOfWork, inv: SupplierInvoice) -> InvoiceRecord:
    s = uow.session.get(Supplier, inv.supplier_id)
    po = uow.session.get(PurchaseOrder, inv.po_id)
    return InvoiceRecord(inv.id, s.code, po.number, inv.number, inv.invoice_date, inv.total, inv.state,
                         tuple(x for x in inv.issues.split("\n") if x), inv.created_at)


@verb("purchasing.read")
def list_invoices(uow: UnitOfWork, *, po_id: int = 0, state: str = "", cursor: str = "",
                  page_size: int = 200) -> Page:
    """Supplier invoices newest first; `state` 'variance' is the buyer's list to settle."""
    stmt = select(SupplierInvoice)
    if po_id:
        stmt = stmt.where(SupplierInvoice.po_id == po_id)
    if state:
        stmt = stmt.where(SupplierInvoice.state == validate.choice(state, "state", "State", ("matched", "variance")))
    return keyset_page(uow.session, stmt, [(SupplierInvoice.id, True)], cursor=cursor, page_size=page_size,
                       columns=InvoiceRecord.columns(),
                       row_to_wire=lambda r: invoice_record(uow, r[0]).to_wire(), key_of=lambda r: (r[0].id,))
