"""Demo purchasing for `emporium-admin seed-demo`: suppliers with contracts and price lists, reorder rules, and
purchase orders in every state a new user should see (a draft, an approved one, two sent ones to receive at the
terminal, one received through a posted receipt and closed), plus an open count task for the terminal."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.purchasing import (
    ContractPrice,
    PoLine,
    PurchaseOrder,
    ReorderRule,
    Supplier,
    SupplierContract,
)
from data_tier.wms import CountTask, Location, Lot, Receipt, ReceiptLine, StockLevel, StockMove, Warehouse
from middle_tier.core.money import round_money

SUPPLIERS = (
    ("hz-textile", "杭州织造 Hangzhou Textile Co.", "Zhou Min 周敏", "0571-8800 1234", "net 30", 10, "buy"),
    ("sz-digital", "深圳数码 Shenzhen Digital Ltd.", "Huang Tao 黄涛", "0755-2600 8899", "net 45", 14, "buy"),
    ("yn-tea", "云南茶园 Yunnan Tea Garden", "Li Qing 李青", "0871-6300 5566", "consignment, monthly", 7,
     "consignment"),
)
# (number suffix, supplier index, state, lines)
ORDERS = (("0001", 0, "closed"), ("0002", 1, "sent"), ("0003", 0, "sent"), ("0004", 2, "approved"),
          ("0005", 1, "draft"))


def _received(session: Session, w: Warehouse, po: PurchaseOrder, at: dt.datetime) -> None:
    """The closed demo order came in through a posted receipt: moves supplier -> dock -> bin, one lot per line."""
    session.flush()
    receipt = Receipt(number=f"GR-DEMO-{po.number[-4:]}", po_id=po.id, state="posted", started_at=at,
                      started_by="clerk", posted_at=at, posted_by="clerk")
    session.add(receipt)
    session.flush()
    places = {loc.kind: loc for loc in session.scalars(select(Location).where(Location.warehouse_id.is_(None)))}
    dock = session.scalar(select(Location).where(Location.warehouse_id == w.id, Location.kind == "receiving"))
    bins = list(session.scalars(select(Location).where(Location.warehouse_id == w.id, Location.kind == "storage")
                                .order_by(Location.pick_order)))
    for n, ln in enumerate(session.scalars(select(PoLine).where(PoLine.po_id == po.id).order_by(PoLine.line_no))):
        session.add(ReceiptLine(receipt_id=receipt.id, po_line_id=ln.id, sku_id=ln.sku_id, qty=ln.qty,
                                last_scan_at=at))
        lot = Lot(sku_id=ln.sku_id, code=receipt.number)
        session.add(lot)
        session.flush()
        where = bins[(n * 7) % len(bins)]
        session.add_all([
            StockMove(at=at, sku_id=ln.sku_id, qty=ln.qty, from_location_id=places["supplier"].id,
                      to_location_id=dock.id, lot_id=lot.id, reason="receipt", doc_type="receipt",
                      doc_ref=receipt.number, username="clerk"),
            StockMove(at=at + dt.timedelta(minutes=40), sku_id=ln.sku_id, qty=ln.qty, from_location_id=dock.id,
                      to_location_id=where.id, lot_id=lot.id, reason="putaway", username="clerk")])
        ledger.add_balance(session, where.id, ln.sku_id, lot.id, ln.qty)
        ledger.add_on_hand(session, w.id, ln.sku_id, ln.qty)


def seed_purchasing(session: Session, progress: Callable[[str], None] = print) -> int:
    """Create the demo suppliers and orders once; returns the number of orders (0 when they are there)."""
    if session.scalar(select(func.count()).select_from(Supplier)):
        return 0
    w = session.scalar(select(Warehouse).order_by(Warehouse.id))
    if w is None:
        return 0
    today = utcnow().date()
    skus = list(session.scalars(select(Sku).where(Sku.status == "on_sale").order_by(Sku.id).limit(120)))
    suppliers = []
    for i, (code, name, contact, phone, terms, lead, kind) in enumerate(SUPPLIERS):
        s = Supplier(code=code, name=name, contact_name=contact, phone=phone, payment_terms=terms,
                     lead_time_days=lead, email=f"orders@{code}.example.com", address="中国 China")
        session.add(s)
        session.flush()
        c = SupplierContract(supplier_id=s.id, code=f"{code}-2026", kind=kind, valid_from=today.replace(month=1, day=1),
                             valid_to=today.replace(month=12, day=31), terms=terms)
        session.add(c)
        session.flush()
        for sku in skus[i::3]:
            session.add(ContractPrice(contract_id=c.id, sku_id=sku.id,
                                      price=round_money(sku.list_price * Decimal("0.55"))))
        suppliers.append((s, c))
    for n, sku in enumerate(skus[:30]):
        s, _c = suppliers[n % 3]
        session.add(ReorderRule(sku_id=sku.id, warehouse_id=w.id, supplier_id=s.id, reorder_point=40 + n % 5 * 10,
                                min_qty=24))
    now = utcnow()
    for suffix, idx, state in ORDERS:
        s, c = suppliers[idx]
        lines = skus[idx::3][int(suffix) * 3:int(suffix) * 3 + 4]
        po = PurchaseOrder(number=f"PO-DEMO-{suffix}", kind="purchase", supplier_id=s.id, warehouse_id=w.id,
                           contract_id=c.id, consignment=c.kind == "consignment", state=state,
                           expected_on=today + dt.timedelta(days=s.lead_time_days), tolerance_pct=5,
                           created_by="buyer", created_at=now - dt.timedelta(days=int(suffix) + 3))
        if state != "draft":
            po.approved_at, po.approved_by = now - dt.timedelta(days=3), "buyer"
        if state in ("sent", "closed"):
            po.sent_at = now - dt.timedelta(days=2)
        session.add(po)
        session.flush()
        total = Decimal("0.00")
        for ln_no, sku in enumerate(lines, start=1):
            qty = 24 * ln_no
            price = round_money(sku.list_price * Decimal("0.55"))
            received = qty if state == "closed" else 0
            session.add(PoLine(po_id=po.id, line_no=ln_no, sku_id=sku.id, qty=qty, price=price,
                               expected_on=po.expected_on, received_qty=received))
            total += round_money(price * qty)
        po.total = total
        if state == "closed":
            po.first_receipt_at = po.done_at = po.closed_at = now - dt.timedelta(days=1)
            _received(session, w, po, now - dt.timedelta(days=1))
    bin_ = session.scalar(select(Location).where(Location.warehouse_id == w.id, Location.code == "A-03"))
    if bin_ is not None:
        session.add(CountTask(number="CC-DEMO-0001", warehouse_id=w.id, location_id=bin_.id, reason="cycle count",
                              start_move_id=session.scalar(select(func.max(StockMove.id))) or 0, created_by="admin"))
    session.flush()
    levels = session.scalar(select(func.count()).select_from(StockLevel))
    progress(f"  purchasing: {len(SUPPLIERS)} suppliers, {len(ORDERS)} orders, 30 reorder rules "
             f"({levels} stock levels)")
    return len(ORDERS)
