"""The stock ledger's one door: `post_move` and the checks every warehouse verb shares.

Every stock change is one or more immutable `stock_move` rows, posted by `post_move`, which changes the kept
balances in the same transaction through conditional UPDATEs: a bin never goes below zero, and on hand never
below what is reserved, also when many clients reserve and ship the same SKU at once (no read-then-write).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import case, func, insert, select, text
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import Location, Lot, SkuStorage, StockBalance, StockMove, StockReservation
from middle_tier import validate
from middle_tier.api import flush_unique
from middle_tier.contract import (
    E_CONFLICT,
    E_VALIDATION,
    DomainError,
    DriftRecord,
    LocationRecord,
    StockReservationRecord,
    Text,
)
from middle_tier.uow import UnitOfWork

MAX_QTY = 1_000_000
SHIP_ROUNDS = 20
DOC_TYPES = ("order", "return_po", "transfer", "manual")
DEFAULT_LOCATIONS = (("RECV", "Receiving 收货区", "receiving", 0), ("PACK", "Packing 打包区", "packing", 900_000),
                     ("SHIP", "Shipping dock 发货区", "shipping", 900_001))


def check_qty(qty: int, field: str = "qty") -> int:
    if not 1 <= qty <= MAX_QTY:
        raise DomainError(E_VALIDATION, Text("The quantity must be between 1 and {most}.", most=MAX_QTY), field)
    return qty


def active_location(uow: UnitOfWork, location_id: int, field: str = "location_id") -> Location:
    loc = validate.found(uow.session.get(Location, location_id), "This location", field)
    if not loc.is_active:
        raise DomainError(E_VALIDATION, Text("Location {code} is retired.", code=loc.code), field)
    return loc


@dataclass(frozen=True)
class VirtualPlace:
    """A virtual location (supplier, customer, loss, gain) as `post_move` reads it."""
    id: int
    code: str
    warehouse_id: None = None
    capacity: int = 0


# The virtual locations are rows the migration writes once and nothing changes: read once per database.
_VIRTUAL: dict[tuple[str, str], VirtualPlace] = {}


def virtual_location(uow: UnitOfWork, kind: str) -> VirtualPlace:
    key = (str(uow.session.get_bind().url), kind)
    place = _VIRTUAL.get(key)
    if place is None:
        loc = uow.session.scalars(select(Location).where(Location.warehouse_id.is_(None),
                                                         Location.kind == kind)).one()
        place = _VIRTUAL[key] = VirtualPlace(loc.id, loc.code)
    return place


def get_sku(uow: UnitOfWork, sku_id: int) -> Sku:
    return validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")


def lot_for(uow: UnitOfWork, sku: Sku, code: str, expires_on: str, *, owner_supplier_id: int | None = None) -> int:
    """The lot of a SKU by code (created on first use, with its expiry and, for consignment, its owner)."""
    code = code.strip().upper()
    if not code:
        if expires_on.strip():
            raise DomainError(E_VALIDATION, Text("An expiry date needs a lot number."), "lot_code")
        return 0
    validate.text(code, "lot_code", "Lot", max_length=64)
    expiry = None
    if expires_on.strip():
        try:
            expiry = dt.date.fromisoformat(expires_on.strip())
        except ValueError:
            raise DomainError(E_VALIDATION, Text("The expiry must be a date like 2027-06-30."), "expires_on") from None
    lot = uow.session.scalar(select(Lot).where(Lot.sku_id == sku.id, Lot.code == code))
    if lot is None:
        lot = Lot(sku_id=sku.id, code=code, expires_on=expiry, owner_supplier_id=owner_supplier_id)
        uow.session.add(lot)
        flush_unique(uow.session, "lot_code", Text("This lot was created meanwhile; try again."))
    elif expiry is not None and lot.expires_on != expiry:
        raise DomainError(E_CONFLICT, Text("Lot {lot} expires on {expires}, not {given}.", lot=code, expires=lot.expires_on, given=expiry), "expires_on")
    elif lot.owner_supplier_id != owner_supplier_id:
        raise DomainError(E_CONFLICT, Text("Lot {lot} is held for another owner (consignment); give another lot.", lot=code),
                          "lot_code")
    return lot.id


class BinShort(DomainError):
    """The source bin holds less than asked (nothing was changed yet)."""


class Place(Protocol):
    """What `post_move` reads of a location: a Location, or a row of `pickable`."""
    id: int
    warehouse_id: int | None
    code: str
    capacity: int


def post_move(uow: UnitOfWork, *, sku_id: int, qty: int, src: Place, dst: Place, lot_id: int, reason: str,
              doc_type: str = "", doc_ref: str = "", release: int = 0) -> int:
    """Move stock and keep the balances: the one way stock changes. `release` is the reservation a shipment
    consumes; returns the move's id. Raises E_CONFLICT (and the transaction rolls back) when the source does not
    hold enough."""
    if src.id == dst.id:
        raise DomainError(E_VALIDATION, Text("The source and the destination are the same."), "to_location_id")
    s = uow.session
    same_warehouse = src.warehouse_id is not None and src.warehouse_id == dst.warehouse_id
    if src.warehouse_id is not None:
        if not ledger.take_balance(s, src.id, sku_id, lot_id, qty):
            held = s.scalar(select(StockBalance.qty).where(StockBalance.location_id == src.id,
                                                           StockBalance.sku_id == sku_id,
                                                           StockBalance.lot_id == lot_id)) or 0
            raise BinShort(E_CONFLICT, Text("{bin} holds only {held} of this SKU (lot); {qty} asked.", bin=src.code, held=held, qty=qty), "qty")
        if not same_warehouse and not ledger.take_on_hand(s, src.warehouse_id, sku_id, qty, release=release):
            raise DomainError(E_CONFLICT, Text("That stock is reserved for outbound requests."), "qty")
    if dst.warehouse_id is not None:
        ledger.add_balance(s, dst.id, sku_id, lot_id, qty)
        if not same_warehouse:
            ledger.add_on_hand(s, dst.warehouse_id, sku_id, qty)
        if dst.capacity:
            held = s.scalar(select(func.sum(StockBalance.qty)).where(StockBalance.location_id == dst.id)) or 0
            if held > dst.capacity:
                raise DomainError(E_CONFLICT, Text("{bin} holds at most {capacity} units.", bin=dst.code, capacity=dst.capacity), "to_location_id")
    return s.execute(insert(StockMove.__table__).values(
        sku_id=sku_id, qty=qty, from_location_id=src.id, to_location_id=dst.id, lot_id=lot_id, reason=reason,
        doc_type=doc_type, doc_ref=doc_ref, username=uow.state.username if uow.state else "")).inserted_primary_key[0]


def location_record(loc: Location) -> LocationRecord:
    return LocationRecord(loc.id, loc.warehouse_id or 0, loc.code, loc.name, loc.kind, loc.zone, loc.pick_order,
                          loc.capacity, loc.is_active, loc.version)


def reservation_record(r: StockReservation, sku_code: str) -> StockReservationRecord:
    return StockReservationRecord(r.id, r.warehouse_id, r.sku_id, sku_code, r.qty, r.doc_type, r.doc_ref, r.state,
                                  r.created_at)


def check_doc(doc_type: str, doc_ref: str) -> tuple[str, str]:
    validate.choice(doc_type, "doc_type", "Document type", DOC_TYPES)
    doc_ref = doc_ref.strip()
    if not 1 <= len(doc_ref) <= 64 or not all(c.isalnum() or c in "-_." for c in doc_ref):
        raise DomainError(E_VALIDATION, Text("A document reference has 1 to 64 letters, digits, '-', '_' or "
                                             "'.'."),
                          "doc_ref")
    return doc_type, doc_ref



def removal_of(uow: UnitOfWork, sku_id: int) -> str:
    """The SKU's removal strategy: 'fefo' or 'fifo' (the default)."""
    return uow.session.scalar(select(SkuStorage.removal).where(SkuStorage.sku_id == sku_id)) or "fifo"


def pickable(uow: UnitOfWork, warehouse_id: int, sku_id: int) -> list:
    """Storage bins holding the SKU, in the SKU's removal order along the pick path: FEFO takes the lots that
    expire first; FIFO the oldest lot (every receipt without a supplier lot gets its own lot, numbered in receipt
    order). Each row has the bin's `id`, `warehouse_id`, `code` and `capacity` (what `post_move` reads of a
    location) and the `lot_id` and `qty` it holds; the removal strategy is read in the same statement."""
    fefo = func.coalesce(SkuStorage.removal, "fifo") == "fefo"
    return list(uow.session.execute(
        select(Location.id, Location.warehouse_id, Location.code, Location.capacity, StockBalance.lot_id,
               StockBalance.qty)
        .join(Location, Location.id == StockBalance.location_id).outerjoin(Lot, Lot.id == StockBalance.lot_id)
        .outerjoin(SkuStorage, SkuStorage.sku_id == StockBalance.sku_id)
        .where(Location.warehouse_id == warehouse_id, StockBalance.sku_id == sku_id, StockBalance.qty > 0,
               Location.kind == "storage", Location.is_active.is_(True))
        .order_by(case((fefo & Lot.expires_on.is_(None), 1), else_=0), case((fefo, Lot.expires_on), else_=None),
                  StockBalance.lot_id, Location.pick_order, Location.id)).all())


def require_expiry(uow: UnitOfWork, sku: Sku, lot_code: str, expires_on: str) -> None:
    """A FEFO SKU comes in with its lot and expiry date, or it could not be picked by expiry."""
    if (not lot_code.strip() or not expires_on.strip()) and removal_of(uow, sku.id) == "fefo":
        raise DomainError(E_VALIDATION, Text("{sku} is picked by expiry (FEFO): give its lot and expiry date.", sku=sku.code),
                          "expires_on" if lot_code.strip() else "lot_code")


def location_by_code(uow: UnitOfWork, warehouse_id: int, code: str, field: str = "location_code") -> Location:
    """A scanned bin label of a warehouse."""
    loc = uow.session.scalar(select(Location).where(Location.warehouse_id == warehouse_id,
                                                    Location.code == code.strip().upper()))
    if loc is None or not loc.is_active:
        raise DomainError(E_VALIDATION, Text("There is no bin {code} in this warehouse.", code=code.strip()), field)
    return loc


def sku_by_scan(uow: UnitOfWork, scan: str, field: str = "barcode") -> Sku:
    """The SKU of a scanned barcode, or of a typed SKU code."""
    scan = scan.strip()
    sku = uow.session.scalar(select(Sku).where(Sku.barcode == scan)) if scan.isdigit() else None
    if sku is None and scan:
        sku = uow.session.scalar(select(Sku).where(Sku.code == scan.upper()))
    if sku is None:
        raise DomainError(E_VALIDATION, Text("No SKU has the barcode or code {scan}.", scan=scan), field)
    return sku


# Who asked for an outbound request, told when it ships: doc_type -> hook(uow, doc_ref, shipped {sku_id: qty}).
SHIPPED_HOOKS: dict[str, Callable[[UnitOfWork, str, dict[int, int]], None]] = {}


def next_number(uow: UnitOfWork, model, prefix: str) -> str:  # type: ignore[no-untyped-def]
    """PREFIX-YYYYMMDD-NNNN, counted per day; the unique column turns a race into a retryable conflict."""
    day = utcnow().strftime("%Y%m%d")
    stem = f"{prefix}-{day}-"
    last = uow.session.scalar(select(func.max(model.number)).where(model.number.like(stem + "%")))
    return f"{stem}{int(last[len(stem):]) + 1 if last else 1:04d}"


def area(uow: UnitOfWork, warehouse_id: int, kind: str) -> Location:
    """The warehouse's receiving, packing or shipping area."""
    loc = uow.session.scalar(select(Location).where(Location.warehouse_id == warehouse_id, Location.kind == kind,
                                                    Location.is_active.is_(True)).order_by(Location.id))
    if loc is None:
        raise DomainError(E_CONFLICT, Text("This warehouse has no {kind} area.", kind=kind), "warehouse_id")
    return loc


def drift(session: Session, limit: int = 1000) -> list[DriftRecord]:
    """Every difference between the kept balances and the ledger (bins vs moves, on hand vs bins, reserved vs open
    reservations), at most `limit`: the self-check of the `wms.self_check` verb and `emporium-admin stock-check`."""
    out: list[DriftRecord] = []
    for check, sql in ledger.drift_queries().items():
        for row in session.execute(text(sql + f" LIMIT {int(limit)}")):
            where = (f"location {row[0]}, SKU {row[1]}, lot {row[2]}" if check == "balance"
                     else f"warehouse {row[0]}, SKU {row[1]}")
            kept, derived = (row[3], row[4]) if check == "balance" else (row[2], row[3])
            out.append(DriftRecord(check, where, int(kept), int(derived)))
    return out[:limit]
