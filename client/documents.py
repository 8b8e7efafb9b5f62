"""Printable documents (票据): a DocumentRecord from the middle tier laid out as an A4 PDF, its number as a
Code 128 barcode at the top and, where the document names one, a barcode per line (SKU codes on pick lists), so
that a scanner at the dock or in the aisle reads them straight off the paper."""
from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from client.rpc import RpcClient
from client.widgets.errors import show_error
from middle_tier.contract import DocumentRecord

# Code 128 symbol widths (bar, space, bar, space, bar, space), values 0..105; 106 is the stop (7 elements).
CODE128 = (
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
)
START_B, STOP = 104, 106


def code128_values(text: str) -> list[int]:
    """Symbol values of `text` in code set B with start, check symbol and stop."""
    if not text or any(not 32 <= ord(c) <= 126 for c in text):
        raise ValueError("Code 128 B encodes printable ASCII only")
    data = [ord(c) - 32 for c in text]
    check = (START_B + sum(i * v for i, v in enumerate(data, start=1))) % 103
    return [START_B, *data, check, STOP]


def code128_widths(text: str) -> list[int]:
    """Alternating bar and space widths in modules, bar first."""
    return [int(w) for v in code128_values(text) for w in CODE128[v]]


def draw_code128(painter: QPainter, text: str, rect: QRectF) -> None:
    """Bars of `text` filling `rect` (the quiet zone of ten modules each side included)."""
    widths = code128_widths(text)
    module = rect.width() / (sum(widths) + 20)
    x = rect.left() + 10 * module
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for i, w in enumerate(widths):
        if i % 2 == 0:
            painter.drawRect(QRectF(x, rect.top(), w * module, rect.height()))
        x += w * module
    painter.restore()


def write_pdf(doc: DocumentRecord, path: str, *, labels: dict[str, str] | None = None) -> None:
    """Lay the document out on A4 pages: title and number barcode, header pairs, the table (repeated headings
    on every page), the footer pairs. `labels` translates the middle tier's field names for the reader."""
    tr = (labels or {}).get
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
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
    draw_code128(p, doc.number, bar_rect)
    p.setFont(body_font)
    fm = QFontMetricsF(body_font, writer)
    line_h = fm.height() * 1.35
    p.drawText(QRectF(bar_rect.left(), bar_rect.bottom() + 1 * dpmm, bar_rect.width(), line_h),
               Qt.AlignmentFlag.AlignHCenter, doc.number)
    y = max(title_h * 1.6, bar_rect.bottom() + line_h + 3 * dpmm)
    label_w = max([fm.horizontalAdvance((tr(k) or k) + ":") for k, _ in doc.header] or [0]) + 3 * dpmm
    for key, value in doc.header:
        if not value:
            continue
        p.drawText(QRectF(0, y, label_w, line_h), Qt.AlignmentFlag.AlignLeft, (tr(key) or key) + ":")
        box = QRectF(label_w, y, page.width() - label_w, line_h * 6)          # long values wrap, up to 6 lines
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        used = p.boundingRect(box, flags, value.replace(", ", ",\u200b "))
        p.drawText(box, flags, value.replace(", ", ",\u200b "))
        y += max(line_h, min(used.height(), box.height()) + line_h * 0.35)
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
            if i == doc.barcode_column and text and text.isascii():
                draw_code128(p, text, QRectF(x, y + line_h, min(w * 1.6, 45 * dpmm), bar_h))
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
