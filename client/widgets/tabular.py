"""Reading and writing the rows of CSV and XLSX files (file formats only; the middle tier checks the content)."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))          # Excel keeps barcodes and whole prices as floats
    return str(value).strip()


def read_rows(path: Path) -> tuple[tuple[str, ...], ...]:
    """Every non-empty row of the first sheet (XLSX) or of the file (CSV, UTF-8 with or without BOM)."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = [tuple(_text(v) for v in r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    else:
        with path.open(newline="", encoding="utf-8-sig") as f:
            rows = [tuple(_text(v) for v in r) for r in csv.reader(f)]
    return tuple(r for r in rows if any(r))


class RowWriter:
    """Write rows to CSV or XLSX by the file's extension; `close()` finishes the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._xlsx = path.suffix.lower() == ".xlsx"
        if self._xlsx:
            from openpyxl import Workbook

            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet()
        else:
            self._file = path.open("w", newline="", encoding="utf-8-sig")
            self._csv = csv.writer(self._file)

    def write(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            values = ["" if v is None else str(v) for v in row]
            if self._xlsx:
                self._sheet.append(values)
            else:
                self._csv.writerow(values)

    def close(self) -> None:
        if self._xlsx:
            self._book.save(self.path)
        else:
            self._file.close()
