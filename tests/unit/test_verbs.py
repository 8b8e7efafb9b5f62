"""Declaring verbs and assembling components from an area's modules (middle_tier.core.verbs and .dispatch)."""
from __future__ import annotations

import types

import pytest

from middle_tier.core.dispatch import component, verbs_of
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import AUTHENTICATED, spec_of, verb


def _module(name: str, **members: object) -> types.ModuleType:
    module = types.ModuleType(name)
    for key, value in members.items():
        if callable(value):
            value.__module__ = name
        setattr(module, key, value)
    return module


def test_a_verb_is_its_function_with_a_declaration():
    def reserve(uow: UnitOfWork, *, sku_id: int, qty: int = 1, note: str | None = None) -> int:
        return sku_id * qty

    declared = verb("wms.operate", label="Reserve stock", writes=True)(reserve)
    assert declared is reserve and declared(None, sku_id=3, qty=2) == 6     # callable in-process as it is
    spec = spec_of(declared)
    assert (spec.name, spec.permission, spec.writes, spec.idempotent) == ("reserve", "wms.operate", True, False)
    assert [(n, required) for n, _tp, required in spec.params] == [("sku_id", True), ("qty", False), ("note", False)]


def test_declarations_that_cannot_cross_the_wire_are_refused():
    def positional(uow: UnitOfWork, *args: int) -> None: ...

    def retry_without_id(uow: UnitOfWork, *, qty: int) -> None: ...

    with pytest.raises(TypeError, match="named parameters"):
        verb(AUTHENTICATED)(positional)
    with pytest.raises(TypeError, match="request_id"):
        verb(AUTHENTICATED, idempotent=True)(retry_without_id)
    with pytest.raises(TypeError):
        spec_of(lambda uow: None)


def test_a_component_gathers_the_verbs_its_modules_define_not_those_they_import():
    def ping(uow: UnitOfWork) -> str:
        return "pong"

    def echo(uow: UnitOfWork, *, text: str) -> str:
        return text

    first = _module("area_test.first", ping=verb(AUTHENTICATED)(ping))
    second = _module("area_test.second", echo=verb(AUTHENTICATED)(echo), ping=ping)   # ping imported, not declared
    cls = component("area_test", "A test area.", [first, second])
    assert sorted(cls.verbs()) == ["echo", "ping"] and cls.__doc__ == "A test area."
    assert dir(cls(None)) == ["echo", "ping"]                                          # only exposed names


def test_a_verb_name_used_twice_in_an_area_is_an_error():
    def ping(uow: UnitOfWork) -> str:
        return "pong"

    def ping_again(uow: UnitOfWork) -> str:
        return "pong"

    ping_again.__name__ = "ping"
    first = _module("area_test.a", ping=verb(AUTHENTICATED)(ping))
    second = _module("area_test.b", ping=verb(AUTHENTICATED)(ping_again))
    with pytest.raises(TypeError, match="declared twice"):
        verbs_of([first, second])
