"""Import SKUs from a CSV or XLSX file: check every row first, import only a file without problems."""
from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.server_messages import translated
from client.widgets.errors import show_error
from client.widgets.tabular import read_rows
from middle_tier.contract import DomainError
from middle_tier.contract.catalog import SKU_IMPORT_COLUMNS, ImportReport


class ImportDialog(QDialog):
    """Choose a file, see what it would do and every problem with its line and column, then import."""

    def __init__(self, rpc: RpcClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.rows: tuple[tuple[str, ...], ...] = ()
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self.progress: QProgressDialog | None = None
        self._request_id = uuid.uuid4().hex
        self.setWindowTitle(self.tr("Import SKUs"))
        self.resize(760, 520)
        intro = QLabel(self.tr("Columns: %1. New SKUs need product_code and list_price (and, for a new product, "
                               "product_name and category_code); existing SKUs are found by sku_code and updated. "
                               "Nothing is imported unless every row is right.").replace(
            "%1", ", ".join(SKU_IMPORT_COLUMNS)), self)
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        bar.addWidget(self.file_label, 1)
        bar.addWidget(self.choose_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.issues_table = QTableWidget(0, 3, self)
        self.issues_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.issues_table.verticalHeader().hide()
        self.issues_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_table, 1)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self._on_choose_clicked)

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import SKUs"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file and ask the middle tier to check it."""
        self.import_button.setEnabled(False)
        try:
            self.rows = read_rows(path)
        except (OSError, UnicodeDecodeError, ValueError, KeyError) as e:
            self.summary.setText(self.tr("The file cannot be read: %1").replace("%1", str(e)))
            return
        self.file_label.setText(str(path))
        self.summary.setText(self.tr("Checking %n row(s)…", "", max(0, len(self.rows) - 1)))
        self.rpc.call("catalog.check_sku_import", self._on_checked, self._on_error, rows=self.rows)

    def _on_checked(self, wire: tuple) -> None:
        self.report = ImportReport.from_wire(wire)
        r = self.report
        self.issues_table.setRowCount(len(r.issues))
        for i, issue in enumerate(r.issues):
            for j, text in enumerate((str(issue.row), issue.column,
                                      translated(issue.message, issue.template, issue.params))):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.issues_table.setItem(i, j, item)
        what = self.tr("%n row(s): ", "", r.rows) + self.tr("%1 new SKU(s), %2 changed, %3 new product(s).") \
            .replace("%1", str(r.creates)).replace("%2", str(r.updates)).replace("%3", str(r.new_products))
        if r.issues:
            self.summary.setText(what + " " + self.tr("%n problem(s): fix the file and choose it again.", "",
                                                      len(r.issues)))
        else:
            self.summary.setText(what + " " + self.tr("No problems found."))
        self.import_button.setEnabled(not r.issues and r.rows > 0)

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Importing in one transaction…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.rpc.call("catalog.import_skus", self._on_imported, self._on_error, rows=self.rows,
                      request_id=self._request_id)

    def _on_imported(self, wire: tuple) -> None:
        if self.progress is not None:
            self.progress.close()
        self.imported = ImportReport.from_wire(wire)
        self.accept()

    def _on_error(self, err: DomainError) -> None:
        if self.progress is not None:
            self.progress.close()
        self.summary.setText(err.message)
        show_error(self, err)
