"""Stock: what lies where, the change log (库存变动), goods in, transfers, adjustments and the self-check."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.catalog import Sku
from data_tier.purchasing import Supplier
from data_tier.wms import Location, Lot, SkuStorage, StockBalance, StockLevel, StockMove, Warehouse
from middle_tier.catalog import get_sku
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import REMOVAL_STRATEGIES, MoveRecord, SkuStock, StockLevelRecord, StockRow
from middle_tier.core import validate
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import check_qty, drift, post_move, virtual_location
from middle_tier.wms.lots import lot_for, removal_of, require_expiry
from middle_tier.wms.places import active_location


def sku_stock_of(uow: UnitOfWork, sku: Sku) -> SkuStock:
    """On hand, reserved and available for one SKU, per warehouse and per bin (and lot)."""
    levels = tuple(StockLevelRecord(w_id, code, on_hand, reserved, on_hand - reserved)
                   for w_id, code, on_hand, reserved in uow.session.execute(
                       select(StockLevel.warehouse_id, Warehouse.code, StockLevel.on_hand, StockLevel.reserved)
                       .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
                       .where(StockLevel.sku_id == sku.id).order_by(Warehouse.code)))
    bins = tuple(StockRow(w, loc_id, loc, sku.id, sku.code, sku.name, lot or "", exp, qty, owner or "")
                 for w, loc_id, loc, lot, exp, qty, owner in uow.session.execute(
                     select(Warehouse.code, Location.id, Location.code, Lot.code, Lot.expires_on, StockBalance.qty,
                            Supplier.code)
                     .join(Location, Location.id == StockBalance.location_id)
                     .join(Warehouse, Warehouse.id == Location.warehouse_id)
                     .outerjoin(Lot, Lot.id == StockBalance.lot_id)
                     .outerjoin(Supplier, Supplier.id == Lot.owner_supplier_id)
                     .where(StockBalance.sku_id == sku.id, StockBalance.qty > 0)
                     .order_by(Warehouse.code, Location.pick_order, Location.id)))
    on_hand = sum(lv.on_hand for lv in levels)
    reserved = sum(lv.reserved for lv in levels)
    return SkuStock(sku.id, sku.code, on_hand, reserved, on_hand - reserved, levels, bins,
                    removal_of(uow, sku.id))


@verb("wms.read")
def sku_stock(uow: UnitOfWork, *, sku_id: int) -> SkuStock:
    """On hand, reserved and available for one SKU, per warehouse and per bin (and lot), and how it is picked."""
    return sku_stock_of(uow, get_sku(uow, sku_id))


@verb("wms.adjust", label="Set the removal strategy", writes=True)
def set_removal(uow: UnitOfWork, *, sku_id: int, removal: str) -> SkuStock:
    """Pick a SKU first in, first out ('fifo') or first expiring, first out ('fefo': received with lot and
    expiry from now on)."""
    sku = get_sku(uow, sku_id)
    validate.choice(removal, "removal", "Removal", REMOVAL_STRATEGIES)
    row = uow.session.get(SkuStorage, sku.id)
    before = row.removal if row else "fifo"
    if row is None:
        uow.session.add(SkuStorage(sku_id=sku.id, removal=removal))
    elif row.removal != removal:
        row.removal = removal
        row.version += 1
    uow.session.flush()
    uow.audit("sku_storage", sku.id, {"removal": [before, removal]})
    return sku_stock_of(uow, sku)


@verb("wms.read")
def list_stock(uow: UnitOfWork, *, warehouse_id: int = 0, location_id: int = 0, sku_id: int = 0,
               cursor: str = "", page_size: int = 200) -> Page:
    """What lies where: bins with stock, filtered by warehouse, location or SKU."""
    stmt = (select(Warehouse.code, StockBalance.location_id, Location.code, StockBalance.sku_id, Sku.code,
                   Sku.name, Lot.code, Lot.expires_on, StockBalance.qty, StockBalance.lot_id, Supplier.code)
            .join(Location, Location.id == StockBalance.location_id)
            .join(Warehouse, Warehouse.id == Location.warehouse_id).join(Sku, Sku.id == StockBalance.sku_id)
            .outerjoin(Lot, Lot.id == StockBalance.lot_id)
            .outerjoin(Supplier, Supplier.id == Lot.owner_supplier_id).where(StockBalance.qty > 0))
    if warehouse_id:
        stmt = stmt.where(Location.warehouse_id == warehouse_id)
    if location_id:
        stmt = stmt.where(StockBalance.location_id == location_id)
    if sku_id:
        stmt = stmt.where(StockBalance.sku_id == sku_id)
    return keyset_page(uow.session, stmt, [(StockBalance.location_id, False), (StockBalance.sku_id, False),
                                           (StockBalance.lot_id, False)], cursor=cursor, page_size=page_size,
                       columns=StockRow.columns(),
                       row_to_wire=lambda r: StockRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7],
                                                      r[8], r[10] or "").to_wire(),
                       key_of=lambda r: (r[1], r[3], r[9]))


@verb("wms.read")
def list_moves(uow: UnitOfWork, *, sku_id: int = 0, location_id: int = 0, doc_ref: str = "",
               cursor: str = "", page_size: int = 200) -> Page:
    """The inventory change log (库存变动): moves newest first, by SKU, location or document."""
    src = Location.__table__.alias("src")
    dst = Location.__table__.alias("dst")
    stmt = (select(StockMove.id, StockMove.at, StockMove.sku_id, Sku.code, StockMove.qty, src.c.code, dst.c.code,
                   Lot.code, StockMove.reason, StockMove.doc_type, StockMove.doc_ref, StockMove.username)
            .join(Sku, Sku.id == StockMove.sku_id).join(src, src.c.id == StockMove.from_location_id)
            .join(dst, dst.c.id == StockMove.to_location_id).outerjoin(Lot, Lot.id == StockMove.lot_id))
    if sku_id:
        stmt = stmt.where(StockMove.sku_id == sku_id)
    if location_id:
        stmt = stmt.where((StockMove.from_location_id == location_id) | (StockMove.to_location_id == location_id))
    if doc_ref.strip():
        stmt = stmt.where(StockMove.doc_ref == doc_ref.strip())
    return keyset_page(uow.session, stmt, [(StockMove.id, True)], cursor=cursor, page_size=page_size,
                       columns=MoveRecord.columns(),
                       row_to_wire=lambda r: MoveRecord(*r[:7], r[7] or "", *r[8:]).to_wire(),
                       key_of=lambda r: (r[0],))


@verb("wms.operate", label="Receive stock", writes=True, idempotent=True)
def receive(uow: UnitOfWork, *, location_id: int, sku_id: int, qty: int, lot_code: str = "",
            expires_on: str = "", doc_ref: str = "", request_id: str) -> int:
    """Goods in from a supplier to a location (receipts against purchase orders build on this); returns
    the move's id."""
    dst = active_location(uow, location_id)
    if dst.warehouse_id is None:
        raise DomainError(E_VALIDATION, Text("Receive into a location of a warehouse."), "location_id")
    sku = get_sku(uow, sku_id)
    require_expiry(uow, sku, lot_code, expires_on)
    move_id = post_move(uow, sku_id=sku.id, qty=check_qty(qty), src=virtual_location(uow, "supplier"),
                        dst=dst, lot_id=lot_for(uow, sku, lot_code, expires_on), reason="receipt",
                        doc_type="receipt", doc_ref=doc_ref.strip()[:64])
    uow.audit("stock_move", move_id, {"receive": [None, f"{qty} x {sku.code} -> {dst.code}"]})
    return move_id


@verb("wms.operate", label="Move stock", writes=True, idempotent=True)
def transfer(uow: UnitOfWork, *, from_location_id: int, to_location_id: int, sku_id: int, qty: int,
             lot_code: str = "", request_id: str) -> int:
    """Move stock between locations (putaway, replenishment, between warehouses); returns the move's id."""
    src = active_location(uow, from_location_id, "from_location_id")
    dst = active_location(uow, to_location_id, "to_location_id")
    if src.warehouse_id is None or dst.warehouse_id is None:
        raise DomainError(E_VALIDATION, Text("Transfers run between warehouse locations."), "to_location_id")
    sku = get_sku(uow, sku_id)
    lot_id = 0
    if lot_code.strip():
        lot_id = validate.found(uow.session.scalar(select(Lot.id).where(
            Lot.sku_id == sku.id, Lot.code == lot_code.strip().upper())), "This lot", "lot_code")
    move_id = post_move(uow, sku_id=sku.id, qty=check_qty(qty), src=src, dst=dst, lot_id=lot_id,
                        reason="putaway" if src.kind == "receiving" else "transfer")
    uow.audit("stock_move", move_id, {"transfer": [None, f"{qty} x {sku.code} {src.code} -> {dst.code}"]})
    return move_id


@verb("wms.adjust", label="Adjust stock", writes=True, idempotent=True)
def adjust(uow: UnitOfWork, *, location_id: int, sku_id: int, qty: int, note: str,
           request_id: str) -> int:
    """Book a found (+) or missing (-) quantity against inventory gain or loss; returns the move's id."""
    loc = active_location(uow, location_id)
    if loc.warehouse_id is None or qty == 0:
        raise DomainError(E_VALIDATION, Text("Adjust a warehouse location by a quantity other than 0."), "qty")
    note = validate.text(note, "note", "Reason", max_length=64)
    sku = get_sku(uow, sku_id)
    gain, loss = virtual_location(uow, "gain"), virtual_location(uow, "loss")
    src, dst = (gain, loc) if qty > 0 else (loc, loss)
    move_id = post_move(uow, sku_id=sku.id, qty=check_qty(abs(qty)), src=src, dst=dst, lot_id=0,
                        reason="adjust", doc_type="adjust", doc_ref=note)
    uow.audit("stock_move", move_id, {"adjust": [None, f"{qty:+d} x {sku.code} at {loc.code}: {note}"]})
    return move_id


@verb("wms.adjust")
def self_check(uow: UnitOfWork) -> tuple:
    """Recompute every bin balance from the moves, every warehouse's on hand from the bins, and what is
    reserved from the open reservations; list each difference (none: the ledger and the kept figures agree).
    At most 1,000 differences are listed."""
    return tuple(r.to_wire() for r in drift(uow.session))
