"""Pricing a cart: the promotions that could apply are loaded, the engine (`engine`, pure functions) prices the
cart, and its result becomes a PriceQuote with names, every step and every rejection."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, or_, select

from data_tier.base import utcnow
from data_tier.catalog import Category, Product, Sku
from data_tier.promotions import Coupon, Promotion, PromotionUsage
from middle_tier.contract import E_VALIDATION, DomainError, Text
from middle_tier.contract.promotions import (
    CHANNELS,
    COUPON_STAGES,
    SCOPE_KINDS,
    PriceQuote,
    QuoteGift,
    QuoteLine,
    QuotePromotion,
    QuoteRejection,
    QuoteStep,
)
from middle_tier.core import validate
from middle_tier.core.money import parse_money, round_money
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.promotions import engine
from middle_tier.promotions.scopes import ids_of, scope_rows

MAX_CART_LINES = 500


class Cart:
    """A pricing request resolved against the database."""

    def __init__(self, uow: UnitOfWork, lines: tuple[tuple[int, int], ...]) -> None:
        if not lines:
            raise DomainError(E_VALIDATION, Text("The cart is empty."), "lines")
        if len(lines) > MAX_CART_LINES:
            raise DomainError(E_VALIDATION, Text("A cart has at most {most} lines.",
                                                 most=MAX_CART_LINES), "lines")
        qty: dict[int, int] = {}
        for sku_id, n in lines:
            if not 1 <= n <= 100_000:
                raise DomainError(E_VALIDATION, Text("Each quantity must be between 1 and 100000."), "lines")
            qty[sku_id] = qty.get(sku_id, 0) + n
        rows = uow.session.execute(
            select(Sku.id, Sku.code, Sku.name, Sku.list_price, Sku.status, Product.id, Product.brand_id,
                   Category.path)
            .join(Product, Product.id == Sku.product_id).join(Category, Category.id == Product.category_id)
            .where(Sku.id.in_(list(qty)))).all()
        found = {r[0]: r for r in rows}
        self.info: dict[int, tuple[str, str]] = {}
        self.lines: list[engine.Line] = []
        for n, sku_id in enumerate(qty, start=1):
            r = found.get(sku_id)
            if r is None:
                raise DomainError(E_VALIDATION, Text("There is no SKU with id {sku_id}.", sku_id=sku_id), "lines")
            if r[4] != "on_sale":
                raise DomainError(E_VALIDATION, Text("{sku} is not on sale.", sku=r[1]), "lines")
            self.info[sku_id] = (r[1], r[2])
            cats = frozenset(int(x) for x in r[7].strip("/").split("/"))
            self.lines.append(engine.Line(n, sku_id, r[5], cats, r[6] or 0, qty[sku_id], r[3]))


def engine_promotion(p: Promotion, scope: list[tuple[str, int]], *, customer_uses: int,
                      gift_value: Decimal) -> engine.Promotion:
    by_kind: dict[str, set[int]] = {k: set() for k in SCOPE_KINDS}
    for kind, ref in scope:
        by_kind[kind].add(ref)
    uses_left = None
    if p.usage_limit is not None:
        uses_left = p.usage_limit - p.uses_taken
    if p.per_customer_limit is not None:
        mine = p.per_customer_limit - customer_uses
        uses_left = mine if uses_left is None else min(uses_left, mine)
    return engine.Promotion(
        id=p.id, stage=p.stage, kind=p.kind, percent=p.percent, amount=p.amount, fixed_price=p.fixed_price,
        buy=p.buy, get=p.get, threshold=p.threshold, repeat=p.repeat, cap=p.cap, gift_sku_id=p.gift_sku_id or 0,
        gift_qty=p.gift_qty, gift_value=gift_value, amount_per=p.amount_per, sku_ids=frozenset(by_kind["sku"]),
        product_ids=frozenset(by_kind["product"]), category_ids=frozenset(by_kind["category"]),
        brand_ids=frozenset(by_kind["brand"]), exclusion_group=p.exclusion_group, priority=p.priority,
        stop_further=p.stop_further, order_exclusive=p.order_exclusive,
        combines_with=frozenset(ids_of(p.combines_with)), stackable=p.stackable,
        threshold_basis=p.threshold_basis, member_levels=frozenset(x for x in p.member_levels.split(",") if x),
        channels=frozenset(x for x in p.channels.split(",") if x), starts=p.starts, ends=p.ends,
        uses_left=uses_left, budget_left=None if p.budget is None else p.budget - p.budget_taken)


class Pricing:
    """One pricing of a cart: the engine's result and everything needed to show and book it."""

    def __init__(self, uow: UnitOfWork, cart: Cart, *, coupon_codes: tuple[str, ...], customer_ref: str,
                 channel: str, member_level: str, shipping_fee: Decimal, now: dt.datetime,
                 order_ref: str = "", refresh: bool = False) -> None:
        session = uow.session
        opts = {"populate_existing": True} if refresh else {}
        self.refused: list[tuple[str, str]] = []
        self.coupon_of: dict[int, Coupon] = {}
        for raw in coupon_codes:
            code = raw.strip().upper()
            coupon = session.scalars(select(Coupon).where(Coupon.code == code), execution_options=opts).first()
            why = ""
            if coupon is None:
                why = "unknown"
            elif coupon.state == "void":
                why = "void"
            elif coupon.state != "available" and not (order_ref and coupon.order_ref == order_ref):
                why = "used"
            elif coupon.customer_ref and coupon.customer_ref != customer_ref:
                why = "other_customer"
            elif coupon.promotion_id in self.coupon_of:
                why = "one_per_promotion"
            if why:
                self.refused.append((code, why))
            else:
                self.coupon_of[coupon.promotion_id] = coupon
        # plain rows, not entities: this runs on every cart (a reservation updates the locked entities itself)
        stmt = select(Promotion.__table__).where(
            Promotion.status == "active", Promotion.is_template.is_(False),
            or_(Promotion.stage.not_in(COUPON_STAGES), Promotion.id.in_(list(self.coupon_of) or [0])))
        self.promos = {p.id: p for p in session.execute(stmt)}
        for pid in list(self.coupon_of):
            if pid not in self.promos:     # the coupon's promotion is paused, ended or not a coupon promotion
                self.refused.append((self.coupon_of.pop(pid).code, "inactive"))
        scopes = scope_rows(uow, sorted(self.promos))
        customer_uses: dict[int, int] = {}
        limited = [pid for pid, p in self.promos.items() if p.per_customer_limit is not None]
        if customer_ref and limited:
            customer_uses = dict(session.execute(
                select(PromotionUsage.promotion_id, func.count()).where(
                    PromotionUsage.promotion_id.in_(limited), PromotionUsage.customer_ref == customer_ref,
                    PromotionUsage.state.in_(("reserved", "consumed")), PromotionUsage.order_ref != order_ref)
                .group_by(PromotionUsage.promotion_id)).all())
        gift_ids = {p.gift_sku_id for p in self.promos.values() if p.gift_sku_id}
        self.gift_skus = {r[0]: r for r in session.execute(select(Sku.id, Sku.code, Sku.name, Sku.list_price)
                                                           .where(Sku.id.in_(list(gift_ids) or [0])))}
        engine_promos = [
            engine_promotion(p, scopes[p.id], customer_uses=customer_uses.get(p.id, 0),
                              gift_value=self.gift_skus[p.gift_sku_id][3] if p.gift_sku_id in self.gift_skus
                              else Decimal(0))
            for p in self.promos.values()]
        self.cart = cart
        self.shipping_fee = round_money(shipping_fee)
        self.now = now
        self.result = engine.price_cart(cart.lines, engine_promos, shipping_fee=shipping_fee, now=now,
                                         channel=channel, member_level=member_level)

    def discount_by_promotion(self) -> dict[int, Decimal]:
        out: dict[int, Decimal] = {pid: Decimal("0.00") for pid in self.result.applied}
        for pl in self.result.lines:
            for step in pl.steps:
                out[step.promotion_id] -= step.delta
        for step in self.result.shipping_steps:
            out[step.promotion_id] -= step.delta
        return out

    def quote(self) -> PriceQuote:
        promos, res = self.promos, self.result
        name = lambda pid: promos[pid].name if pid in promos else ""  # noqa: E731
        lines = tuple(QuoteLine(
            pl.line.sku_id, self.cart.info[pl.line.sku_id][0], self.cart.info[pl.line.sku_id][1], pl.line.qty,
            pl.line.unit_price, pl.list_amount, pl.amount,
            tuple(QuoteStep(s.stage, s.promotion_id, name(s.promotion_id), s.base, s.delta) for s in pl.steps))
            for pl in res.lines)
        applied = []
        for pid, discount in self.discount_by_promotion().items():
            p = promos[pid]
            coupon = self.coupon_of.get(pid)
            limited_by, full = res.limits.get(pid, ("", discount))
            applied.append(QuotePromotion(pid, p.code, p.name, p.stage, discount, coupon.code if coupon else "",
                                          p.supplier_code, round_money(discount * p.supplier_share / 100),
                                          limited_by, max(full, discount)))
        rejected = []
        refused = list(self.refused)
        for r in res.rejected:
            p = promos[r.promotion_id]
            detail = r.detail
            if r.reason in ("excluded_by", "stopped_by") and int(r.detail) in promos:
                detail = promos[int(r.detail)].code
            rejected.append(QuoteRejection(p.id, p.code, p.name, r.reason, detail, p.threshold, r.reward, p.kind,
                                           r.missing_qty))
            coupon = self.coupon_of.get(p.id)
            if coupon is not None:      # a code the shopper gave that does not count: the reason is its promotion's
                refused.append((coupon.code, r.reason))
        gifts = tuple(QuoteGift(pid, sku_id, self.gift_skus[sku_id][1], self.gift_skus[sku_id][2], qty)
                      for pid, sku_id, qty in res.gifts)
        list_total = sum((pl.list_amount for pl in res.lines), Decimal("0.00"))
        return PriceQuote(
            lines=lines, goods_list_total=list_total, goods_total=res.goods_total, shipping_fee=self.shipping_fee,
            shipping=res.shipping,
            shipping_steps=tuple(QuoteStep(s.stage, s.promotion_id, name(s.promotion_id), s.base, s.delta)
                                 for s in res.shipping_steps),
            discount_total=list_total - res.goods_total + self.shipping_fee - res.shipping, total=res.total,
            applied=tuple(applied), rejected=tuple(rejected), gifts=gifts, coupons_refused=tuple(refused),
            priced_at=self.now)


def pricing_inputs(channel: str, member_level: str, shipping_fee: str, at: str) -> tuple[Decimal, dt.datetime]:
    validate.choice(channel, "channel", "Channel", CHANNELS)
    validate.text(member_level, "member_level", "Member level", max_length=32, required=False)
    fee = parse_money(shipping_fee or "0", "shipping_fee", "Shipping fee")
    when = validate.date_or_none(at, "at", "Time") or utcnow()
    return fee, when


@verb("promotions.read")
def price(uow: UnitOfWork, *, lines: tuple[tuple[int, int], ...], coupon_codes: tuple[str, ...] = (),
          customer_ref: str = "", channel: str = "web", member_level: str = "", shipping_fee: str = "0",
          at: str = "") -> PriceQuote:
    """Price a cart of (SKU id, quantity) lines for a customer and channel, with the trace of every step and
    the reason every other promotion did not apply. `at` (ISO time, '' = now) lets the simulator look
    ahead. Reserves nothing.

    A promotion cut short of its offer says why (`limited_by`): its cap, or its budget. A budget is spent to the
    last fen: when it has less left than the discount this cart would get, the cart gets what is left (spread
    over the promotion's lines in proportion) and the quote says "budget left 10.00"; once nothing is left the
    promotion is refused as budget_exhausted. A coupon code that does not count is listed in
    `coupons_refused` with the reason: its code's, or its promotion's rejection."""
    fee, when = pricing_inputs(channel, member_level, shipping_fee, at)
    return Pricing(uow, Cart(uow, lines), coupon_codes=coupon_codes, customer_ref=customer_ref.strip(),
                    channel=channel, member_level=member_level.strip().lower(), shipping_fee=fee,
                    now=when).quote()
