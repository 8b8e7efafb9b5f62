"""Products (商品管理) and site search (站内搜索): the category tree, brands, attributes, products and SKUs, batch
generation, bulk import and export, pictures, and the search the storefront and the agents use.

Verbs: `categories`, `brands`, `attributes`, `products`, `skus`, `batch`, `sku_bulk` (many SKUs at once),
`sku_import`, `images`, `search`, `synonyms`. Beside them: `records` (what the verbs share), `search_text` (the
tokens of the search, for both databases) and `search_index` (keeping a SKU's tokens current). Other areas use what
is exported here.
"""
from middle_tier.catalog import (
    attributes,
    batch,
    brands,
    categories,
    images,
    products,
    search,
    sku_bulk,
    sku_import,
    skus,
    synonyms,
)
from middle_tier.catalog.search_index import reindex
from middle_tier.catalog.skus import get_sku, sku_by_scan
from middle_tier.catalog.work import work_items

VERB_MODULES = (categories, brands, attributes, products, skus, batch, sku_bulk, sku_import, images, search,
                synonyms)

__all__ = ["VERB_MODULES", "get_sku", "reindex", "sku_by_scan", "work_items"]
