"""The promotion screens against a real middle tier: the editor picks its scope, partners and dates instead of
typing codes, ids and UTC, shows errors at the field on their tab, and says what a promotion will collide with
before and after it is saved; activation and the timeline; the price simulator's scan-to-cart and explanation."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from middle_tier.contract import Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.promotions import PromotionRecord, PromotionSummary
from tests.conftest import unique


def _fill(dialog, **values):
    for key, value in values.items():
        widget = dialog.edits[key]
        if hasattr(widget, "setText"):
            widget.setText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))


def _pick(qtbot, pick_list, kind: str, text: str, code: str) -> None:
    """Open a pick list's lookup, look for `text` among `kind`, pick the row of `code` and add it."""
    pick_list.add_button.click()
    lookup = pick_list.lookup
    lookup.kind_combo.setCurrentIndex(lookup.kind_combo.findData(kind))
    lookup.search_edit.setText(text)
    qtbot.waitUntil(lambda: any(lookup.model.pick(r).code == code for r in range(lookup.model.rowCount()))
                    and not lookup._timer.isActive(), timeout=10_000)
    row = next(r for r in range(lookup.model.rowCount()) if lookup.model.pick(r).code == code)
    lookup.table.selectRow(row)
    with qtbot.waitSignal(lookup.accepted, timeout=5_000):
        lookup.add_button.click()


def test_a_merchandiser_creates_activates_and_sees_a_promotion_on_the_timeline(open_window, qtbot, admin):
    window = open_window("merch")
    screen = window.go("promotions")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and bool(screen.timeline.items), timeout=10_000)
    screen.new_button.click()
    dialog = screen.dialog
    code = unique("ui")
    _fill(dialog, code=code, name="UI tee sale", stage="item")
    _fill(dialog, kind="percent_off", percent="150", exclusion_group="item-sale")
    _pick(qtbot, dialog.scope_list, "category", "shirt", "tshirts")      # by part of its name or code
    assert [(p.kind, p.code) for p in dialog.scope_list.picks()] == [("category", "tshirts")]
    assert not dialog.form.field("buy").parentWidget().isVisible()       # a percent-off offer asks no "buy X"
    dialog.tabs.setCurrentIndex(3)                 # on another tab, the error brings its own tab back
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("percent") != "", timeout=10_000)
    assert dialog.tabs.currentIndex() == 0
    dialog.edits["percent"].setText("15")
    # before it is saved, the editor says what it will collide with: the demo's T-shirt sale saves more
    qtbot.waitUntil(lambda: "tee-20" in dialog.collisions_label.text(), timeout=10_000)
    tee = next(c for c in dialog.collisions if c.code == "tee-20")
    assert tee.why == "same_group" and tee.lost > 0 and tee.won == 0
    assert "Will be excluded by tee-20" in dialog.collisions_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    record = dialog.result_record
    assert record.code == code and record.percent == Decimal("15.00") and record.status == "draft"
    assert any(c.code == "tee-20" for c in record.collisions)
    qtbot.waitUntil(lambda: screen.notice.isVisible() and "Will be excluded by tee-20" in screen.notice.text(),
                    timeout=10_000)
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


def test_the_editor_picks_skus_products_brands_partners_and_local_times(open_window, qtbot, admin):
    sku = next(s for s in Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=50)).records(SkuRecord)
               if s.brand_name)
    tee = next(PromotionSummary.from_wire(r) for r in Page.from_wire(
        admin.promotions.list_promotions(search="tee-20")).rows)
    window = open_window("merch")
    screen = window.go("promotions")
    screen.new_button.click()
    dialog = screen.dialog
    code = unique("pick")
    _fill(dialog, code=code, name="Picked", stage="item", kind="amount_off", amount="3")
    assert [dialog.per_combo.itemData(i) for i in range(dialog.per_combo.count())] == ["unit", "line"]
    _fill(dialog, amount_per="line")
    _pick(qtbot, dialog.scope_list, "sku", sku.code, sku.code)
    _pick(qtbot, dialog.scope_list, "product", sku.code, sku.product_code)     # the product of a SKU found
    brand = next(b for b in _brands(admin) if b.name == sku.brand_name)
    _pick(qtbot, dialog.scope_list, "brand", brand.code, brand.code)
    assert [p.kind for p in dialog.scope_list.picks()] == ["sku", "product", "brand"]
    dialog.tabs.setCurrentIndex(1)
    dialog.scope_list.table.selectRow(2)
    dialog.scope_list.remove_button.click()
    assert [p.kind for p in dialog.scope_list.picks()] == ["sku", "product"]
    _pick(qtbot, dialog.combines_list, "promotion", "T-shirts", "tee-20")      # a partner by its name
    # times are picked in the company's time zone (Asia/Shanghai, UTC+8) and sent as UTC
    dialog.starts_field.check.setChecked(True)
    dialog.starts_field.edit.setDateTime(_wall(dt.datetime(2027, 3, 1, 8, 30)))
    fields = dict(dialog.fields())
    assert fields["starts"] == "2027-03-01T00:30" and fields["ends"] == ""
    assert fields["scope"] == f"sku:{sku.code}, product:{sku.product_code}"
    assert fields["combines_with"] == str(tee.id) and fields["amount_per"] == "line"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    record = dialog.result_record
    assert record.starts == dt.datetime(2027, 3, 1, 0, 30) and record.amount_per == "line"
    assert [(p.id, p.code) for p in record.partners] == [(tee.id, "tee-20")]
    # opened again, it shows what was picked, and the time as it was typed
    screen._open_editor(admin.promotions.get_promotion(promotion_id=record.id))
    again = screen.dialog
    assert again.starts_field.local() == dt.datetime(2027, 3, 1, 8, 30)
    assert again.starts_field.edit.text() == "2027-03-01 08:30" and again.starts_field.zone_label.text() == \
        "Asia/Shanghai"
    assert [p.code for p in again.combines_list.picks()] == ["tee-20"]
    assert [(p.kind, p.code) for p in again.scope_list.picks()] == [("sku", sku.code), ("product", sku.product_code)]
    # an error on the last tab is shown there, at its field
    again.edits["budget"].setText("lots")
    again.ok_button.click()
    qtbot.waitUntil(lambda: again.panels["when"].error_text("budget") != "", timeout=10_000)
    assert again.tabs.currentIndex() == 3
    again.reject()
    admin.promotions.set_status(promotion_id=record.id, version=record.version, status="ended")


def test_the_editor_is_used_from_the_keyboard(open_window, qtbot):
    window = open_window("merch")
    screen = window.go("promotions")
    screen.new_button.click()
    dialog = screen.dialog
    chain = []
    widget = dialog.code_edit
    for _ in range(4):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(dialog):
            widget = widget.nextInFocusChain()
    assert chain == [dialog.code_edit, dialog.name_edit, dialog.stage_combo, dialog.kind_combo]
    assert dialog.starts_field.focusProxy() is dialog.starts_field.check        # Alt+R reaches the tick box
    # in a lookup: type, Down to the results, Enter adds the first; Delete takes a picked row away
    dialog.tabs.setCurrentIndex(1)
    dialog.scope_list.add_button.click()
    lookup = dialog.scope_list.lookup
    lookup.kind_combo.setCurrentIndex(lookup.kind_combo.findData("category"))
    qtbot.keyClicks(lookup.search_edit, "tshirts")
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 1 and not lookup._timer.isActive(), timeout=10_000)
    qtbot.keyClick(lookup.search_edit, Qt.Key.Key_Down)
    assert lookup.table.hasFocus() or lookup.table.selectionModel().selectedRows()
    with qtbot.waitSignal(lookup.accepted, timeout=5_000):
        qtbot.keyClick(lookup.search_edit, Qt.Key.Key_Return)
    assert [p.code for p in dialog.scope_list.picks()] == ["tshirts"]
    dialog.scope_list.table.selectRow(0)
    dialog.scope_list.table.setFocus()
    qtbot.keyClick(dialog.scope_list.table, Qt.Key.Key_Delete)
    assert dialog.scope_list.picks() == [] and dialog.scope_list.empty_label.isVisibleTo(dialog)
    dialog.reject()


def _brands(admin):
    from middle_tier.contract.catalog import BrandRecord

    return Page.from_wire(admin.catalog.list_brands(page_size=200)).records(BrandRecord)


def _wall(value: dt.datetime):  # type: ignore[no-untyped-def]
    from client.screens.promotion_pickers import wall_clock

    return wall_clock(value)


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
    # a time picked in the company's time zone: the T-shirt sale has ended by then
    q = screen.quote
    screen.at_field.check.setChecked(True)
    screen.at_field.edit.setDateTime(_wall(dt.datetime(2031, 6, 1, 9, 0)))
    screen.price_button.click()
    qtbot.waitUntil(lambda: screen.quote is not q, timeout=10_000)
    assert screen.quote.priced_at == dt.datetime(2031, 6, 1, 1, 0)
    assert not any(p.code == "tee-20" for p in screen.quote.applied)
    screen.shipping_edit.setText("abc")
    screen.price_button.click()
    qtbot.waitUntil(lambda: "Shipping fee" in screen.message_label.text(), timeout=10_000)


def test_the_simulator_names_who_stopped_a_promotion_and_what_a_budget_left(open_window, qtbot, admin):
    sku = next(s for s in Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=500)).records(SkuRecord)
               if "Trousers" in s.category_name and "Yuncha" not in s.brand_name)    # no demo item sale on it
    promos = admin.promotions

    def create(**fields):
        rec = PromotionRecord.from_wire(promos.create_promotion(fields=tuple((k, str(v)) for k, v in fields.items())))
        return PromotionRecord.from_wire(promos.set_status(promotion_id=rec.id, version=rec.version,
                                                           status="active"))

    stopper = create(code=unique("stop"), name="Stopper " + unique(""), stage="item", kind="amount_off",
                     amount="1", scope=f"sku:{sku.code}", priority="1", stop_further="true", stackable="true",
                     budget="0.50")
    stopped = create(code=unique("stopped"), name="Stopped " + unique(""), stage="item", kind="amount_off",
                     amount="0.10", scope=f"sku:{sku.code}", priority="2", stackable="true")
    try:
        window = open_window("agent")
        screen = window.go("price_simulator")
        screen.sku_edit.setText(sku.code)
        screen.sku_edit.returnPressed.emit()
        qtbot.waitUntil(lambda: screen.quote is not None, timeout=10_000)
        texts = {screen.why_tree.topLevelItem(i).child(j).text(0): screen.why_tree.topLevelItem(i).child(j).text(1)
                 for i in range(screen.why_tree.topLevelItemCount())
                 for j in range(screen.why_tree.topLevelItem(i).childCount())}
        assert texts[stopped.name] == f"Stopped by {stopper.code}, which stops further promotions."
        assert "budget left 0.50" in next(v for k, v in texts.items() if k.startswith(stopper.name))
    finally:
        for rec in (stopper, stopped):
            rec = PromotionRecord.from_wire(promos.get_promotion(promotion_id=rec.id))
            promos.set_status(promotion_id=rec.id, version=rec.version, status="ended")
