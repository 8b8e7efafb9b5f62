"""The contract of the `purchasing` area: suppliers, contracts, purchase orders and returns, invoices,
reorder suggestions, consignment."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from middle_tier.contract import Record, StateMachine

CONTRACT_KINDS = ("buy", "consignment")
PO_KINDS = ("purchase", "return")
# A purchase order: receipts move it to partially received (the rest on backorder) or received; it is closed when
# nothing more will come, or cancelled before anything was received.
PURCHASE_ORDER = StateMachine(
    "purchase_order", "Purchase order",
    states=("draft", "approved", "sent", "partially_received", "received", "closed", "cancelled"),
    transitions=(("draft", "approved"), ("approved", "sent"), ("sent", "partially_received"), ("sent", "received"),
                 ("partially_received", "partially_received"), ("partially_received", "received"),
                 ("partially_received", "closed"), ("received", "closed"),
                 ("draft", "cancelled"), ("approved", "cancelled"), ("sent", "cancelled")),
)
# A return to the supplier (negative PO): approval reserves its stock, the warehouse's shipment ships it.
RETURN_TO_SUPPLIER = StateMachine(
    "purchase_order", "Return to supplier",
    states=("draft", "approved", "shipped", "closed", "cancelled"),
    transitions=(("draft", "approved"), ("approved", "shipped"), ("shipped", "closed"),
                 ("draft", "cancelled"), ("approved", "cancelled")),
)
PO_STATES = PURCHASE_ORDER.states
RETURN_STATES = RETURN_TO_SUPPLIER.states
# A line's open quantity (not received yet) may be cancelled while the order still expects goods.
PO_LINE_CANCELLABLE = ("draft", "approved", "sent", "partially_received")
SUPPLIER_FIELDS = ("code", "name", "contact_name", "phone", "email", "address", "payment_terms", "lead_time_days",
                   "is_active")


@dataclasses.dataclass(frozen=True)
class SupplierRecord(Record):
    id: int
    code: str
    name: str
    contact_name: str
    phone: str
    email: str
    address: str
    payment_terms: str
    lead_time_days: int
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class ContractRecord(Record):
    id: int
    supplier_id: int
    code: str
    kind: str              # buy | consignment
    valid_from: dt.date
    valid_to: dt.date
    terms: str
    prices: tuple[tuple[str, Decimal], ...]      # (SKU code, price)
    version: int


@dataclasses.dataclass(frozen=True)
class PoLineRecord(Record):
    id: int
    line_no: int
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    qty: int
    price: Decimal
    amount: Decimal
    expected_on: dt.date | None
    received_qty: int      # accepted into stock (a return: shipped back)
    rejected_qty: int
    invoiced_qty: int
    open_qty: int          # still to come (the backorder) or to go back


@dataclasses.dataclass(frozen=True)
class PoSummary(Record):
    id: int
    number: str
    kind: str
    supplier_code: str
    supplier_name: str
    warehouse_code: str
    state: str
    expected_on: dt.date | None
    total: Decimal
    created_at: dt.datetime
    version: int


@dataclasses.dataclass(frozen=True)
class PoRecord(Record):
    id: int
    number: str
    kind: str              # purchase | return
    supplier_id: int
    supplier_code: str
    supplier_name: str
    warehouse_id: int
    warehouse_code: str
    contract_code: str
    consignment: bool
    state: str
    expected_on: dt.date | None
    tolerance_pct: int
    note: str
    total: Decimal
    created_at: dt.datetime
    created_by: str
    approved_at: dt.datetime | None
    approved_by: str
    sent_at: dt.datetime | None
    first_receipt_at: dt.datetime | None
    done_at: dt.datetime | None
    closed_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    lines: tuple[PoLineRecord, ...]
    version: int


@dataclasses.dataclass(frozen=True)
class InvoiceRecord(Record):
    id: int
    supplier_code: str
    po_number: str
    number: str
    invoice_date: dt.date
    total: Decimal
    state: str             # matched | variance
    issues: tuple[str, ...]
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class ReorderSuggestion(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    warehouse_id: int
    warehouse_code: str
    supplier_id: int
    supplier_code: str
    available: int         # on hand - reserved
    on_order: int          # open on purchase orders
    daily_demand: Decimal  # shipped over the last 28 days / 28
    lead_time_days: int
    reorder_point: int
    suggested_qty: int
    price: Decimal         # from the supplier's valid contract, else the SKU's cost


@dataclasses.dataclass(frozen=True)
class ConsignmentSale(Record):
    """Consignment units of a supplier that left to customers in a period: what is owed at the contract price."""

    sku_id: int
    sku_code: str
    sku_name: str
    qty: int
    price: Decimal
    amount: Decimal
