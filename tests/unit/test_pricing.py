"""The pricing core: examples from the brief's rules, and properties that must hold for every cart."""
from __future__ import annotations

import datetime as dt
import itertools
import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from middle_tier.promotions.engine import Line, Promotion, allocate, compatible, price_cart

NOW = dt.datetime(2026, 11, 24, 12, 0)
D = Decimal


def line(i, price, qty=1, category=1, brand=1):
    return Line(i, 100 + i, 200 + i, frozenset({category, 99}), brand, qty, D(price))


def test_spend_and_save_repeats_and_tells_how_much_is_missing():
    cart = [line(1, "120.00"), line(2, "80.00")]
    every_100 = Promotion(1, "order", "spend_and_save", threshold=D("100"), amount=D("10"), repeat=True)
    result = price_cart(cart, [every_100], now=NOW)
    assert result.goods_total == D("180.00") and result.discount_total == D("20.00")
    assert [s.delta for s in result.lines[0].steps] + [s.delta for s in result.lines[1].steps] == [D("-12.00"),
                                                                                                    D("-8.00")]
    big = Promotion(2, "order", "spend_and_save", threshold=D("300"), amount=D("30"))
    short = price_cart(cart, [big], now=NOW).rejected
    assert [(r.promotion_id, r.reason, r.detail) for r in short] == [(2, "threshold_short", "100.00")]


def test_exclusion_group_keeps_the_better_one_and_names_it():
    cart = [line(1, "100.00", qty=2)]
    ten = Promotion(1, "item", "percent_off", percent=D(10), exclusion_group="sale")
    twenty = Promotion(2, "item", "percent_off", percent=D(20), exclusion_group="sale")
    result = price_cart(cart, [ten, twenty], now=NOW)
    assert result.applied == [2] and result.goods_total == D("160.00")
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(1, "excluded_by", "2")]


def test_two_way_combines_with_and_stop_further():
    cart = [line(1, "100.00")]
    a = Promotion(1, "item", "percent_off", percent=D(10), combines_with=frozenset({2}))
    b = Promotion(2, "item", "amount_off", amount=D(5), combines_with=frozenset({1}))
    one_way = Promotion(3, "item", "amount_off", amount=D(6), combines_with=frozenset({1}))
    assert price_cart(cart, [a, b], now=NOW).goods_total == D("85.00")       # 100 - 10 % = 90, - 5 (by id)
    assert price_cart(cart, [a, one_way], now=NOW).goods_total == D("90.00")  # 1 does not name 3: the better alone
    stop = Promotion(4, "item", "amount_off", amount=D(1), priority=1, stop_further=True, stackable=True)
    later = Promotion(5, "item", "amount_off", amount=D(2), priority=2, stackable=True)
    assert price_cart(cart, [stop, later], now=NOW).applied == [5]            # 2 off alone beats 1 off that stops


def test_buy_two_get_one_gives_the_cheapest_unit_and_free_shipping_drops_the_fee():
    cart = [line(1, "30.00", qty=2), line(2, "10.00")]
    bxgy = Promotion(1, "order", "buy_x_get_y", buy=2, get=1)
    ship = Promotion(2, "shipping", "free_shipping")
    result = price_cart(cart, [bxgy, ship], shipping_fee=D("12.00"), now=NOW)
    assert result.goods_total == D("60.00") and result.shipping == D("0.00") and result.total == D("60.00")


def test_time_channel_member_scope_limits_and_budget_are_reasons():
    cart = [line(1, "50.00", category=7)]
    promos = [
        Promotion(1, "item", "percent_off", percent=D(10), ends=NOW),
        Promotion(2, "item", "percent_off", percent=D(10), channels=frozenset({"app"})),
        Promotion(3, "item", "percent_off", percent=D(10), member_levels=frozenset({"gold"})),
        Promotion(4, "item", "percent_off", percent=D(10), category_ids=frozenset({8})),
        Promotion(5, "item", "percent_off", percent=D(10), uses_left=0),
        Promotion(6, "item", "percent_off", percent=D(10), budget_left=D(0)),
    ]
    reasons = {r.promotion_id: r.reason for r in price_cart(cart, promos, now=NOW, channel="web").rejected}
    assert reasons == {1: "outside_time", 2: "wrong_channel", 3: "member_level", 4: "out_of_scope",
                       5: "limit_reached", 6: "budget_exhausted"}
    capped = Promotion(7, "item", "percent_off", percent=D(50), budget_left=D("3.00"))
    assert price_cart(cart, [capped], now=NOW).discount_total == D("3.00")


# ---- issue 11: what a new user's review found ---------------------------------------------------------------

def test_item_promotions_on_different_lines_both_apply():
    """10 % off SKU A and 5.00 off SKU B: a cart with A and B gets both (exclusion is decided per line)."""
    cart = [line(1, "100.00"), line(2, "40.00")]
    ten_off_a = Promotion(1, "item", "percent_off", percent=D(10), sku_ids=frozenset({101}))
    five_off_b = Promotion(2, "item", "amount_off", amount=D(5), sku_ids=frozenset({102}))
    result = price_cart(cart, [ten_off_a, five_off_b], now=NOW)
    assert result.applied == [1, 2] and result.rejected == []
    assert [pl.amount for pl in result.lines] == [D("90.00"), D("35.00")]


def test_item_promotions_competing_for_one_line_still_exclude_each_other():
    cart = [line(1, "100.00"), line(2, "40.00")]
    whole_cart = Promotion(1, "item", "percent_off", percent=D(10))                   # touches A and B
    five_off_b = Promotion(2, "item", "amount_off", amount=D(5), sku_ids=frozenset({102}))
    result = price_cart(cart, [whole_cart, five_off_b], now=NOW)
    assert result.applied == [1] and result.goods_total == D("126.00")             # 14.00 beats 5.00
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(2, "excluded_by", "1")]


def test_an_item_promotion_declared_exclusive_for_the_order_excludes_others_on_any_line():
    cart = [line(1, "100.00"), line(2, "40.00")]
    ten_off_a = Promotion(1, "item", "percent_off", percent=D(10), sku_ids=frozenset({101}), order_exclusive=True)
    five_off_b = Promotion(2, "item", "amount_off", amount=D(5), sku_ids=frozenset({102}))
    result = price_cart(cart, [ten_off_a, five_off_b], now=NOW)
    assert result.applied == [1]
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(2, "excluded_by", "1")]


def test_an_item_promotion_that_stops_further_ones_stops_only_those_on_its_lines():
    cart = [line(1, "100.00"), line(2, "40.00")]
    stop_a = Promotion(1, "item", "amount_off", amount=D(3), priority=1, stop_further=True, stackable=True,
                       sku_ids=frozenset({101}))
    later_a = Promotion(2, "item", "amount_off", amount=D(2), priority=2, stackable=True, sku_ids=frozenset({101}))
    later_b = Promotion(3, "item", "amount_off", amount=D(2), priority=2, stackable=True, sku_ids=frozenset({102}))
    result = price_cart(cart, [stop_a, later_a, later_b], now=NOW)
    assert result.applied == [1, 3]
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(2, "stopped_by", "1")]


def test_a_promotion_stopped_by_a_higher_priority_one_names_it():
    cart = [line(1, "100.00")]
    stop = Promotion(4, "item", "amount_off", amount=D(3), priority=1, stop_further=True, stackable=True)
    later = Promotion(5, "item", "amount_off", amount=D(2), priority=2, stackable=True)
    result = price_cart(cart, [stop, later], now=NOW)
    assert result.applied == [4]
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(5, "stopped_by", "4")]
    store = Promotion(6, "order", "spend_and_save", threshold=D(50), amount=D(5), priority=1, stop_further=True,
                      stackable=True)
    other = Promotion(7, "order", "spend_and_save", threshold=D(50), amount=D(4), priority=2, stackable=True)
    result = price_cart(cart, [store, other], now=NOW)
    assert [(r.promotion_id, r.reason, r.detail) for r in result.rejected] == [(7, "stopped_by", "6")]


def test_an_order_level_percentage_is_taken_from_the_order_and_allocated_to_the_fen():
    cart = [line(1, "33.33"), line(2, "33.33"), line(3, "33.34")]
    ten = Promotion(1, "order", "percent_off", percent=D(10))
    result = price_cart(cart, [ten], now=NOW)
    assert result.discount_total == D("10.00") and result.goods_total == D("90.00")
    # 3.333, 3.333 and 3.334: rounded down, the fen left goes to the largest remainder (the third line)
    assert [s.delta for pl in result.lines for s in pl.steps] == [D("-3.33"), D("-3.33"), D("-3.34")]
    coupon = Promotion(2, "order_coupon", "percent_off", percent=D(15))
    result = price_cart([line(1, "10.01"), line(2, "10.01"), line(3, "10.01")], [coupon], now=NOW)
    # 15 % of 30.03 = 4.5045, rounded once to 4.50: 1.50 each
    assert result.discount_total == D("4.50")
    assert [s.delta for pl in result.lines for s in pl.steps] == [D("-1.50"), D("-1.50"), D("-1.50")]
    odd = price_cart([line(1, "10.00"), line(2, "10.00"), line(3, "10.00")],
                     [Promotion(3, "order", "amount_off", amount=D("10.00"), amount_per="order")], now=NOW)
    assert [s.delta for pl in odd.lines for s in pl.steps] == [D("-3.34"), D("-3.33"), D("-3.33")]


def test_a_budget_left_short_of_the_discount_gives_what_is_left_and_says_why():
    cart = [line(1, "100.00"), line(2, "200.00")]
    budget = Promotion(1, "item", "percent_off", percent=D(10), budget_left=D("10.00"))
    result = price_cart(cart, [budget], now=NOW)
    assert result.discount_total == D("10.00") and result.limits == {1: ("budget", D("30.00"))}
    assert sum(pl.list_amount - pl.amount for pl in result.lines) == D("10.00")
    capped = Promotion(2, "order", "spend_and_save", threshold=D(100), amount=D(10), repeat=True, cap=D("25.00"))
    result = price_cart(cart, [capped], now=NOW)
    assert result.discount_total == D("25.00") and result.limits == {2: ("cap", D("30.00"))}
    assert price_cart(cart, [Promotion(3, "item", "percent_off", percent=D(10))], now=NOW).limits == {}


def test_buy_x_get_y_short_of_units_tells_how_many_and_what_they_would_get():
    cart = [line(1, "30.00", qty=1), line(2, "20.00", qty=1)]
    bxgy = Promotion(1, "order", "buy_x_get_y", buy=2, get=1)
    [why] = price_cart(cart, [bxgy], now=NOW).rejected
    assert (why.reason, why.missing_qty, why.reward) == ("threshold_short", 1, D("20.00"))
    two_free = Promotion(2, "order", "buy_x_get_y", buy=3, get=2, category_ids=frozenset({1}))
    [why] = price_cart(cart, [two_free], now=NOW).rejected
    assert (why.reason, why.missing_qty, why.reward) == ("threshold_short", 3, D("40.00"))


def test_hints_say_what_each_kind_would_give_at_its_threshold():
    cart = [line(1, "80.00")]
    promos = [Promotion(1, "order", "spend_and_save", threshold=D(100), amount=D(15)),
              Promotion(2, "order", "percent_off", percent=D(10), threshold=D(200), stackable=True),
              Promotion(3, "order", "gift", threshold=D(100), gift_sku_id=9, gift_qty=2, gift_value=D("12.50"),
                        stackable=True),
              Promotion(4, "shipping", "free_shipping", threshold=D(99))]
    result = price_cart(cart, promos, shipping_fee=D("8.00"), now=NOW)
    assert {r.promotion_id: (r.detail, r.reward) for r in result.rejected} == {
        1: ("20.00", D("15.00")), 2: ("120.00", D("20.00")), 3: ("20.00", D("25.00")), 4: ("19.00", D("8.00"))}


def test_amount_off_per_unit_per_line_and_off_the_order():
    cart = [line(1, "30.00", qty=3), line(2, "10.00", qty=1)]
    per_unit = Promotion(1, "item", "amount_off", amount=D(2), amount_per="unit")
    per_line = Promotion(2, "item", "amount_off", amount=D(2), amount_per="line")
    off_order = Promotion(3, "order", "amount_off", amount=D(20), amount_per="order", threshold=D(50))
    assert price_cart(cart, [per_unit], now=NOW).discount_total == D("8.00")      # 3 x 2 + 1 x 2
    assert price_cart(cart, [per_line], now=NOW).discount_total == D("4.00")      # 2 + 2
    result = price_cart(cart, [off_order], now=NOW)
    assert result.discount_total == D("20.00")
    assert [s.delta for pl in result.lines for s in pl.steps] == [D("-18.00"), D("-2.00")]   # 90 : 10
    # never more than the order: 20.00 off 10.00 takes it to zero
    assert price_cart([line(1, "10.00")], [Promotion(4, "order", "amount_off", amount=D(20), amount_per="order")],
                      now=NOW).goods_total == D("0.00")


def test_a_promotion_that_saves_nothing_says_so():
    cart = [line(1, "50.00")]
    dearer = Promotion(1, "item", "fixed_price", fixed_price=D("60.00"))
    assert [(r.reason, r.detail) for r in price_cart(cart, [dearer], now=NOW).rejected] == [("no_saving", "")]


money = st.decimals(min_value=D("0.01"), max_value=D("999.99"), places=2)


@st.composite
def carts(draw):
    n = draw(st.integers(1, 6))
    lines = [Line(i, 100 + i, 200 + i % 3, frozenset({draw(st.integers(1, 3)), 99}), draw(st.integers(1, 2)),
                  draw(st.integers(1, 5)), draw(money)) for i in range(n)]
    promos = []
    for pid in range(1, draw(st.integers(0, 7)) + 1):
        kind = draw(st.sampled_from(["percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save"]))
        if kind in ("buy_x_get_y", "spend_and_save"):
            stage = "order"
        elif kind == "fixed_price":
            stage = draw(st.sampled_from(["item", "item_coupon"]))
        else:
            stage = draw(st.sampled_from(["item", "item_coupon", "order"]))
        per = "order" if stage == "order" else draw(st.sampled_from(["unit", "line"]))
        promos.append(Promotion(
            pid, stage, kind, percent=D(draw(st.integers(1, 90))), amount=draw(money), fixed_price=draw(money),
            buy=draw(st.integers(1, 3)), get=draw(st.integers(1, 2)), threshold=draw(money),
            repeat=draw(st.booleans()), amount_per=per, cap=draw(st.one_of(st.none(), money)),
            budget_left=draw(st.one_of(st.none(), money)),
            category_ids=draw(st.sampled_from([frozenset(), frozenset({1}), frozenset({2})])),
            sku_ids=draw(st.sampled_from([frozenset(), frozenset({100}), frozenset({101, 102})])),
            exclusion_group=draw(st.sampled_from(["", "a", "b"])), priority=draw(st.integers(1, 5)),
            stop_further=draw(st.booleans()), stackable=draw(st.booleans()),
            order_exclusive=stage != "order" and draw(st.booleans()),
            combines_with=frozenset(draw(st.lists(st.integers(1, 7), max_size=4))),
            threshold_basis=draw(st.sampled_from(["running", "list"]))))
    return lines, promos


@settings(max_examples=150, deadline=None)
@given(carts())
def test_properties_of_every_priced_cart(cart):
    lines, promos = cart
    result = price_cart(lines, promos, now=NOW)
    # never negative, and the trace explains every fen
    for pl in result.lines:
        assert pl.amount >= 0
        assert pl.list_amount + sum(s.delta for s in pl.steps) == pl.amount
    assert result.total >= 0 and result.discount_total >= 0
    # one exclusion group never has two winners: on a line at the item stages, in the cart at the order stage
    by_id = {p.id: p for p in promos}
    groups = [by_id[i].exclusion_group for i in result.applied if by_id[i].exclusion_group]
    for pl in result.lines:
        for stage in ("item", "item_coupon"):
            on_line = [by_id[s.promotion_id].exclusion_group for s in pl.steps
                       if s.stage == stage and by_id[s.promotion_id].exclusion_group]
            assert len(on_line) == len(set(on_line)), groups
    staged = [by_id[i].exclusion_group for i in result.applied if by_id[i].stage == "order"
              and by_id[i].exclusion_group]
    assert len(staged) == len(set(staged)), groups
    # what every promotion gave sums to the discount
    assert sum(-s.delta for pl in result.lines for s in pl.steps) == result.discount_total
    # two winners of a stage that meet (share a line at the item stages, unless one is exclusive for the order)
    # combine, and neither was stopped by the other
    touched = {i: {n for n, pl in enumerate(result.lines) for s in pl.steps if s.promotion_id == i}
               for i in result.applied}
    for a, b in itertools.combinations([by_id[i] for i in result.applied], 2):
        item_stage = a.stage in ("item", "item_coupon")
        meet = not item_stage or a.order_exclusive or b.order_exclusive or bool(touched[a.id] & touched[b.id])
        if a.stage == b.stage and meet:
            first = min(a, b, key=lambda p: (p.priority, p.id))
            assert compatible(a, b) and not first.stop_further, (a, b)
    # the same cart prices the same, whatever order the promotions come in
    again = price_cart(lines, list(reversed(promos)), now=NOW)
    assert [pl.amount for pl in again.lines] == [pl.amount for pl in result.lines] and again.applied == result.applied


@settings(max_examples=150, deadline=None)
@given(carts())
def test_the_chosen_item_promotions_are_never_worse_than_any_single_one(cart):
    lines, promos = cart
    item = [p for p in promos if p.stage == "item"]
    best = price_cart(lines, item, now=NOW).discount_total
    for p in item:
        assert best >= price_cart(lines, [p], now=NOW).discount_total


@given(st.decimals(min_value=D("0"), max_value=D("10000"), places=2),
       st.lists(st.decimals(min_value=D("0"), max_value=D("5000"), places=2), min_size=1, max_size=12))
def test_allocation_sums_exactly_and_follows_the_weights(amount, weights):
    parts = allocate(amount, weights)
    if sum(weights) == 0:
        assert all(p == 0 for p in parts)
    else:
        assert sum(parts) == amount
        assert all(p >= 0 for p in parts)
        assert all(p == 0 for p, w in zip(parts, weights) if w == 0)
        total = sum(weights)
        assert all(abs(p - amount * w / total) < D("0.01") for p, w in zip(parts, weights))


def test_a_shuffled_catalog_of_many_promotions_prices_deterministically():
    rnd = random.Random(7)
    lines = [line(i, f"{rnd.randint(10, 500)}.{rnd.randint(0, 99):02d}", qty=rnd.randint(1, 3)) for i in range(20)]
    promos = [Promotion(i, "item", "percent_off", percent=D(rnd.randint(1, 30)),
                        exclusion_group=rnd.choice(["", "x", "y"]), stackable=True) for i in range(1, 30)]
    first = price_cart(lines, promos, now=NOW)
    rnd.shuffle(promos)
    assert price_cart(lines, promos, now=NOW).applied == first.applied
