"""The warehouse ledger through real RPyC connections: receipts, transfers, adjustments, reservations, shipping,
the self-check, and (on MariaDB) many clients reserving and shipping the same SKUs without overselling."""
from __future__ import annotations

import threading

import pytest

from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_NOT_FOUND, E_VALIDATION, Page
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import LocationRecord, MoveRecord, SkuStock, StockReservationRecord, WarehouseRecord
from tests.conftest import new_request_id, remote_error, unique


@pytest.fixture
def site(admin):
    """A warehouse with two bins on the pick path and two on-sale demo SKUs."""
    wms = admin.wms
    w = WarehouseRecord.from_wire(wms.create_warehouse(code=unique("w"), name="Test warehouse"))
    a = LocationRecord.from_wire(wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10, zone="a"))
    b = LocationRecord.from_wire(wms.create_location(warehouse_id=w.id, code="B-01", pick_order=20, capacity=50))
    locations = {r.code: r for r in Page.from_wire(wms.list_locations(warehouse_id=w.id)).records(LocationRecord)}
    skus = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=2)).records(SkuRecord)
    return {"w": w, "a": a, "b": b, "recv": locations["RECV"], "skus": skus}


def stock(admin, sku_id):
    return SkuStock.from_wire(admin.wms.sku_stock(sku_id=sku_id))


def test_receive_put_away_and_the_change_log(admin, site):
    wms, sku = admin.wms, site["skus"][0]
    before = stock(admin, sku.id)
    wms.receive(location_id=site["recv"].id, sku_id=sku.id, qty=30, doc_ref="PO-1", request_id=new_request_id())
    wms.transfer(from_location_id=site["recv"].id, to_location_id=site["a"].id, sku_id=sku.id, qty=20,
                 request_id=new_request_id())
    now = stock(admin, sku.id)
    assert now.on_hand == before.on_hand + 30 and now.available == before.available + 30
    mine = {row.location_code: row.qty for row in now.bins if row.warehouse_code == site["w"].code}
    assert mine == {"RECV": 10, "A-01": 20}
    log = Page.from_wire(wms.list_moves(sku_id=sku.id, page_size=2)).records(MoveRecord)
    assert [(m.reason, m.from_code, m.to_code, m.qty) for m in log] == [("putaway", "RECV", "A-01", 20),
                                                                         ("receipt", "SUPPLIER", "RECV", 30)]
    assert SkuStock.from_wire(wms.sku_stock(sku_id=sku.id)) == now
    assert admin.wms.self_check() == ()


def test_bad_scans_and_quantities_change_nothing(admin, site, unchanged):
    wms, sku = admin.wms, site["skus"][0]
    wms.receive(location_id=site["a"].id, sku_id=sku.id, qty=5, request_id=new_request_id())
    with unchanged():
        cases = [
            (wms.transfer, dict(from_location_id=site["a"].id, to_location_id=site["b"].id, sku_id=sku.id, qty=6),
             (E_CONFLICT, "qty")),                                    # more than the bin holds
            (wms.transfer, dict(from_location_id=site["a"].id, to_location_id=site["a"].id, sku_id=sku.id, qty=1),
             (E_VALIDATION, "to_location_id")),
            (wms.transfer, dict(from_location_id=site["a"].id, to_location_id=10**9, sku_id=sku.id, qty=1),
             (E_NOT_FOUND, "to_location_id")),                        # a wrong bin
            (wms.receive, dict(location_id=site["a"].id, sku_id=10**9, qty=1), (E_NOT_FOUND, "sku_id")),
            (wms.receive, dict(location_id=site["a"].id, sku_id=sku.id, qty=0), (E_VALIDATION, "qty")),
            (wms.receive, dict(location_id=site["a"].id, sku_id=sku.id, qty=1, expires_on="2027-01-01"),
             (E_VALIDATION, "lot_code")),
            (wms.receive, dict(location_id=site["b"].id, sku_id=sku.id, qty=51), (E_CONFLICT, "to_location_id")),
            (wms.adjust, dict(location_id=site["a"].id, sku_id=sku.id, qty=-6, note="count"), (E_CONFLICT, "qty")),
        ]
        for verb, kwargs, expected in cases:
            err = remote_error(verb, **kwargs, request_id=new_request_id())
            assert (err.code, err.field) == expected, (kwargs, err)
        err = remote_error(wms.reserve, doc_type="order", doc_ref="bad ref", warehouse_id=site["w"].id,
                           sku_id=sku.id, qty=1)
        assert (err.code, err.field) == (E_VALIDATION, "doc_ref")
        err = remote_error(wms.create_location, warehouse_id=site["w"].id, code="a-01")
        assert (err.code, err.field) == (E_DUPLICATE, "code")
    assert admin.wms.self_check() == ()


def test_reserve_release_and_ship_keep_available_exact(admin, site, unchanged):
    wms, sku = admin.wms, site["skus"][1]
    w = site["w"].id
    wms.set_removal(sku_id=sku.id, removal="fefo")              # picked by expiry
    wms.receive(location_id=site["b"].id, sku_id=sku.id, qty=4, lot_code="L2", expires_on="2027-03-01",
                request_id=new_request_id())
    wms.receive(location_id=site["a"].id, sku_id=sku.id, qty=4, lot_code="L1", expires_on="2027-01-01",
                request_id=new_request_id())
    level = lambda: next(lv for lv in stock(admin, sku.id).levels if lv.warehouse_id == w)  # noqa: E731
    o1, o2 = unique("o"), unique("o")
    r1 = StockReservationRecord.from_wire(wms.reserve(doc_type="order", doc_ref=o1, warehouse_id=w, sku_id=sku.id,
                                                      qty=5))
    with unchanged():
        assert StockReservationRecord.from_wire(wms.reserve(doc_type="order", doc_ref=o1, warehouse_id=w,
                                                            sku_id=sku.id, qty=5)) == r1          # idempotent
        err = remote_error(wms.reserve, doc_type="order", doc_ref=o2, warehouse_id=w, sku_id=sku.id, qty=4)
        assert (err.code, err.field) == (E_CONFLICT, "qty")           # only 3 left
        err = remote_error(wms.adjust, location_id=site["a"].id, sku_id=sku.id, qty=-4, note="lost",
                           request_id=new_request_id())
        assert err.code == E_CONFLICT                                 # reserved stock cannot vanish
    assert (level().on_hand, level().reserved, level().available) == (8, 5, 3)
    wms.reserve(doc_type="order", doc_ref=o2, warehouse_id=w, sku_id=sku.id, qty=3)
    released = [StockReservationRecord.from_wire(r) for r in wms.release(doc_type="order", doc_ref=o2)]
    assert [r.state for r in released] == ["released"]
    assert wms.release(doc_type="order", doc_ref=o2) == tuple(r.to_wire() for r in released)
    shipped = [StockReservationRecord.from_wire(r) for r in wms.ship(doc_type="order", doc_ref=o1)]
    assert [r.state for r in shipped] == ["shipped"]
    moves = Page.from_wire(wms.list_moves(doc_ref=o1)).records(MoveRecord)
    # the lot that expires first goes first (FEFO), then the next one
    assert sorted((m.lot_code, m.from_code, m.qty) for m in moves) == [("L1", "A-01", 4), ("L2", "B-01", 1)]
    assert (level().on_hand, level().reserved, level().available) == (3, 0, 3)
    with unchanged():
        assert [StockReservationRecord.from_wire(r).state for r in wms.ship(doc_type="order", doc_ref=o1)] == [
            "shipped"]
    assert admin.wms.self_check() == ()
    wms.set_removal(sku_id=sku.id, removal="fifo")              # the default again, for other tests


def test_the_self_check_reports_drift(admin, site, engine):
    from sqlalchemy import text

    sku = site["skus"][0]
    admin.wms.receive(location_id=site["a"].id, sku_id=sku.id, qty=7, request_id=new_request_id())
    with engine.begin() as conn:        # damage the kept balance behind the middle tier's back
        conn.execute(text("UPDATE stock_balance SET qty = qty + 2 WHERE location_id = :l AND sku_id = :s"),
                     {"l": site["a"].id, "s": sku.id})
    try:
        report = admin.wms.self_check()
        checks = sorted(r[0] for r in report)
        assert checks == ["balance", "on_hand"]
        assert any(r[2] - r[3] == 2 for r in report if r[0] == "balance")
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE stock_balance SET qty = qty - 2 WHERE location_id = :l AND sku_id = :s"),
                         {"l": site["a"].id, "s": sku.id})
    assert admin.wms.self_check() == ()


def test_sixteen_clients_reserving_and_shipping_never_oversell(admin, site, login):
    sku = site["skus"][0]
    w = site["w"].id
    admin.wms.receive(location_id=site["a"].id, sku_id=sku.id, qty=20, request_id=new_request_id())
    admin.wms.receive(location_id=site["b"].id, sku_id=sku.id, qty=20, request_id=new_request_id())
    start = next(lv for lv in stock(admin, sku.id).levels if lv.warehouse_id == w)
    sessions = [login("clerk") for _ in range(16)]
    shipped, refused, errors = [], [], []

    def run(session, n):
        for k in range(4):          # 16 x 4 requests of 1..2 units for 40 (+ what was there) units
            ref = f"c{n}-{k}-{unique('')}"
            qty = 1 + (n + k) % 2
            try:
                session.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w, sku_id=sku.id, qty=qty)
            except Exception as e:
                code = getattr(e, "code", None)
                (refused if code == E_CONFLICT else errors).append(e)
                continue
            try:
                session.wms.ship(doc_type="order", doc_ref=ref)
                shipped.append(qty)
            except Exception as e:
                errors.append(e)

    threads = [threading.Thread(target=run, args=(s, n)) for n, s in enumerate(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:3]
    end = next(lv for lv in stock(admin, sku.id).levels if lv.warehouse_id == w)
    assert sum(shipped) == start.on_hand - end.on_hand
    assert end.on_hand >= 0 and end.reserved == start.reserved
    assert sum(shipped) <= start.available
    assert refused or sum(shipped) == 16 * 4 * 1.5            # more was asked than there was: some refused
    moves = Page.from_wire(admin.wms.list_moves(sku_id=sku.id, page_size=500)).records(MoveRecord)
    assert sum(m.qty for m in moves if m.reason == "ship" and m.doc_ref.startswith("c")) >= sum(shipped)
    assert admin.wms.self_check() == ()


def test_the_site_search_can_list_only_what_is_in_stock(admin, site):
    from middle_tier.contract.catalog import CategoryRecord, ProductRecord

    cat = admin.catalog
    tag = unique("")
    category = CategoryRecord.from_wire(cat.create_category(code=f"st{tag}", name=f"Stocked {tag}"))
    skus = []
    for n in range(2):
        p = ProductRecord.from_wire(cat.create_product(code=f"stp{n}{tag}", name=f"Lantern {tag} {n}",
                                                       category_id=category.id))
        s = SkuRecord.from_wire(cat.create_sku(product_id=p.id, code=f"sts{n}{tag}", list_price="9.90"))
        cat.update_sku(sku_id=s.id, version=s.version, list_price="9.90", cost="0", barcode="", weight_g=0,
                       status="on_sale")
        cat.set_product_status(product_id=p.id, version=p.version, status="on_sale")
        skus.append(s)
    admin.wms.receive(location_id=site["a"].id, sku_id=skus[0].id, qty=2, request_id=new_request_id())
    admin.wms.receive(location_id=site["a"].id, sku_id=skus[1].id, qty=1, request_id=new_request_id())
    admin.wms.reserve(doc_type="order", doc_ref=unique("hold"), warehouse_id=site["w"].id, sku_id=skus[1].id, qty=1)

    def codes(**kw):
        return {SkuRecord.from_wire(r).code for r in Page.from_wire(cat.search(query=f"lantern {tag}", **kw)).rows}

    assert codes() == {skus[0].code, skus[1].code}
    assert codes(in_stock_only=True) == {skus[0].code}     # the other one's only unit is reserved
