"""The operation log: filters, a lazily paged list, before/after of the selected entry, CSV export."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.server_messages import label
from client.widgets.errors import show_error
from client.widgets.paged_model import Column, PagedTableModel, record_table
from client.widgets.progress import ProgressDialog
from middle_tier.contract import PAGE_SIZE_MAX, LoginResult, Page, VerbInfo
from middle_tier.contract.system import AUDIT_EVENTS, AUDIT_FIELDS, AUDIT_RECORDS, AuditRecord

STATE_FIELDS = frozenset({"state", "status"})   # their values are state names: translated as the middle tier's labels


def _fill(combo: QComboBox, names: dict[str, str]) -> None:
    """Offer names (in the user's language, sorted) for codes; what was typed stays."""
    typed = combo.currentText()
    combo.clear()
    for code, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
        combo.addItem(name, code)
        combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(-1)
    combo.setEditText(typed)


def _code(combo: QComboBox) -> str:
    """The code of the name chosen or typed, else what was typed (a code, or the beginning of codes: "system.")."""
    text = combo.currentText().strip()
    i = combo.findText(text)
    return str(combo.itemData(i)) if text and i >= 0 else text


class AuditScreen(Screen):
    """Who did what, when, to which record; filter by user, action, record and dates. Actions, records and fields
    show in the user's language (the verb catalogue's labels and the contract's names of log entries); the stored
    codes stay in the detail line, the tooltips and the CSV export."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.verb_names = {n.code: label(n.label) for n in AUDIT_EVENTS}
        self.record_names = {n.code: label(n.label) for n in AUDIT_RECORDS}
        self.field_names = {n.code: label(n.label) for n in AUDIT_FIELDS}
        self._catalogue_loaded = False
        self.add_title(self.tr("Operation log"), self.tr("Every change made through Emporium, newest first."))
        grid = QGridLayout()
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(self.tr("user name"))
        self.verb_combo = QComboBox(self)      # an action by name, or a code's beginning typed ("system.")
        self.verb_combo.setEditable(True)
        self.verb_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.verb_combo.lineEdit().setPlaceholderText(self.tr("any action"))
        self.verb_combo.setToolTip(self.tr("Pick an action, or type the beginning of its code (system.)"))
        self.verb_combo.setMinimumWidth(200)
        self.type_combo = QComboBox(self)      # a kind of record by name, or its code typed
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_combo.lineEdit().setPlaceholderText(self.tr("any record"))
        _fill(self.type_combo, self.record_names)
        self.id_edit = QLineEdit(self)
        self.id_edit.setPlaceholderText(self.tr("record id"))
        today = QDate.currentDate()
        self.from_check, self.to_check = QCheckBox(self.tr("From"), self), QCheckBox(self.tr("To"), self)
        self.from_date, self.to_date = QDateEdit(today.addDays(-7), self), QDateEdit(today, self)
        for d in (self.from_date, self.to_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.apply_button = QPushButton(self.tr("&Filter"), self)
        self.apply_button.setObjectName("primary")
        self.clear_button = QPushButton(self.tr("&Clear"), self)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        grid.addWidget(QLabel(self.tr("User")), 0, 0)
        grid.addWidget(self.user_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Action")), 0, 2)
        grid.addWidget(self.verb_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("Record")), 0, 4)
        grid.addWidget(self.type_combo, 0, 5)
        grid.addWidget(self.id_edit, 0, 6)
        grid.addWidget(self.from_check, 1, 0)
        grid.addWidget(self.from_date, 1, 1)
        grid.addWidget(self.to_check, 1, 2)
        grid.addWidget(self.to_date, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.apply_button, self.clear_button, self.export_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, 1, 4, 1, 3)
        self.layout_.addLayout(grid)

        self.model = PagedTableModel(rpc, "system.list_audit", AuditRecord, [
            Column("at", self.tr("When (UTC)"), lambda v: v.strftime("%Y-%m-%d %H:%M:%S")),
            Column("username", self.tr("User")),
            Column("verb", self.tr("Action"), self.verb_name),
            Column("record_type", self.tr("Record"), lambda v: self.record_names.get(v, v)),
            Column("records", self.tr("Id(s)")),
            Column("client_addr", self.tr("Client address")),
        ], page_size=PAGE_SIZE_MAX, parent=self)
        self.table = record_table(self.model, (150, 110, 210, 90, 120), self)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        self.detail_label = QLabel(self.tr("Select an entry to see what changed."), detail)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_table = QTableWidget(0, 3, detail)
        self.changes_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.changes_table.verticalHeader().hide()
        self.changes_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        dl.addWidget(self.detail_label)
        dl.addWidget(self.changes_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.layout_.addWidget(self.count_label)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for edit in (self.user_edit, self.verb_combo.lineEdit(), self.type_combo.lineEdit(), self.id_edit):
            edit.returnPressed.connect(self.refresh)
        self.verb_combo.activated.connect(lambda _i: self.refresh())
        self.type_combo.activated.connect(lambda _i: self.refresh())
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur.row()))
        self.model.page_loaded.connect(lambda n: self.count_label.setText(
            self.tr("%n entries shown", "", n)
            + ("" if not self.model.canFetchMore() else self.tr(" — scroll for more"))))
        self.model.failed.connect(lambda err: show_error(self, err))

    def filters(self) -> dict[str, str]:
        return {
            "username": self.user_edit.text().strip(),
            "verb": _code(self.verb_combo),
            "record_type": _code(self.type_combo),
            "record_id": self.id_edit.text().strip(),
            "date_from": self.from_date.date().toString("yyyy-MM-dd") if self.from_check.isChecked() else "",
            "date_to": self.to_date.date().toString("yyyy-MM-dd") if self.to_check.isChecked() else "",
        }

    def verb_name(self, code: str) -> str:
        return self.verb_names.get(code, code)

    def _on_catalogue(self, wire: tuple) -> None:
        for info in (VerbInfo.from_wire(w) for w in wire):
            if info.label:
                self.verb_names[info.name] = label(info.label)
        _fill(self.verb_combo, self.verb_names)
        self._catalogue_loaded = True
        self.refresh()

    def refresh(self) -> None:
        if not self._catalogue_loaded:     # the actions' names first, once
            self.rpc.call("session.verb_catalogue", self._on_catalogue, lambda err: show_error(self, err))
            return
        self.changes_table.setRowCount(0)
        self.detail_label.setText(self.tr("Select an entry to see what changed."))
        self.model.set_filters(**self.filters())

    def _on_clear_clicked(self) -> None:
        for edit in (self.user_edit, self.verb_combo.lineEdit(), self.type_combo.lineEdit(), self.id_edit):
            edit.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.refresh()

    def _show_detail(self, row: int) -> None:
        if row < 0:
            return
        rec = self.model.record(row)
        action = self.verb_name(rec.verb)
        self.detail_label.setText(self.tr("#%1 — %2 by %3 at %4 from %5; records: %6%7")
                                  .replace("%1", str(rec.id))
                                  .replace("%2", action if action == rec.verb else f"{action} ({rec.verb})")
                                  .replace("%3", rec.username)
                                  .replace("%4", rec.at.strftime("%Y-%m-%d %H:%M:%S"))
                                  .replace("%5", rec.client_addr or "—").replace("%6", rec.records or "—")
                                  .replace("%7", self.tr("; request %1").replace("%1", rec.request_id)
                                            if rec.request_id else ""))
        changes = json.loads(rec.changes) if rec.changes else {}
        self.changes_table.setRowCount(len(changes))
        for i, (field, (before, after)) in enumerate(changes.items()):
            values = (before, after)
            if field in STATE_FIELDS:
                values = tuple(label(v) if isinstance(v, str) else v for v in values)
            for j, text in enumerate((self.field_names.get(field, field), *(self._short(v) for v in values))):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setToolTip(field)
                self.changes_table.setItem(i, j, item)

    def _short(self, value: object) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, (list, tuple)):
            return ", ".join(self._short(v) for v in value) or "—"
        return str(value)

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export operation log"), "operation-log.csv",
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> ProgressDialog:
        """Fetch every page of the current filter and write it as CSV, with progress and cancel."""
        handle = target.open("w", newline="", encoding="utf-8-sig")
        writer = csv.writer(handle)
        writer.writerow(AuditRecord.columns())
        state = {"cursor": "", "rows": 0}
        filters = self.filters()
        dialog = ProgressDialog(self.tr("Export"), self.tr("Writing %1").replace("%1", target.name), self)

        def step(done, failed):  # type: ignore[no-untyped-def]
            def on_page(wire: tuple) -> None:
                page = Page.from_wire(wire)
                writer.writerows(page.rows)
                state["rows"] += len(page.rows)
                state["cursor"] = page.next_cursor
                done(state["rows"], 0, not page.next_cursor)

            self.rpc.call("system.list_audit", on_page, failed, **filters, cursor=state["cursor"],
                          page_size=PAGE_SIZE_MAX)

        def finish(ok: bool) -> None:
            handle.close()
            if dialog.error is not None:
                show_error(self, dialog.error)
            self.count_label.setText(self.tr("Exported %n entries to %1.", "", state["rows"]).replace("%1", str(target))
                                     if ok else self.tr("Export stopped after %n entries.", "", state["rows"]))

        dialog.completed.connect(finish)
        dialog.run(step)
        return dialog
