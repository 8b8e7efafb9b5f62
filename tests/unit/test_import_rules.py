"""DESIGN.md section 1, checked: the client reaches the middle tier only through its contract module."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module
                for alias in node.names:
                    yield path, f"{node.module}.{alias.name}"


def _top(name: str) -> str:
    return name.split(".")[0]


def test_client_imports_only_the_contract_of_the_middle_tier():
    bad = [(str(p.relative_to(ROOT)), m) for p, m in _imports("client")
           if (_top(m) == "middle_tier" and m not in ("middle_tier", "middle_tier.contract")
               and not m.startswith("middle_tier.contract."))
           or _top(m) in ("data_tier", "sqlalchemy", "pymysql", "alembic", "argon2")]
    assert bad == []


def test_data_tier_imports_no_upper_tier():
    assert [(p, m) for p, m in _imports("data_tier") if _top(m) in ("middle_tier", "client")] == []


def test_middle_tier_never_imports_the_client_or_qt():
    assert [(p, m) for p, m in _imports("middle_tier") if _top(m) in ("client", "PySide6")] == []


def test_contract_imports_only_the_standard_library_and_itself():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    contract = ROOT / "middle_tier" / "contract"
    mods = {m for p, m in _imports("middle_tier") if p.parent == contract}
    assert len({p for p, _ in _imports("middle_tier") if p.parent == contract}) >= 6     # core and five areas
    assert {_top(m) for m in mods if not m.startswith("middle_tier.contract")} <= allowed


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, str(ROOT / "setup.cfg")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    counts = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert counts and counts.group(2) == "0", result.stdout
    assert int(counts.group(1)) >= 13, "the tier rules, the area layers, each area's face and the core's internals"
