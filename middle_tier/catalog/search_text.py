"""The tokens the site search indexes and looks for, the same on SQLite (FTS5) and MariaDB (InnoDB FULLTEXT).

Chinese has no spaces: every run of CJK characters becomes its single characters and its overlapping pairs
(bigrams), so that '龙井茶' is found by '龙井', '井茶' or '茶'. Other text becomes lower-case words. Every
token carries the prefix 'zz', which keeps it above InnoDB's minimum token size (3) and out of its stopword
list, so one tokenizer serves both databases.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

Terms = list[tuple[str, bool]]         # (token, is_prefix), all required

PREFIX = "zz"
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PIECES = re.compile(rf"[{_CJK}]+|[^\W_]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK}]")
MAX_TERMS = 12


def _pieces(text: str) -> list[str]:
    return _PIECES.findall(unicodedata.normalize("NFKC", text).lower())


def index_tokens(*texts: str) -> str:
    """The space-separated tokens stored for a SKU (duplicates removed, order kept)."""
    seen: dict[str, None] = {}
    for text in texts:
        for piece in _pieces(text or ""):
            if _IS_CJK.match(piece):
                for ch in piece:
                    seen[PREFIX + ch] = None
                for i in range(len(piece) - 1):
                    seen[PREFIX + piece[i:i + 2]] = None
            else:
                seen[PREFIX + piece] = None
    return " ".join(seen)


def query_terms(query: str) -> list[tuple[str, bool]]:
    """(token, is_prefix) that must all match: CJK as bigrams (a lone character as itself), words as prefixes."""
    terms: dict[str, bool] = {}
    for piece in _pieces(query):
        if _IS_CJK.match(piece):
            if len(piece) == 1:
                terms[PREFIX + piece] = False
            for i in range(len(piece) - 1):
                terms[PREFIX + piece[i:i + 2]] = False
        else:
            terms[PREFIX + piece] = True
    return list(terms.items())[:MAX_TERMS]


def query_groups(query: str, synonyms: Callable[[str], list[str]] = lambda _w: []) -> list[list[Terms]]:
    """Every word of the query must match, as itself or as one of its synonyms: [[alternative, ...], ...], each
    alternative the terms of one spelling. The whole query is tried as one phrase first ('t shirt')."""
    words = unicodedata.normalize("NFKC", query).lower().split()
    whole = " ".join(words)
    phrase = synonyms(whole) if len(words) > 1 else []
    units = [whole] if phrase else words
    groups: list[list[Terms]] = []
    budget = MAX_TERMS
    for unit in units:
        alternatives: list[Terms] = []
        for spelling in [unit, *(phrase if phrase else synonyms(unit))]:
            terms = query_terms(spelling)[:budget]
            if terms and terms not in alternatives:
                alternatives.append(terms)
        if alternatives:
            groups.append(alternatives)
            budget -= len(alternatives[0])
        if budget <= 0:
            break
    return groups
