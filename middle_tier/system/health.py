"""Checks that the server answers."""
from __future__ import annotations

from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import AUTHENTICATED, verb


@verb(AUTHENTICATED)
def ping(uow: UnitOfWork) -> str:
    """A trivial authenticated call (connection check and benchmark)."""
    return "pong"
