"""The promotion screens against a real middle tier: editor with errors at the field, activation, timeline,
collision notice, and the price simulator's scan-to-cart and explanation."""
from __future__ import annotations

from decimal import Decimal

from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.promotions import PromotionRecord
from tests.conftest import unique


def _fill(dialog, **values):
    for key, value in values.items():
        widget = dialog.edits[key]
        if hasattr(widget, "setText"):
            widget.setText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def test_a_merchandiser_creates_activates_and_sees_a_promotion_on_the_timeline(open_window, qtbot, admin):
    window = open_window("merch")
    screen = window.go("promotions")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and bool(screen.timeline.items), timeout=10_000)
    screen.new_button.click()
    dialog = screen.dialog
    code = unique("ui")
    _fill(dialog, code=code, name="UI tee sale", stage="item")
    _fill(dialog, kind="percent_off", percent="150", scope="category:tshirts", exclusion_group="item-sale",
          starts="2026-11-01", ends="2027-01-01")
    assert not dialog.edits["buy"].parentWidget().isVisible()       # a percent-off offer asks no "buy X"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("percent") != "", timeout=10_000)
    dialog.edits["percent"].setText("15")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    record = dialog.result_record
    assert record.code == code and record.percent == Decimal("15.00") and record.status == "draft"
    # the demo's T-shirt sale is in the same exclusion group on the same items and dates: flagged
    assert any(c.code == "tee-20" for c in record.collisions)
    qtbot.waitUntil(lambda: screen.notice.isVisible() and "tee-20" in screen.notice.text(), timeout=10_000)
    screen.search_edit.setText(code)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.record(0).code == code, timeout=10_000)
    screen.table.selectRow(0)
    assert screen.activate_button.isEnabled() and not screen.pause_button.isEnabled()
    screen.activate_button.click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.record(0).status == "active",
                    timeout=10_000)
    qtbot.waitUntil(lambda: any(i.code == code for i in screen.timeline.items), timeout=10_000)
    rec = PromotionRecord.from_wire(admin.promotions.get_promotion(promotion_id=record.id))
    admin.promotions.set_status(promotion_id=rec.id, version=rec.version, status="ended")   # leave the demo as it was


def test_the_simulator_adds_scanned_skus_and_explains_the_price(open_window, qtbot, admin):
    sku = next(s for s in Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=500)).records(SkuRecord)
               if s.category_name == "T恤 T-shirts")
    window = open_window("agent")             # customer service reads promotions and prices carts
    screen = window.go("price_simulator")
    screen.sku_edit.setText("NO-SUCH-SKU")
    screen.sku_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: "NO-SUCH-SKU" in screen.message_label.text(), timeout=10_000)
    assert not screen.cart
    screen.sku_edit.setText(sku.barcode)       # a scanner types the barcode and Enter
    screen.qty_spin.setValue(2)
    screen.sku_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: screen.quote is not None, timeout=10_000)
    q = screen.quote
    assert [(line.sku_id, line.qty) for line in q.lines] == [(sku.id, 2)]
    assert q.goods_list_total == sku.list_price * 2
    assert any(p.code == "tee-20" for p in q.applied)          # the demo's T-shirt sale
    assert q.lines[0].amount < q.lines[0].list_amount
    step = screen.lines_tree.topLevelItem(0).child(0)
    assert "20%" in step.text(0) or "tee" in step.text(0).lower() or step.text(2).startswith("-")
    assert screen.sku_edit.text() == ""
    screen.coupons_edit.setText("NOPE123")
    screen.price_button.click()
    qtbot.waitUntil(lambda: screen.quote is not q and screen.quote.coupons_refused == (("NOPE123", "unknown"),),
                    timeout=10_000)
    groups = [screen.why_tree.topLevelItem(i).text(0) for i in range(screen.why_tree.topLevelItemCount())]
    assert any("NOPE" in screen.why_tree.topLevelItem(i).child(0).text(0) for i in range(len(groups))
               if screen.why_tree.topLevelItem(i).childCount())
    screen.shipping_edit.setText("abc")
    screen.price_button.click()
    qtbot.waitUntil(lambda: "Shipping fee" in screen.message_label.text(), timeout=10_000)
