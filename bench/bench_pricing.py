"""Pricing a 20-line cart against 200 active promotions: in-process (the engine core, middle_tier/pricing.py)
and through RPyC (`promotions.price`: load promotions, scopes and SKUs, price, build the quote with its trace).

    python bench/bench_pricing.py [--runs 300] [--db URL]     # default: a fresh SQLite file

Baselines in the same run: summing the cart's list prices (in-process), and a trivial authenticated verb
(`session.info`) through the same RPyC connection.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from decimal import Decimal

from bench_audit import ensure_database
from common import free_port, pct, prepare_db, start_middle_tier, time_calls
from sqlalchemy import select, update

from client.connection import Endpoint, open_connection
from data_tier.catalog import Category, Product, Sku
from data_tier.engine import make_engine, make_session_factory
from data_tier.promotions import Promotion as PromotionRow
from data_tier.promotions import PromotionScope
from middle_tier.promotions.engine import Line, Promotion, price_cart


def scenario(seed: int = 11) -> tuple[list[Line], list[Promotion]]:
    rnd = random.Random(seed)
    lines = [Line(i, 1000 + i, 500 + i % 7, frozenset({i % 5 + 1, 99}), i % 4 + 1, rnd.randint(1, 3),
                  Decimal(f"{rnd.randint(5, 800)}.{rnd.randint(0, 99):02d}")) for i in range(20)]
    promos = []
    for pid in range(1, 201):
        kind = rnd.choice(["percent_off", "amount_off", "fixed_price", "buy_x_get_y", "spend_and_save"])
        stage = "order" if kind in ("buy_x_get_y", "spend_and_save") else rnd.choice(["item", "item_coupon"])
        promos.append(Promotion(
            pid, stage, kind, percent=Decimal(rnd.randint(5, 30)), amount=Decimal(rnd.randint(1, 20)),
            fixed_price=Decimal(rnd.randint(300, 800)), buy=2, get=1,
            threshold=Decimal(rnd.randint(100, 3000)) if kind == "spend_and_save" else Decimal(0),
            repeat=rnd.random() < 0.3,
            # item promotions target a category; store-level offers may cover the whole cart
            category_ids=frozenset({rnd.randint(1, 8)}) if stage != "order" or rnd.random() < 0.5 else frozenset(),
            exclusion_group=rnd.choice(["a", "b", "c", "d", "e", "f"]), priority=rnd.randint(1, 9),
            stackable=rnd.random() < 0.05, stop_further=rnd.random() < 0.1))
    return lines, promos


def store_scenario(db: str) -> tuple[tuple[int, int], ...]:
    """The scenario's 200 promotions as stored rows (scoped to the demo's categories; the demo's own paused),
    and a 20-line cart of demo SKUs from every category."""
    _, promos = scenario()
    engine = make_engine(db)
    with make_session_factory(engine).begin() as s:
        s.execute(update(PromotionRow).values(status="paused"))
        cats = list(s.scalars(select(Category.id).order_by(Category.id)))
        for p in promos:
            row = PromotionRow(code=f"bench-{p.id}", name=f"Bench {p.id}", status="active", stage=p.stage,
                               kind=p.kind, percent=p.percent, amount=p.amount, fixed_price=p.fixed_price, buy=p.buy,
                               get=p.get, threshold=p.threshold, repeat=p.repeat,
                               exclusion_group=p.exclusion_group, priority=p.priority, stackable=p.stackable,
                               stop_further=p.stop_further)
            s.add(row)
            s.flush()
            s.add_all(PromotionScope(promotion_id=row.id, kind="category", ref_id=cats[c % len(cats)])
                      for c in p.category_ids)
        rows = s.execute(select(Sku.id, Product.category_id).join(Product, Product.id == Sku.product_id)
                         .where(Sku.status == "on_sale").order_by(Sku.id)).all()
    engine.dispose()
    by_cat: dict[int, list[int]] = {}
    for sku_id, cat in rows:
        by_cat.setdefault(cat, []).append(sku_id)
    picks = [ids[i // len(by_cat)] for i in range(20) for ids in [list(by_cat.values())[i % len(by_cat)]]]
    return tuple((sku_id, 1 + n % 3) for n, sku_id in enumerate(picks))


def through_rpc(db: str | None, runs: int) -> None:
    if db and not db.startswith("sqlite"):
        ensure_database(db)
    db = prepare_db(db)
    cart = store_scenario(db)
    port = free_port()
    server = start_middle_tier(db, port)
    try:
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=120))
        session = conn.root.login("merch", "demo1234")
        price = lambda: session.promotions.price(lines=cart, shipping_fee="10.00")  # noqa: E731
        price()
        base50, base99 = time_calls(session.info, runs)
        p50, p99 = time_calls(price, runs)
        print(f"through RPyC on {make_engine(db).dialect.name} (200 stored promotions, 20 lines): "
              f"p50 {p50:.2f} ms, p99 {p99:.2f} ms; trivial verb p50 {base50:.2f} ms -> {p50 / base50:.1f}x")
        conn.close()
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--db", default=None, help="database URL for the RPyC part (default: a fresh SQLite file)")
    args = ap.parse_args()
    lines, promos = scenario()
    now = dt.datetime(2026, 11, 24, 12)
    times, base = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = price_cart(lines, promos, shipping_fee=Decimal("10.00"), now=now)
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        sum((line.unit_price * line.qty for line in lines), Decimal(0))
        base.append(time.perf_counter() - t0)
    print(f"20 lines, 200 promotions, {args.runs} runs: p50 {pct(times, 50) * 1000:.2f} ms, "
          f"p99 {pct(times, 99) * 1000:.2f} ms; applied {len(result.applied)}, explained {len(result.rejected)} "
          f"rejections; total {result.total} of {sum(p.list_amount for p in result.lines) + Decimal('10.00')}")
    print(f"baseline (summing the list prices once): p50 {pct(base, 50) * 1000:.3f} ms "
          f"-> pricing costs {pct(times, 50) / pct(base, 50):.0f}x that")
    through_rpc(args.db, args.runs)


if __name__ == "__main__":
    main()
