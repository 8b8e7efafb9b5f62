"""The `catalog` component: category tree, brands, attributes, products and SKUs, batch SKU generation."""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError

from data_tier import search as full_text
from data_tier.catalog import (
    Attribute,
    AttributeValue,
    Brand,
    Category,
    CategoryAttribute,
    Product,
    ProductImage,
    SearchLog,
    SearchSynonym,
    Sku,
)
from data_tier.wms import StockLevel
from middle_tier import catalog_search as search_index
from middle_tier import validate
from middle_tier.api import Exposed, expose, flush_unique, verb
from middle_tier.catalog_import import apply_import, plan_import
from middle_tier.catalog_media import read_image, synonym_words
from middle_tier.contract import (
    E_CONFLICT,
    E_DUPLICATE,
    E_VALIDATION,
    PRODUCT_STATUSES,
    AttributeRecord,
    BatchRow,
    BrandRecord,
    CategoryRecord,
    DomainError,
    ImageRecord,
    ImportReport,
    Page,
    ProductRecord,
    SearchLogRecord,
    SkuRecord,
    SynonymRecord,
    Text,
)
from middle_tier.money import parse_money, round_money
from middle_tier.paging import check_page_size, decode_cursor, encode_cursor, keyset_page
from middle_tier.search_text import query_groups, query_terms
from middle_tier.uow import UnitOfWork, diff

MAX_BATCH = 20_000
MAX_SEARCH_RESULTS = 1_000
SEARCH_CANDIDATES = 5_000
MAX_DEPTH = 8
INTERNAL_BARCODE_PREFIX = "20"      # EAN-13 prefixes 20-29 are for in-store numbering


# ---- records ------------------------------------------------------------------------------------

def _category_record(uow: UnitOfWork, c: Category) -> CategoryRecord:
    codes = uow.session.scalars(
        select(Attribute.code).join(CategoryAttribute, CategoryAttribute.attribute_id == Attribute.id)
        .where(CategoryAttribute.category_id == c.id).order_by(Attribute.code)).all()
    return CategoryRecord(id=c.id, parent_id=c.parent_id or 0, code=c.code, name=c.name, position=c.position,
                          depth=c.path.count("/") - 2, is_active=c.is_active, attributes=tuple(codes),
                          version=c.version)


def _attribute_record(a: Attribute) -> AttributeRecord:
    return AttributeRecord(id=a.id, code=a.code, name=a.name, values=tuple((v.code, v.name) for v in a.values),
                           version=a.version)


def _product_record(uow: UnitOfWork, p: Product) -> ProductRecord:
    category = uow.session.get(Category, p.category_id)
    brand = uow.session.get(Brand, p.brand_id) if p.brand_id else None
    count = uow.session.scalar(select(func.count()).select_from(Sku).where(Sku.product_id == p.id)) or 0
    return ProductRecord(id=p.id, code=p.code, name=p.name, category_id=p.category_id,
                         category_name=category.name if category else "", brand_id=p.brand_id or 0,
                         brand_name=brand.name if brand else "", description=p.description, status=p.status,
                         sku_count=count, version=p.version)


_SKU_COLUMNS = (Sku.id, Sku.code, Sku.barcode, Sku.name, Sku.product_id, Product.code, Category.name, Brand.name,
                Sku.variant_key, Sku.list_price, Sku.cost, Sku.weight_g, Sku.status, Sku.version)


def _sku_wire(row) -> tuple:  # type: ignore[no-untyped-def]
    """A SkuRecord's wire tuple straight from the selected columns (the catalog browser's hot path)."""
    return (row[0], row[1], row[2] or "", row[3], row[4], row[5], row[6], row[7] or "", row[8], str(row[9]),
            str(row[10]), row[11], row[12], row[13])


def _sku_select():  # type: ignore[no-untyped-def]
    return (select(*_SKU_COLUMNS).join(Product, Product.id == Sku.product_id)
            .join(Category, Category.id == Product.category_id).outerjoin(Brand, Brand.id == Product.brand_id))


def _one_sku(uow: UnitOfWork, sku_id: int) -> SkuRecord:
    row = uow.session.execute(_sku_select().where(Sku.id == sku_id)).one()
    return SkuRecord.from_wire(_sku_wire(row))


# ---- helpers --------------------------------------------------------------------------------------

def _category(uow: UnitOfWork, category_id: int, field: str = "category_id", *, lock: bool = False) -> Category:
    return validate.found(uow.session.get(Category, category_id, with_for_update=lock), "This category", field)


def _brand_or_none(uow: UnitOfWork, brand_id: int) -> Brand | None:
    if brand_id == 0:
        return None
    brand = validate.found(uow.session.get(Brand, brand_id), "This brand", "brand_id")
    if not brand.is_active:
        raise DomainError(E_VALIDATION, Text("This brand is retired."), "brand_id")
    return brand


def _active_category(uow: UnitOfWork, category_id: int) -> Category:
    category = _category(uow, category_id)
    if not category.is_active:
        raise DomainError(E_VALIDATION, Text("This category is retired."), "category_id")
    return category


def _bound_attributes(uow: UnitOfWork, category: Category) -> set[int]:
    """Attributes bound to the category or any of its ancestors."""
    ids = [int(x) for x in category.path.strip("/").split("/")]
    return set(uow.session.scalars(select(CategoryAttribute.attribute_id)
                                   .where(CategoryAttribute.category_id.in_(ids))))


def _resolve(uow: UnitOfWork, product: Product, wanted: dict[str, tuple[str, ...]],
             field: str) -> dict[str, dict[str, AttributeValue]]:
    """Check attribute and value codes against the product's category; {attribute: {value code: value}}."""
    allowed = _bound_attributes(uow, uow.session.get(Category, product.category_id))
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


def _variant_key(chosen: list[AttributeValue]) -> str:
    """The canonical key of a combination: 'colour=red;size=m', attributes in code order."""
    return ";".join(f"{v.attribute.code}={v.code}" for v in sorted(chosen, key=lambda v: v.attribute.code))


_TOKEN = re.compile(r"\{([a-z][a-z0-9_]*|n)(?::(0\d))?\}")


def _render_code(pattern: str, product: Product, values: list[AttributeValue], seq: int) -> str:
    by_attr = {v.attribute.code: v.code for v in values}

    def repl(m: re.Match) -> str:
        name, width = m.group(1), m.group(2)
        if name == "n":
            return f"{seq:0{int(width)}d}" if width else str(seq)
        if name == "product":
            return product.code
        if name not in by_attr:
            raise DomainError(E_VALIDATION, Text("The code pattern names {{{name}}}, which is not an axis.",
                                                 name=name),
                              "code_pattern")
        return by_attr[name]

    return _TOKEN.sub(repl, pattern).upper()


def _next_internal_barcodes(uow: UnitOfWork, count: int) -> list[str]:
    top = uow.session.scalar(select(func.max(Sku.barcode)).where(Sku.barcode.like(INTERNAL_BARCODE_PREFIX + "%")))
    start = int(top[2:12]) + 1 if top else 1
    out = []
    for n in range(start, start + count):
        first12 = f"{INTERNAL_BARCODE_PREFIX}{n:010d}"
        out.append(first12 + validate.ean13_check_digit(first12))
    return out


def _rename_skus(uow: UnitOfWork, product: Product) -> None:
    """SKU names are the product's name and the names of the SKU's attribute values: follow a renamed product."""
    values = {(a.code, v.code): v.name for a in uow.session.scalars(select(Attribute)) for v in a.values}
    for sku in uow.session.scalars(select(Sku).where(Sku.product_id == product.id)):
        pairs = [tuple(part.split("=", 1)) for part in sku.variant_key.split(";") if part]
        sku.name = " ".join([product.name, *[values.get(p, p[1]) for p in pairs]]).strip()[:255]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(text: str) -> str:
    return _like_escape(text) + "%"


def _synonyms_of(uow: UnitOfWork, word: str) -> list[str]:
    """The other words of every synonym group that holds `word`."""
    if "," in word or not word:
        return []
    out: list[str] = []
    for words in uow.session.scalars(select(SearchSynonym.words).where(
            SearchSynonym.words.like("%," + _like_escape(word) + ",%", escape="\\")).limit(20)):
        out += [w for w in words.strip(",").split(",") if w != word and w not in out]
    return out


def _synonym_record(s: SearchSynonym) -> SynonymRecord:
    return SynonymRecord(s.id, tuple(s.words.strip(",").split(",")), s.version)


def _image_record(img: ProductImage, size: int) -> ImageRecord:
    return ImageRecord(img.id, img.product_id, img.position, img.content_type, img.width, img.height, size,
                       img.thumbnail)


def _subtree_ids(uow: UnitOfWork, category: Category) -> list[int]:
    return list(uow.session.scalars(select(Category.id).where(Category.path.like(category.path + "%"))))


@expose
class CatalogComponent(Exposed):
    """Merchandisers' catalog: categories, brands, attributes, products, SKUs."""

    _area = "catalog"

    # ---- categories -----------------------------------------------------------------------------
    @verb("catalog.read")
    def list_categories(self, uow: UnitOfWork, *, cursor: str = "", page_size: int = 500) -> Page:
        """The category tree, parents before children, siblings in their order."""
        return keyset_page(uow.session, select(Category), [(Category.path, False)], cursor=cursor,
                           page_size=page_size, columns=CategoryRecord.columns(),
                           row_to_wire=lambda r: _category_record(uow, r[0]).to_wire(),
                           key_of=lambda r: (r[0].path,))

    @verb("catalog.write", writes=True)
    def create_category(self, uow: UnitOfWork, *, code: str, name: str, parent_id: int = 0) -> CategoryRecord:
        """Add a category at the end of its parent's children (parent 0: top level)."""
        code = validate.code(code, "code", "Category code")
        name = validate.text(name, "name", "Category name", max_length=128)
        parent = _active_category(uow, parent_id) if parent_id else None
        if parent is not None and parent.path.count("/") - 1 >= MAX_DEPTH:
            raise DomainError(E_VALIDATION, Text("Categories nest at most {max_depth} levels deep.",
                                                 max_depth=MAX_DEPTH), "parent_id")
        if uow.session.scalar(select(Category.id).where(Category.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("The category code '{code}' is taken.", code=code), "code")
        last = uow.session.scalar(select(func.max(Category.position)).where(
            Category.parent_id == parent_id if parent_id else Category.parent_id.is_(None)))
        category = Category(code=code, name=name, parent_id=parent.id if parent else None,
                            position=(last or 0) + 1, path="/")
        uow.session.add(category)
        flush_unique(uow.session, "code", Text("The category code '{code}' is taken.", code=code))
        category.path = f"{parent.path if parent else '/'}{category.id}/"
        uow.audit("category", category.id, diff({}, {"code": code, "name": name, "parent_id": parent_id}))
        return _category_record(uow, category)

    @verb("catalog.write", writes=True)
    def update_category(self, uow: UnitOfWork, *, category_id: int, version: int, name: str) -> CategoryRecord:
        """Rename a category."""
        category = _category(uow, category_id, lock=True)
        validate.version(category, version, "This category")
        before = {"name": category.name}
        category.name = validate.text(name, "name", "Category name", max_length=128)
        changes = diff(before, {"name": category.name})
        if changes:
            category.version += 1
            uow.session.flush()
            search_index.reindex(uow.session, search_index.skus_of_categories(uow.session, _subtree_ids(uow, category)))
        uow.audit("category", category.id, changes)
        return _category_record(uow, category)

    @verb("catalog.write", writes=True)
    def move_category(self, uow: UnitOfWork, *, category_id: int, version: int, parent_id: int,
                      position: int) -> CategoryRecord:
        """Move a category (with its subtree) under another parent (0: top level) at a position (1 = first)."""
        category = _category(uow, category_id, lock=True)
        validate.version(category, version, "This category")
        parent = _category(uow, parent_id, "parent_id") if parent_id else None
        if parent is not None and parent.path.startswith(category.path):
            raise DomainError(E_VALIDATION, Text("A category cannot move into itself or below one of its own "
                                                 "subcategories."), "parent_id")
        old_path = category.path
        new_path = f"{parent.path if parent else '/'}{category.id}/"
        depth_below = max(p.count("/") for p in uow.session.scalars(
            select(Category.path).where(Category.path.like(old_path + "%")))) - old_path.count("/")
        if new_path.count("/") - 1 + depth_below > MAX_DEPTH:
            raise DomainError(E_VALIDATION, Text("Categories nest at most {max_depth} levels deep.",
                                                 max_depth=MAX_DEPTH), "parent_id")
        siblings = list(uow.session.scalars(select(Category).where(
            (Category.parent_id == parent.id) if parent else Category.parent_id.is_(None),
            Category.id != category.id).order_by(Category.position, Category.id)))
        if not 1 <= position <= len(siblings) + 1:
            raise DomainError(E_VALIDATION, Text("The position must be between 1 and {most}.",
                                                 most=len(siblings) + 1), "position")
        siblings.insert(position - 1, category)
        for i, sibling in enumerate(siblings, 1):
            sibling.position = i
        before = {"parent_id": category.parent_id or 0}
        category.parent_id = parent.id if parent else None
        if new_path != old_path:
            for node in uow.session.scalars(select(Category).where(Category.path.like(old_path + "%"))):
                node.path = new_path + node.path[len(old_path):]
        category.version += 1
        if new_path != old_path:
            uow.session.flush()
            search_index.reindex(uow.session, search_index.skus_of_categories(uow.session, _subtree_ids(uow, category)))
        uow.audit("category", category.id, {**diff(before, {"parent_id": parent_id}),
                                            "position": [None, position]})
        return _category_record(uow, category)

    @verb("catalog.write", writes=True)
    def set_category_active(self, uow: UnitOfWork, *, category_id: int, version: int,
                            active: bool) -> CategoryRecord:
        """Retire a category with its whole subtree, or bring one back (its parent must be active)."""
        category = _category(uow, category_id, lock=True)
        validate.version(category, version, "This category")
        if active and category.parent_id and not uow.session.get(Category, category.parent_id).is_active:
            raise DomainError(E_CONFLICT, Text("Its parent category is retired; reactivate that first."), "active")
        ids = _subtree_ids(uow, category) if not active else [category.id]
        if not active:
            on_sale = uow.session.scalar(select(func.count()).select_from(Product).where(
                Product.category_id.in_(ids), Product.status == "on_sale"))
            if on_sale:
                raise DomainError(E_CONFLICT, Text("{on_sale} product(s) on sale are in this category or "
                                                   "below; take them off sale or move them first.",
                                                   on_sale=on_sale), "active")
        uow.session.execute(update(Category).where(Category.id.in_(ids)).values(is_active=active,
                                                                               version=Category.version + 1))
        uow.session.refresh(category)
        uow.audit("category", category.id, {"is_active": [not active, active]}, more_ids=[i for i in ids
                                                                                          if i != category.id])
        return _category_record(uow, category)

    @verb("catalog.write", writes=True)
    def set_category_attributes(self, uow: UnitOfWork, *, category_id: int, version: int,
                                attributes: tuple[str, ...]) -> CategoryRecord:
        """Bind the attributes products of this category (and below) vary by."""
        category = _category(uow, category_id, lock=True)
        validate.version(category, version, "This category")
        wanted = sorted(set(attributes))
        found = {a.code: a for a in uow.session.scalars(select(Attribute).where(Attribute.code.in_(wanted)))}
        missing = [c for c in wanted if c not in found]
        if missing:
            raise DomainError(E_VALIDATION, Text("Unknown attribute: {missing}.",
                                                 missing=', '.join(missing)), "attributes")
        before = _category_record(uow, category).attributes
        uow.session.query(CategoryAttribute).filter(CategoryAttribute.category_id == category.id).delete()
        for code in wanted:
            uow.session.add(CategoryAttribute(category_id=category.id, attribute_id=found[code].id))
        uow.session.flush()
        changes = diff({"attributes": before}, {"attributes": tuple(wanted)})
        if changes:
            category.version += 1
        uow.audit("category", category.id, changes)
        return _category_record(uow, category)

    # ---- brands -----------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_brands(self, uow: UnitOfWork, *, search: str = "", include_retired: bool = True, cursor: str = "",
                    page_size: int = 200) -> Page:
        """Brands by name."""
        stmt = select(Brand)
        if search.strip():
            like = f"%{search.strip()[:64]}%"
            stmt = stmt.where(or_(Brand.name.like(like), Brand.code.like(like)))
        if not include_retired:
            stmt = stmt.where(Brand.is_active.is_(True))
        return keyset_page(uow.session, stmt, [(Brand.name, False), (Brand.id, False)], cursor=cursor,
                           page_size=page_size, columns=BrandRecord.columns(),
                           row_to_wire=lambda r: BrandRecord(r[0].id, r[0].code, r[0].name, r[0].is_active,
                                                             r[0].version).to_wire(),
                           key_of=lambda r: (r[0].name, r[0].id))

    @verb("catalog.write", writes=True)
    def create_brand(self, uow: UnitOfWork, *, code: str, name: str) -> BrandRecord:
        """Add a brand."""
        code = validate.code(code, "code", "Brand code")
        name = validate.text(name, "name", "Brand name", max_length=128)
        if uow.session.scalar(select(Brand.id).where(Brand.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("The brand code '{code}' is taken.", code=code), "code")
        brand = Brand(code=code, name=name)
        uow.session.add(brand)
        flush_unique(uow.session, "code", Text("The brand code '{code}' is taken.", code=code))
        uow.audit("brand", brand.id, diff({}, {"code": code, "name": name}))
        return BrandRecord(brand.id, brand.code, brand.name, brand.is_active, brand.version)

    @verb("catalog.write", writes=True)
    def update_brand(self, uow: UnitOfWork, *, brand_id: int, version: int, name: str, active: bool) -> BrandRecord:
        """Rename a brand, or retire it (a retired brand cannot be given to new products)."""
        brand = validate.found(uow.session.get(Brand, brand_id, with_for_update=True), "This brand", "brand_id")
        validate.version(brand, version, "This brand")
        before = {"name": brand.name, "is_active": brand.is_active}
        brand.name = validate.text(name, "name", "Brand name", max_length=128)
        brand.is_active = active
        changes = diff(before, {"name": brand.name, "is_active": brand.is_active})
        if changes:
            brand.version += 1
        if "name" in changes:
            uow.session.flush()
            search_index.reindex(uow.session, search_index.skus_of_brand(uow.session, brand.id))
        uow.audit("brand", brand.id, changes)
        return BrandRecord(brand.id, brand.code, brand.name, brand.is_active, brand.version)

    # ---- attributes -------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_attributes(self, uow: UnitOfWork, *, cursor: str = "", page_size: int = 200) -> Page:
        """Attributes with their values."""
        return keyset_page(uow.session, select(Attribute), [(Attribute.code, False)], cursor=cursor,
                           page_size=page_size, columns=AttributeRecord.columns(),
                           row_to_wire=lambda r: _attribute_record(r[0]).to_wire(), key_of=lambda r: (r[0].code,))

    @verb("catalog.write", writes=True)
    def create_attribute(self, uow: UnitOfWork, *, code: str, name: str,
                         values: tuple[tuple[str, str], ...]) -> AttributeRecord:
        """Define an attribute and its allowed values, as (code, name) pairs in display order."""
        code = validate.code(code, "code", "Attribute code")
        name = validate.text(name, "name", "Attribute name", max_length=128)
        if uow.session.scalar(select(Attribute.id).where(Attribute.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("The attribute code '{code}' is taken.", code=code), "code")
        attr = Attribute(code=code, name=name)
        attr.values = self._new_values(values, set(), 0)
        uow.session.add(attr)
        flush_unique(uow.session, "code", Text("The attribute code '{code}' is taken.", code=code))
        uow.audit("attribute", attr.id, diff({}, {"code": code, "name": name, "values": [v[0] for v in values]}))
        return _attribute_record(attr)

    @verb("catalog.write", writes=True)
    def add_attribute_values(self, uow: UnitOfWork, *, attribute_id: int, version: int,
                             values: tuple[tuple[str, str], ...]) -> AttributeRecord:
        """Append allowed values to an attribute."""
        attr = validate.found(uow.session.get(Attribute, attribute_id, with_for_update=True), "This attribute",
                              "attribute_id")
        validate.version(attr, version, "This attribute")
        before = [v.code for v in attr.values]
        attr.values.extend(self._new_values(values, set(before), len(before)))
        attr.version += 1
        uow.session.flush()
        uow.audit("attribute", attr.id, diff({"values": before}, {"values": [v.code for v in attr.values]}))
        return _attribute_record(attr)

    @staticmethod
    def _new_values(values: tuple[tuple[str, str], ...], taken: set[str], start: int) -> list[AttributeValue]:
        if not values:
            raise DomainError(E_VALIDATION, Text("Give at least one value."), "values")
        out = []
        for i, (vcode, vname) in enumerate(values, start + 1):
            vcode = validate.code(vcode, "values", "Value code", max_length=32, min_length=1)
            vname = validate.text(vname, "values", "Value name", max_length=128)
            if vcode in taken:
                raise DomainError(E_DUPLICATE, Text("The value '{code}' is there already.", code=vcode), "values")
            taken.add(vcode)
            out.append(AttributeValue(code=vcode, name=vname, position=i))
        return out

    # ---- products -----------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_product_attributes(self, uow: UnitOfWork, *, product_id: int) -> tuple:
        """The attributes a product's SKUs may vary by: those bound to its category and the categories above."""
        product = validate.found(uow.session.get(Product, product_id), "This product", "product_id")
        allowed = _bound_attributes(uow, uow.session.get(Category, product.category_id))
        attrs = uow.session.scalars(select(Attribute).where(Attribute.id.in_(allowed)).order_by(Attribute.code))
        return tuple(_attribute_record(a) for a in attrs)

    @verb("catalog.read")
    def get_product(self, uow: UnitOfWork, *, product_id: int) -> ProductRecord:
        """One product."""
        return _product_record(uow, validate.found(uow.session.get(Product, product_id), "This product",
                                                   "product_id"))

    @verb("catalog.write", writes=True)
    def create_product(self, uow: UnitOfWork, *, code: str, name: str, category_id: int, brand_id: int = 0,
                       description: str = "") -> ProductRecord:
        """Add a product (draft) in a category, optionally of a brand."""
        code = validate.code(code, "code", "Product code", max_length=40)
        name = validate.text(name, "name", "Product name", max_length=255)
        description = validate.text(description, "description", "Description", max_length=20_000, required=False)
        _active_category(uow, category_id)
        _brand_or_none(uow, brand_id)
        if uow.session.scalar(select(Product.id).where(Product.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("The product code '{code}' is taken.", code=code), "code")
        product = Product(code=code, name=name, category_id=category_id, brand_id=brand_id or None,
                          description=description, status="draft")
        uow.session.add(product)
        flush_unique(uow.session, "code", Text("The product code '{code}' is taken.", code=code))
        uow.audit("product", product.id, diff({}, {"code": code, "name": name, "category_id": category_id,
                                                   "brand_id": brand_id}))
        return _product_record(uow, product)

    @verb("catalog.write", writes=True)
    def update_product(self, uow: UnitOfWork, *, product_id: int, version: int, name: str, category_id: int,
                       brand_id: int, description: str) -> ProductRecord:
        """Change a product's name, category, brand or description."""
        product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                                 "product_id")
        validate.version(product, version, "This product")
        before = {"name": product.name, "category_id": product.category_id, "brand_id": product.brand_id or 0,
                  "description": product.description}
        product.name = validate.text(name, "name", "Product name", max_length=255)
        if category_id != product.category_id:
            _active_category(uow, category_id)
        if brand_id != (product.brand_id or 0):
            _brand_or_none(uow, brand_id)
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
        return _product_record(uow, product)

    @verb("catalog.write", writes=True)
    def set_product_status(self, uow: UnitOfWork, *, product_id: int, version: int, status: str) -> ProductRecord:
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
        return _product_record(uow, product)

    # ---- SKUs -------------------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_skus(self, uow: UnitOfWork, *, search: str = "", category_id: int = 0, brand_id: int = 0,
                  product_id: int = 0, status: str = "", cursor: str = "", page_size: int = 200) -> Page:
        """SKUs by code, filtered by text (code, barcode, name), category subtree, brand, product, status.

        The page's ids are picked from the sku table alone, in code order (its unique index), and only those
        rows are joined for display: joined first, MariaDB sorted the whole catalog for every page.
        """
        check_page_size(page_size)
        ids = select(Sku.id, Sku.code)
        products = select(Product.id)
        if category_id:
            category = _category(uow, category_id)
            products = products.where(Product.category_id.in_(_subtree_ids(uow, category)))
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
            by_code = ids.where(Sku.code.like(_like_prefix(text.upper()), escape="\\"))
            if len(uow.session.execute(by_code.limit(page_size + 1)).all()) > page_size:
                ids = by_code
            else:
                ids = ids.where(or_(Sku.code.like(_like_prefix(text.upper()), escape="\\"),
                                    Sku.name.like("%" + _like_escape(text) + "%", escape="\\")))
        page_ids = ids.order_by(Sku.code).limit(page_size + 1).subquery()
        rows = uow.session.execute(_sku_select().join(page_ids, page_ids.c.id == Sku.id).order_by(Sku.code)).all()
        more = len(rows) > page_size
        rows = rows[:page_size]
        return Page(SkuRecord.columns(), tuple(_sku_wire(r) for r in rows),
                    encode_cursor((rows[-1][1],)) if more else "")

    @verb("catalog.write", writes=True)
    def create_sku(self, uow: UnitOfWork, *, product_id: int, code: str, list_price: str, cost: str = "0",
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
        resolved = _resolve(uow, product, {a: (v,) for a, v in values}, "values")
        chosen = [resolved[a][v] for a, v in values]
        key = _variant_key(chosen)
        self._check_free(uow, product, code, key, barcode)
        sku = Sku(product_id=product.id, code=code, barcode=barcode or None, variant_key=key, list_price=price,
                  cost=unit_cost, weight_g=weight_g, status="draft",
                  name=" ".join([product.name, *[v.name for v in chosen]]).strip()[:255])
        uow.session.add(sku)
        flush_unique(uow.session, "code", Text("The SKU code {code} is taken.", code=code))
        search_index.reindex(uow.session, [sku.id])
        uow.audit("sku", sku.id, diff({}, {"code": code, "variant": key, "list_price": str(price),
                                           "cost": str(unit_cost), "barcode": barcode}))
        return _one_sku(uow, sku.id)

    @staticmethod
    def _check_free(uow: UnitOfWork, product: Product, code: str, key: str, barcode: str) -> None:
        if uow.session.scalar(select(Sku.id).where(Sku.code == code)) is not None:
            raise DomainError(E_DUPLICATE, Text("The SKU code {code} is taken.", code=code), "code")
        if uow.session.scalar(select(Sku.id).where(Sku.product_id == product.id, Sku.variant_key == key)):
            raise DomainError(E_DUPLICATE, Text("This product already has a SKU with these attribute values."), "values")
        if barcode and uow.session.scalar(select(Sku.id).where(Sku.barcode == barcode)) is not None:
            raise DomainError(E_DUPLICATE, Text("The barcode {barcode} belongs to another SKU.",
                                                barcode=barcode), "barcode")

    @verb("catalog.write", writes=True)
    def update_sku(self, uow: UnitOfWork, *, sku_id: int, version: int, list_price: str, cost: str, barcode: str,
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
        return _one_sku(uow, sku.id)

    # ---- site search ----------------------------------------------------------------------------------
    @verb("catalog.read")
    def search(self, uow: UnitOfWork, *, query: str, category_id: int = 0, brand_id: int = 0, min_price: str = "",
               max_price: str = "", on_sale_only: bool = True, in_stock_only: bool = False,
               channel: str = "backoffice", cursor: str = "", page_size: int = 50) -> Page:
        """Site search: SKUs whose code, barcode, names, brand or category hold every word, best first.

        Chinese is matched by characters and character pairs, other words by prefix. Every first-page query
        is logged with its hit count (the search report and the no-result list).
        """
        groups = query_groups(query, lambda word: _synonyms_of(uow, word))
        if not groups:
            raise DomainError(E_VALIDATION, Text("Type a word, a code or a name to look for."), "query")
        check_page_size(page_size)
        offset = int(decode_cursor(cursor, 1)[0]) if cursor else 0
        if offset < 0 or offset > MAX_SEARCH_RESULTS:
            raise DomainError(E_VALIDATION, Text("Only the best {most} results are listed.",
                                                 most=MAX_SEARCH_RESULTS), "cursor")
        # the best candidates by relevance, over-fetched so that filters still leave a full list
        hits = full_text.matching_skus(uow.session, groups, SEARCH_CANDIDATES)
        stmt = (select(Sku.id).join(hits, hits.c.sku_id == Sku.id).join(Product, Product.id == Sku.product_id)
                .order_by(hits.c.score.desc(), Sku.code))
        if category_id:
            stmt = stmt.where(Product.category_id.in_(_subtree_ids(uow, _category(uow, category_id))))
        if brand_id:
            stmt = stmt.where(Product.brand_id == brand_id)
        if min_price.strip():
            stmt = stmt.where(Sku.list_price >= parse_money(min_price, "min_price", "Lowest price"))
        if max_price.strip():
            stmt = stmt.where(Sku.list_price <= parse_money(max_price, "max_price", "Highest price"))
        if on_sale_only:
            stmt = stmt.where(Sku.status == "on_sale", Product.status == "on_sale")
        if in_stock_only:       # available (on hand less reserved) somewhere
            stmt = stmt.where(select(StockLevel.sku_id).where(StockLevel.sku_id == Sku.id,
                                                              StockLevel.on_hand > StockLevel.reserved).exists())
        limit = min(page_size, MAX_SEARCH_RESULTS - offset)
        if not cursor:     # the first page also counts the hits for the log: one full-text query for both
            ranked = list(uow.session.scalars(stmt.limit(MAX_SEARCH_RESULTS + 1)))
            uow.session.add(SearchLog(query=query.strip()[:255], hits=len(ranked), channel=channel.strip()[:64],
                                      username=self._ctx.state.username))
            ids = ranked[:limit + 1]
        else:
            ids = list(uow.session.scalars(stmt.offset(offset).limit(limit + 1)))
        more = len(ids) > limit
        ids = ids[:limit]
        # by primary key, in the order written (MariaDB's estimates can start from the category table instead)
        rows = {r[0]: r for r in uow.session.execute(_sku_select().where(Sku.id.in_(ids or [0]))
                                                     .prefix_with("STRAIGHT_JOIN", dialect="mysql"))}
        return Page(SkuRecord.columns(), tuple(_sku_wire(rows[i]) for i in ids),
                    encode_cursor((offset + limit,)) if more else "")

    @verb("catalog.read")
    def suggest(self, uow: UnitOfWork, *, prefix: str, limit: int = 10) -> tuple:
        """Product names for what has been typed so far (the last word may be incomplete)."""
        terms = query_terms(prefix)
        if not terms:
            return ()
        if not 1 <= limit <= 50:
            raise DomainError(E_VALIDATION, Text("Between 1 and 50 suggestions."), "limit")
        hits = full_text.matching_skus(uow.session, [[[t]] for t in terms], limit * 20)
        names = uow.session.scalars(
            select(Product.name).join(Sku, Sku.product_id == Product.id).join(hits, hits.c.sku_id == Sku.id)
            .where(Product.status == "on_sale").order_by(hits.c.score.desc(), Product.name).limit(limit * 20))
        return tuple(dict.fromkeys(names))[:limit]   # best first, each name once

    @verb("catalog.read")
    def similar_skus(self, uow: UnitOfWork, *, sku_id: int, limit: int = 10) -> tuple:
        """SKUs of other products on sale in the same category, nearest in price first."""
        sku = validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")
        if not 1 <= limit <= 50:
            raise DomainError(E_VALIDATION, Text("Between 1 and 50 similar items."), "limit")
        product = uow.session.get(Product, sku.product_id)
        low, high = sku.list_price * Decimal("0.6"), sku.list_price * Decimal("1.4")
        rows = uow.session.execute(
            _sku_select().where(Product.category_id == product.category_id, Product.id != product.id,
                                Sku.status == "on_sale", Product.status == "on_sale",
                                Sku.list_price.between(round_money(low), round_money(high)))
            .order_by(func.abs(Sku.list_price - sku.list_price), Sku.code).limit(limit)).all()
        return tuple(SkuRecord.from_wire(_sku_wire(r)) for r in rows)

    @verb("catalog.read")
    def list_search_log(self, uow: UnitOfWork, *, no_results_only: bool = False, cursor: str = "",
                        page_size: int = 200) -> Page:
        """Recent searches, newest first; with no_results_only, the queries that found nothing."""
        stmt = select(SearchLog)
        if no_results_only:
            stmt = stmt.where(SearchLog.hits == 0)
        return keyset_page(uow.session, stmt, [(SearchLog.id, True)], cursor=cursor, page_size=page_size,
                           columns=SearchLogRecord.columns(),
                           row_to_wire=lambda r: SearchLogRecord(r[0].id, r[0].at, r[0].query, r[0].hits,
                                                                 r[0].channel, r[0].username).to_wire(),
                           key_of=lambda r: (r[0].id,))

    # ---- bulk import ------------------------------------------------------------------------------------
    @verb("catalog.write")
    def check_sku_import(self, uow: UnitOfWork, *, rows: tuple[tuple[str, ...], ...]) -> ImportReport:
        """Check a file's rows (header first) without changing anything: what it would do, and every problem."""
        return plan_import(uow, rows).report()

    @verb("catalog.write", writes=True, idempotent=True)
    def import_skus(self, uow: UnitOfWork, *, rows: tuple[tuple[str, ...], ...], request_id: str) -> ImportReport:
        """Create and update SKUs (and new products) from a file's rows, only when every row is valid."""
        plan = plan_import(uow, rows)
        if plan.issues:
            raise DomainError(E_VALIDATION, Text("{count} problem(s) in the file; nothing was "
                                                 "imported. Check the file first.",
                                                 count=len(plan.issues)), "rows")
        touched = apply_import(uow, plan)
        search_index.reindex(uow.session, touched)
        uow.audit("sku_import", request_id, {"rows": [0, plan.rows], "created": [0, len(plan.creates)],
                                            "updated": [0, len(plan.updates)],
                                            "new_products": [0, len(plan.new_products)]})
        return plan.report()

    # ---- batch generation ---------------------------------------------------------------------------------
    def _plan(self, uow: UnitOfWork, product_id: int, axes: tuple[tuple[str, tuple[str, ...]], ...],
              code_pattern: str, base_price: str,
              surcharges: tuple[tuple[str, str, str], ...]) -> tuple[Product, list[tuple]]:
        product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                                 "product_id")
        if not axes:
            raise DomainError(E_VALIDATION, Text("Choose at least one attribute and its values."), "axes")
        pattern = validate.text(code_pattern, "code_pattern", "Code pattern", max_length=64)
        if not re.fullmatch(r"[A-Za-z0-9_.{}:-]+", pattern):
            raise DomainError(E_VALIDATION, Text("A code pattern has letters, digits, '-', '_', '.' and "
                                                 "{{tokens}}."),
                              "code_pattern")
        base = parse_money(base_price, "base_price", "Base price")
        extra: dict[tuple[str, str], Decimal] = {}
        for attr_code, value_code, amount in surcharges:
            extra[(attr_code, value_code)] = parse_money(amount, "surcharges", "Surcharge", allow_negative=True)
        if len({a for a, _ in axes}) != len(axes):
            raise DomainError(E_VALIDATION, Text("An attribute appears twice among the axes."), "axes")
        for attr_code, value_codes in axes:
            if not value_codes:
                raise DomainError(E_VALIDATION, Text("Choose at least one value of {attribute}.",
                                                     attribute=attr_code), "axes")
            if len(set(value_codes)) != len(value_codes):
                raise DomainError(E_VALIDATION, Text("A value of {attribute} appears twice.",
                                                     attribute=attr_code), "axes")
        unknown = [k for k in extra if not any(k[0] == a and k[1] in vs for a, vs in axes)]
        if unknown:
            raise DomainError(E_VALIDATION, Text("A surcharge names {attribute}={value}, which is "
                                                 "not among the chosen values.",
                                                 attribute=unknown[0][0], value=unknown[0][1]), "surcharges")
        total = 1
        for _a, vs in axes:
            total *= len(vs)
        if total > MAX_BATCH:
            raise DomainError(E_VALIDATION, Text("{total} combinations; at most {most} at once.",
                                                 total=total, most=MAX_BATCH), "axes")
        resolved = _resolve(uow, product, dict(axes), "axes")
        existing_keys = set(uow.session.scalars(select(Sku.variant_key).where(Sku.product_id == product.id)))
        plan = []
        codes: dict[str, str] = {}
        for seq, combo in enumerate(itertools.product(*[[resolved[a][v] for v in vs] for a, vs in axes]), 1):
            chosen = list(combo)
            key = _variant_key(chosen)
            code = _render_code(pattern, product, chosen, seq)
            if not re.fullmatch(r"[A-Z0-9][A-Z0-9_.-]{1,63}", code):
                raise DomainError(E_VALIDATION, Text("The pattern gives the code '{code}', which is not a "
                                                     "valid SKU code.",
                                                     code=code), "code_pattern")
            if code in codes:
                raise DomainError(E_VALIDATION, Text("The pattern gives {code} to both {first} and "
                                                     "{second}; add the missing attributes or {{n}} to it.",
                                                     code=code, first=codes[code], second=key), "code_pattern")
            codes[code] = key
            price = round_money(base + sum((extra.get((v.attribute.code, v.code), Decimal(0)) for v in chosen),
                                           Decimal(0)))
            if price <= 0:
                raise DomainError(E_VALIDATION, Text("{key} would cost {price}; prices must stay above zero.",
                                                     key=key, price=price),
                                  "surcharges")
            name = " ".join([product.name, *[v.name for v in chosen]]).strip()[:255]
            plan.append((code, name, key, price, key in existing_keys))
        taken = set(uow.session.scalars(select(Sku.code).where(Sku.code.in_([p[0] for p in plan if not p[4]]))))
        if taken:
            raise DomainError(E_DUPLICATE, Text("{count} code(s) are taken by other SKUs, e.g. "
                                                "{example}.",
                                                count=len(taken), example=min(taken)),
                              "code_pattern")
        return product, plan

    @verb("catalog.write")
    def preview_sku_batch(self, uow: UnitOfWork, *, product_id: int, axes: tuple[tuple[str, tuple[str, ...]], ...],
                          code_pattern: str, base_price: str,
                          surcharges: tuple[tuple[str, str, str], ...] = ()) -> tuple:
        """Every combination the batch would create, with code, name and price; existing ones are marked."""
        _product, plan = self._plan(uow, product_id, axes, code_pattern, base_price, surcharges)
        return tuple(BatchRow(code, name, key, price, exists) for code, name, key, price, exists in plan)

    @verb("catalog.write", writes=True, idempotent=True)
    def generate_sku_batch(self, uow: UnitOfWork, *, product_id: int,
                           axes: tuple[tuple[str, tuple[str, ...]], ...], code_pattern: str, base_price: str,
                           surcharges: tuple[tuple[str, str, str], ...] = (), cost: str = "0",
                           weight_g: int = 0, internal_barcodes: bool = False, request_id: str) -> int:
        """Create the SKUs of every new combination in one transaction; returns how many were created."""
        product, plan = self._plan(uow, product_id, axes, code_pattern, base_price, surcharges)
        unit_cost = parse_money(cost, "cost", "Cost")
        if not 0 <= weight_g <= 1_000_000:
            raise DomainError(E_VALIDATION, Text("The weight is in grams, from 0 to 1,000,000."), "weight_g")
        new = [p for p in plan if not p[4]]
        if not new:
            raise DomainError(E_CONFLICT, Text("Every combination exists already; nothing to create."), "axes")
        barcodes = _next_internal_barcodes(uow, len(new)) if internal_barcodes else [None] * len(new)
        try:
            uow.session.execute(Sku.__table__.insert(), [
                {"product_id": product.id, "code": code, "barcode": bc, "name": name, "variant_key": key,
                 "list_price": price, "cost": unit_cost, "weight_g": weight_g, "status": "draft", "version": 1}
                for (code, name, key, price, _e), bc in zip(new, barcodes)])
        except IntegrityError:
            raise DomainError(E_CONFLICT, Text("Another user created some of these SKUs or barcodes "
                                               "meanwhile; preview again."), "code_pattern") from None
        search_index.reindex(uow.session, uow.session.scalars(select(Sku.id).where(Sku.code.in_([p[0] for p in new]))))
        product.version += 1
        uow.audit("product", product.id, {"skus_created": [0, len(new)], "first_code": [None, new[0][0]],
                                          "last_code": [None, new[-1][0]]})
        return len(new)

    # ---- search synonyms ------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_synonyms(self, uow: UnitOfWork, *, search: str = "", cursor: str = "", page_size: int = 200) -> Page:
        """Synonym groups, newest first; `search` finds the groups holding a word."""
        stmt = select(SearchSynonym)
        if search.strip():
            stmt = stmt.where(SearchSynonym.words.like("%" + _like_escape(search.strip().lower()[:64]) + "%",
                                                       escape="\\"))
        return keyset_page(uow.session, stmt, [(SearchSynonym.id, True)], cursor=cursor, page_size=page_size,
                           columns=SynonymRecord.columns(), row_to_wire=lambda r: _synonym_record(r[0]).to_wire(),
                           key_of=lambda r: (r[0].id,))

    @verb("catalog.write", writes=True)
    def save_synonym(self, uow: UnitOfWork, *, synonym_id: int = 0, version: int = 0, words: str) -> SynonymRecord:
        """Create a synonym group (id 0) or replace the words of one: 'T恤, tee, t-shirt'. A word belongs to one
        group only, so that a search never depends on which group it found first."""
        wanted = synonym_words(words)
        group = None
        if synonym_id:
            group = validate.found(uow.session.get(SearchSynonym, synonym_id, with_for_update=True),
                                   "This synonym group", "synonym_id")
            validate.version(group, version, "This synonym group")
        for word in wanted:
            other = uow.session.scalar(select(SearchSynonym.id).where(
                SearchSynonym.words.like("%," + _like_escape(word) + ",%", escape="\\"),
                SearchSynonym.id != synonym_id))
            if other is not None:
                raise DomainError(E_DUPLICATE, Text("'{word}' is already in another synonym group.", word=word), "words")
        stored = "," + ",".join(wanted) + ","
        if group is None:
            group = SearchSynonym(words=stored, version=1)
            uow.session.add(group)
            uow.session.flush()
            uow.audit("search_synonym", group.id, {"words": [None, stored.strip(",")]})
        else:
            uow.audit("search_synonym", group.id, {"words": [group.words.strip(","), stored.strip(",")]})
            group.words = stored
            group.version += 1
        return _synonym_record(group)

    @verb("catalog.write", writes=True)
    def delete_synonym(self, uow: UnitOfWork, *, synonym_id: int, version: int) -> None:
        """Remove a synonym group."""
        group = validate.found(uow.session.get(SearchSynonym, synonym_id, with_for_update=True),
                               "This synonym group", "synonym_id")
        validate.version(group, version, "This synonym group")
        uow.audit("search_synonym", group.id, {"words": [group.words.strip(","), None]})
        uow.session.delete(group)

    # ---- product images ----------------------------------------------------------------------------------
    @verb("catalog.read")
    def list_product_images(self, uow: UnitOfWork, *, product_id: int) -> tuple:
        """A product's pictures in their order, each with its thumbnail (the full picture: get_product_image)."""
        validate.found(uow.session.get(Product, product_id), "This product", "product_id")
        rows = uow.session.execute(select(ProductImage, func.length(ProductImage.data))
                                   .where(ProductImage.product_id == product_id)
                                   .order_by(ProductImage.position, ProductImage.id)).all()
        return tuple(_image_record(img, size).to_wire() for img, size in rows)

    @verb("catalog.read")
    def get_product_image(self, uow: UnitOfWork, *, image_id: int) -> bytes:
        """One picture as it was uploaded."""
        img = validate.found(uow.session.get(ProductImage, image_id), "This picture", "image_id")
        return img.data

    @verb("catalog.write", writes=True)
    def add_product_image(self, uow: UnitOfWork, *, product_id: int, data: bytes) -> ImageRecord:
        """Store a JPEG, PNG or WebP picture (at most 8 MB) after the product's others, with a thumbnail."""
        product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                                 "product_id")
        kind, width, height, digest, thumbnail = read_image(data)
        if uow.session.scalar(select(ProductImage.id).where(ProductImage.product_id == product.id,
                                                            ProductImage.sha256 == digest)) is not None:
            raise DomainError(E_DUPLICATE, Text("This product already has this picture."), "data")
        position = (uow.session.scalar(select(func.max(ProductImage.position))
                                       .where(ProductImage.product_id == product.id)) or 0) + 1
        img = ProductImage(product_id=product.id, position=position, content_type=kind, width=width, height=height,
                           sha256=digest, data=data, thumbnail=thumbnail)
        uow.session.add(img)
        uow.session.flush()
        uow.audit("product", product.id, {"image": [None, f"{img.id} {kind} {width}x{height}"]})
        return _image_record(img, len(data))

    @verb("catalog.write", writes=True)
    def delete_product_image(self, uow: UnitOfWork, *, image_id: int) -> None:
        """Remove a picture."""
        img = validate.found(uow.session.get(ProductImage, image_id, with_for_update=True), "This picture",
                             "image_id")
        uow.audit("product", img.product_id, {"image": [f"{img.id} {img.content_type}", None]})
        uow.session.delete(img)
