"""Stock: what lies where, the change log (库存变动), goods in, transfers, adjustments and the self-check."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select, union

from data_tier.catalog import Sku
from data_tier.purchasing import ReorderRule, Supplier
from data_tier.wms import Location, Lot, SkuStorage, StockBalance, StockLevel, StockMove, Warehouse
from middle_tier.catalog import get_sku
from middle_tier.contract import E_VALIDATION, PAGE_SIZE_MAX, DomainError, Page, Text
from middle_tier.contract.wms import (
    REMOVAL_STRATEGIES,
    MoveRecord,
    SkuAvailability,
    SkuStock,
    StockLevelRecord,
    StockLevelRow,
    StockRow,
)
from middle_tier.core import validate
from middle_tier.core.db import like_escape, like_prefix
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import check_qty, drift, post_move, virtual_location
from middle_tier.wms.lots import lot_by_code, lot_for, removal_of, require_expiry
from middle_tier.wms.places import active_location, location_by_code
from middle_tier.wms.transfers import move_lots


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
def list_stock_levels(uow: UnitOfWork, *, warehouse_id: int, search: str = "", low_only: bool = False,
                      in_stock_only: bool = False, cursor: str = "", page_size: int = 200) -> Page:
    """The stock of a warehouse by SKU code: every SKU it holds or has held, or has a reorder rule for; `search` a
    code's start, a barcode or words of the name; `low_only` what is available at or below its reorder point
    (purchasing's rule for the SKU in this warehouse); `in_stock_only` what is on hand."""
    w = validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    search = validate.text(search, "search", "Search", max_length=100, required=False)
    # the SKUs of the list: levels and reorder rules of the warehouse (reading purchasing's table; no writes)
    ids = union(select(StockLevel.sku_id.label("sku_id")).where(StockLevel.warehouse_id == w.id),
                select(ReorderRule.sku_id.label("sku_id")).where(ReorderRule.warehouse_id == w.id)).subquery()
    on_hand = func.coalesce(StockLevel.on_hand, 0)
    reserved = func.coalesce(StockLevel.reserved, 0)
    stmt = (select(Sku.id, Sku.code, Sku.name, on_hand, reserved, ReorderRule.reorder_point)
            .select_from(ids).join(Sku, Sku.id == ids.c.sku_id)
            .outerjoin(StockLevel, and_(StockLevel.warehouse_id == w.id, StockLevel.sku_id == Sku.id))
            .outerjoin(ReorderRule, and_(ReorderRule.warehouse_id == w.id, ReorderRule.sku_id == Sku.id)))
    if low_only:
        stmt = stmt.where(ReorderRule.reorder_point.is_not(None), on_hand - reserved <= ReorderRule.reorder_point)
    if in_stock_only:
        stmt = stmt.where(on_hand > 0)
    if search:
        stmt = stmt.where(or_(Sku.code.like(like_prefix(search.upper()), escape="\\"), Sku.barcode == search,
                              Sku.name.like(f"%{like_escape(search)}%", escape="\\")))

    def wire(r) -> tuple:  # type: ignore[no-untyped-def]
        available = int(r[3]) - int(r[4])
        return StockLevelRow(r[0], r[1], r[2], w.id, int(r[3]), int(r[4]), available, r[5],
                             r[5] is not None and available <= r[5]).to_wire()

    return keyset_page(uow.session, stmt, [(Sku.code, False)], cursor=cursor, page_size=page_size,
                       columns=StockLevelRow.columns(), row_to_wire=wire, key_of=lambda r: (r[1],))


@verb("wms.read")
def sku_availability(uow: UnitOfWork, *, sku_ids: tuple[int, ...]) -> tuple:
    """On hand, reserved and available over every warehouse for the SKUs named (a page of a product list: at most
    500), in id order; a SKU without stock has zeros."""
    if len(sku_ids) > PAGE_SIZE_MAX:
        raise DomainError(E_VALIDATION, Text("Ask for at most {most} SKUs at a time.", most=PAGE_SIZE_MAX), "sku_ids")
    wanted = sorted(set(sku_ids))
    if not wanted:
        return ()
    held = {sku: (int(oh), int(res)) for sku, oh, res in uow.session.execute(
        select(StockLevel.sku_id, func.sum(StockLevel.on_hand), func.sum(StockLevel.reserved))
        .where(StockLevel.sku_id.in_(wanted)).group_by(StockLevel.sku_id))}
    out = []
    for sku_id in wanted:
        on_hand, reserved = held.get(sku_id, (0, 0))
        out.append(SkuAvailability(sku_id, on_hand, reserved, on_hand - reserved).to_wire())
    return tuple(out)


@verb("wms.read")
def list_stock(uow: UnitOfWork, *, warehouse_id: int = 0, location_id: int = 0, sku_id: int = 0,
               location_code: str = "", cursor: str = "", page_size: int = 200) -> Page:
    """What lies where: bins with stock, filtered by warehouse, location (by id, or by its scanned code in the
    warehouse) or SKU."""
    if location_code.strip():
        validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        location_id = location_by_code(uow, warehouse_id, location_code).id
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
    """Move stock between locations (putaway, replenishment, between warehouses): the lot named, or the source's
    lots in the SKU's removal order; units open pick tasks will take stay. Returns the (first) move's id."""
    src = active_location(uow, from_location_id, "from_location_id")
    dst = active_location(uow, to_location_id, "to_location_id")
    if src.warehouse_id is None or dst.warehouse_id is None:
        raise DomainError(E_VALIDATION, Text("Transfers run between warehouse locations."), "to_location_id")
    if src.id == dst.id:
        raise DomainError(E_VALIDATION, Text("The source and the destination are the same."), "to_location_id")
    sku = get_sku(uow, sku_id)
    moves = move_lots(uow, src=src, dst=dst, sku=sku, qty=check_qty(qty), lot_id=lot_by_code(uow, sku, lot_code))
    uow.audit("stock_move", moves[0], {"transfer": [None, f"{qty} x {sku.code} {src.code} -> {dst.code}"]},
              more_ids=moves[1:])
    return moves[0]


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
