"""Packing and shipping: each item of a request verified by scanning, the parcel handed to a carrier (tracking
number, weight), the reservation consumed and the requester told."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier import wms as ledger
from data_tier.catalog import Sku
from data_tier.wms import OutboundEvent, PickTask, Shipment, StockReservation
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import CARRIERS, OutboundEventRecord, PackLine, PackStatus, ShipmentRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import post_move
from middle_tier.wms.places import packing_area
from middle_tier.wms.requests import RESERVATION_FLOW, check_doc, destination, request_reservations, shipped


def _open_tasks(uow: UnitOfWork, reservation_ids: list[int]) -> int:
    return uow.session.scalar(select(func.count()).select_from(PickTask).where(
        PickTask.reservation_id.in_(reservation_ids), PickTask.state == "open")) or 0


def pack_status_of(uow: UnitOfWork, doc_type: str, doc_ref: str, rows: list[StockReservation]) -> PackStatus:
    skus = {s.id: s for s in uow.session.scalars(select(Sku).where(Sku.id.in_([r.sku_id for r in rows])))}
    lines = tuple(PackLine(r.sku_id, skus[r.sku_id].code, skus[r.sku_id].name, skus[r.sku_id].barcode or "", r.qty,
                           r.picked_qty, r.packed_qty) for r in rows)
    complete = (any(r.picked_qty for r in rows) and all(r.packed_qty == r.picked_qty for r in rows)
                and _open_tasks(uow, [r.id for r in rows]) == 0)
    weight = sum(skus[r.sku_id].weight_g * r.packed_qty for r in rows)
    return PackStatus(doc_type, doc_ref, rows[0].warehouse_id, lines, complete, weight)


def shipment_record(s: Shipment) -> ShipmentRecord:
    return ShipmentRecord(s.id, s.number, s.warehouse_id, s.doc_type, s.doc_ref, s.carrier, s.tracking_no, s.weight_g,
                          s.shipped_at, s.shipped_by)


@verb("wms.read")
def pack_status(uow: UnitOfWork, *, doc_type: str, doc_ref: str) -> PackStatus:
    """What a request reserved, picked and verified at the packing table."""
    doc_type, doc_ref = check_doc(doc_type, doc_ref)
    return pack_status_of(uow, doc_type, doc_ref, request_reservations(uow, doc_type, doc_ref, lock=False))


@verb("wms.operate", label="Pack an item", writes=True, idempotent=True)
def pack_scan(uow: UnitOfWork, *, doc_type: str, doc_ref: str, barcode: str, qty: int = 1,
              request_id: str) -> PackStatus:
    """One item scanned into the parcel: it must belong to the request and not exceed what was picked."""
    doc_type, doc_ref = check_doc(doc_type, doc_ref)
    rows = request_reservations(uow, doc_type, doc_ref)
    sku = sku_by_scan(uow, barcode)
    r = next((r for r in rows if r.sku_id == sku.id), None)
    if r is None:
        raise DomainError(E_VALIDATION, Text("{sku} is not part of {doc_ref}.", sku=sku.code, doc_ref=doc_ref),
                          "barcode")
    if not 1 <= qty <= r.picked_qty - r.packed_qty:
        raise DomainError(E_VALIDATION, Text("Only {left} more of {sku} were picked for this parcel.",
                                             left=r.picked_qty - r.packed_qty, sku=sku.code), "qty")
    r.packed_qty += qty
    uow.audit("stock_reservation", r.id, {"pack": [None, f"{qty} x {sku.code} for {doc_type} {doc_ref}"]})
    return pack_status_of(uow, doc_type, doc_ref, rows)


@verb("wms.operate", label="Ship a parcel", writes=True, idempotent=True)
def ship_parcel(uow: UnitOfWork, *, doc_type: str, doc_ref: str, carrier: str, tracking_no: str,
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
    rows = request_reservations(uow, doc_type, doc_ref)
    status = pack_status_of(uow, doc_type, doc_ref, rows)
    if not status.complete:
        raise DomainError(E_CONFLICT, Text("Pick and verify every item before shipping."), "doc_ref")
    warehouse_id = rows[0].warehouse_id
    shipment = Shipment(number=next_number(uow, Shipment, "SH"), warehouse_id=warehouse_id, doc_type=doc_type,
                        doc_ref=doc_ref, carrier=carrier, tracking_no=tracking_no, weight_g=weight_g,
                        shipped_by=uow.state.username if uow.state else "")
    uow.session.add(shipment)
    flush_unique(uow.session, "doc_ref", Text("Another shipment took this number meanwhile; try again."))
    packing, dst = packing_area(uow, warehouse_id), destination(uow, doc_type)
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
        qty[r.sku_id] = r.picked_qty
    RESERVATION_FLOW.move_all(uow, rows, "shipped", field_name="doc_ref")
    shipped(uow, doc_type, doc_ref, shipment, qty)
    uow.audit("shipment", shipment.id, {"ship": [None, f"{doc_type} {doc_ref} by {carrier} {tracking_no}"]})
    return shipment_record(shipment)


@verb("wms.read")
def list_shipments(uow: UnitOfWork, *, doc_ref: str = "", warehouse_id: int = 0, cursor: str = "",
                   page_size: int = 100) -> Page:
    """Parcels handed to carriers, newest first, by request or warehouse."""
    stmt = select(Shipment)
    if warehouse_id:
        stmt = stmt.where(Shipment.warehouse_id == warehouse_id)
    if doc_ref.strip():
        stmt = stmt.where(Shipment.doc_ref == doc_ref.strip())
    return keyset_page(uow.session, stmt, [(Shipment.id, True)], cursor=cursor, page_size=page_size,
                       columns=ShipmentRecord.columns(), row_to_wire=lambda r: shipment_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].id,))


@verb("wms.read")
def list_events(uow: UnitOfWork, *, after_id: int = 0, doc_type: str = "", limit: int = 200) -> tuple:
    """Outbound events after `after_id`, oldest first: what a requester polls to learn its requests shipped."""
    if not 1 <= limit <= 1000:
        raise DomainError(E_VALIDATION, Text("Ask for 1 to 1000 events."), "limit")
    stmt = (select(OutboundEvent, Shipment.number).outerjoin(Shipment, Shipment.id == OutboundEvent.shipment_id)
            .where(OutboundEvent.id > after_id))
    if doc_type:
        stmt = stmt.where(OutboundEvent.doc_type == doc_type)
    return tuple(OutboundEventRecord(e.id, e.doc_type, e.doc_ref, e.kind, number or "", e.at).to_wire()
                 for e, number in uow.session.execute(stmt.order_by(OutboundEvent.id).limit(limit)))
