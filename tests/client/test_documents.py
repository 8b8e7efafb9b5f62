"""Printed documents as a scanner and a reader see them: the PDF the client writes is rendered to a bitmap
(pypdfium2, PDFium: a wheel, no system package) and read back with an independent decoder (zxing-cpp): the number's
and the lines' Code 128 symbols and a parcel's QR code decode to their text, and a state in the header prints in
the user's language."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from client.documents import document_labels, write_pdf
from middle_tier.contract import DocumentRecord, Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
from middle_tier.contract.wms import LocationRecord, PickListRecord, ShipmentRecord, WarehouseRecord
from tests.conftest import new_request_id, unique

DPI = 300          # the PDF's own resolution: a module is a whole number of pixels


def pages(path) -> list:
    """The PDF's pages as grayscale PIL images at DPI."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [page.render(scale=DPI / 72, grayscale=True).to_pil() for page in pdf]
    finally:
        pdf.close()


def symbols(image) -> list[zxingcpp.Barcode]:
    # at the page's own resolution only: a downscaled copy (1.3 pixels a module) is no scanner's view of the page
    return zxingcpp.read_barcodes(image, formats=[zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode],
                                  try_downscale=False)


def text_of(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def document(kind="po", number="PO-20261201-0001", header=(("State", "sent"),),
             skus=("6901234567892", "P00008-WHITE"), qr="") -> DocumentRecord:
    return DocumentRecord(kind, "Purchase order 采购订单", number, header, ("#", "SKU", "Name", "Qty"),
                          tuple((str(i), sku, f"Item {i} 商品", "3") for i, sku in enumerate(skus, start=1)), 1,
                          (("Total", "9.00"),), qr)


def test_the_number_the_lines_and_the_qr_code_decode_from_the_rendered_page(qapp, tmp_path):
    pdf = tmp_path / "doc.pdf"
    write_pdf(document(qr="ZTO 75312345678901"), str(pdf), labels=document_labels())
    (page,) = pages(pdf)
    assert sorted((b.format.name, b.text) for b in symbols(page)) == [
        ("Code128", "6901234567892"), ("Code128", "P00008-WHITE"), ("Code128", "PO-20261201-0001"),
        ("QRCode", "ZTO 75312345678901")]


def test_a_numeric_code_prints_narrower_than_a_code_of_letters_as_long(qapp, tmp_path):
    """Thirteen digits go into code set C, two a symbol: their bars take about 123 modules where thirteen letters
    take 178 (code set B), at the same module width on the page."""
    pdf = tmp_path / "doc.pdf"
    write_pdf(document(skus=("6901234567892", "ABCDEFGHIJKLM")), str(pdf))
    (page,) = pages(pdf)
    width = {b.text: b.position.top_right.x - b.position.top_left.x for b in symbols(page)}
    assert width["6901234567892"] < 0.75 * width["ABCDEFGHIJKLM"]
    assert width["6901234567892"] == pytest.approx(123 * 3, abs=6)      # 3 pixels a module at 300 dpi


def test_a_state_in_the_header_prints_in_the_users_language(qapp, chinese, admin, tmp_path):
    supplier = Page.from_wire(admin.purchasing.list_suppliers()).records(SupplierRecord)[0]
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Documents test"))
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=5)).records(SkuRecord)[0]
    po = PoRecord.from_wire(admin.purchasing.create_po(supplier_id=supplier.id, warehouse_id=w.id,
                                                       lines=((sku.code, 2, "3.00", ""),), request_id=new_request_id()))
    po = PoRecord.from_wire(admin.purchasing.approve_po(po_id=po.id, version=po.version))
    po = PoRecord.from_wire(admin.purchasing.send_po(po_id=po.id, version=po.version))
    doc = DocumentRecord.from_wire(admin.purchasing.document(kind="po", ref=po.number))
    assert ("State", "sent") in doc.header                        # the middle tier names the state in English
    write_pdf(doc, str(tmp_path / "po.pdf"), labels=document_labels())
    text = text_of(tmp_path / "po.pdf")
    assert "状态: 已发送" in text and "sent" not in text
    write_pdf(document("receipt", "GR-20261201-0001", (("Order", po.number), ("State", "posted"))),
              str(tmp_path / "gr.pdf"), labels=document_labels())
    assert "已过账" in text_of(tmp_path / "gr.pdf")
    # only the header's state is the document's: the same word elsewhere is data, printed as it came
    write_pdf(document(header=(("Note", "sent"), ("State", "partially_received"))), str(tmp_path / "n.pdf"),
              labels=document_labels())
    text = text_of(tmp_path / "n.pdf")
    assert "sent" in text and "partially_received" not in text


def test_a_state_prints_readably_in_english(qapp, tmp_path):
    write_pdf(document(header=(("State", "partially_received"),)), str(tmp_path / "po.pdf"))
    assert "State: partially received" in text_of(tmp_path / "po.pdf")


def test_the_delivery_note_of_a_shipped_parcel_carries_its_qr_code(qapp, admin, tmp_path):
    wms = admin.wms
    w = WarehouseRecord.from_wire(wms.create_warehouse(code=unique("w"), name="Parcel test"))
    wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10)
    loc = next(r for r in Page.from_wire(wms.list_locations(warehouse_id=w.id)).records(LocationRecord)
               if r.code == "A-01")
    sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=5)).records(SkuRecord)[0]
    wms.receive(location_id=loc.id, sku_id=sku.id, qty=2, request_id=new_request_id())
    ref = unique("SO-")
    wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id, sku_id=sku.id, qty=2)
    pl = PickListRecord.from_wire(wms.create_wave(warehouse_id=w.id, doc_refs=(ref,), request_id=new_request_id()))
    for t in pl.tasks:
        wms.confirm_pick(task_id=t.id, location_code=t.location_code, barcode=t.sku_code, qty=t.qty,
                         request_id=new_request_id())
    wms.pack_scan(doc_type="order", doc_ref=ref, barcode=sku.code, qty=2, request_id=new_request_id())
    sh = ShipmentRecord.from_wire(wms.ship_parcel(doc_type="order", doc_ref=ref, carrier="sf",
                                                  tracking_no="SF1234567890123", weight_g=800,
                                                  request_id=new_request_id()))
    doc = DocumentRecord.from_wire(wms.document(kind="delivery_note", ref=sh.number))
    write_pdf(doc, str(tmp_path / "note.pdf"), labels=document_labels())
    (page,) = pages(tmp_path / "note.pdf")
    got = {(b.format.name, b.text) for b in symbols(page)}
    assert got == {("Code128", sh.number), ("Code128", sku.code), ("QRCode", "SF SF1234567890123")}
    assert ("Carrier", "SF Express") in doc.header                # by name, not the code "sf"


def test_the_delivery_note_names_the_carrier_in_the_readers_language(qapp, chinese, tmp_path):
    write_pdf(document("delivery_note", "SH-20261201-0001", (("Carrier", "SF Express"), ("State", "sent"))),
              str(tmp_path / "note.pdf"), labels=document_labels())
    text = text_of(tmp_path / "note.pdf")
    assert "顺丰速运" in text and "SF Express" not in text
    assert "sent" in text          # a delivery note has no state machine: its words print as they came
