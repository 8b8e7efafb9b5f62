"""Users: a paged list with search, and the dialogs to create and change them."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.roles import role_description, role_name
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from client.widgets.paged_model import Column, PagedTableModel, record_table
from middle_tier.contract import LoginResult, Page
from middle_tier.contract.system import RoleRecord, UserRecord


def _when(value) -> str:  # type: ignore[no-untyped-def]
    return value.strftime("%Y-%m-%d %H:%M")


class UserDialog(FormDialog):
    """Create a user, or change one (user name fixed, no password here)."""

    def __init__(self, rpc: RpcClient, user: UserRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New user") if user is None
                         else self.tr("Edit user %1").replace("%1", user.username), parent,
                         ok_text=self.tr("Create") if user is None else self.tr("Save"), min_width=460)
        self.user = user
        self.result_record: UserRecord | None = None
        self._request_id = uuid.uuid4().hex   # one per dialog: pressing OK again after a lost reply is safe
        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setReadOnly(user is not None)
        self.name_edit = QLineEdit(user.display_name if user else "")
        self.email_edit = QLineEdit(user.email if user else "")
        self.form.add_field("username", self.tr("&User name"), self.username_edit)
        self.form.add_field("display_name", self.tr("&Name"), self.name_edit)
        self.form.add_field("email", self.tr("&E-mail"), self.email_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            self.form.add_field("password", self.tr("Initial &password"), self.password_edit)
        self.roles_list = QListWidget()
        self.roles_list.setMinimumHeight(150)
        self.form.add_field("roles", self.tr("&Roles"), self.roles_list)
        hint = QLabel(self.tr("New users must change the initial password at their first login.")
                      if user is None else "", self)
        hint.setObjectName("screenHint")
        self.finish_layout(*([hint] if user is None else []))
        self.rpc.call("system.list_roles", self._on_roles, self.form.show_error)

    def _on_roles(self, wire: tuple) -> None:
        held = set(self.user.roles) if self.user else set()
        for rec in Page.from_wire(wire).records(RoleRecord):
            item = QListWidgetItem(f"{role_name(rec)}  ({rec.code})")
            item.setToolTip(role_description(rec))
            item.setData(Qt.ItemDataRole.UserRole, rec.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rec.code in held else Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)

    def set_role_checked(self, code: str, checked: bool) -> None:
        for i in range(self.roles_list.count()):
            item = self.roles_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def roles(self) -> tuple[str, ...]:
        return tuple(self.roles_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.roles_list.count())
                     if self.roles_list.item(i).checkState() == Qt.CheckState.Checked)

    def on_ok(self) -> None:
        if self.user is None:
            self.submit("system.create_user", self._on_saved, username=self.username_edit.text(),
                        display_name=self.name_edit.text(), email=self.email_edit.text(),
                        password=self.password_edit.text(), roles=self.roles(), request_id=self._request_id)
        else:
            self.submit("system.update_user", self._on_saved, user_id=self.user.id, version=self.user.version,
                        display_name=self.name_edit.text(), email=self.email_edit.text(), roles=self.roles())

    def _on_saved(self, wire: tuple) -> None:
        self.result_record = UserRecord.from_wire(wire)
        self.accept()


class UsersScreen(Screen):
    """Find, create, edit, disable, unlock users and reset their passwords."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.role_names: dict[str, str] = {}   # code -> name in the user's language
        self.add_title(self.tr("Users"), self.tr("People who log in to the back office, and their roles."))
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search user name, name or e-mail  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.inactive_check = QCheckBox(self.tr("Show &disabled"), self)
        self.inactive_check.setChecked(True)
        self.new_button = QPushButton(self.tr("&New user…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.active_button = QPushButton(self.tr("Disa&ble"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.inactive_check)
        for b in (self.new_button, self.edit_button, self.active_button, self.reset_button, self.unlock_button):
            bar.addWidget(b)
        self.layout_.addLayout(bar)

        self.model = PagedTableModel(rpc, "system.list_users", UserRecord, [
            Column("username", self.tr("User name")),
            Column("display_name", self.tr("Name")),
            Column("email", self.tr("E-mail")),
            Column("roles", self.tr("Roles"), lambda v: ", ".join(self.role_names.get(c, c) for c in v)),
            Column("is_active", self.tr("Status"), lambda v: self.tr("active") if v else self.tr("disabled")),
            Column("is_locked", self.tr("Locked"), lambda v: self.tr("locked") if v else ""),
            Column("last_login_at", self.tr("Last login"), _when),
        ], page_size=100, parent=self)
        self.table = record_table(self.model, (110, 150, 190, 170, 70, 60), self)
        self.layout_.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.layout_.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self._search_timer.timeout.connect(self.refresh)
        self.inactive_check.toggled.connect(lambda _c: self.refresh())
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.active_button.clicked.connect(self._on_active_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.page_loaded.connect(lambda n: self.count_label.setText(
            self.tr("%n user(s) shown", "", n)
            + ("" if not self.model.canFetchMore() else self.tr(" — scroll for more"))))
        self.model.failed.connect(lambda err: show_error(self, err))
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._on_edit_clicked)

    def refresh(self) -> None:
        if not self.role_names and self.can("system.roles.read"):   # else the codes show
            self.rpc.call("system.list_roles", self._on_roles, lambda _err: None)
        self.model.set_filters(search=self.search_edit.text().strip(),
                               include_inactive=self.inactive_check.isChecked())

    def _on_roles(self, wire: tuple) -> None:
        self.role_names = {r.code: role_name(r) for r in Page.from_wire(wire).records(RoleRecord)}
        self.table.viewport().update()

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_username(self, username: str) -> bool:
        for row, rec in enumerate(self.model.records()):
            if rec.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        user = self.selected()
        writable = self.can("system.users.write")
        self.new_button.setEnabled(writable)
        for b in (self.edit_button, self.active_button, self.reset_button):
            b.setEnabled(writable and user is not None)
        self.unlock_button.setEnabled(writable and user is not None and user.is_locked)
        self.active_button.setText(self.tr("Ena&ble") if user is not None and not user.is_active
                                   else self.tr("Disa&ble"))

    def _after_change(self, wire: tuple) -> None:
        self._reload_selecting(UserRecord.from_wire(wire).username)

    def _reload_selecting(self, username: str) -> None:
        def once(_n: int) -> None:
            self.model.page_loaded.disconnect(once)
            self.select_username(username)

        self.model.reload()
        self.model.page_loaded.connect(once)

    def _open_dialog(self, user: UserRecord | None) -> None:
        dialog = UserDialog(self.rpc, user, self)
        dialog.accepted.connect(lambda: self._reload_selecting(dialog.result_record.username))
        dialog.open()
        self.user_dialog = dialog

    def _on_new_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_clicked(self) -> None:
        user = self.selected()
        if user is not None and self.can("system.users.write"):
            self._open_dialog(user)

    def _on_active_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.is_active:
            question = self.tr("Disable %1? Their open sessions end at once and they can no longer log in.")
            answer = QMessageBox.question(self, self.tr("Disable user"), question.replace("%1", user.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.rpc.call("system.set_user_active", self._after_change, lambda e: show_error(self, e),
                      user_id=user.id, version=user.version, active=not user.is_active)

    def _on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr(
            "New password for %1 (they must change it at their next login):").replace("%1", user.username),
            QLineEdit.EchoMode.Password)
        if ok:
            self.rpc.call("system.reset_password", self._after_change, lambda e: show_error(self, e),
                          user_id=user.id, new_password=password)

    def _on_unlock_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self.rpc.call("system.unlock_user", self._after_change, lambda e: show_error(self, e), user_id=user.id)
