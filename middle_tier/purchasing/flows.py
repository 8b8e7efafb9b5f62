"""The state machines of purchase orders and returns, bound to their columns (the contract declares them)."""
from __future__ import annotations

from data_tier.purchasing import PurchaseOrder
from middle_tier.contract.purchasing import PURCHASE_ORDER, RETURN_TO_SUPPLIER
from middle_tier.core.states import Workflow

PO_FLOW = Workflow(PURCHASE_ORDER, PurchaseOrder,
                   stamps={"approved": "approved_at", "sent": "sent_at", "received": "done_at", "closed": "closed_at",
                           "cancelled": "cancelled_at"},
                   by={"approved": "approved_by"})
RETURN_FLOW = Workflow(RETURN_TO_SUPPLIER, PurchaseOrder,
                       stamps={"approved": "approved_at", "shipped": "done_at", "closed": "closed_at",
                               "cancelled": "cancelled_at"},
                       by={"approved": "approved_by"})


def flow_of(po: PurchaseOrder) -> Workflow:
    """The state machine of an order or of a return."""
    return PO_FLOW if po.kind == "purchase" else RETURN_FLOW
