"""Put-backs (退回上架): a request cancelled after some of it was picked leaves those units in the packing area.
Each picked lot becomes a put-back task, held (counted as reserved, so nothing else reserves units that no wave
or shipment could take from packing) until a clerk scans it back into a storage bin at the terminal. What cannot
be found is written off by a supervisor, to inventory loss."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier import wms as ledger
from data_tier.catalog import Sku
from data_tier.wms import Location, Lot, PickTask, PutBack, StockReservation, Warehouse
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import PUT_BACK, PutBackRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import post_move, virtual_location
from middle_tier.wms.places import location_by_code, packing_area

PUT_BACK_FLOW = Workflow(PUT_BACK, PutBack, stamps={"done": "done_at", "written_off": "done_at"},
                         by={"done": "done_by", "written_off": "done_by"})


def create_put_backs(uow: UnitOfWork, r: StockReservation) -> int:
    """The picked units of a reservation being released: one put-back per lot, from the packing area, suggesting
    the bin they came from. Returns how many units they hold (stay reserved)."""
    if not r.picked_qty:
        return 0
    packing = packing_area(uow, r.warehouse_id)
    held = 0
    for lot_id, qty, from_bin in uow.session.execute(
            select(PickTask.lot_id, func.sum(PickTask.picked_qty), func.min(PickTask.location_id))
            .where(PickTask.reservation_id == r.id, PickTask.picked_qty > 0)
            .group_by(PickTask.lot_id).order_by(PickTask.lot_id)).all():
        uow.session.add(PutBack(number=next_number(uow, PutBack, "PB"), warehouse_id=r.warehouse_id, sku_id=r.sku_id,
                                lot_id=lot_id, qty=int(qty), from_location_id=packing.id,
                                suggested_location_id=from_bin, doc_type=r.doc_type, doc_ref=r.doc_ref,
                                reservation_id=r.id, created_by=uow.state.username if uow.state else ""))
        flush_unique(uow.session, "doc_ref", Text("Another put-back took this number meanwhile; try again."))
        held += int(qty)
    return held


def _records(uow: UnitOfWork, rows: list[PutBack]) -> list[PutBackRecord]:
    skus = {s.id: s for s in uow.session.scalars(select(Sku).where(Sku.id.in_({t.sku_id for t in rows} or {0})))}
    lots = dict(uow.session.execute(select(Lot.id, Lot.code).where(Lot.id.in_({t.lot_id for t in rows} or {0}))).all())
    places = dict(uow.session.execute(select(Location.id, Location.code).where(Location.id.in_(
        {t.from_location_id for t in rows} | {t.suggested_location_id for t in rows if t.suggested_location_id}
        or {0}))).all())
    return [PutBackRecord(t.id, t.number, t.warehouse_id, t.sku_id, skus[t.sku_id].code, skus[t.sku_id].name,
                          skus[t.sku_id].barcode or "", lots.get(t.lot_id, ""), t.qty, t.put_qty,
                          places[t.from_location_id], places.get(t.suggested_location_id or 0, ""), t.doc_type,
                          t.doc_ref, t.state, t.created_at) for t in rows]


@verb("wms.read")
def list_put_backs(uow: UnitOfWork, *, warehouse_id: int = 0, state: str = "open", cursor: str = "",
                   page_size: int = 200) -> Page:
    """Put-backs, oldest first: what waits in packing to go back into the bins (state 'open'), or what was put
    back ('done') or written off."""
    stmt = select(PutBack)
    if warehouse_id:
        stmt = stmt.where(PutBack.warehouse_id == warehouse_id)
    if state:
        stmt = stmt.where(PutBack.state == validate.choice(state, "state", "State", PUT_BACK.states))
    page = keyset_page(uow.session, stmt, [(PutBack.id, False)], cursor=cursor, page_size=page_size,
                       columns=PutBackRecord.columns(), row_to_wire=lambda r: r[0], key_of=lambda r: (r[0].id,))
    return Page(page.columns, tuple(rec.to_wire() for rec in _records(uow, list(page.rows))), page.next_cursor)


@verb("wms.operate", label="Put units back into a bin", writes=True, idempotent=True)
def put_back(uow: UnitOfWork, *, warehouse_id: int, barcode: str, location_code: str, qty: int,
             request_id: str) -> tuple:
    """Scanned back into a storage bin: `qty` of the item from what waits in packing for put-back, the oldest
    put-backs first; each one that is complete is done and no longer holds its units. Returns the put-backs."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    sku = sku_by_scan(uow, barcode)
    dst = location_by_code(uow, warehouse_id, location_code)
    if dst.kind != "storage":
        raise DomainError(E_VALIDATION, Text("{bin} is not a storage bin.", bin=dst.code), "location_code")
    tasks = list(uow.session.scalars(select(PutBack).where(
        PutBack.warehouse_id == warehouse_id, PutBack.state == "open", PutBack.sku_id == sku.id)
        .order_by(PutBack.id).with_for_update()))
    waiting = sum(t.qty - t.put_qty for t in tasks)
    if not waiting:
        raise DomainError(E_VALIDATION, Text("Nothing of {sku} waits in packing to be put back.", sku=sku.code),
                          "barcode")
    if not 1 <= qty <= waiting:
        raise DomainError(E_VALIDATION, Text("{waiting} of {sku} wait to be put back; put back 1 to {waiting}.",
                                             waiting=waiting, sku=sku.code), "qty")
    touched, moves, left = [], [], qty
    for t in tasks:
        take = min(left, t.qty - t.put_qty)
        moves.append(post_move(uow, sku_id=sku.id, qty=take, src=uow.session.get(Location, t.from_location_id),
                               dst=dst, lot_id=t.lot_id, reason="put_back", doc_type="put_back", doc_ref=t.number))
        ledger.release_level(uow.session, warehouse_id, sku.id, take)
        t.put_qty += take
        if t.put_qty == t.qty:
            PUT_BACK_FLOW.move(uow, t, "done", field_name="barcode", audit=False)
        touched.append(t)
        left -= take
        if not left:
            break
    uow.audit("put_back", touched[0].id, {"put_back": [None, f"{qty} x {sku.code} -> {dst.code}"]},
              more_ids=[t.id for t in touched[1:]])
    return tuple(rec.to_wire() for rec in _records(uow, touched))


@verb("wms.adjust", label="Write off a put-back", writes=True, idempotent=True)
def write_off_put_back(uow: UnitOfWork, *, number: str, note: str, request_id: str) -> PutBackRecord:
    """What a put-back still holds cannot be found in packing: it leaves the books (packing to inventory loss)
    and is no longer held; the put-back is written off."""
    t = validate.found(uow.session.scalar(select(PutBack).where(PutBack.number == number.strip().upper())
                                          .with_for_update()), "This put-back", "number")
    note = validate.text(note, "note", "Reason", max_length=64)
    PUT_BACK_FLOW.check(t, "written_off", field_name="number")
    left = t.qty - t.put_qty
    post_move(uow, sku_id=t.sku_id, qty=left, src=uow.session.get(Location, t.from_location_id),
              dst=virtual_location(uow, "loss"), lot_id=t.lot_id, reason="adjust", doc_type="put_back",
              doc_ref=t.number, release=left)
    t.note = note
    PUT_BACK_FLOW.move(uow, t, "written_off", field_name="number")
    uow.audit("put_back", t.id, {"written_off": [None, f"{left} unit(s): {note}"]})
    return _records(uow, [t])[0]
