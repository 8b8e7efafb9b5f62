"""The warehouse (WMS): warehouses and bins, the stock ledger, receiving at the dock, putaway, outbound requests
with waves, picking, packing and shipping, cycle counts, and the self-check.

Every stock change is an immutable move posted by `ledger.post_move`. Verbs: `warehouses`, `stock`, `transfers`,
`receiving`, `putaway`, `requests`, `waves`, `packing`, `putback`, `counts`, `documents`. Beside them: `ledger`,
`places`, `lots`.

Other areas use the warehouse only through what is exported here: they reserve stock for their documents and
release it (`reserve_stock`, `release_request`), register to be told when a request ships (`register_requester`)
or as the source of deliveries the dock receives against (`register_inbound_source`).
"""
from middle_tier.wms import (
    counts,
    documents,
    packing,
    putaway,
    putback,
    receiving,
    requests,
    stock,
    transfers,
    warehouses,
    waves,
)
from middle_tier.wms.ledger import MAX_QTY, drift, virtual_location
from middle_tier.wms.places import DEFAULT_LOCATIONS
from middle_tier.wms.receiving import (
    Expected,
    ExpectedLine,
    InboundSource,
    has_open_receipt,
    receipt_by_number,
    receipts_of,
    register_inbound_source,
)
from middle_tier.wms.requests import StockShort, picked_for, register_requester, release_request, reserve_stock
from middle_tier.wms.work import work_items

VERB_MODULES = (warehouses, stock, transfers, receiving, putaway, requests, waves, packing, putback, counts, documents)

__all__ = ["DEFAULT_LOCATIONS", "MAX_QTY", "VERB_MODULES", "Expected", "ExpectedLine", "InboundSource", "StockShort",
           "drift", "has_open_receipt", "picked_for", "receipt_by_number", "receipts_of", "register_inbound_source",
           "register_requester", "release_request", "reserve_stock", "virtual_location", "work_items"]
