"""The `system` component: users, roles and permissions, the operation log, basic settings."""
from __future__ import annotations

from sqlalchemy import func, or_, select

from data_tier.base import utcnow
from data_tier.system import AuditLog, Role, RolePermission, Setting, User, UserRole
from middle_tier import auth, settings, validate
from middle_tier.api import AUTHENTICATED, Exposed, expose, flush_unique, verb
from middle_tier.contract import (
    E_CONFLICT,
    E_DUPLICATE,
    E_VALIDATION,
    PERMISSION_CODES,
    PERMISSIONS,
    AuditRecord,
    DomainError,
    Page,
    PermissionRecord,
    RoleRecord,
    SettingRecord,
    Text,
    UserRecord,
    datetime_to_wire,
)
from middle_tier.paging import keyset_page
from middle_tier.permissions import ADMIN_ROLE
from middle_tier.uow import UnitOfWork, diff


def _user_record(user: User) -> UserRecord:
    return UserRecord(
        id=user.id, username=user.username, display_name=user.display_name, email=user.email or "",
        is_active=user.is_active, is_locked=bool(user.locked_until and user.locked_until > utcnow()),
        roles=tuple(r.code for r in user.roles), last_login_at=user.last_login_at, created_at=user.created_at,
        version=user.version,
    )


def _user_snapshot(user: User) -> dict:
    return {"display_name": user.display_name, "email": user.email or "", "is_active": user.is_active,
            "roles": tuple(r.code for r in user.roles)}


def _roles_by_code(uow: UnitOfWork, codes: tuple[str, ...]) -> list[Role]:
    wanted = sorted(set(codes))
    roles = uow.session.scalars(select(Role).where(Role.code.in_(wanted)).order_by(Role.code)).all() if wanted else []
    missing = set(wanted) - {r.code for r in roles}
    if missing:
        raise DomainError(E_VALIDATION, Text("Unknown role: {missing}.",
                                             missing=', '.join(sorted(missing))), "roles")
    return list(roles)


def _keep_an_administrator(uow: UnitOfWork, field: str) -> None:
    uow.session.flush()
    admins = uow.session.scalar(
        select(func.count(User.id.distinct())).join(UserRole, UserRole.user_id == User.id)
        .join(Role, Role.id == UserRole.role_id).where(Role.code == ADMIN_ROLE, User.is_active.is_(True))
    )
    if not admins:
        raise DomainError(E_CONFLICT, Text("At least one active user must keep the administrator role."), field)


def _locked_user(uow: UnitOfWork, user_id: int, version: int | None = None) -> User:
    user = validate.found(uow.session.get(User, user_id, with_for_update=True), "This user", "user_id")
    if version is not None:
        validate.version(user, version, "This user")
    return user


def _user_changed(uow: UnitOfWork, user: User, before: dict) -> UserRecord:
    """Audit what changed since `before` and move the version on when anything did."""
    changes = diff(before, _user_snapshot(user))
    if changes:
        user.version += 1
    uow.audit("user", user.id, changes)
    return _user_record(user)


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


@expose
class SystemComponent(Exposed):
    """System settings: users, roles and permissions, operation log, basic settings."""

    _area = "system"

    # ---- misc ---------------------------------------------------------------------------------
    @verb(AUTHENTICATED)
    def ping(self, uow: UnitOfWork) -> str:
        """A trivial authenticated call (connection check and benchmark)."""
        return "pong"

    @verb("system.roles.read")
    def list_permissions(self, uow: UnitOfWork) -> tuple:
        """The permission catalogue, grouped by area."""
        return tuple(PermissionRecord(code, area, label) for code, area, label in PERMISSIONS)

    # ---- users --------------------------------------------------------------------------------
    @verb("system.users.read")
    def list_users(self, uow: UnitOfWork, *, search: str = "", include_inactive: bool = True,
                   cursor: str = "", page_size: int = 100) -> Page:
        """Users ordered by user name, filtered by a search over user name, name and e-mail."""
        stmt = select(User)
        if search.strip():
            like = f"%{search.strip()[:64]}%"
            stmt = stmt.where(or_(User.username.like(like), User.display_name.like(like), User.email.like(like)))
        if not include_inactive:
            stmt = stmt.where(User.is_active.is_(True))
        return keyset_page(uow.session, stmt, [(User.username, False)], cursor=cursor, page_size=page_size,
                           columns=UserRecord.columns(), row_to_wire=lambda r: _user_record(r[0]).to_wire(),
                           key_of=lambda r: (r[0].username,))

    @verb("system.users.read")
    def get_user(self, uow: UnitOfWork, *, user_id: int) -> UserRecord:
        """One user."""
        return _user_record(validate.found(uow.session.get(User, user_id), "This user", "user_id"))

    @verb("system.users.write", writes=True, idempotent=True)
    def create_user(self, uow: UnitOfWork, *, username: str, display_name: str, password: str,
                    email: str = "", roles: tuple[str, ...] = (), request_id: str) -> UserRecord:
        """Create a user; a retry with the same request id returns the same user."""
        username = validate.code(username, "username", "User name", max_length=64, min_length=3)
        display_name = validate.text(display_name, "display_name", "Name", max_length=128)
        email = validate.email(email)
        auth.check_password_policy(uow.session, password)
        if uow.session.scalar(select(User.id).where(User.username == username)) is not None:
            raise DomainError(E_DUPLICATE, Text("The user name '{username}' is taken.", username=username), "username")
        user = User(username=username, display_name=display_name, email=email or None,
                    password_hash=auth.hash_password(password), must_change_password=True)
        user.roles = _roles_by_code(uow, roles)
        uow.session.add(user)
        flush_unique(uow.session, "username", Text("The user name '{username}' is taken.", username=username))
        uow.audit("user", user.id, diff({}, {"username": username, **_user_snapshot(user)}))
        return _user_record(user)

    @verb("system.users.write", writes=True)
    def update_user(self, uow: UnitOfWork, *, user_id: int, version: int, display_name: str, email: str,
                    roles: tuple[str, ...]) -> UserRecord:
        """Change a user's name, e-mail and roles."""
        user = _locked_user(uow, user_id, version)
        before = _user_snapshot(user)
        user.display_name = validate.text(display_name, "display_name", "Name", max_length=128)
        user.email = validate.email(email) or None
        user.roles = _roles_by_code(uow, roles)
        if before["is_active"]:
            _keep_an_administrator(uow, "roles")
        return _user_changed(uow, user, before)

    @verb("system.users.write", writes=True)
    def set_user_active(self, uow: UnitOfWork, *, user_id: int, version: int, active: bool) -> UserRecord:
        """Disable (ending the user's open sessions) or enable a user."""
        user = _locked_user(uow, user_id, version)
        if not active and user.id == self._ctx.state.user_id:
            raise DomainError(E_CONFLICT, Text("You cannot disable your own account."), "active")
        before = _user_snapshot(user)
        user.is_active = active
        if not active:
            _keep_an_administrator(uow, "active")
            auth.end_sessions_of_user(uow.session, user.id, "disabled")
        return _user_changed(uow, user, before)

    @verb("system.users.write", writes=True)
    def reset_password(self, uow: UnitOfWork, *, user_id: int, new_password: str) -> UserRecord:
        """Set a new password (the user must change it at next login); also unlocks the account."""
        user = _locked_user(uow, user_id)
        auth.check_password_policy(uow.session, new_password, "new_password")
        user.password_hash = auth.hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.version += 1
        ended = auth.end_sessions_of_user(uow.session, user.id, "password reset")
        uow.audit("user", user.id, {"password": ["(old)", "(reset)"], "sessions_ended": [0, ended]})
        return _user_record(user)

    @verb("system.users.write", writes=True)
    def unlock_user(self, uow: UnitOfWork, *, user_id: int) -> UserRecord:
        """Lift a lock-out after failed logins."""
        user = _locked_user(uow, user_id)
        was_locked = bool(user.locked_until and user.locked_until > utcnow())
        user.locked_until = None
        user.failed_logins = 0
        uow.audit("user", user.id, diff({"locked": was_locked}, {"locked": False}))
        return _user_record(user)

    # ---- roles --------------------------------------------------------------------------------
    @verb("system.roles.read")
    def list_roles(self, uow: UnitOfWork, *, cursor: str = "", page_size: int = 200) -> Page:
        """Roles ordered by code, with their permissions and how many users hold them."""
        return keyset_page(uow.session, select(Role), [(Role.code, False)], cursor=cursor, page_size=page_size,
                           columns=RoleRecord.columns(), row_to_wire=lambda r: _role_record(uow, r[0]).to_wire(),
                           key_of=lambda r: (r[0].code,))

    @verb("system.roles.write", writes=True)
    def create_role(self, uow: UnitOfWork, *, code: str, name: str, description: str = "",
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

    @verb("system.roles.write", writes=True)
    def update_role(self, uow: UnitOfWork, *, role_id: int, version: int, name: str,
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

    @verb("system.roles.write", writes=True)
    def delete_role(self, uow: UnitOfWork, *, role_id: int, version: int) -> None:
        """Delete a role that is not built in and that no user holds."""
        role = validate.found(uow.session.get(Role, role_id, with_for_update=True), "This role", "role_id")
        validate.version(role, version, "This role")
        if role.is_builtin:
            raise DomainError(E_CONFLICT, Text("Built-in roles cannot be deleted."), "role_id")
        if uow.session.scalar(select(func.count()).select_from(UserRole).where(UserRole.role_id == role.id)):
            raise DomainError(E_CONFLICT, Text("Users still hold this role; take it from them first."), "role_id")
        uow.audit("role", role.id, diff({"code": role.code, "name": role.name}, {}))
        uow.session.delete(role)

    @verb("system.roles.write", writes=True)
    def set_permission_matrix(self, uow: UnitOfWork, *,
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

    # ---- operation log ------------------------------------------------------------------------
    @verb("system.audit.read")
    def list_audit(self, uow: UnitOfWork, *, username: str = "", verb: str = "", record_type: str = "",
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

    # ---- basic settings -----------------------------------------------------------------------
    @verb("system.settings.read")
    def list_settings(self, uow: UnitOfWork) -> tuple:
        """Every business setting with its type, value and who changed it last."""
        return _setting_records(uow)

    @verb("system.settings.write", writes=True)
    def update_settings(self, uow: UnitOfWork, *, changes: tuple[tuple[str, str, int], ...]) -> tuple:
        """Save (key, value, version) changes, all or nothing; version 0 means 'never saved before'."""
        if not changes:
            raise DomainError(E_VALIDATION, Text("Nothing to save."), "changes")
        if len({key for key, _, _ in changes}) != len(changes):
            raise DomainError(E_VALIDATION, Text("A setting appears twice."), "changes")
        changed: dict[str, list[str]] = {}
        for key, value, version in changes:
            canonical = settings.normalize(key, value)
            row = uow.session.get(Setting, key, with_for_update=True)
            if (row.version if row else 0) != version:
                raise DomainError(E_CONFLICT, Text("{setting} was changed by someone else meanwhile; reload "
                                                   "and try again.",
                                                   setting=settings.definition(key).label), key)
            old = row.value if row else settings.definition(key).default
            if old == canonical:
                continue
            if row is None:
                uow.session.add(Setting(key=key, value=canonical, version=1, updated_by=self._ctx.state.username))
            else:
                row.value = canonical
                row.version += 1
                row.updated_by = self._ctx.state.username
            changed[key] = [old, canonical]
        if changed:
            keys = list(changed)
            uow.audit("setting", keys[0], changed, more_ids=keys[1:])
        uow.session.flush()
        return _setting_records(uow)


def _setting_records(uow: UnitOfWork) -> tuple:
    stored = {s.key: s for s in uow.session.scalars(select(Setting))}
    out = []
    for d in settings.DEFINITIONS:
        s = stored.get(d.key)
        label, description = d.text(uow.state.language if uow.state else "en")
        out.append(SettingRecord(key=d.key, kind=d.kind, value=s.value if s else d.default, label=label,
                                 description=description, choices=d.choices,
                                 updated_at=s.updated_at if s else None, updated_by=s.updated_by if s else "",
                                 version=s.version if s else 0))
    return tuple(out)


_AUDIT_COLUMNS = (AuditLog.id, AuditLog.at, AuditLog.username, AuditLog.client_addr, AuditLog.verb,
                  AuditLog.record_type, AuditLog.record_id, AuditLog.records, AuditLog.changes, AuditLog.request_id)
assert tuple(c.key for c in _AUDIT_COLUMNS) == AuditRecord.columns()


def _audit_wire(row) -> tuple:  # type: ignore[no-untyped-def]
    """An AuditRecord's wire tuple, built without the record object (same order as AuditRecord)."""
    return (row[0], datetime_to_wire(row[1]), *row[2:9], row[9] or "")
