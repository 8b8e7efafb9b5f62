"""The contract of the `wms` area: warehouses and bins, stock, reservations, receipts, waves, packing,
shipments, counts."""
from __future__ import annotations

import dataclasses
import datetime as dt

from middle_tier.contract import Label, Record, StateMachine
from middle_tier.contract.purchasing import PoLineRecord

LOCATION_KINDS = ("receiving", "storage", "packing", "shipping")
REMOVAL_STRATEGIES = ("fifo", "fefo")
MOVE_REASONS = ("receipt", "transfer", "putaway", "pick", "ship", "adjust", "return", "put_back")


@dataclasses.dataclass(frozen=True)
class WarehouseRecord(Record):
    id: int
    code: str
    name: str
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class LocationRecord(Record):
    id: int
    warehouse_id: int      # 0: a virtual place (supplier, customer, loss, gain)
    code: str
    name: str
    kind: str
    zone: str
    pick_order: int
    capacity: int
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class StockRow(Record):
    warehouse_code: str
    location_id: int
    location_code: str
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expires_on: dt.date | None
    qty: int
    owner_code: str        # consignment: the supplier who owns these units ('' = our own stock)


@dataclasses.dataclass(frozen=True)
class StockLevelRecord(Record):
    warehouse_id: int
    warehouse_code: str
    on_hand: int
    reserved: int
    available: int


@dataclasses.dataclass(frozen=True)
class SkuStock(Record):
    sku_id: int
    sku_code: str
    on_hand: int
    reserved: int
    available: int
    levels: tuple[StockLevelRecord, ...]
    bins: tuple[StockRow, ...]
    removal: str           # fifo | fefo


@dataclasses.dataclass(frozen=True)
class StockLevelRow(Record):
    """One SKU's stock in one warehouse, for the supervisor's stock list."""
    sku_id: int
    sku_code: str
    sku_name: str
    warehouse_id: int
    on_hand: int
    reserved: int          # held for outbound requests and for put-backs
    available: int
    reorder_point: int | None   # purchasing's reorder rule for the SKU in this warehouse (None: no rule)
    low: bool              # available at or below the reorder point


@dataclasses.dataclass(frozen=True)
class SkuAvailability(Record):
    """One SKU's stock over every warehouse (the product list's stock column)."""
    sku_id: int
    on_hand: int
    reserved: int
    available: int


@dataclasses.dataclass(frozen=True)
class MoveRecord(Record):
    id: int
    at: dt.datetime
    sku_id: int
    sku_code: str
    qty: int
    from_code: str
    to_code: str
    lot_code: str
    reason: str
    doc_type: str
    doc_ref: str
    username: str


@dataclasses.dataclass(frozen=True)
class StockReservationRecord(Record):
    id: int
    warehouse_id: int
    sku_id: int
    sku_code: str
    qty: int
    doc_type: str
    doc_ref: str
    state: str             # open | shipped | released
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class DriftRecord(Record):
    check: str             # balance | on_hand | reserved
    where: str             # which location/warehouse and SKU
    kept: int              # what the kept table says
    derived: int           # what the ledger (or the open reservations) says


# Stock held for an outbound request (an order, a return to a supplier, ...): shipped, or released when the
# request is cancelled. A request is the set of its reservations; its parcel is recorded when it ships.
STOCK_RESERVATION = StateMachine(
    "stock_reservation", "Reservation",
    states=("open", "shipped", "released"),
    transitions=(("open", "shipped"), ("open", "released")),
)
# A wave's pick list is picked when none of its tasks is open; a task is picked, short (less found than asked:
# the rest re-allocated) or cancelled with its request.
PICK_LIST = StateMachine(
    "pick_list", "Pick list",
    states=("open", "picked"),
    transitions=(("open", "picked"),),
)
PICK_TASK = StateMachine(
    "pick_task", "Pick task",
    states=("open", "picked", "short", "cancelled"),
    transitions=(("open", "picked"), ("open", "short"), ("open", "cancelled")),
)
PICK_TASK_STATES = PICK_TASK.states
# A blind cycle count of one bin: counted by a clerk, approved (variances booked) or sent back to be recounted.
COUNT_TASK = StateMachine(
    "count_task", "Count",
    states=("open", "counted", "approved", "cancelled"),
    transitions=(("open", "counted"), ("counted", "approved"), ("counted", "open")),
)
COUNT_STATES = COUNT_TASK.states
# A receipt against an expected delivery: posted (stock booked into the receiving area) or cancelled.
RECEIPT = StateMachine(
    "receipt", "Receipt",
    states=("open", "posted", "cancelled"),
    transitions=(("open", "posted"), ("open", "cancelled")),
)
# A request cancelled after some of it was picked: each picked lot waits in packing, held (not available), until a
# clerk puts it back into a storage bin (done), or a supervisor writes off what cannot be found (written off).
PUT_BACK = StateMachine(
    "put_back", "Put-back",
    states=("open", "done", "written_off"),
    transitions=(("open", "done"), ("open", "written_off")),
)
# The carriers a parcel may be handed to: the codes the middle tier accepts, and their names (the client shows the
# names, translated), in the same order.
CARRIERS = ("sf", "zto", "yto", "sto", "yunda", "jd", "ems", "own")
CARRIER_NAMES: tuple[Label, ...] = ("SF Express", "ZTO Express", "YTO Express", "STO Express", "Yunda Express",
                                    "JD Logistics", "China Post EMS", "Own delivery")


@dataclasses.dataclass(frozen=True)
class PutawaySuggestion(Record):
    location_id: int
    location_code: str
    zone: str
    reason: str            # same_sku | same_product | same_category | empty
    holds: int             # units in the bin now
    room: int              # units it can take (0 with no capacity limit set: unlimited)


@dataclasses.dataclass(frozen=True)
class PutBackRecord(Record):
    """Units of a cancelled request that wait in packing to go back into a storage bin."""
    id: int
    number: str
    warehouse_id: int
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    lot_code: str
    qty: int               # units picked for the cancelled request (of this lot)
    put_qty: int           # put back so far
    from_code: str         # where they wait: the packing area
    suggested_code: str    # the bin they were picked from
    doc_type: str          # the cancelled request
    doc_ref: str
    state: str             # open | done | written_off
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class PickTaskRecord(Record):
    id: int
    seq: int
    location_id: int
    location_code: str
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    lot_code: str
    qty: int
    picked_qty: int
    state: str             # open | picked | short | cancelled
    doc_type: str
    doc_ref: str


@dataclasses.dataclass(frozen=True)
class PickListRecord(Record):
    id: int
    number: str
    warehouse_id: int
    warehouse_code: str
    state: str             # open | picked
    created_at: dt.datetime
    created_by: str
    done_at: dt.datetime | None
    requests: tuple[str, ...]          # 'doc_type:doc_ref' of the requests in the wave
    tasks: tuple[PickTaskRecord, ...]


@dataclasses.dataclass(frozen=True)
class PackLine(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    barcode: str
    reserved: int
    picked: int
    packed: int


@dataclasses.dataclass(frozen=True)
class PackStatus(Record):
    doc_type: str
    doc_ref: str
    warehouse_id: int
    lines: tuple[PackLine, ...]
    complete: bool         # every reserved unit picked and verified
    weight_g: int          # from the SKUs' weights, a default for the shipping form


@dataclasses.dataclass(frozen=True)
class ShipmentRecord(Record):
    id: int
    number: str
    warehouse_id: int
    doc_type: str
    doc_ref: str
    carrier: str
    tracking_no: str
    weight_g: int
    shipped_at: dt.datetime
    shipped_by: str


@dataclasses.dataclass(frozen=True)
class OutboundEventRecord(Record):
    id: int
    doc_type: str
    doc_ref: str
    kind: str
    shipment_number: str
    at: dt.datetime


@dataclasses.dataclass(frozen=True)
class CountLineRecord(Record):
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expected: int          # what the bin held when reviewed (hidden from the counting clerk: 0 there)
    counted: int
    variance: int


@dataclasses.dataclass(frozen=True)
class CountTaskRecord(Record):
    id: int
    number: str
    warehouse_id: int
    location_id: int
    location_code: str
    state: str             # open | counted | approved | cancelled
    reason: str
    created_at: dt.datetime
    counted_at: dt.datetime | None
    counted_by: str
    reviewed_at: dt.datetime | None
    reviewed_by: str
    moved_since_start: bool    # stock moved in the bin after the count began: recount, do not apply
    lines: tuple[CountLineRecord, ...]


@dataclasses.dataclass(frozen=True)
class ReceiptLineRecord(Record):
    po_line_id: int
    sku_id: int
    sku_code: str
    sku_name: str
    lot_code: str
    expires_on: dt.date | None
    qty: int
    rejected_qty: int
    reject_reason: str


@dataclasses.dataclass(frozen=True)
class ReceiptRecord(Record):
    id: int
    number: str
    po_id: int
    po_number: str
    state: str             # open | posted | cancelled
    started_at: dt.datetime
    started_by: str
    posted_at: dt.datetime | None
    lines: tuple[ReceiptLineRecord, ...]
    po_lines: tuple[PoLineRecord, ...]      # what is ordered and still open, for the clerk's screen
