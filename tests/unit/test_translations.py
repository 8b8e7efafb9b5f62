"""Every visible string of the client is translated into Simplified Chinese, and the shipped .qm is current."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "emporium_zh_CN.ts"


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            out[(name, m.findtext("source"))] = m
    return out


def test_every_client_string_has_a_finished_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "client").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-tr-function-alias", "translate+=t", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    shipped = _messages(TS)
    missing = sorted(k for k in _messages(fresh) if k not in shipped)
    assert missing == [], f"run scripts/update_translations.sh and translate: {missing[:10]}"
    unfinished = [k for k, m in shipped.items() if m.find("translation").get("type") in ("unfinished", "vanished")]
    assert unfinished == []


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    qm = tmp_path / "zh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/update_translations.sh"


def test_every_catalogue_text_of_the_contract_is_marked_for_translation():
    from client.catalog_text import CATALOGUE_TEXTS, MARKED

    assert CATALOGUE_TEXTS - MARKED == set()
