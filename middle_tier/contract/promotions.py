"""The contract of the `promotions` area: activities and templates, coupons, price quotes, usage reservations."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from middle_tier.contract import Record, StateMachine

PROMOTION_STAGES = ("item", "item_coupon", "order", "order_coupon", "shipping")
COUPON_STAGES = ("item_coupon", "order_coupon")
PROMOTION_KINDS = ("percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save", "gift",
                   "free_shipping")
# which kinds each stage may hold (the fixed stacking pipeline)
STAGE_KINDS = {
    "item": ("percent_off", "amount_off", "fixed_price"),
    "item_coupon": ("percent_off", "amount_off"),
    "order": ("spend_and_save", "buy_x_get_y", "gift", "percent_off", "amount_off"),
    "order_coupon": ("spend_and_save", "percent_off", "amount_off"),
    "shipping": ("free_shipping",),
}
# The stages whose promotions exclude each other per line (only where they would touch a common line of the cart),
# unless one is declared exclusive for the whole order; at the other stages every promotion meets every other.
ITEM_STAGES = ("item", "item_coupon")
# What an amount off is taken from: each unit, each line once (whatever its quantity), or the order once (then
# allocated over its lines). Item stages offer unit or line; order stages take it off the order.
AMOUNT_PER = ("unit", "line", "order")
STAGE_AMOUNT_PER = {"item": ("unit", "line"), "item_coupon": ("unit", "line"), "order": ("order",),
                    "order_coupon": ("order",)}
PROMOTION = StateMachine(
    "promotion", "Promotion",
    states=("draft", "active", "paused", "ended"),
    transitions=(("draft", "active"), ("draft", "ended"), ("active", "paused"), ("active", "ended"),
                 ("paused", "active"), ("paused", "ended")),
)
PROMOTION_STATUSES = PROMOTION.states
# A coupon code is reserved by an order's usage reservation, used when the order is paid, given back when the order
# is cancelled or its payment fails.
COUPON = StateMachine(
    "coupon", "Coupon",
    states=("available", "reserved", "used", "void"),
    transitions=(("available", "reserved"), ("reserved", "used"), ("reserved", "available")),
)
# An order's reservation of promotion usage, limits and budgets (and each promotion's usage row in it).
PROMOTION_RESERVATION = StateMachine(
    "promotion_reservation", "Promotion reservation",
    states=("reserved", "consumed", "released"),
    transitions=(("reserved", "consumed"), ("reserved", "released")),
)
SCOPE_KINDS = ("sku", "product", "category", "brand")
REJECTION_REASONS = ("out_of_scope", "outside_time", "wrong_channel", "member_level", "limit_reached",
                     "budget_exhausted", "threshold_short", "excluded_by", "stopped_by", "not_better", "no_saving")
# Why a coupon code given with a cart did not count: the code itself (unknown, void, used, issued to another
# customer, a second code of one promotion, its promotion not running), or any of REJECTION_REASONS of its promotion.
COUPON_REFUSALS = ("unknown", "void", "used", "other_customer", "one_per_promotion", "inactive") + REJECTION_REASONS
# What cut an applied promotion's discount short of its offer (QuotePromotion.limited_by).
DISCOUNT_LIMITS = ("cap", "budget")
CHANNELS = ("web", "app", "phone", "store", "group_buy")
# The editable fields of a promotion, sent to save_promotion as (name, text) pairs; '' clears an optional one.
PROMOTION_FIELDS = ("code", "name", "description", "is_template", "stage", "kind", "percent", "amount",
                    "fixed_price", "buy", "get", "threshold", "repeat", "cap", "gift_sku_code", "gift_qty",
                    "exclusion_group", "priority", "stop_further", "stackable", "combines_with", "threshold_basis",
                    "member_levels", "channels", "starts", "ends", "usage_limit", "per_customer_limit", "budget",
                    "supplier_code", "supplier_share", "scope", "amount_per", "order_exclusive")
# A collision found when a promotion is saved (or previewed) is counted on at most this many SKUs.
COLLISION_SKU_LIMIT = 5000


@dataclasses.dataclass(frozen=True)
class PromotionSummary(Record):
    id: int
    code: str
    name: str
    is_template: bool
    status: str
    stage: str
    kind: str
    starts: dt.datetime | None
    ends: dt.datetime | None
    priority: int
    exclusion_group: str
    uses_taken: int
    usage_limit: int | None
    budget_taken: Decimal
    budget: Decimal | None
    version: int


@dataclasses.dataclass(frozen=True)
class ScopeItem(Record):
    kind: str              # sku | product | category | brand
    ref_id: int
    code: str
    name: str


@dataclasses.dataclass(frozen=True)
class PromotionRef(Record):
    id: int
    code: str
    name: str


@dataclasses.dataclass(frozen=True)
class Collision(Record):
    """Another live promotion that cannot run beside this one on some SKUs (same stage, overlapping dates)."""

    promotion_id: int
    code: str
    name: str
    why: str               # same_group | no_combine | stop_further
    skus: int              # on-sale SKUs both cover (counted up to COLLISION_SKU_LIMIT)
    lost: int              # per_sku: SKUs where the other one applies and this one does not (one unit at list price)
    won: int               # per_sku: SKUs where this one applies and the other does not
    more: bool             # there are more SKUs than were counted
    per_sku: bool          # decided per SKU (item stages); else in any cart holding both, the better one applies


@dataclasses.dataclass(frozen=True)
class PromotionRecord(Record):
    id: int
    code: str
    name: str
    description: str
    is_template: bool
    status: str
    stage: str
    kind: str
    percent: Decimal
    amount: Decimal
    fixed_price: Decimal
    buy: int
    get: int
    threshold: Decimal
    repeat: bool
    cap: Decimal | None
    gift_sku_code: str
    gift_qty: int
    exclusion_group: str
    priority: int
    stop_further: bool
    stackable: bool
    combines_with: tuple[int, ...]
    threshold_basis: str
    member_levels: tuple[str, ...]
    channels: tuple[str, ...]
    starts: dt.datetime | None
    ends: dt.datetime | None
    usage_limit: int | None
    per_customer_limit: int | None
    budget: Decimal | None
    uses_taken: int
    budget_taken: Decimal
    supplier_code: str
    supplier_share: Decimal
    scope: tuple[ScopeItem, ...]
    coupons_total: int
    coupons_available: int
    collisions: tuple[Collision, ...]
    version: int
    amount_per: str                        # unit | line | order (AMOUNT_PER)
    order_exclusive: bool
    partners: tuple[PromotionRef, ...]     # the promotions of combines_with, named


@dataclasses.dataclass(frozen=True)
class CouponRecord(Record):
    id: int
    code: str
    state: str             # available | reserved | used | void
    order_ref: str
    customer_ref: str
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class QuoteStep(Record):
    stage: str
    promotion_id: int
    promotion_name: str
    base: Decimal
    delta: Decimal


@dataclasses.dataclass(frozen=True)
class QuoteLine(Record):
    sku_id: int
    sku_code: str
    name: str
    qty: int
    unit_price: Decimal
    list_amount: Decimal
    amount: Decimal
    steps: tuple[QuoteStep, ...]


@dataclasses.dataclass(frozen=True)
class QuotePromotion(Record):
    promotion_id: int
    code: str
    name: str
    stage: str
    discount: Decimal
    coupon_code: str
    supplier_code: str
    supplier_amount: Decimal
    limited_by: str            # '' | cap | budget: what cut the discount short of the offer
    full_discount: Decimal     # the offer's discount before that cut (= discount when nothing cut it)


@dataclasses.dataclass(frozen=True)
class QuoteRejection(Record):
    promotion_id: int
    code: str
    name: str
    reason: str            # one of REJECTION_REASONS
    detail: str            # threshold_short: the amount (or units) missing; excluded_by, stopped_by: the winner's code
    threshold: Decimal     # threshold_short: the promotion's threshold, and what reaching it would give the shopper
    reward: Decimal
    kind: str              # the promotion's kind (the hint reads differently for buy X get Y)
    missing_qty: int       # threshold_short of buy X get Y: the units missing


@dataclasses.dataclass(frozen=True)
class QuoteGift(Record):
    promotion_id: int
    sku_id: int
    sku_code: str
    name: str
    qty: int


@dataclasses.dataclass(frozen=True)
class PriceQuote(Record):
    lines: tuple[QuoteLine, ...]
    goods_list_total: Decimal
    goods_total: Decimal
    shipping_fee: Decimal
    shipping: Decimal
    shipping_steps: tuple[QuoteStep, ...]
    discount_total: Decimal
    total: Decimal
    applied: tuple[QuotePromotion, ...]
    rejected: tuple[QuoteRejection, ...]
    gifts: tuple[QuoteGift, ...]
    coupons_refused: tuple[tuple[str, str], ...]    # (code, why): why is one of COUPON_REFUSALS
    priced_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class UsageRecord(Record):
    promotion_id: int
    promotion_code: str
    order_ref: str
    customer_ref: str
    coupon_code: str
    discount: Decimal
    supplier_code: str
    supplier_amount: Decimal
    state: str             # reserved | consumed | released


@dataclasses.dataclass(frozen=True)
class ReservationRecord(Record):
    """An order's reservation of promotion usage. An order reference may be reserved again once its reservation is
    released (a retry after a failed payment): each reservation is kept, numbered by `attempt`."""

    order_ref: str
    customer_ref: str
    state: str             # reserved | consumed | released
    quote: PriceQuote
    usage: tuple[UsageRecord, ...]
    attempt: int           # 1 for an order's first reservation, 2 after one release and a new reserve, ...
    reserved_at: dt.datetime
    settled_at: dt.datetime | None
