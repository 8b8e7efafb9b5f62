"""The one guard that moves a document from state to state, by the state machine its area's contract declares.

A `Workflow` binds a machine to the document's columns: `move` refuses a move the machine does not declare with
a domain error naming the document and its current state, sets the new state, stamps the time column (and the
user column) of the state reached, moves the record's version on, and names the change in the verb's audit entry.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from data_tier.base import utcnow
from middle_tier.contract import E_CONFLICT, DomainError, StateMachine, Text
from middle_tier.core.uow import UnitOfWork


@dataclass(frozen=True)
class Workflow:
    machine: StateMachine
    model: type[Any]                # the mapped class of the documents it moves
    stamps: Mapping[str, str] = field(default_factory=dict)   # state reached -> time column stamped then
    by: Mapping[str, str] = field(default_factory=dict)       # state reached -> column given the user's name
    name_attr: str = "number"       # what names the document in messages
    state_attr: str = "state"
    id_attr: str = "id"             # the record id in the operation log
    bump_version: bool = True       # a document with a `version` moves it on with every move

    def check(self, doc: Any, target: str, *, field_name: str = "") -> str:
        """The document's state, when it may move to `target`; else E_CONFLICT naming its current state."""
        if not isinstance(doc, self.model):
            raise TypeError(f"a {self.machine.kind} workflow cannot move a {type(doc).__name__}")
        current: str = getattr(doc, self.state_attr)
        if not self.machine.can(current, target):
            name = str(getattr(doc, self.name_attr))
            raise DomainError(E_CONFLICT, Text("{kind} {name} is {state}; it cannot become {target}.",
                                               kind=self.machine.label, name=name, state=current, target=target),
                              field_name or self.state_attr)
        return current

    def move(self, uow: UnitOfWork, doc: Any, target: str, *, field_name: str = "", audit: bool = True) -> str:
        """Move `doc` to `target` by the machine; returns the state it left."""
        before = self.check(doc, target, field_name=field_name)
        setattr(doc, self.state_attr, target)
        if before != target:
            if target in self.stamps:
                setattr(doc, self.stamps[target], utcnow())
            if target in self.by:
                setattr(doc, self.by[target], uow.state.username if uow.state else "")
        if self.bump_version and hasattr(doc, "version"):
            doc.version += 1
        if audit and before != target:
            uow.audit_state(self.machine.kind, getattr(doc, self.id_attr), before, target, key=self.state_attr)
        return before

    def move_all(self, uow: UnitOfWork, docs: list[Any], target: str, *, field_name: str = "") -> None:
        """Move several documents of this kind at once; the verb names them in its own audit entry."""
        for doc in docs:
            self.check(doc, target, field_name=field_name)
        for doc in docs:
            self.move(uow, doc, target, field_name=field_name, audit=False)
