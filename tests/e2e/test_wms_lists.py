"""The warehouse's lists through real RPyC connections: warehouses come in pages like every list that can grow;
the supervisor's stock list pages through what a warehouse holds, filtered by text, stock and low stock against
purchasing's reorder points; the product list learns the stock of the SKUs it shows by their ids."""
from __future__ import annotations

import pytest

from middle_tier.contract import E_BAD_ARG, E_NOT_FOUND, E_VALIDATION, PAGE_SIZE_MAX, Page
from middle_tier.contract.catalog import CategoryRecord, ProductRecord, SkuRecord
from middle_tier.contract.purchasing import SupplierRecord
from middle_tier.contract.wms import LocationRecord, SkuAvailability, StockLevelRow, WarehouseRecord
from tests.conftest import new_request_id, remote_error, unique


def test_warehouses_come_in_pages_by_code(admin, unchanged):
    tag = unique("pg")
    for n in (2, 0, 1):
        admin.wms.create_warehouse(code=f"{tag}-{n}", name=f"Paged {n}")
    every, cursor = [], ""
    while True:
        page = Page.from_wire(admin.wms.list_warehouses(cursor=cursor, page_size=2))
        assert len(page.rows) <= 2
        every += page.records(WarehouseRecord)
        cursor = page.next_cursor
        if not cursor:
            break
    codes = [w.code for w in every]
    assert codes == sorted(codes) and len(codes) == len(set(codes))
    assert [c for c in codes if c.startswith(tag)] == [f"{tag}-0", f"{tag}-1", f"{tag}-2"]
    with unchanged():
        for bad in (0, PAGE_SIZE_MAX + 1):
            err = remote_error(admin.wms.list_warehouses, page_size=bad)
            assert (err.code, err.field) == (E_BAD_ARG, "page_size")
        err = remote_error(admin.wms.list_warehouses, cursor="not-a-cursor")
        assert (err.code, err.field) == (E_BAD_ARG, "cursor")


@pytest.fixture
def stocked(admin):
    """A warehouse holding four new SKUs: a (10), b (2, reorder point 5: low), c (none received,
    reorder point 3: low), d (4, 3 of them reserved; reorder point 1: low, since only 1 is available)."""
    tag = unique("")
    category = CategoryRecord.from_wire(admin.catalog.create_category(code=f"sl{tag}", name=f"Stock list {tag}"))
    skus = {}
    for k in "abcd":
        product = ProductRecord.from_wire(admin.catalog.create_product(code=f"slp{tag}{k}", name=f"Kettle {tag} {k}",
                                                                       category_id=category.id))
        skus[k] = SkuRecord.from_wire(admin.catalog.create_sku(product_id=product.id, code=f"sl{tag}-{k}",
                                                               list_price="9.90"))
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Stock list test"))
    loc = LocationRecord.from_wire(admin.wms.create_location(warehouse_id=w.id, code="A-01", pick_order=1))
    for k, qty in (("a", 10), ("b", 2), ("d", 4)):
        admin.wms.receive(location_id=loc.id, sku_id=skus[k].id, qty=qty, request_id=new_request_id())
    admin.wms.reserve(doc_type="order", doc_ref=unique("SO-"), warehouse_id=w.id, sku_id=skus["d"].id, qty=3)
    supplier = Page.from_wire(admin.purchasing.list_suppliers()).records(SupplierRecord)[0]
    for k, point in (("b", 5), ("c", 3), ("d", 1), ("a", 2)):
        admin.purchasing.save_reorder_rule(sku_id=skus[k].id, warehouse_id=w.id, supplier_id=supplier.id,
                                           reorder_point=point)
    return {"w": w, "skus": skus, "tag": tag}


def _all(admin, **filters):
    rows, cursor = [], ""
    while True:
        page = Page.from_wire(admin.wms.list_stock_levels(cursor=cursor, **filters))
        rows += page.records(StockLevelRow)
        cursor = page.next_cursor
        if not cursor:
            return rows


def test_the_stock_list_pages_filters_and_flags_low_stock_against_reorder_points(admin, stocked, unchanged):
    w, skus = stocked["w"], stocked["skus"]
    rows = _all(admin, warehouse_id=w.id, page_size=3)
    assert [(r.sku_code, r.on_hand, r.reserved, r.available, r.reorder_point, r.low) for r in rows] == [
        (skus["a"].code, 10, 0, 10, 2, False), (skus["b"].code, 2, 0, 2, 5, True),
        (skus["c"].code, 0, 0, 0, 3, True), (skus["d"].code, 4, 3, 1, 1, True)]
    assert all(r.warehouse_id == w.id and r.sku_name for r in rows)
    assert [r.sku_code for r in _all(admin, warehouse_id=w.id, low_only=True)] == [skus[k].code for k in "bcd"]
    assert [r.sku_code for r in _all(admin, warehouse_id=w.id, in_stock_only=True)] == [
        skus[k].code for k in "abd"]
    assert [r.sku_code for r in _all(admin, warehouse_id=w.id, search=skus["c"].code)] == [skus["c"].code]
    assert [r.sku_code for r in _all(admin, warehouse_id=w.id, search=f"kettle {stocked['tag']}")] == [
        skus[k].code for k in "abcd"]
    assert len(_all(admin, warehouse_id=w.id, search="no such thing at all")) == 0
    # the demo warehouse's list is not empty before anything is scanned
    demo = next(WarehouseRecord.from_wire(r) for r in Page.from_wire(admin.wms.list_warehouses()).rows
                if r[1] == "sh-main")
    first = Page.from_wire(admin.wms.list_stock_levels(warehouse_id=demo.id, page_size=50))
    assert len(first.rows) == 50 and first.next_cursor
    with unchanged():
        err = remote_error(admin.wms.list_stock_levels, warehouse_id=10**9)
        assert (err.code, err.field) == (E_NOT_FOUND, "warehouse_id")
        err = remote_error(admin.wms.list_stock_levels, warehouse_id=w.id, page_size=PAGE_SIZE_MAX + 1)
        assert (err.code, err.field) == (E_BAD_ARG, "page_size")
        err = remote_error(admin.wms.list_stock_levels, warehouse_id=w.id, search="x" * 200)
        assert (err.code, err.field) == (E_VALIDATION, "search")


def test_the_product_list_learns_the_stock_of_its_skus_by_their_ids(admin, stocked, unchanged):
    skus = stocked["skus"]
    got = {r.sku_id: r for r in (SkuAvailability.from_wire(x) for x in admin.wms.sku_availability(
        sku_ids=tuple(skus[k].id for k in "abcd") + (10**9,)))}
    assert {k: (got[skus[k].id].on_hand, got[skus[k].id].reserved, got[skus[k].id].available) for k in "abcd"} == {
        "a": (10, 0, 10), "b": (2, 0, 2), "c": (0, 0, 0), "d": (4, 3, 1)}
    assert (got[10**9].on_hand, got[10**9].available) == (0, 0)
    assert admin.wms.sku_availability(sku_ids=()) == ()
    with unchanged():
        err = remote_error(admin.wms.sku_availability, sku_ids=tuple(range(1, PAGE_SIZE_MAX + 2)))
        assert (err.code, err.field) == (E_VALIDATION, "sku_ids")
