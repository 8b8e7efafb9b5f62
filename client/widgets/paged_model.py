"""A table model over a paged list verb: pages are fetched lazily as the view scrolls."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from client.rpc import RpcClient
from middle_tier.contract import DomainError, Page

RecordRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()   # the invalid index, a table's rows' parent: the default of the parent arguments below


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    format: Callable[[Any], str] = str
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PagedTableModel(QAbstractTableModel):
    """Rows of `record_type` from `path` (a list verb with cursor/page_size); filters are its other arguments."""

    loading_changed = Signal(bool)
    failed = Signal(object)          # DomainError
    page_loaded = Signal(int)        # rows now held

    def __init__(self, rpc: RpcClient, path: str, record_type: type, columns: list[Column], *,
                 page_size: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self._rpc = rpc
        self._path = path
        self._type = record_type
        self._columns = columns
        self._page_size = page_size
        self._filters: dict[str, Any] = {}
        self._rows: list[Any] = []
        self._cursor = ""
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._started = False

    # -- filters and reload -----------------------------------------------------------------
    def set_filters(self, **filters: Any) -> None:
        self._filters = dict(filters)
        self.reload()

    def set_source(self, path: str, **filters: Any) -> None:
        """Another list verb with the same record type (e.g. a ranked search instead of the plain list)."""
        self._path = path
        self.set_filters(**filters)

    @property
    def path(self) -> str:
        return self._path

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = ""
        self._has_more = True
        self._loading = False
        self._started = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    @property
    def loading(self) -> bool:
        return self._loading

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(rec, col.field)
            return "" if value is None else col.format(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == RecordRole:
            return rec
        return None

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and self._started and self._has_more and not self._loading

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        generation = self._generation
        self._rpc.call(self._path, lambda page: self._on_page(generation, page),
                       lambda err: self._on_error(generation, err),
                       **self._filters, cursor=self._cursor, page_size=self._page_size)

    def _on_page(self, generation: int, wire: tuple) -> None:
        if generation != self._generation:
            return          # a reply for filters that have changed since
        page = Page.from_wire(wire)
        records = page.records(self._type)
        if records:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(records) - 1)
            self._rows.extend(records)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._has_more = bool(page.next_cursor)
        self._set_loading(False)
        self.page_loaded.emit(len(self._rows))

    def _on_error(self, generation: int, err: DomainError) -> None:
        if generation != self._generation:
            return
        self._has_more = False
        self._set_loading(False)
        self.failed.emit(err)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


def record_table(model: QAbstractTableModel, widths: tuple[int, ...] = (), parent: Any = None) -> QTableView:
    """The list view every screen uses: whole rows, one at a time, striped, compact, last column stretched."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table


def fetch_all(rpc: RpcClient, path: str, done: Callable[[list[tuple]], None],
              failed: Callable[[DomainError], None], *, page_size: int = 200, **filters: Any) -> None:
    """Every row of a short paged list (a product's pictures, a supplier's contracts), page after page, off the GUI
    thread; `done` gets the rows as they came over the wire. Lists that can grow long use PagedTableModel."""
    rows: list[tuple] = []

    def on_page(wire: tuple) -> None:
        page = Page.from_wire(wire)
        rows.extend(page.rows)
        if page.next_cursor:
            rpc.call(path, on_page, failed, **filters, cursor=page.next_cursor, page_size=page_size)
        else:
            done(rows)

    rpc.call(path, on_page, failed, **filters, page_size=page_size)
