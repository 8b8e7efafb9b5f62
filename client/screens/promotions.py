"""Promotions: the list of activities and templates, a timeline of what runs when, and the editor."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.paged_model import Column, PagedTableModel, record_table
from middle_tier.contract import LoginResult
from middle_tier.contract.promotions import (
    CHANNELS,
    PROMOTION,
    PROMOTION_STATUSES,
    STAGE_KINDS,
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[PromotionSummary] = []
        today = dt.datetime.now(dt.UTC).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
        self.start = today - dt.timedelta(days=self.DAYS_BEFORE)
        self.end = today + dt.timedelta(days=self.DAYS_AFTER)
        self.setMinimumHeight(self.HEADER + self.ROW * 3)

    def set_items(self, items: list[PromotionSummary]) -> None:
        self.items = items
        self.setMinimumHeight(self.HEADER + self.ROW * max(3, len(items)) + 4)
        self.update()

    def _x(self, when: dt.datetime | None, width: float, default: dt.datetime) -> float:
        when = when or default
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
            x = self._x(day, width, day)
            if day.weekday() == 0:
                p.setPen(QPen(QColor("#e0e0e0")))
                p.drawLine(int(x), self.HEADER - 4, int(x), self.height())
                p.setPen(QPen(QColor("#616161")))
                p.drawText(QRectF(x + 2, 2, 60, self.HEADER - 6), Qt.AlignmentFlag.AlignLeft, day.strftime("%m-%d"))
            day += dt.timedelta(days=1)
        today = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        x_today = self._x(today, width, today)
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
    """Create or change a promotion or template; only the fields that apply to its kind are offered."""

    def __init__(self, rpc: RpcClient, record: PromotionRecord | None = None, *, template: bool = False,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("New template") if template else self.tr("New promotion")) if record is None \
            else self.tr("Promotion %1").replace("%1", record.code)
        super().__init__(rpc, title, parent, min_width=640)
        self.record = record
        self.template = record.is_template if record else template
        self.result_record: PromotionRecord | None = None
        r = record
        self.edits: dict[str, QWidget] = {}
        self.code_edit = self._line("code", self.tr("&Code"), r.code if r else "")
        self.name_edit = self._line("name", self.tr("&Name"), r.name if r else "")
        self.stage_combo = QComboBox()
        for stage in STAGE_KINDS:
            self.stage_combo.addItem(stage_text(stage), stage)
        self.kind_combo = QComboBox()
        self._add("stage", self.tr("&Stage"), self.stage_combo,
                  self.tr("Item -> item coupon -> store-level -> order coupon -> shipping"))
        self._add("kind", self.tr("&Kind"), self.kind_combo)
        self._line("percent", self.tr("Percent off"), str(r.percent) if r else "", self.tr("10 means 10 % off"))
        self._line("amount", self.tr("Amount / reward"), str(r.amount) if r else "",
                   self.tr("Amount off per unit, or the spend-and-save reward"))
        self._line("fixed_price", self.tr("Fixed price"), str(r.fixed_price) if r else "")
        self._line("buy", self.tr("Buy X"), str(r.buy) if r else "")
        self._line("get", self.tr("Get Y free"), str(r.get) if r else "")
        self._line("threshold", self.tr("Threshold"), str(r.threshold) if r else "",
                   self.tr("Spend at least this (the minimum spend for other kinds)"))
        self.repeat_box = self._check("repeat", self.tr("Repeat for every threshold reached"), r.repeat if r else False)
        self._line("cap", self.tr("Cap"), "" if not r or r.cap is None else str(r.cap),
                   self.tr("Largest discount per order; empty: none"))
        self._line("gift_sku_code", self.tr("Gift SKU"), r.gift_sku_code if r else "")
        self._line("gift_qty", self.tr("Gift quantity"), str(r.gift_qty) if r else "1")
        self._line("scope", self.tr("S&cope"), ", ".join(f"{s.kind}:{s.code}" for s in r.scope) if r else "",
                   self.tr("e.g. category:tshirts, brand:xihu, sku:P00001-WHITE-S; empty: the whole cart"))
        self._line("exclusion_group", self.tr("E&xclusion group"), r.exclusion_group if r else "",
                   self.tr("At most one promotion of a group applies"))
        self._line("priority", self.tr("Priority"), str(r.priority) if r else "100", self.tr("Lower runs first"))
        self._check("stop_further", self.tr("Stop further promotions of this stage"), r.stop_further if r else False)
        self._check("stackable", self.tr("Stackable with other stackable promotions"), r.stackable if r else False)
        self._line("combines_with", self.tr("Combines with"), ", ".join(str(i) for i in r.combines_with) if r else "",
                   self.tr("Ids of promotions this one may run with (both must name each other)"))
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("price after earlier stages"), "running")
        self.basis_combo.addItem(self.tr("list price"), "list")
        self._add("threshold_basis", self.tr("Threshold counts"), self.basis_combo)
        self._line("member_levels", self.tr("Member levels"), ", ".join(r.member_levels) if r else "",
                   self.tr("Empty: every customer"))
        self._line("channels", self.tr("Channels"), ", ".join(r.channels) if r else "",
                   ", ".join(CHANNELS) + self.tr("; empty: all"))
        self._line("starts", self.tr("S&tarts"), r.starts.isoformat(" ", "minutes") if r and r.starts else "",
                   self.tr("2026-12-01 or 2026-12-01 10:00 (UTC); empty: now"))
        self._line("ends", self.tr("&Ends"), r.ends.isoformat(" ", "minutes") if r and r.ends else "")
        self._line("usage_limit", self.tr("Usage limit"), _blank(r.usage_limit if r else None))
        self._line("per_customer_limit", self.tr("Per customer"), _blank(r.per_customer_limit if r else None))
        self._line("budget", self.tr("Budget"), _blank(r.budget if r else None))
        self._line("supplier_code", self.tr("Co-funding supplier"), r.supplier_code if r else "")
        self._line("supplier_share", self.tr("Supplier share %"), str(r.supplier_share) if r else "0")
        self.description_edit = QPlainTextEdit(r.description if r else "")
        self.description_edit.setMaximumHeight(70)
        self._add("description", self.tr("&Description"), self.description_edit)
        if r is not None:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(r.stage)))
            self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(r.threshold_basis)))
        self._fill_kinds(r.kind if r else "")
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._fill_kinds(""))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_for_kind())
        self._show_for_kind()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumHeight(520)
        self._layout.removeWidget(self.form)
        self._layout.addWidget(scroll)
        self.finish_layout()

    def _add(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        self.edits[key] = widget
        return self.form.add_field(key, label, widget, hint)

    def _line(self, key: str, label: str, value: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self._add(key, label, edit, hint)
        return edit

    def _check(self, key: str, label: str, value: bool) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(value)
        self._add(key, "", box)
        return box

    def _fill_kinds(self, keep: str) -> None:
        stage = self.stage_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in STAGE_KINDS[stage]:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(keep)))
        self.kind_combo.blockSignals(False)
        self._show_for_kind()

    def _uses(self) -> dict[str, bool]:
        kind = self.kind_combo.currentData()
        return {"percent": kind == "percent_off", "amount": kind in ("amount_off", "spend_and_save"),
                "fixed_price": kind == "fixed_price", "buy": kind == "buy_x_get_y", "get": kind == "buy_x_get_y",
                "repeat": kind == "spend_and_save", "gift_sku_code": kind == "gift", "gift_qty": kind == "gift"}

    def _show_for_kind(self) -> None:
        """Offer the fields the chosen kind uses (the middle tier checks them all anyway)."""
        for key, shown in self._uses().items():
            self.form.set_field_visible(key, shown)

    def fields(self) -> tuple[tuple[str, str], ...]:
        out: list[tuple[str, str]] = []
        uses = self._uses()
        for key, widget in self.edits.items():
            if isinstance(widget, QLineEdit):
                value = widget.text()
            elif isinstance(widget, QCheckBox):
                value = "true" if widget.isChecked() else "false"
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            else:
                value = widget.toPlainText()  # type: ignore[attr-defined]
            if not uses.get(key, True):
                value = {"repeat": "false"}.get(key, "")   # a field the kind does not use is sent empty
            out.append((key, value))
        out.append(("is_template", "true" if self.template else "false"))
        return tuple(out)

    def on_ok(self) -> None:
        if self.record is None:
            self.submit("promotions.create_promotion", self._on_saved, fields=self.fields())
        else:
            self.submit("promotions.update_promotion", self._on_saved, promotion_id=self.record.id,
                        version=self.record.version, fields=self.fields())

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = PromotionRecord.from_wire(wire)
        self.accept()


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
        self.add_title(self.tr("Promotions"),
                       self.tr("Activities and their templates. The timeline shows what runs when; a promotion "
                               "that collides with an exclusive one is flagged when it is saved."))
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
            Column("starts", self.tr("Starts"), _when),
            Column("ends", self.tr("Ends"), _when),
            Column("exclusion_group", self.tr("Group")),
            Column("uses_taken", self.tr("Used"), str, RIGHT),
            Column("usage_limit", self.tr("Limit"), _opt, RIGHT),
            Column("budget_taken", self.tr("Spent"), lambda v: f"{v:,.2f}", RIGHT),
            Column("budget", self.tr("Budget"), lambda v: "—" if v is None else f"{v:,.2f}", RIGHT),
        ], page_size=200, parent=self)
        self.table = record_table(self.model, (120, 260, 70, 95, 120, 120, 120, 80, 50, 50, 80), self)
        self.timeline = TimelineWidget(self)
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
                      lambda e: show_error(self, e), start=self.timeline.start.isoformat(),
                      end=self.timeline.end.isoformat())

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
        self.dialog = PromotionDialog(self.rpc, None, template=self.templates_box.isChecked(), parent=self)
        self.dialog.accepted.connect(lambda: self._after_save(self.dialog.result_record))
        self.dialog.open()

    def edit_selected(self) -> None:
        p = self.selected()
        if p is None or not self.can("promotions.write"):
            return
        self.rpc.call("promotions.get_promotion", self._open_editor, lambda e: show_error(self, e),
                      promotion_id=p.id)

    def _open_editor(self, wire: tuple) -> None:
        self.dialog = PromotionDialog(self.rpc, PromotionRecord.from_wire(wire), parent=self)
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
        names = ", ".join(f"{c.code} ({c.name})" for c in record.collisions)
        self.notice.setText(self.tr("Saved, but %1 collides with exclusive promotions on the same items and dates: "
                                    "%2. Only one of them will apply to a cart.").replace("%1", record.code)
                            .replace("%2", names))
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


