"""The Home screen's content (`session.my_work`): each role sees the work waiting in its own areas, counted now."""
from __future__ import annotations

import datetime as dt
import zoneinfo

from middle_tier.contract import MyWork, Page, WorkItem
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
from middle_tier.contract.wms import WarehouseRecord
from tests.conftest import new_request_id, unique


def _work(session) -> dict[str, WorkItem]:  # type: ignore[no-untyped-def]
    return {i.key: i for i in MyWork.from_wire(session.my_work()).items}


def _today(admin) -> dt.date:  # type: ignore[no-untyped-def]
    zone = next(r[2] for r in admin.system.list_settings() if r[0] == "timezone")
    return dt.datetime.now(zoneinfo.ZoneInfo(zone)).date()


def test_each_role_sees_the_work_of_its_own_areas(login):
    work = {user: MyWork.from_wire(login(user).my_work()) for user in ("admin", "buyer", "clerk", "agent", "manager")}
    keys = {user: {i.key for i in w.items} for user, w in work.items()}
    assert {"system.failed_logins", "system.locked_out", "purchasing.to_approve", "wms.counts_to_review",
            "catalog.drafts", "promotions.ending"} <= keys["admin"]
    assert {"purchasing.to_approve", "purchasing.due", "wms.low_stock"} <= keys["buyer"]
    assert not {k for k in keys["buyer"] if k.startswith("system.")} and "wms.put_backs" not in keys["buyer"]
    assert {"wms.put_backs", "wms.pick_lists", "purchasing.due"} <= keys["clerk"]
    assert not {"purchasing.to_approve", "wms.low_stock", "wms.counts_to_review"} & keys["clerk"]
    assert keys["agent"] == set()          # customer service: no work lists yet in the areas that exist
    assert "system.failed_logins" in keys["manager"] and "purchasing.to_approve" not in keys["manager"]
    assert work["buyer"].roles == ("Purchaser",) and work["buyer"].builtin == (True,)
    assert all(i.screen and i.label for w in work.values() for i in w.items)


def test_a_failed_login_and_a_draft_order_show_on_home_at_once(admin, login, connect):
    ghost = unique("ghost")
    before = _work(admin)
    try:
        connect().root.login(ghost, "wrong-password")
    except Exception:
        pass
    after = _work(admin)
    failed = after["system.failed_logins"]
    assert failed.count == min(before["system.failed_logins"].count + 1, 1000)
    assert ghost in failed.examples[0] and "127.0.0.1" in failed.examples[0]      # newest first

    buyer = login("buyer")
    supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(("code", unique("s")),
                                                                                 ("name", "Home supplier"))))
    warehouse = Page.from_wire(admin.wms.list_warehouses()).records(WarehouseRecord)[0]
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=1)).records(SkuRecord)[0]
    waiting = _work(buyer)["purchasing.to_approve"].count
    due = _work(buyer)["purchasing.due"]
    po = PoRecord.from_wire(buyer.purchasing.create_po(
        supplier_id=supplier.id, warehouse_id=warehouse.id, lines=((sku.code, 3, "2.00", ""),),
        expected_on=(_today(admin) - dt.timedelta(days=1)).isoformat(), request_id=new_request_id()))
    assert _work(buyer)["purchasing.to_approve"].count == min(waiting + 1, 1000)
    for step in ("approve", "send"):
        po = PoRecord.from_wire(getattr(admin.purchasing, f"{step}_po")(po_id=po.id, version=po.version))
    now_due = _work(buyer)["purchasing.due"]
    assert now_due.count == min(due.count + 1, 1000)
    assert now_due.attention                                   # a day late
    assert _work(buyer)["purchasing.to_approve"].count == waiting


def test_a_counted_bin_waits_for_review_and_a_reorder_point_above_the_stock_is_low(admin):
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Home test"))
    admin.wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10)
    before = _work(admin)
    (number,) = admin.wms.create_counts(warehouse_id=w.id, location_codes=("A-01",), request_id=new_request_id())
    admin.wms.record_count(number=number, location_code="A-01", lines=(), request_id=new_request_id())
    counts = _work(admin)["wms.counts_to_review"]
    assert counts.count == min(before["wms.counts_to_review"].count + 1, 1000)

    supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(("code", unique("s")),
                                                                                 ("name", "Home supplier"))))
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=1)).records(SkuRecord)[0]
    admin.purchasing.save_reorder_rule(sku_id=sku.id, warehouse_id=w.id, supplier_id=supplier.id, reorder_point=5)
    low = _work(admin)["wms.low_stock"]           # nothing of it in the new warehouse: 0 available, point 5
    assert low.count == min(before["wms.low_stock"].count + 1, 1000) and low.attention
