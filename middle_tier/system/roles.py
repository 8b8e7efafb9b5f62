"""Roles and the role x permission matrix, over the permission catalogue of the contract."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.system import Role, RolePermission, UserRole
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.system import PERMISSION_CODES, PERMISSIONS, PermissionRecord, RoleRecord
from middle_tier.core import validate
from middle_tier.core.db import flush_unique
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb
from middle_tier.system.permissions import ADMIN_ROLE


def _check_permissions(codes: tuple[str, ...]) -> list[str]:
    unknown = sorted(set(codes) - PERMISSION_CODES)
    if unknown:
        raise DomainError(E_VALIDATION, Text("Unknown permission: {unknown}.",
                                             unknown=', '.join(unknown)), "permissions")
    return sorted(set(codes))


def _role_record(uow: UnitOfWork, role: Role) -> RoleRecord:
    count = uow.session.scalar(select(func.count()).select_from(UserRole).where(UserRole.role_id == role.id)) or 0
    return RoleRecord(id=role.id, code=role.code, name=role.name, description=role.description,
                      is_builtin=role.is_builtin, permissions=tuple(p.permission for p in role.permissions),
                      user_count=count, version=role.version)


@verb("system.roles.read")
def list_permissions(uow: UnitOfWork) -> tuple:
    """The permission catalogue, grouped by area."""
    return tuple(PermissionRecord(code, area, label) for code, area, label in PERMISSIONS)


@verb("system.roles.read")
def list_roles(uow: UnitOfWork, *, cursor: str = "", page_size: int = 200) -> Page:
    """Roles ordered by code, with their permissions and how many users hold them."""
    return keyset_page(uow.session, select(Role), [(Role.code, False)], cursor=cursor, page_size=page_size,
                       columns=RoleRecord.columns(), row_to_wire=lambda r: _role_record(uow, r[0]).to_wire(),
                       key_of=lambda r: (r[0].code,))


@verb("system.roles.write", label="Create a role", writes=True)
def create_role(uow: UnitOfWork, *, code: str, name: str, description: str = "",
                permissions: tuple[str, ...] = ()) -> RoleRecord:
    """Create a role with a set of permissions."""
    code = validate.code(code, "code", "Role code")
    name = validate.text(name, "name", "Role name", max_length=128)
    description = validate.text(description, "description", "Description", max_length=255, required=False)
    perms = _check_permissions(permissions)
    if uow.session.scalar(select(Role.id).where(Role.code == code)) is not None:
        raise DomainError(E_DUPLICATE, Text("The role code '{code}' is taken.", code=code), "code")
    role = Role(code=code, name=name, description=description, is_builtin=False)
    role.permissions = [RolePermission(permission=p) for p in perms]
    uow.session.add(role)
    flush_unique(uow.session, "code", Text("The role code '{code}' is taken.", code=code))
    uow.audit("role", role.id, diff({}, {"code": code, "name": name, "description": description,
                                         "permissions": tuple(perms)}))
    return _role_record(uow, role)


@verb("system.roles.write", label="Rename a role", writes=True)
def update_role(uow: UnitOfWork, *, role_id: int, version: int, name: str,
                description: str) -> RoleRecord:
    """Rename a role or change its description."""
    role = validate.found(uow.session.get(Role, role_id, with_for_update=True), "This role", "role_id")
    validate.version(role, version, "This role")
    before = {"name": role.name, "description": role.description}
    role.name = validate.text(name, "name", "Role name", max_length=128)
    role.description = validate.text(description, "description", "Description", max_length=255,
                                     required=False)
    changes = diff(before, {"name": role.name, "description": role.description})
    if changes:
        role.version += 1
    uow.audit("role", role.id, changes)
    return _role_record(uow, role)


@verb("system.roles.write", label="Delete a role", writes=True)
def delete_role(uow: UnitOfWork, *, role_id: int, version: int) -> None:
    """Delete a role that is not built in and that no user holds."""
    role = validate.found(uow.session.get(Role, role_id, with_for_update=True), "This role", "role_id")
    validate.version(role, version, "This role")
    if role.is_builtin:
        raise DomainError(E_CONFLICT, Text("Built-in roles cannot be deleted."), "role_id")
    if uow.session.scalar(select(func.count()).select_from(UserRole).where(UserRole.role_id == role.id)):
        raise DomainError(E_CONFLICT, Text("Users still hold this role; take it from them first."), "role_id")
    uow.audit("role", role.id, diff({"code": role.code, "name": role.name}, {}))
    uow.session.delete(role)


@verb("system.roles.write", label="Change permissions", writes=True)
def set_permission_matrix(uow: UnitOfWork, *,
                          rows: tuple[tuple[int, int, tuple[str, ...]], ...]) -> tuple:
    """Save the role x permission matrix: (role id, version, permissions) per changed role, all or nothing."""
    if not rows:
        raise DomainError(E_VALIDATION, Text("Nothing to save."), "rows")
    if len({r[0] for r in rows}) != len(rows):
        raise DomainError(E_VALIDATION, Text("A role appears twice."), "rows")
    out = []
    changes: dict[str, list] = {}
    changed_ids = []
    for role_id, version, permissions in rows:
        role = validate.found(uow.session.get(Role, role_id, with_for_update=True), "A role", "rows")
        validate.version(role, version, f"The role {role.code!r}")
        perms = _check_permissions(permissions)
        if role.code == ADMIN_ROLE and set(perms) != PERMISSION_CODES:
            raise DomainError(E_CONFLICT, Text("The administrator role always holds every permission."), "rows")
        before = {p.permission for p in role.permissions}
        if set(perms) != before:
            role.permissions = [RolePermission(permission=p) for p in perms]
            role.version += 1
            changed_ids.append(role.id)
            changes[f"{role.code}.granted"] = [[], sorted(set(perms) - before)]
            changes[f"{role.code}.revoked"] = [sorted(before - set(perms)), []]
        uow.session.flush()
        out.append(_role_record(uow, role))
    if changed_ids:
        uow.audit("role", changed_ids[0], {k: v for k, v in changes.items() if v != [[], []]},
                  more_ids=changed_ids[1:])
    return tuple(out)
