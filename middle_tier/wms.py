"""The `wms` component: warehouses and bins, the stock ledger, reservations, shipping, and the self-check.

Every stock change goes through `middle_tier.stock.post_move`; waves, picking, packing and shipping to a carrier
live in `wms_outbound`, cycle counts and putaway suggestions in `wms_counts`.
"""
from __future__ import annotations

from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import Supplier
from data_tier.wms import Location, Lot, SkuStorage, StockBalance, StockLevel, StockMove, StockReservation, Warehouse
from middle_tier import validate
from middle_tier.api import expose, flush_unique, verb
from middle_tier.contract import (
    E_CONFLICT,
    E_DUPLICATE,
    E_VALIDATION,
    LOCATION_KINDS,
    REMOVAL_STRATEGIES,
    DomainError,
    LocationRecord,
    MoveRecord,
    Page,
    SkuStock,
    StockLevelRecord,
    StockReservationRecord,
    StockRow,
    Text,
    WarehouseRecord,
)
from middle_tier.paging import keyset_page
from middle_tier.receiving import ReceivingVerbs
from middle_tier.stock import (
    DEFAULT_LOCATIONS,
    MAX_QTY,
    SHIP_ROUNDS,
    BinShort,
    active_location,
    check_doc,
    check_qty,
    drift,
    get_sku,
    location_record,
    lot_for,
    pickable,
    post_move,
    removal_of,
    require_expiry,
    reservation_record,
    virtual_location,
)
from middle_tier.uow import UnitOfWork
from middle_tier.wms_counts import CountVerbs
from middle_tier.wms_outbound import OutboundVerbs, cancel_open_tasks, destination, open_reservations, shipped


def _sku_stock(uow: UnitOfWork, sku: Sku) -> SkuStock:
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


# reserve's warehouse, SKU code and the request's reservation that may be there already, in one statement
_RESERVE_LOOKUP = select(
    select(Warehouse.id).where(Warehouse.id == bindparam("w")).scalar_subquery(),
    select(Sku.code).where(Sku.id == bindparam("s")).scalar_subquery(),
    select(StockReservation.id).where(StockReservation.doc_type == bindparam("dt"),
                                      StockReservation.doc_ref == bindparam("dr"),
                                      StockReservation.warehouse_id == bindparam("w"),
                                      StockReservation.sku_id == bindparam("s")).scalar_subquery(),
)


@expose
class WmsComponent(ReceivingVerbs, OutboundVerbs, CountVerbs):
    """Warehouse clerks' and purchasers' view of stock: bins, moves, reservations, shipments."""

    _area = "wms"

    # ---- warehouses and locations -------------------------------------------------------------------
    @verb("wms.read")
    def list_warehouses(self, uow: UnitOfWork) -> tuple:
        """Every warehouse, by code."""
        return tuple(WarehouseRecord(w.id, w.code, w.name, w.is_active, w.version).to_wire()
                     for w in uow.session.scalars(select(Warehouse).order_by(Warehouse.code)))

    @verb("wms.adjust", writes=True)
    def create_warehouse(self, uow: UnitOfWork, *, code: str, name: str) -> WarehouseRecord:
        """A warehouse with its receiving, packing and shipping areas (RECV, PACK, SHIP); bins are added after."""
        code = validate.code(code, "code", "Warehouse code", max_length=32)
        name = validate.text(name, "name", "Name", max_length=128)
        if uow.session.scalar(select(Warehouse.id).where(Warehouse.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("This warehouse code is taken."), "code")
        w = Warehouse(code=code, name=name)
        uow.session.add(w)
        flush_unique(uow.session, "code", Text("This warehouse code was taken meanwhile."))
        for loc_code, loc_name, kind, order in DEFAULT_LOCATIONS:
            uow.session.add(Location(warehouse_id=w.id, code=loc_code, name=loc_name, kind=kind, pick_order=order))
        uow.audit("warehouse", w.id, {"code": [None, code], "name": [None, name]})
        return WarehouseRecord(w.id, w.code, w.name, True, 1)

    @verb("wms.read")
    def list_locations(self, uow: UnitOfWork, *, warehouse_id: int, cursor: str = "", page_size: int = 500) -> Page:
        """A warehouse's locations along the pick path."""
        stmt = select(Location).where(Location.warehouse_id == warehouse_id)
        return keyset_page(uow.session, stmt, [(Location.pick_order, False), (Location.id, False)], cursor=cursor,
                           page_size=page_size, columns=LocationRecord.columns(),
                           row_to_wire=lambda r: location_record(r[0]).to_wire(),
                           key_of=lambda r: (r[0].pick_order, r[0].id))

    @verb("wms.adjust", writes=True)
    def create_location(self, uow: UnitOfWork, *, warehouse_id: int, code: str, name: str = "",
                        kind: str = "storage", zone: str = "", pick_order: int = 0, capacity: int = 0) -> LocationRecord:
        """A bin (or area) of a warehouse; `pick_order` places it on the pick path, `capacity` 0 = unlimited."""
        w = validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        code = validate.text(code, "code", "Location code", max_length=64).upper()
        if not all(c.isalnum() or c in "-_." for c in code):
            raise DomainError(E_VALIDATION, Text("A location code has letters, digits, '-', '_' or '.'."), "code")
        validate.choice(kind, "kind", "Kind", LOCATION_KINDS)
        if not 0 <= pick_order <= 10_000_000:
            raise DomainError(E_VALIDATION, Text("The pick order is a number from 0."), "pick_order")
        if not 0 <= capacity <= MAX_QTY * 100:
            raise DomainError(E_VALIDATION, Text("The capacity is a number of units from 0 (no limit)."), "capacity")
        if uow.session.scalar(select(Location.id).where(Location.warehouse_id == w.id, Location.code == code)):
            raise DomainError(E_DUPLICATE, Text("This warehouse has a location with this code."), "code")
        loc = Location(warehouse_id=w.id, code=code, kind=kind, pick_order=pick_order, capacity=capacity,
                       name=validate.text(name, "name", "Name", max_length=128, required=False),
                       zone=validate.text(zone, "zone", "Zone", max_length=64, required=False).upper())
        uow.session.add(loc)
        flush_unique(uow.session, "code", Text("This location code was taken meanwhile."))
        uow.audit("location", loc.id, {"code": [None, f"{w.code}/{code}"]})
        return location_record(loc)

    # ---- stock --------------------------------------------------------------------------------------------
    @verb("wms.read")
    def sku_stock(self, uow: UnitOfWork, *, sku_id: int) -> SkuStock:
        """On hand, reserved and available for one SKU, per warehouse and per bin (and lot), and how it is picked."""
        return _sku_stock(uow, get_sku(uow, sku_id))

    @verb("wms.adjust", writes=True)
    def set_removal(self, uow: UnitOfWork, *, sku_id: int, removal: str) -> SkuStock:
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
        return _sku_stock(uow, sku)

    @verb("wms.read")
    def list_stock(self, uow: UnitOfWork, *, warehouse_id: int = 0, location_id: int = 0, sku_id: int = 0,
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
    def list_moves(self, uow: UnitOfWork, *, sku_id: int = 0, location_id: int = 0, doc_ref: str = "",
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

    # ---- moving stock ----------------------------------------------------------------------------------
    @verb("wms.operate", writes=True, idempotent=True)
    def receive(self, uow: UnitOfWork, *, location_id: int, sku_id: int, qty: int, lot_code: str = "",
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

    @verb("wms.operate", writes=True, idempotent=True)
    def transfer(self, uow: UnitOfWork, *, from_location_id: int, to_location_id: int, sku_id: int, qty: int,
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

    @verb("wms.adjust", writes=True, idempotent=True)
    def adjust(self, uow: UnitOfWork, *, location_id: int, sku_id: int, qty: int, note: str,
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

    # ---- reservations and shipping ------------------------------------------------------------------
    @verb("wms.operate", writes=True)
    def reserve(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str, warehouse_id: int, sku_id: int,
                qty: int) -> StockReservationRecord:
        """Hold stock for an outbound request; refused when less is available. Idempotent by document, warehouse
        and SKU: asking again returns the reservation that is there."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        warehouse, code, existing = uow.session.execute(_RESERVE_LOOKUP, {
            "w": warehouse_id, "s": sku_id, "dt": doc_type, "dr": doc_ref}).one()
        validate.found(warehouse, "This warehouse", "warehouse_id")
        validate.found(code, "This SKU", "sku_id")
        check_qty(qty)
        if existing is not None:
            uow.nothing_changed()
            return reservation_record(uow.session.get(StockReservation, existing), code)
        if not ledger.reserve_level(uow.session, warehouse_id, sku_id, qty):
            level = uow.session.get(StockLevel, (warehouse_id, sku_id))
            available = level.on_hand - level.reserved if level else 0
            raise DomainError(E_CONFLICT, Text("Only {available} of {sku} available; {qty} asked.",
                                               available=available, sku=code, qty=qty), "qty")
        now = utcnow()
        try:
            rid = uow.session.execute(insert(StockReservation.__table__).values(
                warehouse_id=warehouse_id, sku_id=sku_id, qty=qty, doc_type=doc_type, doc_ref=doc_ref, state="open",
                created_at=now, updated_at=now)).inserted_primary_key[0]
        except IntegrityError:     # the same request, reserved by another connection a moment ago
            raise DomainError(E_CONFLICT, Text("This request was reserved meanwhile; ask again."),
                              "doc_ref") from None
        uow.audit("stock_reservation", rid, {"reserve": [None, f"{qty} x {code} for {doc_type} {doc_ref}"]})
        return StockReservationRecord(rid, warehouse_id, sku_id, code, qty, doc_type, doc_ref, "open", now)

    @verb("wms.operate", writes=True)
    def release(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> tuple:
        """The request was cancelled: its open reservations are released and their open pick tasks cancelled (what
        was picked already waits in packing to be put back). Idempotent."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        every = self._request(uow, doc_type, doc_ref)
        rows = [(r, code) for r, code in every if r.state == "open"]
        for r, _code in rows:
            ledger.release_level(uow.session, r.warehouse_id, r.sku_id, r.qty)
            r.state = "released"
        if rows:
            cancel_open_tasks(uow, [r.id for r, _ in rows])
            uow.audit("stock_reservation", rows[0][0].id, {"release": [None, f"{doc_type} {doc_ref}"]},
                      more_ids=[r.id for r, _ in rows[1:]])
        else:
            uow.nothing_changed()
        return self._records(every)

    @verb("wms.operate", writes=True)
    def ship(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> tuple:
        """Ship what a request reserved straight from the bins, without a wave (a counter sale, a quick return):
        taken in removal order, moved to the customer (a return: the supplier), the reservation consumed, the
        requester told. Idempotent: a shipped request stays shipped."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        every = self._request(uow, doc_type, doc_ref)
        rows = [(r, code) for r, code in every if r.state == "open"]
        if any(r.pick_list_id is not None for r, _ in rows):
            raise DomainError(E_CONFLICT, Text("This request is in a wave: it ships from the packing table."), "doc_ref")
        customer = destination(uow, doc_type)
        moves = 0
        for r, code in rows:
            left = r.qty
            for _round in range(SHIP_ROUNDS):      # bins read without locks: another shipment may empty one first
                if left == 0:
                    break
                for bin_ in pickable(uow, r.warehouse_id, r.sku_id):
                    take = min(left, bin_.qty)
                    try:
                        post_move(uow, sku_id=r.sku_id, qty=take, src=bin_, dst=customer, lot_id=bin_.lot_id,
                                  reason="ship", doc_type=doc_type, doc_ref=doc_ref, release=take)
                    except BinShort:
                        continue                   # taken meanwhile: read the bins again
                    left -= take
                    moves += 1
                    if left == 0:
                        break
            if left:
                raise DomainError(E_CONFLICT, Text("The bins hold less of {code} than the {qty} reserved; "
                                                   "run the self-check.",
                                                   code=code, qty=r.qty), "doc_ref")
            r.state = "shipped"
        if rows:
            shipped(uow, doc_type, doc_ref, None, {r.sku_id: r.qty for r, _ in rows})
            uow.audit("stock_reservation", rows[0][0].id, {"ship": [None, f"{doc_type} {doc_ref}: {moves} move(s)"]},
                      more_ids=[r.id for r, _ in rows[1:]])
        else:
            uow.nothing_changed()
        return self._records(every)

    @verb("wms.read")
    def list_reservations(self, uow: UnitOfWork, *, sku_id: int = 0, state: str = "open", warehouse_id: int = 0,
                          cursor: str = "", page_size: int = 200) -> Page:
        """Reservations (库存占用单), newest first, by SKU, state and warehouse."""
        stmt = select(StockReservation, Sku.code).join(Sku, Sku.id == StockReservation.sku_id)
        if warehouse_id:
            stmt = stmt.where(StockReservation.warehouse_id == warehouse_id)
        if sku_id:
            stmt = stmt.where(StockReservation.sku_id == sku_id)
        if state:
            stmt = stmt.where(StockReservation.state == validate.choice(state, "state", "State",
                                                                        ("open", "shipped", "released")))
        return keyset_page(uow.session, stmt, [(StockReservation.id, True)], cursor=cursor, page_size=page_size,
                           columns=StockReservationRecord.columns(),
                           row_to_wire=lambda r: reservation_record(r[0], r[1]).to_wire(),
                           key_of=lambda r: (r[0].id,))

    @staticmethod
    def _request(uow: UnitOfWork, doc_type: str, doc_ref: str) -> list:
        """All reservations of a request, locked, with their SKU codes; E_VALIDATION when it has none."""
        rows = open_reservations(uow, doc_type, doc_ref, open_only=False)
        if not rows:
            raise DomainError(E_VALIDATION, Text("There is no reservation for this document."), "doc_ref")
        codes = dict(uow.session.execute(select(Sku.id, Sku.code).where(Sku.id.in_({r.sku_id for r in rows}))).all())
        return [(r, codes[r.sku_id]) for r in rows]

    @staticmethod
    def _records(rows: list) -> tuple:
        return tuple(reservation_record(r, code).to_wire() for r, code in rows)

    # ---- the self-check -------------------------------------------------------------------------------
    @verb("wms.adjust")
    def self_check(self, uow: UnitOfWork) -> tuple:
        """Recompute every bin balance from the moves, every warehouse's on hand from the bins, and what is
        reserved from the open reservations; list each difference (none: the ledger and the kept figures agree).
        At most 1,000 differences are listed."""
        return tuple(r.to_wire() for r in drift(uow.session))
