"""Fetching one 500-row page of the operation log through RPyC with a large audit_log table.

    python bench/bench_audit.py --db mysql+pymysql://root@127.0.0.1:3306/emporium_bench --rows 1000000

Fills audit_log up to --rows entries (kept between runs), then times list_audit pages of 500 rows:
the newest page, a page deep in the log (by cursor), and pages filtered by user, by verb and by record.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random

from common import free_port, prepare_db, progress, start_middle_tier, time_calls
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from client.connection import Endpoint, open_connection
from data_tier.engine import make_engine
from data_tier.system import AuditLog
from middle_tier.contract import Page

USERS = ["admin", "merch", "buyer", "clerk", "agent", "finance", "manager"]
VERBS = ["system.update_user", "catalog.update_sku", "wms.confirm_pick", "orders.submit", "promotions.save",
         "session.login", "purchasing.approve_po"]


def ensure_database(url: str) -> None:
    u = make_url(url)
    if u.get_backend_name() in ("mysql", "mariadb"):
        server = make_engine(u.set(database="").render_as_string(hide_password=False))
        with server.begin() as conn:
            conn.execute(text(f"CREATE DATABASE IF NOT EXISTS `{u.database}` CHARACTER SET utf8mb4"))
        server.dispose()


def fill(url: str, rows: int) -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(AuditLog)) or 0
    if have >= rows:
        print(f"  audit_log holds {have:,} entries")
        return
    rnd = random.Random(7)
    start = dt.datetime(2025, 1, 1)
    batch = 10_000
    done = have
    while done < rows:
        n = min(batch, rows - done)
        values = []
        for i in range(done, done + n):
            user = rnd.randrange(len(USERS))
            values.append({
                "at": start + dt.timedelta(seconds=30 * i), "user_id": user + 1, "username": USERS[user],
                "client_addr": f"10.0.{user}.{i % 250}:5{i % 1000:03d}", "verb": VERBS[i % len(VERBS)],
                "record_type": "sku", "record_id": str(i % 50_000), "records": str(i % 50_000),
                "changes": json.dumps({"price": ["199.00", "179.00"], "status": ["draft", "on_sale"]}),
                "request_id": None, "session_id": None,
            })
        with engine.begin() as conn:
            conn.execute(insert(AuditLog), values)
        done += n
        progress(done, rows, "filling audit_log")
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    ensure_database(args.db)
    db = prepare_db(args.db)
    fill(db, args.rows)
    port = free_port()
    server = start_middle_tier(db, port)
    try:
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=120))
        session = conn.root.login("manager", "demo1234")
        list_audit = session.system.list_audit
        first = Page.from_wire(list_audit(page_size=500))
        cursor = first.next_cursor
        for _ in range(args.rows // 1000):          # walk ~half way down the log by cursor
            cursor = Page.from_wire(list_audit(page_size=500, cursor=cursor)).next_cursor
        deep = cursor
        cases = {
            "newest 500": lambda: list_audit(page_size=500),
            "500 half-way down (cursor)": lambda: list_audit(page_size=500, cursor=deep),
            "500 of one user": lambda: list_audit(page_size=500, username="clerk"),
            "500 of one verb": lambda: list_audit(page_size=500, verb="wms.confirm_pick"),
            "one record's history": lambda: list_audit(page_size=500, record_type="sku", record_id="4242"),
            "500 in a date range": lambda: list_audit(page_size=500, date_from="2025-03-01", date_to="2025-03-02"),
        }
        print(f"database: {make_url(db).get_backend_name()}, audit_log rows: {args.rows:,}; ms per call "
              f"({args.repeat} calls each, through RPyC)")
        for name, call in cases.items():
            p50, p99 = time_calls(call, args.repeat)
            rows = len(Page.from_wire(call()).rows)
            print(f"  {name:<28} rows {rows:>3}  p50 {p50:7.1f}  p99 {p99:7.1f}")
        conn.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
