"""Outbound work of the warehouse: waves of pick tasks along the pick path, pick confirmation by scanning bin and
item (short picks re-allocated, the bin sent to a count), packing verified by scanning, and shipping to a carrier
with tracking number and weight, which tells the requester (a shipped event, and its hook in the same transaction).

Picking moves stock from a bin to the warehouse's packing area (the reservation stays); shipping moves it from
packing to the customer (or supplier, for a return) and consumes the reservation.
"""
from __future__ import annotations

from sqlalchemy import func, insert, select

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import (
    CountTask,
    Location,
    Lot,
    OutboundEvent,
    PickList,
    PickTask,
    Shipment,
    StockMove,
    StockReservation,
    Warehouse,
)
from middle_tier import validate
from middle_tier.api import Exposed, expose, flush_unique, verb
from middle_tier.contract import (
    CARRIERS,
    E_CONFLICT,
    E_VALIDATION,
    DocumentRecord,
    DomainError,
    OutboundEventRecord,
    PackLine,
    PackStatus,
    Page,
    PickListRecord,
    PickTaskRecord,
    ShipmentRecord,
    Text,
)
from middle_tier.paging import keyset_page
from middle_tier.stock import (
    SHIPPED_HOOKS,
    BinShort,
    VirtualPlace,
    area,
    check_doc,
    location_by_code,
    next_number,
    pickable,
    post_move,
    sku_by_scan,
    virtual_location,
)
from middle_tier.uow import UnitOfWork
from middle_tier.wms_counts import new_count_task

MAX_WAVE = 200


def _planned_out(uow: UnitOfWork, warehouse_id: int) -> dict[tuple[int, int, int], int]:
    """What open pick tasks will still take, per (bin, SKU, lot)."""
    rows = uow.session.execute(
        select(PickTask.location_id, PickTask.sku_id, PickTask.lot_id, func.sum(PickTask.qty - PickTask.picked_qty))
        .join(PickList, PickList.id == PickTask.pick_list_id)
        .where(PickList.warehouse_id == warehouse_id, PickTask.state == "open")
        .group_by(PickTask.location_id, PickTask.sku_id, PickTask.lot_id))
    return {(loc, sku, lot): int(q) for loc, sku, lot, q in rows}


def _allocate(uow: UnitOfWork, r: StockReservation, qty: int, planned: dict, *,
              skip_location: int = 0) -> list[tuple[int, int, int]]:
    """Bins (location, lot, qty) for `qty` of the reservation's SKU, in removal order, past what is planned."""
    out = []
    for location_id, _w, _code, _cap, lot_id, held in pickable(uow, r.warehouse_id, r.sku_id):
        if location_id == skip_location:
            continue
        free = held - planned.get((location_id, r.sku_id, lot_id), 0)
        if free <= 0:
            continue
        take = min(free, qty)
        out.append((location_id, lot_id, take))
        planned[(location_id, r.sku_id, lot_id)] = planned.get((location_id, r.sku_id, lot_id), 0) + take
        qty -= take
        if qty == 0:
            break
    return out


def _task_records(uow: UnitOfWork, pick_list_id: int) -> tuple[PickTaskRecord, ...]:
    rows = uow.session.execute(
        select(PickTask, Location.code, Sku.code, Sku.name, Sku.barcode, Lot.code, StockReservation.doc_type,
               StockReservation.doc_ref)
        .join(Location, Location.id == PickTask.location_id).join(Sku, Sku.id == PickTask.sku_id)
        .outerjoin(Lot, Lot.id == PickTask.lot_id).join(StockReservation, StockReservation.id == PickTask.reservation_id)
        .where(PickTask.pick_list_id == pick_list_id).order_by(PickTask.seq, PickTask.id))
    return tuple(PickTaskRecord(t.id, t.seq, t.location_id, loc, t.sku_id, code, name, barcode or "", lot or "", t.qty,
                                t.picked_qty, t.state, doc_type, doc_ref)
                 for t, loc, code, name, barcode, lot, doc_type, doc_ref in rows)


def _pick_list_record(uow: UnitOfWork, pl: PickList) -> PickListRecord:
    w = uow.session.get(Warehouse, pl.warehouse_id)
    docs = uow.session.execute(select(StockReservation.doc_type, StockReservation.doc_ref).distinct()
                               .join(PickTask, PickTask.reservation_id == StockReservation.id)
                               .where(PickTask.pick_list_id == pl.id)
                               .order_by(StockReservation.doc_type, StockReservation.doc_ref)).all()
    return PickListRecord(pl.id, pl.number, pl.warehouse_id, w.code, pl.state, pl.created_at, pl.created_by,
                          pl.done_at, tuple(f"{t}:{r}" for t, r in docs), _task_records(uow, pl.id))


def _sequence(uow: UnitOfWork, pick_list_id: int) -> None:
    """Number the list's open tasks along the pick path (bins in pick order), so one walk picks them all."""
    tasks = uow.session.execute(select(PickTask).join(Location, Location.id == PickTask.location_id)
                                .where(PickTask.pick_list_id == pick_list_id)
                                .order_by(Location.pick_order, Location.id, PickTask.sku_id, PickTask.id)).scalars()
    for seq, t in enumerate(tasks, start=1):
        t.seq = seq


def open_reservations(uow: UnitOfWork, doc_type: str, doc_ref: str, *, lock: bool = True,
                      open_only: bool = True) -> list[StockReservation]:
    """A request's open reservations (with `open_only` False: all of them), locked. Only their own rows: MariaDB
    has no FOR UPDATE OF, and a lock on the SKU row would block every other reservation's foreign-key check (a
    deadlock)."""
    stmt = (select(StockReservation).where(StockReservation.doc_type == doc_type, StockReservation.doc_ref == doc_ref)
            .order_by(StockReservation.id))
    if open_only:
        stmt = stmt.where(StockReservation.state == "open")
    return list(uow.session.scalars(stmt.with_for_update() if lock else stmt))


def _reservations(uow: UnitOfWork, doc_type: str, doc_ref: str, *, lock: bool = True) -> list[StockReservation]:
    """The open reservations of a request that must have some."""
    rows = open_reservations(uow, doc_type, doc_ref, lock=lock)
    if not rows:
        raise DomainError(E_VALIDATION, Text("No open outbound request {doc_type} {doc_ref}.", doc_type=doc_type, doc_ref=doc_ref), "doc_ref")
    return rows


def _open_tasks(uow: UnitOfWork, reservation_ids: list[int]) -> int:
    return uow.session.scalar(select(func.count()).select_from(PickTask).where(
        PickTask.reservation_id.in_(reservation_ids), PickTask.state == "open")) or 0


def _pack_status(uow: UnitOfWork, doc_type: str, doc_ref: str, rows: list[StockReservation]) -> PackStatus:
    skus = {s.id: s for s in uow.session.scalars(select(Sku).where(Sku.id.in_([r.sku_id for r in rows])))}
    lines = tuple(PackLine(r.sku_id, skus[r.sku_id].code, skus[r.sku_id].name, skus[r.sku_id].barcode or "", r.qty,
                           r.picked_qty, r.packed_qty) for r in rows)
    complete = (any(r.picked_qty for r in rows) and all(r.packed_qty == r.picked_qty for r in rows)
                and _open_tasks(uow, [r.id for r in rows]) == 0)
    weight = sum(skus[r.sku_id].weight_g * r.packed_qty for r in rows)
    return PackStatus(doc_type, doc_ref, rows[0].warehouse_id, lines, complete, weight)


def shipped(uow: UnitOfWork, doc_type: str, doc_ref: str, shipment: Shipment | None, qty: dict[int, int]) -> None:
    """Tell the requester: an event row, and the requester's hook in this same transaction."""
    uow.session.execute(insert(OutboundEvent.__table__).values(doc_type=doc_type, doc_ref=doc_ref, kind="shipped",
                                                               shipment_id=shipment.id if shipment else None))
    hook = SHIPPED_HOOKS.get(doc_type)
    if hook is not None:
        hook(uow, doc_ref, qty)


def cancel_open_tasks(uow: UnitOfWork, reservation_ids: list[int]) -> None:
    """A cancelled request's open pick tasks are void; a wave left with none open is done."""
    tasks = list(uow.session.scalars(select(PickTask).where(PickTask.reservation_id.in_(reservation_ids),
                                                            PickTask.state == "open")))
    for t in tasks:
        t.state = "cancelled"
    for pick_list_id in {t.pick_list_id for t in tasks}:
        uow.session.flush()
        if not uow.session.scalar(select(func.count()).select_from(PickTask).where(
                PickTask.pick_list_id == pick_list_id, PickTask.state == "open")):
            pl = uow.session.get(PickList, pick_list_id)
            pl.state, pl.done_at = "picked", utcnow()


def destination(uow: UnitOfWork, doc_type: str) -> VirtualPlace:
    """Where an outbound request's stock goes: back to the supplier for a return, else to the customer."""
    return virtual_location(uow, "supplier" if doc_type == "return_po" else "customer")


@expose
class OutboundVerbs(Exposed):
    """Waves, picking, packing and shipping (part of the `wms` component)."""

    @verb("wms.operate", writes=True, idempotent=True)
    def create_wave(self, uow: UnitOfWork, *, warehouse_id: int, max_requests: int = 20, doc_refs: tuple[str, ...] = (),
                    request_id: str) -> PickListRecord:
        """A pick list for open requests of the warehouse that are not in a wave yet (oldest first, or the ones
        named), every unit allocated to a bin in removal order, tasks numbered along the pick path."""
        validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        if not 1 <= max_requests <= MAX_WAVE:
            raise DomainError(E_VALIDATION, Text("A wave takes 1 to {most} requests.", most=MAX_WAVE), "max_requests")
        stmt = select(StockReservation).where(StockReservation.warehouse_id == warehouse_id,
                                              StockReservation.state == "open",
                                              StockReservation.pick_list_id.is_(None),
                                              StockReservation.picked_qty == 0)
        if doc_refs:
            stmt = stmt.where(StockReservation.doc_ref.in_([d.strip() for d in doc_refs]))
        rows = [r for r in uow.session.scalars(stmt.order_by(StockReservation.id).with_for_update())
                if r.pick_list_id is None]
        by_doc: dict[tuple[str, str], list[StockReservation]] = {}
        for r in rows:
            if len(by_doc) < max_requests or (r.doc_type, r.doc_ref) in by_doc:
                by_doc.setdefault((r.doc_type, r.doc_ref), []).append(r)
        planned = _planned_out(uow, warehouse_id)
        plans: list[tuple[StockReservation, list]] = []
        for doc_rows in by_doc.values():
            trial = dict(planned)
            doc_plan = [(r, _allocate(uow, r, r.qty, trial)) for r in doc_rows]
            if all(sum(q for _, _, q in bins) == r.qty for r, bins in doc_plan):
                planned = trial          # only whole requests go out; the rest waits for putaway
                plans.extend(doc_plan)
        if not plans:
            raise DomainError(E_VALIDATION, Text("No open request of this warehouse can be picked now (none "
                                                 "waiting, or their stock is not put away yet)."), "warehouse_id")
        pl = PickList(number=next_number(uow, PickList, "PL"), warehouse_id=warehouse_id,
                      created_by=uow.state.username if uow.state else "")
        uow.session.add(pl)
        flush_unique(uow.session, "warehouse_id", Text("Another wave took this number meanwhile; try again."))
        for r, bins in plans:
            r.pick_list_id = pl.id
            for location_id, lot_id, q in bins:
                uow.session.add(PickTask(pick_list_id=pl.id, seq=0, reservation_id=r.id, location_id=location_id,
                                         sku_id=r.sku_id, lot_id=lot_id, qty=q))
        uow.session.flush()
        _sequence(uow, pl.id)
        uow.audit("pick_list", pl.id, {"wave": [None, f"{pl.number}: {len({(r.doc_type, r.doc_ref) for r, _ in plans})}"
                                                       " request(s)"]})
        return _pick_list_record(uow, pl)

    @verb("wms.read")
    def list_pick_lists(self, uow: UnitOfWork, *, warehouse_id: int = 0, state: str = "", cursor: str = "",
                        page_size: int = 100) -> Page:
        """Waves, newest first (tasks left out: `get_pick_list` has them)."""
        stmt = select(PickList)
        if warehouse_id:
            stmt = stmt.where(PickList.warehouse_id == warehouse_id)
        if state:
            stmt = stmt.where(PickList.state == validate.choice(state, "state", "State", ("open", "picked")))
        codes = dict(uow.session.execute(select(Warehouse.id, Warehouse.code)).all())
        return keyset_page(uow.session, stmt, [(PickList.id, True)], cursor=cursor, page_size=page_size,
                           columns=PickListRecord.columns(),
                           row_to_wire=lambda r: PickListRecord(r[0].id, r[0].number, r[0].warehouse_id,
                                                                codes.get(r[0].warehouse_id, ""), r[0].state,
                                                                r[0].created_at, r[0].created_by, r[0].done_at, (),
                                                                ()).to_wire(),
                           key_of=lambda r: (r[0].id,))

    @verb("wms.read")
    def get_pick_list(self, uow: UnitOfWork, *, number: str) -> PickListRecord:
        """A pick list by its number (as scanned from the printed list), with its tasks along the path."""
        pl = uow.session.scalar(select(PickList).where(PickList.number == number.strip().upper()))
        return _pick_list_record(uow, validate.found(pl, "This pick list", "number"))

    @verb("wms.operate", writes=True, idempotent=True)
    def confirm_pick(self, uow: UnitOfWork, *, task_id: int, location_code: str, barcode: str, qty: int,
                     request_id: str) -> PickListRecord:
        """The picker scanned the bin and the item and took `qty`: moved to packing. Less than the task asks is a
        short pick: the rest is allocated to other bins when they hold it, and the bin gets a count task."""
        task = validate.found(uow.session.get(PickTask, task_id, with_for_update=True), "This pick task", "task_id")
        if task.state != "open":
            raise DomainError(E_CONFLICT, Text("This task was confirmed already."), "task_id")
        pl = uow.session.get(PickList, task.pick_list_id)
        loc = location_by_code(uow, pl.warehouse_id, location_code)
        if loc.id != task.location_id:
            want = uow.session.get(Location, task.location_id)
            raise DomainError(E_VALIDATION, Text("Wrong bin: this task is at {bin}.", bin=want.code), "location_code")
        sku = sku_by_scan(uow, barcode)
        if sku.id != task.sku_id:
            raise DomainError(E_VALIDATION, Text("Wrong item: {sku} is not what this task picks.", sku=sku.code), "barcode")
        if not 0 <= qty <= task.qty:
            raise DomainError(E_VALIDATION, Text("Pick 0 to {most} here.", most=task.qty), "qty")
        r = uow.session.get(StockReservation, task.reservation_id, with_for_update=True)
        if r.state != "open":
            raise DomainError(E_CONFLICT, Text("This request was cancelled or shipped meanwhile."), "task_id")
        if qty:
            try:
                post_move(uow, sku_id=sku.id, qty=qty, src=loc, dst=_packing(uow, pl.warehouse_id),
                          lot_id=task.lot_id, reason="pick", doc_type=r.doc_type, doc_ref=r.doc_ref)
            except BinShort:
                raise DomainError(E_CONFLICT, Text("{bin} holds less than {qty}: enter what you found, the rest is a "
                                                   "short pick.", bin=loc.code, qty=qty), "qty") from None
        task.picked_qty, task.picked_at = qty, utcnow()
        task.picked_by = uow.state.username if uow.state else ""
        task.state = "picked" if qty == task.qty else "short"
        r.picked_qty += qty
        note = f"{qty}/{task.qty} x {sku.code} at {loc.code}"
        if qty < task.qty:
            note += self._short_pick(uow, pl, task, r, loc)
        if not uow.session.scalar(select(func.count()).select_from(PickTask).where(
                PickTask.pick_list_id == pl.id, PickTask.state == "open")):
            pl.state, pl.done_at = "picked", utcnow()
        uow.audit("pick_task", task.id, {"pick": [None, note]})
        return _pick_list_record(uow, pl)

    @staticmethod
    def _short_pick(uow: UnitOfWork, pl: PickList, task: PickTask, r: StockReservation, loc: Location) -> str:
        planned = _planned_out(uow, pl.warehouse_id)
        more = _allocate(uow, r, task.qty - task.picked_qty, planned, skip_location=loc.id)
        for location_id, lot_id, q in more:
            uow.session.add(PickTask(pick_list_id=pl.id, seq=0, reservation_id=r.id, location_id=location_id,
                                     sku_id=r.sku_id, lot_id=lot_id, qty=q))
        uow.session.flush()
        _sequence(uow, pl.id)
        if not uow.session.scalar(select(CountTask.id).where(CountTask.location_id == loc.id,
                                                             CountTask.state.in_(("open", "counted")))):
            new_count_task(uow, loc, "short pick")
        return f"; short, {sum(q for _, _, q in more)} re-allocated, bin {loc.code} to count"

    @verb("wms.read")
    def pack_status(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> PackStatus:
        """What a request reserved, picked and verified at the packing table."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        return _pack_status(uow, doc_type, doc_ref, _reservations(uow, doc_type, doc_ref, lock=False))

    @verb("wms.operate", writes=True, idempotent=True)
    def pack_scan(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str, barcode: str, qty: int = 1,
                  request_id: str) -> PackStatus:
        """One item scanned into the parcel: it must belong to the request and not exceed what was picked."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        rows = _reservations(uow, doc_type, doc_ref)
        sku = sku_by_scan(uow, barcode)
        r = next((r for r in rows if r.sku_id == sku.id), None)
        if r is None:
            raise DomainError(E_VALIDATION, Text("{sku} is not part of {doc_ref}.", sku=sku.code, doc_ref=doc_ref), "barcode")
        if not 1 <= qty <= r.picked_qty - r.packed_qty:
            raise DomainError(E_VALIDATION, Text("Only {left} more of {sku} were picked for this parcel.",
                                                 left=r.picked_qty - r.packed_qty, sku=sku.code), "qty")
        r.packed_qty += qty
        uow.audit("stock_reservation", r.id, {"pack": [None, f"{qty} x {sku.code} for {doc_type} {doc_ref}"]})
        return _pack_status(uow, doc_type, doc_ref, rows)

    @verb("wms.operate", writes=True, idempotent=True)
    def ship_parcel(self, uow: UnitOfWork, *, doc_type: str, doc_ref: str, carrier: str, tracking_no: str,
                    weight_g: int, request_id: str) -> ShipmentRecord:
        """Hand the verified parcel to the carrier: picked units leave packing, the reservation is consumed (a
        short-picked remainder is released), and the requester is told."""
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        validate.choice(carrier, "carrier", "Carrier", CARRIERS)
        tracking_no = validate.text(tracking_no, "tracking_no", "Tracking number", max_length=64).upper()
        if not all(c.isalnum() or c == "-" for c in tracking_no):
            raise DomainError(E_VALIDATION, Text("A tracking number has letters, digits and '-'."), "tracking_no")
        if not 1 <= weight_g <= 1_000_000:
            raise DomainError(E_VALIDATION, Text("The weight is 1 g to 1,000 kg."), "weight_g")
        rows = _reservations(uow, doc_type, doc_ref)
        status = _pack_status(uow, doc_type, doc_ref, rows)
        if not status.complete:
            raise DomainError(E_CONFLICT, Text("Pick and verify every item before shipping."), "doc_ref")
        warehouse_id = rows[0].warehouse_id
        shipment = Shipment(number=next_number(uow, Shipment, "SH"), warehouse_id=warehouse_id, doc_type=doc_type,
                            doc_ref=doc_ref, carrier=carrier, tracking_no=tracking_no, weight_g=weight_g,
                            shipped_by=uow.state.username if uow.state else "")
        uow.session.add(shipment)
        flush_unique(uow.session, "doc_ref", Text("Another shipment took this number meanwhile; try again."))
        packing, dst = _packing(uow, warehouse_id), destination(uow, doc_type)
        qty: dict[int, int] = {}
        for r in rows:
            lots = uow.session.execute(select(PickTask.lot_id, func.sum(PickTask.picked_qty))
                                       .where(PickTask.reservation_id == r.id, PickTask.picked_qty > 0)
                                       .group_by(PickTask.lot_id)).all()
            for lot_id, q in lots:
                post_move(uow, sku_id=r.sku_id, qty=int(q), src=packing, dst=dst, lot_id=lot_id, reason="ship",
                          doc_type=doc_type, doc_ref=doc_ref, release=int(q))
            if r.qty > r.picked_qty:          # short: the rest is no longer held
                ledger.release_level(uow.session, r.warehouse_id, r.sku_id, r.qty - r.picked_qty)
            r.state = "shipped"
            qty[r.sku_id] = r.picked_qty
        shipped(uow, doc_type, doc_ref, shipment, qty)
        uow.audit("shipment", shipment.id, {"ship": [None, f"{doc_type} {doc_ref} by {carrier} {tracking_no}"]})
        return _shipment_record(shipment)

    @verb("wms.read")
    def list_shipments(self, uow: UnitOfWork, *, doc_ref: str = "", warehouse_id: int = 0, cursor: str = "",
                       page_size: int = 100) -> Page:
        """Parcels handed to carriers, newest first, by request or warehouse."""
        stmt = select(Shipment)
        if warehouse_id:
            stmt = stmt.where(Shipment.warehouse_id == warehouse_id)
        if doc_ref.strip():
            stmt = stmt.where(Shipment.doc_ref == doc_ref.strip())
        return keyset_page(uow.session, stmt, [(Shipment.id, True)], cursor=cursor, page_size=page_size,
                           columns=ShipmentRecord.columns(), row_to_wire=lambda r: _shipment_record(r[0]).to_wire(),
                           key_of=lambda r: (r[0].id,))

    @verb("wms.read")
    def list_events(self, uow: UnitOfWork, *, after_id: int = 0, doc_type: str = "", limit: int = 200) -> tuple:
        """Outbound events after `after_id`, oldest first: what a requester polls to learn its requests shipped."""
        if not 1 <= limit <= 1000:
            raise DomainError(E_VALIDATION, Text("Ask for 1 to 1000 events."), "limit")
        stmt = (select(OutboundEvent, Shipment.number).outerjoin(Shipment, Shipment.id == OutboundEvent.shipment_id)
                .where(OutboundEvent.id > after_id))
        if doc_type:
            stmt = stmt.where(OutboundEvent.doc_type == doc_type)
        return tuple(OutboundEventRecord(e.id, e.doc_type, e.doc_ref, e.kind, number or "", e.at).to_wire()
                     for e, number in uow.session.execute(stmt.order_by(OutboundEvent.id).limit(limit)))

    # ---- documents ----------------------------------------------------------------------------------------
    @verb("wms.read")
    def document(self, uow: UnitOfWork, *, kind: str, ref: str) -> DocumentRecord:
        """A printable pick list (ref: its number), packing slip (ref: 'doc_type:doc_ref') or delivery note (ref: the
        shipment number)."""
        validate.choice(kind, "kind", "Document", ("pick_list", "packing_slip", "delivery_note"))
        if kind == "pick_list":
            pl = validate.found(uow.session.scalar(select(PickList).where(PickList.number == ref.strip().upper())),
                                "This pick list", "ref")
            rec = _pick_list_record(uow, pl)
            return DocumentRecord(kind, "Pick list 拣货单", pl.number,
                                  (("Warehouse", rec.warehouse_code), ("Created", f"{pl.created_at:%Y-%m-%d %H:%M}"),
                                   ("By", pl.created_by), ("Requests", ", ".join(rec.requests))),
                                  ("#", "Bin", "SKU", "Name", "Lot", "Qty", "Picked", "Request"),
                                  tuple((str(t.seq), t.location_code, t.sku_code, t.sku_name, t.lot_code, str(t.qty),
                                         "", t.doc_ref) for t in rec.tasks if t.state != "short" or t.picked_qty),
                                  2, (("Tasks", str(len(rec.tasks))),
                                      ("Units", str(sum(t.qty for t in rec.tasks)))))
        if kind == "packing_slip":
            doc_type, _, doc_ref = ref.partition(":")
            doc_type, doc_ref = check_doc(doc_type, doc_ref)
            status = _pack_status(uow, doc_type, doc_ref, _reservations(uow, doc_type, doc_ref, lock=False))
            return DocumentRecord(kind, "Packing slip 装箱单", doc_ref, (("Request", f"{doc_type} {doc_ref}"),),
                                  ("SKU", "Name", "Qty"),
                                  tuple((ln.sku_code, ln.sku_name, str(ln.picked or ln.reserved)) for ln in status.lines),
                                  0, (("Units", str(sum(ln.picked or ln.reserved for ln in status.lines))),))
        sh = validate.found(uow.session.scalar(select(Shipment).where(Shipment.number == ref.strip().upper())),
                            "This shipment", "ref")
        lines = uow.session.execute(
            select(Sku.code, Sku.name, func.sum(StockMove.qty)).join(Sku, Sku.id == StockMove.sku_id)
            .where(StockMove.doc_type == sh.doc_type, StockMove.doc_ref == sh.doc_ref, StockMove.reason == "ship")
            .group_by(Sku.code, Sku.name).order_by(Sku.code)).all()
        w = uow.session.get(Warehouse, sh.warehouse_id)
        return DocumentRecord(kind, "Delivery note 送货单", sh.number,
                              (("Request", f"{sh.doc_type} {sh.doc_ref}"), ("From", f"{w.code} {w.name}"),
                               ("Carrier", sh.carrier), ("Tracking", sh.tracking_no),
                               ("Weight", f"{sh.weight_g / 1000:.3f} kg"), ("Shipped", f"{sh.shipped_at:%Y-%m-%d %H:%M}")),
                              ("SKU", "Name", "Qty"), tuple((c, n, str(int(q))) for c, n, q in lines), 0,
                              (("Units", str(sum(int(q) for _, _, q in lines))), ("Received by", "")))


def _packing(uow: UnitOfWork, warehouse_id: int) -> Location:
    return area(uow, warehouse_id, "packing")


def _shipment_record(s: Shipment) -> ShipmentRecord:
    return ShipmentRecord(s.id, s.number, s.warehouse_id, s.doc_type, s.doc_ref, s.carrier, s.tracking_no, s.weight_g,
                          s.shipped_at, s.shipped_by)


__all__ = ["OutboundVerbs", "cancel_open_tasks", "destination", "open_reservations", "shipped"]
