"""The stock ledger's one door: `post_move` and the checks every warehouse verb shares.

Every stock change is one or more immutable `stock_move` rows, posted by `post_move`, which changes the kept
balances in the same transaction through conditional UPDATEs: a bin never goes below zero, and on hand never
below what is reserved, also when many clients reserve and ship the same SKU at once (no read-then-write).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.wms import Location, StockBalance, StockMove
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.contract.wms import DriftRecord
from middle_tier.core.uow import UnitOfWork

MAX_QTY = 1_000_000


DOC_TYPES = ("order", "return_po", "transfer", "manual")


def check_qty(qty: int, field: str = "qty") -> int:
    if not 1 <= qty <= MAX_QTY:
        raise DomainError(E_VALIDATION, Text("The quantity must be between 1 and {most}.", most=MAX_QTY), field)
    return qty


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
            raise BinShort(E_CONFLICT, Text("{bin} holds only {held} of this SKU (lot); {qty} asked.", bin=src.code,
                                            held=held, qty=qty), "qty")
        if not same_warehouse and not ledger.take_on_hand(s, src.warehouse_id, sku_id, qty, release=release):
            raise DomainError(E_CONFLICT, Text("That stock is reserved for outbound requests."), "qty")
    if dst.warehouse_id is not None:
        ledger.add_balance(s, dst.id, sku_id, lot_id, qty)
        if not same_warehouse:
            ledger.add_on_hand(s, dst.warehouse_id, sku_id, qty)
        if dst.capacity:
            held = s.scalar(select(func.sum(StockBalance.qty)).where(StockBalance.location_id == dst.id)) or 0
            if held > dst.capacity:
                raise DomainError(E_CONFLICT, Text("{bin} holds at most {capacity} units.", bin=dst.code,
                                                   capacity=dst.capacity), "to_location_id")
    return s.execute(insert(StockMove.__table__).values(
        sku_id=sku_id, qty=qty, from_location_id=src.id, to_location_id=dst.id, lot_id=lot_id, reason=reason,
        doc_type=doc_type, doc_ref=doc_ref, username=uow.state.username if uow.state else "")).inserted_primary_key[0]


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
