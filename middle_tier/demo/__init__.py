"""Demo data for `emporium-admin seed-demo`: one user per built-in role, and a few settings."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.system import Role, User
from middle_tier import payments, system
from middle_tier.demo.catalog import seed_catalog
from middle_tier.demo.promotions import seed_promotions
from middle_tier.demo.purchasing import seed_purchasing
from middle_tier.demo.wms import seed_warehouse
from middle_tier.system import ADMIN_ROLE, sync_builtin_roles

DEMO_PASSWORD = "demo1234"
# user name -> (display name, role code)
DEMO_USERS: dict[str, tuple[str, str]] = {
    "admin": ("Wang Lei 王磊", ADMIN_ROLE),
    "merch": ("Li Na 李娜", "merchandiser"),
    "buyer": ("Zhang Wei 张伟", "purchaser"),
    "clerk": ("Liu Yang 刘洋", "warehouse_clerk"),
    "agent": ("Chen Jing 陈静", "cs_agent"),
    "finance": ("Zhao Min 赵敏", "finance_clerk"),
    "manager": ("Sun Hao 孙浩", "manager"),
}


def seed_demo(session: Session, progress=print) -> list[str]:  # type: ignore[no-untyped-def]
    """Create what is missing; running it twice changes nothing the second time."""
    sync_builtin_roles(session)
    roles = {r.code: r for r in session.scalars(select(Role))}
    created = []
    pw_hash = system.hash_password(DEMO_PASSWORD)
    for i, (username, (name, role_code)) in enumerate(DEMO_USERS.items(), 1):
        progress(f"[{i}/{len(DEMO_USERS)}] user {username} ({role_code})")
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            continue
        user = User(username=username, display_name=name, email=f"{username}@emporium.example",
                    password_hash=pw_hash, must_change_password=False)
        user.roles = [roles[role_code]]
        session.add(user)
        created.append(username)
    session.flush()
    progress("catalog")
    seed_catalog(session, progress)
    progress("promotions")
    seed_promotions(session, progress)
    progress("warehouse")
    seed_warehouse(session, progress)
    progress("purchasing")
    seed_purchasing(session, progress)
    progress("payments")
    payments.seed_demo(session, progress)
    return created
