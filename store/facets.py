"""Entity counts over a query's articles: the sidebar (most frequent per type) and the `entities` command.

The store keeps each entity's article and mention totals (schema 2), so the whole store is a lookup;
a result holding more than half the articles is counted as the totals minus the rest.
"""

from __future__ import annotations

import sqlite3

from .query import Query
from .queries import entity_ids, scope_sql, total
from .schema import user_version


def facets(conn: sqlite3.Connection, q: Query | None, per_type: int = 40,
           cap: int | None = None) -> tuple[dict[str, list[dict]], bool]:
    """The most frequent entities of a query's articles by type, with article and mention counts.

    Args:
        conn: a connection.
        q: the query (None: every article).
        per_type: how many entities of each type.
        cap: count over the newest ``cap`` matching articles only (a fast first answer).

    Returns:
        Entities by type, and whether the counts are exact (the cap did not cut the result).
    """
    scope = scope_sql(conn, q, cap)
    exact = cap is None
    if cap is not None and scope is not None:  # the same SQL, one row further: is the cap cutting anything?
        wider = scope[1][:-1] + [cap + 1]
        exact = conn.execute(f"SELECT count(*) FROM ({scope[0]})", wider).fetchone()[0] <= cap
    counts, params = _entity_counts(conn, scope, sampled=cap is not None)
    sql = (f"WITH counts AS ({counts}), ranked AS (SELECT e.id, e.name, e.type, e.english, c.n, c.m, row_number() OVER"
           " (PARTITION BY e.type ORDER BY c.n DESC, c.m DESC, e.name) AS r FROM counts c JOIN entities e ON e.id = c.entity_id)"
           " SELECT id, name, type, english, n, m FROM ranked WHERE r <= ? ORDER BY type, r")
    out: dict[str, list[dict]] = {}
    for r in conn.execute(sql, [*params, per_type]):
        out.setdefault(r[2], []).append({"id": r[0], "name": r[1], "type": r[2], "english": r[3], "articles": r[4],
                                         "mentions": r[5]})
    return out, exact


def _entity_counts(conn: sqlite3.Connection, scope: tuple[str, list] | None, sampled: bool) -> tuple[str, list]:
    """SQL of (entity_id, n, m): articles and mentions of each entity over the scope's articles.

    Every article: the totals the store keeps. More than half of them: the totals minus the
    complement's counts, so no exact count reads more than half of the mentions.
    """
    totals = user_version(conn) >= 2  # a version 1 store opened read-only has no totals
    if scope is None and totals:
        return "SELECT id AS entity_id, articles AS n, mentions AS m FROM entities WHERE articles > 0", []
    if scope is None:
        return "SELECT entity_id, count(*) AS n, sum(mentions) AS m FROM article_entities GROUP BY entity_id", []
    direct = (f"SELECT entity_id, count(*) AS n, sum(mentions) AS m FROM article_entities"
              f" WHERE article_id IN ({scope[0]}) GROUP BY entity_id", scope[1])
    if sampled or not totals:
        return direct
    matched = conn.execute(f"SELECT count(*) FROM ({scope[0]})", scope[1]).fetchone()[0]
    if 2 * matched <= total(conn):
        return direct
    return (f"SELECT e.id AS entity_id, e.articles - coalesce(c.n, 0) AS n, e.mentions - coalesce(c.m, 0) AS m"
            f" FROM entities e LEFT JOIN (SELECT entity_id, count(*) AS n, sum(mentions) AS m FROM article_entities"
            f" WHERE article_id IN (SELECT id FROM articles WHERE id NOT IN ({scope[0]})) GROUP BY entity_id) c"
            f" ON c.entity_id = e.id WHERE e.articles - coalesce(c.n, 0) > 0", scope[1])


def entities(conn: sqlite3.Connection, type_: str | None = None, q: Query | None = None, limit: int | None = None,
             name: str | None = None) -> list[dict]:
    """Entities with the number of articles and mentions, most frequent first, over a query's articles."""
    params: list = []
    where = ["1"]
    if type_:
        where.append("e.type = ?")
        params.append(type_)
    if name:
        ids = entity_ids(conn, type_, name)
        where.append(f"e.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    scope = scope_sql(conn, q)
    scope_where = f"WHERE ae.article_id IN ({scope[0]})" if scope else ""
    sql = (f"SELECT e.id, e.name, e.type, e.english, count(*) AS articles, sum(ae.mentions) AS mentions"
           f" FROM article_entities ae JOIN entities e ON e.id = ae.entity_id {scope_where}"
           f" {'AND' if scope else 'WHERE'} {' AND '.join(where)}"
           f" GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name" + (" LIMIT ?" if limit else ""))
    all_params = [*(scope[1] if scope else []), *params] + ([limit] if limit else [])
    return [{"id": r[0], "name": r[1], "type": r[2], "english": r[3], "articles": r[4], "mentions": r[5]}
            for r in conn.execute(sql, all_params)]
