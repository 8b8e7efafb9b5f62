"""`emporium-client`: the desktop client of the Emporium back office."""
from __future__ import annotations

import argparse
import os
import sys

import rpyc  # noqa: F401  (import rpyc before any QApplication exists: PySide6 6.12 exit abort)
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from client import i18n
from client.screens.login import LoginDialog
from client.screens.main_window import MainWindow
from resources import path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="emporium-client", description="The Emporium back-office client.",
                                epilog="The server address you type at login is remembered for next time.")
    p.add_argument("--server", default=os.environ.get("EMPORIUM_SERVER", ""),
                   help="middle tier as host:port (default: the last one used, or 127.0.0.1:18861)")
    p.add_argument("--tls-ca", default=os.environ.get("EMPORIUM_TLS_CA", ""),
                   help="CA certificate that signed the server's certificate: turns TLS on")
    p.add_argument("--tls-cert", default=os.environ.get("EMPORIUM_TLS_CLIENT_CERT", ""),
                   help="this workstation's certificate, when the server asks for one (mutual TLS)")
    p.add_argument("--tls-key", default=os.environ.get("EMPORIUM_TLS_CLIENT_KEY", ""),
                   help="the key of --tls-cert")
    p.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=None,
                   help="language of the client (default: the saved choice or the system locale)")
    return p


def client_settings() -> QSettings:
    """Per-user client settings (an INI file named by EMPORIUM_CLIENT_SETTINGS, e.g. for tests)."""
    override = os.environ.get("EMPORIUM_CLIENT_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Emporium", "client")


def apply_look(app: QApplication) -> None:
    """The one application style sheet, the icon, and a font with Chinese glyphs when there is one."""
    with open(path("style", "app.qss"), encoding="utf-8") as f:
        app.setStyleSheet(f.read().replace("@ICONS@", path("icons").replace("\\", "/")))
    app.setWindowIcon(QIcon(path("icons", "emporium.svg")))
    families = set(QFontDatabase.families())
    for family in ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"):
        if family in families:
            font = QFont(family)
            font.setPointSize(app.font().pointSize())
            app.setFont(font)
            break


class ClientApp:
    """Login, then the main window; after a logout or a lost session, login again."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        self.app, self.args = app, args
        self.settings = client_settings()
        self.window: MainWindow | None = None
        self.dialog: LoginDialog | None = None

    def show_login(self, reason: str = "") -> None:
        self.dialog = LoginDialog(self.settings, tls_ca=self.args.tls_ca, tls_cert=self.args.tls_cert,
                                  tls_key=self.args.tls_key, server=self.args.server)
        self.dialog.logged_in.connect(self.show_main)
        self.dialog.rejected.connect(lambda: self.app.quit() if self.window is None else None)
        if reason:
            self.dialog.form.show_banner(reason)
        self.dialog.show()

    def show_main(self, rpc, me) -> None:  # type: ignore[no-untyped-def]
        self.window = MainWindow(rpc, me, self.settings)
        self.window.logged_out.connect(self._on_logged_out)
        self.window.closed.connect(self.app.quit)
        self.window.show()

    def _on_logged_out(self, reason: str) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
        self.show_login(reason)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Emporium")
    app.setOrganizationName("Emporium")
    app.setQuitOnLastWindowClosed(False)
    settings = client_settings()
    language = i18n.pick_language(args.lang or settings.value("ui/language"))
    if args.lang:
        settings.setValue("ui/language", args.lang)
    translators = i18n.install(app, language)  # noqa: F841  (kept alive with the app)
    apply_look(app)
    client = ClientApp(app, args)
    client.show_login()
    try:
        return app.exec()
    except KeyboardInterrupt:
        return 130
    finally:
        if client.window is not None:
            client.window.close()


if __name__ == "__main__":
    sys.exit(main())
