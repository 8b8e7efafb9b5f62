"""Tables of purchasing: suppliers and their contracts with price lists, purchase orders (and negative ones, returns
to a supplier), supplier invoices, and the reorder rules per SKU. Receipts against orders are the
warehouse's (data_tier.wms).

Every state change of a document stamps its own time column, so that KPIs (lead time, dock-to-stock, fill rate)
can be reported from these tables later without a separate event store.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from data_tier.base import Base, UtcDateTime, money, str64, str128, str255, timestamp, utcnow


class Supplier(Base):
    __tablename__ = "supplier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    contact_name: Mapped[str64] = mapped_column(default="")
    phone: Mapped[str64] = mapped_column(default="")
    email: Mapped[str128] = mapped_column(default="")
    address: Mapped[str255] = mapped_column(default="")
    payment_terms: Mapped[str64] = mapped_column(default="")        # e.g. 'net 30'
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class SupplierContract(Base):
    """Terms with a supplier for a period: buy-to-own, or consignment (the stock stays the supplier's until sold)."""

    __tablename__ = "supplier_contract"
    __table_args__ = (Index("ix_supplier_contract_supplier", "supplier_id", "valid_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"))
    code: Mapped[str64] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16))                  # buy | consignment
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    terms: Mapped[str255] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ContractPrice(Base):
    """The contract's price list: what the supplier charges per SKU."""

    __tablename__ = "contract_price"
    contract_id: Mapped[int] = mapped_column(ForeignKey("supplier_contract.id", ondelete="CASCADE"),
                                             primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    price: Mapped[money]


class PurchaseOrder(Base):
    """A purchase order (kind 'purchase') or a negative one that sends stock back (kind 'return')."""

    __tablename__ = "purchase_order"
    __table_args__ = (Index("ix_purchase_order_state", "state", "id"),
                      Index("ix_purchase_order_supplier", "supplier_id", "id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="purchase")
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("supplier_contract.id"))
    consignment: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(24), default="draft")
    expected_on: Mapped[dt.date | None] = mapped_column(Date)
    tolerance_pct: Mapped[int] = mapped_column(Integer, default=0)  # over-receipt allowed, % of the line
    note: Mapped[str255] = mapped_column(default="")
    total: Mapped[money] = mapped_column(default=Decimal("0.00"))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    created_by: Mapped[str64] = mapped_column(default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    approved_by: Mapped[str64] = mapped_column(default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    first_receipt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)     # received/shipped
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class PoLine(Base):
    __tablename__ = "po_line"
    __table_args__ = (UniqueConstraint("po_id", "sku_id", name="uq_po_line_sku"),
                      Index("ix_po_line_sku", "sku_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    po_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    qty: Mapped[int] = mapped_column(Integer)
    price: Mapped[money]
    expected_on: Mapped[dt.date | None] = mapped_column(Date)
    received_qty: Mapped[int] = mapped_column(Integer, default=0)   # accepted into stock (returns: shipped)
    rejected_qty: Mapped[int] = mapped_column(Integer, default=0)   # refused at the quality check
    invoiced_qty: Mapped[int] = mapped_column(Integer, default=0)


class SupplierInvoice(Base):
    """A supplier's invoice, matched line by line against what was ordered and received (three-way match)."""

    __tablename__ = "supplier_invoice"
    __table_args__ = (UniqueConstraint("supplier_id", "number", name="uq_supplier_invoice_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"))
    po_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id"))
    number: Mapped[str64]
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[money]
    state: Mapped[str] = mapped_column(String(16))                  # matched | variance
    issues: Mapped[str] = mapped_column(String(2000), default="")   # one problem per line
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    created_by: Mapped[str64] = mapped_column(default="")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("supplier_invoice.id", ondelete="CASCADE"))
    po_line_id: Mapped[int] = mapped_column(ForeignKey("po_line.id"))
    qty: Mapped[int] = mapped_column(Integer)
    price: Mapped[money]


class ReorderRule(Base):
    """When to buy a SKU for a warehouse: reorder point, least order quantity, from which supplier."""

    __tablename__ = "reorder_rule"
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"))
    reorder_point: Mapped[int] = mapped_column(Integer)
    min_qty: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, default=1)


__all__ = ["ContractPrice", "InvoiceLine", "PoLine", "PurchaseOrder", "ReorderRule", "Supplier", "SupplierContract",
           "SupplierInvoice"]
