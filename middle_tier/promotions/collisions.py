"""Collisions: live promotions that cannot run beside this one on some item because one of them is exclusive."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select

from data_tier.catalog import Category, Product, Sku
from data_tier.promotions import Promotion
from middle_tier.contract.promotions import SCOPE_KINDS, Collision
from middle_tier.core.uow import UnitOfWork
from middle_tier.promotions.scopes import scope_rows


class _Facts:
    """What one scope entry covers, to tell whether two scopes can meet on some item."""

    def __init__(self, uow: UnitOfWork, kind: str, ref: int) -> None:
        self.kind, self.ref = kind, ref
        self.product = self.brand = None
        self.paths: list[str] = []
        if kind == "sku":
            sku = uow.session.get(Sku, ref)
            product = uow.session.get(Product, sku.product_id) if sku else None
        elif kind == "product":
            product = uow.session.get(Product, ref)
        else:
            product = None
        if product is not None:
            self.product, self.brand = product.id, product.brand_id
            self.paths = [uow.session.get(Category, product.category_id).path]
        if kind == "category":
            category = uow.session.get(Category, ref)
            self.paths = [category.path] if category else []
        if kind == "brand":
            self.brand = ref

    def meets(self, other: _Facts) -> bool:
        a, b = (self, other) if SCOPE_KINDS.index(self.kind) <= SCOPE_KINDS.index(other.kind) else (other, self)
        if a.kind == b.kind and a.kind in ("sku", "product", "brand"):
            return a.ref == b.ref
        if a.kind == "sku" and b.kind == "product":
            return a.product == b.ref
        if b.kind == "brand":
            return a.kind == "category" or a.brand == b.ref     # a category may hold the brand's products
        # b is a category: a sku/product inside it, or a category above or below it
        return any(p.startswith(q) or q.startswith(p) for p in a.paths for q in b.paths)


def _windows_overlap(a: Promotion, b: Promotion) -> bool:
    far_past, far_future = dt.datetime.min, dt.datetime.max
    return (a.starts or far_past) < (b.ends or far_future) and (b.starts or far_past) < (a.ends or far_future)


def collisions_of(uow: UnitOfWork, promo: Promotion, scope: list[tuple[str, int]]) -> tuple[Collision, ...]:
    """Other live promotions of the same stage, dates and items that cannot run together with this one because
    one of them is exclusive (same exclusion group, or "stop further")."""
    if promo.is_template:
        return ()
    stmt = select(Promotion).where(Promotion.id != promo.id, Promotion.is_template.is_(False),
                                   Promotion.stage == promo.stage, Promotion.status.in_(("draft", "active", "paused")))
    if not promo.stop_further:      # then only the others' exclusivity matters
        same_group = and_(Promotion.exclusion_group != "", Promotion.exclusion_group == promo.exclusion_group)
        stmt = stmt.where(or_(Promotion.stop_further.is_(True), same_group))
    others = uow.session.scalars(stmt.order_by(Promotion.id).limit(200)).all()
    mine = [_Facts(uow, k, r) for k, r in scope]
    scopes = scope_rows(uow, [o.id for o in others])
    out = []
    for other in others:
        if not _windows_overlap(promo, other):
            continue
        theirs = [_Facts(uow, k, r) for k, r in scopes[other.id]]
        if mine and theirs and not any(m.meets(t) for m in mine for t in theirs):
            continue
        why = "same_group" if promo.exclusion_group and other.exclusion_group == promo.exclusion_group \
            else "stop_further"
        out.append(Collision(other.id, other.code, other.name, why))
    return tuple(out)
