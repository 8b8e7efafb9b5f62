"""Change one's own password."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from client.rpc import RpcClient
from client.widgets.form import FormPanel
from middle_tier.contract import E_VALIDATION, DomainError


class ChangePasswordDialog(QDialog):
    """Current password, new password twice."""

    def __init__(self, rpc: RpcClient, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was set by an administrator. Choose your own now."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = FormPanel(self)
        self.old_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.old_edit, self.new_edit, self.again_edit):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("old_password", self.tr("&Current password"), self.old_edit)
        self.form.add_field("new_password", self.tr("&New password"), self.new_edit)
        self.form.add_field("again", self.tr("&Repeat new password"), self.again_edit)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _on_ok(self) -> None:
        self.form.clear_errors()
        if self.new_edit.text() != self.again_edit.text():
            self.form.show_error(DomainError(E_VALIDATION, self.tr("The two new passwords differ."), "again"))
            return
        self.ok_button.setEnabled(False)
        self.rpc.call("session.change_password", lambda _r: self.accept(), self._on_error,
                      old_password=self.old_edit.text(), new_password=self.new_edit.text())

    def _on_error(self, err: DomainError) -> None:
        self.ok_button.setEnabled(True)
        self.form.show_error(err)
