"""Attributes (colour, size, ...) and their allowed values, which SKUs of a product vary by."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.catalog import Attribute, AttributeValue
from middle_tier.catalog.records import attribute_record
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import AttributeRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb


@verb("catalog.read")
def list_attributes(uow: UnitOfWork, *, cursor: str = "", page_size: int = 200) -> Page:
    """Attributes with their values."""
    return keyset_page(uow.session, select(Attribute), [(Attribute.code, False)], cursor=cursor,
                       page_size=page_size, columns=AttributeRecord.columns(),
                       row_to_wire=lambda r: attribute_record(r[0]).to_wire(), key_of=lambda r: (r[0].code,))


@verb("catalog.write", label="Create an attribute", writes=True)
def create_attribute(uow: UnitOfWork, *, code: str, name: str,
                     values: tuple[tuple[str, str], ...]) -> AttributeRecord:
    """Define an attribute and its allowed values, as (code, name) pairs in display order."""
    code = validate.code(code, "code", "Attribute code")
    name = validate.text(name, "name", "Attribute name", max_length=128)
    if uow.session.scalar(select(Attribute.id).where(Attribute.code == code)) is not None:
        raise DomainError(E_DUPLICATE, Text("The attribute code '{code}' is taken.", code=code), "code")
    attr = Attribute(code=code, name=name)
    attr.values = _new_values(values, set(), 0)
    uow.session.add(attr)
    flush_unique(uow.session, "code", Text("The attribute code '{code}' is taken.", code=code))
    uow.audit("attribute", attr.id, diff({}, {"code": code, "name": name, "values": [v[0] for v in values]}))
    return attribute_record(attr)


@verb("catalog.write", label="Add attribute values", writes=True)
def add_attribute_values(uow: UnitOfWork, *, attribute_id: int, version: int,
                         values: tuple[tuple[str, str], ...]) -> AttributeRecord:
    """Append allowed values to an attribute."""
    attr = validate.found(uow.session.get(Attribute, attribute_id, with_for_update=True), "This attribute",
                          "attribute_id")
    validate.version(attr, version, "This attribute")
    before = [v.code for v in attr.values]
    attr.values.extend(_new_values(values, set(before), len(before)))
    attr.version += 1
    uow.session.flush()
    uow.audit("attribute", attr.id, diff({"values": before}, {"values": [v.code for v in attr.values]}))
    return attribute_record(attr)


def _new_values(values: tuple[tuple[str, str], ...], taken: set[str], start: int) -> list[AttributeValue]:
    if not values:
        raise DomainError(E_VALIDATION, Text("Give at least one value."), "values")
    out = []
    for i, (vcode, vname) in enumerate(values, start + 1):
        vcode = validate.code(vcode, "values", "Value code", max_length=32, min_length=1)
        vname = validate.text(vname, "values", "Value name", max_length=128)
        if vcode in taken:
            raise DomainError(E_DUPLICATE, Text("The value '{code}' is there already.", code=vcode), "values")
        taken.add(vcode)
        out.append(AttributeValue(code=vcode, name=vname, position=i))
    return out
