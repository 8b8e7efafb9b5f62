"""Purchasing screen and warehouse terminal against a real middle tier: a buyer enters, approves and sends an order
and prints it; a clerk receives it by scanning, puts it away, picks, packs and ships a request, and counts a bin,
all with the keyboard (Enter after each scan, F10 to finish)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from client.documents import print_document
from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
from middle_tier.contract.wms import (
    CountTaskRecord,
    LocationRecord,
    MoveRecord,
    PickListRecord,
    SkuStock,
    WarehouseRecord,
)
from tests.conftest import new_request_id, unique


def _type(qtbot, screen, text):
    """Type (or scan) and Enter once the middle tier has answered the last scan, as a clerk reads the screen."""
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    screen.entry.setText(text)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)


def _warehouse(admin):
    return next(w for w in Page.from_wire(admin.wms.list_warehouses()).records(WarehouseRecord) if w.code == "sh-main")


def test_a_buyer_enters_approves_sends_and_prints_an_order(open_window, qtbot, admin, tmp_path):
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=5)).records(SkuRecord)[0]
    window = open_window("buyer")
    screen = window.go("purchasing")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and bool(screen.suppliers) and bool(screen.warehouses),
                    timeout=10_000)
    screen.new_button.click()
    dialog = screen.dialog
    from PySide6.QtWidgets import QTableWidgetItem

    dialog.lines.setItem(0, 0, QTableWidgetItem("NO-SUCH-SKU"))
    dialog.lines.setItem(0, 1, QTableWidgetItem("5"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "NO-SUCH-SKU" in dialog.form.error_text("lines"), timeout=10_000)
    dialog.lines.setItem(0, 0, QTableWidgetItem(sku.code))
    dialog.lines.setItem(0, 2, QTableWidgetItem("7.50"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    po = dialog.result_record
    assert po.state == "draft" and str(po.total) == "37.50"
    screen.search_edit.setText(po.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.current is not None and screen.lines_table.rowCount() == 1, timeout=10_000)
    assert screen.approve_button.isEnabled() and not screen.send_button.isEnabled()
    screen.approve_button.click()
    qtbot.waitUntil(lambda: screen.current.state == "approved" and screen.send_button.isEnabled(), timeout=10_000)
    screen.send_button.click()
    qtbot.waitUntil(lambda: screen.current.state == "sent", timeout=10_000)
    assert PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id)).state == "sent"
    print_document(screen, screen.rpc, "purchasing.document", "po", po.number, ask=False)
    qtbot.waitUntil(lambda: screen.last_document.endswith(f"{po.number}.pdf"), timeout=10_000)
    with open(screen.last_document, "rb") as f:
        assert f.read(5) == b"%PDF-"
    screen.tabs.setCurrentIndex(2)
    screen.suggest_button.click()
    qtbot.waitUntil(lambda: screen.suggest_table.rowCount() > 0, timeout=10_000)


def test_the_clerk_receives_puts_away_picks_packs_and_ships_by_scanning(open_window, qtbot, admin):
    w = _warehouse(admin)
    supplier = Page.from_wire(admin.purchasing.list_suppliers()).records(SupplierRecord)[0]
    skus = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=300)).records(SkuRecord)[-2:]
    a = skus[0]
    po = PoRecord.from_wire(admin.purchasing.create_po(supplier_id=supplier.id, warehouse_id=w.id,
                                                       lines=((a.code, 4, "3.00", ""),), request_id=new_request_id()))
    admin.purchasing.approve_po(po_id=po.id, version=po.version)
    admin.purchasing.send_po(po_id=po.id, version=po.version + 1)
    admin.wms.set_removal(sku_id=a.id, removal="fefo")        # received with lot and expiry
    window = open_window("clerk")
    screen = window.go("terminal")
    screen.resize(1024, 768)
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(w.id))
    screen.set_mode("receive")
    _type(qtbot, screen, po.number)
    qtbot.waitUntil(lambda: "receipt" in screen.state, timeout=10_000)
    _type(qtbot, screen, "WRONG-ITEM")
    _type(qtbot, screen, "1")
    qtbot.waitUntil(lambda: screen.message.property("tone") == "error", timeout=10_000)
    _type(qtbot, screen, a.code)
    _type(qtbot, screen, "4")
    qtbot.waitUntil(lambda: screen.message.property("tone") == "error", timeout=10_000)   # FEFO: lot and expiry
    _type(qtbot, screen, "lot-77")
    _type(qtbot, screen, "2027-05-31")
    qtbot.waitUntil(lambda: screen.message.property("tone") == "ok", timeout=10_000)
    qtbot.keyClick(screen.entry, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "receipt" not in screen.state and screen.message.property("tone") == "ok",
                    timeout=10_000)
    assert PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id)).state == "received"
    # put away from receiving into A-05
    qtbot.keyClick(screen.entry, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: screen.mode == "putaway" and any(r.sku_code == a.code
                                                             for r in screen.state.get("waiting", [])),
                    timeout=10_000)
    _type(qtbot, screen, a.code)
    qtbot.waitUntil(lambda: screen.state.get("waiting_qty") == 4 and screen.entry.isEnabled(), timeout=10_000)
    _type(qtbot, screen, "a-05")
    _type(qtbot, screen, "4")
    qtbot.waitUntil(lambda: "A-05" in screen.message.text(), timeout=10_000)
    bins = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).bins
    assert any(r.location_code == "A-05" and r.qty >= 4 for r in bins)
    # an order to pick: wave it at the desk (admin), then pick, pack and ship at the terminal
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=a.id, qty=2)
    wave = admin.wms.create_wave(warehouse_id=w.id, doc_refs=(ref,), request_id=new_request_id())
    qtbot.keyClick(screen.entry, Qt.Key.Key_F4)
    _type(qtbot, screen, wave[1])
    qtbot.waitUntil(lambda: "task" in screen.state, timeout=10_000)
    task = screen.state["task"]
    _type(qtbot, screen, "Z-99")                           # a wrong bin: refused, asked again
    _type(qtbot, screen, a.code)
    _type(qtbot, screen, str(task.qty))
    qtbot.waitUntil(lambda: screen.message.property("tone") == "error", timeout=10_000)
    _type(qtbot, screen, task.location_code)
    _type(qtbot, screen, a.code)
    _type(qtbot, screen, str(task.qty))
    qtbot.waitUntil(lambda: "done" in screen.message.text() or "完成" in screen.message.text(), timeout=10_000)
    qtbot.keyClick(screen.entry, Qt.Key.Key_F6)
    _type(qtbot, screen, ref)
    qtbot.waitUntil(lambda: "status" in screen.state, timeout=10_000)
    _type(qtbot, screen, a.code)
    _type(qtbot, screen, a.code)
    qtbot.waitUntil(lambda: screen.state["status"].complete, timeout=10_000)
    _type(qtbot, screen, "zto")
    _type(qtbot, screen, "ZT123456789")
    _type(qtbot, screen, "800")
    qtbot.waitUntil(lambda: "ZT123456789" in screen.message.text(), timeout=10_000)
    events = [e for e in admin.wms.list_events(after_id=0, limit=1000) if e[2] == ref]
    assert [e[3] for e in events] == ["shipped"]
    moves = Page.from_wire(admin.wms.list_moves(doc_ref=ref)).records(MoveRecord)
    assert {m.lot_code for m in moves} == {"LOT-77"}
    admin.wms.set_removal(sku_id=a.id, removal="fifo")
    assert admin.wms.self_check() == ()


def test_the_clerk_counts_a_bin_blind(open_window, qtbot, admin):
    w = _warehouse(admin)
    locs = {r.code: r for r in Page.from_wire(admin.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=3)).records(SkuRecord)[2]
    admin.wms.receive(location_id=locs["C-20"].id, sku_id=sku.id, qty=2, request_id=new_request_id())
    (number,) = admin.wms.create_counts(warehouse_id=w.id, location_codes=("C-20",), request_id=new_request_id())
    window = open_window("clerk")
    screen = window.go("terminal")
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    qtbot.keyClick(screen.entry, Qt.Key.Key_F7)
    _type(qtbot, screen, number)
    qtbot.waitUntil(lambda: "task" in screen.state, timeout=10_000)
    assert "C-20" in screen.prompt.text()
    _type(qtbot, screen, "C-20")
    qtbot.keyClick(screen.entry, Qt.Key.Key_F11)          # one scan per unit
    for _ in range(3):
        _type(qtbot, screen, sku.code)
    assert screen.table.rowCount() == 1 and screen.table.item(0, 1).text() == "3"
    qtbot.keyClick(screen.entry, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: number in screen.message.text(), timeout=10_000)
    review = CountTaskRecord.from_wire(admin.wms.review_count(number=number))
    line = next(ln for ln in review.lines if ln.sku_code == sku.code)
    assert (line.counted, line.variance) == (3, line.counted - line.expected)
    admin.wms.approve_count(number=number, request_id=new_request_id())
    assert admin.wms.self_check() == ()


def test_the_supervisor_waves_reviews_a_count_and_runs_the_self_check(open_window, qtbot, admin):
    w = _warehouse(admin)
    locs = {r.code: r for r in Page.from_wire(admin.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=8)).records(SkuRecord)[7]
    admin.wms.receive(location_id=locs["B-19"].id, sku_id=sku.id, qty=5, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=sku.id, qty=1)
    empty = LocationRecord.from_wire(admin.wms.create_location(warehouse_id=w.id, code=unique("T-"), zone="T",
                                                               pick_order=5000))
    (number,) = admin.wms.create_counts(warehouse_id=w.id, location_codes=(empty.code,), request_id=new_request_id())
    admin.wms.record_count(number=number, location_code=empty.code, lines=((sku.code, 2),),
                           request_id=new_request_id())
    window = open_window("admin")
    screen = window.go("warehouse")
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(w.id))
    # stock of the SKU, scanned at the desk
    screen.sku_edit.setText(sku.code)
    screen.sku_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: screen.bins_table.rowCount() > 0 and screen.moves.rowCount() > 0, timeout=10_000)
    assert sku.code in screen.stock_label.text()
    assert screen.removal_combo.isEnabled() and screen.removal_combo.currentData() == "fifo"
    screen.removal_combo.setCurrentIndex(screen.removal_combo.findData("fefo"))
    screen.removal_combo.activated.emit(screen.removal_combo.currentIndex())
    qtbot.waitUntil(lambda: screen.stock.removal == "fefo", timeout=10_000)
    assert SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku.id)).removal == "fefo"
    admin.wms.set_removal(sku_id=sku.id, removal="fifo")
    # a wave of the open requests, its pick list printed
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(r.doc_ref == ref for r in screen.reservations.records()), timeout=10_000)
    screen.wave_size.setValue(200)
    screen.wave_button.click()
    qtbot.waitUntil(lambda: screen.wave_label.text() != "" and screen.pick_lists.rowCount() > 0, timeout=10_000)
    pl = screen.pick_lists.record(0)
    assert any(ref in r for r in PickListRecord.from_wire(admin.wms.get_pick_list(number=pl.number)).requests)
    print_document(screen, screen.rpc, "wms.document", "pick_list", pl.number, ask=False)
    qtbot.waitUntil(lambda: screen.last_document.endswith(f"{pl.number}.pdf"), timeout=10_000)
    # the count waits for review: held 0, counted 2 -> approve
    screen.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: any(c.number == number for c in screen.counts.records()), timeout=10_000)
    row = next(i for i, c in enumerate(screen.counts.records()) if c.number == number)
    screen.counts_table.selectRow(row)
    qtbot.waitUntil(lambda: screen.reviewed is not None and screen.review_table.rowCount() == 1, timeout=10_000)
    assert screen.review_table.item(0, 4).text() == "+2" and screen.approve_button.isEnabled()
    screen.approve_button.click()
    qtbot.waitUntil(lambda: screen.reviewed.state == "approved", timeout=10_000)
    screen.tabs.setCurrentIndex(3)
    screen.check_button.click()
    qtbot.waitUntil(lambda: screen.check_label.objectName() == "screenHint" and "drift" in screen.check_label.text()
                    or "偏差" in screen.check_label.text(), timeout=10_000)
    assert screen.check_table.rowCount() == 0


def test_a_buyer_keeps_contracts_and_records_a_matched_invoice(open_window, qtbot, admin):
    w = _warehouse(admin)
    supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(("code", unique("ui")),
                                                                                 ("name", "Screen supplier"))))
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=12)).records(SkuRecord)[11]
    window = open_window("buyer")
    screen = window.go("purchasing")
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(s.id == supplier.id for s in screen.supplier_model.records()), timeout=10_000)
    row = next(i for i, s in enumerate(screen.supplier_model.records()) if s.id == supplier.id)
    screen.supplier_table.selectRow(row)
    screen.contracts_button.click()
    dialog = screen.dialog
    dialog.code_edit.setText(unique("k"))
    dialog.from_edit.setText("2026-01-01")
    dialog.to_edit.setText("2026-01-02x")
    dialog.prices_edit.setPlainText(f"{sku.code}, 6.60")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("valid_to") != "", timeout=10_000)
    dialog.to_edit.setText("2099-12-31")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.existing.rowCount() == 1, timeout=10_000)
    assert dialog.existing.item(0, 4).text() == "1"
    dialog.reject()
    # an order at the contract's price, received, then invoiced from the screen
    po = PoRecord.from_wire(admin.purchasing.create_po(supplier_id=supplier.id, warehouse_id=w.id,
                                                       lines=((sku.code, 3, "", ""),), request_id=new_request_id()))
    assert str(po.lines[0].price) == "6.60"
    admin.purchasing.approve_po(po_id=po.id, version=po.version)
    admin.purchasing.send_po(po_id=po.id, version=po.version + 1)
    r = admin.wms.start_receipt(po_number=po.number)
    admin.wms.scan_receipt(receipt_id=r[0], barcode=sku.code, qty=3, request_id=new_request_id())
    admin.wms.post_receipt(receipt_id=r[0], request_id=new_request_id())
    screen.tabs.setCurrentIndex(0)
    screen.search_edit.setText(po.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.invoice_button.isEnabled(), timeout=10_000)
    screen.invoice_button.click()
    dialog = screen.dialog
    assert dialog.lines.item(0, 1).text() == "3"
    dialog.number_edit.setText("A-100")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.result_record.state == "matched"
    qtbot.waitUntil(lambda: "A-100" in screen.detail_label.text(), timeout=10_000)


def test_every_screen_fits_a_1024_by_768_terminal(open_window, qtbot):
    window = open_window("admin")
    for key in window.nav_keys():
        window.go(key)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 768, timeout=5_000)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
