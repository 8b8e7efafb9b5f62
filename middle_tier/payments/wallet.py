"""A customer's wallet: the balance (store credit) and points, each a ledger account; top-ups, manual adjustments
(above `adjustment_approval_limit` a second person approves), points earned on paid orders (pending until the
after-sale window closes, then posted) and every entry of an account."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.payments import LedgerAccount, LedgerTransfer, OrderCharge, PointsRule
from middle_tier.contract import E_CONFLICT, E_PERMISSION, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.payments import UNITS, TransferRecord, WalletRecord
from middle_tier.core import validate
from middle_tier.core.money import FEN, parse_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.settings import get_setting
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments import ledger
from middle_tier.payments.cards import transfer_record

DEFAULT_POINTS_PER_YUAN = 1


def customer(value: str) -> str:
    return validate.reference(value, "customer_ref", "Customer", max_length=48)


def balance_account(uow: UnitOfWork, customer_ref: str) -> LedgerAccount:
    return ledger.account(uow, f"balance:{customer_ref}", "balance", owner_ref=customer_ref)


def points_account(uow: UnitOfWork, customer_ref: str) -> LedgerAccount:
    return ledger.account(uow, f"points:{customer_ref}", "points", unit="PTS", owner_ref=customer_ref)


def points_rate(uow: UnitOfWork) -> int:
    """Points that pay one yuan."""
    return int(get_setting(uow.session, "points_per_yuan_redeemed"))


def points_value(points: int, rate: int) -> Decimal:
    """What `points` pay, to the fen, rounded down."""
    return (Decimal(points) / rate).quantize(FEN, rounding=ROUND_DOWN)


def points_for(value: Decimal, rate: int) -> int:
    """The points spent for `value`: the fewest that pay it."""
    fen = int(value * 100)
    return -(-fen * rate // 100)


def earn_points(uow: UnitOfWork, charge: OrderCharge, paid: Decimal) -> None:
    """Points for what an order paid in money (its gateway and balance tenders: never gift cards, which earned when
    they were bought, nor points), per whole yuan by member level; pending until the after-sale window closes."""
    per_yuan = uow.session.scalar(select(PointsRule.points_per_yuan).where(PointsRule.level == charge.member_level))
    if per_yuan is None:
        per_yuan = DEFAULT_POINTS_PER_YUAN
    points = int(paid.to_integral_value(rounding=ROUND_DOWN)) * per_yuan
    if points <= 0:
        return
    days = int(get_setting(uow.session, "after_sale_days"))
    ledger.transfer(uow, key=f"earn:{charge.order_ref}:{charge.attempt}", kind="earn",
                    src=ledger.house(uow, "points_issued", unit="PTS"), dst=points_account(uow, charge.customer_ref),
                    amount=Decimal(points), pending=True, expires_at=utcnow() + dt.timedelta(days=days),
                    order_ref=charge.order_ref, note=f"{points} points for {paid}")


def wallet_record(uow: UnitOfWork, customer_ref: str) -> WalletRecord:
    bal = balance_account(uow, customer_ref)
    pts = points_account(uow, customer_ref)
    pending = uow.session.scalars(select(LedgerTransfer.amount).where(
        LedgerTransfer.to_account_id == pts.id, LedgerTransfer.state == "pending", LedgerTransfer.kind == "earn")).all()
    available_points = int(ledger.available(pts))
    return WalletRecord(customer_ref, bal.posted, bal.held, int(pts.posted), int(pts.held), int(sum(pending)),
                        points_value(available_points, points_rate(uow)))


@verb("payments.read")
def wallet(uow: UnitOfWork, *, customer_ref: str) -> WalletRecord:
    """A customer's balance and points (posted, held for unpaid orders, and pending until their orders' after-sale
    window closes)."""
    return wallet_record(uow, customer(customer_ref))


@verb("payments.read")
def account_entries(uow: UnitOfWork, *, account_code: str, cursor: str = "", page_size: int = 100) -> Page:
    """Every transfer into or out of an account (balance:<customer>, points:<customer>, card:<code>, revenue, ...),
    newest first."""
    code = validate.text(account_code, "account_code", "Account", max_length=64)
    acc = validate.found(uow.session.scalars(select(LedgerAccount).where(LedgerAccount.code == code)).one_or_none(),
                         "This account", "account_code")
    stmt = select(LedgerTransfer).where((LedgerTransfer.from_account_id == acc.id)
                                        | (LedgerTransfer.to_account_id == acc.id))

    def wire(row: tuple) -> tuple:
        t = row[0]
        codes = ledger.codes_of(uow.session, {t.from_account_id, t.to_account_id})
        return transfer_record(t, codes).to_wire()

    return keyset_page(uow.session, stmt, [(LedgerTransfer.id, True)], cursor=cursor, page_size=page_size,
                       columns=TransferRecord.columns(), row_to_wire=wire, key_of=lambda r: (r[0].id,))


@verb("payments.write", label="Top up a balance", writes=True)
def top_up_balance(uow: UnitOfWork, *, customer_ref: str, amount: str, request_id: str) -> WalletRecord:
    """Money paid in at the till becomes the customer's balance. Idempotent by request id."""
    ref = customer(customer_ref)
    value = parse_money(amount, "amount", "Amount", minimum=Decimal("0.01"))
    ledger.transfer(uow, key=f"top-up:{request_id}", kind="top_up", src=ledger.house(uow, "cash"),
                    dst=balance_account(uow, ref), amount=value, note="till")
    uow.audit("ledger_account", f"balance:{ref}", {"top_up": [None, str(value)]})
    return wallet_record(uow, ref)


@verb("payments.adjust", label="Adjust a wallet", writes=True)
def adjust_wallet(uow: UnitOfWork, *, customer_ref: str, unit: str, amount: str, reason: str,
                  request_id: str) -> TransferRecord:
    """Correct a customer's balance (CNY) or points (PTS) by a signed amount, with a reason. Above the approval
    limit it waits (pending) for a second person's approval. Idempotent by request id."""
    ref = customer(customer_ref)
    unit = validate.choice(unit, "unit", "Unit", UNITS)
    why = validate.text(reason, "reason", "Reason", max_length=200)
    value = parse_money(amount, "amount", "Amount", allow_negative=True)
    if value == 0 or (unit == "PTS" and value != value.to_integral_value()):
        raise DomainError(E_VALIDATION, Text("The amount must not be zero (points: whole points)."), "amount")
    acc = balance_account(uow, ref) if unit == "CNY" else points_account(uow, ref)
    house = ledger.house(uow, "adjustment", unit=unit)
    limit = Decimal(get_setting(uow.session, "adjustment_approval_limit"))
    needs_approval = unit == "CNY" and abs(value) > limit
    src, dst = (house, acc) if value > 0 else (acc, house)
    t, _ = ledger.transfer(uow, key=f"adjust:{request_id}", kind="adjustment", src=src, dst=dst, amount=abs(value),
                           pending=needs_approval, note=why)
    uow.audit("ledger_transfer", t.id, {"adjust": [None, f"{acc.code} {value:+} ({why})"]})
    return transfer_record(t, ledger.codes_of(uow.session, {t.from_account_id, t.to_account_id}))


def _pending_adjustment(uow: UnitOfWork, key: str) -> LedgerTransfer:
    t = uow.session.scalars(select(LedgerTransfer).where(LedgerTransfer.key == key)
                            .with_for_update()).one_or_none()
    t = validate.found(t, "This adjustment", "key")
    if t.kind != "adjustment":
        raise DomainError(E_VALIDATION, Text("This is not an adjustment."), "key")
    if t.state != "pending":
        raise DomainError(E_CONFLICT, Text("This adjustment is {state} already.", state=t.state), "key")
    if uow.state is not None and t.created_by == uow.state.username:
        raise DomainError(E_PERMISSION, Text("A second person approves an adjustment, not the one who made it."),
                          "key")
    return t


@verb("payments.approve", label="Approve an adjustment", writes=True)
def approve_adjustment(uow: UnitOfWork, *, key: str) -> TransferRecord:
    """Post an adjustment that waits for approval (by someone other than who made it)."""
    t = _pending_adjustment(uow, validate.text(key, "key", "Adjustment", max_length=128))
    if not ledger.post(uow, t):
        raise DomainError(E_CONFLICT, Text("This adjustment was decided meanwhile."), "key")
    uow.audit("ledger_transfer", t.id, {"state": ["pending", "posted"]})
    return transfer_record(t, ledger.codes_of(uow.session, {t.from_account_id, t.to_account_id}))


@verb("payments.approve", label="Reject an adjustment", writes=True)
def reject_adjustment(uow: UnitOfWork, *, key: str) -> TransferRecord:
    """Void an adjustment that waits for approval."""
    t = _pending_adjustment(uow, validate.text(key, "key", "Adjustment", max_length=128))
    if not ledger.void(uow, t):
        raise DomainError(E_CONFLICT, Text("This adjustment was decided meanwhile."), "key")
    uow.audit("ledger_transfer", t.id, {"state": ["pending", "voided"]})
    return transfer_record(t, ledger.codes_of(uow.session, {t.from_account_id, t.to_account_id}))


def post_due(uow: UnitOfWork, *, most: int = 500) -> int:
    """Post the points whose orders' after-sale window has closed; returns how many transfers."""
    due = list(uow.session.scalars(select(LedgerTransfer).where(
        LedgerTransfer.state == "pending", LedgerTransfer.kind == "earn", LedgerTransfer.expires_at <= utcnow())
        .order_by(LedgerTransfer.expires_at).limit(most)))
    return sum(1 for t in due if ledger.post(uow, t))


@verb("payments.charge", label="Post points now due", writes=True)
def post_due_points(uow: UnitOfWork) -> int:
    """Points earned on orders whose after-sale window has closed become usable (at most 500 at once)."""
    n = post_due(uow)
    if n:
        uow.audit("ledger_transfer", "points", {"posted": [None, n]})
    else:
        uow.nothing_changed()
    return n
