"""Small database idioms every area uses: unique races as conflicts, document numbers, LIKE patterns."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_tier.base import utcnow
from middle_tier.contract import E_CONFLICT, DomainError
from middle_tier.core.uow import UnitOfWork


def flush_unique(session: Session, field: str, message: str) -> None:
    """Flush now and turn a unique-constraint race (two clients, same value) into E_CONFLICT on `field`."""
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(E_CONFLICT, message, field) from None


def next_number(uow: UnitOfWork, model: Any, prefix: str) -> str:
    """PREFIX-YYYYMMDD-NNNN, counted per day; the unique column turns a race into a retryable conflict."""
    day = utcnow().strftime("%Y%m%d")
    stem = f"{prefix}-{day}-"
    last = uow.session.scalar(select(func.max(model.number)).where(model.number.like(stem + "%")))
    return f"{stem}{int(last[len(stem):]) + 1 if last else 1:04d}"


def like_escape(text: str) -> str:
    """`text` as a literal part of a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(text: str) -> str:
    return like_escape(text) + "%"
