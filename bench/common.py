"""Helpers shared by the benchmarks: a prepared database, a middle tier in its own process, percentiles."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_tier.engine import make_engine, make_session_factory  # noqa: E402
from data_tier.migrate import upgrade  # noqa: E402
from middle_tier.demo import seed_demo  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_db(url: str | None) -> str:
    """Upgrade (and seed) the database at `url`, or at a fresh SQLite file when None."""
    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        seed_demo(s, progress=lambda _line: None)
    engine.dispose()
    return url


def start_process(args: list[str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{args} exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"{args} did not listen on {port}")


def start_middle_tier(db_url: str, port: int, workers: int = 1) -> subprocess.Popen:
    return start_process(["-m", "middle_tier.server", "--db", db_url, "--port", str(port), "--workers", str(workers),
                          "--log-level", "WARNING"], port)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def time_calls(call, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """p50 and p99 of `repeat` calls, in ms."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return pct(times, 50) * 1000, pct(times, 99) * 1000


def progress(done: int, total: int, what: str) -> None:
    print(f"\r  {what}: {done:,}/{total:,} ({100 * done // max(total, 1)}%)", end="", flush=True)
    if done >= total:
        print()
