"""Several clerks at once (real connections; on MariaDB in CI's second run): put-backs and scanned transfers never
move more than there is, whoever scans first; the ledger agrees with the kept figures afterwards."""
from __future__ import annotations

from middle_tier.contract import E_CONFLICT, E_VALIDATION, Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import LocationRecord, PickListRecord, SkuStock, WarehouseRecord
from tests.conftest import logged_in, new_request_id, race, unique

CLERKS = 8


def _race(endpoint, call):
    with logged_in(endpoint, CLERKS, "clerk") as sessions:
        return race(sessions, call)


def _site(admin):
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Concurrency test"))
    for code, order in (("A-01", 10), ("B-01", 20)):
        admin.wms.create_location(warehouse_id=w.id, code=code, pick_order=order)
    locs = {r.code: r for r in Page.from_wire(admin.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=140)).records(SkuRecord)[-1]
    return w, locs, sku


def _bins(admin, w, sku):
    return {r.location_code: r.qty for r in SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku.id)).bins
            if r.warehouse_code == w.code}


def test_clerks_putting_back_the_same_item_at_once_put_back_what_waits_and_no_more(admin, endpoint):
    w, locs, sku = _site(admin)
    admin.wms.receive(location_id=locs["A-01"].id, sku_id=sku.id, qty=3, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=sku.id, qty=3)
    pl = PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=w.id, doc_refs=(ref,),
                                                        request_id=new_request_id()))
    for t in pl.tasks:
        admin.wms.confirm_pick(task_id=t.id, location_code=t.location_code, barcode=sku.code, qty=t.qty,
                               request_id=new_request_id())
    admin.wms.release(doc_type="order", doc_ref=ref)
    results = _race(endpoint, lambda s: s.wms.put_back(warehouse_id=w.id, barcode=sku.code, location_code="B-01",
                                                       qty=1, request_id=new_request_id()))
    assert sum(1 for kind, _ in results if kind == "ok") == 3, results
    assert all(code in (E_VALIDATION, E_CONFLICT) for kind, code in results if kind == "err"), results
    assert _bins(admin, w, sku) == {"B-01": 3}
    level = next(lv for lv in SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku.id)).levels if lv.warehouse_id == w.id)
    assert (level.on_hand, level.reserved) == (3, 0)
    assert admin.wms.self_check() == ()


def test_clerks_moving_from_the_same_bin_at_once_move_what_it_holds_and_no_more(admin, endpoint):
    w, locs, sku = _site(admin)
    admin.wms.receive(location_id=locs["A-01"].id, sku_id=sku.id, qty=3, request_id=new_request_id())
    results = _race(endpoint, lambda s: s.wms.transfer_scan(warehouse_id=w.id, from_location_code="A-01",
                                                            barcode=sku.code, qty=1, to_location_code="B-01",
                                                            request_id=new_request_id()))
    assert sum(1 for kind, _ in results if kind == "ok") == 3, results
    assert all(code in (E_VALIDATION, E_CONFLICT) for kind, code in results if kind == "err"), results
    assert _bins(admin, w, sku) == {"B-01": 3}
    assert admin.wms.self_check() == ()
