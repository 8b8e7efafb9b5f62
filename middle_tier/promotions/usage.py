"""Usage reservations of an order (the verbs the order module uses): usage limits and budgets kept exact. A reservation
locks the promotions it uses (in id order, so two reservations cannot deadlock), re-prices on their fresh
counters, and books one usage row per promotion; consume and release are idempotent by order reference.
"""
from __future__ import annotations

import json

from sqlalchemy import select

from data_tier.promotions import Coupon, Promotion, PromotionReservation, PromotionUsage
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.contract.promotions import COUPON, PROMOTION_RESERVATION, PriceQuote, ReservationRecord, UsageRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.core.wire import as_tuples
from middle_tier.promotions.pricing import Cart, Pricing, pricing_inputs

MAX_RESERVE_ROUNDS = 4
RESERVATION_FLOW = Workflow(PROMOTION_RESERVATION, PromotionReservation, name_attr="order_ref", id_attr="order_ref",
                            stamps={"consumed": "settled_at", "released": "settled_at"})
USAGE_FLOW = Workflow(PROMOTION_RESERVATION, PromotionUsage, name_attr="order_ref",
                      stamps={"consumed": "settled_at", "released": "settled_at"})
COUPON_FLOW = Workflow(COUPON, Coupon, name_attr="code")


def _usage_records(uow: UnitOfWork, order_ref: str) -> tuple[UsageRecord, ...]:
    rows = uow.session.execute(
        select(PromotionUsage, Promotion.code, Coupon.code).join(Promotion, Promotion.id == PromotionUsage.promotion_id)
        .outerjoin(Coupon, Coupon.id == PromotionUsage.coupon_id).where(PromotionUsage.order_ref == order_ref)
        .order_by(PromotionUsage.promotion_id)).all()
    return tuple(UsageRecord(u.promotion_id, code, u.order_ref, u.customer_ref, coupon or "", u.discount,
                             u.supplier_code, u.supplier_amount, u.state) for u, code, coupon in rows)


def _reservation_record(uow: UnitOfWork, r: PromotionReservation) -> ReservationRecord:
    quote = PriceQuote.from_wire(as_tuples(json.loads(r.quote)))
    return ReservationRecord(r.order_ref, r.customer_ref, r.state, quote, _usage_records(uow, r.order_ref))


def check_order_ref(text: str) -> str:
    text = text.strip()
    if not 1 <= len(text) <= 64 or not all(c.isalnum() or c in "-_." for c in text):
        raise DomainError(E_VALIDATION, Text("An order reference has 1 to 64 letters, digits, '-', '_' or "
                                             "'.'."),
                          "order_ref")
    return text


def lock_promotions(uow: UnitOfWork, ids: set[int]) -> None:
    """Row locks on these promotions, always in id order (two reservations cannot deadlock)."""
    if ids:
        list(uow.session.scalars(select(Promotion.id).where(Promotion.id.in_(sorted(ids)))
                                 .order_by(Promotion.id).with_for_update()))


@verb("promotions.write", label="Reserve promotion usage", writes=True)
def reserve(uow: UnitOfWork, *, order_ref: str, customer_ref: str, lines: tuple[tuple[int, int], ...],
            coupon_codes: tuple[str, ...] = (), channel: str = "web", member_level: str = "",
            shipping_fee: str = "0") -> ReservationRecord:
    """Price the order now and reserve the usage, budget and coupons of every promotion it gets, under
    lock. Idempotent by order reference: asking again returns the first reservation unchanged."""
    order_ref = check_order_ref(order_ref)
    customer_ref = validate.text(customer_ref, "customer_ref", "Customer", max_length=64)
    fee, now = pricing_inputs(channel, member_level, shipping_fee, "")
    existing = uow.session.get(PromotionReservation, order_ref)
    if existing is not None:
        uow.nothing_changed()
        return _reservation_record(uow, existing)
    cart = Cart(uow, lines)
    locked: set[int] = set()
    for _ in range(MAX_RESERVE_ROUNDS):
        run = Pricing(uow, cart, coupon_codes=coupon_codes, customer_ref=customer_ref, channel=channel,
                       member_level=member_level.strip().lower(), shipping_fee=fee, now=now,
                       order_ref=order_ref, refresh=bool(locked))
        wanted = set(run.result.applied)
        if wanted <= locked:
            break
        locked |= wanted
        lock_promotions(uow, locked)       # then price again on the counters as they are under the lock
    else:
        raise DomainError(E_CONFLICT, Text("The promotions changed while the order was priced; please "
                                           "try again."))
    coupons = {pid: c for pid, c in run.coupon_of.items() if pid in run.result.applied}
    for coupon in coupons.values():   # a coupon is locked and checked again: it may have been taken meanwhile
        fresh = uow.session.scalars(select(Coupon).where(Coupon.id == coupon.id).with_for_update()
                                    .execution_options(populate_existing=True)).one()
        if fresh.state != "available":
            raise DomainError(E_CONFLICT, Text("Coupon {code} was used meanwhile.",
                                               code=fresh.code), "coupon_codes")
        COUPON_FLOW.move(uow, fresh, "reserved", audit=False)
        fresh.order_ref, fresh.customer_ref = order_ref, customer_ref
    quote = run.quote()
    reservation = PromotionReservation(order_ref=order_ref, customer_ref=customer_ref, state="reserved",
                                       quote=json.dumps(quote.to_wire()), reserved_at=now)
    uow.session.add(reservation)
    flush_unique(uow.session, "order_ref", Text("This order was reserved meanwhile; ask again for its "
                                                "reservation."))
    for applied in quote.applied:
        promo = uow.session.get(Promotion, applied.promotion_id, populate_existing=True)
        promo.uses_taken += 1
        promo.budget_taken += applied.discount
        coupon = coupons.get(promo.id)
        uow.session.add(PromotionUsage(
            promotion_id=promo.id, order_ref=order_ref, customer_ref=customer_ref,
            coupon_id=coupon.id if coupon else None, discount=applied.discount,
            supplier_code=applied.supplier_code, supplier_amount=applied.supplier_amount, state="reserved",
            reserved_at=now))
    uow.session.flush()
    uow.audit("promotion_reservation", order_ref, {"applied": [None, [a.code for a in quote.applied]],
                                                   "discount": [None, str(quote.discount_total)]})
    return _reservation_record(uow, reservation)


@verb("promotions.write", label="Use reserved promotions", writes=True)
def consume(uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
    """The order was paid: its reserved usage is final and its coupons are used. Idempotent."""
    reservation = _reservation(uow, order_ref)
    if reservation.state == "released":
        raise DomainError(E_CONFLICT, Text("This order's promotions were released; it cannot consume "
                                           "them."),
                          "order_ref")
    if reservation.state == "reserved":
        _settle(uow, reservation, "consumed")
    else:
        uow.nothing_changed()
    return _reservation_record(uow, reservation)


@verb("promotions.write", label="Release promotion usage", writes=True)
def release(uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
    """The order was cancelled or its payment failed: give back usage, budget and coupons. Idempotent."""
    reservation = _reservation(uow, order_ref)
    if reservation.state != "released":
        usages = uow.session.scalars(select(PromotionUsage).where(PromotionUsage.order_ref == reservation.order_ref)
                                     ).all()
        lock_promotions(uow, {u.promotion_id for u in usages})
        for u in usages:
            promo = uow.session.get(Promotion, u.promotion_id, populate_existing=True)
            promo.uses_taken -= 1
            promo.budget_taken -= u.discount
            if u.coupon_id is not None:
                coupon = uow.session.get(Coupon, u.coupon_id, with_for_update=True)
                COUPON_FLOW.move(uow, coupon, "available", audit=False)
                coupon.order_ref, coupon.customer_ref = "", ""
        _settle(uow, reservation, "released")
    else:
        uow.nothing_changed()
    return _reservation_record(uow, reservation)


@verb("promotions.read")
def get_reservation(uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
    """An order's reservation: the quote it was priced with and where each promotion's usage stands."""
    return _reservation_record(uow, _reservation(uow, order_ref, lock=False))


def _reservation(uow: UnitOfWork, order_ref: str, *, lock: bool = True) -> PromotionReservation:
    return validate.found(uow.session.get(PromotionReservation, check_order_ref(order_ref), with_for_update=lock),
                          "A reservation for this order", "order_ref")


def _settle(uow: UnitOfWork, reservation: PromotionReservation, state: str) -> None:
    """The reservation and each promotion's usage in it move to `state` (consumed: their coupons are used)."""
    RESERVATION_FLOW.move(uow, reservation, state)
    usages = list(uow.session.scalars(select(PromotionUsage).where(PromotionUsage.order_ref == reservation.order_ref)))
    USAGE_FLOW.move_all(uow, usages, state)
    for u in usages:
        if state == "consumed" and u.coupon_id is not None:
            COUPON_FLOW.move(uow, uow.session.get(Coupon, u.coupon_id), "used", audit=False)
