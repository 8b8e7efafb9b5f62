"""Running a unit of work again when the database says it may: a conflict that rolled it back, a lost connection.

Every unit of work (a verb, a login, a resume) runs through `run`:
- a **conflict** (the deadlock victim of InnoDB, a Galera certification failure: error 1213, on any statement or at
  COMMIT; the whole transaction was rolled back, so nothing of it stays) runs again, at most MAX_CONFLICT_RETRIES
  times, after a pause that doubles and is jittered (clients that collided do not collide again in step); after the
  last one, `Busy`;
- a **lost connection before COMMIT** (a pooled connection that died under a statement, a Galera node that stopped
  serving: `data_tier.engine.UNAVAILABLE_CODES` invalidate the pool) runs once more on a fresh connection, which
  goes to a node that can serve when the engine has several (`data_tier.engine.make_engine(hosts=...)`);
- a connection lost **during COMMIT** is `LostDuringCommit`: the outcome is unknown, so it is never run again here.
"""
from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from data_tier.engine import UNAVAILABLE_CODES

log = logging.getLogger("emporium.retry")

T = TypeVar("T")

CONFLICT_CODES = frozenset({1213})     # ER_LOCK_DEADLOCK: InnoDB's deadlock victim and Galera's certification failure
MAX_CONFLICT_RETRIES = 8
FIRST_PAUSE = 0.01                     # seconds; doubles per retry up to MAX_PAUSE, of which a random half is waited
MAX_PAUSE = 0.4
UNAVAILABLE_TEXTS = ("unable to open database file", "disk i/o error")     # SQLite


class Busy(Exception):
    """A unit of work lost every conflict it was retried for; nothing of it was written."""


class LostDuringCommit(Exception):
    """The database went away while a unit of work was being committed: its outcome is unknown."""


def _code(e: BaseException) -> int | None:
    args = getattr(getattr(e, "orig", None), "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def is_conflict(e: BaseException) -> bool:
    """The database rolled the whole transaction back to resolve a conflict: running it again is safe."""
    return isinstance(e, DBAPIError) and (_code(e) in CONFLICT_CODES or "deadlock" in str(e.orig).lower())


def is_unavailable(e: BaseException) -> bool:
    """Whether an error means the database cannot be reached now (not a bug, not a conflict)."""
    if isinstance(e, PoolTimeout):
        return True
    if not isinstance(e, DBAPIError):
        return False
    if e.connection_invalidated or _code(e) in UNAVAILABLE_CODES:
        return True
    return any(t in str(e.orig).lower() for t in UNAVAILABLE_TEXTS)


def lost_in_use(e: BaseException) -> bool:
    """A connection that died under a statement or whose node stopped serving (not a database that cannot be
    connected to at all, which is not worth asking twice: a silent one would double the wait)."""
    return isinstance(e, DBAPIError) and e.connection_invalidated and e.statement is not None


def pause(retry: int) -> float:
    """Seconds to wait before retry number `retry` (0, 1, ...): between half and all of a ceiling that doubles."""
    ceiling = min(MAX_PAUSE, FIRST_PAUSE * 2 ** retry)
    return random.uniform(ceiling / 2, ceiling)


def brief(e: BaseException | None) -> str:
    """An error in one line for the log (a driver error's code and message, no SQL)."""
    orig = getattr(e, "orig", e)
    return " ".join(str(orig).split())[:200]


def run(attempt: Callable[[], T], what: str, *, sleep: Callable[[float], None] = time.sleep) -> T:
    """`attempt()` (one whole unit of work), again where the database allows it; see the module's text."""
    conflicts = connections_lost = 0
    while True:
        try:
            return attempt()
        except (DBAPIError, PoolTimeout) as e:
            if lost_in_use(e) and connections_lost == 0:
                connections_lost += 1
                log.warning("%s lost its database connection (%s); once more on a fresh connection", what, brief(e))
                continue
            if is_conflict(e):
                if conflicts == MAX_CONFLICT_RETRIES:
                    log.warning("%s: still conflicting after %d retries (%s)", what, conflicts, brief(e))
                    raise Busy() from e
                wait = pause(conflicts)
                conflicts += 1
                log.info("%s: conflict (%s); retry %d in %.0f ms", what, brief(e), conflicts, wait * 1000)
                sleep(wait)
                continue
            raise
