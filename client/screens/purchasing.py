"""Purchasing: purchase orders (and returns) with their lines and states, suppliers, and reorder suggestions that
become draft orders. Documents print as PDFs with barcodes."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.documents import print_document
from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.catalog import load_all
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.grid import fill_table, read_only_table
from client.widgets.paged_model import Column, PagedTableModel, fetch_all, record_table
from middle_tier.contract import LoginResult, Page
from middle_tier.contract.purchasing import (
    PO_LINE_CANCELLABLE,
    PO_STATES,
    PURCHASE_ORDER,
    RETURN_STATES,
    RETURN_TO_SUPPLIER,
    ContractRecord,
    InvoiceRecord,
    PoLineRecord,
    PoRecord,
    PoSummary,
    ReorderSuggestion,
    SupplierRecord,
)
from middle_tier.contract.wms import WarehouseRecord

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def state_text(state: str) -> str:
    t = QCoreApplication.translate
    return {"draft": t("purchasing", "draft"), "approved": t("purchasing", "approved"),
            "sent": t("purchasing", "sent"), "partially_received": t("purchasing", "partially received"),
            "received": t("purchasing", "received"), "closed": t("purchasing", "closed"),
            "cancelled": t("purchasing", "cancelled"), "shipped": t("purchasing", "shipped back")}.get(state, state)


class SupplierDialog(FormDialog):
    def __init__(self, rpc: RpcClient, supplier: SupplierRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Edit supplier") if supplier else self.tr("New supplier"), parent)
        self.supplier = supplier
        self.edits: dict[str, QLineEdit] = {}
        for name, label in (("code", self.tr("Code")), ("name", self.tr("Name")),
                            ("contact_name", self.tr("Contact")), ("phone", self.tr("Phone")),
                            ("email", self.tr("E-mail")), ("address", self.tr("Address")),
                            ("payment_terms", self.tr("Payment terms"))):
            self.edits[name] = self.form.add_field(name, label, QLineEdit(self))
        self.lead = self.form.add_field("lead_time_days", self.tr("Lead time (days)"), QSpinBox(self))
        self.lead.setRange(0, 365)
        self.lead.setValue(7)
        if supplier:
            for name, edit in self.edits.items():
                edit.setText(str(getattr(supplier, name)))
            self.edits["code"].setReadOnly(True)
            self.lead.setValue(supplier.lead_time_days)
        self.finish_layout()
        self.result_record: SupplierRecord | None = None

    def on_ok(self) -> None:
        fields = tuple((n, e.text()) for n, e in self.edits.items()) + (("lead_time_days", str(self.lead.value())),)

        def saved(wire: object) -> None:
            self.result_record = SupplierRecord.from_wire(wire)
            self.accept()

        if self.supplier:
            self.submit("purchasing.update_supplier", saved, supplier_id=self.supplier.id,
                        version=self.supplier.version, fields=tuple(f for f in fields if f[0] != "code"))
        else:
            self.submit("purchasing.create_supplier", saved, fields=fields)


class PoDialog(FormDialog):
    """A new order or return: supplier, warehouse, terms and the lines (SKU code or barcode, quantity, price)."""

    def __init__(self, rpc: RpcClient, suppliers: list[SupplierRecord], warehouses: list[WarehouseRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New purchase order"), parent, min_width=640)
        self.supplier_combo = self.form.add_field("supplier_id", self.tr("Supplier"), QComboBox(self))
        for s in suppliers:
            self.supplier_combo.addItem(f"{s.code} — {s.name}", s.id)
        self.warehouse_combo = self.form.add_field("warehouse_id", self.tr("Warehouse"), QComboBox(self))
        for w in warehouses:
            self.warehouse_combo.addItem(f"{w.code} — {w.name}", w.id)
        self.kind_combo = self.form.add_field("kind", self.tr("Kind"), QComboBox(self))
        self.kind_combo.addItem(self.tr("Purchase"), "purchase")
        self.kind_combo.addItem(self.tr("Return to supplier"), "return")
        self.expected_edit = self.form.add_field("expected_on", self.tr("Expected"), QLineEdit(self))
        self.expected_edit.setPlaceholderText("2026-12-31")
        self.tolerance = self.form.add_field("tolerance_pct", self.tr("Over-receipt tolerance %"), QSpinBox(self))
        self.tolerance.setRange(0, 50)
        self.note_edit = self.form.add_field("note", self.tr("Note"), QLineEdit(self))
        self.lines = QTableWidget(8, 3, self)
        self.lines.setHorizontalHeaderLabels([self.tr("SKU code or barcode"), self.tr("Qty"),
                                              self.tr("Price (blank: contract)")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(0, 260)
        self.form.add_field("lines", self.tr("Lines"), self.lines)
        self.finish_layout()
        self.result_record: PoRecord | None = None

    def line_values(self) -> tuple:
        out = []
        for row in range(self.lines.rowCount()):
            cells = [self.lines.item(row, c).text().strip() if self.lines.item(row, c) else "" for c in range(3)]
            if cells[0]:
                qty = int(cells[1]) if cells[1].isdigit() else 0
                out.append((cells[0], qty, cells[2], ""))
        return tuple(out)

    def on_ok(self) -> None:
        def saved(wire: object) -> None:
            self.result_record = PoRecord.from_wire(wire)
            self.accept()

        self.submit("purchasing.create_po", saved, supplier_id=self.supplier_combo.currentData() or 0,
                    warehouse_id=self.warehouse_combo.currentData() or 0, lines=self.line_values(),
                    kind=self.kind_combo.currentData(), expected_on=self.expected_edit.text(),
                    tolerance_pct=self.tolerance.value(), note=self.note_edit.text(), request_id=uuid.uuid4().hex)


class InvoiceDialog(FormDialog):
    """Record a supplier invoice against an order: lines start from what was received and not invoiced yet; the
    middle tier matches them against received quantities and ordered prices."""

    def __init__(self, rpc: RpcClient, po: PoRecord, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Supplier invoice for %1").replace("%1", po.number), parent, min_width=620)
        self.po = po
        self.number_edit = self.form.add_field("number", self.tr("Invoice number"), QLineEdit(self))
        self.date_edit = self.form.add_field("invoice_date", self.tr("Invoice date"), QLineEdit(self))
        self.date_edit.setText(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.lines = QTableWidget(0, 3, self)
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Qty"), self.tr("Unit price")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(0, 220)
        rows = [(ln.sku_code, ln.received_qty - ln.invoiced_qty, ln.price) for ln in po.lines
                if ln.received_qty > ln.invoiced_qty]
        self.lines.setRowCount(max(len(rows), 1))
        for r, (code, qty, price) in enumerate(rows):
            for c, value in enumerate((code, str(qty), str(price))):
                self.lines.setItem(r, c, QTableWidgetItem(value))
        self.form.add_field("lines", self.tr("Lines"), self.lines)
        self.finish_layout()
        self.result_record: InvoiceRecord | None = None

    def on_ok(self) -> None:
        lines = []
        for r in range(self.lines.rowCount()):
            cells = [self.lines.item(r, c).text().strip() if self.lines.item(r, c) else "" for c in range(3)]
            if cells[0]:
                lines.append((cells[0], int(cells[1]) if cells[1].isdigit() else 0, cells[2]))

        def saved(wire: object) -> None:
            self.result_record = InvoiceRecord.from_wire(wire)
            self.accept()

        self.submit("purchasing.record_invoice", saved, po_id=self.po.id, number=self.number_edit.text(),
                    invoice_date=self.date_edit.text(), lines=tuple(lines))


def _two_lines(heading: str) -> str:
    """A heading broken at its first space, so that its numbers' column stays narrow."""
    return heading.replace(" ", "\n", 1)


class ContractsDialog(FormDialog):
    """A supplier's contracts with their price lists, and a new contract (one 'SKU code, price' per line)."""

    def __init__(self, rpc: RpcClient, supplier: SupplierRecord, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Contracts of %1").replace("%1", supplier.code), parent, min_width=640,
                         ok_text=self.tr("Add contract"))
        self.supplier = supplier
        self.existing = read_only_table(self, [self.tr("Contract"), self.tr("Kind"), self.tr("Valid from"),
                                               self.tr("Valid to"), self.tr("Prices"), self.tr("Terms")],
                                        (130, 100, 95, 95, 60))
        self.existing.setMinimumHeight(140)
        self.code_edit = self.form.add_field("code", self.tr("Code"), QLineEdit(self))
        self.kind_combo = self.form.add_field("kind", self.tr("Kind"), QComboBox(self))
        self.kind_combo.addItem(self.tr("buy to own"), "buy")
        self.kind_combo.addItem(self.tr("consignment"), "consignment")
        self.from_edit = self.form.add_field("valid_from", self.tr("Valid from"), QLineEdit(self))
        self.to_edit = self.form.add_field("valid_to", self.tr("Valid to"), QLineEdit(self))
        self.from_edit.setPlaceholderText("2027-01-01")
        self.to_edit.setPlaceholderText("2027-12-31")
        self.terms_edit = self.form.add_field("terms", self.tr("Terms"), QLineEdit(self))
        self.prices_edit = self.form.add_field("prices", self.tr("Price list"), QPlainTextEdit(self),
                                               self.tr("One line per SKU: code or barcode, price"))
        self.prices_edit.setMinimumHeight(110)
        self._layout.insertWidget(0, self.existing)
        self.finish_layout()
        self.load()

    def load(self) -> None:
        def show(rows: list[tuple]) -> None:
            kinds = {"buy": self.tr("buy to own"), "consignment": self.tr("consignment")}
            fill_table(self.existing, [(c.code, kinds.get(c.kind, c.kind), c.valid_from.isoformat(),
                                        c.valid_to.isoformat(), len(c.prices), c.terms)
                                       for c in (ContractRecord.from_wire(r) for r in rows)],
                       numeric=(4,))

        fetch_all(self.rpc, "purchasing.list_contracts", show, self.form.show_error, page_size=50,
                  supplier_id=self.supplier.id)

    def on_ok(self) -> None:
        prices = []
        for line in self.prices_edit.toPlainText().splitlines():
            code, _, price = line.replace("\t", ",").partition(",")
            if code.strip():
                prices.append((code.strip(), price.strip()))

        def saved(_wire: object) -> None:
            self.ok_button.setEnabled(True)
            for w in (self.code_edit, self.from_edit, self.to_edit, self.terms_edit):
                w.clear()
            self.prices_edit.clear()
            self.load()

        self.submit("purchasing.create_contract", saved, supplier_id=self.supplier.id, code=self.code_edit.text(),
                    kind=self.kind_combo.currentData(), valid_from=self.from_edit.text(),
                    valid_to=self.to_edit.text(), terms=self.terms_edit.text(), prices=tuple(prices))


class PurchasingScreen(Screen):
    """Orders, suppliers and reorder suggestions on three tabs."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Purchasing"),
                       self.tr("Purchase orders and returns to suppliers, from draft to closed; approval needs the "
                               "approve permission. Reorder suggestions become draft orders."))
        self.suppliers: list[SupplierRecord] = []
        self.warehouses: list[WarehouseRecord] = []
        self.current: PoRecord | None = None
        self.last_document = ""
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._orders_tab(), self.tr("&Orders"))
        self.tabs.addTab(self._suppliers_tab(), self.tr("S&uppliers"))
        self.tabs.addTab(self._suggestions_tab(), self.tr("&Reorder suggestions"))
        self.layout_.addWidget(self.tabs, 1)

    # ---- orders ----------------------------------------------------------------------------------------
    def _orders_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Order number  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox(tab)
        self.state_combo.addItem(self.tr("Any state"), "")
        for s in dict.fromkeys(PO_STATES + RETURN_STATES):
            self.state_combo.addItem(state_text(s), s)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.state_combo)
        box.addLayout(bar)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"), tab)
        self.approve_button = QPushButton(self.tr("&Approve"), tab)
        self.send_button = QPushButton(self.tr("&Send"), tab)
        self.cancel_button = QPushButton(self.tr("Ca&ncel order"), tab)
        self.close_button = QPushButton(self.tr("C&lose"), tab)
        self.print_button = QPushButton(self.tr("&Print PDF…"), tab)
        self.invoice_button = QPushButton(self.tr("&Invoice…"), tab)
        for w in (self.new_button, self.approve_button, self.send_button, self.cancel_button, self.close_button,
                  self.print_button, self.invoice_button):
            actions.addWidget(w)
        actions.addStretch(1)
        box.addLayout(actions)
        self.model = PagedTableModel(self.rpc, "purchasing.list_pos", PoSummary, [
            Column("number", self.tr("Number")),
            Column("kind", self.tr("Kind"), lambda k: self.tr("return") if k == "return" else self.tr("purchase")),
            Column("supplier_code", self.tr("Supplier")),
            Column("supplier_name", self.tr("Supplier name")),
            Column("warehouse_code", self.tr("Warehouse")),
            Column("state", self.tr("State"), state_text),
            Column("expected_on", self.tr("Expected"), lambda d: d.isoformat() if d else "—"),
            Column("total", self.tr("Total"), lambda v: f"{v:,.2f}", RIGHT),
        ], page_size=200, parent=self)
        self.table = record_table(self.model, (150, 70, 110, 200, 90, 130, 100), tab)
        self.detail_label = QLabel(tab)
        self.detail_label.setObjectName("screenHint")
        self.detail_label.setWordWrap(True)
        self.lines_table = read_only_table(tab, [
            self.tr("#"), self.tr("SKU"), self.tr("Name"), self.tr("Ordered"), self.tr("Price"), self.tr("Amount"),
            self.tr("Received"), self.tr("Rejected"), self.tr("Open")], (40, 140, 260, 70, 80, 90, 75, 75))
        self.cancel_line_button = QPushButton(self.tr("Cancel the line's open &quantity…"), tab)
        self.cancel_line_button.setToolTip(self.tr("What was not received of the selected line will not come: the "
                                                   "line keeps what was received."))
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail_label, 1)
        detail_row.addWidget(self.cancel_line_button, 0, Qt.AlignmentFlag.AlignBottom)
        lower_box.addLayout(detail_row)
        lower_box.addWidget(self.lines_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([330, 260])
        box.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.apply_filters)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.load_selected())
        self.model.failed.connect(lambda err: show_error(self, err))
        self.new_button.clicked.connect(self.new_po)
        self.approve_button.clicked.connect(lambda: self.transition("purchasing.approve_po"))
        self.send_button.clicked.connect(lambda: self.transition("purchasing.send_po"))
        self.cancel_button.clicked.connect(lambda: self.transition("purchasing.cancel_po"))
        self.close_button.clicked.connect(lambda: self.transition("purchasing.close_po"))
        self.print_button.clicked.connect(self.print_selected)
        self.invoice_button.clicked.connect(self.record_invoice)
        self.lines_table.itemSelectionChanged.connect(self._update_buttons)
        self.cancel_line_button.clicked.connect(self.cancel_line)
        return tab

    def refresh(self) -> None:
        self.apply_filters()
        self.supplier_model.reload()
        self.rpc.call("purchasing.list_suppliers", lambda w: self._set_suppliers(w), lambda e: show_error(self, e),
                      active_only=True, page_size=500)
        load_all(self.rpc, "wms.list_warehouses", WarehouseRecord, self._set_warehouses, lambda e: show_error(self, e))

    def _set_suppliers(self, wire: tuple) -> None:
        self.suppliers = Page.from_wire(wire).records(SupplierRecord)
        self._update_buttons()

    def _set_warehouses(self, warehouses: list[WarehouseRecord]) -> None:
        self.warehouses = warehouses
        current = self.warehouse_combo.currentData()
        self.warehouse_combo.clear()
        for w in self.warehouses:
            self.warehouse_combo.addItem(f"{w.code} — {w.name}", w.id)
        if current:
            self.warehouse_combo.setCurrentIndex(max(self.warehouse_combo.findData(current), 0))
        self._update_buttons()

    def apply_filters(self) -> None:
        self._timer.stop()
        self.show_po(None)
        self.model.set_filters(search=self.search_edit.text(), state=self.state_combo.currentData())

    def load_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_po(None)
            return
        summary = self.model.record(rows[0].row())
        self.rpc.call("purchasing.get_po", lambda w: self.show_po(PoRecord.from_wire(w)),
                      lambda e: show_error(self, e), po_id=summary.id)

    def show_po(self, po: PoRecord | None) -> None:
        self.current = po
        if po is None:
            self.lines_table.setRowCount(0)
            self.detail_label.setText(self.tr("Select an order to see its lines."))
        else:
            stamps = [(self.tr("approved"), po.approved_at, po.approved_by), (self.tr("sent"), po.sent_at, ""),
                      (self.tr("first receipt"), po.first_receipt_at, ""), (self.tr("done"), po.done_at, ""),
                      (self.tr("closed"), po.closed_at, ""), (self.tr("cancelled"), po.cancelled_at, "")]
            when = "  ·  ".join(f"{name} {at:%Y-%m-%d %H:%M}" + (f" ({who})" if who else "")
                                for name, at, who in stamps if at)
            self.detail_label.setText(
                self.tr("%1 · %2 · %3 · tolerance %4 %").replace("%1", po.number).replace("%2", state_text(po.state))
                .replace("%3", f"{po.supplier_code} {po.supplier_name}").replace("%4", str(po.tolerance_pct))
                + ("  ·  " + self.tr("consignment") if po.consignment else "") + (f"\n{when}" if when else ""))
            fill_table(self.lines_table, [(ln.line_no, ln.sku_code, ln.sku_name, ln.qty, f"{ln.price:,.2f}",
                                           f"{ln.amount:,.2f}", ln.received_qty, ln.rejected_qty, ln.open_qty)
                                          for ln in po.lines], numeric=range(3, 9))
        self._update_buttons()

    def _update_buttons(self) -> None:
        po = self.current
        write, approve = self.can("purchasing.write"), self.can("purchasing.approve")
        machine = PURCHASE_ORDER if po is None or po.kind == "purchase" else RETURN_TO_SUPPLIER

        def can_become(target: str) -> bool:         # the contract's state machine decides, as on the server
            return po is not None and machine.can(po.state, target)

        self.new_button.setEnabled(write and bool(self.suppliers) and bool(self.warehouses))   # lists loaded
        self.approve_button.setEnabled(approve and can_become("approved"))
        self.send_button.setEnabled(write and can_become("sent"))
        self.cancel_button.setEnabled(write and can_become("cancelled"))
        self.close_button.setEnabled(write and can_become("closed"))
        line = self.selected_line()
        self.cancel_line_button.setEnabled(write and po is not None and po.kind == "purchase" and line is not None
                                           and po.state in PO_LINE_CANCELLABLE and line.open_qty > 0)
        self.print_button.setEnabled(po is not None)
        self.invoice_button.setEnabled(write and po is not None and po.kind == "purchase"
                                       and any(ln.received_qty for ln in po.lines))

    def selected_line(self) -> PoLineRecord | None:
        rows = self.lines_table.selectionModel().selectedRows() if self.current is not None else []
        return self.current.lines[rows[0].row()] if rows and rows[0].row() < len(self.current.lines) else None

    def cancel_line(self) -> None:
        po, line = self.current, self.selected_line()
        if po is None or line is None:
            return
        question = self.tr("Cancel the %1 still open of %2 on %3? The line keeps the %4 received.")
        answer = QMessageBox.question(self, self.tr("Cancel line"), question.replace("%1", str(line.open_qty))
                                      .replace("%2", line.sku_code).replace("%3", po.number)
                                      .replace("%4", str(line.received_qty)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(wire: object) -> None:
            self.model.reload()
            self.show_po(PoRecord.from_wire(wire))

        self.rpc.call("purchasing.cancel_po_line", done, lambda e: show_error(self, e), po_id=po.id,
                      version=po.version, line_id=line.id)

    def transition(self, path: str) -> None:
        po = self.current
        if po is None:
            return

        def done(wire: object) -> None:
            self.model.reload()                     # the list shows the new state; the details stay
            self.show_po(PoRecord.from_wire(wire))

        self.rpc.call(path, done, lambda e: show_error(self, e), po_id=po.id, version=po.version)

    def new_po(self) -> None:
        self.dialog = PoDialog(self.rpc, self.suppliers, self.warehouses, self)
        self.dialog.accepted.connect(lambda: (self.model.reload(), self.show_po(self.dialog.result_record)))
        self.dialog.open()

    def record_invoice(self) -> None:
        if self.current is None:
            return
        self.dialog = InvoiceDialog(self.rpc, self.current, self)

        def recorded() -> None:
            inv = self.dialog.result_record
            text = self.tr("Invoice %1: %2").replace("%1", inv.number).replace(
                "%2", self.tr("matched") if inv.state == "matched" else self.tr("variance — ") + "; ".join(inv.issues))
            self.detail_label.setText(self.detail_label.text() + "\n" + text)

        self.dialog.accepted.connect(recorded)
        self.dialog.open()

    def print_selected(self) -> None:
        if self.current is not None:
            print_document(self, self.rpc, "purchasing.document", "po", self.current.number)

    # ---- suppliers -------------------------------------------------------------------------------------
    def _suppliers_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        actions = QHBoxLayout()
        self.new_supplier_button = QPushButton(self.tr("New &supplier…"), tab)
        self.edit_supplier_button = QPushButton(self.tr("&Edit supplier…"), tab)
        self.contracts_button = QPushButton(self.tr("&Contracts…"), tab)
        actions.addWidget(self.new_supplier_button)
        actions.addWidget(self.edit_supplier_button)
        actions.addWidget(self.contracts_button)
        actions.addStretch(1)
        box.addLayout(actions)
        self.supplier_model = PagedTableModel(self.rpc, "purchasing.list_suppliers", SupplierRecord, [
            Column("code", self.tr("Code")), Column("name", self.tr("Name")),
            Column("contact_name", self.tr("Contact")), Column("phone", self.tr("Phone")),
            Column("email", self.tr("E-mail")), Column("payment_terms", self.tr("Payment terms")),
            Column("lead_time_days", self.tr("Lead time"), str, RIGHT),
            Column("is_active", self.tr("Active"), lambda b: self.tr("yes") if b else self.tr("no")),
        ], page_size=200, parent=self)
        self.supplier_table = record_table(self.supplier_model, (110, 220, 110, 130, 180, 110, 80), tab)
        box.addWidget(self.supplier_table, 1)
        self.new_supplier_button.setEnabled(self.can("purchasing.write"))
        self.edit_supplier_button.setEnabled(self.can("purchasing.write"))
        self.new_supplier_button.clicked.connect(lambda: self.edit_supplier(None))
        self.edit_supplier_button.clicked.connect(self.edit_selected_supplier)
        self.contracts_button.setEnabled(self.can("purchasing.write"))
        self.contracts_button.clicked.connect(self.open_contracts)
        self.supplier_table.doubleClicked.connect(lambda _i: self.edit_selected_supplier())
        return tab

    def edit_selected_supplier(self) -> None:
        rows = self.supplier_table.selectionModel().selectedRows()
        if rows and self.can("purchasing.write"):
            self.edit_supplier(self.supplier_model.record(rows[0].row()))

    def open_contracts(self) -> None:
        rows = self.supplier_table.selectionModel().selectedRows()
        if rows:
            self.dialog = ContractsDialog(self.rpc, self.supplier_model.record(rows[0].row()), self)
            self.dialog.open()

    def edit_supplier(self, supplier: SupplierRecord | None) -> None:
        self.dialog = SupplierDialog(self.rpc, supplier, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    # ---- suggestions -----------------------------------------------------------------------------------
    def _suggestions_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.warehouse_combo = QComboBox(tab)
        self.suggest_button = QPushButton(self.tr("&Calculate"), tab)
        self.order_button = QPushButton(self.tr("Create &draft orders"), tab)
        bar.addWidget(QLabel(self.tr("Warehouse"), tab))
        bar.addWidget(self.warehouse_combo)
        bar.addWidget(self.suggest_button)
        bar.addWidget(self.order_button)
        bar.addStretch(1)
        box.addLayout(bar)
        hint = QLabel(self.tr("Position = available + on order. A SKU is suggested when its position is at or below "
                              "the reorder point or the demand over the supplier's lead time (shipped in the last "
                              "28 days). Tick the lines to order."), tab)
        hint.setObjectName("screenHint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.suggest_table = read_only_table(tab, [
            self.tr("SKU"), self.tr("Name"), self.tr("Supplier"), self.tr("Available"), *map(_two_lines, (
                self.tr("On order"), self.tr("Per day"), self.tr("Lead time"), self.tr("Reorder point"))),
            self.tr("Suggested"), self.tr("Price")])
        # the name takes what the other columns leave: every column shows on a 1024-pixel screen
        header = self.suggest_table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(self.suggest_table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.suggest_table, 1)
        self.order_button.setEnabled(self.can("purchasing.write"))
        self.suggest_button.clicked.connect(self.load_suggestions)
        self.order_button.clicked.connect(self.order_suggestions)
        self.suggestions: list[ReorderSuggestion] = []
        return tab

    def load_suggestions(self) -> None:
        def show(rows: list[tuple]) -> None:
            self.suggestions = [ReorderSuggestion.from_wire(r) for r in rows]
            fill_table(self.suggest_table, [(s.sku_code, s.sku_name, s.supplier_code, s.available, s.on_order,
                                             s.daily_demand, s.lead_time_days, s.reorder_point, s.suggested_qty,
                                             f"{s.price:,.2f}") for s in self.suggestions], numeric=range(3, 10))
            for row in range(self.suggest_table.rowCount()):       # ticked: to order
                item = self.suggest_table.item(row, 0)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

        fetch_all(self.rpc, "purchasing.reorder_suggestions", show, lambda e: show_error(self, e), page_size=500,
                  warehouse_id=self.warehouse_combo.currentData() or 0)

    def order_suggestions(self) -> None:
        ids = tuple(s.sku_id for row, s in enumerate(self.suggestions)
                    if self.suggest_table.item(row, 0).checkState() == Qt.CheckState.Checked)

        def done(numbers: tuple) -> None:
            self.load_suggestions()
            self.tabs.setCurrentIndex(0)
            self.search_edit.setText(numbers[0] if len(numbers) == 1 else "")   # the new draft(s) on top
            self.apply_filters()

        self.rpc.call("purchasing.create_pos_from_suggestions", done, lambda e: show_error(self, e),
                      warehouse_id=self.warehouse_combo.currentData() or 0, sku_ids=ids, request_id=uuid.uuid4().hex)
