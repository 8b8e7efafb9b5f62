"""The purchasing screen against a real middle tier: the order's buttons follow its state machine, a line's open
quantity is cancelled from the lines table, and the demo's reorder suggestions show their daily demand with every
column on a 1024-pixel screen."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
from tests.client.test_terminal_scanning import columns_fit, look, warehouse  # noqa: F401  (the look fixture)
from tests.conftest import new_request_id, unique


def _sent_order(admin) -> PoRecord:  # type: ignore[no-untyped-def]
    supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(("code", unique("s")),
                                                                                 ("name", "Screen supplier"))))
    warehouse = Page.from_wire(admin.wms.list_warehouses()).rows[0][0]
    a, b = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=2)).records(SkuRecord)
    po = PoRecord.from_wire(admin.purchasing.create_po(supplier_id=supplier.id, warehouse_id=warehouse,
                                                       lines=((a.code, 5, "1.00", ""), (b.code, 2, "3.00", "")),
                                                       request_id=new_request_id()))
    for step in ("approve", "send"):
        po = PoRecord.from_wire(getattr(admin.purchasing, f"{step}_po")(po_id=po.id, version=po.version))
    return po


def test_the_buyer_cancels_a_lines_open_quantity_and_the_buttons_follow_the_state(open_window, qtbot, admin,
                                                                                 monkeypatch):
    po = _sent_order(admin)
    window = open_window("buyer")
    screen = window.go("purchasing")
    screen.search_edit.setText(po.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.number == po.number, timeout=10_000)
    # sent: it may be cancelled, not approved or sent again, not closed; no line chosen yet
    assert screen.cancel_button.isEnabled() and not screen.approve_button.isEnabled()
    assert not screen.send_button.isEnabled() and not screen.close_button.isEnabled()
    assert not screen.cancel_line_button.isEnabled()
    screen.lines_table.selectRow(1)
    assert screen.cancel_line_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    screen.cancel_line_button.click()
    qtbot.waitUntil(lambda: screen.current is not None and len(screen.current.lines) == 1, timeout=10_000)
    assert screen.lines_table.rowCount() == 1 and screen.current.total == 5 and screen.current.state == "sent"
    assert [ln.qty for ln in screen.current.lines] == [5]


def test_the_buyer_sees_the_demos_reorder_suggestions_with_their_daily_demand_and_every_column(
        open_window, qtbot, admin, look):  # noqa: F811
    window = open_window("buyer")
    window.resize(1024, 768)
    screen = window.go("purchasing")
    screen.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: screen.warehouse_combo.count() > 0, timeout=10_000)
    screen.warehouse_combo.setCurrentIndex(screen.warehouse_combo.findData(warehouse(admin).id))
    screen.suggest_button.click()
    qtbot.waitUntil(lambda: screen.suggest_table.rowCount() > 0, timeout=10_000)
    selling = [row for row, s in enumerate(screen.suggestions) if s.daily_demand > 0]
    assert len(selling) >= 10                      # four weeks of demo shipments behind them
    row = selling[0]
    assert screen.suggest_table.item(row, 5).text() == str(screen.suggestions[row].daily_demand)
    assert int(screen.suggest_table.item(row, 8).text()) == screen.suggestions[row].suggested_qty > 0
    assert columns_fit(screen.suggest_table), [screen.suggest_table.columnWidth(c) for c in range(10)]
    assert screen.suggest_table.columnWidth(1) >= 80          # the name keeps what the numbers leave
