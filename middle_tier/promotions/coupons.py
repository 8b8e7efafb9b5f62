"""Coupon batches: unique single-use codes of a coupon promotion."""
from __future__ import annotations

import secrets

from sqlalchemy import func, select

from data_tier.base import utcnow
from data_tier.promotions import Coupon
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.promotions import COUPON_STAGES, CouponRecord
from middle_tier.core import validate
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.promotions.records import load_promotion

MAX_COUPONS_PER_BATCH = 100_000


COUPON_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"     # no 0/O, 1/I: codes are read out on the phone


@verb("promotions.write", label="Generate coupons", writes=True, idempotent=True)
def generate_coupons(uow: UnitOfWork, *, promotion_id: int, count: int, prefix: str = "",
                     request_id: str) -> int:
    """Add `count` unique single-use codes (prefix + 10 random characters) to a coupon promotion; returns
    how many the promotion has now."""
    promo = load_promotion(uow, promotion_id, lock=True)
    if promo.stage not in COUPON_STAGES or promo.is_template:
        raise DomainError(E_VALIDATION, Text("Only coupon promotions (item or order coupons) have codes."),
                          "promotion_id")
    if not 1 <= count <= MAX_COUPONS_PER_BATCH:
        raise DomainError(E_VALIDATION, Text("Generate 1 to {most} codes at a time.",
                                             most=MAX_COUPONS_PER_BATCH), "count")
    prefix = prefix.strip().upper()
    if len(prefix) > 12 or not all(c.isalnum() for c in prefix) or not prefix.isascii():
        raise DomainError(E_VALIDATION, Text("A prefix has at most 12 letters or digits."), "prefix")
    made: set[str] = set()
    while len(made) < count:
        batch = {prefix + "".join(secrets.choice(COUPON_ALPHABET) for _ in range(10))
                 for _ in range(count - len(made))} - made
        taken = set()
        for chunk in range(0, len(batch), 1000):
            part = sorted(batch)[chunk:chunk + 1000]
            taken |= set(uow.session.scalars(select(Coupon.code).where(Coupon.code.in_(part))))
        made |= batch - taken
    uow.session.execute(Coupon.__table__.insert(), [
        {"promotion_id": promo.id, "code": c, "state": "available", "order_ref": "", "customer_ref": "",
         "created_at": utcnow(), "updated_at": utcnow()} for c in sorted(made)])
    total = uow.session.scalar(select(func.count()).select_from(Coupon).where(Coupon.promotion_id == promo.id))
    uow.audit("promotion", promo.id, {"coupons": [total - count, total]})
    return int(total or 0)


@verb("promotions.read")
def list_coupons(uow: UnitOfWork, *, promotion_id: int, state: str = "", cursor: str = "",
                 page_size: int = 500) -> Page:
    """A coupon promotion's codes, oldest first (for export and for the agents' lookups)."""
    stmt = select(Coupon).where(Coupon.promotion_id == promotion_id)
    if state:
        stmt = stmt.where(Coupon.state == validate.choice(state, "state", "State",
                                                          ("available", "reserved", "used", "void")))
    return keyset_page(uow.session, stmt, [(Coupon.id, False)], cursor=cursor, page_size=page_size,
                       columns=CouponRecord.columns(),
                       row_to_wire=lambda r: CouponRecord(r[0].id, r[0].code, r[0].state, r[0].order_ref,
                                                          r[0].customer_ref, r[0].created_at).to_wire(),
                       key_of=lambda r: (r[0].id,))
