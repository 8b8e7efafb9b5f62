"""The contract of the `catalog` area: categories, brands, attributes, products and SKUs, import, site search,
pictures."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from middle_tier.contract import Record

# Catalog

PRODUCT_STATUSES = ("draft", "on_sale", "off_sale")


@dataclasses.dataclass(frozen=True)
class CategoryRecord(Record):
    id: int
    parent_id: int          # 0 for a top-level category
    code: str
    name: str
    position: int
    depth: int
    is_active: bool
    attributes: tuple[str, ...]     # codes of the attributes bound here
    version: int


@dataclasses.dataclass(frozen=True)
class BrandRecord(Record):
    id: int
    code: str
    name: str
    is_active: bool
    version: int


@dataclasses.dataclass(frozen=True)
class AttributeRecord(Record):
    id: int
    code: str
    name: str
    values: tuple[tuple[str, str], ...]    # (code, name) in display order
    version: int


@dataclasses.dataclass(frozen=True)
class ProductRecord(Record):
    id: int
    code: str
    name: str
    category_id: int
    category_name: str
    brand_id: int           # 0 when none
    brand_name: str
    description: str
    status: str
    sku_count: int
    version: int


@dataclasses.dataclass(frozen=True)
class SkuRecord(Record):
    id: int
    code: str
    barcode: str
    name: str
    product_id: int
    product_code: str
    category_name: str
    brand_name: str
    variant: str            # 'colour=red;size=m'
    list_price: Decimal
    cost: Decimal
    weight_g: int
    status: str
    version: int


@dataclasses.dataclass(frozen=True)
class BatchRow(Record):
    code: str
    name: str
    variant: str
    list_price: Decimal
    exists: bool            # a SKU with this variant or code is already there: it will be skipped

# Changing many SKUs at once (catalog.bulk_update_skus, previewed by catalog.preview_bulk_update_skus): a status,
# a price change of one kind, a weight for the SKUs that weigh 0 g; all or nothing, one operation log entry.
BULK_SKUS_MAX = 5_000                           # SKUs per call
PRICE_CHANGES = ("set", "percent", "amount")   # a new list price; plus or minus a percentage; plus or minus an amount
BULK_PERCENT_RANGE = (Decimal("-99.99"), Decimal("1000"))
BULK_EXAMPLES = 5                               # SKUs a preview or a result shows one by one


@dataclasses.dataclass(frozen=True)
class SkuChangeRow(Record):
    """One SKU of a change of many, before and after."""

    id: int
    code: str
    name: str
    status_before: str
    status_after: str
    price_before: Decimal
    price_after: Decimal
    weight_before: int
    weight_after: int


@dataclasses.dataclass(frozen=True)
class SkuBulkChange(Record):
    """What a change of many SKUs does (or did): how many change, in what, and the first few in code order."""

    selected: int                   # SKUs named
    changed: int                    # of them, those that change (the others are so already)
    status_changed: int
    price_changed: int
    weight_changed: int
    price_before_min: Decimal       # the range of the prices that change, before and after (0 when none does)
    price_before_max: Decimal
    price_after_min: Decimal
    price_after_max: Decimal
    product_not_on_sale: int        # SKUs on sale after the change whose product is not: the shop does not list them
    examples: tuple[SkuChangeRow, ...]


# Bulk import of SKUs: the header names a file must have (in any order); informational columns are ignored.
SKU_IMPORT_COLUMNS = ("sku_code", "product_code", "product_name", "category_code", "brand_code", "attributes",
                      "list_price", "cost", "barcode", "weight_g", "status")
SKU_IMPORT_IGNORED = ("name", "category", "brand")
SKU_IMPORT_MAX_ROWS = 10_000


@dataclasses.dataclass(frozen=True)
class ImportIssue(Record):
    row: int                # line of the file (the header is line 1)
    column: str
    message: str
    template: str = ""      # a Text message's template and parameters, for the client to translate
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, row: int, column: str, message: str) -> ImportIssue:
        return cls(row, column, str(message), getattr(message, "template", ""), getattr(message, "params", ()))


@dataclasses.dataclass(frozen=True)
class ImportReport(Record):
    rows: int
    creates: int
    updates: int
    new_products: int
    issues: tuple[ImportIssue, ...]


@dataclasses.dataclass(frozen=True)
class SearchLogRecord(Record):
    id: int
    at: dt.datetime
    query: str
    hits: int
    channel: str
    username: str


@dataclasses.dataclass(frozen=True)
class SynonymRecord(Record):
    id: int
    words: tuple[str, ...]     # the words the site search treats as one
    version: int


IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")
IMAGE_MAX_BYTES = 8 * 1024 * 1024
THUMBNAIL_SIZE = 160


@dataclasses.dataclass(frozen=True)
class ImageRecord(Record):
    id: int
    product_id: int
    position: int
    content_type: str
    width: int
    height: int
    size: int
    thumbnail: bytes           # PNG, at most THUMBNAIL_SIZE pixels on its longer side
