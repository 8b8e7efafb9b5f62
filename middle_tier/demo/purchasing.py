"""Demo purchasing for `emporium-admin seed-demo`: suppliers of what their names say (apparel, electronics, tea,
snacks, home goods) with contracts and price lists of those categories only, reorder rules set from four weeks of
shipments (written with them: shipments.py), and purchase orders in every state a new user should see (a draft,
an approved one, two sent ones to receive at the terminal, one received through a posted receipt and closed), each
to the supplier of its lines, plus an open count task for the terminal."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Category, Product, Sku
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
from middle_tier.demo.shipments import DAYS, Demand, plan_demand, seed_shipments

# code, name, contact, phone, payment terms, lead time (days), contract kind, the demo categories it supplies
SUPPLIERS = (
    ("hz-textile", "杭州织造 Hangzhou Textile Co.", "Zhou Min 周敏", "0571-8800 1234", "net 30", 10, "buy",
     ("tshirts", "trousers")),
    ("sz-digital", "深圳数码 Shenzhen Digital Ltd.", "Huang Tao 黄涛", "0755-2600 8899", "net 45", 14, "buy",
     ("phones", "audio")),
    ("yn-tea", "云南茶园 Yunnan Tea Garden", "Li Qing 李青", "0871-6300 5566", "consignment, monthly", 7,
     "consignment", ("tea",)),
    ("fj-snacks", "福建闽味零食 Fujian Minwei Snacks", "Lin Hui 林慧", "0591-8760 3321", "net 30", 5, "buy",
     ("snacks",)),
    ("nb-home", "宁波家居 Ningbo Home Goods Co.", "Xu Jun 徐军", "0574-8711 4455", "net 60", 12, "buy",
     ("bedding", "kitchen")),
)
LISTED_PRODUCTS = 5     # a price list: every SKU of the first products of each category the supplier supplies
REORDERED = (3, 2)      # reorder rules: 2 SKUs (the first, one further on) of the first 3 products of each category
SAFETY_DAYS = 7         # a reorder point: the demand over the lead time and a week more, rounded up to 5
# units in a case: the least a reorder rule orders, and the step of the demo orders' quantities
CASE = {"tshirts": 12, "trousers": 12, "phones": 5, "audio": 10, "tea": 12, "snacks": 24, "bedding": 4,
        "kitchen": 12}
# (number suffix, supplier index, state)
ORDERS = (("0001", 0, "closed"), ("0002", 1, "sent"), ("0003", 0, "sent"), ("0004", 2, "approved"),
          ("0005", 4, "draft"))


def _products(session: Session, categories: tuple[str, ...], first: int) -> list[tuple[list[Sku], str]]:
    """The first on-sale products (by id) of each category code given: each product's on-sale SKUs and category."""
    rows = session.execute(select(Product.id, Category.code).join(Category, Category.id == Product.category_id)
                           .where(Category.code.in_(categories), Product.status == "on_sale")
                           .order_by(Product.id)).all()
    taken: dict[str, int] = {}
    chosen: dict[int, str] = {}
    for product_id, category in rows:
        if taken.get(category, 0) < first:
            taken[category] = taken.get(category, 0) + 1
            chosen[product_id] = category
    skus: dict[int, list[Sku]] = {}
    for sku in session.scalars(select(Sku).where(Sku.product_id.in_(sorted(chosen) or [0]), Sku.status == "on_sale")
                               .order_by(Sku.id)):
        skus.setdefault(sku.product_id, []).append(sku)
    return [(skus[p], chosen[p]) for p in sorted(chosen) if p in skus]


def reordered_skus(session: Session, categories: tuple[str, ...] | None = None) -> list[tuple[Sku, str]]:
    """The SKUs with reorder rules (of the categories given, else of every supplier's), with their categories: the
    warehouse leaves their stock to the shipment history."""
    if categories is None:
        categories = tuple(c for *_rest, supplied in SUPPLIERS for c in supplied)
    products, per_product = REORDERED
    return [(sku, category) for skus, category in _products(session, categories, products)
            for sku in skus[::max(1, len(skus) // per_product)][:per_product]]


def _price(sku: Sku) -> Decimal:
    return round_money(sku.list_price * Decimal("0.55"))


def _reorder_point(demand: Demand, lead_time_days: int) -> int:
    return max(5, math.ceil(demand.per_day * (lead_time_days + SAFETY_DAYS) / 5) * 5)


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
    suppliers = []
    for code, name, contact, phone, terms, lead, kind, supplied in SUPPLIERS:
        s = Supplier(code=code, name=name, contact_name=contact, phone=phone, payment_terms=terms,
                     lead_time_days=lead, email=f"orders@{code}.example.com", address="中国 China")
        session.add(s)
        session.flush()
        c = SupplierContract(supplier_id=s.id, code=f"{code}-2026", kind=kind, valid_from=today.replace(month=1, day=1),
                             valid_to=today.replace(month=12, day=31), terms=terms)
        session.add(c)
        session.flush()
        products = _products(session, supplied, LISTED_PRODUCTS)
        session.add_all(ContractPrice(contract_id=c.id, sku_id=sku.id, price=_price(sku))
                        for skus, _category in products for sku in skus)
        suppliers.append((s, c, products))
    reordered = [(sku, category, i) for i, supplier in enumerate(SUPPLIERS)
                 for sku, category in reordered_skus(session, supplier[7])]
    delivered = []
    for demand, (_sku, _category, i) in zip(plan_demand([(sku, c) for sku, c, _i in reordered]), reordered):
        s, c, _listed = suppliers[i]
        session.add(ReorderRule(sku_id=demand.sku.id, warehouse_id=w.id, supplier_id=s.id,
                                reorder_point=_reorder_point(demand, s.lead_time_days),
                                min_qty=CASE.get(demand.category, 1)))
        # the supplier's last delivery, a month ago (a consignment supplier's units stay its own until sold)
        delivered.append((demand, f"DEMO-PO-{100 + i:04d}", s.id if c.kind == "consignment" else None))
    shipped = seed_shipments(session, w, delivered)
    now = utcnow()
    for suffix, idx, state in ORDERS:
        s, c, products = suppliers[idx]
        n = int(suffix)
        lines = [(skus[(n + k) % len(skus)], category) for k, (skus, category) in enumerate(products[:4])]
        po = PurchaseOrder(number=f"PO-DEMO-{suffix}", kind="purchase", supplier_id=s.id, warehouse_id=w.id,
                           contract_id=c.id, consignment=c.kind == "consignment", state=state,
                           expected_on=today + dt.timedelta(days=s.lead_time_days), tolerance_pct=5,
                           created_by="buyer", created_at=now - dt.timedelta(days=n + 3))
        if state != "draft":
            po.approved_at, po.approved_by = now - dt.timedelta(days=3), "buyer"
        if state in ("sent", "closed"):
            po.sent_at = now - dt.timedelta(days=2)
        session.add(po)
        session.flush()
        total = Decimal("0.00")
        for ln_no, (sku, category) in enumerate(lines, start=1):
            qty = CASE.get(category, 12) * (1 + ln_no)
            price = _price(sku)
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
    progress(f"  purchasing: {len(SUPPLIERS)} suppliers, {len(ORDERS)} orders, {len(delivered)} reorder rules, "
             f"{shipped} customer orders shipped over {DAYS} days ({levels} stock levels)")
    return len(ORDERS)
