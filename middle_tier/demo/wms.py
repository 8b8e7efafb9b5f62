"""Demo warehouse for `emporium-admin seed-demo`: one warehouse with zones and bins, stock received for most
SKUs (through the same ledger as every receipt), and a few open outbound reservations."""
from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.catalog import Sku
from data_tier.wms import Location, StockMove, StockReservation, Warehouse
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
    receipts = 0
    for i, sku_id in enumerate(skus):
        if rnd.random() < 0.25:       # a quarter of the catalog is out of stock
            continue
        where = bins[i % len(bins)]
        qty = rnd.randint(5, 120)
        ledger.add_balance(session, where.id, sku_id, 0, qty)
        ledger.add_on_hand(session, w.id, sku_id, qty)
        session.add(StockMove(sku_id=sku_id, qty=qty, from_location_id=supplier.id, to_location_id=where.id,
                              lot_id=0, reason="receipt", doc_type="receipt", doc_ref=f"DEMO-PO-{1 + i // 50:04d}",
                              username="buyer"))
        receipts += 1
        if receipts % 10 == 0 and receipts <= 120:      # some open outbound requests
            if ledger.reserve_level(session, w.id, sku_id, 2):
                session.add(StockReservation(warehouse_id=w.id, sku_id=sku_id, qty=2, doc_type="order",
                                             doc_ref=f"DEMO-SO-{receipts:05d}"))
    progress(f"  warehouse sh-main: {len(bins)} bins, {receipts} SKUs in stock")
    return receipts
