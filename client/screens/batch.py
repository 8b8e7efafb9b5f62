"""Batch SKU generation: pick attribute values and surcharges, preview every combination, create them at once."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.widgets.form import FormPanel
from client.widgets.paged_model import fetch_all
from middle_tier.contract import DomainError
from middle_tier.contract.catalog import AttributeRecord, BatchRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BatchDialog(QDialog):
    """The brief's 'key to fast new launches': every combination of the chosen values as a SKU."""

    def __init__(self, rpc: RpcClient, product_id: int, product_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc, self.product_id = rpc, product_id
        self.created = 0
        self.progress: QProgressDialog | None = None
        self._request_id = uuid.uuid4().hex
        self.setWindowTitle(self.tr("Generate SKUs for %1").replace("%1", product_code))
        self.resize(980, 640)
        self.axes_box = QGroupBox(self.tr("Attribute values (tick the ones to combine; a surcharge adds to the "
                                          "base price)"), self)
        self.axes_layout = QHBoxLayout(self.axes_box)
        self.tables: dict[str, QTableWidget] = {}
        self.form = FormPanel(self)
        self.pattern_edit = QLineEdit("{product}-{n:03}")
        self.price_edit = QLineEdit("")
        self.price_edit.setPlaceholderText("99.00")
        self.cost_edit = QLineEdit("0.00")
        self.barcode_check = QCheckBox(self.tr("Give each new SKU an in-store EAN-13 barcode (20…)"))
        self.form.add_field("code_pattern", self.tr("Code &pattern"), self.pattern_edit,
                            self.tr("{product}, an attribute code such as {colour}, {n} or {n:03} for a number"))
        self.form.add_field("base_price", self.tr("&Base price"), self.price_edit)
        self.form.add_field("cost", self.tr("C&ost"), self.cost_edit)
        self.form.add_field("internal_barcodes", "", self.barcode_check)
        self.preview_table = QTableWidget(0, 4, self)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Price"),
                                                      self.tr("Note")])
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self.tr("Preview to see every SKU before it is created."), self)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = buttons.addButton(self.tr("&Create SKUs"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setObjectName("primary")
        self.generate_button.setEnabled(False)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.axes_box, 1)
        tl.addWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.preview_table)
        splitter.setSizes([340, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.preview_button.clicked.connect(self.preview)
        for w in (self.pattern_edit, self.price_edit):
            w.textChanged.connect(lambda _t: self.generate_button.setEnabled(False))
        fetch_all(self.rpc, "catalog.list_product_attributes", self._on_attributes, self.form.show_error,
                  product_id=product_id)

    def _on_attributes(self, wire: list[tuple]) -> None:
        attrs = [AttributeRecord.from_wire(r) for r in wire]
        if not attrs:
            self.form.show_banner(self.tr("No attribute is bound to this product's category; bind colour, size "
                                          "or others to the category first."))
        for attr in attrs:
            table = QTableWidget(len(attr.values), 2, self.axes_box)
            table.setMinimumHeight(140)
            table.setHorizontalHeaderLabels([attr.name, self.tr("Surcharge")])
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for row, (code, name) in enumerate(attr.values):
                item = QTableWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                table.setItem(row, 0, item)
                surcharge = QTableWidgetItem("")
                surcharge.setTextAlignment(RIGHT)
                table.setItem(row, 1, surcharge)
            table.itemChanged.connect(lambda _i: self.generate_button.setEnabled(False))
            self.tables[attr.code] = table
            self.axes_layout.addWidget(table)
        if len(attrs) >= 1:
            self.pattern_edit.setText("{product}-" + "-".join("{" + a.code + "}" for a in attrs))

    def tick(self, attribute: str, value: str, surcharge: str = "") -> None:
        table = self.tables[attribute]
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == value:
                table.item(row, 0).setCheckState(Qt.CheckState.Checked)
                table.item(row, 1).setText(surcharge)

    def _arguments(self) -> dict:
        axes, surcharges = [], []
        for code, table in self.tables.items():
            values = []
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item.checkState() == Qt.CheckState.Checked:
                    value = item.data(Qt.ItemDataRole.UserRole)
                    values.append(value)
                    amount = table.item(row, 1).text().strip()
                    if amount:
                        surcharges.append((code, value, amount))
            if values:
                axes.append((code, tuple(values)))
        return dict(product_id=self.product_id, axes=tuple(axes), code_pattern=self.pattern_edit.text(),
                    base_price=self.price_edit.text(), surcharges=tuple(surcharges))

    def preview(self) -> None:
        self.form.clear_errors()
        self.preview_button.setEnabled(False)
        self.rpc.call("catalog.preview_sku_batch", self._on_preview, self._on_error, **self._arguments())

    def _on_preview(self, wire: tuple) -> None:
        self.preview_button.setEnabled(True)
        rows = [BatchRow.from_wire(r) for r in wire]
        self.preview_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            price = QTableWidgetItem(f"{r.list_price:,.2f}")
            price.setTextAlignment(RIGHT)
            note = self.tr("exists already: skipped") if r.exists else ""
            for j, item in enumerate((QTableWidgetItem(r.code), QTableWidgetItem(r.name), price,
                                      QTableWidgetItem(note))):
                if r.exists:
                    item.setForeground(Qt.GlobalColor.gray)
                self.preview_table.setItem(i, j, item)
        self.preview_table.resizeColumnToContents(0)
        self.preview_table.resizeColumnToContents(3)
        new = sum(not r.exists for r in rows)
        self.summary.setText(self.tr("%n new SKU(s) will be created", "", new)
                             + (self.tr("; %n exist already", "", len(rows) - new) if len(rows) > new else ""))
        self.generate_button.setEnabled(new > 0)

    def generate(self) -> None:
        self.generate_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Creating SKUs in one transaction…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.rpc.call("catalog.generate_sku_batch", self._on_generated, self._on_error, **self._arguments(),
                      cost=self.cost_edit.text(), internal_barcodes=self.barcode_check.isChecked(),
                      request_id=self._request_id)

    def _on_generated(self, count: int) -> None:
        self.progress.close()
        self.created = count
        self.accept()

    def _on_error(self, err: DomainError) -> None:
        if self.progress is not None:
            self.progress.close()
        self.preview_button.setEnabled(True)
        self.form.show_error(err)
