"""A promotion's editable fields: read from (name, text) pairs, checked, and written back as text for an edit."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from data_tier.catalog import Sku
from data_tier.promotions import Promotion
from middle_tier.contract import E_VALIDATION, DomainError, Label, Text
from middle_tier.contract.promotions import CHANNELS, ITEM_STAGES, PROMOTION_FIELDS, STAGE_AMOUNT_PER, STAGE_KINDS
from middle_tier.core import validate
from middle_tier.core.money import parse_money
from middle_tier.core.uow import UnitOfWork
from middle_tier.promotions.scopes import parse_scope

_BOOL = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False, "": False}


def _bool(text: str, field: str, label: Label) -> bool:
    key = text.strip().lower()
    if key not in _BOOL:
        raise DomainError(E_VALIDATION, Text("{label} must be yes or no.", label=label), field)
    return _BOOL[key]


def _int(text: str, field: str, label: Label, *, minimum: int = 0, optional: bool = False) -> int | None:
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


def _list(text: str, field: str, label: Label, options: tuple[str, ...] | None = None) -> str:
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


def read_fields(uow: UnitOfWork, fields: tuple[tuple[str, str], ...], current: dict[str, str], *,
                self_id: int = 0) -> tuple[dict, list[tuple[str, int]] | None]:
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
    v["order_exclusive"] = _bool(raw.get("order_exclusive", ""), "order_exclusive", "Exclusive for the whole order")
    v["stackable"] = _bool(raw.get("stackable", ""), "stackable", "Stackable")
    ids = []
    for part in raw.get("combines_with", "").replace(";", ",").split(","):
        if part.strip():
            pid = _int(part, "combines_with", "Combines with")
            if uow.session.get(Promotion, pid) is None:
                raise DomainError(E_VALIDATION, Text("Combines with: there is no promotion {id}.", id=pid),
                                  "combines_with")
            if pid == self_id:
                raise DomainError(E_VALIDATION, Text("A promotion does not combine with itself."),
                                  "combines_with")
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
        raise DomainError(E_VALIDATION, Text("Buy X get Y needs X and Y of at least 1."),
                          "buy" if v["buy"] < 1 else "get")
    if kind == "spend_and_save":
        if v["threshold"] <= 0:
            raise DomainError(E_VALIDATION, Text("Spend-and-save needs a threshold above 0."), "threshold")
        if not money0 < v["amount"] <= v["threshold"]:
            raise DomainError(E_VALIDATION, Text("The reward must be above 0 and not more than the threshold."),
                              "amount")
    if v["repeat"] and kind != "spend_and_save":
        raise DomainError(E_VALIDATION, Text("Only spend-and-save repeats."), "repeat")
    per = raw.get("amount_per", "").strip().lower()
    if kind == "amount_off":
        allowed = STAGE_AMOUNT_PER[v["stage"]]
        v["amount_per"] = per or allowed[0]
        if v["amount_per"] not in allowed:
            raise DomainError(E_VALIDATION, Text("At this stage an amount off is taken from: {options}.",
                                                 options=", ".join(allowed)), "amount_per")
    else:                  # only an amount off says what it is taken from
        v["amount_per"] = "unit"
    if v["order_exclusive"] and v["stage"] not in ITEM_STAGES:
        raise DomainError(E_VALIDATION, Text("Only item promotions and item coupons can be exclusive for the "
                                             "whole order: at the other stages every promotion already excludes "
                                             "across the order."), "order_exclusive")
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
    scope = parse_scope(uow, given["scope"]) if "scope" in given else None
    return v, scope


def current_fields(p: Promotion, uow: UnitOfWork) -> dict[str, str]:
    """A stored promotion as the (name -> text) map read_fields reads, so an edit sends only what changed."""
    gift = uow.session.get(Sku, p.gift_sku_id) if p.gift_sku_id else None
    opt = lambda x: "" if x is None else str(x)  # noqa: E731
    return {
        "code": p.code, "name": p.name, "description": p.description, "is_template": str(p.is_template),
        "stage": p.stage, "kind": p.kind, "percent": str(p.percent), "amount": str(p.amount),
        "fixed_price": str(p.fixed_price), "buy": str(p.buy), "get": str(p.get), "threshold": str(p.threshold),
        "repeat": str(p.repeat), "cap": opt(p.cap), "gift_sku_code": gift.code if gift else "",
        "gift_qty": str(p.gift_qty), "exclusion_group": p.exclusion_group, "priority": str(p.priority),
        "stop_further": str(p.stop_further), "order_exclusive": str(p.order_exclusive), "stackable": str(p.stackable),
        "combines_with": p.combines_with, "amount_per": p.amount_per,
        "threshold_basis": p.threshold_basis, "member_levels": p.member_levels, "channels": p.channels,
        "starts": p.starts.isoformat() if p.starts else "", "ends": p.ends.isoformat() if p.ends else "",
        "usage_limit": opt(p.usage_limit), "per_customer_limit": opt(p.per_customer_limit), "budget": opt(p.budget),
        "supplier_code": p.supplier_code, "supplier_share": str(p.supplier_share),
    }
