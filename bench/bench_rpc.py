"""Round trip of a trivial authenticated verb (session.system.ping) against a bare RPyC echo, same run.

    python bench/bench_rpc.py [--db URL] [--calls 2000] [--clients 1,4,16]

Each client is its own process with one connection (as workstations are). Prints p50/p99 per call,
calls/s in total, the ratio of our p50 to the echo's, and the middle tier's resident memory after the
largest run.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time

from common import free_port, pct, prepare_db, rss_mb, start_middle_tier, start_process

from client.connection import Endpoint, open_connection


def _client(kind: str, port: int, calls: int, barrier, out) -> None:  # type: ignore[no-untyped-def]
    conn = open_connection(Endpoint("127.0.0.1", port))
    if kind == "echo":
        call = conn.root.echo
        args: tuple = ("ping",)
    else:
        session = conn.root.login("manager", "demo1234")
        if kind == "verb":
            call, args = session.system.ping, ()
        else:   # a one-row read: session check, permission check, a SELECT, a record on the wire
            user_id = session.info()[1]

            def call(user_id: int = user_id) -> tuple:   # type: ignore[misc]
                return get_user(user_id=user_id)

            get_user, args = session.system.get_user, ()
    for _ in range(100):
        call(*args)
    barrier.wait()
    times = []
    start = time.perf_counter()
    for _ in range(calls):
        t0 = time.perf_counter()
        call(*args)
        times.append(time.perf_counter() - t0)
    out.put((times, time.perf_counter() - start))
    conn.close()


def run(kind: str, port: int, clients: int, calls: int) -> tuple[float, float, float]:
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(clients), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(kind, port, calls, barrier, out)) for _ in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    times = [t for r in results for t in r[0]]
    wall = max(r[1] for r in results)
    return pct(times, 50) * 1000, pct(times, 99) * 1000, clients * calls / wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--calls", type=int, default=2000, help="calls per client")
    ap.add_argument("--clients", default="1,4,16")
    args = ap.parse_args()
    db = prepare_db(args.db)
    echo_port, mt_port = free_port(), free_port()
    echo = start_process(["bench/echo_server.py", "--port", str(echo_port)], echo_port)
    server = start_middle_tier(db, mt_port)
    print(f"database: {db.split('://')[0]}; {args.calls} calls per client; ms per call")
    print("verb = session.system.ping (checks the login session in the database every 5 s per connection);")
    print("read = session.system.get_user (one SELECT per call)")
    print(f"{'clients':>7} | {'echo p50':>8} {'echo p99':>8} {'echo/s':>8} | {'verb p50':>8} {'verb p99':>8} "
          f"{'verb/s':>8} | {'p50 ratio':>9} | {'read p50':>8} {'read p99':>8} {'read/s':>8}")
    try:
        for n in [int(x) for x in args.clients.split(",")]:
            e50, e99, eps = run("echo", echo_port, n, args.calls)
            v50, v99, vps = run("verb", mt_port, n, args.calls)
            r50, r99, rps = run("read", mt_port, n, args.calls)
            print(f"{n:>7} | {e50:8.3f} {e99:8.3f} {eps:8.0f} | {v50:8.3f} {v99:8.3f} {vps:8.0f} | {v50 / e50:9.2f} | "
                  f"{r50:8.3f} {r99:8.3f} {rps:8.0f}")
        print(f"middle tier resident memory after the runs: {rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        echo.terminate()


if __name__ == "__main__":
    main()
