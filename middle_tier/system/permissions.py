"""Built-in roles for the brief's users, and keeping them present in the database."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.system import Role, RolePermission
from middle_tier.contract import Label
from middle_tier.contract.system import PERMISSION_CODES, PERMISSIONS

ADMIN_ROLE = "administrator"


def _perms(*prefixes: str, read_only: bool = False) -> frozenset[str]:
    out = set()
    for code, _area, _label in PERMISSIONS:
        if any(code == p or code.startswith(p + ".") for p in prefixes):
            if not read_only or code.endswith(".read"):
                out.add(code)
    return frozenset(out)


@dataclass(frozen=True)
class BuiltinRole:
    """A role every installation has; its name and description are shown in the user's language until an
    administrator renames it."""

    code: str
    name: Label
    description: Label
    permissions: frozenset[str]


BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole(ADMIN_ROLE, "Administrator", "Everything, including users, roles and settings.",
                frozenset(PERMISSION_CODES)),
    BuiltinRole("merchandiser", "Merchandiser", "Products, prices and promotions.",
                _perms("catalog", "promotions") | _perms("reports", "wms", read_only=True)),
    BuiltinRole("purchaser", "Purchaser", "Suppliers, contracts and purchase orders.",
                _perms("purchasing") | _perms("catalog", "wms", "reports", read_only=True)),
    BuiltinRole("warehouse_clerk", "Warehouse clerk", "Receiving, putaway, picking, packing, shipping and counts.",
                frozenset({"wms.read", "wms.operate", "catalog.read", "purchasing.read"})),
    BuiltinRole("cs_agent", "Customer-service agent", "Phone orders, returns, refunds, complaints and members.",
                _perms("orders", "service", "crm") - {"orders.review"}
                | frozenset({"catalog.read", "promotions.read", "payments.read", "payments.charge", "wms.read",
                             "content.read"})),
    BuiltinRole("finance_clerk", "Finance clerk", "Settlements, payments and refunds.",
                _perms("finance", "payments") | _perms("orders", "purchasing", "reports", read_only=True)),
    BuiltinRole("manager", "Manager (read-only)", "Reads every area and the operation log; changes nothing.",
                _perms(*{code.split(".")[0] for code in PERMISSION_CODES}, read_only=True)),
)


def sync_builtin_roles(session: Session) -> list[str]:
    """Create missing built-in roles; the administrator role always holds every permission.

    Other built-in roles keep whatever an administrator has made of them.
    """
    created = []
    codes = [b.code for b in BUILTIN_ROLES]
    existing = {r.code: r for r in session.scalars(select(Role).where(Role.code.in_(codes)))}
    for builtin in BUILTIN_ROLES:
        code = builtin.code
        role = existing.get(code)
        if role is None:
            role = Role(code=code, name=builtin.name, description=builtin.description, is_builtin=True)
            role.permissions = [RolePermission(permission=p) for p in sorted(builtin.permissions)]
            session.add(role)
            created.append(code)
        elif code == ADMIN_ROLE:
            have = {rp.permission for rp in role.permissions}
            for p in sorted(PERMISSION_CODES - have):
                role.permissions.append(RolePermission(permission=p))
    session.flush()
    return created
