"""Which area owns which table, and the check that an area writes only its own tables (and the core's).

Every table belongs to the area of its data-tier module (`data_tier.wms` -> wms); the login sessions, the
operation log, the processed requests and the document number counters belong to the core. While a verb runs,
its unit of work acts as the verb's area; a function another area calls through an area's face (`@face`) acts as
the face's area while it runs. A write (a flush of new, changed or deleted objects, or an INSERT, UPDATE or
DELETE statement) to a table the acting area does not own raises OwnershipError before it reaches the database:
one area never writes another's tables, it asks the owner. Work outside a verb (migrations, demo data, the
admin commands) acts as no area and is not checked.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from data_tier.base import Base
from middle_tier.core.uow import UnitOfWork

CORE_TABLES = frozenset({"audit_log", "processed_request", "login_session", "document_counter"})

P = ParamSpec("P")
R = TypeVar("R")

_owners: dict[str, str] = {}


class OwnershipError(RuntimeError):
    """An area wrote a table of another area (a programming error)."""


def owners() -> dict[str, str]:
    """Table name -> owning area ('core' for the core's tables)."""
    if not _owners:
        import data_tier.models  # noqa: F401  (every table mapped)

        for mapper in Base.registry.mappers:
            table = mapper.local_table.name  # type: ignore[attr-defined]
            module = mapper.class_.__module__          # data_tier.<area>
            _owners[table] = "core" if table in CORE_TABLES else module.split(".")[-1]
    return _owners


def check_write(area: str | None, tables: Iterable[str]) -> None:
    """OwnershipError when `area` writes a table that is neither its own nor the core's."""
    if area is None:
        return
    table_owners = owners()
    for table in tables:
        owner = table_owners.get(table, "core")
        if owner != area and owner != "core":
            raise OwnershipError(f"the {area} area wrote {table}, a table of the {owner} area; ask {owner} through "
                                 f"its package's face instead")


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    area = session.info.get("area")
    if area is not None:
        changed = [obj for obj in session.dirty if session.is_modified(obj)]
        check_write(area, {obj.__table__.name for obj in (*session.new, *changed, *session.deleted)})


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    area = state.session.info.get("area")
    if area is not None and (state.is_insert or state.is_update or state.is_delete):
        table = getattr(state.statement, "table", None)
        check_write(area, [getattr(table, "name", "")])


def face(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[UnitOfWork, P], R]:
    """Mark a function that other areas call (exported by its area's package): while it runs, the unit of work acts
    as the function's own area; what the caller changed before is flushed as the caller's, what the function
    changed is flushed as the function's."""
    area = fn.__module__.split(".")[1]        # middle_tier.<area>.<module>

    @functools.wraps(fn)
    def acting(uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> R:
        outer = uow.acting_area
        if outer is None or outer == area:
            return fn(uow, *args, **kwargs)
        uow.session.flush()
        uow.acting_area = area
        try:
            result = fn(uow, *args, **kwargs)
            uow.session.flush()
            return result
        finally:
            uow.acting_area = outer

    return acting
