"""Collisions: live promotions that cannot run beside this one, decided by the pricing engine's own rules.

Two promotions of one stage whose dates, channels and member levels can meet collide when the engine would not
apply both: they share an exclusion group, they do not combine (neither names the other, or not both stackable),
or the one that ranks first stops further promotions. At the item stages they collide only on the SKUs both cover
(unless one is exclusive for the whole order): each such SKU is priced alone, one unit at its list price, with the
two promotions, to say on how many SKUs this one loses (the other applies) and on how many it wins. At the other
stages they collide in any cart that holds both, and the one that saves the cart more applies.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, or_, select, true

from data_tier.catalog import Category, Product, Sku
from data_tier.promotions import Promotion
from middle_tier.contract.promotions import COLLISION_SKU_LIMIT, ITEM_STAGES, Collision
from middle_tier.core.uow import UnitOfWork
from middle_tier.promotions import engine
from middle_tier.promotions.pricing import engine_promotion
from middle_tier.promotions.scopes import scope_rows

NEW_ID = 2**31 - 1     # a promotion not saved yet: it will get a larger id than any saved one (ties go to lower ids)
MAX_OTHERS = 200


def _windows_overlap(a: Promotion, b: Promotion) -> bool:
    far_past, far_future = dt.datetime.min, dt.datetime.max
    return (a.starts or far_past) < (b.ends or far_future) and (b.starts or far_past) < (a.ends or far_future)


def _can_meet(a: str, b: str) -> bool:
    """Two comma-separated restrictions ('' = none) that some order satisfies both."""
    left, right = {x for x in a.split(",") if x}, {x for x in b.split(",") if x}
    return not left or not right or bool(left & right)


def _rules(p: Promotion, scope: list[tuple[str, int]], pid: int) -> engine.Promotion:
    """The engine's promotion for a collision check: its offer and stacking, without dates, audience and limits
    (those are checked apart, or do not decide who excludes whom)."""
    rules = engine_promotion(p, scope, customer_uses=0, gift_value=Decimal(0))
    rules.id = pid
    rules.starts = rules.ends = rules.uses_left = rules.budget_left = None
    rules.channels = rules.member_levels = frozenset()
    return rules


def _scope_filter(scope: list[tuple[str, int]], paths: dict[int, str]) -> ColumnElement[bool]:
    """The SKUs a scope covers, as a condition on Sku joined with its Product and Category."""
    if not scope:
        return true()
    refs: dict[str, list[int]] = {}
    for kind, ref in scope:
        refs.setdefault(kind, []).append(ref)
    parts: list[ColumnElement[bool]] = []
    if refs.get("sku"):
        parts.append(Sku.id.in_(refs["sku"]))
    if refs.get("product"):
        parts.append(Sku.product_id.in_(refs["product"]))
    if refs.get("brand"):
        parts.append(Product.brand_id.in_(refs["brand"]))
    parts += [Category.path.like(paths[c] + "%") for c in refs.get("category", []) if c in paths]
    return or_(*parts) if parts else Sku.id.in_([0])


def _why(mine: engine.Promotion, theirs: engine.Promotion) -> str:
    if mine.exclusion_group and mine.exclusion_group == theirs.exclusion_group:
        return "same_group"
    if not engine.compatible(mine, theirs):
        return "no_combine"
    return "stop_further"


def collisions_of(uow: UnitOfWork, promo: Promotion, scope: list[tuple[str, int]], *,
                  promo_id: int | None = None) -> tuple[Collision, ...]:
    """Other live promotions of the same stage that cannot run beside `promo` (saved, or as it would be saved:
    then `promo_id` is its id, 0 for a new one), with the SKUs where they meet."""
    if promo.is_template:
        return ()
    pid = promo.id if promo_id is None else promo_id
    stmt = select(Promotion).where(Promotion.id != pid, Promotion.is_template.is_(False),
                                   Promotion.stage == promo.stage, Promotion.status.in_(("draft", "active", "paused")))
    others = [o for o in uow.session.scalars(stmt.order_by(Promotion.id).limit(MAX_OTHERS))
              if _windows_overlap(promo, o) and _can_meet(promo.channels, o.channels)
              and _can_meet(promo.member_levels, o.member_levels)]
    if not others:
        return ()
    scopes = scope_rows(uow, [o.id for o in others])
    mine = _rules(promo, scope, pid or NEW_ID)
    wanted = {ref for kind, ref in scope if kind == "category"} | {
        ref for o in others for kind, ref in scopes[o.id] if kind == "category"}
    paths = dict(uow.session.execute(select(Category.id, Category.path).where(Category.id.in_(wanted or {0}))).all())
    out = []
    for other in others:
        theirs = _rules(other, scopes[other.id], other.id)
        first = min(mine, theirs, key=lambda p: (p.priority, p.id))
        if engine.compatible(mine, theirs) and not first.stop_further:
            continue                       # the engine applies both wherever they meet
        per_line = promo.stage in ITEM_STAGES and not (mine.order_exclusive or theirs.order_exclusive)
        rows = uow.session.execute(
            select(Sku.id, Sku.list_price, Sku.product_id, Product.brand_id, Category.path)
            .join(Product, Product.id == Sku.product_id).join(Category, Category.id == Product.category_id)
            .where(Sku.status == "on_sale", and_(_scope_filter(scope, paths), _scope_filter(scopes[other.id], paths)))
            .order_by(Sku.id).limit(COLLISION_SKU_LIMIT + 1)).all()
        if per_line and not rows:
            continue                       # they never touch one line
        more = len(rows) > COLLISION_SKU_LIMIT
        rows = rows[:COLLISION_SKU_LIMIT]
        lost = won = 0
        if per_line:
            outcome: dict[Decimal, frozenset[int]] = {}     # both cover the SKU: only its price decides
            for sku_id, price, product_id, brand_id, path in rows:
                if price not in outcome:
                    cats = frozenset(int(x) for x in path.strip("/").split("/"))
                    line = engine.Line(1, sku_id, product_id, cats, brand_id or 0, 1, price)
                    outcome[price] = frozenset(engine.price_cart([line], [mine, theirs],
                                                                 now=dt.datetime(2000, 1, 1)).applied)
                lost += outcome[price] == {theirs.id}
                won += outcome[price] == {mine.id}
        out.append(Collision(other.id, other.code, other.name, _why(mine, theirs), len(rows), lost, won, more,
                             per_line))
    return tuple(out)
