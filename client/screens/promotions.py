"""Promotions: the list of activities and templates, a timeline of what runs when, and the editor."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.promotion_pickers import (
    SCOPE_FINDERS,
    DateTimeField,
    LookupDialog,
    Pick,
    PickList,
    local_time,
    promotion_finder,
    utc_text,
    zone,
)
from client.widgets.errors import show_error
from client.widgets.form import FormDialog, FormPanel
from client.widgets.paged_model import Column, PagedTableModel, record_table
from middle_tier.contract import DomainError, LoginResult
from middle_tier.contract.promotions import (
    CHANNELS,
    ITEM_STAGES,
    PROMOTION,
    PROMOTION_STATUSES,
    STAGE_AMOUNT_PER,
    STAGE_KINDS,
    Collision,
    PromotionRecord,
    PromotionSummary,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def stage_text(stage: str) -> str:
    t = QCoreApplication.translate
    return {"item": t("promotions", "item"), "item_coupon": t("promotions", "item coupon"),
            "order": t("promotions", "store-level"), "order_coupon": t("promotions", "order coupon"),
            "shipping": t("promotions", "shipping")}.get(stage, stage)


def kind_text(kind: str) -> str:
    t = QCoreApplication.translate
    return {"percent_off": t("promotions", "percent off"), "amount_off": t("promotions", "amount off"),
            "fixed_price": t("promotions", "fixed price"), "buy_x_get_y": t("promotions", "buy X get Y"),
            "spend_and_save": t("promotions", "spend and save"), "gift": t("promotions", "gift with purchase"),
            "free_shipping": t("promotions", "free shipping")}.get(kind, kind)


def status_text(status: str) -> str:
    t = QCoreApplication.translate
    return {"draft": t("promotions", "draft"), "active": t("promotions", "active"),
            "paused": t("promotions", "paused"), "ended": t("promotions", "ended")}.get(status, status)


def channel_text(channel: str) -> str:
    t = QCoreApplication.translate
    return {"web": t("promotions", "web"), "app": t("promotions", "app"), "phone": t("promotions", "phone"),
            "store": t("promotions", "store"), "group_buy": t("promotions", "group buy")}.get(channel, channel)


def amount_per_text(per: str) -> str:
    t = QCoreApplication.translate
    return {"unit": t("promotions", "each unit"), "line": t("promotions", "each line, once"),
            "order": t("promotions", "the order, once")}.get(per, per)


def collision_text(c: Collision) -> str:
    """What a collision means for the promotion being saved, as a sentence."""
    t = QCoreApplication.translate
    why = {"same_group": t("promotions", "same exclusion group"),
           "no_combine": t("promotions", "they do not combine"),
           "stop_further": t("promotions", "one stops further promotions")}.get(c.why, c.why)
    name = t("promotions", "%1 (%2)").replace("%1", c.code).replace("%2", c.name)
    if not c.per_sku:
        return t("promotions", "Cannot apply in one order with %1 (%2): the one that saves more applies.") \
            .replace("%1", name).replace("%2", why)
    parts = []
    lost, won, skus = c.lost, c.won, c.skus      # plain names: lupdate misses a count given as an attribute
    if lost:
        parts.append(t("promotions", "Will be excluded by %1 on %n SKU(s)", "", lost).replace("%1", name))
    if won:
        parts.append((t("promotions", "will exclude %1 on %n SKU(s)", "", won) if parts else
                      t("promotions", "Will exclude %1 on %n SKU(s)", "", won)).replace("%1", name))
    if not parts:
        parts.append(t("promotions", "Competes with %1 on %n SKU(s)", "", skus).replace("%1", name))
    text = parts[0] if len(parts) == 1 else t("promotions", "%1; %2").replace("%1", parts[0]).replace("%2", parts[1])
    text = t("promotions", "%1 (%2)").replace("%1", text).replace("%2", why)
    if c.more:
        text += t("promotions", "; counted on the first %n SKU(s) only", "", skus)
    return text


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d" if value.time() == dt.time() else "%Y-%m-%d %H:%M")


def _opt(value: object) -> str:
    return "—" if value is None else str(value)


class TimelineWidget(QWidget):
    """Bars of live promotions over a window of days: active green, paused grey, draft (planned) blue."""

    DAYS_BEFORE, DAYS_AFTER = 14, 46
    ROW, HEADER, LABEL = 22, 24, 230
    COLOURS = {"active": QColor("#2e7d32"), "paused": QColor("#9e9e9e"), "draft": QColor("#1565c0")}

    def __init__(self, parent: QWidget | None = None, *, tz: dt.tzinfo = dt.UTC) -> None:
        super().__init__(parent)
        self.items: list[PromotionSummary] = []
        self.tz = tz                  # days are drawn in the company's time zone; start and end are in it
        today = dt.datetime.now(tz).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
        self.start = today - dt.timedelta(days=self.DAYS_BEFORE)
        self.end = today + dt.timedelta(days=self.DAYS_AFTER)
        self.setMinimumHeight(self.HEADER + self.ROW * 3)

    def set_items(self, items: list[PromotionSummary]) -> None:
        self.items = items
        self.setMinimumHeight(self.HEADER + self.ROW * max(3, len(items)) + 4)
        self.update()

    def _x(self, when: dt.datetime | None, width: float, default: dt.datetime) -> float:
        return self._x_local(local_time(when, self.tz) or default, width)

    def _x_local(self, when: dt.datetime, width: float) -> float:
        when = min(max(when, self.start), self.end)
        span = (self.end - self.start).total_seconds()
        return self.LABEL + (width - self.LABEL) * (when - self.start).total_seconds() / span

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width() - 8)
        p.fillRect(self.rect(), QColor("#ffffff"))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        day = self.start
        while day <= self.end:        # a tick each Monday, the date every second week
            x = self._x_local(day, width)
            if day.weekday() == 0:
                p.setPen(QPen(QColor("#e0e0e0")))
                p.drawLine(int(x), self.HEADER - 4, int(x), self.height())
                p.setPen(QPen(QColor("#616161")))
                p.drawText(QRectF(x + 2, 2, 60, self.HEADER - 6), Qt.AlignmentFlag.AlignLeft, day.strftime("%m-%d"))
            day += dt.timedelta(days=1)
        x_today = self._x_local(dt.datetime.now(self.tz).replace(tzinfo=None), width)
        p.setPen(QPen(QColor("#c62828"), 2))
        p.drawLine(int(x_today), self.HEADER - 4, int(x_today), self.height())
        p.setFont(self.font())
        for row, item in enumerate(self.items):
            y = self.HEADER + row * self.ROW
            p.setPen(QPen(QColor("#212121")))
            p.drawText(QRectF(4, y, self.LABEL - 10, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       p.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideRight, self.LABEL - 12))
            x0 = self._x(item.starts, width, self.start)
            x1 = self._x(item.ends, width, self.end)
            colour = self.COLOURS.get(item.status, QColor("#757575"))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x0, y + 4, max(3.0, x1 - x0), self.ROW - 8), 3, 3)
        if not self.items:
            p.setPen(QPen(QColor("#757575")))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No promotions in these weeks."))
        p.end()


class PromotionDialog(FormDialog):
    """Create or change a promotion or template, on four tabs (the offer, what it applies to, how it stacks, when
    and for whom); only the fields its kind uses are offered. Things are picked, not typed: SKUs, products,
    categories and brands for the scope, promotions by name, dates in the company's time zone. While it is edited,
    the middle tier says what it would collide with (promotions.preview_collisions)."""

    def __init__(self, rpc: RpcClient, record: PromotionRecord | None = None, *, template: bool = False,
                 timezone: str = "", parent: QWidget | None = None) -> None:
        title = (self.tr("New template") if template else self.tr("New promotion")) if record is None \
            else self.tr("Promotion %1").replace("%1", record.code)
        super().__init__(rpc, title, parent, min_width=720)
        self.record = record
        self.template = record.is_template if record else template
        self.tz = zone(timezone)
        self.result_record: PromotionRecord | None = None
        r = record
        self.edits: dict[str, QWidget] = {}
        self.panels: dict[str, FormPanel] = {}
        self.tabs = QTabWidget(self)
        # -- the offer
        offer = self._panel("offer", self.tr("&Offer"))
        self.code_edit = self._line(offer, "code", self.tr("&Code"), r.code if r else "")
        self.name_edit = self._line(offer, "name", self.tr("&Name"), r.name if r else "")
        self.stage_combo = QComboBox()
        for stage in STAGE_KINDS:
            self.stage_combo.addItem(stage_text(stage), stage)
        self.kind_combo = QComboBox()
        self._add(offer, "stage", self.tr("&Stage"), self.stage_combo,
                  self.tr("Item -> item coupon -> store-level -> order coupon -> shipping"))
        self._add(offer, "kind", self.tr("K&ind"), self.kind_combo)
        self._line(offer, "percent", self.tr("Percent off"), str(r.percent) if r else "", self.tr("10 means 10 % off"))
        self._line(offer, "amount", self.tr("A&mount"), str(r.amount) if r else "",
                   self.tr("The amount off, or the spend-and-save reward"))
        self.per_combo = QComboBox()
        self._add(offer, "amount_per", self.tr("Taken &from"), self.per_combo)
        self._line(offer, "fixed_price", self.tr("Fixed price"), str(r.fixed_price) if r else "",
                   self.tr("Per unit"))
        self._line(offer, "buy", self.tr("Buy X"), str(r.buy) if r else "")
        self._line(offer, "get", self.tr("Get Y free"), str(r.get) if r else "",
                   self.tr("The cheapest of the units bought go free"))
        self._line(offer, "threshold", self.tr("&Threshold"), str(r.threshold) if r else "",
                   self.tr("Spend at least this (the minimum spend for other kinds)"))
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("price after earlier stages"), "running")
        self.basis_combo.addItem(self.tr("list price"), "list")
        self._add(offer, "threshold_basis", self.tr("Threshold counts"), self.basis_combo)
        self._check(offer, "repeat", self.tr("Repeat for every threshold reached"), r.repeat if r else False)
        self._line(offer, "cap", self.tr("Cap"), "" if not r or r.cap is None else str(r.cap),
                   self.tr("Largest discount per order; empty: none"))
        self.gift_edit = QLineEdit(r.gift_sku_code if r else "")
        self.gift_button = QPushButton(self.tr("Fin&d…"))
        gift = QWidget()
        gift_row = QHBoxLayout(gift)
        gift_row.setContentsMargins(0, 0, 0, 0)
        gift_row.addWidget(self.gift_edit, 1)
        gift_row.addWidget(self.gift_button)
        gift.setFocusProxy(self.gift_edit)
        self._add(offer, "gift_sku_code", self.tr("&Gift SKU"), gift)
        self._line(offer, "gift_qty", self.tr("Gift quantity"), str(r.gift_qty) if r else "1")
        # -- what it applies to
        applies = self._panel("scope", self.tr("&Applies to"))
        self.scope_list = PickList(rpc, self.tr("Add to the scope"), [
            ("sku", self.tr("SKUs"), SCOPE_FINDERS["sku"]), ("product", self.tr("Products"), SCOPE_FINDERS["product"]),
            ("category", self.tr("Categories (with everything below)"), SCOPE_FINDERS["category"]),
            ("brand", self.tr("Brands"), SCOPE_FINDERS["brand"])],
            self.tr("Nothing picked: the promotion covers the whole cart."), show_kind=True)
        if r is not None:
            self.scope_list.set_picks([Pick(i.kind, i.ref_id, i.code, i.name) for i in r.scope])
        self._add(applies, "scope", self.tr("S&cope"), self.scope_list)
        # -- how it stacks
        stacking = self._panel("stacking", self.tr("Stac&king"))
        self._line(stacking, "exclusion_group", self.tr("E&xclusion group"), r.exclusion_group if r else "",
                   self.tr("At most one promotion of a group applies to an item (to an order at the store-level "
                           "stages)"))
        self._line(stacking, "priority", self.tr("&Priority"), str(r.priority) if r else "100",
                   self.tr("Lower runs first"))
        self._check(stacking, "stop_further", self.tr("Stop further promotions of this stage (on its items)"),
                    r.stop_further if r else False)
        self._check(stacking, "order_exclusive",
                    self.tr("Exclusive for the whole order, not only on its items"),
                    r.order_exclusive if r else False)
        self._check(stacking, "stackable", self.tr("Stackable with other stackable promotions"),
                    r.stackable if r else False)
        self.combines_list = PickList(
            rpc, self.tr("Combines with"),
            [("promotion", self.tr("Promotions"), promotion_finder(_describe, r.id if r else 0))],
            self.tr("None: it runs beside another promotion only if both are stackable."), show_kind=False)
        if r is not None:
            self.combines_list.set_picks([Pick("promotion", p.id, p.code, p.name) for p in r.partners])
        self._add(stacking, "combines_with", self.tr("Com&bines with"), self.combines_list,
                  self.tr("Both must name each other"))
        # -- when and for whom
        when = self._panel("when", self.tr("&When and who"))
        self.starts_field = DateTimeField(self.tz, self.tr("when activated"), self.tr("From"))
        self.starts_field.set_utc(r.starts if r else None)
        self._add(when, "starts", self.tr("Sta&rts"), self.starts_field)
        self.ends_field = DateTimeField(self.tz, self.tr("no end"), self.tr("Until"))
        self.ends_field.set_utc(r.ends if r else None)
        self._add(when, "ends", self.tr("&Ends"), self.ends_field)
        ticks = max(self.starts_field.check.sizeHint().width(), self.ends_field.check.sizeHint().width())
        for field in (self.starts_field, self.ends_field):      # the two date editors one above the other
            field.check.setMinimumWidth(ticks)
        channels = QWidget()
        channel_row = QHBoxLayout(channels)
        channel_row.setContentsMargins(0, 0, 0, 0)
        self.channel_boxes: dict[str, QCheckBox] = {}
        for c in CHANNELS:
            box = QCheckBox(channel_text(c), channels)
            box.setChecked(bool(r and c in r.channels))
            channel_row.addWidget(box)
            self.channel_boxes[c] = box
        channel_row.addStretch(1)
        channels.setFocusProxy(self.channel_boxes[CHANNELS[0]])
        self._add(when, "channels", self.tr("C&hannels"), channels, self.tr("None ticked: every channel"))
        self._line(when, "member_levels", self.tr("&Member levels"), ", ".join(r.member_levels) if r else "",
                   self.tr("e.g. gold, silver; empty: every customer"))
        self._line(when, "usage_limit", self.tr("&Usage limit"), _blank(r.usage_limit if r else None),
                   self.tr("Orders in all; empty: no limit"))
        self._line(when, "per_customer_limit", self.tr("Per cus&tomer"), _blank(r.per_customer_limit if r else None),
                   self.tr("Orders per customer; empty: no limit"))
        self._line(when, "budget", self.tr("&Budget"), _blank(r.budget if r else None),
                   self.tr("Discount given in all; the last order gets what is left"))
        self._line(when, "supplier_code", self.tr("Co-funding supplier"), r.supplier_code if r else "")
        self._line(when, "supplier_share", self.tr("Supplier share %"), str(r.supplier_share) if r else "0")
        self.description_edit = QPlainTextEdit(r.description if r else "")
        self.description_edit.setMaximumHeight(64)
        self.description_edit.setTabChangesFocus(True)
        self._add(when, "description", self.tr("&Description"), self.description_edit)
        # -- the dialog: a banner for errors of no field, the tabs, what it collides with, OK / Cancel
        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.collisions_label = QLabel(self)
        self.collisions_label.setObjectName("collisionPreview")
        self.collisions_label.setWordWrap(True)
        self.collisions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.collisions_label.setMinimumHeight(40)
        collisions_box = QGroupBox(self.tr("Collisions with other live promotions"), self)
        QVBoxLayout(collisions_box).addWidget(self.collisions_label)
        self._layout.removeWidget(self.form)      # the first tab's panel, placed on its tab
        self._layout.addWidget(self.banner)
        self._layout.addWidget(self.tabs, 1)
        self._layout.addWidget(collisions_box)
        self.finish_layout()
        self.resize(760, 640)
        if r is not None:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(r.stage)))
            self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(r.threshold_basis)))
        self._fill_kinds(r.kind if r else "", r.amount_per if r else "")
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(600)
        self._preview_generation = 0
        self.collisions: tuple[Collision, ...] = ()
        self._connect_signals()
        self.preview()

    def _connect_signals(self) -> None:
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._fill_kinds("", ""))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_amount_per(""))
        self.gift_button.clicked.connect(self._on_gift_button_clicked)
        self._preview_timer.timeout.connect(self.preview)
        for widget in self.edits.values():       # anything changed: ask again what it would collide with
            for signal in ("textChanged", "currentIndexChanged", "toggled", "changed"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self._preview_timer.start())
        self.gift_edit.textChanged.connect(lambda _t: self._preview_timer.start())
        for box in self.channel_boxes.values():
            box.toggled.connect(lambda _b: self._preview_timer.start())

    # -- building the form
    def _panel(self, key: str, title: str) -> FormPanel:
        panel = self.form if not self.panels else FormPanel()
        self.panels[key] = panel
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(panel)
        box.addStretch(1)
        page.setWidget(holder)
        self.tabs.addTab(page, title)
        return panel

    def _add(self, panel: FormPanel, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        self.edits[key] = widget
        return panel.add_field(key, label, widget, hint)

    def _line(self, panel: FormPanel, key: str, label: str, value: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self._add(panel, key, label, edit, hint)
        return edit

    def _check(self, panel: FormPanel, key: str, label: str, value: bool) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(value)
        self._add(panel, key, "", box)
        return box

    def _panel_of(self, key: str) -> FormPanel:
        return next(p for p in self.panels.values() if p.has_field(key))

    def _fill_kinds(self, keep: str, keep_per: str) -> None:
        stage = self.stage_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in STAGE_KINDS[stage]:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(keep)))
        self.kind_combo.blockSignals(False)
        self._fill_amount_per(keep_per)

    def _fill_amount_per(self, keep: str) -> None:
        """What an amount off is taken from, as the stage allows (contract.STAGE_AMOUNT_PER)."""
        stage = self.stage_combo.currentData()
        self.per_combo.blockSignals(True)
        self.per_combo.clear()
        for per in STAGE_AMOUNT_PER.get(stage, ()):
            self.per_combo.addItem(amount_per_text(per), per)
        self.per_combo.setCurrentIndex(max(0, self.per_combo.findData(keep)))
        self.per_combo.setEnabled(self.per_combo.count() > 1)
        self.per_combo.blockSignals(False)
        self._show_for_kind()

    def _uses(self) -> dict[str, bool]:
        kind = self.kind_combo.currentData()
        stage = self.stage_combo.currentData()
        thresholds = kind != "buy_x_get_y"
        return {"percent": kind == "percent_off", "amount": kind in ("amount_off", "spend_and_save"),
                "amount_per": kind == "amount_off", "fixed_price": kind == "fixed_price",
                "buy": kind == "buy_x_get_y", "get": kind == "buy_x_get_y", "threshold": thresholds,
                "threshold_basis": thresholds, "repeat": kind == "spend_and_save", "gift_sku_code": kind == "gift",
                "gift_qty": kind == "gift", "order_exclusive": stage in ITEM_STAGES}

    def _show_for_kind(self) -> None:
        """Offer the fields the chosen kind uses (the middle tier checks them all anyway)."""
        for key, shown in self._uses().items():
            self._panel_of(key).set_field_visible(key, shown)

    # -- what is sent
    def fields(self) -> tuple[tuple[str, str], ...]:
        out: list[tuple[str, str]] = []
        uses = self._uses()
        for key, widget in self.edits.items():
            if key == "scope":
                value = ", ".join(f"{p.kind}:{p.code}" for p in self.scope_list.picks())
            elif key == "combines_with":
                value = ",".join(str(p.id) for p in self.combines_list.picks())
            elif key == "starts":
                value = self.starts_field.utc()
            elif key == "ends":
                value = self.ends_field.utc()
            elif key == "channels":
                value = ",".join(c for c, box in self.channel_boxes.items() if box.isChecked())
            elif key == "gift_sku_code":
                value = self.gift_edit.text()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
            elif isinstance(widget, QCheckBox):
                value = "true" if widget.isChecked() else "false"
            elif isinstance(widget, QComboBox):
                value = widget.currentData() or ""
            else:
                value = widget.toPlainText()  # type: ignore[attr-defined]
            if not uses.get(key, True):
                value = {"repeat": "false", "order_exclusive": "false"}.get(key, "")   # a field not used: empty
            out.append((key, value))
        out.append(("is_template", "true" if self.template else "false"))
        return tuple(out)

    def on_ok(self) -> None:
        if self.record is None:
            self.submit("promotions.create_promotion", self._on_saved, fields=self.fields())
        else:
            self.submit("promotions.update_promotion", self._on_saved, promotion_id=self.record.id,
                        version=self.record.version, fields=self.fields())

    def submit(self, path: str, on_saved: Callable[[object], None], **arguments: object) -> None:
        self.banner.hide()
        for panel in self.panels.values():
            panel.clear_errors()
        super().submit(path, on_saved, **arguments)

    def on_error(self, err: DomainError) -> None:
        """The error at its field, on the tab that holds it (the banner above the tabs when no field has it)."""
        self.ok_button.setEnabled(True)
        holder = next((p for p in self.panels.values() if p.has_field(err.field)), None)
        if holder is None:
            self.banner.setText(err.message + (f"  [{err.ref}]" if err.ref else ""))
            self.banner.show()
            return
        self.tabs.setCurrentIndex(list(self.panels.values()).index(holder))
        holder.show_error(err)

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = PromotionRecord.from_wire(wire)
        self.accept()

    def _on_gift_button_clicked(self) -> None:
        self.gift_lookup = LookupDialog(self.rpc, self.tr("Gift SKU"), [("sku", self.tr("SKUs"),
                                                                         SCOPE_FINDERS["sku"])], self)
        self.gift_lookup.accepted.connect(lambda: self.gift_edit.setText(self.gift_lookup.picked[0].code))
        self.gift_lookup.open()

    # -- what it would collide with
    def preview(self) -> None:
        """Ask the middle tier what this promotion, as it stands in the form, would collide with."""
        self._preview_timer.stop()
        if self.template:
            self.collisions_label.setText(self.tr("A template does not run, so it collides with nothing."))
            return
        self._preview_generation += 1
        generation = self._preview_generation
        self.rpc.call("promotions.preview_collisions", lambda wire: self._show_collisions(generation, wire),
                      lambda err: self._preview_failed(generation, err),
                      promotion_id=self.record.id if self.record else 0, fields=self.fields())

    def _show_collisions(self, generation: int, wire: tuple) -> None:
        if generation != self._preview_generation:
            return
        self.collisions = tuple(Collision.from_wire(w) for w in wire)
        self.collisions_label.setProperty("tone", "warning" if self.collisions else "ok")
        self.collisions_label.style().unpolish(self.collisions_label)
        self.collisions_label.style().polish(self.collisions_label)
        if not self.collisions:
            self.collisions_label.setText(self.tr("None: no live promotion of this stage keeps it from applying, "
                                                  "nor does it keep one out."))
        else:
            self.collisions_label.setText("\n".join("• " + collision_text(c) for c in self.collisions))

    def _preview_failed(self, generation: int, err: DomainError) -> None:
        if generation == self._preview_generation:
            self.collisions = ()
            self.collisions_label.setProperty("tone", "")
            self.collisions_label.setText(self.tr("Checked once the offer is complete: %1").replace("%1", err.message))


def _describe(p: PromotionSummary) -> str:
    return f"{stage_text(p.stage)} · {kind_text(p.kind)} · {status_text(p.status)}"


def _blank(value: object) -> str:
    return "" if value is None else str(value)


class FromTemplateDialog(FormDialog):
    def __init__(self, rpc: RpcClient, template: PromotionSummary, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New promotion from %1").replace("%1", template.name), parent)
        self.template = template
        self.result_record: PromotionRecord | None = None
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit(template.name)
        self.form.add_field("code", self.tr("&Code"), self.code_edit)
        self.form.add_field("name", self.tr("&Name"), self.name_edit)
        self.finish_layout()

    def on_ok(self) -> None:
        self.submit("promotions.create_from_template", self._on_saved, template_id=self.template.id,
                    code=self.code_edit.text(), name=self.name_edit.text())

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = PromotionRecord.from_wire(wire)
        self.accept()


class CouponsDialog(QDialog):
    """Generate codes for a coupon promotion and see them (paged)."""

    def __init__(self, rpc: RpcClient, promotion: PromotionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.promotion = promotion
        self.setWindowTitle(self.tr("Coupons of %1").replace("%1", promotion.name))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, 100_000)
        self.count_spin.setValue(100)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setPlaceholderText(self.tr("Prefix (optional)"))
        self.prefix_edit.setMaxLength(12)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        bar.addWidget(QLabel(self.tr("Codes:"), self))
        bar.addWidget(self.count_spin)
        bar.addWidget(self.prefix_edit)
        bar.addWidget(self.generate_button)
        layout.addLayout(bar)
        self.status_label = QLabel(self)
        layout.addWidget(self.status_label)
        from middle_tier.contract.promotions import CouponRecord

        self.model = PagedTableModel(rpc, "promotions.list_coupons", CouponRecord, [
            Column("code", self.tr("Code")), Column("state", self.tr("State")),
            Column("order_ref", self.tr("Order")), Column("customer_ref", self.tr("Customer"))], page_size=500,
            parent=self)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 180)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.generate_button.clicked.connect(self.generate)
        self.model.set_filters(promotion_id=promotion.id)

    def generate(self) -> None:
        import uuid

        self.generate_button.setEnabled(False)
        self.rpc.call("promotions.generate_coupons", self._done, self._failed, promotion_id=self.promotion.id,
                      count=self.count_spin.value(), prefix=self.prefix_edit.text(), request_id=uuid.uuid4().hex)

    def _done(self, total: int) -> None:
        self.generate_button.setEnabled(True)
        self.status_label.setText(self.tr("The promotion has %n code(s).", "", total))
        self.model.reload()

    def _failed(self, err) -> None:  # type: ignore[no-untyped-def]
        self.generate_button.setEnabled(True)
        self.status_label.setText(err.message)


class PromotionsScreen(Screen):
    """Activities and templates: filter, create, edit, copy from a template, run, pause, end; the timeline."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.tz = zone(me.timezone)
        self.add_title(self.tr("Promotions"),
                       self.tr("Activities and their templates, with dates in the company's time zone (%1). The "
                               "timeline shows what runs when; the editor says which promotions a new one would "
                               "collide with.").replace("%1", getattr(self.tz, "key", "UTC")))
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Code or name  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), "")
        for s in PROMOTION_STATUSES:
            self.status_combo.addItem(status_text(s), s)
        self.templates_box = QCheckBox(self.tr("&Templates"), self)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.templates_box)
        self.layout_.addLayout(bar)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.copy_button = QPushButton(self.tr("From &template…"), self)
        self.activate_button = QPushButton(self.tr("&Activate"), self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.end_button = QPushButton(self.tr("En&d"), self)
        self.coupons_button = QPushButton(self.tr("C&oupons…"), self)
        for w in (self.new_button, self.edit_button, self.copy_button, self.activate_button, self.pause_button,
                  self.end_button, self.coupons_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self.notice = QLabel(self)
        self.notice.setObjectName("formBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.layout_.addWidget(self.notice)
        self.model = PagedTableModel(rpc, "promotions.list_promotions", PromotionSummary, [
            Column("code", self.tr("Code")),
            Column("name", self.tr("Name")),
            Column("status", self.tr("Status"), status_text),
            Column("stage", self.tr("Stage"), stage_text),
            Column("kind", self.tr("Kind"), kind_text),
            Column("starts", self.tr("Starts"), lambda v: _when(local_time(v, self.tz))),
            Column("ends", self.tr("Ends"), lambda v: _when(local_time(v, self.tz))),
            Column("exclusion_group", self.tr("Group")),
            Column("uses_taken", self.tr("Used"), str, RIGHT),
            Column("usage_limit", self.tr("Limit"), _opt, RIGHT),
            Column("budget_taken", self.tr("Spent"), lambda v: f"{v:,.2f}", RIGHT),
            Column("budget", self.tr("Budget"), lambda v: "—" if v is None else f"{v:,.2f}", RIGHT),
        ], page_size=200, parent=self)
        self.table = record_table(self.model, (120, 260, 70, 95, 120, 120, 120, 80, 50, 50, 80), self)
        self.timeline = TimelineWidget(self, tz=self.tz)
        timeline_scroll = QScrollArea(self)
        timeline_scroll.setWidgetResizable(True)
        timeline_scroll.setWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(timeline_scroll)
        splitter.setSizes([380, 260])
        self.layout_.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.apply_filters)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.templates_box.toggled.connect(lambda _b: self.apply_filters())
        self.new_button.clicked.connect(self.new_promotion)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_template)
        self.activate_button.clicked.connect(lambda: self.set_status("active"))
        self.pause_button.clicked.connect(lambda: self.set_status("paused"))
        self.end_button.clicked.connect(lambda: self.set_status("ended"))
        self.coupons_button.clicked.connect(self.open_coupons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.failed.connect(lambda err: show_error(self, err))
        self._update_buttons()

    def refresh(self) -> None:
        self.apply_filters()
        self.load_timeline()

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_filters(search=self.search_edit.text(), status=self.status_combo.currentData(),
                               templates=self.templates_box.isChecked())

    def load_timeline(self) -> None:
        self.rpc.call("promotions.timeline",
                      lambda rows: self.timeline.set_items([PromotionSummary.from_wire(r) for r in rows]),
                      lambda e: show_error(self, e), start=utc_text(self.timeline.start, self.tz),
                      end=utc_text(self.timeline.end, self.tz))

    def selected(self) -> PromotionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        p = self.selected()
        writable = self.can("promotions.write")
        allowed = PROMOTION.targets(p.status) if p and not p.is_template else ()
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and p is not None and bool(PROMOTION.targets(p.status)))  # not ended
        self.copy_button.setEnabled(writable and p is not None and p.is_template)
        self.activate_button.setEnabled(writable and "active" in allowed)
        self.pause_button.setEnabled(writable and "paused" in allowed)
        self.end_button.setEnabled(writable and "ended" in allowed)
        self.coupons_button.setEnabled(p is not None and p.stage in ("item_coupon", "order_coupon")
                                       and not p.is_template)

    def new_promotion(self) -> None:
        self.dialog = PromotionDialog(self.rpc, None, template=self.templates_box.isChecked(),
                                      timezone=self.me.timezone, parent=self)
        self.dialog.accepted.connect(lambda: self._after_save(self.dialog.result_record))
        self.dialog.open()

    def edit_selected(self) -> None:
        p = self.selected()
        if p is None or not self.can("promotions.write"):
            return
        self.rpc.call("promotions.get_promotion", self._open_editor, lambda e: show_error(self, e),
                      promotion_id=p.id)

    def _open_editor(self, wire: tuple) -> None:
        self.dialog = PromotionDialog(self.rpc, PromotionRecord.from_wire(wire), timezone=self.me.timezone,
                                      parent=self)
        self.dialog.accepted.connect(lambda: self._after_save(self.dialog.result_record))
        self.dialog.open()

    def copy_template(self) -> None:
        p = self.selected()
        if p is None or not p.is_template:
            return
        self.dialog = FromTemplateDialog(self.rpc, p, self)
        self.dialog.accepted.connect(lambda: self._after_save(self.dialog.result_record))
        self.dialog.open()

    def _after_save(self, record: PromotionRecord | None) -> None:
        self.show_collisions(record)
        self.refresh()

    def show_collisions(self, record: PromotionRecord | None) -> None:
        if record is None or not record.collisions:
            self.notice.hide()
            return
        self.notice.setText(self.tr("%1 is saved. It collides with other live promotions:").replace("%1", record.code)
                            + "\n" + "\n".join("• " + collision_text(c) for c in record.collisions))
        self.notice.show()

    def set_status(self, status: str) -> None:
        p = self.selected()
        if p is None:
            return
        self.rpc.call("promotions.set_status", lambda w: self._after_save(PromotionRecord.from_wire(w)),
                      lambda e: show_error(self, e), promotion_id=p.id, version=p.version, status=status)

    def open_coupons(self) -> None:
        p = self.selected()
        if p is None:
            return

        def open_dialog(wire: tuple) -> None:
            self.coupons_dialog = CouponsDialog(self.rpc, PromotionRecord.from_wire(wire), self)
            self.coupons_dialog.open()

        self.rpc.call("promotions.get_promotion", open_dialog, lambda e: show_error(self, e), promotion_id=p.id)


