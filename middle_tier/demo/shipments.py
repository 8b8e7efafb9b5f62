"""Demo shipment history for `emporium-admin seed-demo`: four weeks of customer orders of the SKUs purchasing
reorders, so that reorder suggestions show a real daily demand. Each SKU came in a month ago (its supplier's last
delivery), and every order since was picked from its bin into packing and shipped to the customer, the moves and
balances written as the warehouse writes them (shipped reservations and a parcel per order; no waves, and no
outbound events, which only a requester that is still waiting would read). Deterministic: a seeded random, the
same history every time, ending now."""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from data_tier import wms as ledger
from data_tier.base import utcnow
from data_tier.catalog import Sku
from data_tier.wms import Location, Lot, Shipment, StockMove, StockReservation, Warehouse
from middle_tier.contract.wms import CARRIERS

DAYS = 28               # purchasing's reorder suggestions read the demand of the last 28 days
# a SKU's mean units a day, drawn between these, by category of the demo catalog
DEMAND = {"tshirts": (2.0, 5.0), "trousers": (1.0, 3.0), "phones": (0.3, 1.2), "audio": (0.8, 2.5),
          "tea": (1.0, 3.0), "snacks": (3.0, 6.0), "bedding": (0.4, 1.5), "kitchen": (1.0, 3.0)}
# days of demand left in stock today, SKU after SKU: with a lead time and a week of safety stock of 12 to 21
# days, about half of the SKUs are at or below their reorder point (0: sold out)
COVER_DAYS = (2, 30, 9, 45, 0, 18, 5, 26, 12, 40, 15)
LINES = ((1, 2, 3), (6, 3, 1))          # lines an order has, and how often
UNITS = ((1, 2, 3), (15, 4, 1))         # units of a line, and how often


@dataclass
class Demand:
    """What one SKU sold: units shipped each day (index: days ago) and what is left in its bin today."""
    sku: Sku
    category: str
    daily: list[int]
    left: int

    @property
    def per_day(self) -> Decimal:
        """Units a day over the last DAYS days, as the reorder suggestions compute it."""
        return (Decimal(sum(self.daily)) / DAYS).quantize(Decimal("0.01"))


def _poisson(rnd: random.Random, mean: float) -> int:
    """Units sold in a day when `mean` sell on average (Knuth's method: fine for small means)."""
    limit, n, p = math.exp(-mean), 0, rnd.random()
    while p > limit:
        n += 1
        p *= rnd.random()
    return n


def plan_demand(skus: list[tuple[Sku, str]]) -> list[Demand]:
    """The demand of each (SKU, category): a mean drawn for the SKU, the days' units around it, the stock left."""
    rnd = random.Random(28)
    out = []
    for n, (sku, category) in enumerate(skus):
        low, high = DEMAND.get(category, (0.5, 2.0))
        mean = rnd.uniform(low, high)
        daily = [_poisson(rnd, mean) for _day in range(DAYS)]
        if not any(daily):
            daily[n % DAYS] = 1
        out.append(Demand(sku, category, daily, round(mean * COVER_DAYS[n % len(COVER_DAYS)])))
    return out


def seed_shipments(session: Session, w: Warehouse, delivered: list[tuple[Demand, str, int | None]]) -> int:
    """Write the history of each (demand, doc_ref of the delivery it came in, the consignment supplier owning it or
    None): the delivery a month ago, then the orders shipped day by day; returns the number of orders."""
    rnd = random.Random(2028)
    now = utcnow()
    places = {loc.kind: loc.id for loc in session.scalars(select(Location).where(Location.warehouse_id.is_(None)))}
    packing = session.scalars(select(Location.id).where(Location.warehouse_id == w.id,
                                                        Location.kind == "packing")).one()
    bins = list(session.scalars(select(Location.id).where(Location.warehouse_id == w.id, Location.kind == "storage")
                                .order_by(Location.pick_order)))
    moves: list[dict] = []
    stored: dict[int, tuple[int, int]] = {}         # SKU -> (bin, lot)
    for n, (demand, doc_ref, owner) in enumerate(delivered):
        sku, where, lot_id = demand.sku, bins[(n * 7) % len(bins)], 0
        if owner is not None:       # consignment: the supplier's units until they are sold
            lot = Lot(sku_id=sku.id, code=doc_ref, owner_supplier_id=owner)
            session.add(lot)
            session.flush()
            lot_id = lot.id
        qty = demand.left + sum(demand.daily)
        ledger.add_balance(session, where, sku.id, lot_id, qty)
        ledger.add_on_hand(session, w.id, sku.id, qty)
        moves.append(dict(at=now - dt.timedelta(days=DAYS + 2, hours=n % 8), sku_id=sku.id, qty=qty,
                          from_location_id=places["supplier"], to_location_id=where, lot_id=lot_id, reason="receipt",
                          doc_type="receipt", doc_ref=doc_ref, username="clerk"))
        stored[sku.id] = (where, lot_id)
    weight = {d.sku.id: d.sku.weight_g for d, _ref, _owner in delivered}
    reservations: list[dict] = []
    parcels: list[dict] = []
    number = 0
    for day in range(DAYS - 1, -1, -1):             # the oldest day first, so that numbers follow the clock
        pending = {d.sku.id: d.daily[day] for d, _ref, _owner in delivered if d.daily[day]}
        orders = []
        while pending:
            lines = []
            for sku_id in rnd.sample(sorted(pending), min(len(pending), rnd.choices(*LINES)[0])):
                qty = min(pending[sku_id], rnd.choices(*UNITS)[0])
                lines.append((sku_id, qty))
                pending[sku_id] -= qty
                if not pending[sku_id]:
                    del pending[sku_id]
            orders.append(lines)
        # shipped between half an hour and 20 hours before this time of that day, in order
        for minutes, lines in zip(sorted((rnd.randint(30, 1200) for _ in orders), reverse=True), orders):
            number += 1
            ref = f"DEMO-SO-{10000 + number}"
            shipped = now - dt.timedelta(days=day, minutes=minutes)
            picked = shipped - dt.timedelta(minutes=rnd.randint(20, 90))
            ordered = picked - dt.timedelta(minutes=rnd.randint(60, 600))
            carrier = rnd.choice(CARRIERS[:-1])
            parcels.append(dict(number=f"SH-DEMO-{number:05d}", warehouse_id=w.id, doc_type="order", doc_ref=ref,
                                carrier=carrier, tracking_no=f"{carrier.upper()}{rnd.randrange(10**11, 10**12)}",
                                weight_g=150 + sum(weight[s] * q for s, q in lines), shipped_at=shipped,
                                shipped_by="clerk"))
            for sku_id, qty in lines:
                where, lot_id = stored[sku_id]
                reservations.append(dict(warehouse_id=w.id, sku_id=sku_id, qty=qty, doc_type="order", doc_ref=ref,
                                         state="shipped", created_at=ordered, updated_at=shipped, picked_qty=qty,
                                         packed_qty=qty))
                common = dict(sku_id=sku_id, qty=qty, lot_id=lot_id, doc_type="order", doc_ref=ref, username="clerk")
                moves.append(dict(common, at=picked, from_location_id=where, to_location_id=packing, reason="pick"))
                moves.append(dict(common, at=shipped, from_location_id=packing, to_location_id=places["customer"],
                                  reason="ship"))
    for demand, _ref, _owner in delivered:          # the balances the moves leave: what was sold left the bin
        where, lot_id = stored[demand.sku.id]
        sold = sum(demand.daily)
        if not (ledger.take_balance(session, where, demand.sku.id, lot_id, sold)
                and ledger.take_on_hand(session, w.id, demand.sku.id, sold)):
            raise RuntimeError(f"demo history: SKU {demand.sku.code} would go below zero")
    moves.sort(key=lambda m: m["at"])
    session.execute(insert(StockMove.__table__), moves)
    session.execute(insert(StockReservation.__table__), reservations)
    session.execute(insert(Shipment.__table__), parcels)
    return number
