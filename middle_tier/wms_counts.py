"""Cycle counts, putaway suggestions and scanner putaway (part of the `wms` component).

A count task covers one bin. The clerk counts blind (the expected figures are never sent to the counting
screen); a reviewer with `wms.adjust` sees counted against held and approves, which books each difference as an
adjustment move against inventory gain or loss. Any move in the bin after the count began flags the task: it is
recounted, never applied on stale figures.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select

from data_tier.base import utcnow
from data_tier.catalog import Product, Sku
from data_tier.wms import CountLine, CountTask, Location, StockBalance, StockMove, Warehouse
from middle_tier import validate
from middle_tier.api import Exposed, expose, flush_unique, verb
from middle_tier.contract import (
    COUNT_STATES,
    E_CONFLICT,
    E_VALIDATION,
    CountLineRecord,
    CountTaskRecord,
    DomainError,
    Page,
    PutawaySuggestion,
    Text,
)
from middle_tier.paging import keyset_page
from middle_tier.stock import (
    MAX_QTY,
    area,
    check_qty,
    get_sku,
    location_by_code,
    next_number,
    post_move,
    sku_by_scan,
    virtual_location,
)
from middle_tier.uow import UnitOfWork

MAX_COUNT_LINES = 500


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


def _record(uow: UnitOfWork, task: CountTask, *, blind: bool) -> CountTaskRecord:
    counted = {ln.sku_id: ln.counted for ln in uow.session.scalars(select(CountLine).where(CountLine.task_id == task.id))}
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


def _task(uow: UnitOfWork, number: str, state: str) -> CountTask:
    task = uow.session.scalar(select(CountTask).where(CountTask.number == number.strip().upper()).with_for_update())
    task = validate.found(task, "This count task", "number")
    if task.state != state:
        raise DomainError(E_CONFLICT, Text("Count {number} is {state}.", number=task.number, state=task.state), "number")
    return task


@expose
class CountVerbs(Exposed):
    """Cycle counts and putaway suggestions."""

    @verb("wms.adjust", writes=True, idempotent=True)
    def create_counts(self, uow: UnitOfWork, *, warehouse_id: int, location_codes: tuple[str, ...] = (),
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
    def list_counts(self, uow: UnitOfWork, *, warehouse_id: int = 0, state: str = "", cursor: str = "",
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
    def get_count(self, uow: UnitOfWork, *, number: str) -> CountTaskRecord:
        """The count as the clerk sees it: the bin and what was entered, never what the system expects."""
        task = validate.found(uow.session.scalar(select(CountTask).where(CountTask.number == number.strip().upper())),
                              "This count task", "number")
        return _record(uow, task, blind=True)

    @verb("wms.operate", writes=True, idempotent=True)
    def record_count(self, uow: UnitOfWork, *, number: str, location_code: str,
                     lines: tuple[tuple[str, int], ...], request_id: str) -> CountTaskRecord:
        """The clerk's blind count of the bin: (barcode or SKU code, quantity) for everything found (an empty bin:
        no lines). The scanned bin label must be the task's."""
        task = _task(uow, number, "open")
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
        task.state, task.counted_at = "counted", utcnow()
        task.counted_by = uow.state.username if uow.state else ""
        uow.audit("count_task", task.id, {"counted": [None, f"{loc.code}: {sum(counted.values())} unit(s)"]})
        return _record(uow, task, blind=True)

    @verb("wms.adjust")
    def review_count(self, uow: UnitOfWork, *, number: str) -> CountTaskRecord:
        """Counted against held now, with the variance per SKU, and whether stock moved in the bin meanwhile."""
        task = validate.found(uow.session.scalar(select(CountTask).where(CountTask.number == number.strip().upper())),
                              "This count task", "number")
        return _record(uow, task, blind=False)

    @verb("wms.adjust", writes=True, idempotent=True)
    def approve_count(self, uow: UnitOfWork, *, number: str, request_id: str) -> CountTaskRecord:
        """Book every variance as an adjustment move (gain or loss); refused when the bin moved after the count
        began (recount it)."""
        task = _task(uow, number, "counted")
        if _moved_since(uow, task):
            raise DomainError(E_CONFLICT, Text("Stock moved in this bin after count {number} began; recount it.", number=task.number),
                              "number")
        loc = uow.session.get(Location, task.location_id)
        held = _held(uow, loc.id)
        counted = {ln.sku_id: ln.counted for ln in uow.session.scalars(select(CountLine).where(CountLine.task_id == task.id))}
        gain, loss = virtual_location(uow, "gain"), virtual_location(uow, "loss")
        changes = []
        for sku_id in sorted(set(held) | set(counted)):
            diff = counted.get(sku_id, 0) - held.get(sku_id, 0)
            if diff > 0:
                post_move(uow, sku_id=sku_id, qty=diff, src=gain, dst=loc, lot_id=0, reason="adjust",
                          doc_type="count", doc_ref=task.number)
            elif diff < 0:
                self._take_lots(uow, loc, sku_id, -diff, loss, task.number)
            if diff:
                changes.append(f"{get_sku(uow, sku_id).code} {diff:+d}")
        task.state, task.reviewed_at = "approved", utcnow()
        task.reviewed_by = uow.state.username if uow.state else ""
        task.start_move_id = uow.session.scalar(select(func.max(StockMove.id))) or 0
        uow.audit("count_task", task.id, {"approved": [None, f"{loc.code}: {', '.join(changes) or 'no variance'}"]})
        return _record(uow, task, blind=False)

    @staticmethod
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

    @verb("wms.adjust", writes=True)
    def recount(self, uow: UnitOfWork, *, number: str) -> CountTaskRecord:
        """Send a counted task back to be counted again (its lines cleared, a new starting point taken)."""
        task = _task(uow, number, "counted")
        for ln in uow.session.scalars(select(CountLine).where(CountLine.task_id == task.id)):
            uow.session.delete(ln)
        task.state, task.counted_at, task.counted_by = "open", None, ""
        task.start_move_id = uow.session.scalar(select(func.max(StockMove.id))) or 0
        uow.audit("count_task", task.id, {"recount": [None, task.number]})
        return _record(uow, task, blind=True)

    # ---- putaway ------------------------------------------------------------------------------------------
    @verb("wms.operate", writes=True, idempotent=True)
    def putaway(self, uow: UnitOfWork, *, warehouse_id: int, barcode: str, location_code: str, qty: int,
                request_id: str) -> tuple:
        """Scanner putaway: `qty` of the scanned item from the warehouse's receiving area into the scanned bin,
        oldest lots first; returns the moves' ids."""
        validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
        sku = sku_by_scan(uow, barcode)
        dst = location_by_code(uow, warehouse_id, location_code)
        if dst.kind != "storage":
            raise DomainError(E_VALIDATION, Text("{bin} is not a storage bin.", bin=dst.code), "location_code")
        dock = area(uow, warehouse_id, "receiving")
        lots = uow.session.execute(select(StockBalance.lot_id, StockBalance.qty).where(
            StockBalance.location_id == dock.id, StockBalance.sku_id == sku.id, StockBalance.qty > 0)
            .order_by(StockBalance.lot_id)).all()
        waiting = sum(q for _, q in lots)
        if not 1 <= qty <= waiting:
            raise DomainError(E_VALIDATION, Text("{waiting} of {sku} wait at receiving; put away 1 to {waiting}.", waiting=waiting, sku=sku.code),
                              "qty")
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
    def suggest_putaway(self, uow: UnitOfWork, *, warehouse_id: int, sku_id: int, qty: int) -> tuple:
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
