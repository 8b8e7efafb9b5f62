"""Synonym groups of the site search: words a search treats as one."""
from __future__ import annotations

import unicodedata

from sqlalchemy import select

from data_tier.catalog import SearchSynonym
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import SynonymRecord
from middle_tier.core import validate
from middle_tier.core.db import like_escape
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

MAX_SYNONYMS = 20


def normalise_word(word: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", word).lower().split())


def synonym_words(words: str) -> list[str]:
    """'T恤, tee ,T-shirt' -> ['t恤', 'tee', 't-shirt']: 2 to 20 distinct words or phrases, no commas inside."""
    out: list[str] = []
    for part in words.replace("，", ",").replace(";", ",").split(","):
        word = normalise_word(part)
        if not word:
            continue
        if len(word) > 64:
            raise DomainError(E_VALIDATION, Text("A synonym has at most 64 characters."), "words")
        if any(unicodedata.category(c).startswith("C") for c in word):
            raise DomainError(E_VALIDATION, Text("Synonyms may not contain control characters."), "words")
        if word not in out:
            out.append(word)
    if not 2 <= len(out) <= MAX_SYNONYMS:
        raise DomainError(E_VALIDATION, Text("A synonym group has 2 to {most} different words, "
                                             "separated by commas.",
                                             most=MAX_SYNONYMS), "words")
    stored = "," + ",".join(out) + ","
    if len(stored) > 255:
        raise DomainError(E_VALIDATION, Text("These synonyms are too long together; split the group."), "words")
    return out


def _synonym_record(s: SearchSynonym) -> SynonymRecord:
    return SynonymRecord(s.id, tuple(s.words.strip(",").split(",")), s.version)


@verb("catalog.read")
def list_synonyms(uow: UnitOfWork, *, search: str = "", cursor: str = "", page_size: int = 200) -> Page:
    """Synonym groups, newest first; `search` finds the groups holding a word."""
    stmt = select(SearchSynonym)
    if search.strip():
        stmt = stmt.where(SearchSynonym.words.like("%" + like_escape(search.strip().lower()[:64]) + "%",
                                                   escape="\\"))
    return keyset_page(uow.session, stmt, [(SearchSynonym.id, True)], cursor=cursor, page_size=page_size,
                       columns=SynonymRecord.columns(), row_to_wire=lambda r: _synonym_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].id,))


@verb("catalog.write", label="Save a search synonym", writes=True)
def save_synonym(uow: UnitOfWork, *, synonym_id: int = 0, version: int = 0, words: str) -> SynonymRecord:
    """Create a synonym group (id 0) or replace the words of one: 'T恤, tee, t-shirt'. A word belongs to one
    group only, so that a search never depends on which group it found first."""
    wanted = synonym_words(words)
    group = None
    if synonym_id:
        group = validate.found(uow.session.get(SearchSynonym, synonym_id, with_for_update=True),
                               "This synonym group", "synonym_id")
        validate.version(group, version, "This synonym group")
    for word in wanted:
        other = uow.session.scalar(select(SearchSynonym.id).where(
            SearchSynonym.words.like("%," + like_escape(word) + ",%", escape="\\"),
            SearchSynonym.id != synonym_id))
        if other is not None:
            raise DomainError(E_DUPLICATE, Text("'{word}' is already in another synonym group.", word=word), "words")
    stored = "," + ",".join(wanted) + ","
    if group is None:
        group = SearchSynonym(words=stored, version=1)
        uow.session.add(group)
        uow.session.flush()
        uow.audit("search_synonym", group.id, {"words": [None, stored.strip(",")]})
    else:
        uow.audit("search_synonym", group.id, {"words": [group.words.strip(","), stored.strip(",")]})
        group.words = stored
        group.version += 1
    return _synonym_record(group)


@verb("catalog.write", label="Delete a search synonym", writes=True)
def delete_synonym(uow: UnitOfWork, *, synonym_id: int, version: int) -> None:
    """Remove a synonym group."""
    group = validate.found(uow.session.get(SearchSynonym, synonym_id, with_for_update=True),
                           "This synonym group", "synonym_id")
    validate.version(group, version, "This synonym group")
    uow.audit("search_synonym", group.id, {"words": [group.words.strip(","), None]})
    uow.session.delete(group)
