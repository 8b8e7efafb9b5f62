"""How an order is paid: the tender plan, the holds at submission, capture when paid, void on cancel or timeout.

The house's order of tenders: points (at most `points_max_share_percent` of the payable), then gift cards (the one
that expires first first), then the balance, then one gateway for the rest. The shopper (or the agent) changes the
plan only through what they ask for (how many points, which cards, whether to use the balance); the amounts are
always the middle tier's. At submission each internal tender is a hold (a pending ledger transfer); when the
gateway part is paid (or at once, when nothing is left for a gateway) every hold is posted; a cancel, a failed
payment or the end of `payment_hold_minutes` voids them.

Ledger postings: balance and gift cards pay into `revenue`; points pay in points back to `points_issued` and, in
yuan, from `promotion_expense` into `revenue`; a gateway's part moves from its `clearing` account into `revenue`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.payments import GiftCard, LedgerAccount, LedgerTransfer, OrderCharge, Payment, Tender
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_NOT_FOUND, E_VALIDATION, DomainError, Text
from middle_tier.contract.payments import (
    CHARGE,
    GATEWAYS,
    PAYMENT,
    TENDER,
    OrderPayment,
    PaymentRecord,
    TenderLine,
    TenderPlan,
    TenderRecord,
)
from middle_tier.core import validate
from middle_tier.core.db import next_number
from middle_tier.core.money import FEN, parse_money
from middle_tier.core.settings import get_setting
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments import cards, ledger, registry, wallet
from middle_tier.payments.wallet import balance_account, customer, points_account, points_for, points_rate, points_value

CHARGE_FLOW = Workflow(CHARGE, OrderCharge, stamps={"paid": "paid_at", "voided": "ended_at"}, name_attr="order_ref")
TENDER_FLOW = Workflow(TENDER, Tender, name_attr="order_ref")
PAYMENT_FLOW = Workflow(PAYMENT, Payment, stamps={"paid": "paid_at", "failed": "ended_at",
                                                   "cancelled": "ended_at"})
ZERO = Decimal("0.00")
MAX_CARDS = 10


def order(value: str) -> str:
    return validate.reference(value, "order_ref", "Order")


@dataclass
class _Planned:
    kind: str
    amount: Decimal
    points: int = 0
    card: GiftCard | None = None
    account: LedgerAccount | None = None


def _plan(uow: UnitOfWork, customer_ref: str, payable: Decimal, points: int, gift_cards: tuple[tuple[str, str], ...],
          use_balance: bool, gateway: str, *, for_gift_cards: bool) -> tuple[list[_Planned], Decimal]:
    if gateway not in GATEWAYS:
        raise DomainError(E_VALIDATION, Text("The gateway must be one of {choices}.", choices=", ".join(GATEWAYS)),
                          "gateway")
    if points < -1:
        raise DomainError(E_VALIDATION, Text("Points must be -1 (as many as allowed), 0 or more."), "points")
    if len(gift_cards) > MAX_CARDS:
        raise DomainError(E_VALIDATION, Text("At most {most} gift cards pay one order.", most=MAX_CARDS), "gift_cards")
    if for_gift_cards and gift_cards:
        raise DomainError(E_VALIDATION, Text("A gift card cannot be bought with a gift card."), "gift_cards")
    left = payable
    planned: list[_Planned] = []
    share = Decimal(get_setting(uow.session, "points_max_share_percent"))
    cap = (payable * share / 100).quantize(FEN, rounding=ROUND_DOWN)
    if points != 0 and cap > 0:
        acc = points_account(uow, customer_ref)
        have = int(ledger.available(acc))
        if points > have:
            raise DomainError(E_VALIDATION, Text("Only {available} points are available.", available=have), "points")
        rate = points_rate(uow)
        value = min(points_value(have if points == -1 else points, rate), cap, left)
        if value > 0:
            planned.append(_Planned("points", value, points_for(value, rate), account=acc))
            left -= value
    found = []
    for code, pin in gift_cards:
        found.append(cards.checked_card(uow, code, pin))
    for card in sorted(found, key=lambda c: (c.expires_on, c.code)):
        acc = uow.session.get(LedgerAccount, card.account_id)
        take = min(ledger.available(acc), left) if acc is not None else ZERO
        if take > 0:
            planned.append(_Planned("gift_card", take, card=card, account=acc))
            left -= take
    if use_balance and left > 0:
        acc = balance_account(uow, customer_ref)
        take = min(ledger.available(acc), left)
        if take > 0:
            planned.append(_Planned("balance", take, account=acc))
            left -= take
    return planned, left


def _plan_record(payable: Decimal, planned: list[_Planned], left: Decimal, gateway: str, cap: Decimal) -> TenderPlan:
    lines = tuple(TenderLine(p.kind, p.card.code if p.card else "", p.amount, p.points) for p in planned)
    if left > 0:
        lines += (TenderLine("gateway", gateway, left, 0),)
    return TenderPlan(payable, lines, gateway if left > 0 else "", left, cap)


@verb("payments.read")
def plan_tenders(uow: UnitOfWork, *, customer_ref: str, payable: str, points: int = -1,
                 gift_cards: tuple[tuple[str, str], ...] = (), use_balance: bool = True,
                 gateway: str = "alipay") -> TenderPlan:
    """How this payable would be paid: points (-1: as many as allowed; 0: none), the gift cards given (code, PIN),
    the balance when `use_balance`, then `gateway` for the rest. Changes nothing but a wrong PIN's count."""
    customer_ref = customer(customer_ref)
    amount = parse_money(payable, "payable", "Payable", minimum=Decimal("0.01"))
    planned, left = _plan(uow, customer_ref, amount, points, gift_cards, use_balance, gateway, for_gift_cards=False)
    share = Decimal(get_setting(uow.session, "points_max_share_percent"))
    return _plan_record(amount, planned, left, gateway, (amount * share / 100).quantize(FEN, rounding=ROUND_DOWN))


# ---- holds, capture, void -----------------------------------------------------------------------------------

def _charge(uow: UnitOfWork, order_ref: str, *, lock: bool = False) -> OrderCharge | None:
    stmt = select(OrderCharge).where(OrderCharge.order_ref == order_ref)
    return uow.session.scalars(stmt.with_for_update() if lock else stmt).one_or_none()


def _tenders(uow: UnitOfWork, charge: OrderCharge) -> list[Tender]:
    return list(uow.session.scalars(select(Tender).where(Tender.order_ref == charge.order_ref).order_by(Tender.seq)))


def _transfers_of(uow: UnitOfWork, tender: Tender) -> list[LedgerTransfer]:
    """The hold of an internal tender (and, for points, the hold of their value in yuan)."""
    if tender.transfer_id is None:
        return []
    first = uow.session.get(LedgerTransfer, tender.transfer_id)
    value = uow.session.scalars(select(LedgerTransfer).where(LedgerTransfer.key == f"{first.key}:value")).one_or_none()
    return [first] + ([value] if value is not None else [])


def hold(uow: UnitOfWork, *, order_ref: str, customer_ref: str, payable: Decimal, points: int = -1,
         gift_cards: tuple[tuple[str, str], ...] = (), use_balance: bool = True, gateway: str = "alipay",
         member_level: str = "", for_gift_cards: bool = False) -> OrderCharge:
    """Hold the internal tenders of an order and open its gateway payment for the rest (none left: paid at once).
    The same order again returns its charge as it is; a voided one (a failed or expired payment) is held afresh."""
    expire_due(uow)
    charge = _charge(uow, order_ref, lock=True)
    if charge is not None and charge.state != "voided":
        return charge
    planned, left = _plan(uow, customer_ref, payable, points, gift_cards, use_balance, gateway,
                          for_gift_cards=for_gift_cards)
    minutes = int(get_setting(uow.session, "payment_hold_minutes"))
    until = utcnow() + dt.timedelta(minutes=minutes)
    if charge is None:
        charge = OrderCharge(order_ref=order_ref, customer_ref=customer_ref, payable=payable, state="held",
                             attempt=1, member_level=member_level, for_gift_cards=for_gift_cards, expires_at=until)
        uow.session.add(charge)
        uow.session.flush()
    else:
        CHARGE_FLOW.move(uow, charge, "held")
        charge.attempt += 1
        charge.payable, charge.customer_ref, charge.expires_at = payable, customer_ref, until
        charge.member_level, charge.for_gift_cards, charge.ended_at = member_level, for_gift_cards, None
    seq = len(_tenders(uow, charge))
    revenue = ledger.house(uow, "revenue")
    for p in planned:
        seq += 1
        key = f"hold:{order_ref}:{charge.attempt}:{seq}"
        assert p.account is not None
        if p.kind == "points":
            t, _ = ledger.transfer(uow, key=key, kind="points_redeem", src=p.account,
                                   dst=ledger.house(uow, "points_issued", unit="PTS"), amount=Decimal(p.points),
                                   pending=True, expires_at=until, order_ref=order_ref, field="points")
            ledger.transfer(uow, key=f"{key}:value", kind="points_redeem", src=ledger.house(uow, "promotion_expense"),
                            dst=revenue, amount=p.amount, pending=True, expires_at=until, order_ref=order_ref)
        else:
            t, _ = ledger.transfer(uow, key=key, kind="sale", src=p.account, dst=revenue, amount=p.amount,
                                   pending=True, expires_at=until, order_ref=order_ref,
                                   card_id=p.card.id if p.card else None,
                                   field="gift_cards" if p.card else "use_balance")
        uow.session.add(Tender(order_ref=order_ref, seq=seq, kind=p.kind, account_id=p.account.id, transfer_id=t.id,
                               amount=p.amount, points=p.points, state="held"))
    if left > 0:
        seq += 1
        configured = registry.GATEWAYS.get(gateway)
        payment = Payment(number=next_number(uow, Payment, "PAY"), order_ref=order_ref, customer_ref=customer_ref,
                          gateway=gateway, merchant_id=configured.gateway.merchant_id if configured else "",
                          state="pending", amount=left, net=left, expires_at=until)
        uow.session.add(payment)
        uow.session.flush()
        uow.session.add(Tender(order_ref=order_ref, seq=seq, kind="gateway", payment_id=payment.id, amount=left,
                               state="held"))
    uow.session.flush()
    uow.audit("order_charge", charge.id, {"hold": [None, f"{order_ref}: {payable}"]})
    if left == 0:
        capture(uow, charge)
    return charge


def capture(uow: UnitOfWork, charge: OrderCharge, *, txn: tuple[str, Decimal] | None = None) -> None:
    """The order is paid: every hold is posted, the gateway's part (`txn`: its transaction id and amount) booked from
    its clearing account, the charge paid, and the points it earns are written (pending until the after-sale
    window closes)."""
    if charge.state == "paid":
        return
    tenders = _tenders(uow, charge)
    live = [t for t in tenders if t.state == "held"]
    revenue = ledger.house(uow, "revenue")
    earning = ZERO
    for t in live:
        if t.kind == "gateway":
            payment = uow.session.get(Payment, t.payment_id)
            ledger.transfer(uow, key=f"pay:{payment.number}", kind="sale", src=ledger.clearing(uow, payment.gateway),
                            dst=revenue, amount=t.amount, order_ref=charge.order_ref)
            earning += t.amount
        else:
            for tr in _transfers_of(uow, t):
                if not ledger.post(uow, tr):
                    raise DomainError(E_CONFLICT, Text("The hold of {order} ended meanwhile; hold it again.",
                                                       order=charge.order_ref), "order_ref")
            if t.kind == "balance":
                earning += t.amount
        TENDER_FLOW.move(uow, t, "captured", audit=False)
    CHARGE_FLOW.move(uow, charge, "paid")
    if not charge.for_gift_cards:
        wallet.earn_points(uow, charge, earning)


def _void(uow: UnitOfWork, charge: OrderCharge, why: str) -> None:
    for t in _tenders(uow, charge):
        if t.state != "held":
            continue
        for tr in _transfers_of(uow, t):
            ledger.void(uow, tr)
        if t.payment_id is not None:
            payment = uow.session.get(Payment, t.payment_id)
            if payment.state == "pending":
                PAYMENT_FLOW.move(uow, payment, "cancelled", audit=False)
        TENDER_FLOW.move(uow, t, "voided", audit=False)
    CHARGE_FLOW.move(uow, charge, "voided")
    uow.audit("order_charge", charge.id, {"void": [None, why]})


def void(uow: UnitOfWork, order_ref: str, why: str) -> OrderCharge:
    """Cancel before capture: every hold is voided, the gateway payment cancelled. A paid order is refunded instead."""
    charge = _charge(uow, order_ref, lock=True)
    if charge is None:
        raise DomainError(E_NOT_FOUND, Text("Order {order} has no payment.", order=order_ref), "order_ref")
    if charge.state == "paid":
        raise DomainError(E_CONFLICT, Text("Order {order} is paid: refund it instead.", order=order_ref), "order_ref")
    if charge.state == "held":
        _void(uow, charge, why)
    return charge


def expire_due(uow: UnitOfWork, *, most: int = 50) -> int:
    """Void the holds of orders not paid in time (oldest first, at most `most`); returns how many."""
    ids = list(uow.session.scalars(select(OrderCharge.id).where(OrderCharge.state == "held",
                                                                 OrderCharge.expires_at < utcnow())
                                   .order_by(OrderCharge.expires_at).limit(most)))
    done = 0
    for charge_id in ids:
        charge = uow.session.scalars(select(OrderCharge).where(OrderCharge.id == charge_id,
                                                               OrderCharge.state == "held").with_for_update()
                                     ).one_or_none()
        if charge is not None and charge.expires_at is not None and charge.expires_at < utcnow():
            _void(uow, charge, "not paid in time")
            done += 1
    return done


def order_payment(uow: UnitOfWork, charge: OrderCharge) -> OrderPayment:
    tenders = _tenders(uow, charge)
    records = []
    payment = None
    for t in tenders:
        ref = ""
        if t.kind == "gift_card" and t.transfer_id is not None:
            tr = uow.session.get(LedgerTransfer, t.transfer_id)
            card = uow.session.get(GiftCard, tr.card_id) if tr.card_id else None
            ref = card.code if card else ""
        elif t.kind == "gateway" and t.payment_id is not None:
            p = uow.session.get(Payment, t.payment_id)
            ref = p.gateway
            if t.state != "voided":
                payment = payment_record(p)
        records.append(TenderRecord(t.id, t.seq, t.kind, ref, t.amount, t.points, t.refunded, t.state))
    request: tuple[tuple[str, str], ...] = ()
    if payment is not None and payment.state == "pending" and charge.state == "held":
        request = registry.pay_request(uow.session.get(Payment, payment.id), f"Order {charge.order_ref}")
    return OrderPayment(charge.order_ref, charge.customer_ref, charge.state, charge.payable, tuple(records), payment,
                        request)


def payment_record(p: Payment) -> PaymentRecord:
    return PaymentRecord(p.id, p.number, p.order_ref, p.customer_ref, p.gateway, p.merchant_id, p.gateway_txn_id or "",
                         p.state, p.amount, p.fee, p.net, p.refunded, p.currency, p.purpose, p.created_at, p.paid_at,
                         p.settled_at)


def paid_by_gateway(uow: UnitOfWork, payment: Payment, txn_id: str, amount: Decimal) -> None:
    """The gateway says the payment is paid (a verified notification, or finance confirming a bank transfer)."""
    if payment.state == "paid":
        return
    if amount != payment.amount:
        raise DomainError(E_VALIDATION, Text("The amount paid, {paid}, is not the {asked} asked.", paid=amount,
                                             asked=payment.amount), "amount")
    other = uow.session.scalar(select(Payment.number).where(Payment.gateway == payment.gateway,
                                                           Payment.gateway_txn_id == txn_id))
    if other is not None:
        raise DomainError(E_DUPLICATE, Text("Transaction {txn} was booked for payment {payment} already.",
                                            txn=txn_id, payment=other), "bank_reference")
    charge = _charge(uow, payment.order_ref, lock=True)
    PAYMENT_FLOW.move(uow, payment, "paid")
    payment.gateway_txn_id = txn_id
    if charge is None or charge.state != "held":
        raise DomainError(E_CONFLICT, Text("Order {order} is no longer waiting for this payment.",
                                           order=payment.order_ref), "payment")
    capture(uow, charge, txn=(txn_id, amount))


# ---- verbs --------------------------------------------------------------------------------------------------

@verb("payments.charge", label="Hold an order's tenders", writes=True)
def hold_tenders(uow: UnitOfWork, *, order_ref: str, customer_ref: str, payable: str, points: int = -1,
                 gift_cards: tuple[tuple[str, str], ...] = (), use_balance: bool = True, gateway: str = "alipay",
                 member_level: str = "", for_gift_cards: bool = False) -> OrderPayment:
    """Submit an order's payment: hold its points, gift cards (code, PIN) and balance by the house's plan, and open
    a gateway payment for the rest (nothing left: paid at once). Idempotent by order; after a void, held afresh."""
    charge = hold(uow, order_ref=order(order_ref), customer_ref=customer(customer_ref),
                  payable=parse_money(payable, "payable", "Payable", minimum=Decimal("0.01")), points=points,
                  gift_cards=gift_cards, use_balance=use_balance, gateway=gateway,
                  member_level=validate.text(member_level, "member_level", "Member level", max_length=32,
                                             required=False),
                  for_gift_cards=for_gift_cards)
    return order_payment(uow, charge)


@verb("payments.charge", label="Void an order's payment", writes=True)
def void_tenders(uow: UnitOfWork, *, order_ref: str, reason: str = "cancelled") -> OrderPayment:
    """Cancel an order before it is paid: its holds are released and its gateway payment cancelled. Idempotent."""
    why = validate.text(reason, "reason", "Reason", max_length=200)
    return order_payment(uow, void(uow, order(order_ref), why))


@verb("payments.read")
def get_order_payment(uow: UnitOfWork, *, order_ref: str) -> OrderPayment:
    """Where an order's payment stands: its state, tenders and gateway payment."""
    charge = _charge(uow, order(order_ref))
    if charge is None:
        raise DomainError(E_NOT_FOUND, Text("Order {order} has no payment.", order=order_ref), "order_ref")
    return order_payment(uow, charge)


@verb("payments.approve", label="Confirm a bank transfer", writes=True)
def confirm_bank_transfer(uow: UnitOfWork, *, payment_number: str, bank_reference: str,
                          amount: str) -> OrderPayment:
    """Finance saw a bank-direct payment arrive: the order's tenders are captured. The amount must be the one asked."""
    number = validate.text(payment_number, "payment_number", "Payment", max_length=64)
    reference = validate.text(bank_reference, "bank_reference", "Bank reference", max_length=64)
    paid = parse_money(amount, "amount", "Amount", minimum=Decimal("0.01"))
    payment = uow.session.scalars(select(Payment).where(Payment.number == number).with_for_update()).one_or_none()
    payment = validate.found(payment, "This payment", "payment_number")
    if payment.gateway != "bank":
        raise DomainError(E_VALIDATION, Text("Only bank-direct payments are confirmed by hand."), "payment_number")
    paid_by_gateway(uow, payment, reference, paid)
    charge = validate.found(_charge(uow, payment.order_ref), "This order")
    return order_payment(uow, charge)


@verb("payments.charge", label="Release unpaid orders' holds", writes=True)
def expire_holds(uow: UnitOfWork) -> int:
    """Void the holds of orders not paid in time (at most 500 at once); returns how many orders."""
    n = expire_due(uow, most=500)
    if n == 0:
        uow.nothing_changed()
    return n
