"""Users: accounts, their roles, disabling, password resets and unlocking."""
from __future__ import annotations

from sqlalchemy import func, or_, select

from data_tier.base import utcnow
from data_tier.system import Role, User, UserRole
from middle_tier.contract import E_CONFLICT, E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.system import UserRecord
from middle_tier.core import login, validate
from middle_tier.core.db import flush_unique
from middle_tier.core.ownership import face
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork, diff
from middle_tier.core.verbs import verb
from middle_tier.system import auth
from middle_tier.system.permissions import ADMIN_ROLE


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


@verb("system.users.read")
def list_users(uow: UnitOfWork, *, search: str = "", include_inactive: bool = True,
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
def get_user(uow: UnitOfWork, *, user_id: int) -> UserRecord:
    """One user."""
    return _user_record(validate.found(uow.session.get(User, user_id), "This user", "user_id"))


@verb("system.users.write", label="Create a user", writes=True, idempotent=True)
def create_user(uow: UnitOfWork, *, username: str, display_name: str, password: str,
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


@verb("system.users.write", label="Change a user", writes=True)
def update_user(uow: UnitOfWork, *, user_id: int, version: int, display_name: str, email: str,
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


@verb("system.users.write", label="Enable or disable a user", writes=True)
def set_user_active(uow: UnitOfWork, *, user_id: int, version: int, active: bool) -> UserRecord:
    """Disable (ending the user's open sessions) or enable a user."""
    user = _locked_user(uow, user_id, version)
    if not active and user.id == uow.state.user_id:
        raise DomainError(E_CONFLICT, Text("You cannot disable your own account."), "active")
    before = _user_snapshot(user)
    user.is_active = active
    if not active:
        _keep_an_administrator(uow, "active")
        login.end_sessions_of_user(uow.session, user.id, "disabled")
    return _user_changed(uow, user, before)


@verb("system.users.write", label="Reset a password", writes=True)
def reset_password(uow: UnitOfWork, *, user_id: int, new_password: str) -> UserRecord:
    """Set a new password (the user must change it at next login); also unlocks the account."""
    user = _locked_user(uow, user_id)
    auth.check_password_policy(uow.session, new_password, "new_password")
    user.password_hash = auth.hash_password(new_password)
    user.must_change_password = True
    auth.unlock(uow.session, user)
    user.version += 1
    ended = login.end_sessions_of_user(uow.session, user.id, "password reset")
    uow.audit("user", user.id, {"password": ["(old)", "(reset)"], "sessions_ended": [0, ended]})
    return _user_record(user)


@verb("system.users.write", label="Unlock a user", writes=True)
def unlock_user(uow: UnitOfWork, *, user_id: int) -> UserRecord:
    """Lift the lock-outs after failed logins, from every source address."""
    user = _locked_user(uow, user_id)
    was_locked = bool(user.locked_until and user.locked_until > utcnow())
    sources = auth.unlock(uow.session, user)
    uow.audit("user", user.id, {**diff({"locked": was_locked}, {"locked": False}), "sources": [sources, 0]})
    return _user_record(user)


@face
def change_own_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password, giving the current one again."""
    user = uow.session.get(User, uow.state.user_id, with_for_update=True)
    if user is None or not auth.verify_password(user.password_hash, old_password):
        raise DomainError(E_VALIDATION, Text("The current password is wrong."), "old_password")
    if old_password == new_password:
        raise DomainError(E_VALIDATION, Text("The new password must differ from the current one."), "new_password")
    auth.check_password_policy(uow.session, new_password, "new_password")
    user.password_hash = auth.hash_password(new_password)
    user.must_change_password = False
    user.version += 1
    uow.state.must_change_password = False
    uow.audit("user", user.id, {"password": ["(old)", "(changed by the user)"]})
