"""`emporium-admin`: database and user administration from the command line."""
from __future__ import annotations

import argparse
import functools
import getpass
import json
import sys
import time

from sqlalchemy import select

from data_tier.engine import ENV_DB_URL, make_engine, make_session_factory, resolve_db_url
from data_tier.migrate import current_revision, downgrade, head_revision, upgrade
from data_tier.search import SEARCH_ENGINES, search_engine, set_search_engine
from data_tier.system import AuditLog, Role, User
from middle_tier import system
from middle_tier.catalog import reindex
from middle_tier.contract import DomainError
from middle_tier.core import validate
from middle_tier.demo import DEMO_PASSWORD, seed_demo
from middle_tier.demo.bulk import grow_catalog
from middle_tier.payments import problems as ledger_problems
from middle_tier.system import sync_builtin_roles
from middle_tier.wms import drift


def _progress(line: str) -> None:
    print(line, flush=True)


def cmd_db(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    shown = engine.url.render_as_string(hide_password=True)
    if args.action == "upgrade":
        print(f"Upgrading {shown} to {head_revision()} ...", flush=True)
        upgrade(engine)
        with make_session_factory(engine).begin() as s:
            created = sync_builtin_roles(s)
        print(f"Schema at {current_revision(engine)}; built-in roles created: {', '.join(created) or 'none'}.")
    elif args.action == "current":
        cur = current_revision(engine)
        print(f"{shown}: schema {cur or '(empty)'}, latest {head_revision()}"
              + ("" if cur == head_revision() else "  -> run `emporium-admin db upgrade`"))
    elif args.action == "downgrade":
        downgrade(engine, args.revision)
        print(f"Schema at {current_revision(engine) or '(empty)'}.")
    return 0


def _require_schema(engine) -> None:  # type: ignore[no-untyped-def]
    if current_revision(engine) != head_revision():
        raise SystemExit("The database schema is not current: run `emporium-admin db upgrade` first.")


def _reset(engine) -> None:  # type: ignore[no-untyped-def]
    """Remove every table of Emporium with its rows, and create the schema again."""
    shown = engine.url.render_as_string(hide_password=True)
    print(f"Removing every Emporium table of {shown} ...", flush=True)
    if current_revision(engine) is not None:
        downgrade(engine, "base")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        sync_builtin_roles(s)


def _confirmed(args: argparse.Namespace, shown: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("--reset deletes every record; without a terminal to ask, give --yes as well.", file=sys.stderr)
        return False
    answer = input(f"This deletes every record in {shown} (users, products, stock, orders, the operation log).\n"
                   "Type 'reset' to go on: ")
    return answer.strip() == "reset"


def cmd_seed_demo(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    if args.reset:
        if not _confirmed(args, engine.url.render_as_string(hide_password=True)):
            print("Nothing changed.")
            return 1
        _reset(engine)
    _require_schema(engine)
    with make_session_factory(engine).begin() as s:
        created = seed_demo(s, progress=_progress)
        s.add(AuditLog(verb="admin.seed_demo", username="(emporium-admin)", record_type="user",
                       record_id=created[0] if created else "", records=",".join(created)))
    print(f"Demo users created: {', '.join(created) or 'none (already there)'}; password for each: {DEMO_PASSWORD}")
    if args.bench_skus:
        def show(done: int, total: int, what: str) -> None:
            print(f"\r  {what}: {done:,}/{total:,} ({100 * done // total} %)", end="" if done < total else "\n",
                  flush=True)

        print(f"Growing the catalog to {args.bench_skus:,} SKUs for measurements ...", flush=True)
        added = grow_catalog(engine, args.bench_skus, show)
        with make_session_factory(engine).begin() as s:
            s.add(AuditLog(verb="admin.seed_demo_bench", username="(emporium-admin)", record_type="sku",
                           changes=json.dumps({"bench_skus": [None, args.bench_skus], "added": [None, added]})))
        print(f"Bulk SKUs added: {added:,}" if added else "The catalog holds that many SKUs already.")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    _require_schema(engine)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("The passwords differ.", file=sys.stderr)
            return 1
    try:
        with make_session_factory(engine).begin() as s:
            sync_builtin_roles(s)
            username = validate.code(args.username, "username", "User name", min_length=3)
            name = validate.text(args.name or args.username, "display_name", "Name", max_length=128)
            system.check_password_policy(s, password)
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                print(f"The user name {username!r} is taken.", file=sys.stderr)
                return 1
            roles = list(s.scalars(select(Role).where(Role.code.in_(args.role))))
            missing = set(args.role) - {r.code for r in roles}
            if missing:
                print(f"Unknown role: {', '.join(sorted(missing))}", file=sys.stderr)
                return 1
            user = User(username=username, display_name=name, password_hash=system.hash_password(password))
            user.roles = roles
            s.add(user)
            s.flush()
            s.add(AuditLog(verb="admin.create_user", username="(emporium-admin)", record_type="user",
                           record_id=str(user.id), records=str(user.id)))
    except DomainError as e:
        print(e.message, file=sys.stderr)
        return 1
    print(f"User {username} created with role(s) {', '.join(args.role) or '(none)'}.")
    return 0


def cmd_reindex_search(args: argparse.Namespace) -> int:
    engine = make_engine(args.db)
    _require_schema(engine)

    def show(done: int, total: int) -> None:
        print(f"\r  {done:,}/{total:,} SKUs", end="" if done < total else "\n", flush=True)

    with make_session_factory(engine).begin() as s:
        count = reindex(s, progress=show)
    print(f"Search tokens rewritten for {count:,} SKUs.")
    return 0


def cmd_search_engine(args: argparse.Namespace) -> int:
    """Show or change MariaDB's site-search engine (InnoDB FULLTEXT or Mroonga)."""
    engine = make_engine(args.db)
    _require_schema(engine)
    with engine.begin() as conn:
        if args.engine:
            started = time.monotonic()
            print(f"Moving the search table to {args.engine} ...", flush=True)
            try:
                set_search_engine(conn, args.engine)
            except ValueError as e:
                raise SystemExit(f"Cannot change the search engine: {e}.") from None
            print(f"  done in {time.monotonic() - started:.1f} s")
        print(f"Site search engine: {search_engine(conn)}")
    return 0


def cmd_stock_check(args: argparse.Namespace) -> int:
    """Recompute balances and reservations from the ledger; exit code 1 when anything drifted."""
    engine = make_engine(args.db)
    _require_schema(engine)
    with make_session_factory(engine)() as s:
        found = drift(s)
    for d in found:
        print(f"  {d.check:9} {d.where}: kept {d.kept}, from the ledger {d.derived}")
    print("Stock check: no drift, the kept balances agree with the ledger." if not found
          else f"Stock check: {len(found)} difference(s).")
    return 1 if found else 0


def cmd_ledger_check(args: argparse.Namespace) -> int:
    """Prove the stored-value ledger (balanced, kept figures equal the entries, nothing negative, tenders sum to
    what was charged); exit code 1 on any difference."""
    engine = make_engine(args.db)
    _require_schema(engine)
    with make_session_factory(engine)() as s:
        found = ledger_problems(s)
    for p in found:
        print(f"  {p.check:10} {p.where}: kept {p.kept}, from the entries {p.derived}")
    print("Ledger check: balanced; every account agrees with its entries." if not found
          else f"Ledger check: {len(found)} difference(s).")
    return 1 if found else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="emporium-admin",
        description="Emporium administration: database schema, demo data, users.",
        epilog=f"The database URL comes from --db or ${ENV_DB_URL}; without either, the embedded SQLite file "
               "is used. First set-up: `emporium-admin db upgrade`, then "
               "`emporium-admin create-user --username admin --role administrator`.",
    )
    db_help = f"database URL (default: ${ENV_DB_URL} or the embedded SQLite file)"
    p.add_argument("--db", default=None, help=db_help)
    common = argparse.ArgumentParser(add_help=False)      # --db is accepted after the sub-command too
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    sub = p.add_subparsers(dest="command", required=True)
    add = functools.partial(sub.add_parser, parents=[common])
    db = add("db", help="database schema: upgrade, current, downgrade")
    db.add_argument("action", choices=["upgrade", "current", "downgrade"])
    db.add_argument("revision", nargs="?", default="-1", help="for downgrade: target revision (default -1)")
    db.set_defaults(func=cmd_db)
    sd = add("seed-demo", help=f"create the demo data: one user per built-in role (password "
                                          f"{DEMO_PASSWORD}), catalog, promotions, warehouse, purchasing")
    sd.add_argument("--bench-skus", type=int, default=0, metavar="N",
                    help="then grow the catalog to N SKUs of bulk products for measurements (e.g. 1000000)")
    sd.add_argument("--reset", action="store_true",
                    help="start the walkthrough again: first remove every Emporium table with its rows (asks to "
                         "confirm), create the schema, then the demo data")
    sd.add_argument("--yes", action="store_true", help="with --reset: do not ask")
    sd.set_defaults(func=cmd_seed_demo)
    ri = add("reindex-search", help="rewrite the site-search tokens of every SKU (after bulk loads)")
    ri.set_defaults(func=cmd_reindex_search)
    se = add("search-engine", help="MariaDB: show or set the site-search engine (innodb, or mroonga: "
                                              "fast on large catalogs, needs the mariadb-plugin-mroonga package)")
    se.add_argument("engine", nargs="?", choices=SEARCH_ENGINES)
    se.set_defaults(func=cmd_search_engine)
    sc = add("stock-check", help="recompute stock balances and reservations from the ledger; "
                                            "exit code 1 on drift")
    sc.set_defaults(func=cmd_stock_check)
    lc = add("ledger-check", help="prove the stored-value ledger (payments); exit code 1 on any difference")
    lc.set_defaults(func=cmd_ledger_check)
    cu = add("create-user", help="create a user (asks for the password)")
    cu.add_argument("--username", required=True)
    cu.add_argument("--name", help="display name (default: the user name)")
    cu.add_argument("--role", action="append", default=[], help="role code, repeatable (e.g. administrator)")
    cu.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    cu.set_defaults(func=cmd_create_user)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.db = resolve_db_url(args.db)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
