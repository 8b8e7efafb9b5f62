"""Users and roles through the system component: the rules, and bad inputs that change nothing."""
from __future__ import annotations

import json

import pytest

from middle_tier.contract import E_BAD_ARG, E_CONFLICT, E_DUPLICATE, E_NOT_FOUND, E_VALIDATION, Page
from middle_tier.contract.system import PERMISSION_CODES, RoleRecord, UserRecord
from tests.conftest import new_request_id, ready_user, remote_error, unique


def create(admin, **kw):
    args = dict(username=unique("u"), display_name="Zhou Xun 周迅", password="good-password",
                roles=("merchandiser",), request_id=new_request_id())
    args.update(kw)
    return UserRecord.from_wire(admin.system.create_user(**args))


def test_create_user_then_read_it_back(admin):
    rec = create(admin, email="zx@example.com", roles=("merchandiser", "purchaser"))
    again = UserRecord.from_wire(admin.system.get_user(user_id=rec.id))
    assert again == rec
    assert rec.roles == ("merchandiser", "purchaser")
    assert rec.display_name == "Zhou Xun 周迅"
    assert rec.is_active and not rec.is_locked


def test_create_user_with_the_same_request_id_is_done_once(admin):
    rid = new_request_id()
    username = unique("idem")
    first = admin.system.create_user(username=username, display_name="Once", password="good-password",
                                     request_id=rid)
    second = admin.system.create_user(username=username, display_name="Once", password="good-password",
                                      request_id=rid)
    assert first == second
    page = Page.from_wire(admin.system.list_users(search=username))
    assert len(page.rows) == 1
    log = Page.from_wire(admin.system.list_audit(verb="system.create_user", record_id=str(first[0])))
    assert len(log.rows) == 1


@pytest.mark.parametrize("field,value,code", [
    ("username", "ab", E_VALIDATION),
    ("username", "has space", E_VALIDATION),
    ("username", "Ünïcode", E_VALIDATION),
    ("username", "x" * 65, E_VALIDATION),
    ("display_name", "   ", E_VALIDATION),
    ("display_name", "y" * 129, E_VALIDATION),
    ("display_name", "tab\there", E_VALIDATION),
    ("email", "not-an-email", E_VALIDATION),
    ("password", "short", E_VALIDATION),
    ("password", " leading-space", E_VALIDATION),
    ("roles", ("no_such_role",), E_VALIDATION),
    ("request_id", "bad id!", E_VALIDATION),
    ("request_id", "", E_VALIDATION),
])
def test_create_user_refuses_bad_values_and_changes_nothing(admin, unchanged, field, value, code):
    args = dict(username=unique("u"), display_name="Name", password="good-password", roles=(),
                request_id=new_request_id())
    args[field] = value
    with unchanged():
        err = remote_error(admin.system.create_user, **args)
    assert err.code == code
    assert err.field == field
    assert err.message


def test_a_taken_user_name_is_a_duplicate(admin, unchanged):
    rec = create(admin)
    with unchanged():
        err = remote_error(admin.system.create_user, username=rec.username.upper(), display_name="Again",
                           password="good-password", request_id=new_request_id())
    assert (err.code, err.field) == (E_DUPLICATE, "username")


def test_update_user_checks_the_version(admin, unchanged):
    rec = create(admin)
    updated = UserRecord.from_wire(admin.system.update_user(
        user_id=rec.id, version=rec.version, display_name="New Name", email="", roles=("finance_clerk",)))
    assert updated.version == rec.version + 1
    assert updated.roles == ("finance_clerk",)
    with unchanged():
        err = remote_error(admin.system.update_user, user_id=rec.id, version=rec.version, display_name="Stale",
                           email="", roles=())
    assert (err.code, err.field) == (E_CONFLICT, "version")


def test_unknown_user_is_not_found(admin, unchanged):
    with unchanged():
        for call in (lambda: admin.system.get_user(user_id=987654),
                     lambda: admin.system.update_user(user_id=987654, version=1, display_name="x", email="", roles=()),
                     lambda: admin.system.set_user_active(user_id=987654, version=1, active=False),
                     lambda: admin.system.reset_password(user_id=987654, new_password="good-password"),
                     lambda: admin.system.unlock_user(user_id=987654)):
            assert remote_error(call).code == E_NOT_FOUND


def test_an_administrator_cannot_disable_themselves(admin, unchanged):
    me = admin.info()
    rec = UserRecord.from_wire(admin.system.get_user(user_id=me[1]))
    with unchanged():
        err = remote_error(admin.system.set_user_active, user_id=rec.id, version=rec.version, active=False)
    assert err.code == E_CONFLICT


def test_the_last_active_administrator_keeps_the_role(admin, login, unchanged, connect):
    # make a second admin, then try to strip the role from every admin through the second one
    username, password = ready_user(admin, connect, roles=("administrator",), password="second-admin-pw")
    other = login(username, password)
    rec = Page.from_wire(admin.system.list_users(search=username)).records(UserRecord)[0]
    admins = [UserRecord.from_wire(r) for r in Page.from_wire(other.system.list_users(page_size=500)).rows]
    admins = [u for u in admins if "administrator" in u.roles and u.is_active and u.id != rec.id]
    for u in admins:
        other.system.update_user(user_id=u.id, version=u.version, display_name=u.display_name, email=u.email,
                                 roles=tuple(r for r in u.roles if r != "administrator") or ("manager",))
    me = UserRecord.from_wire(other.system.get_user(user_id=rec.id))
    with unchanged():
        err = remote_error(other.system.update_user, user_id=me.id, version=me.version, display_name="x",
                           email="", roles=("manager",))
    assert (err.code, err.field) == (E_CONFLICT, "roles")
    for u in admins:  # give the role back
        cur = UserRecord.from_wire(other.system.get_user(user_id=u.id))
        other.system.update_user(user_id=u.id, version=cur.version, display_name=cur.display_name, email=cur.email,
                                 roles=("administrator",))


def test_user_list_is_paged_by_cursor_without_gaps_or_repeats(admin):
    prefix = unique("pg")
    made = sorted(create(admin, username=f"{prefix}{i:02d}").username for i in range(7))
    seen, cursor = [], ""
    while True:
        page = Page.from_wire(admin.system.list_users(search=prefix, cursor=cursor, page_size=3))
        seen += [UserRecord.from_wire(r).username for r in page.rows]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == made


@pytest.mark.parametrize("kw", [dict(page_size=0), dict(page_size=501), dict(cursor="%%%garbage"),
                                dict(cursor="WzEsMl0")])
def test_bad_paging_arguments_are_refused(admin, kw):
    err = remote_error(admin.system.list_users, **kw)
    assert err.code == E_BAD_ARG
    assert err.field in ("page_size", "cursor")


def test_roles_create_update_matrix_delete(admin, unchanged):
    code = unique("role_")
    role = RoleRecord.from_wire(admin.system.create_role(code=code, name="Night shift",
                                                         permissions=("wms.read", "wms.operate")))
    assert role.permissions == ("wms.operate", "wms.read") and not role.is_builtin
    role = RoleRecord.from_wire(admin.system.update_role(role_id=role.id, version=role.version, name="Night crew",
                                                         description="22:00-06:00"))
    assert role.name == "Night crew"
    (role,) = [RoleRecord.from_wire(r) for r in admin.system.set_permission_matrix(
        rows=((role.id, role.version, ("wms.read", "catalog.read")),))]
    assert role.permissions == ("catalog.read", "wms.read")
    entry = Page.from_wire(admin.system.list_audit(verb="system.set_permission_matrix", record_id=str(role.id)))
    changes = json.loads(entry.rows[0][8])
    assert changes[f"{code}.granted"] == [[], ["catalog.read"]]
    assert changes[f"{code}.revoked"] == [["wms.operate"], []]
    with unchanged():
        err = remote_error(admin.system.set_permission_matrix, rows=((role.id, role.version, ("nope.perm",)),))
        assert (err.code, err.field) == (E_VALIDATION, "permissions")
        err = remote_error(admin.system.set_permission_matrix, rows=((role.id, role.version - 1, ()),))
        assert err.code == E_CONFLICT
        err = remote_error(admin.system.create_role, code=code, name="dup")
        assert (err.code, err.field) == (E_DUPLICATE, "code")
    admin.system.delete_role(role_id=role.id, version=role.version)
    assert remote_error(admin.system.delete_role, role_id=role.id, version=role.version).code == E_NOT_FOUND


def test_permission_matrix_is_all_or_nothing(admin, unchanged):
    roles = [RoleRecord.from_wire(r) for r in Page.from_wire(admin.system.list_roles()).rows]
    merch = next(r for r in roles if r.code == "merchandiser")
    admin_role = next(r for r in roles if r.code == "administrator")
    with unchanged():
        err = remote_error(admin.system.set_permission_matrix, rows=(
            (merch.id, merch.version, merch.permissions + ("reports.read",)),
            (admin_role.id, admin_role.version, ("system.users.read",)),   # refused: admin keeps everything
        ))
    assert err.code == E_CONFLICT
    assert set(admin_role.permissions) == PERMISSION_CODES


def test_builtin_roles_and_roles_in_use_cannot_be_deleted(admin, unchanged):
    roles = [RoleRecord.from_wire(r) for r in Page.from_wire(admin.system.list_roles()).rows]
    builtin = next(r for r in roles if r.code == "manager")
    code = unique("used_")
    used = RoleRecord.from_wire(admin.system.create_role(code=code, name="Used"))
    create(admin, roles=(code,))
    with unchanged():
        assert remote_error(admin.system.delete_role, role_id=builtin.id, version=builtin.version).code == E_CONFLICT
        assert remote_error(admin.system.delete_role, role_id=used.id, version=used.version).code == E_CONFLICT


def test_builtin_roles_cover_the_users_of_the_brief(admin):
    codes = {RoleRecord.from_wire(r).code for r in Page.from_wire(admin.system.list_roles()).rows}
    assert {"administrator", "merchandiser", "purchaser", "warehouse_clerk", "cs_agent", "finance_clerk",
            "manager"} <= codes
    manager = next(RoleRecord.from_wire(r) for r in Page.from_wire(admin.system.list_roles()).rows
                   if r[1] == "manager")
    assert all(p.endswith(".read") for p in manager.permissions)
