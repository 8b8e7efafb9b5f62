"""Tables of the promotions: activities (and reusable templates), their scope, coupon codes, and usage.

Usage counters live on the promotion row (`uses_taken`, `budget_taken`: reserved plus consumed) so that a
reservation locks one row per promotion; `promotion_usage` keeps one row per promotion and reservation, which is
what the supplier settlement reads later. An order reference may hold several reservations over time (a retry after
a failed payment reserves again once the first is released): they are numbered by `attempt`, and all are kept.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from data_tier.base import Base, BigId, Money, UtcDateTime, money, str64, str128, str255, timestamp, utcnow


class Promotion(Base):
    """One activity, or a template (`is_template`) that activities are copied from."""

    __tablename__ = "promotion"
    __table_args__ = (Index("ix_promotion_status_stage", "status", "stage"), Index("ix_promotion_starts", "starts"))
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    description: Mapped[str] = mapped_column(Text, default="")
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    stage: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    percent: Mapped[money] = mapped_column(default=Decimal("0.00"))
    amount: Mapped[money] = mapped_column(default=Decimal("0.00"))
    fixed_price: Mapped[money] = mapped_column(default=Decimal("0.00"))
    buy: Mapped[int] = mapped_column(Integer, default=0)
    get: Mapped[int] = mapped_column(Integer, default=0)
    threshold: Mapped[money] = mapped_column(default=Decimal("0.00"))
    repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    cap: Mapped[Decimal | None] = mapped_column(Money())
    amount_per: Mapped[str] = mapped_column(String(8), default="unit")     # amount_off: unit | line | order
    gift_sku_id: Mapped[int | None] = mapped_column(ForeignKey("sku.id"))
    gift_qty: Mapped[int] = mapped_column(Integer, default=1)
    exclusion_group: Mapped[str64] = mapped_column(default="")
    priority: Mapped[int] = mapped_column(Integer, default=100)
    stop_further: Mapped[bool] = mapped_column(Boolean, default=False)
    order_exclusive: Mapped[bool] = mapped_column(Boolean, default=False)   # item stages: excludes on every line
    stackable: Mapped[bool] = mapped_column(Boolean, default=False)
    combines_with: Mapped[str255] = mapped_column(default="")      # ids, comma-separated
    threshold_basis: Mapped[str] = mapped_column(String(16), default="running")
    member_levels: Mapped[str255] = mapped_column(default="")      # comma-separated; '' = everyone
    channels: Mapped[str255] = mapped_column(default="")           # comma-separated; '' = every channel
    starts: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    ends: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    usage_limit: Mapped[int | None] = mapped_column(Integer)
    per_customer_limit: Mapped[int | None] = mapped_column(Integer)
    budget: Mapped[Decimal | None] = mapped_column(Money())
    uses_taken: Mapped[int] = mapped_column(Integer, default=0)
    budget_taken: Mapped[money] = mapped_column(default=Decimal("0.00"))
    supplier_code: Mapped[str64] = mapped_column(default="")
    supplier_share: Mapped[money] = mapped_column(default=Decimal("0.00"))   # percent of the discount
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class PromotionScope(Base):
    """What a promotion applies to: SKUs, products, categories (with everything below) or brands."""

    __tablename__ = "promotion_scope"
    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotion.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)     # sku | product | category | brand
    ref_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Coupon(Base):
    """One unique coupon code of a coupon promotion; single use."""

    __tablename__ = "coupon"
    __table_args__ = (Index("ix_coupon_promotion_state", "promotion_id", "state"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotion.id", ondelete="CASCADE"))
    code: Mapped[str64] = mapped_column(unique=True)
    state: Mapped[str] = mapped_column(String(16), default="available")   # available | reserved | used | void
    order_ref: Mapped[str64] = mapped_column(default="")
    customer_ref: Mapped[str64] = mapped_column(default="")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)


class PromotionReservation(Base):
    """The promotions an order holds: the priced quote as the order saw it, and where its usage stands. One order
    reference has one live (reserved or consumed) reservation at most: the latest attempt."""

    __tablename__ = "promotion_reservation"
    __table_args__ = (UniqueConstraint("order_ref", "attempt", name="uq_promotion_reservation_attempt"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    order_ref: Mapped[str64]
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    customer_ref: Mapped[str64] = mapped_column(default="")
    state: Mapped[str] = mapped_column(String(16), default="reserved")   # reserved | consumed | released
    quote: Mapped[str] = mapped_column(Text)                             # the PriceQuote's wire form, JSON
    reserved_at: Mapped[timestamp] = mapped_column(default=utcnow)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class PromotionUsage(Base):
    """A promotion's use by one order: reserved when the order is placed, consumed on payment, released on
    cancel or payment failure. The discount and the supplier's share of it are what the order got."""

    __tablename__ = "promotion_usage"
    __table_args__ = (
        UniqueConstraint("reservation_id", "promotion_id", name="uq_promotion_usage_reservation"),
        Index("ix_promotion_usage_order_ref", "order_ref"),
        Index("ix_promotion_usage_customer", "promotion_id", "customer_ref", "state"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotion.id"))
    reservation_id: Mapped[int] = mapped_column(BigId, ForeignKey("promotion_reservation.id"))
    order_ref: Mapped[str64]
    customer_ref: Mapped[str64] = mapped_column(default="")
    coupon_id: Mapped[int | None] = mapped_column(ForeignKey("coupon.id"))
    discount: Mapped[money]
    supplier_code: Mapped[str64] = mapped_column(default="")
    supplier_amount: Mapped[money] = mapped_column(default=Decimal("0.00"))
    state: Mapped[str] = mapped_column(String(16), default="reserved")   # reserved | consumed | released
    reserved_at: Mapped[timestamp] = mapped_column(default=utcnow)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


__all__ = ["Coupon", "Promotion", "PromotionReservation", "PromotionScope", "PromotionUsage"]
