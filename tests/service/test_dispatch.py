"""The verb machinery in-process (no RPyC): a component built from a module, called as a client's call would be.

It proves what the end-to-end tier cannot provoke with real verbs: a verb that leaves a write to another area's
table pending (no query after it, so nothing flushed it during the body) is still refused, before its commit.
"""
from __future__ import annotations

import types

import pytest
from sqlalchemy import select

from data_tier.engine import make_session_factory
from data_tier.system import User
from data_tier.wms import Warehouse
from middle_tier.contract import E_INTERNAL, DomainError
from middle_tier.core import login
from middle_tier.core.dispatch import Context, component
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb


def _connected(engine) -> Context:  # type: ignore[no-untyped-def]
    """A connection's context with a real login session of the administrator (committed, as a login would)."""
    factory = make_session_factory(engine)
    state = login.ConnectionState(client_addr="in-process")
    with factory.begin() as session:
        login.open_session(session, state, session.scalars(select(User).where(User.username == "admin")).one())
    return Context(factory, state)


def _renaming_component(engine, area: str, permission: str):  # type: ignore[no-untyped-def]
    """A component of `area` with one writing verb that renames a warehouse, and the warehouse as it is."""

    def rename_warehouse(uow: UnitOfWork, *, warehouse_id: int, name: str) -> None:
        uow.session.get(Warehouse, warehouse_id).name = name      # left pending: nothing queries after it

    module = types.ModuleType(f"middle_tier.{area}.renaming")
    rename_warehouse.__module__ = module.__name__
    module.rename_warehouse = verb(permission, label="Rename a warehouse", writes=True)(rename_warehouse)
    with make_session_factory(engine)() as s:
        warehouse = s.scalars(select(Warehouse).order_by(Warehouse.id)).first()
    return component(area, f"A {area} that renames a warehouse.", [module])(_connected(engine)), warehouse


def test_a_pending_write_to_another_areas_table_is_refused_before_the_commit(engine):
    rogue, warehouse = _renaming_component(engine, "catalog", "catalog.write")
    with pytest.raises(DomainError) as refused:
        rogue.exposed_rename_warehouse(warehouse_id=warehouse.id, name="renamed by the catalog")
    assert refused.value.code == E_INTERNAL                      # a programming error: logged, refused
    with make_session_factory(engine)() as s:
        assert s.get(Warehouse, warehouse.id).name == warehouse.name


def test_the_same_write_by_its_own_area_is_committed(engine):
    own, warehouse = _renaming_component(engine, "wms", "wms.adjust")
    try:
        own.exposed_rename_warehouse(warehouse_id=warehouse.id, name=warehouse.name + " (renamed)")
        with make_session_factory(engine)() as s:
            assert s.get(Warehouse, warehouse.id).name == warehouse.name + " (renamed)"
    finally:
        with make_session_factory(engine).begin() as s:
            s.get(Warehouse, warehouse.id).name = warehouse.name
