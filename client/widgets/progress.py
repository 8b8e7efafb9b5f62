"""A progress dialog for long work made of many middle-tier calls (paged exports, batch jobs)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from middle_tier.contract import DomainError


class ProgressDialog(QProgressDialog):
    """Drive `step(state, done)` repeatedly through the RPC client until it reports the end.

    `step` sends one call and must call `done(progress, total, finished)` from its reply; the dialog
    shows the figures, stays responsive (every call runs off the GUI thread) and can be cancelled between
    steps.
    """

    completed = Signal(bool)     # True when finished, False when cancelled or failed

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.error: DomainError | None = None
        self._step: Callable[[Callable[[int, int, bool], None], Callable[[DomainError], None]], Any] | None = None

    def run(self, step: Callable[[Callable[[int, int, bool], None], Callable[[DomainError], None]], Any]) -> None:
        self._step = step
        self.show()
        self._next()

    def _next(self) -> None:
        assert self._step is not None
        self._step(self._on_done, self._on_error)

    def _on_done(self, progress: int, total: int, finished: bool) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(progress, total))
        self.setLabelText(self.labelText().split("\n")[0] + "\n" + self.tr("%n done", "", progress))
        if finished:
            self.completed.emit(True)
            self.close()
        elif self.wasCanceled():
            self.completed.emit(False)
            self.close()
        else:
            self._next()

    def _on_error(self, err: DomainError) -> None:
        self.error = err
        self.completed.emit(False)
        self.close()
