"""Purchasing (采购管理): suppliers and their contracts with price lists, purchase orders and returns to suppliers
(negative POs) with their approval, supplier invoices matched three ways, reorder suggestions, consignment.

Verbs: `suppliers`, `contracts`, `orders`, `invoices`, `reorder`, `consignment`, `documents`. Beside them: `flows`
(the orders' state machines), `po_lines`, `returns` (a return's stock, through the warehouse) and `inbound` (purchase
orders as the warehouse's source of deliveries).

The warehouse is reached only through its face: this package registers purchase orders as the deliveries the
dock receives against, and asks to be told when a return ships.
"""
from middle_tier import wms
from middle_tier.purchasing import (
    consignment,
    contracts,
    documents,
    inbound,
    invoices,
    orders,
    reorder,
    returns,
    suppliers,
)
from middle_tier.purchasing.work import work_items

VERB_MODULES = (suppliers, contracts, orders, invoices, reorder, consignment, documents)

wms.register_inbound_source("po", inbound)
wms.register_requester(returns.DOC_TYPE, returns.return_shipped)

__all__ = ["VERB_MODULES", "work_items"]
