"""Promotions (促销管理) and pricing: activities and templates of every kind, scopes, limits and budgets, exclusion
and stacking, coupon batches; pricing a cart with the trace of every step; and the usage reservations an order
takes when it is submitted (reserve), paid (consume) or cancelled (release).

Verbs: `activities`, `coupons`, `pricing`, `usage`. Beside them: `engine` (the pricing engine, pure functions),
`fields` (a promotion's editable fields), `records`, `collisions`.
"""
from middle_tier.promotions import activities, coupons, pricing, usage
from middle_tier.promotions.coupons import COUPON_ALPHABET
from middle_tier.promotions.work import work_items

VERB_MODULES = (activities, coupons, pricing, usage)

__all__ = ["COUPON_ALPHABET", "VERB_MODULES", "work_items"]
