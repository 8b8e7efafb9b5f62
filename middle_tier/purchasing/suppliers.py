"""Suppliers (供应商): codes, contacts, payment terms and lead times."""
from __future__ import annotations

from sqlalchemy import or_, select

from data_tier.purchasing import Supplier
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.purchasing import SUPPLIER_FIELDS, SupplierRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb


def supplier_record(s: Supplier) -> SupplierRecord:
    return SupplierRecord(s.id, s.code, s.name, s.contact_name, s.phone, s.email, s.address, s.payment_terms,
                          s.lead_time_days, s.is_active, s.version)


def supplier_values(fields: tuple[tuple[str, str], ...], current: dict[str, str]) -> dict:
    given: dict[str, str] = {}
    for name, value in fields:
        if name not in SUPPLIER_FIELDS:
            raise DomainError(E_VALIDATION, Text("A supplier has no field '{field}'.", field=name[:40]), name[:40])
        given[name] = value
    raw = {**current, **given}
    lead = raw.get("lead_time_days", "7").strip() or "7"
    if not lead.isdigit() or not 0 <= int(lead) <= 365:
        raise DomainError(E_VALIDATION, Text("The lead time is 0 to 365 days."), "lead_time_days")
    active = raw.get("is_active", "true").strip().lower()
    if active not in ("true", "false", "1", "0", "yes", "no"):
        raise DomainError(E_VALIDATION, Text("Active is yes or no."), "is_active")
    return {
        "code": validate.code(raw.get("code", ""), "code", "Supplier code", max_length=32),
        "name": validate.text(raw.get("name", ""), "name", "Name", max_length=128),
        "contact_name": validate.text(raw.get("contact_name", ""), "contact_name", "Contact", max_length=64,
                                      required=False),
        "phone": validate.text(raw.get("phone", ""), "phone", "Phone", max_length=64, required=False),
        "email": validate.email(raw.get("email", "")),
        "address": validate.text(raw.get("address", ""), "address", "Address", max_length=255, required=False),
        "payment_terms": validate.text(raw.get("payment_terms", ""), "payment_terms", "Payment terms", max_length=64,
                                       required=False),
        "lead_time_days": int(lead),
        "is_active": active in ("true", "1", "yes"),
    }


def load_supplier(uow: UnitOfWork, supplier_id: int) -> Supplier:
    return validate.found(uow.session.get(Supplier, supplier_id), "This supplier", "supplier_id")


@verb("purchasing.read")
def list_suppliers(uow: UnitOfWork, *, search: str = "", active_only: bool = False, cursor: str = "",
                   page_size: int = 200) -> Page:
    """Suppliers by code; `search` matches code or name."""
    stmt = select(Supplier)
    if search.strip():
        like = f"%{search.strip()[:64]}%"
        stmt = stmt.where(or_(Supplier.code.like(like), Supplier.name.like(like)))
    if active_only:
        stmt = stmt.where(Supplier.is_active.is_(True))
    return keyset_page(uow.session, stmt, [(Supplier.code, False)], cursor=cursor, page_size=page_size,
                       columns=SupplierRecord.columns(), row_to_wire=lambda r: supplier_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].code,))


@verb("purchasing.read")
def get_supplier(uow: UnitOfWork, *, supplier_id: int) -> SupplierRecord:
    return supplier_record(load_supplier(uow, supplier_id))


@verb("purchasing.write", label="Create a supplier", writes=True)
def create_supplier(uow: UnitOfWork, *, fields: tuple[tuple[str, str], ...]) -> SupplierRecord:
    """A supplier from (field, text) pairs: code, name, contact_name, phone, email, address, payment_terms,
    lead_time_days, is_active."""
    values = supplier_values(fields, {})
    if uow.session.scalar(select(Supplier.id).where(Supplier.code == values["code"])) is not None:
        raise DomainError(E_DUPLICATE, Text("This supplier code is taken."), "code")
    s = Supplier(**values)
    uow.session.add(s)
    flush_unique(uow.session, "code", Text("This supplier code was taken meanwhile."))
    uow.audit("supplier", s.id, {k: [None, v] for k, v in values.items()})
    return supplier_record(s)


@verb("purchasing.write", label="Change a supplier", writes=True)
def update_supplier(uow: UnitOfWork, *, supplier_id: int, version: int,
                    fields: tuple[tuple[str, str], ...]) -> SupplierRecord:
    """Change the fields given; the code stays."""
    s = load_supplier(uow, supplier_id)
    validate.version(s, version, f"Supplier {s.code}")
    before = {k: getattr(s, k) for k in SUPPLIER_FIELDS}
    values = supplier_values(fields, {k: str(v).lower() if isinstance(v, bool) else str(v)
                                       for k, v in before.items()})
    if values["code"] != s.code:
        raise DomainError(E_VALIDATION, Text("A supplier's code cannot change."), "code")
    for k, v in values.items():
        setattr(s, k, v)
    s.version += 1
    uow.audit("supplier", s.id, {k: [before[k], v] for k, v in values.items() if before[k] != v})
    return supplier_record(s)
