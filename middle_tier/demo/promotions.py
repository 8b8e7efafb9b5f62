"""Demo promotions for `emporium-admin seed-demo`: a handful of running offers, a planned one, coupons, templates."""
from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from data_tier.catalog import Brand, Category, Sku
from data_tier.promotions import Coupon, Promotion, PromotionScope
from middle_tier.promotions import COUPON_ALPHABET

D = Decimal


def seed_promotions(session: Session, progress: Callable[[str], None] = print) -> int:
    """Create the demo promotions once; returns how many were created (0 when they are there already)."""
    if session.scalar(select(func.count()).select_from(Promotion)):
        return 0
    cat = {c.code: c.id for c in session.scalars(select(Category))}
    brand = {b.code: b.id for b in session.scalars(select(Brand))}
    gift = session.scalar(select(Sku).where(Sku.status == "on_sale").order_by(Sku.list_price, Sku.id).limit(1))
    today = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    month = today + dt.timedelta(days=30)
    rows = [
        # code, name, fields, scope, status
        ("tee-20", "T恤八折 T-shirts 20% off", dict(stage="item", kind="percent_off", percent=D(20),
         exclusion_group="item-sale", starts=today - dt.timedelta(days=3), ends=month),
         [("category", cat["tshirts"])], "active"),
        ("tea-fixed", "龙井特价 Tea at a fixed price", dict(stage="item", kind="fixed_price", fixed_price=D("88.00"),
         exclusion_group="item-sale", priority=50, starts=today - dt.timedelta(days=1), ends=month,
         supplier_code="yunnan-tea", supplier_share=D(50)), [("brand", brand["yunnan-tea"])], "active"),
        ("store-300-30", "全场每满300减30 30 off every 300", dict(stage="order", kind="spend_and_save",
         threshold=D(300), amount=D(30), repeat=True, cap=D(300), exclusion_group="store", stackable=True,
         starts=today, ends=month,
         budget=D(50000)), [], "active"),
        ("digital-1000-100", "数码满1000减100 Electronics 100 off 1000", dict(stage="order", kind="spend_and_save",
         threshold=D(1000), amount=D(100), exclusion_group="store", stackable=True, priority=40, starts=today,
         ends=month,
         usage_limit=500), [("category", cat["electronics"])], "active"),
        ("snacks-3for2", "零食买二送一 Snacks buy 2 get 1", dict(stage="order", kind="buy_x_get_y", buy=2, get=1,
         stackable=True, starts=today, ends=month), [("category", cat["snacks"])], "active"),
        ("gift-500", "满500赠好礼 Gift with 500", dict(stage="order", kind="gift", threshold=D(500),
         gift_sku_id=gift.id if gift else None, gift_qty=1, stackable=True, starts=today, ends=month,
         usage_limit=200), [], "active" if gift else "draft"),
        ("ship-199", "满199包邮 Free shipping over 199", dict(stage="shipping", kind="free_shipping",
         threshold=D(199)), [], "active"),
        ("new-20", "新客券满100减20 New customer 20 off 100", dict(stage="order_coupon", kind="spend_and_save",
         threshold=D(100), amount=D(20), per_customer_limit=1, starts=today, ends=month + dt.timedelta(days=30)),
         [], "active"),
        ("black-friday", "黑五数码9折 Black Friday electronics 10% off", dict(stage="item", kind="percent_off",
         percent=D(10), exclusion_group="item-sale", starts=today + dt.timedelta(days=7),
         ends=today + dt.timedelta(days=10)), [("category", cat["electronics"])], "draft"),
        ("tpl-weekend", "周末9折模板 Weekend 10% off (template)", dict(stage="item", kind="percent_off",
         percent=D(10), is_template=True, exclusion_group="item-sale"), [], "draft"),
        ("tpl-spend", "满减模板 Spend and save (template)", dict(stage="order", kind="spend_and_save",
         threshold=D(199), amount=D(20), is_template=True, exclusion_group="store"), [], "draft"),
        ("tpl-order-off", "整单立减模板 15 off an order of 150 (template)", dict(stage="order", kind="amount_off",
         amount=D(15), amount_per="order", threshold=D(150), is_template=True, exclusion_group="store"), [],
         "draft"),
        ("tpl-line-off", "每行立减模板 5 off each line (template)", dict(stage="item", kind="amount_off", amount=D(5),
         amount_per="line", is_template=True, exclusion_group="item-sale"), [], "draft"),
    ]
    for code, name, fields, scope, status in rows:
        promo = Promotion(code=code, name=name, status=status, **fields)
        session.add(promo)
        session.flush()
        session.add_all(PromotionScope(promotion_id=promo.id, kind=k, ref_id=r) for k, r in scope)
        if promo.stage == "order_coupon":
            now = utcnow()
            session.execute(Coupon.__table__.insert(), [
                {"promotion_id": promo.id, "code": "NEW" + "".join(secrets.choice(COUPON_ALPHABET) for _ in range(10)),
                 "state": "available", "order_ref": "", "customer_ref": "", "created_at": now, "updated_at": now}
                for _ in range(50)])
    progress(f"  {len(rows)} promotions and templates, 50 coupons")
    return len(rows)
