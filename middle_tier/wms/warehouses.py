"""Warehouses and their locations (bins and areas along the pick path)."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.wms import Location, Warehouse
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.wms import LOCATION_KINDS, LocationRecord, WarehouseRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import MAX_QTY
from middle_tier.wms.places import DEFAULT_LOCATIONS, location_record


def warehouse_record(w: Warehouse) -> WarehouseRecord:
    return WarehouseRecord(w.id, w.code, w.name, w.is_active, w.version)


@verb("wms.read")
def list_warehouses(uow: UnitOfWork, *, cursor: str = "", page_size: int = 200) -> Page:
    """The warehouses, by code, a page at a time."""
    return keyset_page(uow.session, select(Warehouse), [(Warehouse.code, False)], cursor=cursor, page_size=page_size,
                       columns=WarehouseRecord.columns(), row_to_wire=lambda r: warehouse_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].code,))


@verb("wms.adjust", label="Create a warehouse", writes=True)
def create_warehouse(uow: UnitOfWork, *, code: str, name: str) -> WarehouseRecord:
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
    return warehouse_record(w)


@verb("wms.read")
def list_locations(uow: UnitOfWork, *, warehouse_id: int, cursor: str = "", page_size: int = 500) -> Page:
    """A warehouse's locations along the pick path."""
    stmt = select(Location).where(Location.warehouse_id == warehouse_id)
    return keyset_page(uow.session, stmt, [(Location.pick_order, False), (Location.id, False)], cursor=cursor,
                       page_size=page_size, columns=LocationRecord.columns(),
                       row_to_wire=lambda r: location_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].pick_order, r[0].id))


@verb("wms.adjust", label="Create a bin location", writes=True)
def create_location(uow: UnitOfWork, *, warehouse_id: int, code: str, name: str = "",
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
