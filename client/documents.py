"""Printable documents (票据): a DocumentRecord from the middle tier laid out as an A4 PDF, its number as a
Code 128 barcode at the top and, where the document names one, a barcode per line (SKU codes on pick lists), so
that a scanner at the dock or in the aisle reads them straight off the paper; a parcel's delivery note carries a
QR code too, for the recipient's phone.

The symbols come from maintained libraries (python-barcode encodes Code 128 and picks its code sets, segno makes
the QR code); this module only paints their modules with Qt, as vector rectangles on whole printer dots.
"""
from __future__ import annotations

import os
import re
import tempfile

import segno
from barcode.charsets import code128
from barcode.codex import Code128
from barcode.errors import BarcodeError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from client.rpc import RpcClient
from client.widgets.errors import show_error
from middle_tier.contract import DocumentRecord
from middle_tier.contract.purchasing import PURCHASE_ORDER, RETURN_TO_SUPPLIER
from middle_tier.contract.wms import PICK_LIST, RECEIPT

# The documents' kinds whose header names a state of one of the contract's state machines ("State").
DOCUMENT_STATES = {"po": PURCHASE_ORDER, "return_po": RETURN_TO_SUPPLIER, "receipt": RECEIPT, "pick_list": PICK_LIST}
STATE_FIELD = "State"
CARRIER_FIELD = "Carrier"
DPI = 300               # the PDF's resolution: modules are whole dots of a 300 dpi printer
NUMBER_MODULE = 4.0     # the document number's Code 128 module: 4 dots, 0.34 mm (less if a long number needs it)
LINE_MODULE = 3.0       # a line's barcode (a SKU): 3 dots, 0.25 mm, for scanners in the aisle
QR_SIDE = 28            # mm, the QR code's side at most (its quiet zone included)


class _Code128(Code128):
    """python-barcode's Code 128 with the fix of its issue #251, merged upstream (pull request #263) but not in
    release 0.16.1: a text that begins with the digits "99" lost them, because folding "start in set C, switch
    to set B" into "start in set B" also took the data value 99 (the digits "99" in set C) for a switch."""

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        if encoded[0] == code128.START_CODES["C"] and encoded[1] in (code128.C["TO_A"], code128.C["TO_B"]):
            encoded[:2] = [code128.TO[encoded[1]]]
        return encoded


def code128_modules(text: str) -> str:
    """The modules of `text` as Code 128 ('1' a bar, '0' a space), start to stop, quiet zones not included.

    python-barcode encodes it and picks the code sets: a run of four or more digits goes into code set C, two
    digits a symbol, so that a long numeric code prints about half as wide as in code set B alone (13 digits:
    123 modules instead of 178). Raises ValueError for a character Code 128 cannot carry."""
    if not text:
        raise ValueError("Code 128 needs at least one character")
    try:
        return str(_Code128(text).build()[0])
    except (BarcodeError, KeyError, RuntimeError) as e:
        raise ValueError(f"Code 128 cannot encode {text!r}") from e


def _fill_runs(p: QPainter, rows: list[str], x: float, y: float, module: float, height: float) -> None:
    """Paint the dark runs of `rows` (strings of '1' and '0', one per row of modules) as one path, so that a
    viewer's anti-aliasing leaves no seams between neighbouring modules."""
    path = QPainterPath()
    for r, row in enumerate(rows):
        for m in re.finditer("1+", row):
            path.addRect(QRectF(x + m.start() * module, y + r * height, (m.end() - m.start()) * module, height))
    p.fillPath(path, QColor("black"))


def _fit(available: float, count: int, most: float = float("inf")) -> float:
    """The size of each of `count` modules in `available` device units: as many whole dots as fit, at most
    `most` (a fraction of a dot only when not even one dot each fits)."""
    whole = float(int(available / count))
    return min(most, whole) if whole >= 1 else available / count


def draw_code128(p: QPainter, text: str, rect: QRectF, module: float, *,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QRectF:
    """Bars of `text`, `module` device units a module (less where `rect` is narrower) and `rect`'s height, with
    the quiet zone of ten modules each side inside `rect`; returns the rectangle taken, quiet zones included."""
    modules = code128_modules(text)
    size = _fit(rect.width(), len(modules) + 20, module)
    width = size * (len(modules) + 20)
    left = float(int(rect.right() - width if align & Qt.AlignmentFlag.AlignRight else rect.left()))
    _fill_runs(p, [modules], left + 10 * size, rect.top(), size, rect.height())
    return QRectF(left, rect.top(), width, rect.height())


def draw_qr(p: QPainter, text: str, rect: QRectF) -> QRectF:
    """`text` as a QR code (segno: the smallest version that holds it, error correction level M or better),
    as large as fits `rect` in whole dots a module, at its top right, with its quiet zone of four modules;
    returns the square taken."""
    qr = segno.make_qr(text, error="m")
    rows = ["".join("1" if v else "0" for v in row) for row in qr.matrix_iter(scale=1, border=4)]
    size = _fit(min(rect.width(), rect.height()), len(rows))
    side = size * len(rows)
    left, top = float(int(rect.right() - side)), float(int(rect.top()))
    _fill_runs(p, rows, left, top, size, size)
    return QRectF(left, top, side, side)


def state_names(kind: str) -> dict[str, str]:
    """The states a document of `kind` may print in its header, in the user's language: the state machines'
    states are the middle tier's translatable labels (context "server", as in its messages)."""
    machine = DOCUMENT_STATES.get(kind)
    if machine is None:
        return {}
    names = {}
    for state in machine.states:
        text = QCoreApplication.translate("server", state)
        names[state] = text.replace("_", " ") if text == state else text
    return names


def write_pdf(doc: DocumentRecord, path: str, *, labels: dict[str, str] | None = None) -> None:
    """Lay the document out on A4 pages: title and number barcode, header pairs (its state in the reader's
    language) beside the QR code if it has one, the table (repeated headings on every page), the footer pairs.
    `labels` translates the middle tier's field names for the reader."""
    tr = (labels or {}).get
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0.6, 0.6, 0.6, 0.6), QPageLayout.Unit.Inch)   # 15.24 mm: 180 dots
    writer.setResolution(DPI)
    writer.setTitle(f"{doc.title} {doc.number}")
    p = QPainter(writer)
    try:
        _layout(p, writer, doc, tr)
    finally:
        p.end()


def _layout(p: QPainter, writer: QPdfWriter, doc: DocumentRecord, tr) -> None:  # type: ignore[no-untyped-def]
    page = QRectF(p.viewport())
    dpmm = writer.resolution() / 25.4
    title_font, body_font, small_font = QFont(), QFont(), QFont()
    title_font.setPointSizeF(16)
    title_font.setBold(True)
    body_font.setPointSizeF(9.5)
    small_font.setPointSizeF(8)
    p.setFont(title_font)
    title_h = QFontMetricsF(title_font, writer).height()
    p.drawText(QRectF(0, 0, page.width() * 0.6, title_h * 1.2), Qt.AlignmentFlag.AlignLeft, doc.title)
    bar_rect = QRectF(page.width() * 0.62, 0, page.width() * 0.38, 14 * dpmm)
    try:
        bars = draw_code128(p, doc.number, bar_rect, NUMBER_MODULE, align=Qt.AlignmentFlag.AlignRight)
    except ValueError:                     # a number Code 128 cannot carry is printed as text only
        bars = bar_rect
    p.setFont(body_font)
    fm = QFontMetricsF(body_font, writer)
    line_h = fm.height() * 1.35
    p.drawText(QRectF(bars.left(), bars.bottom() + 1 * dpmm, bars.width(), line_h),
               Qt.AlignmentFlag.AlignHCenter, doc.number)
    y = max(title_h * 1.6, bar_rect.bottom() + line_h + 3 * dpmm)
    right, below = page.width(), y
    if doc.qr:                             # the parcel's QR code at the right of the header, its caption under it
        qr = draw_qr(p, doc.qr, QRectF(page.width() - QR_SIDE * dpmm, y, QR_SIDE * dpmm, QR_SIDE * dpmm))
        p.save()
        p.setFont(small_font)
        small_h = QFontMetricsF(small_font, writer).height()
        p.drawText(QRectF(qr.left() - 5 * dpmm, qr.bottom(), qr.width() + 10 * dpmm, small_h),
                   Qt.AlignmentFlag.AlignHCenter, QCoreApplication.translate("documents", "Scan to track"))
        p.restore()
        right, below = qr.left() - 3 * dpmm, qr.bottom() + small_h + 1 * dpmm
    states = state_names(doc.kind)
    label_w = max([fm.horizontalAdvance((tr(k) or k) + ":") for k, _ in doc.header] or [0]) + 3 * dpmm
    for key, value in doc.header:
        if not value:
            continue
        if key == STATE_FIELD:
            value = states.get(value, value)
        elif key == CARRIER_FIELD:                 # a carrier's name is the middle tier's label too
            value = QCoreApplication.translate("server", value)
        p.drawText(QRectF(0, y, label_w, line_h), Qt.AlignmentFlag.AlignLeft, (tr(key) or key) + ":")
        box = QRectF(label_w, y, right - label_w, line_h * 6)          # long values wrap, up to 6 lines
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        used = p.boundingRect(box, flags, value.replace(", ", ",\u200b "))
        p.drawText(box, flags, value.replace(", ", ",\u200b "))
        y += max(line_h, min(used.height(), box.height()) + line_h * 0.35)
    y = max(y, below)
    y += 3 * dpmm
    widths = _column_widths(doc, fm, page.width())
    bar_h = 7 * dpmm if doc.barcode_column >= 0 else 0
    row_h = line_h + (bar_h + 1 * dpmm if bar_h else 0)

    def headings(top: float) -> float:
        p.save()
        bold = QFont(body_font)
        bold.setBold(True)
        p.setFont(bold)
        x = 0.0
        for text, w in zip(doc.headings, widths):
            p.drawText(QRectF(x, top, w, line_h), Qt.AlignmentFlag.AlignLeft, tr(text) or text)
            x += w
        p.setPen(QPen(QColor("black"), 0.3 * dpmm))
        p.drawLine(0, int(top + line_h), int(page.width()), int(top + line_h))
        p.restore()
        return top + line_h + 1 * dpmm

    y = headings(y)
    for row in doc.rows:
        if y + row_h > page.height() - 12 * dpmm:
            writer.newPage()
            y = headings(0)
        x = 0.0
        for i, (text, w) in enumerate(zip(row, widths)):
            p.drawText(QRectF(x, y, w - 1 * dpmm, line_h), Qt.AlignmentFlag.AlignLeft, fm.elidedText(
                text, Qt.TextElideMode.ElideRight, w - 1 * dpmm))
            if i == doc.barcode_column and text and text.isascii() and text.isprintable():
                # under the line's text, where the band is free to the page's right edge
                draw_code128(p, text, QRectF(x, y + line_h, page.width() - x, bar_h), LINE_MODULE)
            x += w
        y += row_h
        p.setPen(QPen(QColor("#bbbbbb"), 0.1 * dpmm))
        p.drawLine(0, int(y - 0.5 * dpmm), int(page.width()), int(y - 0.5 * dpmm))
        p.setPen(QPen(QColor("black")))
    y += 4 * dpmm
    for key, value in doc.footer:
        if y + line_h > page.height():
            writer.newPage()
            y = 0
        p.drawText(QRectF(0, y, page.width(), line_h), Qt.AlignmentFlag.AlignLeft,
                   f"{tr(key) or key}: {value}" if value else f"{tr(key) or key}: ____________________")
        y += line_h * 1.2


def _column_widths(doc: DocumentRecord, fm: QFontMetricsF, total: float) -> list[float]:
    """Each column as wide as its widest text (names capped), scaled to the page width."""
    want = []
    for i, heading in enumerate(doc.headings):
        texts = [heading] + [row[i] for row in doc.rows[:200] if i < len(row)]
        want.append(min(max(fm.horizontalAdvance(t) for t in texts) + fm.averageCharWidth() * 2, total * 0.45))
    scale = total / sum(want) if sum(want) else 1.0
    return [w * scale for w in want]


# The printed documents' field names (the middle tier sends them in English), marked for pyside6-lupdate.
DOCUMENT_LABELS = (
    QT_TRANSLATE_NOOP("documents", "Supplier"),
    QT_TRANSLATE_NOOP("documents", "Contact"),
    QT_TRANSLATE_NOOP("documents", "Address"),
    QT_TRANSLATE_NOOP("documents", "Deliver to"),
    QT_TRANSLATE_NOOP("documents", "Expected"),
    QT_TRANSLATE_NOOP("documents", "Terms"),
    QT_TRANSLATE_NOOP("documents", "Contract"),
    QT_TRANSLATE_NOOP("documents", "State"),
    QT_TRANSLATE_NOOP("documents", "Approved by"),
    QT_TRANSLATE_NOOP("documents", "Total"),
    QT_TRANSLATE_NOOP("documents", "Note"),
    QT_TRANSLATE_NOOP("documents", "SKU"),
    QT_TRANSLATE_NOOP("documents", "Name"),
    QT_TRANSLATE_NOOP("documents", "Qty"),
    QT_TRANSLATE_NOOP("documents", "Price"),
    QT_TRANSLATE_NOOP("documents", "Amount"),
    QT_TRANSLATE_NOOP("documents", "Order"),
    QT_TRANSLATE_NOOP("documents", "By"),
    QT_TRANSLATE_NOOP("documents", "Posted"),
    QT_TRANSLATE_NOOP("documents", "Lot"),
    QT_TRANSLATE_NOOP("documents", "Expires"),
    QT_TRANSLATE_NOOP("documents", "Counted"),
    QT_TRANSLATE_NOOP("documents", "Rejected"),
    QT_TRANSLATE_NOOP("documents", "Accepted"),
    QT_TRANSLATE_NOOP("documents", "Reason"),
    QT_TRANSLATE_NOOP("documents", "Checked by"),
    QT_TRANSLATE_NOOP("documents", "Warehouse"),
    QT_TRANSLATE_NOOP("documents", "Created"),
    QT_TRANSLATE_NOOP("documents", "Requests"),
    QT_TRANSLATE_NOOP("documents", "Bin"),
    QT_TRANSLATE_NOOP("documents", "Picked"),
    QT_TRANSLATE_NOOP("documents", "Request"),
    QT_TRANSLATE_NOOP("documents", "Tasks"),
    QT_TRANSLATE_NOOP("documents", "Units"),
    QT_TRANSLATE_NOOP("documents", "From"),
    QT_TRANSLATE_NOOP("documents", "Carrier"),
    QT_TRANSLATE_NOOP("documents", "Tracking"),
    QT_TRANSLATE_NOOP("documents", "Weight"),
    QT_TRANSLATE_NOOP("documents", "Shipped"),
    QT_TRANSLATE_NOOP("documents", "Received by"),
    QT_TRANSLATE_NOOP("documents", "#"),
)


def document_labels() -> dict[str, str]:
    """The printed documents' field names in the user's language."""
    return {k: QCoreApplication.translate("documents", k) for k in DOCUMENT_LABELS}


def print_document(parent: QWidget, rpc: RpcClient, path: str, kind: str, ref: str, *, ask: bool = True) -> None:
    """Fetch a document, write it as a PDF (asking where, or into the temp folder) and open it."""
    def done(wire: tuple) -> None:
        doc = DocumentRecord.from_wire(wire)
        target = os.path.join(tempfile.gettempdir(), f"{doc.number}.pdf")
        if ask:
            target, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("documents", "Save document"),
                                                    target, "PDF (*.pdf)")
            if not target:
                return
        write_pdf(doc, target, labels=document_labels())
        parent.last_document = target
        if ask:
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))

    rpc.call(path, done, lambda e: show_error(parent, e), kind=kind, ref=ref)
