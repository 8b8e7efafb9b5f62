"""Unit of work: one database transaction per verb, and the one audit entry of a writing verb."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from data_tier.base import table_of, utcnow
from data_tier.system import AuditLog
from middle_tier.contract import DomainError

log = logging.getLogger("emporium.uow")

if TYPE_CHECKING:
    from middle_tier.core.login import ConnectionState


class RecordedRefusal(DomainError):
    """A refusal whose record is kept: the unit of work commits what it wrote (e.g. the count of a wrong PIN, which
    must survive the refusal it causes), then the refusal reaches the client as any DomainError. Raise it before
    the verb has changed anything else."""


def _plain(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, (tuple, list, set, frozenset)):
        return [_plain(x) for x in (sorted(v) if isinstance(v, (set, frozenset)) else v)]
    return str(v)


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list]:
    """Changed fields only, as {field: [before, after]}."""
    return {
        k: [_plain(before.get(k)), _plain(after.get(k))]
        for k in sorted(set(before) | set(after))
        if _plain(before.get(k)) != _plain(after.get(k))
    }


class UnitOfWork:
    """Owns the session of one verb; a writing verb leaves exactly one audit entry in the same transaction.

    The session (and its transaction) is opened on first use, so a verb that needs no database costs none.
    """

    def __init__(self, factory: sessionmaker[Session] | Session, *, verb: str, state: ConnectionState | None,
                 write: bool) -> None:
        self._factory = factory
        self._session: Session | None = factory if isinstance(factory, Session) else None
        self.verb = verb
        self.state = state
        self.write = write
        self._record_type = ""
        self._record_ids: list[str] = []
        self._named: set[str] = set()
        self._changes: dict[str, Any] = {}
        self.request_id: str | None = None
        self.audited = False
        self._area: str | None = None

    @property
    def acting_area(self) -> str | None:
        """The business area whose code runs now: it may write only its own tables (`core.ownership`)."""
        return self._area

    @acting_area.setter
    def acting_area(self, area: str | None) -> None:
        self._area = area
        if self._session is not None:
            self._session.info["area"] = area

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = self._factory()  # type: ignore[operator]
            self._session.info["area"] = self._area
            self._session.begin()
            if self.write:
                self._session.connection(execution_options={"emporium_write": True})
        return self._session

    def flush(self) -> None:
        """Send what is pending now, while the acting area is the one that changed it (no session yet: nothing)."""
        if self._session is not None:
            self._session.flush()

    def commit(self) -> None:
        if self._session is not None and self._session.in_transaction():
            self._session.commit()

    def close(self, *, rollback: bool) -> None:
        """End the session; after a failure its transaction is rolled back. A connection that was lost cannot roll
        back: the session is closed all the same (the pool replaces the connection), never left open."""
        if self._session is not None:
            try:
                if rollback and self._session.in_transaction():
                    self._session.rollback()
            except Exception:   # a lost connection: nothing to roll back, the pool discards it
                log.info("verb=%s: rollback on a lost connection skipped", self.verb)
            finally:
                self._session.close()

    def audit(
        self,
        record_type: str,
        record_id: Any,
        changes: Mapping[str, Any] | None = None,
        *,
        more_ids: Iterable[Any] = (),
    ) -> None:
        """Name the records the verb touched and what changed ({field: [before, after]})."""
        if not self._record_type:
            self._record_type = record_type
        for i in (record_id, *more_ids):
            if str(i) not in self._named:
                self._named.add(str(i))
                self._record_ids.append(str(i))
        if changes:
            self._changes.update(changes)

    def audit_state(self, record_type: str, record_id: Any, before: str, after: str, *, key: str = "state") -> None:
        """Name a document's change of state: as `key` when it is the verb's main record, else under its own key."""
        main = not self._record_type or (self._record_type == record_type and
                                          (not self._record_ids or self._record_ids[0] == str(record_id)))
        key = key if main else f"{record_type} {record_id} {key}"
        self.audit(record_type, record_id, {key: [before, after]})

    def nothing_changed(self) -> None:
        """A writing verb that found its work already done (a repeated request) leaves no audit entry."""
        self.audited = True

    def write_audit(self, *, user_id: int | None = None, username: str | None = None) -> None:
        st = self.state
        self.audited = True
        self.session.execute(   # a plain INSERT: no entity to flush
            insert(table_of(AuditLog)).values(
                at=utcnow(),
                user_id=user_id if user_id is not None else (st.user_id if st else None),
                username=(username if username is not None else (st.username if st else "")) or "",
                session_id=st.session_id if st else None,
                client_addr=(st.client_addr if st else "")[:64],
                verb=self.verb[:64],
                record_type=self._record_type,
                record_id=self._record_ids[0] if self._record_ids else "",
                records=",".join(self._record_ids),
                changes=json.dumps(self._changes, ensure_ascii=False, sort_keys=True) if self._changes else "",
                request_id=self.request_id,
            )
        )
