"""The warehouse's waiting work for the Home screen: counts to review, stock at or below its reorder point,
put-backs and pick lists open."""
from __future__ import annotations

from sqlalchemy import and_, select

from data_tier.catalog import Sku
from data_tier.purchasing import ReorderRule
from data_tier.wms import CountTask, Location, PickList, PutBack, StockLevel, Warehouse
from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.work import EXAMPLES, bounded_count


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    perms = uow.state.permissions
    s = uow.session
    items = []
    if "wms.adjust" in perms:
        counted = (select(CountTask.number, Location.code, Warehouse.code)
                   .join(Location, Location.id == CountTask.location_id)
                   .join(Warehouse, Warehouse.id == CountTask.warehouse_id)
                   .where(CountTask.state == "counted").order_by(CountTask.id))
        examples = tuple(f"{number} · {w} {bin_}" for number, bin_, w in s.execute(counted.limit(EXAMPLES)))
        items.append(WorkItem("wms.counts_to_review", "Counts to review", bounded_count(s, counted), "warehouse",
                              examples, False))
    if "wms.read" in perms and perms & {"purchasing.write", "wms.adjust"}:     # who orders more, who supervises
        # the SKUs whose available stock (on hand less reserved) is at or below the reorder point of purchasing's
        # rule for that warehouse (read, never written here); a SKU never stocked has nothing available
        available = StockLevel.on_hand - StockLevel.reserved
        low = (select(Sku.code, Sku.name, Warehouse.code, available, ReorderRule.reorder_point)
               .select_from(ReorderRule).join(Sku, Sku.id == ReorderRule.sku_id)
               .join(Warehouse, Warehouse.id == ReorderRule.warehouse_id)
               .outerjoin(StockLevel, and_(StockLevel.sku_id == ReorderRule.sku_id,
                                           StockLevel.warehouse_id == ReorderRule.warehouse_id))
               .where((StockLevel.sku_id.is_(None)) | (available <= ReorderRule.reorder_point))
               .order_by(Sku.code, Warehouse.code))
        examples = tuple(f"{code} · {name} · {w} · {avail or 0} / {point}"
                         for code, name, w, avail, point in s.execute(low.limit(EXAMPLES)))
        count = bounded_count(s, low)
        items.append(WorkItem("wms.low_stock", "SKUs at or below their reorder point (available / point)", count,
                              "warehouse", examples, count > 0))
    if "wms.operate" in perms:
        put_backs = (select(PutBack.number, Sku.code, PutBack.qty - PutBack.put_qty)
                     .join(Sku, Sku.id == PutBack.sku_id).where(PutBack.state == "open").order_by(PutBack.id))
        count = bounded_count(s, put_backs)
        items.append(WorkItem("wms.put_backs", "Units waiting in packing to be put back (F8 at the terminal)",
                              count, "terminal",
                              tuple(f"{n} · {code} × {q}" for n, code, q in s.execute(put_backs.limit(EXAMPLES))),
                              count > 0))
        lists = (select(PickList.number, Warehouse.code).join(Warehouse, Warehouse.id == PickList.warehouse_id)
                 .where(PickList.state == "open").order_by(PickList.id))
        items.append(WorkItem("wms.pick_lists", "Pick lists open (F4 at the terminal)", bounded_count(s, lists),
                              "terminal", tuple(f"{n} · {w}" for n, w in s.execute(lists.limit(EXAMPLES))), False))
    return items
