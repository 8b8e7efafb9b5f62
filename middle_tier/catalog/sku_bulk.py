"""Changing many SKUs at once: a new status, a price change (a new price, a percentage or an amount up or down) and a
weight for those that weigh 0 g; previewed, then done all or nothing, with one operation log entry.

Each SKU is named with the version the caller read, as `catalog.update_sku` takes it: a SKU that someone changed
since refuses the whole change (E_CONFLICT naming it), because a relative change applied to a price the user has
not seen (10 % up on a price a colleague has just raised) would not be the change previewed and confirmed. The
rules are the single update's: the statuses of the contract, prices of at most two decimals, never below zero, and
a SKU on sale needs a list price above zero. The site search's tokens hold no status, price or weight, so nothing is
reindexed (the single update reindexes only for a new barcode).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select, update

from data_tier.base import utcnow
from data_tier.catalog import Product, Sku
from middle_tier.contract import E_CONFLICT, E_NOT_FOUND, E_VALIDATION, DomainError, Text
from middle_tier.contract.catalog import (
    BULK_EXAMPLES,
    BULK_PERCENT_RANGE,
    BULK_SKUS_MAX,
    PRICE_CHANGES,
    PRODUCT_STATUSES,
    SkuBulkChange,
    SkuChangeRow,
)
from middle_tier.core import validate
from middle_tier.core.money import FEN, MAX_AMOUNT, parse_money, round_money
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb

CHUNK = 500         # ids per IN list
NAMED = 5           # SKUs an error names before '…' (it says how many there are in all)


@dataclass(frozen=True)
class _Ask:
    status: str             # '' keeps each SKU's status
    price_change: str       # '' keeps the prices; else one of PRICE_CHANGES
    amount: Decimal         # the new price, the percentage or the amount
    weight_g: int           # 0 keeps the weights; else the weight of the SKUs that weigh 0 g


def _named(codes: list[str]) -> str:
    return ", ".join(codes[:NAMED]) + (", …" if len(codes) > NAMED else "")


def _percent(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        value = Decimal("NaN")
    if not value.is_finite() or value != value.quantize(FEN):
        raise DomainError(E_VALIDATION, Text("A percentage is a number like 10 or -12.5, with at most two "
                                             "decimals."), "price")
    low, high = BULK_PERCENT_RANGE
    if not low <= value <= high:
        raise DomainError(E_VALIDATION, Text("A percentage is from {low} to +{high}.", low=low, high=high), "price")
    return value


def _ask(skus: tuple[tuple[int, int], ...], status: str, price_change: str, price: str, weight_g: int) -> _Ask:
    if not skus:
        raise DomainError(E_VALIDATION, Text("Select at least one SKU."), "skus")
    if len(skus) > BULK_SKUS_MAX:
        raise DomainError(E_VALIDATION, Text("At most {most} SKUs change at once; {count} were selected.",
                                             most=f"{BULK_SKUS_MAX:,}", count=f"{len(skus):,}"), "skus")
    if len({sku_id for sku_id, _version in skus}) != len(skus):
        raise DomainError(E_VALIDATION, Text("A SKU is named twice."), "skus")
    if status:
        validate.choice(status, "status", "Status", PRODUCT_STATUSES)
    amount = Decimal(0)
    if price_change:
        validate.choice(price_change, "price_change", "Price change", PRICE_CHANGES)
        if price_change == "set":
            amount = parse_money(price, "price", "List price")
        else:
            amount = (_percent(price) if price_change == "percent"
                      else parse_money(price, "price", "Price change", allow_negative=True))
            if amount == 0:
                raise DomainError(E_VALIDATION, Text("A change of 0 changes no price."), "price")
    elif price.strip():
        raise DomainError(E_VALIDATION, Text("Choose how the price changes: a new price, a percentage or an "
                                             "amount."), "price_change")
    if not 0 <= weight_g <= 1_000_000:
        raise DomainError(E_VALIDATION, Text("The weight is in grams, from 0 to 1,000,000."), "weight_g")
    if not (status or price_change or weight_g):
        raise DomainError(E_VALIDATION, Text("Choose a new status, a price change or a weight."), "status")
    return _Ask(status, price_change, amount, weight_g)


def _new_price(ask: _Ask, old: Decimal) -> Decimal:
    """The one rule: a percentage is taken of each price and rounded to the fen, half up (19.99 + 10 % = 21.99,
    0.05 - 50 % = 0.03); an amount is added as it is; a new price replaces the old."""
    if ask.price_change == "set":
        return ask.amount
    if ask.price_change == "percent":
        return round_money(old * (100 + ask.amount) / 100)
    if ask.price_change == "amount":
        return old + ask.amount
    return old


def _plan(uow: UnitOfWork, skus: tuple[tuple[int, int], ...], ask: _Ask, *, lock: bool) -> list[SkuChangeRow]:
    """Every named SKU before and after, in code order; refuses the whole change when any SKU is missing, was
    changed since it was read, or would break a rule."""
    ids = sorted(sku_id for sku_id, _version in skus)
    rows = []
    for i in range(0, len(ids), CHUNK):      # in id order: concurrent changes lock rows in the same order
        stmt = (select(Sku.id, Sku.code, Sku.name, Sku.status, Sku.list_price, Sku.weight_g, Sku.version)
                .where(Sku.id.in_(ids[i:i + CHUNK])).order_by(Sku.id))
        rows += uow.session.execute(stmt.with_for_update() if lock else stmt).all()
    found = {r[0]: r for r in rows}
    missing = [sku_id for sku_id in ids if sku_id not in found]
    if missing:
        raise DomainError(E_NOT_FOUND, Text("{count} of the selected SKUs no longer exist (ids {ids}); reload the "
                                            "list.", count=len(missing), ids=_named([str(i) for i in missing])),
                          "skus")
    stale = sorted(found[sku_id][1] for sku_id, version in skus if found[sku_id][6] != version)
    if stale:
        raise DomainError(E_CONFLICT, Text("{count} SKU(s) were changed by someone else meanwhile ({codes}); reload "
                                           "and try again.", count=len(stale), codes=_named(stale)), "skus")
    plan = []
    for sku_id, code, name, status, price, weight, _version in sorted(rows, key=lambda r: r[1]):
        plan.append(SkuChangeRow(sku_id, code, name, status, ask.status or status, price, _new_price(ask, price),
                                 weight, ask.weight_g if ask.weight_g and weight == 0 else weight))
    below = [r.code for r in plan if r.price_after < 0]
    if below:
        raise DomainError(E_VALIDATION, Text("{count} SKU(s) would cost less than zero ({codes}).",
                                             count=len(below), codes=_named(below)), "price")
    above = [r.code for r in plan if r.price_after > MAX_AMOUNT]
    if above:
        raise DomainError(E_VALIDATION, Text("{count} SKU(s) would cost more than {most} ({codes}).",
                                             count=len(above), most=MAX_AMOUNT, codes=_named(above)), "price")
    unpriced = [r.code for r in plan if r.status_after == "on_sale" and r.price_after <= 0]
    if unpriced:
        raise DomainError(E_VALIDATION, Text("{count} SKU(s) would be on sale at a list price of 0.00 ({codes}); a "
                                             "SKU on sale needs a list price above zero.",
                                             count=len(unpriced), codes=_named(unpriced)), "price")
    return plan


def _changes(r: SkuChangeRow) -> bool:
    return (r.status_before, r.price_before, r.weight_before) != (r.status_after, r.price_after, r.weight_after)


def _summary(uow: UnitOfWork, plan: list[SkuChangeRow]) -> SkuBulkChange:
    changed = [r for r in plan if _changes(r)]
    repriced = [r for r in changed if r.price_before != r.price_after]
    before = [r.price_before for r in repriced] or [Decimal(0)]
    after = [r.price_after for r in repriced] or [Decimal(0)]
    selling = {r.id for r in plan if r.status_after == "on_sale"}
    hidden = 0
    if selling:
        ids = sorted(selling)
        for i in range(0, len(ids), CHUNK):
            hidden += uow.session.scalar(
                select(func.count()).select_from(Sku).join(Product, Product.id == Sku.product_id)
                .where(Sku.id.in_(ids[i:i + CHUNK]), Product.status != "on_sale")) or 0
    return SkuBulkChange(
        selected=len(plan), changed=len(changed),
        status_changed=sum(r.status_before != r.status_after for r in changed), price_changed=len(repriced),
        weight_changed=sum(r.weight_before != r.weight_after for r in changed),
        price_before_min=min(before), price_before_max=max(before), price_after_min=min(after),
        price_after_max=max(after), product_not_on_sale=hidden, examples=tuple(changed[:BULK_EXAMPLES]))


@verb("catalog.write")
def preview_bulk_update_skus(uow: UnitOfWork, *, skus: tuple[tuple[int, int], ...], status: str = "",
                             price_change: str = "", price: str = "", weight_g: int = 0) -> SkuBulkChange:
    """What `bulk_update_skus` with these arguments would do, changing nothing: how many SKUs change and in what,
    the price ranges, and the first few SKUs before and after; its refusals are the change's own."""
    ask = _ask(skus, status, price_change, price, weight_g)
    return _summary(uow, _plan(uow, skus, ask, lock=False))


def _range(prices: list[Decimal]) -> str:
    low, high = min(prices), max(prices)
    return str(low) if low == high else f"{low}–{high}"


@verb("catalog.write", label="Change many SKUs at once", writes=True, idempotent=True)
def bulk_update_skus(uow: UnitOfWork, *, skus: tuple[tuple[int, int], ...], status: str = "", price_change: str = "",
                     price: str = "", weight_g: int = 0, request_id: str) -> SkuBulkChange:
    """Change up to 5,000 SKUs at once, each named with the version read: a new status (draft -> on_sale), a price
    change (`price_change` 'set' to the list price `price`, 'percent' up or down by `price` %, 'amount' up or down
    by `price`), and `weight_g` for those that weigh 0 g (0 keeps the weights). All or nothing: a SKU that is gone,
    changed meanwhile, or that a rule refuses (below zero, on sale at 0.00) refuses the whole change, naming the
    SKUs. One operation log entry names the SKUs that change and sums the change up."""
    ask = _ask(skus, status, price_change, price, weight_g)
    plan = _plan(uow, skus, ask, lock=True)
    changed = [r for r in plan if _changes(r)]
    if not changed:
        raise DomainError(E_VALIDATION, Text("Nothing would change: the selected SKUs are like this already."),
                          "status")
    result = _summary(uow, plan)
    versions = dict(skus)
    now = utcnow()
    uow.session.execute(update(Sku), [
        {"id": r.id, "status": r.status_after, "list_price": r.price_after, "weight_g": r.weight_after,
         "version": versions[r.id] + 1, "updated_at": now} for r in changed])
    restatused = [r for r in changed if r.status_before != r.status_after]
    repriced = [r for r in changed if r.price_before != r.price_after]
    weighed = [r for r in changed if r.weight_before != r.weight_after]
    rule = {"set": str(ask.amount), "percent": f"{ask.amount:+}%", "amount": f"{ask.amount:+}"}.get(ask.price_change)
    statuses = sorted({r.status_before for r in restatused})
    uow.audit("sku", changed[0].id, diff(
        {"updated": 0, "status": (statuses[0] if len(statuses) == 1 else statuses) if restatused else None,
         "list_price": _range([r.price_before for r in repriced]) if repriced else None,
         "price_change": None, "weight_g": 0 if weighed else None},
        {"updated": len(changed), "status": ask.status if restatused else None,
         "list_price": _range([r.price_after for r in repriced]) if repriced else None,
         "price_change": rule if repriced else None, "weight_g": ask.weight_g if weighed else None}),
        more_ids=[r.id for r in changed[1:]])
    return result
