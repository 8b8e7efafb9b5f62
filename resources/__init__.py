"""Icons, style sheets, translations and demo data, found next to this file."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> str:
    return str(ROOT.joinpath(*parts))
