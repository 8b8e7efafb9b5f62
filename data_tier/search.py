"""The full-text part of the site search, per database: which SKUs match a set of tokens, and how well."""
from __future__ import annotations

from sqlalchemy import Connection, Subquery, column, text
from sqlalchemy.orm import Session

SEARCH_ENGINES = ("innodb", "mroonga")


def matching_skus(session: Session, groups: list[list[list[tuple[str, bool]]]], limit: int) -> Subquery:
    """A subquery (sku_id, score) of the best `limit` SKUs that match every group, best first. A group is a list
    of alternatives (a word and its synonyms), an alternative a list of (token, is_prefix) that must all be there.

    A query that may match more than FREQUENT SKUs is not scored over all its matches (a word in half the catalog
    took a second on SQLite, seconds on InnoDB): the newest `limit` matches are ranked by the length of their
    tokens, which is how bm25 orders documents that each hold the words once. SQLite bounds the matches with FTS5's
    term statistics, MariaDB with the share of the newest search rows that match (_mariadb_frequent).

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
        if _sqlite_matches_at_most(session, groups) <= FREQUENT:
            sql = ("SELECT rowid AS sku_id, -bm25(sku_fts) AS score FROM sku_fts WHERE sku_fts MATCH :q "
                   "ORDER BY bm25(sku_fts) LIMIT :k")
        else:   # too many to score them all: the newest matches, the shortest (most specific) first
            sql = ("SELECT f.sku_id, -length(s.tokens) AS score FROM (SELECT rowid AS sku_id FROM sku_fts "
                   "WHERE sku_fts MATCH :q ORDER BY rowid DESC LIMIT :k) f JOIN sku_search s ON s.sku_id = f.sku_id")
    else:   # MariaDB / MySQL: InnoDB FULLTEXT in boolean mode
        def word(t: str, prefix: bool) -> str:
            return t.replace('"', "").replace("(", "").replace(")", "") + ("*" if prefix else "")

        def group(alts: list[list[tuple[str, bool]]]) -> str:
            if len(alts) == 1:
                return " ".join("+" + word(*x) for x in alts[0])
            return "+(" + " ".join("(" + " ".join("+" + word(*x) for x in alt) + ")" for alt in alts) + ")"

        q = " ".join(group(g) for g in groups)
        words, params = _mariadb_words(groups)
        if _mariadb_frequent(session, words, params):
            # the newest matches, walked backwards along the primary key until there are enough
            return (text(f"SELECT sku_id, -CHAR_LENGTH(tokens) AS score FROM sku_search WHERE {words} "
                         "ORDER BY sku_id DESC LIMIT :k").bindparams(k=limit, **params)
                    .columns(column("sku_id"), column("score")).subquery("hits"))
        sql = ("SELECT sku_id, MATCH (tokens) AGAINST (:q IN BOOLEAN MODE) AS score FROM sku_search "
               "WHERE MATCH (tokens) AGAINST (:q IN BOOLEAN MODE) ORDER BY score DESC LIMIT :k")
    return text(sql).bindparams(q=q, k=limit).columns(column("sku_id"), column("score")).subquery("hits")


FREQUENT = 20_000      # above this many possible matches, scoring every one of them costs too much

# MariaDB: a query that matches at least FREQUENT_SHARE of the newest SAMPLE search rows, and so an estimated
# FREQUENT SKUs or more, is not ranked by the full-text engine (which scores every match first: 2.5 s on InnoDB
# and 65 ms on Mroonga for a character in half of a million-SKU catalog) but by the SQLite fast path's rule: the
# newest `limit` matches, shortest tokens first. Walking the table backwards finds them after about
# limit / share rows, which the share bounds.
SAMPLE = 1_000
FREQUENT_SHARE = 0.25


def _mariadb_words(groups: list[list[list[tuple[str, bool]]]]) -> tuple[str, dict[str, str]]:
    """The groups as a condition on the token text (every group; in a group any alternative; in an alternative
    every token, whole or as a prefix), with its parameters."""
    params: dict[str, str] = {}

    def token(t: str, prefix: bool) -> str:
        name = f"w{len(params)}"
        like = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[name] = f"% {like}%" if prefix else f"% {like} %"
        return f"CONCAT(' ', tokens, ' ') LIKE :{name}"

    return " AND ".join("(" + " OR ".join("(" + " AND ".join(token(*x) for x in alt) + ")" for alt in alts) + ")"
                        for alts in groups), params


def _mariadb_frequent(session: Session, words: str, params: dict[str, str]) -> bool:
    """Whether a query matches so much of the catalog that scoring every match costs too much (see SAMPLE)."""
    # the sample is read only when the catalog is large enough to matter (MariaDB evaluates one CASE branch)
    top, hits = session.execute(text(
        f"SELECT t.top, CASE WHEN t.top * :share >= :frequent THEN (SELECT COUNT(*) FROM (SELECT tokens "
        f"FROM sku_search ORDER BY sku_id DESC LIMIT {SAMPLE}) newest WHERE {words}) ELSE 0 END "
        f"FROM (SELECT COALESCE(MAX(sku_id), 0) AS top FROM sku_search) t"),
        {**params, "share": FREQUENT_SHARE, "frequent": FREQUENT}).one()
    return (top or 0) * FREQUENT_SHARE >= FREQUENT and hits >= SAMPLE * FREQUENT_SHARE \
        and hits / SAMPLE * top >= FREQUENT


def _sqlite_matches_at_most(session: Session, groups: list[list[list[tuple[str, bool]]]]) -> int:
    """An upper bound of the SKUs matching every group, from FTS5's own term statistics (fts5vocab): a group
    matches at most the sum over its alternatives, an alternative at most its rarest term."""
    session.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sku_fts_vocab USING fts5vocab(main, 'sku_fts', "
                         "'row')"))

    def docs(token: str, prefix: bool) -> int:
        if prefix:
            upper = token[:-1] + chr(ord(token[-1]) + 1)
            return session.scalar(text("SELECT coalesce(sum(doc), 0) FROM temp.sku_fts_vocab WHERE term >= :a "
                                       "AND term < :b"), {"a": token, "b": upper}) or 0
        return session.scalar(text("SELECT doc FROM temp.sku_fts_vocab WHERE term = :t"), {"t": token}) or 0

    return min(sum(min(docs(*t) for t in alt) for alt in alts) for alts in groups)


def is_fulltext_object(name: str | None, type_: str) -> bool:
    """The objects migration 0003 creates by hand: SQLite's FTS5 table and its shadow tables, MariaDB's index."""
    name = name or ""
    return (type_ == "table" and name.startswith("sku_fts")) or (type_ == "index" and name == "ft_sku_search_tokens")


# ---- MariaDB: the search table on InnoDB FULLTEXT (the default) or on Mroonga --------------------------------
#
# InnoDB FULLTEXT scores every match of a query before it can return the best ones: a token found in a tenth of a
# million-SKU catalog takes it seconds. Mroonga (MariaDB's Groonga engine, Debian package
# mariadb-plugin-mroonga) keeps the same MATCH ... AGAINST (... IN BOOLEAN MODE) queries and returns the best
# matches in tens of milliseconds; the tokens are our own (middle_tier.search_text), split on spaces by Groonga's
# TokenDelimit. Mroonga is not transactional and has no foreign keys: a search row written by a verb that then
# fails stays (a row of a SKU that does not exist matches nothing, the search joins the SKU table), and
# `emporium-admin reindex-search` rewrites every row.

def is_galera(conn: Connection) -> bool:
    """Whether the database is a node of a Galera cluster (wsrep on)."""
    row = conn.execute(text("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")).first()
    return row is not None and str(row[1]).upper() == "ON"


def mroonga_available(conn: Connection) -> bool:
    engines: int | None = conn.scalar(text("SELECT COUNT(*) FROM information_schema.ENGINES WHERE ENGINE = 'Mroonga' "
                                           "AND SUPPORT IN ('YES', 'DEFAULT')"))
    return engines == 1


def search_engine(conn: Connection) -> str:
    """'innodb' or 'mroonga' for MariaDB's search table; 'fts5' on SQLite."""
    if conn.dialect.name == "sqlite":
        return "fts5"
    engine = conn.scalar(text("SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                              "AND TABLE_NAME = 'sku_search'"))
    return "mroonga" if (engine or "").lower() == "mroonga" else "innodb"


LARGE_CATALOG = 200_000     # SKUs from which InnoDB FULLTEXT's scoring of every match is felt


def engine_advice(conn: Connection) -> str | None:
    """What the administrator should hear at start-up: on MariaDB with a large catalog still searched by InnoDB
    FULLTEXT, that Mroonga answers frequent words in tens of milliseconds instead of up to seconds."""
    if conn.dialect.name == "sqlite" or search_engine(conn) != "innodb":
        return None
    skus = conn.scalar(text("SELECT COALESCE(MAX(sku_id), 0) FROM sku_search")) or 0
    if skus < LARGE_CATALOG:
        return None
    how = ("run `emporium-admin search-engine mroonga`" if mroonga_available(conn) else
           "install the package mariadb-plugin-mroonga, run INSTALL SONAME 'ha_mroonga' in MariaDB, then "
           "`emporium-admin search-engine mroonga`")
    return (f"the site search runs on InnoDB FULLTEXT over about {skus:,} SKUs, where words found in many of them "
            f"take up to seconds; Mroonga answers them in tens of milliseconds: {how} (docs/benchmarks.md)")


def set_search_engine(conn: Connection, engine: str) -> None:
    """Move MariaDB's search table to `engine` (rows kept, full-text index rebuilt); nothing when it is there."""
    if engine not in SEARCH_ENGINES:
        raise ValueError(f"engine must be one of {SEARCH_ENGINES}")
    if conn.dialect.name == "sqlite":
        raise ValueError("SQLite searches with FTS5; the engine applies to MariaDB/MySQL")
    if search_engine(conn) == engine:
        return
    if engine == "mroonga":
        if is_galera(conn):
            raise ValueError("this database is a Galera cluster node, and Galera replicates only InnoDB tables: a "
                             "search table on Mroonga would stay on this node alone. Keep InnoDB FULLTEXT (see "
                             "docs/deployment.md)")
        if not mroonga_available(conn):
            raise ValueError("the Mroonga engine is not installed: apt-get install mariadb-plugin-mroonga, then "
                             "INSTALL SONAME 'ha_mroonga'")
        conn.execute(text("ALTER TABLE sku_search DROP FOREIGN KEY fk_sku_search_sku_id_sku"))
        conn.execute(text("ALTER TABLE sku_search DROP INDEX ft_sku_search_tokens"))
        conn.execute(text("ALTER TABLE sku_search ENGINE = Mroonga"))
        conn.execute(text("ALTER TABLE sku_search ADD FULLTEXT INDEX ft_sku_search_tokens (tokens) "
                          "COMMENT 'tokenizer \"TokenDelimit\"'"))
    else:
        conn.execute(text("ALTER TABLE sku_search DROP INDEX ft_sku_search_tokens"))
        conn.execute(text("ALTER TABLE sku_search ENGINE = InnoDB"))
        conn.execute(text("DELETE FROM sku_search WHERE sku_id NOT IN (SELECT id FROM sku)"))
        conn.execute(text("ALTER TABLE sku_search ADD CONSTRAINT fk_sku_search_sku_id_sku FOREIGN KEY (sku_id) "
                          "REFERENCES sku (id) ON DELETE CASCADE"))
        conn.execute(text("CREATE FULLTEXT INDEX ft_sku_search_tokens ON sku_search (tokens)"))
