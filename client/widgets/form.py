"""A form that shows a domain error next to the field at fault, and the rest in a banner above."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from middle_tier.contract import DomainError

if TYPE_CHECKING:
    from client.rpc import RpcClient


class FormPanel(QWidget):
    """Rows of label + widget + (hidden) error text; `show_error` puts a DomainError where it belongs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._banner = QLabel(self)
        self._banner.setObjectName("formBanner")
        self._banner.setWordWrap(True)
        self._banner.hide()
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._banner)
        outer.addLayout(self._form)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._hints: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        note = QLabel(hint, holder)
        note.setObjectName("fieldHint")
        note.setWordWrap(False)
        note.setVisible(bool(hint))
        box.addWidget(note)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self._form.addRow(caption, holder)
        self._fields[name] = (widget, error)
        self._hints[name] = note
        return widget

    def set_hint(self, name: str, hint: str) -> None:
        """Say something else under a field (what its value means now); '' hides the hint."""
        note = self._hints[name]
        note.setText(hint)
        note.setVisible(bool(hint))

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def set_field_visible(self, name: str, visible: bool) -> None:
        """Show or hide a row (its label, widget, hint and error) of a field that does not apply now."""
        self._form.setRowVisible(self._fields[name][0].parentWidget(), visible)

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def clear_errors(self) -> None:
        self._banner.hide()
        for widget, error in self._fields.values():
            error.hide()
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show_error(self, err: DomainError) -> None:
        self.clear_errors()
        if err.field in self._fields:
            widget, error = self._fields[err.field]
            error.setText(err.message)
            error.show()
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()
        else:
            self.show_banner(err.message + (f"  [{err.ref}]" if err.ref else ""))

    def show_banner(self, text: str) -> None:
        self._banner.setText(text)
        self._banner.show()

    def error_text(self, name: str) -> str:
        _, error = self._fields[name]
        return error.text() if not error.isHidden() else ""

    def banner_text(self) -> str:
        return self._banner.text() if not self._banner.isHidden() else ""


class FormDialog(QDialog):
    """A dialog made of a FormPanel and OK/Cancel: `submit` sends a verb and shows its error at the field.

    Subclasses add fields to `self.form`, then call `self.finish_layout()`; their OK handler calls
    `self.submit(path, on_saved, **arguments)`.
    """

    def __init__(self, rpc: RpcClient, title: str, parent: QWidget | None = None, *, ok_text: str = "",
                 min_width: int = 440) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = FormPanel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.form)

    def finish_layout(self, *extra: QWidget) -> None:
        for widget in extra:
            self._layout.addWidget(widget)
        self._layout.addWidget(self.buttons)

    def on_ok(self) -> None:
        """Override: check what the client can, then `submit`."""

    def submit(self, path: str, on_saved: Callable[[object], None], **arguments: object) -> None:
        self.form.clear_errors()
        self.ok_button.setEnabled(False)
        self.rpc.call(path, on_saved, self.on_error, **arguments)

    def on_error(self, err: DomainError) -> None:
        self.ok_button.setEnabled(True)
        self.form.show_error(err)
