"""A large catalog for measurements (`emporium-admin seed-demo --bench-skus 1000000`, and the bench scripts).

Bulk products of PER_PRODUCT SKUs each, on sale, in the demo's leaf categories and brands, named from a small
vocabulary of Chinese and English words so that a word matches a few per cent of the catalog, as in a shop (and
the character 茶 about half of it: the hardest case for the site search). Written straight into the tables in
transactions of BATCH products, then their search tokens; the demo catalog must be there first.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, insert, select

from data_tier.catalog import Brand, Category, Product, Sku
from data_tier.engine import make_session_factory
from middle_tier.catalog import reindex
from middle_tier.core.validate import ean13_check_digit

PER_PRODUCT = 100
BATCH = 50
ADJECTIVES = ["纯棉 cotton", "真丝 silk", "羊毛 wool", "亚麻 linen", "加厚 thick", "轻薄 light", "复古 vintage",
              "简约 minimal", "儿童 kids", "男士 men's", "女士 women's", "有机 organic", "进口 imported",
              "手工 handmade",
              "便携 portable", "无线 wireless", "防水 waterproof", "智能 smart", "保温 insulated", "迷你 mini"]
NOUNS = ["衬衫 shirt", "外套 jacket", "长裤 trousers", "连衣裙 dress", "围巾 scarf", "绿茶 green tea", "红茶 black tea",
         "耳机 earphones", "音箱 speaker", "水杯 cup", "背包 backpack", "台灯 desk lamp", "枕头 pillow", "毛巾 towel",
         "键盘 keyboard", "鼠标 mouse", "手表 watch", "钱包 wallet", "雨伞 umbrella", "拖鞋 slippers"]
LEAF_CATEGORIES = ("tshirts", "trousers", "tea")


def bulk_name(n: int) -> str:
    a = ADJECTIVES[(n * 7) % len(ADJECTIVES)]
    b = ADJECTIVES[(n * 13 + 3) % len(ADJECTIVES)]
    noun = NOUNS[(n * 11) % len(NOUNS)]
    return f"{a} {b} {noun} {n}"


def grow_catalog(engine: Engine, skus: int, progress: Callable[[int, int, str], None]) -> int:
    """Add bulk products until the catalog holds at least `skus` SKUs, then write the new SKUs' search tokens;
    returns how many SKUs were added (none when there are enough). `progress(done, total, what)`."""
    with make_session_factory(engine)() as s:
        have = s.scalar(select(func.count()).select_from(Sku)) or 0
        leaf_ids = list(s.scalars(select(Category.id).where(Category.code.in_(LEAF_CATEGORIES)).order_by(Category.id)))
        brand_ids = list(s.scalars(select(Brand.id).order_by(Brand.id)))
        n = s.scalar(select(func.count()).select_from(Product).where(Product.code.like("bulk%"))) or 0
        first_new = (s.scalar(select(func.max(Sku.id))) or 0) + 1
    if have >= skus:
        return 0
    if not leaf_ids or not brand_ids:
        raise ValueError("the demo catalog is not there: run `emporium-admin seed-demo` first")
    done = have
    while done < skus:
        with engine.begin() as conn:
            products = []
            for _ in range(BATCH):
                n += 1
                products.append({"code": f"bulk{n:07d}", "name": bulk_name(n),
                                 "category_id": leaf_ids[n % len(leaf_ids)], "brand_id": brand_ids[n % len(brand_ids)],
                                 "description": "", "status": "on_sale", "version": 1})
            conn.execute(insert(Product), products)
            ids = dict(conn.execute(select(Product.code, Product.id).where(
                Product.code.in_([p["code"] for p in products]))).all())
            rows = []
            for p in products:
                for k in range(PER_PRODUCT):
                    first12 = f"21{(n - BATCH) * PER_PRODUCT + len(rows) + 1:010d}"
                    rows.append({"product_id": ids[p["code"]], "code": f"{p['code'].upper()}-{k:03d}",
                                 "barcode": first12 + ean13_check_digit(first12), "name": f"{p['name']} #{k}",
                                 "variant_key": f"n={k}", "list_price": f"{50 + k}.90", "cost": "20.00",
                                 "weight_g": 300, "status": "on_sale", "version": 1})
            conn.execute(insert(Sku), rows)
        done += len(rows)
        progress(min(done, skus), skus, "SKUs")
    with make_session_factory(engine).begin() as s:
        new_ids = list(s.scalars(select(Sku.id).where(Sku.id >= first_new).order_by(Sku.id)))
        reindex(s, new_ids, progress=lambda d, t: progress(d, t, "search tokens"))
    return done - have
