"""The operation log names what it stores in the user's language: every writing verb has a label, and every field and
kind of record the middle tier writes into a log entry has a name in the contract (the translator's list,
tests/unit/test_translations.py, then makes sure each is translated)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from middle_tier.contract import StateMachine, catalog, payments, promotions, purchasing, system, wms
from middle_tier.contract.system import AUDIT_EVENTS, AUDIT_FIELDS, AUDIT_RECORDS
from middle_tier.core.verbs import verb
from middle_tier.service import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]


def _calls(attr: str) -> list[tuple[Path, ast.Call]]:
    out = []
    for path in (ROOT / "middle_tier").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (getattr(node.func, "attr", None) == attr
                                               or getattr(node.func, "id", None) == attr):
                out.append((path, node))
    return out


def _keys(node: ast.AST) -> set[str]:
    """The literal keys of a changes mapping: a dict literal (and what it unpacks), or diff(before, after)'s."""
    keys: set[str] = set()
    if isinstance(node, ast.Dict):
        for k, v in zip(node.keys, node.values):
            if isinstance(k, ast.Constant) and isinstance(k.value, str):
                keys.add(k.value)
            elif k is None:
                keys |= _keys(v)
    elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "diff":
        for a in node.args:
            keys |= _keys(a)
    return keys


def test_a_writing_verb_without_a_label_is_refused():
    with pytest.raises(TypeError, match="label"):
        @verb("system.users.write", writes=True)
        def unnamed(uow) -> None:  # type: ignore[no-untyped-def]
            """Writes, but the operation log could not say what."""


def test_every_writing_verb_of_the_catalogue_has_a_label_and_no_two_share_one():
    writing = [v for v in CATALOGUE if v.writes]
    assert len(writing) > 70
    assert all(v.label for v in writing), [v.name for v in writing if not v.label]
    labels = [v.label for v in writing]
    assert len(set(labels)) == len(labels), sorted(x for x in labels if labels.count(x) > 1)
    assert not {v.label for v in writing} & {e.label for e in AUDIT_EVENTS}


def test_every_field_the_middle_tier_writes_into_a_log_entry_has_a_name():
    keys: set[str] = set()
    for _path, call in _calls("diff"):
        keys |= _keys(call)
    for _path, call in _calls("audit"):
        if len(call.args) > 2:
            keys |= _keys(call.args[2])
        for kw in call.keywords:
            if kw.arg == "changes":
                keys |= _keys(kw.value)
    for _path, call in _calls("audit_state"):
        keys |= {kw.value.value for kw in call.keywords if kw.arg == "key" and isinstance(kw.value, ast.Constant)}
    keys.add("state")
    assert len(keys) > 50
    named = {n.code for n in AUDIT_FIELDS}
    assert keys <= named, sorted(keys - named)


def test_every_kind_of_record_a_log_entry_names_has_a_name():
    areas = (catalog, payments, promotions, purchasing, system, wms)
    kinds = {m.kind for module in areas for m in vars(module).values() if isinstance(m, StateMachine)}
    assert "pick_task" in kinds
    for _path, call in _calls("audit") + _calls("audit_state"):
        if call.args and isinstance(call.args[0], ast.Constant):
            kinds.add(call.args[0].value)
    assert len(kinds) > 20
    named = {n.code for n in AUDIT_RECORDS}
    assert kinds <= named, sorted(kinds - named)


def test_each_name_is_given_once():
    for names in (AUDIT_EVENTS, AUDIT_FIELDS, AUDIT_RECORDS):
        codes = [n.code for n in names]
        assert len(set(codes)) == len(codes)
