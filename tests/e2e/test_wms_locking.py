"""Waves and shipments side by side on MariaDB (row locks): a wave locks only the reservations of the requests it
takes, found through an index, so it neither waits for nor blocks the shipment of any other request. SQLite locks
the whole file and has nothing to show here."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from data_tier.engine import make_session_factory
from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import LocationRecord, PickListRecord, WarehouseRecord
from middle_tier.core.uow import UnitOfWork
from tests.conftest import new_request_id, unique

pytestmark = pytest.mark.mariadb


@pytest.fixture
def site(admin, engine: Engine):
    if engine.dialect.name not in ("mysql", "mariadb"):
        pytest.skip("row locks: MariaDB only (EMPORIUM_TEST_DB_URL)")
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Locking test"))
    loc = LocationRecord.from_wire(admin.wms.create_location(warehouse_id=w.id, code="A-01", pick_order=1))
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=150)).records(SkuRecord)[-1]
    admin.wms.receive(location_id=loc.id, sku_id=sku.id, qty=50, request_id=new_request_id())
    older, newer = unique("SO-"), unique("SO-")
    for ref in (older, newer):
        admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=sku.id, qty=1)
    return {"w": w, "sku": sku, "older": older, "newer": newer}


def test_a_wave_does_not_wait_for_the_shipment_of_a_request_it_does_not_take(admin, site, engine):
    """Another request's reservation is locked (its shipment is under way); a wave of one request takes the older
    one at once. Before, the wave's FOR UPDATE scanned every open reservation of the warehouse and waited."""
    with engine.connect() as conn:
        tx = conn.begin()
        conn.execute(text("SELECT id FROM stock_reservation WHERE doc_type = 'order' AND doc_ref = :r FOR UPDATE"),
                     {"r": site["newer"]})
        result: dict = {}

        def wave() -> None:
            started = time.monotonic()
            try:
                result["pl"] = admin.wms.create_wave(warehouse_id=site["w"].id, max_requests=1,
                                                     request_id=new_request_id())
            except Exception as e:          # reported below
                result["err"] = e
            result["seconds"] = time.monotonic() - started

        t = threading.Thread(target=wave)
        t.start()
        t.join(10)
        waited = t.is_alive()
        tx.rollback()
        t.join(120)
    assert not waited, "the wave waited for the lock of a request it does not take"
    assert "err" not in result, result
    assert PickListRecord.from_wire(result["pl"]).requests == (f"order:{site['older']}",)


def test_a_wave_under_way_leaves_the_other_requests_free_to_ship(site, engine):
    """While a wave's transaction is open, the reservations of a request it did not take can be locked (NOWAIT)
    by a shipment. Before, the wave held every open reservation of its warehouse until it committed."""
    import middle_tier.service  # noqa: F401  (every area, purchasing registered)
    from middle_tier.wms import waves

    uow = UnitOfWork(make_session_factory(engine), verb="wms.create_wave", state=None, write=True)
    uow.acting_area = "wms"
    try:
        pl = waves.create_wave(uow, warehouse_id=site["w"].id, max_requests=1, request_id=new_request_id())
        assert pl.requests == (f"order:{site['older']}",)
        with engine.connect() as conn, conn.begin():
            rows = conn.execute(text("SELECT id FROM stock_reservation WHERE doc_type = 'order' AND doc_ref = :r "
                                     "FOR UPDATE NOWAIT"), {"r": site["newer"]}).all()
            assert len(rows) == 1
            with pytest.raises(OperationalError):        # the wave's own request is locked, as it must be
                conn.execute(text("SELECT id FROM stock_reservation WHERE doc_type = 'order' AND doc_ref = :r "
                                  "FOR UPDATE NOWAIT"), {"r": site["older"]})
    finally:
        uow.close(rollback=True)


def test_the_wave_finds_its_requests_through_an_index_and_locks_rows_by_primary_key(site, engine):
    """EXPLAIN of the two statements a wave runs on stock_reservation: the unlocked search for candidates uses the
    wave index (not a scan of the table by primary key), the locking read fetches the chosen rows by id."""
    from sqlalchemy.dialects import mysql

    import middle_tier.service  # noqa: F401
    from middle_tier.wms import waves

    def explain(stmt) -> list[dict]:
        sql = str(stmt.compile(dialect=mysql.dialect(), compile_kwargs={"literal_binds": True}))
        with engine.connect() as conn:
            result = conn.execute(text("EXPLAIN " + sql))
            return [dict(zip(result.keys(), row)) for row in result]

    (found,) = explain(waves.wave_candidates(site["w"].id, ()))
    assert (found["key"], found["type"]) == ("ix_stock_reservation_wave", "ref"), found
    assert "filesort" not in (found["Extra"] or ""), found
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM stock_reservation WHERE doc_ref IN (:a, :b)"),
                                          {"a": site["older"], "b": site["newer"]})]
    (locked,) = explain(waves.lock_reservations(ids))
    assert locked["key"] == "PRIMARY" and locked["type"] in ("range", "const", "eq_ref"), locked
