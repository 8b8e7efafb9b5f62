"""Warehouse work through real RPyC connections: putaway suggestions, waves along the pick path, pick
confirmation by scanning (wrong bin, wrong item, short picks), packing verified by scanning, shipping to a
carrier with the shipped event and delivery note, and cycle counts (blind, reviewed, moved bins flagged)."""
from __future__ import annotations

import pytest

from middle_tier.contract import E_CONFLICT, E_VALIDATION, DocumentRecord, Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import (
    CountTaskRecord,
    LocationRecord,
    OutboundEventRecord,
    PackStatus,
    PickListRecord,
    PutawaySuggestion,
    ShipmentRecord,
    SkuStock,
    WarehouseRecord,
)
from tests.conftest import new_request_id, remote_error, unique


@pytest.fixture
def site(admin):
    """A warehouse with bins A-01 (pick order 10), A-02 (20, capacity 10), B-01 (30) and three on-sale SKUs."""
    wms = admin.wms
    w = WarehouseRecord.from_wire(wms.create_warehouse(code=unique("w"), name="Operations test"))
    wms.create_location(warehouse_id=w.id, code="B-01", pick_order=30, zone="b")
    wms.create_location(warehouse_id=w.id, code="A-02", pick_order=20, zone="a", capacity=10)
    wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10, zone="a")
    locs = {r.code: r for r in Page.from_wire(wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    skus = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=60)).records(SkuRecord)[-3:]
    return {"w": w, "locs": locs, "skus": skus}


def put(admin, site, code, sku, qty):
    admin.wms.receive(location_id=site["locs"][code].id, sku_id=sku.id, qty=qty, request_id=new_request_id())


def reserve(admin, site, ref, sku, qty):
    admin.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=site["w"].id, sku_id=sku.id, qty=qty)


def wave(admin, site, *refs) -> PickListRecord:
    return PickListRecord.from_wire(admin.wms.create_wave(warehouse_id=site["w"].id, doc_refs=refs,
                                                          request_id=new_request_id()))


def pick(admin, task, qty=None, **over):
    args = dict(task_id=task.id, location_code=task.location_code, barcode=task.sku_code,
                qty=task.qty if qty is None else qty, request_id=new_request_id())
    return PickListRecord.from_wire(admin.wms.confirm_pick(**{**args, **over}))


def test_putaway_suggests_bins_with_the_sku_then_empty_ones_with_room(admin, site):
    a, b = site["skus"][0], site["skus"][1]
    put(admin, site, "B-01", a, 5)
    got = [PutawaySuggestion.from_wire(x) for x in admin.wms.suggest_putaway(warehouse_id=site["w"].id, sku_id=a.id,
                                                                             qty=8)]
    assert [(s.location_code, s.reason) for s in got] == [("B-01", "same_sku"), ("A-01", "empty"), ("A-02", "empty")]
    got = [PutawaySuggestion.from_wire(x) for x in admin.wms.suggest_putaway(warehouse_id=site["w"].id, sku_id=b.id,
                                                                             qty=11)]
    assert "A-02" not in [s.location_code for s in got]          # capacity 10
    err = remote_error(admin.wms.suggest_putaway, warehouse_id=site["w"].id, sku_id=a.id, qty=0)
    assert (err.code, err.field) == (E_VALIDATION, "qty")


def test_scanner_putaway_moves_from_receiving_oldest_lot_first(admin, site, unchanged):
    a = site["skus"][0]
    w = site["w"].id
    for lot in ("L1", "L2"):
        admin.wms.receive(location_id=site["locs"]["RECV"].id, sku_id=a.id, qty=3, lot_code=lot,
                          request_id=new_request_id())
    with unchanged():
        for kwargs, field in [(dict(barcode=a.code, location_code="A-01", qty=7), "qty"),
                              (dict(barcode=a.code, location_code="PACK", qty=1), "location_code"),
                              (dict(barcode=a.code, location_code="Z-09", qty=1), "location_code"),
                              (dict(barcode="NOPE", location_code="A-01", qty=1), "barcode")]:
            err = remote_error(admin.wms.putaway, warehouse_id=w, request_id=new_request_id(), **kwargs)
            assert (err.code, err.field) == (E_VALIDATION, field), (kwargs, err)
    moves = admin.wms.putaway(warehouse_id=w, barcode=a.code, location_code="a-01", qty=4, request_id=new_request_id())
    assert len(moves) == 2
    bins = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).bins
    mine = sorted((r.location_code, r.lot_code, r.qty) for r in bins if r.warehouse_code == site["w"].code)
    assert mine == [("A-01", "L1", 3), ("A-01", "L2", 1), ("RECV", "L2", 2)]


def test_wave_pick_pack_ship_and_the_shipped_event(admin, site, unchanged):
    a, b = site["skus"][0], site["skus"][1]
    put(admin, site, "B-01", a, 4)
    put(admin, site, "A-01", a, 1)
    put(admin, site, "A-02", b, 3)
    ref = unique("SO-")
    reserve(admin, site, ref, a, 3)
    reserve(admin, site, ref, b, 2)
    pl = wave(admin, site, ref)
    assert pl.number.startswith("PL-") and pl.requests == (f"order:{ref}",)
    # one walk along the path: A-01 before A-02 before B-01
    assert [(t.seq, t.location_code, t.sku_code, t.qty) for t in pl.tasks] == [
        (1, "A-01", a.code, 1), (2, "A-02", b.code, 2), (3, "B-01", a.code, 2)]
    err = remote_error(admin.wms.create_wave, warehouse_id=site["w"].id, doc_refs=(ref,), request_id=new_request_id())
    assert (err.code, err.field) == (E_VALIDATION, "warehouse_id")          # already in a wave
    t1, t2, t3 = pl.tasks
    with unchanged():
        for over, field in [(dict(location_code="B-01"), "location_code"),
                            (dict(location_code="Z-99"), "location_code"), (dict(barcode=b.code), "barcode"),
                            (dict(qty=2), "qty")]:
            err = remote_error(admin.wms.confirm_pick, **{**dict(task_id=t1.id, location_code="A-01",
                                                                  barcode=a.code, qty=1), **over},
                               request_id=new_request_id())
            assert (err.code, err.field) == (E_VALIDATION, field), (over, err)
        err = remote_error(admin.wms.confirm_pick, task_id=t1.id, location_code="B-01", barcode=a.code, qty=1,
                           request_id=new_request_id())
        # the template and its parameters travel with the English text, for the client to translate
        assert (err.template, err.params) == ("Wrong bin: this task is at {bin}.", (("bin", "A-01"),))
        err = remote_error(admin.wms.ship_parcel, doc_type="order", doc_ref=ref, carrier="sf", tracking_no="SF1",
                           weight_g=100, request_id=new_request_id())
        assert err.code == E_CONFLICT                                         # nothing picked yet
    for t in pl.tasks:
        pl = pick(admin, t)
    assert pl.state == "picked" and pl.done_at
    on_hand = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id))
    packing = [r for r in on_hand.bins if r.warehouse_code == site["w"].code and r.location_code == "PACK"]
    assert [r.qty for r in packing] == [3]
    with unchanged():
        err = remote_error(admin.wms.pack_scan, doc_type="order", doc_ref=ref, barcode=site["skus"][2].code,
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "barcode")
        err = remote_error(admin.wms.pack_scan, doc_type="order", doc_ref=ref, barcode=b.code, qty=3,
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "qty")
    for sku, n in ((a, 3), (b, 2)):
        for _ in range(n):
            status = PackStatus.from_wire(admin.wms.pack_scan(doc_type="order", doc_ref=ref, barcode=sku.code,
                                                              request_id=new_request_id()))
    assert status.complete
    err = remote_error(admin.wms.ship_parcel, doc_type="order", doc_ref=ref, carrier="pigeon", tracking_no="X1",
                       weight_g=10, request_id=new_request_id())
    assert (err.code, err.field) == (E_VALIDATION, "carrier")
    last_event = max([e[0] for e in admin.wms.list_events(after_id=0, limit=1000)] or [0])
    sh = ShipmentRecord.from_wire(admin.wms.ship_parcel(doc_type="order", doc_ref=ref, carrier="zto",
                                                        tracking_no="zt-778899", weight_g=1250,
                                                        request_id=new_request_id()))
    assert (sh.carrier, sh.tracking_no, sh.weight_g) == ("zto", "ZT-778899", 1250)
    events = [OutboundEventRecord.from_wire(e) for e in admin.wms.list_events(after_id=last_event)]
    assert [(e.doc_ref, e.kind, e.shipment_number) for e in events] == [(ref, "shipped", sh.number)]
    after = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id))
    assert after.on_hand == on_hand.on_hand - 3 and after.reserved == on_hand.reserved - 3
    note = DocumentRecord.from_wire(admin.wms.document(kind="delivery_note", ref=sh.number))
    assert sorted((r[0], r[2]) for r in note.rows) == sorted([(a.code, "3"), (b.code, "2")])
    assert note.qr == "ZTO ZT-778899"                      # the parcel, for the recipient's phone: carrier, number
    doc = DocumentRecord.from_wire(admin.wms.document(kind="pick_list", ref=pl.number))
    assert [r[1] for r in doc.rows] == ["A-01", "A-02", "B-01"]
    assert doc.qr == ""                                    # a pick list stays in the warehouse
    assert admin.wms.self_check() == ()


def test_a_short_pick_is_reallocated_and_the_bin_counted(admin, site):
    a = site["skus"][2]
    put(admin, site, "A-01", a, 2)
    put(admin, site, "B-01", a, 5)
    ref = unique("SO-")
    reserve(admin, site, ref, a, 2)
    pl = wave(admin, site, ref)
    (task,) = pl.tasks
    assert task.location_code == "A-01"
    pl = pick(admin, task, qty=1)                         # only one found in A-01
    states = [(t.location_code, t.qty, t.picked_qty, t.state) for t in pl.tasks]
    assert states == [("A-01", 2, 1, "short"), ("B-01", 1, 0, "open")]
    counts = Page.from_wire(admin.wms.list_counts(warehouse_id=site["w"].id, state="open")).records(CountTaskRecord)
    assert [(c.location_code, c.reason) for c in counts] == [("A-01", "short pick")]
    pl = pick(admin, pl.tasks[1])
    assert pl.state == "picked"
    status = PackStatus.from_wire(admin.wms.pack_status(doc_type="order", doc_ref=ref))
    assert status.lines[0].picked == 2
    assert admin.wms.self_check() == ()


def test_a_request_cancelled_mid_wave_voids_its_open_tasks(admin, site):
    a = site["skus"][0]
    put(admin, site, "A-01", a, 3)
    ref = unique("SO-")
    reserve(admin, site, ref, a, 3)
    pl = wave(admin, site, ref)
    err = remote_error(admin.wms.ship, doc_type="order", doc_ref=ref)
    assert (err.code, err.field) == (E_CONFLICT, "doc_ref")                   # ships from the packing table
    admin.wms.release(doc_type="order", doc_ref=ref)
    pl = PickListRecord.from_wire(admin.wms.get_pick_list(number=pl.number))
    assert pl.state == "picked" and [t.state for t in pl.tasks] == ["cancelled"]
    assert admin.wms.self_check() == ()


def test_cycle_count_blind_review_approve_and_moved_bins_flagged(admin, site, unchanged):
    a, b = site["skus"][0], site["skus"][1]
    put(admin, site, "A-01", a, 6)
    put(admin, site, "B-01", b, 4)
    w = site["w"].id
    numbers = admin.wms.create_counts(warehouse_id=w, location_codes=("a-01", "B-01"), request_id=new_request_id())
    assert len(numbers) == 2
    err = remote_error(admin.wms.create_counts, warehouse_id=w, location_codes=("A-01",), request_id=new_request_id())
    assert err.code == E_VALIDATION                                           # a count is under way
    first, second = numbers
    blind = CountTaskRecord.from_wire(admin.wms.get_count(number=first))
    assert blind.location_code == "A-01" and blind.lines == ()
    with unchanged():
        err = remote_error(admin.wms.record_count, number=first, location_code="B-01", lines=((a.code, 5),),
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "location_code")
        err = remote_error(admin.wms.record_count, number=first, location_code="A-01", lines=(("NOPE", 5),),
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "lines")
    counted = CountTaskRecord.from_wire(admin.wms.record_count(number=first, location_code="A-01",
                                                               lines=((a.code, 5), (b.code, 1)),
                                                               request_id=new_request_id()))
    assert counted.state == "counted" and all(ln.expected == 0 for ln in counted.lines)     # still blind
    review = CountTaskRecord.from_wire(admin.wms.review_count(number=first))
    assert {(ln.sku_code, ln.expected, ln.counted, ln.variance) for ln in review.lines} == {
        (a.code, 6, 5, -1), (b.code, 0, 1, 1)}
    assert not review.moved_since_start
    before = SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).on_hand
    done = CountTaskRecord.from_wire(admin.wms.approve_count(number=first, request_id=new_request_id()))
    assert done.state == "approved" and all(ln.variance == 0 for ln in done.lines)
    assert SkuStock.from_wire(admin.wms.sku_stock(sku_id=a.id)).on_hand == before - 1
    # the second bin: counted, then stock moves in it before the review -> flagged, not applied
    admin.wms.record_count(number=second, location_code="B-01", lines=((b.code, 4),), request_id=new_request_id())
    put(admin, site, "B-01", b, 1)
    review = CountTaskRecord.from_wire(admin.wms.review_count(number=second))
    assert review.moved_since_start
    with unchanged():
        err = remote_error(admin.wms.approve_count, number=second, request_id=new_request_id())
        assert (err.code, err.field) == (E_CONFLICT, "number")
    again = CountTaskRecord.from_wire(admin.wms.recount(number=second))
    assert again.state == "open"
    admin.wms.record_count(number=second, location_code="B-01", lines=((b.code, 5),), request_id=new_request_id())
    done = CountTaskRecord.from_wire(admin.wms.approve_count(number=second, request_id=new_request_id()))
    assert done.state == "approved" and [ln.variance for ln in done.lines] == [0]
    assert admin.wms.self_check() == ()


def test_removal_strategy_fefo_needs_expiry_and_picks_by_it_fifo_by_receipt(admin, site, unchanged):
    fefo, fifo = site["skus"][0], site["skus"][1]
    stock = SkuStock.from_wire(admin.wms.set_removal(sku_id=fefo.id, removal="fefo"))
    assert stock.removal == "fefo"
    with unchanged():
        err = remote_error(admin.wms.receive, location_id=site["locs"]["A-01"].id, sku_id=fefo.id, qty=1,
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "lot_code")
        err = remote_error(admin.wms.receive, location_id=site["locs"]["A-01"].id, sku_id=fefo.id, qty=1,
                           lot_code="L-X", request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "expires_on")
        err = remote_error(admin.wms.set_removal, sku_id=fefo.id, removal="lifo")
        assert (err.code, err.field) == (E_VALIDATION, "removal")
    # received late-expiring first, early-expiring second (in the bin further along the path)
    for code, lot, expiry in (("A-01", "LATE", "2028-01-01"), ("B-01", "SOON", "2027-01-01")):
        admin.wms.receive(location_id=site["locs"][code].id, sku_id=fefo.id, qty=2, lot_code=lot, expires_on=expiry,
                          request_id=new_request_id())
    # FIFO SKU: an old lot that expires late, a new lot that expires soon: the old one goes first
    for code, lot, expiry in (("B-01", "OLD", "2029-01-01"), ("A-01", "NEW", "2027-01-01")):
        admin.wms.receive(location_id=site["locs"][code].id, sku_id=fifo.id, qty=2, lot_code=lot, expires_on=expiry,
                          request_id=new_request_id())
    ref = unique("SO-")
    reserve(admin, site, ref, fefo, 1)
    reserve(admin, site, ref, fifo, 1)
    pl = wave(admin, site, ref)
    assert sorted((t.sku_code, t.lot_code) for t in pl.tasks) == sorted([(fefo.code, "SOON"), (fifo.code, "OLD")])
    assert SkuStock.from_wire(admin.wms.sku_stock(sku_id=fifo.id)).removal == "fifo"
    admin.wms.set_removal(sku_id=fefo.id, removal="fifo")       # back to the default for other tests
