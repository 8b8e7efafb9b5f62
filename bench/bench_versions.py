"""Two revisions of the middle tier on the same write path, interleaved in short slices (MariaDB).

    python bench/bench_versions.py --base 9dde0b0 --db mysql+pymysql://root@127.0.0.1:3306/emporium_bench_versions
        [--head HEAD] [--clients 4] [--slices 6] [--seconds 7] [--count 200] [--profile 20] [--workers 1]
        [--json /tmp/versions.json]

Each revision gets a git worktree (`/tmp/emporium-base-<sha>`, `/tmp/emporium-head-<sha>`; `--head .` takes the
working tree as it is, uncommitted changes included), removed again at the end. The database is prepared once,
with the demo data and the bench warehouse of bench/bench_wms.py, by this tree's code: both revisions must share
its schema (each server refuses to start on a schema revision other than its own head, and the script stops).
Both middle tiers then run side by side, each a separate server process from its own tree (`python -m
middle_tier.server`, PYTHONPATH and working directory that tree), so that their idle cost is equal.

`--clients` client processes, each with one connection to each server (logged in as the demo clerk, bound
methods fetched once), run the same work against one server or the other per slice, all at the same time:

- pairs: reserve-and-ship as bench/bench_wms.py does it (`wms.reserve` of 1 unit of the client's own SKU for a
  fresh order reference, then `wms.ship` of that order): pairs per second.
- reads: `wms.sku_stock` of the client's SKU, for scale: calls per second.

After a warm-up slice per revision and workload, `--slices` rounds alternate base and head (ABBA order, so that
neither always goes first) for each workload, `--seconds` per slice. Reported per slice: operations per second,
the CPU the serving process(es) and MariaDB spent per operation (from /proc; MariaDB's only when its process is
visible here); then per revision the median and range, and the ratio head/base of the medians with the spread of
the ratios of the adjacent slices of one round (the same for the server's CPU per operation). With one worker the
server is bound by one core (the GIL), so the rate follows its CPU per operation. Reserve-and-ship stays inside
the warehouse area: it calls no other area's face.

Statements per operation: one client runs `--count` pairs (and as many reads) on one revision at a time, twice per
revision, and the deltas of MariaDB's `SHOW GLOBAL STATUS LIKE 'Com_%'` are divided by the count (the counters are
server-wide: other clients of the same MariaDB show up as fractions).

With `--profile N` (0: none), N seconds of the pairs workload per revision under py-spy (`pip install py-spy`;
`--py-spy PATH` when it is not on PATH), attached to the serving process: the share of the server's samples
holding the GIL (its Python CPU) spent in Session.flush, in the ownership check's listeners, in the flush at the
end of a verb, in the flushes of `@face` calls, in the state guard, in the login re-check and in COMMIT, and self
time by package. The collapsed stacks stay in /tmp for a flame graph.

The database is kept for the next run (each run books more bench stock); drop it when done.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pymysql
from bench_audit import ensure_database
from bench_wms import setup
from common import ROOT, free_port, prepare_db
from sqlalchemy.engine import make_url

WORKLOADS = ("pairs", "reads")
UNIT = {"pairs": "pairs/s", "reads": "reads/s"}
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---- revisions and their servers ----------------------------------------------------------------------------
@dataclass
class Revision:
    label: str              # "base" or "head"
    sha: str                # the commit, or "working tree"
    tree: Path
    worktree: bool          # created by this script (removed at the end)
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def checkout(label: str, rev: str) -> Revision:
    """A detached worktree of `rev` under /tmp (`.`: this working tree as it is)."""
    if rev == ".":
        dirty = " + uncommitted changes" if git("status", "--porcelain", "--", "middle_tier", "data_tier") else ""
        return Revision(label, git("rev-parse", "--short", "HEAD") + dirty, ROOT, False)
    sha = git("rev-parse", "--verify", f"{rev}^{{commit}}")
    tree = Path(tempfile.gettempdir()) / f"emporium-{label}-{sha[:7]}"
    if tree.exists():           # left by an interrupted run
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
        shutil.rmtree(tree, ignore_errors=True)
        git("worktree", "prune")
    git("worktree", "add", "--detach", str(tree), sha)
    return Revision(label, sha[:10], tree, True)


def remove(rev: Revision) -> None:
    if rev.worktree:
        subprocess.run(["git", "worktree", "remove", "--force", str(rev.tree)], cwd=ROOT, capture_output=True)


def start_server(rev: Revision, db: str, workers: int) -> None:
    """The revision's middle tier as its own process, from its own tree; its log goes to a file (a pipe nobody
    reads could fill and stall the server)."""
    import socket

    rev.port = free_port()
    rev.log = Path(tempfile.gettempdir()) / f"bench_versions-{rev.label}-server.log"
    with rev.log.open("wb") as log:
        rev.proc = subprocess.Popen(
            [sys.executable, "-m", "middle_tier.server", "--db", db, "--port", str(rev.port), "--workers",
             str(workers), "--log-level", "WARNING"],
            cwd=rev.tree, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(rev.tree)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if rev.proc.poll() is not None:
            raise SystemExit(f"the {rev.label} server ({rev.sha}) exited:\n{rev.log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", rev.port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"the {rev.label} server did not listen on {rev.port}")


def stop_server(rev: Revision) -> None:
    if rev.proc is not None and rev.proc.poll() is None:
        rev.proc.terminate()
        try:
            rev.proc.wait(10)
        except subprocess.TimeoutExpired:
            rev.proc.kill()
            rev.proc.wait()


# ---- CPU from /proc -----------------------------------------------------------------------------------------
def _stat(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2:].split()      # fields from 3 (state) on


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants (the worker processes of `--workers N`)."""
    parent: dict[int, int] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                parent[int(p.name)] = int(_stat(int(p.name))[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, todo = [pid], [pid]
    while todo:
        node = todo.pop()
        kids = [c for c, pp in parent.items() if pp == node]
        tree += kids
        todo += kids
    return tree


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            f = _stat(pid)
            total += int(f[11]) + int(f[12])           # utime, stime
        except (OSError, IndexError):
            pass
    return total / CLK_TCK


def database_pid() -> int | None:
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if (p / "comm").read_text().strip() in ("mariadbd", "mysqld"):
                    return int(p.name)
            except OSError:
                pass
    return None


# ---- client processes ---------------------------------------------------------------------------------------
def client_main(index: int, ports: dict[str, int], warehouse: int, sku: int, pipe: Connection) -> None:
    """One client process: a connection to each server, bound methods fetched once; runs what `pipe` says."""
    from client.connection import Endpoint, open_connection

    conns, calls = [], {}
    for label, port in ports.items():
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=60))
        conns.append(conn)
        wms = conn.root.login("clerk", "demo1234").wms
        calls[label] = (wms.reserve, wms.ship, wms.sku_stock)
    run = uuid.uuid4().hex[:8]
    serial = 0
    pipe.send("ready")
    while True:
        msg = pipe.recv()
        if msg[0] == "stop":
            break
        _, label, workload, start, end, limit = msg
        reserve, ship, stock = calls[label]
        serial += 1
        prefix = f"bv{run}-{index}-{serial}-"
        while time.monotonic() < start:
            time.sleep(0.001)
        done = in_time = errors = 0
        first_error = ""
        while (time.monotonic() < end) if limit is None else done < limit:
            try:
                if workload == "pairs":
                    ref = f"{prefix}{done}"
                    reserve(doc_type="order", doc_ref=ref, warehouse_id=warehouse, sku_id=sku, qty=1)
                    ship(doc_type="order", doc_ref=ref)
                else:
                    stock(sku_id=sku)
            except Exception as e:   # counted and reported: a benchmark that fails quietly measures nothing
                errors += 1
                first_error = first_error or f"{type(e).__name__}: {e}"[:300]
            done += 1
            if limit is None and time.monotonic() <= end:
                in_time = done
        pipe.send((in_time if limit is None else done, done, errors, first_error))
    for conn in conns:
        conn.close()


class Clients:
    """The client processes, driven together: a slice is the same work on one revision, from all of them."""

    def __init__(self, n: int, ports: dict[str, int], warehouse: int, skus: list[int]) -> None:
        ctx = mp.get_context("spawn")
        self.pipes: list[Connection] = []
        self.procs = []
        for i in range(n):
            ours, theirs = ctx.Pipe()
            p = ctx.Process(target=client_main, args=(i, ports, warehouse, skus[i], theirs), daemon=True)
            p.start()
            self.pipes.append(ours)
            self.procs.append(p)
        for pipe in self.pipes:
            if not pipe.poll(60) or pipe.recv() != "ready":
                raise SystemExit("a client process did not log in")

    def run(self, label: str, workload: str, seconds: float | None = None, count: int | None = None,
            only: int | None = None) -> tuple[int, int, int, str]:
        """All clients (or client `only`) run `workload` on `label`'s server for `seconds` (or `count` times);
        returns (ops done before the end, ops done, errors, first error)."""
        start = time.monotonic() + 0.2
        end = start + (seconds or 0)
        pipes = self.pipes if only is None else [self.pipes[only]]
        for pipe in pipes:
            pipe.send(("run", label, workload, start, end, count))
        replies = [pipe.recv() for pipe in pipes]
        return (sum(r[0] for r in replies), sum(r[1] for r in replies), sum(r[2] for r in replies),
                next((r[3] for r in replies if r[3]), ""))

    def close(self) -> None:
        for pipe in self.pipes:
            try:
                pipe.send(("stop",))
            except OSError:
                pass
        for p in self.procs:
            p.join(10)
            if p.is_alive():
                p.terminate()


# ---- interleaved slices -------------------------------------------------------------------------------------
@dataclass
class Slice:
    round: int
    workload: str
    label: str
    seconds: float
    ops: int
    rate: float
    server_ms: float        # CPU of the serving process(es) per operation
    db_ms: float | None     # CPU of MariaDB per operation
    errors: int


def timed_slice(clients: Clients, rev: Revision, workload: str, seconds: float, rnd: int,
                db_pid: int | None) -> Slice:
    assert rev.proc is not None
    pids = process_tree(rev.proc.pid)
    c0, d0 = cpu_seconds(pids), cpu_seconds([db_pid]) if db_pid else 0.0
    in_time, done, errors, first = clients.run(rev.label, workload, seconds)
    c1, d1 = cpu_seconds(pids), cpu_seconds([db_pid]) if db_pid else 0.0
    if errors:
        print(f"    ! {errors} of {done} calls failed on {rev.label}: {first}")
    return Slice(rnd, workload, rev.label, seconds, in_time, in_time / seconds, 1000 * (c1 - c0) / max(done, 1),
                 1000 * (d1 - d0) / max(done, 1) if db_pid else None, errors)


def interleave(clients: Clients, revs: list[Revision], workloads: tuple[str, ...], rounds: int, seconds: float,
               db_pid: int | None) -> list[Slice]:
    for workload in workloads:          # warm-up: first calls compile statements, fill caches
        for rev in revs:
            clients.run(rev.label, workload, min(3.0, seconds))
    slices = []
    print(f"{'round':>5} {'workload':>8} {'revision':>8} {'ops/s':>8} {'server CPU ms/op':>17} "
          f"{'MariaDB CPU ms/op':>18}")
    for rnd in range(rounds):
        for w, workload in enumerate(workloads):
            order = revs if (rnd + w) % 2 == 0 else revs[::-1]      # ABBA: neither always goes first
            for rev in order:
                s = timed_slice(clients, rev, workload, seconds, rnd, db_pid)
                slices.append(s)
                db = f"{s.db_ms:18.2f}" if s.db_ms is not None else f"{'-':>18}"
                print(f"{rnd + 1:>5} {workload:>8} {rev.label:>8} {s.rate:8.1f} {s.server_ms:17.2f} {db}",
                      flush=True)
    return slices


@dataclass
class Summary:
    workload: str
    medians: dict[str, float]
    ranges: dict[str, tuple[float, float]]
    server_ms: dict[str, float]
    db_ms: dict[str, float | None]
    ratio_of_medians: float
    slice_ratios: list[float] = field(default_factory=list)     # head/base of the rates of one round
    cpu_ratios: list[float] = field(default_factory=list)       # head/base of the server CPU per op of one round


def summarize(slices: list[Slice], workload: str, labels: tuple[str, str]) -> Summary:
    base, head = labels
    by = {lab: [s for s in slices if s.workload == workload and s.label == lab] for lab in labels}
    rates = {lab: [s.rate for s in by[lab]] for lab in labels}
    pairs = {s.round: s for s in by[base]}
    ratios = [s.rate / pairs[s.round].rate for s in by[head] if s.round in pairs and pairs[s.round].rate]
    cpu = [s.server_ms / pairs[s.round].server_ms for s in by[head] if s.round in pairs and pairs[s.round].server_ms]
    db = {lab: (statistics.median(x) if (x := [s.db_ms for s in by[lab] if s.db_ms is not None]) else None)
          for lab in labels}
    return Summary(workload, {lab: statistics.median(r) for lab, r in rates.items()},
                   {lab: (min(r), max(r)) for lab, r in rates.items()},
                   {lab: statistics.median(s.server_ms for s in by[lab]) for lab in labels}, db,
                   statistics.median(rates[head]) / statistics.median(rates[base]), ratios, cpu)


# ---- statements per operation -------------------------------------------------------------------------------
def com_status(conn: pymysql.connections.Connection) -> Counter[str]:
    with conn.cursor() as cur:
        cur.execute("SHOW GLOBAL STATUS LIKE 'Com\\_%'")
        return Counter({name[4:]: int(value) for name, value in cur.fetchall() if name != "Com_show_status"})


def count_statements(clients: Clients, revs: list[Revision], db: str, count: int,
                     workloads: tuple[str, ...]) -> dict[str, dict[str, list[dict[str, float]]]]:
    """{workload: {label: [per-operation Com_ deltas of each repetition]}}, two repetitions per revision,
    interleaved, one client doing `count` operations in sequence."""
    url = make_url(db)
    conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.username, password=url.password or "",
                           autocommit=True)
    out: dict[str, dict[str, list[dict[str, float]]]] = {w: {r.label: [] for r in revs} for w in workloads}
    try:
        for workload in workloads:
            for rev in revs + revs:
                before = com_status(conn)
                _, done, errors, first = clients.run(rev.label, workload, count=count, only=0)
                if errors:
                    print(f"    ! {errors} of {done} calls failed on {rev.label}: {first}")
                delta = com_status(conn) - before
                out[workload][rev.label].append({k: v / count for k, v in sorted(delta.items()) if v})
    finally:
        conn.close()
    return out


def print_statements(counts: dict[str, dict[str, list[dict[str, float]]]]) -> None:
    for workload, per_rev in counts.items():
        what = "reserve-and-ship pair" if workload == "pairs" else "sku_stock read"
        kinds = sorted({k for reps in per_rev.values() for rep in reps for k in rep})
        print(f"statements per {what} (MariaDB Com_ counters, two runs each):")
        print(f"  {'':>16}" + "".join(f"{lab + ' ' + str(i + 1):>10}" for lab, reps in per_rev.items()
                                      for i in range(len(reps))))
        for k in [*kinds, "total"]:
            cells = [sum(rep.values()) if k == "total" else rep.get(k, 0.0) for reps in per_rev.values()
                     for rep in reps]
            print(f"  {k:>16}" + "".join(f"{c:10.2f}" for c in cells))


# ---- profile ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    func: str
    file: str
    line: int


def parse_collapsed(path: Path) -> list[tuple[list[Frame], int]]:
    """py-spy's raw (collapsed) output: `func (file:line);...;func (file:line) count` per line, root first."""
    stacks = []
    for text in path.read_text().splitlines():
        body, _, n = text.rpartition(" ")
        frames = []
        for part in body.split(";"):
            func, _, loc = part.rpartition(" (")
            file, _, line = loc.rstrip(")").rpartition(":")
            frames.append(Frame(func, file, int(line) if line.isdigit() else 0))
        stacks.append((frames, int(n)))
    return stacks


def source_line(tree: Path, suffix: str, line: int, cache: dict[tuple[str, int], str]) -> str:
    key = (suffix, line)
    if key not in cache:
        path = tree / suffix
        lines = path.read_text().splitlines() if path.exists() else []
        cache[key] = lines[line - 1] if 0 < line <= len(lines) else ""
    return cache[key]


def categories(tree: Path) -> dict[str, Callable[[Frame], bool]]:
    """Named predicates on one frame (py-spy names a method `Class.name`, a closure `outer.<locals>.name`); a
    sample counts in a category when any frame of its stack matches."""
    cache: dict[tuple[str, int], str] = {}

    def at(suffix: str, funcs: set[str] | None = None, text: str = "") -> Callable[[Frame], bool]:
        def match(f: Frame) -> bool:
            return (f.file.endswith(suffix) and (funcs is None or f.func.rpartition(".")[2] in funcs)
                    and (not text or text in source_line(tree, suffix, f.line, cache)))
        return match

    return {
        "Session.flush, all (autoflush included)": at("sqlalchemy/orm/session.py", {"flush"}),
        "  the flush at a verb's end (dispatch.py uow.flush())": at("middle_tier/core/dispatch.py", {"_run"},
                                                                   "uow.flush()"),
        "  the flushes around @face calls (ownership.face)": at("middle_tier/core/ownership.py", {"acting"},
                                                              "flush()"),
        "ownership listeners (before_flush, do_orm_execute)": at("middle_tier/core/ownership.py",
                                                                 {"_before_flush", "_on_execute", "check_write"}),
        "ORMExecuteState (built for do_orm_execute listeners)": lambda f: (
            f.func.startswith("ORMExecuteState") and f.file.endswith("sqlalchemy/orm/session.py")),
        "state guard (core/states.py)": at("middle_tier/core/states.py"),
        "login re-check": lambda f: f.func.rpartition(".")[2] == "revalidate" and "middle_tier/" in f.file,
        "Session.commit": at("sqlalchemy/orm/session.py", {"commit"}),
    }


PACKAGES = {"sqlalchemy/": "sqlalchemy", "pymysql/": "pymysql", "rpyc/": "rpyc",
            "middle_tier/": "middle_tier + data_tier", "data_tier/": "middle_tier + data_tier"}


def package_of(file: str) -> str:
    return next((name for part, name in PACKAGES.items() if part in file), "other (stdlib, C)")


def profile(clients: Clients, rev: Revision, seconds: float, py_spy: str, workers: int) -> dict[str, float] | None:
    """Shares (%) of the server's samples holding the GIL (its Python CPU) per category, while all clients run
    reserve-and-ship."""
    assert rev.proc is not None
    out = Path(tempfile.gettempdir()) / f"bench_versions-profile-{rev.label}.txt"
    cmd = [py_spy, "record", "--gil", "--format", "raw", "-o", str(out), "--rate", "200", "--pid",
           str(rev.proc.pid)]
    if workers > 1:
        cmd.append("--subprocesses")
    spy = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(1.0)
    if spy.poll() is not None:
        print(f"  py-spy could not attach to the {rev.label} server: {spy.communicate()[0].strip()[-500:]}")
        return None
    clients.run(rev.label, "pairs", seconds)
    spy.send_signal(signal.SIGINT)
    try:
        log, _ = spy.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        spy.kill()
        log, _ = spy.communicate()
    if not out.exists():
        print(f"  py-spy wrote no profile for {rev.label}: {log.strip()[-500:]}")
        return None
    stacks = parse_collapsed(out)
    total = sum(n for _, n in stacks)
    shares: dict[str, float] = {"samples": float(total)}
    for name, pred in categories(rev.tree).items():
        shares[name] = 100 * sum(n for frames, n in stacks if any(pred(f) for f in frames)) / max(total, 1)
    self_time: Counter[str] = Counter()
    for frames, n in stacks:
        self_time[package_of(frames[-1].file)] += n
    for name in ("sqlalchemy", "pymysql", "rpyc", "middle_tier + data_tier", "other (stdlib, C)"):
        shares[f"self: {name}"] = 100 * self_time[name] / max(total, 1)
    return shares


def find_py_spy(given: str) -> str | None:
    for candidate in (given, shutil.which("py-spy"), str(Path(sys.executable).parent / "py-spy")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


# ---- main ---------------------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a MariaDB URL (mysql+pymysql://...); created when missing")
    ap.add_argument("--base", required=True, help="the baseline revision (a commit, tag or branch)")
    ap.add_argument("--head", default="HEAD", help="the revision compared with it (default HEAD; '.': this "
                                                   "working tree as it is)")
    ap.add_argument("--clients", type=int, default=4, help="client processes (default 4)")
    ap.add_argument("--slices", type=int, default=6, help="rounds of one slice per revision and workload")
    ap.add_argument("--seconds", type=float, default=7, help="seconds per slice (default 7)")
    ap.add_argument("--count", type=int, default=200, help="operations per statement count (default 200)")
    ap.add_argument("--profile", type=float, default=20, help="seconds of py-spy per revision (0: no profile)")
    ap.add_argument("--py-spy", default="", help="path of py-spy when it is not on PATH")
    ap.add_argument("--workers", type=int, default=1, help="worker processes of each middle tier (default 1)")
    ap.add_argument("--json", default="", help="also write every figure to this file")
    args = ap.parse_args()

    started = time.monotonic()
    revs: list[Revision] = []
    clients = None
    try:
        revs = [checkout("base", args.base), checkout("head", args.head)]
        for rev in revs:
            print(f"{rev.label}: {rev.sha} ({rev.tree})")
        ensure_database(args.db)
        db = prepare_db(args.db)
        warehouse, skus, _bin = setup(db, args.clients)
        for rev in revs:
            start_server(rev, db, args.workers)
        db_pid = database_pid()
        clients = Clients(args.clients, {r.label: r.port for r in revs}, warehouse, skus)
        print(f"{args.clients} client processes, each on its own SKU and with a connection to each server; "
              f"{args.workers} worker(s) per server; {args.slices} rounds of {args.seconds:.0f} s slices")
        slices = interleave(clients, revs, WORKLOADS, args.slices, args.seconds, db_pid)
        labels = (revs[0].label, revs[1].label)
        summaries = [summarize(slices, w, labels) for w in WORKLOADS]
        print()
        for s in summaries:
            print(f"{s.workload}: " + "; ".join(
                f"{lab} median {s.medians[lab]:.1f} {UNIT[s.workload]} "
                f"({s.ranges[lab][0]:.1f}..{s.ranges[lab][1]:.1f}), "
                f"server {s.server_ms[lab]:.2f} ms CPU/op"
                + (f", MariaDB {s.db_ms[lab]:.2f}" if s.db_ms[lab] is not None else "") for lab in labels))
            print(f"  head/base {s.ratio_of_medians:.3f} (medians); slice ratios "
                  f"{min(s.slice_ratios):.3f}..{max(s.slice_ratios):.3f}, median "
                  f"{statistics.median(s.slice_ratios):.3f}")
            print(f"  server CPU/op head/base {s.server_ms['head'] / s.server_ms['base']:.3f} (medians); "
                  f"per round {min(s.cpu_ratios):.3f}..{max(s.cpu_ratios):.3f}, median "
                  f"{statistics.median(s.cpu_ratios):.3f}")
        print()
        counts = count_statements(clients, revs, db, args.count, WORKLOADS)
        print_statements(counts)
        profiles: dict[str, dict[str, float] | None] = {}
        if args.profile > 0:
            py_spy = find_py_spy(args.py_spy)
            print()
            if py_spy is None:
                print("py-spy not found (pip install py-spy, or --py-spy PATH): no profile")
            else:
                for rev in revs[::-1]:
                    profiles[rev.label] = profile(clients, rev, args.profile, py_spy, args.workers)
                if all(profiles.values()):
                    print(f"profile: {args.profile:.0f} s of reserve-and-ship per revision, % of the server's "
                          f"samples holding the GIL (py-spy --gil, 200 Hz; /tmp/bench_versions-profile-*.txt)")
                    print(f"  {'':<52}{'base':>8}{'head':>8}")
                    for key in profiles["head"]:      # type: ignore[union-attr]
                        b, h = profiles["base"][key], profiles["head"][key]   # type: ignore[index]
                        fmt = "{:8.0f}" if key == "samples" else "{:7.1f}%"
                        print(f"  {key:<52}" + fmt.format(b) + fmt.format(h))
        print(f"\n{time.monotonic() - started:.0f} s in all")
        if args.json:
            Path(args.json).write_text(json.dumps({
                "base": revs[0].sha, "head": revs[1].sha, "clients": args.clients, "workers": args.workers,
                "seconds": args.seconds, "slices": [asdict(s) for s in slices],
                "summaries": [asdict(s) for s in summaries], "statements": counts, "profiles": profiles,
            }, indent=1))
    finally:
        if clients is not None:
            clients.close()
        for rev in revs:
            stop_server(rev)
            remove(rev)


if __name__ == "__main__":
    main()
