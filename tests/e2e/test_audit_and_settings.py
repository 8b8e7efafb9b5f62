"""The operation log and basic settings."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from middle_tier.contract import E_BAD_ARG, E_CONFLICT, E_NOT_FOUND, E_VALIDATION, Page
from middle_tier.contract.system import AuditRecord, SettingRecord, UserRecord
from tests.conftest import new_request_id, remote_error, unique


def audit(session, **filters):
    return [AuditRecord.from_wire(r) for r in Page.from_wire(session.system.list_audit(**filters)).rows]


def test_each_write_leaves_exactly_one_entry_with_before_and_after(admin):
    username = unique("aud")
    rec = UserRecord.from_wire(admin.system.create_user(username=username, display_name="Before",
                                                        password="good-password", request_id=new_request_id()))
    admin.system.update_user(user_id=rec.id, version=rec.version, display_name="After", email="a@b.cn", roles=())
    entries = audit(admin, record_type="user", record_id=str(rec.id))
    assert [e.verb for e in entries] == ["system.update_user", "system.create_user"]
    update = json.loads(entries[0].changes)
    assert update == {"display_name": ["Before", "After"], "email": ["", "a@b.cn"]}
    assert entries[0].username == "admin"
    assert entries[0].client_addr.startswith("127.0.0.1:")


def test_no_password_or_hash_ever_reaches_the_log(admin, engine):
    from sqlalchemy import text

    admin.system.create_user(username=unique("pw"), display_name="P", password="do-not-log-me",
                             request_id=new_request_id())
    with engine.connect() as conn:
        blobs = conn.execute(text("SELECT changes FROM audit_log")).scalars().all()
    assert not any("do-not-log-me" in b or "$argon2" in b for b in blobs)


def test_filters_by_user_verb_record_and_date(admin, login):
    manager = login("manager")
    entries = audit(manager, username="manager", verb="session.")
    assert entries and all(e.username == "manager" and e.verb.startswith("session.") for e in entries)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert audit(manager, username="manager", date_from=today, date_to=today)
    assert audit(manager, username="manager", date_to="2000-01-01") == []
    err = remote_error(manager.system.list_audit, date_from="2026-13-45")
    assert (err.code, err.field) == (E_VALIDATION, "date_from")
    err = remote_error(manager.system.list_audit, date_from="2026-02-02", date_to="2026-01-01")
    assert (err.code, err.field) == (E_VALIDATION, "date_to")


def test_log_pages_newest_first_without_repeats(admin):
    ids, cursor = [], ""
    for _ in range(3):
        page = Page.from_wire(admin.system.list_audit(cursor=cursor, page_size=2))
        ids += [r[0] for r in page.rows]
        cursor = page.next_cursor
        if not cursor:
            break
    assert ids == sorted(ids, reverse=True) and len(ids) == len(set(ids))


def test_reads_leave_no_entries(admin):
    before = audit(admin, page_size=1)[0].id
    admin.system.list_users()
    admin.system.list_settings()
    admin.system.list_roles()
    assert audit(admin, page_size=1)[0].id == before


def settings_of(session):
    return {s.key: s for s in (SettingRecord.from_wire(r) for r in session.system.list_settings())}


def test_settings_are_typed_and_saved_canonically(admin):
    s = settings_of(admin)
    assert s["currency"].kind == "choice" and "CNY" in s["currency"].choices
    saved = {r[0]: SettingRecord.from_wire(r) for r in admin.system.update_settings(changes=(
        ("tax_rate_percent", " 9 ", s["tax_rate_percent"].version),
        ("prices_include_tax", "FALSE", s["prices_include_tax"].version),
        ("company_name", "Emporium 上海", s["company_name"].version),
    ))}
    assert saved["tax_rate_percent"].value == "9.00"
    assert saved["prices_include_tax"].value == "false"
    assert saved["company_name"].value == "Emporium 上海"
    assert saved["company_name"].updated_by == "admin"
    entry = audit(admin, verb="system.update_settings", page_size=1)[0]
    assert json.loads(entry.changes)["tax_rate_percent"][1] == "9.00"


@pytest.mark.parametrize("key,value", [
    ("tax_rate_percent", "abc"), ("tax_rate_percent", "-1"), ("tax_rate_percent", "100.01"),
    ("tax_rate_percent", "1.234"), ("tax_rate_percent", "NaN"), ("currency", "BTC"), ("company_name", "  "),
    ("prices_include_tax", "yes"), ("session_idle_minutes", "2"), ("session_idle_minutes", "7.5"),
    ("timezone", "Mars/Olympus"), ("password_min_length", "4"),
])
def test_bad_setting_values_are_refused_and_nothing_is_saved(admin, unchanged, key, value):
    s = settings_of(admin)
    with unchanged():
        err = remote_error(admin.system.update_settings, changes=(
            ("default_locale", "en", s["default_locale"].version),   # valid, but must not be saved alone
            (key, value, s[key].version),
        ))
    assert (err.code, err.field) == (E_VALIDATION, key)


def test_setting_conflicts_and_unknown_keys(admin, unchanged):
    s = settings_of(admin)
    with unchanged():
        err = remote_error(admin.system.update_settings, changes=(("currency", "USD", s["currency"].version + 5),))
        assert (err.code, err.field) == (E_CONFLICT, "currency")
        assert remote_error(admin.system.update_settings, changes=(("no_such", "1", 0),)).code == E_NOT_FOUND
        assert remote_error(admin.system.update_settings, changes=()).code == E_VALIDATION
        assert remote_error(admin.system.update_settings, changes=(("currency", "USD"),)).code == E_BAD_ARG

