"""Lots and removal: a SKU's lots (expiry, consignment owner), FIFO or FEFO, and the bins to pick from in that order."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select

from data_tier.catalog import Sku
from data_tier.wms import Location, Lot, SkuStorage, StockBalance
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.uow import UnitOfWork


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
        raise DomainError(E_CONFLICT, Text("Lot {lot} expires on {expires}, not {given}.", lot=code,
                                           expires=lot.expires_on, given=expiry), "expires_on")
    elif lot.owner_supplier_id != owner_supplier_id:
        raise DomainError(E_CONFLICT, Text("Lot {lot} is held for another owner (consignment); give another lot.",
                                           lot=code), "lot_code")
    return lot.id


def removal_of(uow: UnitOfWork, sku_id: int) -> str:
    """The SKU's removal strategy: 'fefo' or 'fifo' (the default)."""
    return uow.session.scalar(select(SkuStorage.removal).where(SkuStorage.sku_id == sku_id)) or "fifo"


def _removal_order(fefo):  # type: ignore[no-untyped-def]
    """ORDER BY terms of the removal order: FEFO the lots that expire first (lots without expiry last), FIFO (and
    then) the oldest lot first; every receipt without a supplier lot gets its own lot, numbered in receipt order."""
    return (case((fefo & Lot.expires_on.is_(None), 1), else_=0), case((fefo, Lot.expires_on), else_=None),
            StockBalance.lot_id)


def bin_lots(uow: UnitOfWork, location_id: int, sku_id: int, lot_id: int | None = None) -> list[tuple[int, int]]:
    """(lot, qty) of a SKU held in one bin, in the SKU's removal order (only `lot_id` when given), so that stock
    moves between bins without anyone naming its lot."""
    fefo = func.coalesce(SkuStorage.removal, "fifo") == "fefo"
    stmt = (select(StockBalance.lot_id, StockBalance.qty).outerjoin(Lot, Lot.id == StockBalance.lot_id)
            .outerjoin(SkuStorage, SkuStorage.sku_id == StockBalance.sku_id)
            .where(StockBalance.location_id == location_id, StockBalance.sku_id == sku_id, StockBalance.qty > 0))
    if lot_id is not None:
        stmt = stmt.where(StockBalance.lot_id == lot_id)
    return [(int(lot), int(qty)) for lot, qty in uow.session.execute(stmt.order_by(*_removal_order(fefo)))]


def lot_by_code(uow: UnitOfWork, sku: Sku, lot_code: str) -> int | None:
    """The id of a SKU's lot named by the user (None when no lot is named); E_NOT_FOUND on `lot_code`."""
    if not lot_code.strip():
        return None
    return validate.found(uow.session.scalar(select(Lot.id).where(Lot.sku_id == sku.id,
                                                                  Lot.code == lot_code.strip().upper())),
                          "This lot", "lot_code")


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
        .order_by(*_removal_order(fefo), Location.pick_order, Location.id)).all())


def require_expiry(uow: UnitOfWork, sku: Sku, lot_code: str, expires_on: str) -> None:
    """A FEFO SKU comes in with its lot and expiry date, or it could not be picked by expiry."""
    if (not lot_code.strip() or not expires_on.strip()) and removal_of(uow, sku.id) == "fefo":
        raise DomainError(E_VALIDATION, Text("{sku} is picked by expiry (FEFO): give its lot and expiry date.",
                                             sku=sku.code), "expires_on" if lot_code.strip() else "lot_code")
