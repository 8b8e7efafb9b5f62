"""The demo data makes sense: each supplier is asked only for what its name says, four weeks of shipments give the
reorder suggestions a real daily demand, the ledger they went through has no drift, and seeding again changes
nothing. The demo is seeded once into a scratch database of the run's kind (the shared one is changed by other
tests)."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import middle_tier.service  # noqa: F401  (the composition root: every area imported, purchasing registered)
from data_tier.base import utcnow
from data_tier.catalog import Category, Product, Sku
from data_tier.engine import make_session_factory
from data_tier.migrate import upgrade
from data_tier.purchasing import ContractPrice, PoLine, PurchaseOrder, ReorderRule, Supplier, SupplierContract
from data_tier.wms import Location, Shipment, StockBalance, StockLevel, StockMove, StockReservation, Warehouse
from middle_tier.contract.purchasing import ReorderSuggestion
from middle_tier.core.uow import UnitOfWork
from middle_tier.demo import seed_demo
from middle_tier.purchasing.reorder import reorder_suggestions
from middle_tier.wms import drift
from tests.conftest import db_fingerprint, scratch_database

# what each demo supplier's name says it makes, as categories of the demo catalog
SUPPLIES = {"hz-textile": {"tshirts", "trousers"}, "sz-digital": {"phones", "audio"}, "yn-tea": {"tea"},
            "fj-snacks": {"snacks"}, "nb-home": {"bedding", "kitchen"}}


@pytest.fixture(scope="module")
def demo(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with scratch_database(db_url, tmp_path_factory.mktemp("demo") / "demo.db") as engine:
        upgrade(engine)
        with make_session_factory(engine).begin() as s:
            seed_demo(s, progress=lambda _line: None)
        yield engine


def test_each_demo_supplier_lists_is_asked_for_and_is_sent_only_what_its_name_says(demo):
    with Session(demo) as s:
        code_of = dict(s.execute(select(Supplier.id, Supplier.code)).all())
        category = dict(s.execute(select(Sku.id, Category.code).join(Product, Product.id == Sku.product_id)
                                  .join(Category, Category.id == Product.category_id)).all())

        def named(stmt):  # type: ignore[no-untyped-def]
            """(supplier code, SKU id, the SKU's category) of (supplier id, SKU id) rows"""
            return [(code_of[sup], sku, category[sku]) for sup, sku in s.execute(stmt)]

        listed = named(select(SupplierContract.supplier_id, ContractPrice.sku_id).join(
            SupplierContract, SupplierContract.id == ContractPrice.contract_id))
        reordered = named(select(ReorderRule.supplier_id, ReorderRule.sku_id))
        ordered = named(select(PurchaseOrder.supplier_id, PoLine.sku_id).join(
            PurchaseOrder, PurchaseOrder.id == PoLine.po_id))
        for rows in (listed, reordered, ordered):
            assert rows
            assert [(sup, sku, cat) for sup, sku, cat in rows if cat not in SUPPLIES[sup]] == []
        assert sorted(code_of.values()) == sorted(SUPPLIES)
        assert {sup for sup, _sku, _cat in listed} == set(SUPPLIES)       # every supplier has a price list
        # every category of the demo catalog is reordered, each from a supplier of its own
        assert {cat for _sup, _sku, cat in reordered} == set().union(*SUPPLIES.values())
        assert {sup for sup, _sku, _cat in reordered} == set(SUPPLIES)
        rule_skus = {sku for _sup, sku, _cat in reordered}
        assert rule_skus <= {sku for _sup, sku, _cat in listed}                     # bought at the contract's price
        # the walkthrough's orders are where the README and the terminal tests expect them
        assert dict(s.execute(select(PurchaseOrder.number, PurchaseOrder.state)).all()) == {
            "PO-DEMO-0001": "closed", "PO-DEMO-0002": "sent", "PO-DEMO-0003": "sent", "PO-DEMO-0004": "approved",
            "PO-DEMO-0005": "draft"}


def test_the_demo_buyer_sees_daily_demand_from_four_weeks_of_shipments_in_the_reorder_suggestions(demo):
    uow = UnitOfWork(make_session_factory(demo), verb="test.in_process", state=None, write=False)
    try:
        s = uow.session
        w = s.scalar(select(Warehouse.id).where(Warehouse.code == "sh-main"))
        customer = s.scalar(select(Location.id).where(Location.kind == "customer"))
        since = utcnow() - dt.timedelta(days=28)
        shipped = dict(s.execute(select(StockMove.sku_id, func.sum(StockMove.qty)).where(
            StockMove.to_location_id == customer, StockMove.at >= since).group_by(StockMove.sku_id)).all())
        rules = {sku_id: (point, least) for sku_id, point, least in s.execute(select(
            ReorderRule.sku_id, ReorderRule.reorder_point, ReorderRule.min_qty).where(ReorderRule.warehouse_id == w))}
        assert rules and all(shipped.get(sku_id, 0) > 0 for sku_id in rules)       # every reordered SKU sells
        got = reorder_suggestions(uow, warehouse_id=w, page_size=500).records(ReorderSuggestion)
    finally:
        uow.close(rollback=True)
    assert 10 <= len(got) < len(rules)              # some to order now, not everything
    assert len({g.supplier_code for g in got}) >= 4
    for g in got:
        daily = Decimal(int(shipped[g.sku_id])) / 28
        assert g.daily_demand == daily.quantize(Decimal("0.01")) and Decimal("0.1") <= g.daily_demand <= 10, g
        point, least = rules[g.sku_id]
        assert g.reorder_point == point > 0
        # enough for a lead time of demand, and not a year's worth
        assert math.ceil(g.daily_demand * g.lead_time_days) <= g.suggested_qty <= g.daily_demand * 60 + least, g
    assert len({g.daily_demand for g in got}) > len(got) // 2                       # demand differs by SKU
    assert any(g.available == 0 for g in got) and any(g.available > 0 for g in got)


def test_the_demo_history_went_through_the_ledger_with_no_drift_and_no_negative_stock(demo):
    with Session(demo) as s:
        assert drift(s) == []
        assert s.scalar(select(func.min(StockBalance.qty))) >= 0
        assert s.scalar(select(func.count()).select_from(StockLevel).where(
            (StockLevel.reserved < 0) | (StockLevel.on_hand < StockLevel.reserved))) == 0
        w = s.scalar(select(Warehouse.id).where(Warehouse.code == "sh-main"))
        customer = s.scalar(select(Location.id).where(Location.kind == "customer"))
        packing = s.scalar(select(Location.id).where(Location.warehouse_id == w, Location.kind == "packing"))
        ships = s.scalars(select(StockMove).where(StockMove.to_location_id == customer)).all()
        assert ships and all((m.from_location_id, m.reason, m.doc_type) == (packing, "ship", "order") for m in ships)
        since = utcnow() - dt.timedelta(days=28)
        assert all(since < m.at <= utcnow() for m in ships)
        assert len({m.at.date() for m in ships}) >= 27                               # every day of four weeks

        def by_line(moves):  # type: ignore[no-untyped-def]
            out: dict[tuple[str, int], int] = {}
            for m in moves:
                out[(m.doc_ref, m.sku_id)] = out.get((m.doc_ref, m.sku_id), 0) + m.qty
            return out

        refs = {m.doc_ref for m in ships}
        picks = s.scalars(select(StockMove).where(StockMove.to_location_id == packing,
                                                  StockMove.doc_ref.in_(refs))).all()
        assert by_line(picks) == by_line(ships)                          # picked from a bin, then shipped
        held = {(r.doc_ref, r.sku_id): r for r in s.scalars(select(StockReservation).where(
            StockReservation.doc_ref.in_(refs)))}
        assert {k: (r.state, r.qty, r.picked_qty, r.packed_qty) for k, r in held.items()} == {
            k: ("shipped", q, q, q) for k, q in by_line(ships).items()}
        parcels = dict(s.execute(select(Shipment.doc_ref, Shipment.carrier).where(Shipment.doc_ref.in_(refs))).all())
        assert set(parcels) == refs and all(parcels.values())


def test_seeding_the_demo_again_changes_nothing(demo):
    before = db_fingerprint(demo)
    with make_session_factory(demo).begin() as s:
        assert seed_demo(s, progress=lambda _line: None) == []
    assert db_fingerprint(demo) == before
