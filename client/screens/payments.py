"""Payments and stored value: payments found by order, payment number or transaction with their tenders and the
gateways' notifications as received; refunds with their approval; gift card batches (issued with progress, the
codes and PINs written to a file) and a card's history, block and unblock; a customer's wallet with every entry,
adjustments with a reason and their approval. Every amount shown is the middle tier's."""
from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
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

from client.rpc import RpcClient
from client.screens.base import Screen
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.grid import fill_table, read_only_table
from client.widgets.paged_model import Column, PagedTableModel, record_table
from client.widgets.progress import ProgressDialog
from client.widgets.tabular import RowWriter
from middle_tier.contract import DomainError, LoginResult, Page
from middle_tier.contract.payments import (
    GATEWAYS,
    GIFT_CARD,
    GIFT_CARD_KINDS,
    PAYMENT,
    REFUND,
    REFUND_POLICIES,
    GiftCardBatchRecord,
    GiftCardRecord,
    IssuedCard,
    NotificationRecord,
    OrderPayment,
    PaymentRecord,
    RefundRecord,
    TransferRecord,
    WalletRecord,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ISSUE_PART = 500          # cards per call (the middle tier's most)
ENTRY_WIDTHS = (120, 120, 150, 90, 70)


def local_time(value: dt.datetime | None) -> str:
    """A stored (UTC) time in this computer's time zone."""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M") if value else "—"


def money(value: object) -> str:
    return f"{value:,.2f}"


def gateway_text(code: str) -> str:
    t = QCoreApplication.translate
    return {"alipay": t("payments", "Alipay"), "wechat": t("payments", "WeChat Pay"),
            "bank": t("payments", "Bank transfer"),
            "card_instalment": t("payments", "Card instalments")}.get(code, code)


def state_text(state: str) -> str:
    t = QCoreApplication.translate
    return {"pending": t("payments", "pending"), "paid": t("payments", "paid"), "failed": t("payments", "failed"),
            "cancelled": t("payments", "cancelled"), "awaiting_approval": t("payments", "awaiting approval"),
            "done": t("payments", "done"), "rejected": t("payments", "rejected"), "created": t("payments", "not sold"),
            "active": t("payments", "active"), "blocked": t("payments", "blocked"),
            "expired": t("payments", "expired"), "posted": t("payments", "posted"),
            "voided": t("payments", "voided"), "held": t("payments", "held"), "captured": t("payments", "captured"),
            "unpaid": t("payments", "unpaid"), "applied": t("payments", "applied"),
            "duplicate": t("payments", "duplicate"), "overpaid": t("payments", "overpaid: refunded"),
            "ignored": t("payments", "ignored")}.get(state, state)


def kind_text(kind: str) -> str:
    """Kinds of tenders and of ledger transfers."""
    t = QCoreApplication.translate
    return {"points": t("payments", "Points"), "gift_card": t("payments", "Gift card"),
            "balance": t("payments", "Balance"), "gateway": t("payments", "Gateway"),
            "adjustment": t("payments", "Adjustment"), "earn": t("payments", "Points earned"),
            "earn_reversal": t("payments", "Points taken back"), "expiry": t("payments", "Expired"),
            "gift_card_refund": t("payments", "Gift card refunded"), "gift_card_sale": t("payments", "Card sold"),
            "overpayment": t("payments", "Overpayment"), "points_redeem": t("payments", "Points paid"),
            "refund": t("payments", "Refund"), "sale": t("payments", "Sale"), "top_up": t("payments", "Top-up"),
            "e_card": t("payments", "e-card"), "physical": t("payments", "physical card")}.get(kind, kind)


def policy_text(policy: str) -> str:
    t = QCoreApplication.translate
    return {"original": t("payments", "Back along the original tenders, in proportion"),
            "stored_value_first": t("payments", "Stored value first"),
            "gateway_first": t("payments", "Gateway first")}.get(policy, policy)


def _hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("screenHint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RefundDialog(FormDialog):
    """Refund part or all of a paid order; the refund number makes a second click harmless."""

    def __init__(self, rpc: RpcClient, order_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Refund an order"), parent, min_width=520)
        self.order_edit = self.form.add_field("order_ref", self.tr("Order"), QLineEdit(self))
        self.order_edit.setText(order_ref)
        self.amount_edit = self.form.add_field("amount", self.tr("Amount"), QLineEdit(self))
        self.amount_edit.setPlaceholderText("0.00")
        self.reason_edit = self.form.add_field("reason", self.tr("Reason"), QLineEdit(self))
        self.policy_combo = self.form.add_field("policy", self.tr("Where it goes back"), QComboBox(self))
        for p in REFUND_POLICIES:
            self.policy_combo.addItem(policy_text(p), p)
        self.number = "RF-" + uuid.uuid4().hex[:12].upper()
        self.finish_layout()
        (self.amount_edit if order_ref else self.order_edit).setFocus()
        self.result_record: RefundRecord | None = None

    def on_ok(self) -> None:
        def saved(wire: object) -> None:
            self.result_record = RefundRecord.from_wire(wire)
            self.accept()

        self.submit("payments.refund_order", saved, order_ref=self.order_edit.text().strip(),
                    refund_no=self.number, amount=self.amount_edit.text().strip(), reason=self.reason_edit.text(),
                    policy=self.policy_combo.currentData())


class BankTransferDialog(FormDialog):
    """Finance saw a bank-direct payment arrive: the bank's reference and the amount as the statement shows it."""

    def __init__(self, rpc: RpcClient, payment: PaymentRecord, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Confirm the bank transfer of %1").replace("%1", payment.number), parent)
        self.payment = payment
        self.reference_edit = self.form.add_field("bank_reference", self.tr("Bank reference"), QLineEdit(self))
        self.amount_edit = self.form.add_field("amount", self.tr("Amount received"), QLineEdit(self),
                                               self.tr("Asked: %1").replace("%1", money(payment.amount)))
        self.amount_edit.setPlaceholderText("0.00")
        self.finish_layout()
        self.reference_edit.setFocus()
        self.result_record: OrderPayment | None = None

    def on_ok(self) -> None:
        def saved(wire: object) -> None:
            self.result_record = OrderPayment.from_wire(wire)
            self.accept()

        self.submit("payments.confirm_bank_transfer", saved, payment_number=self.payment.number,
                    bank_reference=self.reference_edit.text().strip(), amount=self.amount_edit.text().strip())


class BatchDialog(FormDialog):
    """A new batch of gift cards (its cards are issued afterwards)."""

    def __init__(self, rpc: RpcClient, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New gift card batch"), parent)
        self.kind_combo = self.form.add_field("kind", self.tr("Kind"), QComboBox(self))
        for k in GIFT_CARD_KINDS:
            self.kind_combo.addItem(kind_text(k), k)
        self.count_spin = self.form.add_field("count", self.tr("Cards"), QSpinBox(self))
        self.count_spin.setRange(1, 100_000)
        self.count_spin.setValue(100)
        self.value_edit = self.form.add_field("face_value", self.tr("Face value"), QLineEdit(self))
        self.value_edit.setPlaceholderText("100.00")
        self.expires_edit = self.form.add_field("expires_on", self.tr("Expires on"), QDateEdit(self))
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd")
        self.expires_edit.setDate(QDate.currentDate().addYears(3))
        self.note_edit = self.form.add_field("note", self.tr("Note"), QLineEdit(self))
        self.finish_layout()
        self.result_record: GiftCardBatchRecord | None = None

    def on_ok(self) -> None:
        def saved(wire: object) -> None:
            self.result_record = GiftCardBatchRecord.from_wire(wire)
            self.accept()

        self.submit("payments.create_gift_card_batch", saved, kind=self.kind_combo.currentData(),
                    count=self.count_spin.value(), face_value=self.value_edit.text().strip(),
                    expires_on=self.expires_edit.date().toString(Qt.DateFormat.ISODate), note=self.note_edit.text())


class AdjustDialog(FormDialog):
    """Correct a customer's balance or points by a signed amount, with a reason."""

    def __init__(self, rpc: RpcClient, customer_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Adjust the wallet of %1").replace("%1", customer_ref), parent)
        self.customer_ref = customer_ref
        self.unit_combo = self.form.add_field("unit", self.tr("What"), QComboBox(self))
        self.unit_combo.addItem(self.tr("Balance (yuan)"), "CNY")
        self.unit_combo.addItem(self.tr("Points"), "PTS")
        self.amount_edit = self.form.add_field("amount", self.tr("Amount"), QLineEdit(self),
                                               self.tr("+ adds, − takes away; large amounts wait for approval"))
        self.amount_edit.setPlaceholderText("+20.00")
        self.reason_edit = self.form.add_field("reason", self.tr("Reason"), QLineEdit(self))
        self.request_id = uuid.uuid4().hex
        self.finish_layout()
        self.amount_edit.setFocus()
        self.result_record: TransferRecord | None = None

    def on_ok(self) -> None:
        def saved(wire: object) -> None:
            self.result_record = TransferRecord.from_wire(wire)
            self.accept()

        self.submit("payments.adjust_wallet", saved, customer_ref=self.customer_ref,
                    unit=self.unit_combo.currentData(), amount=self.amount_edit.text().strip().replace("−", "-"),
                    reason=self.reason_edit.text(), request_id=self.request_id)


class PaymentsScreen(Screen):
    """Payments, refunds, gift cards and wallets on four tabs."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Payments and stored value"),
                       self.tr("Find a payment by order, payment number or the gateway's transaction; refunds go "
                               "back along the tenders an order was paid with. Gift cards and wallets keep every "
                               "entry."))
        self.current_payment: PaymentRecord | None = None
        self.current_order: OrderPayment | None = None
        self.current_refund: RefundRecord | None = None
        self.current_card: GiftCardRecord | None = None
        self.current_wallet: WalletRecord | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._payments_tab(), self.tr("&Payments"))
        self.tabs.addTab(self._refunds_tab(), self.tr("&Refunds"))
        self.tabs.addTab(self._cards_tab(), self.tr("&Gift cards"))
        self.tabs.addTab(self._wallets_tab(), self.tr("&Wallets"))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.apply_payment_filters()
        self.refund_model.set_filters(order_ref=self.refund_order_edit.text().strip(),
                                      state=self.refund_state_combo.currentData())
        self.batch_model.reload()
        if self.can("payments.approve"):
            self.adjustments_model.reload()
        if self.current_card is not None:
            self.look_up_card(self.current_card.code)
        if self.current_wallet is not None:
            self.look_up_wallet(self.current_wallet.customer_ref)

    # ---- payments ----------------------------------------------------------------------------------------
    def _payments_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.pay_search_edit = QLineEdit(tab)
        self.pay_search_edit.setPlaceholderText(self.tr("Order, payment number or transaction id"))
        self.pay_search_edit.setClearButtonEnabled(True)
        self.gateway_combo = QComboBox(tab)
        self.gateway_combo.addItem(self.tr("Any gateway"), "")
        for g in GATEWAYS:
            self.gateway_combo.addItem(gateway_text(g), g)
        self.pay_state_combo = QComboBox(tab)
        self.pay_state_combo.addItem(self.tr("Any state"), "")
        for s in PAYMENT.states:
            self.pay_state_combo.addItem(state_text(s), s)
        self.period_combo = QComboBox(tab)
        for days, text in ((0, self.tr("Any time")), (1, self.tr("Today")), (7, self.tr("Last 7 days")),
                           (30, self.tr("Last 30 days"))):
            self.period_combo.addItem(text, days)
        bar.addWidget(self.pay_search_edit, 1)
        for w in (self.gateway_combo, self.pay_state_combo, self.period_combo):
            bar.addWidget(w)
        box.addLayout(bar)
        actions = QHBoxLayout()
        self.bank_button = QPushButton(self.tr("Confirm the &bank transfer…"), tab)
        self.refund_order_button = QPushButton(self.tr("Re&fund this order…"), tab)
        actions.addWidget(self.bank_button)
        actions.addWidget(self.refund_order_button)
        actions.addStretch(1)
        box.addLayout(actions)
        self.payment_model = PagedTableModel(self.rpc, "payments.list_payments", PaymentRecord, [
            Column("number", self.tr("Payment")),
            Column("order_ref", self.tr("Order")),
            Column("gateway", self.tr("Gateway"), gateway_text),
            Column("state", self.tr("State"), state_text),
            Column("amount", self.tr("Amount"), money, RIGHT),
            Column("refunded", self.tr("Refunded"), money, RIGHT),
            Column("gateway_txn_id", self.tr("Transaction"), lambda v: v or "—"),
            Column("created_at", self.tr("Created"), local_time),
            Column("paid_at", self.tr("Paid"), local_time),
        ], page_size=200, parent=self)
        self.payment_table = record_table(self.payment_model, (150, 120, 100, 70, 80, 75, 170, 125), tab)
        self.payment_label = _hint(tab)
        self.tenders_table = read_only_table(tab, [self.tr("Tender"), self.tr("Card or account"),
                                                   self.tr("Amount"), self.tr("Points"), self.tr("Refunded"),
                                                   self.tr("State")], (85, 130, 75, 55, 75))
        self.notes_table = read_only_table(tab, [self.tr("Received"), self.tr("Gateway"), self.tr("Outcome"),
                                                 self.tr("Detail")], (120, 80, 100))
        self.notes_table.setToolTip(self.tr("Every notification the gateway sent, as received; hover over a row "
                                            "to read its body."))
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.payment_label)
        pair = QSplitter(Qt.Orientation.Horizontal, lower)
        pair.addWidget(self.tenders_table)
        pair.addWidget(self.notes_table)
        lower_box.addWidget(pair, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.payment_table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 240])
        box.addWidget(splitter, 1)
        self._pay_timer = QTimer(self)
        self._pay_timer.setSingleShot(True)
        self._pay_timer.setInterval(300)
        self.pay_search_edit.textChanged.connect(lambda _t: self._pay_timer.start())
        self.pay_search_edit.returnPressed.connect(self.apply_payment_filters)
        self._pay_timer.timeout.connect(self.apply_payment_filters)
        for combo in (self.gateway_combo, self.pay_state_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_payment_filters())
        self.payment_table.selectionModel().selectionChanged.connect(lambda *_: self.load_payment())
        self.payment_model.failed.connect(lambda err: show_error(self, err))
        self.payment_model.page_loaded.connect(self._order_without_payment)
        self.bank_button.clicked.connect(self.confirm_bank_transfer)
        self.refund_order_button.clicked.connect(self.new_refund)
        self.show_payment(None, None)
        return tab

    def apply_payment_filters(self) -> None:
        self._pay_timer.stop()
        self.show_payment(None, None)
        days = self.period_combo.currentData() or 0
        since = ""
        if days:
            start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=days - 1), dt.time())
            since = start.astimezone().isoformat()          # midnight here, with this computer's offset
        self.payment_model.set_filters(search=self.pay_search_edit.text().strip(),
                                       gateway=self.gateway_combo.currentData(),
                                       state=self.pay_state_combo.currentData(), since=since)

    def load_payment(self) -> None:
        rows = self.payment_table.selectionModel().selectedRows()
        if not rows:
            self.show_payment(None, None)
            return
        payment = self.payment_model.record(rows[0].row())
        self.current_payment = payment
        self.rpc.call("payments.get_order_payment", lambda w: self.show_payment(payment, OrderPayment.from_wire(w)),
                      lambda e: show_error(self, e), order_ref=payment.order_ref)
        self.rpc.call("payments.list_notifications", self._show_notifications, lambda e: show_error(self, e),
                      payment_number=payment.number, page_size=100)

    def _order_without_payment(self, rows: int) -> None:
        """An order paid with stored value alone has no gateway payment: searched by its reference, its tenders
        show all the same."""
        term = self.pay_search_edit.text().strip()
        if rows or not term:
            return

        def show(wire: object) -> None:
            order = OrderPayment.from_wire(wire)
            if order.tenders and self.payment_model.rowCount() == 0:
                self.show_payment(None, order)

        self.rpc.call("payments.get_order_payment", show, lambda _e: None, order_ref=term)

    def show_payment(self, payment: PaymentRecord | None, order: OrderPayment | None) -> None:
        if payment is None and order is not None:
            payment = order.payment
        self.current_payment = payment
        self.current_order = order
        self.tenders_table.setRowCount(0)
        self.notes_table.setRowCount(0)
        self.bank_button.setEnabled(self.can("payments.approve") and payment is not None
                                    and payment.gateway == "bank" and payment.state == "pending")
        self.refund_order_button.setEnabled(self.can("payments.refund") and order is not None
                                            and order.state == "paid")
        if order is None:
            self.payment_label.setText(self.tr("Select a payment to see the order's tenders and the gateway's "
                                               "notifications."))
            return
        text = self.tr("Order %1 · customer %2 · %3 · payable %4").replace("%1", order.order_ref) \
            .replace("%2", order.customer_ref or "—").replace("%3", state_text(order.state)) \
            .replace("%4", money(order.payable))
        if payment is None:
            text += " · " + self.tr("paid with stored value alone: no gateway payment")
        else:
            text += " · " + self.tr("gateway %1 (merchant %2): gross %3, fee %4, net %5") \
                .replace("%1", gateway_text(payment.gateway)).replace("%2", payment.merchant_id or "—") \
                .replace("%3", money(payment.amount)).replace("%4", money(payment.fee)) \
                .replace("%5", money(payment.net))
        self.payment_label.setText(text)
        fill_table(self.tenders_table, [(kind_text(t.kind), t.ref or "—", money(t.amount), t.points or "",
                                         money(t.refunded), state_text(t.state)) for t in order.tenders],
                   numeric=(2, 3, 4))

    def confirm_bank_transfer(self) -> None:
        if self.current_payment is None:
            return
        self.bank_dialog = BankTransferDialog(self.rpc, self.current_payment, self)

        def done() -> None:
            order = self.bank_dialog.result_record
            self.payment_model.reload()
            if order is not None:
                self.show_payment(None, order)

        self.bank_dialog.accepted.connect(done)
        self.bank_dialog.open()

    def _show_notifications(self, wire: object) -> None:
        notes = Page.from_wire(wire).records(NotificationRecord)
        fill_table(self.notes_table, [(local_time(n.received_at), gateway_text(n.gateway), state_text(n.outcome),
                                       n.detail) for n in notes])
        for row, n in enumerate(notes):
            for col in range(4):
                item = self.notes_table.item(row, col)
                if item is not None:
                    item.setToolTip(n.body[:2000])

    # ---- refunds -----------------------------------------------------------------------------------------
    def _refunds_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.refund_order_edit = QLineEdit(tab)
        self.refund_order_edit.setPlaceholderText(self.tr("Order"))
        self.refund_order_edit.setClearButtonEnabled(True)
        self.refund_state_combo = QComboBox(tab)
        self.refund_state_combo.addItem(self.tr("Any state"), "")
        for s in REFUND.states:
            self.refund_state_combo.addItem(state_text(s), s)
        bar.addWidget(self.refund_order_edit, 1)
        bar.addWidget(self.refund_state_combo)
        box.addLayout(bar)
        actions = QHBoxLayout()
        self.refund_button = QPushButton(self.tr("Refund an &order…"), tab)
        self.approve_refund_button = QPushButton(self.tr("&Approve"), tab)
        self.reject_refund_button = QPushButton(self.tr("Re&ject…"), tab)
        self.payout_button = QPushButton(self.tr("&Confirm the payout…"), tab)
        self.payout_button.setToolTip(self.tr("The gateway or the bank paid the refund's gateway part back."))
        for w in (self.refund_button, self.approve_refund_button, self.reject_refund_button, self.payout_button):
            actions.addWidget(w)
        actions.addStretch(1)
        box.addLayout(actions)
        self.refund_model = PagedTableModel(self.rpc, "payments.list_refunds", RefundRecord, [
            Column("refund_no", self.tr("Refund")),
            Column("order_ref", self.tr("Order")),
            Column("amount", self.tr("Amount"), money, RIGHT),
            Column("state", self.tr("State"), state_text),
            Column("reason", self.tr("Reason")),
            Column("requested_by", self.tr("Asked by")),
            Column("approved_by", self.tr("Approved by"), lambda v: v or "—"),
            Column("created_at", self.tr("Created"), local_time),
        ], page_size=200, parent=self)
        self.refund_table = record_table(self.refund_model, (150, 130, 90, 120, 180, 90, 90), tab)
        self.refund_label = _hint(tab)
        self.parts_table = read_only_table(tab, [self.tr("Tender"), self.tr("Amount"), self.tr("Points"),
                                                 self.tr("Back to"), self.tr("State")], (110, 90, 70, 220))
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.refund_label)
        lower_box.addWidget(self.parts_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.refund_table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 200])
        box.addWidget(splitter, 1)
        self._refund_timer = QTimer(self)
        self._refund_timer.setSingleShot(True)
        self._refund_timer.setInterval(300)
        self.refund_order_edit.textChanged.connect(lambda _t: self._refund_timer.start())
        self._refund_timer.timeout.connect(self.apply_refund_filters)
        self.refund_state_combo.currentIndexChanged.connect(lambda _i: self.apply_refund_filters())
        self.refund_table.selectionModel().selectionChanged.connect(lambda *_: self.select_refund())
        self.refund_model.failed.connect(lambda err: show_error(self, err))
        self.refund_button.clicked.connect(self.new_refund)
        self.approve_refund_button.clicked.connect(self.approve_refund)
        self.reject_refund_button.clicked.connect(self.reject_refund)
        self.payout_button.clicked.connect(self.confirm_payout)
        self.show_refund(None)
        return tab

    def apply_refund_filters(self) -> None:
        self._refund_timer.stop()
        self.show_refund(None)
        self.refund_model.set_filters(order_ref=self.refund_order_edit.text().strip(),
                                      state=self.refund_state_combo.currentData())

    def select_refund(self) -> None:
        rows = self.refund_table.selectionModel().selectedRows()
        self.show_refund(self.refund_model.record(rows[0].row()) if rows else None)

    def show_refund(self, refund: RefundRecord | None) -> None:
        self.current_refund = refund
        if refund is None:
            self.refund_label.setText(self.tr("Select a refund to see where each part went back."))
            self.parts_table.setRowCount(0)
        else:
            text = self.tr("%1 · %2 · %3").replace("%1", refund.refund_no).replace("%2", policy_text(refund.policy)) \
                .replace("%3", state_text(refund.state))
            if refund.failure:
                text += " · " + refund.failure
            self.refund_label.setText(text)
            fill_table(self.parts_table, [(kind_text(p.kind), money(p.amount), p.points or "", p.to or "—",
                                           state_text(p.state)) for p in refund.parts], numeric=(1, 2))
        approve = self.can("payments.approve")
        waiting = refund is not None and refund.state == "awaiting_approval"
        self.refund_button.setEnabled(self.can("payments.refund"))
        self.approve_refund_button.setEnabled(approve and waiting)
        self.reject_refund_button.setEnabled(approve and waiting)
        self.payout_button.setEnabled(approve and refund is not None and REFUND.can(refund.state, "done"))

    def _refund_done(self, wire: object) -> None:
        refund = RefundRecord.from_wire(wire)
        self.refund_model.reload()
        self.show_refund(refund)

    def new_refund(self) -> None:
        order_ref = self.current_order.order_ref if self.current_order else ""
        self.refund_dialog = RefundDialog(self.rpc, order_ref, self)

        def done() -> None:
            refund = self.refund_dialog.result_record
            if refund is not None:
                self.tabs.setCurrentIndex(1)
                self.refund_order_edit.setText(refund.order_ref)
                self.apply_refund_filters()
                self.show_refund(refund)

        self.refund_dialog.accepted.connect(done)
        self.refund_dialog.open()

    def approve_refund(self) -> None:
        if self.current_refund is not None:
            self.rpc.call("payments.approve_refund", self._refund_done, lambda e: show_error(self, e),
                          refund_no=self.current_refund.refund_no)

    def reject_refund(self) -> None:
        if self.current_refund is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject refund"), self.tr("Why is it refused?"))
        if ok:
            self.rpc.call("payments.reject_refund", self._refund_done, lambda e: show_error(self, e),
                          refund_no=self.current_refund.refund_no, reason=reason)

    def confirm_payout(self) -> None:
        if self.current_refund is None:
            return
        reference, ok = QInputDialog.getText(self, self.tr("Confirm the payout"),
                                             self.tr("The gateway's or the bank's reference of the payout:"))
        if ok:
            self.rpc.call("payments.confirm_refund_payout", self._refund_done, lambda e: show_error(self, e),
                          refund_no=self.current_refund.refund_no, reference=reference)

    # ---- gift cards --------------------------------------------------------------------------------------
    def _cards_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        actions = QHBoxLayout()
        self.new_batch_button = QPushButton(self.tr("&New batch…"), tab)
        self.issue_button = QPushButton(self.tr("&Issue the cards…"), tab)
        self.issue_button.setToolTip(self.tr("Make the batch's cards and write their codes and PINs to a file for "
                                             "the card printer; the PINs are shown this once."))
        for w in (self.new_batch_button, self.issue_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.card_edit = QLineEdit(tab)
        self.card_edit.setPlaceholderText(self.tr("Card code, then Enter"))
        self.card_edit.setClearButtonEnabled(True)
        self.card_edit.setMinimumWidth(260)
        actions.addWidget(self.card_edit)
        box.addLayout(actions)
        self.batch_model = PagedTableModel(self.rpc, "payments.list_gift_card_batches", GiftCardBatchRecord, [
            Column("number", self.tr("Batch")),
            Column("kind", self.tr("Kind"), kind_text),
            Column("count", self.tr("Cards"), str, RIGHT),
            Column("issued", self.tr("Issued"), str, RIGHT),
            Column("face_value", self.tr("Face value"), money, RIGHT),
            Column("expires_on", self.tr("Expires"), lambda d: d.isoformat()),
            Column("note", self.tr("Note")),
            Column("created_by", self.tr("By")),
        ], page_size=100, parent=self)
        self.batch_table = record_table(self.batch_model, (140, 110, 70, 70, 90, 100, 200), tab)
        self.card_label = _hint(tab)
        card_actions = QHBoxLayout()
        self.block_button = QPushButton(self.tr("&Block…"), tab)
        self.unblock_button = QPushButton(self.tr("&Unblock"), tab)
        card_actions.addWidget(self.card_label, 1)
        card_actions.addWidget(self.block_button, 0, Qt.AlignmentFlag.AlignBottom)
        card_actions.addWidget(self.unblock_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.card_entries = read_only_table(tab, self._entry_headings(), ENTRY_WIDTHS)
        lower = QWidget(tab)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(card_actions)
        lower_box.addWidget(self.card_entries, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.batch_table)
        splitter.addWidget(lower)
        splitter.setSizes([260, 280])
        box.addWidget(splitter, 1)
        self.new_batch_button.clicked.connect(self.new_batch)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.card_edit.returnPressed.connect(lambda: self.look_up_card(self.card_edit.text().strip()))
        self.block_button.clicked.connect(self.block_card)
        self.unblock_button.clicked.connect(self.unblock_card)
        self.batch_table.selectionModel().selectionChanged.connect(lambda *_: self._update_card_buttons())
        self.batch_model.failed.connect(lambda err: show_error(self, err))
        self.show_card(None)
        return tab

    def selected_batch(self) -> GiftCardBatchRecord | None:
        rows = self.batch_table.selectionModel().selectedRows()
        return self.batch_model.record(rows[0].row()) if rows else None

    def _update_card_buttons(self) -> None:
        write = self.can("payments.write")
        batch = self.selected_batch()
        card = self.current_card
        self.new_batch_button.setEnabled(write)
        self.issue_button.setEnabled(write and batch is not None and batch.issued < batch.count)
        self.block_button.setEnabled(write and card is not None and GIFT_CARD.can(card.state, "blocked"))
        self.unblock_button.setEnabled(write and card is not None and card.state == "blocked"
                                       and bool(card.sold_order_ref))

    def new_batch(self) -> None:
        self.batch_dialog = BatchDialog(self.rpc, self)

        def done() -> None:
            self.batch_model.reload()
            batch = self.batch_dialog.result_record
            if batch is not None:
                self.card_label.setText(self.tr("Batch %1 created: issue its cards to print them.")
                                        .replace("%1", batch.number))
                self.batch_model.page_loaded.connect(self._select_first_batch)

        self.batch_dialog.accepted.connect(done)
        self.batch_dialog.open()

    def _select_first_batch(self, _rows: int) -> None:
        self.batch_model.page_loaded.disconnect(self._select_first_batch)
        if self.batch_model.rowCount() > 0:
            self.batch_table.selectRow(0)

    def _on_issue_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cards' codes and PINs"),
                                              f"{batch.number}.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            self.issue_to(batch, Path(name))

    def issue_to(self, batch: GiftCardBatchRecord, target: Path) -> ProgressDialog:
        """Issue what is left of a batch, 500 cards a call, writing each card's code and PIN as it comes."""
        writer = RowWriter(target)
        writer.write([(self.tr("Code"), self.tr("PIN"), self.tr("Face value"), self.tr("Expires"))])
        state = {"made": batch.issued, "now": 0}
        dialog = ProgressDialog(self.tr("Issue gift cards"),
                                self.tr("Batch %1 to %2").replace("%1", batch.number).replace("%2", target.name), self)

        def step(done, failed):  # type: ignore[no-untyped-def]
            def on_cards(wire: tuple) -> None:
                cards = [IssuedCard.from_wire(c) for c in wire]
                writer.write((c.code, c.pin, str(batch.face_value), batch.expires_on.isoformat()) for c in cards)
                state["made"] += len(cards)
                state["now"] += len(cards)
                done(state["made"], batch.count, not cards or state["made"] >= batch.count)

            self.rpc.call("payments.issue_gift_cards", on_cards, failed, batch_id=batch.id,
                          count=min(ISSUE_PART, max(batch.count - state["made"], 1)))

        def finish(ok: bool) -> None:
            writer.close()
            if dialog.error is not None:
                show_error(self, dialog.error)
            self.card_label.setText(
                self.tr("%1 card(s) of batch %2 issued to %3; keep the file safe: it holds the PINs.")
                .replace("%1", str(state["now"])).replace("%2", batch.number).replace("%3", str(target)))
            self.batch_model.reload()

        dialog.completed.connect(finish)
        dialog.run(step)
        return dialog

    def look_up_card(self, code: str) -> None:
        if not code:
            return

        def found(wire: object) -> None:
            card = GiftCardRecord.from_wire(wire)
            self.show_card(card)
            self.card_edit.selectAll()

        def failed(err: DomainError) -> None:
            self.show_card(None)
            self.card_label.setText(err.message)
            self.card_edit.selectAll()
            self.card_edit.setFocus()

        self.rpc.call("payments.get_gift_card", found, failed, code=code)

    def show_card(self, card: GiftCardRecord | None) -> None:
        self.current_card = card
        self.card_entries.setRowCount(0)
        if card is None:
            self.card_label.setText(self.tr("Scan or type a card's code and press Enter to see its balance and "
                                            "history."))
        else:
            text = self.tr("Card %1 (%2, batch %3) · %4 · balance %5 of %6 · held %7 · expires %8") \
                .replace("%1", card.code).replace("%2", kind_text(card.kind)).replace("%3", card.batch_number) \
                .replace("%4", state_text(card.state)).replace("%5", money(card.balance)) \
                .replace("%6", money(card.face_value)).replace("%7", money(card.held)) \
                .replace("%8", card.expires_on.isoformat())
            if card.blocked_reason:
                text += "\n" + self.tr("Blocked: %1").replace("%1", card.blocked_reason)
            self.card_label.setText(text)
            if card.sold_order_ref:
                self._load_entries(f"card:{card.code}", self.card_entries)
        self._update_card_buttons()

    def _entry_headings(self) -> list[str]:
        """An account's entries: the other side of each transfer, and its amount signed for this account."""
        return [self.tr("When"), self.tr("Entry"), self.tr("With"), self.tr("Amount"), self.tr("State"),
                self.tr("Order or reason")]

    def block_card(self) -> None:
        if self.current_card is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Block gift card"),
                                          self.tr("Why is card %1 blocked?").replace("%1", self.current_card.code))
        if ok:
            self.rpc.call("payments.block_gift_card", lambda w: self.show_card(GiftCardRecord.from_wire(w)),
                          lambda e: show_error(self, e), code=self.current_card.code, reason=reason)

    def unblock_card(self) -> None:
        if self.current_card is not None:
            self.rpc.call("payments.unblock_gift_card", lambda w: self.show_card(GiftCardRecord.from_wire(w)),
                          lambda e: show_error(self, e), code=self.current_card.code)

    # ---- wallets -----------------------------------------------------------------------------------------
    def _wallets_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.customer_edit = QLineEdit(tab)
        self.customer_edit.setPlaceholderText(self.tr("Customer, then Enter"))
        self.customer_edit.setClearButtonEnabled(True)
        self.adjust_button = QPushButton(self.tr("&Adjust…"), tab)
        bar.addWidget(self.customer_edit, 1)
        bar.addWidget(self.adjust_button)
        box.addLayout(bar)
        self.wallet_label = _hint(tab)
        box.addWidget(self.wallet_label)
        self.entry_tabs = QTabWidget(tab)
        self.balance_entries = read_only_table(tab, self._entry_headings(), ENTRY_WIDTHS)
        self.points_entries = read_only_table(tab, self._entry_headings(), ENTRY_WIDTHS)
        self.entry_tabs.addTab(self.balance_entries, self.tr("Balance entries"))
        self.entry_tabs.addTab(self.points_entries, self.tr("Points entries"))
        box.addWidget(self.entry_tabs, 2)
        approvals = QHBoxLayout()
        self.approvals_label = QLabel(self.tr("Adjustments waiting for a second person's approval:"), tab)
        self.approve_adjustment_button = QPushButton(self.tr("A&pprove"), tab)
        self.reject_adjustment_button = QPushButton(self.tr("R&eject"), tab)
        approvals.addWidget(self.approvals_label, 1)
        approvals.addWidget(self.approve_adjustment_button)
        approvals.addWidget(self.reject_adjustment_button)
        box.addLayout(approvals)
        self.adjustments_model = PagedTableModel(self.rpc, "payments.pending_adjustments", TransferRecord, [
            Column("created_at", self.tr("When"), local_time),
            Column("to_code", self.tr("To")),
            Column("from_code", self.tr("From")),
            Column("amount", self.tr("Amount"), money, RIGHT),
            Column("note", self.tr("Reason")),
            Column("created_by", self.tr("By")),
        ], page_size=100, parent=self)
        self.adjustments_table = record_table(self.adjustments_model, (120, 150, 100, 80, 240), tab)
        box.addWidget(self.adjustments_table, 1)
        approver = self.can("payments.approve")
        for w in (self.approvals_label, self.approve_adjustment_button, self.reject_adjustment_button,
                  self.adjustments_table):
            w.setVisible(approver)
        self.customer_edit.returnPressed.connect(lambda: self.look_up_wallet(self.customer_edit.text().strip()))
        self.adjust_button.clicked.connect(self.adjust)
        self.approve_adjustment_button.clicked.connect(lambda: self.decide_adjustment("payments.approve_adjustment"))
        self.reject_adjustment_button.clicked.connect(lambda: self.decide_adjustment("payments.reject_adjustment"))
        self.adjustments_table.selectionModel().selectionChanged.connect(lambda *_: self._update_wallet_buttons())
        self.adjustments_model.failed.connect(lambda err: show_error(self, err))
        self.show_wallet(None)
        return tab

    def look_up_wallet(self, customer_ref: str) -> None:
        if not customer_ref:
            return

        def failed(err: DomainError) -> None:
            self.show_wallet(None)
            self.wallet_label.setText(err.message)

        self.rpc.call("payments.wallet", lambda w: self.show_wallet(WalletRecord.from_wire(w)), failed,
                      customer_ref=customer_ref)

    def show_wallet(self, wallet: WalletRecord | None) -> None:
        self.current_wallet = wallet
        self.balance_entries.setRowCount(0)
        self.points_entries.setRowCount(0)
        if wallet is None:
            self.wallet_label.setText(self.tr("Type a customer's reference and press Enter to see the balance and "
                                              "points with every entry."))
        else:
            self.wallet_label.setText(
                self.tr("%1: balance %2 (%3 held for unpaid orders) · points %4 (%5 held, %6 pending until the "
                        "after-sale window closes), worth %7")
                .replace("%1", wallet.customer_ref).replace("%2", money(wallet.balance))
                .replace("%3", money(wallet.balance_held)).replace("%4", f"{wallet.points:,}")
                .replace("%5", f"{wallet.points_held:,}").replace("%6", f"{wallet.points_pending:,}")
                .replace("%7", money(wallet.points_value)))
            self._load_entries(f"balance:{wallet.customer_ref}", self.balance_entries)
            self._load_entries(f"points:{wallet.customer_ref}", self.points_entries)
        self._update_wallet_buttons()

    def _load_entries(self, account: str, table) -> None:  # type: ignore[no-untyped-def]
        """An account's newest entries; a wallet's accounts exist once something was booked to them: before that
        there is nothing to list."""
        def show(wire: object) -> None:
            entries = Page.from_wire(wire).records(TransferRecord)
            fill_table(table, [(local_time(t.created_at), kind_text(t.kind),
                                t.to_code if t.from_code == account else t.from_code,
                                ("−" if t.from_code == account else "+") + money(t.amount), state_text(t.state),
                                t.order_ref or t.note or "—") for t in entries], numeric=(3,))

        def failed(err: DomainError) -> None:
            if err.field != "account_code":
                show_error(self, err)

        self.rpc.call("payments.account_entries", show, failed, account_code=account, page_size=200)

    def _update_wallet_buttons(self) -> None:
        self.adjust_button.setEnabled(self.can("payments.adjust") and self.current_wallet is not None)
        chosen = bool(self.adjustments_table.selectionModel().selectedRows())
        self.approve_adjustment_button.setEnabled(chosen)
        self.reject_adjustment_button.setEnabled(chosen)

    def adjust(self) -> None:
        if self.current_wallet is None:
            return
        self.adjust_dialog = AdjustDialog(self.rpc, self.current_wallet.customer_ref, self)

        def done() -> None:
            t = self.adjust_dialog.result_record
            if t is not None and t.state == "pending":
                self.wallet_label.setText(self.wallet_label.text() + "\n" +
                                          self.tr("The adjustment waits for a second person's approval."))
            self.look_up_wallet(self.adjust_dialog.customer_ref)
            if self.can("payments.approve"):
                self.adjustments_model.reload()

        self.adjust_dialog.accepted.connect(done)
        self.adjust_dialog.open()

    def decide_adjustment(self, path: str) -> None:
        rows = self.adjustments_table.selectionModel().selectedRows()
        if not rows:
            return
        t = self.adjustments_model.record(rows[0].row())

        def done(_wire: object) -> None:
            self.adjustments_model.reload()
            if self.current_wallet is not None:
                self.look_up_wallet(self.current_wallet.customer_ref)

        self.rpc.call(path, done, lambda e: show_error(self, e), key=t.key)
