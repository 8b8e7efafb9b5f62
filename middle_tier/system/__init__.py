"""System settings (系统设置): users and roles, the permission catalogue, the operation log, basic settings, and
passwords and lock-out at login.

Verbs: `users`, `roles`, `audit_log`, `settings`, `health`. Beside them: `auth` (passwords, lock-out, the login
itself) and `permissions` (the built-in roles). What other parts of the middle tier use is exported here.
"""
from middle_tier.system import audit_log, health, roles, settings, users
from middle_tier.system.auth import check_password_policy, hash_password, login, verify_password
from middle_tier.system.permissions import ADMIN_ROLE, BUILTIN_ROLES, sync_builtin_roles
from middle_tier.system.users import change_own_password
from middle_tier.system.work import role_names, work_items

VERB_MODULES = (health, users, roles, audit_log, settings)

__all__ = ["ADMIN_ROLE", "BUILTIN_ROLES", "VERB_MODULES", "change_own_password", "check_password_policy",
           "hash_password", "login", "role_names", "sync_builtin_roles", "verify_password", "work_items"]
