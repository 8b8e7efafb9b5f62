"""A promotion's scope: the SKUs, products, categories and brands it covers, as typed, stored and shown."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.catalog import Brand, Category, Product, Sku
from data_tier.promotions import Promotion, PromotionScope
from middle_tier.contract import E_VALIDATION, DomainError, Text
from middle_tier.contract.promotions import SCOPE_KINDS, ScopeItem
from middle_tier.core.uow import UnitOfWork


def parse_scope(uow: UnitOfWork, text: str) -> list[tuple[str, int]]:
    """'sku:CODE, product:CODE, category:code, brand:code' -> [(kind, id)]."""
    out: list[tuple[str, int]] = []
    models = {"sku": Sku, "product": Product, "category": Category, "brand": Brand}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        kind, _, code = part.partition(":")
        kind, code = kind.strip().lower(), code.strip()
        if kind not in SCOPE_KINDS or not code:
            raise DomainError(E_VALIDATION, Text("Scope '{part}': write kind:code, kind one of "
                                                 "{kinds}.",
                                                 part=part, kinds=', '.join(SCOPE_KINDS)), "scope")
        model = models[kind]
        lookup = code.upper() if kind in ("sku", "product") else code.lower()
        ref = uow.session.scalar(select(model.id).where(model.code.in_({code, lookup})))
        if ref is None:
            raise DomainError(E_VALIDATION, Text("Scope: there is no {kind} '{code}'.", kind=kind, code=code), "scope")
        if (kind, ref) not in out:
            out.append((kind, ref))
    if len(out) > 2000:
        raise DomainError(E_VALIDATION, Text("A scope may name at most 2000 items; use categories or brands."), "scope")
    return out


def scope_rows(uow: UnitOfWork, promotion_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
    out: dict[int, list[tuple[str, int]]] = {pid: [] for pid in promotion_ids}
    for chunk in range(0, len(promotion_ids), 500):
        ids = promotion_ids[chunk:chunk + 500]
        for row in uow.session.execute(select(PromotionScope.promotion_id, PromotionScope.kind, PromotionScope.ref_id)
                                       .where(PromotionScope.promotion_id.in_(ids))
                                       .order_by(PromotionScope.kind, PromotionScope.ref_id)):
            out[row[0]].append((row[1], row[2]))
    return out


def scope_items(uow: UnitOfWork, scope: list[tuple[str, int]]) -> tuple[ScopeItem, ...]:
    """A scope as the client shows it: SKUs, then products, categories and brands (SCOPE_KINDS), each by id."""
    models = {"sku": Sku, "product": Product, "category": Category, "brand": Brand}
    items = []
    for kind, ref in sorted(scope, key=lambda item: (SCOPE_KINDS.index(item[0]), item[1])):
        obj = uow.session.get(models[kind], ref)
        items.append(ScopeItem(kind, ref, obj.code if obj else "?", obj.name if obj else ""))
    return tuple(items)


def write_scope(uow: UnitOfWork, promo: Promotion, scope: list[tuple[str, int]]) -> None:
    uow.session.query(PromotionScope).filter(PromotionScope.promotion_id == promo.id).delete()
    uow.session.add_all(PromotionScope(promotion_id=promo.id, kind=k, ref_id=r) for k, r in scope)


def ids_of(text: str) -> tuple[int, ...]:
    """A promotion's `combines_with` column (ids, comma-separated) as ids."""
    return tuple(int(x) for x in text.split(",") if x)
