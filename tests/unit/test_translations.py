"""Every visible string of the client, and every message the middle tier composes, is translated into Simplified
Chinese, and the shipped .qm is current."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "emporium_zh_CN.ts"
SCRIPT = ROOT / "scripts" / "server_texts.py"


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


def _server_texts() -> ModuleType:
    """scripts/server_texts.py, the extractor of the middle tier's messages (a script, not a package)."""
    if "server_texts" not in sys.modules:
        spec = importlib.util.spec_from_file_location("server_texts", SCRIPT)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["server_texts"] = module          # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["server_texts"]


def _check(ts: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--check", "--ts", str(ts)], capture_output=True, text=True)


def test_every_server_message_is_in_the_ts_and_translated():
    """The list of the middle tier's messages in the .ts is current, and every one has its Chinese translation."""
    result = _check(TS)
    assert result.returncode == 0, f"run scripts/update_translations.sh and translate:\n{result.stdout[:3000]}"


def test_the_check_fails_for_a_template_the_ts_lacks(tmp_path):
    ts = tmp_path / "zh.ts"
    text = TS.read_text(encoding="utf-8")
    dropped = ("    <message>\n        <location filename=\"../../middle_tier/core/validate.py\"/>\n"
               "        <source>{what} does not exist (it may have been deleted).</source>\n"
               "        <translation>{what}不存在（可能已被删除）。</translation>\n    </message>\n")
    assert dropped in text
    ts.write_text(text.replace(dropped, ""), encoding="utf-8")

    result = _check(ts)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["missing: '{what} does not exist (it may have been deleted).'"]

    subprocess.run([sys.executable, str(SCRIPT), "--ts", str(ts)], check=True, capture_output=True)
    back = _messages(ts)[("server", "{what} does not exist (it may have been deleted).")]
    assert back.find("translation").get("type") == "unfinished"         # to translate, and said so
    assert _check(ts).stdout.splitlines() == ["untranslated: '{what} does not exist (it may have been deleted).'"]


def test_updating_the_ts_keeps_every_translation(tmp_path):
    """As scripts/update_translations.sh: lupdate (which marks context "server" vanished: no client source names
    it), then the extractor (which restores it, and drops what lupdate left obsolete elsewhere)."""
    ts = tmp_path / "zh.ts"
    shutil.copy(TS, ts)
    sources = sorted(str(p) for p in (ROOT / "client").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-tr-function-alias", "translate+=t", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    assert {m.find("translation").get("type") for (c, _s), m in _messages(ts).items() if c == "server"} == {
        "vanished"}
    subprocess.run([sys.executable, str(SCRIPT), "--drop-obsolete", "--ts", str(ts)], check=True, capture_output=True)

    def translations(path: Path) -> dict:
        return {key: (m.findtext("translation"), m.find("translation").get("type"))
                for key, m in _messages(path).items()}

    before, after = translations(TS), translations(ts)
    assert {k: v for k, v in after.items() if k[0] == "server"} == {k: v for k, v in before.items() if k[0] == "server"}
    kept = after.keys() & before.keys()
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}
    assert {t for _text, t in after.values()} <= {None, "unfinished"}      # nothing left vanished or obsolete


def test_the_extractor_finds_templates_labels_and_label_constants(tmp_path):
    """A synthetic middle tier: what is a label is known from the annotations, through the imports."""
    files = {
        "__init__.py": "",
        "contract/__init__.py": """
            import dataclasses
            Label = str
            class Text(str):
                pass
            @dataclasses.dataclass(frozen=True)
            class Machine:
                kind: str
                label: Label
                states: tuple[Label, ...]
            """,
        "core/__init__.py": "",
        "core/checks.py": """
            from middle_tier.contract import Label, Text
            def found(obj: object, what: Label, field: str = "") -> object:
                return obj
            def plain(what: str) -> str:
                return Text("{what} is plain.", what=what)
            def own() -> None:
                found(None, "Found in its own module")
            """,
        "area/__init__.py": "from middle_tier.area.gadgets import tidy\n",
        "area/gadgets.py": """
            from middle_tier.contract import Label, Machine, Text
            from middle_tier.core import checks
            from middle_tier.core.checks import found as must
            GADGET = Machine("gadget", "Gadget", states=("new", "broken"))
            SIZES: tuple[Label, ...] = ("small", "large")
            def tidy(where: Label | None, *, loud: bool = False) -> None:
                pass
            def use(x: object, n: int) -> None:
                checks.found(x, "This gadget")
                must(x, what="This gizmo" if n else "That gizmo")
                checks.plain("Not a label")
                x.found(x, "Not resolved")
                raise ValueError(Text("Gadget {n} is broken.", n=n))
            """,
        "other.py": """
            from middle_tier import area
            area.tidy("The shelf")
            area.tidy(f"Shelf {1}")
            """,
    }
    for name, source in files.items():
        path = tmp_path / "middle_tier" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")

    found = _server_texts().extract(tmp_path / "middle_tier")
    assert found.by_kind("template") == {"{what} is plain.", "Gadget {n} is broken."}
    assert found.by_kind("label") == {"Found in its own module", "Gadget", "new", "broken", "This gadget",
                                      "This gizmo", "That gizmo", "The shelf"}
    assert found.by_kind("constant") == {"small", "large"}
    assert [d.source for d in found.dynamic] == ["f'Shelf {1}'"]


def test_the_extraction_finds_labels_of_every_kind():
    found = _server_texts().extract()
    assert len(found.by_kind("template")) > 200
    labels = found.by_kind("label")
    assert "This SKU" in labels                  # validate.found(..., what)
    assert "Supplier code" in labels             # validate.code(..., label)
    assert "Company name" in labels              # a SettingDef's label
    assert "Purchase order" in labels            # a StateMachine's label
    assert "partially_received" in labels        # one of its states
    assert "receiving" in labels                 # a warehouse area's kind, named in a message


def test_every_server_message_template_names_exactly_the_values_it_is_given():
    """Text("... {name} ...", name=value): a brace the template does not escape, or a value it does not name,
    would fail only when that error is raised."""
    import ast

    from client.server_messages import placeholders

    calls = 0
    for path in (ROOT / "middle_tier").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                calls += 1
                assert placeholders(node.args[0].value) == {kw.arg for kw in node.keywords}, \
                    (path.name, node.lineno, node.args[0].value)
    assert calls > 200


def test_every_server_translation_keeps_its_placeholders():
    from client.server_messages import placeholders

    server = {source: m for (context, source), m in _messages(TS).items() if context == "server"}
    assert len(server) > 400
    for source, message in server.items():
        translation = message.findtext("translation") or ""
        assert placeholders(translation) == placeholders(source), (source, translation)


def test_a_server_message_reaches_the_user_in_chinese(qapp):
    """A template the middle tier sent is shown translated, with its parameters; unknown ones stay English."""
    from client import i18n
    from client.server_messages import localized
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
