"""Checks that grow with every verb: permission matrix and wrong-typed arguments, for every component."""
from __future__ import annotations

import typing

import pytest

from middle_tier.contract import E_BAD_ARG, E_PERMISSION
from middle_tier.core.verbs import AUTHENTICATED
from middle_tier.service import COMPONENTS, Session
from tests.conftest import ready_user, remote_error, unique

ALL_VERBS = [(area, name, spec) for area, cls in COMPONENTS.items() for name, spec in sorted(cls.verbs().items())]
GUARDED = [v for v in ALL_VERBS if v[2].permission != AUTHENTICATED]


def _ids(verbs):
    return [f"{a}.{n}" for a, n, _ in verbs]


@pytest.fixture(scope="module")
def role_user(request):
    """role_user(perms) -> (username, password) of a user whose only role holds exactly `perms`."""
    cache: dict = {}

    def make(admin, perms: tuple[str, ...], connect):
        if perms not in cache:
            code = unique("r")
            admin.system.create_role(code=code, name=f"Matrix {len(perms)} permission(s)", permissions=perms)
            cache[perms] = ready_user(admin, connect, roles=(code,), password="matrix-pass1")
        return cache[perms]

    return make


def test_every_exposed_verb_declares_a_known_permission():
    from middle_tier.contract.system import PERMISSION_CODES

    assert GUARDED, "no guarded verbs found"
    for area, name, spec in ALL_VERBS:
        assert spec.permission == AUTHENTICATED or spec.permission in PERMISSION_CODES, f"{area}.{name}"
        assert spec.permission == AUTHENTICATED or spec.permission.split(".")[0] == area, f"{area}.{name}"
    for name, spec in Session.verbs().items():
        assert spec.permission == AUTHENTICATED, name


@pytest.mark.parametrize("area,name,spec", GUARDED, ids=_ids(GUARDED))
def test_verb_is_refused_without_its_permission_and_changes_nothing(area, name, spec, admin, login, role_user,
                                                                     unchanged, connect):
    others = tuple(sorted({v.permission for _, _, v in GUARDED} - {spec.permission}))
    username, password = role_user(admin, others, connect)       # every permission but this verb's
    session = login(username, password)
    with unchanged():
        err = remote_error(getattr(getattr(session, area), name))
    assert err.code == E_PERMISSION, err


@pytest.mark.parametrize("area,name,spec", GUARDED, ids=_ids(GUARDED))
def test_verb_is_allowed_with_exactly_its_permission(area, name, spec, admin, login, role_user, connect):
    username, password = role_user(admin, (spec.permission,), connect)
    session = login(username, password)
    try:
        getattr(getattr(session, area), name)()
    except Exception as e:
        assert getattr(e, "code", None) != E_PERMISSION, e


def _valid(tp):
    origin = typing.get_origin(tp)
    if origin in (typing.Union,):
        return None
    if origin is tuple:
        return ()
    return {str: "x", int: 1, bool: True, bytes: b"x"}[tp]


def _wrong_values(tp):
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        inner_wrong = 1.5 if args and args[0] is not float else "x"
        return [["a"], {"a": 1}, "abc", 7, (inner_wrong,)]
    return {
        str: [1, 1.5, b"x", ["x"], {"x": 1}, None, ("x",)],
        int: ["1", 1.5, True, None, [1], 2**70],
        bool: [1, "true", None, [True]],
        bytes: ["x", 1, None, [b"x"], bytearray(b"x")],
    }[tp]


PARAM_CASES = [(area, name, pname, tp, spec) for area, name, spec in ALL_VERBS for pname, tp, _ in spec.params]


@pytest.mark.parametrize("area,name,pname,tp,spec", PARAM_CASES,
                         ids=[f"{a}.{n}.{p}" for a, n, p, _, _ in PARAM_CASES])
def test_wrong_typed_argument_is_a_domain_error_naming_the_field(area, name, pname, tp, spec, admin, unchanged):
    verb = getattr(getattr(admin, area), name)
    base = {p: _valid(t) for p, t, required in spec.params if required}
    with unchanged():
        for wrong in _wrong_values(tp):
            err = remote_error(verb, **{**base, pname: wrong})
            assert (err.code, err.field) == (E_BAD_ARG, pname), (wrong, err)


@pytest.mark.parametrize("area,name,spec", ALL_VERBS, ids=_ids(ALL_VERBS))
def test_unknown_or_extra_arguments_are_refused(area, name, spec, admin, unchanged):
    verb = getattr(getattr(admin, area), name)
    with unchanged():
        assert remote_error(verb, no_such_parameter=1).code == E_BAD_ARG
        assert remote_error(verb, *range(len(spec.params) + 1)).code == E_BAD_ARG


def test_the_fingerprint_sees_a_change(admin, engine):
    """The `unchanged` check can fail: a write through the middle tier changes the fingerprint."""
    from tests.conftest import db_fingerprint

    before = db_fingerprint(engine)
    admin.system.create_role(code=unique("fp"), name="Fingerprint probe", permissions=())
    after = db_fingerprint(engine)
    assert {t for t in before if before[t] != after[t]} >= {"role", "audit_log"}
