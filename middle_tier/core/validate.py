"""Small validators every component uses; each raises E_VALIDATION naming the field."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar

from middle_tier.contract import E_CONFLICT, E_NOT_FOUND, E_VALIDATION, DomainError, Label, Text

T = TypeVar("T")

_CODE = re.compile(r"^[a-z][a-z0-9_.-]*$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value: str, field: str, label: Label, *, max_length: int, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise DomainError(E_VALIDATION, Text("{label} is required.", label=label), field)
    if len(value) > max_length:
        raise DomainError(E_VALIDATION, Text("{label} may have at most {max_length} characters.",
                                             label=label, max_length=max_length), field)
    if any(ord(c) < 32 for c in value):
        raise DomainError(E_VALIDATION, Text("{label} may not contain control characters.", label=label), field)
    return value


def reference(value: str, field: str, label: Label, *, max_length: int = 64) -> str:
    """A reference another system gives (an order number, a customer number): kept as given, case included; letters,
    digits, '-', '_', '.', ':' or '/', no spaces."""
    value = value.strip()
    if not 1 <= len(value) <= max_length or not _REFERENCE.match(value):
        raise DomainError(E_VALIDATION, Text("{label} needs 1 to {max_length} characters: letters, digits, '-', '_', "
                                             "'.', ':' or '/'.", label=label, max_length=max_length), field)
    return value


def code(value: str, field: str, label: Label, *, max_length: int = 64, min_length: int = 2) -> str:
    value = value.strip().lower()
    if not min_length <= len(value) <= max_length or not _CODE.match(value):
        raise DomainError(
            E_VALIDATION,
            Text("{label} needs {min_length} to {max_length} characters: lower-case letters, digits, '_', "
                 "'.' or '-', starting with a letter.",
                 label=label, min_length=min_length, max_length=max_length),
            field,
        )
    return value


def email(value: str, field: str = "email") -> str:
    value = value.strip()
    if value and (len(value) > 255 or not _EMAIL.match(value)):
        raise DomainError(E_VALIDATION, Text("This is not a valid e-mail address."), field)
    return value


def date_or_none(value: str, field: str, label: Label) -> dt.datetime | None:
    """'' or an ISO date/datetime; a bare date means its midnight."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise DomainError(E_VALIDATION, Text("{label} must be a date like 2026-11-24.", label=label), field) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def day(value: str, field: str, label: Label, *, required: bool = False) -> dt.date | None:
    """'' (None) or an ISO date."""
    value = value.strip()
    if not value:
        if required:
            raise DomainError(E_VALIDATION, Text("{label} is required.", label=label), field)
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DomainError(E_VALIDATION, Text("{label} must be a date like 2026-12-31.", label=label), field) from None


def version(obj: Any, expected: int, what: Label) -> None:
    """Optimistic locking: the record must still be at the version the caller read."""
    if obj.version != expected:
        raise DomainError(E_CONFLICT, Text("{what} was changed by someone else meanwhile; reload and try again.",
                                           what=what), "version")


def found(obj: T | None, what: Label, field: str = "") -> T:
    if obj is None:
        raise DomainError(E_NOT_FOUND, Text("{what} does not exist (it may have been deleted).", what=what), field)
    return obj


def ean13(value: str, field: str = "barcode") -> str:
    """'' or a valid EAN-13 (13 digits, the last one the check digit)."""
    value = value.strip()
    if not value:
        return ""
    if len(value) != 13 or not value.isdigit():
        raise DomainError(E_VALIDATION, Text("A barcode (EAN-13) has exactly 13 digits."), field)
    if ean13_check_digit(value[:12]) != value[12]:
        raise DomainError(E_VALIDATION, Text("This barcode's check digit is wrong; it was probably mistyped."), field)
    return value


def ean13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def choice(value: str, field: str, label: Label, options: tuple[str, ...]) -> str:
    if value not in options:
        raise DomainError(E_VALIDATION, Text("{label} must be one of {options}.",
                                             label=label, options=', '.join(options)), field)
    return value
