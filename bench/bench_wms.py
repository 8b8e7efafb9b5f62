"""Warehouse throughput and stock query on MariaDB.

    python bench/bench_wms.py --db mysql+pymysql://root@127.0.0.1:3306/emporium_wms [--moves 1000000] [--seconds 10]
        [--workers 2] [--floor]

1. Reserve-and-ship (reserve 1 unit of a SKU for an order, then ship it: two verbs, one bin move) through RPyC
   with 1, 4 and 16 clients, beside the same work written as raw SQL over PyMySQL in the same run (one
   connection per client, the same conditional UPDATEs and INSERTs in two transactions): the ratio is our
   overhead. Target: at least 50 % of the raw rate at 4 clients. With `--floor`, also the same raw transactions
   behind plain RPyC calls (one call per transaction, run by PyMySQL or by SQLAlchemy Core in a server process):
   what RPyC and a Python server cost before any login check, validation, ORM or audit entity.
2. The stock query for one SKU (on hand, reserved, available, per bin) with `--moves` moves in the ledger:
   p50/p99 through RPyC. Target: p99 <= 50 ms at 1,000,000 moves.
"""
from __future__ import annotations

import argparse
import threading
import time
import uuid
from typing import Any

import pymysql
import rpyc
from bench_audit import ensure_database
from common import free_port, prepare_db, progress, start_middle_tier, start_process, time_calls
from rpyc.utils.helpers import classpartial
from sqlalchemy import func, select, text

from client.connection import Endpoint, open_connection
from data_tier.catalog import Sku
from data_tier.engine import make_engine
from data_tier.wms import Location, StockMove, Warehouse
from middle_tier.server import NoDelayThreadedServer, server_config


def setup(db: str, skus: int) -> tuple[int, list[int], int]:
    """A bench warehouse with one bin, lots of stock for `skus` SKUs; returns (warehouse, SKUs, bin)."""
    engine = make_engine(db)
    with engine.begin() as c:
        w = c.scalar(select(Warehouse.id).where(Warehouse.code == "bench"))
        if w is None:
            c.execute(Warehouse.__table__.insert().values(code="bench", name="Bench", is_active=True, version=1))
            w = c.scalar(select(Warehouse.id).where(Warehouse.code == "bench"))
            c.execute(Location.__table__.insert().values(warehouse_id=w, code="BIN", name="", kind="storage",
                                                         zone="", pick_order=1, capacity=0, is_active=True,
                                                         version=1))
        bin_id = c.scalar(select(Location.id).where(Location.warehouse_id == w, Location.code == "BIN"))
        ids = list(c.scalars(select(Sku.id).where(Sku.status == "on_sale").order_by(Sku.id).limit(skus)))
        supplier = c.scalar(select(Location.id).where(Location.warehouse_id.is_(None), Location.kind == "supplier"))
        for sku in ids:     # plenty of stock, booked as a receipt like any other
            c.execute(text("INSERT INTO stock_balance (location_id, sku_id, lot_id, qty) VALUES (:b, :s, 0, 10000000)"
                           " ON DUPLICATE KEY UPDATE qty = qty + 10000000"), {"b": bin_id, "s": sku})
            c.execute(text("INSERT INTO stock_level (warehouse_id, sku_id, on_hand, reserved) VALUES (:w, :s, "
                           "10000000, 0) ON DUPLICATE KEY UPDATE on_hand = on_hand + 10000000"), {"w": w, "s": sku})
            c.execute(StockMove.__table__.insert().values(sku_id=sku, qty=10000000, from_location_id=supplier,
                                                          to_location_id=bin_id, lot_id=0, reason="receipt",
                                                          doc_type="receipt", doc_ref="BENCH", username="bench"))
    engine.dispose()
    return w, ids, bin_id


RAW_RESERVE = (
    ("UPDATE stock_level SET reserved = reserved + 1 WHERE warehouse_id=%(w)s AND sku_id=%(sku)s "
     "AND on_hand - reserved >= 1"),
    ("INSERT INTO stock_reservation (warehouse_id, sku_id, qty, doc_type, doc_ref, state, created_at, updated_at) "
     "VALUES (%(w)s, %(sku)s, 1, 'order', %(ref)s, 'open', NOW(6), NOW(6))"),
    ("INSERT INTO audit_log (at, username, client_addr, verb, record_type, record_id, records, changes) "
     "VALUES (NOW(6), 'bench', '', 'raw.reserve', 'stock_reservation', '', '', '')"),
)
RAW_SHIP = (
    "SELECT id FROM stock_reservation WHERE doc_type='order' AND doc_ref=%(ref)s AND state='open' FOR UPDATE",
    ("UPDATE stock_balance SET qty = qty - 1 WHERE location_id=%(bin)s AND sku_id=%(sku)s AND lot_id=0 "
     "AND qty >= 1"),
    ("UPDATE stock_level SET on_hand = on_hand - 1, reserved = reserved - 1 WHERE warehouse_id=%(w)s "
     "AND sku_id=%(sku)s AND reserved >= 1 AND on_hand - 1 >= reserved - 1"),
    ("INSERT INTO stock_move (at, sku_id, qty, from_location_id, to_location_id, lot_id, reason, doc_type, doc_ref, "
     "username) VALUES (NOW(6), %(sku)s, 1, %(bin)s, %(customer)s, 0, 'ship', 'order', %(ref)s, 'bench')"),
    "UPDATE stock_reservation SET state='shipped' WHERE doc_type='order' AND doc_ref=%(ref)s",
    ("INSERT INTO audit_log (at, username, client_addr, verb, record_type, record_id, records, changes) "
     "VALUES (NOW(6), 'bench', '', 'raw.ship', 'stock_reservation', '', '', '')"),
)


def raw_transaction(conn, statements: tuple[str, ...], args: dict) -> None:  # type: ignore[no-untyped-def]
    with conn.cursor() as cur:
        for sql in statements:
            cur.execute(sql, args)
    conn.commit()


def raw_reserve_and_ship(conn, w: int, sku: int, bin_id: int, customer: int, ref: str) -> None:  # type: ignore
    args = {"w": w, "sku": sku, "bin": bin_id, "customer": customer, "ref": ref}
    raw_transaction(conn, RAW_RESERVE, args)
    raw_transaction(conn, RAW_SHIP, args)


class FloorService(rpyc.Service):
    """The floor of any middle tier on this stack (`--floor`): the raw transactions behind RPyC calls, one call
    per transaction as ours, on a connection per serving thread (PyMySQL) or through SQLAlchemy Core and its
    pool; no login check, validation, ORM or audit entity."""

    def __init__(self, db: str) -> None:
        self._db = db
        self._local = threading.local()

    def _conn(self):  # type: ignore[no-untyped-def]
        if not hasattr(self._local, "conn"):
            url = make_engine(self._db).url
            self._local.conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.username,
                                               password=url.password or "", database=url.database)
            with self._local.conn.cursor() as cur:
                cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
        return self._local.conn

    def exposed_raw(self, phase: str, w: int, sku: int, bin_id: int, customer: int, ref: str) -> None:
        raw_transaction(self._conn(), RAW_RESERVE if phase == "reserve" else RAW_SHIP,
                        {"w": w, "sku": sku, "bin": bin_id, "customer": customer, "ref": ref})

    def exposed_core(self, phase: str, w: int, sku: int, bin_id: int, customer: int, ref: str) -> None:
        with FLOOR_ENGINE.begin() as c:
            for sql in CORE_RESERVE if phase == "reserve" else CORE_SHIP:
                c.execute(sql, {"w": w, "sku": sku, "bin": bin_id, "customer": customer, "ref": ref})


FLOOR_ENGINE = None
CORE_RESERVE = tuple(text(sql.replace("%(", ":").replace(")s", "")) for sql in RAW_RESERVE)
CORE_SHIP = tuple(text(sql.replace("%(", ":").replace(")s", "")) for sql in RAW_SHIP)


def serve_floor(db: str, port: int) -> None:
    global FLOOR_ENGINE
    FLOOR_ENGINE = make_engine(db)
    server = NoDelayThreadedServer(classpartial(FloorService, db), hostname="127.0.0.1", port=port,
                                   protocol_config=server_config(), auto_register=False)
    server.start()


def run_clients(n: int, seconds: float, work) -> int:  # type: ignore[no-untyped-def]
    """Run `work(client_index, iteration)` in n threads for `seconds`; returns the iterations done."""
    done = [0] * n
    stop = time.monotonic() + seconds

    def loop(i: int) -> None:
        k = 0
        while time.monotonic() < stop:
            work(i, k)
            k += 1
        done[i] = k

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done)


def fill_moves(db: str, total: int, skus: list[int], bin_id: int) -> None:
    """Grow the ledger to `total` moves (bin to bin and back, so balances stay as they are)."""
    engine = make_engine(db)
    with engine.connect() as c:
        have = c.scalar(select(func.count()).select_from(StockMove))
    if have >= total:
        return
    with engine.begin() as c:
        other = c.scalar(select(Location.id).where(Location.code == "RECV").limit(1)) or bin_id
    batch = 20_000
    done = have
    while done < total:
        n = min(batch, total - done)
        rows = [{"sku_id": skus[(done + i) % len(skus)], "qty": 1, "from_location_id": bin_id if i % 2 else other,
                 "to_location_id": other if i % 2 else bin_id, "lot_id": 0, "reason": "transfer", "doc_type": "",
                 "doc_ref": "", "username": "bench"} for i in range(n)]
        with engine.begin() as c:
            c.execute(StockMove.__table__.insert(), rows)
        done += n
        progress(done, total, "moves")
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a MariaDB URL (mysql+pymysql://...)")
    ap.add_argument("--moves", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--workers", type=int, default=1, help="middle-tier worker processes (one per core is sensible)")
    ap.add_argument("--floor", action="store_true",
                    help="also measure the raw transactions behind plain RPyC calls (the floor of any middle tier)")
    ap.add_argument("--serve-floor", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_floor:
        serve_floor(args.db, args.serve_floor)
        return
    ensure_database(args.db)
    db = prepare_db(args.db)
    w, skus, bin_id = setup(db, 64)
    engine = make_engine(db)
    with engine.connect() as c:
        customer = c.scalar(select(Location.id).where(Location.warehouse_id.is_(None), Location.kind == "customer"))
    url = engine.url
    port = free_port()
    server = start_middle_tier(db, port, args.workers)
    floor, floor_port = None, free_port()
    if args.floor:
        floor = start_process(["bench/bench_wms.py", "--db", db, "--serve-floor", str(floor_port)], floor_port)
    try:
        print(f"reserve-and-ship, {args.seconds:.0f} s per run, each client on its own SKU, {args.workers} worker(s)")
        for n in (1, 4, 16):
            raw_conns = [pymysql.connect(host=url.host, port=url.port or 3306, user=url.username,
                                         password=url.password or "", database=url.database) for _ in range(n)]
            for c in raw_conns:
                with c.cursor() as cur:
                    cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
            raw = run_clients(n, args.seconds, lambda i, k, raw_conns=raw_conns: raw_reserve_and_ship(
                raw_conns[i], w, skus[i], bin_id, customer, f"raw-{uuid.uuid4().hex[:12]}"))
            for c in raw_conns:
                c.close()
            sessions = [open_connection(Endpoint("127.0.0.1", port, timeout=60)).root.login("clerk", "demo1234")
                        for _ in range(n)]

            def rpc(i: int, k: int, sessions: list[Any] = sessions) -> None:
                ref = f"rpc-{uuid.uuid4().hex[:12]}"
                sessions[i].wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w, sku_id=skus[i], qty=1)
                sessions[i].wms.ship(doc_type="order", doc_ref=ref)

            ours = run_clients(n, args.seconds, rpc)
            print(f"  {n:>2} client(s): raw SQL {raw / args.seconds:7.1f}/s, through RPyC {ours / args.seconds:7.1f}/s"
                  f" -> {100 * ours / raw:.0f} % of raw")
            if floor is not None:
                conns = [rpyc.connect("127.0.0.1", floor_port, config={"sync_request_timeout": 60}) for _ in range(n)]
                for how in ("raw", "core"):
                    def call(i: int, k: int, how: str = how, conns: list[rpyc.Connection] = conns) -> None:
                        ref = f"{how}-{uuid.uuid4().hex[:12]}"
                        for phase in ("reserve", "ship"):
                            getattr(conns[i].root, how)(phase, w, skus[i], bin_id, customer, ref)
                    done = run_clients(n, args.seconds, call)
                    via = "PyMySQL" if how == "raw" else "SQLAlchemy Core"
                    print(f"      floor, the raw transactions behind RPyC calls ({via}):"
                          f" {done / args.seconds:7.1f}/s -> {100 * done / raw:.0f} % of raw")
                for c in conns:
                    c.close()
        fill_moves(db, args.moves, skus, bin_id)
        with engine.connect() as c:
            total = c.scalar(select(func.count()).select_from(StockMove))
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=60))
        session = conn.root.login("clerk", "demo1234")
        p50, p99 = time_calls(lambda: session.wms.sku_stock(sku_id=skus[3]), 200)
        b50, _ = time_calls(session.info, 200)
        print(f"stock query for one SKU with {total:,} moves: p50 {p50:.2f} ms, p99 {p99:.2f} ms "
              f"(trivial verb p50 {b50:.2f} ms)")
    finally:
        for proc in (server, floor):
            if proc is not None:
                proc.terminate()
                proc.wait()


if __name__ == "__main__":
    main()
