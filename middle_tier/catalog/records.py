"""What the catalog's verbs share: records as the client sees them, and the lookups every concept needs."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Attribute, AttributeValue, Brand, Category, CategoryAttribute, Product, Sku
from middle_tier.contract import E_VALIDATION, DomainError, Text
from middle_tier.contract.catalog import AttributeRecord, CategoryRecord, ProductRecord, SkuRecord
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork


def category_record(uow: UnitOfWork, c: Category) -> CategoryRecord:
    codes = uow.session.scalars(
        select(Attribute.code).join(CategoryAttribute, CategoryAttribute.attribute_id == Attribute.id)
        .where(CategoryAttribute.category_id == c.id).order_by(Attribute.code)).all()
    return CategoryRecord(id=c.id, parent_id=c.parent_id or 0, code=c.code, name=c.name, position=c.position,
                          depth=c.path.count("/") - 2, is_active=c.is_active, attributes=tuple(codes),
                          version=c.version)


def attribute_record(a: Attribute) -> AttributeRecord:
    return AttributeRecord(id=a.id, code=a.code, name=a.name, values=tuple((v.code, v.name) for v in a.values),
                           version=a.version)


def product_record(uow: UnitOfWork, p: Product) -> ProductRecord:
    category = uow.session.get(Category, p.category_id)
    brand = uow.session.get(Brand, p.brand_id) if p.brand_id else None
    count = uow.session.scalar(select(func.count()).select_from(Sku).where(Sku.product_id == p.id)) or 0
    return ProductRecord(id=p.id, code=p.code, name=p.name, category_id=p.category_id,
                         category_name=category.name if category else "", brand_id=p.brand_id or 0,
                         brand_name=brand.name if brand else "", description=p.description, status=p.status,
                         sku_count=count, version=p.version)


SKU_COLUMNS = (Sku.id, Sku.code, Sku.barcode, Sku.name, Sku.product_id, Product.code, Category.name, Brand.name,
                Sku.variant_key, Sku.list_price, Sku.cost, Sku.weight_g, Sku.status, Sku.version)


def sku_wire(row) -> tuple:  # type: ignore[no-untyped-def]
    """A SkuRecord's wire tuple straight from the selected columns (the catalog browser's hot path)."""
    return (row[0], row[1], row[2] or "", row[3], row[4], row[5], row[6], row[7] or "", row[8], str(row[9]),
            str(row[10]), row[11], row[12], row[13])


def sku_select():  # type: ignore[no-untyped-def]
    return (select(*SKU_COLUMNS).join(Product, Product.id == Sku.product_id)
            .join(Category, Category.id == Product.category_id).outerjoin(Brand, Brand.id == Product.brand_id))


def one_sku(uow: UnitOfWork, sku_id: int) -> SkuRecord:
    row = uow.session.execute(sku_select().where(Sku.id == sku_id)).one()
    return SkuRecord.from_wire(sku_wire(row))


def get_category(uow: UnitOfWork, category_id: int, field: str = "category_id", *, lock: bool = False) -> Category:
    return validate.found(uow.session.get(Category, category_id, with_for_update=lock), "This category", field)


def brand_or_none(uow: UnitOfWork, brand_id: int) -> Brand | None:
    if brand_id == 0:
        return None
    brand = validate.found(uow.session.get(Brand, brand_id), "This brand", "brand_id")
    if not brand.is_active:
        raise DomainError(E_VALIDATION, Text("This brand is retired."), "brand_id")
    return brand


def active_category(uow: UnitOfWork, category_id: int) -> Category:
    category = get_category(uow, category_id)
    if not category.is_active:
        raise DomainError(E_VALIDATION, Text("This category is retired."), "category_id")
    return category


def bound_attributes(uow: UnitOfWork, category: Category) -> set[int]:
    """Attributes bound to the category or any of its ancestors."""
    ids = [int(x) for x in category.path.strip("/").split("/")]
    return set(uow.session.scalars(select(CategoryAttribute.attribute_id)
                                   .where(CategoryAttribute.category_id.in_(ids))))


def subtree_ids(uow: UnitOfWork, category: Category) -> list[int]:
    return list(uow.session.scalars(select(Category.id).where(Category.path.like(category.path + "%"))))


def resolve_values(uow: UnitOfWork, product: Product, wanted: dict[str, tuple[str, ...]],
             field: str) -> dict[str, dict[str, AttributeValue]]:
    """Check attribute and value codes against the product's category; {attribute: {value code: value}}."""
    allowed = bound_attributes(uow, uow.session.get(Category, product.category_id))
    attrs = {a.code: a for a in uow.session.scalars(select(Attribute).where(Attribute.code.in_(list(wanted))))}
    out = {}
    for attr_code, value_codes in wanted.items():
        attr = attrs.get(attr_code)
        if attr is None:
            raise DomainError(E_VALIDATION, Text("There is no attribute '{attribute}'.", attribute=attr_code), field)
        if attr.id not in allowed:
            raise DomainError(E_VALIDATION, Text("Products of this category do not vary by {attribute}; bind "
                                                 "the attribute to the category first.",
                                                 attribute=attr.name), field)
        by_code = {v.code: v for v in attr.values}
        for value_code in value_codes:
            if value_code not in by_code:
                raise DomainError(E_VALIDATION, Text("{attribute} has no value '{value_code}'.",
                                                     attribute=attr.name, value_code=value_code), field)
        out[attr_code] = by_code
    return out


def variant_key(chosen: list[AttributeValue]) -> str:
    """The canonical key of a combination: 'colour=red;size=m', attributes in code order."""
    return ";".join(f"{v.attribute.code}={v.code}" for v in sorted(chosen, key=lambda v: v.attribute.code))
