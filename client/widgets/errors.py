"""One place that shows a domain error to the user."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from middle_tier.contract import E_INTERNAL, DomainError


def show_error(parent: QWidget | None, err: DomainError, title: str = "") -> None:
    text = err.message
    if err.code == E_INTERNAL and err.ref:
        text = QCoreApplication.translate(
            "errors", "The server met an unexpected error. Give this reference to your administrator: %1"
        ).replace("%1", err.ref)
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("errors", "Emporium"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()
