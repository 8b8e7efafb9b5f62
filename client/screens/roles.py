"""Roles and permissions: a role x permission matrix, saved all at once."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from client import catalog_text
from client.rpc import RpcClient
from client.screens.base import Screen
from client.server_messages import label
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from middle_tier.contract import DomainError, LoginResult, Page
from middle_tier.contract.system import AREAS, PermissionRecord, RoleRecord

ADMIN_ROLE = "administrator"   # shown locked; the middle tier enforces it
AREA_TITLES = dict(AREAS)
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()   # the invalid index, a table's rows' parent: the default of the parent arguments below


def role_name(rec: RoleRecord) -> str:
    """A built-in role's name in the user's language (as the middle tier declares it, until renamed)."""
    return label(rec.name) if rec.is_builtin else rec.name


def role_description(rec: RoleRecord) -> str:
    return label(rec.description) if rec.is_builtin else rec.description


class RoleMatrixModel(QAbstractTableModel):
    """Rows: permissions (grouped by area); columns: the permission, then one checkbox column per role."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roles: list[RoleRecord] = []
        self.perms: list[PermissionRecord] = []
        self._grants: dict[int, set[str]] = {}
        self.editable = False

    def load(self, roles: list[RoleRecord], perms: list[PermissionRecord]) -> None:
        self.beginResetModel()
        order = {key: i for i, (key, _t) in enumerate(AREAS)}
        self.roles = sorted(roles, key=lambda r: (r.code != ADMIN_ROLE, not r.is_builtin, r.code))
        self.perms = sorted(perms, key=lambda p: (order.get(p.area, 99), p.code))
        self._grants = {r.id: set(r.permissions) for r in self.roles}
        self.endResetModel()
        self.dirty_changed.emit(False)

    def changed_rows(self) -> tuple:
        return tuple((r.id, r.version, tuple(sorted(self._grants[r.id]))) for r in self.roles
                     if self._grants[r.id] != set(r.permissions))

    def is_dirty(self) -> bool:
        return bool(self.changed_rows())

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.perms)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 1 + len(self.roles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Permission") if section == 0 else role_name(self.roles[section - 1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            r = self.roles[section - 1]
            return f"{r.code}\n{role_description(r)}\n" + self.tr("%n user(s)", "", r.user_count)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        perm = self.perms[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                area = catalog_text.text(AREA_TITLES.get(perm.area, perm.area))
                return f"{area} — {catalog_text.text(perm.label)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return perm.code
            return None
        rec = self.roles[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if perm.code in self._grants[rec.id] else Qt.CheckState.Unchecked
        if (role == Qt.ItemDataRole.BackgroundRole
                and (perm.code in self._grants[rec.id]) != (perm.code in rec.permissions)):
            return QBrush(QColor("#fff3c4"))   # changed, not saved yet
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{role_name(rec)}: {perm.code}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 0:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        rec = self.roles[index.column() - 1]
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and rec.code != ADMIN_ROLE:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() == 0:
            return False
        rec = self.roles[index.column() - 1]
        code = self.perms[index.row()].code
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._grants[rec.id].add if checked else self._grants[rec.id].discard)(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole])
        self.dirty_changed.emit(self.is_dirty())
        return True

    def column_of(self, code: str) -> int:
        return next(i + 1 for i, r in enumerate(self.roles) if r.code == code)

    def row_of(self, permission: str) -> int:
        return next(i for i, p in enumerate(self.perms) if p.code == permission)


class RoleDialog(FormDialog):
    """Create a role (code, name, description) or rename one."""

    def __init__(self, rpc: RpcClient, role: RoleRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(rpc, self.tr("New role") if role is None else self.tr("Edit role"), parent)
        self.role = role
        self.code_edit = QLineEdit(role.code if role else "")
        self.code_edit.setReadOnly(role is not None)
        self.code_edit.setPlaceholderText(self.tr("e.g. night_shift"))
        self.name_edit = QLineEdit(role.name if role else "")
        self.description_edit = QLineEdit(role.description if role else "")
        self.form.add_field("code", self.tr("&Code"), self.code_edit)
        self.form.add_field("name", self.tr("&Name"), self.name_edit)
        self.form.add_field("description", self.tr("&Description"), self.description_edit)
        self.finish_layout()

    def on_ok(self) -> None:
        if self.role is None:
            self.submit("system.create_role", lambda _r: self.accept(), code=self.code_edit.text(),
                        name=self.name_edit.text(), description=self.description_edit.text())
        else:
            self.submit("system.update_role", lambda _r: self.accept(), role_id=self.role.id,
                        version=self.role.version, name=self.name_edit.text(),
                        description=self.description_edit.text())


class RolesScreen(Screen):
    """Tick permissions per role; changed cells are highlighted until saved."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Roles and permissions"), self.tr(
            "A user may do what any of their roles allows. The administrator role always holds every permission."))
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New role…"), self)
        self.edit_button = QPushButton(self.tr("&Rename…"), self)
        self.delete_button = QPushButton(self.tr("&Delete role"), self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        self.layout_.addLayout(bar)
        self.model = RoleMatrixModel(self)
        self.model.editable = self.can("system.roles.write")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.layout_.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.layout_.addWidget(self.status)
        self._perms: list[PermissionRecord] = []
        self._note = ""
        self._connect_signals()
        self._on_dirty(False)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self.model.dirty_changed.connect(self._on_dirty)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def _on_dirty(self, dirty: bool) -> None:
        writable = self.can("system.roles.write")
        self.save_button.setEnabled(writable and dirty)
        self.revert_button.setEnabled(dirty)
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setEnabled(writable)
        self.status.setText(self.tr("Unsaved changes are highlighted.") if dirty else "")

    def refresh(self) -> None:
        self.rpc.call("system.list_permissions", self._on_perms, lambda e: show_error(self, e))

    def _on_perms(self, wire: tuple) -> None:
        self._perms = [PermissionRecord.from_wire(r) for r in wire]
        self.rpc.call("system.list_roles", self._on_roles, lambda e: show_error(self, e))

    def _on_roles(self, wire: tuple) -> None:
        self.model.load(Page.from_wire(wire).records(RoleRecord), self._perms)
        self.table.resizeColumnsToContents()
        self.status.setText(self._note)
        self._note = ""

    def save(self) -> None:
        rows = self.model.changed_rows()
        if not rows:
            return
        self.save_button.setEnabled(False)
        self.rpc.call("system.set_permission_matrix", lambda _r: self._after_save(len(rows)), self._on_save_error,
                      rows=rows)

    def _after_save(self, count: int) -> None:
        self._note = self.tr("Saved %n role(s).", "", count)
        self.refresh()

    def _on_save_error(self, err: DomainError) -> None:
        self.save_button.setEnabled(True)
        show_error(self, err)

    def _current_role(self, title: str) -> RoleRecord | None:
        col = self.table.currentIndex().column()
        if col < 1:
            QMessageBox.information(self, title, self.tr("Click a cell in the role's column first."))
            return None
        return self.model.roles[col - 1]

    def _open_dialog(self, role: RoleRecord | None) -> None:
        dialog = RoleDialog(self.rpc, role, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _on_new_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_clicked(self) -> None:
        role = self._current_role(self.tr("Rename role"))
        if role is not None:
            self._open_dialog(role)

    def _on_delete_clicked(self) -> None:
        role = self._current_role(self.tr("Delete role"))
        if role is None:
            return
        question = self.tr("Delete the role %1?").replace("%1", role_name(role))
        if QMessageBox.question(self, self.tr("Delete role"), question) == QMessageBox.StandardButton.Yes:
            self.rpc.call("system.delete_role", lambda _r: self.refresh(), lambda e: show_error(self, e),
                          role_id=role.id, version=role.version)
