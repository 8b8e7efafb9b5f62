"""Small database idioms every area uses: unique races as conflicts, document numbers, LIKE patterns."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from data_tier.system import DocumentCounter, next_in_series
from middle_tier.contract import E_CONFLICT, DomainError
from middle_tier.core.uow import UnitOfWork


def flush_unique(session: Session, field: str, message: str) -> None:
    """Flush now and turn a unique-constraint race (two clients, same value) into E_CONFLICT on `field`."""
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(E_CONFLICT, message, field) from None


def next_number(uow: UnitOfWork, model: Any, prefix: str) -> str:
    """PREFIX-YYYYMMDD-NNNN, counted per prefix and day by a counter row in the caller's transaction: parallel
    clients never get the same number (max + 1 did, under load). A series that documents were numbered in before
    the counter existed continues after its highest number."""
    day = utcnow().strftime("%Y%m%d")
    stem = f"{prefix}-{day}-"
    n = next_in_series(uow.session, stem.rstrip("-"))
    if n == 1:        # the series' first number from the counter: skip what max + 1 gave out today
        last = uow.session.scalar(select(func.max(model.number)).where(model.number.like(stem + "%")))
        if last:
            n = int(last[len(stem):]) + 1
            uow.session.execute(update(DocumentCounter).where(DocumentCounter.series == stem.rstrip("-"))
                                .values(value=n))
    return f"{stem}{n:04d}"


def like_escape(text: str) -> str:
    """`text` as a literal part of a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(text: str) -> str:
    return like_escape(text) + "%"
