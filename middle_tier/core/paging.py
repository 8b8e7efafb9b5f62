"""Keyset paging for every list verb: an opaque cursor, a capped page size, one extra row to see the end."""
from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import Session

from middle_tier.contract import E_BAD_ARG, PAGE_SIZE_MAX, DomainError, Page, Text


def _enc(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return {"t": v.isoformat()}
    if isinstance(v, dt.date):
        return {"d": v.isoformat()}
    return v


def _dec(v: Any) -> Any:
    if isinstance(v, dict):
        return dt.datetime.fromisoformat(v["t"]) if "t" in v else dt.date.fromisoformat(v["d"])
    return v


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_enc(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, width: int) -> tuple:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != width:
            raise ValueError
        for v in values:
            if not (v is None or type(v) in (int, str) or (isinstance(v, dict) and set(v) in ({"t"}, {"d"}))):
                raise ValueError
        return tuple(_dec(v) for v in values)
    except (ValueError, TypeError, KeyError):
        raise DomainError(E_BAD_ARG, Text("The list position (cursor) is not valid; reload the list."),
                          "cursor") from None


def check_page_size(page_size: int) -> int:
    if not 1 <= page_size <= PAGE_SIZE_MAX:
        raise DomainError(E_BAD_ARG, Text("Page size must be between 1 and {most}.",
                                          most=PAGE_SIZE_MAX), "page_size")
    return page_size


def keyset_page(
    session: Session,
    stmt: Select,
    order: Sequence[tuple[Any, bool]],
    *,
    cursor: str,
    page_size: int,
    columns: tuple[str, ...],
    row_to_wire: Callable[[Any], tuple],
    key_of: Callable[[Any], tuple],
) -> Page:
    """One page of `stmt` ordered by `order` [(column, descending), ...]; the last column must be unique.

    The cursor holds the key of the last row sent; the condition is written out as OR-ed prefixes
    (a > x OR (a = x AND b > y)), which every engine can drive from an index.
    """
    check_page_size(page_size)
    if cursor:
        values = decode_cursor(cursor, len(order))
        branches = []
        for i, (col, desc) in enumerate(order):
            eq = [order[j][0] == values[j] for j in range(i)]
            cmp = col < values[i] if desc else col > values[i]
            branches.append(and_(*eq, cmp))
        stmt = stmt.where(or_(*branches))
    stmt = stmt.order_by(*[(c.desc() if d else c.asc()) for c, d in order]).limit(page_size + 1)
    rows = session.execute(stmt).all()
    more = len(rows) > page_size
    rows = rows[:page_size]
    next_cursor = encode_cursor(key_of(rows[-1])) if more and rows else ""
    return Page(columns, tuple(row_to_wire(r) for r in rows), next_cursor)
