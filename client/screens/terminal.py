"""The warehouse terminal: keyboard- and scanner-only screens in large type for receiving, putaway, picking,
packing and counting. Every step is one prompt and one field; a scan (or typing) ends with Enter. F2 receive,
F3 put away, F4 pick, F6 pack, F7 count, F10 finishes the document, Esc starts the mode over.

The terminal only collects scans; the middle tier checks each of them (wrong item, wrong bin, too many) and
answers with what to do next."""
from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.catalog import load_all
from client.widgets.grid import fill_table
from middle_tier.contract import DomainError, LoginResult, Page
from middle_tier.contract.wms import (
    CountTaskRecord,
    PackStatus,
    PickListRecord,
    PutawaySuggestion,
    ReceiptRecord,
    ShipmentRecord,
    StockRow,
    WarehouseRecord,
)

MODES = ("receive", "putaway", "pick", "pack", "count")
KEYS = {"receive": "F2", "putaway": "F3", "pick": "F4", "pack": "F6", "count": "F7"}


def rid() -> str:
    return uuid.uuid4().hex


class TerminalScreen(Screen):
    """One prompt, one field, Enter: the scanner clerk's screen."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.setObjectName("terminal")
        top = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        names = {"receive": self.tr("Receive"), "putaway": self.tr("Put away"), "pick": self.tr("Pick"),
                 "pack": self.tr("Pack"), "count": self.tr("Count")}
        for mode in MODES:
            b = QPushButton(f"{KEYS[mode]} {names[mode]}", self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(b)
            self.mode_buttons[mode] = b
            top.addWidget(b)
            QShortcut(QKeySequence(KEYS[mode]), self, activated=lambda m=mode: self.set_mode(m))
        top.addStretch(1)
        self.warehouse_combo = QComboBox(self)
        self.warehouse_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top.addWidget(self.warehouse_combo)
        self.layout_.addLayout(top)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("terminalPrompt")
        self.prompt.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("terminalEntry")
        self.message = QLabel(self)
        self.message.setObjectName("terminalMessage")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("terminalTable")
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keys_label = QLabel(self.tr("Enter: confirm   F10: finish   Esc: start over"), self)
        self.keys_label.setObjectName("screenHint")
        for w in (self.prompt, self.entry, self.message):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.keys_label)
        self.entry.returnPressed.connect(self._enter)
        QShortcut(QKeySequence("F10"), self, activated=self._finish)
        QShortcut(QKeySequence("Esc"), self, activated=lambda: self.set_mode(self.mode))
        self.mode = "receive"
        self.step: Callable[[str], None] = lambda _t: None
        self.finish: Callable[[], None] | None = None
        self.state: dict = {}

    # ---- plumbing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def show(warehouses: list[WarehouseRecord]) -> None:
            self.warehouse_combo.clear()
            for w in warehouses:
                self.warehouse_combo.addItem(w.code, w.id)
            self.set_mode(self.mode)

        load_all(self.rpc, "wms.list_warehouses", WarehouseRecord, show, self.fail)

    @property
    def warehouse_id(self) -> int:
        return self.warehouse_combo.currentData() or 0

    def ask(self, prompt: str, step: Callable[[str], None], default: str = "") -> None:
        self.prompt.setText(prompt)
        self.step = step
        self.entry.setText(default)
        self.entry.selectAll()
        self.entry.setFocus()

    def ok(self, text: str) -> None:
        self.message.setProperty("tone", "ok")
        self.message.setText(text)
        self.message.style().polish(self.message)

    def fail(self, err: DomainError) -> None:
        self.message.setProperty("tone", "error")
        self.message.setText(err.message)
        self.message.style().polish(self.message)
        self.entry.selectAll()
        self.entry.setFocus()

    def call(self, path: str, on_ok: Callable, *, again: Callable[[DomainError], None] | None = None,
             **kwargs: object) -> None:
        """Send the scans; on an error show it, after `again(err)` has asked what comes next (by default the same
        prompt once more)."""
        self.entry.setEnabled(False)

        def done(value: object) -> None:
            self.entry.setEnabled(True)
            on_ok(value)

        def failed(err: DomainError) -> None:
            self.entry.setEnabled(True)
            if again is not None:
                again(err)
            self.fail(err)

        self.rpc.call(path, done, failed, **kwargs)

    def _enter(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        self.step(text)

    def _finish(self) -> None:
        if self.finish is not None:
            self.finish()

    def show_rows(self, headings: list[str], rows: list[tuple], highlight: int = -1) -> None:
        numeric = {c for c, h in enumerate(headings) if rows and all(isinstance(r[c], int) for r in rows)}
        fill_table(self.table, rows, headings=headings, numeric=numeric, bold_row=highlight, fit=True)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.state, self.finish = {}, None
        self.message.clear()
        self.show_rows([], [])
        getattr(self, f"start_{mode}")()

    # ---- receiving ---------------------------------------------------------------------------------------
    def start_receive(self) -> None:
        self.ask(self.tr("Scan the purchase order"), self._receive_po)

    def _receive_po(self, text: str) -> None:
        self.call("wms.start_receipt", lambda w: self._show_receipt(ReceiptRecord.from_wire(w)), po_number=text)

    def _show_receipt(self, r: ReceiptRecord) -> None:
        self.state["receipt"] = r
        counted: dict[str, int] = {}
        for ln in r.lines:
            counted[ln.sku_code] = counted.get(ln.sku_code, 0) + ln.qty
        self.show_rows([self.tr("SKU"), self.tr("Name"), self.tr("Ordered"), self.tr("Received"), self.tr("Open"),
                        self.tr("Counted now")],
                       [(ln.sku_code, ln.sku_name, ln.qty, ln.received_qty, ln.open_qty, counted.get(ln.sku_code, 0))
                        for ln in r.po_lines])
        self.finish = self._post_receipt
        self.ask(self.tr("%1 — scan an item (F10 posts the receipt)").replace("%1", r.po_number), self._receive_item)

    def _receive_item(self, text: str) -> None:
        if text:
            self.state["item"] = text
            self.ask(self.tr("Quantity of %1").replace("%1", text), self._receive_qty, "1")

    def _receive_qty(self, text: str) -> None:
        self.state.update(qty=int(text) if text.isdigit() else 0, lot="", expiry="")
        self._send_receipt_scan()

    def _send_receipt_scan(self) -> None:
        item, qty = self.state["item"], self.state["qty"]

        def done(w: tuple) -> None:
            self.ok(self.tr("Counted %1 x %2").replace("%1", str(qty)).replace("%2", item))
            self._show_receipt(ReceiptRecord.from_wire(w))

        def again(err: DomainError) -> None:
            if err.field in ("lot_code", "expires_on"):      # this item is picked by expiry: ask lot and date
                self.ask(self.tr("Lot number of %1").replace("%1", item), self._receive_lot, self.state["lot"])
            else:
                self._show_receipt(self.state["receipt"])

        self.call("wms.scan_receipt", done, again=again, receipt_id=self.state["receipt"].id, barcode=item, qty=qty,
                  lot_code=self.state["lot"], expires_on=self.state["expiry"], request_id=rid())

    def _receive_lot(self, text: str) -> None:
        self.state["lot"] = text
        self.ask(self.tr("Expiry date of lot %1 (YYYY-MM-DD)").replace("%1", text), self._receive_expiry)

    def _receive_expiry(self, text: str) -> None:
        self.state["expiry"] = text
        self._send_receipt_scan()

    def _post_receipt(self) -> None:
        r = self.state.get("receipt")
        if r is None:
            return

        def done(w: tuple) -> None:
            posted = ReceiptRecord.from_wire(w)
            self.ok(self.tr("Receipt %1 posted: the goods wait at receiving for putaway.").replace("%1", posted.number))
            self.state.clear()
            self.finish = None
            self.show_rows([], [])
            self.ask(self.tr("Scan the purchase order"), self._receive_po)

        self.call("wms.post_receipt", done, receipt_id=r.id, request_id=rid())

    # ---- putaway -----------------------------------------------------------------------------------------
    def start_putaway(self) -> None:
        def show(locations: tuple) -> None:
            recv = [r for r in Page.from_wire(locations).rows if r[4] == "receiving"]
            if not recv:
                return
            self.call("wms.list_stock", self._show_waiting, location_id=recv[0][0], page_size=500)

        self.rpc.call("wms.list_locations", show, self.fail, warehouse_id=self.warehouse_id)
        self.ask(self.tr("Scan an item waiting at receiving"), self._putaway_item)

    def _show_waiting(self, wire: tuple) -> None:
        rows = Page.from_wire(wire).records(StockRow)
        self.state["waiting"] = rows
        self.show_rows([self.tr("SKU"), self.tr("Name"), self.tr("Lot"), self.tr("Waiting")],
                       [(r.sku_code, r.sku_name, r.lot_code, r.qty) for r in rows])

    def _putaway_item(self, text: str) -> None:
        rows = [r for r in self.state.get("waiting", []) if text.upper() == r.sku_code]
        self.state["item"] = text
        if rows:
            waiting = sum(r.qty for r in rows)

            def show(suggested: tuple) -> None:
                bins = [PutawaySuggestion.from_wire(s) for s in suggested]
                self.ok(self.tr("Put it in: %1").replace("%1", ", ".join(b.location_code for b in bins) or "—"))

            self.call("wms.suggest_putaway", show, warehouse_id=self.warehouse_id, sku_id=rows[0].sku_id, qty=waiting)
            self.state["waiting_qty"] = waiting
        self.ask(self.tr("Scan the bin for %1").replace("%1", text), self._putaway_bin)

    def _putaway_bin(self, text: str) -> None:
        self.state["bin"] = text
        self.ask(self.tr("Quantity into %1").replace("%1", text), self._putaway_qty,
                 str(self.state.get("waiting_qty", 1)))

    def _putaway_qty(self, text: str) -> None:
        qty = int(text) if text.isdigit() else 0

        def done(_moves: tuple) -> None:
            self.ok(self.tr("Put away %1 x %2 into %3").replace("%1", str(qty)).replace("%2", self.state["item"])
                    .replace("%3", self.state["bin"].upper()))
            self.start_putaway()

        self.call("wms.putaway", done, again=lambda _err: self.ask(self.tr("Scan an item waiting at receiving"),
                                                               self._putaway_item),
                  warehouse_id=self.warehouse_id, barcode=self.state["item"],
                  location_code=self.state["bin"], qty=qty, request_id=rid())

    # ---- picking -----------------------------------------------------------------------------------------
    def start_pick(self) -> None:
        self.ask(self.tr("Scan the pick list"), self._pick_list)

    def _pick_list(self, text: str) -> None:
        self.call("wms.get_pick_list", lambda w: self._next_task(PickListRecord.from_wire(w)), number=text)

    def _next_task(self, pl: PickListRecord) -> None:
        self.state["list"] = pl
        open_tasks = [t for t in pl.tasks if t.state == "open"]
        task = open_tasks[0] if open_tasks else None
        self.show_rows([self.tr("#"), self.tr("Bin"), self.tr("SKU"), self.tr("Name"), self.tr("Qty"),
                        self.tr("Picked"), self.tr("Request")],
                       [(t.seq, t.location_code, t.sku_code, t.sku_name, t.qty, t.picked_qty if t.state != "open"
                         else "", t.doc_ref) for t in pl.tasks], pl.tasks.index(task) if task else -1)
        if task is None:
            self.ok(self.tr("Pick list %1 is done: take it to packing.").replace("%1", pl.number))
            self.ask(self.tr("Scan the pick list"), self._pick_list)
            return
        self.state["task"] = task
        self.ask(self.tr("Go to %1 and scan the bin").replace("%1", task.location_code), self._pick_bin)

    def _pick_bin(self, text: str) -> None:
        self.state["bin"] = text
        task = self.state["task"]
        self.ask(self.tr("Take %1 x %2 — scan the item").replace("%1", str(task.qty)).replace("%2", task.sku_code),
                 self._pick_item)

    def _pick_item(self, text: str) -> None:
        self.state["item"] = text
        task = self.state["task"]
        self.ask(self.tr("Quantity taken (Enter = %1; less is a short pick)").replace("%1", str(task.qty)),
                 self._pick_qty, str(task.qty))

    def _pick_qty(self, text: str) -> None:
        task = self.state["task"]
        qty = int(text) if text.isdigit() else -1

        def done(w: tuple) -> None:
            self.ok(self.tr("Picked %1 x %2").replace("%1", str(qty)).replace("%2", task.sku_code))
            self._next_task(PickListRecord.from_wire(w))

        self.call("wms.confirm_pick", done,
                  again=lambda _err: self.ask(self.tr("Go to %1 and scan the bin").replace("%1", task.location_code),
                                              self._pick_bin),
                  task_id=task.id, location_code=self.state["bin"], barcode=self.state["item"], qty=qty,
                  request_id=rid())

    # ---- packing -----------------------------------------------------------------------------------------
    def start_pack(self) -> None:
        self.ask(self.tr("Scan the order or return on the pick list"), self._pack_request)

    @staticmethod
    def _doc(ref: str) -> tuple[str, str]:
        return ("return_po" if ref.upper().startswith("RT-") else "order"), ref

    def _pack_request(self, text: str) -> None:
        doc_type, ref = self._doc(text)
        self.state["doc"] = (doc_type, ref)
        self.call("wms.pack_status", lambda w: self._show_pack(PackStatus.from_wire(w)), doc_type=doc_type,
                  doc_ref=ref)

    def _show_pack(self, status: PackStatus) -> None:
        self.state["status"] = status
        self.show_rows([self.tr("SKU"), self.tr("Name"), self.tr("Reserved"), self.tr("Picked"), self.tr("In parcel")],
                       [(ln.sku_code, ln.sku_name, ln.reserved, ln.picked, ln.packed) for ln in status.lines])
        if status.complete:
            self.ok(self.tr("Every item is in the parcel."))
            self.ask(self.tr("Carrier (sf, zto, yto, sto, yunda, jd, ems, own)"), self._pack_carrier, "sf")
        else:
            self.ask(self.tr("%1 — scan each item into the parcel").replace("%1", status.doc_ref), self._pack_item)

    def _pack_item(self, text: str) -> None:
        doc_type, ref = self.state["doc"]
        self.call("wms.pack_scan", lambda w: self._show_pack(PackStatus.from_wire(w)), doc_type=doc_type, doc_ref=ref,
                  barcode=text, qty=1, request_id=rid())

    def _pack_carrier(self, text: str) -> None:
        self.state["carrier"] = text.lower()
        self.ask(self.tr("Scan the tracking number"), self._pack_tracking)

    def _pack_tracking(self, text: str) -> None:
        self.state["tracking"] = text
        self.ask(self.tr("Weight in grams"), self._pack_weight, str(self.state["status"].weight_g or ""))

    def _pack_weight(self, text: str) -> None:
        doc_type, ref = self.state["doc"]

        def done(w: tuple) -> None:
            sh = ShipmentRecord.from_wire(w)
            self.ok(self.tr("Shipped as %1 (%2 %3).").replace("%1", sh.number).replace("%2", sh.carrier)
                    .replace("%3", sh.tracking_no))
            self.start_pack()

        self.call("wms.ship_parcel", done,
                  again=lambda _err: self.ask(self.tr("Carrier (sf, zto, yto, sto, yunda, jd, ems, own)"),
                                              self._pack_carrier, "sf"),
                  doc_type=doc_type, doc_ref=ref, carrier=self.state["carrier"], tracking_no=self.state["tracking"],
                  weight_g=int(text) if text.isdigit() else 0, request_id=rid())

    # ---- counting ----------------------------------------------------------------------------------------
    def start_count(self) -> None:
        self.ask(self.tr("Scan the count task"), self._count_task)

    def _count_task(self, text: str) -> None:
        def show(w: tuple) -> None:
            task = CountTaskRecord.from_wire(w)
            self.state.update(task=task, tally={})
            self.ask(self.tr("Go to %1 and scan the bin").replace("%1", task.location_code), self._count_bin)

        self.call("wms.get_count", show, number=text)

    def _count_bin(self, text: str) -> None:
        self.state["bin"] = text
        self.finish = self._count_done
        self.ask(self.tr("Scan every item in the bin, one scan per unit (F10 when the bin is done)"),
                 self._count_item)

    def _count_item(self, text: str) -> None:
        if not text:
            return
        tally = self.state["tally"]
        tally[text] = tally.get(text, 0) + 1
        self.show_rows([self.tr("Scanned"), self.tr("Units")], sorted(tally.items()))
        self.ask(self.tr("Scan every item in the bin, one scan per unit (F10 when the bin is done)"),
                 self._count_item)

    def _count_done(self) -> None:
        task = self.state["task"]

        def done(_w: tuple) -> None:
            self.ok(self.tr("Count %1 recorded; a supervisor reviews it.").replace("%1", task.number))
            self.finish = None
            self.show_rows([], [])
            self.start_count()

        self.call("wms.record_count", done, again=lambda _err: self.ask(self.tr("Go to %1 and scan the bin").replace(
            "%1", task.location_code), self._count_bin), number=task.number, location_code=self.state["bin"],
                  lines=tuple(sorted(self.state["tally"].items())), request_id=rid())
