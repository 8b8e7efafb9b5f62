"""The start page: the work waiting for the user in the areas they may use, and their account.

The middle tier decides what each role sees (`session.my_work`: orders to approve, deliveries due, counts to
review, low stock, failed logins, ...); this screen shows each kind of work as a card with its count, the first few
items and a button to the screen where it is done. Kinds with nothing waiting are named on one line at the end.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from client import catalog_text
from client.i18n import current_language
from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.password import ChangePasswordDialog
from client.server_messages import label
from middle_tier.contract import DomainError, LoginResult, MyWork, ServerInfo, WorkItem
from middle_tier.contract.system import AREAS

WORK_COUNT_MAX = 999       # the middle tier counts up to this; one more reads "more than"


class WorkCard(QFrame):
    """One kind of waiting work: how many, the first few, and the way to the screen where it is done."""

    def __init__(self, item: WorkItem, screen_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("workCardAttention" if item.attention else "workCard")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(4)
        head = QHBoxLayout()
        self.count_label = QLabel(self.tr("%1+").replace("%1", f"{WORK_COUNT_MAX:,}")
                                  if item.count > WORK_COUNT_MAX else f"{item.count:,}", self)
        self.count_label.setObjectName("workCount")
        self.title_label = QLabel(label(item.label), self)
        self.title_label.setObjectName("workTitle")
        self.title_label.setWordWrap(True)
        head.addWidget(self.count_label)
        head.addWidget(self.title_label, 1)
        box.addLayout(head)
        for line in item.examples:
            example = QLabel(line, self)
            example.setObjectName("workExample")
            example.setWordWrap(True)             # a long name wraps inside its card: the grid never scrolls sideways
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(example)
        if item.count > len(item.examples) and item.examples:
            more = QLabel(self.tr("… and %n more", "", item.count - len(item.examples))
                          if item.count <= WORK_COUNT_MAX else self.tr("… and many more"), self)
            more.setObjectName("workExample")
            box.addWidget(more)
        box.addStretch(1)
        self.open_button = QPushButton(self.tr("Open %1").replace("%1", screen_title), self)
        box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)


class HomeScreen(Screen):
    """What waits for me, my account, the server; change password."""

    COLUMNS = 2

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Welcome, %1").replace("%1", me.display_name or me.username))
        today = QLocale(current_language()).toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.date_label = QLabel(today, self)
        self.date_label.setObjectName("screenHint")
        self.layout_.addWidget(self.date_label)
        self.cards: list[WorkCard] = []
        self.work = QWidget(self)
        self.grid = QGridLayout(self.work)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        for c in range(self.COLUMNS):
            self.grid.setColumnStretch(c, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.work)
        self.layout_.addWidget(scroll, 1)
        self.status_label = QLabel(self.tr("Looking for your work…"), self)
        self.status_label.setWordWrap(True)
        self.layout_.addWidget(self.status_label)

        facts = QFormLayout()
        self.roles_label = QLabel(", ".join(me.roles) or self.tr("(none)"))
        self.areas_label = QLabel(self._areas_with_screens())
        self.areas_label.setWordWrap(True)
        self.server_label = QLabel("…")
        facts.addRow(self.tr("User:"), QLabel(f"{me.display_name} ({me.username})"))
        facts.addRow(self.tr("Roles:"), self.roles_label)
        facts.addRow(self.tr("Areas you may use:"), self.areas_label)
        facts.addRow(self.tr("Server:"), self.server_label)
        account = QHBoxLayout()
        account.addLayout(facts, 1)
        self.password_button = QPushButton(self.tr("Change my password…"), self)
        self.password_button.clicked.connect(self._on_password_clicked)
        account.addWidget(self.password_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.layout_.addLayout(account)

    def _areas_with_screens(self) -> str:
        from client.navigation import allowed  # the navigation imports this screen

        areas = {item.area for item in allowed(self.me.permissions) if item.area}
        return self.tr(", ").join(catalog_text.text(title) for key, title in AREAS if key in areas) or self.tr("(none)")

    def activate(self) -> None:
        """Each time Home is shown: the work may have changed meanwhile."""
        self._activated = True
        self.refresh()

    def refresh(self) -> None:
        self.rpc.call("session.my_work", self._on_work, self._on_failed)
        if self.server_label.text() == "…":
            self.rpc.call("root.server_info", self._on_info)

    def _on_failed(self, err: DomainError) -> None:
        self.status_label.setText(err.message)

    def _on_work(self, wire: tuple) -> None:
        from client.navigation import nav_items  # the navigation imports this screen

        work = MyWork.from_wire(wire)
        self.roles_label.setText(self.tr(", ").join(label(n) if b else n for n, b in zip(work.roles, work.builtin))
                                 or self.tr("(none)"))
        titles = {item.key: item.title for item in nav_items()}
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        waiting = sorted((i for i in work.items if i.count), key=lambda i: not i.attention)   # stable: areas' order
        for n, item in enumerate(waiting):
            card = WorkCard(item, titles.get(item.screen, item.screen), self.work)
            card.open_button.clicked.connect(lambda _c=False, key=item.screen: self.open_requested.emit(key))
            self.grid.addWidget(card, n // self.COLUMNS, n % self.COLUMNS)
            self.cards.append(card)
        self.grid.setRowStretch(len(waiting) // self.COLUMNS + 1, 1)
        clear = self.tr("; ").join(label(i.label) for i in work.items if not i.count)
        if not work.items:
            self.status_label.setText(self.tr("Nothing waits for you here: your areas have no work lists."))
        elif not waiting:
            self.status_label.setText(self.tr("Nothing waits for you. All clear: %1.").replace("%1", clear))
        else:
            self.status_label.setText(self.tr("All clear: %1.").replace("%1", clear) if clear else "")

    def _on_info(self, wire: tuple) -> None:
        info = ServerInfo.from_wire(wire)
        self.server_label.setText(self.tr("%1 %2 at %3, database %4").replace("%1", info.name)
                                  .replace("%2", info.version).replace("%3", self.rpc.endpoint.address)
                                  .replace("%4", info.database))

    def _on_password_clicked(self) -> None:
        ChangePasswordDialog(self.rpc, self).open()
