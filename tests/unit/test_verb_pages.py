"""Every list that can grow is paged: a test walks the live verb catalogue (what session.verb_catalogue publishes)."""
from __future__ import annotations

import typing

from middle_tier.contract import Page
from middle_tier.service import COMPONENTS

# Verbs that answer with a tuple of rows and take no page size, each bounded by what it is (the reason says how).
BOUNDED = {
    "system.list_permissions": "the fixed permission catalogue of the contract",
    "system.list_settings": "the fixed setting definitions",
    "system.set_permission_matrix": "the roles it was given",
    "system.update_settings": "the fixed setting definitions",
    "catalog.preview_sku_batch": "the combinations asked for, at most 20,000 (MAX_BATCH)",
    "catalog.similar_skus": "at most 50 (limit)",
    "catalog.suggest": "at most 50 (limit)",
    "payments.issue_gift_cards": "at most 500 cards per call (MAX_ISSUE)",
    "payments.ledger_check": "at most 1,000 differences",
    "promotions.preview_collisions": "one per live promotion it meets, of at most 200 (MAX_OTHERS)",
    "promotions.timeline": "at most 500 promotions of a window",
    "purchasing.create_pos_from_suggestions": "one number per supplier of the SKUs given",
    "purchasing.save_reorder_rule": "a (SKU, warehouse) pair",
    "wms.create_counts": "the bins named, or of one zone",
    "wms.list_events": "a feed read after an id, at most 1,000 (limit)",
    "wms.put_back": "the put-backs the scanned units complete, oldest first, of one SKU",
    "wms.putaway": "the moves of one putaway (its lots at receiving)",
    "wms.release": "the reservations of one request",
    "wms.ship": "the reservations of one request",
    "wms.self_check": "at most 1,000 differences",
    "wms.sku_availability": "the SKUs named, at most 500 (a page of a product list)",
    "wms.suggest_putaway": "at most five bins",
    "wms.transfer_scan": "the moves of one transfer (the bin's lots)",
}


def _verbs() -> list[tuple[str, typing.Any, set[str]]]:
    out = []
    for area, cls in COMPONENTS.items():
        for name, spec in sorted(cls.verbs().items()):
            returns = typing.get_type_hints(getattr(cls, "exposed_" + name)).get("return")
            out.append((f"{area}.{name}", returns, {p for p, _, _ in spec.params}))
    return out


def test_every_list_verb_is_paged_or_bounded_by_what_it_is():
    unpaged = [name for name, returns, params in _verbs()
               if (returns is tuple or typing.get_origin(returns) is tuple) and "page_size" not in params]
    assert sorted(set(unpaged) - set(BOUNDED)) == [], "page them with middle_tier.core.paging.keyset_page"
    assert sorted(set(BOUNDED) - set(unpaged)) == [], "paged now (or gone): take them off the list"


def test_every_paged_verb_takes_a_cursor_and_a_page_size():
    pages = [(name, params) for name, returns, params in _verbs() if returns is Page]
    assert len(pages) >= 28
    assert [name for name, params in pages if not {"cursor", "page_size"} <= params] == []


def test_the_six_lists_the_review_found_unpaged_are_paged():
    paged = {name for name, returns, _ in _verbs() if returns is Page}
    assert {"catalog.list_product_attributes", "catalog.list_product_images", "purchasing.list_contracts",
            "purchasing.list_receipts", "purchasing.reorder_suggestions", "purchasing.consignment_sales"} <= paged
