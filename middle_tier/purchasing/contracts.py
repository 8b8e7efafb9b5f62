"""Supplier contracts (合同): a period, buy-to-own or consignment, and a price list."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from data_tier.catalog import Sku
from data_tier.purchasing import ContractPrice, SupplierContract
from middle_tier.catalog import sku_by_scan
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Label, Page, Text
from middle_tier.contract.purchasing import CONTRACT_KINDS, ContractRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.money import parse_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.suppliers import load_supplier


def valid_contract(uow: UnitOfWork, supplier_id: int, on: dt.date) -> SupplierContract | None:
    return uow.session.scalar(select(SupplierContract).where(
        SupplierContract.supplier_id == supplier_id, SupplierContract.valid_from <= on,
        SupplierContract.valid_to >= on).order_by(SupplierContract.valid_from.desc(), SupplierContract.id.desc()))


def contract_record(uow: UnitOfWork, c: SupplierContract) -> ContractRecord:
    prices = tuple(uow.session.execute(select(Sku.code, ContractPrice.price).join(Sku, Sku.id == ContractPrice.sku_id)
                                       .where(ContractPrice.contract_id == c.id).order_by(Sku.code)).all())
    return ContractRecord(c.id, c.supplier_id, c.code, c.kind, c.valid_from, c.valid_to, c.terms,
                          tuple((code, price) for code, price in prices), c.version)


def listed_sku(uow: UnitOfWork, scan: str, where: Label, field: str, seen: set[int]) -> Sku:
    """The SKU of one line of a list (an order's lines, a price list), each SKU at most once."""
    try:
        sku = sku_by_scan(uow, scan, field)
    except DomainError as e:
        raise DomainError(E_VALIDATION, Text("{where}: {message}", where=where, message=e.message), field) from None
    if sku.id in seen:
        raise DomainError(E_VALIDATION, Text("{where}: {sku} is listed twice.",
                                             where=where, sku=sku.code), field)
    seen.add(sku.id)
    return sku


@verb("purchasing.read")
def list_contracts(uow: UnitOfWork, *, supplier_id: int, cursor: str = "", page_size: int = 50) -> Page:
    """The supplier's contracts, newest first, with their price lists."""
    load_supplier(uow, supplier_id)
    stmt = select(SupplierContract).where(SupplierContract.supplier_id == supplier_id)
    return keyset_page(uow.session, stmt, [(SupplierContract.valid_from, True), (SupplierContract.id, True)],
                       cursor=cursor, page_size=page_size, columns=ContractRecord.columns(),
                       row_to_wire=lambda r: contract_record(uow, r[0]).to_wire(),
                       key_of=lambda r: (r[0].valid_from, r[0].id))


@verb("purchasing.write", label="Create a supplier contract", writes=True)
def create_contract(uow: UnitOfWork, *, supplier_id: int, code: str, kind: str, valid_from: str,
                    valid_to: str, terms: str = "", prices: tuple[tuple[str, str], ...] = ()) -> ContractRecord:
    """A contract for a period, buy-to-own or consignment, with its price list ((SKU code, price), ...)."""
    s = load_supplier(uow, supplier_id)
    code = validate.code(code, "code", "Contract code", max_length=32)
    validate.choice(kind, "kind", "Kind", CONTRACT_KINDS)
    start = validate.day(valid_from, "valid_from", "Valid from", required=True)
    end = validate.day(valid_to, "valid_to", "Valid to", required=True)
    if end < start:
        raise DomainError(E_VALIDATION, Text("A contract ends on or after its first day."), "valid_to")
    if len(prices) > 20_000:
        raise DomainError(E_VALIDATION, Text("At most 20,000 prices per contract."), "prices")
    if uow.session.scalar(select(SupplierContract.id).where(SupplierContract.code == code)) is not None:
        raise DomainError(E_DUPLICATE, Text("This contract code is taken."), "code")
    c = SupplierContract(supplier_id=s.id, code=code, kind=kind, valid_from=start, valid_to=end,
                         terms=validate.text(terms, "terms", "Terms", max_length=255, required=False))
    uow.session.add(c)
    flush_unique(uow.session, "code", Text("This contract code was taken meanwhile."))
    seen: set[int] = set()
    for n, (scan, price_text) in enumerate(prices, start=1):
        sku = listed_sku(uow, scan, f"Price {n}", "prices", seen)
        uow.session.add(ContractPrice(contract_id=c.id, sku_id=sku.id,
                                      price=parse_money(price_text, "prices", f"Price {n}")))
    uow.session.flush()
    uow.audit("supplier_contract", c.id, {"contract": [None, f"{s.code} {code} {kind} {start}..{end}, "
                                                             f"{len(prices)} price(s)"]})
    return contract_record(uow, c)
