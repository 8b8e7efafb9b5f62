"""Basic settings: listing and changing the typed business settings (`core.settings` defines them)."""
from __future__ import annotations

from sqlalchemy import select

from data_tier.system import Setting
from middle_tier.contract import E_CONFLICT, E_VALIDATION, DomainError, Text
from middle_tier.contract.system import SettingRecord
from middle_tier.core import settings
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb


@verb("system.settings.read")
def list_settings(uow: UnitOfWork) -> tuple:
    """Every business setting with its type, value and who changed it last."""
    return _setting_records(uow)


@verb("system.settings.write", label="Change settings", writes=True)
def update_settings(uow: UnitOfWork, *, changes: tuple[tuple[str, str, int], ...]) -> tuple:
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
            uow.session.add(Setting(key=key, value=canonical, version=1, updated_by=uow.state.username))
        else:
            row.value = canonical
            row.version += 1
            row.updated_by = uow.state.username
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
