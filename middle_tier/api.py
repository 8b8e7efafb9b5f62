"""How verbs are exposed: argument checks, login and permission checks, transaction, audit, error firewall.

Every method a client can call is declared with `@verb(...)`. The wrapper checks each argument against
the method's annotation with exact types (a client list or dict arrives as a netref, and
`isinstance(netref, dict)` is True), checks the login and the declared permission, runs the body in one
unit of work (one transaction; a writing verb also writes one audit entry), converts the result to plain
wire values, and lets only DomainError out: anything else is logged with a reference id.
"""
from __future__ import annotations

import functools
import inspect
import json
import logging
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from data_tier.system import ProcessedRequest
from middle_tier import auth
from middle_tier.contract import (
    E_BAD_ARG,
    E_CONFLICT,
    E_INTERNAL,
    E_PERMISSION,
    E_VALIDATION,
    DomainError,
    Page,
    Record,
    Text,
)
from middle_tier.uow import UnitOfWork

log = logging.getLogger("emporium.api")

AUTHENTICATED = "authenticated"   # the permission of verbs any logged-in user may call
MAX_STR = 100_000
MAX_ITEMS = 20_000
MAX_DEPTH = 4
DEADLOCK_RETRIES = 2


@dataclass(frozen=True)
class VerbSpec:
    name: str
    permission: str
    writes: bool
    idempotent: bool
    params: tuple[tuple[str, Any, bool], ...]   # (name, annotation, required)


class Context:
    """What every exposed object shares: the session factory and this connection's login state."""

    def __init__(self, session_factory: sessionmaker[Session], state: auth.ConnectionState) -> None:
        self.session_factory = session_factory
        self.state = state

    @contextmanager
    def unit_of_work(self, verb: str, *, write: bool) -> Iterator[UnitOfWork]:
        """Commit when the block ends normally, roll back on any exception; the session opens lazily."""
        uow = UnitOfWork(self.session_factory, verb=verb, state=self.state, write=write)
        try:
            yield uow
            uow.commit()
        except BaseException:
            uow.close(rollback=True)
            raise
        else:
            uow.close(rollback=False)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def check_arg(name: str, value: Any, tp: Any, depth: int = 0) -> Any:
    """Exact-type check of one argument against its annotation; E_BAD_ARG names the field."""
    if depth > MAX_DEPTH:
        raise DomainError(E_BAD_ARG, Text("Argument nested too deeply."), name)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        errors = []
        for opt in options:
            if opt is type(None):
                continue
            try:
                return check_arg(name, value, opt, depth)
            except DomainError as e:
                errors.append(e)
        raise errors[0] if errors else DomainError(E_BAD_ARG, Text("{name} may not be empty.", name=name), name)
    if origin is tuple:
        if type(value) is not tuple:
            raise DomainError(E_BAD_ARG, Text("{name} must be a tuple, not {type}.",
                                              name=name, type=type(value).__name__), name)
        if len(value) > MAX_ITEMS:
            raise DomainError(E_BAD_ARG, Text("{name} has too many items (at most {most}).",
                                              name=name, most=MAX_ITEMS), name)
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(check_arg(name, v, args[0], depth + 1) for v in value)
        if len(args) != len(value):
            raise DomainError(E_BAD_ARG, Text("{name} must have {count} items.",
                                              name=name, count=len(args)), name)
        return tuple(check_arg(name, v, a, depth + 1) for v, a in zip(value, args))
    if tp is Any:
        raise TypeError("verbs may not take Any")
    if tp is int:
        if type(value) is not int:
            raise DomainError(E_BAD_ARG, Text("{name} must be a whole number.", name=name), name)
        if not -(2**63) <= value < 2**63:
            raise DomainError(E_BAD_ARG, Text("{name} is out of range.", name=name), name)
        return value
    if tp is str:
        if type(value) is not str:
            raise DomainError(E_BAD_ARG, Text("{name} must be text.", name=name), name)
        if len(value) > MAX_STR:
            raise DomainError(E_BAD_ARG, Text("{name} is too long.", name=name), name)
        if "\x00" in value:
            raise DomainError(E_BAD_ARG, Text("{name} may not contain NUL characters.", name=name), name)
        return value
    if tp is bool:
        if type(value) is not bool:
            raise DomainError(E_BAD_ARG, Text("{name} must be true or false.", name=name), name)
        return value
    if tp is bytes:
        if type(value) is not bytes:
            raise DomainError(E_BAD_ARG, Text("{name} must be bytes.", name=name), name)
        return value
    raise TypeError(f"unsupported verb annotation {_type_name(tp)} for {name}")


def to_wire(result: Any) -> Any:
    if isinstance(result, (Record, Page)):
        return result.to_wire()
    if isinstance(result, tuple):
        return tuple(to_wire(r) for r in result)
    if result is None or type(result) in (bool, int, str, bytes):
        return result
    raise TypeError(f"a verb returned {type(result).__name__}, which cannot cross the wire")


def as_tuples(value: Any) -> Any:
    """JSON's lists back into the tuples the wire carries."""
    return tuple(as_tuples(v) for v in value) if isinstance(value, list) else value


def _spec_of(fn: Callable, permission: str, writes: bool, idempotent: bool) -> VerbSpec:
    hints = typing.get_type_hints(fn)
    params = []
    for i, p in enumerate(inspect.signature(fn).parameters.values()):
        if i < 2:      # self, uow
            continue
        if p.kind not in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
            raise TypeError(f"{fn.__name__}: verbs take named parameters only")
        params.append((p.name, hints[p.name], p.default is inspect.Parameter.empty))
    return VerbSpec(fn.__name__, permission, writes, idempotent, tuple(params))


def verb(permission: str, *, writes: bool = False, idempotent: bool = False) -> Callable:
    """Declare an exposed verb: `def name(self, uow, *, arg: type, ...)`.

    `permission` is a code of the contract's catalogue, or AUTHENTICATED. `idempotent` verbs take a
    `request_id`; a retry with the same id returns the first result and changes nothing.
    """

    def deco(fn: Callable) -> Callable:
        spec = _spec_of(fn, permission, writes, idempotent)
        names = {n for n, _, _ in spec.params}
        if idempotent and "request_id" not in names:
            raise TypeError(f"{fn.__name__}: an idempotent verb needs a request_id parameter")

        @functools.wraps(fn)
        def wrapper(self: Exposed, *args: Any, **kwargs: Any) -> Any:
            qualified = f"{self._area}.{spec.name}"
            try:
                for attempt in range(DEADLOCK_RETRIES + 1):
                    try:
                        return to_wire(self._run(spec, qualified, fn, args, kwargs))
                    except _SameRequestInFlight:
                        # another connection claimed this request id first and has committed by now (the
                        # claim's unique key made us wait): answer with its result
                        return to_wire(self._run(spec, qualified, fn, args, kwargs))
                    except OperationalError as e:
                        # the database chose this transaction as a deadlock's victim and rolled all of it back:
                        # running the verb again is safe
                        if attempt == DEADLOCK_RETRIES or not _is_deadlock(e):
                            raise
                        log.info("verb=%s deadlock, attempt %d again", qualified, attempt + 2)
            except DomainError as e:     # a plain DomainError (subclasses stay in the server), with its template
                raise DomainError(e.code, e.message, e.field, e.ref, template=e.template, params=e.params) from None
            except Exception as e:  # the firewall: nothing but a reference leaves the server
                ref = uuid.uuid4().hex[:10]
                log.exception("ref=%s verb=%s user=%s failed", ref, qualified, self._ctx.state.username)
                if isinstance(e, OperationalError) and _is_lock_error(e):
                    raise DomainError(E_CONFLICT, Text("The records are busy; please try again."), "", ref) from None
                raise DomainError(E_INTERNAL, Text("Unexpected server error (reference {ref}).", ref=ref), "", ref) from None

        wrapper._verb = spec  # type: ignore[attr-defined]
        return wrapper

    return deco


def _is_deadlock(e: DBAPIError) -> bool:
    return "deadlock" in str(getattr(e, "orig", e)).lower()


def _is_lock_error(e: DBAPIError) -> bool:
    text = str(getattr(e, "orig", e)).lower()
    return "database is locked" in text or "deadlock" in text or "lock wait timeout" in text


def _bind(spec: VerbSpec, args: tuple, kwargs: dict) -> dict[str, Any]:
    if len(args) > len(spec.params):
        raise DomainError(E_BAD_ARG, Text("{verb} takes at most {count} arguments.",
                                          verb=spec.name, count=len(spec.params)))
    bound: dict[str, Any] = {}
    for (name, _tp, _req), value in zip(spec.params, args):
        bound[name] = value
    for key, value in kwargs.items():
        if type(key) is not str or key not in {n for n, _, _ in spec.params}:
            raise DomainError(E_BAD_ARG, Text("{verb} has no parameter '{parameter}'.",
                                              verb=spec.name, parameter=str(key)[:40]))
        if key in bound:
            raise DomainError(E_BAD_ARG, Text("{key} given twice.", key=key), key)
        bound[key] = value
    for name, tp, required in spec.params:
        if name in bound:
            bound[name] = check_arg(name, bound[name], tp)
        elif required:
            raise DomainError(E_BAD_ARG, Text("{name} is required.", name=name), name)
    return bound


class Exposed:
    """Base of every object a client holds: only `exposed_` names are reachable, and `dir` shows only those."""

    _area = ""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def __dir__(self) -> list[str]:
        return sorted(n[len("exposed_"):] for n in dir(type(self)) if n.startswith("exposed_"))

    def __repr__(self) -> str:
        return f"<Emporium {self._area or 'service'}>"

    @classmethod
    def verbs(cls) -> dict[str, VerbSpec]:
        return {n[len("exposed_"):]: getattr(cls, n)._verb for n in dir(cls)
                if n.startswith("exposed_") and hasattr(getattr(cls, n), "_verb")}

    def _run(self, spec: VerbSpec, qualified: str, fn: Callable, args: tuple, kwargs: dict) -> Any:
        state = self._ctx.state
        with self._ctx.unit_of_work(qualified, write=spec.writes) as uow:
            # Login and permission first: a caller without the right learns nothing of the arguments.
            with state.lock:
                if spec.writes or auth.recheck_due(state):
                    auth.revalidate(uow.session, state, force=spec.writes)
            if spec.permission != AUTHENTICATED and spec.permission not in state.permissions:
                log.warning("denied verb=%s user=%s", qualified, state.username)
                raise DomainError(E_PERMISSION, Text("You do not have the permission for this action."))
            bound = _bind(spec, args, kwargs)
            if spec.idempotent:
                uow.request_id = _check_request_id(bound["request_id"])
                done = uow.session.get(ProcessedRequest, uow.request_id)
                if done is not None:
                    if done.verb != qualified or done.user_id != state.user_id:
                        raise DomainError(E_CONFLICT, Text("This request id was used for another request."),
                                          "request_id")
                    return as_tuples(json.loads(done.result))
                claim = ProcessedRequest(request_id=uow.request_id, verb=qualified, user_id=state.user_id,
                                         result="")
                uow.session.add(claim)
                try:
                    uow.session.flush()     # claim the id before doing the work
                except IntegrityError:
                    raise _SameRequestInFlight() from None
            result = fn(self, uow, **bound)
            if spec.writes and not uow.audited:
                uow.write_audit()
            if spec.idempotent:
                claim.result = json.dumps(to_wire(result))
            return result


class _SameRequestInFlight(Exception):
    """The request id was claimed by a concurrent call of the same request."""


def _check_request_id(request_id: str) -> str:
    if not 8 <= len(request_id) <= 64 or not all(c.isalnum() or c in "-_" for c in request_id):
        raise DomainError(E_VALIDATION, Text("A request id has 8 to 64 letters, digits, '-' or '_'."), "request_id")
    return request_id


def expose(cls: type) -> type:
    """Class decorator: publish each @verb method under its `exposed_` name (the only names RPyC serves)."""
    for name, member in list(cls.__dict__.items()):
        if callable(member) and hasattr(member, "_verb"):
            setattr(cls, "exposed_" + name, member)
            delattr(cls, name)
    return cls


def flush_unique(session: Session, field: str, message: str) -> None:
    """Flush now and turn a unique-constraint race (two clients, same value) into E_CONFLICT on `field`."""
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(E_CONFLICT, message, field) from None
