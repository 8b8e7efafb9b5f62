"""What every screen in the main window shares."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from client.rpc import RpcClient
from middle_tier.contract import LoginResult


class Screen(QWidget):
    """A page of the main window; `activate` runs each time it is shown, `refresh` on F5."""

    open_requested = Signal(str)     # a screen asks the window to show another one (by its navigation key)

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.me = me
        self._activated = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)

    def add_title(self, text: str, hint: str = "") -> None:
        title = QLabel(text, self)
        title.setObjectName("screenTitle")
        self.layout_.addWidget(title)
        if hint:
            label = QLabel(hint, self)
            label.setObjectName("screenHint")
            label.setWordWrap(True)
            self.layout_.addWidget(label)

    def can(self, permission: str) -> bool:
        """Whether to offer an action; the middle tier decides anyway."""
        return permission in self.me.permissions

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()

    def refresh(self) -> None:
        """Reload from the middle tier."""
