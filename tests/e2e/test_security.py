"""What a client can and cannot reach over the wire."""
from __future__ import annotations

import pytest
import rpyc
from rpyc.core import consts
from sqlalchemy.exc import IntegrityError

import middle_tier.system.users
from middle_tier.contract import E_AUTH, E_INTERNAL
from middle_tier.service import COMPONENTS
from tests.conftest import remote_error

FORBIDDEN_NAMES = ["_state", "_ctx", "_factory", "_session", "__class__", "__dict__", "__module__",
                   "__init__", "__new__", "__getattribute__", "__reduce__", "__reduce_ex__", "__subclasshook__",
                   "_conn", "conn", "session_factory", "on_connect", "_open", "exposed_", "_rpyc_getattr"]


def _refused(obj, name):
    """Ask the server itself for the attribute (the local netref answers some dunders on its own)."""
    conn = object.__getattribute__(obj, "____conn__")
    try:
        conn.sync_request(consts.HANDLE_GETATTR, obj, name)
    except AttributeError:
        return True
    return False


def test_root_exposes_only_server_info_login_and_resume(connect):
    root = connect().root
    assert sorted(dir(root)) == ["login", "resume", "server_info"]
    assert not isinstance(root.__class__, rpyc.BaseNetref)   # a local proxy class, not the server's class
    for name in FORBIDDEN_NAMES:
        assert _refused(root, name), name


def test_session_and_components_refuse_everything_but_their_verbs(login):
    session = login("admin")
    for obj in [session, *(getattr(session, name) for name in COMPONENTS)]:
        for name in FORBIDDEN_NAMES:
            assert _refused(obj, name), name
    for name in ["__func__", "__self__", "__globals__", "__code__", "__closure__", "__wrapped__"]:
        assert _refused(session.system.ping, name), name
    assert "unit_of_work" not in dir(session.system)
    assert set(dir(session.system)) == set(COMPONENTS["system"].verbs())


def test_protocol_refuses_setting_attributes(login):
    session = login("admin")
    with pytest.raises(AttributeError):
        session.system.exposed_ping = None
    with pytest.raises(AttributeError):
        session.system = None


def test_unauthenticated_connection_cannot_reach_any_component(connect):
    root = connect().root
    for name in COMPONENTS:
        assert _refused(root, name)


def test_logged_out_session_refuses_every_verb_of_every_component(login):
    session = login("admin")
    session.logout()
    for name, cls in COMPONENTS.items():
        component = getattr(session, name)
        for verb in cls.verbs():
            assert remote_error(getattr(component, verb)).code == E_AUTH, f"{name}.{verb}"


def test_an_internal_error_reaches_the_client_as_a_reference_only(login, monkeypatch):
    def boom(user):
        raise IntegrityError("SELECT secret_column FROM app_user WHERE password_hash = ?", ("hash-123",),
                             Exception("constraint failed"))

    monkeypatch.setattr(middle_tier.system.users, "_user_record", boom)
    session = login("admin")
    try:
        session.system.get_user(user_id=1)
    except Exception as e:
        payload = repr(e.args) + repr({k: getattr(e, k) for k in dir(e) if not k.startswith("__")})
        assert getattr(e, "code", None) == E_INTERNAL
        assert "secret_column" not in payload and "hash-123" not in payload
        assert "Traceback" not in str(e).replace("Remote Traceback", "")
        assert getattr(e, "ref", "") and e.ref in e.message
    else:
        raise AssertionError("no error")


def test_results_are_plain_values_never_netrefs(login):
    import rpyc

    session = login("admin")

    def walk(value):
        assert not isinstance(value, rpyc.BaseNetref), value
        assert type(value) in (tuple, str, int, bool, bytes, type(None)), type(value)
        if type(value) is tuple:
            for v in value:
                walk(v)

    walk(session.info())
    walk(session.system.list_users(page_size=5))
    walk(session.system.list_roles())
    walk(session.system.list_settings())
    walk(session.system.list_audit(page_size=5))
    walk(session.system.list_permissions())
