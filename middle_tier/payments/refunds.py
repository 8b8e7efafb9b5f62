"""Refunds of paid orders, idempotent by refund number.

By default back along the original tenders, in proportion to what each can still give back (原路按比例; the fen
left over by rounding goes to the tenders with the largest remainders, then the earliest); the policy
`stored_value_first` or `gateway_first` empties those first. Points go back as points; a gift card that has expired
or been blocked gives back to the balance; a gateway's part is booked at once (revenue to its clearing account)
and waits for the gateway's confirmation. A refund never exceeds what a tender paid, the points earned on the order
are reversed in proportion, and a refund of an order that bought gift cards is limited to what is left on them
(taken back from the cards). Above `refund_approval_limit` a refund waits for a second person's approval.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.payments import GiftCard, LedgerAccount, LedgerTransfer, OrderCharge, Payment, Refund, RefundPart, Tender
from middle_tier.contract import E_CONFLICT, E_PERMISSION, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.payments import REFUND, REFUND_POLICIES, RefundPartRecord, RefundRecord
from middle_tier.core import validate
from middle_tier.core.money import FEN, parse_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.settings import get_setting
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments import ledger
from middle_tier.payments.tenders import order
from middle_tier.payments.wallet import balance_account, points_account

REFUND_FLOW = Workflow(REFUND, Refund, stamps={"done": "done_at"}, by={"pending": "approved_by"},
                       name_attr="refund_no")
ZERO = Decimal("0.00")
INTERNAL = ("points", "gift_card", "balance")


def allocate(amount: Decimal, room: list[Decimal], policy: str, kinds: list[str]) -> list[Decimal]:
    """Split `amount` over tenders that can give back `room` each: in proportion (largest remainder, then the
    earliest, takes a left-over fen), or filling one group of kinds first."""
    if policy != "original":
        first = INTERNAL if policy == "stored_value_first" else ("gateway",)
        order_ = sorted(range(len(room)), key=lambda i: (kinds[i] not in first, i))
        out, left = [ZERO] * len(room), amount
        for i in order_:
            take = min(room[i], left)
            out[i], left = take, left - take
        return out
    total = sum(room, ZERO)
    if total == 0:
        return [ZERO] * len(room)
    exact = [amount * r / total for r in room]
    out = [e.quantize(FEN, rounding=ROUND_DOWN) for e in exact]
    left = int((amount - sum(out, ZERO)) / FEN)
    for i in sorted(range(len(room)), key=lambda i: (-(exact[i] - out[i]), i)):
        if left == 0:
            break
        if out[i] + FEN <= room[i]:
            out[i] += FEN
            left -= 1
    return out


def _record(uow: UnitOfWork, r: Refund) -> RefundRecord:
    parts = []
    for p in uow.session.scalars(select(RefundPart).where(RefundPart.refund_id == r.id).order_by(RefundPart.id)):
        t = uow.session.get(Tender, p.tender_id)
        to = ""
        if p.to_account_id:
            acc = uow.session.get(LedgerAccount, p.to_account_id)
            to = acc.code if acc else ""
        parts.append(RefundPartRecord(p.tender_id, t.kind if t else "", "", p.amount, p.points, to, p.state))
    return RefundRecord(r.id, r.refund_no, r.order_ref, r.amount, r.reason, r.policy, r.state, r.requested_by,
                        r.approved_by, r.failure, r.created_at, r.done_at, tuple(parts))


def _cards_sold(uow: UnitOfWork, order_ref: str) -> list[GiftCard]:
    return list(uow.session.scalars(select(GiftCard).where(GiftCard.sold_order_ref == order_ref)
                                    .order_by(GiftCard.id).with_for_update()))


def _execute(uow: UnitOfWork, refund: Refund, charge: OrderCharge) -> None:
    """Book the refund: parts per tender, the ledger transfers, the points earned reversed."""
    tenders = list(uow.session.scalars(select(Tender).where(Tender.order_ref == charge.order_ref,
                                                                   Tender.state == "captured").order_by(Tender.seq)))
    room = [t.amount - t.refunded for t in tenders]
    amount = refund.amount
    if sum(room, ZERO) < amount:
        raise DomainError(E_VALIDATION, Text("At most {most} of order {order} can be refunded.",
                                             most=sum(room, ZERO), order=charge.order_ref), "amount")
    revenue = ledger.house(uow, "revenue")
    if charge.for_gift_cards:        # the cards give back what is left on them first, or the refund is refused
        left = amount
        for card in _cards_sold(uow, charge.order_ref):
            acc = uow.session.get(LedgerAccount, card.account_id) if card.account_id else None
            take = min(ledger.available(acc), left) if acc is not None else ZERO
            if take > 0:
                ledger.transfer(uow, key=f"refund:{refund.refund_no}:card:{card.code}", kind="gift_card_refund",
                                src=acc, dst=revenue, amount=take, order_ref=charge.order_ref,
                                refund_no=refund.refund_no, card_id=card.id)
                left -= take
        if left > 0:
            raise DomainError(E_VALIDATION, Text("The gift cards of order {order} have been spent: at most {most} "
                                                 "can be refunded.", order=charge.order_ref, most=amount - left),
                              "amount")
    shares = allocate(amount, room, refund.policy, [t.kind for t in tenders])
    waiting = False
    for t, share in zip(tenders, shares):
        if share <= 0:
            continue
        key = f"refund:{refund.refund_no}:{t.seq}"
        part = RefundPart(refund_id=refund.id, tender_id=t.id, amount=share, state="done")
        if t.kind == "gateway":
            payment = uow.session.get(Payment, t.payment_id)
            tr, _ = ledger.transfer(uow, key=key, kind="refund", src=revenue,
                                    dst=ledger.clearing(uow, payment.gateway), amount=share,
                                    order_ref=charge.order_ref, refund_no=refund.refund_no)
            payment.refunded += share
            part.state, waiting = "pending", True
        elif t.kind == "points":
            hold = uow.session.get(LedgerTransfer, t.transfer_id)
            back = t.points - _points_back(uow, t) if t.refunded + share == t.amount else \
                int((Decimal(t.points) * share / t.amount).to_integral_value(rounding=ROUND_DOWN))
            dst = uow.session.get(LedgerAccount, hold.from_account_id)
            tr = None
            if back > 0:
                tr, _ = ledger.transfer(uow, key=key, kind="refund", src=ledger.house(uow, "points_issued", unit="PTS"),
                                        dst=dst, amount=Decimal(back), order_ref=charge.order_ref,
                                        refund_no=refund.refund_no)
            ledger.transfer(uow, key=f"{key}:value", kind="refund", src=revenue,
                            dst=ledger.house(uow, "promotion_expense"), amount=share, order_ref=charge.order_ref,
                            refund_no=refund.refund_no)
            part.points, part.to_account_id = back, dst.id
        else:
            hold = uow.session.get(LedgerTransfer, t.transfer_id)
            dst = uow.session.get(LedgerAccount, hold.from_account_id)
            if t.kind == "gift_card":
                card = uow.session.get(GiftCard, hold.card_id)
                if card is None or card.state != "active" or card.expires_on < utcnow().date():
                    dst = balance_account(uow, charge.customer_ref)      # an expired card gives back to the balance
            tr, _ = ledger.transfer(uow, key=key, kind="refund", src=revenue, dst=dst, amount=share,
                                    order_ref=charge.order_ref, refund_no=refund.refund_no,
                                    card_id=hold.card_id if dst.kind == "gift_card" else None)
            part.to_account_id = dst.id
        part.transfer_id = tr.id if tr is not None else None
        t.refunded += share
        uow.session.add(part)
    charge.refunded += amount
    _reverse_points(uow, charge, refund)
    REFUND_FLOW.move(uow, refund, "pending", audit=False)
    if not waiting:
        REFUND_FLOW.move(uow, refund, "done", audit=False)


def _points_back(uow: UnitOfWork, t: Tender) -> int:
    """The points already given back for a points tender."""
    return sum(p.points for p in uow.session.scalars(select(RefundPart).where(RefundPart.tender_id == t.id)))


def _reverse_points(uow: UnitOfWork, charge: OrderCharge, refund: Refund) -> None:
    """Take back the points the order earned, in proportion to what is refunded of its payable."""
    earned = uow.session.scalars(select(LedgerTransfer).where(
        LedgerTransfer.order_ref == charge.order_ref, LedgerTransfer.kind == "earn",
        LedgerTransfer.state != "voided").order_by(LedgerTransfer.id.desc())).first()
    if earned is None:
        return
    original = uow.session.scalars(select(LedgerTransfer).where(
        LedgerTransfer.key == f"earn:{charge.order_ref}:{charge.attempt}")).one_or_none()
    base = int(original.amount) if original is not None else int(earned.amount)
    keep = int((Decimal(base) * (charge.payable - charge.refunded) / charge.payable).to_integral_value(ROUND_DOWN))
    issued = ledger.house(uow, "points_issued", unit="PTS")
    if earned.state == "pending":             # not yet usable: the earning is replaced by a smaller one
        ledger.void(uow, earned)
        if keep > 0:
            ledger.transfer(uow, key=f"earn:{charge.order_ref}:{charge.attempt}:{refund.refund_no}", kind="earn",
                            src=issued, dst=uow.session.get(LedgerAccount, earned.to_account_id),
                            amount=Decimal(keep), pending=True, expires_at=earned.expires_at,
                            order_ref=charge.order_ref)
        return
    back_so_far = sum(int(t.amount) for t in uow.session.scalars(select(LedgerTransfer).where(
        LedgerTransfer.order_ref == charge.order_ref, LedgerTransfer.kind == "earn_reversal")))
    take = int(earned.amount) - keep - back_so_far
    acc = points_account(uow, charge.customer_ref)
    take = min(take, int(ledger.available(acc)))       # points spent meanwhile cannot be taken back
    if take > 0:
        ledger.transfer(uow, key=f"earn-back:{refund.refund_no}", kind="earn_reversal", src=acc, dst=issued,
                        amount=Decimal(take), order_ref=charge.order_ref, refund_no=refund.refund_no)


@verb("payments.refund", label="Refund an order", writes=True)
def refund_order(uow: UnitOfWork, *, order_ref: str, refund_no: str, amount: str, reason: str,
                 policy: str = "original") -> RefundRecord:
    """Refund part or all of a paid order. The same refund number again returns the first refund. Above the
    approval limit the refund waits for approval."""
    ref = order(order_ref)
    number = validate.reference(refund_no, "refund_no", "Refund number")
    existing = uow.session.scalars(select(Refund).where(Refund.refund_no == number)).one_or_none()
    if existing is not None:
        if existing.order_ref != ref:
            raise DomainError(E_CONFLICT, Text("Refund number {no} belongs to another order.", no=number), "refund_no")
        uow.nothing_changed()
        return _record(uow, existing)
    value = parse_money(amount, "amount", "Amount", minimum=Decimal("0.01"))
    policy = validate.choice(policy, "policy", "Refund policy", REFUND_POLICIES)
    why = validate.text(reason, "reason", "Reason", max_length=255)
    charge = uow.session.scalars(select(OrderCharge).where(OrderCharge.order_ref == ref)
                                 .with_for_update()).one_or_none()
    charge = validate.found(charge, "This order's payment", "order_ref")
    if charge.state != "paid":
        raise DomainError(E_CONFLICT, Text("Order {order} is not paid: void its payment instead.", order=ref),
                          "order_ref")
    if value > charge.payable - charge.refunded:
        raise DomainError(E_VALIDATION, Text("At most {most} of order {order} can be refunded.",
                                             most=charge.payable - charge.refunded, order=ref), "amount")
    refund = Refund(refund_no=number, order_ref=ref, amount=value, reason=why, policy=policy,
                    state="awaiting_approval", requested_by=uow.state.username if uow.state else "",
                    created_at=utcnow())
    uow.session.add(refund)
    uow.session.flush()
    uow.audit("refund", refund.id, {"refund": [None, f"{ref}: {value}"]})
    if value <= Decimal(get_setting(uow.session, "refund_approval_limit")):
        _execute(uow, refund, charge)
    return _record(uow, refund)


def _waiting(uow: UnitOfWork, refund_no: str) -> Refund:
    number = validate.reference(refund_no, "refund_no", "Refund number")
    refund = uow.session.scalars(select(Refund).where(Refund.refund_no == number).with_for_update()).one_or_none()
    refund = validate.found(refund, "This refund", "refund_no")
    if uow.state is not None and refund.requested_by == uow.state.username:
        raise DomainError(E_PERMISSION, Text("A second person approves a refund, not the one who asked for it."),
                          "refund_no")
    return refund


@verb("payments.approve", label="Approve a refund", writes=True)
def approve_refund(uow: UnitOfWork, *, refund_no: str) -> RefundRecord:
    """Carry out a refund that waits for approval (by someone other than who asked for it)."""
    refund = _waiting(uow, refund_no)
    REFUND_FLOW.check(refund, "pending")
    charge = uow.session.scalars(select(OrderCharge).where(OrderCharge.order_ref == refund.order_ref)
                                 .with_for_update()).one()
    if refund.amount > charge.payable - charge.refunded:
        raise DomainError(E_VALIDATION, Text("At most {most} of order {order} can be refunded.",
                                             most=charge.payable - charge.refunded, order=refund.order_ref), "amount")
    _execute(uow, refund, charge)
    uow.audit("refund", refund.id, {"state": ["awaiting_approval", refund.state]})
    return _record(uow, refund)


@verb("payments.approve", label="Reject a refund", writes=True)
def reject_refund(uow: UnitOfWork, *, refund_no: str, reason: str) -> RefundRecord:
    """Refuse a refund that waits for approval."""
    refund = _waiting(uow, refund_no)
    REFUND_FLOW.move(uow, refund, "rejected")
    refund.failure = validate.text(reason, "reason", "Reason", max_length=255)
    return _record(uow, refund)


@verb("payments.approve", label="Confirm a gateway refund", writes=True)
def confirm_refund_payout(uow: UnitOfWork, *, refund_no: str, reference: str) -> RefundRecord:
    """The gateway (or the bank) paid a refund's gateway part back: the refund is done."""
    number = validate.reference(refund_no, "refund_no", "Refund number")
    refund = validate.found(uow.session.scalars(select(Refund).where(Refund.refund_no == number)
                                                .with_for_update()).one_or_none(), "This refund", "refund_no")
    ref = validate.text(reference, "reference", "Reference", max_length=64)
    REFUND_FLOW.check(refund, "done")
    for part in uow.session.scalars(select(RefundPart).where(RefundPart.refund_id == refund.id,
                                                              RefundPart.state == "pending")):
        part.state, part.gateway_refund_id = "done", ref
    REFUND_FLOW.move(uow, refund, "done")
    return _record(uow, refund)


@verb("payments.read")
def get_refund(uow: UnitOfWork, *, refund_no: str) -> RefundRecord:
    number = validate.reference(refund_no, "refund_no", "Refund number")
    return _record(uow, validate.found(uow.session.scalars(select(Refund).where(Refund.refund_no == number))
                                       .one_or_none(), "This refund", "refund_no"))


@verb("payments.read")
def list_refunds(uow: UnitOfWork, *, order_ref: str = "", state: str = "", cursor: str = "",
                 page_size: int = 100) -> Page:
    """Refunds, newest first; of one order, in one state when given."""
    stmt = select(Refund)
    if order_ref:
        stmt = stmt.where(Refund.order_ref == order(order_ref))
    if state:
        stmt = stmt.where(Refund.state == validate.choice(state, "state", "State", REFUND.states))
    return keyset_page(uow.session, stmt, [(Refund.id, True)], cursor=cursor, page_size=page_size,
                       columns=RefundRecord.columns(), row_to_wire=lambda r: _record(uow, r[0]).to_wire(),
                       key_of=lambda r: (r[0].id,))
