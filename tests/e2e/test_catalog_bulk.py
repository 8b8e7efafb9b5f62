"""Changing many SKUs at once through real RPyC connections: status, prices and weights in one call, all or nothing,
one operation log entry, idempotent; previewed first by the middle tier."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from middle_tier.contract import E_CONFLICT, E_NOT_FOUND, E_VALIDATION, Page
from middle_tier.contract.catalog import (
    BULK_SKUS_MAX,
    AttributeRecord,
    CategoryRecord,
    ProductRecord,
    SkuBulkChange,
    SkuRecord,
)
from middle_tier.contract.system import AuditRecord
from tests.conftest import logged_in, new_request_id, race, remote_error, unique


@pytest.fixture
def cat(admin):
    return admin.catalog


def make_skus(cat, sizes=("s", "m", "l", "xl"), base_price="19.99"):
    """A new product with a draft SKU of 0 g for each size, as batch generation leaves them; in code order."""
    size = AttributeRecord.from_wire(cat.create_attribute(code=unique("size"), name="Size", values=tuple(
        (s, s.upper()) for s in sizes)))
    category = CategoryRecord.from_wire(cat.create_category(code=unique("c"), name="Bulk " + unique("")))
    category = CategoryRecord.from_wire(cat.set_category_attributes(category_id=category.id,
                                                                    version=category.version,
                                                                    attributes=(size.code,)))
    # codes after the demo's (P...): tests that take "the n-th SKU on sale" of the demo catalog still find theirs
    product = ProductRecord.from_wire(cat.create_product(code=unique("zbulk"), name="Bulk tee",
                                                         category_id=category.id))
    cat.generate_sku_batch(product_id=product.id, axes=((size.code, sizes),), code_pattern="{product}-{n:02}",
                           base_price=base_price, request_id=new_request_id())
    return skus_of(cat, product.id)


def skus_of(cat, product_id):
    return Page.from_wire(cat.list_skus(product_id=product_id)).records(SkuRecord)


def named(skus):
    return tuple((s.id, s.version) for s in skus)


def audit_entries(admin, first_id):
    return [AuditRecord.from_wire(r) for r in Page.from_wire(admin.system.list_audit(
        verb="catalog.bulk_update_skus", record_type="sku", record_id=str(first_id))).rows]


def test_draft_skus_go_on_sale_with_a_price_rise_in_one_call_and_one_log_entry(cat, admin, unchanged):
    skus = make_skus(cat)
    assert {(s.status, s.weight_g, s.list_price) for s in skus} == {("draft", 0, Decimal("19.99"))}
    args = dict(skus=named(skus), status="on_sale", price_change="percent", price="10", weight_g=250)
    with unchanged():                                   # the preview changes nothing
        preview = SkuBulkChange.from_wire(cat.preview_bulk_update_skus(**args))
    assert (preview.selected, preview.changed, preview.status_changed, preview.price_changed,
            preview.weight_changed) == (4, 4, 4, 4, 4)
    assert (preview.price_before_min, preview.price_after_max) == (Decimal("19.99"), Decimal("21.99"))  # 21.989
    assert preview.product_not_on_sale == 4             # the product itself is still a draft
    assert [e.code for e in preview.examples] == [s.code for s in skus]
    first = preview.examples[0]
    assert (first.status_before, first.status_after, first.price_after, first.weight_after) == (
        "draft", "on_sale", Decimal("21.99"), 250)
    rid = new_request_id()
    done = SkuBulkChange.from_wire(cat.bulk_update_skus(**args, request_id=rid))
    assert done == preview
    after = skus_of(cat, skus[0].product_id)
    assert {(s.status, s.list_price, s.weight_g) for s in after} == {("on_sale", Decimal("21.99"), 250)}
    assert all(a.version == b.version + 1 for a, b in zip(after, skus))
    with unchanged():                                   # a retry: the first answer, nothing changes again
        assert SkuBulkChange.from_wire(cat.bulk_update_skus(**args, request_id=rid)) == done
    entries = audit_entries(admin, skus[0].id)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.records.split(",") == [str(s.id) for s in skus] and entry.request_id == rid
    assert json.loads(entry.changes) == {"updated": [0, 4], "status": ["draft", "on_sale"],
                                         "list_price": ["19.99", "21.99"], "price_change": [None, "+10%"],
                                         "weight_g": [0, 250]}


def test_prices_are_rounded_to_the_fen_half_up_and_amounts_added_as_they_are(cat):
    skus = make_skus(cat, sizes=("s", "m"))
    set_to = SkuBulkChange.from_wire(cat.bulk_update_skus(skus=named(skus), price_change="set", price="12.25",
                                                          request_id=new_request_id()))
    assert (set_to.price_after_min, set_to.price_after_max, set_to.status_changed) == (
        Decimal("12.25"), Decimal("12.25"), 0)
    skus = skus_of(cat, skus[0].product_id)
    cut = SkuBulkChange.from_wire(cat.bulk_update_skus(skus=named(skus), price_change="percent", price="-10",
                                                       request_id=new_request_id()))
    assert cut.price_after_max == Decimal("11.03")      # 11.025: half up, not to the even 11.02
    skus = skus_of(cat, skus[0].product_id)
    assert {s.list_price for s in skus} == {Decimal("11.03")}
    down = SkuBulkChange.from_wire(cat.bulk_update_skus(skus=named(skus[:1]), price_change="amount",
                                                        price="-1.04", request_id=new_request_id()))
    assert (down.changed, down.price_after_min) == (1, Decimal("9.99"))
    half = SkuBulkChange.from_wire(cat.preview_bulk_update_skus(skus=named(skus_of(cat, skus[0].product_id)[:1]),
                                                                price_change="set", price="0.05"))
    assert half.price_after_min == Decimal("0.05")


def test_weight_goes_only_to_skus_of_0_g_and_a_sku_already_so_is_left_alone(cat, admin):
    skus = make_skus(cat, sizes=("s", "m", "l"))
    heavy = SkuRecord.from_wire(cat.update_sku(sku_id=skus[1].id, version=skus[1].version, list_price="19.99",
                                               cost="0", barcode="", weight_g=300, status="on_sale"))
    skus[1] = heavy
    preview = SkuBulkChange.from_wire(cat.preview_bulk_update_skus(skus=named(skus), status="on_sale",
                                                                   weight_g=250))
    assert (preview.selected, preview.changed, preview.status_changed, preview.weight_changed) == (3, 2, 2, 2)
    cat.bulk_update_skus(skus=named(skus), status="on_sale", weight_g=250, request_id=new_request_id())
    by_code = {s.code: s for s in skus_of(cat, skus[0].product_id)}
    assert [by_code[s.code].weight_g for s in skus] == [250, 300, 250]
    assert by_code[heavy.code].version == heavy.version          # not touched at all
    entry = audit_entries(admin, skus[0].id)[0]
    assert entry.records.split(",") == [str(skus[0].id), str(skus[2].id)]   # the SKUs that changed
    with_nothing_to_do = remote_error(cat.bulk_update_skus, skus=named(skus_of(cat, skus[0].product_id)),
                                      status="on_sale", request_id=new_request_id())
    assert (with_nothing_to_do.code, with_nothing_to_do.field) == (E_VALIDATION, "status")


def test_a_sku_priced_0_cannot_go_on_sale_and_then_nothing_changes(cat, unchanged):
    skus = make_skus(cat, sizes=("s", "m", "l"))
    free = SkuRecord.from_wire(cat.update_sku(sku_id=skus[2].id, version=skus[2].version, list_price="0",
                                              cost="0", barcode="", weight_g=0, status="draft"))
    skus[2] = free
    with unchanged():
        for call in (cat.preview_bulk_update_skus, cat.bulk_update_skus):
            extra = {"request_id": new_request_id()} if call == cat.bulk_update_skus else {}
            err = remote_error(call, skus=named(skus), status="on_sale", weight_g=100, **extra)
            assert (err.code, err.field) == (E_VALIDATION, "price")
            assert err.message == f"1 SKU(s) would be on sale at a list price of 0.00 ({free.code}); a SKU on sale " \
                                  "needs a list price above zero."
            assert err.template.startswith("{count} SKU(s) would be on sale") and ("count", "1") in err.params
    # with a price for all of them it goes
    cat.bulk_update_skus(skus=named(skus), status="on_sale", price_change="set", price="9.90",
                         request_id=new_request_id())
    assert {(s.status, s.list_price) for s in skus_of(cat, skus[0].product_id)} == {("on_sale", Decimal("9.90"))}


def test_an_error_naming_many_skus_names_the_first_five_and_says_how_many(cat, unchanged):
    skus = make_skus(cat, sizes=("a", "b", "c", "d", "e", "f", "g"), base_price="5.00")
    with unchanged():
        err = remote_error(cat.bulk_update_skus, skus=named(reversed(skus)), price_change="amount", price="-6",
                           request_id=new_request_id())
    assert (err.code, err.field) == (E_VALIDATION, "price")
    codes = ", ".join(s.code for s in skus[:5])
    assert err.message == f"7 SKU(s) would cost less than zero ({codes}, …)."


def test_a_sku_changed_by_someone_else_meanwhile_refuses_the_whole_change(cat, unchanged):
    skus = make_skus(cat, sizes=("s", "m"))
    cat.update_sku(sku_id=skus[1].id, version=skus[1].version, list_price="25.00", cost="0", barcode="",
                   weight_g=0, status="draft")
    with unchanged():
        err = remote_error(cat.bulk_update_skus, skus=named(skus), price_change="percent", price="10",
                           request_id=new_request_id())
    assert (err.code, err.field) == (E_CONFLICT, "skus") and skus[1].code in err.message
    assert skus[0].code not in err.message


@pytest.mark.parametrize("change,code,field", [
    ({"status": "sold_out"}, E_VALIDATION, "status"),
    ({"price_change": "set", "price": "-1"}, E_VALIDATION, "price"),
    ({"price_change": "set", "price": "1.999"}, E_VALIDATION, "price"),
    ({"price_change": "double", "price": "2"}, E_VALIDATION, "price_change"),
    ({"price": "10"}, E_VALIDATION, "price_change"),                  # a value without saying what it is
    ({"price_change": "percent", "price": "-100"}, E_VALIDATION, "price"),
    ({"price_change": "percent", "price": "1000.01"}, E_VALIDATION, "price"),
    ({"price_change": "percent", "price": "0.001"}, E_VALIDATION, "price"),
    ({"price_change": "percent", "price": "ten"}, E_VALIDATION, "price"),
    ({"price_change": "amount", "price": "0"}, E_VALIDATION, "price"),
    ({"price_change": "amount", "price": "NaN"}, E_VALIDATION, "price"),
    ({"weight_g": -1}, E_VALIDATION, "weight_g"),
    ({"weight_g": 1_000_001}, E_VALIDATION, "weight_g"),
    ({"status": ""}, E_VALIDATION, "status"),                         # nothing asked
    ({"skus": ()}, E_VALIDATION, "skus"),
    ({"skus": "twice"}, E_VALIDATION, "skus"),
    ({"skus": ((2_000_000_000, 1),)}, E_NOT_FOUND, "skus"),
])
def test_bad_input_is_refused_naming_the_field_and_changes_nothing(cat, unchanged, change, code, field):
    skus = make_skus(cat, sizes=("s", "m"))
    args = {"skus": named(skus), "status": "on_sale", **change}
    if args["skus"] == "twice":
        args["skus"] = named(skus) + named(skus[:1])
    with unchanged():
        for call in (cat.preview_bulk_update_skus, cat.bulk_update_skus):
            extra = {"request_id": new_request_id()} if call == cat.bulk_update_skus else {}
            err = remote_error(call, **args, **extra)
            assert (err.code, err.field) == (code, field), (call, err)


def test_at_most_5000_skus_change_at_once(cat, unchanged):
    assert BULK_SKUS_MAX == 5_000
    absent = tuple((2_000_000_000 + i, 1) for i in range(BULK_SKUS_MAX))
    with unchanged():
        err = remote_error(cat.preview_bulk_update_skus, skus=absent, status="on_sale")
        assert (err.code, err.field) == (E_NOT_FOUND, "skus")          # 5,000 are looked up ...
        assert err.message.startswith("5000 of the selected SKUs no longer exist (ids 2000000000, ")
        err = remote_error(cat.bulk_update_skus, skus=absent + ((1, 1),), status="on_sale",
                           request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "skus")         # ... 5,001 are not
        assert err.message == "At most 5,000 SKUs change at once; 5,001 were selected."


def test_changes_of_the_same_skus_by_many_clients_at_once_apply_once(endpoint, cat):
    skus = make_skus(cat, sizes=("s", "m", "l"), base_price="100.00")
    with logged_in(endpoint, 4) as sessions:
        results = race(sessions, lambda s: s.catalog.bulk_update_skus(
            skus=named(skus), price_change="percent", price=str(10 + sessions.index(s)), request_id=new_request_id()))
    oks = [SkuBulkChange.from_wire(r[1]) for r in results if r[0] == "ok"]
    assert len(oks) == 1, results
    assert all(r[1] == E_CONFLICT for r in results if r[0] == "err"), results
    after = skus_of(cat, skus[0].product_id)
    assert {s.list_price for s in after} == {oks[0].price_after_max}     # one rise, never two compounded
    assert {s.version for s in after} == {skus[0].version + 1}
