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


def _server_templates() -> set[str]:
    """Every contract.Text("...") template written in the middle tier."""
    import ast

    found = set()
    for path in (ROOT / "middle_tier").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def test_every_server_message_template_names_exactly_the_values_it_is_given():
    """Text("... {name} ...", name=value): a brace the template does not escape, or a value it does not name,
    would fail only when that error is raised."""
    import ast

    from client.server_texts import placeholders

    calls = 0
    for path in (ROOT / "middle_tier").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                calls += 1
                assert placeholders(node.args[0].value) == {kw.arg for kw in node.keywords}, \
                    (path.name, node.lineno, node.args[0].value)
    assert calls > 200


def test_every_server_message_template_is_marked_and_keeps_its_placeholders():
    from client.server_texts import MARKED, placeholders

    templates = _server_templates()
    assert len(templates) > 40
    assert templates - MARKED == set(), "mark them in client/server_texts.py"
    for (context, source), message in _messages(TS).items():
        if context == "server":
            translation = message.findtext("translation") or ""
            assert placeholders(translation) == placeholders(source), (source, translation)


def test_a_server_message_reaches_the_user_in_chinese(qapp):
    """A template the middle tier sent is shown translated, with its parameters; unknown ones stay English."""
    from client import i18n
    from client.server_texts import localized
    from middle_tier.contract import DomainError, Text

    keep = i18n.install(qapp, "zh_CN")
    try:
        err = localized(DomainError("E_VALIDATION", Text("Wrong bin: this task is at {bin}.", bin="A-07"), "qty"))
        assert "A-07" in err.message and "Wrong bin" not in err.message and err.field == "qty"
        found = localized(DomainError("E_NOT_FOUND", Text("{what} does not exist (it may have been deleted).",
                                                          what="This receipt")))
        assert "This receipt" not in found.message            # the record's name is translated too
        required = localized(DomainError("E_VALIDATION", Text("{label} is required.", label="Supplier code"),
                                         "code"))
        assert "Supplier code" not in required.message and "required" not in required.message  # a field's label
        denied = localized(DomainError("E_PERMISSION", Text("You do not have the permission for this action.")))
        assert "permission" not in denied.message
        plain = localized(DomainError("E_VALIDATION", "Something the client has no translation for."))
        assert plain.message == "Something the client has no translation for."
    finally:
        for t in keep:
            qapp.removeTranslator(t)
        i18n.install(qapp, "en")
