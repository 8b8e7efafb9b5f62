"""Migration 0008 on a database that holds reservations: they get keys and attempt numbers of their own, their usage
follows them, their stored quotes read with today's records; and the way back keeps one reservation per order."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine, MetaData, Table, text

from data_tier.migrate import downgrade, upgrade
from middle_tier.contract.promotions import PriceQuote, QuotePromotion, QuoteRejection
from middle_tier.core.wire import as_tuples

D = Decimal
PROMOTION = {
    "id": 1, "code": "p1", "name": "P1", "description": "", "is_template": False, "status": "active",
    "stage": "order", "kind": "buy_x_get_y", "percent": 0, "amount": 0, "fixed_price": 0, "buy": 2, "get": 1,
    "threshold": 0, "repeat": False, "gift_qty": 1, "exclusion_group": "", "priority": 100, "stop_further": False,
    "stackable": False, "combines_with": "", "threshold_basis": "running", "member_levels": "", "channels": "",
    "uses_taken": 1, "supplier_code": "", "supplier_share": 0, "created_at": dt.datetime(2026, 11, 30, 10),
    "updated_at": dt.datetime(2026, 11, 30, 10), "version": 1,
}


def _old_quote() -> str:
    """A quote as 0007's records stored it: an applied promotion of 8 values, a rejection of 7."""
    applied = QuotePromotion(1, "p1", "P1", "order", D("5.00"), "", "", D("0.00"), "", D("5.00")).to_wire()[:8]
    rejected = QuoteRejection(1, "p1", "P1", "threshold_short", "2", D("0"), D("0"), "", 0).to_wire()[:7]
    quote = PriceQuote((), D("50.00"), D("45.00"), D("0.00"), D("0.00"), (), D("5.00"), D("45.00"), (applied,),
                       (rejected,), (), (), None).to_wire()       # type: ignore[arg-type]
    return json.dumps(quote)


@pytest.fixture
def at_0007(scratch_engine: Engine) -> Iterator[Engine]:
    """A database at 0007 with two reservations, of the run's kind (never the tests' shared one)."""
    engine = scratch_engine
    upgrade(engine, "0007")
    fen = engine.dialect.name == "sqlite"        # Money is a whole number of fen on SQLite
    money = {"500": "500" if fen else "5.00", "300": "300" if fen else "3.00"}
    with engine.begin() as conn:
        meta = MetaData()
        tables = {n: Table(n, meta, autoload_with=conn) for n in ("promotion", "promotion_reservation",
                                                                  "promotion_usage")}
        conn.execute(tables["promotion"].insert().values(**PROMOTION, budget_taken=money["500"]))
        for ref, state in (("order-a", "released"), ("order-b", "reserved")):
            conn.execute(tables["promotion_reservation"].insert().values(
                order_ref=ref, customer_ref="c1", state=state, quote=_old_quote(),
                reserved_at=dt.datetime(2026, 11, 30)))
            conn.execute(tables["promotion_usage"].insert().values(
                promotion_id=1, order_ref=ref, customer_ref="c1", discount=money["500"], supplier_code="",
                supplier_amount=0, state=state, reserved_at=dt.datetime(2026, 11, 30)))
    yield engine


def test_reservations_get_keys_and_attempts_and_their_usage_follows(at_0007):
    engine = at_0007
    upgrade(engine, "0008")
    with engine.connect() as conn:
        reservations = conn.execute(text("SELECT id, order_ref, attempt, state, quote FROM promotion_reservation "
                                         "ORDER BY order_ref")).all()
        usage = dict(conn.execute(text("SELECT order_ref, reservation_id FROM promotion_usage")).all())
        promo = conn.execute(text("SELECT amount_per, order_exclusive FROM promotion")).one()
    assert [(r.order_ref, r.attempt, r.state) for r in reservations] == [("order-a", 1, "released"),
                                                                         ("order-b", 1, "reserved")]
    assert usage == {r.order_ref: r.id for r in reservations}
    assert tuple(promo) == ("unit", 0)
    quote = PriceQuote.from_wire(as_tuples(json.loads(reservations[0].quote)))
    assert (quote.applied[0].limited_by, quote.applied[0].full_discount) == ("", D("5.00"))
    assert (quote.rejected[0].kind, quote.rejected[0].missing_qty) == ("buy_x_get_y", 2)
    with engine.begin() as conn:       # a second attempt of order-a, as reserve makes it now
        conn.execute(text("INSERT INTO promotion_reservation (order_ref, attempt, customer_ref, state, quote, "
                          "reserved_at) VALUES ('order-a', 2, 'c1', 'reserved', :quote, '2026-12-01 10:00:00')"),
                     {"quote": reservations[0].quote})
        with pytest.raises(Exception, match="UNIQUE|Duplicate"):
            with conn.begin_nested():
                conn.execute(text("INSERT INTO promotion_reservation (order_ref, attempt, customer_ref, state, quote, "
                                  "reserved_at) VALUES ('order-a', 2, 'c1', 'reserved', '[]', '2026-12-01')"))


def test_downgrade_keeps_the_latest_reservation_of_each_order(at_0007):
    engine = at_0007
    upgrade(engine, "0008")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO promotion_reservation (order_ref, attempt, customer_ref, state, quote, "
                          "reserved_at) SELECT order_ref, 2, customer_ref, 'reserved', quote, reserved_at "
                          "FROM promotion_reservation WHERE order_ref = 'order-a'"))
        latest = conn.execute(text("SELECT id FROM promotion_reservation WHERE attempt = 2")).scalar_one()
        conn.execute(text("INSERT INTO promotion_usage (promotion_id, reservation_id, order_ref, customer_ref, "
                          "discount, supplier_code, supplier_amount, state, reserved_at) VALUES (1, :r, 'order-a', "
                          "'c1', :d, '', 0, 'reserved', '2026-12-01 10:00:00')"),
                     {"r": latest, "d": 300 if engine.dialect.name == "sqlite" else D("3.00")})
    downgrade(engine, "0007")
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT order_ref, state, quote FROM promotion_reservation ORDER BY order_ref")).all()
        usage = conn.execute(text("SELECT order_ref, discount FROM promotion_usage ORDER BY order_ref")).all()
    assert [(r.order_ref, r.state) for r in kept] == [("order-a", "reserved"), ("order-b", "reserved")]
    assert [u.order_ref for u in usage] == ["order-a", "order-b"]
    assert [D(u.discount) for u in usage] == ([D(300), D(500)] if engine.dialect.name == "sqlite" else
                                              [D("3.00"), D("5.00")])
    assert [len(a) for a in json.loads(kept[0].quote)[8]] == [8]
    upgrade(engine)
