"""Demo catalog for `emporium-admin seed-demo`: a category tree, brands, attributes, a few hundred products."""
from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data_tier.catalog import Attribute, AttributeValue, Brand, Category, CategoryAttribute, Product, Sku
from middle_tier.catalog import reindex
from middle_tier.core.money import round_money
from middle_tier.core.validate import ean13_check_digit

ATTRIBUTES = {
    "colour": ("颜色 Colour", [("white", "白 White"), ("black", "黑 Black"), ("navy", "藏青 Navy"),
                               ("red", "红 Red"), ("grey", "灰 Grey")]),
    "size": ("尺码 Size", [("s", "S"), ("m", "M"), ("l", "L"), ("xl", "XL")]),
    "storage": ("存储 Storage", [("128g", "128 GB"), ("256g", "256 GB"), ("512g", "512 GB")]),
    "weight": ("净含量 Net weight", [("250g", "250 g"), ("500g", "500 g")]),
}
# code, name, parent code, attributes bound, product words, base price range
CATEGORIES = [
    ("apparel", "服装 Apparel", None, ("colour", "size"), None, None),
    ("tshirts", "T恤 T-shirts", "apparel", (), ["纯棉T恤 Cotton tee", "圆领T恤 Crew-neck tee", "印花T恤 Print tee"],
     (49, 199)),
    ("trousers", "裤装 Trousers", "apparel", (), ["休闲裤 Chinos", "牛仔裤 Jeans", "运动裤 Joggers"], (99, 399)),
    ("electronics", "数码 Electronics", None, ("colour",), None, None),
    ("phones", "手机 Phones", "electronics", ("storage",), ["智能手机 Smartphone", "拍照手机 Camera phone"],
     (1299, 6999)),
    ("audio", "耳机 Headphones", "electronics", (), ["蓝牙耳机 Bluetooth earbuds", "头戴耳机 Over-ear headphones"],
     (99, 1999)),
    ("food", "食品 Food", None, ("weight",), None, None),
    ("tea", "茶叶 Tea", "food", (), ["龙井绿茶 Longjing green tea", "普洱熟茶 Ripe pu-erh", "铁观音 Tieguanyin"],
     (39, 499)),
    ("snacks", "零食 Snacks", "food", (), ["坚果礼盒 Nut gift box", "牛肉干 Beef jerky", "芒果干 Dried mango"],
     (19, 129)),
    ("home", "家居 Home", None, ("colour",), None, None),
    ("bedding", "床品 Bedding", "home", ("size",), ["四件套 Duvet set", "乳胶枕 Latex pillow"], (129, 899)),
    ("kitchen", "厨具 Kitchen", "home", (), ["不粘锅 Non-stick pan", "保温杯 Vacuum flask"], (59, 499)),
]
BRANDS = [("nanfeng", "南风 Nanfeng"), ("hanzhi", "韩织 Hanzhi"), ("xinghe", "星河 Xinghe"),
          ("leyin", "乐音 Leyin"), ("xihu", "西湖 Xihu"), ("yunnan-tea", "云茶 Yuncha"), ("mushan", "木山 Mushan"),
          ("qingzhu", "青竹 Qingzhu"), ("beichen", "北辰 Beichen"), ("lanting", "兰亭 Lanting")]


def seed_catalog(session: Session, progress: Callable[[str], None] = print, products: int = 300) -> int:
    """Create the demo catalog once; returns the number of SKUs created (0 when it is there already)."""
    if session.scalar(select(func.count()).select_from(Product)):
        return 0
    rnd = random.Random(2026)
    attrs = {}
    for code, (name, values) in ATTRIBUTES.items():
        attr = session.scalar(select(Attribute).where(Attribute.code == code))
        if attr is None:
            attr = Attribute(code=code, name=name,
                             values=[AttributeValue(code=c, name=n, position=i) for i, (c, n) in enumerate(values, 1)])
            session.add(attr)
        attrs[code] = attr
    session.flush()
    cats: dict[str, Category] = {}
    for position, (code, name, parent, bound, _words, _prices) in enumerate(CATEGORIES, 1):
        parent_cat = cats.get(parent) if parent else None
        cat = Category(code=code, name=name, parent_id=parent_cat.id if parent_cat else None, position=position,
                       path="/")
        session.add(cat)
        session.flush()
        cat.path = f"{parent_cat.path if parent_cat else '/'}{cat.id}/"
        for attr_code in bound:
            session.add(CategoryAttribute(category_id=cat.id, attribute_id=attrs[attr_code].id))
        cats[code] = cat
    brands = [Brand(code=c, name=n) for c, n in BRANDS]
    session.add_all(brands)
    session.flush()
    leaves = [c for c in CATEGORIES if c[4]]
    sku_rows = []
    barcode_seq = itertools.count(1)
    for i in range(products):
        code, _name, parent, bound, words, (low, high) = leaves[i % len(leaves)]
        cat = cats[code]
        axes = next(c[3] for c in CATEGORIES if c[0] == parent) + bound   # the parent's attributes and its own
        word = words[(i // len(leaves)) % len(words)]
        product = Product(code=f"P{i + 1:05d}", name=f"{word} {i + 1:03d}", category_id=cat.id,
                          brand_id=brands[rnd.randrange(len(brands))].id, status="on_sale",
                          description=f"{word}: demo product {i + 1}.")
        session.add(product)
        session.flush()
        base = Decimal(rnd.randrange(low, high)) + Decimal("0.90")
        value_lists = [[(a, v) for v in attrs[a].values[: rnd.randint(2, len(attrs[a].values))]] for a in axes]
        for combo in itertools.product(*value_lists):
            key = ";".join(f"{a}={v.code}" for a, v in sorted(combo, key=lambda x: x[0]))
            first12 = f"20{next(barcode_seq):010d}"
            sku_rows.append({
                "product_id": product.id, "code": f"{product.code}-" + "-".join(v.code.upper() for _a, v in combo),
                "barcode": first12 + ean13_check_digit(first12),
                "name": " ".join([product.name, *[v.name for _a, v in combo]])[:255], "variant_key": key,
                "list_price": round_money(base + Decimal(10) * sum(v.position - 1 for _a, v in combo)),
                "cost": round_money(base * Decimal("0.55")), "weight_g": rnd.randrange(100, 2000),
                "status": "on_sale", "version": 1,
            })
        if (i + 1) % 50 == 0 or i + 1 == products:
            progress(f"  products {i + 1}/{products}")
    session.execute(Sku.__table__.insert(), sku_rows)
    progress(f"  {len(sku_rows)} SKUs")
    reindex(session)
    progress("  search index")
    return len(sku_rows)
