"""Promotion activities and templates (促销活动): listing, the timeline, editing, and their status."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import or_, select

from data_tier.promotions import Promotion
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.promotions import PROMOTION, PROMOTION_STATUSES, PromotionRecord, PromotionSummary
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb
from middle_tier.promotions.collisions import collisions_of
from middle_tier.promotions.fields import current_fields, read_fields
from middle_tier.promotions.records import load_promotion, promotion_record, scope_rows, summary_wire
from middle_tier.promotions.scopes import write_scope

PROMOTION_FLOW = Workflow(PROMOTION, Promotion, name_attr="code", state_attr="status")


@verb("promotions.read")
def list_promotions(uow: UnitOfWork, *, search: str = "", status: str = "", templates: bool = False,
                    cursor: str = "", page_size: int = 200) -> Page:
    """Promotions (or templates), newest first; filter by status and by words in code or name."""
    stmt = select(Promotion).where(Promotion.is_template.is_(templates))
    if status:
        stmt = stmt.where(Promotion.status == validate.choice(status, "status", "Status", PROMOTION_STATUSES))
    if search.strip():
        like = f"%{search.strip()[:64]}%"
        stmt = stmt.where(or_(Promotion.code.like(like), Promotion.name.like(like)))
    return keyset_page(uow.session, stmt, [(Promotion.id, True)], cursor=cursor, page_size=page_size,
                       columns=PromotionSummary.columns(), row_to_wire=lambda r: summary_wire(r[0]),
                       key_of=lambda r: (r[0].id,))


@verb("promotions.read")
def timeline(uow: UnitOfWork, *, start: str, end: str) -> tuple:
    """Live promotions (draft, active, paused) whose window meets [start, end), for the timeline view;
    at most 500, earliest first."""
    lo = validate.date_or_none(start, "start", "Start")
    hi = validate.date_or_none(end, "end", "End")
    if lo is None or hi is None or hi <= lo:
        raise DomainError(E_VALIDATION, Text("Give a start and a later end."), "end")
    rows = uow.session.scalars(select(Promotion).where(
        Promotion.is_template.is_(False), Promotion.status.in_(("draft", "active", "paused")),
        or_(Promotion.starts.is_(None), Promotion.starts < hi), or_(Promotion.ends.is_(None), Promotion.ends > lo))
        .order_by(Promotion.starts, Promotion.id).limit(500))
    return tuple(summary_wire(p) for p in rows)


@verb("promotions.read")
def get_promotion(uow: UnitOfWork, *, promotion_id: int) -> PromotionRecord:
    """One promotion with its scope, coupon counts and the exclusive promotions it collides with."""
    return promotion_record(uow, load_promotion(uow, promotion_id))


@verb("promotions.write", label="Create a promotion", writes=True)
def create_promotion(uow: UnitOfWork, *, fields: tuple[tuple[str, str], ...]) -> PromotionRecord:
    """A new promotion (draft) or template from (field, text) pairs; see contract.PROMOTION_FIELDS."""
    values, scope = read_fields(uow, fields, {})
    if uow.session.scalar(select(Promotion.id).where(Promotion.code == values["code"])) is not None:
        raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
    promo = Promotion(status="draft", **values)
    uow.session.add(promo)
    flush_unique(uow.session, "code", Text("This promotion code was taken meanwhile."))
    write_scope(uow, promo, scope or [])
    uow.session.flush()
    uow.audit("promotion", promo.id, {k: [None, str(v)] for k, v in values.items() if v not in (None, "")})
    return promotion_record(uow, promo)


@verb("promotions.write", label="Change a promotion", writes=True)
def update_promotion(uow: UnitOfWork, *, promotion_id: int, version: int,
                     fields: tuple[tuple[str, str], ...]) -> PromotionRecord:
    """Change the given fields. An active promotion's kind, stage and amounts are fixed once it has been
    used (pause it and start a new one instead); its dates, limits and budget may still change."""
    promo = load_promotion(uow, promotion_id, lock=True)
    validate.version(promo, version, "This promotion")
    if promo.status == "ended":
        raise DomainError(E_CONFLICT, Text("An ended promotion cannot be changed."), "status")
    before = current_fields(promo, uow)
    values, scope = read_fields(uow, fields, before, self_id=promo.id)
    if values["code"] != promo.code and uow.session.scalar(
            select(Promotion.id).where(Promotion.code == values["code"])) is not None:
        raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
    if values["is_template"] != promo.is_template:
        raise DomainError(E_VALIDATION, Text("A promotion cannot become a template, nor the other way "
                                             "round."),
                          "is_template")
    if promo.uses_taken > 0:
        for name in ("stage", "kind", "percent", "amount", "fixed_price", "buy", "get", "threshold", "repeat",
                     "amount_per"):
            if values[name] != getattr(promo, name):
                raise DomainError(E_CONFLICT, Text("This promotion has been used: its offer can no "
                                                   "longer change."),
                                  name)
    for name, value in values.items():
        setattr(promo, name, value)
    if scope is not None:
        write_scope(uow, promo, scope)
    promo.version += 1
    uow.session.flush()
    uow.audit("promotion", promo.id, diff(before, current_fields(promo, uow)))
    return promotion_record(uow, promo)


@verb("promotions.read")
def preview_collisions(uow: UnitOfWork, *, promotion_id: int = 0, fields: tuple[tuple[str, str], ...]) -> tuple:
    """What a promotion would collide with if it were saved with these fields (a new one: promotion_id 0; a
    change: only the fields that change, as update_promotion takes them). Saves nothing; a field the middle tier
    refuses is the same domain error the save would give, except that a new promotion needs no code or name yet.
    Returns Collision records."""
    before = current_fields(load_promotion(uow, promotion_id), uow) if promotion_id else {
        "code": "preview", "name": "preview"}
    fields = tuple((k, v) for k, v in fields if promotion_id or k not in ("code", "name") or v.strip())
    values, scope = read_fields(uow, fields, before, self_id=promotion_id)
    if scope is None:
        scope = scope_rows(uow, [promotion_id])[promotion_id] if promotion_id else []
    draft = Promotion(**values, uses_taken=0, budget_taken=Decimal(0))     # never added to the session
    return tuple(c.to_wire() for c in collisions_of(uow, draft, scope, promo_id=promotion_id))


@verb("promotions.write", label="Create a promotion from a template", writes=True)
def create_from_template(uow: UnitOfWork, *, template_id: int, code: str, name: str) -> PromotionRecord:
    """A new draft promotion copied from a template (scope included), under its own code and name."""
    template = load_promotion(uow, template_id)
    if not template.is_template:
        raise DomainError(E_VALIDATION, Text("This is not a template."), "template_id")
    fields = {**current_fields(template, uow), "code": code, "name": name, "is_template": "false"}
    values, _ = read_fields(uow, tuple(fields.items()), {})
    if uow.session.scalar(select(Promotion.id).where(Promotion.code == values["code"])) is not None:
        raise DomainError(E_DUPLICATE, Text("This promotion code is taken."), "code")
    promo = Promotion(status="draft", **values)
    uow.session.add(promo)
    flush_unique(uow.session, "code", Text("This promotion code was taken meanwhile."))
    write_scope(uow, promo, scope_rows(uow, [template.id])[template.id])
    uow.session.flush()
    uow.audit("promotion", promo.id, {"template": [None, template.code], "code": [None, promo.code]})
    return promotion_record(uow, promo)


@verb("promotions.write", label="Change a promotion's status", writes=True)
def set_status(uow: UnitOfWork, *, promotion_id: int, version: int, status: str) -> PromotionRecord:
    """Activate, pause, resume or end a promotion (the contract's PROMOTION state machine)."""
    promo = load_promotion(uow, promotion_id, lock=True)
    validate.version(promo, version, "This promotion")
    if promo.is_template:
        raise DomainError(E_VALIDATION, Text("A template is not run; create a promotion from it."), "status")
    PROMOTION_FLOW.move(uow, promo, status)
    return promotion_record(uow, promo)
