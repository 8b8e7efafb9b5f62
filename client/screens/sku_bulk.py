"""Changing the SKUs selected in the catalog browser at once: a status, a price change, a weight for those of 0 g.

The middle tier previews what the change would do (how many SKUs change, the price ranges, the first few SKUs
before and after) as the fields are filled in, and then makes it in one call, all or nothing; the dialog computes
no price itself.
"""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.catalog import status_text
from client.widgets.form import FormDialog
from middle_tier.contract import DomainError
from middle_tier.contract.catalog import BULK_SKUS_MAX, PRICE_CHANGES, PRODUCT_STATUSES, SkuBulkChange, SkuRecord

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PREVIEW_DELAY_MS = 400      # the preview is asked for once typing pauses
FIELD_WIDTH = 280


def price_range(low: object, high: object) -> str:
    return f"{low:,.2f}" if low == high else f"{low:,.2f}–{high:,.2f}"


class BulkSkuDialog(FormDialog):
    """New status, price and weight for every selected SKU: previewed by the middle tier, then one call.

    Enter previews what the fields say (when the preview shown is not theirs yet), then, pressed again, makes
    the change the preview shows.
    """

    def __init__(self, rpc: RpcClient, skus: list[SkuRecord], parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("Change %n selected SKU(s)", "", len(skus)), parent, min_width=640)
        self.skus = skus
        self.result_record: SkuBulkChange | None = None
        self.preview_record: SkuBulkChange | None = None
        self._previewed: dict | None = None        # the arguments the preview shown was made for
        self._refused = False                      # the middle tier refused what the fields say
        self._asked: dict | None = None            # those of the preview on its way
        self._request_id = uuid.uuid4().hex
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("(as it is)"), "")
        for s in PRODUCT_STATUSES:
            self.status_combo.addItem(status_text(s), s)
        self.price_combo = QComboBox()
        self.price_combo.addItem(self.tr("(as it is)"), "")
        names = {"set": self.tr("Set a new list price"), "percent": self.tr("Raise or lower by a percentage"),
                 "amount": self.tr("Raise or lower by an amount")}
        for kind in PRICE_CHANGES:
            self.price_combo.addItem(names[kind], kind)
        self.price_edit = QLineEdit()
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(0, 1_000_000)
        self.weight_spin.setSuffix(" g")
        self.weight_spin.setSpecialValueText(self.tr("(as it is)"))
        self.weight_spin.setAccelerated(True)
        for w in (self.status_combo, self.price_combo, self.price_edit, self.weight_spin):
            w.setFixedWidth(FIELD_WIDTH)       # one column of fields, wide enough for the longest choice
        self.form.add_field("status", self.tr("&Status"), self.status_combo)
        self.form.add_field("price_change", self.tr("Pr&ice"), self.price_combo)
        self.form.add_field("price", self.tr("&Value"), self.price_edit)
        self.form.add_field("weight_g", self.tr("&Weight"), self.weight_spin,
                            self.tr("Only for the SKUs that weigh 0 g now; the others keep their weight."))
        self.summary = QLabel(self)
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel(self)
        self.warning.setObjectName("bulkPreview")
        self.warning.setProperty("tone", "warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.examples_caption = QLabel(self)
        self.examples = QTableWidget(0, 5, self)
        self.examples.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Status"),
                                                 self.tr("Price"), self.tr("Weight")])
        self.examples.verticalHeader().hide()
        self.examples.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.examples.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.examples.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # Tab goes from the fields to the buttons
        self.examples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.examples.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.examples.verticalHeader().setDefaultSectionSize(24)
        self.examples.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.examples.hide()
        self.examples_caption.hide()
        self.finish_layout(self.summary, self.warning, self.examples_caption, self.examples)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._connect_signals()
        for first, second in ((self.status_combo, self.price_combo), (self.price_combo, self.price_edit),
                              (self.price_edit, self.weight_spin), (self.weight_spin, self.ok_button)):
            QWidget.setTabOrder(first, second)
        self._on_price_kind_changed()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.preview)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.price_combo.currentIndexChanged.connect(lambda _i: self._on_price_kind_changed())
        self.price_edit.textChanged.connect(lambda _t: self._inputs_changed())
        self.weight_spin.valueChanged.connect(lambda _v: self._inputs_changed())

    # -- what the fields ask ----------------------------------------------------------------
    def arguments(self) -> dict:
        kind = self.price_combo.currentData()
        return dict(skus=tuple((s.id, s.version) for s in self.skus), status=self.status_combo.currentData(),
                    price_change=kind, price=self.price_edit.text().strip() if kind else "",
                    weight_g=self.weight_spin.value())

    def _asks_something(self, args: dict) -> bool:
        return bool(args["status"] or args["price_change"] or args["weight_g"])

    def _on_price_kind_changed(self) -> None:
        kind = self.price_combo.currentData()
        hints = {"set": (self.tr("The new list price of every selected SKU, e.g. 99.00"), "99.00"),
                 "percent": (self.tr("A percentage up, or down with a minus: 10 or -15; rounded to the fen"),
                             "10"),
                 "amount": (self.tr("An amount up, or down with a minus: 5.00 or -5.00"), "5.00")}
        self.form.set_field_visible("price", bool(kind))
        if kind:
            hint, placeholder = hints[kind]
            self.form.set_hint("price", hint)
            self.price_edit.setPlaceholderText(placeholder)
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        self._request_id = uuid.uuid4().hex      # another change: never answered by an earlier one's result
        self._refused = False
        if self._asks_something(self.arguments()):
            self._timer.start()
        else:
            self._timer.stop()
        self._show_state()

    # -- preview ------------------------------------------------------------------------------
    def preview(self) -> None:
        """Ask the middle tier what the fields would change (refusals show at their field)."""
        self._timer.stop()
        args = self.arguments()
        if not self._asks_something(args) or args == self._asked:
            return
        if len(self.skus) > BULK_SKUS_MAX:       # a convenience: the middle tier refuses it anyway
            self.form.show_banner(self.tr("At most %1 SKUs change at once; %2 are selected.")
                                  .replace("%1", f"{BULK_SKUS_MAX:,}").replace("%2", f"{len(self.skus):,}"))
            self._refused = True
            self._show_state()
            return
        self._asked = args
        self.rpc.call("catalog.preview_bulk_update_skus", lambda wire: self._on_preview(args, wire),
                      lambda err: self._on_preview_error(args, err), **args)
        self._show_state()

    def _on_preview(self, args: dict, wire: tuple) -> None:
        if args != self._asked:
            return                  # the fields changed since: another preview is on its way
        self._asked = None
        self._refused = False
        self.form.clear_errors()
        self.preview_record = SkuBulkChange.from_wire(wire)
        self._previewed = args
        self._show_state()

    def _on_preview_error(self, args: dict, err: DomainError) -> None:
        if args != self._asked:
            return
        self._asked = None
        self._refused = True
        self.preview_record = None
        self._previewed = None
        focus = self.focusWidget()
        self.form.show_error(err)
        if focus is not None:       # typing goes on where it was: the error is shown, not jumped to
            focus.setFocus()
        self._show_state()

    def is_current(self) -> bool:
        """Whether the last preview is of what the fields say now."""
        return self.preview_record is not None and self._previewed == self.arguments()

    def _show_state(self) -> None:
        """The button and the preview for what the fields say now. While a new preview is on its way the last one
        stays (the dialog does not jump at each key), but the button only previews."""
        p = self.preview_record if self.is_current() else None
        if p is not None and p.changed:
            self.ok_button.setText(self.tr("&Change %n SKU(s)", "", p.changed))
        else:
            self.ok_button.setText(self.tr("&Preview"))
        asks = self._asks_something(self.arguments())
        self.ok_button.setEnabled(asks and (p is None or p.changed > 0))
        working = self._asked is not None or self._timer.isActive()
        shown = p if p is not None else (self.preview_record if asks and working else None)
        if not asks:
            self.summary.setText(self.tr("%n SKU(s) selected. Choose a new status, a price change or a weight.", "",
                                         len(self.skus)))
        elif shown is not None:
            self.summary.setText(self.describe(shown))
        elif working:
            self.summary.setText(self.tr("Working out what would change…"))
        elif self._refused:
            self.summary.setText("")            # the refusal shows at its field, or above them
        else:
            self.summary.setText(self.tr("Press Enter to see what would change."))
        warning = "" if shown is None or not shown.product_not_on_sale else self.tr(
            "%n will be on sale in products that are not on sale: the shop lists them once their products go on "
            "sale too.", "", shown.product_not_on_sale)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self._fill_examples(shown)

    def describe(self, p: SkuBulkChange) -> str:
        """The preview in a few lines: how many change and in what."""
        if not p.changed:
            return self.tr("Nothing would change: the %n selected SKU(s) are like this already.", "", p.selected)
        lines = [self.tr("%n SKU(s) will change; %1 stay as they are:", "", p.changed)
                 .replace("%1", f"{p.selected - p.changed:,}") if p.selected > p.changed
                 else self.tr("%n SKU(s) will change:", "", p.changed)]
        status = (self._previewed or {}).get("status", "")
        if p.status_changed:
            lines.append("• " + {"on_sale": self.tr("%n go on sale", "", p.status_changed),
                                 "off_sale": self.tr("%n go off sale", "", p.status_changed),
                                 "draft": self.tr("%n go back to draft", "", p.status_changed)}[status])
        if p.price_changed:
            lines.append("• " + self.tr("%n get a new price: %1 → %2", "", p.price_changed)
                         .replace("%1", price_range(p.price_before_min, p.price_before_max))
                         .replace("%2", price_range(p.price_after_min, p.price_after_max)))
        if p.weight_changed:
            lines.append("• " + self.tr("%n weighing 0 g get %1 g", "", p.weight_changed)
                         .replace("%1", f"{(self._previewed or {}).get('weight_g', 0):,}"))
        return "\n".join(lines)

    def _fill_examples(self, p: SkuBulkChange | None) -> None:
        """The first few SKUs that change, before and after (none while no preview is current)."""
        shown = p.examples if p is not None else ()
        self.examples.setRowCount(len(shown))
        self.examples.setVisible(bool(shown))
        self.examples_caption.setVisible(p is not None and p.changed > len(shown) > 0)
        if p is None or not shown:
            return
        self.examples_caption.setText(self.tr("The first %n, in code order:", "", len(shown)))
        for i, r in enumerate(p.examples):
            status = (status_text(r.status_after) if r.status_before == r.status_after
                      else f"{status_text(r.status_before)} → {status_text(r.status_after)}")
            price = (f"{r.price_after:,.2f}" if r.price_before == r.price_after
                     else f"{r.price_before:,.2f} → {r.price_after:,.2f}")
            weight = (f"{r.weight_after:,} g" if r.weight_before == r.weight_after
                      else f"{r.weight_before:,} → {r.weight_after:,} g")
            for j, text in enumerate((r.code, r.name, status, price, weight)):
                item = QTableWidgetItem(text)
                if j >= 3:
                    item.setTextAlignment(RIGHT)
                if j == 1:
                    item.setToolTip(text)
                self.examples.setItem(i, j, item)
        frame = 2 * self.examples.frameWidth()
        self.examples.setFixedHeight(self.examples.horizontalHeader().sizeHint().height() + frame
                                     + sum(self.examples.rowHeight(i) for i in range(len(shown))))

    # -- the change ---------------------------------------------------------------------------
    def on_ok(self) -> None:
        """Enter or the button: preview what the fields say, or, once previewed, make the change."""
        if not self.is_current():
            self._asked = None      # asked again now, even when the same preview is on its way
            self.preview()
            return
        assert self.preview_record is not None
        if not self.preview_record.changed:
            return
        self.summary.setText(self.tr("Changing %n SKU(s) in one transaction…", "", self.preview_record.changed))
        self.submit("catalog.bulk_update_skus", self._on_done, **self.arguments(), request_id=self._request_id)

    def _on_done(self, wire: tuple) -> None:
        self.result_record = SkuBulkChange.from_wire(wire)
        self.accept()

    def on_error(self, err: DomainError) -> None:
        super().on_error(err)
        self.preview_record = None          # the middle tier refused: preview again before trying again
        self._previewed = None
        self._refused = True
        self._show_state()
