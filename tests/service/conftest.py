"""The fast tier: the middle tier's service functions called in-process, with a unit of work of the test's own.

Nothing crosses the wire here (no RPyC, no argument checks, no permission gate: those are the end-to-end
tier's). Each test gets units of work on the session database (tests/conftest.py: SQLite by default, MariaDB with
EMPORIUM_TEST_DB_URL) acting as a logged-in user; everything a test writes is rolled back when it ends, so tests
do not see each other's data.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, select

import middle_tier.service  # noqa: F401  (the composition root: every area imported, purchasing registered)
from data_tier.engine import make_session_factory
from data_tier.system import User
from middle_tier.core.login import ConnectionState, permissions_of
from middle_tier.core.uow import UnitOfWork

UowFactory = Callable[..., UnitOfWork]


def state_of(session, username: str) -> ConnectionState:  # type: ignore[no-untyped-def]
    """The login state a connection of `username` would carry (no login session: nothing in the core reads it)."""
    user = session.scalars(select(User).where(User.username == username)).one()
    state = ConnectionState(username=user.username, user_id=user.id, display_name=user.display_name)
    state.permissions, state.roles = permissions_of(session, user.id)
    return state


@pytest.fixture
def uow(engine: Engine) -> Iterator[UowFactory]:
    """uow(area=None, username="admin") -> a unit of work acting as `area` (None: no area, as outside a verb);
    rolled back after the test."""
    factory = make_session_factory(engine)
    opened: list[UnitOfWork] = []

    def make(area: str | None = None, username: str = "admin", verb: str = "test.in_process") -> UnitOfWork:
        u = UnitOfWork(factory, verb=verb, state=None, write=True)
        u.state = state_of(u.session, username)
        u.acting_area = area
        opened.append(u)
        return u

    yield make
    for u in opened:
        u.close(rollback=True)
