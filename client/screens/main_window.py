"""The main window: navigation by area (only what the user's roles allow), screens, status bar."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from client.navigation import NavItem, allowed, area_title
from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.password import ChangePasswordDialog
from middle_tier.contract import LoginResult
from resources import path

KeyRole = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """Everything after login."""

    logged_out = Signal(str)      # reason ('' when the user chose to log out)
    closed = Signal()             # the user closed the window: the application ends

    def __init__(self, rpc: RpcClient, me: LoginResult, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc, self.me, self._settings = rpc, me, settings
        self._ending = False
        self.setWindowTitle(self.tr("Emporium — %1 on %2").replace("%1", me.display_name)
                            .replace("%2", rpc.endpoint.address))
        self.setWindowIcon(QIcon(path("icons", "emporium.svg")))
        self.items: dict[str, NavItem] = {}
        self.screens: dict[str, Screen] = {}

        self.nav = QTreeWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(8)
        self.nav.setMinimumWidth(200)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        self.setCentralWidget(splitter)
        self._build_nav()
        self._build_menu()
        self._build_status()
        self.rpc.busy_changed.connect(self._on_busy)
        self.rpc.state_changed.connect(self._on_state)
        self.rpc.session_lost.connect(self._on_session_lost)
        self.nav.currentItemChanged.connect(lambda cur, _prev: self._on_nav(cur))
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        self.go("home")
        self.rpc.start_heartbeat()

    # -- construction -----------------------------------------------------------------------
    def _build_nav(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for number, item in enumerate(allowed(self.me.permissions), 1):
            group = groups.get(item.area)
            if group is None:
                group = QTreeWidgetItem(self.nav, [area_title(item.area)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(0, KeyRole, "")
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[item.area] = group
            node = QTreeWidgetItem(group, [item.title])
            node.setIcon(0, QIcon(path("icons", item.icon)))
            node.setData(0, KeyRole, item.key)
            if number <= 9:
                node.setToolTip(0, f"Ctrl+{number}")
            self.items[item.key] = item
        self.nav.expandAll()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.logout_action = QAction(self.tr("&Log out"), self, shortcut=QKeySequence("Ctrl+Shift+L"),
                                     triggered=self.logout)
        file_menu.addAction(self.logout_action)
        file_menu.addAction(QAction(self.tr("&Change my password…"), self,
                                    triggered=lambda: ChangePasswordDialog(self.rpc, self).open()))
        file_menu.addSeparator()
        file_menu.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                                    triggered=self.close))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(QAction(self.tr("&Refresh"), self, shortcut=QKeySequence.StandardKey.Refresh,
                                    triggered=self.refresh_current))
        # a full-width screen (the warehouse terminal) folds the navigation away; this brings it back there
        self.nav_action = QAction(self.tr("&Navigation on full-width screens"), self, checkable=True,
                                  shortcut=QKeySequence("Ctrl+Shift+N"), triggered=lambda _c: self._fit_nav())
        view_menu.addAction(self.nav_action)
        for number, key in enumerate(list(self.items)[:9], 1):
            action = QAction(self.items[key].title, self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=key: self.go(k))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Emporium"), self, triggered=self._about))

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.server_label = QLabel(self.tr("Server: %1").replace("%1", self.rpc.endpoint.address))
        self.user_label = QLabel(self.tr("User: %1 (%2)").replace("%1", self.me.display_name or self.me.username)
                                 .replace("%2", self.me.username))
        self.state_label = QLabel(self.tr("connected"))
        self.state_label.setObjectName("stateConnected")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.server_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.state_label)

    # -- navigation -------------------------------------------------------------------------
    def nav_keys(self) -> list[str]:
        return list(self.items)

    def go(self, key: str) -> Screen | None:
        it = self._find_node(key)
        if it is None:
            return None
        self.nav.setCurrentItem(it)
        return self.screens.get(key)

    def _find_node(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.nav.topLevelItemCount()):
            group = self.nav.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, KeyRole) == key:
                    return group.child(j)
        return None

    def _on_nav(self, node: QTreeWidgetItem | None) -> None:
        key = node.data(0, KeyRole) if node is not None else ""
        if not key:
            return
        screen = self.screens.get(key)
        if screen is None:
            screen = self.items[key].factory(self.rpc, self.me, self.stack)
            screen.open_requested.connect(self.go)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self._fit_nav()
        screen.activate()

    def _fit_nav(self) -> None:
        """The navigation shows beside every screen but a full-width one (unless asked for on the View menu)."""
        node = self.nav.currentItem()
        item = self.items.get(node.data(0, KeyRole) if node is not None else "")
        full = item is not None and item.full_width and not self.nav_action.isChecked()
        self.nav.setVisible(not full)

    def current_screen(self) -> Screen | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, Screen) else None

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.refresh()

    # -- connection and session ----------------------------------------------------------------
    def _on_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    def _on_state(self, state: str) -> None:
        text = {"connected": self.tr("connected"), "lost": self.tr("connection lost"),
                "reconnecting": self.tr("reconnecting…"), "disconnected": self.tr("disconnected")}.get(state, state)
        self.state_label.setText(text)
        self.state_label.setObjectName("stateConnected" if state == "connected" else "stateLost")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        if state in ("lost", "disconnected"):
            self.statusBar().showMessage(self.tr("The connection to the server was lost; reconnecting."), 8000)

    def _on_session_lost(self, message: str) -> None:
        if self._ending:
            return
        self._end(message or self.tr("Your login session has ended."))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.me.must_change_password and not getattr(self, "_asked_password", False):
            self._asked_password = True
            ChangePasswordDialog(self.rpc, self, forced=True).open()

    def logout(self) -> None:
        self._ending = True
        self.rpc.call("session.logout", lambda _r: self._end(""), lambda _e: self._end(""))

    def _end(self, reason: str) -> None:
        self._ending = True
        self._settings.setValue("main/geometry", self.saveGeometry())
        self.rpc.shutdown()
        self.hide()
        self.logged_out.emit(reason)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Emporium"), self.tr(
            "Emporium back office\nClient connected to %1 as %2.").replace("%1", self.rpc.endpoint.address)
            .replace("%2", self.me.username))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ending:
            self._ending = True
            self._settings.setValue("main/geometry", self.saveGeometry())
            self.rpc.call("session.logout")
            self.rpc.wait_idle(3000)
            self.rpc.shutdown()
            self.closed.emit()
        super().closeEvent(event)
