"""The demo data makes sense: each supplier is asked only for what its name says, and seeding again changes
nothing. The demo is seeded once into a scratch database of the run's kind (the shared one is changed by other
tests)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import middle_tier.service  # noqa: F401  (the composition root: every area imported, purchasing registered)
from data_tier.catalog import Category, Product, Sku
from data_tier.engine import make_session_factory
from data_tier.migrate import upgrade
from data_tier.purchasing import ContractPrice, PoLine, PurchaseOrder, ReorderRule, Supplier, SupplierContract
from middle_tier.demo import seed_demo
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


def test_seeding_the_demo_again_changes_nothing(demo):
    before = db_fingerprint(demo)
    with make_session_factory(demo).begin() as s:
        assert seed_demo(s, progress=lambda _line: None) == []
    assert db_fingerprint(demo) == before
