"""Waves (波次): pick lists of open requests, every unit allocated to a bin in removal order and the tasks numbered
along the pick path; pick confirmation by scanning bin and item (a short pick re-allocated, the bin sent to a
count). Picking moves stock from the bin to the packing area; the reservation stays until the parcel ships."""
from __future__ import annotations

from sqlalchemy import Select, func, select

from data_tier.catalog import Sku
from data_tier.wms import CountTask, Location, Lot, PickList, PickTask, StockReservation, Warehouse
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import PICK_LIST, PICK_TASK, PickListRecord, PickTaskRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.counts import new_count_task
from middle_tier.wms.ledger import BinShort, post_move
from middle_tier.wms.lots import pickable
from middle_tier.wms.places import location_by_code, packing_area

MAX_WAVE = 200
PICK_LIST_FLOW = Workflow(PICK_LIST, PickList, stamps={"picked": "done_at"})
PICK_TASK_FLOW = Workflow(PICK_TASK, PickTask, name_attr="id", stamps={"picked": "picked_at", "short": "picked_at"},
                          by={"picked": "picked_by", "short": "picked_by"})


def planned_out(uow: UnitOfWork, warehouse_id: int) -> dict[tuple[int, int, int], int]:
    """What open pick tasks will still take, per (bin, SKU, lot)."""
    rows = uow.session.execute(
        select(PickTask.location_id, PickTask.sku_id, PickTask.lot_id, func.sum(PickTask.qty - PickTask.picked_qty))
        .join(PickList, PickList.id == PickTask.pick_list_id)
        .where(PickList.warehouse_id == warehouse_id, PickTask.state == "open")
        .group_by(PickTask.location_id, PickTask.sku_id, PickTask.lot_id))
    return {(loc, sku, lot): int(q) for loc, sku, lot, q in rows}


def allocate(uow: UnitOfWork, r: StockReservation, qty: int, planned: dict, *,
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
        .outerjoin(Lot, Lot.id == PickTask.lot_id)
        .join(StockReservation, StockReservation.id == PickTask.reservation_id)
        .where(PickTask.pick_list_id == pick_list_id).order_by(PickTask.seq, PickTask.id))
    return tuple(PickTaskRecord(t.id, t.seq, t.location_id, loc, t.sku_id, code, name, barcode or "", lot or "", t.qty,
                                t.picked_qty, t.state, doc_type, doc_ref)
                 for t, loc, code, name, barcode, lot, doc_type, doc_ref in rows)


def pick_list_record(uow: UnitOfWork, pl: PickList) -> PickListRecord:
    w = uow.session.get(Warehouse, pl.warehouse_id)
    docs = uow.session.execute(select(StockReservation.doc_type, StockReservation.doc_ref).distinct()
                               .join(PickTask, PickTask.reservation_id == StockReservation.id)
                               .where(PickTask.pick_list_id == pl.id)
                               .order_by(StockReservation.doc_type, StockReservation.doc_ref)).all()
    return PickListRecord(pl.id, pl.number, pl.warehouse_id, w.code, pl.state, pl.created_at, pl.created_by,
                          pl.done_at, tuple(f"{t}:{r}" for t, r in docs), _task_records(uow, pl.id))


def sequence_tasks(uow: UnitOfWork, pick_list_id: int) -> None:
    """Number the list's open tasks along the pick path (bins in pick order), so one walk picks them all."""
    tasks = uow.session.execute(select(PickTask).join(Location, Location.id == PickTask.location_id)
                                .where(PickTask.pick_list_id == pick_list_id)
                                .order_by(Location.pick_order, Location.id, PickTask.sku_id, PickTask.id)).scalars()
    for seq, t in enumerate(tasks, start=1):
        t.seq = seq


def cancel_open_tasks(uow: UnitOfWork, reservation_ids: list[int]) -> None:
    """A cancelled request's open pick tasks are void; a wave left with none open is done."""
    tasks = list(uow.session.scalars(select(PickTask).where(PickTask.reservation_id.in_(reservation_ids),
                                                            PickTask.state == "open")))
    PICK_TASK_FLOW.move_all(uow, tasks, "cancelled")
    for pick_list_id in {t.pick_list_id for t in tasks}:
        _done_when_picked(uow, uow.session.get(PickList, pick_list_id))


def _done_when_picked(uow: UnitOfWork, pl: PickList) -> None:
    """A wave none of whose tasks is open any more is picked."""
    uow.session.flush()
    if not uow.session.scalar(select(func.count()).select_from(PickTask).where(
            PickTask.pick_list_id == pl.id, PickTask.state == "open")):
        PICK_LIST_FLOW.move(uow, pl, "picked")


def wave_candidates(warehouse_id: int, doc_refs: tuple[str, ...]) -> Select:
    """(id, doc_type, doc_ref) of the warehouse's open reservations in no wave and not picked, oldest first (the
    named requests only, when `doc_refs`): read through ix_stock_reservation_wave, without locks. The index is
    named for MariaDB/MySQL: on a small table their optimizer may intersect it with the pick list's foreign-key
    index and sort, which costs more as the table grows."""
    hint = "FORCE INDEX (ix_stock_reservation_wave)"
    stmt = (select(StockReservation.id, StockReservation.doc_type, StockReservation.doc_ref)
            .with_hint(StockReservation, hint, "mysql").with_hint(StockReservation, hint, "mariadb")
            .where(StockReservation.warehouse_id == warehouse_id, StockReservation.state == "open",
                   StockReservation.pick_list_id.is_(None), StockReservation.picked_qty == 0))
    if doc_refs:
        stmt = stmt.where(StockReservation.doc_ref.in_([d.strip() for d in doc_refs]))
    return stmt.order_by(StockReservation.id)


def lock_reservations(ids: list[int]) -> Select:
    """The reservations of these ids, locked: row locks by primary key, nothing else."""
    return select(StockReservation).where(StockReservation.id.in_(ids)).order_by(StockReservation.id).with_for_update()


@verb("wms.operate", label="Create a pick wave", writes=True, idempotent=True)
def create_wave(uow: UnitOfWork, *, warehouse_id: int, max_requests: int = 20, doc_refs: tuple[str, ...] = (),
                request_id: str) -> PickListRecord:
    """A pick list for open requests of the warehouse that are not in a wave yet (oldest first, or the ones
    named), every unit allocated to a bin in removal order, tasks numbered along the pick path."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    if not 1 <= max_requests <= MAX_WAVE:
        raise DomainError(E_VALIDATION, Text("A wave takes 1 to {most} requests.", most=MAX_WAVE), "max_requests")
    # Which requests: found without locks through the wave index, oldest first, whole requests up to the limit;
    # then only their rows are locked, by primary key, and checked again (another wave, a cancel or a shipment
    # may have taken one meanwhile: that request waits). Locking the candidates in one FOR UPDATE would scan,
    # wait for and hold every open reservation of the warehouse, blocking every shipment while the wave runs.
    chosen: dict[tuple[str, str], list[int]] = {}
    for rid, doc_type, doc_ref in uow.session.execute(wave_candidates(warehouse_id, doc_refs)):
        if len(chosen) < max_requests or (doc_type, doc_ref) in chosen:
            chosen.setdefault((doc_type, doc_ref), []).append(rid)
    locked = list(uow.session.scalars(lock_reservations([i for ids in chosen.values() for i in ids])
                                      .execution_options(populate_existing=True))) if chosen else []
    taken = {(r.doc_type, r.doc_ref) for r in locked
             if r.state != "open" or r.pick_list_id is not None or r.picked_qty}
    by_doc: dict[tuple[str, str], list[StockReservation]] = {}
    for r in locked:
        if (r.doc_type, r.doc_ref) not in taken:
            by_doc.setdefault((r.doc_type, r.doc_ref), []).append(r)
    planned = planned_out(uow, warehouse_id)
    plans: list[tuple[StockReservation, list]] = []
    for doc_rows in by_doc.values():
        trial = dict(planned)
        doc_plan = [(r, allocate(uow, r, r.qty, trial)) for r in doc_rows]
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
    sequence_tasks(uow, pl.id)
    uow.audit("pick_list", pl.id, {"wave": [None, f"{pl.number}: {len({(r.doc_type, r.doc_ref) for r, _ in plans})}"
                                                   " request(s)"]})
    return pick_list_record(uow, pl)


@verb("wms.read")
def list_pick_lists(uow: UnitOfWork, *, warehouse_id: int = 0, state: str = "", cursor: str = "",
                    page_size: int = 100) -> Page:
    """Waves, newest first (tasks left out: `get_pick_list` has them)."""
    stmt = select(PickList)
    if warehouse_id:
        stmt = stmt.where(PickList.warehouse_id == warehouse_id)
    if state:
        stmt = stmt.where(PickList.state == validate.choice(state, "state", "State", PICK_LIST.states))
    codes = dict(uow.session.execute(select(Warehouse.id, Warehouse.code)).all())
    return keyset_page(uow.session, stmt, [(PickList.id, True)], cursor=cursor, page_size=page_size,
                       columns=PickListRecord.columns(),
                       row_to_wire=lambda r: PickListRecord(r[0].id, r[0].number, r[0].warehouse_id,
                                                            codes.get(r[0].warehouse_id, ""), r[0].state,
                                                            r[0].created_at, r[0].created_by, r[0].done_at, (),
                                                            ()).to_wire(),
                       key_of=lambda r: (r[0].id,))


@verb("wms.read")
def get_pick_list(uow: UnitOfWork, *, number: str) -> PickListRecord:
    """A pick list by its number (as scanned from the printed list), with its tasks along the path."""
    pl = uow.session.scalar(select(PickList).where(PickList.number == number.strip().upper()))
    return pick_list_record(uow, validate.found(pl, "This pick list", "number"))


@verb("wms.operate", label="Confirm a pick", writes=True, idempotent=True)
def confirm_pick(uow: UnitOfWork, *, task_id: int, location_code: str, barcode: str, qty: int,
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
            post_move(uow, sku_id=sku.id, qty=qty, src=loc, dst=packing_area(uow, pl.warehouse_id),
                      lot_id=task.lot_id, reason="pick", doc_type=r.doc_type, doc_ref=r.doc_ref)
        except BinShort:
            raise DomainError(E_CONFLICT, Text("{bin} holds less than {qty}: enter what you found, the rest is a "
                                               "short pick.", bin=loc.code, qty=qty), "qty") from None
    task.picked_qty = qty
    PICK_TASK_FLOW.move(uow, task, "picked" if qty == task.qty else "short", field_name="task_id")
    r.picked_qty += qty
    note = f"{qty}/{task.qty} x {sku.code} at {loc.code}"
    if qty < task.qty:
        note += _short_pick(uow, pl, task, r, loc)
    _done_when_picked(uow, pl)
    uow.audit("pick_task", task.id, {"pick": [None, note]})
    return pick_list_record(uow, pl)


def _short_pick(uow: UnitOfWork, pl: PickList, task: PickTask, r: StockReservation, loc: Location) -> str:
    planned = planned_out(uow, pl.warehouse_id)
    more = allocate(uow, r, task.qty - task.picked_qty, planned, skip_location=loc.id)
    for location_id, lot_id, q in more:
        uow.session.add(PickTask(pick_list_id=pl.id, seq=0, reservation_id=r.id, location_id=location_id,
                                 sku_id=r.sku_id, lot_id=lot_id, qty=q))
    uow.session.flush()
    sequence_tasks(uow, pl.id)
    if not uow.session.scalar(select(CountTask.id).where(CountTask.location_id == loc.id,
                                                         CountTask.state.in_(("open", "counted")))):
        new_count_task(uow, loc, "short pick")
    return f"; short, {sum(q for _, _, q in more)} re-allocated, bin {loc.code} to count"
