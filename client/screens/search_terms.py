"""Site search upkeep: the query log (with the no-result list) beside the synonym groups that fix it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.widgets.errors import show_error
from client.widgets.paged_model import Column, PagedTableModel, record_table
from middle_tier.contract import DomainError, LoginResult
from middle_tier.contract.catalog import SearchLogRecord, SynonymRecord

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SearchTermsScreen(Screen):
    """Left: what shoppers and agents searched for (tick 'no results only' for the list to work on). Right: the
    synonym groups; picking a query starts a group with it."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Site search"),
                       self.tr("Queries without results point at missing words: add them to a synonym group, "
                               "and the search finds every word of the group."))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.no_results_box = QCheckBox(self.tr("&No results only"), left)
        self.no_results_box.setChecked(True)
        lv.addWidget(self.no_results_box)
        self.log_model = PagedTableModel(rpc, "catalog.list_search_log", SearchLogRecord, [
            Column("at", self.tr("When"), lambda v: v.strftime("%Y-%m-%d %H:%M")),
            Column("query", self.tr("Query")),
            Column("hits", self.tr("Hits"), str, RIGHT),
            Column("channel", self.tr("Channel")),
        ], page_size=200, parent=self)
        self.log_table = record_table(self.log_model, (130, 200, 50), left)
        lv.addWidget(self.log_table, 1)
        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        self.find_edit = QLineEdit(right)
        self.find_edit.setPlaceholderText(self.tr("Find a word in the groups"))
        self.find_edit.setClearButtonEnabled(True)
        rv.addWidget(self.find_edit)
        self.synonym_model = PagedTableModel(rpc, "catalog.list_synonyms", SynonymRecord, [
            Column("words", self.tr("Words treated as one"), lambda v: ", ".join(v)),
        ], page_size=200, parent=self)
        self.synonym_table = record_table(self.synonym_model, (), right)
        rv.addWidget(self.synonym_table, 1)
        self.words_edit = QLineEdit(right)
        self.words_edit.setPlaceholderText(self.tr("T恤, tee, t-shirt"))
        rv.addWidget(QLabel(self.tr("&Words of the group, separated by commas:"), right, buddy=self.words_edit))
        rv.addWidget(self.words_edit)
        self.error_label = QLabel(right)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        rv.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Save as &new group"), right)
        self.save_button = QPushButton(self.tr("&Save changes"), right)
        self.delete_button = QPushButton(self.tr("&Delete group"), right)
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        splitter.setSizes([480, 520])
        self.layout_.addWidget(splitter, 1)
        self.no_results_box.toggled.connect(lambda _b: self.load_log())
        self.find_edit.textChanged.connect(lambda text: self.synonym_model.set_filters(search=text))
        self.log_table.doubleClicked.connect(lambda _i: self.take_query())
        self.synonym_table.selectionModel().selectionChanged.connect(lambda *_: self._on_group_selected())
        self.new_button.clicked.connect(lambda: self.save(new=True))
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.words_edit.returnPressed.connect(lambda: self.save(new=self.selected_group() is None))
        self.delete_button.clicked.connect(self.delete)
        self.log_model.failed.connect(lambda err: show_error(self, err))
        self.synonym_model.failed.connect(lambda err: show_error(self, err))
        self._on_group_selected()

    def refresh(self) -> None:
        self.load_log()
        self.synonym_model.set_filters(search=self.find_edit.text())

    def load_log(self) -> None:
        self.log_model.set_filters(no_results_only=self.no_results_box.isChecked())

    def selected_group(self) -> SynonymRecord | None:
        rows = self.synonym_table.selectionModel().selectedRows()
        return self.synonym_model.record(rows[0].row()) if rows else None

    def _on_group_selected(self) -> None:
        group = self.selected_group()
        writable = self.can("catalog.write")
        if group is not None:
            self.words_edit.setText(", ".join(group.words))
        self.new_button.setEnabled(writable)
        self.save_button.setEnabled(writable and group is not None)
        self.delete_button.setEnabled(writable and group is not None)

    def take_query(self) -> None:
        """Start a group with the chosen query (the merchandiser adds the words it should have found)."""
        rows = self.log_table.selectionModel().selectedRows()
        if rows:
            self.synonym_table.clearSelection()
            self.words_edit.setText(self.log_model.record(rows[0].row()).query + ", ")
            self.words_edit.setFocus()

    def save(self, *, new: bool) -> None:
        group = None if new else self.selected_group()
        self.error_label.hide()
        self.rpc.call("catalog.save_synonym", self._saved, self._failed,
                      synonym_id=group.id if group else 0, version=group.version if group else 0,
                      words=self.words_edit.text())

    def delete(self) -> None:
        group = self.selected_group()
        if group is not None:
            self.rpc.call("catalog.delete_synonym", lambda _r: self._saved(None), self._failed, synonym_id=group.id,
                          version=group.version)

    def _saved(self, _wire: object) -> None:
        self.words_edit.clear()
        self.synonym_model.reload()

    def _failed(self, err: DomainError) -> None:
        self.error_label.setText(err.message)
        self.error_label.show()
