"""One middle tier, three middle tiers, and three middle tiers on a three-node Galera cluster, in one run.

    bash scripts/cluster.sh start-db          # the loopback cluster (3311-3313); the system MariaDB on 3306
    python bench/bench_cluster.py [--slice 4] [--rounds 3] [--clients 4,16]

Configurations (each a set of middle-tier processes started here, on ports of their own):
  one     1 middle tier on the single server (127.0.0.1:3306)
  three   3 middle tiers on the single server
  galera  3 middle tiers on the cluster, each writing to its own node (the others listed for fail-over)
  single  3 middle tiers on the cluster, every write to node 1, reads from the tier's own node
  nocausal  as galera, with --causal-reads off (only for the read workload: what the causality wait costs)
Workloads: reserve-and-ship (reserve 1 unit for an order, ship it: two writing verbs, one bin move; each client
on its own SKU) and a stock query (wms.sku_stock, a read). Clients are separate processes (drivers with a thread
per client), spread round-robin over a configuration's tiers. Configurations are interleaved in short slices,
`--rounds` times, and each figure is the median of its slices: the machine's noise falls on all alike.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
import uuid
from typing import Any

from bench_wms import setup
from common import ROOT, free_port, prepare_db, start_process
from sqlalchemy import text

from data_tier.engine import make_engine

SINGLE = "mysql+pymysql://root@127.0.0.1:3306/bench_cluster"
NODES = [f"127.0.0.1:{3310 + i}" for i in (1, 2, 3)]
CLUSTER = "mysql+pymysql://root@127.0.0.1:3311/bench_cluster"


def fresh_database(url: str) -> None:
    server = make_engine(url.rsplit("/", 1)[0] + "/")
    with server.begin() as c:
        c.execute(text("DROP DATABASE IF EXISTS bench_cluster"))
        c.execute(text("CREATE DATABASE bench_cluster CHARACTER SET utf8mb4"))
    server.dispose()


def tier(db: str, port: int, *options: str) -> subprocess.Popen:
    return start_process(["-m", "middle_tier.server", "--db", db, "--port", str(port), "--log-level", "WARNING",
                          *options], port)


def own_first(i: int) -> str:
    return ",".join(NODES[i:] + NODES[:i])


# ---- a driver process: runs client threads on command --------------------------------------------------------

def drive() -> None:
    """Reads commands {"ports": [...], "clients": [indexes], "work": ..., "seconds": s} on stdin; answers the calls
    done on stdout. Sessions are kept per (port, client)."""
    from client.connection import Endpoint, open_connection

    sessions: dict[tuple[int, int], Any] = {}
    for line in sys.stdin:
        cmd = json.loads(line)
        w, skus = cmd["warehouse"], cmd["skus"]
        pairs = [(cmd["ports"][i % len(cmd["ports"])], i) for i in cmd["clients"]]
        for key in pairs:
            if key not in sessions:
                sessions[key] = open_connection(Endpoint("127.0.0.1", key[0], timeout=60)).root.login("clerk",
                                                                                                     "demo1234")
        done = dict.fromkeys(cmd["clients"], 0)
        stop = time.monotonic() + cmd["seconds"]

        def loop(session: Any, i: int, sku: int, w: int, write: bool, stop: float, done: dict[int, int]) -> None:
            while time.monotonic() < stop:
                if write:
                    ref = f"b-{uuid.uuid4().hex[:14]}"
                    session.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w, sku_id=sku, qty=1)
                    session.wms.ship(doc_type="order", doc_ref=ref)
                else:
                    session.wms.sku_stock(sku_id=sku)
                done[i] += 1

        threads = [threading.Thread(target=loop, args=(sessions[key], key[1], skus[key[1] % len(skus)], w,
                                                       cmd["work"] == "write", stop, done)) for key in pairs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(json.dumps(sum(done.values())), flush=True)


class Drivers:
    def __init__(self, n: int) -> None:
        self.procs = [subprocess.Popen([sys.executable, __file__, "--drive"], cwd=ROOT, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True) for _ in range(n)]

    def run(self, ports: list[int], clients: int, work: str, seconds: float, setup_: dict[str, Any]) -> float:
        """Calls per second of `clients` clients spread over the drivers."""
        share = [list(range(clients))[d::len(self.procs)] for d in range(len(self.procs))]
        for proc, mine in zip(self.procs, share):
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({"ports": ports, "clients": mine, "work": work, "seconds": seconds,
                                         **setup_}) + "\n")
            proc.stdin.flush()
        total = 0
        for proc in self.procs:
            assert proc.stdout is not None
            total += json.loads(proc.stdout.readline())
        return total / seconds

    def close(self) -> None:
        for p in self.procs:
            assert p.stdin is not None
            p.stdin.close()
            p.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", type=float, default=4, help="seconds per slice")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--clients", default="4,16")
    ap.add_argument("--drive", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.drive:
        drive()
        return
    print("Preparing the databases (single server and cluster) ...", flush=True)
    for url in (SINGLE, CLUSTER):
        fresh_database(url)
        prepare_db(url)
    places = {name: setup(url, 64) for name, url in (("single", SINGLE), ("cluster", CLUSTER))}
    procs: list[subprocess.Popen] = []
    configs: dict[str, tuple[list[int], str]] = {}

    def start(name: str, db_kind: str, options: list[list[str]]) -> None:
        ports = []
        for opts in options:
            port = free_port()
            procs.append(tier(SINGLE if db_kind == "single" else CLUSTER, port, *opts))
            ports.append(port)
        configs[name] = (ports, db_kind)

    try:
        start("one", "single", [[]])
        start("three", "single", [[], [], []])
        start("galera", "cluster", [["--db-hosts", own_first(i)] for i in range(3)])
        start("single", "cluster", [["--db-hosts", ",".join(NODES), "--read-db-hosts", own_first(i)]
                                    for i in range(3)])
        start("nocausal", "cluster", [["--db-hosts", own_first(i), "--causal-reads", "off"] for i in range(3)])
        counts = [int(c) for c in args.clients.split(",")]
        drivers = Drivers(4)
        results: dict[tuple[str, str, int], list[float]] = {}
        plan = [(work, name, n) for work in ("write", "read") for n in counts
                for name in configs if not (work == "write" and name == "nocausal")]
        for r in range(args.rounds):
            for work, name, n in plan:
                ports, kind = configs[name]
                w, skus, _bin = places[kind]
                rate = drivers.run(ports, n, work, args.slice, {"warehouse": w, "skus": skus})
                results.setdefault((work, name, n), []).append(rate)
            print(f"  round {r + 1} of {args.rounds} done", flush=True)
        drivers.close()
        for work, title in (("write", "reserve-and-ship (two writing verbs) per second"),
                            ("read", "stock queries (one reading verb) per second")):
            print(f"\n{title}, median of {args.rounds} slices of {args.slice:.0f} s:")
            for n in counts:
                base = statistics.median(results[(work, "one", n)])
                line = [f"{name} {statistics.median(v):7.1f} ({statistics.median(v) / base:4.2f}x)"
                        for (wk, name, k), v in results.items() if wk == work and k == n]
                print(f"  {n:>2} clients: " + ", ".join(line))
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait()


if __name__ == "__main__":
    main()
