"""Moving stock between bins through real RPyC connections: the terminal's scanned transfer (from-bin, item,
quantity, to-bin) and the desk's transfer take the lots in the SKU's removal order, so received stock (each
receipt its own lot) moves without anyone typing a lot; units planned for picking stay where the picker expects
them; bad scans change nothing."""
from __future__ import annotations

import pytest

from middle_tier.contract import E_CONFLICT, E_NOT_FOUND, E_VALIDATION, Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import PoRecord, SupplierRecord
from middle_tier.contract.wms import LocationRecord, MoveRecord, ReceiptRecord, SkuStock, StockRow, WarehouseRecord
from tests.conftest import new_request_id, remote_error, unique


@pytest.fixture
def site(admin):
    wms = admin.wms
    w = WarehouseRecord.from_wire(wms.create_warehouse(code=unique("w"), name="Transfer test"))
    wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10, zone="a")
    wms.create_location(warehouse_id=w.id, code="B-01", pick_order=20, zone="b", capacity=100)
    locs = {r.code: r for r in Page.from_wire(wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    skus = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=120)).records(SkuRecord)[-3:]
    return {"w": w, "locs": locs, "skus": skus}


def bins_of(admin, site, sku):
    bins = SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku.id)).bins
    return {(b.location_code, b.lot_code): b.qty for b in bins if b.warehouse_code == site["w"].code}


def receive_po(admin, site, sku, qty) -> str:
    """Receive `qty` of `sku` against a purchase order at the dock: the units become a lot named after the
    receipt. Returns the receipt's number."""
    supplier = Page.from_wire(admin.purchasing.list_suppliers()).records(SupplierRecord)[0]
    po = PoRecord.from_wire(admin.purchasing.create_po(supplier_id=supplier.id, warehouse_id=site["w"].id,
                                                       lines=((sku.code, qty, "1.00", ""),),
                                                       request_id=new_request_id()))
    admin.purchasing.approve_po(po_id=po.id, version=po.version)
    admin.purchasing.send_po(po_id=po.id, version=po.version + 1)
    r = ReceiptRecord.from_wire(admin.wms.start_receipt(po_number=po.number))
    admin.wms.scan_receipt(receipt_id=r.id, barcode=sku.code, qty=qty, request_id=new_request_id())
    admin.wms.post_receipt(receipt_id=r.id, request_id=new_request_id())
    return r.number


def test_received_stock_moves_between_bins_without_typing_its_lot(admin, site):
    """The desk's transfer with no lot: the lots in removal order (before, it looked for lot-less stock only and
    refused received stock)."""
    a = site["skus"][0]
    first, second = receive_po(admin, site, a, 3), receive_po(admin, site, a, 4)
    admin.wms.putaway(warehouse_id=site["w"].id, barcode=a.code, location_code="A-01", qty=7,
                      request_id=new_request_id())
    admin.wms.transfer(from_location_id=site["locs"]["A-01"].id, to_location_id=site["locs"]["B-01"].id,
                       sku_id=a.id, qty=5, request_id=new_request_id())
    assert bins_of(admin, site, a) == {("B-01", first): 3, ("B-01", second): 2, ("A-01", second): 2}
    assert admin.wms.self_check() == ()


def test_the_terminal_transfer_scans_from_bin_item_quantity_and_to_bin(admin, site, unchanged):
    a, fefo = site["skus"][0], site["skus"][1]
    w = site["w"].id
    receipt = receive_po(admin, site, a, 6)
    admin.wms.putaway(warehouse_id=w, barcode=a.code, location_code="A-01", qty=6, request_id=new_request_id())
    # a FEFO SKU: the lot that expires first moves first, whatever the order it came in
    admin.wms.set_removal(sku_id=fefo.id, removal="fefo")
    try:
        for lot, expiry in (("LATE", "2029-01-01"), ("SOON", "2027-01-01")):
            admin.wms.receive(location_id=site["locs"]["A-01"].id, sku_id=fefo.id, qty=2, lot_code=lot,
                              expires_on=expiry, request_id=new_request_id())
        moved = admin.wms.transfer_scan(warehouse_id=w, from_location_code="a-01", barcode=fefo.code, qty=3,
                                        to_location_code="b-01", request_id=new_request_id())
        assert len(moved) == 2
        assert bins_of(admin, site, fefo) == {("B-01", "SOON"): 2, ("B-01", "LATE"): 1, ("A-01", "LATE"): 1}
    finally:
        admin.wms.set_removal(sku_id=fefo.id, removal="fifo")
    with unchanged():
        for kwargs, code, field in [
            (dict(from_location_code="Z-99"), E_VALIDATION, "from_location_code"),
            (dict(from_location_code="PACK"), E_VALIDATION, "from_location_code"),      # picked units stay put
            (dict(to_location_code="Z-99"), E_VALIDATION, "to_location_code"),
            (dict(to_location_code="SHIP"), E_VALIDATION, "to_location_code"),          # only into storage
            (dict(to_location_code="A-01"), E_VALIDATION, "to_location_code"),          # the same bin
            (dict(barcode="NO-SUCH-ITEM"), E_VALIDATION, "barcode"),
            (dict(qty=7), E_VALIDATION, "qty"),                                        # A-01 holds 6
            (dict(qty=0), E_VALIDATION, "qty"),
            (dict(qty=101), E_VALIDATION, "qty"),
            (dict(lot_code="NO-SUCH-LOT"), E_NOT_FOUND, "lot_code"),
        ]:
            args = dict(warehouse_id=w, from_location_code="A-01", barcode=a.code, qty=2, to_location_code="B-01",
                        request_id=new_request_id())
            err = remote_error(admin.wms.transfer_scan, **{**args, **kwargs})
            assert (err.code, err.field) == (code, field), (kwargs, err)
        err = remote_error(admin.wms.transfer_scan, warehouse_id=10**9, from_location_code="A-01", barcode=a.code,
                           qty=1, to_location_code="B-01", request_id=new_request_id())
        assert (err.code, err.field) == (E_NOT_FOUND, "warehouse_id")
    rid = new_request_id()
    moved = admin.wms.transfer_scan(warehouse_id=w, from_location_code="A-01", barcode=a.code, qty=4,
                                    to_location_code="B-01", request_id=rid)
    with unchanged():                                     # the scanner's retry moves nothing twice
        assert admin.wms.transfer_scan(warehouse_id=w, from_location_code="A-01", barcode=a.code, qty=4,
                                       to_location_code="B-01", request_id=rid) == moved
    assert bins_of(admin, site, a) == {("A-01", receipt): 2, ("B-01", receipt): 4}
    log = Page.from_wire(admin.wms.list_moves(sku_id=a.id, location_id=site["locs"]["B-01"].id)).records(MoveRecord)
    assert [(m.reason, m.from_code, m.to_code, m.qty, m.lot_code) for m in log] == [
        ("transfer", "A-01", "B-01", 4, receipt)]
    assert admin.wms.self_check() == ()


def test_units_a_picker_will_take_are_not_transferred_away(admin, site, unchanged):
    a = site["skus"][2]
    w = site["w"].id
    admin.wms.receive(location_id=site["locs"]["A-01"].id, sku_id=a.id, qty=3, request_id=new_request_id())
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w, sku_id=a.id, qty=2)
    admin.wms.create_wave(warehouse_id=w, doc_refs=(ref,), request_id=new_request_id())
    with unchanged():
        err = remote_error(admin.wms.transfer_scan, warehouse_id=w, from_location_code="A-01", barcode=a.code, qty=2,
                           to_location_code="B-01", request_id=new_request_id())
        assert (err.code, err.field) == (E_CONFLICT, "qty")
        assert "1" in err.message
    admin.wms.transfer_scan(warehouse_id=w, from_location_code="A-01", barcode=a.code, qty=1,
                            to_location_code="B-01", request_id=new_request_id())
    assert bins_of(admin, site, a) == {("A-01", ""): 2, ("B-01", ""): 1}
    assert admin.wms.self_check() == ()


def test_the_terminal_reads_a_scanned_bins_contents_by_its_code(admin, site, unchanged):
    a = site["skus"][0]
    admin.wms.receive(location_id=site["locs"]["A-01"].id, sku_id=a.id, qty=4, request_id=new_request_id())
    rows = Page.from_wire(admin.wms.list_stock(warehouse_id=site["w"].id, location_code="a-01")).records(StockRow)
    assert [(r.location_code, r.sku_code, r.qty) for r in rows] == [("A-01", a.code, 4)]
    with unchanged():
        err = remote_error(admin.wms.list_stock, warehouse_id=site["w"].id, location_code="Z-99")
        assert (err.code, err.field) == (E_VALIDATION, "location_code")
        err = remote_error(admin.wms.list_stock, warehouse_id=10**9, location_code="A-01")
        assert (err.code, err.field) == (E_NOT_FOUND, "warehouse_id")
