"""SKUs: the sellable variants of a product, with price, cost, barcode, weight and status."""
from __future__ import annotations

from sqlalchemy import func, or_, select

from data_tier.catalog import Product, Sku
from middle_tier.catalog import search_index
from middle_tier.catalog.records import (
    get_category,
    one_sku,
    resolve_values,
    sku_select,
    sku_wire,
    subtree_ids,
    variant_key,
)
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import PRODUCT_STATUSES, SkuRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, like_escape, like_prefix
from middle_tier.core.money import parse_money
from middle_tier.core.paging import check_page_size, decode_cursor, encode_cursor
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb


@verb("catalog.read")
def list_skus(uow: UnitOfWork, *, search: str = "", category_id: int = 0, brand_id: int = 0,
              product_id: int = 0, status: str = "", cursor: str = "", page_size: int = 200) -> Page:
    """SKUs by code, filtered by text (code, barcode, name), category subtree, brand, product, status.

    The page's ids are picked from the sku table alone, in code order (its unique index), and only those
    rows are joined for display: joined first, MariaDB sorted the whole catalog for every page.
    """
    check_page_size(page_size)
    ids = select(Sku.id, Sku.code)
    products = select(Product.id)
    if category_id:
        category = get_category(uow, category_id)
        products = products.where(Product.category_id.in_(subtree_ids(uow, category)))
    if brand_id:
        products = products.where(Product.brand_id == brand_id)
    if category_id or brand_id:
        ids = ids.where(Sku.product_id.in_(products))
        # A filter that keeps many products is served best by walking the code index until the page is
        # full; MariaDB would rather fetch every matching SKU and sort them (1 s per page at 1,000,000
        # SKUs). A narrow filter is better served the optimizer's way.
        matching = uow.session.scalar(select(func.count()).select_from(products.subquery())) or 0
        total = uow.session.scalar(select(func.count(Product.id))) or 0
        if matching * 20 >= total:
            for dialect in ("mysql", "mariadb"):
                ids = ids.with_hint(Sku, "FORCE INDEX (uq_sku_code)", dialect_name=dialect)
    if product_id:
        ids = ids.where(Sku.product_id == product_id)
    if status:
        ids = ids.where(Sku.status == validate.choice(status, "status", "Status", PRODUCT_STATUSES))
    if cursor:
        ids = ids.where(Sku.code > decode_cursor(cursor, 1)[0])
    text = search.strip()[:64]
    if text.isdigit() and len(text) == 13:
        ids = ids.where(Sku.barcode == text)
    elif text:
        # a code prefix uses the code index; only when it does not fill the page are names searched too
        # (a scan: full-text search will serve names at scale)
        by_code = ids.where(Sku.code.like(like_prefix(text.upper()), escape="\\"))
        if len(uow.session.execute(by_code.limit(page_size + 1)).all()) > page_size:
            ids = by_code
        else:
            ids = ids.where(or_(Sku.code.like(like_prefix(text.upper()), escape="\\"),
                                Sku.name.like("%" + like_escape(text) + "%", escape="\\")))
    page_ids = ids.order_by(Sku.code).limit(page_size + 1).subquery()
    rows = uow.session.execute(sku_select().join(page_ids, page_ids.c.id == Sku.id).order_by(Sku.code)).all()
    more = len(rows) > page_size
    rows = rows[:page_size]
    return Page(SkuRecord.columns(), tuple(sku_wire(r) for r in rows),
                encode_cursor((rows[-1][1],)) if more else "")


@verb("catalog.write", label="Create a SKU", writes=True)
def create_sku(uow: UnitOfWork, *, product_id: int, code: str, list_price: str, cost: str = "0",
               barcode: str = "", weight_g: int = 0, values: tuple[tuple[str, str], ...] = ()) -> SkuRecord:
    """Add one SKU to a product, for one combination of attribute values."""
    product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                             "product_id")
    code = validate.code(code, "code", "SKU code", max_length=64, min_length=2).upper()
    price = parse_money(list_price, "list_price", "List price")
    unit_cost = parse_money(cost, "cost", "Cost")
    barcode = validate.ean13(barcode)
    if not 0 <= weight_g <= 1_000_000:
        raise DomainError(E_VALIDATION, Text("The weight is in grams, from 0 to 1,000,000."), "weight_g")
    if len({a for a, _ in values}) != len(values):
        raise DomainError(E_VALIDATION, Text("An attribute is given twice."), "values")
    resolved = resolve_values(uow, product, {a: (v,) for a, v in values}, "values")
    chosen = [resolved[a][v] for a, v in values]
    key = variant_key(chosen)
    _check_free(uow, product, code, key, barcode)
    sku = Sku(product_id=product.id, code=code, barcode=barcode or None, variant_key=key, list_price=price,
              cost=unit_cost, weight_g=weight_g, status="draft",
              name=" ".join([product.name, *[v.name for v in chosen]]).strip()[:255])
    uow.session.add(sku)
    flush_unique(uow.session, "code", Text("The SKU code {code} is taken.", code=code))
    search_index.reindex(uow.session, [sku.id])
    uow.audit("sku", sku.id, diff({}, {"code": code, "variant": key, "list_price": str(price),
                                       "cost": str(unit_cost), "barcode": barcode}))
    return one_sku(uow, sku.id)


def _check_free(uow: UnitOfWork, product: Product, code: str, key: str, barcode: str) -> None:
    if uow.session.scalar(select(Sku.id).where(Sku.code == code)) is not None:
        raise DomainError(E_DUPLICATE, Text("The SKU code {code} is taken.", code=code), "code")
    if uow.session.scalar(select(Sku.id).where(Sku.product_id == product.id, Sku.variant_key == key)):
        raise DomainError(E_DUPLICATE, Text("This product already has a SKU with these attribute values."), "values")
    if barcode and uow.session.scalar(select(Sku.id).where(Sku.barcode == barcode)) is not None:
        raise DomainError(E_DUPLICATE, Text("The barcode {barcode} belongs to another SKU.",
                                            barcode=barcode), "barcode")


@verb("catalog.write", label="Change a SKU", writes=True)
def update_sku(uow: UnitOfWork, *, sku_id: int, version: int, list_price: str, cost: str, barcode: str,
               weight_g: int, status: str) -> SkuRecord:
    """Change a SKU's price, cost, barcode, weight or status."""
    sku = validate.found(uow.session.get(Sku, sku_id, with_for_update=True), "This SKU", "sku_id")
    validate.version(sku, version, "This SKU")
    before = {"list_price": str(sku.list_price), "cost": str(sku.cost), "barcode": sku.barcode or "",
              "weight_g": sku.weight_g, "status": sku.status}
    sku.list_price = parse_money(list_price, "list_price", "List price")
    sku.cost = parse_money(cost, "cost", "Cost")
    new_barcode = validate.ean13(barcode)
    if new_barcode and new_barcode != (sku.barcode or "") and uow.session.scalar(
            select(Sku.id).where(Sku.barcode == new_barcode)) is not None:
        raise DomainError(E_DUPLICATE, Text("The barcode {barcode} belongs to another SKU.",
                                            barcode=new_barcode), "barcode")
    sku.barcode = new_barcode or None
    if not 0 <= weight_g <= 1_000_000:
        raise DomainError(E_VALIDATION, Text("The weight is in grams, from 0 to 1,000,000."), "weight_g")
    sku.weight_g = weight_g
    sku.status = validate.choice(status, "status", "Status", PRODUCT_STATUSES)
    if sku.status == "on_sale" and sku.list_price <= 0:
        raise DomainError(E_VALIDATION, Text("A SKU on sale needs a list price above zero."), "list_price")
    changes = diff(before, {"list_price": str(sku.list_price), "cost": str(sku.cost), "barcode": new_barcode,
                            "weight_g": weight_g, "status": sku.status})
    if changes:
        sku.version += 1
    flush_unique(uow.session, "barcode", Text("The barcode belongs to another SKU."))
    if "barcode" in changes:
        search_index.reindex(uow.session, [sku.id])
    uow.audit("sku", sku.id, changes)
    return one_sku(uow, sku.id)


def get_sku(uow: UnitOfWork, sku_id: int) -> Sku:
    """A SKU by id, or E_NOT_FOUND on `sku_id`."""
    return validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")


def sku_by_scan(uow: UnitOfWork, scan: str, field: str = "barcode") -> Sku:
    """The SKU of a scanned barcode, or of a typed SKU code."""
    scan = scan.strip()
    sku = uow.session.scalar(select(Sku).where(Sku.barcode == scan)) if scan.isdigit() else None
    if sku is None and scan:
        sku = uow.session.scalar(select(Sku).where(Sku.code == scan.upper()))
    if sku is None:
        raise DomainError(E_VALIDATION, Text("No SKU has the barcode or code {scan}.", scan=scan), field)
    return sku
