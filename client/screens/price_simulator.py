"""The price simulator: build a cart, pick a customer, channel and time, and see the price with its explanation
(the same `promotions.price` verb the storefront and the agents' "why this price" use)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.promotion_pickers import DateTimeField, zone
from client.screens.promotions import channel_text, stage_text
from client.sku_lookup import find_sku
from client.widgets.errors import show_error
from middle_tier.contract import DomainError, LoginResult
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.promotions import CHANNELS, PriceQuote, QuoteGift, QuotePromotion, QuoteRejection

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def hint_text(r: QuoteRejection) -> str:
    """A promotion short of its threshold as the shopper's hint: what is missing, and what it would give."""
    t = QCoreApplication.translate
    if r.kind == "buy_x_get_y":
        missing = r.missing_qty          # a plain name: lupdate misses a count given as an attribute
        return t("simulator", "Add %n more item(s) to get %1 free.", "", missing).replace("%1", money(r.reward))
    if r.kind == "free_shipping":
        return t("simulator", "Add %1 more for free shipping (saves %2).").replace("%1", r.detail) \
            .replace("%2", money(r.reward))
    if r.kind == "gift":
        return t("simulator", "Add %1 more to get a gift worth %2.").replace("%1", r.detail) \
            .replace("%2", money(r.reward))
    return t("simulator", "Add %1 more to save %2 (from %3).").replace("%1", r.detail) \
        .replace("%2", money(r.reward)).replace("%3", money(r.threshold))


def reason_text(r: QuoteRejection) -> str:
    """A rejection as a sentence; threshold_short becomes the shopper's hint."""
    t = QCoreApplication.translate
    if r.reason == "threshold_short":
        return hint_text(r)
    return {
        "out_of_scope": t("simulator", "No item of the cart is in its scope."),
        "outside_time": t("simulator", "Not running at this time."),
        "wrong_channel": t("simulator", "Not offered on this channel."),
        "member_level": t("simulator", "Not for this member level."),
        "limit_reached": t("simulator", "Usage limit reached."),
        "budget_exhausted": t("simulator", "Budget spent."),
        "excluded_by": t("simulator", "Excluded by %1.").replace("%1", r.detail),
        "stopped_by": t("simulator", "Stopped by %1, which stops further promotions.").replace("%1", r.detail),
        "not_better": t("simulator", "Another combination saves more."),
        "no_saving": t("simulator", "It would save nothing on this cart."),
    }.get(r.reason, r.reason)


def coupon_refusal_text(why: str) -> str:
    """Why a coupon code does not count: the code itself, or its promotion's reason."""
    t = QCoreApplication.translate
    return {"unknown": t("simulator", "no such code"), "used": t("simulator", "already used"),
            "void": t("simulator", "void"), "other_customer": t("simulator", "issued to another customer"),
            "one_per_promotion": t("simulator", "one code per promotion"),
            "inactive": t("simulator", "its promotion is not running"),
            "limit_reached": t("simulator", "its usage limit is reached"),
            "budget_exhausted": t("simulator", "its budget is spent"),
            "threshold_short": t("simulator", "the cart is short of its threshold"),
            "out_of_scope": t("simulator", "no item of the cart is in its scope"),
            "outside_time": t("simulator", "not running at this time"),
            "wrong_channel": t("simulator", "not offered on this channel"),
            "member_level": t("simulator", "not for this member level"),
            "excluded_by": t("simulator", "another promotion saves more"),
            "stopped_by": t("simulator", "stopped by another promotion"),
            "not_better": t("simulator", "another promotion saves more"),
            "no_saving": t("simulator", "it would save nothing on this cart")}.get(why, why)


def applied_text(p: QuotePromotion, gifts: tuple[QuoteGift, ...]) -> str:
    """What an applied promotion gave, and what cut it short (its cap, the budget it had left)."""
    t = QCoreApplication.translate
    mine = [g for g in gifts if g.promotion_id == p.promotion_id]
    if mine and not p.discount:
        text = t("simulator", "gift: %1").replace("%1", ", ".join(f"{g.name} × {g.qty}" for g in mine))
    else:
        text = t("simulator", "saves %1").replace("%1", money(p.discount))
    if p.limited_by == "budget":
        text += t("simulator", " (budget left %1; the offer is %2)").replace("%1", money(p.discount)) \
            .replace("%2", money(p.full_discount))
    elif p.limited_by == "cap":
        text += t("simulator", " (capped at %1; the offer is %2)").replace("%1", money(p.discount)) \
            .replace("%2", money(p.full_discount))
    if p.coupon_code:
        text += t("simulator", ", coupon %1").replace("%1", p.coupon_code)
    if p.supplier_amount:
        text += t("simulator", ", %1 funded by %2").replace("%1", money(p.supplier_amount)).replace(
            "%2", p.supplier_code)
    return text


class PriceSimulatorScreen(Screen):
    """Scan or type SKUs into a cart; Enter adds, F9 prices; the tree explains every step and every refusal."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        tz = zone(me.timezone)
        self.add_title(self.tr("Price simulator"),
                       self.tr("Scan or type a SKU code and press Enter to add it; F9 prices the cart. Times are in "
                               "the company's time zone (%1).").replace("%1", getattr(tz, "key", "UTC")))
        self.cart: list[SkuRecord] = []
        top = QHBoxLayout()
        left = QVBoxLayout()
        entry = QHBoxLayout()
        self.sku_edit = QLineEdit(self)
        self.sku_edit.setPlaceholderText(self.tr("SKU code or barcode"))
        self.qty_spin = QSpinBox(self)
        self.qty_spin.setRange(1, 9999)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        entry.addWidget(self.sku_edit, 1)
        entry.addWidget(QLabel(self.tr("Qty"), self))
        entry.addWidget(self.qty_spin)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        left.addLayout(entry)
        self.cart_table = QTableWidget(0, 5, self)
        self.cart_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Qty"),
                                                   self.tr("Unit price"), self.tr("Amount")])
        self.cart_table.verticalHeader().hide()
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 130), (2, 40), (3, 80), (4, 80)):
            self.cart_table.setColumnWidth(col, width)
        left.addWidget(self.cart_table, 1)
        top.addLayout(left, 3)
        box = QGroupBox(self.tr("Customer and channel"), self)
        form = QFormLayout(box)
        self.customer_edit = QLineEdit(box)
        self.customer_edit.setPlaceholderText(self.tr("member number (optional)"))
        self.level_edit = QLineEdit(box)
        self.level_edit.setPlaceholderText(self.tr("e.g. gold"))
        self.channel_combo = QComboBox(box)
        for c in CHANNELS:
            self.channel_combo.addItem(channel_text(c), c)
        self.coupons_edit = QLineEdit(box)
        self.coupons_edit.setPlaceholderText(self.tr("codes, comma-separated"))
        self.shipping_edit = QLineEdit("10.00", box)
        self.at_field = DateTimeField(tz, self.tr("now"), "", box)
        self.at_field.zone_label.hide()           # the screen's hint names the zone
        self.at_field.edit.setMinimumWidth(140)
        self.at_field.check.setToolTip(self.tr("Price the cart at another time"))
        form.addRow(self.tr("&Customer"), self.customer_edit)
        form.addRow(self.tr("Member &level"), self.level_edit)
        form.addRow(self.tr("C&hannel"), self.channel_combo)
        form.addRow(self.tr("C&oupons"), self.coupons_edit)
        form.addRow(self.tr("&Shipping fee"), self.shipping_edit)
        time_label = QLabel(self.tr("&Time"), box)
        time_label.setBuddy(self.at_field)
        form.addRow(time_label, self.at_field)
        self.price_button = QPushButton(self.tr("&Price  (F9)"), box)
        self.price_button.setDefault(False)
        form.addRow(self.price_button)
        box.setMaximumWidth(300)           # short fields: the cart gets the width
        top.addWidget(box, 2)
        self.layout_.addLayout(top, 2)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("screenTitle")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.layout_.addWidget(self.total_label)
        self.layout_.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lines_tree = QTreeWidget(self)
        self.lines_tree.setHeaderLabels([self.tr("Line / step"), self.tr("Base"), self.tr("Change"),
                                         self.tr("Amount")])
        header = self.lines_tree.header()          # the amounts always in view; the names take what is left
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.lines_tree.setColumnWidth(col, 70)
        self.why_tree = QTreeWidget(self)
        self.why_tree.setHeaderLabels([self.tr("Promotion"), self.tr("Result")])
        self.why_tree.setColumnWidth(0, 200)
        splitter.addWidget(self.lines_tree)
        splitter.addWidget(self.why_tree)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        self.layout_.addWidget(splitter, 3)
        self.quote: PriceQuote | None = None
        self.sku_edit.returnPressed.connect(self.add_entered)
        self.add_button.clicked.connect(self.add_entered)
        self.remove_button.clicked.connect(self.remove_selected)
        self.price_button.clicked.connect(self.price)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, activated=self.price)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.sku_edit.setFocus)

    # ---- the cart -----------------------------------------------------------------------------------
    def add_entered(self) -> None:
        text = self.sku_edit.text().strip()
        if not text:
            return
        qty = self.qty_spin.value()

        def found(sku: SkuRecord) -> None:
            self.add_sku(sku, qty)
            self.sku_edit.clear()
            self.qty_spin.setValue(1)

        def missing() -> None:
            self.message_label.setText(self.tr("No SKU with code or barcode %1.").replace("%1", text))
            self.sku_edit.selectAll()

        find_sku(self.rpc, text, found, missing, lambda e: show_error(self, e))

    def add_sku(self, sku: SkuRecord, qty: int) -> None:
        for row, existing in enumerate(self.cart):
            if existing.id == sku.id:
                item = self.cart_table.item(row, 2)
                item.setText(str(int(item.text()) + qty))
                break
        else:
            self.cart.append(sku)
            row = self.cart_table.rowCount()
            self.cart_table.insertRow(row)
            for col, value in enumerate((sku.code, sku.name, str(qty), money(sku.list_price), "")):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(RIGHT)
                self.cart_table.setItem(row, col, item)
        self.message_label.setText(self.tr("%1 added.").replace("%1", sku.code))
        self.price()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.cart_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.cart_table.removeRow(row)
            del self.cart[row]
        self.price()

    def lines(self) -> tuple[tuple[int, int], ...]:
        return tuple((sku.id, int(self.cart_table.item(row, 2).text())) for row, sku in enumerate(self.cart))

    # ---- pricing ---------------------------------------------------------------------------------------
    def price(self) -> None:
        if not self.cart:
            self.total_label.setText(self.tr("The cart is empty."))
            self.lines_tree.clear()
            self.why_tree.clear()
            return
        codes = tuple(c.strip() for c in self.coupons_edit.text().split(",") if c.strip())
        self.rpc.call("promotions.price", self.show_quote, self.show_failure, lines=self.lines(), coupon_codes=codes,
                      customer_ref=self.customer_edit.text(), channel=self.channel_combo.currentData(),
                      member_level=self.level_edit.text(), shipping_fee=self.shipping_edit.text() or "0",
                      at=self.at_field.utc())

    def show_failure(self, err: DomainError) -> None:
        self.message_label.setText(err.message)

    def show_quote(self, wire: tuple) -> None:
        q = self.quote = PriceQuote.from_wire(wire)
        self.total_label.setText(self.tr("Total %1   (goods %2 of %3 list, shipping %4, you save %5)")
                                 .replace("%1", money(q.total)).replace("%2", money(q.goods_total))
                                 .replace("%3", money(q.goods_list_total)).replace("%4", money(q.shipping))
                                 .replace("%5", money(q.discount_total)))
        for row, line in enumerate(q.lines):
            if row < self.cart_table.rowCount():
                self.cart_table.item(row, 4).setText(money(line.amount))
        self.lines_tree.clear()
        for line in q.lines:
            top = QTreeWidgetItem([f"{line.sku_code}  {line.name}  × {line.qty}", money(line.list_amount), "",
                                   money(line.amount)])
            for step in line.steps:
                QTreeWidgetItem(top, [f"{stage_text(step.stage)}: {step.promotion_name}", money(step.base),
                                      money(step.delta), money(step.base + step.delta)])
            self.lines_tree.addTopLevelItem(top)
            top.setExpanded(True)
        if q.shipping_steps or q.shipping_fee:
            ship = QTreeWidgetItem([self.tr("Shipping"), money(q.shipping_fee), "", money(q.shipping)])
            for step in q.shipping_steps:
                QTreeWidgetItem(ship, [step.promotion_name, money(step.base), money(step.delta),
                                       money(step.base + step.delta)])
            self.lines_tree.addTopLevelItem(ship)
            ship.setExpanded(True)
        for gift in q.gifts:
            label = self.tr("Gift: %1 × %2").replace("%1", gift.name).replace("%2", str(gift.qty))
            self.lines_tree.addTopLevelItem(QTreeWidgetItem([label, "", "", money(Decimal(0))]))
        for col in (1, 2, 3):
            for i in range(self.lines_tree.topLevelItemCount()):
                top = self.lines_tree.topLevelItem(i)
                top.setTextAlignment(col, RIGHT)
                for j in range(top.childCount()):
                    top.child(j).setTextAlignment(col, RIGHT)
        self.why_tree.clear()
        applied = QTreeWidgetItem([self.tr("Applied (%n)", "", len(q.applied)), ""])
        for p in q.applied:
            QTreeWidgetItem(applied, [f"{p.name}  [{stage_text(p.stage)}]", applied_text(p, q.gifts)])
        hints = [r for r in q.rejected if r.reason == "threshold_short"]
        others = [r for r in q.rejected if r.reason not in ("threshold_short", "out_of_scope")]
        quiet = [r for r in q.rejected if r.reason == "out_of_scope"]
        close = QTreeWidgetItem([self.tr("Almost (%n)", "", len(hints)), ""])
        for r in hints:
            QTreeWidgetItem(close, [r.name, reason_text(r)])
        refused = QTreeWidgetItem([self.tr("Did not apply (%n)", "", len(others)), ""])
        for r in others:
            QTreeWidgetItem(refused, [r.name, reason_text(r)])
        elsewhere = QTreeWidgetItem([self.tr("For other items (%n)", "", len(quiet)), ""])
        for r in quiet:
            QTreeWidgetItem(elsewhere, [r.name, reason_text(r)])
        groups = [applied, close, refused, elsewhere]
        if q.coupons_refused:
            bad = QTreeWidgetItem([self.tr("Coupons refused (%n)", "", len(q.coupons_refused)), ""])
            for code, why in q.coupons_refused:
                QTreeWidgetItem(bad, [code, coupon_refusal_text(why)])
            groups.insert(1, bad)
        self.why_tree.addTopLevelItems(groups)
        for g in groups[:-1]:
            g.setExpanded(True)
        for g in groups:                 # the whole sentence on hover, where the column cuts it
            for i in range(g.childCount()):
                for col in (0, 1):
                    g.child(i).setToolTip(col, g.child(i).text(col))
        self.message_label.setText(" ".join(reason_text(r) for r in hints[:2]))
