"""Site search (站内搜索): ranked SKUs for words, codes and names, suggestions, similar items and the query log."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from data_tier import search as full_text
from data_tier.catalog import Product, SearchLog, SearchSynonym, Sku
from data_tier.wms import StockLevel
from middle_tier.catalog.records import get_category, sku_select, sku_wire, subtree_ids
from middle_tier.catalog.search_text import query_groups, query_terms
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import SearchLogRecord, SkuRecord
from middle_tier.core import validate
from middle_tier.core.db import like_escape
from middle_tier.core.money import parse_money, round_money
from middle_tier.core.paging import check_page_size, decode_cursor, encode_cursor, keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

MAX_SEARCH_RESULTS = 1_000


SEARCH_CANDIDATES = 5_000


def _synonyms_of(uow: UnitOfWork, word: str) -> list[str]:
    """The other words of every synonym group that holds `word`."""
    if "," in word or not word:
        return []
    out: list[str] = []
    for words in uow.session.scalars(select(SearchSynonym.words).where(
            SearchSynonym.words.like("%," + like_escape(word) + ",%", escape="\\")).limit(20)):
        out += [w for w in words.strip(",").split(",") if w != word and w not in out]
    return out


@verb("catalog.read")
def search(uow: UnitOfWork, *, query: str, category_id: int = 0, brand_id: int = 0, min_price: str = "",
           max_price: str = "", on_sale_only: bool = True, in_stock_only: bool = False,
           channel: str = "backoffice", cursor: str = "", page_size: int = 50) -> Page:
    """Site search: SKUs whose code, barcode, names, brand or category hold every word, best first.

    Chinese is matched by characters and character pairs, other words by prefix. Every first-page query
    is logged with its hit count (the search report and the no-result list).
    """
    groups = query_groups(query, lambda word: _synonyms_of(uow, word))
    if not groups:
        raise DomainError(E_VALIDATION, Text("Type a word, a code or a name to look for."), "query")
    check_page_size(page_size)
    offset = int(decode_cursor(cursor, 1)[0]) if cursor else 0
    if offset < 0 or offset > MAX_SEARCH_RESULTS:
        raise DomainError(E_VALIDATION, Text("Only the best {most} results are listed.",
                                             most=MAX_SEARCH_RESULTS), "cursor")
    # the best candidates by relevance, over-fetched so that filters still leave a full list
    hits = full_text.matching_skus(uow.session, groups, SEARCH_CANDIDATES)
    stmt = (select(Sku.id).join(hits, hits.c.sku_id == Sku.id).join(Product, Product.id == Sku.product_id)
            .order_by(hits.c.score.desc(), Sku.code))
    if category_id:
        stmt = stmt.where(Product.category_id.in_(subtree_ids(uow, get_category(uow, category_id))))
    if brand_id:
        stmt = stmt.where(Product.brand_id == brand_id)
    if min_price.strip():
        stmt = stmt.where(Sku.list_price >= parse_money(min_price, "min_price", "Lowest price"))
    if max_price.strip():
        stmt = stmt.where(Sku.list_price <= parse_money(max_price, "max_price", "Highest price"))
    if on_sale_only:
        stmt = stmt.where(Sku.status == "on_sale", Product.status == "on_sale")
    if in_stock_only:       # available (on hand less reserved) somewhere
        stmt = stmt.where(select(StockLevel.sku_id).where(StockLevel.sku_id == Sku.id,
                                                          StockLevel.on_hand > StockLevel.reserved).exists())
    limit = min(page_size, MAX_SEARCH_RESULTS - offset)
    if not cursor:     # the first page also counts the hits for the log: one full-text query for both
        ranked = list(uow.session.scalars(stmt.limit(MAX_SEARCH_RESULTS + 1)))
        uow.session.add(SearchLog(query=query.strip()[:255], hits=len(ranked), channel=channel.strip()[:64],
                                  username=uow.state.username))
        ids = ranked[:limit + 1]
    else:
        ids = list(uow.session.scalars(stmt.offset(offset).limit(limit + 1)))
    more = len(ids) > limit
    ids = ids[:limit]
    # by primary key, in the order written (MariaDB's estimates can start from the category table instead)
    rows = {r[0]: r for r in uow.session.execute(sku_select().where(Sku.id.in_(ids or [0]))
                                                 .prefix_with("STRAIGHT_JOIN", dialect="mysql"))}
    return Page(SkuRecord.columns(), tuple(sku_wire(rows[i]) for i in ids),
                encode_cursor((offset + limit,)) if more else "")


@verb("catalog.read")
def suggest(uow: UnitOfWork, *, prefix: str, limit: int = 10) -> tuple:
    """Product names for what has been typed so far (the last word may be incomplete)."""
    terms = query_terms(prefix)
    if not terms:
        return ()
    if not 1 <= limit <= 50:
        raise DomainError(E_VALIDATION, Text("Between 1 and 50 suggestions."), "limit")
    hits = full_text.matching_skus(uow.session, [[[t]] for t in terms], limit * 20)
    names = uow.session.scalars(
        select(Product.name).join(Sku, Sku.product_id == Product.id).join(hits, hits.c.sku_id == Sku.id)
        .where(Product.status == "on_sale").order_by(hits.c.score.desc(), Product.name).limit(limit * 20))
    return tuple(dict.fromkeys(names))[:limit]   # best first, each name once


@verb("catalog.read")
def similar_skus(uow: UnitOfWork, *, sku_id: int, limit: int = 10) -> tuple:
    """SKUs of other products on sale in the same category, nearest in price first."""
    sku = validate.found(uow.session.get(Sku, sku_id), "This SKU", "sku_id")
    if not 1 <= limit <= 50:
        raise DomainError(E_VALIDATION, Text("Between 1 and 50 similar items."), "limit")
    product = uow.session.get(Product, sku.product_id)
    low, high = sku.list_price * Decimal("0.6"), sku.list_price * Decimal("1.4")
    rows = uow.session.execute(
        sku_select().where(Product.category_id == product.category_id, Product.id != product.id,
                            Sku.status == "on_sale", Product.status == "on_sale",
                            Sku.list_price.between(round_money(low), round_money(high)))
        .order_by(func.abs(Sku.list_price - sku.list_price), Sku.code).limit(limit)).all()
    return tuple(SkuRecord.from_wire(sku_wire(r)) for r in rows)


@verb("catalog.read")
def list_search_log(uow: UnitOfWork, *, no_results_only: bool = False, cursor: str = "",
                    page_size: int = 200) -> Page:
    """Recent searches, newest first; with no_results_only, the queries that found nothing."""
    stmt = select(SearchLog)
    if no_results_only:
        stmt = stmt.where(SearchLog.hits == 0)
    return keyset_page(uow.session, stmt, [(SearchLog.id, True)], cursor=cursor, page_size=page_size,
                       columns=SearchLogRecord.columns(),
                       row_to_wire=lambda r: SearchLogRecord(r[0].id, r[0].at, r[0].query, r[0].hits,
                                                             r[0].channel, r[0].username).to_wire(),
                       key_of=lambda r: (r[0].id,))
