"""Results on the wire: records and pages to tuples, and JSON's lists back into tuples."""
from __future__ import annotations

from typing import Any

from middle_tier.contract import Page, Record


def to_wire(result: Any) -> Any:
    """A verb's result as plain wire values (TypeError for anything that would cross as a netref)."""
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
