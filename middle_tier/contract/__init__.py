"""The type library shared by client and middle tier: its core here, one module per business area beside it.

The only package of the middle tier that the client imports. This module holds the error codes and their
encoding, translatable texts, the base of the records that cross the wire with their conversion to and from
plain tuples (brine values: None, bool, int, str, bytes and tuples of them; Decimal and datetimes travel as
strings), pages, the declaration of state machines and of the verb catalogue. The area modules
(`contract.system`, `contract.catalog`, ...) hold each area's records, codes and state machines. The package
imports nothing else of the server.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

PROTOCOL_VERSION = 1
DEFAULT_PORT = 18861
PAGE_SIZE_MAX = 500

# ---------------------------------------------------------------------------------------------
# Errors

E_BAD_ARG = "E_BAD_ARG"                  # an argument of the wrong type or shape
E_VALIDATION = "E_VALIDATION"            # a value the business rules refuse (field says which)
E_NOT_FOUND = "E_NOT_FOUND"
E_DUPLICATE = "E_DUPLICATE"              # a unique value already taken
E_CONFLICT = "E_CONFLICT"                # stale version or a state that forbids the change
E_AUTH = "E_AUTH"                        # not logged in, or the login session is gone
E_LOGIN_FAILED = "E_LOGIN_FAILED"        # wrong user name or password
E_ACCOUNT_LOCKED = "E_ACCOUNT_LOCKED"
E_ACCOUNT_DISABLED = "E_ACCOUNT_DISABLED"
E_CHANGE_PASSWORD = "E_CHANGE_PASSWORD"  # still on the initial password: change it before anything else
E_PERMISSION = "E_PERMISSION"
E_INTERNAL = "E_INTERNAL"                # unexpected; the server log has the details under `ref`
E_DB_UNAVAILABLE = "E_DB_UNAVAILABLE"    # the middle tier cannot reach its database now: nothing changed, try again
E_BUSY = "E_BUSY"                        # the records are busy (conflicts retried in vain): nothing changed, try again
E_OUTCOME_UNKNOWN = "E_OUTCOME_UNKNOWN"  # the database went away during the commit: check, or repeat an idempotent
                                         # verb with the same request id (ref holds it)
E_UNAVAILABLE = "E_UNAVAILABLE"          # client side: the server cannot be reached
E_TIMEOUT = "E_TIMEOUT"                  # client side: the server did not answer in time

ERROR_CODES = frozenset({
    E_BAD_ARG, E_VALIDATION, E_NOT_FOUND, E_DUPLICATE, E_CONFLICT, E_AUTH, E_LOGIN_FAILED,
    E_ACCOUNT_LOCKED, E_ACCOUNT_DISABLED, E_CHANGE_PASSWORD, E_PERMISSION, E_INTERNAL, E_DB_UNAVAILABLE,
    E_BUSY, E_OUTCOME_UNKNOWN, E_UNAVAILABLE, E_TIMEOUT,
})


# A text the client shows in the user's language. A parameter or a constant annotated `Label` (a field's label,
# a record's name, a state) is collected for the translator with every Text template (scripts/server_texts.py).
Label = str


class Text(str):
    """A message the client can show in the user's language: the English text, and the template with its
    parameters that the client translates (context 'server'; scripts/server_texts.py collects every template
    of the middle tier into the translator's file)."""

    template: str
    params: tuple[tuple[str, str], ...]

    def __new__(cls, template: str, **params: object) -> Text:
        plain = {k: str(v) for k, v in params.items()}
        self = super().__new__(cls, template.format(**plain))
        self.template = template
        self.params = tuple(sorted(plain.items()))
        return self


class DomainError(Exception):
    """An error the user can act on: a stable code, a human message and, where it applies, the field. A Text
    message also carries its template and parameters, so that the client can translate it."""

    def __init__(self, code: str, message: str, field: str = "", ref: str = "", *,
                 template: str = "", params: tuple[tuple[str, str], ...] = ()) -> None:
        self.template = getattr(message, "template", template)
        self.params = getattr(message, "params", params)
        message = str(message)                 # a plain str: only plain values travel
        super().__init__(code, message, field, ref)
        self.code = code
        self.message = message
        self.field = field
        self.ref = ref

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" + (f" [{self.field}]" if self.field else "")


def error_from_remote(exc: BaseException) -> DomainError:
    """Turn whatever the RPyC layer raised into a DomainError (only public attributes travel)."""
    if isinstance(exc, DomainError):
        return exc
    code = getattr(exc, "code", None)
    if type(code) is str and code in ERROR_CODES:
        template, params = getattr(exc, "template", ""), getattr(exc, "params", ())
        if type(template) is not str or type(params) is not tuple or not all(
                type(p) is tuple and len(p) == 2 and all(type(x) is str for x in p) for p in params):
            template, params = "", ()
        return DomainError(
            code,
            str(getattr(exc, "message", "")),
            str(getattr(exc, "field", "") or ""),
            str(getattr(exc, "ref", "") or ""),
            template=template, params=params,
        )
    if isinstance(exc, TimeoutError):
        return DomainError(E_TIMEOUT, Text("The server did not answer in time."))
    if isinstance(exc, (EOFError, ConnectionError, OSError)):
        return DomainError(E_UNAVAILABLE, Text("The connection to the server was lost."))
    return DomainError(E_INTERNAL, Text("Unexpected error."))


# ---------------------------------------------------------------------------------------------
# Scalars on the wire

def money_to_wire(value: Decimal) -> str:
    return str(value)


def decimal_from_wire(text: str, field: str = "") -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        raise DomainError(E_VALIDATION, Text("'{text}' is not a number.", text=text), field) from None
    if not value.is_finite():
        raise DomainError(E_VALIDATION, Text("'{text}' is not a number.", text=text), field)
    return value


def datetime_to_wire(value: dt.datetime | None) -> str:
    return "" if value is None else value.isoformat(timespec="microseconds")


def datetime_from_wire(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------------------------------------
# Records

def _to_wire(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str, bytes)):
        return value
    if isinstance(value, Decimal):
        return money_to_wire(value)
    if isinstance(value, dt.datetime):
        return datetime_to_wire(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list, frozenset, set)):
        return tuple(_to_wire(v) for v in value)
    if isinstance(value, Record):
        return value.to_wire()
    raise TypeError(f"{type(value).__name__} cannot cross the wire")


def _from_wire(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_wire(inner[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_wire(args[0], v) for v in value)
        return tuple(_from_wire(a, v) for a, v in zip(args, value))
    if tp is Decimal:
        return Decimal(value)
    if tp is dt.datetime:
        return datetime_from_wire(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_wire(value)
    return value


R = typing.TypeVar("R", bound="Record")


class Record:
    """Base of the data-transfer records: frozen dataclasses sent as tuples in field order."""

    _hints: ClassVar[dict[str, Any]]

    def to_wire(self) -> tuple:
        return tuple(_to_wire(getattr(self, f.name)) for f in dataclasses.fields(self))  # type: ignore[arg-type]

    @classmethod
    def from_wire(cls, row: tuple) -> Any:
        hints = cls.__dict__.get("_hints_cache")
        if hints is None:
            hints = typing.get_type_hints(cls)
            cls._hints_cache = hints  # type: ignore[attr-defined]
        names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        if len(row) != len(names):
            raise DomainError(E_BAD_ARG, Text("{record} expects {expected} values, got {got}.",
                                              record=cls.__name__, expected=len(names), got=len(row)))
        return cls(**{n: _from_wire(hints[n], v) for n, v in zip(names, row)})

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]


@dataclasses.dataclass(frozen=True)
class Page:
    """One page of a list verb: rows as wire tuples, and the cursor of the next page ('' = last page)."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    next_cursor: str

    def to_wire(self) -> tuple:
        return (self.columns, self.rows, self.next_cursor)

    @classmethod
    def from_wire(cls, value: tuple) -> Page:
        columns, rows, cursor = value
        return cls(tuple(columns), tuple(rows), cursor)

    def records(self, record_type: type[R]) -> list[R]:
        return [record_type.from_wire(r) for r in self.rows]


@dataclasses.dataclass(frozen=True)
class ServerInfo(Record):
    name: str
    version: str
    protocol: int
    database: str          # backend name only (sqlite, mysql), never the URL
    server_time: dt.datetime


@dataclasses.dataclass(frozen=True)
class LoginResult(Record):
    token: str
    user_id: int
    username: str
    display_name: str
    must_change_password: bool
    permissions: tuple[str, ...]
    roles: tuple[str, ...]
    timezone: str          # the company's business time zone (a setting): dates are shown and typed in it


@dataclasses.dataclass(frozen=True)
class WorkItem(Record):
    """One kind of work waiting for the user, for the Home screen: what, how many, where it is done."""

    key: str                     # 'purchasing.to_approve'
    label: Label                 # 'Purchase orders waiting for approval' (context "server")
    count: int                   # counted up to 1,000: 1,000 reads "more than 999"
    screen: str                  # the client's screen where it is done: 'purchasing'
    examples: tuple[str, ...]    # the first few, a line each: 'PO-DEMO-0001 · Huadong Apparel · 1,234.00'
    attention: bool              # needs attention now: late, locked out, below the reorder point


@dataclasses.dataclass(frozen=True)
class MyWork(Record):
    """The Home screen's content: the user's roles by name and the work waiting in the areas they may use."""

    roles: tuple[str, ...]       # names as stored (a built-in role's name is the middle tier's label)
    builtin: tuple[bool, ...]    # whether each role is built in (its name and description are translated)
    items: tuple[WorkItem, ...]


@dataclasses.dataclass(frozen=True)
class DocumentRecord(Record):
    """A printable document (票据) as plain data; the client lays it out as a PDF with its barcode."""

    kind: str              # po | receipt | pick_list | packing_slip | delivery_note | return_po
    title: str
    number: str            # printed as a Code 128 barcode
    header: tuple[tuple[str, str], ...]
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    barcode_column: int    # the column printed as a barcode on each row (-1: none)
    footer: tuple[tuple[str, str], ...]
    qr: str = ""           # text printed as a QR code where a phone scans it (a parcel's tracking), '' for none


# ---------------------------------------------------------------------------------------------
# State machines


@dataclasses.dataclass(frozen=True)
class StateMachine:
    """The states of one kind of document and the moves between them, declared once (in its area's contract).

    The middle tier moves a document only through its guard (`middle_tier.core.states`), which refuses any
    move not declared here; the client enables its buttons from the same table.
    """

    kind: str                                  # the record type of the operation log, e.g. 'purchase_order'
    label: Label                               # how messages name it: 'Purchase order'
    states: tuple[Label, ...]
    transitions: tuple[tuple[str, str], ...]   # (from, to) pairs; a pair (s, s) allows staying in s

    def __post_init__(self) -> None:
        unknown = {s for pair in self.transitions for s in pair} - set(self.states)
        if unknown:
            raise ValueError(f"{self.kind}: transitions name undeclared states {sorted(unknown)}")

    def can(self, state: str, target: str) -> bool:
        """Whether a document in `state` may move to `target`."""
        return (state, target) in self.transitions

    def sources(self, target: str) -> tuple[str, ...]:
        """The states from which a document may move to `target`, in declaration order."""
        return tuple(s for s in self.states if (s, target) in self.transitions)

    def targets(self, state: str) -> tuple[str, ...]:
        """Where a document in `state` may go, in declaration order."""
        return tuple(t for t in self.states if (state, t) in self.transitions)


# ---------------------------------------------------------------------------------------------
# The verb catalogue: what the server offers, published to a logged-in client (`session.verbs`)


@dataclasses.dataclass(frozen=True)
class ParamInfo(Record):
    name: str
    type: str              # as annotated: 'int', 'str', 'tuple[tuple[str, int], ...]', 'str | None'
    required: bool


@dataclasses.dataclass(frozen=True)
class VerbInfo(Record):
    name: str              # 'area.verb', e.g. 'wms.reserve'
    permission: str        # a permission code, or 'authenticated'
    writes: bool           # runs in a writing transaction and leaves an audit entry
    idempotent: bool       # takes a request_id: a retry with the same id returns the first result
    params: tuple[ParamInfo, ...]
    label: str             # what it does, for the operation log: 'Create a user' (context "server"); writing verbs

