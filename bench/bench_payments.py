"""Hold and capture of a payment with points and a bank-direct remainder, on MariaDB.

    python bench/bench_payments.py --db mysql+pymysql://root@127.0.0.1:3306/emporium_pay [--seconds 8]

Through RPyC (a middle tier in its own process; `payments.hold_tenders` then finance's `confirm_bank_transfer`: two
writing verbs) with 1, 4 and 16 clients, each paying for its own customer (points pay 1.00 of 8.00, the bank the
rest), beside the same ledger work as raw SQL over PyMySQL in the same run (per payment: two conditional holds with
their transfer rows, then two posts and the gateway's transfer, in two transactions): the ratio is the middle
tier's overhead (plan, validation, ORM, the payment and tender rows, the audit entries, the checks).
"""
from __future__ import annotations

import argparse
import datetime as dt
import uuid

import pymysql
from bench_audit import ensure_database
from bench_wms import run_clients
from common import free_port, prepare_db, start_middle_tier

from client.connection import Endpoint, open_connection
from data_tier.engine import make_engine

RAW_HOLD = (
    "UPDATE ledger_account SET held = held + %(a)s WHERE id = %(acc)s AND posted - held >= %(a)s",
    ("INSERT INTO ledger_transfer (`key`, kind, unit, from_account_id, to_account_id, amount, state, order_ref, "
     "refund_no, note, created_by, created_at, expires_at) VALUES (%(key)s, 'sale', 'CNY', %(acc)s, %(rev)s, %(a)s, "
     "'pending', %(ref)s, '', '', 'bench', NOW(6), NOW(6))"),
)
RAW_POST = (
    "UPDATE ledger_transfer SET state = 'posted', ended_at = NOW(6) WHERE `key` = %(key)s AND state = 'pending'",
    "UPDATE ledger_account SET held = held - %(a)s, posted = posted - %(a)s WHERE id = %(acc)s",
    "UPDATE ledger_account SET posted = posted + %(a)s WHERE id = %(rev)s",
)
RAW_GATEWAY = (
    ("INSERT INTO ledger_transfer (`key`, kind, unit, from_account_id, to_account_id, amount, state, order_ref, "
     "refund_no, note, created_by, created_at, ended_at) VALUES (%(key)s, 'sale', 'CNY', %(rev)s, %(rev2)s, "
     "%(a)s, 'posted', %(ref)s, '', '', 'bench', NOW(6), NOW(6))"),
    "UPDATE ledger_account SET posted = posted - %(a)s WHERE id = %(rev)s",
    "UPDATE ledger_account SET posted = posted + %(a)s WHERE id = %(rev2)s",
)


def raw_payment(conn, accounts: list[int], revenue: int, ref: str, other: int) -> None:  # type: ignore
    with conn.cursor() as cur:
        for i, acc in enumerate(accounts):
            for sql in RAW_HOLD:
                cur.execute(sql, {"a": "1.00", "acc": acc, "rev": revenue, "key": f"{ref}:{i}", "ref": ref})
    conn.commit()
    with conn.cursor() as cur:
        for i, acc in enumerate(accounts):
            for sql in RAW_POST:
                cur.execute(sql, {"a": "1.00", "acc": acc, "rev": revenue, "key": f"{ref}:{i}"})
        for sql in RAW_GATEWAY:
            cur.execute(sql, {"a": "7.00", "rev": revenue, "rev2": other, "key": f"{ref}:g", "ref": ref})
    conn.commit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a MariaDB URL (mysql+pymysql://...)")
    ap.add_argument("--seconds", type=float, default=8)
    args = ap.parse_args()
    ensure_database(args.db)
    db = prepare_db(args.db)
    port = free_port()
    server = start_middle_tier(db, port)
    url = make_engine(db).url
    try:
        admin = open_connection(Endpoint("127.0.0.1", port, timeout=60)).root.login("admin", "demo1234")
        expires = (dt.date.today() + dt.timedelta(days=365)).isoformat()
        print(f"hold + capture of a three-tender payment, {args.seconds:.0f} s per run")
        for n in (1, 4, 16):
            sessions, customers, cards = [], [], []
            batch = admin.payments.create_gift_card_batch(kind="e_card", count=n, face_value="100000.00",
                                                          expires_on=expires)
            issued = admin.payments.issue_gift_cards(batch_id=batch[0], count=n)
            for i in range(n):
                customer = f"BENCH-{n}-{i}-{uuid.uuid4().hex[:6]}"
                admin.payments.top_up_balance(customer_ref=customer, amount="100000.00",
                                              request_id=uuid.uuid4().hex)
                admin.payments.adjust_wallet(customer_ref=customer, unit="PTS", amount="10000000", reason="bench",
                                             request_id=uuid.uuid4().hex)
                code, pin = issued[i]
                admin.payments.activate_gift_card(code=code, order_ref=f"GC-{customer}", paid_with="cash")
                customers.append(customer)
                cards.append((code, pin))
                sessions.append(open_connection(Endpoint("127.0.0.1", port, timeout=60)).root.login("admin",
                                                                                                    "demo1234"))

            def rpc(i: int, k: int, sessions: list = sessions, customers: list = customers,
                    cards: list = cards) -> None:
                s = sessions[i]
                held = s.payments.hold_tenders(order_ref=f"B-{uuid.uuid4().hex[:16]}", customer_ref=customers[i],
                                               payable="8.00", points=100, use_balance=False, gateway="bank")
                payment = held[5]
                s.payments.confirm_bank_transfer(payment_number=payment[1], bank_reference=uuid.uuid4().hex[:20],
                                                 amount=payment[8])

            ours = run_clients(n, args.seconds, rpc)
            engine = make_engine(db)
            with engine.connect() as c:
                from sqlalchemy import text
                accounts = [[c.execute(text("SELECT id FROM ledger_account WHERE code = :c"),       # balance: CNY
                                       {"c": f"balance:{customers[i]}"}).scalar()] * 2 for i in range(n)]
                revenue = c.execute(text("SELECT id FROM ledger_account WHERE code = 'revenue'")).scalar()
                other = c.execute(text("SELECT id FROM ledger_account WHERE code = 'cash'")).scalar()
            engine.dispose()
            conns = [pymysql.connect(host=url.host, port=url.port or 3306, user=url.username,
                                     password=url.password or "", database=url.database) for _ in range(n)]
            def sql(i: int, k: int, conns: list = conns, accounts: list = accounts, revenue: int = revenue,
                    other: int = other) -> None:
                raw_payment(conns[i], accounts[i][:2], revenue, f"raw-{uuid.uuid4().hex[:16]}", other)

            raw = run_clients(n, args.seconds, sql)
            for c2 in conns:
                c2.close()
            print(f"  {n:>2} client(s): raw SQL {raw / args.seconds:7.1f}/s, through RPyC {ours / args.seconds:7.1f}/s"
                  f" -> {100 * ours / raw:.0f} % of raw")
        print("ledger check:", "balanced" if admin.payments.ledger_check() == () else "DIFFERENCES")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
