"""The `promotions` component: activities and templates, coupons, pricing a cart, and usage reservations.

Pricing itself is `middle_tier.pricing` (pure functions); this module loads the promotions that could apply,
turns the engine's result into a PriceQuote with names, and keeps usage limits and budgets exact: a reservation
locks the promotions it uses (in id order, so two reservations cannot deadlock), re-prices on their fresh
counters, and books one usage row per promotion; consume and release are idempotent by order reference.
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from data_tier.base import utcnow
from data_tier.catalog import Brand, Category, Product, Sku
from data_tier.promotions import Coupon, Promotion, PromotionReservation, PromotionScope, PromotionUsage
from middle_tier import pricing, validate
from middle_tier.api import Exposed, as_tuples, expose, flush_unique, verb
from middle_tier.contract import (
    CHANNELS,
    COUPON_STAGES,
    E_CONFLICT,
    E_DUPLICATE,
    E_VALIDATION,
    PROMOTION_FIELDS,
    PROMOTION_STATUSES,
    PROMOTION_TRANSITIONS,
    SCOPE_KINDS,
    STAGE_KINDS,
    Collision,
    CouponRecord,
    DomainError,
    Page,
    PriceQuote,
    PromotionRecord,
    PromotionSummary,
    QuoteGift,
    QuoteLine,
    QuotePromotion,
    QuoteRejection,
    QuoteStep,
    ReservationRecord,
    ScopeItem,
    Text,
    UsageRecord,
)
from middle_tier.money import parse_money, round_money
from middle_tier.paging import keyset_page
from middle_tier.uow import UnitOfWork, diff

MAX_CART_LINES = 500
MAX_COUPONS_PER_BATCH = 100_000
COUPON_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"     # no 0/O, 1/I: codes are read out on the phone
MAX_RESERVE_ROUNDS = 4
_BOOL = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False, "": False}


# ---- reading a promotion's fields -------------------------------------------------------------------

def _bool(text: str, field: str, label: str) -> bool:
    key = text.strip().lower()
    if key not in _BOOL:
        raise DomainError(E_VALIDATION, Text("{label} must be yes or no.", label=label), field)
    return _BOOL[key]


def _int(text: str, field: str, label: str, *, minimum: int = 0, optional: bool = False) -> int | None:
    text = text.strip()
    if not text and optional:
        return None
    try:
        value = int(text)
    except ValueError:
        raise DomainError(E_VALIDATION, Text("{label} must be a whole number.", label=label), field) from None
    if not minimum <= value <= 1_000_000_000:
        raise DomainError(E_VALIDATION, Text("{label} must be at least {minimum}.",
                                             label=label, minimum=minimum), field)
    return value


def _list(text: str, field: str, label: str, options: tuple[str, ...] | None = None) -> str:
    items = sorted({part.strip().lower() for part in text.replace(";", ",").split(",") if part.strip()})
    for item in items:
        if options is not None and item not in options:
            raise DomainError(E_VALIDATION, Text("{label}: '{item}' is not one of {options}.",
                                                 label=label, item=item, options=', '.join(options)), field)
        validate.code(item, field, label, max_length=32, min_length=1)
    joined = ",".join(items)
    if len(joined) > 255:
        raise DomainError(E_VALIDATION, Text("{label} is too long.", label=label), field)
    return joined


def _scope(uow: UnitOfWork, text: str) -> list[tuple[str, int]]:
    """'sku:CODE, product:CODE, category:code, brand:code' -> [(kind, id)]."""
    out: list[tuple[str, int]] = []
    models = {"sku": Sku, "product": Product, "category": Category, "brand": Brand}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        kind, _, code = part.partition(":")
        kind, code = kind.strip().lower(), code.strip()
        if kind not in SCOPE_KINDS or not code:
            raise DomainError(E_VALIDATION, Text("Scope '{part}': write kind:code, kind one of "
                                                 "{kinds}.",
                                                 part=part, kinds=', '.join(SCOPE_KINDS)), "scope")
        model = models[kind]
        lookup = code.upper() if kind in ("sku", "product") else code.lower()
        ref = uow.session.scalar(select(model.id).where(model.code.in_({code, lookup})))
        if ref is None:
            raise DomainError(E_VALIDATION, Text("Scope: there is no {kind} '{code}'.", kind=kind, code=code), "scope")
        if (kind, ref) not in out:
            out.append((kind, ref))
    if len(out) > 2000:
        raise DomainError(E_VALIDATION, Text("A scope may name at most 2000 items; use categories or brands."), "scope")
    return out


def _read_fields(uow: UnitOfWork, fields: tuple[tuple[str, str], ...],
                 current: dict[str, str]) -> tuple[dict, list[tuple[str, int]] | None]:
    """(name, text) pairs over the current values -> column values and the new scope (None: unchanged)."""
    given: dict[str, str] = {}
    for name, text in fields:
        if name not in PROMOTION_FIELDS:
            raise DomainError(E_VALIDATION, Text("A promotion has no field '{field}'.", field=name[:40]), name[:40])
        if name in given:
            raise DomainError(E_VALIDATION, Text("{name} given twice.", name=name), name)
        given[name] = text
    raw = {**current, **given}
    v: dict = {}
    v["code"] = validate.code(raw.get("code", ""), "code", "Promotion code")
    v["name"] = validate.text(raw.get("name", ""), "name", "Name", max_length=128)
    v["description"] = validate.text(raw.get("description", ""), "description", "Description", max_length=4000,
                                     required=False)
    v["is_template"] = _bool(raw.get("is_template", ""), "is_template", "Template")
    v["stage"] = validate.choice(raw.get("stage", ""), "stage", "Stage", tuple(STAGE_KINDS))
    v["kind"] = validate.choice(raw.get("kind", ""), "kind", "Kind", STAGE_KINDS[v["stage"]])
    money0 = Decimal("0.00")
    v["percent"] = parse_money(raw.get("percent", "") or "0", "percent", "Percent off")
    v["amount"] = parse_money(raw.get("amount", "") or "0", "amount", "Amount")
    v["fixed_price"] = parse_money(raw.get("fixed_price", "") or "0", "fixed_price", "Fixed price")
    v["buy"] = _int(raw.get("buy", "") or "0", "buy", "Buy")
    v["get"] = _int(raw.get("get", "") or "0", "get", "Get")
    v["threshold"] = parse_money(raw.get("threshold", "") or "0", "threshold", "Threshold")
    v["repeat"] = _bool(raw.get("repeat", ""), "repeat", "Repeat")
    cap = raw.get("cap", "").strip()
    v["cap"] = parse_money(cap, "cap", "Cap", minimum=Decimal("0.01")) if cap else None
    gift_code = raw.get("gift_sku_code", "").strip()
    v["gift_qty"] = _int(raw.get("gift_qty", "") or "1", "gift_qty", "Gift quantity", minimum=1)
    v["exclusion_group"] = validate.text(raw.get("exclusion_group", ""), "exclusion_group", "Exclusion group",
                                         max_length=64, required=False).lower()
    v["priority"] = _int(raw.get("priority", "") or "100", "priority", "Priority")
    v["stop_further"] = _bool(raw.get("stop_further", ""), "stop_further", "Stop further")
    v["stackable"] = _bool(raw.get("stackable", ""), "stackable", "Stackable")
    ids = []
    for part in raw.get("combines_with", "").replace(";", ",").split(","):
        if part.strip():
            pid = _int(part, "combines_with", "Combines with")
            if uow.session.get(Promotion, pid) is None:
                raise DomainError(E_VALIDATION, Text("Combines with: there is no promotion {id}.", id=pid), "combines_with")
            ids.append(pid)
    v["combines_with"] = ",".join(str(i) for i in sorted(set(ids)))
    v["threshold_basis"] = validate.choice(raw.get("threshold_basis", "") or "running", "threshold_basis",
                                           "Threshold basis", ("running", "list"))
    v["member_levels"] = _list(raw.get("member_levels", ""), "member_levels", "Member levels")
    v["channels"] = _list(raw.get("channels", ""), "channels", "Channels", CHANNELS)
    v["starts"] = validate.date_or_none(raw.get("starts", ""), "starts", "Start")
    v["ends"] = validate.date_or_none(raw.get("ends", ""), "ends", "End")
    v["usage_limit"] = _int(raw.get("usage_limit", ""), "usage_limit", "Usage limit", minimum=1, optional=True)
    v["per_customer_limit"] = _int(raw.get("per_customer_limit", ""), "per_customer_limit", "Per-customer limit",
                                   minimum=1, optional=True)
    budget = raw.get("budget", "").strip()
    v["budget"] = parse_money(budget, "budget", "Budget", minimum=Decimal("0.01")) if budget else None
    v["supplier_code"] = validate.text(raw.get("supplier_code", ""), "supplier_code", "Supplier", max_length=64,
                                       required=False)
    v["supplier_share"] = parse_money(raw.get("supplier_share", "") or "0", "supplier_share", "Supplier share")

    # what each kind needs, and nothing contradictory
    kind = v["kind"]
    if kind == "percent_off" and not money0 < v["percent"] <= 100:
        raise DomainError(E_VALIDATION, Text("Percent off must be more than 0 and at most 100."), "percent")
    if kind == "amount_off" and v["amount"] <= 0:
        raise DomainError(E_VALIDATION, Text("The amount off must be more than 0."), "amount")
    if kind == "fixed_price" and v["fixed_price"] <= 0:
        raise DomainError(E_VALIDATION, Text("The fixed price must be more than 0."), "fixed_price")
    if kind == "buy_x_get_y" and (v["buy"] < 1 or v["get"] < 1):
        raise DomainError(E_VALIDATION, Text("Buy X get Y needs X and Y of at least 1."), "buy" if v["buy"] < 1 else "get")
    if kind == "spend_and_save":
        if v["threshold"] <= 0:
            raise DomainError(E_VALIDATION, Text("Spend-and-save needs a threshold above 0."), "threshold")
        if not money0 < v["amount"] <= v["threshold"]:
            raise DomainError(E_VALIDATION, Text("The reward must be above 0 and not more than the threshold."), "amount")
    if v["repeat"] and kind != "spend_and_save":
        raise DomainError(E_VALIDATION, Text("Only spend-and-save repeats."), "repeat")
    v["gift_sku_id"] = None
    if kind == "gift":
        if not gift_code:
            raise DomainError(E_VALIDATION, Text("A gift promotion names the gift's SKU."), "gift_sku_code")
        v["gift_sku_id"] = uow.session.scalar(select(Sku.id).where(Sku.code == gift_code.upper()))
        if v["gift_sku_id"] is None:
            raise DomainError(E_VALIDATION, Text("There is no SKU '{code}'.", code=gift_code), "gift_sku_code")
    if v["starts"] and v["ends"] and v["ends"] <= v["starts"]:
        raise DomainError(E_VALIDATION, Text("The end must be after the start."), "ends")
    if v["supplier_share"] > 100:
        raise DomainError(E_VALIDATION, Text("The supplier's share is a percentage of at most 100."), "supplier_share")
    if v["supplier_share"] > 0 and not v["supplier_code"]:
        raise DomainError(E_VALIDATION, Text("Name the supplier who co-funds the promotion."), "supplier_code")
    scope = _scope(uow, given["scope"]) if "scope" in given else None
    return v, scope


def _current_fields(p: Promotion, uow: UnitOfWork) -> dict[str, str]:
    """A stored promotion as the (name -> text) map _read_fields reads, so an edit sends only what changed."""
    gift = uow.session.get(Sku, p.gift_sku_id) if p.gift_sku_id else None
    opt = lambda x: "" if x is None else str(x)  # noqa: E731
    return {
        "code": p.code, "name": p.name, "description": p.description, "is_template": str(p.is_template),
        "stage": p.stage, "kind": p.kind, "percent": str(p.percent), "amount": str(p.amount),
        "fixed_price": str(p.fixed_price), "buy": str(p.buy), "get": str(p.get), "threshold": str(p.threshold),
        "repeat": str(p.repeat), "cap": opt(p.cap), "gift_sku_code": gift.code if gift else "",
        "gift_qty": str(p.gift_qty), "exclusion_group": p.exclusion_group, "priority": str(p.priority),
        "stop_further": str(p.stop_further), "stackable": str(p.stackable), "combines_with": p.combines_with,
        "threshold_basis": p.threshold_basis, "member_levels": p.member_levels, "channels": p.channels,
        "starts": p.starts.isoformat() if p.starts else "", "ends": p.ends.isoformat() if p.ends else "",
        "usage_limit": opt(p.usage_limit), "per_customer_limit": opt(p.per_customer_limit), "budget": opt(p.budget),
        "supplier_code": p.supplier_code, "supplier_share": str(p.supplier_share),
    }


# ---- scope and collisions --------------------------------------------------------------------------

def _scope_rows(uow: UnitOfWork, promotion_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
    out: dict[int, list[tuple[str, int]]] = {pid: [] for pid in promotion_ids}
    for chunk in range(0, len(promotion_ids), 500):
        ids = promotion_ids[chunk:chunk + 500]
        for row in uow.session.execute(select(PromotionScope.promotion_id, PromotionScope.kind, PromotionScope.ref_id)
                                       .where(PromotionScope.promotion_id.in_(ids))
                                       .order_by(PromotionScope.kind, PromotionScope.ref_id)):
            out[row[0]].append((row[1], row[2]))
    return out


def _scope_items(uow: UnitOfWork, scope: list[tuple[str, int]]) -> tuple[ScopeItem, ...]:
    models = {"sku": Sku, "product": Product, "category": Category, "brand": Brand}
    items = []
    for kind, ref in scope:
        obj = uow.session.get(models[kind], ref)
        items.append(ScopeItem(kind, ref, obj.code if obj else "?", obj.name if obj else ""))
    return tuple(items)


class _Facts:
    """What one scope entry covers, to tell whether two scopes can meet on some item."""

    def __init__(self, uow: UnitOfWork, kind: str, ref: int) -> None:
        self.kind, self.ref = kind, ref
        self.product = self.brand = None
        self.paths: list[str] = []
        if kind == "sku":
            sku = uow.session.get(Sku, ref)
            product = uow.session.get(Product, sku.product_id) if sku else None
        elif kind == "product":
            product = uow.session.get(Product, ref)
        else:
            product = None
        if product is not None:
            self.product, self.brand = product.id, product.brand_id
            self.paths = [uow.session.get(Category, product.category_id).path]
        if kind == "category":
            category = uow.session.get(Category, ref)
            self.paths = [category.path] if category else []
        if kind == "brand":
            self.brand = ref

    def meets(self, other: _Facts) -> bool:
        a, b = (self, other) if SCOPE_KINDS.index(self.kind) <= SCOPE_KINDS.index(other.kind) else (other, self)
        if a.kind == b.kind and a.kind in ("sku", "product", "brand"):
            return a.ref == b.ref
        if a.kind == "sku" and b.kind == "product":
            return a.product == b.ref
        if b.kind == "brand":
            return a.kind == "category" or a.brand == b.ref     # a category may hold the brand's products
        # b is a category: a sku/product inside it, or a category above or below it
        return any(p.startswith(q) or q.startswith(p) for p in a.paths for q in b.paths)


def _windows_overlap(a: Promotion, b: Promotion) -> bool:
    far_past, far_future = dt.datetime.min, dt.datetime.max
    return (a.starts or far_past) < (b.ends or far_future) and (b.starts or far_past) < (a.ends or far_future)


def _collisions(uow: UnitOfWork, promo: Promotion, scope: list[tuple[str, int]]) -> tuple[Collision, ...]:
    """Other live promotions of the same stage, dates and items that cannot run together with this one because
    one of them is exclusive (same exclusion group, or "stop further")."""
    if promo.is_template:
        return ()
    stmt = select(Promotion).where(Promotion.id != promo.id, Promotion.is_template.is_(False),
                                   Promotion.stage == promo.stage, Promotion.status.in_(("draft", "active", "paused")))
    if not promo.stop_further:      # then only the others' exclusivity matters
        stmt = stmt.where(or_(Promotion.stop_further.is_(True),
                              and_(Promotion.exclusion_group != "", Promotion.exclusion_group == promo.exclusion_group)))
    others = uow.session.scalars(stmt.order_by(Promotion.id).limit(200)).all()
    mine = [_Facts(uow, k, r) for k, r in scope]
    scopes = _scope_rows(uow, [o.id for o in others])
    out = []
    for other in others:
        if not _windows_overlap(promo, other):
            continue
        theirs = [_Facts(uow, k, r) for k, r in scopes[other.id]]
        if mine and theirs and not any(m.meets(t) for m in mine for t in theirs):
            continue
        why = "same_group" if promo.exclusion_group and other.exclusion_group == promo.exclusion_group \
            else "stop_further"
        out.append(Collision(other.id, other.code, other.name, why))
    return tuple(out)


def _record(uow: UnitOfWork, p: Promotion) -> PromotionRecord:
    scope = _scope_rows(uow, [p.id])[p.id]
    counts = dict(uow.session.execute(select(Coupon.state, func.count()).where(Coupon.promotion_id == p.id)
                                      .group_by(Coupon.state)).all())
    gift = uow.session.get(Sku, p.gift_sku_id) if p.gift_sku_id else None
    return PromotionRecord(
        id=p.id, code=p.code, name=p.name, description=p.description, is_template=p.is_template, status=p.status,
        stage=p.stage, kind=p.kind, percent=p.percent, amount=p.amount, fixed_price=p.fixed_price, buy=p.buy,
        get=p.get, threshold=p.threshold, repeat=p.repeat, cap=p.cap, gift_sku_code=gift.code if gift else "",
        gift_qty=p.gift_qty, exclusion_group=p.exclusion_group, priority=p.priority, stop_further=p.stop_further,
        stackable=p.stackable, combines_with=_ids(p.combines_with), threshold_basis=p.threshold_basis,
        member_levels=tuple(x for x in p.member_levels.split(",") if x),
        channels=tuple(x for x in p.channels.split(",") if x), starts=p.starts, ends=p.ends,
        usage_limit=p.usage_limit, per_customer_limit=p.per_customer_limit, budget=p.budget,
        uses_taken=p.uses_taken, budget_taken=p.budget_taken, supplier_code=p.supplier_code,
        supplier_share=p.supplier_share, scope=_scope_items(uow, scope),
        coupons_total=sum(counts.values()), coupons_available=counts.get("available", 0),
        collisions=_collisions(uow, p, scope), version=p.version)


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x)


def _summary(p: Promotion) -> tuple:
    return PromotionSummary(p.id, p.code, p.name, p.is_template, p.status, p.stage, p.kind, p.starts, p.ends,
                            p.priority, p.exclusion_group, p.uses_taken, p.usage_limit, p.budget_taken, p.budget,
                            p.version).to_wire()


def _promotion(uow: UnitOfWork, promotion_id: int, *, lock: bool = False) -> Promotion:
    return validate.found(uow.session.get(Promotion, promotion_id, with_for_update=lock), "This promotion",
                          "promotion_id")


def _write_scope(uow: UnitOfWork, promo: Promotion, scope: list[tuple[str, int]]) -> None:
    uow.session.query(PromotionScope).filter(PromotionScope.promotion_id == promo.id).delete()
    uow.session.add_all(PromotionScope(promotion_id=promo.id, kind=k, ref_id=r) for k, r in scope)


# ---- pricing ------------------------------------------------------------------------------------------

class _Cart:
    """A pricing request resolved against the database."""

    def __init__(self, uow: UnitOfWork, lines: tuple[tuple[int, int], ...]) -> None:
        if not lines:
            raise DomainError(E_VALIDATION, Text("The cart is empty."), "lines")
        if len(lines) > MAX_CART_LINES:
            raise DomainError(E_VALIDATION, Text("A cart has at most {most} lines.",
                                                 most=MAX_CART_LINES), "lines")
        qty: dict[int, int] = {}
        for sku_id, n in lines:
            if not 1 <= n <= 100_000:
                raise DomainError(E_VALIDATION, Text("Each quantity must be between 1 and 100000."), "lines")
            qty[sku_id] = qty.get(sku_id, 0) + n
        rows = uow.session.execute(
            select(Sku.id, Sku.code, Sku.name, Sku.list_price, Sku.status, Product.id, Product.brand_id,
                   Category.path)
            .join(Product, Product.id == Sku.product_id).join(Category, Category.id == Product.category_id)
            .where(Sku.id.in_(list(qty)))).all()
        found = {r[0]: r for r in rows}
        self.info: dict[int, tuple[str, str]] = {}
        self.lines: list[pricing.Line] = []
        for n, sku_id in enumerate(qty, start=1):
            r = found.get(sku_id)
            if r is None:
                raise DomainError(E_VALIDATION, Text("There is no SKU with id {sku_id}.", sku_id=sku_id), "lines")
            if r[4] != "on_sale":
                raise DomainError(E_VALIDATION, Text("{sku} is not on sale.", sku=r[1]), "lines")
            self.info[sku_id] = (r[1], r[2])
            cats = frozenset(int(x) for x in r[7].strip("/").split("/"))
            self.lines.append(pricing.Line(n, sku_id, r[5], cats, r[6] or 0, qty[sku_id], r[3]))


def _engine_promotion(p: Promotion, scope: list[tuple[str, int]], *, customer_uses: int,
                      gift_value: Decimal) -> pricing.Promotion:
    by_kind: dict[str, set[int]] = {k: set() for k in SCOPE_KINDS}
    for kind, ref in scope:
        by_kind[kind].add(ref)
    uses_left = None
    if p.usage_limit is not None:
        uses_left = p.usage_limit - p.uses_taken
    if p.per_customer_limit is not None:
        mine = p.per_customer_limit - customer_uses
        uses_left = mine if uses_left is None else min(uses_left, mine)
    return pricing.Promotion(
        id=p.id, stage=p.stage, kind=p.kind, percent=p.percent, amount=p.amount, fixed_price=p.fixed_price,
        buy=p.buy, get=p.get, threshold=p.threshold, repeat=p.repeat, cap=p.cap, gift_sku_id=p.gift_sku_id or 0,
        gift_qty=p.gift_qty, gift_value=gift_value, sku_ids=frozenset(by_kind["sku"]),
        product_ids=frozenset(by_kind["product"]), category_ids=frozenset(by_kind["category"]),
        brand_ids=frozenset(by_kind["brand"]), exclusion_group=p.exclusion_group, priority=p.priority,
        stop_further=p.stop_further, combines_with=frozenset(_ids(p.combines_with)), stackable=p.stackable,
        threshold_basis=p.threshold_basis, member_levels=frozenset(x for x in p.member_levels.split(",") if x),
        channels=frozenset(x for x in p.channels.split(",") if x), starts=p.starts, ends=p.ends,
        uses_left=uses_left, budget_left=None if p.budget is None else p.budget - p.budget_taken)


class _Pricing:
    """One pricing of a cart: the engine's result and everything needed to show and book it."""

    def __init__(self, uow: UnitOfWork, cart: _Cart, *, coupon_codes: tuple[str, ...], customer_ref: str,
                 channel: str, member_level: str, shipping_fee: Decimal, now: dt.datetime,
                 order_ref: str = "", refresh: bool = False) -> None:
        session = uow.session
        opts = {"populate_existing": True} if refresh else {}
        self.refused: list[tuple[str, str]] = []
        self.coupon_of: dict[int, Coupon] = {}
        for raw in coupon_codes:
            code = raw.strip().upper()
            coupon = session.scalars(select(Coupon).where(Coupon.code == code), execution_options=opts).first()
            why = ""
            if coupon is None:
                why = "unknown"
            elif coupon.state == "void":
                why = "void"
            elif coupon.state != "available" and not (order_ref and coupon.order_ref == order_ref):
                why = "used"
            elif coupon.customer_ref and coupon.customer_ref != customer_ref:
                why = "other_customer"
            elif coupon.promotion_id in self.coupon_of:
                why = "one_per_promotion"
            if why:
                self.refused.append((code, why))
            else:
                self.coupon_of[coupon.promotion_id] = coupon
        # plain rows, not entities: this runs on every cart (a reservation updates the locked entities itself)
        stmt = select(Promotion.__table__).where(
            Promotion.status == "active", Promotion.is_template.is_(False),
            or_(Promotion.stage.not_in(COUPON_STAGES), Promotion.id.in_(list(self.coupon_of) or [0])))
        self.promos = {p.id: p for p in session.execute(stmt)}
        for pid in list(self.coupon_of):
            if pid not in self.promos:     # the coupon's promotion is paused, ended or not a coupon promotion
                self.refused.append((self.coupon_of.pop(pid).code, "inactive"))
        scopes = _scope_rows(uow, sorted(self.promos))
        customer_uses: dict[int, int] = {}
        limited = [pid for pid, p in self.promos.items() if p.per_customer_limit is not None]
        if customer_ref and limited:
            customer_uses = dict(session.execute(
                select(PromotionUsage.promotion_id, func.count()).where(
                    PromotionUsage.promotion_id.in_(limited), PromotionUsage.customer_ref == customer_ref,
                    PromotionUsage.state.in_(("reserved", "consumed")), PromotionUsage.order_ref != order_ref)
                .group_by(PromotionUsage.promotion_id)).all())
        gift_ids = {p.gift_sku_id for p in self.promos.values() if p.gift_sku_id}
        self.gift_skus = {r[0]: r for r in session.execute(select(Sku.id, Sku.code, Sku.name, Sku.list_price)
                                                           .where(Sku.id.in_(list(gift_ids) or [0])))}
        engine_promos = [
            _engine_promotion(p, scopes[p.id], customer_uses=customer_uses.get(p.id, 0),
                              gift_value=self.gift_skus[p.gift_sku_id][3] if p.gift_sku_id in self.gift_skus
                              else Decimal(0))
            for p in self.promos.values()]
        self.cart = cart
        self.shipping_fee = round_money(shipping_fee)
        self.now = now
        self.result = pricing.price_cart(cart.lines, engine_promos, shipping_fee=shipping_fee, now=now,
                                         channel=channel, member_level=member_level)

    def discount_by_promotion(self) -> dict[int, Decimal]:
        out: dict[int, Decimal] = {pid: Decimal("0.00") for pid in self.result.applied}
        for pl in self.result.lines:
            for step in pl.steps:
                out[step.promotion_id] -= step.delta
        for step in self.result.shipping_steps:
            out[step.promotion_id] -= step.delta
        return out

    def quote(self) -> PriceQuote:
        promos, res = self.promos, self.result
        name = lambda pid: promos[pid].name if pid in promos else ""  # noqa: E731
        lines = tuple(QuoteLine(
            pl.line.sku_id, self.cart.info[pl.line.sku_id][0], self.cart.info[pl.line.sku_id][1], pl.line.qty,
            pl.line.unit_price, pl.list_amount, pl.amount,
            tuple(QuoteStep(s.stage, s.promotion_id, name(s.promotion_id), s.base, s.delta) for s in pl.steps))
            for pl in res.lines)
        applied = []
        for pid, discount in self.discount_by_promotion().items():
            p = promos[pid]
            coupon = self.coupon_of.get(pid)
            applied.append(QuotePromotion(pid, p.code, p.name, p.stage, discount, coupon.code if coupon else "",
                                          p.supplier_code, round_money(discount * p.supplier_share / 100)))
        rejected = []
        for r in res.rejected:
            p = promos[r.promotion_id]
            detail = promos[int(r.detail)].code if r.reason == "excluded_by" and int(r.detail) in promos else r.detail
            rejected.append(QuoteRejection(p.id, p.code, p.name, r.reason, detail, p.threshold, p.amount))
        gifts = tuple(QuoteGift(pid, sku_id, self.gift_skus[sku_id][1], self.gift_skus[sku_id][2], qty)
                      for pid, sku_id, qty in res.gifts)
        list_total = sum((pl.list_amount for pl in res.lines), Decimal("0.00"))
        return PriceQuote(
            lines=lines, goods_list_total=list_total, goods_total=res.goods_total, shipping_fee=self.shipping_fee,
            shipping=res.shipping,
            shipping_steps=tuple(QuoteStep(s.stage, s.promotion_id, name(s.promotion_id), s.base, s.delta)
                                 for s in res.shipping_steps),
            discount_total=list_total - res.goods_total + self.shipping_fee - res.shipping, total=res.total,
            applied=tuple(applied), rejected=tuple(rejected), gifts=gifts, coupons_refused=tuple(self.refused),
            priced_at=self.now)


def _pricing_inputs(channel: str, member_level: str, shipping_fee: str, at: str) -> tuple[Decimal, dt.datetime]:
    validate.choice(channel, "channel", "Channel", CHANNELS)
    validate.text(member_level, "member_level", "Member level", max_length=32, required=False)
    fee = parse_money(shipping_fee or "0", "shipping_fee", "Shipping fee")
    when = validate.date_or_none(at, "at", "Time") or utcnow()
    return fee, when


def _usage_records(uow: UnitOfWork, order_ref: str) -> tuple[UsageRecord, ...]:
    rows = uow.session.execute(
        select(PromotionUsage, Promotion.code, Coupon.code).join(Promotion, Promotion.id == PromotionUsage.promotion_id)
        .outerjoin(Coupon, Coupon.id == PromotionUsage.coupon_id).where(PromotionUsage.order_ref == order_ref)
        .order_by(PromotionUsage.promotion_id)).all()
    return tuple(UsageRecord(u.promotion_id, code, u.order_ref, u.customer_ref, coupon or "", u.discount,
                             u.supplier_code, u.supplier_amount, u.state) for u, code, coupon in rows)


def _reservation_record(uow: UnitOfWork, r: PromotionReservation) -> ReservationRecord:
    quote = PriceQuote.from_wire(as_tuples(json.loads(r.quote)))
    return ReservationRecord(r.order_ref, r.customer_ref, r.state, quote, _usage_records(uow, r.order_ref))


def _order_ref(text: str) -> str:
    text = text.strip()
    if not 1 <= len(text) <= 64 or not all(c.isalnum() or c in "-_." for c in text):
        raise DomainError(E_VALIDATION, Text("An order reference has 1 to 64 letters, digits, '-', '_' or "
                                             "'.'."),
                          "order_ref")
    return text


def _lock_promotions(uow: UnitOfWork, ids: set[int]) -> None:
    """Row locks on these promotions, always in id order (two reservations cannot deadlock)."""
    if ids:
        list(uow.session.scalars(select(Promotion.id).where(Promotion.id.in_(sorted(ids)))
                                 .order_by(Promotion.id).with_for_update()))


@expose
class PromotionsComponent(Exposed):
    """Merchandisers' promotions, and pricing for the storefront and the agents."""

    _area = "promotions"

    # ---- activities and templates ----------------------------------------------------------------
    @verb("promotions.read")
    def list_promotions(self, uow: UnitOfWork, *, search: str = "", status: str = "", templates: bool = False,
                        cursor: str = "", page_size: int = 200) -> Page:
        """Promotions (or templates), newest first; filter by status and by words in code or name."""
        stmt = select(Promotion).where(Promotion.is_template.is_(templates))
        if status:
            stmt = stmt.where(Promotion.status == validate.choice(status, "status", "Status", PROMOTION_STATUSES))
        if search.strip():
            like = f"%{search.strip()[:64]}%"
            stmt = stmt.where(or_(Promotion.code.like(like), Promotion.name.like(like)))
        return keyset_page(uow.session, stmt, [(Promotion.id, True)], cursor=cursor, page_size=page_size,
                           columns=PromotionSummary.columns(), row_to_wire=lambda r: _summary(r[0]),
                           key_of=lambda r: (r[0].id,))

    @verb("promotions.read")
    def timeline(self, uow: UnitOfWork, *, start: str, end: str) -> tuple:
        """Live promotions (draft, active, paused) whose window meets [start, end), for the timeline view;
        at most 500, earliest first."""
        lo = validate.date_or_none(start, "start", "Start")
        hi = validate.date_or_none(end, "end", "End")
        if lo is None or hi is None or hi <= lo:
            raise DomainError(E_VALIDATION, Text("Give a start and a later end."), "end")
        rows = uow.session.scalars(select(Promotion).where(
            Promotion.is_template.is_(False), Promotion.status.in_(("draft", "active", "paused")),
            or_(Promotion.starts.is_(None), Promotion.starts < hi), or_(Promotion.ends.is_(None), Promotion.ends > lo))
            .order_by(Promotion.starts, Promotion.id).limit(500))
        return tuple(_summary(p) for p in rows)

    @verb("promotions.read")
    def get_promotion(self, uow: UnitOfWork, *, promotion_id: int) -> PromotionRecord:
        """One promotion with its scope, coupon counts and the exclusive promotions it collides with."""
        return _record(uow, _promotion(uow, promotion_id))

    @verb("promotions.write", writes=True)
    def create_promotion(self, uow: UnitOfWork, *, fields: tuple[tuple[str, str], ...]) -> PromotionRecord:
        """A new promotion (draft) or template from (field, text) pairs; see contract.PROMOTION_FIELDS."""
        values, scope = _read_fields(uow, fields, {})
        if uow.session.scalar(select(Promotion.id).where(Promotion.code == values["code"])) is not None:
            raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
        promo = Promotion(status="draft", **values)
        uow.session.add(promo)
        flush_unique(uow.session, "code", Text("This promotion code was taken meanwhile."))
        _write_scope(uow, promo, scope or [])
        uow.session.flush()
        uow.audit("promotion", promo.id, {k: [None, str(v)] for k, v in values.items() if v not in (None, "")})
        return _record(uow, promo)

    @verb("promotions.write", writes=True)
    def update_promotion(self, uow: UnitOfWork, *, promotion_id: int, version: int,
                         fields: tuple[tuple[str, str], ...]) -> PromotionRecord:
        """Change the given fields. An active promotion's kind, stage and amounts are fixed once it has been
        used (pause it and start a new one instead); its dates, limits and budget may still change."""
        promo = _promotion(uow, promotion_id, lock=True)
        validate.version(promo, version, "This promotion")
        if promo.status == "ended":
            raise DomainError(E_CONFLICT, Text("An ended promotion cannot be changed."), "status")
        before = _current_fields(promo, uow)
        values, scope = _read_fields(uow, fields, before)
        if values["code"] != promo.code and uow.session.scalar(
                select(Promotion.id).where(Promotion.code == values["code"])) is not None:
            raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
        if values["is_template"] != promo.is_template:
            raise DomainError(E_VALIDATION, Text("A promotion cannot become a template, nor the other way "
                                                 "round."),
                              "is_template")
        if promo.uses_taken > 0:
            for name in ("stage", "kind", "percent", "amount", "fixed_price", "buy", "get", "threshold", "repeat"):
                if values[name] != getattr(promo, name):
                    raise DomainError(E_CONFLICT, Text("This promotion has been used: its offer can no "
                                                       "longer change."),
                                      name)
        for name, value in values.items():
            setattr(promo, name, value)
        if scope is not None:
            _write_scope(uow, promo, scope)
        promo.version += 1
        uow.session.flush()
        uow.audit("promotion", promo.id, diff(before, _current_fields(promo, uow)))
        return _record(uow, promo)

    @verb("promotions.write", writes=True)
    def create_from_template(self, uow: UnitOfWork, *, template_id: int, code: str, name: str) -> PromotionRecord:
        """A new draft promotion copied from a template (scope included), under its own code and name."""
        template = _promotion(uow, template_id)
        if not template.is_template:
            raise DomainError(E_VALIDATION, Text("This is not a template."), "template_id")
        fields = {**_current_fields(template, uow), "code": code, "name": name, "is_template": "false"}
        values, _ = _read_fields(uow, tuple(fields.items()), {})
        if uow.session.scalar(select(Promotion.id).where(Promotion.code == values["code"])) is not None:
            raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
        promo = Promotion(status="draft", **values)
        uow.session.add(promo)
        flush_unique(uow.session, "code", Text("This promotion code was taken meanwhile."))
        _write_scope(uow, promo, _scope_rows(uow, [template.id])[template.id])
        uow.session.flush()
        uow.audit("promotion", promo.id, {"template": [None, template.code], "code": [None, promo.code]})
        return _record(uow, promo)

    @verb("promotions.write", writes=True)
    def set_status(self, uow: UnitOfWork, *, promotion_id: int, version: int, status: str) -> PromotionRecord:
        """Activate, pause, resume or end a promotion (contract.PROMOTION_TRANSITIONS)."""
        promo = _promotion(uow, promotion_id, lock=True)
        validate.version(promo, version, "This promotion")
        if promo.is_template:
            raise DomainError(E_VALIDATION, Text("A template is not run; create a promotion from it."), "status")
        if status not in PROMOTION_TRANSITIONS.get(promo.status, ()):
            raise DomainError(E_CONFLICT, Text("A {current} promotion cannot become {status}.",
                                               current=promo.status, status=status), "status")
        uow.audit("promotion", promo.id, {"status": [promo.status, status]})
        promo.status = status
        promo.version += 1
        return _record(uow, promo)

    # ---- coupons ------------------------------------------------------------------------------------
    @verb("promotions.write", writes=True, idempotent=True)
    def generate_coupons(self, uow: UnitOfWork, *, promotion_id: int, count: int, prefix: str = "",
                         request_id: str) -> int:
        """Add `count` unique single-use codes (prefix + 10 random characters) to a coupon promotion; returns
        how many the promotion has now."""
        promo = _promotion(uow, promotion_id, lock=True)
        if promo.stage not in COUPON_STAGES or promo.is_template:
            raise DomainError(E_VALIDATION, Text("Only coupon promotions (item or order coupons) have codes."),
                              "promotion_id")
        if not 1 <= count <= MAX_COUPONS_PER_BATCH:
            raise DomainError(E_VALIDATION, Text("Generate 1 to {most} codes at a time.",
                                                 most=MAX_COUPONS_PER_BATCH), "count")
        prefix = prefix.strip().upper()
        if len(prefix) > 12 or not all(c.isalnum() for c in prefix) or not prefix.isascii():
            raise DomainError(E_VALIDATION, Text("A prefix has at most 12 letters or digits."), "prefix")
        made: set[str] = set()
        while len(made) < count:
            batch = {prefix + "".join(secrets.choice(COUPON_ALPHABET) for _ in range(10))
                     for _ in range(count - len(made))} - made
            taken = set()
            for chunk in range(0, len(batch), 1000):
                part = sorted(batch)[chunk:chunk + 1000]
                taken |= set(uow.session.scalars(select(Coupon.code).where(Coupon.code.in_(part))))
            made |= batch - taken
        uow.session.execute(Coupon.__table__.insert(), [
            {"promotion_id": promo.id, "code": c, "state": "available", "order_ref": "", "customer_ref": "",
             "created_at": utcnow(), "updated_at": utcnow()} for c in sorted(made)])
        total = uow.session.scalar(select(func.count()).select_from(Coupon).where(Coupon.promotion_id == promo.id))
        uow.audit("promotion", promo.id, {"coupons": [total - count, total]})
        return int(total or 0)

    @verb("promotions.read")
    def list_coupons(self, uow: UnitOfWork, *, promotion_id: int, state: str = "", cursor: str = "",
                     page_size: int = 500) -> Page:
        """A coupon promotion's codes, oldest first (for export and for the agents' lookups)."""
        stmt = select(Coupon).where(Coupon.promotion_id == promotion_id)
        if state:
            stmt = stmt.where(Coupon.state == validate.choice(state, "state", "State",
                                                              ("available", "reserved", "used", "void")))
        return keyset_page(uow.session, stmt, [(Coupon.id, False)], cursor=cursor, page_size=page_size,
                           columns=CouponRecord.columns(),
                           row_to_wire=lambda r: CouponRecord(r[0].id, r[0].code, r[0].state, r[0].order_ref,
                                                              r[0].customer_ref, r[0].created_at).to_wire(),
                           key_of=lambda r: (r[0].id,))

    # ---- pricing and usage -------------------------------------------------------------------------
    @verb("promotions.read")
    def price(self, uow: UnitOfWork, *, lines: tuple[tuple[int, int], ...], coupon_codes: tuple[str, ...] = (),
              customer_ref: str = "", channel: str = "web", member_level: str = "", shipping_fee: str = "0",
              at: str = "") -> PriceQuote:
        """Price a cart of (SKU id, quantity) lines for a customer and channel, with the trace of every step and
        the reason every other promotion did not apply. `at` (ISO time, '' = now) lets the simulator look
        ahead. Reserves nothing."""
        fee, when = _pricing_inputs(channel, member_level, shipping_fee, at)
        return _Pricing(uow, _Cart(uow, lines), coupon_codes=coupon_codes, customer_ref=customer_ref.strip(),
                        channel=channel, member_level=member_level.strip().lower(), shipping_fee=fee,
                        now=when).quote()

    @verb("promotions.write", writes=True)
    def reserve(self, uow: UnitOfWork, *, order_ref: str, customer_ref: str, lines: tuple[tuple[int, int], ...],
                coupon_codes: tuple[str, ...] = (), channel: str = "web", member_level: str = "",
                shipping_fee: str = "0") -> ReservationRecord:
        """Price the order now and reserve the usage, budget and coupons of every promotion it gets, under
        lock. Idempotent by order reference: asking again returns the first reservation unchanged."""
        order_ref = _order_ref(order_ref)
        customer_ref = validate.text(customer_ref, "customer_ref", "Customer", max_length=64)
        fee, now = _pricing_inputs(channel, member_level, shipping_fee, "")
        existing = uow.session.get(PromotionReservation, order_ref)
        if existing is not None:
            uow.nothing_changed()
            return _reservation_record(uow, existing)
        cart = _Cart(uow, lines)
        locked: set[int] = set()
        for _ in range(MAX_RESERVE_ROUNDS):
            run = _Pricing(uow, cart, coupon_codes=coupon_codes, customer_ref=customer_ref, channel=channel,
                           member_level=member_level.strip().lower(), shipping_fee=fee, now=now,
                           order_ref=order_ref, refresh=bool(locked))
            wanted = set(run.result.applied)
            if wanted <= locked:
                break
            locked |= wanted
            _lock_promotions(uow, locked)       # then price again on the counters as they are under the lock
        else:
            raise DomainError(E_CONFLICT, Text("The promotions changed while the order was priced; please "
                                               "try again."))
        coupons = {pid: c for pid, c in run.coupon_of.items() if pid in run.result.applied}
        for coupon in coupons.values():   # a coupon is locked and checked again: it may have been taken meanwhile
            fresh = uow.session.scalars(select(Coupon).where(Coupon.id == coupon.id).with_for_update()
                                        .execution_options(populate_existing=True)).one()
            if fresh.state != "available":
                raise DomainError(E_CONFLICT, Text("Coupon {code} was used meanwhile.",
                                                   code=fresh.code), "coupon_codes")
            fresh.state, fresh.order_ref, fresh.customer_ref = "reserved", order_ref, customer_ref
        quote = run.quote()
        reservation = PromotionReservation(order_ref=order_ref, customer_ref=customer_ref, state="reserved",
                                           quote=json.dumps(quote.to_wire()), reserved_at=now)
        uow.session.add(reservation)
        flush_unique(uow.session, "order_ref", Text("This order was reserved meanwhile; ask again for its "
                                                    "reservation."))
        for applied in quote.applied:
            promo = uow.session.get(Promotion, applied.promotion_id, populate_existing=True)
            promo.uses_taken += 1
            promo.budget_taken += applied.discount
            coupon = coupons.get(promo.id)
            uow.session.add(PromotionUsage(
                promotion_id=promo.id, order_ref=order_ref, customer_ref=customer_ref,
                coupon_id=coupon.id if coupon else None, discount=applied.discount,
                supplier_code=applied.supplier_code, supplier_amount=applied.supplier_amount, state="reserved",
                reserved_at=now))
        uow.session.flush()
        uow.audit("promotion_reservation", order_ref, {"applied": [None, [a.code for a in quote.applied]],
                                                       "discount": [None, str(quote.discount_total)]})
        return _reservation_record(uow, reservation)

    @verb("promotions.write", writes=True)
    def consume(self, uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
        """The order was paid: its reserved usage is final and its coupons are used. Idempotent."""
        reservation = self._reservation(uow, order_ref)
        if reservation.state == "released":
            raise DomainError(E_CONFLICT, Text("This order's promotions were released; it cannot consume "
                                               "them."),
                              "order_ref")
        if reservation.state == "reserved":
            self._settle(uow, reservation, "consumed")
        else:
            uow.nothing_changed()
        return _reservation_record(uow, reservation)

    @verb("promotions.write", writes=True)
    def release(self, uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
        """The order was cancelled or its payment failed: give back usage, budget and coupons. Idempotent."""
        reservation = self._reservation(uow, order_ref)
        if reservation.state != "released":
            usages = uow.session.scalars(select(PromotionUsage).where(PromotionUsage.order_ref == reservation.order_ref)
                                         ).all()
            _lock_promotions(uow, {u.promotion_id for u in usages})
            for u in usages:
                promo = uow.session.get(Promotion, u.promotion_id, populate_existing=True)
                promo.uses_taken -= 1
                promo.budget_taken -= u.discount
                if u.coupon_id is not None:
                    coupon = uow.session.get(Coupon, u.coupon_id, with_for_update=True)
                    coupon.state, coupon.order_ref, coupon.customer_ref = "available", "", ""
            self._settle(uow, reservation, "released")
        else:
            uow.nothing_changed()
        return _reservation_record(uow, reservation)

    @verb("promotions.read")
    def get_reservation(self, uow: UnitOfWork, *, order_ref: str) -> ReservationRecord:
        """An order's reservation: the quote it was priced with and where each promotion's usage stands."""
        return _reservation_record(uow, self._reservation(uow, order_ref, lock=False))

    @staticmethod
    def _reservation(uow: UnitOfWork, order_ref: str, *, lock: bool = True) -> PromotionReservation:
        return validate.found(uow.session.get(PromotionReservation, _order_ref(order_ref), with_for_update=lock),
                              "A reservation for this order", "order_ref")

    @staticmethod
    def _settle(uow: UnitOfWork, reservation: PromotionReservation, state: str) -> None:
        now = utcnow()
        uow.audit("promotion_reservation", reservation.order_ref, {"state": [reservation.state, state]})
        reservation.state, reservation.settled_at = state, now
        for u in uow.session.scalars(select(PromotionUsage).where(PromotionUsage.order_ref == reservation.order_ref)):
            u.state, u.settled_at = state, now
            if state == "consumed" and u.coupon_id is not None:
                uow.session.get(Coupon, u.coupon_id).state = "used"
