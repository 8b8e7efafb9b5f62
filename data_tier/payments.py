"""Tables of payments: the stored-value ledger (accounts and the transfers between them), gift cards, the tenders
of an order, gateway payments with the notifications received for them, and refunds.

The ledger is double-entry and append-only: a transfer moves an amount of one unit (CNY, or PTS for points) from
one account to another; it is pending (a hold), posted or voided, and never edited otherwise. Every account's
balance is what came in minus what went out, so the balances of one unit sum to zero, always. The account keeps
two cached figures, kept in the same transaction as the transfers they sum (the self-check proves them):
`posted` (posted in minus posted out) and `held` (pending out). Available = posted - held.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from data_tier.base import Base, BigId, UtcDateTime, money, str64, str128, str255, timestamp, utcnow


class LedgerAccount(Base):
    """An account of the stored-value ledger. `kind`: balance / points / gift_card (money held for a customer or a
    card: never below zero), clearing (one per gateway), revenue, promotion_expense, breakage, cash, points_issued
    (the source of points earned)."""

    __tablename__ = "ledger_account"
    __table_args__ = (Index("ix_ledger_account_owner", "owner_ref", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)        # balance:C0001, points:C0001, card:<code>, revenue, ...
    kind: Mapped[str] = mapped_column(String(24))
    unit: Mapped[str] = mapped_column(String(8), default="CNY")      # CNY | PTS
    owner_ref: Mapped[str64] = mapped_column(default="")               # the customer (or card) it belongs to
    no_negative: Mapped[bool] = mapped_column(Boolean, default=True)
    posted: Mapped[money] = mapped_column(default=Decimal("0.00"))
    held: Mapped[money] = mapped_column(default=Decimal("0.00"))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)


class LedgerTransfer(Base):
    """One movement of value between two accounts. `key` makes it idempotent; `state` pending -> posted | voided,
    nothing else ever changes. A correction is a reversing transfer (`reverses_id`)."""

    __tablename__ = "ledger_transfer"
    __table_args__ = (Index("ix_ledger_transfer_from", "from_account_id", "state"),
                      Index("ix_ledger_transfer_to", "to_account_id", "state"),
                      Index("ix_ledger_transfer_order", "order_ref"),
                      Index("ix_ledger_transfer_pending", "state", "expires_at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key: Mapped[str128] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    unit: Mapped[str] = mapped_column(String(8), default="CNY")
    # No foreign keys to the accounts: checking one takes a shared lock on the account's row, and a transaction that
    # then posts to a shop account everyone uses (revenue, a clearing account) must upgrade it, which deadlocks with
    # every other such transaction. The self-check finds a transfer whose account is missing instead.
    from_account_id: Mapped[int] = mapped_column(Integer)
    to_account_id: Mapped[int] = mapped_column(Integer)
    amount: Mapped[money]
    state: Mapped[str] = mapped_column(String(16), default="posted")   # pending | posted | voided
    order_ref: Mapped[str64] = mapped_column(default="")
    refund_no: Mapped[str64] = mapped_column(default="")
    card_id: Mapped[int | None] = mapped_column(ForeignKey("gift_card.id"))
    reverses_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_transfer.id"))
    note: Mapped[str255] = mapped_column(default="")
    created_by: Mapped[str64] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)     # a hold's end
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)       # posted or voided at


class GiftCardBatch(Base):
    __tablename__ = "gift_card_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16))            # e_card | physical
    count: Mapped[int] = mapped_column(Integer)
    face_value: Mapped[money]
    expires_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str255] = mapped_column(default="")
    created_by: Mapped[str64] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)


class GiftCard(Base):
    """A card: the printed `code` (with a check digit) and a separate secret PIN, kept only as a hash. Its money is
    the ledger account `card:<code>` once it is activated (sold)."""

    __tablename__ = "gift_card"
    __table_args__ = (Index("ix_gift_card_batch", "batch_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    pin_hash: Mapped[str128]
    batch_id: Mapped[int] = mapped_column(ForeignKey("gift_card_batch.id"))
    kind: Mapped[str] = mapped_column(String(16))
    face_value: Mapped[money]
    state: Mapped[str] = mapped_column(String(16), default="created")   # created | active | blocked | expired
    expires_on: Mapped[dt.date] = mapped_column(Date)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_account.id"))
    sold_order_ref: Mapped[str64] = mapped_column(default="")
    activated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    blocked_reason: Mapped[str255] = mapped_column(default="")
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Payment(Base):
    """What an order asked a gateway for (an order paid by internal tenders alone has none: its tenders say it),
    with what finance books: merchant, the gateway's transaction id, gross / fee / net, currency, and the times."""

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_order", "order_ref"), Index("ix_payment_state", "state", "created_at"),
                      UniqueConstraint("gateway", "gateway_txn_id", name="uq_payment_gateway_txn"))
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str64] = mapped_column(unique=True)          # our out_trade_no
    order_ref: Mapped[str64]
    customer_ref: Mapped[str64] = mapped_column(default="")
    gateway: Mapped[str] = mapped_column(String(16))
    merchant_id: Mapped[str64] = mapped_column(default="")
    gateway_txn_id: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="pending")   # pending | paid | failed | cancelled
    amount: Mapped[money]
    fee: Mapped[money] = mapped_column(default=Decimal("0.00"))
    net: Mapped[money] = mapped_column(default=Decimal("0.00"))
    refunded: Mapped[money] = mapped_column(default=Decimal("0.00"))
    currency: Mapped[str] = mapped_column(String(8), default="CNY")
    purpose: Mapped[str] = mapped_column(String(16), default="order")   # order | top_up | gift_card
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    paid_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class OrderCharge(Base):
    """What an order is charged, once per order: its payable, and whether its tenders are held, paid or voided."""

    __tablename__ = "order_charge"
    __table_args__ = (Index("ix_order_charge_state", "state", "expires_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_ref: Mapped[str64] = mapped_column(unique=True)
    customer_ref: Mapped[str64] = mapped_column(default="")
    payable: Mapped[money]
    state: Mapped[str] = mapped_column(String(16), default="held")     # held | paid | voided
    attempt: Mapped[int] = mapped_column(Integer, default=1)          # a hold again after a void: 2, 3, ...
    member_level: Mapped[str] = mapped_column(String(32), default="")
    for_gift_cards: Mapped[bool] = mapped_column(Boolean, default=False)
    refunded: Mapped[money] = mapped_column(default=Decimal("0.00"))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)   # holds end then unless paid
    paid_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Tender(Base):
    """One way an order is paid: points, a gift card, the balance, or the gateway for the rest. An internal tender
    is a hold (a pending transfer) until the order is paid, then posted; `refunded` grows with each refund."""

    __tablename__ = "tender"
    __table_args__ = (Index("ix_tender_order", "order_ref", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_ref: Mapped[str64]
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))                 # points | gift_card | balance | gateway
    account_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_account.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))
    transfer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_transfer.id"))
    amount: Mapped[money]                                         # in yuan
    points: Mapped[int] = mapped_column(Integer, default=0)       # points spent for `amount` (points tender)
    refunded: Mapped[money] = mapped_column(default=Decimal("0.00"))
    state: Mapped[str] = mapped_column(String(16), default="held")   # held | captured | voided


class Refund(Base):
    """A refund of an order, idempotent by `refund_no`; its parts say how much goes back through which tender."""

    __tablename__ = "refund"
    __table_args__ = (Index("ix_refund_order", "order_ref"), Index("ix_refund_state", "state", "created_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_no: Mapped[str64] = mapped_column(unique=True)
    order_ref: Mapped[str64]
    amount: Mapped[money]
    reason: Mapped[str255] = mapped_column(default="")
    policy: Mapped[str] = mapped_column(String(24), default="original")
    state: Mapped[str] = mapped_column(String(24), default="requested")   # see the contract's REFUND_FLOW
    requested_by: Mapped[str64] = mapped_column(default="")
    approved_by: Mapped[str64] = mapped_column(default="")
    failure: Mapped[str255] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class RefundPart(Base):
    __tablename__ = "refund_part"
    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refund.id"))
    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id"))
    amount: Mapped[money]
    points: Mapped[int] = mapped_column(Integer, default=0)
    to_account_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_account.id"))   # balance for an expired card
    transfer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_transfer.id"))
    gateway_refund_id: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="pending")   # pending | done | failed


class PaymentNotification(Base):
    """Every notification a gateway sent, as received, with what was made of it. `event_key` (gateway, transaction
    id and event) is unique among the applied ones: a notification is applied once."""

    __tablename__ = "payment_notification"
    __table_args__ = (Index("ix_payment_notification_payment", "payment_id", "id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    gateway: Mapped[str] = mapped_column(String(16))
    event_key: Mapped[str | None] = mapped_column(String(160), unique=True)   # set when applied
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"))
    received_at: Mapped[timestamp] = mapped_column(default=utcnow)
    headers: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(24))     # applied | duplicate | rejected | overpaid
    detail: Mapped[str255] = mapped_column(default="")


class PointsRule(Base):
    """Points earned per whole yuan paid, by member level."""

    __tablename__ = "points_rule"
    level: Mapped[str] = mapped_column(String(32), primary_key=True)
    points_per_yuan: Mapped[int] = mapped_column(Integer)
