"""The catalog browser: every SKU, paged from the server, filtered by text or scan, category, brand, status."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from client.i18n import current_language
from client.rpc import RpcClient
from client.screens.base import Screen
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.paged_model import Column, PagedTableModel, record_table
from client.widgets.progress import ProgressDialog
from client.widgets.tabular import RowWriter
from middle_tier.contract import PAGE_SIZE_MAX, LoginResult, Page
from middle_tier.contract.catalog import (
    BULK_SKUS_MAX,
    PRODUCT_STATUSES,
    SKU_IMPORT_COLUMNS,
    SKU_IMPORT_IGNORED,
    BrandRecord,
    CategoryRecord,
    ProductRecord,
    SkuRecord,
)
from middle_tier.contract.wms import SkuAvailability

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def status_text(status: str) -> str:
    t = QCoreApplication.translate
    return {"draft": t("catalog", "draft"), "on_sale": t("catalog", "on sale"),
            "off_sale": t("catalog", "off sale")}.get(status, status)


def tree_order(records: list[CategoryRecord]) -> list[CategoryRecord]:
    """Categories as the tree shows them: each parent, then its children in their position order."""
    children: dict[int, list[CategoryRecord]] = {}
    for c in records:
        children.setdefault(c.parent_id, []).append(c)
    out: list[CategoryRecord] = []

    def walk(parent: int) -> None:
        for c in sorted(children.get(parent, []), key=lambda c: (c.position, c.id)):
            out.append(c)
            walk(c.id)

    walk(0)
    return out


def load_all(rpc: RpcClient, path: str, record_type: type, done: Any, failed: Any, **filters: Any) -> None:
    """Fetch every page of a short list (categories, brands) and hand over the records at once."""
    records: list = []

    def on_page(wire: tuple) -> None:
        page = Page.from_wire(wire)
        records.extend(page.records(record_type))
        if page.next_cursor:
            rpc.call(path, on_page, failed, **filters, cursor=page.next_cursor, page_size=500)
        else:
            done(records)

    rpc.call(path, on_page, failed, **filters, page_size=500)


class SkuDialog(FormDialog):
    """Price, cost, barcode, weight and status of one SKU."""

    def __init__(self, rpc: RpcClient, sku: SkuRecord, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("SKU %1").replace("%1", sku.code), parent)
        self.sku = sku
        self.result_record: SkuRecord | None = None
        name = QLabel(sku.name)
        name.setToolTip(sku.name)
        self.form.add_field("name", self.tr("Name"), name)
        self.price_edit = QLineEdit(str(sku.list_price))
        self.cost_edit = QLineEdit(str(sku.cost))
        self.barcode_edit = QLineEdit(sku.barcode)
        self.barcode_edit.setPlaceholderText(self.tr("13 digits (EAN-13)"))
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(0, 1_000_000)
        self.weight_spin.setSuffix(" g")
        self.weight_spin.setValue(sku.weight_g)
        self.status_combo = QComboBox()
        for s in PRODUCT_STATUSES:
            self.status_combo.addItem(status_text(s), s)
        self.status_combo.setCurrentIndex(PRODUCT_STATUSES.index(sku.status))
        for key, label, widget in [("list_price", self.tr("List &price"), self.price_edit),
                                   ("cost", self.tr("&Cost"), self.cost_edit),
                                   ("barcode", self.tr("&Barcode"), self.barcode_edit),
                                   ("weight_g", self.tr("&Weight"), self.weight_spin),
                                   ("status", self.tr("&Status"), self.status_combo)]:
            self.form.add_field(key, label, widget)
        self.finish_layout()

    def on_ok(self) -> None:
        self.submit("catalog.update_sku", self._on_saved, sku_id=self.sku.id, version=self.sku.version,
                    list_price=self.price_edit.text(), cost=self.cost_edit.text(), barcode=self.barcode_edit.text(),
                    weight_g=self.weight_spin.value(), status=self.status_combo.currentData())

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = SkuRecord.from_wire(wire)
        self.accept()


class ProductDialog(FormDialog):
    """Create a product, or change one (code fixed) including its status."""

    def __init__(self, rpc: RpcClient, categories: list[CategoryRecord], brands: list[BrandRecord],
                 product: ProductRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New product") if product is None
                         else self.tr("Product %1").replace("%1", product.code), parent, min_width=520)
        self.product = product
        self.result_record: ProductRecord | None = None
        self.code_edit = QLineEdit(product.code if product else "")
        self.code_edit.setReadOnly(product is not None)
        self.name_edit = QLineEdit(product.name if product else "")
        self.category_combo = QComboBox()
        for c in categories:
            if c.is_active or (product and c.id == product.category_id):
                self.category_combo.addItem("    " * c.depth + c.name, c.id)
        self.brand_combo = QComboBox()
        self.brand_combo.addItem(self.tr("(no brand)"), 0)
        for b in brands:
            if b.is_active or (product and b.id == product.brand_id):
                self.brand_combo.addItem(b.name, b.id)
        self.description_edit = QPlainTextEdit(product.description if product else "")
        self.description_edit.setMaximumHeight(110)
        self.status_combo = QComboBox()
        for s in PRODUCT_STATUSES:
            self.status_combo.addItem(status_text(s), s)
        self.form.add_field("code", self.tr("&Code"), self.code_edit)
        self.form.add_field("name", self.tr("&Name"), self.name_edit)
        self.form.add_field("category_id", self.tr("C&ategory"), self.category_combo)
        self.form.add_field("brand_id", self.tr("&Brand"), self.brand_combo)
        self.form.add_field("description", self.tr("&Description"), self.description_edit)
        if product is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(product.category_id)))
            self.brand_combo.setCurrentIndex(max(0, self.brand_combo.findData(product.brand_id)))
            self.status_combo.setCurrentIndex(PRODUCT_STATUSES.index(product.status))
            self.form.add_field("status", self.tr("&Status"), self.status_combo,
                                self.tr("On sale needs at least one priced SKU on sale."))
            from client.widgets.images import ImageStrip

            self.images = ImageStrip(rpc, product.id, writable=True, parent=self)
            self.form.add_field("images", self.tr("Pictures"), self.images)
        self.finish_layout()

    def on_ok(self) -> None:
        fields = dict(name=self.name_edit.text(), category_id=self.category_combo.currentData() or 0,
                      brand_id=self.brand_combo.currentData(), description=self.description_edit.toPlainText())
        if self.product is None:
            self.submit("catalog.create_product", self._on_saved, code=self.code_edit.text(), **fields)
        else:
            self.submit("catalog.update_product", self._after_update, product_id=self.product.id,
                        version=self.product.version, **fields)

    def _after_update(self, wire: tuple) -> None:
        record = self.product = ProductRecord.from_wire(wire)
        status = self.status_combo.currentData()
        if status == record.status:
            self._on_saved(wire)
        else:   # the other changes are saved by now; a refused status shows at its field
            self.submit("catalog.set_product_status", self._on_saved, product_id=record.id, version=record.version,
                        status=status)

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = ProductRecord.from_wire(wire)
        self.accept()


class CatalogScreen(Screen):
    """Find SKUs by code, name or a scanned barcode; narrow by category (with subcategories), brand, status."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Products and SKUs"),
                       self.tr("Type a code or a name, or scan a barcode; the list loads as you scroll."))
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Code, name or barcode  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        self.category_combo.setMinimumWidth(200)
        self.category_combo.addItem(self.tr("All categories"), 0)
        self.brand_combo = QComboBox(self)
        self.brand_combo.setMinimumWidth(140)
        self.brand_combo.addItem(self.tr("All brands"), 0)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), "")
        for s in PRODUCT_STATUSES:
            self.status_combo.addItem(status_text(s), s)
        self.new_product_button = QPushButton(self.tr("&New product…"), self)
        self.product_button = QPushButton(self.tr("&Product…"), self)
        self.edit_button = QPushButton(self.tr("&Edit SKU…"), self)
        self.batch_button = QPushButton(self.tr("&Generate SKUs…"), self)
        self.change_button = QPushButton(self.tr("Change &selected…"), self)
        self.change_button.setToolTip(self.tr("Status, price and weight of every selected SKU at once (Ctrl+Shift+E); "
                                              "Ctrl+A selects every SKU loaded, Shift or Ctrl and a click some"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        bar.addWidget(self.search_edit, 1)
        for w in (self.category_combo, self.brand_combo, self.status_combo):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        actions = QHBoxLayout()
        for w in (self.new_product_button, self.product_button, self.edit_button, self.batch_button,
                  self.change_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        self.layout_.addLayout(actions)
        columns = [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("barcode", self.tr("Barcode")),
            Column("category_name", self.tr("Category")),
            Column("brand_name", self.tr("Brand")),
            Column("list_price", self.tr("Price"), lambda v: f"{v:,.2f}", RIGHT),
            Column("cost", self.tr("Cost"), lambda v: f"{v:,.2f}", RIGHT),
            Column("status", self.tr("Status"), status_text),
        ]
        # stock from the warehouse, for those who may see it: available over every warehouse, asked for by the ids
        # of each page the list loads (the catalog knows nothing of stock)
        self.stock: dict[int, SkuAvailability] = {}
        self.stock_column = len(columns) if self.can("wms.read") else -1
        if self.stock_column >= 0:
            columns.append(Column("id", self.tr("Available"), self._available_text, RIGHT))
        self.model = PagedTableModel(rpc, "catalog.list_skus", SkuRecord, columns, page_size=200, parent=self)
        # the name takes what the other columns leave: every column shows on a 1024-pixel screen
        self.table = record_table(self.model, (118, 200, 102, 88, 80, 64, 58, 54, 60), self)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # many rows at once for "Change selected…"; Ctrl+A selects what is loaded (the list loads as it scrolls)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.layout_.addWidget(self.table, 1)
        status_bar = QHBoxLayout()
        status_bar.setSpacing(24)
        self.count_label = QLabel(self)
        self.notice_label = QLabel(self)          # what the last change did
        self.notice_label.setObjectName("actionNotice")
        self.notice_label.setWordWrap(True)
        status_bar.addWidget(self.count_label)
        status_bar.addWidget(self.notice_label, 1)
        self.layout_.addLayout(status_bar)
        self._reselect: set[int] = set()         # SKUs to select again as the list reloads after a change
        self.categories: list[CategoryRecord] = []
        self.brands: list[BrandRecord] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._on_scan)
        self._timer.timeout.connect(self.apply_filters)
        for combo in (self.category_combo, self.brand_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.new_product_button.clicked.connect(lambda: self.open_product(None))
        self.product_button.clicked.connect(self._on_product_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.batch_button.clicked.connect(self._on_batch_clicked)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.page_loaded.connect(lambda _n: self._on_page_loaded())
        self.model.failed.connect(lambda err: show_error(self, err))
        if self.stock_column >= 0:
            self.model.page_loaded.connect(lambda _n: self._fetch_stock())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, activated=self._on_change_clicked)

    def _on_page_loaded(self) -> None:
        if self._reselect:
            self._select_ids(self._reselect)
        self._update_count()

    def _update_count(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        self.count_label.setText(self.tr("%n SKU(s) shown", "", self.model.rowCount())
                                 + ("" if not self.model.canFetchMore() else self.tr(" — scroll for more"))
                                 + (self.tr("; %n selected", "", selected) if selected else ""))

    def _select_ids(self, ids: set[int]) -> None:
        """Select the loaded rows of these SKUs (beside what is selected)."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row, rec in enumerate(self.model.records()):
            if rec.id in ids:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        if not selection.isEmpty():
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    def _available_text(self, sku_id: int) -> str:
        held = self.stock.get(sku_id)
        return "…" if held is None else f"{held.available:,}"

    def _fetch_stock(self) -> None:
        """The stock of the SKUs the list has loaded and whose stock is not known yet (a page at most)."""
        wanted = tuple(r.id for r in self.model.records() if r.id not in self.stock)[:PAGE_SIZE_MAX]
        if wanted:
            self.rpc.call("wms.sku_availability", self._on_stock, lambda e: show_error(self, e), sku_ids=wanted)

    def _on_stock(self, rows: tuple) -> None:
        for held in (SkuAvailability.from_wire(r) for r in rows):
            self.stock[held.sku_id] = held
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, self.stock_column),
                                        self.model.index(self.model.rowCount() - 1, self.stock_column))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        self.stock.clear()              # F5: the stock column is read again with the list
        load_all(self.rpc, "catalog.list_categories", CategoryRecord, self._on_categories,
                 lambda e: show_error(self, e))
        load_all(self.rpc, "catalog.list_brands", BrandRecord, self._on_brands, lambda e: show_error(self, e))
        self.apply_filters()

    def _on_categories(self, records: list[CategoryRecord]) -> None:
        records = self.categories = tree_order(records)
        keep = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), 0)
        for c in records:
            label = "    " * c.depth + c.name + ("" if c.is_active else self.tr(" (retired)"))
            self.category_combo.addItem(label, c.id)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(keep)))
        self.category_combo.blockSignals(False)

    def _on_brands(self, records: list[BrandRecord]) -> None:
        self.brands = records
        keep = self.brand_combo.currentData()
        self.brand_combo.blockSignals(True)
        self.brand_combo.clear()
        self.brand_combo.addItem(self.tr("All brands"), 0)
        for b in records:
            self.brand_combo.addItem(b.name, b.id)
        self.brand_combo.setCurrentIndex(max(0, self.brand_combo.findData(keep)))
        self.brand_combo.blockSignals(False)

    def apply_filters(self) -> None:
        """Words go to the ranked site search; nothing, or a scanned barcode, to the list in code order."""
        self._timer.stop()
        self._reselect = set()
        self.notice_label.clear()
        text = self.search_edit.text().strip()
        category, brand, status = (self.category_combo.currentData(), self.brand_combo.currentData(),
                                   self.status_combo.currentData())
        if text and not (text.isdigit() and len(text) == 13):
            self.model.set_source("catalog.search", query=text, category_id=category, brand_id=brand,
                                  on_sale_only=status == "on_sale")
        else:
            self.model.set_source("catalog.list_skus", search=text, category_id=category, brand_id=brand,
                                  status=status)

    def _on_scan(self) -> None:
        """Enter (a scanner ends with it): filter now and select the first hit."""
        self.apply_filters()

        def select_first(_n: int) -> None:
            self.model.page_loaded.disconnect(select_first)
            if self.model.rowCount():
                self.table.selectRow(0)
                self.table.setFocus()

        self.model.page_loaded.connect(select_first)

    def selected(self) -> SkuRecord | None:
        """The SKU selected, when exactly one is."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if len(rows) == 1 else None

    def selected_records(self) -> list[SkuRecord]:
        """Every selected SKU, in the list's order."""
        return [self.model.record(i.row()) for i in sorted(self.table.selectionModel().selectedRows(),
                                                            key=lambda i: i.row())]

    def _update_buttons(self) -> None:
        writable = self.can("catalog.write")
        one = self.selected() is not None
        self.edit_button.setEnabled(writable and one)
        self.new_product_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.product_button.setEnabled(writable and one)
        self.batch_button.setEnabled(writable and one)
        self.change_button.setEnabled(writable and self.table.selectionModel().hasSelection())
        self._update_count()

    def _on_change_clicked(self) -> None:
        """Change the status, price or weight of every selected SKU at once."""
        skus = self.selected_records()
        if not skus or not self.can("catalog.write"):
            return
        if len(skus) > BULK_SKUS_MAX:
            self.notice_label.setText(self.tr("At most %1 SKUs change at once; %2 are selected.")
                                      .replace("%1", f"{BULK_SKUS_MAX:,}").replace("%2", f"{len(skus):,}"))
            return
        from client.screens.sku_bulk import BulkSkuDialog

        self.bulk_dialog = BulkSkuDialog(self.rpc, skus, self)
        self.bulk_dialog.accepted.connect(self._after_bulk_change)
        self.bulk_dialog.open()

    def _after_bulk_change(self) -> None:
        done = self.bulk_dialog.result_record
        if done is None:
            return
        parts = []
        if done.status_changed:
            parts.append(self.tr("%n now %1", "", done.status_changed)
                         .replace("%1", status_text(self.bulk_dialog.status_combo.currentData())))
        if done.price_changed:
            parts.append(self.tr("%n repriced", "", done.price_changed))
        if done.weight_changed:
            parts.append(self.tr("%n given a weight", "", done.weight_changed))
        notice = (self.tr("%n SKU(s) changed: %1.", "", done.changed)
                  .replace("%1", QLocale(current_language()).createSeparatedList(parts)))
        shown_status = self.status_combo.currentData()
        if done.status_changed and shown_status and shown_status != self.bulk_dialog.status_combo.currentData():
            notice += self.tr(" They have left this list of %1 SKUs.").replace("%1", status_text(shown_status))
        self.notice_label.setText(notice)
        self._reselect = {s.id for s in self.bulk_dialog.skus}      # the list shows them again, selected
        self.model.reload()

    def _on_edit_clicked(self) -> None:
        sku = self.selected()
        if sku is None or not self.can("catalog.write"):
            return
        self.sku_dialog = SkuDialog(self.rpc, sku, self)
        self.sku_dialog.accepted.connect(self.model.reload)
        self.sku_dialog.open()

    def open_product(self, product: ProductRecord | None) -> None:
        self.product_dialog = ProductDialog(self.rpc, self.categories, self.brands, product, self)
        self.product_dialog.accepted.connect(self._after_product)
        self.product_dialog.open()

    def _after_product(self) -> None:
        record = self.product_dialog.result_record
        if record is not None and record.sku_count == 0:
            # a new product has no SKU yet: go straight on to generating them
            from client.screens.batch import BatchDialog

            self.batch_dialog = BatchDialog(self.rpc, record.id, record.code, self)
            self.batch_dialog.accepted.connect(self.model.reload)
            self.batch_dialog.open()
        self.model.reload()

    def _on_product_clicked(self) -> None:
        sku = self.selected()
        if sku is not None:
            self.rpc.call("catalog.get_product", lambda w: self.open_product(ProductRecord.from_wire(w)),
                          lambda e: show_error(self, e), product_id=sku.product_id)

    def _on_import_clicked(self) -> None:
        from client.screens.catalog_import import ImportDialog

        self.import_dialog = ImportDialog(self.rpc, self)
        self.import_dialog.accepted.connect(self._after_import)
        self.import_dialog.open()

    def _after_import(self) -> None:
        report = self.import_dialog.imported
        if report is not None:
            self.notice_label.setText(self.tr("Imported: %1 new SKU(s), %2 changed.")
                                      .replace("%1", str(report.creates)).replace("%2", str(report.updates)))
        self.model.reload()

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export SKUs"), "skus.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> ProgressDialog:
        """Every SKU of the current filter, in the import's columns (so a changed file can go back in)."""
        writer = RowWriter(target)
        writer.write([SKU_IMPORT_COLUMNS + SKU_IMPORT_IGNORED])
        path, filters = self.model.path, self.model.filters     # what the list shows (a search: its best 1,000)
        state = {"cursor": "", "rows": 0}
        dialog = ProgressDialog(self.tr("Export"), self.tr("Writing %1").replace("%1", target.name), self)

        def step(done, failed):  # type: ignore[no-untyped-def]
            def on_page(wire: tuple) -> None:
                page = Page.from_wire(wire)
                writer.write((s.code, s.product_code, "", "", "", s.variant, s.list_price, s.cost, s.barcode,
                              s.weight_g, s.status, s.name, s.category_name, s.brand_name)
                             for s in page.records(SkuRecord))
                state["rows"] += len(page.rows)
                state["cursor"] = page.next_cursor
                done(state["rows"], 0, not page.next_cursor)

            self.rpc.call(path, on_page, failed, **filters, cursor=state["cursor"], page_size=500)

        def finish(ok: bool) -> None:
            writer.close()
            if dialog.error is not None:
                show_error(self, dialog.error)
            self.notice_label.setText(self.tr("Exported %n SKU(s) to %1.", "", state["rows"]).replace("%1", str(target))
                                      if ok else self.tr("Export stopped after %n SKU(s).", "", state["rows"]))

        dialog.completed.connect(finish)
        dialog.run(step)
        return dialog

    def _on_batch_clicked(self) -> None:
        from client.screens.batch import BatchDialog

        sku = self.selected()
        if sku is None:
            return
        self.batch_dialog = BatchDialog(self.rpc, sku.product_id, sku.product_code, self)
        self.batch_dialog.accepted.connect(self.model.reload)
        self.batch_dialog.open()
