"""The catalog browser and the batch generation dialog, against a real middle tier with the demo catalog."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from middle_tier.contract import Page
from middle_tier.contract.catalog import CategoryRecord, ProductRecord, SkuRecord
from tests.conftest import unique


def test_the_browser_pages_skus_and_filters_by_category_and_scan(open_window, qtbot, admin):
    window = open_window("merch")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 200 and screen.category_combo.count() > 5, timeout=10_000)
    assert screen.model.canFetchMore()                   # the demo catalog has more than one page
    tea = next(i for i in range(screen.category_combo.count())
               if screen.category_combo.itemText(i).strip() == "茶叶 Tea")
    screen.category_combo.setCurrentIndex(tea)
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() > 0
                    and all(r.category_name == "茶叶 Tea" for r in screen.model.records()), timeout=10_000)
    barcode = screen.model.record(3).barcode
    screen.category_combo.setCurrentIndex(0)
    screen.search_edit.setText(barcode)
    screen.search_edit.returnPressed.emit()                 # a scanner types the code and Enter
    qtbot.waitUntil(lambda: screen.selected() is not None and screen.selected().barcode == barcode, timeout=10_000)
    assert screen.model.rowCount() == 1
    assert screen.edit_button.isEnabled()             # merchandisers may change SKUs


def test_a_price_error_shows_at_the_field_and_a_good_price_saves(open_window, qtbot):
    window = open_window("merch")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    screen.table.selectRow(0)
    screen.edit_button.click()
    dialog = screen.sku_dialog
    dialog.price_edit.setText("12.345")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("list_price") != "", timeout=10_000)
    dialog.price_edit.setText("188.80")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert str(dialog.result_record.list_price) == "188.80"


def test_batch_dialog_previews_then_creates_the_combinations(open_window, qtbot, admin):
    cat = admin.catalog
    tshirts = next(CategoryRecord.from_wire(r) for r in Page.from_wire(cat.list_categories()).rows
                   if r[2] == "tshirts")
    product = ProductRecord.from_wire(cat.create_product(code=unique("new"), name="新款T恤 New tee",
                                                         category_id=tshirts.id))
    window = open_window("merch")
    screen = window.go("catalog")
    from client.screens.batch import BatchDialog

    dialog = BatchDialog(window.rpc, product.id, product.code, screen)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: set(dialog.tables) == {"colour", "size"}, timeout=10_000)
    dialog.tick("colour", "white")
    dialog.tick("colour", "black", "5.00")
    for size in ("s", "m", "l"):
        dialog.tick("size", size, "8.00" if size == "l" else "")
    dialog.price_edit.setText("59.00")
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_table.rowCount() == 6, timeout=10_000)
    prices = sorted(dialog.preview_table.item(r, 2).text() for r in range(6))
    assert prices == ["59.00", "59.00", "64.00", "64.00", "67.00", "72.00"]
    assert dialog.generate_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.generate_button.click()
    assert dialog.created == 6
    skus = Page.from_wire(cat.list_skus(product_id=product.id)).records(SkuRecord)
    assert len(skus) == 6 and {s.code for s in skus} == {f"{product.code}-{c}-{s}".upper()
                                                         for c in ("white", "black") for s in ("s", "m", "l")}


def test_batch_dialog_says_when_a_category_has_no_attributes(open_window, qtbot, admin):
    cat = admin.catalog
    bare = CategoryRecord.from_wire(cat.create_category(code=unique("bare"), name="Bare"))
    product = ProductRecord.from_wire(cat.create_product(code=unique("p"), name="Plain", category_id=bare.id))
    window = open_window("merch")
    from client.screens.batch import BatchDialog

    dialog = BatchDialog(window.rpc, product.id, product.code, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No attribute" in dialog.form.banner_text(), timeout=10_000)
    assert not dialog.tables


def test_categories_brands_and_attributes_are_set_up_on_the_screen(open_window, qtbot, admin):
    window = open_window("merch")
    screen = window.go("catalog_setup")
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() >= 4 and screen.attr_list.count() >= 4, timeout=10_000)
    # a new attribute with values
    screen.new_attr_button.click()
    dialog = screen.dialog
    code = unique("fit")
    dialog.code_edit.setText(code)
    dialog.name_edit.setText("版型 Fit")
    dialog.values_edit.setPlainText("slim 修身 Slim\nloose 宽松 Loose")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: any(code in screen.attr_list.item(i).text() for i in range(screen.attr_list.count())),
                    timeout=10_000)
    # a new top-level category and a subcategory under it
    top = unique("top")
    screen.add_root_button.click()
    screen.dialog.code_edit.setText(top)
    screen.dialog.name_edit.setText("新类目 New")
    with qtbot.waitSignal(screen.dialog.accepted, timeout=10_000):
        screen.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.select_category(top), timeout=10_000)
    child = unique("sub")
    screen.add_child_button.click()
    screen.dialog.code_edit.setText("Bad Code!")
    screen.dialog.name_edit.setText("子类目 Sub")
    screen.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.dialog.form.error_text("code") != "", timeout=10_000)
    screen.dialog.code_edit.setText(child)
    with qtbot.waitSignal(screen.dialog.accepted, timeout=10_000):
        screen.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.select_category(child), timeout=10_000)
    sub_rec = next(c for c in screen.categories.values() if c.code == child)
    top_rec = next(c for c in screen.categories.values() if c.code == top)
    assert sub_rec.parent_id == top_rec.id and sub_rec.depth == 1
    # move the new top-level category first among the top level
    screen.move(top_rec, 0, 1)
    qtbot.waitUntil(lambda: screen.tree.topLevelItem(0).text(1) == top, timeout=10_000)
    # retire it (and its subcategory)
    screen.select_category(top)
    screen.retire_button.click()
    qtbot.waitUntil(lambda: not next(c for c in screen.categories.values() if c.code == child).is_active,
                    timeout=10_000)


def test_a_new_product_is_created_on_the_screen_and_leads_to_batch_generation(open_window, qtbot):
    window = open_window("merch")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: bool(screen.categories and screen.brands), timeout=10_000)
    screen.new_product_button.click()
    dialog = screen.product_dialog
    code = unique("np")
    dialog.code_edit.setText(code)
    dialog.name_edit.setText("")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(
        next(c.id for c in screen.categories if c.code == "tea")))
    dialog.brand_combo.setCurrentIndex(2)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("name") != "", timeout=10_000)
    dialog.name_edit.setText("白茶 White tea")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.result_record.code == code and dialog.result_record.status == "draft"
    qtbot.waitUntil(lambda: getattr(screen, "batch_dialog", None) is not None
                    and set(screen.batch_dialog.tables) == {"weight"}, timeout=10_000)
    screen.batch_dialog.reject()


def test_export_then_import_the_changed_file_round_trips(open_window, qtbot, tmp_path):
    from client.screens.catalog_import import ImportDialog
    from client.widgets.tabular import RowWriter, read_rows

    window = open_window("merch")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.category_combo.count() > 5, timeout=10_000)
    screen.search_edit.setText("P00003-")
    screen.apply_filters()
    target = tmp_path / "skus.xlsx"
    dialog = screen.export_to(target)
    with qtbot.waitSignal(dialog.completed, timeout=20_000) as blocker:
        pass
    assert blocker.args == [True]
    rows = read_rows(target)
    assert rows[0][:3] == ("sku_code", "product_code", "product_name") and len(rows) > 2
    # raise every price by 1.00 and break one barcode
    price = rows[0].index("list_price")
    changed = [rows[0]] + [r[:price] + (f"{float(r[price]) + 1:.2f}",) + r[price + 1:] for r in rows[1:]]
    bad = list(changed)
    code_col = rows[0].index("barcode")
    bad[2] = bad[2][:code_col] + ("1234567890123",) + bad[2][code_col + 1:]
    for name, content in (("bad.csv", bad), ("good.csv", changed)):
        w = RowWriter(tmp_path / name)
        w.write(content)
        w.close()
    imp = ImportDialog(window.rpc, screen)
    qtbot.addWidget(imp)
    imp.load(tmp_path / "bad.csv")
    qtbot.waitUntil(lambda: imp.report is not None, timeout=10_000)
    assert imp.issues_table.rowCount() == 1 and imp.issues_table.item(0, 0).text() == "3"
    assert imp.issues_table.item(0, 1).text() == "barcode" and not imp.import_button.isEnabled()
    imp.load(tmp_path / "good.csv")
    qtbot.waitUntil(lambda: imp.import_button.isEnabled(), timeout=10_000)
    assert imp.report.updates == len(rows) - 1 and imp.report.creates == 0
    with qtbot.waitSignal(imp.accepted, timeout=20_000):
        imp.import_button.click()
    assert imp.imported.updates == len(rows) - 1


def test_words_typed_in_the_browser_use_the_ranked_search(open_window, qtbot):
    window = open_window("agent")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    screen.search_edit.setText("龙井 绿茶")
    screen.apply_filters()
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() > 0, timeout=10_000)
    assert screen.model.path == "catalog.search"
    assert all("龙井绿茶" in r.name for r in screen.model.records())
    screen.search_edit.clear()
    screen.apply_filters()
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() == 200, timeout=10_000)
    assert screen.model.path == "catalog.list_skus"
    assert not screen.edit_button.isEnabled()          # agents read the catalog, they do not change it


def test_a_no_result_query_becomes_a_synonym_group_on_screen(open_window, qtbot, admin):
    word = unique("nohit")
    admin.catalog.search(query=word)                       # logged with 0 hits
    window = open_window("merch")
    screen = window.go("search_terms")
    qtbot.waitUntil(lambda: any(r.query == word for r in screen.log_model.records()), timeout=10_000)
    row = next(i for i, r in enumerate(screen.log_model.records()) if r.query == word)
    screen.log_table.selectRow(row)
    screen.take_query()
    assert screen.words_edit.text() == word + ", "
    screen.new_button.click()                              # one word is not a group: the error shows
    qtbot.waitUntil(lambda: screen.error_label.isVisible(), timeout=10_000)
    screen.words_edit.setText(f"{word}, 纯棉T恤")
    screen.new_button.click()
    screen.find_edit.setText(word)
    qtbot.waitUntil(lambda: [r.words for r in screen.synonym_model.records()] == [(word, "纯棉t恤")], timeout=10_000)
    hits = Page.from_wire(admin.catalog.search(query=word)).records(SkuRecord)
    assert hits and all("纯棉" in s.name for s in hits)


def test_the_product_dialog_shows_and_adds_pictures(open_window, qtbot, tmp_path):
    import io

    from PIL import Image

    window = open_window("merch")
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    screen.table.selectRow(5)
    screen._on_product_clicked()
    qtbot.waitUntil(lambda: getattr(screen, "product_dialog", None) is not None
                    and screen.product_dialog.isVisible(), timeout=10_000)
    strip = screen.product_dialog.images
    before = strip.list.count()
    picture = tmp_path / "pic.png"
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 120, 200)).save(buf, "PNG")
    picture.write_bytes(buf.getvalue())
    strip.upload(picture)
    qtbot.waitUntil(lambda: strip.list.count() == before + 1, timeout=10_000)
    assert strip.list.item(before).text() == "640×480"
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"nope")
    strip.upload(bad)
    qtbot.waitUntil(lambda: strip.message.isVisible(), timeout=10_000)
    strip.list.setCurrentRow(before)
    strip.remove_selected()
    qtbot.waitUntil(lambda: strip.list.count() == before, timeout=10_000)


def _bulk_screen(open_window, qtbot, admin, sizes=("s", "m", "l", "xl")):
    """A new category of draft SKUs of 0 g at 19.99 (as batch generation leaves them), the merchandiser's catalog
    browser at 1024x768, active, filtered to that category."""
    from tests.e2e.test_catalog_bulk import make_skus

    skus = make_skus(admin.catalog, sizes=sizes)
    category = ProductRecord.from_wire(admin.catalog.get_product(product_id=skus[0].product_id)).category_id
    window = open_window("merch")
    window.resize(1024, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    screen = window.go("catalog")
    qtbot.waitUntil(lambda: screen.category_combo.findData(category) > 0, timeout=10_000)
    screen.category_combo.setCurrentIndex(screen.category_combo.findData(category))
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() == len(skus), timeout=10_000)
    return window, screen, skus


def test_several_selected_skus_go_on_sale_with_a_price_rise_at_once_from_the_keyboard(open_window, qtbot, admin):
    window, screen, skus = _bulk_screen(open_window, qtbot, admin)
    assert not screen.change_button.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)     # every SKU loaded
    assert len(screen.selected_records()) == 4 and "4 selected" in screen.count_label.text()
    screen.table.selectionModel().select(screen.model.index(3, 0), QItemSelectionModel.SelectionFlag.Deselect
                                         | QItemSelectionModel.SelectionFlag.Rows)   # as Ctrl and a click do
    assert [s.code for s in screen.selected_records()] == [s.code for s in skus[:3]]
    assert screen.change_button.isEnabled() and not screen.edit_button.isEnabled()    # one SKU's dialogs: one SKU
    qtbot.keyClick(screen.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(screen, "bulk_dialog", None) is not None and screen.bulk_dialog.isVisible(),
                    timeout=5_000)
    dialog = screen.bulk_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.status_combo, timeout=5_000)
    assert not dialog.ok_button.isEnabled()                 # nothing asked yet
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("on_sale"))
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Tab)
    dialog.price_combo.setCurrentIndex(dialog.price_combo.findData("percent"))
    qtbot.keyClick(dialog.price_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.price_edit
    qtbot.keyClicks(dialog.price_edit, "10")
    qtbot.keyClick(dialog.price_edit, Qt.Key.Key_Return)    # Enter: the middle tier's preview first ...
    qtbot.waitUntil(dialog.is_current, timeout=10_000)
    assert dialog.isVisible() and dialog.ok_button.text() == "&Change 3 SKU(s)"
    assert dialog.summary.text().splitlines()[:3] == ["3 SKU(s) will change:", "• 3 go on sale",
                                                      "• 3 get a new price: 19.99 → 21.99"]
    assert dialog.examples.rowCount() == 3 and dialog.examples.item(0, 3).text() == "19.99 → 21.99"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.price_edit, Qt.Key.Key_Return)    # ... then the change, in one call
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() == 4
                    and len(screen.selected_records()) == 3, timeout=10_000)
    assert [(s.code, s.status, str(s.list_price)) for s in screen.selected_records()] == [
        (s.code, "on_sale", "21.99") for s in skus[:3]]
    assert screen.notice_label.text() == "3 SKU(s) changed: 3 now on sale and 3 repriced."
    after = {s.code: s for s in Page.from_wire(admin.catalog.list_skus(product_id=skus[0].product_id)).records(
        SkuRecord)}
    assert (after[skus[3].code].status, str(after[skus[3].code].list_price)) == ("draft", "19.99")


def test_a_refused_change_shows_at_its_field_names_the_sku_and_a_price_for_all_lets_it_go(open_window, qtbot,
                                                                                        admin):
    window, screen, skus = _bulk_screen(open_window, qtbot, admin, sizes=("s", "m"))
    free = skus[1]
    admin.catalog.update_sku(sku_id=free.id, version=free.version, list_price="0", cost="0", barcode="",
                             weight_g=0, status="draft")
    screen.model.reload()
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() == 2, timeout=10_000)
    screen.table.selectAll()
    screen.change_button.click()
    dialog = screen.bulk_dialog
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("on_sale"))
    dialog.weight_spin.setValue(250)
    qtbot.waitUntil(lambda: dialog.form.error_text("price") != "", timeout=10_000)     # the preview, as typed
    assert free.code in dialog.form.error_text("price") and skus[0].code not in dialog.form.error_text("price")
    assert dialog.ok_button.text() == "&Preview"
    dialog.price_combo.setCurrentIndex(dialog.price_combo.findData("set"))
    dialog.price_edit.setText("9.90")
    qtbot.waitUntil(dialog.is_current, timeout=10_000)
    assert dialog.form.error_text("price") == ""
    assert "• 2 weighing 0 g get 250 g" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.weight_spin, Qt.Key.Key_Return)     # Enter from any field makes the change
    assert dialog.result_record.changed == 2
    after = Page.from_wire(admin.catalog.list_skus(product_id=free.product_id)).records(SkuRecord)
    assert {(s.status, str(s.list_price), s.weight_g) for s in after} == {("on_sale", "9.90", 250)}
