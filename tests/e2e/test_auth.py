"""Login, lock-out, logout, resume, idle expiry and password changes, through real RPyC connections."""
from __future__ import annotations

import datetime as dt
import json
import time

from sqlalchemy import select, update

from data_tier.engine import make_session_factory
from data_tier.system import AuditLog, LoginSession, User
from middle_tier.contract import (
    E_ACCOUNT_DISABLED,
    E_ACCOUNT_LOCKED,
    E_AUTH,
    E_BAD_ARG,
    E_CHANGE_PASSWORD,
    E_LOGIN_FAILED,
    E_PERMISSION,
    E_VALIDATION,
    LoginResult,
    Page,
    ServerInfo,
)
from middle_tier.contract.system import UserRecord
from middle_tier.system.auth import delay_after
from tests.conftest import new_request_id, ready_user, remote_error, unique


def make_user(admin, roles=("manager",), password="initial-pass1"):
    username = unique("u")
    rec = admin.system.create_user(username=username, display_name="Test User", password=password, roles=roles,
                                   request_id=new_request_id())
    return username, rec


def test_server_info_needs_no_login_and_names_no_database_url(connect):
    info = ServerInfo.from_wire(connect().root.server_info())
    assert info.name == "Emporium"
    assert info.database in ("sqlite", "mysql", "mariadb")
    assert "/" not in info.database


def test_login_returns_a_session_that_knows_the_user_and_permissions(login):
    session = login("manager")
    me = LoginResult.from_wire(session.info())
    assert me.username == "manager"
    assert me.roles == ("manager",)
    assert "system.audit.read" in me.permissions
    assert "system.users.write" not in me.permissions
    assert len(me.token) >= 40
    assert me.timezone == "Asia/Shanghai"          # the company's time zone (a setting), for dates on screens


def test_wrong_password_and_unknown_user_get_the_same_answer(connect):
    root = connect().root
    wrong = remote_error(root.login, "admin", "not-the-password")
    unknown = remote_error(root.login, "nobody-here", "whatever123")
    assert wrong.code == unknown.code == E_LOGIN_FAILED
    assert wrong.message == unknown.message


def test_login_arguments_must_be_text(connect):
    root = connect().root
    assert remote_error(root.login, ["admin"], "x").code == E_BAD_ARG
    assert remote_error(root.login, "admin", 1234).code == E_BAD_ARG
    assert remote_error(root.login, "", "").code == E_LOGIN_FAILED


def _from(endpoint, source: str):
    """A connection to the middle tier from another source address of this host (127.0.0.0/8 is all loopback)."""
    import socket

    import rpyc
    from rpyc.core.stream import SocketStream

    from client.connection import CLIENT_CONFIG

    sock = socket.create_connection((endpoint.host, endpoint.port), timeout=10, source_address=(source, 0))
    return rpyc.connect_stream(SocketStream(sock), config=dict(CLIENT_CONFIG))


def _failed_logins(engine, username):
    with make_session_factory(engine)() as s:
        return [json.loads(e.changes) for e in s.scalars(select(AuditLog).where(
            AuditLog.username == username, AuditLog.verb == "session.login_failed").order_by(AuditLog.id))]


def _after_the_delay(root, username, password):
    """Log in once the growing delay after failures has passed (attempts within it are not checked)."""
    deadline = time.monotonic() + 10
    while True:
        err = remote_error(root.login, username, password)
        if err.code != E_LOGIN_FAILED or time.monotonic() > deadline:
            return err
        time.sleep(0.2)


def test_repeated_failures_lock_the_source_even_for_the_right_password_and_the_log_knows(admin, connect, engine):
    username, rec = make_user(admin)
    root = connect().root
    for _ in range(5):
        assert remote_error(root.login, username, "wrong-password").code == E_LOGIN_FAILED
    err = _after_the_delay(root, username, "initial-pass1")
    assert err.code == E_ACCOUNT_LOCKED                               # said only to the right password
    time.sleep(delay_after(6).total_seconds() + 0.1)
    assert remote_error(root.login, username, "wrong-password").code == E_LOGIN_FAILED   # locked: no hint
    reasons = [e["reason"][1] for e in _failed_logins(engine, username)]
    assert reasons[:3] == ["wrong password"] * 3 and "throttled" in reasons[3:5]
    assert "locked (the right password)" in reasons and reasons[-1] == "wrong password"
    assert any("locked" in e for e in _failed_logins(engine, username)[:5])       # the lock-out is on record
    assert UserRecord.from_wire(admin.system.get_user(user_id=rec[0])).is_locked
    admin.system.unlock_user(user_id=rec[0])
    assert LoginResult.from_wire(root.login(username, "initial-pass1").info()).username == username


def test_attempts_right_after_failures_are_not_checked_and_get_the_same_answer(admin, connect, engine):
    """Growing delays: after a few failures from one source, a password is checked only after a delay; an attempt
    before it is refused as wrong even when it is right (a guesser gets a few tries a minute, not thousands)."""
    username, _ = make_user(admin)
    root = connect().root
    for _ in range(3):
        assert remote_error(root.login, username, "wrong-password").code == E_LOGIN_FAILED
    assert remote_error(root.login, username, "initial-pass1").code == E_LOGIN_FAILED     # too soon: not checked
    assert _failed_logins(engine, username)[-1]["reason"][1] == "throttled"
    time.sleep(delay_after(3).total_seconds() + 0.1)
    assert LoginResult.from_wire(root.login(username, "initial-pass1").info()).username == username


def test_wrong_unknown_and_locked_get_the_same_answer(admin, connect):
    username, _ = make_user(admin)
    root = connect().root
    for _ in range(5):
        remote_error(root.login, username, "wrong-password")
    time.sleep(delay_after(6).total_seconds() + 0.1)
    locked = remote_error(root.login, username, "still-wrong-1")
    unknown = remote_error(root.login, unique("nobody"), "still-wrong-1")
    assert (locked.code, locked.message) == (unknown.code, unknown.message) == (E_LOGIN_FAILED,
                                                                                  "Wrong user name or password.")


def test_a_locked_out_source_does_not_lock_the_owner_out_of_their_workstation(admin, endpoint, connect):
    """Whoever can reach the port locks the user name at their own address only; the owner logs in from theirs."""
    username, _ = make_user(admin)
    attacker = _from(endpoint, "127.0.0.2")
    try:
        for _ in range(6):
            assert remote_error(attacker.root.login, username, "guess-1234").code == E_LOGIN_FAILED
        assert _after_the_delay(attacker.root, username, "initial-pass1").code == E_ACCOUNT_LOCKED
    finally:
        attacker.close()
    owner = connect().root                                             # 127.0.0.1: the usual workstation
    assert LoginResult.from_wire(owner.login(username, "initial-pass1").info()).username == username


def test_disabled_user_cannot_log_in_and_loses_open_sessions(admin, login, connect):
    username, password = ready_user(admin, connect, roles=("manager",))
    session = login(username, password)
    assert session.system.list_audit(page_size=1)
    rec = Page.from_wire(admin.system.list_users(search=username)).records(UserRecord)[0]
    admin.system.set_user_active(user_id=rec.id, version=rec.version, active=False)
    assert remote_error(login, username, password).code == E_ACCOUNT_DISABLED
    # the open session is ended in the database: its next write or its next re-check is refused
    assert remote_error(session.change_password, old_password=password, new_password="another-pass2").code == E_AUTH


def test_until_the_initial_password_is_changed_only_who_am_i_the_change_and_logout_are_allowed(admin, login,
                                                                                               unchanged):
    """The client asks for a new password at the first login; the middle tier enforces it: a user an
    administrator created cannot create a warehouse, or an administrator, on the initial password."""
    username, _ = make_user(admin, roles=("administrator",))
    session = login(username, "initial-pass1")
    with unchanged():
        for call, kwargs in [(session.wms.create_warehouse, dict(code=unique("w"), name="Not yet")),
                             (session.system.create_user, dict(username=unique("x"), display_name="Not yet",
                                                               password="whatever-pass1", request_id=new_request_id())),
                             (session.system.list_users, {}), (session.system.ping, {})]:
            err = remote_error(call, **kwargs)
            assert err.code == E_CHANGE_PASSWORD, (call, err)
    assert LoginResult.from_wire(session.info()).must_change_password is True
    assert session.set_language(language="zh_CN") == "zh_CN"
    assert len(session.verb_catalogue()) > 100
    session.change_password(old_password="initial-pass1", new_password="now-my-own-pass")
    assert session.system.ping() == "pong" and Page.from_wire(session.system.list_users(page_size=1)).rows
    session.logout()


def test_logout_ends_the_session_and_resume_no_longer_works(login, connect):
    session = login("manager")
    token = LoginResult.from_wire(session.info()).token
    session.logout()
    assert remote_error(session.info).code == E_AUTH
    assert remote_error(session.system.list_audit).code == E_AUTH
    assert remote_error(connect().root.resume, token).code == E_AUTH


def test_a_new_connection_resumes_a_live_session_without_the_password(login, connect):
    session = login("manager")
    token = LoginResult.from_wire(session.info()).token
    resumed = connect().root.resume(token)
    assert LoginResult.from_wire(resumed.info()).username == "manager"
    assert resumed.system.list_audit(page_size=1)[0]
    assert remote_error(connect().root.resume, "x" * 43).code == E_AUTH
    assert remote_error(connect().root.resume, 42).code == E_BAD_ARG


def test_an_idle_session_expires(login, connect, engine):
    session = login("manager")
    token = LoginResult.from_wire(session.info()).token
    with make_session_factory(engine).begin() as s:
        s.execute(update(LoginSession).where(LoginSession.ended_at.is_(None), LoginSession.user_id == select(
            User.id).where(User.username == "manager").scalar_subquery())
            .values(last_seen_at=dt.datetime(2020, 1, 1)))
    err = remote_error(connect().root.resume, token)
    assert err.code == E_AUTH and "inactivity" in err.message


def test_change_own_password(admin, login):
    username, _ = make_user(admin)
    session = login(username, "initial-pass1")
    assert LoginResult.from_wire(session.info()).must_change_password is True
    err = remote_error(session.change_password, old_password="wrong", new_password="brand-new-pass")
    assert (err.code, err.field) == (E_VALIDATION, "old_password")
    err = remote_error(session.change_password, old_password="initial-pass1", new_password="short")
    assert (err.code, err.field) == (E_VALIDATION, "new_password")
    session.change_password(old_password="initial-pass1", new_password="brand-new-pass")
    assert LoginResult.from_wire(session.info()).must_change_password is False
    assert remote_error(login, username, "initial-pass1").code == E_LOGIN_FAILED
    assert login(username, "brand-new-pass")


def test_reset_password_ends_sessions_and_forces_a_change(admin, login):
    username, rec = make_user(admin)
    session = login(username, "initial-pass1")
    session.change_password(old_password="initial-pass1", new_password="users-own-pass")
    admin.system.reset_password(user_id=rec[0], new_password="temporary-pass")
    assert remote_error(session.change_password, old_password="users-own-pass",
                        new_password="yet-another-1").code == E_AUTH
    fresh = login(username, "temporary-pass")
    assert LoginResult.from_wire(fresh.info()).must_change_password is True


def test_permission_is_refused_with_a_clear_code(login):
    err = remote_error(login("manager").system.create_role, code="x", name="x")
    assert err.code == E_PERMISSION
    assert err.message
