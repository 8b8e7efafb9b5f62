"""Every verb the client names exists on the server, with the keyword arguments the client passes.

The client names verbs as "area.verb" strings. These tests read every such string in client/ and check it
against the server's own verb catalogue (`middle_tier.service.CATALOGUE`, what `session.verb_catalogue` publishes),
and check the keyword arguments of each call that names its verb literally: every keyword is a parameter of the
verb, and every required parameter is given (unless the call forwards more with **).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from middle_tier.contract.system import PERMISSION_CODES
from middle_tier.service import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
PATH = re.compile(r"^(root|session|system|catalog|promotions|purchasing|wms)\.[a-z_]+$")
# what the root service offers before a login (not in the catalogue): name -> (parameters, required)
ROOT_VERBS = {"root.login": ({"username", "password"}, {"username", "password"}), "root.resume": ({"token"}, {"token"}),
              "root.server_info": (set(), set())}
# wrappers that take a verb path and forward their other keywords to the verb: name -> keywords of their own
FORWARDERS = {"call": {"again"}, "submit": set(), "set_source": set(), "fetch_all": {"page_size"}}
PAGING = {"cursor", "page_size"}        # a paged list model fills these in itself


def _verbs() -> dict[str, tuple[set[str], set[str]]]:
    out = dict(ROOT_VERBS)
    for v in CATALOGUE:
        out[v.name] = ({p.name for p in v.params}, {p.name for p in v.params if p.required})
    return out


def _client_sources() -> list[tuple[Path, ast.AST]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted((ROOT / "client").rglob("*.py"))]


def _named_verbs() -> list[tuple[str, int, str]]:
    found = []
    for path, tree in _client_sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and PATH.match(node.value)
                    and node.value not in PERMISSION_CODES):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    return found


def _literal_calls() -> list[tuple[str, int, str, str, ast.Call]]:
    """(file, line, callee name, verb path, call) for every call with a verb path among its positional arguments."""
    out = []
    for path, tree in _client_sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and PATH.match(arg.value) \
                        and arg.value not in PERMISSION_CODES:
                    out.append((str(path.relative_to(ROOT)), node.lineno, callee, arg.value, node))
    return out


def test_the_scan_finds_the_clients_verbs():
    """The checks below can only fail if they see the client's calls: they do (about 80 of them)."""
    assert len(_named_verbs()) > 60
    assert len([c for c in _literal_calls() if c[2] in FORWARDERS]) > 50


def test_every_verb_the_client_names_exists_on_the_server():
    verbs = _verbs()
    unknown = [(f, line, name) for f, line, name in _named_verbs() if name not in verbs]
    assert unknown == []


@pytest.mark.parametrize("file,line,callee,name,call", _literal_calls(),
                         ids=[f"{f}:{n}:{v}" for f, n, _c, v, _ in _literal_calls()])
def test_each_call_passes_the_verbs_parameters(file, line, callee, name, call):
    verbs = _verbs()
    if name not in verbs:
        pytest.fail(f"{file}:{line}: no verb {name}")
    params, required = verbs[name]
    if callee == "PagedTableModel":                  # a paged list: the model pages it
        assert PAGING <= params, f"{file}:{line}: {name} is not a paged list verb"
        return
    if callee not in FORWARDERS:
        return                                       # e.g. print_document(parent, rpc, path, kind, ref)
    given = {k.arg for k in call.keywords if k.arg is not None} - FORWARDERS[callee]
    assert given <= params, f"{file}:{line}: {name} has no parameter {sorted(given - params)}"
    forwards_more = any(k.arg is None for k in call.keywords)
    filled = PAGING if callee in ("set_source", "fetch_all") else set()
    if not forwards_more:
        assert required <= given | filled, f"{file}:{line}: {name} needs {sorted(required - given - filled)}"


def test_a_wrong_call_would_be_caught():
    """The keyword check is real: a call with a misspelt or missing argument fails it."""
    params, required = _verbs()["wms.reserve"]
    call = ast.parse('rpc.call("wms.reserve", ok, err, doc_typ="order", doc_ref="x")').body[0].value
    given = {k.arg for k in call.keywords}
    assert not given <= params and not required <= given
