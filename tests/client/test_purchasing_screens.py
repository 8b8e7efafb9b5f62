"""The purchasing screen against a real middle tier: the order's buttons follow its state machine, and a line's open
quantity is cancelled from the lines table."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
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
