"""The stored-value ledger: accounts, and transfers between them that are held (pending), posted or voided.

Every change of an account's cached figures is a conditional UPDATE in the transaction that writes the transfer:
a hold or a direct transfer out of an account that may not go negative takes effect only while
`posted - held >= amount` (so two clients spending one gift card at once cannot both have it), and a transfer
moves from pending to posted or voided only once (`state = 'pending'` in the WHERE). A transfer's `key` makes it
idempotent: asking again returns the first one.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_tier.base import Money, utcnow
from data_tier.payments import LedgerAccount, LedgerTransfer, OrderCharge, Tender
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.contract.payments import CUSTOMER_ACCOUNT_KINDS, TRANSFER, LedgerProblem
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork

TRANSFER_FLOW = Workflow(TRANSFER, LedgerTransfer, name_attr="key")
ZERO = Decimal("0.00")


class Insufficient(DomainError):
    """The account holds less than asked; `available` says how much it has."""

    def __init__(self, message: str, field: str, available: Decimal) -> None:
        super().__init__(E_VALIDATION, message, field)
        self.available = available


def account(uow: UnitOfWork, code: str, kind: str, *, unit: str = "CNY", owner_ref: str = "") -> LedgerAccount:
    """The account with this code, opened on first use (two clients opening it at once get the same one)."""
    found = uow.session.scalars(select(LedgerAccount).where(LedgerAccount.code == code)).one_or_none()
    if found is not None:
        return found
    new = LedgerAccount(code=code, kind=kind, unit=unit, owner_ref=owner_ref,
                        no_negative=kind in CUSTOMER_ACCOUNT_KINDS, posted=ZERO, held=ZERO)
    try:
        with uow.session.begin_nested():
            uow.session.add(new)
    except IntegrityError:
        return uow.session.scalars(select(LedgerAccount).where(LedgerAccount.code == code)).one()
    return new


def house(uow: UnitOfWork, kind: str, *, unit: str = "CNY") -> LedgerAccount:
    """One of the shop's own accounts: revenue, promotion_expense, breakage, cash, adjustment; points_issued (PTS)."""
    return account(uow, kind if unit == "CNY" else f"{kind}:{unit}", kind, unit=unit)


def clearing(uow: UnitOfWork, gateway: str) -> LedgerAccount:
    """What a gateway collected for us and has not yet paid out (one account per gateway)."""
    return account(uow, f"clearing:{gateway}", "clearing")


def fen(amount: Decimal) -> Any:
    """An amount as a bound value of the money type (whole fen on SQLite) inside an SQL expression: arithmetic on
    money columns would otherwise bind it as a plain number."""
    return literal(amount, Money())


def available(acc: LedgerAccount) -> Decimal:
    return acc.posted - acc.held


def _take(session: Session, acc: LedgerAccount, amount: Decimal, column: str) -> bool:
    """Move `amount` into the account's `held` (a hold) or out of its `posted` (a direct transfer), provided an
    account that may not go negative has it available; False when it has not."""
    table = LedgerAccount.__table__
    a = fen(amount)
    values = {"held": table.c.held + a} if column == "held" else {"posted": table.c.posted - a}
    stmt = update(table).where(table.c.id == acc.id).values(**values)
    if acc.no_negative:
        stmt = stmt.where(table.c.posted - table.c.held >= a)
    return session.execute(stmt).rowcount == 1


def transfer(uow: UnitOfWork, *, key: str, kind: str, src: LedgerAccount, dst: LedgerAccount, amount: Decimal,
             pending: bool = False, expires_at: dt.datetime | None = None, order_ref: str = "", refund_no: str = "",
             card_id: int | None = None, note: str = "", reverses_id: int | None = None,
             field: str = "amount") -> tuple[LedgerTransfer, bool]:
    """Move `amount` from `src` to `dst` (posted now, or held on `src` when `pending`); (the transfer, whether it is
    new). The same key again returns the first transfer and changes nothing. Insufficient when `src` may not go
    negative and has less available."""
    session = uow.session
    done = session.scalars(select(LedgerTransfer).where(LedgerTransfer.key == key)).one_or_none()
    if done is not None:
        return done, False
    if amount <= 0 or src.unit != dst.unit or src.id == dst.id:
        raise ValueError(f"a transfer moves a positive amount between two accounts of one unit ({key})")
    session.flush()
    if not _take(session, src, amount, "held" if pending else "posted"):
        session.refresh(src)
        raise Insufficient(Text("Only {available} is available on {account}; {amount} asked.",
                                available=available(src), account=src.code, amount=amount), field, available(src))
    if not pending:
        session.execute(update(LedgerAccount.__table__).where(LedgerAccount.id == dst.id)
                        .values(posted=LedgerAccount.__table__.c.posted + fen(amount)))
    row = LedgerTransfer(key=key, kind=kind, unit=src.unit, from_account_id=src.id, to_account_id=dst.id,
                         amount=amount, state="pending" if pending else "posted", order_ref=order_ref,
                         refund_no=refund_no, card_id=card_id, note=note[:255], reverses_id=reverses_id,
                         created_by=uow.state.username if uow.state else "", created_at=utcnow(),
                         expires_at=expires_at if pending else None, ended_at=None if pending else utcnow())
    session.add(row)
    try:
        session.flush()
    except IntegrityError:     # the same key, written by another connection a moment ago
        raise DomainError(E_CONFLICT, Text("This payment step was made meanwhile; ask again."), "key") from None
    for acc in (src, dst):
        session.expire(acc, ["posted", "held"])
    return row, True


def _end(uow: UnitOfWork, t: LedgerTransfer, target: str) -> bool:
    """pending -> posted | voided, once (False when another connection ended it first)."""
    TRANSFER_FLOW.check(t, target)
    session = uow.session
    table = LedgerTransfer.__table__
    moved = session.execute(update(table).where(table.c.id == t.id, table.c.state == "pending")
                            .values(state=target, ended_at=utcnow())).rowcount == 1
    if not moved:
        session.refresh(t)
        return False
    accounts = LedgerAccount.__table__
    a = fen(t.amount)
    if target == "posted":
        session.execute(update(accounts).where(accounts.c.id == t.from_account_id)
                        .values(held=accounts.c.held - a, posted=accounts.c.posted - a))
        session.execute(update(accounts).where(accounts.c.id == t.to_account_id)
                        .values(posted=accounts.c.posted + a))
    else:
        session.execute(update(accounts).where(accounts.c.id == t.from_account_id)
                        .values(held=accounts.c.held - a))
    session.expire(t)
    return True


def post(uow: UnitOfWork, t: LedgerTransfer) -> bool:
    return t.state == "posted" or _end(uow, t, "posted")


def void(uow: UnitOfWork, t: LedgerTransfer) -> bool:
    return t.state == "voided" or _end(uow, t, "voided")


def transfers_of(uow: UnitOfWork, acc: LedgerAccount, *, limit: int = 500) -> list[LedgerTransfer]:
    """An account's transfers, newest first."""
    return list(uow.session.scalars(
        select(LedgerTransfer)
        .where((LedgerTransfer.from_account_id == acc.id) | (LedgerTransfer.to_account_id == acc.id))
        .order_by(LedgerTransfer.id.desc()).limit(limit)))


def codes_of(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(LedgerAccount.id, LedgerAccount.code).where(LedgerAccount.id.in_(ids)))
    return dict(rows.all())      # (a Result has keys(): dict() would take it for a mapping)


# ---- the self-check ------------------------------------------------------------------------------------------

def problems(session: Session, *, most: int = 1000) -> list[LedgerProblem]:
    """Everything that disagrees: per unit the balances do not sum to zero; an account's cached figures differ from
    its entries; a transfer names an account that does not exist; an account of a customer or card below zero; a
    paid order whose captured tenders do not sum to its payable. Empty when the ledger is sound."""
    found: list[LedgerProblem] = []
    t = LedgerTransfer
    flows: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])      # account -> [posted, held]
    for acc_id, amount in session.execute(select(t.to_account_id, func.sum(t.amount)).where(t.state == "posted")
                                          .group_by(t.to_account_id)):
        flows[acc_id][0] += Decimal(amount)
    for acc_id, posted_out, held_out in session.execute(
            select(t.from_account_id,
                   func.sum(case((t.state == "posted", t.amount), else_=0)),
                   func.sum(case((t.state == "pending", t.amount), else_=0)))
            .group_by(t.from_account_id)):
        flows[acc_id][0] -= Decimal(posted_out or 0)
        flows[acc_id][1] += Decimal(held_out or 0)
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    seen: set[int] = set()
    for acc in session.scalars(select(LedgerAccount).order_by(LedgerAccount.id)):
        seen.add(acc.id)
        posted, held = (v.quantize(Decimal("0.01")) for v in flows.get(acc.id, [ZERO, ZERO]))
        totals[acc.unit] += acc.posted
        if acc.posted != posted:
            found.append(LedgerProblem("cached", f"{acc.code} posted", str(acc.posted), str(posted)))
        if acc.held != held:
            found.append(LedgerProblem("cached", f"{acc.code} held", str(acc.held), str(held)))
        if acc.no_negative and (acc.posted < 0 or acc.posted - acc.held < 0):
            found.append(LedgerProblem("negative", acc.code, str(acc.posted - acc.held), "0.00"))
    for acc_id in sorted(set(flows) - seen):
        found.append(LedgerProblem("dangling", f"account {acc_id}", "missing", str(flows[acc_id][0])))
    for unit, total in sorted(totals.items()):
        if total != 0:
            found.append(LedgerProblem("unbalanced", unit, str(total), "0.00"))
    captured = dict(session.execute(select(Tender.order_ref, func.sum(Tender.amount))
                                    .where(Tender.state == "captured").group_by(Tender.order_ref)).all())
    for ref, payable in session.execute(select(OrderCharge.order_ref, OrderCharge.payable)
                                        .where(OrderCharge.state == "paid")):
        got = Decimal(captured.get(ref) or 0).quantize(Decimal("0.01"))
        if got != payable:
            found.append(LedgerProblem("tenders", ref, str(payable), str(got)))
    return found[:most]
