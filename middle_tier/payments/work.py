"""The payments area's waiting work for the Home screen: none yet (its screens come with the next step)."""
from __future__ import annotations

from middle_tier.contract import WorkItem
from middle_tier.core.uow import UnitOfWork


def work_items(uow: UnitOfWork) -> list[WorkItem]:
    return []
