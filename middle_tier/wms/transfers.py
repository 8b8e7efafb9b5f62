"""Moving stock between bins of a warehouse: the terminal's scanned transfer (from-bin, item, quantity, to-bin) and
what the desk's transfer shares with it. A lot need not be named: the bin's lots go in the SKU's removal order, so
received stock (each receipt its own lot) moves as easily as any other. Units an open pick task will take from a
bin stay there for the picker."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Sku
from data_tier.wms import Location, PickTask, Warehouse
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.ledger import check_qty, post_move
from middle_tier.wms.lots import bin_lots, lot_by_code
from middle_tier.wms.places import location_by_code

# what a clerk may move stock out of at the terminal: storage bins and the dock (packing and shipping hold the
# units of outbound requests, which leave only by shipping, or by a put-back when the request is cancelled)
SCAN_SOURCES = ("storage", "receiving")


def planned_in_bin(uow: UnitOfWork, location_id: int, sku_id: int) -> dict[int, int]:
    """What open pick tasks will still take from one bin, per lot."""
    return {int(lot): int(q) for lot, q in uow.session.execute(
        select(PickTask.lot_id, func.sum(PickTask.qty - PickTask.picked_qty))
        .where(PickTask.location_id == location_id, PickTask.sku_id == sku_id, PickTask.state == "open")
        .group_by(PickTask.lot_id))}


def move_lots(uow: UnitOfWork, *, src: Location, dst: Location, sku: Sku, qty: int,
              lot_id: int | None = None) -> list[int]:
    """Move `qty` of a SKU from one location to another, its lots in removal order (only `lot_id` when given),
    leaving in the bin what open pick tasks will take; returns the moves' ids. E_CONFLICT on `qty` (nothing
    moved) when the bin holds less, or less that is not planned for picking."""
    lots = bin_lots(uow, src.id, sku.id, lot_id)
    planned = planned_in_bin(uow, src.id, sku.id)
    held = sum(q for _, q in lots)
    if qty > held:
        raise DomainError(E_CONFLICT, Text("{bin} holds only {held} of {sku}; {qty} asked.", bin=src.code, held=held,
                                           sku=sku.code, qty=qty), "qty")
    free = [(lot, q - planned.get(lot, 0)) for lot, q in lots if q > planned.get(lot, 0)]
    if qty > sum(q for _, q in free):
        raise DomainError(E_CONFLICT, Text("Open pick tasks will take {planned} of {sku} from {bin}; move at most "
                                           "{free}.", planned=held - sum(q for _, q in free), sku=sku.code,
                                           bin=src.code, free=sum(q for _, q in free)), "qty")
    reason = "putaway" if src.kind == "receiving" else "transfer"
    moves, left = [], qty
    for lot, q in free:
        take = min(left, q)
        moves.append(post_move(uow, sku_id=sku.id, qty=take, src=src, dst=dst, lot_id=lot, reason=reason))
        left -= take
        if not left:
            break
    return moves


@verb("wms.operate", label="Move stock by scanning", writes=True, idempotent=True)
def transfer_scan(uow: UnitOfWork, *, warehouse_id: int, from_location_code: str, barcode: str, qty: int,
                  to_location_code: str, lot_code: str = "", request_id: str) -> tuple:
    """The terminal's transfer: `qty` of the scanned item from the scanned bin (or the dock) into the scanned
    storage bin, the bin's lots in removal order (only `lot_code` when given); returns the moves' ids."""
    validate.found(uow.session.get(Warehouse, warehouse_id), "This warehouse", "warehouse_id")
    src = location_by_code(uow, warehouse_id, from_location_code, "from_location_code")
    if src.kind not in SCAN_SOURCES:
        raise DomainError(E_VALIDATION, Text("{bin} holds outbound work; take stock from a storage bin or the "
                                             "receiving area.", bin=src.code), "from_location_code")
    dst = location_by_code(uow, warehouse_id, to_location_code, "to_location_code")
    if dst.kind != "storage":
        raise DomainError(E_VALIDATION, Text("{bin} is not a storage bin.", bin=dst.code), "to_location_code")
    if dst.id == src.id:
        raise DomainError(E_VALIDATION, Text("The source and the destination are the same."), "to_location_code")
    sku = sku_by_scan(uow, barcode)
    lot_id = lot_by_code(uow, sku, lot_code)
    held = sum(q for _, q in bin_lots(uow, src.id, sku.id, lot_id))
    if not held:
        raise DomainError(E_VALIDATION, Text("{bin} holds no {sku}.", bin=src.code, sku=sku.code), "barcode")
    if not 1 <= qty <= held:
        raise DomainError(E_VALIDATION, Text("{bin} holds {held} of {sku}; move 1 to {held}.", bin=src.code,
                                             held=held, sku=sku.code), "qty")
    check_qty(qty)
    moves = move_lots(uow, src=src, dst=dst, sku=sku, qty=qty, lot_id=lot_id)
    uow.audit("stock_move", moves[0], {"transfer": [None, f"{qty} x {sku.code} {src.code} -> {dst.code}"]},
              more_ids=moves[1:])
    return tuple(moves)
