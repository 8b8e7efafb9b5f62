"""State machines as data: the contract's declarations, and the one guard that moves documents by them."""
from __future__ import annotations

import importlib
import inspect as inspect_module
import pkgutil

import pytest
from sqlalchemy import inspect

import middle_tier
from middle_tier.contract import E_CONFLICT, DomainError, StateMachine
from middle_tier.contract.purchasing import PURCHASE_ORDER
from middle_tier.core.states import Workflow
from middle_tier.core.uow import UnitOfWork

DOOR = StateMachine("door", "Door", states=("closed", "open", "locked"),
                    transitions=(("closed", "open"), ("open", "closed"), ("closed", "locked"), ("locked", "closed")))


class Door:
    def __init__(self) -> None:
        self.id, self.number, self.state, self.version = 7, "D-7", "closed", 1
        self.opened_at = None
        self.opened_by = ""


FLOW = Workflow(DOOR, Door, stamps={"open": "opened_at"}, by={"open": "opened_by"})


def _uow() -> UnitOfWork:
    return UnitOfWork(None, verb="test.move", state=None, write=True)  # type: ignore[arg-type]


def test_a_machine_answers_from_its_table():
    assert DOOR.can("closed", "open") and not DOOR.can("open", "locked")
    assert DOOR.targets("closed") == ("open", "locked") and DOOR.sources("closed") == ("open", "locked")


def test_a_machine_may_not_name_undeclared_states():
    with pytest.raises(ValueError, match="ajar"):
        StateMachine("door", "Door", states=("closed", "open"), transitions=(("closed", "ajar"),))


def test_the_guard_moves_stamps_versions_and_audits():
    door, uow = Door(), _uow()
    assert FLOW.move(uow, door, "open") == "closed"
    assert (door.state, door.version, door.opened_by) == ("open", 2, "")
    assert door.opened_at is not None
    assert uow._record_type == "door" and uow._record_ids == ["7"] and uow._changes == {"state": ["closed", "open"]}


def test_the_guard_refuses_an_undeclared_move_naming_the_current_state_and_changes_nothing():
    door, uow = Door(), _uow()
    FLOW.move(uow, door, "open")
    with pytest.raises(DomainError) as refused:
        FLOW.move(uow, door, "locked", field_name="door_id")
    err = refused.value
    assert (err.code, err.field) == (E_CONFLICT, "door_id")
    assert dict(err.params) == {"kind": "Door", "name": "D-7", "state": "open", "target": "locked"}
    assert err.template == "{kind} {name} is {state}; it cannot become {target}."
    assert (door.state, door.version) == ("open", 2)


def test_the_guard_names_other_documents_of_a_verb_under_their_own_key():
    first, second, uow = Door(), Door(), _uow()
    second.id = 8
    FLOW.move(uow, first, "open")
    FLOW.move(uow, second, "locked")
    assert uow._changes == {"state": ["closed", "open"], "door 8 state": ["closed", "locked"]}


def test_the_guard_moves_only_its_own_kind_of_document():
    with pytest.raises(TypeError):
        FLOW.move(_uow(), object(), "open")


def _workflows() -> list[tuple[str, Workflow]]:
    """Every Workflow the middle tier declares, by the module that declares it."""
    found: dict[int, tuple[str, Workflow]] = {}
    for info in pkgutil.walk_packages(middle_tier.__path__, "middle_tier."):
        if info.name.startswith(("middle_tier.demo", "middle_tier.server", "middle_tier.admin")):
            continue
        module = importlib.import_module(info.name)
        source = inspect_module.getsource(module)
        for name, value in vars(module).items():
            if isinstance(value, Workflow) and f"{name} = Workflow(" in source:
                found[id(value)] = (f"{info.name}.{name}", value)
    return sorted(found.values(), key=lambda x: x[0])


WORKFLOWS = _workflows()


def test_every_document_with_states_has_a_workflow():
    kinds = {wf.machine.kind for _, wf in WORKFLOWS}
    assert kinds >= {"purchase_order", "receipt", "stock_reservation", "pick_list", "pick_task", "count_task",
                     "promotion", "coupon", "promotion_reservation"}
    assert any(wf.machine is PURCHASE_ORDER for _, wf in WORKFLOWS)


@pytest.mark.parametrize("name,wf", WORKFLOWS, ids=[n for n, _ in WORKFLOWS])
def test_each_workflow_names_real_columns_and_states(name, wf):
    columns = {c.key for c in inspect(wf.model).column_attrs}
    for attr in (wf.state_attr, wf.name_attr, wf.id_attr, *wf.stamps.values(), *wf.by.values()):
        assert attr in columns, f"{name}: {wf.model.__name__} has no column {attr}"
    assert set(wf.stamps) | set(wf.by) <= set(wf.machine.states), name
