"""The pricing core: examples from the brief's rules, and properties that must hold for every cart."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from middle_tier.promotions.engine import Line, Promotion, allocate, price_cart

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


money = st.decimals(min_value=D("0.01"), max_value=D("999.99"), places=2)


@st.composite
def carts(draw):
    n = draw(st.integers(1, 6))
    lines = [Line(i, 100 + i, 200 + i % 3, frozenset({draw(st.integers(1, 3)), 99}), draw(st.integers(1, 2)),
                  draw(st.integers(1, 5)), draw(money)) for i in range(n)]
    promos = []
    for pid in range(1, draw(st.integers(0, 7)) + 1):
        kind = draw(st.sampled_from(["percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save"]))
        stage = "order" if kind in ("buy_x_get_y", "spend_and_save") else draw(st.sampled_from(["item", "item_coupon"]))
        promos.append(Promotion(
            pid, stage, kind, percent=D(draw(st.integers(1, 90))), amount=draw(money), fixed_price=draw(money),
            buy=draw(st.integers(1, 3)), get=draw(st.integers(1, 2)), threshold=draw(money),
            repeat=draw(st.booleans()),
            category_ids=draw(st.sampled_from([frozenset(), frozenset({1}), frozenset({2})])),
            exclusion_group=draw(st.sampled_from(["", "a", "b"])), priority=draw(st.integers(1, 5)),
            stop_further=draw(st.booleans()), stackable=draw(st.booleans()),
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
    # one exclusion group never has two winners
    by_id = {p.id: p for p in promos}
    groups = [by_id[i].exclusion_group for i in result.applied if by_id[i].exclusion_group]
    for stage in ("item", "item_coupon", "order"):
        staged = [by_id[i].exclusion_group for i in result.applied if by_id[i].stage == stage
                  and by_id[i].exclusion_group]
        assert len(staged) == len(set(staged)), groups
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
