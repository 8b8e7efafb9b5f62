"""The operation log: every writing verb's entry, filtered and paged for administrators and managers."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.system import AuditLog
from middle_tier.contract import E_VALIDATION, DomainError, Page, Text, datetime_to_wire
from middle_tier.contract.system import AuditRecord
from middle_tier.core import validate
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

_AUDIT_COLUMNS = (AuditLog.id, AuditLog.at, AuditLog.username, AuditLog.client_addr, AuditLog.verb,
                  AuditLog.record_type, AuditLog.record_id, AuditLog.records, AuditLog.changes, AuditLog.request_id)


assert tuple(c.key for c in _AUDIT_COLUMNS) == AuditRecord.columns()


def _audit_wire(row) -> tuple:  # type: ignore[no-untyped-def]
    """An AuditRecord's wire tuple, built without the record object (same order as AuditRecord)."""
    return (row[0], datetime_to_wire(row[1]), *row[2:9], row[9] or "")


@verb("system.audit.read")
def list_audit(uow: UnitOfWork, *, username: str = "", verb: str = "", record_type: str = "",
               record_id: str = "", date_from: str = "", date_to: str = "", cursor: str = "",
               page_size: int = 200) -> Page:
    """The operation log, newest first, filtered by user, verb (prefix), record and date range."""
    # Columns, not entities, straight into wire tuples: the log is the biggest list there is.
    stmt = select(*_AUDIT_COLUMNS)
    if username.strip():
        stmt = stmt.where(AuditLog.username == username.strip())
    if verb.strip():
        stmt = stmt.where(AuditLog.verb.like(verb.strip().replace("%", "") + "%"))
    if record_type.strip():
        stmt = stmt.where(AuditLog.record_type == record_type.strip())
    if record_id.strip():
        stmt = stmt.where(AuditLog.record_id == record_id.strip())
    start = validate.date_or_none(date_from, "date_from", "From")
    end = validate.date_or_none(date_to, "date_to", "To")
    if start and end and end < start:
        raise DomainError(E_VALIDATION, Text("The end of the range is before its start."), "date_to")
    if start:
        stmt = stmt.where(AuditLog.at >= start)
    if end:
        if len(date_to.strip()) == 10:  # a bare date includes the whole day
            end = end.replace(hour=23, minute=59, second=59, microsecond=999999)
        stmt = stmt.where(AuditLog.at <= end)
    return keyset_page(uow.session, stmt, [(AuditLog.id, True)], cursor=cursor, page_size=page_size,
                       columns=AuditRecord.columns(), row_to_wire=_audit_wire, key_of=lambda r: (r[0],))
