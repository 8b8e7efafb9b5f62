"""Keeping the search tokens of SKUs current, and the site search itself (relevance, filters, query log)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from data_tier.catalog import Brand, Category, Product, Sku, SkuSearch
from middle_tier.catalog.search_text import index_tokens

CHUNK = 500


def _category_names(session: Session) -> dict[int, str]:
    """Each category's names from the top down ('食品 Food 茶叶 Tea'), so a SKU is found by any of them."""
    cats = {c.id: c for c in session.scalars(select(Category))}
    return {cid: " ".join(cats[int(x)].name for x in c.path.strip("/").split("/") if int(x) in cats)
            for cid, c in cats.items()}


def reindex(session: Session, sku_ids: Iterable[int] | None = None, *,
            progress: Callable[[int, int], None] | None = None) -> int:
    """Write the search tokens of the given SKUs (all when None) from code, barcode, names, brand, categories."""
    names = _category_names(session)
    brands = dict(session.execute(select(Brand.id, Brand.name)).all())
    if sku_ids is None:
        ids = list(session.scalars(select(Sku.id).order_by(Sku.id)))
    else:
        ids = sorted(set(sku_ids))
    done = 0
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        rows = session.execute(
            select(Sku.id, Sku.code, Sku.barcode, Sku.name, Product.code, Product.name, Product.brand_id,
                   Product.category_id).join(Product, Product.id == Sku.product_id).where(Sku.id.in_(part))).all()
        session.execute(delete(SkuSearch).where(SkuSearch.sku_id.in_(part)))
        if rows:
            session.execute(insert(SkuSearch), [
                {"sku_id": r[0], "tokens": index_tokens(r[1], r[2] or "", r[3], r[4], r[5], brands.get(r[6], ""),
                                                        names.get(r[7], ""))} for r in rows])
        done += len(part)
        if progress is not None:
            progress(done, len(ids))
    return done


def skus_of_products(session: Session, product_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(product_ids))
    out: list[int] = []
    for i in range(0, len(ids), CHUNK):
        out.extend(session.scalars(select(Sku.id).where(Sku.product_id.in_(ids[i:i + CHUNK]))))
    return out


def skus_of_categories(session: Session, category_ids: Iterable[int]) -> list[int]:
    products = session.scalars(select(Product.id).where(Product.category_id.in_(list(category_ids))))
    return skus_of_products(session, products)


def skus_of_brand(session: Session, brand_id: int) -> list[int]:
    return skus_of_products(session, session.scalars(select(Product.id).where(Product.brand_id == brand_id)))
