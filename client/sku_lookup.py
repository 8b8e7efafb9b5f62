"""Finding the SKU of a scanned barcode or a typed SKU code (the price simulator's cart, the stock query)."""
from __future__ import annotations

from collections.abc import Callable

from client.rpc import RpcClient
from middle_tier.contract import DomainError, Page
from middle_tier.contract.catalog import SkuRecord


def find_sku(rpc: RpcClient, text: str, found: Callable[[SkuRecord], None], missing: Callable[[], None],
             failed: Callable[[DomainError], None]) -> None:
    """Ask the catalog for `text` and call `found` with the SKU whose code or barcode it is exactly, or `missing`."""
    def on_page(wire: tuple) -> None:
        exact = [s for s in Page.from_wire(wire).records(SkuRecord) if text.upper() in (s.code, s.barcode)]
        if exact:
            found(exact[0])
        else:
            missing()

    rpc.call("catalog.list_skus", on_page, failed, search=text, page_size=20)
