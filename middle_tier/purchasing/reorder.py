"""Reorder suggestions: rules per SKU and warehouse, the stock position against demand over the lead time, and
draft orders made from the suggestions."""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from sqlalchemy import func, select

from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import ContractPrice, PoLine, PurchaseOrder, ReorderRule, Supplier, SupplierContract
from data_tier.wms import Location, StockLevel, StockMove, Warehouse
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.purchasing import ReorderSuggestion
from middle_tier.core import validate
from middle_tier.core.db import flush_unique, next_number
from middle_tier.core.paging import check_page_size, decode_cursor, encode_cursor
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.contracts import valid_contract
from middle_tier.purchasing.orders import write_lines
from middle_tier.purchasing.suppliers import load_supplier
from middle_tier.wms import MAX_QTY, virtual_location

DEMAND_DAYS = 28
CHUNK = 500


@verb("purchasing.write", label="Save a reorder rule", writes=True)
def save_reorder_rule(uow: UnitOfWork, *, sku_id: int, warehouse_id: int, supplier_id: int,
                      reorder_point: int, min_qty: int = 1) -> tuple:
    """When to buy a SKU for a warehouse and from whom; returns (sku_id, warehouse_id)."""
    validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    load_supplier(uow, supplier_id)
    if not 0 <= reorder_point <= MAX_QTY:
        raise DomainError(E_VALIDATION, Text("The reorder point is 0 to {most}.", most=MAX_QTY), "reorder_point")
    if not 1 <= min_qty <= MAX_QTY:
        raise DomainError(E_VALIDATION, Text("The least order is 1 to {most}.", most=MAX_QTY), "min_qty")
    rule = uow.session.get(ReorderRule, (sku_id, warehouse_id))
    before = (rule.supplier_id, rule.reorder_point, rule.min_qty) if rule else None
    if rule is None:
        rule = ReorderRule(sku_id=sku_id, warehouse_id=warehouse_id, supplier_id=supplier_id,
                           reorder_point=reorder_point, min_qty=min_qty)
        uow.session.add(rule)
    else:
        rule.supplier_id, rule.reorder_point, rule.min_qty = supplier_id, reorder_point, min_qty
        rule.version += 1
    uow.audit("reorder_rule", f"{sku_id}/{warehouse_id}",
              {"rule": [list(before) if before else None, [supplier_id, reorder_point, min_qty]]})
    return (sku_id, warehouse_id)


@verb("purchasing.read")
def reorder_suggestions(uow: UnitOfWork, *, warehouse_id: int, cursor: str = "", page_size: int = 200) -> Page:
    """SKUs to buy now, by SKU code: stock position (available + open on orders) at or below the reorder point, or
    below the demand expected during the supplier's lead time (daily demand = shipped in the last 28 days / 28).
    The suggestion brings the position up to that level plus one more lead time of demand, at least the
    rule's least order."""
    check_page_size(page_size)
    after = str(decode_cursor(cursor, 1)[0]) if cursor else ""
    found = suggestions(uow, warehouse_id, after=after, limit=page_size + 1)
    more = len(found) > page_size
    found = found[:page_size]
    return Page(ReorderSuggestion.columns(), tuple(s.to_wire() for s in found),
                encode_cursor((found[-1].sku_code,)) if more else "")


@verb("purchasing.write", label="Order from reorder suggestions", writes=True, idempotent=True)
def create_pos_from_suggestions(uow: UnitOfWork, *, warehouse_id: int, sku_ids: tuple[int, ...],
                                request_id: str) -> tuple:
    """Draft orders from the suggestions of the SKUs named, one per supplier; returns their numbers."""
    wanted = set(sku_ids)
    chosen = suggestions(uow, warehouse_id, sku_ids=wanted)
    if not chosen:
        raise DomainError(E_VALIDATION, Text("None of these SKUs needs ordering now."), "sku_ids")
    by_supplier: dict[int, list[ReorderSuggestion]] = {}
    for s in chosen:
        by_supplier.setdefault(s.supplier_id, []).append(s)
    numbers = []
    for supplier_id, items in sorted(by_supplier.items()):
        s = uow.session.get(Supplier, supplier_id)
        contract = valid_contract(uow, supplier_id, utcnow().date())
        expected = utcnow().date() + dt.timedelta(days=s.lead_time_days)
        po = PurchaseOrder(number=next_number(uow, PurchaseOrder, "PO"), kind="purchase", supplier_id=supplier_id,
                           warehouse_id=warehouse_id, contract_id=contract.id if contract else None,
                           consignment=bool(contract and contract.kind == "consignment"), expected_on=expected,
                           note="from reorder suggestions", created_by=uow.state.username if uow.state else "")
        uow.session.add(po)
        flush_unique(uow.session, "sku_ids", Text("Another order took this number meanwhile; try again."))
        write_lines(uow, po, [(uow.session.get(Sku, i.sku_id), i.suggested_qty, i.price, expected) for i in items])
        numbers.append(po.number)
    uow.session.flush()
    uow.audit("purchase_order", numbers[0], {"suggested": [None, ", ".join(numbers)]})
    return tuple(numbers)


def suggestions(uow: UnitOfWork, warehouse_id: int, *, after: str = "", limit: int | None = None,
                sku_ids: set[int] | None = None) -> list[ReorderSuggestion]:
    """The suggestions of a warehouse in SKU code order: those after the code `after`, at most `limit`, of
    `sku_ids` only when given. Rules are read a chunk at a time, with the demand and what is on order of that
    chunk's SKUs only, so that a page costs what the page needs."""
    w = validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    since = utcnow() - dt.timedelta(days=DEMAND_DAYS)
    customer = virtual_location(uow, "customer")
    today = utcnow().date()
    out: list[ReorderSuggestion] = []
    contracts: dict[int, SupplierContract | None] = {}
    while limit is None or len(out) < limit:
        stmt = (select(ReorderRule, Sku, Supplier, StockLevel.on_hand, StockLevel.reserved)
                .join(Sku, Sku.id == ReorderRule.sku_id).join(Supplier, Supplier.id == ReorderRule.supplier_id)
                .outerjoin(StockLevel, (StockLevel.sku_id == ReorderRule.sku_id) & (StockLevel.warehouse_id == w.id))
                .where(ReorderRule.warehouse_id == w.id, Sku.code > after).order_by(Sku.code).limit(CHUNK))
        if sku_ids is not None:
            stmt = stmt.where(ReorderRule.sku_id.in_(sorted(sku_ids) or [0]))
        rows = uow.session.execute(stmt).all()
        if not rows:
            break
        ids = [sku.id for _, sku, *_ in rows]
        shipped = dict(uow.session.execute(
            select(StockMove.sku_id, func.sum(StockMove.qty)).join(Location, Location.id == StockMove.from_location_id)
            .where(StockMove.to_location_id == customer.id, StockMove.at >= since, Location.warehouse_id == w.id,
                   StockMove.sku_id.in_(ids))
            .group_by(StockMove.sku_id)).all())
        on_order = dict(uow.session.execute(
            select(PoLine.sku_id, func.sum(PoLine.qty - PoLine.received_qty))
            .join(PurchaseOrder, PurchaseOrder.id == PoLine.po_id)
            .where(PurchaseOrder.warehouse_id == w.id, PurchaseOrder.kind == "purchase",
                   PurchaseOrder.state.in_(("draft", "approved", "sent", "partially_received")),
                   PoLine.qty > PoLine.received_qty, PoLine.sku_id.in_(ids)).group_by(PoLine.sku_id)).all())
        for rule, sku, supplier, on_hand, reserved in rows:
            after = sku.code
            available = (on_hand or 0) - (reserved or 0)
            coming = int(on_order.get(sku.id, 0) or 0)
            daily = (Decimal(int(shipped.get(sku.id, 0) or 0)) / DEMAND_DAYS).quantize(Decimal("0.01"))
            lead_demand = math.ceil(daily * supplier.lead_time_days)
            trigger = max(rule.reorder_point, lead_demand)
            position = available + coming
            if position > trigger:
                continue
            qty = max(rule.min_qty, trigger + lead_demand - position, 1)
            if supplier.id not in contracts:          # one lookup per supplier, not per suggested SKU
                contracts[supplier.id] = valid_contract(uow, supplier.id, today)
            contract = contracts[supplier.id]
            listed = contract and uow.session.get(ContractPrice, (contract.id, sku.id))
            out.append(ReorderSuggestion(sku.id, sku.code, sku.name, w.id, w.code, supplier.id, supplier.code,
                                         available, coming, daily, supplier.lead_time_days, rule.reorder_point, qty,
                                         listed.price if listed else sku.cost))
            if limit is not None and len(out) == limit:
                break
        if len(rows) < CHUNK:
            break
    return out
