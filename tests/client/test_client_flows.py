"""The client's screens, driven with pytest-qt against a real middle tier."""
from __future__ import annotations

import json
import socket
import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from client import i18n
from client.screens.login import LoginDialog
from client.widgets.paged_model import Column, PagedTableModel
from middle_tier.contract.system import UserRecord
from tests.conftest import new_request_id, unique

ADMIN_NAV = ["home", "catalog", "catalog_setup", "search_terms", "promotions", "price_simulator", "purchasing",
             "warehouse", "terminal", "payments", "users", "roles", "audit", "settings"]


def test_login_shows_each_role_only_its_areas(open_window):
    admin = open_window("admin")
    assert admin.nav_keys() == ADMIN_NAV
    merch = open_window("merch")
    assert merch.nav_keys() == ["home", "catalog", "catalog_setup", "search_terms", "promotions", "price_simulator",
                                "warehouse"]                          # stock is read-only for merchandisers
    assert merch.go("users") is None
    assert "merch" in merch.user_label.text()


def test_a_read_only_manager_sees_the_users_but_cannot_change_them(open_window, qtbot):
    window = open_window("manager")
    assert window.nav_keys() == [k for k in ADMIN_NAV if k != "terminal"]     # reads purchasing, scans nothing
    users = window.go("users")
    qtbot.waitUntil(lambda: users.model.rowCount() > 0, timeout=10_000)
    users.table.selectRow(0)
    assert not users.new_button.isEnabled()
    assert not users.edit_button.isEnabled()
    assert not window.go("roles").save_button.isEnabled()


def test_wrong_password_is_shown_next_to_the_password(login_dialog, qtbot):
    dialog = login_dialog()
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("not-it")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("password") != "", timeout=10_000)
    assert "Wrong user name or password" in dialog.form.error_text("password")
    assert dialog.isVisible() and dialog.login_button.isEnabled()


def test_an_unreachable_server_is_shown_next_to_the_address(qtbot, settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    dialog = LoginDialog(settings, server=f"127.0.0.1:{free_port}")
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("demo1234")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("server") != "", timeout=15_000)
    assert "Cannot reach the server" in dialog.form.error_text("server")
    dialog.reject()


def test_a_bad_address_is_refused_before_any_call(qtbot, settings):
    dialog = LoginDialog(settings, server="127.0.0.1:notaport")
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("x")
    dialog.login_button.click()
    assert dialog.form.error_text("server")


def test_create_a_user_on_the_screen_and_find_it_in_the_operation_log(open_window, qtbot):
    window = open_window("admin")
    users = window.go("users")
    qtbot.waitUntil(lambda: users.model.rowCount() > 0, timeout=10_000)
    users.new_button.click()
    dialog = users.user_dialog
    qtbot.waitUntil(lambda: dialog.roles_list.count() > 0, timeout=10_000)
    username = unique("screen")
    dialog.username_edit.setText(username)
    dialog.name_edit.setText("Screen Made 屏幕")
    dialog.email_edit.setText("bad-email")
    dialog.password_edit.setText("screen-pass-1")
    dialog.set_role_checked("cs_agent", True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("email") != "", timeout=10_000)   # server's verdict, at the field
    dialog.email_edit.setText("screen@example.com")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    created = dialog.result_record
    assert created.username == username and created.roles == ("cs_agent",)
    qtbot.waitUntil(lambda: users.select_username(username), timeout=10_000)

    audit = window.go("audit")
    qtbot.waitUntil(lambda: audit.verb_combo.findText("Create a user") >= 0, timeout=10_000)
    audit.verb_combo.setEditText("Create a user")       # the action by its name
    audit.id_edit.setText(str(created.id))
    audit.apply_button.click()
    qtbot.waitUntil(lambda: audit.model.rowCount() == 1, timeout=10_000)
    entry = audit.model.record(0)
    assert entry.username == "admin" and entry.verb == "system.create_user"
    assert audit.model.data(audit.model.index(0, 2)) == "Create a user"
    audit.table.selectRow(0)
    qtbot.waitUntil(lambda: audit.changes_table.rowCount() > 0, timeout=5_000)
    fields = {audit.changes_table.item(r, 0).text(): audit.changes_table.item(r, 2).text()
              for r in range(audit.changes_table.rowCount())}
    assert fields["User name"] == username
    assert fields["Roles"] == "cs_agent"
    assert json.loads(entry.changes)["display_name"][1] == "Screen Made 屏幕"
    audit.verb_combo.setEditText("system.create")       # or the beginning of codes
    audit.apply_button.click()
    qtbot.waitUntil(lambda: audit.model.rowCount() == 1 and not audit.model.loading, timeout=10_000)
    assert audit.model.record(0).id == entry.id


def test_the_operation_log_names_actions_records_fields_and_states_in_chinese(admin, open_window, qtbot, chinese):
    username = unique("logzh")
    admin.system.create_user(username=username, display_name="Log 日志", password="log-pass-1",
                             roles=("cs_agent",), request_id=new_request_id())
    window = open_window("admin")
    audit = window.go("audit")
    qtbot.waitUntil(lambda: audit.verb_combo.count() > 0, timeout=10_000)
    audit.user_edit.setText("admin")
    audit.verb_combo.setEditText("新建用户")
    audit.type_combo.setEditText("用户")
    audit.apply_button.click()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0 and not audit.model.loading, timeout=10_000)
    row = next(r for r in range(audit.model.rowCount()) if username in audit.model.record(r).changes)
    assert audit.model.record(row).verb == "system.create_user"
    assert audit.model.data(audit.model.index(row, 2)) == "新建用户"
    assert audit.model.data(audit.model.index(row, 3)) == "用户"
    audit.table.selectRow(row)
    qtbot.waitUntil(lambda: audit.changes_table.rowCount() > 0, timeout=5_000)
    fields = {audit.changes_table.item(r, 0).text() for r in range(audit.changes_table.rowCount())}
    assert {"用户名", "显示名称", "角色"} <= fields, fields
    assert "新建用户 (system.create_user)" in audit.detail_label.text()


def test_the_user_list_loads_page_by_page(admin, open_window, qtbot):
    prefix = unique("lazy")
    for i in range(25):
        admin.system.create_user(username=f"{prefix}{i:02d}", display_name="Lazy", password="lazy-pass-1",
                                 request_id=new_request_id())
    window = open_window("admin")
    model = PagedTableModel(window.rpc, "system.list_users", UserRecord, [Column("username", "User")], page_size=10)
    requests = []
    model.loading_changed.connect(lambda loading: requests.append(loading) if loading else None)
    model.set_filters(search=prefix)
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading, timeout=10_000)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())            # ignored: a page is already on its way
    qtbot.waitUntil(lambda: model.rowCount() == 20 and not model.loading, timeout=10_000)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 25 and not model.loading, timeout=10_000)
    assert not model.canFetchMore(QModelIndex())
    assert [r.username for r in model.records()] == [f"{prefix}{i:02d}" for i in range(25)]
    assert len(requests) == 3


def test_settings_errors_sit_next_to_the_field_and_a_fix_saves(open_window, qtbot):
    window = open_window("admin")
    screen = window.go("settings")
    qtbot.waitUntil(lambda: screen.form is not None, timeout=10_000)
    screen.form.field("tax_rate_percent").setText("abc")
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.form.error_text("tax_rate_percent") != "", timeout=10_000)
    screen.form.field("tax_rate_percent").setText("6")
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.records["tax_rate_percent"].value == "6.00", timeout=10_000)
    assert "Saved" in screen.status.text()


def test_roles_the_users_list_and_the_language_setting_read_in_chinese(open_window, qtbot, chinese):
    window = open_window("admin")
    roles = window.go("roles")
    qtbot.waitUntil(lambda: roles.model.rowCount() > 0, timeout=10_000)
    header = roles.model.headerData(roles.model.column_of("merchandiser"), Qt.Orientation.Horizontal)
    assert header == "商品专员"
    tip = roles.model.headerData(roles.model.column_of("manager"), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole)
    assert "不做任何更改" in tip, tip
    users = window.go("users")
    users.search_edit.setText("merch")
    users.refresh()
    qtbot.waitUntil(lambda: users.select_username("merch") and bool(users.role_names), timeout=10_000)
    row = next(r for r in range(users.model.rowCount()) if users.model.record(r).username == "merch")
    assert users.model.data(users.model.index(row, 3)) == "商品专员"
    settings = window.go("settings")
    qtbot.waitUntil(lambda: settings.form is not None, timeout=10_000)
    language = settings.form.field("default_locale")
    assert [language.itemText(i) for i in range(language.count())] == ["简体中文", "English"]
    language.setCurrentIndex(language.findText("English"))
    assert settings.value_of("default_locale") == "en"


def test_the_permission_matrix_saves_a_ticked_box(open_window, qtbot):
    window = open_window("admin")
    screen = window.go("roles")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    col, row = screen.model.column_of("merchandiser"), screen.model.row_of("content.write")
    index = screen.model.index(row, col)
    before = screen.model.data(index, Qt.ItemDataRole.CheckStateRole)
    screen.model.setData(index, before != Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert screen.save_button.isEnabled()
    screen.save_button.click()
    qtbot.waitUntil(lambda: not screen.model.is_dirty() and "Saved" in screen.status.text(), timeout=10_000)
    cell = screen.model.index(screen.model.row_of("content.write"), screen.model.column_of("merchandiser"))
    after = screen.model.data(cell, Qt.ItemDataRole.CheckStateRole)
    assert after != before
    admin_col = screen.model.column_of("administrator")
    assert not (screen.model.flags(screen.model.index(row, admin_col)) & Qt.ItemFlag.ItemIsEnabled)


def test_logging_out_returns_the_window_to_login(open_window, qtbot):
    window = open_window("manager")
    with qtbot.waitSignal(window.logged_out, timeout=10_000) as blocker:
        window.logout_action.trigger()
    assert blocker.args == [""]


def test_a_disabled_account_is_sent_back_to_login(admin, open_window, qtbot, qapp):
    username = unique("gone")
    rec = UserRecord.from_wire(admin.system.create_user(username=username, display_name="Gone",
                                                        password="gone-pass-1", roles=("manager",),
                                                        request_id=new_request_id()))
    window = open_window(username, "gone-pass-1")
    for d in window.findChildren(QDialogButtonBox):
        d.parent().close()      # the forced change-password dialog
    admin.system.set_user_active(user_id=rec.id, version=rec.version, active=False)
    screen = window.go("settings")
    screen.save()    # nothing changed yet: no call
    translators = i18n.install(qapp, "zh_CN")      # the server's reason, in the user's language
    try:
        with qtbot.waitSignal(window.logged_out, timeout=15_000) as blocker:
            window.rpc.call("session.change_password", old_password="gone-pass-1", new_password="another-1")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert "停用" in blocker.args[0] or "结束" in blocker.args[0], blocker.args[0]


def test_chinese_translation_is_shipped_and_used(qapp, settings):
    translators = i18n.install(qapp, "zh_CN")
    try:
        assert translators, "no translator loaded"
        dialog = LoginDialog(settings, server="127.0.0.1:1")
        assert dialog.login_button.text() != "&Log in"
        assert QCoreApplication.translate("navigation", "Operation log") == "操作日志"
        dialog.reject()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_a_dropped_connection_is_reported_and_the_session_resumed(engine, qtbot, settings):
    """The server drops every socket; the next read reconnects, resumes the login and succeeds."""
    import threading
    import time

    from client.connection import Endpoint
    from client.rpc import RpcClient
    from middle_tier.server import build_server

    srv = build_server(engine, host="127.0.0.1", port=0)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)
    rpc = RpcClient(Endpoint("127.0.0.1", srv.port))
    try:
        states: list[str] = []
        rpc.state_changed.connect(states.append)
        got: dict = {}
        rpc.call("root.login", lambda r: got.update(login=r), username="manager", password="demo1234")
        qtbot.waitUntil(lambda: "login" in got, timeout=10_000)
        for sock in list(srv.clients):
            sock.shutdown(socket.SHUT_RDWR)
        rpc.call("system.list_users", lambda r: got.update(page=r), lambda e: got.update(err=e), page_size=5)
        qtbot.waitUntil(lambda: "page" in got or "err" in got, timeout=15_000)
        assert "page" in got, got.get("err")
        assert "lost" in states and states[-1] == "connected"
    finally:
        rpc.shutdown()
        srv.close()


def test_after_a_dropped_connection_reads_and_idempotent_writes_are_sent_again_other_writes_are_not(engine, qtbot):
    """The retry rule reads the server's verb catalogue: a read with any name (not only list_/get_) and a write
    the server declares idempotent are repeated on the resumed session; a plain write is reported, not repeated."""
    import threading
    import time

    from client.connection import Endpoint
    from client.rpc import RpcClient
    from middle_tier.contract import E_UNAVAILABLE
    from middle_tier.server import build_server

    srv = build_server(engine, host="127.0.0.1", port=0)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)
    rpc = RpcClient(Endpoint("127.0.0.1", srv.port))

    def call_after_drop(path: str, **kwargs: object) -> dict:
        got: dict = {}
        for sock in list(srv.clients):
            sock.shutdown(socket.SHUT_RDWR)
        rpc.call(path, lambda r: got.update(ok=r), lambda e: got.update(err=e), **kwargs)
        qtbot.waitUntil(lambda: bool(got), timeout=15_000)
        return got

    try:
        got: dict = {}
        rpc.call("root.login", lambda r: got.update(login=r), username="admin", password="demo1234")
        qtbot.waitUntil(lambda: "login" in got, timeout=10_000)
        assert rpc._worker.may_retry("catalog.search") and not rpc._worker.may_retry("system.unlock_user")
        read = call_after_drop("catalog.search", query="tea", page_size=3)
        assert "ok" in read, read.get("err")
        username = f"retry{uuid.uuid4().hex[:6]}"
        created = call_after_drop("system.create_user", username=username, display_name="Retry", password="retry-pass1",
                                  request_id=uuid.uuid4().hex)
        assert "ok" in created, created.get("err")
        user_id = created["ok"][0]
        plain = call_after_drop("system.unlock_user", user_id=user_id)
        assert "err" in plain and plain["err"].code == E_UNAVAILABLE
    finally:
        rpc.shutdown()
        srv.close()


def test_a_resume_that_timed_out_is_not_reused_and_the_next_call_resumes_on_a_fresh_connection(engine, qtbot,
                                                                                                  monkeypatch):
    """A timed-out call leaves its connection busy with it: the client drops that connection (it used to keep
    it, so the next call waited behind the old one and timed out too)."""
    import threading
    import time

    import middle_tier.core.login as core_login
    from client.connection import Endpoint
    from client.rpc import RpcClient
    from middle_tier.server import build_server

    srv = build_server(engine, host="127.0.0.1", port=0)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)
    rpc = RpcClient(Endpoint("127.0.0.1", srv.port, timeout=1.5))
    real, calls = core_login.resume, []

    def slow_first(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            time.sleep(6.0)       # long past the client's 1.5 s: the connection stays busy with it
        return real(*args, **kwargs)

    def call(path: str, **kwargs: object) -> dict:
        got: dict = {}
        rpc.call(path, lambda r: got.update(ok=r), lambda e: got.update(err=e), **kwargs)
        qtbot.waitUntil(lambda: bool(got), timeout=15_000)
        return got

    try:
        assert "ok" in call("root.login", username="manager", password="demo1234")
        monkeypatch.setattr(core_login, "resume", slow_first)
        for sock in list(srv.clients):
            sock.shutdown(socket.SHUT_RDWR)
        assert "err" in call("system.list_users", page_size=1)          # the resume timed out
        again = call("system.list_users", page_size=1)
        assert "ok" in again, again.get("err")
    finally:
        rpc.shutdown()
        srv.close()


def test_operation_log_export_walks_every_page_with_progress(open_window, qtbot, tmp_path):
    window = open_window("admin")
    audit = window.go("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
    audit.user_edit.setText("admin")
    target = tmp_path / "log.csv"
    dialog = audit.export_to(target)
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as blocker:
        pass
    assert blocker.args == [True]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,at,username")
    assert len(lines) > 2 and all(",admin," in line for line in lines[1:])
    assert "Exported" in audit.count_label.text()


def test_the_gui_thread_keeps_running_during_a_slow_call(open_window, qtbot, monkeypatch):
    import time

    from PySide6.QtCore import QTimer

    import middle_tier.system.settings

    real = middle_tier.system.settings._setting_records

    def slow(uow):
        time.sleep(0.6)
        return real(uow)

    monkeypatch.setattr(middle_tier.system.settings, "_setting_records", slow)
    window = open_window("admin")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    done: dict = {}
    window.rpc.call("system.list_settings", lambda r: done.update(r=r))
    assert window.busy_bar.isVisibleTo(window)
    qtbot.waitUntil(lambda: "r" in done, timeout=10_000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) >= 15 and max(gaps) < 0.25, (len(ticks), max(gaps, default=None))
    qtbot.waitUntil(lambda: not window.busy_bar.isVisibleTo(window), timeout=5_000)


def test_home_shows_the_work_waiting_and_opens_where_it_is_done(open_window, qtbot, chinese):
    window = open_window("clerk")
    home = window.current_screen()
    qtbot.waitUntil(lambda: bool(home.cards), timeout=10_000)
    card = next(c for c in home.cards if c.item.key == "wms.put_backs")     # the demo's cancelled request
    assert card.title_label.text() == "等待在打包区退回上架的商品（终端 F8）"
    assert int(card.count_label.text()) >= 1 and "PB-" in card.findChildren(QLabel, "workExample")[0].text()
    assert "未完成的拣货单" in home.status_label.text()       # nothing waits there: named among the all clear
    card.open_button.click()
    assert window.current_screen() is window.screens["terminal"]


def test_home_names_only_areas_that_have_screens(open_window, qtbot):
    window = open_window("agent")      # customer service: orders, service and customers have no screens yet
    home = window.current_screen()
    qtbot.waitUntil(lambda: "Nothing waits" in home.status_label.text(), timeout=10_000)
    assert home.areas_label.text() == "Products, Promotions, Warehouse, Payments"
    assert home.roles_label.text() == "Customer-service agent"
