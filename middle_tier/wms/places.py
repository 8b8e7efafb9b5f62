"""Warehouse places: bins and areas by id or scanned label, the receiving, packing and shipping areas."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.wms import Location
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Label, Text
from middle_tier.contract.wms import LocationRecord
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork

DEFAULT_LOCATIONS = (("RECV", "Receiving 收货区", "receiving", 0), ("PACK", "Packing 打包区", "packing", 900_000),
                     ("SHIP", "Shipping dock 发货区", "shipping", 900_001))


def active_location(uow: UnitOfWork, location_id: int, field: str = "location_id") -> Location:
    loc = validate.found(uow.session.get(Location, location_id), "This location", field)
    if not loc.is_active:
        raise DomainError(E_VALIDATION, Text("Location {code} is retired.", code=loc.code), field)
    return loc


def location_record(loc: Location) -> LocationRecord:
    return LocationRecord(loc.id, loc.warehouse_id or 0, loc.code, loc.name, loc.kind, loc.zone, loc.pick_order,
                          loc.capacity, loc.is_active, loc.version)


def location_by_code(uow: UnitOfWork, warehouse_id: int, code: str, field: str = "location_code") -> Location:
    """A scanned bin label of a warehouse."""
    loc = uow.session.scalar(select(Location).where(Location.warehouse_id == warehouse_id,
                                                    Location.code == code.strip().upper()))
    if loc is None or not loc.is_active:
        raise DomainError(E_VALIDATION, Text("There is no bin {code} in this warehouse.", code=code.strip()), field)
    return loc


def warehouse_area(uow: UnitOfWork, warehouse_id: int, kind: Label) -> Location:
    """The warehouse's receiving, packing or shipping area."""
    loc = uow.session.scalar(select(Location).where(Location.warehouse_id == warehouse_id, Location.kind == kind,
                                                    Location.is_active.is_(True)).order_by(Location.id))
    if loc is None:
        raise DomainError(E_CONFLICT, Text("This warehouse has no {kind} area.", kind=kind), "warehouse_id")
    return loc


def packing_area(uow: UnitOfWork, warehouse_id: int) -> Location:
    return warehouse_area(uow, warehouse_id, "packing")
