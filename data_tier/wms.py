"""Tables of the warehouse: warehouses, locations (bins and virtual places), lots, the immutable stock moves, and
the balances kept in the same transaction as the moves; receipts at the dock, outbound work and counts.

Stock changes only by a `stock_move` row. `stock_balance` (per location, SKU and lot) and `stock_level` (per
warehouse and SKU, with what is reserved) are the moves summed up, changed only by conditional UPDATEs
(`qty >= n`), which is what keeps stock from going negative or being oversold under concurrent clients.
"""
from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint, update
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.schema import Table
from sqlalchemy.sql import Update

from data_tier.base import Base, BigId, UtcDateTime, str64, str128, table_of, timestamp, utcnow

VIRTUAL_KINDS = ("supplier", "customer", "loss", "gain")
INTERNAL_KINDS = ("receiving", "storage", "packing", "shipping")


class Warehouse(Base):
    __tablename__ = "warehouse"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Location(Base):
    """A bin or area of a warehouse, or a virtual place (supplier, customer, loss, gain) outside every warehouse."""

    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("warehouse_id", "code", name="uq_location_warehouse_code"),
                      Index("ix_location_warehouse_pick", "warehouse_id", "pick_order"))
    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    code: Mapped[str64]
    name: Mapped[str128] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(String(16))
    zone: Mapped[str64] = mapped_column(default="")
    pick_order: Mapped[int] = mapped_column(Integer, default=0)
    capacity: Mapped[int] = mapped_column(Integer, default=0)        # units; 0 = not limited
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Lot(Base):
    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("sku_id", "code", name="uq_lot_sku_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    code: Mapped[str64]
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    # consignment: the supplier who still owns the lot's units until they are sold (None: our own stock)
    owner_supplier_id: Mapped[int | None] = mapped_column(ForeignKey("supplier.id"))


class SkuStorage(Base):
    """How the warehouse removes a SKU: 'fifo' (oldest receipt first) or 'fefo' (first expiring first; such SKUs
    are received with lot and expiry). A SKU without a row is FIFO."""

    __tablename__ = "sku_storage"
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    removal: Mapped[str] = mapped_column(String(8), default="fifo")
    version: Mapped[int] = mapped_column(Integer, default=1)


class StockMove(Base):
    """One immutable movement of stock from one location to another: the ledger every balance derives from."""

    __tablename__ = "stock_move"
    __table_args__ = (
        Index("ix_stock_move_sku_id", "sku_id", "id"),
        Index("ix_stock_move_from", "from_location_id", "id"),
        Index("ix_stock_move_to", "to_location_id", "id"),
        Index("ix_stock_move_doc", "doc_type", "doc_ref"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[timestamp] = mapped_column(default=utcnow)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    qty: Mapped[int] = mapped_column(Integer)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    lot_id: Mapped[int] = mapped_column(Integer, default=0)          # 0: no lot
    reason: Mapped[str] = mapped_column(String(16))
    doc_type: Mapped[str] = mapped_column(String(16), default="")
    doc_ref: Mapped[str64] = mapped_column(default="")
    username: Mapped[str64] = mapped_column(default="")


class StockBalance(Base):
    """On hand per internal location, SKU and lot: the moves summed, kept in the moves' transaction."""

    __tablename__ = "stock_balance"
    __table_args__ = (Index("ix_stock_balance_sku", "sku_id", "location_id"),)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    qty: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), default=0)


class StockLevel(Base):
    """On hand and reserved per warehouse and SKU; available = on_hand - reserved, never below zero."""

    __tablename__ = "stock_level"
    __table_args__ = (Index("ix_stock_level_sku", "sku_id"),)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), default=0)
    reserved: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), default=0)


class StockReservation(Base):
    """An outbound request's hold on stock (库存占用单): open until shipped or released."""

    __tablename__ = "stock_reservation"
    __table_args__ = (UniqueConstraint("doc_type", "doc_ref", "warehouse_id", "sku_id",
                                       name="uq_stock_reservation_doc"),
                      Index("ix_stock_reservation_sku_state", "sku_id", "state"),
                      # a wave finds the open requests of its warehouse not yet in a wave, oldest first, through
                      # this index (not by scanning the table), and then locks only the rows it takes
                      Index("ix_stock_reservation_wave", "warehouse_id", "state", "pick_list_id", "id"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    qty: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(16))
    doc_ref: Mapped[str64]
    state: Mapped[str] = mapped_column(String(16), default="open")     # open | shipped | released
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    pick_list_id: Mapped[int | None] = mapped_column(ForeignKey("pick_list.id"))   # in a wave
    picked_qty: Mapped[int] = mapped_column(Integer, default=0)      # moved to packing
    packed_qty: Mapped[int] = mapped_column(Integer, default=0)      # verified by scan at the packing table


class PickList(Base):
    """A wave: the open requests of a warehouse picked in one walk along the pick path."""

    __tablename__ = "pick_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")   # open | picked
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    created_by: Mapped[str64] = mapped_column(default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class PickTask(Base):
    """Take `qty` of a SKU (and lot) from one bin for one reservation; confirmed by scanning bin and item."""

    __tablename__ = "pick_task"
    __table_args__ = (Index("ix_pick_task_list", "pick_list_id", "seq"),
                      Index("ix_pick_task_reservation", "reservation_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    pick_list_id: Mapped[int] = mapped_column(ForeignKey("pick_list.id"))
    seq: Mapped[int] = mapped_column(Integer)
    reservation_id: Mapped[int] = mapped_column(BigId, ForeignKey("stock_reservation.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    lot_id: Mapped[int] = mapped_column(Integer, default=0)
    qty: Mapped[int] = mapped_column(Integer)
    picked_qty: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="open")   # open | picked | short
    picked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    picked_by: Mapped[str64] = mapped_column(default="")


class PutBack(Base):
    """Units picked for a request that was then cancelled: one lot of one SKU waiting in the packing area, held
    (counted as reserved, so not available) until a clerk puts it back into a storage bin."""

    __tablename__ = "put_back"
    __table_args__ = (Index("ix_put_back_open", "warehouse_id", "state", "sku_id", "id"),
                      Index("ix_put_back_doc", "doc_type", "doc_ref"))
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    lot_id: Mapped[int] = mapped_column(Integer, default=0)
    qty: Mapped[int] = mapped_column(Integer)
    put_qty: Mapped[int] = mapped_column(Integer, default=0)          # put back so far (the rest: written off)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))      # the packing area
    suggested_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))   # picked from there
    doc_type: Mapped[str] = mapped_column(String(16))                # the cancelled request
    doc_ref: Mapped[str64]
    reservation_id: Mapped[int] = mapped_column(BigId, ForeignKey("stock_reservation.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")   # open | done | written_off
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    created_by: Mapped[str64] = mapped_column(default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    done_by: Mapped[str64] = mapped_column(default="")
    note: Mapped[str64] = mapped_column(default="")                  # why it was written off


class Shipment(Base):
    """A request handed to a carrier: tracking number and weight; its moves carry the shipment's number."""

    __tablename__ = "shipment"
    __table_args__ = (Index("ix_shipment_doc", "doc_type", "doc_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    doc_type: Mapped[str] = mapped_column(String(16))
    doc_ref: Mapped[str64]
    carrier: Mapped[str64] = mapped_column(default="")
    tracking_no: Mapped[str64] = mapped_column(default="")
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    shipped_at: Mapped[timestamp] = mapped_column(default=utcnow)
    shipped_by: Mapped[str64] = mapped_column(default="")


class OutboundEvent(Base):
    """What the warehouse tells the requester of an outbound request (shipped), read in id order."""

    __tablename__ = "outbound_event"
    __table_args__ = (Index("ix_outbound_event_doc", "doc_type", "doc_ref"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    doc_type: Mapped[str] = mapped_column(String(16))
    doc_ref: Mapped[str64]
    kind: Mapped[str] = mapped_column(String(16))                     # shipped
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"))
    at: Mapped[timestamp] = mapped_column(default=utcnow)


class CountTask(Base):
    """A cycle count of one bin: counted blind, then reviewed; moves after `start_move_id` flag it."""

    __tablename__ = "count_task"
    __table_args__ = (Index("ix_count_task_state", "state", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")   # open | counted | approved | cancelled
    reason: Mapped[str64] = mapped_column(default="")
    start_move_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), default=0)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    created_by: Mapped[str64] = mapped_column(default="")
    counted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    counted_by: Mapped[str64] = mapped_column(default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str64] = mapped_column(default="")


class CountLine(Base):
    __tablename__ = "count_line"
    __table_args__ = (UniqueConstraint("task_id", "sku_id", "lot_id", name="uq_count_line_item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("count_task.id", ondelete="CASCADE"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    lot_id: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[int] = mapped_column(Integer, default=0)


# ---- the conditional updates every stock change goes through -------------------------------------------

def _upsert(session: Session, table: Table, keys: dict[str, int], add: dict[str, int]) -> None:
    """INSERT the row with `add` as its values, or add them to the row that is there (one statement, no race)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        lite = sqlite.insert(table).values(**keys, **add)
        session.execute(lite.on_conflict_do_update(index_elements=list(keys),
                                                   set_={k: table.c[k] + lite.excluded[k] for k in add}))
    else:
        my = mysql.insert(table).values(**keys, **add)
        session.execute(my.on_duplicate_key_update({k: table.c[k] + my.inserted[k] for k in add}))


def _rowcount(session: Session, stmt: Update) -> int:
    """Run an UPDATE; how many rows it changed."""
    # Session.execute is typed as returning a Result; for an UPDATE without RETURNING it is the CursorResult.
    return cast(CursorResult, session.execute(stmt)).rowcount


def add_balance(session: Session, location_id: int, sku_id: int, lot_id: int, qty: int) -> None:
    _upsert(session, table_of(StockBalance), {"location_id": location_id, "sku_id": sku_id, "lot_id": lot_id},
            {"qty": qty})


def take_balance(session: Session, location_id: int, sku_id: int, lot_id: int, qty: int) -> bool:
    """Take `qty` out of a bin; False (and nothing changed) when the bin holds less."""
    t = table_of(StockBalance)
    stmt = update(t).where(t.c.location_id == location_id, t.c.sku_id == sku_id,
                           t.c.lot_id == lot_id, t.c.qty >= qty).values(qty=t.c.qty - qty)
    return _rowcount(session, stmt) == 1


def add_on_hand(session: Session, warehouse_id: int, sku_id: int, qty: int) -> None:
    _upsert(session, table_of(StockLevel), {"warehouse_id": warehouse_id, "sku_id": sku_id},
            {"on_hand": qty, "reserved": 0})


def take_on_hand(session: Session, warehouse_id: int, sku_id: int, qty: int, *, release: int = 0) -> bool:
    """On hand down by `qty` and reserved down by `release` (a shipment consumes its reservation); False when
    that would leave less on hand than stays reserved."""
    t = table_of(StockLevel)
    stmt = update(t).where(
        t.c.warehouse_id == warehouse_id, t.c.sku_id == sku_id, t.c.reserved >= release,
        t.c.on_hand - qty >= t.c.reserved - release).values(on_hand=t.c.on_hand - qty, reserved=t.c.reserved - release)
    return _rowcount(session, stmt) == 1


def reserve_level(session: Session, warehouse_id: int, sku_id: int, qty: int) -> bool:
    """Reserve `qty` if that much is available; False (nothing changed) otherwise."""
    t = table_of(StockLevel)
    stmt = update(t).where(t.c.warehouse_id == warehouse_id, t.c.sku_id == sku_id,
                           t.c.on_hand - t.c.reserved >= qty).values(reserved=t.c.reserved + qty)
    return _rowcount(session, stmt) == 1


def release_level(session: Session, warehouse_id: int, sku_id: int, qty: int) -> None:
    t = table_of(StockLevel)
    session.execute(update(t).where(t.c.warehouse_id == warehouse_id, t.c.sku_id == sku_id)
                    .values(reserved=t.c.reserved - qty))


def drift_queries() -> dict[str, str]:
    """SQL that lists every difference between the kept balances and the moves (the administrator's self-check)."""
    moved = ("SELECT location_id, sku_id, lot_id, SUM(q) AS qty FROM ("
             " SELECT to_location_id AS location_id, sku_id, lot_id, qty AS q FROM stock_move"
             " UNION ALL SELECT from_location_id, sku_id, lot_id, -qty FROM stock_move) m"
             " GROUP BY location_id, sku_id, lot_id")
    return {
        "balance": f"SELECT l.id, s.sku_id, s.lot_id, COALESCE(b.qty, 0), s.qty FROM ({moved}) s "
                   "JOIN location l ON l.id = s.location_id AND l.warehouse_id IS NOT NULL "
                   "LEFT JOIN stock_balance b ON b.location_id = s.location_id AND b.sku_id = s.sku_id "
                   "AND b.lot_id = s.lot_id WHERE COALESCE(b.qty, 0) <> s.qty "
                   "UNION ALL SELECT b.location_id, b.sku_id, b.lot_id, b.qty, 0 FROM stock_balance b "
                   f"WHERE b.qty <> 0 AND NOT EXISTS (SELECT 1 FROM ({moved}) s2 WHERE s2.location_id = b.location_id "
                   "AND s2.sku_id = b.sku_id AND s2.lot_id = b.lot_id)",
        "on_hand": "SELECT v.warehouse_id, v.sku_id, COALESCE(lv.on_hand, 0), v.qty FROM ("
                   " SELECT l.warehouse_id, b.sku_id, SUM(b.qty) AS qty FROM stock_balance b"
                   " JOIN location l ON l.id = b.location_id GROUP BY l.warehouse_id, b.sku_id) v"
                   " LEFT JOIN stock_level lv ON lv.warehouse_id = v.warehouse_id AND lv.sku_id = v.sku_id"
                   " WHERE COALESCE(lv.on_hand, 0) <> v.qty",
        # held: the open reservations, and what open put-backs still hold in packing
        "reserved": "SELECT lv.warehouse_id, lv.sku_id, lv.reserved, COALESCE(r.qty, 0) FROM stock_level lv"
                    " LEFT JOIN (SELECT warehouse_id, sku_id, SUM(qty) AS qty FROM ("
                    " SELECT warehouse_id, sku_id, qty FROM stock_reservation WHERE state = 'open'"
                    " UNION ALL SELECT warehouse_id, sku_id, qty - put_qty FROM put_back WHERE state = 'open') h"
                    " GROUP BY warehouse_id, sku_id) r"
                    " ON r.warehouse_id = lv.warehouse_id AND r.sku_id = lv.sku_id"
                    " WHERE lv.reserved <> COALESCE(r.qty, 0) OR lv.reserved > lv.on_hand OR lv.on_hand < 0",
    }


class Receipt(Base):
    """One delivery at the dock against an expected document (a purchase order): scanned while open, stocked when
    posted."""

    __tablename__ = "receipt"
    __table_args__ = (Index("ix_receipt_po", "po_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    po_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")   # open | posted | cancelled
    started_at: Mapped[timestamp] = mapped_column(default=utcnow)
    started_by: Mapped[str64] = mapped_column(default="")
    posted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    posted_by: Mapped[str64] = mapped_column(default="")


class ReceiptLine(Base):
    __tablename__ = "receipt_line"
    __table_args__ = (UniqueConstraint("receipt_id", "po_line_id", "lot_code", name="uq_receipt_line_lot"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"))
    po_line_id: Mapped[int] = mapped_column(ForeignKey("po_line.id"))
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    lot_code: Mapped[str64] = mapped_column(default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    qty: Mapped[int] = mapped_column(Integer, default=0)            # counted at the dock
    rejected_qty: Mapped[int] = mapped_column(Integer, default=0)   # of which refused at the quality check
    reject_reason: Mapped[str64] = mapped_column(default="")
    last_scan_at: Mapped[timestamp] = mapped_column(default=utcnow)


__all__ = ["CountLine", "CountTask", "INTERNAL_KINDS", "Location", "Lot", "OutboundEvent", "PickList", "PickTask",
           "PutBack", "Receipt", "ReceiptLine", "Shipment", "SkuStorage", "StockBalance", "StockLevel", "StockMove",
           "StockReservation", "VIRTUAL_KINDS", "Warehouse", "add_balance", "add_on_hand", "drift_queries",
           "release_level", "reserve_level", "take_balance", "take_on_hand"]
