"""Outbound requests (出库): stock reserved for a document of another area (an order, a return to a supplier),
released when it is cancelled, shipped straight from the bins or through a wave; the requester is told when it
ships."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import OutboundEvent, Shipment, StockLevel, StockReservation, Warehouse
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import STOCK_RESERVATION, StockReservationRecord
from middle_tier.core import validate
from middle_tier.core.ownership import face
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import DOC_TYPES, BinShort, VirtualPlace, check_qty, post_move, virtual_location
from middle_tier.wms.lots import pickable
from middle_tier.wms.putback import create_put_backs
from middle_tier.wms.waves import cancel_open_tasks

SHIP_ROUNDS = 20


def check_doc(doc_type: str, doc_ref: str) -> tuple[str, str]:
    validate.choice(doc_type, "doc_type", "Document type", DOC_TYPES)
    doc_ref = doc_ref.strip()
    if not 1 <= len(doc_ref) <= 64 or not all(c.isalnum() or c in "-_." for c in doc_ref):
        raise DomainError(E_VALIDATION, Text("A document reference has 1 to 64 letters, digits, '-', '_' or "
                                             "'.'."),
                          "doc_ref")
    return doc_type, doc_ref


def reservation_record(r: StockReservation, sku_code: str) -> StockReservationRecord:
    return StockReservationRecord(r.id, r.warehouse_id, r.sku_id, sku_code, r.qty, r.doc_type, r.doc_ref, r.state,
                                  r.created_at)


RESERVATION_FLOW = Workflow(STOCK_RESERVATION, StockReservation, name_attr="doc_ref")

# Who asked for an outbound request, told when it ships: doc_type -> on_shipped(uow, doc_ref, {sku_id: qty shipped}).
# The requesting area registers itself (its package's import), so that the warehouse needs to know none of them.
_REQUESTERS: dict[str, Callable[[UnitOfWork, str, dict[int, int]], None]] = {}


def register_requester(doc_type: str, on_shipped: Callable[[UnitOfWork, str, dict[int, int]], None]) -> None:
    """Tell `on_shipped` (a face function of the requesting area) when a request of `doc_type` ships."""
    _REQUESTERS[doc_type] = on_shipped


# reserve's warehouse, SKU code and the request's reservation that may be there already, in one statement
_RESERVE_LOOKUP = select(
    select(Warehouse.id).where(Warehouse.id == bindparam("w")).scalar_subquery(),
    select(Sku.code).where(Sku.id == bindparam("s")).scalar_subquery(),
    select(StockReservation.id).where(StockReservation.doc_type == bindparam("dt"),
                                      StockReservation.doc_ref == bindparam("dr"),
                                      StockReservation.warehouse_id == bindparam("w"),
                                      StockReservation.sku_id == bindparam("s")).scalar_subquery(),
)


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


def request_reservations(uow: UnitOfWork, doc_type: str, doc_ref: str, *, lock: bool = True) -> list[StockReservation]:
    """The open reservations of a request that must have some."""
    rows = open_reservations(uow, doc_type, doc_ref, lock=lock)
    if not rows:
        raise DomainError(E_VALIDATION, Text("No open outbound request {doc_type} {doc_ref}.", doc_type=doc_type,
                                             doc_ref=doc_ref), "doc_ref")
    return rows


def shipped(uow: UnitOfWork, doc_type: str, doc_ref: str, shipment: Shipment | None, qty: dict[int, int]) -> None:
    """Tell the requester: an event row, and the requester's hook in this same transaction."""
    uow.session.execute(insert(OutboundEvent.__table__).values(doc_type=doc_type, doc_ref=doc_ref, kind="shipped",
                                                               shipment_id=shipment.id if shipment else None))
    on_shipped = _REQUESTERS.get(doc_type)
    if on_shipped is not None:
        on_shipped(uow, doc_ref, qty)


def destination(uow: UnitOfWork, doc_type: str) -> VirtualPlace:
    """Where an outbound request's stock goes: back to the supplier for a return, else to the customer."""
    return virtual_location(uow, "supplier" if doc_type == "return_po" else "customer")


class StockShort(DomainError):
    """Less is available than an outbound request asks for; `available` says how much is."""

    def __init__(self, message: str, field: str, available: int) -> None:
        super().__init__(E_CONFLICT, message, field)
        self.available = available


@face
def reserve_stock(uow: UnitOfWork, *, doc_type: str, doc_ref: str, warehouse_id: int, sku_id: int,
                  qty: int) -> tuple[StockReservationRecord, bool]:
    """Hold `qty` of a SKU in a warehouse for a request of another area: (the reservation, whether it is new). The
    reservation the request has there already is returned as it is; StockShort when less is available."""
    doc_type, doc_ref = check_doc(doc_type, doc_ref)
    warehouse, code, existing = uow.session.execute(_RESERVE_LOOKUP, {
        "w": warehouse_id, "s": sku_id, "dt": doc_type, "dr": doc_ref}).one()
    validate.found(warehouse, "This warehouse", "warehouse_id")
    validate.found(code, "This SKU", "sku_id")
    check_qty(qty)
    if existing is not None:
        return reservation_record(uow.session.get(StockReservation, existing), code), False
    if not ledger.reserve_level(uow.session, warehouse_id, sku_id, qty):
        level = uow.session.get(StockLevel, (warehouse_id, sku_id))
        available = level.on_hand - level.reserved if level else 0
        raise StockShort(Text("Only {available} of {sku} available; {qty} asked.",
                              available=available, sku=code, qty=qty), "qty", available)
    now = utcnow()
    try:
        rid = uow.session.execute(insert(StockReservation.__table__).values(
            warehouse_id=warehouse_id, sku_id=sku_id, qty=qty, doc_type=doc_type, doc_ref=doc_ref, state="open",
            created_at=now, updated_at=now)).inserted_primary_key[0]
    except IntegrityError:     # the same request, reserved by another connection a moment ago
        raise DomainError(E_CONFLICT, Text("This request was reserved meanwhile; ask again."),
                          "doc_ref") from None
    return StockReservationRecord(rid, warehouse_id, sku_id, code, qty, doc_type, doc_ref, "open", now), True


def picked_for(uow: UnitOfWork, doc_type: str, doc_ref: str) -> int:
    """How many units of a request's open reservations the warehouse has picked (the reservations locked)."""
    return sum(r.picked_qty for r in open_reservations(uow, doc_type, doc_ref))


@face
def release_request(uow: UnitOfWork, doc_type: str, doc_ref: str) -> list[StockReservation]:
    """A request of another area was cancelled: its open reservations are released and their open pick tasks
    cancelled; what was picked already waits in packing, held by put-back tasks until a clerk puts it back into
    a bin. Returns what was released."""
    rows = open_reservations(uow, doc_type, doc_ref)
    for r in rows:
        free = r.qty - create_put_backs(uow, r)
        if free:
            ledger.release_level(uow.session, r.warehouse_id, r.sku_id, free)
    RESERVATION_FLOW.move_all(uow, rows, "released", field_name="doc_ref")
    if rows:
        cancel_open_tasks(uow, [r.id for r in rows])
    return rows


@verb("wms.operate", label="Reserve stock", writes=True)
def reserve(uow: UnitOfWork, *, doc_type: str, doc_ref: str, warehouse_id: int, sku_id: int,
            qty: int) -> StockReservationRecord:
    """Hold stock for an outbound request; refused when less is available. Idempotent by document, warehouse
    and SKU: asking again returns the reservation that is there."""
    record, created = reserve_stock(uow, doc_type=doc_type, doc_ref=doc_ref, warehouse_id=warehouse_id,
                                    sku_id=sku_id, qty=qty)
    if created:
        uow.audit("stock_reservation", record.id,
                  {"reserve": [None, f"{qty} x {record.sku_code} for {record.doc_type} {record.doc_ref}"]})
    else:
        uow.nothing_changed()
    return record


@verb("wms.operate", label="Release stock", writes=True)
def release(uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> tuple:
    """The request was cancelled: its open reservations are released and their open pick tasks cancelled; what
    was picked already waits in packing as put-back tasks for the terminal (held until put back). Idempotent."""
    doc_type, doc_ref = check_doc(doc_type, doc_ref)
    every = request_rows(uow, doc_type, doc_ref)
    rows = release_request(uow, doc_type, doc_ref)
    if rows:
        uow.audit("stock_reservation", rows[0].id, {"release": [None, f"{doc_type} {doc_ref}"]},
                  more_ids=[r.id for r in rows[1:]])
    else:
        uow.nothing_changed()
    return reservation_wires(every)


@verb("wms.operate", label="Ship a request", writes=True)
def ship(uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> tuple:
    """Ship what a request reserved straight from the bins, without a wave (a counter sale, a quick return):
    taken in removal order, moved to the customer (a return: the supplier), the reservation consumed, the
    requester told. Idempotent: a shipped request stays shipped."""
    doc_type, doc_ref = check_doc(doc_type, doc_ref)
    every = request_rows(uow, doc_type, doc_ref)
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
    RESERVATION_FLOW.move_all(uow, [r for r, _ in rows], "shipped", field_name="doc_ref")
    if rows:
        shipped(uow, doc_type, doc_ref, None, {r.sku_id: r.qty for r, _ in rows})
        uow.audit("stock_reservation", rows[0][0].id, {"ship": [None, f"{doc_type} {doc_ref}: {moves} move(s)"]},
                  more_ids=[r.id for r, _ in rows[1:]])
    else:
        uow.nothing_changed()
    return reservation_wires(every)


@verb("wms.read")
def list_reservations(uow: UnitOfWork, *, sku_id: int = 0, state: str = "open", warehouse_id: int = 0,
                      cursor: str = "", page_size: int = 200) -> Page:
    """Reservations (库存占用单), newest first, by SKU, state and warehouse."""
    stmt = select(StockReservation, Sku.code).join(Sku, Sku.id == StockReservation.sku_id)
    if warehouse_id:
        stmt = stmt.where(StockReservation.warehouse_id == warehouse_id)
    if sku_id:
        stmt = stmt.where(StockReservation.sku_id == sku_id)
    if state:
        stmt = stmt.where(StockReservation.state == validate.choice(state, "state", "State",
                                                                    STOCK_RESERVATION.states))
    return keyset_page(uow.session, stmt, [(StockReservation.id, True)], cursor=cursor, page_size=page_size,
                       columns=StockReservationRecord.columns(),
                       row_to_wire=lambda r: reservation_record(r[0], r[1]).to_wire(),
                       key_of=lambda r: (r[0].id,))


def request_rows(uow: UnitOfWork, doc_type: str, doc_ref: str) -> list:
    """All reservations of a request, locked, with their SKU codes; E_VALIDATION when it has none."""
    rows = open_reservations(uow, doc_type, doc_ref, open_only=False)
    if not rows:
        raise DomainError(E_VALIDATION, Text("There is no reservation for this document."), "doc_ref")
    codes = dict(uow.session.execute(select(Sku.id, Sku.code).where(Sku.id.in_({r.sku_id for r in rows}))).all())
    return [(r, codes[r.sku_id]) for r in rows]


def reservation_wires(rows: list) -> tuple:
    return tuple(reservation_record(r, code).to_wire() for r, code in rows)
