"""Translations of the contract's catalogue texts (areas, permissions), which the client shows."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from middle_tier.contract.system import AREAS, PERMISSIONS

# Markers for pyside6-lupdate; tests/unit/test_translations.py checks that every catalogue text is here.
_MARKED = (
    QT_TRANSLATE_NOOP("catalog", "System settings"), QT_TRANSLATE_NOOP("catalog", "Products"),
    QT_TRANSLATE_NOOP("catalog", "Promotions"), QT_TRANSLATE_NOOP("catalog", "Purchasing"),
    QT_TRANSLATE_NOOP("catalog", "Warehouse"), QT_TRANSLATE_NOOP("catalog", "Orders"),
    QT_TRANSLATE_NOOP("catalog", "Payments"), QT_TRANSLATE_NOOP("catalog", "Service centre"),
    QT_TRANSLATE_NOOP("catalog", "Customers"), QT_TRANSLATE_NOOP("catalog", "Finance"),
    QT_TRANSLATE_NOOP("catalog", "Reports"), QT_TRANSLATE_NOOP("catalog", "Content"),
    QT_TRANSLATE_NOOP("catalog", "See users"), QT_TRANSLATE_NOOP("catalog", "Create and change users"),
    QT_TRANSLATE_NOOP("catalog", "See roles and permissions"),
    QT_TRANSLATE_NOOP("catalog", "Change roles and permissions"),
    QT_TRANSLATE_NOOP("catalog", "Read the operation log"), QT_TRANSLATE_NOOP("catalog", "See basic settings"),
    QT_TRANSLATE_NOOP("catalog", "Change basic settings"), QT_TRANSLATE_NOOP("catalog", "See products"),
    QT_TRANSLATE_NOOP("catalog", "Change products"), QT_TRANSLATE_NOOP("catalog", "See promotions"),
    QT_TRANSLATE_NOOP("catalog", "Change promotions"),
    QT_TRANSLATE_NOOP("catalog", "See suppliers and purchase orders"),
    QT_TRANSLATE_NOOP("catalog", "Change suppliers and purchase orders"),
    QT_TRANSLATE_NOOP("catalog", "Approve purchase orders"), QT_TRANSLATE_NOOP("catalog", "See stock"),
    QT_TRANSLATE_NOOP("catalog", "Receive, put away, pick, pack and ship"),
    QT_TRANSLATE_NOOP("catalog", "Approve stock adjustments"), QT_TRANSLATE_NOOP("catalog", "See orders"),
    QT_TRANSLATE_NOOP("catalog", "Enter and change orders"), QT_TRANSLATE_NOOP("catalog", "Review orders"),
    QT_TRANSLATE_NOOP("catalog", "See payments"), QT_TRANSLATE_NOOP("catalog", "Refund payments"),
    QT_TRANSLATE_NOOP("catalog", "Take payments for orders"),
    QT_TRANSLATE_NOOP("catalog", "Issue, sell and block gift cards; top up balances"),
    QT_TRANSLATE_NOOP("catalog", "Adjust customers' balances and points"),
    QT_TRANSLATE_NOOP("catalog", "Approve large refunds and adjustments"),
    QT_TRANSLATE_NOOP("catalog", "See service cases"),
    QT_TRANSLATE_NOOP("catalog", "Handle returns, refunds and complaints"),
    QT_TRANSLATE_NOOP("catalog", "See members"), QT_TRANSLATE_NOOP("catalog", "Change members and campaigns"),
    QT_TRANSLATE_NOOP("catalog", "See settlements"), QT_TRANSLATE_NOOP("catalog", "Run settlements"),
    QT_TRANSLATE_NOOP("catalog", "Read reports"), QT_TRANSLATE_NOOP("catalog", "See announcements and help pages"),
    QT_TRANSLATE_NOOP("catalog", "Publish announcements and help pages"),
)
MARKED = frozenset(_MARKED)
CATALOGUE_TEXTS = frozenset(title for _key, title in AREAS) | frozenset(label for _c, _a, label in PERMISSIONS)


def text(source: str) -> str:
    return QCoreApplication.translate("catalog", source)
