"""A promotion as the client sees it: its record with scope, coupon counts and collisions, and its summary row."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Sku
from data_tier.promotions import Coupon, Promotion
from middle_tier.contract.promotions import PromotionRecord, PromotionRef, PromotionSummary
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork
from middle_tier.promotions.collisions import collisions_of
from middle_tier.promotions.scopes import ids_of, scope_items, scope_rows


def promotion_refs(uow: UnitOfWork, ids: tuple[int, ...]) -> tuple[PromotionRef, ...]:
    """Promotions named by id, in id order (a promotion deleted meanwhile is left out)."""
    if not ids:
        return ()
    rows = uow.session.execute(select(Promotion.id, Promotion.code, Promotion.name).where(Promotion.id.in_(ids))
                               .order_by(Promotion.id)).all()
    return tuple(PromotionRef(*row) for row in rows)


def promotion_record(uow: UnitOfWork, p: Promotion) -> PromotionRecord:
    scope = scope_rows(uow, [p.id])[p.id]
    counts = dict(uow.session.execute(select(Coupon.state, func.count()).where(Coupon.promotion_id == p.id)
                                      .group_by(Coupon.state)).all())
    gift = uow.session.get(Sku, p.gift_sku_id) if p.gift_sku_id else None
    return PromotionRecord(
        id=p.id, code=p.code, name=p.name, description=p.description, is_template=p.is_template, status=p.status,
        stage=p.stage, kind=p.kind, percent=p.percent, amount=p.amount, fixed_price=p.fixed_price, buy=p.buy,
        get=p.get, threshold=p.threshold, repeat=p.repeat, cap=p.cap, gift_sku_code=gift.code if gift else "",
        gift_qty=p.gift_qty, exclusion_group=p.exclusion_group, priority=p.priority, stop_further=p.stop_further,
        stackable=p.stackable, combines_with=ids_of(p.combines_with), threshold_basis=p.threshold_basis,
        member_levels=tuple(x for x in p.member_levels.split(",") if x),
        channels=tuple(x for x in p.channels.split(",") if x), starts=p.starts, ends=p.ends,
        usage_limit=p.usage_limit, per_customer_limit=p.per_customer_limit, budget=p.budget,
        uses_taken=p.uses_taken, budget_taken=p.budget_taken, supplier_code=p.supplier_code,
        supplier_share=p.supplier_share, scope=scope_items(uow, scope),
        coupons_total=sum(counts.values()), coupons_available=counts.get("available", 0),
        collisions=collisions_of(uow, p, scope), version=p.version, amount_per=p.amount_per,
        order_exclusive=p.order_exclusive, partners=promotion_refs(uow, ids_of(p.combines_with)))


def summary_wire(p: Promotion) -> tuple:
    return PromotionSummary(p.id, p.code, p.name, p.is_template, p.status, p.stage, p.kind, p.starts, p.ends,
                            p.priority, p.exclusion_group, p.uses_taken, p.usage_limit, p.budget_taken, p.budget,
                            p.version).to_wire()


def load_promotion(uow: UnitOfWork, promotion_id: int, *, lock: bool = False) -> Promotion:
    return validate.found(uow.session.get(Promotion, promotion_id, with_for_update=lock), "This promotion",
                          "promotion_id")
