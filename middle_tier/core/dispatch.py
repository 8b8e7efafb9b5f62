"""How verbs reach clients: argument checks, login and permission checks, transaction, audit, error firewall.

`component(area, doc, modules)` builds the object a client holds as `session.<area>` from the verbs of an area's
modules. Each call checks every argument against the verb's annotation with exact types (a client list or dict
arrives as a netref, and `isinstance(netref, dict)` is True), checks the login and the declared permission, runs
the verb in one unit of work (one transaction; a writing verb also writes one audit entry) acting as its area
(`core.ownership`), converts the result to plain wire values, and lets only DomainError out: anything else is
logged with a reference id. Only the composition root (`middle_tier.service`) uses this module.
"""
from __future__ import annotations

import functools
import json
import logging
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from data_tier.system import ProcessedRequest
from middle_tier.contract import (
    E_BAD_ARG,
    E_BUSY,
    E_CHANGE_PASSWORD,
    E_CONFLICT,
    E_DB_UNAVAILABLE,
    E_INTERNAL,
    E_OUTCOME_UNKNOWN,
    E_PERMISSION,
    E_VALIDATION,
    DomainError,
    ParamInfo,
    Text,
    VerbInfo,
)
from middle_tier.core import login, retry
from middle_tier.core.uow import RecordedRefusal, UnitOfWork
from middle_tier.core.verbs import AUTHENTICATED, VerbSpec, spec_of
from middle_tier.core.wire import as_tuples, to_wire

log = logging.getLogger("emporium.api")

MAX_STR = 100_000
MAX_ITEMS = 20_000
MAX_DEPTH = 4


def unavailable(ref: str) -> DomainError:
    return DomainError(E_DB_UNAVAILABLE, Text("The database cannot be reached now; please try again in a moment."),
                       "", ref)


class Context:
    """What every exposed object shares: the session factories (writing verbs', reading verbs') and this
    connection's login state."""

    def __init__(self, session_factory: sessionmaker[Session], state: login.ConnectionState,
                 read_factory: sessionmaker[Session] | None = None) -> None:
        self.session_factory = session_factory
        self.read_factory = read_factory or session_factory   # the single-writer mode reads elsewhere
        self.state = state

    @contextmanager
    def unit_of_work(self, verb: str, *, write: bool) -> Iterator[UnitOfWork]:
        """Commit when the block ends normally, roll back on any exception; the session opens lazily."""
        uow = UnitOfWork(self.session_factory if write else self.read_factory, verb=verb, state=self.state,
                         write=write)
        try:
            yield uow
            try:
                uow.commit()
            except DBAPIError as e:
                if retry.is_unavailable(e):
                    raise retry.LostDuringCommit() from e
                raise
        except RecordedRefusal:
            try:
                if write and not uow.audited:
                    uow.write_audit()
                uow.commit()
            finally:
                uow.close(rollback=True)
            raise
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


def _is_lock_error(e: BaseException) -> bool:
    """A lock waited for too long (MariaDB's lock wait timeout, SQLite's busy timeout): rolled back, nothing kept."""
    text = str(getattr(e, "orig", e)).lower()
    return isinstance(e, OperationalError) and ("database is locked" in text or "lock wait timeout" in text)


def shielded(attempt: Callable[[], Any], what: str, username: str, *, writes: bool, request_id: str = "") -> Any:
    """`attempt` (one unit of work) with the retries of `core.retry`, behind the firewall: only a DomainError
    leaves, a plain one; anything unexpected is logged with a reference id, which is all the client learns."""
    try:
        return retry.run(attempt, what)
    except DomainError as e:     # a plain DomainError (subclasses stay in the server), with its template
        raise DomainError(e.code, e.message, e.field, e.ref, template=e.template, params=e.params) from None
    except retry.LostDuringCommit as e:
        ref = request_id or uuid.uuid4().hex[:10]
        log.warning("ref=%s %s user=%s: the database went away during the commit (%s)", ref, what, username,
                    retry.brief(e.__cause__))
        if not writes:      # a read lost at its end lost nothing
            raise unavailable(ref) from None
        raise DomainError(E_OUTCOME_UNKNOWN, Text(
            "The connection to the database was lost while the change was being saved: it may or may not have "
            "been saved. Check, then try again (reference {ref}).", ref=ref), "", ref) from None
    except retry.Busy:
        ref = uuid.uuid4().hex[:10]
        raise DomainError(E_BUSY, Text("The records are busy; nothing was changed. Please try again."), "",
                          ref) from None
    except Exception as e:  # the firewall: nothing but a reference leaves the server
        ref = uuid.uuid4().hex[:10]
        if retry.is_unavailable(e):   # one line, not a traceback: the database is down, not the code
            log.warning("ref=%s %s user=%s: database unavailable (%s)", ref, what, username, retry.brief(e))
            raise unavailable(ref) from None
        if _is_lock_error(e):
            log.warning("ref=%s %s user=%s: %s", ref, what, username, retry.brief(e))
            raise DomainError(E_BUSY, Text("The records are busy; nothing was changed. Please try again."), "",
                              ref) from None
        log.exception("ref=%s %s user=%s failed", ref, what, username)
        raise DomainError(E_INTERNAL, Text("Unexpected server error (reference {ref}).", ref=ref), "",
                          ref) from None


def _bind(spec: VerbSpec, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
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


class _SameRequestInFlight(Exception):
    """The request id was claimed by a concurrent call of the same request."""


def _check_request_id(request_id: str) -> str:
    if not 8 <= len(request_id) <= 64 or not all(c.isalnum() or c in "-_" for c in request_id):
        raise DomainError(E_VALIDATION, Text("A request id has 8 to 64 letters, digits, '-' or '_'."), "request_id")
    return request_id


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

    def _run(self, spec: VerbSpec, qualified: str, fn: Callable[..., Any], args: tuple[Any, ...],
             kwargs: dict[str, Any]) -> Any:
        state = self._ctx.state
        with self._ctx.unit_of_work(qualified, write=spec.writes) as uow:
            # Login and permission first: a caller without the right learns nothing of the arguments.
            with state.lock:
                if spec.writes or login.recheck_due(state):
                    login.revalidate(uow.session, state, force=spec.writes)
            if state.must_change_password and not spec.before_password_change:
                raise DomainError(E_CHANGE_PASSWORD, Text("Change your initial password first."))
            if spec.permission != AUTHENTICATED and spec.permission not in state.permissions:
                log.warning("denied verb=%s user=%s", qualified, state.username)
                raise DomainError(E_PERMISSION, Text("You do not have the permission for this action."))
            bound = _bind(spec, args, kwargs)
            claim = None
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
            uow.acting_area = self._area
            result = fn(uow, **bound)
            uow.flush()             # what the verb left pending is written (and checked) as its area's
            uow.acting_area = None
            if spec.writes and not uow.audited:
                uow.write_audit()
            if claim is not None:
                claim.result = json.dumps(to_wire(result))
            return result


def _exposed(area: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """The method a client calls for one verb function: one unit of work, retried where it may be, behind the
    firewall (`shielded`)."""
    spec = spec_of(fn)
    qualified = f"{area}.{spec.name}"

    @functools.wraps(fn)
    def method(self: Exposed, *args: Any, **kwargs: Any) -> Any:
        def attempt() -> Any:
            try:
                return to_wire(self._run(spec, qualified, fn, args, kwargs))
            except _SameRequestInFlight:
                # another connection claimed this request id first and has committed by now (the claim's unique
                # key made us wait): answer with its result
                return to_wire(self._run(spec, qualified, fn, args, kwargs))

        request_id = kwargs.get("request_id") if spec.idempotent else None
        return shielded(attempt, f"verb={qualified}", self._ctx.state.username, writes=spec.writes,
                        request_id=request_id if type(request_id) is str and request_id.isascii() else "")

    method._verb = spec  # type: ignore[attr-defined]
    return method


def verbs_of(modules: Iterable[types.ModuleType]) -> dict[str, Callable[..., Any]]:
    """The verb functions defined in these modules (not those they import), by name; a name used twice is an
    error."""
    found: dict[str, Callable[..., Any]] = {}
    for module in modules:
        for name, fn in vars(module).items():
            if callable(fn) and hasattr(fn, "_verb") and getattr(fn, "__module__", "") == module.__name__:
                if name in found:
                    raise TypeError(f"verb {name} is declared twice ({module.__name__}, {found[name].__module__})")
                found[name] = fn
    return found


def component(area: str, doc: str, modules: Iterable[types.ModuleType], *,
              base: type[Exposed] = Exposed) -> type[Exposed]:
    """The class of the object a client reaches as `session.<area>`: one `exposed_` method per verb of the
    modules (the only names RPyC serves)."""
    namespace: dict[str, Any] = {"__doc__": doc, "_area": area, "__module__": __name__}
    for name, fn in sorted(verbs_of(modules).items()):
        namespace["exposed_" + name] = _exposed(area, fn)
    return type(f"{area.title()}Component", (base,), namespace)


def _type_text(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(a) for a in typing.get_args(tp))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{_type_text(args[0])}, ...]"
        return "tuple[" + ", ".join(_type_text(a) for a in args) + "]"
    return "None" if tp is type(None) else _type_name(tp)


def catalogue(components: dict[str, type[Exposed]]) -> tuple[VerbInfo, ...]:
    """Every verb of these components, as the client may learn it: name, permission, whether it writes, whether a
    retry with the same request id is safe, its parameters and its label."""
    return tuple(
        VerbInfo(f"{area}.{name}", spec.permission, spec.writes, spec.idempotent,
                 tuple(ParamInfo(p, _type_text(tp), required) for p, tp, required in spec.params), spec.label)
        for area, cls in components.items() for name, spec in sorted(cls.verbs().items()))
