"""The catalog browser's list verb and the client's memory with a large catalog.

    python bench/bench_catalog.py --db mysql+pymysql://root@127.0.0.1:3306/emporium_bench --skus 1000000

Fills the catalog up to --skus SKUs (`emporium-admin seed-demo --bench-skus`: products of 100 SKUs each, kept
between runs), then
1. times catalog.list_skus pages of 200 through RPyC: first page, a deep page by cursor, a category subtree,
   a brand, a code prefix and a scanned barcode (p50/p99);
2. runs the real client model (PagedTableModel in a QTableView, offscreen) in its own process, scrolls through
   --client-rows rows page by page, and reports its resident memory and the longest stall of the GUI thread
   (a 10 ms timer's largest gap).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from common import ROOT, free_port, prepare_db, progress, start_middle_tier, time_calls
from sqlalchemy import func, select

from client.connection import Endpoint, open_connection
from data_tier.catalog import Sku
from data_tier.engine import make_engine
from middle_tier.contract import Page
from middle_tier.demo.bulk import grow_catalog


def fill(url: str, skus: int) -> None:
    """The catalog grown to `skus` SKUs (kept between runs): the product's own bulk loader."""
    engine = make_engine(url)
    t0 = time.perf_counter()
    added = grow_catalog(engine, skus, lambda done, total, what: progress(done, total, what))
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(Sku))
    print(f"  sku holds {have:,} rows" + (f" ({added:,} added in {time.perf_counter() - t0:.0f} s)" if added else ""))
    engine.dispose()


CLIENT = r'''
import os, sys, time, resource
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import rpyc
from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from client.connection import Endpoint
from client.rpc import RpcClient
from client.widgets.paged_model import Column, PagedTableModel
from middle_tier.contract.catalog import SkuRecord

port, rows = int(sys.argv[1]), int(sys.argv[2])
app = QApplication([])
rpc = RpcClient(Endpoint("127.0.0.1", port, timeout=120), language="en")
got = {}
rpc.call("root.login", lambda r: got.update(ok=r), lambda e: got.update(err=e), username="manager", password="demo1234")
while not got:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
model = PagedTableModel(rpc, "catalog.list_skus", SkuRecord,
                        [Column(f, f) for f in ("code", "name", "barcode", "category_name", "brand_name", "list_price",
                                                "cost", "status")], page_size=200)
view = QTableView()
view.setModel(model)
view.resize(1200, 700)
view.show()
ticks = []
timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
start = time.perf_counter()
model.set_filters()
while model.rowCount() < rows and (model.canFetchMore() or model.loading):
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    if not model.loading:
        view.scrollToBottom()
elapsed = time.perf_counter() - start
timer.stop()
gaps = [b - a for a, b in zip(ticks, ticks[1:])]
with open(f"/proc/{os.getpid()}/status") as f:
    rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:")) / 1024
p99 = sorted(gaps)[int(len(gaps) * 0.99)]
print(f"{model.rowCount()} {elapsed:.2f} {rss:.0f} {max(gaps) * 1000:.1f} {p99 * 1000:.1f}")
rpc.shutdown()
'''


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--skus", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--client-rows", type=int, default=50_000)
    args = ap.parse_args()
    from bench_audit import ensure_database

    ensure_database(args.db)
    db = prepare_db(args.db)
    fill(db, args.skus)
    port = free_port()
    server = start_middle_tier(db, port)
    try:
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=120))
        cat = conn.root.login("manager", "demo1234").catalog
        list_skus = cat.list_skus
        page = Page.from_wire(list_skus(page_size=200))
        for _ in range(500):
            page = Page.from_wire(list_skus(page_size=200, cursor=page.next_cursor))
        deep = page.next_cursor
        tea = next(r[0] for r in Page.from_wire(cat.list_categories()).rows if r[2] == "tea")
        food = next(r[0] for r in Page.from_wire(cat.list_categories()).rows if r[2] == "food")
        barcode = Page.from_wire(list_skus(page_size=1, cursor=deep)).rows[0][2]
        cases = {
            "first 200": lambda: list_skus(page_size=200),
            "200 deep (cursor, 100,000 in)": lambda: list_skus(page_size=200, cursor=deep),
            "a leaf category (tea)": lambda: list_skus(page_size=200, category_id=tea),
            "a subtree (food)": lambda: list_skus(page_size=200, category_id=food),
            "one brand": lambda: list_skus(page_size=200, brand_id=3),
            "code prefix BULK000012": lambda: list_skus(page_size=200, search="BULK000012"),
            "a word of the name (scan)": lambda: list_skus(page_size=200, search="tee 001"),
            "scanned barcode": lambda: list_skus(page_size=200, search=barcode),
        }
        engine = make_engine(db)
        with engine.connect() as c:
            total = c.scalar(select(func.count()).select_from(Sku))
        print(f"database: {engine.dialect.name}, {total:,} SKUs; ms per call through RPyC ({args.repeat} calls)")
        for name, call in cases.items():
            p50, p99 = time_calls(call, args.repeat)
            rows = len(Page.from_wire(call()).rows)
            print(f"  {name:<32} rows {rows:>3}  p50 {p50:7.1f}  p99 {p99:7.1f}")
        conn.close()
        out = subprocess.run([sys.executable, "-c", CLIENT, str(port), str(args.client_rows)], cwd=ROOT,
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if out.returncode != 0:
            print(out.stderr[-2000:])
        else:
            loaded, secs, rss, worst, p99 = out.stdout.split()[-5:]
            print(f"client: {int(loaded):,} rows loaded page by page in {float(secs):.1f} s; resident memory {rss} MB; "
                  f"GUI thread: longest gap between 10 ms timer ticks {worst} ms, p99 {p99} ms")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
