"""Brands."""
from __future__ import annotations

from sqlalchemy import or_, select

from data_tier.catalog import Brand
from middle_tier.catalog import search_index
from middle_tier.contract import E_DUPLICATE, DomainError, Page, Text
from middle_tier.contract.catalog import BrandRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb


@verb("catalog.read")
def list_brands(uow: UnitOfWork, *, search: str = "", include_retired: bool = True, cursor: str = "",
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


@verb("catalog.write", label="Create a brand", writes=True)
def create_brand(uow: UnitOfWork, *, code: str, name: str) -> BrandRecord:
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


@verb("catalog.write", label="Change a brand", writes=True)
def update_brand(uow: UnitOfWork, *, brand_id: int, version: int, name: str, active: bool) -> BrandRecord:
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
