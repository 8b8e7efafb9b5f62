"""Messages the middle tier composes (contract.Text), shown in the user's language (translation context 'server').

A Text carries its English template and parameters; the client translates the template, and each parameter value
that is itself a known message (a field's label such as "Supplier code", a record's name such as "This receipt",
a state). scripts/server_texts.py extracts those strings from the middle tier's source into context 'server' of
resources/i18n/emporium_zh_CN.ts; tests/unit/test_translations.py fails while one is missing or untranslated.
"""
from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

from middle_tier.contract import DomainError


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def translated(message: str, template: str, params: tuple[tuple[str, str], ...]) -> str:
    """A message in the user's language when the middle tier sent a translatable template, else as it came."""
    if not template:
        return message
    text = QCoreApplication.translate("server", template)
    if text == template:
        return message
    try:
        return text.format(**{k: QCoreApplication.translate("server", v) for k, v in params})
    except (KeyError, IndexError, ValueError):
        return message


def label(text: str) -> str:
    """A label of the middle tier (a verb's, a field's, a built-in role's name) in the user's language."""
    return QCoreApplication.translate("server", text) if text else text


def localized(err: DomainError) -> DomainError:
    """The error with its message in the user's language when the middle tier sent a translatable template."""
    message = translated(err.message, err.template, err.params)
    if message == err.message:
        return err
    return DomainError(err.code, message, err.field, err.ref, template=err.template, params=err.params)
