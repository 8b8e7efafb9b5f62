"""The promotions component through real RPyC connections: activities, templates, coupons, pricing with its
trace, and usage reservations that keep limits, budgets and coupons exact."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_NOT_FOUND, E_VALIDATION, Page, error_from_remote
from middle_tier.contract.catalog import CategoryRecord, ProductRecord, SkuRecord
from middle_tier.contract.promotions import (
    Collision,
    CouponRecord,
    PriceQuote,
    PromotionRecord,
    PromotionSummary,
    ReservationRecord,
)
from tests.conftest import new_request_id, remote_error, unique

D = Decimal


@pytest.fixture(scope="module", autouse=True)
def quiet_store(endpoint):
    """Pause the demo's store-wide offers for this module (they would apply to every test cart)."""
    from client.connection import open_connection
    conn = open_connection(endpoint)
    promos = conn.root.login("admin", "demo1234").promotions
    paused = []
    for row in Page.from_wire(promos.list_promotions(status="active", page_size=500)).rows:
        rec = PromotionSummary.from_wire(row)
        promos.set_status(promotion_id=rec.id, version=rec.version, status="paused")
        paused.append(rec.id)
    yield
    for pid in paused:
        rec = PromotionRecord.from_wire(promos.get_promotion(promotion_id=pid))
        promos.set_status(promotion_id=pid, version=rec.version, status="active")
    conn.close()


@pytest.fixture
def shop(admin):
    """A fresh category with three SKUs on sale at 100.00, 50.00 and 20.00 (each its own product)."""
    cat = admin.catalog
    category = CategoryRecord.from_wire(cat.create_category(code=unique("pc"), name="Promo test " + unique("")))
    skus = []
    for price in ("100.00", "50.00", "20.00"):
        product = ProductRecord.from_wire(cat.create_product(code=unique("pp"), name="Promo item " + price,
                                                             category_id=category.id))
        sku = SkuRecord.from_wire(cat.create_sku(product_id=product.id, code=unique("ps"), list_price=price))
        sku = SkuRecord.from_wire(cat.update_sku(sku_id=sku.id, version=sku.version, list_price=price, cost="0",
                                                 barcode="", weight_g=0, status="on_sale"))
        cat.set_product_status(product_id=product.id, version=product.version, status="on_sale")
        skus.append(sku)
    return {"category": category, "skus": skus, "scope": f"category:{category.code}"}


def create(admin, activate=True, **fields):
    fields.setdefault("code", unique("pr"))
    fields.setdefault("name", "Test " + fields["code"])
    rec = PromotionRecord.from_wire(admin.promotions.create_promotion(
        fields=tuple((k, str(v)) for k, v in fields.items())))
    if activate:
        rec = PromotionRecord.from_wire(admin.promotions.set_status(promotion_id=rec.id, version=rec.version,
                                                                    status="active"))
    return rec


def quote(admin, lines, **kw):
    return PriceQuote.from_wire(admin.promotions.price(lines=tuple(lines), **kw))


def reasons(q, promotion_id):
    return [(r.reason, r.detail) for r in q.rejected if r.promotion_id == promotion_id]


def test_bad_promotions_are_refused_at_their_field_and_change_nothing(admin, shop, unchanged):
    promos = admin.promotions
    ok = dict(code=unique("bad"), name="x", stage="item", kind="percent_off", percent="10", scope=shop["scope"])
    cases = [
        ({"stage": "nowhere"}, "stage"),
        ({"kind": "spend_and_save"}, "kind"),                 # not an item-stage kind
        ({"percent": "0"}, "percent"),
        ({"percent": "120"}, "percent"),
        ({"percent": "abc"}, "percent"),
        ({"starts": "2026-12-01", "ends": "2026-11-01"}, "ends"),
        ({"starts": "next tuesday"}, "starts"),
        ({"scope": "category:no-such-category"}, "scope"),
        ({"scope": "planet:earth"}, "scope"),
        ({"channels": "fax"}, "channels"),
        ({"supplier_share": "30"}, "supplier_code"),
        ({"usage_limit": "0"}, "usage_limit"),
        ({"code": "Not a code!"}, "code"),
        ({"no_such_field": "1"}, "no_such_field"),
        ({"stage": "order", "kind": "spend_and_save", "threshold": "100", "amount": "150"}, "amount"),
        ({"stage": "order", "kind": "gift", "gift_sku_code": "NO-SUCH-SKU"}, "gift_sku_code"),
        ({"stage": "order", "kind": "buy_x_get_y", "buy": "2", "get": "0"}, "get"),
    ]
    with unchanged():
        for change, field in cases:
            fields = tuple((k, str(v)) for k, v in {**ok, **change}.items())
            err = remote_error(promos.create_promotion, fields=fields)
            assert (err.code, err.field) == (E_VALIDATION, field), (change, err)
    first = create(admin, activate=False, **ok)
    with unchanged():
        err = remote_error(promos.create_promotion, fields=tuple((k, str(v)) for k, v in ok.items()))
        assert (err.code, err.field) == (E_DUPLICATE, "code")
        err = remote_error(promos.set_status, promotion_id=first.id, version=first.version, status="paused")
        assert (err.code, err.field) == (E_CONFLICT, "status")        # a draft is activated, not paused
        err = remote_error(promos.update_promotion, promotion_id=first.id, version=first.version + 1,
                           fields=(("name", "x"),))
        assert (err.code, err.field) == (E_CONFLICT, "version")
        assert remote_error(promos.get_promotion, promotion_id=10**9).code == E_NOT_FOUND


def test_a_cart_is_priced_stage_by_stage_with_its_trace_and_the_reasons(admin, shop):
    a, b, c = shop["skus"]
    item = create(admin, stage="item", kind="percent_off", percent="10", scope=shop["scope"], exclusion_group="g1")
    better = create(admin, stage="item", kind="percent_off", percent="15", scope=f"sku:{a.code}",
                    exclusion_group="g1")
    spend = create(admin, stage="order", kind="spend_and_save", threshold="200", amount="30", scope=shop["scope"])
    q = quote(admin, [(a.id, 1), (b.id, 1), (c.id, 1)])          # 100 + 50 + 20 = 170
    # item stage: one of the group per cart; the engine picks the set that saves most (10 % on all = 17.00
    # beats 15 % on A = 15.00), and says why the other lost
    assert [p.promotion_id for p in q.applied] == [item.id]
    assert reasons(q, better.id) == [("excluded_by", item.code)]
    assert q.goods_total == D("153.00") and q.discount_total == D("17.00")
    line_a = next(line for line in q.lines if line.sku_id == a.id)
    assert [(s.stage, s.promotion_id, s.base, s.delta) for s in line_a.steps] == [
        ("item", item.id, D("100.00"), D("-10.00"))]
    # 153.00 after the item stage: 47.00 short of the 200.00 threshold (the shopper's hint)
    short = next(r for r in q.rejected if r.promotion_id == spend.id)
    assert (short.reason, short.detail, short.threshold, short.reward) == ("threshold_short", "47.00", D("200.00"),
                                                                           D("30.00"))
    # two of A: now 15 % on A (30.00) beats 10 % on everything (25.00); 220.00 then reaches the threshold
    q = quote(admin, [(a.id, 2), (b.id, 1)])
    assert q.goods_total == D("190.00") and sum(line.amount for line in q.lines) == q.goods_total
    assert {p.promotion_id: p.discount for p in q.applied} == {better.id: D("30.00"), spend.id: D("30.00")}
    assert reasons(q, item.id) == [("excluded_by", better.code)]
    assert all(line.amount >= 0 for line in q.lines)
    # the same cart always prices the same
    at = q.priced_at.isoformat()
    assert quote(admin, [(b.id, 1), (a.id, 2)], at=at).total == q.total
    assert quote(admin, [(a.id, 2), (b.id, 1)], at=at) == quote(admin, [(a.id, 2), (b.id, 1)], at=at)


def test_time_channel_and_member_level_are_explained(admin, shop):
    a = shop["skus"][0]
    later = create(admin, stage="item", kind="amount_off", amount="5", scope=f"sku:{a.code}",
                   starts="2030-01-01", ends="2030-02-01", stackable=True)
    app_only = create(admin, stage="item", kind="amount_off", amount="3", scope=f"sku:{a.code}", channels="app",
                      stackable=True)
    gold = create(admin, stage="item", kind="amount_off", amount="2", scope=f"sku:{a.code}", member_levels="gold",
                  stackable=True)
    q = quote(admin, [(a.id, 1)])
    assert reasons(q, later.id) == [("outside_time", "")]
    assert reasons(q, app_only.id) == [("wrong_channel", "web")]
    assert reasons(q, gold.id) == [("member_level", "")]
    q = quote(admin, [(a.id, 1)], channel="app", member_level="gold", at="2030-01-15")
    assert {p.promotion_id for p in q.applied} == {later.id, app_only.id, gold.id}     # all stackable
    assert q.goods_total == D("90.00")


def test_gift_free_shipping_and_buy_x_get_y(admin, shop):
    a, b, c = shop["skus"]
    bxgy = create(admin, stage="order", kind="buy_x_get_y", buy="2", get="1", scope=f"sku:{c.code}")
    gift = create(admin, stage="order", kind="gift", threshold="150", gift_sku_code=c.code, scope=shop["scope"])
    ship = create(admin, stage="shipping", kind="free_shipping", threshold="100", scope=shop["scope"])
    q = quote(admin, [(c.id, 3)], shipping_fee="12.00")        # 3 x 20: the cheapest unit free, 60 < 100
    assert q.goods_total == D("40.00") and q.shipping == D("12.00") and q.total == D("52.00")
    assert reasons(q, ship.id) == [("threshold_short", "60.00")]
    q = quote(admin, [(a.id, 1), (b.id, 1)], shipping_fee="12.00")
    assert [(g.promotion_id, g.sku_id, g.qty) for g in q.gifts] == [(gift.id, c.id, 1)]
    assert q.shipping == D("0.00") and q.total == D("150.00")
    assert [s.delta for s in q.shipping_steps] == [D("-12.00")]
    assert bxgy.id not in {p.promotion_id for p in q.applied}


def test_bad_pricing_requests_are_domain_errors(admin, shop, unchanged):
    a = shop["skus"][0]
    promos = admin.promotions
    with unchanged():
        for kwargs, field in [({"lines": ()}, "lines"), ({"lines": ((a.id, 0),)}, "lines"),
                              ({"lines": ((10**9, 1),)}, "lines"),
                              ({"lines": ((a.id, 1),), "channel": "fax"}, "channel"),
                              ({"lines": ((a.id, 1),), "shipping_fee": "-1"}, "shipping_fee"),
                              ({"lines": ((a.id, 1),), "at": "soon"}, "at")]:
            err = remote_error(promos.price, **kwargs)
            assert (err.code, err.field) == (E_VALIDATION, field), kwargs
        for kwargs, field in [({"order_ref": "bad ref!", "customer_ref": "c1", "lines": ((a.id, 1),)}, "order_ref"),
                              ({"order_ref": unique("o"), "customer_ref": "", "lines": ((a.id, 1),)}, "customer_ref")]:
            err = remote_error(promos.reserve, **kwargs)
            assert (err.code, err.field) == (E_VALIDATION, field), kwargs
        for verb in (promos.consume, promos.release, promos.get_reservation):
            assert remote_error(verb, order_ref=unique("none")).code == E_NOT_FOUND


def test_coupons_are_reserved_used_and_given_back_on_cancel(admin, shop, unchanged):
    a, b, _ = shop["skus"]
    promos = admin.promotions
    coupon_promo = create(admin, stage="order_coupon", kind="spend_and_save", threshold="100", amount="20",
                          scope=shop["scope"], supplier_code="acme", supplier_share="25")
    assert promos.generate_coupons(promotion_id=coupon_promo.id, count=5, prefix="T",
                                   request_id=new_request_id()) == 5
    codes = [CouponRecord.from_wire(r).code for r in Page.from_wire(promos.list_coupons(
        promotion_id=coupon_promo.id)).rows]
    assert len(set(codes)) == 5 and all(c.startswith("T") and len(c) == 11 for c in codes)
    cart = [(a.id, 1), (b.id, 1)]
    assert coupon_promo.id not in {p.promotion_id for p in quote(admin, cart).applied}    # no code, no coupon
    q = quote(admin, cart, coupon_codes=(codes[0], "NO-SUCH-CODE"))
    assert [(p.promotion_id, p.coupon_code, p.discount, p.supplier_amount) for p in q.applied] == [
        (coupon_promo.id, codes[0], D("20.00"), D("5.00"))]
    assert q.coupons_refused == (("NO-SUCH-CODE", "unknown"),)

    order1, order2 = unique("o1"), unique("o2")
    res = ReservationRecord.from_wire(promos.reserve(order_ref=order1, customer_ref="cust-1", lines=tuple(cart),
                                                     coupon_codes=(codes[0],)))
    assert res.state == "reserved" and res.quote.total == D("130.00")
    assert [(u.coupon_code, u.discount, u.supplier_code, u.supplier_amount, u.state) for u in res.usage] == [
        (codes[0], D("20.00"), "acme", D("5.00"), "reserved")]
    # asking again with the same order reference returns the same reservation and books nothing more
    with unchanged():
        again = ReservationRecord.from_wire(promos.reserve(order_ref=order1, customer_ref="cust-1",
                                                           lines=tuple(cart), coupon_codes=(codes[0],)))
    assert again == res
    # the code is taken while order1 holds it
    q = quote(admin, cart, coupon_codes=(codes[0],))
    assert q.coupons_refused == ((codes[0], "used"),) and not q.applied
    res2 = ReservationRecord.from_wire(promos.reserve(order_ref=order2, customer_ref="cust-2", lines=tuple(cart),
                                                      coupon_codes=(codes[0],)))
    assert res2.usage == () and res2.quote.total == D("150.00")
    # cancel: the coupon is available again and the counters are back
    released = ReservationRecord.from_wire(promos.release(order_ref=order1))
    assert released.state == "released" and {u.state for u in released.usage} == {"released"}
    rec = PromotionRecord.from_wire(promos.get_promotion(promotion_id=coupon_promo.id))
    assert (rec.uses_taken, rec.budget_taken, rec.coupons_available) == (0, D("0.00"), 5)
    assert remote_error(promos.consume, order_ref=order1).code == E_CONFLICT
    # the code serves another order, which pays: the coupon is used for good
    order3 = unique("o3")
    promos.reserve(order_ref=order3, customer_ref="cust-3", lines=tuple(cart), coupon_codes=(codes[0],))
    consumed = ReservationRecord.from_wire(promos.consume(order_ref=order3))
    assert consumed == ReservationRecord.from_wire(promos.consume(order_ref=order3))     # idempotent
    used = [CouponRecord.from_wire(r) for r in Page.from_wire(promos.list_coupons(
        promotion_id=coupon_promo.id, state="used")).rows]
    assert [(c.code, c.order_ref) for c in used] == [(codes[0], order3)]


def test_usage_limit_per_customer_limit_and_budget_hold(admin, shop):
    a, b, c = shop["skus"]
    promos = admin.promotions
    once = create(admin, stage="item", kind="amount_off", amount="10", scope=f"sku:{a.code}", usage_limit=1,
                  stackable=True)
    per_customer = create(admin, stage="item", kind="amount_off", amount="5", scope=f"sku:{b.code}",
                          per_customer_limit=1, stackable=True)
    budget = create(admin, stage="item", kind="percent_off", percent="50", scope=f"sku:{c.code}", budget="15",
                    stackable=True)
    r1 = ReservationRecord.from_wire(promos.reserve(order_ref=unique("u"), customer_ref="k1",
                                                    lines=((a.id, 1), (b.id, 1), (c.id, 1))))
    assert {u.promotion_id: u.discount for u in r1.usage} == {once.id: D("10.00"), per_customer.id: D("5.00"),
                                                              budget.id: D("10.00")}
    r2 = ReservationRecord.from_wire(promos.reserve(order_ref=unique("u"), customer_ref="k1",
                                                    lines=((a.id, 1), (b.id, 1), (c.id, 1))))
    # the limit is used up, k1 had their one, and only 5.00 of the budget is left
    assert {u.promotion_id: u.discount for u in r2.usage} == {budget.id: D("5.00")}
    assert reasons(r2.quote, once.id) == [("limit_reached", "")]
    assert reasons(r2.quote, per_customer.id) == [("limit_reached", "")]
    r3 = ReservationRecord.from_wire(promos.reserve(order_ref=unique("u"), customer_ref="k2",
                                                    lines=((b.id, 1), (c.id, 1))))
    assert {u.promotion_id for u in r3.usage} == {per_customer.id}     # another customer; the budget is spent
    assert reasons(r3.quote, budget.id) == [("budget_exhausted", "")]
    promos.release(order_ref=r1.order_ref)
    rec = PromotionRecord.from_wire(promos.get_promotion(promotion_id=budget.id))
    assert (rec.uses_taken, rec.budget_taken) == (1, D("5.00"))


def test_concurrent_reservations_never_overrun_a_usage_limit(admin, shop, login):
    a = shop["skus"][0]
    limited = create(admin, stage="item", kind="amount_off", amount="10", scope=f"sku:{a.code}", usage_limit=3)
    sessions = [login("admin") for _ in range(8)]
    results, errors = [], []

    def run(session, n):
        try:
            res = ReservationRecord.from_wire(session.promotions.reserve(
                order_ref=unique(f"c{n}"), customer_ref=f"cc{n}", lines=((a.id, 1),)))
            results.append(res)
        except Exception as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(s, n)) for n, s in enumerate(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    winners = [r for r in results if r.usage]
    assert len(results) == 8 and len(winners) == 3
    rec = PromotionRecord.from_wire(admin.promotions.get_promotion(promotion_id=limited.id))
    assert (rec.uses_taken, rec.budget_taken) == (3, D("30.00"))


def test_exclusive_collisions_are_flagged_and_templates_are_copied(admin, shop):
    a, b, _ = shop["skus"]
    first = create(admin, stage="item", kind="percent_off", percent="10", scope=shop["scope"],
                   exclusion_group="x-sale", starts="2031-01-01", ends="2031-01-10")
    clash = create(admin, activate=False, stage="item", kind="percent_off", percent="5", scope=f"sku:{a.code}",
                   exclusion_group="x-sale", starts="2031-01-05", ends="2031-01-20")
    assert [(c.promotion_id, c.why) for c in clash.collisions] == [(first.id, "same_group")]
    later = create(admin, activate=False, stage="item", kind="percent_off", percent="5", scope=f"sku:{b.code}",
                   exclusion_group="x-sale", starts="2031-01-10", ends="2031-01-20")
    assert later.collisions == ()                      # the windows only touch
    other = CategoryRecord.from_wire(admin.catalog.create_category(code=unique("oc"), name="Other " + unique("")))
    elsewhere = create(admin, activate=False, stage="item", kind="percent_off", percent="5",
                       scope=f"category:{other.code}", exclusion_group="x-sale", starts="2031-01-01",
                       ends="2031-01-10")
    assert elsewhere.collisions == ()                  # no item in both scopes
    template = create(admin, activate=False, is_template="true", stage="item", kind="percent_off", percent="7",
                      scope=shop["scope"])
    assert remote_error(admin.promotions.set_status, promotion_id=template.id, version=template.version,
                        status="active").code == E_VALIDATION
    copy = PromotionRecord.from_wire(admin.promotions.create_from_template(template_id=template.id,
                                                                            code=unique("fromtpl"), name="Copy"))
    assert (copy.is_template, copy.status, copy.percent, copy.scope) == (False, "draft", D("7.00"), template.scope)
    summaries = [PromotionSummary.from_wire(r) for r in Page.from_wire(
        admin.promotions.list_promotions(templates=True, search=template.code)).rows]
    assert [s.id for s in summaries] == [template.id]
    live = {PromotionSummary.from_wire(r).id for r in admin.promotions.timeline(start="2031-01-01",
                                                                               end="2031-02-01")}
    assert {first.id, clash.id, later.id} <= live and template.id not in live


def test_a_used_promotions_offer_is_frozen(admin, shop, unchanged):
    a = shop["skus"][0]
    promo = create(admin, stage="item", kind="amount_off", amount="10", scope=f"sku:{a.code}")
    admin.promotions.reserve(order_ref=unique("f"), customer_ref="f1", lines=((a.id, 1),))
    promo = PromotionRecord.from_wire(admin.promotions.get_promotion(promotion_id=promo.id))
    with unchanged():
        err = remote_error(admin.promotions.update_promotion, promotion_id=promo.id, version=promo.version,
                           fields=(("amount", "20"),))
        assert (err.code, err.field) == (E_CONFLICT, "amount")
    longer = PromotionRecord.from_wire(admin.promotions.update_promotion(
        promotion_id=promo.id, version=promo.version, fields=(("ends", "2035-01-01"), ("usage_limit", "100"))))
    assert longer.usage_limit == 100 and longer.ends.year == 2035 and longer.version == promo.version + 1


# ---- issue 11: what a new user's review found ---------------------------------------------------------------

def _shop_at(admin, prices):
    """A fresh category with one SKU on sale per price (each its own product)."""
    cat = admin.catalog
    category = CategoryRecord.from_wire(cat.create_category(code=unique("pc"), name="Promo test " + unique("")))
    skus = []
    for price in prices:
        product = ProductRecord.from_wire(cat.create_product(code=unique("pp"), name="Promo item " + price,
                                                             category_id=category.id))
        sku = SkuRecord.from_wire(cat.create_sku(product_id=product.id, code=unique("ps"), list_price=price))
        sku = SkuRecord.from_wire(cat.update_sku(sku_id=sku.id, version=sku.version, list_price=price, cost="0",
                                                 barcode="", weight_g=0, status="on_sale"))
        cat.set_product_status(product_id=product.id, version=product.version, status="on_sale")
        skus.append(sku)
    return category, skus


def test_item_promotions_on_different_skus_both_apply_to_one_cart(admin, shop):
    a, b, c = shop["skus"]
    ten_off_a = create(admin, stage="item", kind="percent_off", percent="10", scope=f"sku:{a.code}")
    five_off_b = create(admin, stage="item", kind="amount_off", amount="5", scope=f"sku:{b.code}")
    q = quote(admin, [(a.id, 1), (b.id, 1), (c.id, 1)])
    assert {p.promotion_id: p.discount for p in q.applied} == {ten_off_a.id: D("10.00"), five_off_b.id: D("5.00")}
    assert reasons(q, ten_off_a.id) == [] and reasons(q, five_off_b.id) == []
    # competing for one line, they still exclude each other; and one exclusive for the order excludes everywhere
    whole = create(admin, stage="item", kind="amount_off", amount="1", scope=shop["scope"], order_exclusive="true",
                   priority="1")
    q = quote(admin, [(a.id, 1), (b.id, 1)])
    assert {p.promotion_id for p in q.applied} == {ten_off_a.id, five_off_b.id}      # 15.00 beats 2.00
    assert reasons(q, whole.id) == [("excluded_by", ten_off_a.code)]
    whole = PromotionRecord.from_wire(admin.promotions.get_promotion(promotion_id=whole.id))
    admin.promotions.set_status(promotion_id=whole.id, version=whole.version, status="ended")   # it meets everyone


def test_an_order_level_percentage_is_taken_from_the_order_and_sums_exactly(admin):
    category, skus = _shop_at(admin, ("33.33", "33.33", "33.34"))
    ten = create(admin, stage="order", kind="percent_off", percent="10", scope=f"category:{category.code}")
    q = quote(admin, [(s.id, 1) for s in skus])
    assert [p.discount for p in q.applied if p.promotion_id == ten.id] == [D("10.00")]
    assert q.goods_total == D("90.00") == sum(line.amount for line in q.lines)
    assert [line.steps[0].delta for line in q.lines] == [D("-3.33"), D("-3.33"), D("-3.34")]


def test_a_promotion_stopped_by_a_higher_priority_one_names_it(admin, shop):
    a = shop["skus"][0]
    stopper = create(admin, stage="item", kind="amount_off", amount="3", scope=f"sku:{a.code}", priority="1",
                     stop_further="true", stackable="true")
    stopped = create(admin, stage="item", kind="amount_off", amount="2", scope=f"sku:{a.code}", priority="2",
                     stackable="true")
    q = quote(admin, [(a.id, 1)])
    assert [p.promotion_id for p in q.applied] == [stopper.id]
    assert reasons(q, stopped.id) == [("stopped_by", stopper.code)]


def test_an_order_reserved_again_after_a_release_gets_a_fresh_reservation(admin, shop, unchanged):
    a, b, _ = shop["skus"]
    promos = admin.promotions
    off = create(admin, stage="item", kind="amount_off", amount="10", scope=f"sku:{a.code}", usage_limit="5")
    coupon_promo = create(admin, stage="order_coupon", kind="spend_and_save", threshold="100", amount="7",
                          scope=shop["scope"])
    promos.generate_coupons(promotion_id=coupon_promo.id, count=1, prefix="RT", request_id=new_request_id())
    [code] = [CouponRecord.from_wire(r).code for r in Page.from_wire(promos.list_coupons(
        promotion_id=coupon_promo.id)).rows]
    order = unique("retry")
    args = dict(order_ref=order, customer_ref="r1", lines=((a.id, 1), (b.id, 1)), coupon_codes=(code,))
    first = ReservationRecord.from_wire(promos.reserve(**args))
    assert (first.state, first.quote.total) == ("reserved", D("133.00"))
    released = ReservationRecord.from_wire(promos.release(order_ref=order))     # the payment failed
    assert released.state == "released"
    # the shopper pays again: the same order reference is reserved afresh, the coupon and the usage with it
    second = ReservationRecord.from_wire(promos.reserve(**args))
    assert (second.state, second.quote.total) == ("reserved", D("133.00"))
    assert (first.attempt, released.attempt, second.attempt) == (1, 1, 2)
    assert {(u.promotion_id, u.coupon_code, u.state) for u in second.usage} == {
        (off.id, "", "reserved"), (coupon_promo.id, code, "reserved")}
    rec = PromotionRecord.from_wire(promos.get_promotion(promotion_id=off.id))
    assert (rec.uses_taken, rec.budget_taken) == (1, D("10.00"))          # the released attempt gave its use back
    # while it is reserved, and once it is consumed, asking again returns it unchanged
    with unchanged():
        assert ReservationRecord.from_wire(promos.reserve(**args)) == second
    consumed = ReservationRecord.from_wire(promos.consume(order_ref=order))
    assert (consumed.state, consumed.attempt) == ("consumed", 2)
    with unchanged():
        assert ReservationRecord.from_wire(promos.reserve(**args)) == consumed
        assert ReservationRecord.from_wire(promos.get_reservation(order_ref=order)) == consumed
        assert remote_error(promos.release, order_ref=order).code == E_CONFLICT
    used = [CouponRecord.from_wire(r) for r in Page.from_wire(promos.list_coupons(
        promotion_id=coupon_promo.id, state="used")).rows]
    assert [(c.code, c.order_ref) for c in used] == [(code, order)]


def test_a_coupon_refused_for_a_limit_is_listed_with_its_reason(admin, shop):
    a, b, _ = shop["skus"]
    promos = admin.promotions
    once_each = create(admin, stage="order_coupon", kind="spend_and_save", threshold="100", amount="20",
                       scope=shop["scope"], per_customer_limit="1")
    promos.generate_coupons(promotion_id=once_each.id, count=2, request_id=new_request_id())
    first, second = [CouponRecord.from_wire(r).code for r in Page.from_wire(promos.list_coupons(
        promotion_id=once_each.id)).rows]
    lines = ((a.id, 1), (b.id, 1))
    promos.reserve(order_ref=unique("lim"), customer_ref="once", lines=lines, coupon_codes=(first,))
    res = ReservationRecord.from_wire(promos.reserve(order_ref=unique("lim"), customer_ref="once", lines=lines,
                                                     coupon_codes=(second,)))
    assert res.usage == () and res.quote.coupons_refused == ((second, "limit_reached"),)
    assert reasons(res.quote, once_each.id) == [("limit_reached", "")]
    available = [CouponRecord.from_wire(r).code for r in Page.from_wire(promos.list_coupons(
        promotion_id=once_each.id, state="available")).rows]
    assert available == [second]                                             # not reserved: still free to use
    q = quote(admin, lines, coupon_codes=(second,), customer_ref="someone-else")
    assert q.coupons_refused == () and [p.coupon_code for p in q.applied] == [second]


def test_a_budget_with_less_left_than_the_discount_gives_what_is_left_and_says_so(admin, shop):
    a, b, _ = shop["skus"]
    promos = admin.promotions
    budget = create(admin, stage="item", kind="percent_off", percent="20", scope=f"sku:{a.code}", budget="30")
    whole = ReservationRecord.from_wire(promos.reserve(order_ref=unique("bud"), customer_ref="b1", lines=((a.id, 1),)))
    [got] = whole.quote.applied
    assert (got.discount, got.limited_by, got.full_discount) == (D("20.00"), "", D("20.00"))
    q = quote(admin, [(a.id, 1), (b.id, 1)])                        # 20.00 would be due; 10.00 is left
    [part] = q.applied
    assert (part.promotion_id, part.discount, part.limited_by, part.full_discount) == (
        budget.id, D("10.00"), "budget", D("20.00"))
    res = ReservationRecord.from_wire(promos.reserve(order_ref=unique("bud"), customer_ref="b2", lines=((a.id, 1),)))
    assert [(u.discount, a.limited_by) for u, a in zip(res.usage, res.quote.applied)] == [(D("10.00"), "budget")]
    q = quote(admin, [(a.id, 1)])
    assert q.applied == () and reasons(q, budget.id) == [("budget_exhausted", "")]


def test_buy_x_get_y_hint_gives_the_missing_quantity_and_the_value(admin, shop):
    _, b, c = shop["skus"]
    bxgy = create(admin, stage="order", kind="buy_x_get_y", buy="2", get="1", scope=shop["scope"])
    q = quote(admin, [(b.id, 1), (c.id, 1)])                        # 50 + 20: one more unit, the 20.00 one free
    [hint] = [r for r in q.rejected if r.promotion_id == bxgy.id]
    assert (hint.reason, hint.reward) == ("threshold_short", D("20.00"))
    assert (hint.kind, hint.missing_qty) == ("buy_x_get_y", 1)
    spend = create(admin, stage="order", kind="spend_and_save", threshold="100", amount="15", scope=shop["scope"],
                   stackable="true")
    [hint] = [r for r in quote(admin, [(b.id, 1)]).rejected if r.promotion_id == spend.id]
    assert (hint.detail, hint.threshold, hint.reward, hint.missing_qty) == ("50.00", D("100.00"), D("15.00"), 0)


def test_amount_off_per_unit_per_line_or_off_the_order(admin, shop, unchanged):
    a, b, c = shop["skus"]
    per_line = create(admin, stage="item", kind="amount_off", amount="4", amount_per="line", scope=f"sku:{c.code}")
    assert per_line.amount_per == "line"
    per_unit = create(admin, stage="item", kind="amount_off", amount="4", scope=f"sku:{b.code}")
    assert per_unit.amount_per == "unit"                               # the default at the item stages
    off_order = create(admin, stage="order", kind="amount_off", amount="25", threshold="100", scope=shop["scope"])
    assert (off_order.kind, off_order.amount_per) == ("amount_off", "order")
    q = quote(admin, [(a.id, 1), (b.id, 2), (c.id, 3)])               # 100 + 100 + 60
    assert {p.promotion_id: p.discount for p in q.applied} == {
        per_line.id: D("4.00"), per_unit.id: D("8.00"), off_order.id: D("25.00")}
    assert q.goods_total == D("223.00") == sum(line.amount for line in q.lines)
    ok = dict(code=unique("per"), name="x", stage="item", kind="amount_off", amount="5")
    with unchanged():
        for change, field in [({"amount_per": "order"}, "amount_per"), ({"amount_per": "each"}, "amount_per"),
                              ({"stage": "order", "amount_per": "unit"}, "amount_per"),
                              ({"stage": "order", "order_exclusive": "true"}, "order_exclusive"),
                              ({"order_exclusive": "maybe"}, "order_exclusive")]:
            err = remote_error(admin.promotions.create_promotion,
                               fields=tuple((k, str(v)) for k, v in {**ok, **change}.items()))
            assert (err.code, err.field) == (E_VALIDATION, field), (change, err)
        err = remote_error(admin.promotions.update_promotion, promotion_id=per_unit.id, version=per_unit.version,
                           fields=(("combines_with", str(per_unit.id)),))
        assert (err.code, err.field) == (E_VALIDATION, "combines_with")


def test_a_promotion_shows_what_it_will_collide_with_before_and_when_it_is_saved(admin, shop, unchanged):
    a, b, c = shop["skus"]
    promos = admin.promotions
    twenty = create(admin, stage="item", kind="percent_off", percent="20", scope=shop["scope"],
                    exclusion_group="preview-sale")
    five_off_c = create(admin, stage="item", kind="amount_off", amount="5", scope=f"sku:{c.code}", stackable="true")
    new = dict(code=unique("prev"), name="Preview", stage="item", kind="percent_off", percent="10",
               scope=shop["scope"], exclusion_group="preview-sale", stackable="true")
    fields = tuple((k, str(v)) for k, v in new.items())
    with unchanged():
        preview = [Collision.from_wire(w) for w in promos.preview_collisions(fields=fields)]
    # 20 % beats 10 % on all three SKUs; 10 % (4.00... 2.00) beats or loses to 5.00 off C: both are stackable
    assert [(c_.promotion_id, c_.why, c_.skus, c_.lost, c_.won, c_.per_sku) for c_ in preview] == [
        (twenty.id, "same_group", 3, 3, 0, True)]
    assert five_off_c.id not in {c_.promotion_id for c_ in preview}
    saved = create(admin, activate=False, **new)
    assert [(c_.promotion_id, c_.lost) for c_ in saved.collisions] == [(twenty.id, 3)]
    # a change previewed: on A alone the group no longer meets... and a bigger percent wins instead
    with unchanged():
        again = [Collision.from_wire(w) for w in promos.preview_collisions(
            promotion_id=saved.id, fields=(("percent", "30"), ("scope", f"sku:{a.code}")))]
        assert [(c_.promotion_id, c_.skus, c_.lost, c_.won) for c_ in again] == [(twenty.id, 1, 0, 1)]
        err = remote_error(promos.preview_collisions, fields=(("stage", "item"), ("kind", "percent_off"),
                                                             ("percent", "abc")))
        assert (err.code, err.field) == (E_VALIDATION, "percent")


def test_concurrent_retries_of_a_released_order_make_one_new_reservation(admin, shop, login):
    a = shop["skus"][0]
    limited = create(admin, stage="item", kind="amount_off", amount="10", scope=f"sku:{a.code}", usage_limit="5")
    order = unique("again")
    admin.promotions.reserve(order_ref=order, customer_ref="r", lines=((a.id, 1),))
    admin.promotions.release(order_ref=order)
    sessions = [login("admin") for _ in range(6)]
    results, errors = [], []

    def run(session):
        try:
            results.append(ReservationRecord.from_wire(session.promotions.reserve(
                order_ref=order, customer_ref="r", lines=((a.id, 1),))))
        except Exception as e:
            errors.append(error_from_remote(e))

    threads = [threading.Thread(target=run, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results and {(r.attempt, r.state) for r in results} == {(2, "reserved")}
    assert all((e.code, e.field) == (E_CONFLICT, "order_ref") for e in errors), errors
    rec = PromotionRecord.from_wire(admin.promotions.get_promotion(promotion_id=limited.id))
    assert rec.uses_taken == 1                                   # one live reservation holds the one use
