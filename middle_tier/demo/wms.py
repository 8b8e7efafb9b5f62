"""Demo warehouse for `emporium-admin seed-demo`: one warehouse with zones and bins, stock received five weeks ago
for most SKUs (through the same ledger as every receipt; the SKUs purchasing reorders come with their shipments,
purchasing.py), a few open outbound reservations, and one order cancelled after picking, whose units wait in
packing to be put back at the terminal (F8)."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import Location, PutBack, StockMove, StockReservation, Warehouse
from middle_tier.demo.purchasing import reordered_skus
from middle_tier.wms import DEFAULT_LOCATIONS


def seed_warehouse(session: Session, progress: Callable[[str], None] = print) -> int:
    """Create the demo warehouse once; returns the number of receipts booked (0 when it is there already)."""
    if session.scalar(select(func.count()).select_from(Warehouse)):
        return 0
    rnd = random.Random(7)
    w = Warehouse(code="sh-main", name="上海主仓 Shanghai main")
    session.add(w)
    session.flush()
    for code, name, kind, order in DEFAULT_LOCATIONS:
        session.add(Location(warehouse_id=w.id, code=code, name=name, kind=kind, pick_order=order))
    bins = []
    for zone in ("A", "B", "C"):
        for n in range(1, 21):
            loc = Location(warehouse_id=w.id, code=f"{zone}-{n:02d}", name="", kind="storage", zone=zone,
                           pick_order=(ord(zone) - 64) * 100 + n, capacity=0)
            session.add(loc)
            bins.append(loc)
    session.flush()
    supplier = session.scalars(select(Location).where(Location.warehouse_id.is_(None),
                                                      Location.kind == "supplier")).one()
    skus = list(session.scalars(select(Sku.id).where(Sku.status == "on_sale").order_by(Sku.id)))
    reordered = {sku.id for sku, _category in reordered_skus(session)}
    received_at = utcnow() - dt.timedelta(days=35)
    receipts = 0
    stocked: list[tuple[int, Location, int]] = []
    for i, sku_id in enumerate(skus):
        if rnd.random() < 0.25:       # a quarter of the catalog is out of stock
            continue
        where = bins[i % len(bins)]
        qty = rnd.randint(5, 120)
        if sku_id in reordered:       # stocked with its four weeks of shipments (purchasing.py, shipments.py)
            continue
        ledger.add_balance(session, where.id, sku_id, 0, qty)
        ledger.add_on_hand(session, w.id, sku_id, qty)
        session.add(StockMove(at=received_at, sku_id=sku_id, qty=qty, from_location_id=supplier.id,
                              to_location_id=where.id, lot_id=0, reason="receipt", doc_type="receipt",
                              doc_ref=f"DEMO-PO-{1 + i // 50:04d}", username="buyer"))
        receipts += 1
        stocked.append((sku_id, where, qty))
        if receipts % 10 == 0 and receipts <= 120:      # some open outbound requests
            if ledger.reserve_level(session, w.id, sku_id, 2):
                session.add(StockReservation(warehouse_id=w.id, sku_id=sku_id, qty=2, doc_type="order",
                                             doc_ref=f"DEMO-SO-{receipts:05d}"))
    _cancelled_after_picking(session, w, stocked)
    progress(f"  warehouse sh-main: {len(bins)} bins, {receipts} SKUs in stock")
    return receipts


def _cancelled_after_picking(session: Session, w: Warehouse, stocked: list[tuple[int, Location, int]]) -> None:
    """DEMO-SO-CANCELLED: 2 units picked into packing, then the order was cancelled; a put-back holds them there
    (the last SKU in stock, which nothing else of the demo touches)."""
    sku_id, where, _qty = stocked[-1]
    packing = session.scalars(select(Location).where(Location.warehouse_id == w.id, Location.kind == "packing")).one()
    ref = "DEMO-SO-CANCELLED"
    ledger.take_balance(session, where.id, sku_id, 0, 2)
    ledger.add_balance(session, packing.id, sku_id, 0, 2)
    session.add(StockMove(sku_id=sku_id, qty=2, from_location_id=where.id, to_location_id=packing.id, lot_id=0,
                          reason="pick", doc_type="order", doc_ref=ref, username="clerk"))
    r = StockReservation(warehouse_id=w.id, sku_id=sku_id, qty=2, doc_type="order", doc_ref=ref, state="released",
                         picked_qty=2)
    session.add(r)
    session.flush()
    ledger.reserve_level(session, w.id, sku_id, 2)          # held by the put-back, not available
    session.add(PutBack(number="PB-DEMO-0001", warehouse_id=w.id, sku_id=sku_id, lot_id=0, qty=2,
                        from_location_id=packing.id, suggested_location_id=where.id, doc_type="order", doc_ref=ref,
                        reservation_id=r.id, created_by="agent"))
