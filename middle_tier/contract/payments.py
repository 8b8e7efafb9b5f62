"""The contract of the `payments` area: the stored-value ledger, gift cards, wallets (balance and points), the
tenders of an order and their holds, gateway payments and their notifications, refunds."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from middle_tier.contract import Record, StateMachine

UNITS = ("CNY", "PTS")
# Accounts that hold customers' money (or points) never go below zero.
CUSTOMER_ACCOUNT_KINDS = ("balance", "points", "gift_card")
HOUSE_ACCOUNT_KINDS = ("clearing", "revenue", "promotion_expense", "breakage", "cash", "points_issued",
                       "adjustment")
TENDER_KINDS = ("points", "gift_card", "balance", "gateway")
GATEWAYS = ("alipay", "wechat", "bank", "card_instalment")
GIFT_CARD_KINDS = ("e_card", "physical")
REFUND_POLICIES = ("original", "stored_value_first", "gateway_first")

# A ledger transfer: a hold (pending) is posted or voided, never anything else.
TRANSFER = StateMachine(
    "ledger_transfer", "Ledger transfer",
    states=("pending", "posted", "voided"),
    transitions=(("pending", "posted"), ("pending", "voided")),
)
GIFT_CARD = StateMachine(
    "gift_card", "Gift card",
    states=("created", "active", "blocked", "expired"),
    transitions=(("created", "active"), ("created", "blocked"), ("active", "blocked"), ("blocked", "active"),
                 ("active", "expired"), ("blocked", "expired")),
)
# An order's tender: held when the order is submitted, captured when it is paid, voided when it is not.
TENDER = StateMachine(
    "tender", "Tender",
    states=("held", "captured", "voided"),
    transitions=(("held", "captured"), ("held", "voided")),
)
# What an order is charged: held at submission, paid when every tender is captured, voided on cancel or timeout.
CHARGE = StateMachine(
    "order_charge", "Order charge",
    states=("held", "paid", "voided"),
    transitions=(("held", "paid"), ("held", "voided"), ("voided", "held")),
)
PAYMENT = StateMachine(
    "payment", "Payment",
    states=("pending", "paid", "failed", "cancelled"),
    transitions=(("pending", "paid"), ("pending", "failed"), ("pending", "cancelled")),
)
REFUND = StateMachine(
    "refund", "Refund",
    states=("awaiting_approval", "pending", "done", "failed", "rejected"),
    transitions=(("awaiting_approval", "pending"), ("awaiting_approval", "rejected"), ("pending", "done"),
                 ("pending", "failed"), ("failed", "pending")),
)


@dataclasses.dataclass(frozen=True)
class AccountRecord(Record):
    id: int
    code: str
    kind: str
    unit: str
    owner_ref: str
    posted: Decimal
    held: Decimal
    available: Decimal


@dataclasses.dataclass(frozen=True)
class TransferRecord(Record):
    id: int
    key: str
    kind: str
    unit: str
    from_code: str
    to_code: str
    amount: Decimal
    state: str
    order_ref: str
    refund_no: str
    note: str
    created_by: str
    created_at: dt.datetime
    ended_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class WalletRecord(Record):
    """A customer's stored value: balance (yuan), points (posted, and pending until the after-sale window closes),
    and what each is worth now."""

    customer_ref: str
    balance: Decimal
    balance_held: Decimal
    points: int
    points_held: int
    points_pending: int
    points_value: Decimal         # what the available points pay, at the redemption rate


@dataclasses.dataclass(frozen=True)
class GiftCardRecord(Record):
    id: int
    code: str
    kind: str
    state: str
    face_value: Decimal
    balance: Decimal
    held: Decimal
    expires_on: dt.date
    batch_number: str
    sold_order_ref: str
    activated_at: dt.datetime | None
    blocked_reason: str
    version: int


@dataclasses.dataclass(frozen=True)
class GiftCardBatchRecord(Record):
    id: int
    number: str
    kind: str
    count: int
    face_value: Decimal
    expires_on: dt.date
    note: str
    created_by: str
    created_at: dt.datetime
    issued: int                  # cards made so far (issue_gift_cards makes the rest)


@dataclasses.dataclass(frozen=True)
class IssuedCard(Record):
    """A card of a new batch with its PIN: shown once, at issue, to be printed or sent; only its hash is kept."""

    code: str
    pin: str


@dataclasses.dataclass(frozen=True)
class TenderLine(Record):
    """One line of a tender plan: a kind, what it names (a gift card's code; '' otherwise), yuan, and the points
    spent for a points line."""

    kind: str
    ref: str
    amount: Decimal
    points: int


@dataclasses.dataclass(frozen=True)
class TenderPlan(Record):
    """How an order's payable would be paid: internal tenders in the house's order, then the gateway for the rest."""

    payable: Decimal
    lines: tuple[TenderLine, ...]
    gateway: str
    gateway_amount: Decimal
    points_cap: Decimal          # the most points may pay of this payable


@dataclasses.dataclass(frozen=True)
class TenderRecord(Record):
    id: int
    seq: int
    kind: str
    ref: str
    amount: Decimal
    points: int
    refunded: Decimal
    state: str


@dataclasses.dataclass(frozen=True)
class PaymentRecord(Record):
    id: int
    number: str
    order_ref: str
    customer_ref: str
    gateway: str
    merchant_id: str
    gateway_txn_id: str
    state: str
    amount: Decimal
    fee: Decimal
    net: Decimal
    refunded: Decimal
    currency: str
    purpose: str
    created_at: dt.datetime
    paid_at: dt.datetime | None
    settled_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class OrderPayment(Record):
    """Where an order's payment stands: `state` unpaid (nothing held), held (tenders held, the gateway not yet
    paid), paid, or voided; its tenders; the gateway payment, if any, and what the shopper is sent to pay it."""

    order_ref: str
    customer_ref: str
    state: str
    payable: Decimal
    tenders: tuple[TenderRecord, ...]
    payment: PaymentRecord | None
    pay_request: tuple[tuple[str, str], ...]      # the gateway's parameters for the shopper (signed)


@dataclasses.dataclass(frozen=True)
class RefundPartRecord(Record):
    tender_id: int
    kind: str
    ref: str
    amount: Decimal
    points: int
    to: str                       # where it went back: the tender's own account, the balance, the gateway
    state: str


@dataclasses.dataclass(frozen=True)
class RefundRecord(Record):
    id: int
    refund_no: str
    order_ref: str
    amount: Decimal
    reason: str
    policy: str
    state: str
    requested_by: str
    approved_by: str
    failure: str
    created_at: dt.datetime
    done_at: dt.datetime | None
    parts: tuple[RefundPartRecord, ...]


@dataclasses.dataclass(frozen=True)
class LedgerProblem(Record):
    """A finding of the ledger self-check: what (unbalanced, cached, negative, tenders), where, the kept figure and
    the one derived from the entries."""

    check: str
    where: str
    kept: str
    derived: str


NOTIFICATION_OUTCOMES = ("applied", "duplicate", "rejected", "overpaid", "ignored", "unknown refund")


@dataclasses.dataclass(frozen=True)
class NotificationRecord(Record):
    """A gateway's notification as received (body and the gateway's headers) and what was made of it."""

    id: int
    gateway: str
    payment_number: str
    received_at: dt.datetime
    outcome: str
    detail: str
    headers: str
    body: str
