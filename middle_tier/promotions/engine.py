"""The promotion engine's core: price a cart through the fixed stacking pipeline, with a trace of every step.

Pure functions over plain inputs (no database): the promotions component will load promotions and usage
counters, call `price_cart`, and persist the allocations. Rules (DOMAIN.md section 1, issue 3):
- stages run in a fixed order, each on the prices the earlier stages left: item promotions, item coupons,
  store-level offers (spend-and-save, buy X get Y), order coupons, shipping;
- within a stage the engine picks the combination of allowed promotions that saves the customer most:
  at most one per exclusion group, two promotions only together when each names the other in `combines_with`
  (or both are `stackable`), nothing after a chosen promotion with `stop_further` that ranks below it; ties go to
  the lower ids, so the same cart always prices the same;
- every promotion that did not apply says why (short of the threshold by an amount, excluded by which winner,
  limit reached, budget exhausted, out of scope, outside its time or channel);
- order-level discounts are allocated over the eligible lines in proportion, largest remainder in fen, so lines
  always sum exactly to the order total and no line goes below zero.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from middle_tier.core.money import FEN, round_money

STAGES = ("item", "item_coupon", "order", "order_coupon", "shipping")
KINDS = ("percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save", "gift", "free_shipping")
MAX_EXACT_SEARCH = 12          # candidates per stage searched exhaustively; beyond, by priority


@dataclass(frozen=True)
class Line:
    line_id: int
    sku_id: int
    product_id: int
    category_ids: frozenset[int]      # the SKU's category and every category above it
    brand_id: int
    qty: int
    unit_price: Decimal


@dataclass(slots=True, eq=False)   # not frozen: built per promotion per cart, and frozen __init__ is slow
class Promotion:
    id: int
    stage: str
    kind: str
    percent: Decimal = Decimal(0)             # percent_off: 10 means 10 % off
    amount: Decimal = Decimal(0)              # amount_off per unit, or spend_and_save reward
    fixed_price: Decimal = Decimal(0)         # fixed_price per unit
    buy: int = 0                              # buy_x_get_y: buy X ...
    get: int = 0                              # ... get Y of the cheapest eligible units free
    threshold: Decimal = Decimal(0)           # spend_and_save: spend at least this ... (other kinds: minimum spend)
    repeat: bool = False                      # ... every time (满减 每满)
    gift_sku_id: int = 0                      # gift: this SKU, gift_qty of it, worth gift_value each
    gift_qty: int = 0
    gift_value: Decimal = Decimal(0)
    cap: Decimal | None = None                # largest discount this promotion gives
    sku_ids: frozenset[int] = frozenset()     # scope; all empty = the whole cart
    product_ids: frozenset[int] = frozenset()
    category_ids: frozenset[int] = frozenset()
    brand_ids: frozenset[int] = frozenset()
    exclusion_group: str = ""
    priority: int = 100                       # lower runs first and wins stop_further
    stop_further: bool = False
    combines_with: frozenset[int] = frozenset()
    stackable: bool = False
    threshold_basis: str = "running"          # "list": thresholds count list prices, not discounted ones
    member_levels: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    starts: dt.datetime | None = None
    ends: dt.datetime | None = None
    uses_left: int | None = None              # for this customer and overall, from the usage counters
    budget_left: Decimal | None = None


@dataclass(frozen=True)
class Step:
    stage: str
    promotion_id: int
    base: Decimal        # the line's amount before this step
    delta: Decimal       # negative: a discount


@dataclass(frozen=True)
class Rejection:
    promotion_id: int
    reason: str          # out_of_scope | outside_time | wrong_channel | member_level | limit_reached |
    detail: str          # budget_exhausted | threshold_short | excluded_by | not_better


@dataclass
class PricedLine:
    line: Line
    list_amount: Decimal
    amount: Decimal
    steps: list[Step] = field(default_factory=list)


@dataclass
class PriceResult:
    lines: list[PricedLine]
    shipping: Decimal
    shipping_steps: list[Step]
    applied: list[int]
    rejected: list[Rejection]
    gifts: list[tuple[int, int, int]] = field(default_factory=list)   # (promotion id, SKU id, quantity)

    @property
    def goods_total(self) -> Decimal:
        return sum((p.amount for p in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.goods_total + self.shipping

    @property
    def discount_total(self) -> Decimal:
        return sum((p.list_amount - p.amount for p in self.lines), Decimal("0.00"))


def _scope_keys(p: Promotion) -> frozenset[tuple[str, int]]:
    return frozenset([("s", i) for i in p.sku_ids] + [("p", i) for i in p.product_ids]
                     + [("c", i) for i in p.category_ids] + [("b", i) for i in p.brand_ids])


def _line_keys(line: Line) -> frozenset[tuple[str, int]]:
    return frozenset([("s", line.sku_id), ("p", line.product_id), ("b", line.brand_id)]
                     + [("c", i) for i in line.category_ids])


def allocate(amount: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `amount` (fen) over `weights` in proportion; the remainder fen go to the largest fractions, ties to
    the earlier line. The parts sum exactly to `amount`; a zero weight gets nothing."""
    total = sum(weights)
    if amount == 0 or total == 0:
        return [Decimal("0.00")] * len(weights)
    raw = [amount * w / total for w in weights]
    parts = [r.quantize(FEN, rounding=ROUND_DOWN) for r in raw]
    left = int((amount - sum(parts)) / FEN)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += FEN
    return parts


def _line_deltas(p: Promotion, lines: list[PricedLine], amounts: list[Decimal],
                 eligible: list[int]) -> dict[int, Decimal]:
    """The discount (positive) this promotion gives each eligible line, on the current `amounts`."""
    out: dict[int, Decimal] = {}
    if p.kind == "percent_off":
        for i in eligible:
            out[i] = round_money(amounts[i] * p.percent / 100)
    elif p.kind == "amount_off":
        for i in eligible:
            out[i] = min(amounts[i], round_money(p.amount * lines[i].line.qty))
    elif p.kind == "fixed_price":
        for i in eligible:
            target = round_money(p.fixed_price * lines[i].line.qty)
            out[i] = max(Decimal(0), amounts[i] - target)
    elif p.kind == "buy_x_get_y":
        units: list[tuple[Decimal, int]] = []
        for i in eligible:                     # every unit with its line's unit price; the cheapest go free
            qty = lines[i].line.qty
            units += [(amounts[i] / qty, i)] * qty
        units.sort()
        free = (len(units) // (p.buy + p.get)) * p.get if p.buy + p.get > 0 else 0
        for unit_price, i in units[:free]:
            out[i] = out.get(i, Decimal(0)) + unit_price
        out = {i: round_money(v) for i, v in out.items()}
    elif p.kind == "spend_and_save":
        basis = sum((lines[i].list_amount if p.threshold_basis == "list" else amounts[i] for i in eligible),
                    Decimal(0))
        if p.threshold <= 0 or basis < p.threshold:
            return {}
        times = int(basis // p.threshold) if p.repeat else 1
        reward = p.amount * times
        current = [amounts[i] for i in eligible]
        reward = min(reward, sum(current))
        for i, part in zip(eligible, allocate(round_money(reward), current)):
            out[i] = part
    if p.cap is not None:
        total = sum(out.values(), Decimal(0))
        if total > p.cap:
            keys = sorted(out)
            out = dict(zip(keys, allocate(p.cap, [out[k] for k in keys])))
    if p.budget_left is not None:
        total = sum(out.values(), Decimal(0))
        if total > p.budget_left:
            keys = sorted(out)
            out = dict(zip(keys, allocate(max(Decimal(0), p.budget_left), [out[k] for k in keys])))
    return {i: min(v, amounts[i]) for i, v in out.items() if v > 0}


def _compatible(a: Promotion, b: Promotion) -> bool:
    if a.exclusion_group and a.exclusion_group == b.exclusion_group:
        return False
    if a.stackable and b.stackable:
        return True
    return b.id in a.combines_with and a.id in b.combines_with


def _allowed_set(combo: tuple[Promotion, ...]) -> bool:
    ranked = sorted(combo, key=lambda p: (p.priority, p.id))
    for i, p in enumerate(ranked):
        if p.stop_further and i < len(ranked) - 1:
            return False
    return all(_compatible(a, b) for a, b in itertools.combinations(combo, 2))


def _apply(combo: tuple[Promotion, ...], lines: list[PricedLine], stage: str, scopes: dict[int, list[int]],
           commit: bool) -> Decimal:
    """Apply promotions in priority order on a copy (or for real with commit); returns the total saved."""
    amounts = [p.amount for p in lines]
    saved = Decimal(0)
    for promo in sorted(combo, key=lambda p: (p.priority, p.id)):
        if promo.kind == "gift":      # worth its value to the customer; changes no line
            saved += promo.gift_value * promo.gift_qty
            continue
        for i, delta in _line_deltas(promo, lines, amounts, scopes[promo.id]).items():
            if commit:
                lines[i].steps.append(Step(stage, promo.id, amounts[i], -delta))
            amounts[i] -= delta
            saved += delta
    if commit:
        for pl, amount in zip(lines, amounts):
            pl.amount = amount
    return saved


def _gain(p: Promotion, lines: list[PricedLine], amounts: list[Decimal],
          scopes: dict[int, list[int]]) -> tuple[list[Decimal], Decimal]:
    """The amounts after one more promotion, and what it saved on them."""
    if p.kind == "gift":
        return amounts, p.gift_value * p.gift_qty
    deltas = _line_deltas(p, lines, amounts, scopes[p.id])
    if not deltas:
        return amounts, Decimal(0)
    after = list(amounts)
    for i, d in deltas.items():
        after[i] -= d
    return after, sum(deltas.values(), Decimal(0))


def _better(saved: Decimal, combo: tuple[Promotion, ...], best_saved: Decimal, best: tuple[Promotion, ...]) -> bool:
    """More saved wins; on a tie the set with the smaller ids (sorted) wins: deterministic."""
    return saved > best_saved or (saved == best_saved and saved > 0
                                  and sorted(p.id for p in combo) < sorted(p.id for p in best))


def _best_combination(candidates: list[Promotion], lines: list[PricedLine],
                      scopes: dict[int, list[int]]) -> tuple[tuple[Promotion, ...], Decimal]:
    """The allowed set of a stage's candidates that saves the customer most.

    Promotions apply in priority order and only ever lower the amounts, so a promotion never saves more in a set
    than alone: one that saves nothing alone is left out, and a branch whose saving so far plus what the rest
    could save alone cannot reach the best is cut. Sets grow in priority order, so an exclusion conflict or a
    "stop further" ends a branch at once. Past MAX_EXACT_SEARCH useful candidates, one set grows greedily."""
    base = [pl.amount for pl in lines]
    solo = {p.id: _gain(p, lines, base, scopes)[1] for p in candidates}
    useful = [p for p in candidates if solo[p.id] > 0]          # candidates come in (priority, id) order
    best: tuple[Promotion, ...] = ()
    best_saved = Decimal(0)
    if len(useful) > MAX_EXACT_SEARCH:
        greedy: list[Promotion] = []
        for p in useful:
            if _allowed_set(tuple(greedy) + (p,)):
                greedy.append(p)
        for combo, saved in [((p,), solo[p.id]) for p in useful] + [
                (tuple(greedy), _apply(tuple(greedy), lines, "", scopes, commit=False))]:
            if _better(saved, combo, best_saved, best):
                best, best_saved = combo, saved
        return best, best_saved
    rest = [sum((solo[p.id] for p in useful[j:]), Decimal(0)) for j in range(len(useful) + 1)]

    def grow(start: int, combo: tuple[Promotion, ...], amounts: list[Decimal], saved: Decimal) -> None:
        nonlocal best, best_saved
        if combo and combo[-1].stop_further:
            return
        for j in range(start, len(useful)):
            if saved + rest[j] < best_saved:
                return
            p = useful[j]
            if not all(_compatible(p, q) for q in combo):
                continue
            after, gained = _gain(p, lines, amounts, scopes)
            grown = combo + (p,)
            if _better(saved + gained, grown, best_saved, best):
                best, best_saved = grown, saved + gained
            grow(j + 1, grown, after, saved + gained)

    grow(0, (), base, Decimal(0))
    return best, best_saved


def _eligible(p: Promotion, lines: list[PricedLine], line_index: dict[tuple[str, int], list[int]], *,
              now: dt.datetime, channel: str, member_level: str) -> tuple[list[int], Rejection | None]:
    if (p.starts and now < p.starts) or (p.ends and now >= p.ends):
        return [], Rejection(p.id, "outside_time", "")
    if p.channels and channel not in p.channels:
        return [], Rejection(p.id, "wrong_channel", channel)
    if p.member_levels and member_level not in p.member_levels:
        return [], Rejection(p.id, "member_level", member_level)
    if p.uses_left is not None and p.uses_left <= 0:
        return [], Rejection(p.id, "limit_reached", "")
    if p.budget_left is not None and p.budget_left <= 0:
        return [], Rejection(p.id, "budget_exhausted", "")
    keys = _scope_keys(p)
    if not keys:
        scope = list(range(len(lines)))
    elif len(keys) == 1:
        scope = list(line_index.get(next(iter(keys)), ()))
    else:
        scope = sorted({i for k in keys for i in line_index.get(k, ())})
    if not scope:
        return [], Rejection(p.id, "out_of_scope", "")
    if p.threshold > 0 and p.kind != "buy_x_get_y":      # spend-and-save's threshold, or a minimum spend
        basis = sum((lines[i].list_amount if p.threshold_basis == "list" else lines[i].amount for i in scope),
                    Decimal(0))
        if basis < p.threshold:
            return [], Rejection(p.id, "threshold_short", str(round_money(p.threshold - basis)))
    if p.kind == "buy_x_get_y" and sum(lines[i].line.qty for i in scope) < p.buy + p.get:
        return [], Rejection(p.id, "threshold_short", str(p.buy + p.get - sum(lines[i].line.qty for i in scope)))
    return scope, None


def price_cart(lines: list[Line], promotions: list[Promotion], *, shipping_fee: Decimal = Decimal("0.00"),
               now: dt.datetime, channel: str = "web", member_level: str = "") -> PriceResult:
    """Price a cart; deterministic for the same inputs."""
    priced = [PricedLine(ln, round_money(ln.unit_price * ln.qty), round_money(ln.unit_price * ln.qty)) for ln in lines]
    applied: list[int] = []
    rejected: list[Rejection] = []
    shipping = round_money(shipping_fee)
    shipping_steps: list[Step] = []
    gifts: list[tuple[int, int, int]] = []
    line_index: dict[tuple[str, int], list[int]] = {}        # scope key -> the lines it covers, in order
    for i, pl in enumerate(priced):
        for key in sorted(_line_keys(pl.line)):
            line_index.setdefault(key, []).append(i)
    for stage in STAGES:
        candidates, scopes = [], {}
        for p in sorted((p for p in promotions if p.stage == stage), key=lambda p: (p.priority, p.id)):
            scope, why = _eligible(p, priced, line_index, now=now, channel=channel, member_level=member_level)
            if why is not None:
                rejected.append(why)
            else:
                candidates.append(p)
                scopes[p.id] = scope
        if not candidates:
            continue
        if stage == "shipping":
            winner = next((p for p in candidates if p.kind == "free_shipping"), None)
            if winner is not None and shipping > 0:
                shipping_steps.append(Step(stage, winner.id, shipping, -shipping))
                shipping = Decimal("0.00")
                applied.append(winner.id)
                rejected += [Rejection(p.id, "excluded_by", str(winner.id)) for p in candidates if p is not winner]
            continue
        best, best_saved = _best_combination(candidates, priced, scopes)
        if best_saved > 0:
            _apply(best, priced, stage, scopes, commit=True)
            applied += sorted(p.id for p in best)
            gifts += [(p.id, p.gift_sku_id, p.gift_qty) for p in sorted(best, key=lambda p: p.id) if p.kind == "gift"]
        chosen = {p.id for p in best} if best_saved > 0 else set()
        for p in candidates:
            if p.id in chosen:
                continue
            blocker = next((w for w in best if w.id in chosen and not _compatible(p, w)), None)
            if blocker is not None:
                rejected.append(Rejection(p.id, "excluded_by", str(blocker.id)))
            else:
                rejected.append(Rejection(p.id, "not_better", ""))
    return PriceResult(priced, shipping, shipping_steps, applied, rejected, gifts)
