"""Documents move only by their state machines, in-process: a purchase order through its life, its receipt at the dock
(the warehouse tells purchasing through purchasing's face), a return reserved and released through the warehouse's
face, a cycle count."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from data_tier.catalog import Sku
from data_tier.purchasing import PurchaseOrder, Supplier
from data_tier.wms import Location, StockLevel, StockReservation, Warehouse
from middle_tier.contract import E_CONFLICT, DomainError
from middle_tier.purchasing import orders
from middle_tier.wms import counts, receiving


def _setting(u):  # type: ignore[no-untyped-def]
    """An active supplier, the demo warehouse and an on-sale SKU it holds at least 5 of."""
    supplier = u.session.scalars(select(Supplier).where(Supplier.is_active.is_(True)).order_by(Supplier.id)).first()
    level = u.session.scalars(select(StockLevel).where(StockLevel.on_hand - StockLevel.reserved >= 5)
                              .order_by(StockLevel.sku_id)).first()
    sku = u.session.get(Sku, level.sku_id)
    return supplier, u.session.get(Warehouse, level.warehouse_id), sku


def _po(u, kind="purchase", qty=4):  # type: ignore[no-untyped-def]
    supplier, warehouse, sku = _setting(u)
    return orders.create_po(u, supplier_id=supplier.id, warehouse_id=warehouse.id, lines=((sku.code, qty, "", ""),),
                            kind=kind, request_id="in-process-po"), sku


def test_a_purchase_order_moves_only_as_its_machine_allows(uow):
    u = uow("purchasing")
    po, _sku = _po(u)
    approved = orders.approve_po(u, po_id=po.id, version=po.version)
    assert (approved.state, approved.version, approved.approved_by) == ("approved", po.version + 1, "admin")
    assert approved.approved_at is not None and u._changes["state"] == ["draft", "approved"]
    with pytest.raises(DomainError) as again:
        orders.approve_po(u, po_id=po.id, version=approved.version)
    assert again.value.code == E_CONFLICT and dict(again.value.params)["state"] == "approved"
    with pytest.raises(DomainError):
        orders.close_po(u, po_id=po.id, version=approved.version)            # nothing received: not closable
    sent = orders.send_po(u, po_id=po.id, version=approved.version)
    cancelled = orders.cancel_po(u, po_id=po.id, version=sent.version)
    assert (sent.state, cancelled.state) == ("sent", "cancelled") and cancelled.cancelled_at is not None


def test_a_receipt_posted_by_the_warehouse_moves_the_order_through_purchasings_face(uow):
    buyer = uow("purchasing")
    po, sku = _po(buyer)
    po = orders.approve_po(buyer, po_id=po.id, version=po.version)
    po = orders.send_po(buyer, po_id=po.id, version=po.version)
    buyer.session.flush()
    clerk = buyer                        # one transaction: the warehouse's verbs act as the warehouse
    clerk.acting_area = "wms"
    receipt = receiving.start_receipt(clerk, po_number=po.number)
    receiving.scan_receipt(clerk, receipt_id=receipt.id, barcode=sku.code, qty=3, request_id="scan-1")
    posted = receiving.post_receipt(clerk, receipt_id=receipt.id, request_id="post-1")
    assert posted.state == "posted" and posted.po_lines[0].received_qty == 3
    order = clerk.session.get(PurchaseOrder, po.id)
    assert order.state == "partially_received" and order.first_receipt_at is not None
    assert ["sent", "partially_received"] in clerk._changes.values()      # the guard named the order's move
    with pytest.raises(DomainError) as twice:
        receiving.post_receipt(clerk, receipt_id=receipt.id, request_id="post-2")
    assert dict(twice.value.params)["state"] == "posted"


def test_a_return_reserves_its_stock_through_the_warehouse_and_gives_it_back_when_cancelled(uow):
    u = uow("purchasing")
    ret, sku = _po(u, kind="return", qty=2)
    level = u.session.get(StockLevel, (ret.warehouse_id, sku.id))
    reserved_before = level.reserved
    approved = orders.approve_po(u, po_id=ret.id, version=ret.version)
    rows = list(u.session.scalars(select(StockReservation).where(StockReservation.doc_ref == ret.number)))
    assert [(r.qty, r.state) for r in rows] == [(2, "open")]
    u.session.refresh(level)
    assert level.reserved == reserved_before + 2
    orders.cancel_po(u, po_id=ret.id, version=approved.version)
    u.session.refresh(rows[0])
    u.session.refresh(level)
    assert rows[0].state == "released" and level.reserved == reserved_before


def test_a_count_is_counted_then_approved_or_sent_back_never_approved_twice(uow):
    u = uow("wms")
    _supplier, warehouse, _sku = _setting(u)
    bins = list(u.session.scalars(select(Location).where(Location.warehouse_id == warehouse.id,
                                                         Location.kind == "storage").order_by(Location.id)))
    numbers = counts.create_counts(u, warehouse_id=warehouse.id, location_codes=tuple(b.code for b in bins[-3:]),
                                   request_id="counts-1")
    number = numbers[0]
    with pytest.raises(DomainError) as early:
        counts.approve_count(u, number=number, request_id="approve-0")          # open: not counted yet
    assert (early.value.field, dict(early.value.params)["state"]) == ("number", "open")
    location = u.session.scalars(select(Location).where(Location.warehouse_id == warehouse.id,
                                                        Location.code == counts.get_count(u, number=number)
                                                        .location_code)).one()
    counted = counts.record_count(u, number=number, location_code=location.code, lines=(), request_id="count-1")
    assert counted.state == "counted" and counted.counted_by == "admin"
    reopened = counts.recount(u, number=number)
    assert (reopened.state, reopened.counted_by) == ("open", "")
