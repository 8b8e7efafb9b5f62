"""The catalog component through real RPyC connections: tree, brands, attributes, products, SKUs, batches."""
from __future__ import annotations

from decimal import Decimal

import pytest

from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, Page
from middle_tier.contract.catalog import (
    AttributeRecord,
    BatchRow,
    BrandRecord,
    CategoryRecord,
    ProductRecord,
    SkuRecord,
)
from tests.conftest import new_request_id, remote_error, unique


@pytest.fixture
def cat(admin):
    return admin.catalog


def make_category(cat, parent_id=0, attributes=()):
    rec = CategoryRecord.from_wire(cat.create_category(code=unique("c"), name="Cat " + unique(""),
                                                       parent_id=parent_id))
    if attributes:
        rec = CategoryRecord.from_wire(cat.set_category_attributes(category_id=rec.id, version=rec.version,
                                                                   attributes=attributes))
    return rec


@pytest.fixture
def apparel(cat):
    """An attribute pair (colour, size), a category bound to them, a brand and a product."""
    colour = AttributeRecord.from_wire(cat.create_attribute(code=unique("colour"), name="Colour", values=(
        ("red", "Red 红"), ("blue", "Blue 蓝"), ("black", "Black 黑"))))
    size = AttributeRecord.from_wire(cat.create_attribute(code=unique("size"), name="Size", values=(
        ("s", "S"), ("m", "M"), ("l", "L"), ("xl", "XL"))))
    category = make_category(cat, attributes=(colour.code, size.code))
    brand = BrandRecord.from_wire(cat.create_brand(code=unique("b"), name="Brand " + unique("")))
    product = ProductRecord.from_wire(cat.create_product(code=unique("tee"), name="Cotton tee 纯棉T恤",
                                                         category_id=category.id, brand_id=brand.id))
    return {"colour": colour, "size": size, "category": category, "brand": brand, "product": product}


def test_the_category_tree_keeps_order_and_refuses_cycles(cat, unchanged):
    root = make_category(cat)
    a, b = make_category(cat, root.id), make_category(cat, root.id)
    a1 = make_category(cat, a.id)
    assert (a.depth, a1.depth, a.position, b.position) == (1, 2, 1, 2)
    with unchanged():
        err = remote_error(cat.move_category, category_id=a.id, version=a.version, parent_id=a1.id, position=1)
        assert (err.code, err.field) == (E_VALIDATION, "parent_id")
        err = remote_error(cat.move_category, category_id=a.id, version=a.version, parent_id=a.id, position=1)
        assert err.code == E_VALIDATION
        err = remote_error(cat.move_category, category_id=b.id, version=b.version, parent_id=root.id, position=9)
        assert (err.code, err.field) == (E_VALIDATION, "position")
    moved = CategoryRecord.from_wire(cat.move_category(category_id=b.id, version=b.version, parent_id=root.id,
                                                       position=1))
    assert moved.position == 1
    tree = {r[0]: CategoryRecord.from_wire(r) for r in Page.from_wire(cat.list_categories()).rows}
    assert tree[a.id].position == 2        # the sibling made room
    under = CategoryRecord.from_wire(cat.move_category(category_id=a.id, version=tree[a.id].version,
                                                       parent_id=b.id, position=1))
    assert under.depth == 2
    tree = {r[0]: CategoryRecord.from_wire(r) for r in Page.from_wire(cat.list_categories()).rows}
    assert tree[a1.id].depth == 3 and tree[a1.id].parent_id == a.id


def test_retiring_a_category_retires_its_subtree_unless_products_are_on_sale(cat, apparel, unchanged):
    parent = make_category(cat)
    child = make_category(cat, parent.id)
    retired = CategoryRecord.from_wire(cat.set_category_active(category_id=parent.id, version=parent.version,
                                                               active=False))
    assert not retired.is_active
    tree = {r[0]: CategoryRecord.from_wire(r) for r in Page.from_wire(cat.list_categories()).rows}
    assert not tree[child.id].is_active
    err = remote_error(cat.create_product, code=unique("p"), name="x", category_id=child.id)
    assert (err.code, err.field) == (E_VALIDATION, "category_id")
    # a category with a product on sale stays
    p, category = apparel["product"], apparel["category"]
    sku = SkuRecord.from_wire(cat.create_sku(product_id=p.id, code=unique("S"), list_price="99.00",
                                             values=((apparel["colour"].code, "red"), (apparel["size"].code, "m"))))
    cat.update_sku(sku_id=sku.id, version=sku.version, list_price="99.00", cost="40.00", barcode="", weight_g=200,
                   status="on_sale")
    cat.set_product_status(product_id=p.id, version=p.version, status="on_sale")
    with unchanged():
        err = remote_error(cat.set_category_active, category_id=category.id, version=category.version, active=False)
    assert err.code == E_CONFLICT


def test_skus_check_price_barcode_and_variant(cat, apparel, unchanged):
    p, colour, size = apparel["product"], apparel["colour"].code, apparel["size"].code
    good = dict(product_id=p.id, code=unique("S"), list_price="129.90", cost="55.10", barcode="6901234567892",
                values=((colour, "blue"), (size, "l")))
    sku = SkuRecord.from_wire(cat.create_sku(**good))
    assert sku.list_price == Decimal("129.90") and sku.variant == f"{colour}=blue;{size}=l"
    assert sku.name == "Cotton tee 纯棉T恤 Blue 蓝 L"
    with unchanged():
        for field, value in [("list_price", "-1"), ("list_price", "1.999"), ("list_price", "abc"), ("cost", "NaN"),
                             ("barcode", "6901234567893"), ("barcode", "12345"), ("code", "bad code"),
                             ("values", ((colour, "green"),)), ("values", (("material", "silk"),))]:
            err = remote_error(cat.create_sku, **{**good, "code": unique("S"), "barcode": "", field: value})
            assert (err.code, err.field) == (E_VALIDATION, field), (field, value, err)
        err = remote_error(cat.create_sku, **{**good, "code": unique("S"), "barcode": ""})
        assert (err.code, err.field) == (E_DUPLICATE, "values")
        err = remote_error(cat.create_sku, **{**good, "code": unique("S"), "values": ((colour, "red"),)})
        assert (err.code, err.field) == (E_DUPLICATE, "barcode")
        err = remote_error(cat.update_sku, sku_id=sku.id, version=sku.version, list_price="0", cost="0", barcode="",
                           weight_g=0, status="on_sale")
        assert (err.code, err.field) == (E_VALIDATION, "list_price")
    err = remote_error(cat.set_product_status, product_id=p.id, version=p.version, status="on_sale")
    assert err.code == E_CONFLICT     # no SKU on sale yet


def test_batch_generation_previews_then_creates_every_new_combination(cat, apparel, unchanged):
    p, colour, size = apparel["product"], apparel["colour"].code, apparel["size"].code
    args = dict(product_id=p.id, axes=((colour, ("red", "blue", "black")), (size, ("s", "m", "l", "xl"))),
                code_pattern="{product}-{" + colour + "}-{" + size + "}", base_price="79.00",
                surcharges=((size, "xl", "10.00"), (colour, "black", "5.50")))
    rows = [BatchRow.from_wire(r) for r in cat.preview_sku_batch(**args)]
    assert len(rows) == 12 and not any(r.exists for r in rows)
    prices = {r.variant: r.list_price for r in rows}
    assert prices[f"{colour}=black;{size}=xl"] == Decimal("94.50")
    assert prices[f"{colour}=red;{size}=s"] == Decimal("79.00")
    assert rows[0].code == f"{p.code}-RED-S".upper()
    rid = new_request_id()
    assert cat.generate_sku_batch(**args, internal_barcodes=True, request_id=rid) == 12
    assert cat.generate_sku_batch(**args, internal_barcodes=True, request_id=rid) == 12   # a retry: same answer
    skus = Page.from_wire(cat.list_skus(product_id=p.id)).records(SkuRecord)
    assert len(skus) == 12
    assert all(len(s.barcode) == 13 and s.barcode.startswith("20") for s in skus)
    # one more size: only the three new combinations are created
    more = {**args, "axes": ((colour, ("red", "blue", "black")), (size, ("s", "m", "l", "xl", "m2")))}
    err = remote_error(cat.preview_sku_batch, **more)
    assert (err.code, err.field) == (E_VALIDATION, "axes")
    attr = next(a for a in Page.from_wire(cat.list_attributes(page_size=200)).records(AttributeRecord)
                if a.code == size)
    cat.add_attribute_values(attribute_id=attr.id, version=attr.version, values=(("m2", "M (2)"),))
    marked = [BatchRow.from_wire(r) for r in cat.preview_sku_batch(**more)]
    assert sum(not r.exists for r in marked) == 3
    assert cat.generate_sku_batch(**more, request_id=new_request_id()) == 3
    with unchanged():
        err = remote_error(cat.generate_sku_batch, **more, request_id=new_request_id())
        assert err.code == E_CONFLICT


@pytest.mark.parametrize("change,field", [
    ({"code_pattern": "{product}"}, "code_pattern"),                     # every combination the same code
    ({"code_pattern": "{product}-{nope}"}, "code_pattern"),
    ({"code_pattern": "bad pattern!"}, "code_pattern"),
    ({"base_price": "-5"}, "base_price"),
    ({"axes": ()}, "axes"),
    ({"surcharges": (("x", "y", "1.00"),)}, "surcharges"),
    ({"surcharges": (("SIZE", "s", "-100.00"),)}, "surcharges"),          # price would drop to zero or below
])
def test_bad_batches_are_refused_and_create_nothing(cat, apparel, unchanged, change, field):
    p, colour, size = apparel["product"], apparel["colour"].code, apparel["size"].code
    args = dict(product_id=p.id, axes=((colour, ("red", "blue")), (size, ("s", "m"))),
                code_pattern="{product}-{n:03}", base_price="50.00", surcharges=())
    if "surcharges" in change and change["surcharges"][0][0] == "SIZE":
        change = {"surcharges": ((size, "s", "-100.00"),)}
    args.update(change)
    with unchanged():
        err = remote_error(cat.generate_sku_batch, **args, request_id=new_request_id())
    assert (err.code, err.field) == (E_VALIDATION, field), err


def test_sku_list_filters_by_category_subtree_brand_barcode_and_status(cat, apparel):
    p, colour, size = apparel["product"], apparel["colour"].code, apparel["size"].code
    cat.generate_sku_batch(product_id=p.id, axes=((colour, ("red",)), (size, ("s", "m"))),
                           code_pattern="{product}-{n}", base_price="10.00", internal_barcodes=True,
                           request_id=new_request_id())
    parent = make_category(cat)
    moved = CategoryRecord.from_wire(cat.move_category(category_id=apparel["category"].id,
                                                       version=apparel["category"].version, parent_id=parent.id,
                                                       position=1))
    assert moved.parent_id == parent.id
    by_parent = Page.from_wire(cat.list_skus(category_id=parent.id)).records(SkuRecord)
    assert {s.product_id for s in by_parent} == {p.id} and len(by_parent) == 2
    assert len(Page.from_wire(cat.list_skus(brand_id=apparel["brand"].id)).rows) == 2
    one = by_parent[0]
    assert [s.id for s in Page.from_wire(cat.list_skus(search=one.barcode)).records(SkuRecord)] == [one.id]
    assert Page.from_wire(cat.list_skus(product_id=p.id, status="on_sale")).rows == ()
    assert remote_error(cat.list_skus, status="sold_out").code == E_VALIDATION


def test_brands_and_attributes_refuse_duplicates_and_retired_brands(cat, apparel, unchanged):
    brand = apparel["brand"]
    with unchanged():
        assert remote_error(cat.create_brand, code=brand.code, name="Again").code == E_DUPLICATE
        assert remote_error(cat.create_attribute, code=apparel["colour"].code, name="x",
                            values=(("a", "A"),)).code == E_DUPLICATE
        assert remote_error(cat.create_attribute, code=unique("a"), name="x", values=()).code == E_VALIDATION
        assert remote_error(cat.create_attribute, code=unique("a"), name="x",
                            values=(("a", "A"), ("a", "B"))).code == E_DUPLICATE
    retired = BrandRecord.from_wire(cat.update_brand(brand_id=brand.id, version=brand.version, name=brand.name,
                                                     active=False))
    assert not retired.is_active
    err = remote_error(cat.create_product, code=unique("p"), name="x", category_id=apparel["category"].id,
                       brand_id=brand.id)
    assert (err.code, err.field) == (E_VALIDATION, "brand_id")


def test_search_by_code_prefix_name_part_and_wildcards_taken_literally(cat, apparel):
    p, colour, size = apparel["product"], apparel["colour"].code, apparel["size"].code
    cat.generate_sku_batch(product_id=p.id, axes=((colour, ("red", "blue")), (size, ("s",))),
                           code_pattern="{product}-{" + colour + "}", base_price="10.00", request_id=new_request_id())
    by_code = Page.from_wire(cat.list_skus(search=p.code.lower())).records(SkuRecord)
    assert {s.code for s in by_code} == {f"{p.code}-RED".upper(), f"{p.code}-BLUE".upper()}
    by_name = Page.from_wire(cat.list_skus(search="纯棉T恤 Blue", product_id=p.id)).records(SkuRecord)
    assert [s.code for s in by_name] == [f"{p.code}-BLUE".upper()]
    assert Page.from_wire(cat.list_skus(search="%", product_id=p.id)).rows == ()
    assert Page.from_wire(cat.list_skus(search="_", product_id=p.id)).rows == ()
