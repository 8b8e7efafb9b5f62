"""Several real clients at once (on MariaDB in CI's second run): one winner, no lost or partial writes."""
from __future__ import annotations

from middle_tier.contract import E_CONFLICT, E_DUPLICATE, Page
from middle_tier.contract.system import SettingRecord
from tests.conftest import logged_in, new_request_id, race, unique

CLIENTS = 8


def test_the_same_user_name_created_by_many_clients_at_once_exists_once(endpoint):
    with logged_in(endpoint, CLIENTS) as sessions:
        username = unique("race")
        results = race(sessions, lambda s: s.system.create_user(
            username=username, display_name="Race", password="good-password", request_id=new_request_id()))
        oks = [r for r in results if r[0] == "ok"]
        assert len(oks) == 1, results
        assert all(code in (E_DUPLICATE, E_CONFLICT) for kind, code in results if kind == "err"), results
        page = Page.from_wire(sessions[0].system.list_users(search=username))
        assert len(page.rows) == 1
        log = Page.from_wire(sessions[0].system.list_audit(verb="system.create_user", record_id=str(oks[0][1][0])))
        assert len(log.rows) == 1


def test_one_setting_saved_by_many_clients_with_the_same_version_wins_once(endpoint):
    with logged_in(endpoint, CLIENTS) as sessions:
        current = {r[0]: SettingRecord.from_wire(r) for r in sessions[0].system.list_settings()}
        version = current["order_review_limit"].version
        values = [f"{1000 + i}.00" for i in range(CLIENTS)]
        results = race(sessions, lambda s: s.system.update_settings(
            changes=(("order_review_limit", values[sessions.index(s)], version),)))
        oks = [r for r in results if r[0] == "ok"]
        assert len(oks) == 1, results
        assert all(code == E_CONFLICT for kind, code in results if kind == "err"), results
        after = {r[0]: SettingRecord.from_wire(r) for r in sessions[0].system.list_settings()}
        assert after["order_review_limit"].version == version + 1
        assert after["order_review_limit"].value in values


def test_the_same_idempotent_request_from_many_clients_creates_one_user(endpoint):
    with logged_in(endpoint, CLIENTS) as sessions:
        username, rid = unique("idem"), new_request_id()
        results = race(sessions, lambda s: s.system.create_user(
            username=username, display_name="Once", password="good-password", request_id=rid))
        assert all(kind == "ok" for kind, _ in results), results   # every retry is answered ...
        assert len({r[1] for r in results}) == 1, results        # ... with the same user
        assert len(Page.from_wire(sessions[0].system.list_users(search=username)).rows) == 1


def test_documents_numbered_by_many_clients_at_once_never_collide(endpoint):
    """Purchase orders (every document series is numbered the same way) created at once by 8 clients, three
    rounds: every one is made, with its own number. Numbered by max + 1 before, some were refused with "another
    order took this number meanwhile" on MariaDB."""
    from middle_tier.contract.catalog import SkuRecord
    from middle_tier.contract.purchasing import PoRecord, SupplierRecord

    with logged_in(endpoint, CLIENTS) as sessions:
        admin = sessions[0]
        supplier = SupplierRecord.from_wire(admin.purchasing.create_supplier(fields=(("code", unique("s")),
                                                                                     ("name", "Race supplier"))))
        warehouse = Page.from_wire(admin.wms.list_warehouses()).rows[0][0]
        sku = Page.from_wire(admin.catalog.list_skus(status="on_sale", page_size=1)).records(SkuRecord)[0]
        numbers: list[str] = []
        for _round in range(3):
            results = race(sessions, lambda s: PoRecord.from_wire(s.purchasing.create_po(
                supplier_id=supplier.id, warehouse_id=warehouse, lines=((sku.code, 1, "1.00", ""),),
                request_id=new_request_id())).number)
            assert all(kind == "ok" for kind, _ in results), results
            numbers += [number for _, number in results]
        assert len(set(numbers)) == len(numbers) == 3 * CLIENTS
