"""Bulk SKU import: all rows checked, every problem with row and column, nothing applied unless all are valid."""
from __future__ import annotations

from decimal import Decimal

from middle_tier.contract import E_VALIDATION, Page
from middle_tier.contract.catalog import SKU_IMPORT_COLUMNS, ImportReport, ProductRecord, SkuRecord
from tests.conftest import new_request_id, remote_error, unique

HEADER = SKU_IMPORT_COLUMNS


def row(**kw: str) -> tuple[str, ...]:
    return tuple(kw.get(c, "") for c in HEADER)


def test_a_valid_file_creates_products_and_skus_and_updates_existing_ones(admin):
    cat = admin.catalog
    existing = Page.from_wire(cat.list_skus(search="P00001-", page_size=2)).records(SkuRecord)[0]
    new_product = unique("imp")
    rows = (HEADER,
            row(sku_code=f"{new_product}-W-S", product_code=new_product, product_name="导入T恤 Imported tee",
                category_code="tshirts", brand_code="nanfeng", attributes="colour=white;size=s", list_price="88.00",
                cost="30.00", status="draft"),
            row(sku_code=f"{new_product}-W-M", product_code=new_product, attributes="size=m;colour=white",
                list_price="88.00"),
            row(sku_code=existing.code, list_price="199.00", status="on_sale"))
    report = ImportReport.from_wire(cat.check_sku_import(rows=rows))
    assert (report.rows, report.creates, report.updates, report.new_products, report.issues) == (3, 2, 1, 1, ())
    assert Page.from_wire(cat.list_skus(search=new_product)).rows == ()        # a check changes nothing
    done = ImportReport.from_wire(cat.import_skus(rows=rows, request_id=new_request_id()))
    assert done.creates == 2 and done.updates == 1
    made = Page.from_wire(cat.list_skus(search=new_product.upper())).records(SkuRecord)
    assert sorted(s.code for s in made) == [f"{new_product}-W-M".upper(), f"{new_product}-W-S".upper()]
    assert all(s.brand_name == "南风 Nanfeng" and s.list_price == Decimal("88.00") for s in made)
    assert made[0].name.startswith("导入T恤 Imported tee")
    updated = Page.from_wire(cat.list_skus(search=existing.code)).records(SkuRecord)[0]
    assert updated.list_price == Decimal("199.00") and updated.version == existing.version + 1
    product = ProductRecord.from_wire(cat.get_product(product_id=made[0].product_id))
    assert product.sku_count == 2 and product.status == "draft"


def test_every_problem_is_reported_with_row_and_column_and_nothing_is_applied(admin, unchanged):
    cat = admin.catalog
    taken = Page.from_wire(cat.list_skus(search="P00002-", page_size=1)).records(SkuRecord)[0]
    p = unique("bad")
    rows = (HEADER,
            row(sku_code=f"{p}-1", product_code=p, product_name="Bad", category_code="tshirts",
                attributes="colour=white;size=s", list_price="1.999"),                       # line 2: price
            row(sku_code=f"{p}-2", product_code=p, attributes="colour=purple;size=s", list_price="5"),  # 3: value
            row(sku_code=f"{p}-3", product_code=p, attributes="storage=128g", list_price="5"),  # 4: not bound
            row(sku_code=f"{p}-4", product_code=unique("x"), product_name="X", category_code="nope",
                list_price="5"),                                                            # 5: category
            row(sku_code=f"{p}-4", product_code=p, attributes="colour=black;size=m", list_price="5"),  # 6: dup code
            row(sku_code=f"{p}-6", product_code=p, attributes="colour=black;size=l", list_price="5",
                barcode=taken.barcode),                                                     # 7: barcode taken
            row(sku_code=taken.code, attributes="colour=red;size=xl", list_price="5"),     # 8: variant change
            row(sku_code=f"{p}-8", product_code=p, attributes="colour=grey;size=s", list_price="5",
                weight_g="heavy", status="sold"),                                           # 9: weight, status
            row(sku_code="", product_code=p, list_price="5"))                              # 10: no code
    with unchanged():
        report = ImportReport.from_wire(cat.check_sku_import(rows=rows))
        found = {(i.row, i.column) for i in report.issues}
        assert {(2, "list_price"), (3, "attributes"), (4, "attributes"), (5, "category_code"), (6, "sku_code"),
                (7, "barcode"), (8, "attributes"), (9, "weight_g"), (9, "status"), (10, "sku_code")} <= found
        assert all(i.message for i in report.issues)
        # each problem travels with its template, so that the client shows it in the user's language
        assert all(i.template and i.message == i.template.format(**dict(i.params)) for i in report.issues)
        err = remote_error(cat.import_skus, rows=rows, request_id=new_request_id())
        assert (err.code, err.field) == (E_VALIDATION, "rows")


def test_a_bad_header_is_reported_on_line_one(admin, unchanged):
    with unchanged():
        report = ImportReport.from_wire(admin.catalog.check_sku_import(rows=(("sku", "price"), ("A", "1"))))
    assert {(i.row, i.column) for i in report.issues} == {(1, "sku"), (1, "price"), (1, "sku_code")}
    assert remote_error(admin.catalog.check_sku_import, rows=()).code == E_VALIDATION
