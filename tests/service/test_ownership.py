"""An area writes only its own tables: the check on every flush and statement, and the faces that switch areas."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from data_tier.catalog import Sku
from data_tier.models import Base
from data_tier.purchasing import PurchaseOrder
from data_tier.wms import StockReservation, Warehouse
from middle_tier import wms
from middle_tier.core.ownership import CORE_TABLES, OwnershipError, owners

AREAS = {"system", "catalog", "promotions", "purchasing", "wms", "payments"}


def _sku_and_warehouse(u):  # type: ignore[no-untyped-def]
    """An on-sale SKU with stock available in the demo warehouse."""
    from data_tier.wms import StockLevel

    level = u.session.scalars(select(StockLevel).where(StockLevel.on_hand - StockLevel.reserved >= 2)
                              .order_by(StockLevel.sku_id)).first()
    return level.sku_id, level.warehouse_id


def test_every_table_belongs_to_an_area_or_to_the_core():
    table_owners = owners()
    assert set(table_owners) == set(Base.metadata.tables)
    assert set(table_owners.values()) <= AREAS | {"core"}
    assert {t for t, o in table_owners.items() if o == "core"} == set(CORE_TABLES)
    assert table_owners["receipt"] == "wms" and table_owners["purchase_order"] == "purchasing"


def test_an_area_adding_a_row_of_another_area_is_refused_at_the_flush(uow):
    """What the return to a supplier used to do: purchasing writing the warehouse's reservations itself."""
    u = uow("purchasing")
    sku_id, warehouse_id = _sku_and_warehouse(u)
    u.session.add(StockReservation(warehouse_id=warehouse_id, sku_id=sku_id, qty=1, doc_type="return_po",
                                   doc_ref="RT-OWNERSHIP"))
    with pytest.raises(OwnershipError, match="purchasing area wrote stock_reservation"):
        u.session.flush()


def test_an_area_changing_an_object_of_another_area_is_refused(uow):
    u = uow("catalog")
    warehouse = u.session.scalars(select(Warehouse)).first()
    warehouse.name = warehouse.name + " (renamed by the catalog)"
    with pytest.raises(OwnershipError, match="catalog area wrote warehouse"):
        u.session.flush()


def test_an_area_running_a_statement_on_another_areas_table_is_refused(uow):
    u = uow("promotions")
    sku_id, warehouse_id = _sku_and_warehouse(u)
    with pytest.raises(OwnershipError, match="promotions area wrote stock_reservation"):
        u.session.execute(insert(StockReservation.__table__).values(
            warehouse_id=warehouse_id, sku_id=sku_id, qty=1, doc_type="order", doc_ref="O-OWNERSHIP", state="open"))


def test_reading_another_areas_tables_and_writing_ones_own_are_fine(uow):
    u = uow("wms")
    sku = u.session.scalars(select(Sku)).first()          # the catalog's table, read
    warehouse = u.session.scalars(select(Warehouse)).first()
    warehouse.name = warehouse.name + " (renamed)"
    u.session.flush()
    assert sku.code


def test_through_the_warehouses_face_purchasing_reserves_and_releases(uow):
    u = uow("purchasing")
    sku_id, warehouse_id = _sku_and_warehouse(u)
    po = u.session.scalars(select(PurchaseOrder)).first()
    po.note = "changed by purchasing before it asks the warehouse"       # flushed as purchasing's, at the face
    record, created = wms.reserve_stock(u, doc_type="return_po", doc_ref="RT-FACE-1", warehouse_id=warehouse_id,
                                        sku_id=sku_id, qty=2)
    assert created and record.state == "open" and u.acting_area == "purchasing"
    again, created_again = wms.reserve_stock(u, doc_type="return_po", doc_ref="RT-FACE-1", warehouse_id=warehouse_id,
                                             sku_id=sku_id, qty=2)
    assert again.id == record.id and not created_again
    released = wms.release_request(u, "return_po", "RT-FACE-1")
    assert [r.id for r in released] == [record.id] and released[0].state == "released"


def test_a_shortage_at_the_face_says_how_much_is_available(uow):
    u = uow("purchasing")
    sku_id, warehouse_id = _sku_and_warehouse(u)
    with pytest.raises(wms.StockShort) as short:
        wms.reserve_stock(u, doc_type="return_po", doc_ref="RT-FACE-2", warehouse_id=warehouse_id, sku_id=sku_id,
                          qty=10**6)
    assert 2 <= short.value.available < 10**6 and short.value.field == "qty"


def test_outside_a_verb_no_area_acts_and_nothing_is_checked(uow):
    u = uow(None)
    warehouse = u.session.scalars(select(Warehouse)).first()
    warehouse.name = warehouse.name + " (by a migration or the demo data)"
    u.session.flush()
