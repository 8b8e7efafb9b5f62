"""Products: a code, a name, a category and a brand, a status; the SKUs of a product are its variants."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Attribute, Category, Product, Sku
from middle_tier.catalog import search_index
from middle_tier.catalog.records import (
    active_category,
    attribute_record,
    bound_attributes,
    brand_or_none,
    product_record,
)
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, DomainError, Page, Text
from middle_tier.contract.catalog import PRODUCT_STATUSES, AttributeRecord, ProductRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb


def _rename_skus(uow: UnitOfWork, product: Product) -> None:
    """SKU names are the product's name and the names of the SKU's attribute values: follow a renamed product."""
    values = {(a.code, v.code): v.name for a in uow.session.scalars(select(Attribute)) for v in a.values}
    for sku in uow.session.scalars(select(Sku).where(Sku.product_id == product.id)):
        pairs = [tuple(part.split("=", 1)) for part in sku.variant_key.split(";") if part]
        sku.name = " ".join([product.name, *[values.get(p, p[1]) for p in pairs]]).strip()[:255]


@verb("catalog.read")
def list_product_attributes(uow: UnitOfWork, *, product_id: int, cursor: str = "", page_size: int = 200) -> Page:
    """The attributes a product's SKUs may vary by: those bound to its category and the categories above, by code."""
    product = validate.found(uow.session.get(Product, product_id), "This product", "product_id")
    allowed = bound_attributes(uow, uow.session.get(Category, product.category_id))
    return keyset_page(uow.session, select(Attribute).where(Attribute.id.in_(allowed)), [(Attribute.code, False)],
                       cursor=cursor, page_size=page_size, columns=AttributeRecord.columns(),
                       row_to_wire=lambda r: attribute_record(r[0]).to_wire(), key_of=lambda r: (r[0].code,))


@verb("catalog.read")
def get_product(uow: UnitOfWork, *, product_id: int) -> ProductRecord:
    """One product."""
    return product_record(uow, validate.found(uow.session.get(Product, product_id), "This product",
                                               "product_id"))


@verb("catalog.write", label="Create a product", writes=True)
def create_product(uow: UnitOfWork, *, code: str, name: str, category_id: int, brand_id: int = 0,
                   description: str = "") -> ProductRecord:
    """Add a product (draft) in a category, optionally of a brand."""
    code = validate.code(code, "code", "Product code", max_length=40)
    name = validate.text(name, "name", "Product name", max_length=255)
    description = validate.text(description, "description", "Description", max_length=20_000, required=False)
    active_category(uow, category_id)
    brand_or_none(uow, brand_id)
    if uow.session.scalar(select(Product.id).where(Product.code == code)) is not None:
        raise DomainError(E_DUPLICATE, Text("The product code '{code}' is taken.", code=code), "code")
    product = Product(code=code, name=name, category_id=category_id, brand_id=brand_id or None,
                      description=description, status="draft")
    uow.session.add(product)
    flush_unique(uow.session, "code", Text("The product code '{code}' is taken.", code=code))
    uow.audit("product", product.id, diff({}, {"code": code, "name": name, "category_id": category_id,
                                               "brand_id": brand_id}))
    return product_record(uow, product)


@verb("catalog.write", label="Change a product", writes=True)
def update_product(uow: UnitOfWork, *, product_id: int, version: int, name: str, category_id: int,
                   brand_id: int, description: str) -> ProductRecord:
    """Change a product's name, category, brand or description."""
    product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                             "product_id")
    validate.version(product, version, "This product")
    before = {"name": product.name, "category_id": product.category_id, "brand_id": product.brand_id or 0,
              "description": product.description}
    product.name = validate.text(name, "name", "Product name", max_length=255)
    if category_id != product.category_id:
        active_category(uow, category_id)
    if brand_id != (product.brand_id or 0):
        brand_or_none(uow, brand_id)
    product.category_id, product.brand_id = category_id, brand_id or None
    product.description = validate.text(description, "description", "Description", max_length=20_000,
                                        required=False)
    changes = diff(before, {"name": product.name, "category_id": category_id, "brand_id": brand_id,
                            "description": product.description})
    if changes:
        product.version += 1
    if "name" in changes:
        _rename_skus(uow, product)
    if {"name", "category_id", "brand_id"} & set(changes):
        uow.session.flush()
        search_index.reindex(uow.session, search_index.skus_of_products(uow.session, [product.id]))
    uow.audit("product", product.id, changes)
    return product_record(uow, product)


@verb("catalog.write", label="Change a product's status", writes=True)
def set_product_status(uow: UnitOfWork, *, product_id: int, version: int, status: str) -> ProductRecord:
    """Put a product on sale (it needs a priced SKU on sale), take it off sale, or back to draft."""
    product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                             "product_id")
    validate.version(product, version, "This product")
    status = validate.choice(status, "status", "Status", PRODUCT_STATUSES)
    if status == "on_sale":
        if not uow.session.get(Category, product.category_id).is_active:
            raise DomainError(E_CONFLICT, Text("Its category is retired."), "status")
        sellable = uow.session.scalar(select(func.count()).select_from(Sku).where(
            Sku.product_id == product.id, Sku.status == "on_sale", Sku.list_price > 0))
        if not sellable:
            raise DomainError(E_CONFLICT, Text("A product goes on sale with at least one priced SKU on "
                                               "sale."),
                              "status")
    before = product.status
    product.status = status
    if before != status:
        product.version += 1
    uow.audit("product", product.id, diff({"status": before}, {"status": status}))
    return product_record(uow, product)
