"""The type library shared by client and middle tier.

The only module of the middle tier that the client imports. It holds the error codes and their
encoding, the permission catalogue, and the records that cross the wire, with their conversion to and
from plain tuples (brine values: None, bool, int, str, bytes and tuples of them). Decimal and datetimes
travel as strings. It imports nothing else of the server.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

PROTOCOL_VERSION = 1
DEFAULT_PORT = 18861
PAGE_SIZE_MAX = 500

# ---------------------------------------------------------------------------------------------
# Errors

E_BAD_ARG = "E_BAD_ARG"                  # an argument of the wrong type or shape
E_VALIDATION = "E_VALIDATION"            # a value the business rules refuse (field says which)
E_NOT_FOUND = "E_NOT_FOUND"
E_DUPLICATE = "E_DUPLICATE"              # a unique value already taken
E_CONFLICT = "E_CONFLICT"                # stale version or a state that forbids the change
E_AUTH = "E_AUTH"                        # not logged in, or the login session is gone
E_LOGIN_FAILED = "E_LOGIN_FAILED"        # wrong user name or password
E_ACCOUNT_LOCKED = "E_ACCOUNT_LOCKED"
E_ACCOUNT_DISABLED = "E_ACCOUNT_DISABLED"
E_PERMISSION = "E_PERMISSION"
E_INTERNAL = "E_INTERNAL"                # unexpected; the server log has the details under `ref`
E_UNAVAILABLE = "E_UNAVAILABLE"          # client side: the server cannot be reached
E_TIMEOUT = "E_TIMEOUT"                  # client side: the server did not answer in time

ERROR_CODES = frozenset({
    E_BAD_ARG, E_VALIDATION, E_NOT_FOUND, E_DUPLICATE, E_CONFLICT, E_AUTH, E_LOGIN_FAILED,
    E_ACCOUNT_LOCKED, E_ACCOUNT_DISABLED, E_PERMISSION, E_INTERNAL, E_UNAVAILABLE, E_TIMEOUT,
})


class Text(str):
    """A message the client can show in the user's language: the English text, and the template with its
    parameters that the client translates (context 'server'; client/server_texts.py marks every template)."""

    template: str
    params: tuple[tuple[str, str], ...]

    def __new__(cls, template: str, **params: object) -> Text:
        plain = {k: str(v) for k, v in params.items()}
        self = super().__new__(cls, template.format(**plain))
        self.template = template
        self.params = tuple(sorted(plain.items()))
        return self


class DomainError(Exception):
    """An error the user can act on: a stable code, a human message and, where it applies, the field. A Text
    message also carries its template and parameters, so that the client can translate it."""

    def __init__(self, code: str, message: str, field: str = "", ref: str = "", *,
                 template: str = "", params: tuple[tuple[str, str], ...] = ()) -> None:
        self.template = getattr(message, "template", template)
        self.params = getattr(message, "params", params)
        message = str(message)                 # a plain str: only plain values travel
        super().__init__(code, message, field, ref)
        self.code = code
        self.message = message
        self.field = field
        self.ref = ref

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" + (f" [{self.field}]" if self.field else "")


def error_from_remote(exc: BaseException) -> DomainError:
    """Turn whatever the RPyC layer raised into a DomainError (only public attributes travel)."""
    if isinstance(exc, DomainError):
        return exc
    code = getattr(exc, "code", None)
    if type(code) is str and code in ERROR_CODES:
        template, params = getattr(exc, "template", ""), getattr(exc, "params", ())
        if type(template) is not str or type(params) is not tuple or not all(
                type(p) is tuple and len(p) == 2 and all(type(x) is str for x in p) for p in params):
            template, params = "", ()
        return DomainError(
            code,
            str(getattr(exc, "message", "")),
            str(getattr(exc, "field", "") or ""),
            str(getattr(exc, "ref", "") or ""),
            template=template, params=params,
        )
    if isinstance(exc, TimeoutError):
        return DomainError(E_TIMEOUT, Text("The server did not answer in time."))
    if isinstance(exc, (EOFError, ConnectionError, OSError)):
        return DomainError(E_UNAVAILABLE, Text("The connection to the server was lost."))
    return DomainError(E_INTERNAL, Text("Unexpected error."))


# ---------------------------------------------------------------------------------------------
# Scalars on the wire

def money_to_wire(value: Decimal) -> str:
    return str(value)


def decimal_from_wire(text: str, field: str = "") -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        raise DomainError(E_VALIDATION, Text("'{text}' is not a number.", text=text), field) from None
    if not value.is_finite():
        raise DomainError(E_VALIDATION, Text("'{text}' is not a number.", text=text), field)
    return value


def datetime_to_wire(value: dt.datetime | None) -> str:
    return "" if value is None else value.isoformat(timespec="microseconds")


def datetime_from_wire(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------------------------------------
# Records

def _to_wire(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str, bytes)):
        return value
    if isinstance(value, Decimal):
        return money_to_wire(value)
    if isinstance(value, dt.datetime):
        return datetime_to_wire(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list, frozenset, set)):
        return tuple(_to_wire(v) for v in value)
    if isinstance(value, Record):
        return value.to_wire()
    raise TypeError(f"{type(value).__name__} cannot cross the wire")


def _from_wire(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_wire(inner[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_wire(args[0], v) for v in value)
        return tuple(_from_wire(a, v) for a, v in zip(args, value))
    if tp is Decimal:
        return Decimal(value)
    if tp is dt.datetime:
        return datetime_from_wire(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_wire(value)
    return value


class Record:
    """Base of the data-transfer records: frozen dataclasses sent as tuples in field order."""

    _hints: ClassVar[dict[str, Any]]

    def to_wire(self) -> tuple:
        return tuple(_to_wire(getattr(self, f.name)) for f in dataclasses.fields(self))  # type: ignore[arg-type]

    @classmethod
    def from_wire(cls, row: tuple) -> Any:
        hints = cls.__dict__.get("_hints_cache")
        if hints is None:
            hints = typing.get_type_hints(cls)
            cls._hints_cache = hints  # type: ignore[attr-defined]
        names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        if len(row) != len(names):
            raise DomainError(E_BAD_ARG, Text("{record} expects {expected} values, got {got}.",
                                              record=cls.__name__, expected=len(names), got=len(row)))
        return cls(**{n: _from_wire(hints[n], v) for n, v in zip(names, row)})

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]


@dataclasses.dataclass(frozen=True)
class Page:
    """One page of a list verb: rows as wire tuples, and the cursor of the next page ('' = last page)."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    next_cursor: str

    def to_wire(self) -> tuple:
        return (self.columns, self.rows, self.next_cursor)

    @classmethod
    def from_wire(cls, value: tuple) -> Page:
        columns, rows, cursor = value
        return cls(tuple(columns), tuple(rows), cursor)

    def records(self, record_type: type) -> list:
        return [record_type.from_wire(r) for r in self.rows]


@dataclasses.dataclass(frozen=True)
class ServerInfo(Record):
    name: str
    version: str
    protocol: int
    database: str          # backend name only (sqlite, mysql), never the URL
    server_time: dt.datetime


@dataclasses.dataclass(frozen=True)
class LoginResult(Record):
    token: str
    user_id: int
    username: str
    display_name: str
    must_change_password: bool
    permissions: tuple[str, ...]
    roles: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class UserRecord(Record):
    id: int
    username: str
    display_name: str
    email: str
    is_active: bool
    is_locked: bool
    roles: tuple[str, ...]
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    version: int


@dataclasses.dataclass(frozen=True)
class RoleRecord(Record):
    id: int
    code: str
    name: str
    description: str
    is_builtin: bool
    permissions: tuple[str, ...]
    user_count: int
    version: int


@dataclasses.dataclass(frozen=True)
class AuditRecord(Record):
    id: int
    at: dt.datetime
    username: str
    client_addr: str
    verb: str
    record_type: str
    record_id: str
    records: str
    changes: str           # JSON text: {"field": [before, after], ...}
    request_id: str


@dataclasses.dataclass(frozen=True)
class SettingRecord(Record):
    key: str
    kind: str              # text | int | decimal | bool | choice
    value: str             # canonical text of the value
    label: str
    description: str
    choices: tuple[str, ...]
    updated_at: dt.datetime | None
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class PermissionRecord(Record):
    code: str
    area: str
    label: str


# ---------------------------------------------------------------------------------------------
# Permission catalogue: resource.action codes, grouped by business area (DESIGN.md section 3).

AREAS: tuple[tuple[str, str], ...] = (
    ("system", "System settings"),
    ("catalog", "Products"),
    ("promotions", "Promotions"),
    ("purchasing", "Purchasing"),
    ("wms", "Warehouse"),
    ("orders", "Orders"),
    ("payments", "Payments"),
    ("service", "Service centre"),
    ("crm", "Customers"),
    ("finance", "Finance"),
    ("reports", "Reports"),
    ("content", "Content"),
)

PERMISSIONS: tuple[tuple[str, str, str], ...] = (
    ("system.users.read", "system", "See users"),
    ("system.users.write", "system", "Create and change users"),
    ("system.roles.read", "system", "See roles and permissions"),
    ("system.roles.write", "system", "Change roles and permissions"),
    ("system.audit.read", "system", "Read the operation log"),
    ("system.settings.read", "system", "See basic settings"),
    ("system.settings.write", "system", "Change basic settings"),
    ("catalog.read", "catalog", "See products"),
    ("catalog.write", "catalog", "Change products"),
    ("promotions.read", "promotions", "See promotions"),
    ("promotions.write", "promotions", "Change promotions"),
    ("purchasing.read", "purchasing", "See suppliers and purchase orders"),
    ("purchasing.write", "purchasing", "Change suppliers and purchase orders"),
    ("purchasing.approve", "purchasing", "Approve purchase orders"),
    ("wms.read", "wms", "See stock"),
    ("wms.operate", "wms", "Receive, put away, pick, pack and ship"),
    ("wms.adjust", "wms", "Approve stock adjustments"),
    ("orders.read", "orders", "See orders"),
    ("orders.write", "orders", "Enter and change orders"),
    ("orders.review", "orders", "Review orders"),
    ("payments.read", "payments", "See payments"),
    ("payments.refund", "payments", "Refund payments"),
    ("service.read", "service", "See service cases"),
    ("service.write", "service", "Handle returns, refunds and complaints"),
    ("crm.read", "crm", "See members"),
    ("crm.write", "crm", "Change members and campaigns"),
    ("finance.read", "finance", "See settlements"),
    ("finance.write", "finance", "Run settlements"),
    ("reports.read", "reports", "Read reports"),
    ("content.read", "content", "See announcements and help pages"),
    ("content.write", "content", "Publish announcements and help pages"),
)
PERMISSION_CODES = frozenset(code for code, _, _ in PERMISSIONS)


# ---------------------------------------------------------------------------------------------
# Catalog

PRODUCT_STATUSES = ("draft", "on_sale", "off_sale")


@dataclasses.dataclass(frozen=True)
class CategoryRecord(Record):
    id: int
    parent_id: int          # 0 for a top-level category
    code: str
    name: str
    position: int
    depth: int
    is_active: bool
    attributes: tuple[str, ...]     # codes of the attributes bound here
    version: int


@dataclasses.dataclass(frozen=True)
class BrandRecord(Record):
    id: int
    code: str
    name: str
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class AttributeRecord(Record):
    id: int
    code: str
    name: str
    values: tuple[tuple[str, str], ...]    # (code, name) in display order
    version: int


@dataclasses.dataclass(frozen=True)
class ProductRecord(Record):
    id: int
    code: str
    name: str
    category_id: int
    category_name: str
    brand_id: int           # 0 when none
    brand_name: str
    description: str
    status: str
    sku_count: int
    version: int


@dataclasses.dataclass(frozen=True)
class SkuRecord(Record):
    id: int
    code: str
    barcode: str
    name: str
    product_id: int
    product_code: str
    category_name: str
    brand_name: str
    variant: str            # 'colour=red;size=m'
    list_price: Decimal
    cost: Decimal
    weight_g: int
    status: str
    version: int


@dataclasses.dataclass(frozen=True)
class BatchRow(Record):
    code: str
    name: str
    variant: str
    list_price: Decimal
    exists: bool            # a SKU with this variant or code is already there: it will be skipped

# Bulk import of SKUs: the header names a file must have (in any order); informational columns are ignored.
SKU_IMPORT_COLUMNS = ("sku_code", "product_code", "product_name", "category_code", "brand_code", "attributes",
                      "list_price", "cost", "barcode", "weight_g", "status")
SKU_IMPORT_IGNORED = ("name", "category", "brand")
SKU_IMPORT_MAX_ROWS = 10_000


@dataclasses.dataclass(frozen=True)
class ImportIssue(Record):
    row: int                # line of the file (the header is line 1)
    column: str
    message: str
    template: str = ""      # a Text message's template and parameters, for the client to translate
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, row: int, column: str, message: str) -> ImportIssue:
        return cls(row, column, str(message), getattr(message, "template", ""), getattr(message, "params", ()))


@dataclasses.dataclass(frozen=True)
class ImportReport(Record):
    rows: int
    creates: int
    updates: int
    new_products: int
    issues: tuple[ImportIssue, ...]


@dataclasses.dataclass(frozen=True)
class SearchLogRecord(Record):
    id: int
    at: dt.datetime
    query: str
    hits: int
    channel: str
    username: str


@dataclasses.dataclass(frozen=True)
class SynonymRecord(Record):
    id: int
    words: tuple[str, ...]     # the words the site search treats as one
    version: int


IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")
IMAGE_MAX_BYTES = 8 * 1024 * 1024
THUMBNAIL_SIZE = 160


@dataclasses.dataclass(frozen=True)
class ImageRecord(Record):
    id: int
    product_id: int
    position: int
    content_type: str
    width: int
    height: int
    size: int
    thumbnail: bytes           # PNG, at most THUMBNAIL_SIZE pixels on its longer side


# ---------------------------------------------------------------------------------------------
# Promotions

PROMOTION_STAGES = ("item", "item_coupon", "order", "order_coupon", "shipping")
COUPON_STAGES = ("item_coupon", "order_coupon")
PROMOTION_KINDS = ("percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save", "gift",
                   "free_shipping")
# which kinds each stage may hold (the fixed stacking pipeline)
STAGE_KINDS = {
    "item": ("percent_off", "amount_off", "fixed_price"),
    "item_coupon": ("percent_off", "amount_off"),
    "order": ("spend_and_save", "buy_x_get_y", "gift", "percent_off"),
    "order_coupon": ("spend_and_save", "percent_off"),
    "shipping": ("free_shipping",),
}
PROMOTION_STATUSES = ("draft", "active", "paused", "ended")
PROMOTION_TRANSITIONS = {"draft": ("active", "ended"), "active": ("paused", "ended"), "paused": ("active", "ended"),
                         "ended": ()}
SCOPE_KINDS = ("sku", "product", "category", "brand")
REJECTION_REASONS = ("out_of_scope", "outside_time", "wrong_channel", "member_level", "limit_reached",
                     "budget_exhausted", "threshold_short", "excluded_by", "not_better")
CHANNELS = ("web", "app", "phone", "store", "group_buy")
# The editable fields of a promotion, sent to save_promotion as (name, text) pairs; '' clears an optional one.
PROMOTION_FIELDS = ("code", "name", "description", "is_template", "stage", "kind", "percent", "amount",
                    "fixed_price", "buy", "get", "threshold", "repeat", "cap", "gift_sku_code", "gift_qty",
                    "exclusion_group", "priority", "stop_further", "stackable", "combines_with", "threshold_basis",
                    "member_levels", "channels", "starts", "ends", "usage_limit", "per_customer_limit", "budget",
                    "supplier_code", "supplier_share", "scope")


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
class Collision(Record):
    promotion_id: int
    code: str
    name: str
    why: str               # same_group | stop_further


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


@dataclasses.dataclass(frozen=True)
class QuoteRejection(Record):
    promotion_id: int
    code: str
    name: str
    reason: str            # one of REJECTION_REASONS
    detail: str            # threshold_short: the amount (or units) missing; excluded_by: the winner's code
    threshold: Decimal     # threshold_short: the promotion's threshold and reward, for the shopper's hint
    reward: Decimal


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
    coupons_refused: tuple[tuple[str, str], ...]    # (code, why)
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
    order_ref: str
    customer_ref: str
    state: str             # reserved | consumed | released
    quote: PriceQuote
    usage: tuple[UsageRecord, ...]


# ---------------------------------------------------------------------------------------------
# Warehouse

LOCATION_KINDS = ("receiving", "storage", "packing", "shipping")
REMOVAL_STRATEGIES = ("fifo", "fefo")
MOVE_REASONS = ("receipt", "transfer", "putaway", "pick", "ship", "adjust", "return")


@dataclasses.dataclass(frozen=True)
class WarehouseRecord(Record):
    id: int
    code: str
    name: str
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class LocationRecord(Record):
    id: int
    warehouse_id: int      # 0: a virtual place (supplier, customer, loss, gain)
    code: str
    name: str
    kind: str
    zone: str
    pick_order: int
    capacity: int
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class StockRow(Record):
    warehouse_code: str
    location_id: int
    location_code: str
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expires_on: dt.date | None
    qty: int
    owner_code: str        # consignment: the supplier who owns these units ('' = our own stock)


@dataclasses.dataclass(frozen=True)
class StockLevelRecord(Record):
    warehouse_id: int
    warehouse_code: str
    on_hand: int
    reserved: int
    available: int


@dataclasses.dataclass(frozen=True)
class SkuStock(Record):
    sku_id: int
    sku_code: str
    on_hand: int
    reserved: int
    available: int
    levels: tuple[StockLevelRecord, ...]
    bins: tuple[StockRow, ...]
    removal: str           # fifo | fefo


@dataclasses.dataclass(frozen=True)
class MoveRecord(Record):
    id: int
    at: dt.datetime
    sku_id: int
    sku_code: str
    qty: int
    from_code: str
    to_code: str
    lot_code: str
    reason: str
    doc_type: str
    doc_ref: str
    username: str


@dataclasses.dataclass(frozen=True)
class StockReservationRecord(Record):
    id: int
    warehouse_id: int
    sku_id: int
    sku_code: str
    qty: int
    doc_type: str
    doc_ref: str
    state: str             # open | shipped | released
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class DriftRecord(Record):
    check: str             # balance | on_hand | reserved
    where: str             # which location/warehouse and SKU
    kept: int              # what the kept table says
    derived: int           # what the ledger (or the open reservations) says


PICK_TASK_STATES = ("open", "picked", "short", "cancelled")
COUNT_STATES = ("open", "counted", "approved", "cancelled")
CARRIERS = ("sf", "zto", "yto", "sto", "yunda", "jd", "ems", "own")


@dataclasses.dataclass(frozen=True)
class PutawaySuggestion(Record):
    location_id: int
    location_code: str
    zone: str
    reason: str            # same_sku | same_product | same_category | empty
    holds: int             # units in the bin now
    room: int              # units it can take (0 with no capacity limit set: unlimited)


@dataclasses.dataclass(frozen=True)
class PickTaskRecord(Record):
    id: int
    seq: int
    location_id: int
    location_code: str
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    lot_code: str
    qty: int
    picked_qty: int
    state: str             # open | picked | short | cancelled
    doc_type: str
    doc_ref: str


@dataclasses.dataclass(frozen=True)
class PickListRecord(Record):
    id: int
    number: str
    warehouse_id: int
    warehouse_code: str
    state: str             # open | picked
    created_at: dt.datetime
    created_by: str
    done_at: dt.datetime | None
    requests: tuple[str, ...]          # 'doc_type:doc_ref' of the requests in the wave
    tasks: tuple[PickTaskRecord, ...]


@dataclasses.dataclass(frozen=True)
class PackLine(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    reserved: int
    picked: int
    packed: int


@dataclasses.dataclass(frozen=True)
class PackStatus(Record):
    doc_type: str
    doc_ref: str
    warehouse_id: int
    lines: tuple[PackLine, ...]
    complete: bool         # every reserved unit picked and verified
    weight_g: int          # from the SKUs' weights, a default for the shipping form


@dataclasses.dataclass(frozen=True)
class ShipmentRecord(Record):
    id: int
    number: str
    warehouse_id: int
    doc_type: str
    doc_ref: str
    carrier: str
    tracking_no: str
    weight_g: int
    shipped_at: dt.datetime
    shipped_by: str


@dataclasses.dataclass(frozen=True)
class OutboundEventRecord(Record):
    id: int
    doc_type: str
    doc_ref: str
    kind: str
    shipment_number: str
    at: dt.datetime


@dataclasses.dataclass(frozen=True)
class CountLineRecord(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expected: int          # what the bin held when reviewed (hidden from the counting clerk: 0 there)
    counted: int
    variance: int


@dataclasses.dataclass(frozen=True)
class CountTaskRecord(Record):
    id: int
    number: str
    warehouse_id: int
    location_id: int
    location_code: str
    state: str             # open | counted | approved | cancelled
    reason: str
    created_at: dt.datetime
    counted_at: dt.datetime | None
    counted_by: str
    reviewed_at: dt.datetime | None
    reviewed_by: str
    moved_since_start: bool    # stock moved in the bin after the count began: recount, do not apply
    lines: tuple[CountLineRecord, ...]


# ---------------------------------------------------------------------------------------------
# Purchasing

CONTRACT_KINDS = ("buy", "consignment")
PO_KINDS = ("purchase", "return")
PO_STATES = ("draft", "approved", "sent", "partially_received", "received", "closed", "cancelled")
RETURN_STATES = ("draft", "approved", "picking", "shipped", "closed", "cancelled")
PO_TRANSITIONS = {             # the verbs' transitions; receipts and shipments move the rest
    "approve": ("draft",),
    "send": ("approved",),
    "cancel": ("draft", "approved", "sent"),
    "close": ("partially_received", "received", "shipped"),
}
SUPPLIER_FIELDS = ("code", "name", "contact_name", "phone", "email", "address", "payment_terms", "lead_time_days",
                   "is_active")


@dataclasses.dataclass(frozen=True)
class SupplierRecord(Record):
    id: int
    code: str
    name: str
    contact_name: str
    phone: str
    email: str
    address: str
    payment_terms: str
    lead_time_days: int
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class ContractRecord(Record):
    id: int
    supplier_id: int
    code: str
    kind: str              # buy | consignment
    valid_from: dt.date
    valid_to: dt.date
    terms: str
    prices: tuple[tuple[str, Decimal], ...]      # (SKU code, price)
    version: int


@dataclasses.dataclass(frozen=True)
class PoLineRecord(Record):
    id: int
    line_no: int
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    qty: int
    price: Decimal
    amount: Decimal
    expected_on: dt.date | None
    received_qty: int      # accepted into stock (a return: shipped back)
    rejected_qty: int
    invoiced_qty: int
    open_qty: int          # still to come (the backorder) or to go back


@dataclasses.dataclass(frozen=True)
class PoSummary(Record):
    id: int
    number: str
    kind: str
    supplier_code: str
    supplier_name: str
    warehouse_code: str
    state: str
    expected_on: dt.date | None
    total: Decimal
    created_at: dt.datetime
    version: int


@dataclasses.dataclass(frozen=True)
class PoRecord(Record):
    id: int
    number: str
    kind: str              # purchase | return
    supplier_id: int
    supplier_code: str
    supplier_name: str
    warehouse_id: int
    warehouse_code: str
    contract_code: str
    consignment: bool
    state: str
    expected_on: dt.date | None
    tolerance_pct: int
    note: str
    total: Decimal
    created_at: dt.datetime
    created_by: str
    approved_at: dt.datetime | None
    approved_by: str
    sent_at: dt.datetime | None
    first_receipt_at: dt.datetime | None
    done_at: dt.datetime | None
    closed_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    lines: tuple[PoLineRecord, ...]
    version: int


@dataclasses.dataclass(frozen=True)
class ReceiptLineRecord(Record):
    po_line_id: int
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expires_on: dt.date | None
    qty: int
    rejected_qty: int
    reject_reason: str


@dataclasses.dataclass(frozen=True)
class ReceiptRecord(Record):
    id: int
    number: str
    po_id: int
    po_number: str
    state: str             # open | posted | cancelled
    started_at: dt.datetime
    started_by: str
    posted_at: dt.datetime | None
    lines: tuple[ReceiptLineRecord, ...]
    po_lines: tuple[PoLineRecord, ...]      # what is ordered and still open, for the clerk's screen


@dataclasses.dataclass(frozen=True)
class InvoiceRecord(Record):
    id: int
    supplier_code: str
    po_number: str
    number: str
    invoice_date: dt.date
    total: Decimal
    state: str             # matched | variance
    issues: tuple[str, ...]
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class ReorderSuggestion(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    warehouse_id: int
    warehouse_code: str
    supplier_id: int
    supplier_code: str
    available: int         # on hand - reserved
    on_order: int          # open on purchase orders
    daily_demand: Decimal  # shipped over the last 28 days / 28
    lead_time_days: int
    reorder_point: int
    suggested_qty: int
    price: Decimal         # from the supplier's valid contract, else the SKU's cost


@dataclasses.dataclass(frozen=True)
class DocumentRecord(Record):
    """A printable document (票据) as plain data; the client lays it out as a PDF with its barcode."""

    kind: str              # po | receipt | pick_list | packing_slip | delivery_note | return_po
    title: str
    number: str            # printed as a Code 128 barcode
    header: tuple[tuple[str, str], ...]
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    barcode_column: int    # the column printed as a barcode on each row (-1: none)
    footer: tuple[tuple[str, str], ...]


@dataclasses.dataclass(frozen=True)
class ConsignmentSale(Record):
    """Consignment units of a supplier that left to customers in a period: what is owed at the contract price."""

    sku_id: int
    sku_code: str
    sku_name: str
    qty: int
    price: Decimal
    amount: Decimal
