"""The login dialog: server address (remembered), user name and password, clear errors."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from client.connection import Endpoint
from client.rpc import RpcClient
from client.widgets.form import FormPanel
from middle_tier.contract import (
    DEFAULT_PORT,
    E_ACCOUNT_DISABLED,
    E_ACCOUNT_LOCKED,
    E_LOGIN_FAILED,
    E_UNAVAILABLE,
    DomainError,
    LoginResult,
)
from resources import path


def parse_address(text: str) -> tuple[str, int] | None:
    text = text.strip()
    if not text:
        return None
    host, _, port = text.rpartition(":") if ":" in text else (text, "", str(DEFAULT_PORT))
    try:
        number = int(port)
    except ValueError:
        return None
    return (host or "127.0.0.1", number) if 0 < number < 65536 else None


class LoginDialog(QDialog):
    """Ask for server, user and password; on success `logged_in` carries the RPC client and the login."""

    logged_in = Signal(object, object)   # RpcClient, LoginResult

    def __init__(self, settings: QSettings, *, tls_ca: str = "", tls_cert: str = "", tls_key: str = "",
                 server: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tls = (tls_ca, tls_cert, tls_key)
        self._rpc: RpcClient | None = None
        self.setWindowTitle(self.tr("Emporium — log in"))
        self.setWindowIcon(QIcon(path("icons", "emporium.svg")))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Emporium back office"), self)
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("Log in with the account your administrator gave you."), self)
        subtitle.setObjectName("loginSubtitle")

        self.form = FormPanel(self)
        self.server_edit = QLineEdit(server or str(settings.value("login/server", f"127.0.0.1:{DEFAULT_PORT}")))
        self.server_edit.setPlaceholderText(self.tr("host:port"))
        self.user_edit = QLineEdit(str(settings.value("login/username", "")))
        self.user_edit.setPlaceholderText(self.tr("user name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("server", self.tr("&Server"), self.server_edit)
        self.form.add_field("username", self.tr("&User"), self.user_edit)
        self.form.add_field("password", self.tr("&Password"), self.password_edit)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(4)
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("&Log in"))
        self.login_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self._on_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.server_edit, self.user_edit)
        self.setTabOrder(self.user_edit, self.password_edit)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.server_edit, self.user_edit, self.password_edit, self.login_button):
            w.setEnabled(not busy)
        if not busy:
            self.login_button.setDefault(True)

    def _on_login(self) -> None:
        self.form.clear_errors()
        address = parse_address(self.server_edit.text())
        if address is None:
            self.form.show_error(DomainError("E_VALIDATION", self.tr("Enter the server as host:port."), "server"))
            return
        if not self.user_edit.text().strip():
            self.form.show_error(DomainError("E_VALIDATION", self.tr("Enter your user name."), "username"))
            return
        if not self.password_edit.text():
            self.form.show_error(DomainError("E_VALIDATION", self.tr("Enter your password."), "password"))
            return
        endpoint = Endpoint(address[0], address[1], *self._tls)
        if self._rpc is None or self._rpc.endpoint != endpoint:
            if self._rpc is not None:
                self._rpc.shutdown()
            self._rpc = RpcClient(endpoint)
        self._set_busy(True)
        self._rpc.call("root.login", self._on_ok, self._on_error,
                       username=self.user_edit.text().strip(), password=self.password_edit.text())

    def _on_ok(self, wire: tuple) -> None:
        self._set_busy(False)
        self._settings.setValue("login/server", self.server_edit.text().strip())
        self._settings.setValue("login/username", self.user_edit.text().strip())
        rpc, self._rpc = self._rpc, None
        self.password_edit.clear()
        self.logged_in.emit(rpc, LoginResult.from_wire(wire))
        self.accept()

    def _on_error(self, err: DomainError) -> None:
        self._set_busy(False)
        if err.code == E_UNAVAILABLE or err.code == "E_TIMEOUT":
            message = self.tr("Cannot reach the server at %1. Check the address, or ask whether the "
                              "middle tier is running.").replace("%1", self.server_edit.text().strip())
            self.form.show_error(DomainError(err.code, message, "server"))
        elif err.code == E_LOGIN_FAILED:
            self.form.show_error(DomainError(err.code, self.tr("Wrong user name or password."), "password"))
            self.password_edit.selectAll()
        elif err.code == E_ACCOUNT_LOCKED:
            self.form.show_error(DomainError(err.code, err.message, "username"))
        elif err.code == E_ACCOUNT_DISABLED:
            self.form.show_error(DomainError(err.code, self.tr("This account is disabled; ask an administrator."),
                                             "username"))
        else:
            self.form.show_error(err)

    def done(self, result: int) -> None:
        # accepted: the RPC client now belongs to the main window; otherwise its thread ends here
        if self._rpc is not None:
            self._rpc.shutdown()
            self._rpc = None
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._rpc is not None:
            self._rpc.shutdown()
            self._rpc = None
        super().closeEvent(event)
