"""What the promotion editor and the price simulator pick instead of typing codes, ids and UTC times: SKUs, products,
categories, brands and promotions found by searching, and dates and times in the company's time zone.

The lookups use the catalog's and the promotions' own list verbs (catalog.list_skus, catalog.get_product for a
product's name, catalog.list_categories, catalog.list_brands, promotions.list_promotions); what is picked travels as
the codes and ids the middle tier already takes, and times as UTC.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from middle_tier.contract import DomainError, Page
from middle_tier.contract.catalog import BrandRecord, CategoryRecord, ProductRecord, SkuRecord
from middle_tier.contract.promotions import PromotionSummary

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
LOOKUP_ROWS = 100            # rows a search shows; more: type more of the name or code
PRODUCT_NAMES = 40           # products named per search (one catalog.get_product each)
CATEGORY_PAGES = 4           # pages of 500 categories read for the category lookup


# ---- time zones -------------------------------------------------------------------------------------------

def zone(name: str) -> dt.tzinfo:
    """The company's time zone (LoginResult.timezone); UTC when the name is unknown here."""
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local_time(utc: dt.datetime | None, tz: dt.tzinfo) -> dt.datetime | None:
    """A stored (naive UTC) time as a naive time in `tz`."""
    if utc is None:
        return None
    return utc.replace(tzinfo=dt.UTC).astimezone(tz).replace(tzinfo=None)


def utc_text(local: dt.datetime, tz: dt.tzinfo) -> str:
    """A naive time in `tz` as the ISO UTC text the middle tier stores."""
    return local.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="minutes")


def wall_clock(value: dt.datetime) -> QDateTime:
    """A naive time for a date-time editor, as the wall clock it is (the machine's own zone, and its summer
    time, play no part: the editors run in UTC and the company's zone is applied by `utc_text`)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), QTimeZone.utc())


def wall_clock_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMinimumDateTime(wall_clock(dt.datetime(2000, 1, 1)))
    edit.setMinimumWidth(170)
    return edit


class DateTimeField(QWidget):
    """An optional date and time, shown and typed in the company's time zone; `utc()` is what the middle tier
    gets ('' when unset). Unset, it shows `unset_text` ("now", "no end")."""

    changed = Signal()

    def __init__(self, tz: dt.tzinfo, unset_text: str, set_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.check = QCheckBox(set_text, self)
        self.edit = wall_clock_edit(self)
        self.edit.setSpecialValueText(unset_text)
        zone_name = getattr(tz, "key", "UTC")
        self.zone_label = QLabel(zone_name, self)
        self.zone_label.setObjectName("fieldHint")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addWidget(self.zone_label)
        row.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateTimeChanged.connect(lambda _v: self.changed.emit())
        self.set_utc(None)

    def set_utc(self, utc: dt.datetime | None) -> None:
        local = local_time(utc, self.tz)
        self.check.blockSignals(True)
        self.check.setChecked(local is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(local is not None)
        self.edit.setDateTime(wall_clock(local) if local is not None else self.edit.minimumDateTime())

    def _on_check_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:        # from the start of tomorrow, a time a merchandiser usually means
            today = dt.datetime.now(self.tz).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
            self.edit.setDateTime(wall_clock(today + dt.timedelta(days=1)))
            self.edit.setFocus()
        else:
            self.edit.setDateTime(self.edit.minimumDateTime())
        self.changed.emit()

    def local(self) -> dt.datetime | None:
        if not self.check.isChecked():
            return None
        value: dt.datetime = self.edit.dateTime().toPython()   # type: ignore[assignment]
        return value.replace(tzinfo=None, second=0, microsecond=0)

    def utc(self) -> str:
        local = self.local()
        return "" if local is None else utc_text(local, self.tz)


# ---- picked things ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pick:
    kind: str        # sku | product | category | brand | promotion
    id: int
    code: str
    name: str
    detail: str = ""


def kind_label(kind: str) -> str:
    t = QCoreApplication.translate
    return {"sku": t("pickers", "SKU"), "product": t("pickers", "Product"), "category": t("pickers", "Category"),
            "brand": t("pickers", "Brand"), "promotion": t("pickers", "Promotion")}.get(kind, kind)


class PickModel(QAbstractTableModel):
    """Picks as rows: kind (optional), code, name, detail."""

    def __init__(self, *, show_kind: bool, show_detail: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Pick] = []
        t = QCoreApplication.translate
        self._columns = ([("kind", t("pickers", "Kind"))] if show_kind else []) + [
            ("code", t("pickers", "Code")), ("name", t("pickers", "Name"))] + (
            [("detail", t("pickers", "Details"))] if show_detail else [])

    def set_rows(self, rows: list[Pick]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add(self, picks: list[Pick]) -> None:
        new = [p for p in picks if (p.kind, p.id) not in {(r.kind, r.id) for r in self._rows}]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows += new
            self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rows(self) -> list[Pick]:
        return list(self._rows)

    def pick(self, row: int) -> Pick:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pick = self._rows[index.row()]
        field = self._columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return kind_label(pick.kind) if field == "kind" else getattr(pick, field)
        return None


def pick_table(model: PickModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setTabKeyNavigation(False)
    return table


# ---- looking things up ------------------------------------------------------------------------------------

Done = Callable[[list[Pick], bool], None]        # the picks found, and whether there were more than shown
Failed = Callable[[DomainError], None]


def _money(value: Any) -> str:
    return f"{value:,.2f}"


def find_skus(rpc: RpcClient, text: str, done: Done, failed: Failed) -> None:
    def on_page(wire: tuple) -> None:
        page = Page.from_wire(wire)
        done([Pick("sku", s.id, s.code, s.name, " · ".join(x for x in (s.category_name, s.brand_name,
                                                                       _money(s.list_price)) if x))
              for s in page.records(SkuRecord)], bool(page.next_cursor))

    rpc.call("catalog.list_skus", on_page, failed, search=text, page_size=LOOKUP_ROWS)


def find_products(rpc: RpcClient, text: str, done: Done, failed: Failed) -> None:
    """Products of the SKUs whose code, barcode or name holds `text`, each named by the catalog."""
    def on_page(wire: tuple) -> None:
        page = Page.from_wire(wire)
        ids: list[int] = []
        for sku in page.records(SkuRecord):
            if sku.product_id not in ids:
                ids.append(sku.product_id)
        more = bool(page.next_cursor) or len(ids) > PRODUCT_NAMES
        ids = ids[:PRODUCT_NAMES]
        named: dict[int, Pick] = {}
        if not ids:
            done([], more)

        def one(wire: tuple) -> None:
            p = ProductRecord.from_wire(wire)
            named[p.id] = Pick("product", p.id, p.code, p.name, " · ".join(
                x for x in (p.category_name, p.brand_name) if x))
            if len(named) == len(ids):
                done([named[i] for i in ids], more)

        for pid in ids:
            rpc.call("catalog.get_product", one, failed, product_id=pid)

    rpc.call("catalog.list_skus", on_page, failed, search=text, page_size=PRODUCT_NAMES * 5)


def find_categories(rpc: RpcClient, text: str, done: Done, failed: Failed) -> None:
    """Categories whose code or name holds `text`, each shown with the path above it."""
    found: list[CategoryRecord] = []
    needle = text.strip().lower()

    def on_page(wire: tuple, pages: int) -> None:
        page = Page.from_wire(wire)
        found.extend(page.records(CategoryRecord))
        if page.next_cursor and pages < CATEGORY_PAGES:
            rpc.call("catalog.list_categories", lambda w: on_page(w, pages + 1), failed, cursor=page.next_cursor,
                     page_size=500)
            return
        by_id = {c.id: c for c in found}

        def path(c: CategoryRecord) -> str:
            names = []
            parent = by_id.get(c.parent_id)
            while parent is not None and len(names) < 10:
                names.append(parent.name)
                parent = by_id.get(parent.parent_id)
            return " › ".join(reversed(names))

        hits = [c for c in found
                if c.is_active and (not needle or needle in c.code.lower() or needle in c.name.lower())]
        done([Pick("category", c.id, c.code, c.name, path(c)) for c in hits[:LOOKUP_ROWS]], len(hits) > LOOKUP_ROWS)

    rpc.call("catalog.list_categories", lambda w: on_page(w, 1), failed, page_size=500)


def find_brands(rpc: RpcClient, text: str, done: Done, failed: Failed) -> None:
    def on_page(wire: tuple) -> None:
        page = Page.from_wire(wire)
        done([Pick("brand", b.id, b.code, b.name) for b in page.records(BrandRecord)], bool(page.next_cursor))

    rpc.call("catalog.list_brands", on_page, failed, search=text, include_retired=False, page_size=LOOKUP_ROWS)


def promotion_finder(describe: Callable[[PromotionSummary], str],
                     exclude: int = 0) -> Callable[[RpcClient, str, Done, Failed], None]:
    """Promotions (not templates, not ended) by code or name, leaving out `exclude` (the one being edited)."""
    def find(rpc: RpcClient, text: str, done: Done, failed: Failed) -> None:
        def on_page(wire: tuple) -> None:
            page = Page.from_wire(wire)
            done([Pick("promotion", p.id, p.code, p.name, describe(p))
                  for p in page.records(PromotionSummary) if p.id != exclude and p.status != "ended"],
                 bool(page.next_cursor))

        rpc.call("promotions.list_promotions", on_page, failed, search=text, page_size=LOOKUP_ROWS)

    return find


SCOPE_FINDERS: dict[str, Callable[[RpcClient, str, Done, Failed], None]] = {
    "sku": find_skus, "product": find_products, "category": find_categories, "brand": find_brands}


class LookupDialog(QDialog):
    """Search and pick one or more things: type part of a code or name, pick rows (Ctrl or Shift for several),
    Enter or Add. With several kinds, a list chooses what to look for."""

    def __init__(self, rpc: RpcClient, title: str,
                 finders: list[tuple[str, str, Callable[[RpcClient, str, Done, Failed], None]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.setWindowTitle(title)
        self.resize(680, 460)
        self.finders = finders
        self.picked: list[Pick] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        for key, label, _finder in finders:
            self.kind_combo.addItem(label, key)
        self.kind_combo.setVisible(len(finders) > 1)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Part of a code or name"))
        self.search_edit.setClearButtonEnabled(True)
        look = QLabel(self.tr("&Look for"), self)
        look.setBuddy(self.kind_combo if len(finders) > 1 else self.search_edit)
        bar.addWidget(look)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.search_edit, 1)
        layout.addLayout(bar)
        self.model = PickModel(show_kind=False, show_detail=True, parent=self)
        self.table = pick_table(self.model, self)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 260)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("fieldHint")
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._connect_signals()
        self.search()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._timer.timeout.connect(self.search)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.search())
        self.table.doubleClicked.connect(lambda index: self._accept_rows([index.row()]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.buttons.accepted.connect(lambda: self._accept_rows([i.row() for i in self.table.selectionModel()
                                                                 .selectedRows()]))
        self.buttons.rejected.connect(self.reject)
        self.search_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the results."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self._to_results()
            return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        finder = self.finders[max(0, self.kind_combo.currentIndex())][2]
        self.status_label.setText(self.tr("Looking…"))
        finder(self.rpc, self.search_edit.text().strip(), lambda rows, more: self._show(generation, rows, more),
               lambda err: self._failed(generation, err))

    def _show(self, generation: int, rows: list[Pick], more: bool) -> None:
        if generation != self._generation:
            return           # an answer for what was typed before
        self.model.set_rows(rows)
        if not rows:
            self.status_label.setText(self.tr("Nothing found."))
        elif more:
            self.status_label.setText(self.tr("The first %n found; type more of the code or name to narrow them.",
                                              "", len(rows)))
        else:
            self.status_label.setText(self.tr("%n found.", "", len(rows)))

    def _failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            self.model.set_rows([])
            self.status_label.setText(err.message)

    def _to_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_search_edit_return_pressed(self) -> None:
        if self._timer.isActive():
            self.search()
        elif self.table.selectionModel().selectedRows():
            self._accept_rows([i.row() for i in self.table.selectionModel().selectedRows()])
        else:
            self._to_results()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _accept_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        self.picked = [self.model.pick(r) for r in sorted(set(rows))]
        self.accept()


class PickList(QWidget):
    """What has been picked (a promotion's scope, the promotions it combines with), with Add… and Remove;
    `empty_text` says what an empty list means."""

    changed = Signal()

    def __init__(self, rpc: RpcClient, lookup_title: str,
                 finders: list[tuple[str, str, Callable[[RpcClient, str, Done, Failed], None]]], empty_text: str, *,
                 show_kind: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.lookup_title = lookup_title
        self.finders = finders
        self.model = PickModel(show_kind=show_kind, show_detail=False, parent=self)
        self.table = pick_table(self.model, self)
        self.table.setMinimumHeight(110)
        if show_kind:
            self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(int(show_kind), 170)
        self.add_button = QPushButton(self.tr("A&dd…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("fieldHint")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.empty_label)
        self.setFocusProxy(self.add_button)
        self.add_button.clicked.connect(self.open_lookup)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) in the list takes the selected rows away."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_picks(self, picks: list[Pick]) -> None:
        self.model.set_rows(picks)
        self._update()

    def picks(self) -> list[Pick]:
        return self.model.rows()

    def add(self, picks: list[Pick]) -> None:
        self.model.add(picks)
        self._update()
        self.changed.emit()

    def open_lookup(self) -> None:
        self.lookup = LookupDialog(self.rpc, self.lookup_title, self.finders, self)
        self.lookup.accepted.connect(lambda: self.add(self.lookup.picked))
        self.lookup.open()

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if rows:
            self.model.remove_rows(rows)
            self._update()
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_label.setVisible(self.model.rowCount() == 0)
