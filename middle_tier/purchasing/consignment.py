"""Consignment (代销): stock the supplier owns until it is sold; what is owed for a period."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from data_tier.catalog import Sku
from data_tier.purchasing import ContractPrice, SupplierContract
from data_tier.wms import Lot, StockMove
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.purchasing import ConsignmentSale
from middle_tier.core import validate
from middle_tier.core.money import round_money
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.purchasing.suppliers import load_supplier
from middle_tier.wms import virtual_location


@verb("purchasing.read")
def consignment_sales(uow: UnitOfWork, *, supplier_id: int, date_from: str, date_to: str, cursor: str = "",
                      page_size: int = 500) -> Page:
    """Consignment units of the supplier shipped to customers from `date_from` to `date_to` (inclusive), per
    SKU by code, at the consignment contract's price valid on the last day (else the SKU's cost): what the supplier
    settlement owes. Units stay the supplier's until they leave to a customer."""
    s = load_supplier(uow, supplier_id)
    start = validate.day(date_from, "date_from", "From", required=True)
    end = validate.day(date_to, "date_to", "To", required=True)
    if end < start:
        raise DomainError(E_VALIDATION, Text("The period ends on or after its first day."), "date_to")
    customer = virtual_location(uow, "customer")
    sold = (select(Sku, func.sum(StockMove.qty)).join(Lot, Lot.id == StockMove.lot_id)
            .join(Sku, Sku.id == StockMove.sku_id)
            .where(Lot.owner_supplier_id == s.id, StockMove.to_location_id == customer.id,
                   StockMove.at >= dt.datetime.combine(start, dt.time()),
                   StockMove.at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
            .group_by(Sku.id))
    contract = uow.session.scalar(select(SupplierContract).where(
        SupplierContract.supplier_id == s.id, SupplierContract.kind == "consignment",
        SupplierContract.valid_from <= end).order_by(SupplierContract.valid_from.desc(), SupplierContract.id.desc()))

    def owed(row) -> tuple:  # type: ignore[no-untyped-def]
        sku, qty = row
        listed = contract and uow.session.get(ContractPrice, (contract.id, sku.id))
        price = listed.price if listed else sku.cost
        return ConsignmentSale(sku.id, sku.code, sku.name, int(qty), price, round_money(price * int(qty))).to_wire()

    return keyset_page(uow.session, sold, [(Sku.code, False)], cursor=cursor, page_size=page_size,
                       columns=ConsignmentSale.columns(), row_to_wire=owed, key_of=lambda r: (r[0].code,))
