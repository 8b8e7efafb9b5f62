"""Batch SKU generation: 10,000 SKUs (100 colours x 100 sizes) in one call and one transaction.

    python bench/bench_batch.py [--db URL] [--colours 100 --sizes 100]

Baseline in the same run: the same rows written by a bare executemany INSERT through SQLAlchemy Core.
"""
from __future__ import annotations

import argparse
import time
import uuid

from common import free_port, prepare_db, start_middle_tier
from sqlalchemy import delete, insert

from client.connection import Endpoint, open_connection
from data_tier.catalog import Sku
from data_tier.engine import make_engine
from middle_tier.contract.catalog import ProductRecord


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None)
    ap.add_argument("--colours", type=int, default=100)
    ap.add_argument("--sizes", type=int, default=100)
    args = ap.parse_args()
    db = prepare_db(args.db)
    port = free_port()
    server = start_middle_tier(db, port)
    try:
        conn = open_connection(Endpoint("127.0.0.1", port, timeout=600))
        cat = conn.root.login("admin", "demo1234").catalog
        tag = uuid.uuid4().hex[:6]
        colour = cat.create_attribute(code=f"bc{tag}", name="Bench colour",
                                      values=tuple((f"c{i:03d}", f"Colour {i}") for i in range(args.colours)))
        size = cat.create_attribute(code=f"bs{tag}", name="Bench size",
                                    values=tuple((f"s{i:03d}", f"Size {i}") for i in range(args.sizes)))
        category = cat.create_category(code=f"bench{tag}", name="Bench")
        cat.set_category_attributes(category_id=category[0], version=category[-1], attributes=(colour[1], size[1]))
        product = ProductRecord.from_wire(cat.create_product(code=f"bench{tag}", name="Bench tee",
                                                             category_id=category[0]))
        axes = ((colour[1], tuple(v[0] for v in colour[3])), (size[1], tuple(v[0] for v in size[3])))
        batch = dict(product_id=product.id, axes=axes, code_pattern="{product}-{n:05}", base_price="99.00",
                     surcharges=((size[1], f"s{args.sizes - 1:03d}", "10.00"),))
        n = args.colours * args.sizes
        t0 = time.perf_counter()
        rows = cat.preview_sku_batch(**batch)
        preview = time.perf_counter() - t0
        t0 = time.perf_counter()
        created = cat.generate_sku_batch(**batch, internal_barcodes=True, request_id=uuid.uuid4().hex)
        generate = time.perf_counter() - t0
        assert created == n == len(rows)
        conn.close()
    finally:
        server.terminate()
    engine = make_engine(db)
    values = [{"product_id": product.id, "code": f"RAW{tag}-{i:05d}", "barcode": None, "name": f"Raw {i}",
               "variant_key": f"raw={i}", "list_price": "99.00", "cost": "0.00", "weight_g": 0, "status": "draft",
               "version": 1} for i in range(n)]
    t0 = time.perf_counter()
    with engine.begin() as c:
        c.execute(insert(Sku), values)
    raw = time.perf_counter() - t0
    with engine.begin() as c:
        c.execute(delete(Sku).where(Sku.code.like(f"RAW{tag}-%")))
    print(f"database: {engine.dialect.name}; {n:,} SKUs")
    print(f"  preview through RPyC:   {preview:6.2f} s ({n / preview:,.0f} rows/s, rows sent to the client)")
    print(f"  generate through RPyC:  {generate:6.2f} s ({n / generate:,.0f} SKUs/s, one transaction, barcodes)")
    print(f"  bare INSERT baseline:   {raw:6.2f} s  -> generate takes {generate / raw:.1f}x the bare insert")


if __name__ == "__main__":
    main()
