"""The administrators' commands, run as an administrator would run them."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from data_tier.catalog import Sku, SkuSearch
from data_tier.engine import make_engine, make_session_factory
from data_tier.system import AuditLog, User
from middle_tier import system
from middle_tier.core import validate

BIN = Path(sys.executable).parent


def run(*args: str, db: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "EMPORIUM_DB_URL": db, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(BIN / args[0]), *args[1:]], input=stdin, capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("command", ["emporium-admin", "emporium-server", "emporium-client"])
def test_every_command_explains_itself(command, tmp_path):
    result = run(command, "--help", db=f"sqlite:///{tmp_path / 'x.db'}")
    assert result.returncode == 0
    assert "usage:" in result.stdout.lower()


def test_upgrade_seed_and_create_user_on_a_new_database(tmp_path):
    db = f"sqlite:///{tmp_path / 'new.db'}"
    before = run("emporium-admin", "db", "current", db=db)
    assert "(empty)" in before.stdout and "db upgrade" in before.stdout
    refused = run("emporium-server", "--port", "0", db=db)
    assert refused.returncode == 2 and "emporium-admin db upgrade" in refused.stderr
    assert run("emporium-admin", "db", "upgrade", db=db).returncode == 0
    seeded = run("emporium-admin", "seed-demo", db=db)
    assert seeded.returncode == 0 and "[7/7]" in seeded.stdout
    assert "none (already there)" in run("emporium-admin", "seed-demo", db=db).stdout
    reindexed = run("emporium-admin", "reindex-search", db=db)
    assert reindexed.returncode == 0 and "Search tokens rewritten for 1,9" in reindexed.stdout
    checked = run("emporium-admin", "stock-check", db=db)
    assert checked.returncode == 0 and "no drift" in checked.stdout, checked.stdout + checked.stderr
    ledger = run("emporium-admin", "ledger-check", db=db)
    assert ledger.returncode == 0 and "balanced" in ledger.stdout, ledger.stdout + ledger.stderr
    with make_engine(db).begin() as c:      # a kept balance that its entries do not explain
        c.execute(text("INSERT INTO ledger_account (code, kind, unit, owner_ref, no_negative, posted, held, created_at)"
                       " VALUES ('balance:X', 'balance', 'CNY', 'X', 1, 500, 0, '2026-01-01 00:00:00')"))
    drifted = run("emporium-admin", "ledger-check", db=db)
    assert drifted.returncode == 1 and "balance:X posted" in drifted.stdout and "unbalanced" in drifted.stdout
    with make_engine(db).begin() as c:
        c.execute(text("DELETE FROM ledger_account WHERE code = 'balance:X'"))
    grown = run("emporium-admin", "seed-demo", "--bench-skus", "2500", db=db)      # the bench option
    assert grown.returncode == 0 and "Bulk SKUs added: 5,000" in grown.stdout, grown.stdout + grown.stderr
    assert "search tokens: 5,000/5,000 (100 %)" in grown.stdout
    with make_engine(db).connect() as c:
        bulk = c.execute(select(Sku.id, Sku.barcode).where(Sku.code.like("BULK%"))).all()
        assert len(bulk) == 5000 and len({b for _, b in bulk}) == 5000
        assert all(validate.ean13(b) == b for _, b in bulk)
        assert c.scalar(select(func.count()).select_from(SkuSearch).where(SkuSearch.sku_id.in_([i for i, _ in bulk]))
                        ) == 5000
        assert c.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.verb == "admin.seed_demo_bench"))
    assert "holds that many" in run("emporium-admin", "seed-demo", "--bench-skus", "2500", db=db).stdout
    made = run("emporium-admin", "create-user", "--username", "ops", "--name", "Ops", "--role", "administrator",
               "--password-stdin", db=db, stdin="ops-password-1\n")
    assert made.returncode == 0, made.stderr
    with make_session_factory(make_engine(db))() as s:
        user = s.scalars(select(User).where(User.username == "ops")).one()
        assert system.verify_password(user.password_hash, "ops-password-1")
        assert [r.code for r in user.roles] == ["administrator"]
        assert s.scalar(select(AuditLog.id).where(AuditLog.verb == "admin.create_user")) is not None
    again = run("emporium-admin", "create-user", "--username", "ops", "--password-stdin", db=db,
                stdin="ops-password-1\n")
    assert again.returncode == 1 and "taken" in again.stderr
    weak = run("emporium-admin", "create-user", "--username", "weak", "--password-stdin", db=db, stdin="123\n")
    assert weak.returncode == 1 and "at least" in weak.stderr
    bad_role = run("emporium-admin", "create-user", "--username", "odd", "--role", "pope", "--password-stdin",
                   db=db, stdin="good-password\n")
    assert bad_role.returncode == 1 and "Unknown role" in bad_role.stderr


def test_db_may_follow_the_sub_command_and_seed_demo_reset_starts_the_walkthrough_again(scratch_engine, tmp_path):
    db = scratch_engine.url.render_as_string(hide_password=False)    # on the database kind of the run
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert run("emporium-admin", "db", "upgrade", "--db", db, db=other).returncode == 0
    assert "(empty)" in run("emporium-admin", "db", "current", db=other).stdout      # --db won over the variable
    seeded = run("emporium-admin", "seed-demo", "--db", db, db=other)
    assert seeded.returncode == 0 and "[7/7]" in seeded.stdout, seeded.stdout + seeded.stderr
    assert run("emporium-admin", "create-user", "--username", "walker", "--password-stdin", db=db,
               stdin="walker-pass-1\n").returncode == 0
    unasked = run("emporium-admin", "seed-demo", "--reset", db=db)           # no terminal to ask: refused
    assert unasked.returncode == 1 and "--yes" in unasked.stderr and "Nothing changed" in unasked.stdout
    with make_session_factory(make_engine(db))() as s:
        assert s.scalar(select(User.id).where(User.username == "walker")) is not None
    reset = run("emporium-admin", "--db", db, "seed-demo", "--reset", "--yes", db=other)
    assert reset.returncode == 0 and "Removing every Emporium table" in reset.stdout, reset.stdout + reset.stderr
    assert "Demo users created: admin, merch" in reset.stdout
    with make_session_factory(make_engine(db))() as s:
        assert s.scalar(select(User.id).where(User.username == "walker")) is None
        assert s.scalar(select(func.count()).select_from(User)) == 7
        assert [v for v, in s.execute(select(AuditLog.verb))] == ["admin.seed_demo"]
    assert run("emporium-admin", "stock-check", "--db", db, db=other).returncode == 0


def test_the_server_with_two_workers_serves_every_connection_and_stops_whole(tmp_path):
    """`emporium-server --workers 2`: two processes share the port; logins and verbs work on each connection, and
    SIGTERM stops the workers with the parent."""
    import signal
    import socket
    import time

    from client.connection import Endpoint, open_connection

    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert run("emporium-admin", "db", "upgrade", db=db).returncode == 0
    made = run("emporium-admin", "create-user", "--username", "ops", "--role", "administrator", "--password-stdin",
               db=db, stdin="ops-password-1\n")
    assert made.returncode == 0, made.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "EMPORIUM_DB_URL": db}
    server = subprocess.Popen([str(BIN / "emporium-server"), "--port", str(port), "--workers", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr.read()
                time.sleep(0.05)
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) == 2
        conns = [open_connection(Endpoint("127.0.0.1", port, timeout=30)) for _ in range(6)]
        for conn in conns:
            session = conn.root.login("ops", "ops-password-1")
            assert session.info()[2] == "ops"
            session.system.ping()
        for conn in conns:
            conn.close()
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=20) == 0
    for pid in children:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_a_dead_worker_is_started_again_and_the_server_gives_up_when_they_keep_dying(tmp_path):
    """`--workers 2`: a worker killed is started again (the capacity comes back, the log says so); when they keep
    dying (more than --max-restarts a minute) the server stops and exits with status 1, not 0."""
    import signal
    import socket
    import time

    from client.connection import Endpoint, open_connection

    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert run("emporium-admin", "db", "upgrade", db=db).returncode == 0
    assert run("emporium-admin", "create-user", "--username", "ops", "--role", "administrator", "--password-stdin",
               db=db, stdin="ops-password-1\n").returncode == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(BIN / "emporium-server"), "--port", str(port), "--workers", "2",
                               "--max-restarts", "2"], env={**os.environ, "EMPORIUM_DB_URL": db},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def workers() -> set[str]:
        return set(Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split())

    def wait_for(predicate, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while not predicate():
            assert time.monotonic() < deadline and server.poll() is None
            time.sleep(0.05)

    try:
        wait_for(lambda: len(workers()) == 2)
        first = workers()
        os.kill(int(sorted(first)[0]), signal.SIGKILL)
        wait_for(lambda: len(workers()) == 2 and workers() != first)                  # started again
        session = open_connection(Endpoint("127.0.0.1", port, timeout=30)).root.login("ops", "ops-password-1")
        assert session.system.ping() == "pong"
        before = workers()                                                           # the second restart
        os.kill(int(sorted(before)[0]), signal.SIGKILL)
        wait_for(lambda: workers() != before and len(workers()) == 2, 30)
        os.kill(int(sorted(workers())[0]), signal.SIGKILL)                           # a third death in a minute
        assert server.wait(timeout=30) == 1
        log = server.stderr.read()
        assert "starting it again" in log and "cannot be kept up" in log
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)
