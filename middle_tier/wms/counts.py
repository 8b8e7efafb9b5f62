"""Cycle counts (盘点).

A count task covers one bin. The clerk counts blind (the expected figures are never sent to the counting
screen); a reviewer with `wms.adjust` sees counted against held and approves, which books each difference as an
adjustment move against inventory gain or loss. Any move in the bin after the count began flags the task: it is
recounted, never applied on stale figures.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select

from data_tier.catalog import Sku
from data_tier.wms import CountLine, CountTask, Location, StockBalance, StockMove, Warehouse
from middle_tier.catalog import get_sku, sku_by_scan
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import COUNT_STATES, COUNT_TASK, CountLineRecord, CountTaskRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import MAX_QTY, post_move, virtual_location

MAX_COUNT_LINES = 500
COUNT_FLOW = Workflow(COUNT_TASK, CountTask, stamps={"counted": "counted_at", "approved": "reviewed_at"},
                      by={"counted": "counted_by", "approved": "reviewed_by"})


def new_count_task(uow: UnitOfWork, loc: Location, reason: str) -> CountTask:
    """Open a count of one bin; it remembers the last move so that later moves in the bin are noticed."""
    task = CountTask(number=next_number(uow, CountTask, "CC"), warehouse_id=loc.warehouse_id, location_id=loc.id,
                     reason=reason[:64], start_move_id=uow.session.scalar(select(func.max(StockMove.id))) or 0,
                     created_by=uow.state.username if uow.state else "")
    uow.session.add(task)
    flush_unique(uow.session, "number", Text("Another count task took this number meanwhile; try again."))
    return task


def _held(uow: UnitOfWork, location_id: int) -> dict[int, int]:
    return {sku: int(q) for sku, q in uow.session.execute(
        select(StockBalance.sku_id, func.sum(StockBalance.qty)).where(StockBalance.location_id == location_id)
        .group_by(StockBalance.sku_id)) if q}


def _moved_since(uow: UnitOfWork, task: CountTask) -> bool:
    return uow.session.scalar(select(StockMove.id).where(
        StockMove.id > task.start_move_id,
        or_(StockMove.from_location_id == task.location_id, StockMove.to_location_id == task.location_id)).limit(1)
    ) is not None


def _counted(uow: UnitOfWork, task: CountTask) -> dict[int, int]:
    return {ln.sku_id: ln.counted for ln in uow.session.scalars(select(CountLine).where(CountLine.task_id == task.id))}


def _record(uow: UnitOfWork, task: CountTask, *, blind: bool) -> CountTaskRecord:
    counted = _counted(uow, task)
    held = {} if blind else _held(uow, task.location_id)
    ids = sorted(set(counted) | set(held))
    skus = {s.id: s for s in uow.session.scalars(select(Sku).where(Sku.id.in_(ids or [0])))}
    lines = tuple(CountLineRecord(i, skus[i].code, skus[i].name, "", held.get(i, 0), counted.get(i, 0),
                                  0 if blind else counted.get(i, 0) - held.get(i, 0)) for i in ids)
    loc = uow.session.get(Location, task.location_id)
    moved = task.state == "counted" and not blind and _moved_since(uow, task)
    return CountTaskRecord(task.id, task.number, task.warehouse_id, task.location_id, loc.code, task.state,
                           task.reason, task.created_at, task.counted_at, task.counted_by, task.reviewed_at,
                           task.reviewed_by, moved, lines)


def _by_number(uow: UnitOfWork, number: str, *, lock: bool = False) -> CountTask:
    stmt = select(CountTask).where(CountTask.number == number.strip().upper())
    return validate.found(uow.session.scalar(stmt.with_for_update() if lock else stmt), "This count task", "number")


def _task(uow: UnitOfWork, number: str, target: str) -> CountTask:
    """The count task by number, locked, when it may move to `target`."""
    task = _by_number(uow, number, lock=True)
    COUNT_FLOW.check(task, target, field_name="number")
    return task


@verb("wms.adjust", label="Create stock counts", writes=True, idempotent=True)
def create_counts(uow: UnitOfWork, *, warehouse_id: int, location_codes: tuple[str, ...] = (),
                  zone: str = "", reason: str = "cycle count", request_id: str) -> tuple:
    """Count tasks for the bins named, or for every storage bin of a zone; bins with a count under way are
    skipped. Returns the new tasks' numbers."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    reason = validate.text(reason, "reason", "Reason", max_length=64)
    stmt = select(Location).where(Location.warehouse_id == warehouse_id, Location.kind == "storage",
                                  Location.is_active.is_(True))
    if location_codes:
        codes = {c.strip().upper() for c in location_codes}
        bins = list(uow.session.scalars(stmt.where(Location.code.in_(codes))))
        missing = codes - {b.code for b in bins}
        if missing:
            raise DomainError(E_VALIDATION, Text("No storage bin {missing} in this warehouse.",
                                                 missing=', '.join(sorted(missing))),
                              "location_codes")
    elif zone.strip():
        bins = list(uow.session.scalars(stmt.where(Location.zone == zone.strip().upper())))
    else:
        raise DomainError(E_VALIDATION, Text("Name the bins or the zone to count."), "location_codes")
    busy = set(uow.session.scalars(select(CountTask.location_id).where(
        CountTask.location_id.in_([b.id for b in bins] or [0]), CountTask.state.in_(("open", "counted")))))
    made = [new_count_task(uow, b, reason) for b in sorted(bins, key=lambda b: (b.pick_order, b.id))
            if b.id not in busy]
    if not made:
        raise DomainError(E_VALIDATION, Text("Every bin named has a count under way already."), "location_codes")
    uow.audit("count_task", made[0].id, {"counts": [None, f"{len(made)} bin(s): {reason}"]},
              more_ids=[t.id for t in made[1:]])
    return tuple(t.number for t in made)


@verb("wms.read")
def list_counts(uow: UnitOfWork, *, warehouse_id: int = 0, state: str = "", cursor: str = "",
                page_size: int = 200) -> Page:
    """Count tasks along the pick path (open ones for the clerk, counted ones for review)."""
    stmt = select(CountTask, Location.code, Location.pick_order).join(Location, Location.id == CountTask.location_id)
    if warehouse_id:
        stmt = stmt.where(CountTask.warehouse_id == warehouse_id)
    if state:
        stmt = stmt.where(CountTask.state == validate.choice(state, "state", "State", COUNT_STATES))
    return keyset_page(uow.session, stmt, [(CountTask.id, False)], cursor=cursor, page_size=page_size,
                       columns=CountTaskRecord.columns(),
                       row_to_wire=lambda r: CountTaskRecord(
                           r[0].id, r[0].number, r[0].warehouse_id, r[0].location_id, r[1], r[0].state,
                           r[0].reason, r[0].created_at, r[0].counted_at, r[0].counted_by, r[0].reviewed_at,
                           r[0].reviewed_by, False, ()).to_wire(),
                       key_of=lambda r: (r[0].id,))


@verb("wms.operate")
def get_count(uow: UnitOfWork, *, number: str) -> CountTaskRecord:
    """The count as the clerk sees it: the bin and what was entered, never what the system expects."""
    return _record(uow, _by_number(uow, number), blind=True)


@verb("wms.operate", label="Record a count", writes=True, idempotent=True)
def record_count(uow: UnitOfWork, *, number: str, location_code: str,
                 lines: tuple[tuple[str, int], ...], request_id: str) -> CountTaskRecord:
    """The clerk's blind count of the bin: (barcode or SKU code, quantity) for everything found (an empty bin:
    no lines). The scanned bin label must be the task's."""
    task = _task(uow, number, "counted")
    loc = uow.session.get(Location, task.location_id)
    if location_code.strip().upper() != loc.code:
        raise DomainError(E_VALIDATION, Text("Wrong bin: this count is for {bin}.", bin=loc.code), "location_code")
    if len(lines) > MAX_COUNT_LINES:
        raise DomainError(E_VALIDATION, Text("At most {most} lines per bin.",
                                             most=MAX_COUNT_LINES), "lines")
    counted: dict[int, int] = {}
    for scan, qty in lines:
        sku = sku_by_scan(uow, scan, "lines")
        if not 0 <= qty <= MAX_QTY:
            raise DomainError(E_VALIDATION, Text("Count 0 to {most} of {sku}.", most=MAX_QTY, sku=sku.code), "lines")
        counted[sku.id] = counted.get(sku.id, 0) + qty
    for sku_id, qty in sorted(counted.items()):
        uow.session.add(CountLine(task_id=task.id, sku_id=sku_id, lot_id=0, counted=qty))
    COUNT_FLOW.move(uow, task, "counted", field_name="number")
    uow.audit("count_task", task.id, {"counted": [None, f"{loc.code}: {sum(counted.values())} unit(s)"]})
    return _record(uow, task, blind=True)


@verb("wms.adjust")
def review_count(uow: UnitOfWork, *, number: str) -> CountTaskRecord:
    """Counted against held now, with the variance per SKU, and whether stock moved in the bin meanwhile."""
    return _record(uow, _by_number(uow, number), blind=False)


@verb("wms.adjust", label="Approve a count", writes=True, idempotent=True)
def approve_count(uow: UnitOfWork, *, number: str, request_id: str) -> CountTaskRecord:
    """Book every variance as an adjustment move (gain or loss); refused when the bin moved after the count
    began (recount it)."""
    task = _task(uow, number, "approved")
    if _moved_since(uow, task):
        raise DomainError(E_CONFLICT, Text("Stock moved in this bin after count {number} began; recount it.",
                                           number=task.number), "number")
    loc = uow.session.get(Location, task.location_id)
    held = _held(uow, loc.id)
    counted = _counted(uow, task)
    gain, loss = virtual_location(uow, "gain"), virtual_location(uow, "loss")
    changes = []
    for sku_id in sorted(set(held) | set(counted)):
        diff = counted.get(sku_id, 0) - held.get(sku_id, 0)
        if diff > 0:
            post_move(uow, sku_id=sku_id, qty=diff, src=gain, dst=loc, lot_id=0, reason="adjust",
                      doc_type="count", doc_ref=task.number)
        elif diff < 0:
            _take_lots(uow, loc, sku_id, -diff, loss, task.number)
        if diff:
            changes.append(f"{get_sku(uow, sku_id).code} {diff:+d}")
    COUNT_FLOW.move(uow, task, "approved", field_name="number")
    task.start_move_id = uow.session.scalar(select(func.max(StockMove.id))) or 0
    uow.audit("count_task", task.id, {"approved": [None, f"{loc.code}: {', '.join(changes) or 'no variance'}"]})
    return _record(uow, task, blind=False)


def _take_lots(uow: UnitOfWork, loc: Location, sku_id: int, qty: int, loss: Location, ref: str) -> None:
    """A shortfall leaves the bin's lots newest first (the oldest stock is the likeliest to be there)."""
    for lot_id, held in uow.session.execute(
            select(StockBalance.lot_id, StockBalance.qty).where(StockBalance.location_id == loc.id,
                                                                StockBalance.sku_id == sku_id, StockBalance.qty > 0)
            .order_by(StockBalance.lot_id.desc())).all():
        take = min(qty, held)
        post_move(uow, sku_id=sku_id, qty=take, src=loc, dst=loss, lot_id=lot_id, reason="adjust",
                  doc_type="count", doc_ref=ref)
        qty -= take
        if qty == 0:
            break


@verb("wms.adjust", label="Ask for a recount", writes=True)
def recount(uow: UnitOfWork, *, number: str) -> CountTaskRecord:
    """Send a counted task back to be counted again (its lines cleared, a new starting point taken)."""
    task = _task(uow, number, "open")
    for ln in uow.session.scalars(select(CountLine).where(CountLine.task_id == task.id)):
        uow.session.delete(ln)
    COUNT_FLOW.move(uow, task, "open", field_name="number")
    task.counted_at, task.counted_by = None, ""
    task.start_move_id = uow.session.scalar(select(func.max(StockMove.id))) or 0
    uow.audit("count_task", task.id, {"recount": [None, task.number]})
    return _record(uow, task, blind=True)
