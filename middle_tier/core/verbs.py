"""Declaring a verb: `@verb(permission, writes=..., idempotent=...)` on a module-level function of an area.

A verb is `def name(uow: UnitOfWork, *, arg: type, ...) -> result`: the unit of work first, then named parameters
annotated with wire types (int, str, bool, bytes, tuples of them, `| None`). The decorator records the declaration
and returns the function itself, so that it can be called in-process (the fast tests call it with a unit of work
of their own); `middle_tier.core.dispatch` exposes it to clients, checking the arguments, the login and the
permission, and running it in one unit of work. An area's package lists the modules whose verbs make up its
component (`VERB_MODULES`).
"""
from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from middle_tier.contract import Label

AUTHENTICATED = "authenticated"   # the permission of verbs any logged-in user may call

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class VerbSpec:
    name: str
    permission: str
    writes: bool
    idempotent: bool
    params: tuple[tuple[str, Any, bool], ...]   # (name, annotation, required)
    before_password_change: bool = False        # callable while the user is still on an initial password
    label: str = ""                              # what the operation log calls it: 'Create a user'


def spec_of(fn: Callable[..., Any]) -> VerbSpec:
    """The declaration a function carries (TypeError when it is not a verb)."""
    spec = getattr(fn, "_verb", None)
    if not isinstance(spec, VerbSpec):
        raise TypeError(f"{getattr(fn, '__qualname__', fn)!r} is not a verb")
    return spec


def verb(permission: str, *, label: Label = "", writes: bool = False, idempotent: bool = False,
         before_password_change: bool = False) -> Callable[[F], F]:
    """Declare a verb. `permission` is a code of the contract's catalogue, or AUTHENTICATED. `label` says what it does
    in a few words, for the operation log in the user's language: a writing verb must have one. `idempotent` verbs
    take a `request_id`: a retry with the same id returns the first result and changes nothing. A user still on the
    initial password an administrator gave may call only the verbs declared `before_password_change` (who am I,
    change the password, log out)."""

    def deco(fn: F) -> F:
        hints = typing.get_type_hints(fn)
        params = []
        for i, p in enumerate(inspect.signature(fn).parameters.values()):
            if i == 0:      # the unit of work
                continue
            if p.kind not in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
                raise TypeError(f"{fn.__name__}: verbs take named parameters only")
            params.append((p.name, hints[p.name], p.default is inspect.Parameter.empty))
        if writes and not label:
            raise TypeError(f"{fn.__name__}: a writing verb needs a label (the operation log shows it)")
        if idempotent and "request_id" not in {name for name, _, _ in params}:
            raise TypeError(f"{fn.__name__}: an idempotent verb needs a request_id parameter")
        fn._verb = VerbSpec(fn.__name__, permission, writes, idempotent, tuple(params),  # type: ignore[attr-defined]
                            before_password_change, label)
        return fn

    return deco
