"""The full-text part of the site search, per database: which SKUs match a set of tokens, and how well."""
from __future__ import annotations

from sqlalchemy import Subquery, column, text
from sqlalchemy.orm import Session


def matching_skus(session: Session, groups: list[list[list[tuple[str, bool]]]], limit: int) -> Subquery:
    """A subquery (sku_id, score) of the best `limit` SKUs that match every group, best first. A group is a list
    of alternatives (a word and its synonyms), an alternative a list of (token, is_prefix) that must all be there.

    The limit also keeps the subquery whole: flattened into a join, SQLite would probe the full-text index
    once per SKU of the catalog.
    """
    if session.get_bind().dialect.name == "sqlite":
        def term(t: str, prefix: bool) -> str:
            return '"' + t.replace('"', '""') + '"' + ("*" if prefix else "")

        def group(alts: list[list[tuple[str, bool]]]) -> str:
            if len(alts) == 1:
                return " AND ".join(term(*x) for x in alts[0])
            return "(" + " OR ".join("(" + " AND ".join(term(*x) for x in alt) + ")" for alt in alts) + ")"

        q = " AND ".join(group(g) for g in groups)
        sql = ("SELECT rowid AS sku_id, -bm25(sku_fts) AS score FROM sku_fts WHERE sku_fts MATCH :q "
               "ORDER BY bm25(sku_fts) LIMIT :k")
    else:   # MariaDB / MySQL: InnoDB FULLTEXT in boolean mode
        def word(t: str, prefix: bool) -> str:
            return t.replace('"', "").replace("(", "").replace(")", "") + ("*" if prefix else "")

        def group(alts: list[list[tuple[str, bool]]]) -> str:
            if len(alts) == 1:
                return " ".join("+" + word(*x) for x in alts[0])
            return "+(" + " ".join("(" + " ".join("+" + word(*x) for x in alt) + ")" for alt in alts) + ")"

        q = " ".join(group(g) for g in groups)
        sql = ("SELECT sku_id, MATCH (tokens) AGAINST (:q IN BOOLEAN MODE) AS score FROM sku_search "
               "WHERE MATCH (tokens) AGAINST (:q IN BOOLEAN MODE) ORDER BY score DESC LIMIT :k")
    return text(sql).bindparams(q=q, k=limit).columns(column("sku_id"), column("score")).subquery("hits")


def is_fulltext_object(name: str | None, type_: str) -> bool:
    """The objects migration 0003 creates by hand: SQLite's FTS5 table and its shadow tables, MariaDB's index."""
    name = name or ""
    return (type_ == "table" and name.startswith("sku_fts")) or (type_ == "index" and name == "ft_sku_search_tokens")
