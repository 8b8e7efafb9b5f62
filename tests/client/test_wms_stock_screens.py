"""Stock on the screens, against a real middle tier: the supervisor's stock tab lists the warehouse's stock as it
opens (filters, low stock against the reorder points, a row's bins and moves), the put-backs tab shows what waits
in packing and writes off what is lost, and the product list shows what is available of each SKU, every column on
a 1024-pixel screen."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import SupplierRecord
from middle_tier.contract.wms import (
    LocationRecord,
    PickListRecord,
    PutBackRecord,
    SkuAvailability,
    StockLevelRow,
)
from tests.client.test_terminal_scanning import columns_fit, look, warehouse  # noqa: F401  (the look fixture)
from tests.conftest import new_request_id, unique


def test_the_supervisors_stock_tab_lists_the_warehouse_before_anything_is_scanned(open_window, qtbot, admin):
    w = warehouse(admin)
    first = Page.from_wire(admin.wms.list_stock_levels(warehouse_id=w.id, page_size=3)).records(StockLevelRow)
    supplier = Page.from_wire(admin.purchasing.list_suppliers()).records(SupplierRecord)[0]
    low = first[2]
    admin.purchasing.save_reorder_rule(sku_id=low.sku_id, warehouse_id=w.id, supplier_id=supplier.id,
                                       reorder_point=low.available + 5)
    window = open_window("admin")
    screen = window.go("warehouse")
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(w.id))
    qtbot.waitUntil(lambda: screen.levels.rowCount() > 0, timeout=10_000)    # nothing scanned yet
    assert screen.tabs.currentIndex() == 0 and screen.levels.record(0).sku_code == first[0].sku_code
    screen.low_check.setChecked(True)
    qtbot.waitUntil(lambda: any(r.sku_id == low.sku_id for r in screen.levels.records()), timeout=10_000)
    assert all(r.low for r in screen.levels.records())
    row = next(i for i, r in enumerate(screen.levels.records()) if r.sku_id == low.sku_id)
    screen.levels_table.selectRow(row)
    qtbot.waitUntil(lambda: screen.stock is not None and screen.stock.sku_id == low.sku_id
                    and screen.moves.rowCount() > 0, timeout=10_000)
    assert low.sku_code in screen.stock_label.text()
    screen.low_check.setChecked(False)
    screen.sku_edit.setText(first[1].sku_code)                # a scan narrows the list and shows its bins
    screen.sku_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: [r.sku_code for r in screen.levels.records()] == [first[1].sku_code]
                    and screen.stock.sku_id == first[1].sku_id, timeout=10_000)


def test_the_product_list_shows_what_is_available_and_every_column_at_1024(open_window, qtbot, admin, look):  # noqa: F811
    window = open_window("merch")
    window.resize(1024, 768)
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    headings = [screen.model.headerData(c, screen.table.horizontalHeader().orientation())
                for c in range(screen.model.columnCount())]
    assert headings[-1] == "Available" and headings[-4:-1] == ["Price", "Cost", "Status"]
    first = screen.model.record(0)
    qtbot.waitUntil(lambda: screen.model.index(0, screen.stock_column).data() != "…", timeout=10_000)
    held = SkuAvailability.from_wire(admin.wms.sku_availability(sku_ids=(first.id,))[0])
    assert screen.model.index(0, screen.stock_column).data() == f"{held.available:,}"
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5_000)
    assert columns_fit(screen.table)


def test_the_supervisor_sees_what_waits_to_be_put_back_and_writes_off_what_is_lost(open_window, qtbot, admin,
                                                                                   monkeypatch):
    w = warehouse(admin)
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=100)).records(SkuRecord)[-1]
    bin_ = LocationRecord.from_wire(admin.wms.create_location(warehouse_id=w.id, code=unique("T-"), pick_order=9000))
    admin.wms.receive(location_id=bin_.id, sku_id=sku.id, qty=2, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=sku.id, qty=2)
    pl = PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=w.id, doc_refs=(ref,),
                                                        request_id=new_request_id()))
    for t in pl.tasks:
        admin.wms.confirm_pick(task_id=t.id, location_code=t.location_code, barcode=sku.code, qty=t.qty,
                               request_id=new_request_id())
    admin.wms.release(doc_type="order", doc_ref=ref)
    window = open_window("admin")
    screen = window.go("warehouse")
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(w.id))
    screen.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: any(r.doc_ref == ref for r in screen.put_backs.records()), timeout=10_000)
    assert not screen.write_off_button.isEnabled()               # nothing chosen yet
    row = next(i for i, r in enumerate(screen.put_backs.records()) if r.doc_ref == ref)
    screen.put_backs_table.selectRow(row)
    assert screen.write_off_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("not in packing", True))
    screen.write_off_button.click()
    qtbot.waitUntil(lambda: all(r.doc_ref != ref for r in screen.put_backs.records()), timeout=10_000)
    done = Page.from_wire(admin.wms.list_put_backs(warehouse_id=w.id, state="written_off")).records(PutBackRecord)
    assert [(t.doc_ref, t.qty, t.put_qty) for t in done if t.doc_ref == ref] == [(ref, 2, 0)]
    assert admin.wms.self_check() == ()
