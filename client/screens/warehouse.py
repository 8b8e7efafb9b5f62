"""The warehouse supervisor's desk: stock of a SKU by warehouse and bin with its change log, outbound requests
and waves (print the pick list, the delivery note), cycle counts to start, review and approve, and the
administrator's self-check of the ledger."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.documents import print_document
from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.catalog import load_all
from client.sku_lookup import find_sku
from client.widgets.errors import show_error
from client.widgets.grid import fill_table, read_only_table
from client.widgets.paged_model import Column, PagedTableModel, record_table
from middle_tier.contract import LoginResult
from middle_tier.contract.wms import (
    CARRIER_NAMES,
    CARRIERS,
    COUNT_STATES,
    COUNT_TASK,
    PUT_BACK,
    CountTaskRecord,
    DriftRecord,
    MoveRecord,
    PickListRecord,
    PutBackRecord,
    ShipmentRecord,
    SkuStock,
    StockLevelRow,
    StockReservationRecord,
    WarehouseRecord,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _at(value) -> str:  # type: ignore[no-untyped-def]
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def count_state_text(state: str) -> str:
    t = QCoreApplication.translate
    return {"open": t("warehouse", "to count"), "counted": t("warehouse", "to review"),
            "approved": t("warehouse", "approved"), "cancelled": t("warehouse", "cancelled")}.get(state, state)


def reason_text(reason: str) -> str:
    t = QCoreApplication.translate
    return {"receipt": t("warehouse", "receipt"), "transfer": t("warehouse", "transfer"),
            "putaway": t("warehouse", "putaway"), "pick": t("warehouse", "pick"), "ship": t("warehouse", "ship"),
            "adjust": t("warehouse", "adjustment"), "return": t("warehouse", "return"),
            "put_back": t("warehouse", "put back")}.get(reason, reason)


def place_text(code: str) -> str:
    """A location code; the virtual locations (the migration's SUPPLIER, CUSTOMER, LOSS, GAIN) in words."""
    t = QCoreApplication.translate
    return {"SUPPLIER": t("warehouse", "supplier"), "CUSTOMER": t("warehouse", "customer"),
            "LOSS": t("warehouse", "inventory loss"), "GAIN": t("warehouse", "inventory gain")}.get(code, code)


def carrier_name(code: str) -> str:
    """A carrier's name in the user's language (the contract's CARRIER_NAMES, context 'server'), by its code."""
    if code not in CARRIERS:
        return code
    return QCoreApplication.translate("server", CARRIER_NAMES[CARRIERS.index(code)])


def put_back_state_text(state: str) -> str:
    t = QCoreApplication.translate
    return {"open": t("warehouse", "waiting in packing"), "done": t("warehouse", "put back"),
            "written_off": t("warehouse", "written off")}.get(state, state)


def doc_type_text(doc_type: str) -> str:
    t = QCoreApplication.translate
    return {"order": t("warehouse", "order"), "return_po": t("warehouse", "return to supplier"),
            "transfer": t("warehouse", "transfer"), "manual": t("warehouse", "manual")}.get(doc_type, doc_type)


class WarehouseScreen(Screen):
    """Stock, outbound waves, counts and the self-check on four tabs."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Warehouse"),
                       self.tr("Stock of the warehouse with low stock against the reorder points, a SKU's bins and "
                               "change log, outbound requests and waves, cycle counts to review, and the self-check "
                               "that recomputes every balance from the ledger."))
        self.last_document = ""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Warehouse"), self))
        self.warehouse_combo = QComboBox(self)
        self.warehouse_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.warehouse_combo)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._stock_tab(), self.tr("&Stock"))
        self.tabs.addTab(self._outbound_tab(), self.tr("&Outbound and waves"))
        self.tabs.addTab(self._counts_tab(), self.tr("&Counts"))
        self.tabs.addTab(self._check_tab(), self.tr("Self-chec&k"))
        self.tabs.addTab(self._put_backs_tab(), self.tr("&Put-backs"))
        self.layout_.addWidget(self.tabs, 1)
        self.warehouse_combo.currentIndexChanged.connect(lambda _i: self.reload_lists())

    @property
    def warehouse_id(self) -> int:
        return self.warehouse_combo.currentData() or 0

    def refresh(self) -> None:
        def show(warehouses: list[WarehouseRecord]) -> None:
            current = self.warehouse_id
            self.warehouse_combo.blockSignals(True)
            self.warehouse_combo.clear()
            for w in warehouses:
                self.warehouse_combo.addItem(f"{w.code} — {w.name}", w.id)
            if current:
                self.warehouse_combo.setCurrentIndex(max(self.warehouse_combo.findData(current), 0))
            self.warehouse_combo.blockSignals(False)
            self.reload_lists()

        load_all(self.rpc, "wms.list_warehouses", WarehouseRecord, show, lambda e: show_error(self, e))

    def reload_lists(self) -> None:
        self.reload_levels()
        self.reservations.set_filters(state="open", warehouse_id=self.warehouse_id)
        self.pick_lists.set_filters(warehouse_id=self.warehouse_id)
        self.shipments.set_filters(warehouse_id=self.warehouse_id)
        self.counts.set_filters(warehouse_id=self.warehouse_id, state=self.count_state.currentData())
        self.put_backs.set_filters(warehouse_id=self.warehouse_id, state=self.put_back_state.currentData())

    # ---- stock ---------------------------------------------------------------------------------------
    def _stock_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.sku_edit = QLineEdit(tab)
        self.sku_edit.setPlaceholderText(self.tr("Code, barcode or name; a scan (Enter) shows its bins"))
        self.sku_edit.setClearButtonEnabled(True)
        bar.addWidget(self.sku_edit, 1)
        self.low_check = QCheckBox(self.tr("&Low stock only"), tab)
        self.low_check.setToolTip(self.tr("Available at or below the reorder point of purchasing's reorder rule"))
        self.in_stock_check = QCheckBox(self.tr("&In stock only"), tab)
        bar.addWidget(self.low_check)
        bar.addWidget(self.in_stock_check)
        box.addLayout(bar)
        self.levels = PagedTableModel(self.rpc, "wms.list_stock_levels", StockLevelRow, [
            Column("sku_code", self.tr("SKU")), Column("sku_name", self.tr("Name")),
            Column("on_hand", self.tr("On hand"), str, RIGHT), Column("reserved", self.tr("Reserved"), str, RIGHT),
            Column("available", self.tr("Available"), str, RIGHT),
            Column("reorder_point", self.tr("Reorder point"), str, RIGHT),
            Column("low", self.tr("Low"), lambda low: self.tr("low") if low else "", Qt.AlignmentFlag.AlignCenter),
        ], page_size=200, parent=self)
        self.levels_table = record_table(self.levels, (130, 250, 64, 64, 64, 90), tab)
        self.levels_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.levels_table.horizontalHeader().setStretchLastSection(False)
        self.levels_table.setColumnWidth(6, 60)
        detail = QHBoxLayout()
        self.stock_label = QLabel(self.tr("Choose a SKU in the list, or scan one, to see its bins and moves."), tab)
        self.stock_label.setObjectName("screenHint")
        self.stock_label.setWordWrap(True)
        detail.addWidget(self.stock_label, 1)
        detail.addWidget(QLabel(self.tr("Removal"), tab))
        self.removal_combo = QComboBox(tab)
        self.removal_combo.addItem(self.tr("FIFO: oldest receipt first"), "fifo")
        self.removal_combo.addItem(self.tr("FEFO: first expiring first (lot and expiry at receipt)"), "fefo")
        self.removal_combo.setEnabled(False)
        self.removal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.removal_combo.setMinimumContentsLength(24)
        detail.addWidget(self.removal_combo)
        self.bins_table = read_only_table(tab, [self.tr("Warehouse"), self.tr("Bin"), self.tr("Lot"),
                                                self.tr("Expires"), self.tr("Owner (consignment)"),
                                                self.tr("Quantity")], (90, 90, 150, 90, 140))
        self.moves = PagedTableModel(self.rpc, "wms.list_moves", MoveRecord, [
            Column("at", self.tr("When"), _at), Column("qty", self.tr("Qty"), str, RIGHT),
            Column("from_code", self.tr("From"), place_text), Column("to_code", self.tr("To"), place_text),
            Column("lot_code", self.tr("Lot")), Column("reason", self.tr("Reason"), reason_text),
            Column("doc_ref", self.tr("Document")), Column("username", self.tr("By")),
        ], page_size=200, parent=self)
        self.moves_table = record_table(self.moves, (116, 44, 76, 76, 110, 64, 130), tab)
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(detail)
        split_lower = QSplitter(Qt.Orientation.Vertical, lower)
        split_lower.addWidget(self.bins_table)
        split_lower.addWidget(self.moves_table)
        lower_box.addWidget(split_lower, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.levels_table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 320])
        box.addWidget(splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self.sku_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.reload_levels)
        self.sku_edit.returnPressed.connect(self.look_up)
        self.low_check.toggled.connect(lambda _on: self.reload_levels())
        self.in_stock_check.toggled.connect(lambda _on: self.reload_levels())
        self.levels_table.selectionModel().selectionChanged.connect(lambda *_: self._on_level_selected())
        self.removal_combo.activated.connect(lambda _i: self.set_removal())
        self.stock: SkuStock | None = None
        self.moves.failed.connect(lambda err: show_error(self, err))
        self.levels.failed.connect(lambda err: show_error(self, err))
        return tab

    def reload_levels(self) -> None:
        """The stock list of the warehouse chosen, by the filters of the bar."""
        self._search_timer.stop()
        if self.warehouse_id:
            self.levels.set_filters(warehouse_id=self.warehouse_id, search=self.sku_edit.text().strip(),
                                    low_only=self.low_check.isChecked(), in_stock_only=self.in_stock_check.isChecked())

    def _on_level_selected(self) -> None:
        rows = self.levels_table.selectionModel().selectedRows()
        if rows:
            self.show_sku(self.levels.record(rows[0].row()).sku_id)

    def show_sku(self, sku_id: int) -> None:
        """A SKU's bins in every warehouse, how it is removed, and its change log."""
        self.rpc.call("wms.sku_stock", lambda w: self.show_stock(SkuStock.from_wire(w)),
                      lambda e: show_error(self, e), sku_id=sku_id)
        self.moves.set_filters(sku_id=sku_id)

    def look_up(self) -> None:
        """Enter (a scanner ends with it): the list narrows to the scan, and the scanned SKU's bins show."""
        text = self.sku_edit.text().strip()
        self.reload_levels()
        if not text:
            return
        find_sku(self.rpc, text, lambda sku: self.show_sku(sku.id),
                 lambda: self.stock_label.setText(self.tr("No SKU with code or barcode %1.").replace("%1", text)),
                 lambda e: show_error(self, e))

    def set_removal(self) -> None:
        if self.stock is not None and self.removal_combo.currentData() != self.stock.removal:
            self.rpc.call("wms.set_removal", lambda w: self.show_stock(SkuStock.from_wire(w)),
                          lambda e: (show_error(self, e), self.show_stock(self.stock)), sku_id=self.stock.sku_id,
                          removal=self.removal_combo.currentData())

    def show_stock(self, stock: SkuStock) -> None:
        self.stock = stock
        self.removal_combo.setCurrentIndex(self.removal_combo.findData(stock.removal))
        self.removal_combo.setEnabled(self.can("wms.adjust"))
        self.stock_label.setText(self.tr("%1: on hand %2, reserved %3, available %4").replace("%1", stock.sku_code)
                                 .replace("%2", str(stock.on_hand)).replace("%3", str(stock.reserved))
                                 .replace("%4", str(stock.available)))
        fill_table(self.bins_table, [(b.warehouse_code, b.location_code, b.lot_code,
                                      b.expires_on.isoformat() if b.expires_on else "", b.owner_code, b.qty)
                                     for b in stock.bins], numeric=(5,))

    # ---- outbound --------------------------------------------------------------------------------------
    def _outbound_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.wave_size = QSpinBox(tab)
        self.wave_size.setRange(1, 200)
        self.wave_size.setValue(20)
        self.wave_button = QPushButton(self.tr("Create &wave"), tab)
        self.print_list_button = QPushButton(self.tr("Print &pick list…"), tab)
        self.print_note_button = QPushButton(self.tr("Print &delivery note…"), tab)
        bar.addWidget(QLabel(self.tr("Requests per wave"), tab))
        bar.addWidget(self.wave_size)
        for w in (self.wave_button, self.print_list_button, self.print_note_button):
            bar.addWidget(w)
        bar.addStretch(1)
        box.addLayout(bar)
        self.wave_label = QLabel(tab)
        self.wave_label.setObjectName("screenHint")
        box.addWidget(self.wave_label)
        self.reservations = PagedTableModel(self.rpc, "wms.list_reservations", StockReservationRecord, [
            Column("doc_type", self.tr("Type"), doc_type_text), Column("doc_ref", self.tr("Request")),
            Column("sku_code", self.tr("SKU")), Column("qty", self.tr("Qty"), str, RIGHT),
            Column("created_at", self.tr("Since"), _at),
        ], page_size=200, parent=self)
        self.pick_lists = PagedTableModel(self.rpc, "wms.list_pick_lists", PickListRecord, [
            Column("number", self.tr("Pick list")),
            Column("state", self.tr("State"), lambda v: self.tr("picking") if v == "open" else self.tr("picked")),
            Column("created_at", self.tr("Created"), _at), Column("created_by", self.tr("By")),
            Column("done_at", self.tr("Picked"), _at),
        ], page_size=100, parent=self)
        self.shipments = PagedTableModel(self.rpc, "wms.list_shipments", ShipmentRecord, [
            Column("number", self.tr("Shipment")), Column("doc_ref", self.tr("Request")),
            Column("carrier", self.tr("Carrier"), carrier_name), Column("tracking_no", self.tr("Tracking")),
            Column("weight_g", self.tr("Weight (g)"), str, RIGHT), Column("shipped_at", self.tr("Shipped"), _at),
        ], page_size=100, parent=self)
        self.reservations_table = record_table(self.reservations, (56, 136, 140, 40), tab)
        self.pick_lists_table = record_table(self.pick_lists, (150, 70, 130, 80), tab)
        self.shipments_table = record_table(self.shipments, (150, 150, 60, 130, 80), tab)
        right = QSplitter(Qt.Orientation.Vertical, tab)
        right.addWidget(self.pick_lists_table)
        right.addWidget(self.shipments_table)
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(self.reservations_table)
        split.addWidget(right)
        split.setSizes([440, 540])
        box.addWidget(split, 1)
        writable = self.can("wms.operate")
        self.wave_button.setEnabled(writable)
        self.wave_button.clicked.connect(self.create_wave)
        self.print_list_button.clicked.connect(lambda: self._print_selected(self.pick_lists_table, self.pick_lists,
                                                                            "pick_list"))
        self.print_note_button.clicked.connect(lambda: self._print_selected(self.shipments_table, self.shipments,
                                                                            "delivery_note"))
        for model in (self.reservations, self.pick_lists, self.shipments):
            model.failed.connect(lambda err: show_error(self, err))
        return tab

    def create_wave(self) -> None:
        def done(wire: tuple) -> None:
            pl = PickListRecord.from_wire(wire)
            self.wave_label.setText(self.tr("Wave %1: %2 request(s), %3 task(s) along the pick path.")
                                    .replace("%1", pl.number).replace("%2", str(len(pl.requests)))
                                    .replace("%3", str(len(pl.tasks))))
            self.reload_lists()

        self.rpc.call("wms.create_wave", done, lambda e: show_error(self, e), warehouse_id=self.warehouse_id,
                      max_requests=self.wave_size.value(), request_id=uuid.uuid4().hex)

    def _print_selected(self, table, model, kind: str) -> None:  # type: ignore[no-untyped-def]
        rows = table.selectionModel().selectedRows()
        if rows:
            print_document(self, self.rpc, "wms.document", kind, model.record(rows[0].row()).number)

    # ---- counts -----------------------------------------------------------------------------------------
    def _counts_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.count_state = QComboBox(tab)
        for s in COUNT_STATES:
            self.count_state.addItem(count_state_text(s), s)
        self.count_state.setCurrentIndex(1)             # what waits for review
        self.zone_edit = QLineEdit(tab)
        self.zone_edit.setPlaceholderText(self.tr("Zone (e.g. A)"))
        self.zone_edit.setMaximumWidth(120)
        self.create_counts_button = QPushButton(self.tr("Count &zone"), tab)
        self.approve_button = QPushButton(self.tr("&Approve variance"), tab)
        self.recount_button = QPushButton(self.tr("&Recount"), tab)
        bar.addWidget(self.count_state)
        bar.addWidget(self.zone_edit)
        for w in (self.create_counts_button, self.approve_button, self.recount_button):
            bar.addWidget(w)
        bar.addStretch(1)
        box.addLayout(bar)
        self.counts = PagedTableModel(self.rpc, "wms.list_counts", CountTaskRecord, [
            Column("number", self.tr("Count")), Column("location_code", self.tr("Bin")),
            Column("state", self.tr("State"), count_state_text), Column("reason", self.tr("Reason")),
            Column("counted_at", self.tr("Counted"), _at), Column("counted_by", self.tr("By")),
        ], page_size=200, parent=self)
        self.counts_table = record_table(self.counts, (150, 80, 90, 110, 130), tab)
        self.review_label = QLabel(tab)
        self.review_label.setWordWrap(True)
        self.review_table = read_only_table(tab, [self.tr("SKU"), self.tr("Name"), self.tr("Held"),
                                                  self.tr("Counted"), self.tr("Variance")], (150, 280, 70, 70))
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(self.counts_table)
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.review_label)
        lower_box.addWidget(self.review_table, 1)
        split.addWidget(lower)
        box.addWidget(split, 1)
        self.reviewed: CountTaskRecord | None = None
        self.count_state.currentIndexChanged.connect(lambda _i: self.reload_lists())
        self.counts_table.selectionModel().selectionChanged.connect(lambda *_: self.review_selected())
        self.create_counts_button.clicked.connect(self.create_counts)
        self.approve_button.clicked.connect(lambda: self._decide("wms.approve_count", with_request=True))
        self.recount_button.clicked.connect(lambda: self._decide("wms.recount"))
        self.counts.failed.connect(lambda err: show_error(self, err))
        self._update_count_buttons()
        return tab

    def create_counts(self) -> None:
        def done(numbers: tuple) -> None:
            self.review_label.setText(self.tr("%1 count task(s) for the terminal.").replace("%1", str(len(numbers))))
            self.count_state.setCurrentIndex(0)
            self.reload_lists()

        self.rpc.call("wms.create_counts", done, lambda e: show_error(self, e), warehouse_id=self.warehouse_id,
                      zone=self.zone_edit.text(), request_id=uuid.uuid4().hex)

    def review_selected(self) -> None:
        rows = self.counts_table.selectionModel().selectedRows()
        if not rows or not self.can("wms.adjust"):
            self.show_review(None)
            return
        self.rpc.call("wms.review_count", lambda w: self.show_review(CountTaskRecord.from_wire(w)),
                      lambda e: show_error(self, e), number=self.counts.record(rows[0].row()).number)

    def show_review(self, task: CountTaskRecord | None) -> None:
        self.reviewed = task
        if task is None:
            self.review_label.clear()
            self.review_table.setRowCount(0)
        else:
            text = self.tr("%1 at %2: %3").replace("%1", task.number).replace("%2", task.location_code) \
                .replace("%3", count_state_text(task.state))
            if task.moved_since_start:
                text += "  —  " + self.tr("stock moved in this bin after the count began: recount it")
            self.review_label.setText(text)
            self.review_label.setObjectName("formBanner" if task.moved_since_start else "screenHint")
            self.review_label.style().polish(self.review_label)
            fill_table(self.review_table, [(ln.sku_code, ln.sku_name, ln.expected, ln.counted, f"{ln.variance:+d}")
                                           for ln in task.lines], numeric=(2, 3, 4))
        self._update_count_buttons()

    def _update_count_buttons(self) -> None:
        task, adjust = self.reviewed, self.can("wms.adjust")
        self.create_counts_button.setEnabled(adjust)
        self.approve_button.setEnabled(adjust and task is not None and COUNT_TASK.can(task.state, "approved")
                                       and not task.moved_since_start)
        self.recount_button.setEnabled(adjust and task is not None and COUNT_TASK.can(task.state, "open"))

    def _decide(self, path: str, *, with_request: bool = False) -> None:
        if self.reviewed is None:
            return
        extra = {"request_id": uuid.uuid4().hex} if with_request else {}

        def done(wire: tuple) -> None:
            self.show_review(CountTaskRecord.from_wire(wire))
            self.counts.reload()

        self.rpc.call(path, done, lambda e: show_error(self, e), number=self.reviewed.number, **extra)

    # ---- put-backs ----------------------------------------------------------------------------------------
    def _put_backs_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.put_back_state = QComboBox(tab)
        for s in PUT_BACK.states:
            self.put_back_state.addItem(put_back_state_text(s), s)
        self.write_off_button = QPushButton(self.tr("&Write off what cannot be found…"), tab)
        bar.addWidget(self.put_back_state)
        bar.addWidget(self.write_off_button)
        bar.addStretch(1)
        box.addLayout(bar)
        hint = QLabel(self.tr("What was picked for a request that was then cancelled waits in packing, held, until a "
                              "clerk puts it back into a bin at the terminal (F8). What cannot be found is written "
                              "off to inventory loss."), tab)
        hint.setObjectName("screenHint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.put_backs = PagedTableModel(self.rpc, "wms.list_put_backs", PutBackRecord, [
            Column("number", self.tr("Put-back")), Column("doc_ref", self.tr("Request")),
            Column("sku_code", self.tr("SKU")), Column("sku_name", self.tr("Name")), Column("lot_code", self.tr("Lot")),
            Column("qty", self.tr("Units picked"), str, RIGHT), Column("put_qty", self.tr("Put back"), str, RIGHT),
            Column("state", self.tr("State"), put_back_state_text),
        ], page_size=200, parent=self)
        self.put_backs_table = record_table(self.put_backs, (130, 110, 110, 120, 70, 84, 60, 90), tab)
        self.put_backs_table.horizontalHeader().setStretchLastSection(False)
        self.put_backs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.put_backs_table, 1)
        self.put_back_state.currentIndexChanged.connect(lambda _i: self.reload_lists())
        self.put_backs_table.selectionModel().selectionChanged.connect(lambda *_: self._update_put_back_buttons())
        self.put_backs.modelReset.connect(self._update_put_back_buttons)
        self.write_off_button.clicked.connect(self.write_off)
        self.put_backs.failed.connect(lambda err: show_error(self, err))
        self._update_put_back_buttons()
        return tab

    def _selected_put_back(self) -> PutBackRecord | None:
        rows = self.put_backs_table.selectionModel().selectedRows()
        return self.put_backs.record(rows[0].row()) if rows else None

    def _update_put_back_buttons(self) -> None:
        chosen = self._selected_put_back()
        self.write_off_button.setEnabled(self.can("wms.adjust") and chosen is not None
                                         and PUT_BACK.can(chosen.state, "written_off"))

    def write_off(self) -> None:
        chosen = self._selected_put_back()
        if chosen is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Write off"), self.tr(
            "%1 x %2 of %3 cannot be found in packing. Why?").replace("%1", str(chosen.qty - chosen.put_qty))
            .replace("%2", chosen.sku_code).replace("%3", chosen.number))
        if ok:
            self.rpc.call("wms.write_off_put_back", lambda _w: self.put_backs.reload(), lambda e: show_error(self, e),
                          number=chosen.number, note=note, request_id=uuid.uuid4().hex)

    # ---- self-check ---------------------------------------------------------------------------------------
    def _check_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Run the self-check"), tab)
        bar.addWidget(self.check_button)
        bar.addStretch(1)
        box.addLayout(bar)
        self.check_label = QLabel(self.tr("Recomputes every bin balance from the moves, every warehouse's on hand "
                                          "from the bins, and what is reserved from the open requests."), tab)
        self.check_label.setWordWrap(True)
        box.addWidget(self.check_label)
        self.check_table = read_only_table(tab, [self.tr("Check"), self.tr("Where"), self.tr("Kept"),
                                                 self.tr("From the ledger")], (90, 360, 80))
        box.addWidget(self.check_table, 1)
        self.check_button.setEnabled(self.can("wms.adjust"))
        self.check_button.clicked.connect(self.run_check)
        return tab

    def run_check(self) -> None:
        def done(rows: tuple) -> None:
            drift = [DriftRecord.from_wire(r) for r in rows]
            self.check_label.setText(self.tr("No drift: the kept balances agree with the ledger.") if not drift else
                                     self.tr("%1 difference(s) found.").replace("%1", str(len(drift))))
            self.check_label.setObjectName("screenHint" if not drift else "formBanner")
            self.check_label.style().polish(self.check_label)
            fill_table(self.check_table, [(d.check, d.where, d.kept, d.derived) for d in drift], numeric=(2, 3))

        self.rpc.call("wms.self_check", done, lambda e: show_error(self, e))
