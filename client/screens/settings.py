"""Basic settings: one typed field per business setting; the middle tier validates and saves all at once."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from client.i18n import LANGUAGES
from client.rpc import RpcClient
from client.screens.base import Screen
from client.widgets.form import FormPanel
from middle_tier.contract import DomainError, LoginResult
from middle_tier.contract.system import SettingRecord


class SettingsScreen(Screen):
    """Company, currency, tax, time zone, review limit, security settings."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Basic settings"), self.tr("These apply to every user and every document."))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.layout_.addWidget(self.scroll, 1)
        bar = QHBoxLayout()
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        self.layout_.addLayout(bar)
        self.records: dict[str, SettingRecord] = {}
        self.form: FormPanel | None = None
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.save_button.setEnabled(False)

    def refresh(self) -> None:
        self.rpc.call("system.list_settings", self._on_loaded, lambda e: self.status.setText(e.message))

    def _on_loaded(self, wire: tuple) -> None:
        self.records = {r.key: r for r in (SettingRecord.from_wire(w) for w in wire)}
        form = FormPanel()
        writable = self.can("system.settings.write")
        for rec in self.records.values():
            if rec.kind == "bool":
                widget: QWidget = QCheckBox(rec.description)
                widget.setChecked(rec.value == "true")
            elif rec.kind == "choice":
                widget = QComboBox()
                for choice in rec.choices:      # a language by its name (简体中文), other choices as they are
                    widget.addItem(LANGUAGES.get(choice, choice), choice)
                if widget.findData(rec.value) < 0:
                    widget.addItem(rec.value, rec.value)
                widget.setCurrentIndex(widget.findData(rec.value))
                widget.setMaximumWidth(160)
            else:
                widget = QLineEdit(rec.value)
                widget.setToolTip(rec.description)
                widget.setMaximumWidth(420 if rec.kind == "text" else 160)
            widget.setEnabled(writable)
            form.add_field(rec.key, rec.label, widget, "" if rec.kind == "bool" else rec.description)
            if rec.updated_by:
                widget.setStatusTip(self.tr("Last changed by %1 at %2").replace("%1", rec.updated_by)
                                    .replace("%2", rec.updated_at.strftime("%Y-%m-%d %H:%M") if rec.updated_at else ""))
        self.form = form
        self.scroll.setWidget(form)
        self.save_button.setEnabled(writable)
        self.revert_button.setEnabled(True)

    def value_of(self, key: str) -> str:
        assert self.form is not None
        widget = self.form.field(key)
        if isinstance(widget, QCheckBox):
            return "true" if widget.isChecked() else "false"
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def changes(self) -> tuple:
        return tuple((key, self.value_of(key), rec.version) for key, rec in self.records.items()
                     if self.value_of(key).strip() != rec.value)

    def save(self) -> None:
        if self.form is None:
            return
        self.form.clear_errors()
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return
        self.save_button.setEnabled(False)
        self.rpc.call("system.update_settings", lambda w: self._on_saved(w, len(changes)), self._on_error,
                      changes=changes)

    def _on_saved(self, wire: tuple, count: int) -> None:
        self._on_loaded(wire)
        self.status.setText(self.tr("Saved %n setting(s).", "", count))

    def _on_error(self, err: DomainError) -> None:
        self.save_button.setEnabled(True)
        assert self.form is not None
        self.form.show_error(err)
        self.status.setText(err.message)
