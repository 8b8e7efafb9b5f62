"""The contract of the `system` area: users, roles, the permission catalogue, the operation log, settings."""
from __future__ import annotations

import dataclasses
import datetime as dt

from middle_tier.contract import Record


@dataclasses.dataclass(frozen=True)
class UserRecord(Record):
    id: int
    username: str
    display_name: str
    email: str
    is_active: bool
    is_locked: bool
    roles: tuple[str, ...]
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    version: int


@dataclasses.dataclass(frozen=True)
class RoleRecord(Record):
    id: int
    code: str
    name: str
    description: str
    is_builtin: bool
    permissions: tuple[str, ...]
    user_count: int
    version: int


@dataclasses.dataclass(frozen=True)
class AuditRecord(Record):
    id: int
    at: dt.datetime
    username: str
    client_addr: str
    verb: str
    record_type: str
    record_id: str
    records: str
    changes: str           # JSON text: {"field": [before, after], ...}
    request_id: str


@dataclasses.dataclass(frozen=True)
class SettingRecord(Record):
    key: str
    kind: str              # text | int | decimal | bool | choice
    value: str             # canonical text of the value
    label: str
    description: str
    choices: tuple[str, ...]
    updated_at: dt.datetime | None
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class PermissionRecord(Record):
    code: str
    area: str
    label: str


# ---------------------------------------------------------------------------------------------
# Permission catalogue: resource.action codes, grouped by business area (DESIGN.md section 3).

AREAS: tuple[tuple[str, str], ...] = (
    ("system", "System settings"),
    ("catalog", "Products"),
    ("promotions", "Promotions"),
    ("purchasing", "Purchasing"),
    ("wms", "Warehouse"),
    ("orders", "Orders"),
    ("payments", "Payments"),
    ("service", "Service centre"),
    ("crm", "Customers"),
    ("finance", "Finance"),
    ("reports", "Reports"),
    ("content", "Content"),
)

PERMISSIONS: tuple[tuple[str, str, str], ...] = (
    ("system.users.read", "system", "See users"),
    ("system.users.write", "system", "Create and change users"),
    ("system.roles.read", "system", "See roles and permissions"),
    ("system.roles.write", "system", "Change roles and permissions"),
    ("system.audit.read", "system", "Read the operation log"),
    ("system.settings.read", "system", "See basic settings"),
    ("system.settings.write", "system", "Change basic settings"),
    ("catalog.read", "catalog", "See products"),
    ("catalog.write", "catalog", "Change products"),
    ("promotions.read", "promotions", "See promotions"),
    ("promotions.write", "promotions", "Change promotions"),
    ("purchasing.read", "purchasing", "See suppliers and purchase orders"),
    ("purchasing.write", "purchasing", "Change suppliers and purchase orders"),
    ("purchasing.approve", "purchasing", "Approve purchase orders"),
    ("wms.read", "wms", "See stock"),
    ("wms.operate", "wms", "Receive, put away, pick, pack and ship"),
    ("wms.adjust", "wms", "Approve stock adjustments"),
    ("orders.read", "orders", "See orders"),
    ("orders.write", "orders", "Enter and change orders"),
    ("orders.review", "orders", "Review orders"),
    ("payments.read", "payments", "See payments"),
    ("payments.refund", "payments", "Refund payments"),
    ("service.read", "service", "See service cases"),
    ("service.write", "service", "Handle returns, refunds and complaints"),
    ("crm.read", "crm", "See members"),
    ("crm.write", "crm", "Change members and campaigns"),
    ("finance.read", "finance", "See settlements"),
    ("finance.write", "finance", "Run settlements"),
    ("reports.read", "reports", "Read reports"),
    ("content.read", "content", "See announcements and help pages"),
    ("content.write", "content", "Publish announcements and help pages"),
)
PERMISSION_CODES = frozenset(code for code, _, _ in PERMISSIONS)
