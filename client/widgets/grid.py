"""Small read-only tables filled from plain rows (lines of one document, a review, a suggestion list)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(parent: QWidget, headings: Sequence[str] = (), widths: Sequence[int] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setHorizontalHeaderLabels(list(headings))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table


def fill_table(table: QTableWidget, rows: Iterable[Sequence[object]], *, headings: Sequence[str] | None = None,
               numeric: Iterable[int] = (), bold_row: int = -1, fit: bool = False) -> None:
    """Replace the rows; `numeric` columns are right-aligned, `bold_row` stands out (the current task)."""
    rows = list(rows)
    right = set(numeric)
    if headings is not None:
        table.clear()
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(list(headings))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in right:
                item.setTextAlignment(RIGHT)
            if r == bold_row:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    if fit:
        table.resizeColumnsToContents()
    if 0 <= bold_row < len(rows):
        table.selectRow(bold_row)
