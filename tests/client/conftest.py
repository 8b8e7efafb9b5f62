"""pytest-qt fixtures: the real client against the real middle tier of tests/conftest.py."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from client import i18n
from client.screens.login import LoginDialog
from client.screens.main_window import MainWindow
from middle_tier.demo import DEMO_PASSWORD


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The client's texts in Simplified Chinese for one test, English again after it."""
    keep = i18n.install(qapp, "zh_CN")
    yield
    for t in keep:
        qapp.removeTranslator(t)
    i18n.install(qapp, "en")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def login_dialog(qtbot, settings, endpoint) -> Iterator[Callable[..., LoginDialog]]:
    made: list[LoginDialog] = []

    def make() -> LoginDialog:
        dialog = LoginDialog(settings, server=f"{endpoint.host}:{endpoint.port}")
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for d in made:
        d.close()


@pytest.fixture
def open_window(qtbot, settings, login_dialog) -> Iterator[Callable[..., MainWindow]]:
    """open_window("admin") logs in through the dialog and returns the main window."""
    windows: list[MainWindow] = []

    def _open(username: str, password: str = DEMO_PASSWORD) -> MainWindow:
        dialog = login_dialog()
        got: dict[str, Any] = {}
        dialog.logged_in.connect(lambda rpc, me: got.update(rpc=rpc, me=me))
        dialog.user_edit.setText(username)
        dialog.password_edit.setText(password)
        with qtbot.waitSignal(dialog.logged_in, timeout=10_000):
            dialog.login_button.click()
        window = MainWindow(got["rpc"], got["me"], settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield _open
    for w in windows:
        if not w._ending:
            w.close()
