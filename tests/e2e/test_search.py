"""Site search on both databases: Chinese by characters and pairs, words by prefix, filters, ranking, log."""
from __future__ import annotations

from decimal import Decimal

import pytest

from middle_tier.catalog.search_text import index_tokens, query_terms
from middle_tier.contract import E_VALIDATION, Page
from middle_tier.contract.catalog import BrandRecord, CategoryRecord, ProductRecord, SearchLogRecord, SkuRecord
from tests.conftest import remote_error, unique


def test_tokens_split_chinese_into_characters_and_pairs_and_words_into_lower_case():
    tokens = index_tokens("龙井绿茶 Longjing-Tea", "P00001")
    assert tokens.split() == ["zz龙", "zz井", "zz绿", "zz茶", "zz龙井", "zz井绿", "zz绿茶", "zzlongjing", "zztea",
                              "zzp00001"]
    assert query_terms("绿茶 long") == [("zz绿茶", False), ("zzlong", True)]
    assert query_terms("茶") == [("zz茶", False)]
    assert query_terms("  -- ") == []


@pytest.fixture(scope="module")
def shop(admin_module):
    """A brand and a category of their own, with on-sale SKUs whose names only this module uses."""
    cat = admin_module.catalog
    tag = unique("")
    brand = BrandRecord.from_wire(cat.create_brand(code=f"b{tag}", name=f"Qingshan{tag} 青山"))
    parent = CategoryRecord.from_wire(cat.create_category(code=f"drinks{tag}", name=f"饮品 Drinks{tag}"))
    leaf = CategoryRecord.from_wire(cat.create_category(code=f"tea{tag}", name="名茶 Fine tea", parent_id=parent.id))
    made = {}
    for code, name, price in [("lj", f"西湖龙井 Xihu Longjing {tag}", "388.00"),
                              ("bl", f"碧螺春 Biluochun {tag}", "268.00"),
                              ("hj", f"黄山毛峰 Huangshan Maofeng {tag}", "198.00")]:
        p = ProductRecord.from_wire(cat.create_product(code=f"{code}{tag}", name=name, category_id=leaf.id,
                                                       brand_id=brand.id))
        s = SkuRecord.from_wire(cat.create_sku(product_id=p.id, code=f"{code}{tag}-250", list_price=price))
        cat.update_sku(sku_id=s.id, version=s.version, list_price=price, cost="0", barcode="", weight_g=250,
                       status="on_sale")
        cat.set_product_status(product_id=p.id, version=p.version, status="on_sale")
        made[code] = s
    return {"tag": tag, "brand": brand, "parent": parent, "leaf": leaf, "skus": made}


@pytest.fixture(scope="module")
def admin_module(endpoint):
    from client.connection import open_connection

    conn = open_connection(endpoint)
    yield conn.root.login("admin", "demo1234")
    conn.close()


def found(admin, **kw):
    return [SkuRecord.from_wire(r) for r in Page.from_wire(admin.catalog.search(**kw)).rows]


def test_chinese_is_found_by_pairs_and_single_characters(admin, shop):
    tag = shop["tag"]
    assert [s.code for s in found(admin, query=f"龙井 {tag}")] == [shop["skus"]["lj"].code]
    assert {s.code for s in found(admin, query=f"青山 {tag}")} == {s.code for s in shop["skus"].values()}  # brand
    assert {s.code for s in found(admin, query=f"名茶 {tag}")} == {s.code for s in shop["skus"].values()}  # category
    assert [s.code for s in found(admin, query=f"螺 {tag}")] == [shop["skus"]["bl"].code]


def test_words_match_by_prefix_and_every_word_must_match(admin, shop):
    tag = shop["tag"]
    assert [s.code for s in found(admin, query=f"longj {tag}")] == [shop["skus"]["lj"].code]
    assert found(admin, query=f"longjing biluochun {tag}") == []
    assert [s.code for s in found(admin, query=shop["skus"]["hj"].code.lower())] == [shop["skus"]["hj"].code]


def test_filters_by_category_brand_and_price(admin, shop):
    tag = shop["tag"]
    assert len(found(admin, query=tag, category_id=shop["parent"].id)) == 3
    assert len(found(admin, query=tag, brand_id=shop["brand"].id)) == 3
    cheap = found(admin, query=tag, max_price="270.00")
    assert {s.code for s in cheap} == {shop["skus"]["bl"].code, shop["skus"]["hj"].code}
    assert [s.code for s in found(admin, query=tag, min_price="200", max_price="300")] == [shop["skus"]["bl"].code]
    err = remote_error(admin.catalog.search, query=tag, min_price="cheap")
    assert (err.code, err.field) == (E_VALIDATION, "min_price")
    assert remote_error(admin.catalog.search, query="  ").field == "query"


def test_renaming_a_product_or_brand_updates_what_search_finds(admin, shop):
    cat, tag = admin.catalog, shop["tag"]
    sku = shop["skus"]["hj"]
    product = ProductRecord.from_wire(cat.get_product(product_id=sku.product_id))
    cat.update_product(product_id=product.id, version=product.version, name=f"太平猴魁 Taiping Houkui {tag}",
                       category_id=product.category_id, brand_id=product.brand_id, description="")
    assert [s.code for s in found(admin, query=f"猴魁 {tag}")] == [sku.code]
    assert found(admin, query=f"毛峰 {tag}") == []
    brand = shop["brand"]
    cat.update_brand(brand_id=brand.id, version=brand.version, name=f"Lushan{tag} 庐山", active=True)
    assert len(found(admin, query=f"庐山 {tag}")) == 3


def test_paging_suggestions_similar_items_and_the_query_log(admin, shop):
    tag = shop["tag"]
    first = Page.from_wire(admin.catalog.search(query=tag, page_size=2))
    second = Page.from_wire(admin.catalog.search(query=tag, page_size=2, cursor=first.next_cursor))
    assert len(first.rows) == 2 and len(second.rows) == 1 and not second.next_cursor
    assert {r[0] for r in first.rows}.isdisjoint({r[0] for r in second.rows})
    assert admin.catalog.suggest(prefix=f"{tag} xihu long")[0].startswith("西湖龙井")
    similar = [SkuRecord.from_wire(r).code for r in admin.catalog.similar_skus(sku_id=shop["skus"]["bl"].id)]
    # 268.00: within 40 % are 198.00, not 388.00; never the SKU itself
    assert shop["skus"]["hj"].code in similar
    assert shop["skus"]["lj"].code not in similar and shop["skus"]["bl"].code not in similar
    nothing = f"nothing{tag}"
    assert found(admin, query=nothing) == []
    log = Page.from_wire(admin.catalog.list_search_log(no_results_only=True)).records(SearchLogRecord)
    assert log[0].query == nothing and log[0].hits == 0 and log[0].username == "admin"
    everything = Page.from_wire(admin.catalog.list_search_log(page_size=20)).records(SearchLogRecord)
    assert any(e.query == tag and e.hits == 3 for e in everything)


def test_the_demo_catalog_is_searchable_in_chinese_and_english(admin):
    tea = found(admin, query="龙井")
    assert tea and all("龙井" in s.name for s in tea)
    assert found(admin, query="cotton tee")
    assert all(s.list_price >= Decimal("100") for s in found(admin, query="tee", min_price="100"))


def test_synonyms_widen_a_word_and_are_kept_in_the_back_office(admin, shop, unchanged):
    from middle_tier.contract import E_DUPLICATE
    from middle_tier.contract.catalog import SynonymRecord

    tag = shop["tag"]
    lj, bl = shop["skus"]["lj"].code, shop["skus"]["bl"].code
    word = f"greentea{tag}"                                   # no product says this
    assert found(admin, query=f"{word}") == []
    cat = admin.catalog
    group = SynonymRecord.from_wire(cat.save_synonym(words=f"{word.upper()}, 龙井 , Biluochun"))
    assert group.words == (word, "龙井", "biluochun")         # normalised, order kept
    assert {s.code for s in found(admin, query=f"{word} {tag}")} == {lj, bl}     # either spelling, and the tag
    assert [s.code for s in found(admin, query=f"{word} 碧螺 {tag}")] == [bl]     # every word still required
    with unchanged():
        for words in ("onlyone", "a,,", "x" * 70 + ",y"):
            err = remote_error(cat.save_synonym, words=words)
            assert (err.code, err.field) == (E_VALIDATION, "words"), words
        err = remote_error(cat.save_synonym, words=f"{word}, other{tag}")
        assert (err.code, err.field) == (E_DUPLICATE, "words")    # a word belongs to one group
        err = remote_error(cat.save_synonym, synonym_id=group.id, version=group.version + 1, words="a, b")
        assert err.field == "version"
    listed = [SynonymRecord.from_wire(r) for r in Page.from_wire(cat.list_synonyms(search=word)).rows]
    assert [g.id for g in listed] == [group.id]
    smaller = SynonymRecord.from_wire(cat.save_synonym(synonym_id=group.id, version=group.version,
                                                        words=f"{word}, 碧螺春"))
    assert [s.code for s in found(admin, query=f"{word} {tag}")] == [bl]
    cat.delete_synonym(synonym_id=smaller.id, version=smaller.version)
    assert found(admin, query=f"{word} {tag}") == []


def _png(width: int, height: int, colour=(200, 30, 30)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def test_product_images_are_stored_with_thumbnails_and_bad_files_refused(admin, shop, unchanged):
    import io

    from PIL import Image

    from middle_tier.contract import E_DUPLICATE, E_NOT_FOUND
    from middle_tier.contract.catalog import THUMBNAIL_SIZE, ImageRecord

    cat = admin.catalog
    product_id = shop["skus"]["lj"].product_id
    first = ImageRecord.from_wire(cat.add_product_image(product_id=product_id, data=_png(800, 400)))
    second = ImageRecord.from_wire(cat.add_product_image(product_id=product_id, data=_png(300, 600, (0, 90, 0))))
    assert (first.position, second.position) == (1, 2)
    assert (first.content_type, first.width, first.height) == ("image/png", 800, 400)
    with Image.open(io.BytesIO(first.thumbnail)) as thumb:
        assert thumb.size == (THUMBNAIL_SIZE, THUMBNAIL_SIZE // 2)
    listed = Page.from_wire(cat.list_product_images(product_id=product_id)).records(ImageRecord)
    assert [i.id for i in listed] == [first.id, second.id]
    assert cat.get_product_image(image_id=second.id) == _png(300, 600, (0, 90, 0))
    with unchanged():
        for data in (b"", b"not a picture at all", b"GIF89a" + b"\x00" * 20, b"\x89PNG\r\n\x1a\n" + b"\x00" * 40):
            err = remote_error(cat.add_product_image, product_id=product_id, data=data)
            assert (err.code, err.field) == (E_VALIDATION, "data"), data[:10]
        err = remote_error(cat.add_product_image, product_id=product_id, data=_png(800, 400))
        assert (err.code, err.field) == (E_DUPLICATE, "data")
        err = remote_error(cat.add_product_image, product_id=product_id, data=b"\x00" * (8 * 1024 * 1024 + 1))
        assert (err.code, err.field) == (E_VALIDATION, "data")
        assert remote_error(cat.add_product_image, product_id=10**9, data=_png(10, 10)).code == E_NOT_FOUND
    cat.delete_product_image(image_id=first.id)
    assert [r.id for r in Page.from_wire(cat.list_product_images(product_id=product_id)).records(ImageRecord)] == [
        second.id]
    assert remote_error(cat.get_product_image, image_id=first.id).code == E_NOT_FOUND


def test_mroonga_finds_what_innodb_finds(admin, engine, shop):
    """MariaDB's optional Mroonga engine for the search table (emporium-admin search-engine mroonga) answers the
    same queries with the same SKUs: Chinese pairs, word prefixes, several words, nothing."""
    from data_tier.search import mroonga_available, search_engine, set_search_engine

    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite searches with FTS5")
    with engine.connect() as conn:
        if not mroonga_available(conn):
            pytest.skip("the Mroonga plugin is not installed on this MariaDB")
    tag = shop["tag"]
    queries = ["龙井", f"longjing {tag}", f"青山 {tag}", "毛峰", f"huangsh {tag}", "不存在的东西", f"Fine tea {tag}"]

    def found() -> dict[str, set[str]]:
        return {q: {r[1] for r in Page.from_wire(admin.catalog.search(query=q, page_size=50)).rows} for q in queries}

    innodb = found()
    assert innodb[f"longjing {tag}"] and not innodb["不存在的东西"]
    with engine.begin() as conn:
        set_search_engine(conn, "mroonga")
    try:
        with engine.connect() as conn:
            assert search_engine(conn) == "mroonga"
        assert found() == innodb
    finally:
        with engine.begin() as conn:
            set_search_engine(conn, "innodb")
    with engine.connect() as conn:
        assert search_engine(conn) == "innodb"
    assert found() == innodb


def test_very_frequent_words_are_ranked_without_scoring_every_match(admin, engine, shop, monkeypatch):
    """Past FREQUENT possible matches the search takes the newest matches ranked by token length instead of scoring
    all of them (SQLite: FTS5's term statistics tell; MariaDB: the share of the newest search rows that match);
    the SKUs found are the same on a small catalog, also for prefixes, Chinese pairs, several words and a
    synonym's alternative."""
    import data_tier.search as full_text
    from middle_tier.contract.catalog import SynonymRecord

    tag = shop["tag"]
    queries = [f"longjing {tag}", f"名茶 {tag}", f"fine tea {tag}", "不存在的东西", f"longj {tag}", "龙井",
               f"cha{tag} {tag}"]

    def found() -> dict[str, list[str]]:
        return {q: sorted(r[1] for r in Page.from_wire(admin.catalog.search(query=q, page_size=50)).rows)
                for q in queries}

    newest_first = []     # per full-text query: did it take the newest matches?
    real = full_text.matching_skus

    def spy(session, groups, limit):  # type: ignore[no-untyped-def]
        hits = real(session, groups, limit)
        newest_first.append("id DESC LIMIT" in str(hits.element))
        return hits

    monkeypatch.setattr(full_text, "matching_skus", spy)
    group = SynonymRecord.from_wire(admin.catalog.save_synonym(words=f"cha{tag}, longjing"))   # an alternative
    try:
        scored = found()
        assert newest_first and not any(newest_first)
        assert scored[f"cha{tag} {tag}"] == scored[f"longjing {tag}"]
        newest_first.clear()
        monkeypatch.setattr(full_text, "FREQUENT", 0)
        monkeypatch.setattr(full_text, "FREQUENT_SHARE", 0)
        assert found() == scored and all(scored[q] for q in queries[:3] + queries[4:])
        assert len(newest_first) == len(queries)
        assert all(newest for newest, q in zip(newest_first, queries) if scored[q])   # nothing to rank: either way
    finally:
        admin.catalog.delete_synonym(synonym_id=group.id, version=group.version)


def test_the_server_advises_mroonga_for_a_large_catalog_on_innodb(engine, monkeypatch):
    """At start-up the middle tier logs advice when MariaDB searches a large catalog with InnoDB FULLTEXT."""
    import data_tier.search as full_text

    with engine.connect() as conn:
        assert full_text.engine_advice(conn) is None          # a small catalog, or SQLite: nothing to say
        monkeypatch.setattr(full_text, "LARGE_CATALOG", 1)
        advice = full_text.engine_advice(conn)
        if engine.dialect.name == "sqlite":
            assert advice is None
        else:
            assert full_text.search_engine(conn) == "innodb" and "search-engine mroonga" in advice
