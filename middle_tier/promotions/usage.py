"""Usage reservations of an order (the verbs the order module uses): usage limits and budgets kept exact. A reservation
locks the promotions it uses (in id order, so two reservations cannot deadlock), re-prices on their fresh
counters, and books one usage row per promotion; consume and release are idempotent by order reference.

An order reference holds at most one live reservation (reserved or consumed): its latest attempt. Once that is
released (the order was cancelled or its payment failed), reserving the reference again makes a new reservation,
the next attempt; the released ones are kept.
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


def _usage_records(uow: UnitOfWork, reservation: PromotionReservation) -> tuple[UsageRecord, ...]:
    rows = uow.session.execute(
        select(PromotionUsage, Promotion.code, Coupon.code).join(Promotion, Promotion.id == PromotionUsage.promotion_id)
        .outerjoin(Coupon, Coupon.id == PromotionUsage.coupon_id)
        .where(PromotionUsage.reservation_id == reservation.id)
        .order_by(PromotionUsage.promotion_id)).all()
    return tuple(UsageRecord(u.promotion_id, code, u.order_ref, u.customer_ref, coupon or "", u.discount,
                             u.supplier_code, u.supplier_amount, u.state) for u, code, coupon in rows)


def _usages(uow: UnitOfWork, reservation: PromotionReservation) -> list[PromotionUsage]:
    return list(uow.session.scalars(select(PromotionUsage).where(PromotionUsage.reservation_id == reservation.id)
                                    .order_by(PromotionUsage.promotion_id)))


def _reservation_record(uow: UnitOfWork, r: PromotionReservation) -> ReservationRecord:
    quote = PriceQuote.from_wire(as_tuples(json.loads(r.quote)))
    return ReservationRecord(r.order_ref, r.customer_ref, r.state, quote, _usage_records(uow, r), r.attempt,
                             r.reserved_at, r.settled_at)


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
    lock. Idempotent by order reference while its reservation is reserved or consumed: asking again returns
    it unchanged. Once it is released (a cancelled order, a failed payment), asking again prices the order
    afresh and makes a new reservation (the next attempt); the released one is kept.

    A budget is spent to the last fen: when a promotion's budget has less left than the discount the order
    would get, the order gets what is left and the quote says so (`limited_by` "budget"). A coupon that does
    not count (its code, or its promotion refused: a limit reached, a budget spent, a threshold not met) is
    listed in the quote's refused coupons with the reason, and is not reserved."""
    order_ref = check_order_ref(order_ref)
    customer_ref = validate.text(customer_ref, "customer_ref", "Customer", max_length=64)
    fee, now = pricing_inputs(channel, member_level, shipping_fee, "")
    existing = _latest(uow, order_ref, lock=False)
    if existing is not None and existing.state != "released":
        uow.nothing_changed()
        return _reservation_record(uow, existing)
    attempt = existing.attempt + 1 if existing is not None else 1
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
    reservation = PromotionReservation(order_ref=order_ref, attempt=attempt, customer_ref=customer_ref,
                                       state="reserved", quote=json.dumps(quote.to_wire()), reserved_at=now)
    uow.session.add(reservation)
    flush_unique(uow.session, "order_ref", Text("This order was reserved meanwhile; ask again for its "
                                                "reservation."))
    for applied in quote.applied:
        promo = uow.session.get(Promotion, applied.promotion_id, populate_existing=True)
        promo.uses_taken += 1
        promo.budget_taken += applied.discount
        coupon = coupons.get(promo.id)
        uow.session.add(PromotionUsage(
            promotion_id=promo.id, reservation_id=reservation.id, order_ref=order_ref, customer_ref=customer_ref,
            coupon_id=coupon.id if coupon else None, discount=applied.discount,
            supplier_code=applied.supplier_code, supplier_amount=applied.supplier_amount, state="reserved",
            reserved_at=now))
    uow.session.flush()
    uow.audit("promotion_reservation", order_ref, {"applied": [None, [a.code for a in quote.applied]],
                                                   "discount": [None, str(quote.discount_total)],
                                                   "attempt": [None, attempt]})
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
        usages = _usages(uow, reservation)
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
    """An order's latest reservation: the quote it was priced with and where each promotion's usage stands."""
    return _reservation_record(uow, _reservation(uow, order_ref, lock=False))


def _latest(uow: UnitOfWork, order_ref: str, *, lock: bool) -> PromotionReservation | None:
    """The latest reservation of an order reference (its live one, unless released), if any."""
    stmt = (select(PromotionReservation).where(PromotionReservation.order_ref == order_ref)
            .order_by(PromotionReservation.attempt.desc()).limit(1))
    return uow.session.scalars(stmt.with_for_update() if lock else stmt).first()


def _reservation(uow: UnitOfWork, order_ref: str, *, lock: bool = True) -> PromotionReservation:
    return validate.found(_latest(uow, check_order_ref(order_ref), lock=lock), "A reservation for this order",
                          "order_ref")


def _settle(uow: UnitOfWork, reservation: PromotionReservation, state: str) -> None:
    """The reservation and each promotion's usage in it move to `state` (consumed: their coupons are used)."""
    RESERVATION_FLOW.move(uow, reservation, state)
    usages = _usages(uow, reservation)
    USAGE_FLOW.move_all(uow, usages, state)
    for u in usages:
        if state == "consumed" and u.coupon_id is not None:
            COUPON_FLOW.move(uow, uow.session.get(Coupon, u.coupon_id), "used", audit=False)
