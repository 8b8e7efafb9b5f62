"""Translations: Qt's own and Emporium's, English or Simplified Chinese, from a setting or the locale."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import path

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


_current = "en"


def current_language() -> str:
    """The language installed by `install` (texts the server composes are asked for in it too)."""
    return _current


def pick_language(setting: str | None) -> str:
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; keep the returned list alive as long as the app."""
    global _current
    _current = language
    if language == "en":
        return []
    translators = []
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    own = QTranslator(app)
    if own.load(path("i18n", f"emporium_{language}.qm")):
        app.installTranslator(own)
        translators.append(own)
    return translators
