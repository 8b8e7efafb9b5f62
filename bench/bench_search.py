"""Site search over a large catalog: p50/p99 per query through RPyC.

    python bench/bench_search.py --db mysql+pymysql://root@127.0.0.1:3306/emporium_search --skus 1000000
    python bench/bench_search.py --db sqlite:////tmp/emporium_search.db --skus 1000000

The catalog is filled as by bench_catalog.py (product names from a vocabulary of Chinese and English words)
and its search tokens written once. Baseline in the same run: the same hits found by LIKE '%word%' on the
names (what a shop without full-text search does).
"""
from __future__ import annotations

import argparse
import time

from bench_audit import ensure_database
from bench_catalog import fill
from common import free_port, pct, prepare_db, start_middle_tier
from sqlalchemy import func, select

from client.connection import Endpoint, open_connection
from data_tier.catalog import Sku
from data_tier.engine import make_engine
from middle_tier.contract import Page

QUERIES = ["绿茶", "真丝 衬衫", "wireless earphones", "保温 水杯", "kids", "茶", "bulk0012345", "手工 钱包 复古",
           "umbrel", "不存在的商品"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--skus", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    if not args.db.startswith("sqlite"):
        ensure_database(args.db)
    db = prepare_db(args.db)
    fill(db, args.skus)
    engine = make_engine(db)
    with engine.connect() as c:
        total = c.scalar(select(func.count()).select_from(Sku))
    port = free_port()
    server = start_middle_tier(db, port)
    try:
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=300))
        cat = conn.root.login("agent", "demo1234").catalog
        print(f"database: {engine.dialect.name}, {total:,} SKUs; search, best 50, through RPyC, ms "
              f"({args.repeat} calls each)")
        all_times = []
        for q in QUERIES:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                page = Page.from_wire(cat.search(query=q, page_size=50, on_sale_only=True))
                times.append(time.perf_counter() - t0)
            all_times += times
            print(f"  {q:<22} rows {len(page.rows):>3}"
                  f"  p50 {pct(times, 50) * 1000:7.1f}  p99 {pct(times, 99) * 1000:7.1f}")
        print(f"  all queries             p50 {pct(all_times, 50) * 1000:7.1f}  p99 {pct(all_times, 99) * 1000:7.1f}")
        with engine.connect() as c:
            t0 = time.perf_counter()
            c.execute(select(Sku.id).where(Sku.name.like("%真丝%"), Sku.name.like("%衬衫%")).limit(50)).all()
            like = time.perf_counter() - t0
        print(f"  baseline LIKE '%真丝%' AND '%衬衫%' on names, first 50: {like * 1000:.0f} ms")
        conn.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
