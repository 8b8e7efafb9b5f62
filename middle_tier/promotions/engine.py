"""The promotion engine's core: price a cart through the fixed stacking pipeline, with a trace of every step.

Pure functions over plain inputs (no database): the promotions component loads promotions and usage counters,
calls `price_cart`, and persists the allocations. Rules (DOMAIN.md section 1):
- stages run in a fixed order, each on the prices the earlier stages left: item promotions, item coupons,
  store-level offers (spend-and-save, buy X get Y, gifts, order-level percent or amount off), order coupons,
  shipping;
- within a stage the engine picks the combination of allowed promotions that saves the customer most. Two
  promotions exclude each other when they share an exclusion group, or when they do not combine (two
  promotions combine when each names the other in `combines_with`, or both are `stackable`). A promotion with
  `stop_further` lets nothing that ranks below it (priority, then id) run beside it. Ties go to the lower ids,
  so the same cart always prices the same;
- at the item stages (item promotions, item coupons) exclusion is decided per line: two promotions meet only when
  they would touch a common line of the cart, so 10 % off SKU A and 5.00 off SKU B both apply to a cart holding A
  and B. A promotion declared exclusive for the whole order (`order_exclusive`) meets every other one of its stage
  wherever it is. At the order stages every promotion of the stage meets every other one;
- every promotion that did not apply says why (short of the threshold, with what is missing and what it would give;
  excluded by which winner; stopped by which winner; limit reached; budget exhausted; out of scope; outside its
  time or channel; saving nothing on this cart);
- a promotion cut by its cap or by the budget it has left says so (`PriceResult.limits`);
- an order-level discount (order-stage percent or amount off, spend-and-save, a cap, a budget) is computed on the
  order once, then allocated over the lines it covers (`allocate`: in proportion to each line's amount at that
  point, rounded down to the fen, the fen left over going one each to the lines with the largest remainders, ties
  to the earlier line of the cart), so the lines always sum exactly to the discount and no line goes below zero.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from middle_tier.core.money import FEN, round_money

STAGES = ("item", "item_coupon", "order", "order_coupon", "shipping")
ITEM_STAGES = ("item", "item_coupon")        # exclusion is decided per line
KINDS = ("percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save", "gift", "free_shipping")
AMOUNT_PER = ("unit", "line", "order")      # amount_off: off each unit, off each line once, off the order once
MAX_EXACT_SEARCH = 12          # candidates per group of meeting promotions searched exhaustively; beyond, greedily
ZERO = Decimal("0.00")


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
    amount: Decimal = Decimal(0)              # amount_off (see amount_per), or spend_and_save reward
    fixed_price: Decimal = Decimal(0)         # fixed_price per unit
    buy: int = 0                              # buy_x_get_y: buy X ...
    get: int = 0                              # ... get Y of the cheapest eligible units free
    threshold: Decimal = Decimal(0)           # spend_and_save: spend at least this ... (other kinds: minimum spend)
    repeat: bool = False                      # ... every time (满减 每满)
    gift_sku_id: int = 0                      # gift: this SKU, gift_qty of it, worth gift_value each
    gift_qty: int = 0
    gift_value: Decimal = Decimal(0)
    cap: Decimal | None = None                # largest discount this promotion gives
    amount_per: str = "unit"                  # amount_off: "unit", "line" or "order" (see AMOUNT_PER)
    sku_ids: frozenset[int] = frozenset()     # scope; all empty = the whole cart
    product_ids: frozenset[int] = frozenset()
    category_ids: frozenset[int] = frozenset()
    brand_ids: frozenset[int] = frozenset()
    exclusion_group: str = ""
    priority: int = 100                       # lower runs first and wins stop_further
    stop_further: bool = False
    order_exclusive: bool = False             # item stages: its exclusions reach the whole order, not its lines
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
    detail: str          # budget_exhausted | threshold_short | excluded_by | stopped_by | not_better | no_saving
    reward: Decimal = ZERO     # threshold_short: what the shopper would get on reaching it
    missing_qty: int = 0       # threshold_short of buy X get Y: the units missing


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
    # promotions that gave less than their offer: id -> (what cut it: "cap" | "budget", the discount uncut)
    limits: dict[int, tuple[str, Decimal]] = field(default_factory=dict)

    @property
    def goods_total(self) -> Decimal:
        return sum((p.amount for p in self.lines), ZERO)

    @property
    def total(self) -> Decimal:
        return self.goods_total + self.shipping

    @property
    def discount_total(self) -> Decimal:
        return sum((p.list_amount - p.amount for p in self.lines), ZERO)


def _scope_keys(p: Promotion) -> frozenset[tuple[str, int]]:
    return frozenset([("s", i) for i in p.sku_ids] + [("p", i) for i in p.product_ids]
                     + [("c", i) for i in p.category_ids] + [("b", i) for i in p.brand_ids])


def _line_keys(line: Line) -> frozenset[tuple[str, int]]:
    return frozenset([("s", line.sku_id), ("p", line.product_id), ("b", line.brand_id)]
                     + [("c", i) for i in line.category_ids])


def allocate(amount: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `amount` (fen) over `weights` in proportion. Each part is first rounded down to the fen; the fen left
    over go one each to the parts with the largest remainders, ties to the earlier part. The parts sum exactly to
    `amount`; a zero weight gets nothing, and no part exceeds its weight when `amount` does not exceed their sum."""
    total = sum(weights)
    if amount == 0 or total == 0:
        return [ZERO] * len(weights)
    raw = [amount * w / total for w in weights]
    parts = [r.quantize(FEN, rounding=ROUND_DOWN) for r in raw]
    left = int((amount - sum(parts)) / FEN)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += FEN
    return parts


def _spread(total: Decimal, amounts: list[Decimal], eligible: list[int]) -> dict[int, Decimal]:
    """An order-level discount over the eligible lines, in proportion to their current amounts."""
    current = [amounts[i] for i in eligible]
    total = min(round_money(total), sum(current, ZERO))
    return dict(zip(eligible, allocate(total, current)))


def _offer(p: Promotion, lines: list[PricedLine], amounts: list[Decimal], eligible: list[int]) -> dict[int, Decimal]:
    """The discount (positive) this promotion's offer gives each eligible line on the current `amounts`, before
    its cap and budget."""
    out: dict[int, Decimal] = {}
    order_level = p.stage not in ITEM_STAGES
    if p.kind == "percent_off":
        if order_level:       # on the order's total, once; then allocated: no fen lost to rounding per line
            return _spread(sum((amounts[i] for i in eligible), ZERO) * p.percent / 100, amounts, eligible)
        for i in eligible:
            out[i] = round_money(amounts[i] * p.percent / 100)
    elif p.kind == "amount_off":
        if p.amount_per == "order":
            return _spread(p.amount, amounts, eligible)
        for i in eligible:
            each = p.amount * lines[i].line.qty if p.amount_per == "unit" else p.amount
            out[i] = min(amounts[i], round_money(each))
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
        return _spread(p.amount * times, amounts, eligible)
    return out


def _line_deltas(p: Promotion, lines: list[PricedLine], amounts: list[Decimal],
                 eligible: list[int]) -> tuple[dict[int, Decimal], tuple[str, Decimal] | None]:
    """The discount this promotion gives each eligible line, and what cut it short (cap or budget, with the
    discount uncut), if anything did."""
    out = _offer(p, lines, amounts, eligible)
    offered = sum(out.values(), Decimal(0))
    limit: tuple[str, Decimal] | None = None
    for name, most in (("cap", p.cap), ("budget", p.budget_left)):
        if most is None:
            continue
        total = sum(out.values(), Decimal(0))
        if total > most:
            keys = sorted(out)
            out = dict(zip(keys, allocate(max(Decimal(0), most), [out[k] for k in keys])))
            limit = (name, round_money(offered))
    return {i: min(v, amounts[i]) for i, v in out.items() if v > 0}, limit


def compatible(a: Promotion, b: Promotion) -> bool:
    """Whether two promotions may apply together where they meet (not counting "stop further")."""
    if a.exclusion_group and a.exclusion_group == b.exclusion_group:
        return False
    if a.stackable and b.stackable:
        return True
    return b.id in a.combines_with and a.id in b.combines_with


class _Stage:
    """The candidates of one stage, with the lines each would touch, and who meets whom."""

    def __init__(self, stage: str, scopes: dict[int, list[int]]) -> None:
        self.stage = stage
        self.scopes = scopes
        self.touched = {pid: frozenset(lines) for pid, lines in scopes.items()}

    def meet(self, a: Promotion, b: Promotion) -> bool:
        """Whether a and b compete at all: per line at the item stages (unless one is order-exclusive)."""
        if self.stage not in ITEM_STAGES or a.order_exclusive or b.order_exclusive:
            return True
        return not self.touched[a.id].isdisjoint(self.touched[b.id])

    def excludes(self, a: Promotion, b: Promotion) -> bool:
        return self.meet(a, b) and not compatible(a, b)

    def stops(self, first: Promotion, later: Promotion) -> bool:
        """Whether `first`, ranked before `later`, keeps it from running."""
        return first.stop_further and self.meet(first, later)

    def allowed(self, combo: tuple[Promotion, ...]) -> bool:
        ranked = sorted(combo, key=lambda p: (p.priority, p.id))
        for i, p in enumerate(ranked):
            if any(self.stops(p, q) for q in ranked[i + 1:]):
                return False
        return not any(self.excludes(a, b) for a, b in itertools.combinations(combo, 2))

    def groups(self, candidates: list[Promotion]) -> list[list[Promotion]]:
        """The candidates split into groups that meet nowhere: each group's best set is found on its own (the
        groups touch different lines), which keeps the exhaustive search small on a large cart."""
        groups: list[list[Promotion]] = []
        for p in candidates:                  # candidates come in (priority, id) order, and so do the groups
            merged: list[Promotion] = []
            kept: list[list[Promotion]] = []
            for g in groups:
                if any(self.meet(p, q) for q in g):
                    merged += g
                else:
                    kept.append(g)
            groups = kept + [merged + [p]]
        key = lambda p: (p.priority, p.id)  # noqa: E731
        return sorted((sorted(g, key=key) for g in groups), key=lambda g: key(g[0]))


def _apply(combo: tuple[Promotion, ...], lines: list[PricedLine], stage: str, scopes: dict[int, list[int]],
           result: PriceResult | None) -> Decimal:
    """Apply promotions in priority order on a copy (or for real, into `result`); returns the total saved."""
    amounts = [p.amount for p in lines]
    saved = Decimal(0)
    for promo in sorted(combo, key=lambda p: (p.priority, p.id)):
        if promo.kind == "gift":      # worth its value to the customer; changes no line
            saved += promo.gift_value * promo.gift_qty
            continue
        deltas, limit = _line_deltas(promo, lines, amounts, scopes[promo.id])
        for i, delta in deltas.items():
            if result is not None:
                lines[i].steps.append(Step(stage, promo.id, amounts[i], -delta))
            amounts[i] -= delta
            saved += delta
        if result is not None and limit is not None:
            result.limits[promo.id] = limit
    if result is not None:
        for pl, amount in zip(lines, amounts):
            pl.amount = amount
    return saved


def _gain(p: Promotion, lines: list[PricedLine], amounts: list[Decimal],
          scopes: dict[int, list[int]]) -> tuple[list[Decimal], Decimal]:
    """The amounts after one more promotion, and what it saved on them."""
    if p.kind == "gift":
        return amounts, p.gift_value * p.gift_qty
    deltas, _ = _line_deltas(p, lines, amounts, scopes[p.id])
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


def _best_combination(useful: list[Promotion], lines: list[PricedLine], stage: _Stage,
                      solo: dict[int, Decimal]) -> tuple[tuple[Promotion, ...], Decimal]:
    """The allowed set of a group of meeting candidates that saves the customer most.

    Promotions apply in priority order and only ever lower the amounts, so a promotion never saves more in a set
    than alone: one that saves nothing alone is left out (`useful` holds the others, in (priority, id) order),
    and a branch whose saving so far plus what the rest could save alone cannot reach the best is cut. Sets grow
    in priority order, so a promotion excluded or stopped by one already in the set is skipped at once. Past
    MAX_EXACT_SEARCH useful candidates, one set grows greedily."""
    base = [pl.amount for pl in lines]
    scopes = stage.scopes
    best: tuple[Promotion, ...] = ()
    best_saved = Decimal(0)
    if len(useful) > MAX_EXACT_SEARCH:
        greedy: list[Promotion] = []
        for p in useful:
            if stage.allowed(tuple(greedy) + (p,)):
                greedy.append(p)
        for combo, saved in [((p,), solo[p.id]) for p in useful] + [
                (tuple(greedy), _apply(tuple(greedy), lines, "", scopes, None))]:
            if _better(saved, combo, best_saved, best):
                best, best_saved = combo, saved
        return best, best_saved
    rest = [sum((solo[p.id] for p in useful[j:]), Decimal(0)) for j in range(len(useful) + 1)]

    def grow(start: int, combo: tuple[Promotion, ...], amounts: list[Decimal], saved: Decimal) -> None:
        nonlocal best, best_saved
        for j in range(start, len(useful)):
            if saved + rest[j] < best_saved:
                return
            p = useful[j]
            if any(stage.excludes(p, q) or stage.stops(q, p) for q in combo):
                continue
            after, gained = _gain(p, lines, amounts, scopes)
            grown = combo + (p,)
            if _better(saved + gained, grown, best_saved, best):
                best, best_saved = grown, saved + gained
            grow(j + 1, grown, after, saved + gained)

    grow(0, (), base, Decimal(0))
    return best, best_saved


def _reward(p: Promotion, lines: list[PricedLine], scope: list[int]) -> Decimal:
    """What a promotion short of its threshold would give the shopper on reaching it (its cap included)."""
    if p.kind == "spend_and_save":
        value = p.amount
    elif p.kind == "percent_off":
        value = round_money(p.threshold * p.percent / 100)
    elif p.kind == "gift":
        value = p.gift_value * p.gift_qty
    elif p.kind == "buy_x_get_y":      # the shopper adds the missing units: the `get` cheapest of them go free
        value = round_money(p.get * min(lines[i].amount / lines[i].line.qty for i in scope))
    elif p.kind in ("amount_off", "fixed_price"):
        value = sum(_offer(p, lines, [pl.amount for pl in lines], scope).values(), ZERO)
    else:                              # free shipping: priced by the caller, who knows the fee
        value = ZERO
    return round_money(min(value, p.cap) if p.cap is not None else value)


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
            return [], Rejection(p.id, "threshold_short", str(round_money(p.threshold - basis)),
                                 reward=_reward(p, lines, scope))
    units = sum(lines[i].line.qty for i in scope)
    if p.kind == "buy_x_get_y" and units < p.buy + p.get:
        missing = p.buy + p.get - units
        return [], Rejection(p.id, "threshold_short", str(missing), reward=_reward(p, lines, scope),
                             missing_qty=missing)
    return scope, None


def _why_not(p: Promotion, chosen: list[Promotion], stage: _Stage, saved_alone: Decimal) -> Rejection:
    """Why a candidate of a stage is not in the chosen set: the winner that excludes or stops it, if one does."""
    blocker = next((w for w in chosen if stage.excludes(p, w)), None)
    if blocker is not None:
        return Rejection(p.id, "excluded_by", str(blocker.id))
    stopper = next((w for w in chosen if (w.priority, w.id) < (p.priority, p.id) and stage.stops(w, p)), None)
    if stopper is not None:
        return Rejection(p.id, "stopped_by", str(stopper.id))
    if saved_alone <= 0:
        return Rejection(p.id, "no_saving", "")
    return Rejection(p.id, "not_better", "")


def price_cart(lines: list[Line], promotions: list[Promotion], *, shipping_fee: Decimal = Decimal("0.00"),
               now: dt.datetime, channel: str = "web", member_level: str = "") -> PriceResult:
    """Price a cart; deterministic for the same inputs."""
    priced = [PricedLine(ln, round_money(ln.unit_price * ln.qty), round_money(ln.unit_price * ln.qty)) for ln in lines]
    result = PriceResult(priced, round_money(shipping_fee), [], [], [])
    line_index: dict[tuple[str, int], list[int]] = {}        # scope key -> the lines it covers, in order
    for i, pl in enumerate(priced):
        for key in sorted(_line_keys(pl.line)):
            line_index.setdefault(key, []).append(i)
    for stage_name in STAGES:
        candidates: list[Promotion] = []
        scopes: dict[int, list[int]] = {}
        for p in sorted((p for p in promotions if p.stage == stage_name), key=lambda p: (p.priority, p.id)):
            scope, why = _eligible(p, priced, line_index, now=now, channel=channel, member_level=member_level)
            if why is not None:
                if p.kind == "free_shipping" and why.reason == "threshold_short":
                    why = Rejection(why.promotion_id, why.reason, why.detail, reward=result.shipping)
                result.rejected.append(why)
            else:
                candidates.append(p)
                scopes[p.id] = scope
        if not candidates:
            continue
        if stage_name == "shipping":
            winner = next((p for p in candidates if p.kind == "free_shipping"), None)
            if winner is not None and result.shipping > 0:
                result.shipping_steps.append(Step(stage_name, winner.id, result.shipping, -result.shipping))
                result.shipping = Decimal("0.00")
                result.applied.append(winner.id)
                result.rejected += [Rejection(p.id, "excluded_by", str(winner.id)) for p in candidates
                                    if p is not winner]
            continue
        stage = _Stage(stage_name, scopes)
        base = [pl.amount for pl in priced]
        solo = {p.id: _gain(p, priced, base, scopes)[1] for p in candidates}
        chosen: list[Promotion] = []
        for group in stage.groups(candidates):
            best, best_saved = _best_combination([p for p in group if solo[p.id] > 0], priced, stage, solo)
            if best_saved > 0:
                chosen += best
        chosen.sort(key=lambda p: (p.priority, p.id))
        if chosen:
            _apply(tuple(chosen), priced, stage_name, scopes, result)
            result.applied += sorted(p.id for p in chosen)
            result.gifts += [(p.id, p.gift_sku_id, p.gift_qty) for p in sorted(chosen, key=lambda p: p.id)
                             if p.kind == "gift"]
        result.rejected += [_why_not(p, chosen, stage, solo[p.id]) for p in candidates if p not in chosen]
    return result
