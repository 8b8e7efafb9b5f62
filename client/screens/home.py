"""The start page: who is logged in, with which roles, on which server."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from client import catalog_text
from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.password import ChangePasswordDialog
from middle_tier.contract import LoginResult, ServerInfo
from middle_tier.contract.system import AREAS, PERMISSIONS


class HomeScreen(Screen):
    """Welcome, account and server facts, change password."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Welcome, %1").replace("%1", me.display_name))
        facts = QFormLayout()
        self.user_label = QLabel(me.username)
        self.roles_label = QLabel(", ".join(me.roles) or self.tr("(none)"))
        areas = {a for code, a, _ in PERMISSIONS if code in me.permissions}
        self.areas_label = QLabel(", ".join(catalog_text.text(title) for key, title in AREAS if key in areas)
                                  or self.tr("(none)"))
        self.areas_label.setWordWrap(True)
        self.server_label = QLabel("…")
        facts.addRow(self.tr("User:"), self.user_label)
        facts.addRow(self.tr("Roles:"), self.roles_label)
        facts.addRow(self.tr("Areas you may use:"), self.areas_label)
        facts.addRow(self.tr("Server:"), self.server_label)
        self.layout_.addLayout(facts)
        self.password_button = QPushButton(self.tr("Change my password…"), self)
        self.password_button.clicked.connect(self._on_password_clicked)
        self.layout_.addWidget(self.password_button)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        self.rpc.call("root.server_info", self._on_info)

    def _on_info(self, wire: tuple) -> None:
        info = ServerInfo.from_wire(wire)
        self.server_label.setText(self.tr("%1 %2 at %3, database %4").replace("%1", info.name)
                                  .replace("%2", info.version).replace("%3", self.rpc.endpoint.address)
                                  .replace("%4", info.database))

    def _on_password_clicked(self) -> None:
        ChangePasswordDialog(self.rpc, self).open()
