"""Pricing a 20-line cart against 200 active promotions, in-process (the engine core, middle_tier/pricing.py).

    python bench/bench_pricing.py [--runs 300]

Baseline in the same run: summing the same cart's list prices (the cost of touching every line once).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from decimal import Decimal

from common import pct

from middle_tier.pricing import Line, Promotion, price_cart


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
            fixed_price=Decimal(rnd.randint(300, 800)), buy=2, get=1, threshold=Decimal(rnd.randint(100, 3000)),
            repeat=rnd.random() < 0.3,
            # item promotions target a category; store-level offers may cover the whole cart
            category_ids=frozenset({rnd.randint(1, 8)}) if stage != "order" or rnd.random() < 0.5 else frozenset(),
            exclusion_group=rnd.choice(["a", "b", "c", "d", "e", "f"]), priority=rnd.randint(1, 9),
            stackable=rnd.random() < 0.05, stop_further=rnd.random() < 0.1))
    return lines, promos


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=300)
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


if __name__ == "__main__":
    main()
