"""Change one's own password."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from client.rpc import RpcClient
from client.widgets.form import FormDialog
from middle_tier.contract import E_VALIDATION, DomainError


class ChangePasswordDialog(FormDialog):
    """Current password, new password twice."""

    def __init__(self, rpc: RpcClient, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(rpc, self.tr("Change password"), parent)
        self.old_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.old_edit, self.new_edit, self.again_edit):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("old_password", self.tr("&Current password"), self.old_edit)
        self.form.add_field("new_password", self.tr("&New password"), self.new_edit)
        self.form.add_field("again", self.tr("&Repeat new password"), self.again_edit)
        if forced:
            note = QLabel(self.tr("Your password was set by an administrator. Choose your own now."), self)
            note.setWordWrap(True)
            self.finish_layout(note)
        else:
            self.finish_layout()

    def on_ok(self) -> None:
        self.form.clear_errors()
        if self.new_edit.text() != self.again_edit.text():
            self.form.show_error(DomainError(E_VALIDATION, self.tr("The two new passwords differ."), "again"))
            return
        self.submit("session.change_password", lambda _r: self.accept(), old_password=self.old_edit.text(),
                    new_password=self.new_edit.text())
