"""The warehouse terminal: keyboard- and scanner-only screens in large type for receiving, putaway, picking,
packing, counting, putting back what a cancelled request left in packing, and moving stock between bins. Every
step is one prompt and one field; a scan (or typing) ends with Enter. F2 receive, F3 put away, F4 pick, F6 pack,
F7 count, F8 put back, F9 transfer, F10 finishes the document, F11 counts one scan per unit, Esc starts the mode
over. The terminal takes the whole window (the navigation stays on the View menu).

The scan field keeps the keyboard throughout: it is never disabled while the middle tier answers (a scan made
meanwhile waits its turn), and every answer gives it the keyboard back. The terminal only collects scans; the
middle tier checks each of them (wrong item, wrong bin, too many) and answers with what to do next."""
from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.catalog import load_all
from client.screens.warehouse import carrier_name
from client.widgets.grid import fill_table
from middle_tier.contract import DomainError, LoginResult, Page
from middle_tier.contract.wms import (
    CARRIERS,
    CountTaskRecord,
    LocationRecord,
    PackStatus,
    PickListRecord,
    PutawaySuggestion,
    PutBackRecord,
    ReceiptRecord,
    ShipmentRecord,
    StockRow,
    WarehouseRecord,
)

MODES = ("receive", "putaway", "pick", "pack", "count", "put_back", "transfer")
KEYS = {"receive": "F2", "putaway": "F3", "pick": "F4", "pack": "F6", "count": "F7", "put_back": "F8",
        "transfer": "F9"}


def rid() -> str:
    return uuid.uuid4().hex


def number(text: str) -> int:
    """A typed quantity; -1 when it is not a number (the middle tier refuses it with its own message)."""
    return int(text) if text.isdigit() and len(text) <= 9 else -1


class TerminalScreen(Screen):
    """One prompt, one field, Enter: the scanner clerk's screen."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.setObjectName("terminal")
        top = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        names = {"receive": self.tr("Receive"), "putaway": self.tr("Put away"), "pick": self.tr("Pick"),
                 "pack": self.tr("Pack"), "count": self.tr("Count"), "put_back": self.tr("Put back"),
                 "transfer": self.tr("Transfer")}
        for mode in MODES:
            b = QPushButton(f"{KEYS[mode]} {names[mode]}", self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            b.setMinimumWidth(40)          # at 1024 pixels the row still fits: a button's text may be cut short
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
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("screenHint")
        for w in (self.prompt, self.entry, self.message):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.keys_label)
        self.entry.returnPressed.connect(self._enter)
        self.entry.textEdited.connect(lambda _t: setattr(self, "_typed", True))
        QShortcut(QKeySequence("F10"), self, activated=self._finish)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_unit_scan)
        QShortcut(QKeySequence("Esc"), self, activated=lambda: self.set_mode(self.mode))
        self.warehouse_combo.activated.connect(lambda _i: self.set_mode(self.mode))
        self.mode = "receive"
        self.step: Callable[[str], None] = lambda _t: None
        self.finish: Callable[[], None] | None = None
        self.state: dict = {}
        self.unit_scan = False          # counting: one scan per unit instead of a typed quantity
        self.carrier = CARRIERS[0]      # the last carrier chosen, offered first for the next parcel
        self._calls = 0                 # requests in flight
        self._queued: list[str] = []    # scans entered while the middle tier was answering
        self._generation = 0            # moves on with every mode switch: answers to an older mode are ignored
        self._typed = False             # the clerk has typed (or scanned) into the field since the last prompt
        self._show_keys()

    # ---- plumbing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def show(warehouses: list[WarehouseRecord]) -> None:
            self.warehouse_combo.clear()
            for w in warehouses:
                self.warehouse_combo.addItem(w.code, w.id)
            self.set_mode(self.mode)

        load_all(self.rpc, "wms.list_warehouses", WarehouseRecord, show, self.fail)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.entry.setFocus)      # shown from the navigation: the scanner types here

    @property
    def warehouse_id(self) -> int:
        return self.warehouse_combo.currentData() or 0

    def ask(self, prompt: str, step: Callable[[str], None], default: str = "") -> None:
        self.prompt.setText(prompt)
        self.step = step
        self._typed = False
        self.entry.setText(default)
        self.entry.selectAll()
        self.entry.setFocus()

    def ok(self, text: str) -> None:
        self._tell("ok", text)

    def warn(self, text: str) -> None:
        """A scan the screen cannot use (not a number, not on the list shown): say so and keep the keyboard."""
        self._tell("error", text)
        self.entry.setFocus()

    def fail(self, err: DomainError) -> None:
        self._tell("error", err.message)
        self.entry.selectAll()
        self.entry.setFocus()

    def _tell(self, tone: str, text: str) -> None:
        self.message.setProperty("tone", tone)
        self.message.setText(text)
        self.message.style().polish(self.message)

    @property
    def busy(self) -> bool:
        """The middle tier has not answered every scan sent yet."""
        return self._calls > 0

    def call(self, path: str, on_ok: Callable, *, again: Callable[[DomainError], None] | None = None,
             **kwargs: object) -> None:
        """Send the scans; on an error show it, after `again(err)` has asked what comes next (by default the same
        prompt once more). The scan field stays enabled and keeps the keyboard."""
        self._calls += 1
        generation = self._generation

        def answered(handle: Callable[[], None]) -> None:
            self._calls -= 1
            typing = self.entry.text() if self._typed and self._calls == 0 else ""   # a scan under way meanwhile
            if generation == self._generation:
                handle()
            if typing:
                self.entry.setText(typing)
                self._typed = True
            self.entry.setFocus()
            self._run_queued()

        def failed(err: DomainError) -> None:
            def handle() -> None:
                self._queued.clear()          # scans made meanwhile answered a question that no longer stands
                if again is not None:
                    again(err)
                self.fail(err)

            answered(handle)

        self.rpc.call(path, lambda value: answered(lambda: on_ok(value)), failed, **kwargs)

    def _enter(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        self._typed = False
        if self._calls:
            self._queued.append(text)         # answered in turn, once the middle tier has answered
            return
        self.step(text)

    def _run_queued(self) -> None:
        while self._calls == 0 and self._queued:
            self.step(self._queued.pop(0))

    def _finish(self) -> None:
        if self.finish is not None and not self._calls:
            self.finish()

    def show_rows(self, headings: list[str], rows: list[tuple], highlight: int = -1, stretch: int = 1) -> None:
        """Fill the table; column `stretch` (a name) takes the width the others leave, so that every column shows
        on a 1024-pixel screen (a long name is cut short with an ellipsis)."""
        numeric = {c for c, h in enumerate(headings) if rows and all(isinstance(r[c], int) for r in rows)}
        fill_table(self.table, rows, headings=headings, numeric=numeric, bold_row=highlight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(not 0 <= stretch < len(headings))
        for c in range(len(headings)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self._generation += 1
        self._queued.clear()
        self.state, self.finish = {}, None
        self._tell("", "")
        self.show_rows([], [])
        self._show_keys()
        getattr(self, f"start_{mode}")()
        self.entry.setFocus()

    def _show_keys(self) -> None:
        keys = self.tr("Enter: confirm   F10: finish   Esc: start over")
        if self.mode == "count":
            keys += "   " + (self.tr("F11: type quantities") if self.unit_scan else self.tr("F11: one scan per unit"))
        self.keys_label.setText(keys)

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
        self.state.update(qty=number(text), lot="", expiry="")
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
            recv = [r for r in Page.from_wire(locations).records(LocationRecord) if r.kind == "receiving"]
            if recv:
                self.call("wms.list_stock", self._show_waiting, location_id=recv[0].id, page_size=500)

        self.ask(self.tr("Scan an item waiting at receiving"), self._putaway_item)
        self.call("wms.list_locations", show, warehouse_id=self.warehouse_id)

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
        qty = number(text)

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
                         else "", t.doc_ref) for t in pl.tasks], pl.tasks.index(task) if task else -1, stretch=3)
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
        qty = number(text)

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
            self._ask_carrier()
        else:
            self.ask(self.tr("%1 — scan each item into the parcel").replace("%1", status.doc_ref), self._pack_item)

    def _pack_item(self, text: str) -> None:
        doc_type, ref = self.state["doc"]
        self.call("wms.pack_scan", lambda w: self._show_pack(PackStatus.from_wire(w)), doc_type=doc_type, doc_ref=ref,
                  barcode=text, qty=1, request_id=rid())

    def _ask_carrier(self) -> None:
        """The configured carriers by name, numbered: the clerk types a number (Enter: the last one used)."""
        last = CARRIERS.index(self.carrier) if self.carrier in CARRIERS else 0
        self.show_rows([self.tr("#"), self.tr("Carrier")],
                       [(n, carrier_name(code)) for n, code in enumerate(CARRIERS, start=1)], last)
        self.ask(self.tr("Carrier: type its number (Enter = %1)").replace("%1", carrier_name(CARRIERS[last])),
                 self._pack_carrier, str(last + 1))

    def _pack_carrier(self, text: str) -> None:
        choice = number(text)
        code = CARRIERS[choice - 1] if 1 <= choice <= len(CARRIERS) else text.lower()
        if code not in CARRIERS:
            self.warn(self.tr("Type the number of a carrier in the list, 1 to %1.").replace("%1", str(len(CARRIERS))))
            self._ask_carrier()
            return
        self.state["carrier"] = self.carrier = code
        self.ok(self.tr("Carrier: %1").replace("%1", carrier_name(code)))
        self.ask(self.tr("Scan the tracking number"), self._pack_tracking)

    def _pack_tracking(self, text: str) -> None:
        self.state["tracking"] = text
        self.ask(self.tr("Weight in grams"), self._pack_weight, str(self.state["status"].weight_g or ""))

    def _pack_weight(self, text: str) -> None:
        doc_type, ref = self.state["doc"]

        def done(w: tuple) -> None:
            sh = ShipmentRecord.from_wire(w)
            self.start_pack()
            self.ok(self.tr("Shipped as %1 (%2 %3).").replace("%1", sh.number).replace("%2", carrier_name(sh.carrier))
                    .replace("%3", sh.tracking_no))

        def again(err: DomainError) -> None:
            if err.field == "tracking_no":
                self.ask(self.tr("Scan the tracking number"), self._pack_tracking)
            elif err.field == "weight_g":
                self.ask(self.tr("Weight in grams"), self._pack_weight, str(self.state["status"].weight_g or ""))
            else:
                self._ask_carrier()

        self.call("wms.ship_parcel", done, again=again, doc_type=doc_type, doc_ref=ref,
                  carrier=self.state["carrier"], tracking_no=self.state["tracking"], weight_g=number(text),
                  request_id=rid())

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
        self._ask_count_item()

    def _ask_count_item(self) -> None:
        where = self.state["task"].location_code
        self.ask((self.tr("%1: scan every unit, one scan each (F10 when the bin is done)") if self.unit_scan
                  else self.tr("%1: scan an item, then type how many (F10 when the bin is done)")).replace("%1", where),
                 self._count_item)

    def _count_item(self, text: str) -> None:
        if not text:
            self._ask_count_item()
        elif self.unit_scan:
            self._tally(text, 1)
            self._ask_count_item()
        else:
            self.state["item"] = text
            self.ask(self.tr("How many of %1 are in the bin? Type the number").replace("%1", text), self._count_qty)

    def _count_qty(self, text: str) -> None:
        qty = number(text)
        if qty < 0:
            self.warn(self.tr("Type how many, as a number (F11 counts one scan per unit)."))
            self.ask(self.prompt.text(), self._count_qty)
            return
        self._tally(self.state["item"], qty)
        self._ask_count_item()

    def _tally(self, item: str, qty: int) -> None:
        tally = self.state["tally"]
        tally[item] = tally.get(item, 0) + qty
        self.show_rows([self.tr("Scanned"), self.tr("Units")], sorted(tally.items()), stretch=0)
        self.ok(self.tr("%1: %2 counted").replace("%1", item).replace("%2", str(tally[item])))

    def toggle_unit_scan(self) -> None:
        """F11: count one scan per unit, or type the quantity after each item (a pending item counts once)."""
        self.unit_scan = not self.unit_scan
        self._show_keys()
        if self.mode != "count" or "tally" not in self.state or self.finish is None:
            return
        if self.step == self._count_qty:           # the item was scanned: that scan is one unit
            self._tally(self.state["item"], 1)
        self._ask_count_item()

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

    # ---- putting back what a cancelled request left in packing ---------------------------------------------
    def start_put_back(self) -> None:
        self.ask(self.tr("Scan an item waiting in packing to put it back"), self._put_back_item)
        self.call("wms.list_put_backs", self._show_put_backs, warehouse_id=self.warehouse_id, state="open",
                  page_size=500)

    def _show_put_backs(self, wire: tuple) -> None:
        tasks = Page.from_wire(wire).records(PutBackRecord)
        self.state["put_backs"] = tasks
        self.show_rows([self.tr("SKU"), self.tr("Name"), self.tr("Lot"), self.tr("Waiting"), self.tr("Came from"),
                        self.tr("Request")],
                       [(t.sku_code, t.sku_name, t.lot_code, t.qty - t.put_qty, t.suggested_code, t.doc_ref)
                        for t in tasks])
        if not tasks and not self.message.text():
            self.ok(self.tr("Nothing waits in packing to be put back."))

    def _put_back_item(self, text: str) -> None:
        tasks = [t for t in self.state.get("put_backs", []) if text and text.upper() in (t.sku_code, t.barcode)]
        if not tasks:
            self.warn(self.tr("%1 is not on the put-back list.").replace("%1", text))
            self.ask(self.tr("Scan an item waiting in packing to put it back"), self._put_back_item)
            return
        came = next((t.suggested_code for t in tasks if t.suggested_code), "")
        self.state.update(item=text, waiting=sum(t.qty - t.put_qty for t in tasks))
        self.ask(self.tr("Scan the bin for %1 (it came from %2)").replace("%1", tasks[0].sku_code)
                 .replace("%2", came or "—"), self._put_back_bin)

    def _put_back_bin(self, text: str) -> None:
        self.state["bin"] = text
        self.ask(self.tr("Quantity into %1").replace("%1", text.upper()), self._put_back_qty,
                 str(self.state["waiting"]))

    def _put_back_qty(self, text: str) -> None:
        qty = number(text)

        def done(_w: tuple) -> None:
            self.start_put_back()
            self.ok(self.tr("Put back %1 x %2 into %3").replace("%1", str(qty)).replace("%2", self.state["item"])
                    .replace("%3", self.state["bin"].upper()))

        self.call("wms.put_back", done,
                  again=lambda _err: self.ask(self.tr("Scan an item waiting in packing to put it back"),
                                              self._put_back_item),
                  warehouse_id=self.warehouse_id, barcode=self.state["item"], location_code=self.state["bin"],
                  qty=qty, request_id=rid())

    # ---- moving stock between bins -------------------------------------------------------------------------
    def start_transfer(self) -> None:
        self.ask(self.tr("Scan the bin to take stock from"), self._transfer_from)

    def _transfer_from(self, text: str) -> None:
        def show(wire: tuple) -> None:
            rows = Page.from_wire(wire).records(StockRow)
            self.state.update(source=text, held=rows)
            self.show_rows([self.tr("SKU"), self.tr("Name"), self.tr("Lot"), self.tr("Quantity")],
                           [(r.sku_code, r.sku_name, r.lot_code, r.qty) for r in rows])
            self.ask(self.tr("Scan the item to move from %1").replace("%1", text.upper()), self._transfer_item)

        self.call("wms.list_stock", show, again=lambda _err: self.start_transfer(), warehouse_id=self.warehouse_id,
                  location_code=text, page_size=500)

    def _transfer_item(self, text: str) -> None:
        held = sum(r.qty for r in self.state["held"] if r.sku_code == text.upper())
        self.state["item"] = text
        self.ask(self.tr("Quantity to move (Enter = %1)").replace("%1", str(held or 1)), self._transfer_qty,
                 str(held or 1))

    def _transfer_qty(self, text: str) -> None:
        self.state["qty"] = number(text)
        self.ask(self.tr("Scan the bin to put %1 x %2 in").replace("%1", text).replace("%2", self.state["item"]),
                 self._transfer_to)

    def _transfer_to(self, text: str) -> None:
        source, item, qty = self.state["source"], self.state["item"], self.state["qty"]

        def done(_moves: tuple) -> None:
            self.start_transfer()
            self.ok(self.tr("Moved %1 x %2 from %3 to %4").replace("%1", str(qty)).replace("%2", item)
                    .replace("%3", source.upper()).replace("%4", text.upper()))

        def again(err: DomainError) -> None:
            if err.field == "to_location_code":
                self.ask(self.tr("Scan the bin to put %1 x %2 in").replace("%1", str(qty)).replace("%2", item),
                         self._transfer_to)
            elif err.field == "qty":
                self._transfer_item(item)
            elif err.field in ("barcode", "lot_code"):
                self.ask(self.tr("Scan the item to move from %1").replace("%1", source.upper()), self._transfer_item)
            else:
                self.start_transfer()

        self.call("wms.transfer_scan", done, again=again, warehouse_id=self.warehouse_id, from_location_code=source,
                  barcode=item, qty=qty, to_location_code=text, request_id=rid())
