"""Gift cards: batches, printed codes with a check digit, secret PINs kept only as hashes, activation when sold,
balance enquiry, blocking, expiry posted as breakage.

A card's money is its ledger account `card:<code>` from activation on: a sold card is a liability until it is
redeemed (its tender moves it into revenue) or it expires (into breakage). A wrong PIN is counted; after
PIN_ATTEMPTS in a row the card is blocked.
"""
from __future__ import annotations

import secrets
from decimal import Decimal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from data_tier.base import utcnow
from data_tier.payments import GiftCard, GiftCardBatch, LedgerAccount, LedgerTransfer
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.payments import (
    GIFT_CARD,
    GIFT_CARD_KINDS,
    GiftCardBatchRecord,
    GiftCardRecord,
    IssuedCard,
    TransferRecord,
)
from middle_tier.core import validate
from middle_tier.core.db import next_number
from middle_tier.core.money import parse_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import RecordedRefusal, UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments import ledger

CARD_FLOW = Workflow(GIFT_CARD, GiftCard, name_attr="code")
PIN_ATTEMPTS = 5
MAX_BATCH = 100_000
MAX_ISSUE = 500
# A PIN of 8 digits is checked once per enquiry or payment: a light argon2id (about 3 ms) is enough when every
# wrong PIN counts towards blocking the card, and keeps issuing a batch of 10,000 cards under a minute.
PINS = PasswordHasher(time_cost=1, memory_cost=4096, parallelism=1)


def luhn_digit(digits: str) -> str:
    """The Luhn check digit of a string of digits (as on payment cards: a mistyped digit is caught)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def valid_code(code: str) -> bool:
    return len(code) == 16 and code.isdigit() and luhn_digit(code[:-1]) == code[-1]


def _code_arg(code: str) -> str:
    code = "".join(code.split())
    if not valid_code(code):
        raise DomainError(E_VALIDATION, Text("{code} is not a gift card number (16 digits, the last a check digit).",
                                             code=code[:24]), "code")
    return code


def _card(uow: UnitOfWork, code: str, *, lock: bool = False) -> GiftCard:
    stmt = select(GiftCard).where(GiftCard.code == _code_arg(code))
    return validate.found(uow.session.scalars(stmt.with_for_update() if lock else stmt).one_or_none(),
                          "This gift card", "code")


def checked_card(uow: UnitOfWork, code: str, pin: str) -> GiftCard:
    """The active, unexpired card whose PIN this is. A wrong PIN is counted, and the count kept although the call
    is refused (RecordedRefusal): check cards before changing anything else."""
    card = _card(uow, code, lock=True)
    try:
        ok = PINS.verify(card.pin_hash, pin.strip())
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        card.pin_failures += 1
        if card.pin_failures >= PIN_ATTEMPTS and card.state in ("active", "created"):
            CARD_FLOW.move(uow, card, "blocked", audit=False)
            card.blocked_reason = "too many wrong PINs"
        uow.audit("gift_card", card.id, {"wrong_pin": [card.pin_failures - 1, card.pin_failures]})
        raise RecordedRefusal(E_VALIDATION, Text("The PIN of gift card {code} is wrong.", code=card.code), "pin")
    if card.pin_failures:
        card.pin_failures = 0
    if card.state != "active":
        raise DomainError(E_VALIDATION, Text("Gift card {code} is {state}.", code=card.code, state=card.state), "code")
    if card.expires_on < utcnow().date():
        raise DomainError(E_VALIDATION, Text("Gift card {code} expired on {day}.", code=card.code,
                                             day=card.expires_on), "code")
    return card


def card_record(uow: UnitOfWork, card: GiftCard) -> GiftCardRecord:
    acc = uow.session.get(LedgerAccount, card.account_id) if card.account_id else None
    batch = uow.session.get(GiftCardBatch, card.batch_id)
    return GiftCardRecord(card.id, card.code, card.kind, card.state, card.face_value,
                          acc.posted if acc else Decimal("0.00"), acc.held if acc else Decimal("0.00"),
                          card.expires_on, batch.number if batch else "", card.sold_order_ref, card.activated_at,
                          card.blocked_reason, card.version)


def transfer_record(t: LedgerTransfer, codes: dict[int, str]) -> TransferRecord:
    return TransferRecord(t.id, t.key, t.kind, t.unit, codes.get(t.from_account_id, ""), codes.get(t.to_account_id, ""),
                          t.amount, t.state, t.order_ref, t.refund_no, t.note, t.created_by, t.created_at, t.ended_at)


def _batch_record(b: GiftCardBatch, issued: int) -> GiftCardBatchRecord:
    return GiftCardBatchRecord(b.id, b.number, b.kind, b.count, b.face_value, b.expires_on, b.note, b.created_by,
                               b.created_at, issued)


@verb("payments.write", label="Create a gift card batch", writes=True)
def create_gift_card_batch(uow: UnitOfWork, *, kind: str, count: int, face_value: str, expires_on: str,
                           note: str = "") -> GiftCardBatchRecord:
    """A batch of cards to issue (`issue_gift_cards` makes them, in parts, with their PINs)."""
    kind = validate.choice(kind, "kind", "Kind", GIFT_CARD_KINDS)
    if not 1 <= count <= MAX_BATCH:
        raise DomainError(E_VALIDATION, Text("A batch has 1 to {most} cards.", most=MAX_BATCH), "count")
    value = parse_money(face_value, "face_value", "Face value", minimum=Decimal("0.01"))
    day = validate.day(expires_on, "expires_on", "Expires on", required=True)
    assert day is not None
    if day <= utcnow().date():
        raise DomainError(E_VALIDATION, Text("Expires on must be a day to come."), "expires_on")
    batch = GiftCardBatch(number=next_number(uow, GiftCardBatch, "GCB"), kind=kind, count=count, face_value=value,
                          expires_on=day, note=validate.text(note, "note", "Note", max_length=255, required=False),
                          created_by=uow.state.username if uow.state else "", created_at=utcnow())
    uow.session.add(batch)
    uow.session.flush()
    uow.audit("gift_card_batch", batch.id, {"batch": [None, f"{count} x {value} {kind}"]})
    return _batch_record(batch, 0)


@verb("payments.write", label="Issue gift cards", writes=True)
def issue_gift_cards(uow: UnitOfWork, *, batch_id: int, count: int) -> tuple[IssuedCard, ...]:
    """Make up to `count` (at most 500 per call) more cards of a batch, until the batch is complete; each with its
    PIN, shown this once (only its hash is kept). Call again for the next part."""
    batch = validate.found(uow.session.get(GiftCardBatch, batch_id, with_for_update=True), "This batch", "batch_id")
    if not 1 <= count <= MAX_ISSUE:
        raise DomainError(E_VALIDATION, Text("Issue 1 to {most} cards per call.", most=MAX_ISSUE), "count")
    made = uow.session.scalar(select(func.count()).select_from(GiftCard).where(GiftCard.batch_id == batch.id)) or 0
    todo = min(count, batch.count - made)
    issued = []
    for _ in range(todo):
        while True:
            first = "8" + "".join(secrets.choice("0123456789") for _ in range(14))
            code = first + luhn_digit(first)
            if uow.session.scalar(select(GiftCard.id).where(GiftCard.code == code)) is None:
                break
        pin = "".join(secrets.choice("0123456789") for _ in range(8))
        uow.session.add(GiftCard(code=code, pin_hash=PINS.hash(pin), batch_id=batch.id, kind=batch.kind,
                                 face_value=batch.face_value, state="created", expires_on=batch.expires_on))
        issued.append(IssuedCard(code, pin))
    uow.session.flush()
    if issued:
        uow.audit("gift_card_batch", batch.id, {"issued": [made, made + len(issued)]})
    else:
        uow.nothing_changed()
    return tuple(issued)


@verb("payments.write", label="Activate a gift card", writes=True)
def activate_gift_card(uow: UnitOfWork, *, code: str, order_ref: str, paid_with: str = "order") -> GiftCardRecord:
    """The card was sold: its face value becomes its balance, paid from the order's revenue (`order`: the order's
    payment has been booked as a sale) or from the till (`cash`). Idempotent for the same order."""
    card = _card(uow, code, lock=True)
    source = validate.choice(paid_with, "paid_with", "Paid with", ("order", "cash"))
    ref = validate.reference(order_ref, "order_ref", "Order")
    if card.state == "active" and card.sold_order_ref == ref:
        uow.nothing_changed()
        return card_record(uow, card)
    CARD_FLOW.move(uow, card, "active")
    acc = ledger.account(uow, f"card:{card.code}", "gift_card", owner_ref=card.code)
    card.account_id, card.sold_order_ref, card.activated_at = acc.id, ref, utcnow()
    ledger.transfer(uow, key=f"card-sale:{card.code}", kind="gift_card_sale",
                    src=ledger.house(uow, "revenue" if source == "order" else "cash"), dst=acc,
                    amount=card.face_value, order_ref=ref, card_id=card.id)
    return card_record(uow, card)


@verb("payments.read", writes=True, label="Check a gift card's balance")
def gift_card_balance(uow: UnitOfWork, *, code: str, pin: str) -> GiftCardRecord:
    """A card's balance for whoever holds it: the code and its PIN (a wrong PIN counts towards blocking the card).
    A blocked or expired card answers too, with its state."""
    card = _card(uow, code, lock=True)
    try:
        checked_card(uow, code, pin)
    except RecordedRefusal:
        raise
    except DomainError:     # not active, or expired: the holder still learns its state and balance
        pass
    uow.nothing_changed()
    return card_record(uow, card)


@verb("payments.read")
def get_gift_card(uow: UnitOfWork, *, code: str) -> GiftCardRecord:
    """A card as staff see it (no PIN needed)."""
    return card_record(uow, _card(uow, code))


@verb("payments.read")
def list_gift_cards(uow: UnitOfWork, *, batch_id: int = 0, state: str = "", cursor: str = "",
                    page_size: int = 100) -> Page:
    """Cards by number, of a batch and in a state when given."""
    stmt = select(GiftCard)
    if batch_id:
        stmt = stmt.where(GiftCard.batch_id == batch_id)
    if state:
        stmt = stmt.where(GiftCard.state == validate.choice(state, "state", "State", GIFT_CARD.states))
    return keyset_page(uow.session, stmt, [(GiftCard.code, False)], cursor=cursor, page_size=page_size,
                       columns=GiftCardRecord.columns(), row_to_wire=lambda r: card_record(uow, r[0]).to_wire(),
                       key_of=lambda r: (r[0].code,))


@verb("payments.read")
def list_gift_card_batches(uow: UnitOfWork, *, cursor: str = "", page_size: int = 100) -> Page:
    """Batches, newest first."""
    issued = select(func.count()).select_from(GiftCard).where(GiftCard.batch_id == GiftCardBatch.id).scalar_subquery()
    return keyset_page(uow.session, select(GiftCardBatch, issued), [(GiftCardBatch.id, True)], cursor=cursor,
                       page_size=page_size, columns=GiftCardBatchRecord.columns(),
                       row_to_wire=lambda r: _batch_record(r[0], r[1]).to_wire(), key_of=lambda r: (r[0].id,))


@verb("payments.write", label="Block a gift card", writes=True)
def block_gift_card(uow: UnitOfWork, *, code: str, reason: str) -> GiftCardRecord:
    """Stop a card from paying (lost, stolen, disputed); its balance stays."""
    card = _card(uow, code, lock=True)
    why = validate.text(reason, "reason", "Reason", max_length=255)
    CARD_FLOW.move(uow, card, "blocked")
    card.blocked_reason = why
    return card_record(uow, card)


@verb("payments.write", label="Unblock a gift card", writes=True)
def unblock_gift_card(uow: UnitOfWork, *, code: str) -> GiftCardRecord:
    """Let a blocked card pay again (its wrong-PIN count starts again); one never sold stays unsold."""
    card = _card(uow, code, lock=True)
    CARD_FLOW.move(uow, card, "active")
    if card.account_id is None:
        raise DomainError(E_VALIDATION, Text("Gift card {code} was never sold.", code=card.code), "code")
    card.blocked_reason, card.pin_failures = "", 0
    return card_record(uow, card)


@verb("payments.write", label="Expire gift cards", writes=True)
def expire_gift_cards(uow: UnitOfWork) -> int:
    """Cards past their last day: what is left on them is posted to breakage, the card expired (at most 1,000 at
    once); returns how many."""
    today = utcnow().date()
    cards = list(uow.session.scalars(select(GiftCard).where(GiftCard.state.in_(("active", "blocked")),
                                                            GiftCard.expires_on < today)
                                     .order_by(GiftCard.id).limit(1000).with_for_update()))
    breakage = ledger.house(uow, "breakage")
    for card in cards:
        CARD_FLOW.move(uow, card, "expired", audit=False)
        if card.account_id is not None:
            acc = uow.session.get(LedgerAccount, card.account_id)
            uow.session.refresh(acc)
            left = ledger.available(acc)
            if left > 0:
                ledger.transfer(uow, key=f"expiry:{card.code}", kind="expiry", src=acc, dst=breakage, amount=left,
                                card_id=card.id)
    if cards:
        uow.audit("gift_card", cards[0].id, {"expired": [None, len(cards)]}, more_ids=[c.id for c in cards[1:]])
    else:
        uow.nothing_changed()
    return len(cards)

