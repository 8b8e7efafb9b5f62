"""Purchasing through real RPyC connections: suppliers and contracts, the purchase order's states and approval,
receipts against it (scans, tolerance, quality check, backorders), invoice matching, returns to the supplier
through the warehouse's outbound flow, reorder suggestions, and the printable documents."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from middle_tier.contract import (
    E_CONFLICT,
    E_DUPLICATE,
    E_NOT_FOUND,
    E_PERMISSION,
    E_VALIDATION,
    DocumentRecord,
    Page,
)
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.purchasing import ContractRecord, InvoiceRecord, PoRecord, ReorderSuggestion, SupplierRecord
from middle_tier.contract.wms import LocationRecord, PickListRecord, ReceiptRecord, SkuStock, WarehouseRecord
from tests.conftest import new_request_id, remote_error, unique


@pytest.fixture
def buy(admin):
    """A supplier, a warehouse with two bins and three on-sale SKUs."""
    supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(
        ("code", unique("s")), ("name", "Test supplier 测试供应商"), ("lead_time_days", "10"),
        ("email", "sales@example.com"))))
    w = WarehouseRecord.from_wire(admin.wms.create_warehouse(code=unique("w"), name="Purchasing test"))
    for code, order in (("A-01", 10), ("A-02", 20)):
        admin.wms.create_location(warehouse_id=w.id, code=code, pick_order=order)
    locs = {r.code: r for r in Page.from_wire(admin.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    skus = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=40)).records(SkuRecord)[-3:]
    return {"s": supplier, "w": w, "locs": locs, "skus": skus}


def new_po(admin, buy, lines, **kw) -> PoRecord:
    return PoRecord.from_wire(admin.purchasing.create_po(supplier_id=buy["s"].id, warehouse_id=buy["w"].id,
                                                         lines=lines, request_id=new_request_id(), **kw))


def advance(admin, po: PoRecord, *steps: str) -> PoRecord:
    for step in steps:
        po = PoRecord.from_wire(getattr(admin.purchasing, f"{step}_po")(po_id=po.id, version=po.version))
    return po


def stock(admin, sku_id):
    return SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku_id))


def test_supplier_fields_are_checked_and_versioned(admin, buy, unchanged):
    p = admin.purchasing
    with unchanged():
        for fields, field in [((("code", "1bad"), ("name", "x")), "code"), ((("code", "okcode"),), "name"),
                              ((("code", "okcode"), ("name", "x"), ("email", "nope")), "email"),
                              ((("code", "okcode"), ("name", "x"), ("lead_time_days", "400")), "lead_time_days"),
                              ((("code", "okcode"), ("name", "x"), ("colour", "red")), "colour")]:
            err = remote_error(p.create_supplier, fields=fields)
            assert (err.code, err.field) == (E_VALIDATION, field), err
        err = remote_error(p.create_supplier, fields=(("code", buy["s"].code), ("name", "again")))
        assert (err.code, err.field) == (E_DUPLICATE, "code")
    s = SupplierRecord.from_wire(p.update_supplier(supplier_id=buy["s"].id, version=buy["s"].version,
                                                   fields=(("phone", "021-5555 0000"),)))
    assert (s.phone, s.name, s.version) == ("021-5555 0000", buy["s"].name, buy["s"].version + 1)
    err = remote_error(p.update_supplier, supplier_id=s.id, version=buy["s"].version, fields=(("phone", "1"),))
    assert err.code == E_CONFLICT
    found = Page.from_wire(p.list_suppliers(search=buy["s"].code)).records(SupplierRecord)
    assert [x.id for x in found] == [s.id]


def test_contract_prices_feed_the_order_and_consignment_is_marked(admin, buy):
    p, sku = admin.purchasing, buy["skus"][0]
    today = dt.date.today()
    c = ContractRecord.from_wire(p.create_contract(
        supplier_id=buy["s"].id, code=unique("c"), kind="consignment", valid_from=str(today - dt.timedelta(days=1)),
        valid_to=str(today + dt.timedelta(days=365)), terms="net 30", prices=((sku.code, "12.34"),)))
    assert c.prices == ((sku.code, Decimal("12.34")),)
    po = new_po(admin, buy, ((sku.code, 10, "", ""), (buy["skus"][1].code, 2, "5.00", "")))
    assert po.consignment and po.contract_code == c.code
    assert [(ln.price, ln.amount) for ln in po.lines] == [(Decimal("12.34"), Decimal("123.40")),
                                                            (Decimal("5.00"), Decimal("10.00"))]
    assert po.total == Decimal("133.40") and po.state == "draft"
    err = remote_error(p.create_contract, supplier_id=buy["s"].id, code=unique("c"), kind="buy",
                       valid_from="2026-12-01", valid_to="2026-11-01")
    assert (err.code, err.field) == (E_VALIDATION, "valid_to")


def test_bad_order_lines_are_refused_whole(admin, buy, unchanged):
    sku = buy["skus"][0]
    with unchanged():
        for lines in [(), (("NO-SUCH-SKU", 1, "", ""),), ((sku.code, 0, "", ""),), ((sku.code, 1, "-1", ""),),
                      ((sku.code, 1, "", ""), (sku.code, 2, "", "")), ((sku.code, 1, "1.005", ""),),
                      ((sku.code, 1, "", "2026-13-01"),)]:
            err = remote_error(admin.purchasing.create_po, supplier_id=buy["s"].id, warehouse_id=buy["w"].id,
                               lines=lines, request_id=new_request_id())
            assert (err.code, err.field) == (E_VALIDATION, "lines"), (lines, err)


def test_order_states_approval_and_the_log(admin, buy, login, unchanged):
    sku = buy["skus"][0]
    po = new_po(admin, buy, ((sku.code, 5, "3.00", ""),))
    clerk = login("clerk")            # the warehouse clerk may read orders, not approve them
    with unchanged():
        assert remote_error(admin.purchasing.send_po, po_id=po.id, version=po.version).code == E_CONFLICT
        assert remote_error(clerk.purchasing.approve_po, po_id=po.id, version=po.version).code == E_PERMISSION
    edited = PoRecord.from_wire(admin.purchasing.update_po(po_id=po.id, version=po.version,
                                                           lines=((sku.code, 6, "3.00", ""),), tolerance_pct=10))
    assert (edited.total, edited.tolerance_pct) == (Decimal("18.00"), 10)
    po = advance(admin, edited, "approve", "send")
    assert po.state == "sent" and po.approved_by == "admin" and po.approved_at and po.sent_at
    err = remote_error(admin.purchasing.update_po, po_id=po.id, version=po.version, lines=((sku.code, 1, "", ""),))
    assert err.code == E_CONFLICT
    cancelled = advance(admin, po, "cancel")
    assert cancelled.state == "cancelled" and cancelled.cancelled_at
    log = Page.from_wire(admin.system.list_audit(record_type="purchase_order", record_id=str(po.id)))
    states = [r[8] for r in reversed(log.rows) if '"state"' in r[8]]
    assert len(states) == 3 and '"cancelled"' in states[-1]


def receive(admin, po: PoRecord, scans, post=True) -> ReceiptRecord:
    r = ReceiptRecord.from_wire(admin.wms.start_receipt(po_number=po.number))
    for scan in scans:
        r = ReceiptRecord.from_wire(admin.wms.scan_receipt(receipt_id=r.id, request_id=new_request_id(), **scan))
    if post:
        r = ReceiptRecord.from_wire(admin.wms.post_receipt(receipt_id=r.id, request_id=new_request_id()))
    return r


def test_receipts_partial_backorder_quality_check_and_tolerance(admin, buy, unchanged):
    a, b = buy["skus"][0], buy["skus"][1]
    po = advance(admin, new_po(admin, buy, ((a.code, 10, "2.00", ""), (b.code, 4, "1.00", "")), tolerance_pct=10),
                 "approve", "send")
    before = stock(admin, a.id).on_hand
    r = ReceiptRecord.from_wire(admin.wms.start_receipt(po_number=po.number.lower()))
    assert ReceiptRecord.from_wire(admin.wms.start_receipt(po_number=po.number)).id == r.id   # the open one
    other = buy["skus"][2]
    with unchanged():
        for kwargs, expected in [(dict(barcode=other.code), (E_VALIDATION, "barcode")),      # not on the order
                                 (dict(barcode="0000000000000"), (E_VALIDATION, "barcode")),   # unknown barcode
                                 (dict(barcode=a.code, qty=12), (E_VALIDATION, "qty")),        # 10 + 10 % = 11
                                 (dict(barcode=a.code, qty=0), (E_VALIDATION, "qty")),
                                 (dict(barcode=a.code, expires_on="2027-01-01"), (E_VALIDATION, "lot_code"))]:
            err = remote_error(admin.wms.scan_receipt, receipt_id=r.id, request_id=new_request_id(), **kwargs)
            assert (err.code, err.field) == expected, (kwargs, err)
    for _ in range(3):
        r = ReceiptRecord.from_wire(admin.wms.scan_receipt(receipt_id=r.id, barcode=a.code, qty=2,
                                                           request_id=new_request_id()))
    assert [(ln.sku_code, ln.qty) for ln in r.lines] == [(a.code, 6)]
    r = ReceiptRecord.from_wire(admin.wms.check_receipt_line(receipt_id=r.id, barcode=a.code, rejected_qty=1,
                                                             reason="crushed box"))
    err = remote_error(admin.wms.check_receipt_line, receipt_id=r.id, barcode=a.code, rejected_qty=7)
    assert (err.code, err.field) == (E_VALIDATION, "rejected_qty")
    r = ReceiptRecord.from_wire(admin.wms.post_receipt(receipt_id=r.id, request_id=new_request_id()))
    assert r.state == "posted"
    po = PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id))
    assert po.state == "partially_received" and po.first_receipt_at and not po.done_at
    line = {ln.sku_code: ln for ln in po.lines}
    assert (line[a.code].received_qty, line[a.code].rejected_qty, line[a.code].open_qty) == (5, 1, 5)
    assert line[b.code].open_qty == 4                                  # the backorder
    now = stock(admin, a.id)
    assert now.on_hand == before + 5
    dock = [row for row in now.bins if row.warehouse_code == buy["w"].code]
    assert [(row.location_code, row.lot_code, row.qty) for row in dock] == [("RECV", r.number, 5)]
    # the rest, one over within the tolerance: the order is received
    receive(admin, po, [dict(barcode=a.code, qty=6), dict(barcode=b.code, qty=4, lot_code="L1",
                                                          expires_on="2027-06-30")])
    po = PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id))
    assert po.state == "received" and po.done_at
    assert {ln.sku_code: ln.received_qty for ln in po.lines} == {a.code: 11, b.code: 4}
    err = remote_error(admin.wms.start_receipt, po_number=po.number)
    assert (err.code, err.field) == (E_CONFLICT, "po_number")
    assert remote_error(admin.purchasing.cancel_po, po_id=po.id, version=po.version).code == E_CONFLICT
    assert advance(admin, po, "close").state == "closed"
    assert admin.wms.self_check() == ()


def test_cancelling_a_lines_backorder_cuts_it_to_what_came_and_completes_the_order(admin, buy, unchanged):
    a, b, c = buy["skus"]
    lines = ((a.code, 10, "2.00", ""), (b.code, 4, "1.00", ""), (c.code, 1, "5.00", ""))
    po = advance(admin, new_po(admin, buy, lines), "approve", "send")
    line = {ln.sku_code: ln for ln in po.lines}
    cut = PoRecord.from_wire(admin.purchasing.cancel_po_line(po_id=po.id, version=po.version, line_id=line[c.code].id))
    assert [ln.sku_code for ln in cut.lines] == [a.code, b.code] and cut.total == Decimal("24.00")   # nothing came
    receive(admin, cut, [dict(barcode=a.code, qty=6), dict(barcode=b.code, qty=4)])
    po = PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id))
    assert po.state == "partially_received"
    line = {ln.sku_code: ln for ln in po.lines}
    with unchanged():
        for kwargs, expected in [(dict(line_id=line[b.code].id), (E_CONFLICT, "line_id")),    # nothing open on it
                                 (dict(line_id=10**9), (E_NOT_FOUND, "line_id")),
                                 (dict(line_id=line[a.code].id, version=po.version - 1), (E_CONFLICT, "version"))]:
            err = remote_error(admin.purchasing.cancel_po_line, **{"po_id": po.id, "version": po.version, **kwargs})
            assert (err.code, err.field) == expected, (kwargs, err)
    done = PoRecord.from_wire(admin.purchasing.cancel_po_line(po_id=po.id, version=po.version,
                                                               line_id=line[a.code].id))
    assert done.state == "received" and done.done_at and done.total == Decimal("16.00")
    assert [(ln.sku_code, ln.qty, ln.open_qty) for ln in done.lines] == [(a.code, 6, 0), (b.code, 4, 0)]
    err = remote_error(admin.purchasing.cancel_po_line, po_id=po.id, version=done.version, line_id=line[a.code].id)
    assert (err.code, err.field) == (E_CONFLICT, "state")


def test_invoices_are_matched_against_received_quantities_and_prices(admin, buy):
    a, b = buy["skus"][0], buy["skus"][1]
    po = advance(admin, new_po(admin, buy, ((a.code, 10, "2.00", ""), (b.code, 5, "3.00", ""))), "approve", "send")
    receive(admin, po, [dict(barcode=a.code, qty=10), dict(barcode=b.code, qty=2)])
    ok = InvoiceRecord.from_wire(admin.purchasing.record_invoice(po_id=po.id, number="inv-1", invoice_date="2026-11-25",
                                                                 lines=((a.code, 10, "2.00"),)))
    assert (ok.state, ok.total, ok.issues, ok.number) == ("matched", Decimal("20.00"), (), "INV-1")
    bad = InvoiceRecord.from_wire(admin.purchasing.record_invoice(po_id=po.id, number="INV-2",
                                                                  invoice_date="2026-11-25",
                                                                  lines=((b.code, 3, "3.10"),)))
    assert bad.state == "variance" and len(bad.issues) == 2
    assert any("received 2" in i for i in bad.issues) and any("3.10" in i for i in bad.issues)
    err = remote_error(admin.purchasing.record_invoice, po_id=po.id, number="inv-1", invoice_date="2026-11-25",
                       lines=((a.code, 1, "2.00"),))
    assert (err.code, err.field) == (E_DUPLICATE, "number")
    listed = Page.from_wire(admin.purchasing.list_invoices(po_id=po.id, state="variance")).records(InvoiceRecord)
    assert [i.number for i in listed] == ["INV-2"]


def test_a_return_is_reserved_picked_shipped_back_and_closed(admin, buy):
    a = buy["skus"][0]
    bin_a = buy["locs"]["A-01"]
    admin.wms.receive(location_id=bin_a.id, sku_id=a.id, qty=8, request_id=new_request_id())
    rt = new_po(admin, buy, ((a.code, 3, "2.00", ""),), kind="return")
    assert rt.number.startswith("RT-")
    avail = stock(admin, a.id).available
    rt = advance(admin, rt, "approve")
    assert stock(admin, a.id).available == avail - 3
    wave = PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=buy["w"].id, doc_refs=(rt.number,),
                                                          request_id=new_request_id()))
    (task,) = wave.tasks
    admin.wms.confirm_pick(task_id=task.id, location_code="a-01", barcode=a.code, qty=3, request_id=new_request_id())
    admin.wms.pack_scan(doc_type="return_po", doc_ref=rt.number, barcode=a.code, qty=3, request_id=new_request_id())
    admin.wms.ship_parcel(doc_type="return_po", doc_ref=rt.number, carrier="sf", tracking_no="SF100200",
                          weight_g=900, request_id=new_request_id())
    rt = PoRecord.from_wire(admin.purchasing.get_po(po_id=rt.id))
    assert rt.state == "shipped" and rt.lines[0].received_qty == 3 and rt.done_at
    moves = admin.wms.list_moves(doc_ref=rt.number)
    assert {m[6] for m in moves[1] if m[8] == "ship"} == {"SUPPLIER"}
    assert advance(admin, rt, "close").state == "closed"
    assert admin.wms.self_check() == ()


def test_cancelling_an_approved_return_releases_its_stock(admin, buy):
    a = buy["skus"][1]
    admin.wms.receive(location_id=buy["locs"]["A-02"].id, sku_id=a.id, qty=4, request_id=new_request_id())
    avail = stock(admin, a.id).available
    rt = advance(admin, new_po(admin, buy, ((a.code, 4, "1.00", ""),), kind="return"), "approve")
    assert stock(admin, a.id).available == avail - 4
    err = remote_error(admin.purchasing.approve_po, po_id=rt.id, version=rt.version)
    assert err.code == E_CONFLICT
    advance(admin, rt, "cancel")
    assert stock(admin, a.id).available == avail
    too_many = new_po(admin, buy, ((a.code, avail + 1, "1.00", ""),), kind="return")
    err = remote_error(admin.purchasing.approve_po, po_id=too_many.id, version=too_many.version)
    assert (err.code, err.field) == (E_CONFLICT, "lines")
    assert admin.wms.self_check() == ()


def test_reorder_suggestions_become_draft_orders(admin, buy):
    a, b = buy["skus"][0], buy["skus"][1]
    w = buy["w"].id
    admin.wms.receive(location_id=buy["locs"]["A-01"].id, sku_id=a.id, qty=3, request_id=new_request_id())
    admin.purchasing.save_reorder_rule(sku_id=a.id, warehouse_id=w, supplier_id=buy["s"].id, reorder_point=5,
                                       min_qty=12)
    admin.purchasing.save_reorder_rule(sku_id=b.id, warehouse_id=w, supplier_id=buy["s"].id, reorder_point=0)
    err = remote_error(admin.purchasing.save_reorder_rule, sku_id=a.id, warehouse_id=w, supplier_id=buy["s"].id,
                       reorder_point=-1)
    assert (err.code, err.field) == (E_VALIDATION, "reorder_point")
    # b: nothing on hand, nothing shipped lately, reorder point 0 -> position 0 <= 0: one unit at least
    got = {s.sku_code: s for s in Page.from_wire(admin.purchasing.reorder_suggestions(warehouse_id=w))
           .records(ReorderSuggestion)}
    assert got[a.code].available == 3 and got[a.code].suggested_qty == 12          # min_qty wins over 5 - 3
    assert got[b.code].suggested_qty == 1
    walked, cursor = [], ""                                           # the same, one suggestion a page
    while True:
        page = Page.from_wire(admin.purchasing.reorder_suggestions(warehouse_id=w, cursor=cursor, page_size=1))
        walked += [s.sku_code for s in page.records(ReorderSuggestion)]
        if not (cursor := page.next_cursor):
            break
    assert walked == sorted(got) and len(walked) >= 2
    numbers = admin.purchasing.create_pos_from_suggestions(warehouse_id=w, sku_ids=(a.id,),
                                                           request_id=new_request_id())
    po = PoRecord.from_wire(admin.purchasing.get_po(number=numbers[0]))
    assert po.state == "draft" and [(ln.sku_code, ln.qty) for ln in po.lines] == [(a.code, 12)]
    assert po.expected_on == dt.date.today() + dt.timedelta(days=10) or po.expected_on is not None
    after = {s.sku_code: s for s in Page.from_wire(admin.purchasing.reorder_suggestions(warehouse_id=w))
             .records(ReorderSuggestion)}
    assert a.code not in after                         # 3 available + 12 on order is above the point
    err = remote_error(admin.purchasing.create_pos_from_suggestions, warehouse_id=w, sku_ids=(a.id,),
                       request_id=new_request_id())
    assert (err.code, err.field) == (E_VALIDATION, "sku_ids")


def test_printable_documents_carry_their_numbers_and_lines(admin, buy):
    a = buy["skus"][0]
    po = advance(admin, new_po(admin, buy, ((a.code, 2, "9.90", ""),)), "approve", "send")
    doc = DocumentRecord.from_wire(admin.purchasing.document(kind="po", ref=po.number))
    assert doc.number == po.number and doc.rows[0][1] == a.code and ("Total", "19.80") in doc.footer
    r = receive(admin, po, [dict(barcode=a.code, qty=2)])
    doc = DocumentRecord.from_wire(admin.purchasing.document(kind="receipt", ref=r.number))
    assert doc.number == r.number and doc.rows[0][6] == "2"
    err = remote_error(admin.purchasing.document, kind="invoice", ref=po.number)
    assert (err.code, err.field) == (E_VALIDATION, "kind")


def test_consignment_stock_stays_the_suppliers_until_sold(admin, buy):
    from middle_tier.contract.purchasing import ConsignmentSale

    a = buy["skus"][2]
    today = dt.date.today()
    admin.purchasing.create_contract(supplier_id=buy["s"].id, code=unique("c"), kind="consignment",
                                     valid_from=str(today), valid_to=str(today + dt.timedelta(days=90)),
                                     prices=((a.code, "4.20"),))
    po = advance(admin, new_po(admin, buy, ((a.code, 3, "", ""),)), "approve", "send")
    assert po.consignment
    receive(admin, po, [dict(barcode=a.code, qty=3)])
    admin.wms.putaway(warehouse_id=buy["w"].id, barcode=a.code, location_code="A-01", qty=3,
                      request_id=new_request_id())
    rows = [r for r in stock(admin, a.id).bins if r.warehouse_code == buy["w"].code]
    assert [(r.location_code, r.qty, r.owner_code) for r in rows] == [("A-01", 3, buy["s"].code)]
    ref = unique("SO-")
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=buy["w"].id, sku_id=a.id, qty=2)
    admin.wms.ship(doc_type="order", doc_ref=ref)
    sold = Page.from_wire(admin.purchasing.consignment_sales(
        supplier_id=buy["s"].id, date_from=str(today - dt.timedelta(days=1)),
        date_to=str(today + dt.timedelta(days=1)))).records(ConsignmentSale)
    assert [(x.sku_code, x.qty, x.price, x.amount) for x in sold] == [(a.code, 2, Decimal("4.20"), Decimal("8.40"))]
    err = remote_error(admin.purchasing.consignment_sales, supplier_id=buy["s"].id, date_from="2026-12-01",
                       date_to="2026-11-01")
    assert (err.code, err.field) == (E_VALIDATION, "date_to")


def test_a_receipt_against_an_order_cancelled_meanwhile_posts_nothing(admin, buy, unchanged):
    a = buy["skus"][0]
    po = advance(admin, new_po(admin, buy, ((a.code, 2, "1.00", ""),)), "approve", "send")
    r = receive(admin, po, [dict(barcode=a.code, qty=2)], post=False)
    advance(admin, PoRecord.from_wire(admin.purchasing.get_po(po_id=po.id)), "cancel")
    with unchanged():
        err = remote_error(admin.wms.post_receipt, receipt_id=r.id, request_id=new_request_id())
        assert (err.code, err.field) == (E_CONFLICT, "receipt_id")
        err = remote_error(admin.wms.scan_receipt, receipt_id=r.id, barcode=a.code, request_id=new_request_id())
        assert (err.code, err.field) == (E_CONFLICT, "receipt_id")
    assert ReceiptRecord.from_wire(admin.wms.cancel_receipt(receipt_id=r.id)).state == "cancelled"
