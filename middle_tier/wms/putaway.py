"""Putaway (上架): suggested bins for what waits at receiving, and scanner putaway into a bin."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Product, Sku
from data_tier.wms import Location, StockBalance, Warehouse
from middle_tier.catalog import get_sku, sku_by_scan
from middle_tier.contract import E_VALIDATION, DomainError, Text
from middle_tier.contract.wms import PutawaySuggestion
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import check_qty, post_move
from middle_tier.wms.places import location_by_code, warehouse_area


@verb("wms.operate", label="Put away", writes=True, idempotent=True)
def putaway(uow: UnitOfWork, *, warehouse_id: int, barcode: str, location_code: str, qty: int,
            request_id: str) -> tuple:
    """Scanner putaway: `qty` of the scanned item from the warehouse's receiving area into the scanned bin,
    oldest lots first; returns the moves' ids."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    sku = sku_by_scan(uow, barcode)
    dst = location_by_code(uow, warehouse_id, location_code)
    if dst.kind != "storage":
        raise DomainError(E_VALIDATION, Text("{bin} is not a storage bin.", bin=dst.code), "location_code")
    dock = warehouse_area(uow, warehouse_id, "receiving")
    lots = uow.session.execute(select(StockBalance.lot_id, StockBalance.qty).where(
        StockBalance.location_id == dock.id, StockBalance.sku_id == sku.id, StockBalance.qty > 0)
        .order_by(StockBalance.lot_id)).all()
    waiting = sum(q for _, q in lots)
    if not 1 <= qty <= waiting:
        raise DomainError(E_VALIDATION, Text("{waiting} of {sku} wait at receiving; put away 1 to {waiting}.",
                                             waiting=waiting, sku=sku.code), "qty")
    moves, left = [], qty
    for lot_id, held in lots:
        take = min(left, held)
        moves.append(post_move(uow, sku_id=sku.id, qty=take, src=dock, dst=dst, lot_id=lot_id,
                               reason="putaway"))
        left -= take
        if not left:
            break
    uow.audit("stock_move", moves[0], {"putaway": [None, f"{qty} x {sku.code} -> {dst.code}"]},
              more_ids=moves[1:])
    return tuple(moves)


@verb("wms.read")
def suggest_putaway(uow: UnitOfWork, *, warehouse_id: int, sku_id: int, qty: int) -> tuple:
    """Up to five storage bins for `qty` of a SKU: bins that hold the SKU already, then bins holding its
    product, then its category, then empty bins; each with room for the quantity, along the pick path."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    sku = get_sku(uow, sku_id)
    check_qty(qty)
    product = uow.session.get(Product, sku.product_id)
    bins = list(uow.session.execute(
        select(Location, func.coalesce(func.sum(StockBalance.qty), 0))
        .outerjoin(StockBalance, StockBalance.location_id == Location.id)
        .where(Location.warehouse_id == warehouse_id, Location.kind == "storage", Location.is_active.is_(True))
        .group_by(Location.id).order_by(Location.pick_order, Location.id)))
    contents: dict[int, set[tuple[int, int, int]]] = {}
    for loc_id, s_id, p_id, c_id in uow.session.execute(
            select(StockBalance.location_id, Sku.id, Product.id, Product.category_id)
            .join(Sku, Sku.id == StockBalance.sku_id).join(Product, Product.id == Sku.product_id)
            .join(Location, Location.id == StockBalance.location_id)
            .where(Location.warehouse_id == warehouse_id, StockBalance.qty > 0)):
        contents.setdefault(loc_id, set()).add((s_id, p_id, c_id))

    def rank(loc_id: int) -> tuple[int, str]:
        held = contents.get(loc_id, set())
        if any(s == sku.id for s, _, _ in held):
            return 0, "same_sku"
        if any(p == product.id for _, p, _ in held):
            return 1, "same_product"
        if any(c == product.category_id for _, _, c in held):
            return 2, "same_category"
        return (3, "empty") if not held else (9, "")

    out = []
    for loc, holds in bins:
        order, reason = rank(loc.id)
        room = loc.capacity - int(holds) if loc.capacity else 0
        if order == 9 or (loc.capacity and room < qty):
            continue
        out.append((order, loc.pick_order, loc.id,
                    PutawaySuggestion(loc.id, loc.code, loc.zone, reason, int(holds), room)))
    return tuple(s.to_wire() for *_, s in sorted(out, key=lambda t: t[:3])[:5])
