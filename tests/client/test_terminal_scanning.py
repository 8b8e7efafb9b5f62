"""The warehouse terminal as a clerk with a scanner uses it, against a real middle tier, in the application's look
at 1024x768: the scan field keeps the keyboard after every mode switch and every answer; the terminal takes the
whole width; a bin is counted by typing quantities (or unit by unit); cancelled picks are put back and stock moved
between bins by scanning; the carrier is chosen from the configured ones by name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView

from client.app import apply_look
from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import (
    CountTaskRecord,
    LocationRecord,
    PickListRecord,
    PutBackRecord,
    ShipmentRecord,
    SkuStock,
    WarehouseRecord,
)
from tests.conftest import new_request_id, unique


@pytest.fixture
def look(qapp):
    """The application's style sheet and font (large type at the terminal), as the client runs; undone after."""
    sheet, font = qapp.styleSheet(), QFont(qapp.font())
    apply_look(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def warehouse(admin) -> WarehouseRecord:
    return next(w for w in Page.from_wire(admin.wms.list_warehouses()).records(WarehouseRecord) if w.code == "sh-main")


def bins(admin, w) -> dict[str, LocationRecord]:
    return {r.code: r for r in Page.from_wire(admin.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}


def new_bin(admin, w) -> str:
    """A storage bin of its own for one test (the demo's bins all hold stock already)."""
    return LocationRecord.from_wire(admin.wms.create_location(warehouse_id=w.id, code=unique("T-"), zone="T",
                                                              pick_order=9000)).code


def skus(admin, first: int, n: int) -> list[SkuRecord]:
    return Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=first + n)).records(SkuRecord)[first:]


def terminal(open_window, qtbot, admin, user="clerk"):
    """The clerk's window at 1024x768, active (it has the keyboard), on the terminal of the demo warehouse."""
    window = open_window(user)
    window.resize(1024, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    screen = window.go("terminal")
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(warehouse(admin).id))
    return window, screen


def scan(qtbot, screen, text):
    """What a scanner does: the characters, then Enter, into whatever has the keyboard."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def key(qtbot, screen, k):
    qtbot.keyClick(QApplication.focusWidget(), k)


def settled(qtbot, screen):
    """The middle tier has answered every scan sent so far."""
    qtbot.waitUntil(lambda: not screen.rpc.busy, timeout=10_000)


def has_keyboard(screen) -> bool:
    return QApplication.focusWidget() is screen.entry


def columns_fit(table: QTableView) -> bool:
    """Every column is on screen: nothing to scroll to sideways."""
    table.horizontalHeader().updateGeometry()
    QApplication.processEvents()
    return table.horizontalScrollBar().maximum() == 0


def test_focus_returns_to_the_scan_field_after_every_mode_switch_and_answer(open_window, qtbot, admin, look):
    w = warehouse(admin)
    a = skus(admin, 30, 1)[0]
    target = new_bin(admin, w)
    admin.wms.receive(location_id=bins(admin, w)["RECV"].id, sku_id=a.id, qty=6, request_id=new_request_id())
    window, screen = terminal(open_window, qtbot, admin)
    for k, mode in ((Qt.Key.Key_F2, "receive"), (Qt.Key.Key_F4, "pick"), (Qt.Key.Key_F6, "pack"),
                    (Qt.Key.Key_F7, "count"), (Qt.Key.Key_F8, "put_back"), (Qt.Key.Key_F9, "transfer"),
                    (Qt.Key.Key_F3, "putaway")):
        key(qtbot, screen, k)
        qtbot.waitUntil(lambda m=mode: screen.mode == m, timeout=5_000)
        settled(qtbot, screen)
        assert has_keyboard(screen), (mode, QApplication.focusWidget())
    qtbot.waitUntil(lambda: any(r.sku_code == a.code for r in screen.state.get("waiting", [])), timeout=10_000)
    assert has_keyboard(screen)
    scan(qtbot, screen, a.code)                     # the item: the middle tier suggests bins
    settled(qtbot, screen)
    assert has_keyboard(screen)
    scan(qtbot, screen, "Z-99")                     # a bin that does not exist ...
    scan(qtbot, screen, "2")
    settled(qtbot, screen)
    assert screen.message.property("tone") == "error" and has_keyboard(screen)   # ... refused; scan again
    scan(qtbot, screen, a.code)
    scan(qtbot, screen, target)
    scan(qtbot, screen, "2")
    settled(qtbot, screen)
    assert target in screen.message.text() and screen.message.property("tone") == "ok"
    assert has_keyboard(screen)
    # the next scan goes into the scan field, not into the navigation
    scan(qtbot, screen, a.code)
    settled(qtbot, screen)
    assert has_keyboard(screen) and window.current_screen() is screen and screen.state.get("item") == a.code
    bins_now = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).bins
    assert [r.qty for r in bins_now if r.location_code == target] == [2]


def test_the_terminal_runs_full_width_at_1024_by_768_and_every_column_shows(open_window, qtbot, admin, look):
    window, screen = terminal(open_window, qtbot, admin)
    assert not window.nav.isVisible()                   # the terminal takes the whole window
    key(qtbot, screen, Qt.Key.Key_F2)
    scan(qtbot, screen, "PO-DEMO-0003")
    qtbot.waitUntil(lambda: "receipt" in screen.state, timeout=10_000)
    settled(qtbot, screen)
    headings = [screen.table.horizontalHeaderItem(c).text() for c in range(screen.table.columnCount())]
    assert "Counted now" in headings
    assert columns_fit(screen.table), [screen.table.columnWidth(c) for c in range(screen.table.columnCount())]
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 768
    window.nav_action.trigger()                          # the navigation on demand ...
    assert window.nav.isVisible()
    window.nav_action.trigger()
    assert not window.nav.isVisible()
    window.go("home")                                    # ... and always on the other screens
    assert window.nav.isVisible()


def test_a_bin_is_counted_by_typing_the_quantity_or_unit_by_unit(open_window, qtbot, admin, look):
    w = warehouse(admin)
    a, b = skus(admin, 40, 2)
    where = new_bin(admin, w)
    admin.wms.receive(location_id=bins(admin, w)[where].id, sku_id=a.id, qty=1245, request_id=new_request_id())
    (number,) = admin.wms.create_counts(warehouse_id=w.id, location_codes=(where,), request_id=new_request_id())
    window, screen = terminal(open_window, qtbot, admin)
    key(qtbot, screen, Qt.Key.Key_F7)
    scan(qtbot, screen, number)
    settled(qtbot, screen)
    scan(qtbot, screen, where)
    scan(qtbot, screen, a.code)                          # the SKU, then how many: one scan for 1,245 units
    scan(qtbot, screen, "1245")
    settled(qtbot, screen)
    assert has_keyboard(screen)
    key(qtbot, screen, Qt.Key.Key_F11)                   # unit by unit for the loose ones
    for _ in range(3):
        scan(qtbot, screen, b.code)
    rows = {screen.table.item(r, 0).text(): screen.table.item(r, 1).text() for r in range(screen.table.rowCount())}
    assert rows == {a.code: "1245", b.code: "3"}
    key(qtbot, screen, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: number in screen.message.text(), timeout=10_000)
    assert has_keyboard(screen)
    review = CountTaskRecord.from_wire(admin.wms.review_count(number=number))
    assert {(ln.sku_code, ln.expected, ln.counted) for ln in review.lines} == {(a.code, 1245, 1245), (b.code, 0, 3)}


def test_cancelled_picks_are_put_back_and_stock_moved_between_bins_by_scanning(open_window, qtbot, admin, look):
    w = warehouse(admin)
    a = skus(admin, 50, 1)[0]
    back, further = new_bin(admin, w), new_bin(admin, w)
    origin = new_bin(admin, w)
    admin.wms.receive(location_id=bins(admin, w)[origin].id, sku_id=a.id, qty=5, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=a.id, qty=3)
    pl = PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=w.id, doc_refs=(ref,),
                                                        request_id=new_request_id()))
    came_from = pl.tasks[0].location_code
    for t in pl.tasks:
        admin.wms.confirm_pick(task_id=t.id, location_code=t.location_code, barcode=a.code, qty=t.qty,
                               request_id=new_request_id())
    admin.wms.release(doc_type="order", doc_ref=ref)     # cancelled after picking: 3 wait in packing
    window, screen = terminal(open_window, qtbot, admin)
    key(qtbot, screen, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0, timeout=10_000)
    assert a.code in [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]
    scan(qtbot, screen, a.code)
    assert came_from in screen.prompt.text()             # it came from there
    scan(qtbot, screen, back)
    assert screen.entry.text() == "3"                    # Enter puts back all that waits
    scan(qtbot, screen, "")
    settled(qtbot, screen)
    assert screen.message.property("tone") == "ok" and has_keyboard(screen)
    waiting = Page.from_wire(admin.wms.list_put_backs(warehouse_id=w.id)).records(PutBackRecord)
    assert all(t.sku_id != a.id for t in waiting)
    # move 2 of them on into another bin: from-bin, item, quantity, to-bin
    key(qtbot, screen, Qt.Key.Key_F9)
    scan(qtbot, screen, back)
    settled(qtbot, screen)
    assert a.code in [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]
    scan(qtbot, screen, a.code)
    scan(qtbot, screen, "2")
    scan(qtbot, screen, further)
    settled(qtbot, screen)
    assert screen.message.property("tone") == "ok" and has_keyboard(screen)
    held = {r.location_code: r.qty for r in SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).bins
            if r.warehouse_code == w.code}
    assert (held.get(back), held.get(further), held.get("PACK")) == (1, 2, None)
    assert admin.wms.self_check() == ()


def test_the_carrier_is_chosen_from_the_configured_carriers_by_name(open_window, qtbot, admin, look):
    w = warehouse(admin)
    a = skus(admin, 60, 1)[0]
    origin = new_bin(admin, w)
    admin.wms.receive(location_id=bins(admin, w)[origin].id, sku_id=a.id, qty=2, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=a.id, qty=1)
    pl = PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=w.id, doc_refs=(ref,),
                                                        request_id=new_request_id()))
    (task,) = pl.tasks
    admin.wms.confirm_pick(task_id=task.id, location_code=task.location_code, barcode=a.code, qty=1,
                           request_id=new_request_id())
    window, screen = terminal(open_window, qtbot, admin)
    key(qtbot, screen, Qt.Key.Key_F6)
    scan(qtbot, screen, ref)
    scan(qtbot, screen, a.code)
    qtbot.waitUntil(lambda: "status" in screen.state and screen.state["status"].complete, timeout=10_000)
    settled(qtbot, screen)
    names = [screen.table.item(r, 1).text() for r in range(screen.table.rowCount())]
    assert names[:2] == ["SF Express", "ZTO Express"] and "zto" not in names
    assert has_keyboard(screen)
    scan(qtbot, screen, "9")                             # no ninth carrier: asked again
    assert screen.message.property("tone") == "error" and "ZTO Express" in names
    scan(qtbot, screen, "2")
    assert "ZTO Express" in screen.message.text() or "ZTO Express" in screen.prompt.text()
    scan(qtbot, screen, "ZT-5566")
    scan(qtbot, screen, "700")
    settled(qtbot, screen)
    assert "ZTO Express" in screen.message.text() and has_keyboard(screen)
    shipments = Page.from_wire(admin.wms.list_shipments(doc_ref=ref)).records(ShipmentRecord)
    assert [(s.carrier, s.tracking_no) for s in shipments] == [("zto", "ZT-5566")]
