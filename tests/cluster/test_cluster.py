"""The cluster deployment, for real: three MariaDB Galera nodes, three middle tiers (one per node, each listing the
other nodes for fail-over), HAProxy in front of the tiers, all on loopback (scripts/cluster.sh). Run by
`bash scripts/run-cluster-tests.sh` (and CI after the two suites); skipped when no cluster is running.

Clients through HAProxy race for a scarce SKU, log in at once, and keep reserving and shipping while a node is
killed and rejoins: nothing oversold, lost or doubled, nothing but retryable answers, equal checksums and clean
ledgers on every node.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from client.connection import Endpoint, open_connection
from data_tier.engine import database_ready, make_engine
from data_tier.wms import StockLevel, StockReservation
from middle_tier.contract import E_BUSY, E_CONFLICT, E_DB_UNAVAILABLE, E_OUTCOME_UNKNOWN, Page, error_from_remote
from middle_tier.contract.catalog import SkuRecord
from middle_tier.contract.wms import LocationRecord, WarehouseRecord
from tests.conftest import logged_in, new_request_id, race, unique

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.skipif(not os.environ.get("EMPORIUM_CLUSTER"),
                       reason="no cluster running (scripts/run-cluster-tests.sh)"),
]

ROOT = Path(__file__).resolve().parents[2]
BALANCER = Endpoint("127.0.0.1", 18870, timeout=60)
TIERS = [Endpoint("127.0.0.1", 18870 + i, timeout=60) for i in (1, 2, 3)]
NODES = [f"mysql+pymysql://root@127.0.0.1:{3310 + i}/emporium" for i in (1, 2, 3)]
RETRYABLE = {E_BUSY, E_DB_UNAVAILABLE, E_OUTCOME_UNKNOWN}
PASSWORD = "demo1234"


def cluster(*args: str) -> str:
    done = subprocess.run(["bash", str(ROOT / "scripts" / "cluster.sh"), *args], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"cluster.sh {' '.join(args)}: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    return done.stdout


def admin(endpoint: Endpoint = BALANCER) -> Any:
    return open_connection(endpoint).root.login("admin", PASSWORD)


def stocked_sku(session: Any, qty: int) -> tuple[WarehouseRecord, SkuRecord]:
    """A warehouse of its own with `qty` of an on-sale SKU in one bin."""
    w = WarehouseRecord.from_wire(session.wms.create_warehouse(code=unique("c"), name="Cluster test"))
    session.wms.create_location(warehouse_id=w.id, code="A-01", pick_order=10)
    loc = next(r for r in Page.from_wire(session.wms.list_locations(warehouse_id=w.id)).records(LocationRecord)
               if r.code == "A-01")
    sku = Page.from_wire(session.catalog.list_skus(status="on_sale", page_size=50)).records(SkuRecord)[-1]
    session.wms.receive(location_id=loc.id, sku_id=sku.id, qty=qty, request_id=new_request_id())
    return w, sku


def level(url: str, w: WarehouseRecord, sku: SkuRecord) -> tuple[int, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            row = c.execute(select(StockLevel.on_hand, StockLevel.reserved).where(
                StockLevel.warehouse_id == w.id, StockLevel.sku_id == sku.id)).one()
            return int(row[0]), int(row[1])
    finally:
        engine.dispose()


def every_node_agrees() -> None:
    """Equal checksums on every node, and each node's ledger agrees with its kept balances."""
    cluster("checksum")
    for url in NODES:
        done = subprocess.run([str(ROOT / ".venv" / "bin" / "emporium-admin"), "stock-check", "--db", url],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (url, done.stdout[-2000:], done.stderr[-2000:])


def test_sixteen_logins_of_one_user_at_once_all_succeed():
    for _round in range(3):
        conns = [open_connection(BALANCER) for _ in range(16)]
        try:
            results = race(conns, lambda c: c.root.login("admin", PASSWORD).info())
        finally:
            for c in conns:
                c.close()
        assert [kind for kind, _ in results] == ["ok"] * 16, results


def test_sixteen_clients_on_a_scarce_sku_reserve_exactly_the_stock_and_ship_it():
    w, sku = stocked_sku(admin(), 5)
    refs = [unique("SO-") for _ in range(16)]
    with logged_in(BALANCER, 16) as sessions:
        results = race(list(zip(sessions, refs)), lambda sr: sr[0].wms.reserve(
            doc_type="order", doc_ref=sr[1], warehouse_id=w.id, sku_id=sku.id, qty=1))
        won = [ref for (kind, _), ref in zip(results, refs) if kind == "ok"]
        assert len(won) == 5, results
        # the others are told the stock is short (E_CONFLICT), none that the records are busy
        assert {code for kind, code in results if kind == "err"} == {E_CONFLICT}, results
        shipped = race([(s, ref) for s, ref in zip(sessions, refs) if ref in won],
                       lambda sr: sr[0].wms.ship(doc_type="order", doc_ref=sr[1]))
        assert [kind for kind, _ in shipped] == ["ok"] * 5, shipped
    for url in NODES:
        assert level(url, w, sku) == (0, 0), url
    every_node_agrees()


def test_a_read_through_one_node_sees_a_write_made_through_another():
    """Causal reads (wsrep_sync_wait): a user made through tier 1 (node 1) is at once in tier 2's list (node 2)."""
    writer, reader = admin(TIERS[0]), admin(TIERS[1])
    stale = 0
    for _ in range(100):
        username = unique("ryw")
        writer.system.create_user(username=username, display_name="Read your writes", password="Read-your-writes-42",
                                  roles=(), request_id=new_request_id())
        if not Page.from_wire(reader.system.list_users(search=username)).rows:
            stale += 1
    assert stale == 0


def test_a_killed_node_costs_its_clients_at_most_a_retry_and_nothing_is_lost_or_doubled():
    w, sku = stocked_sku(admin(), 100_000)
    stop = threading.Event()
    answers: Counter[str] = Counter()
    shipped_refs: list[str] = []
    done_after_kill = Counter[int]()
    killed = threading.Event()
    lock = threading.Lock()

    def until_settled(call: Any) -> Any:
        """A client that repeats a call answered with a retryable error (reserve and ship are idempotent by
        document)."""
        for attempt in range(8):
            try:
                return call()
            except Exception as e:
                code = error_from_remote(e).code
                with lock:
                    answers[code] += 1
                if code not in RETRYABLE or attempt == 7:
                    raise
                time.sleep(0.5)

    def client(i: int, endpoint: Endpoint) -> None:
        session = open_connection(endpoint).root.login("admin", PASSWORD)
        while not stop.is_set():
            ref = unique(f"K{i}-")
            until_settled(lambda ref=ref: session.wms.reserve(doc_type="order", doc_ref=ref, warehouse_id=w.id,
                                                              sku_id=sku.id, qty=1))
            until_settled(lambda ref=ref: session.wms.ship(doc_type="order", doc_ref=ref))
            with lock:
                shipped_refs.append(ref)
                if killed.is_set():
                    done_after_kill[i] += 1

    # two clients on each tier directly (so that tier 2's are known to lose their node) and two through HAProxy
    endpoints = [TIERS[0], TIERS[0], TIERS[1], TIERS[1], TIERS[2], TIERS[2], BALANCER, BALANCER]
    errors: list[BaseException] = []

    def run(i: int, ep: Endpoint) -> None:
        try:
            client(i, ep)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i, ep)) for i, ep in enumerate(endpoints)]
    for t in threads:
        t.start()
    time.sleep(3)
    cluster("kill-node", "2")
    killed.set()
    time.sleep(6)
    cluster("start-node", "2")          # rejoins (IST) and waits until Synced
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join(120)
    print(f"killed node: {len(shipped_refs)} shipped, retryable answers {dict(answers)}")
    assert not errors, (errors, answers)
    assert all(done_after_kill[i] > 0 for i in range(len(endpoints))), done_after_kill  # everyone carried on
    assert set(answers) <= RETRYABLE, answers
    engine = make_engine(NODES[1])      # the node that was killed has caught up
    try:
        with engine.connect() as c:
            in_db = set(c.scalars(select(StockReservation.doc_ref).where(
                StockReservation.warehouse_id == w.id, StockReservation.state == "shipped")))
            open_left = c.scalar(select(text("COUNT(*)")).select_from(StockReservation).where(
                StockReservation.warehouse_id == w.id, StockReservation.state == "open"))
    finally:
        engine.dispose()
    assert in_db == set(shipped_refs) and open_left == 0       # nothing lost, nothing doubled, nothing left open
    for url in NODES:
        assert level(url, w, sku) == (100_000 - len(shipped_refs), 0), url
    every_node_agrees()


def _ready(port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0


def test_a_tier_that_cannot_serve_leaves_the_balancer_and_logins_go_to_the_others():
    assert [_ready(18880 + i) for i in (1, 2, 3)] == [200, 200, 200]
    cluster("kill-tier", "3")
    try:
        time.sleep(3)       # HAProxy checks every second, two failures take a tier out
        with logged_in(BALANCER, 9) as sessions:
            assert len(sessions) == 9
    finally:
        cluster("start-tier", "3")
    assert _ready(18883) == 200


def test_a_node_that_is_not_synced_is_not_ready_and_new_connections_pass_it_by():
    one = make_engine(NODES[0])
    failover = make_engine(NODES[0], hosts=["127.0.0.1:3311", "127.0.0.1:3312"])
    try:
        with one.begin() as c:
            c.execute(text("SET GLOBAL wsrep_desync = ON"))
        try:
            ready, why = database_ready(one)
            assert not ready and "Desynced" in why, why
            ready, why = database_ready(failover)
            assert ready and ":3312" in why, why
        finally:
            with one.begin() as c:
                c.execute(text("SET GLOBAL wsrep_desync = OFF"))
        deadline = time.monotonic() + 30
        while not database_ready(one)[0] and time.monotonic() < deadline:
            time.sleep(0.5)
        assert database_ready(one)[0]
    finally:
        one.dispose()
        failover.dispose()


def test_mroonga_is_refused_on_a_galera_node():
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "emporium-admin"), "search-engine", "mroonga", "--db",
                           NODES[0]], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "Galera" in done.stdout + done.stderr, (done.stdout, done.stderr)
