"""Emporium builds as a wheel without setuptools' warnings, and the wheel carries the files the product reads at run
time (translations, style, icons, migrations)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("client", "middle_tier", "data_tier", "resources", "setup.cfg", "pyproject.toml", "README.md")


def test_the_wheel_builds_quietly_and_holds_the_data_files(tmp_path):
    src = tmp_path / "src"
    for name in SOURCES:        # a copy: building writes build/ and *.egg-info beside the sources
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, src / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"),
                            str(src)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    log = built.stdout + built.stderr
    assert "would be ignored" not in log and "is absent from the `packages` configuration" not in log, log
    (wheel,) = (tmp_path / "dist").glob("emporium-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("resources/i18n/emporium_zh_CN.qm", "resources/style/app.qss", "client/app.py",
                   "data_tier/migrations/env.py", "middle_tier/contract/__init__.py"):
        assert needed in names, needed
    assert any(n.startswith("resources/icons/") and n.endswith(".svg") for n in names)
    assert any(n.startswith("data_tier/migrations/versions/") for n in names)
