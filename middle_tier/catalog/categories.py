"""The category tree: codes, order among siblings, moves with the subtree, retirement, bound attributes."""
from __future__ import annotations

from sqlalchemy import func, select, update

from data_tier.catalog import Attribute, Category, CategoryAttribute, Product
from middle_tier.catalog import search_index
from middle_tier.catalog.records import active_category, category_record, get_category, subtree_ids
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import CategoryRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb

MAX_DEPTH = 8


@verb("catalog.read")
def list_categories(uow: UnitOfWork, *, cursor: str = "", page_size: int = 500) -> Page:
    """The category tree, parents before children, siblings in their order."""
    return keyset_page(uow.session, select(Category), [(Category.path, False)], cursor=cursor,
                       page_size=page_size, columns=CategoryRecord.columns(),
                       row_to_wire=lambda r: category_record(uow, r[0]).to_wire(),
                       key_of=lambda r: (r[0].path,))


@verb("catalog.write", label="Create a category", writes=True)
def create_category(uow: UnitOfWork, *, code: str, name: str, parent_id: int = 0) -> CategoryRecord:
    """Add a category at the end of its parent's children (parent 0: top level)."""
    code = validate.code(code, "code", "Category code")
    name = validate.text(name, "name", "Category name", max_length=128)
    parent = active_category(uow, parent_id) if parent_id else None
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
    return category_record(uow, category)


@verb("catalog.write", label="Change a category", writes=True)
def update_category(uow: UnitOfWork, *, category_id: int, version: int, name: str) -> CategoryRecord:
    """Rename a category."""
    category = get_category(uow, category_id, lock=True)
    validate.version(category, version, "This category")
    before = {"name": category.name}
    category.name = validate.text(name, "name", "Category name", max_length=128)
    changes = diff(before, {"name": category.name})
    if changes:
        category.version += 1
        uow.session.flush()
        search_index.reindex(uow.session, search_index.skus_of_categories(uow.session, subtree_ids(uow, category)))
    uow.audit("category", category.id, changes)
    return category_record(uow, category)


@verb("catalog.write", label="Move a category", writes=True)
def move_category(uow: UnitOfWork, *, category_id: int, version: int, parent_id: int,
                  position: int) -> CategoryRecord:
    """Move a category (with its subtree) under another parent (0: top level) at a position (1 = first)."""
    category = get_category(uow, category_id, lock=True)
    validate.version(category, version, "This category")
    parent = get_category(uow, parent_id, "parent_id") if parent_id else None
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
        search_index.reindex(uow.session, search_index.skus_of_categories(uow.session, subtree_ids(uow, category)))
    uow.audit("category", category.id, {**diff(before, {"parent_id": parent_id}),
                                        "position": [None, position]})
    return category_record(uow, category)


@verb("catalog.write", label="Switch a category on or off", writes=True)
def set_category_active(uow: UnitOfWork, *, category_id: int, version: int,
                        active: bool) -> CategoryRecord:
    """Retire a category with its whole subtree, or bring one back (its parent must be active)."""
    category = get_category(uow, category_id, lock=True)
    validate.version(category, version, "This category")
    if active and category.parent_id and not uow.session.get(Category, category.parent_id).is_active:
        raise DomainError(E_CONFLICT, Text("Its parent category is retired; reactivate that first."), "active")
    ids = subtree_ids(uow, category) if not active else [category.id]
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
    return category_record(uow, category)


@verb("catalog.write", label="Set a category's attributes", writes=True)
def set_category_attributes(uow: UnitOfWork, *, category_id: int, version: int,
                            attributes: tuple[str, ...]) -> CategoryRecord:
    """Bind the attributes products of this category (and below) vary by."""
    category = get_category(uow, category_id, lock=True)
    validate.version(category, version, "This category")
    wanted = sorted(set(attributes))
    found = {a.code: a for a in uow.session.scalars(select(Attribute).where(Attribute.code.in_(wanted)))}
    missing = [c for c in wanted if c not in found]
    if missing:
        raise DomainError(E_VALIDATION, Text("Unknown attribute: {missing}.",
                                             missing=', '.join(missing)), "attributes")
    before = category_record(uow, category).attributes
    uow.session.query(CategoryAttribute).filter(CategoryAttribute.category_id == category.id).delete()
    for code in wanted:
        uow.session.add(CategoryAttribute(category_id=category.id, attribute_id=found[code].id))
    uow.session.flush()
    changes = diff({"attributes": before}, {"attributes": tuple(wanted)})
    if changes:
        category.version += 1
    uow.audit("category", category.id, changes)
    return category_record(uow, category)
