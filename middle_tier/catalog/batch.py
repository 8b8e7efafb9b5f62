"""Batch SKU generation: every combination of chosen attribute values, with codes from a pattern and prices from
surcharges, previewed and then created in one transaction."""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from data_tier.catalog import AttributeValue, Product, Sku
from middle_tier.catalog import search_index
from middle_tier.catalog.records import resolve_values, variant_key
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Text
from middle_tier.contract.catalog import BatchRow
from middle_tier.core import validate
from middle_tier.core.money import parse_money, round_money
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

MAX_BATCH = 20_000


INTERNAL_BARCODE_PREFIX = "20"      # EAN-13 prefixes 20-29 are for in-store numbering


_TOKEN = re.compile(r"\{([a-z][a-z0-9_]*|n)(?::(0\d))?\}")


def _render_code(pattern: str, product: Product, values: list[AttributeValue], seq: int) -> str:
    by_attr = {v.attribute.code: v.code for v in values}

    def repl(m: re.Match) -> str:
        name, width = m.group(1), m.group(2)
        if name == "n":
            return f"{seq:0{int(width)}d}" if width else str(seq)
        if name == "product":
            return product.code
        if name not in by_attr:
            raise DomainError(E_VALIDATION, Text("The code pattern names {{{name}}}, which is not an axis.",
                                                 name=name),
                              "code_pattern")
        return by_attr[name]

    return _TOKEN.sub(repl, pattern).upper()


def _next_internal_barcodes(uow: UnitOfWork, count: int) -> list[str]:
    top = uow.session.scalar(select(func.max(Sku.barcode)).where(Sku.barcode.like(INTERNAL_BARCODE_PREFIX + "%")))
    start = int(top[2:12]) + 1 if top else 1
    out = []
    for n in range(start, start + count):
        first12 = f"{INTERNAL_BARCODE_PREFIX}{n:010d}"
        out.append(first12 + validate.ean13_check_digit(first12))
    return out


def _plan(uow: UnitOfWork, product_id: int, axes: tuple[tuple[str, tuple[str, ...]], ...],
          code_pattern: str, base_price: str,
          surcharges: tuple[tuple[str, str, str], ...]) -> tuple[Product, list[tuple]]:
    product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                             "product_id")
    if not axes:
        raise DomainError(E_VALIDATION, Text("Choose at least one attribute and its values."), "axes")
    pattern = validate.text(code_pattern, "code_pattern", "Code pattern", max_length=64)
    if not re.fullmatch(r"[A-Za-z0-9_.{}:-]+", pattern):
        raise DomainError(E_VALIDATION, Text("A code pattern has letters, digits, '-', '_', '.' and "
                                             "{{tokens}}."),
                          "code_pattern")
    base = parse_money(base_price, "base_price", "Base price")
    extra: dict[tuple[str, str], Decimal] = {}
    for attr_code, value_code, amount in surcharges:
        extra[(attr_code, value_code)] = parse_money(amount, "surcharges", "Surcharge", allow_negative=True)
    if len({a for a, _ in axes}) != len(axes):
        raise DomainError(E_VALIDATION, Text("An attribute appears twice among the axes."), "axes")
    for attr_code, value_codes in axes:
        if not value_codes:
            raise DomainError(E_VALIDATION, Text("Choose at least one value of {attribute}.",
                                                 attribute=attr_code), "axes")
        if len(set(value_codes)) != len(value_codes):
            raise DomainError(E_VALIDATION, Text("A value of {attribute} appears twice.",
                                                 attribute=attr_code), "axes")
    unknown = [k for k in extra if not any(k[0] == a and k[1] in vs for a, vs in axes)]
    if unknown:
        raise DomainError(E_VALIDATION, Text("A surcharge names {attribute}={value}, which is "
                                             "not among the chosen values.",
                                             attribute=unknown[0][0], value=unknown[0][1]), "surcharges")
    total = 1
    for _a, vs in axes:
        total *= len(vs)
    if total > MAX_BATCH:
        raise DomainError(E_VALIDATION, Text("{total} combinations; at most {most} at once.",
                                             total=total, most=MAX_BATCH), "axes")
    resolved = resolve_values(uow, product, dict(axes), "axes")
    existing_keys = set(uow.session.scalars(select(Sku.variant_key).where(Sku.product_id == product.id)))
    plan = []
    codes: dict[str, str] = {}
    for seq, combo in enumerate(itertools.product(*[[resolved[a][v] for v in vs] for a, vs in axes]), 1):
        chosen = list(combo)
        key = variant_key(chosen)
        code = _render_code(pattern, product, chosen, seq)
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9_.-]{1,63}", code):
            raise DomainError(E_VALIDATION, Text("The pattern gives the code '{code}', which is not a "
                                                 "valid SKU code.",
                                                 code=code), "code_pattern")
        if code in codes:
            raise DomainError(E_VALIDATION, Text("The pattern gives {code} to both {first} and "
                                                 "{second}; add the missing attributes or {{n}} to it.",
                                                 code=code, first=codes[code], second=key), "code_pattern")
        codes[code] = key
        price = round_money(base + sum((extra.get((v.attribute.code, v.code), Decimal(0)) for v in chosen),
                                       Decimal(0)))
        if price <= 0:
            raise DomainError(E_VALIDATION, Text("{key} would cost {price}; prices must stay above zero.",
                                                 key=key, price=price),
                              "surcharges")
        name = " ".join([product.name, *[v.name for v in chosen]]).strip()[:255]
        plan.append((code, name, key, price, key in existing_keys))
    taken = set(uow.session.scalars(select(Sku.code).where(Sku.code.in_([p[0] for p in plan if not p[4]]))))
    if taken:
        raise DomainError(E_DUPLICATE, Text("{count} code(s) are taken by other SKUs, e.g. "
                                            "{example}.",
                                            count=len(taken), example=min(taken)),
                          "code_pattern")
    return product, plan


@verb("catalog.write")
def preview_sku_batch(uow: UnitOfWork, *, product_id: int, axes: tuple[tuple[str, tuple[str, ...]], ...],
                      code_pattern: str, base_price: str,
                      surcharges: tuple[tuple[str, str, str], ...] = ()) -> tuple:
    """Every combination the batch would create, with code, name and price; existing ones are marked."""
    _product, plan = _plan(uow, product_id, axes, code_pattern, base_price, surcharges)
    return tuple(BatchRow(code, name, key, price, exists) for code, name, key, price, exists in plan)


@verb("catalog.write", label="Generate SKUs", writes=True, idempotent=True)
def generate_sku_batch(uow: UnitOfWork, *, product_id: int,
                       axes: tuple[tuple[str, tuple[str, ...]], ...], code_pattern: str, base_price: str,
                       surcharges: tuple[tuple[str, str, str], ...] = (), cost: str = "0",
                       weight_g: int = 0, internal_barcodes: bool = False, request_id: str) -> int:
    """Create the SKUs of every new combination in one transaction; returns how many were created."""
    product, plan = _plan(uow, product_id, axes, code_pattern, base_price, surcharges)
    unit_cost = parse_money(cost, "cost", "Cost")
    if not 0 <= weight_g <= 1_000_000:
        raise DomainError(E_VALIDATION, Text("The weight is in grams, from 0 to 1,000,000."), "weight_g")
    new = [p for p in plan if not p[4]]
    if not new:
        raise DomainError(E_CONFLICT, Text("Every combination exists already; nothing to create."), "axes")
    barcodes = _next_internal_barcodes(uow, len(new)) if internal_barcodes else [None] * len(new)
    try:
        uow.session.execute(Sku.__table__.insert(), [
            {"product_id": product.id, "code": code, "barcode": bc, "name": name, "variant_key": key,
             "list_price": price, "cost": unit_cost, "weight_g": weight_g, "status": "draft", "version": 1}
            for (code, name, key, price, _e), bc in zip(new, barcodes)])
    except IntegrityError:
        raise DomainError(E_CONFLICT, Text("Another user created some of these SKUs or barcodes "
                                           "meanwhile; preview again."), "code_pattern") from None
    search_index.reindex(uow.session, uow.session.scalars(select(Sku.id).where(Sku.code.in_([p[0] for p in new]))))
    product.version += 1
    uow.audit("product", product.id, {"skus_created": [0, len(new)], "first_code": [None, new[0][0]],
                                      "last_code": [None, new[-1][0]]})
    return len(new)
