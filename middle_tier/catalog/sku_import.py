"""Bulk SKU import: every row checked, every problem reported with row and column, all or nothing."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from data_tier.catalog import Attribute, Brand, Category, CategoryAttribute, Product, Sku
from middle_tier.catalog import search_index
from middle_tier.contract import E_VALIDATION, DomainError, Text
from middle_tier.contract.catalog import (
    PRODUCT_STATUSES,
    SKU_IMPORT_COLUMNS,
    SKU_IMPORT_IGNORED,
    SKU_IMPORT_MAX_ROWS,
    ImportIssue,
    ImportReport,
)
from middle_tier.core import validate
from middle_tier.core.money import parse_money
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

CHUNK = 500


@dataclass
class Plan:
    """What an import would do; `issues` empty means it may be applied."""

    rows: int = 0
    new_products: dict[str, dict] = field(default_factory=dict)      # code -> fields
    creates: list[dict] = field(default_factory=list)               # new SKU rows (product by code)
    updates: list[tuple[Sku, dict]] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)

    def report(self) -> ImportReport:
        return ImportReport(rows=self.rows, creates=len(self.creates), updates=len(self.updates),
                            new_products=len(self.new_products), issues=tuple(self.issues[:1000]))


def _in_chunks(uow: UnitOfWork, column: Any, values: list[str], entity: Any) -> list:
    out: list = []
    values = sorted({v for v in values if v})
    for i in range(0, len(values), CHUNK):
        out.extend(uow.session.scalars(select(entity).where(column.in_(values[i:i + CHUNK]))))
    return out


def plan_import(uow: UnitOfWork, rows: tuple[tuple[str, ...], ...]) -> Plan:
    plan = Plan()
    if not rows:
        raise DomainError(E_VALIDATION, Text("The file is empty."), "rows")
    header = [h.strip().lower() for h in rows[0]]
    body = rows[1:]
    plan.rows = len(body)
    if len(body) > SKU_IMPORT_MAX_ROWS:
        raise DomainError(E_VALIDATION, Text("At most {most} rows per file; split it.",
                                             most=SKU_IMPORT_MAX_ROWS), "rows")
    unknown = [h for h in header if h not in SKU_IMPORT_COLUMNS and h not in SKU_IMPORT_IGNORED]
    for h in unknown:
        plan.issues.append(ImportIssue.of(1, h, Text("Unknown column.")))
    if "sku_code" not in header:
        plan.issues.append(ImportIssue.of(1, "sku_code", Text("The file needs a sku_code column.")))
    if len(set(header)) != len(header):
        plan.issues.append(ImportIssue.of(1, "", Text("A column appears twice.")))
    if plan.issues:
        return plan
    index = {h: i for i, h in enumerate(header)}

    def cell(row: tuple[str, ...], name: str) -> str:
        i = index.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    # everything the rows refer to, fetched in a few queries
    existing = {s.code: s for s in _in_chunks(uow, Sku.code, [cell(r, "sku_code").upper() for r in body], Sku)}
    products = {p.code: p for p in _in_chunks(uow, Product.code, [cell(r, "product_code").lower() for r in body],
                                              Product)}
    categories = {c.code: c for c in uow.session.scalars(select(Category))}
    brands = {b.code: b for b in uow.session.scalars(select(Brand))}
    taken_barcodes = {s.barcode: s.code for s in _in_chunks(uow, Sku.barcode, [cell(r, "barcode") for r in body], Sku)}
    attrs = {a.code: {v.code: v for v in a.values} for a in uow.session.scalars(select(Attribute))}
    bound: dict[int, set[str]] = {}
    by_id = {c.id: c for c in categories.values()}
    attr_code = {a.id: a.code for a in uow.session.scalars(select(Attribute))}
    for ca in uow.session.scalars(select(CategoryAttribute)):
        bound.setdefault(ca.category_id, set()).add(attr_code[ca.attribute_id])

    def allowed_attrs(category: Category) -> set[str]:
        out: set[str] = set()
        for cid in (int(x) for x in category.path.strip("/").split("/")):
            out |= bound.get(cid, set())
        return out

    seen_codes: dict[str, int] = {}
    seen_barcodes: dict[str, int] = {}
    variants: set[tuple[Any, str]] = set()
    existing_variants = set()
    product_ids = [p.id for p in products.values()]
    for i in range(0, len(product_ids), CHUNK):
        for pid, key in uow.session.execute(select(Sku.product_id, Sku.variant_key).where(
                Sku.product_id.in_(product_ids[i:i + CHUNK]))):
            existing_variants.add((pid, key))

    @contextmanager
    def problem(line: int, column: str) -> Iterator[None]:
        """A domain error raised in the block becomes the line's problem in `column` (what the block assigns stays
        unset)."""
        try:
            yield
        except DomainError as e:
            plan.issues.append(ImportIssue(line, column, e.message, e.template, e.params))

    for line, row in enumerate(body, 2):
        issues_before = len(plan.issues)
        code = price = cost = None
        barcode = ""
        with problem(line, "sku_code"):
            code = validate.code(cell(row, "sku_code").lower(), "sku_code", "SKU code", min_length=2).upper()
        if code and code in seen_codes:
            plan.issues.append(ImportIssue.of(line, "sku_code", Text("The same SKU code is on line {line}.",
                                                                  line=seen_codes[code])))
        elif code:
            seen_codes[code] = line
        if price_text := cell(row, "list_price"):
            with problem(line, "list_price"):
                price = parse_money(price_text, "list_price", "List price")
        if cost_text := cell(row, "cost"):
            with problem(line, "cost"):
                cost = parse_money(cost_text, "cost", "Cost")
        with problem(line, "barcode"):
            barcode = validate.ean13(cell(row, "barcode"))
        if barcode:
            owner = taken_barcodes.get(barcode)
            if owner and owner != code:
                plan.issues.append(ImportIssue.of(line, "barcode", Text("The barcode belongs to SKU {owner}.",
                                                                     owner=owner)))
            elif barcode in seen_barcodes:
                plan.issues.append(ImportIssue.of(line, "barcode", Text("The same barcode is on line {line}.",
                                                                     line=seen_barcodes[barcode])))
            seen_barcodes[barcode] = line
        weight_text = cell(row, "weight_g")
        weight = None
        if weight_text:
            if not weight_text.isdigit() or int(weight_text) > 1_000_000:
                plan.issues.append(ImportIssue.of(line, "weight_g", Text("The weight is in whole grams, 0 to "
                                                                      "1,000,000.")))
            else:
                weight = int(weight_text)
        status = cell(row, "status") or None
        if status is not None and status not in PRODUCT_STATUSES:
            plan.issues.append(ImportIssue.of(line, "status", Text("The status is one of {options}.",
                                                                options=", ".join(PRODUCT_STATUSES))))
            status = None
        attributes_text = cell(row, "attributes")
        pairs: list[tuple[str, str]] = []
        for part in filter(None, (p.strip() for p in attributes_text.split(";"))):
            a, _, v = part.partition("=")
            pairs.append((a.strip().lower(), v.strip().lower()))
        key = ";".join(f"{a}={v}" for a, v in sorted(pairs))

        sku = existing.get(code) if code else None
        if sku is not None:                                          # an update
            if attributes_text and key != sku.variant_key:
                plan.issues.append(ImportIssue.of(line, "attributes", Text(
                    "The attributes of an existing SKU cannot change (it is {variant}).",
                    variant=sku.variant_key or "without attributes")))
            new_price = price if price is not None else sku.list_price
            if (status or sku.status) == "on_sale" and new_price <= 0:
                plan.issues.append(ImportIssue.of(line, "list_price", Text("A SKU on sale needs a list price "
                                                                        "above zero.")))
            if len(plan.issues) == issues_before:
                plan.updates.append((sku, {"list_price": new_price, "cost": cost if cost is not None else sku.cost,
                                           "barcode": barcode or sku.barcode, "weight_g": weight if weight is not None
                                           else sku.weight_g, "status": status or sku.status}))
            continue

        product_code = cell(row, "product_code").lower()
        product = products.get(product_code)
        category: Category | None = None
        if not product_code:
            plan.issues.append(ImportIssue.of(line, "product_code", Text("A new SKU needs its product's code.")))
        elif product is not None:
            category = by_id[product.category_id]
        elif product_code in plan.new_products:
            category = plan.new_products[product_code]["category"]
        else:
            pcode = name = None
            with problem(line, "product_code"):
                pcode = validate.code(product_code, "product_code", "Product code", max_length=40)
            with problem(line, "product_name"):
                name = validate.text(cell(row, "product_name"), "product_name", "A new product's name",
                                     max_length=255)
            category = categories.get(cell(row, "category_code").lower())
            if category is None or not category.is_active:
                plan.issues.append(ImportIssue.of(line, "category_code", Text("A new product needs an active "
                                                                           "category code.")))
                category = None
            brand_code = cell(row, "brand_code").lower()
            brand = brands.get(brand_code) if brand_code else None
            if brand_code and (brand is None or not brand.is_active):
                plan.issues.append(ImportIssue.of(line, "brand_code", Text("There is no active brand with this "
                                                                        "code.")))
            if pcode and name and category is not None:
                plan.new_products[product_code] = {"code": pcode, "name": name, "category": category,
                                                   "brand_id": brand.id if brand else None}
        if category is not None:
            allowed = allowed_attrs(category)
            for a, v in pairs:
                if a not in allowed:
                    plan.issues.append(ImportIssue.of(line, "attributes", Text("Products of this category do not vary "
                                                                            "by {attribute}.", attribute=a)))
                elif v not in attrs.get(a, {}):
                    plan.issues.append(ImportIssue.of(line, "attributes", Text("{attribute} has no value {value}.",
                                                                            attribute=a, value=v)))
            if len({a for a, _ in pairs}) != len(pairs):
                plan.issues.append(ImportIssue.of(line, "attributes", Text("An attribute is given twice.")))
        owner = product.id if product is not None else product_code
        if (owner, key) in variants or (product is not None and (product.id, key) in existing_variants):
            plan.issues.append(ImportIssue.of(line, "attributes", Text("The product already has a SKU with "
                                                                    "these attributes.")))
        variants.add((owner, key))
        if not price_text:
            plan.issues.append(ImportIssue.of(line, "list_price", Text("A new SKU needs a list price.")))
        if status == "on_sale" and price is not None and price <= 0:
            plan.issues.append(ImportIssue.of(line, "list_price", Text("A SKU on sale needs a list price above "
                                                                    "zero.")))
        if len(plan.issues) == issues_before and code:
            names = [attrs[a][v].name for a, v in pairs]
            plan.creates.append({"product_code": product_code, "code": code, "barcode": barcode or None,
                                 "variant_key": key, "list_price": price, "cost": cost or Decimal("0.00"),
                                 "weight_g": weight or 0, "status": status or "draft", "names": names})
    return plan


def apply_import(uow: UnitOfWork, plan: Plan) -> list[int]:
    """Write a plan without issues: new products, new SKUs, changed SKUs; returns the ids of SKUs written."""
    product_ids = {}
    for code, fields in plan.new_products.items():
        p = Product(code=fields["code"], name=fields["name"], category_id=fields["category"].id,
                    brand_id=fields["brand_id"], status="draft", description="")
        uow.session.add(p)
        uow.session.flush()
        product_ids[code] = p
    wanted = [c["product_code"] for c in plan.creates if c["product_code"] not in product_ids]
    for p in _in_chunks(uow, Product.code, wanted, Product):
        product_ids[p.code] = p
    if plan.creates:
        uow.session.execute(Sku.__table__.insert(), [
            {"product_id": product_ids[c["product_code"]].id, "code": c["code"], "barcode": c["barcode"],
             "name": " ".join([product_ids[c["product_code"]].name, *c["names"]]).strip()[:255],
             "variant_key": c["variant_key"], "list_price": c["list_price"], "cost": c["cost"],
             "weight_g": c["weight_g"], "status": c["status"], "version": 1} for c in plan.creates])
    touched = []
    for sku, changes in plan.updates:
        if any(getattr(sku, k) != v for k, v in changes.items()):
            for k, v in changes.items():
                setattr(sku, k, v)
            sku.version += 1
            touched.append(sku.id)
    uow.session.flush()
    new_codes = [c["code"] for c in plan.creates]
    for i in range(0, len(new_codes), CHUNK):
        touched.extend(uow.session.scalars(select(Sku.id).where(Sku.code.in_(new_codes[i:i + CHUNK]))))
    return touched


@verb("catalog.write")
def check_sku_import(uow: UnitOfWork, *, rows: tuple[tuple[str, ...], ...]) -> ImportReport:
    """Check a file's rows (header first) without changing anything: what it would do, and every problem."""
    return plan_import(uow, rows).report()


@verb("catalog.write", label="Import SKUs", writes=True, idempotent=True)
def import_skus(uow: UnitOfWork, *, rows: tuple[tuple[str, ...], ...], request_id: str) -> ImportReport:
    """Create and update SKUs (and new products) from a file's rows, only when every row is valid."""
    plan = plan_import(uow, rows)
    if plan.issues:
        raise DomainError(E_VALIDATION, Text("{count} problem(s) in the file; nothing was "
                                             "imported. Check the file first.",
                                             count=len(plan.issues)), "rows")
    touched = apply_import(uow, plan)
    search_index.reindex(uow.session, touched)
    uow.audit("sku_import", request_id, {"rows": [0, plan.rows], "created": [0, len(plan.creates)],
                                        "updated": [0, len(plan.updates)],
                                        "new_products": [0, len(plan.new_products)]})
    return plan.report()
