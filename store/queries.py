"""Read the store: the timeline and search, one article, entities, events, facet counts.

Every function takes a connection and returns plain dataclasses or dicts; SQL takes parameters
only. Typed text reaches FTS5 through ``query.fts_expressions``, which quotes every token.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from .query import Query, exclusion_expression, fts_expressions
from .text import fold_key, match_key

HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
"""Markers around hits in snippets; control characters never occur in clean text."""


@dataclass(frozen=True)
class Row:
    """An article in a list: the timeline or search results."""

    id: int
    title: str | None
    lead: str
    outlet: str | None
    published: str | None
    published_precision: str | None
    snippet: str
    source: str


@dataclass
class Page:
    """One page of results and how the words were matched ('phrase', 'all words', or '' for none)."""

    rows: list[Row]
    mode: str = ""
    hints: tuple[str, ...] = ()
    expression: str | None = None


@dataclass
class Filters:
    """SQL conditions on ``a`` (articles) with their parameters."""

    sql: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def where(self) -> str:
        """The conditions joined for a WHERE clause ('1' when there are none)."""
        return " AND ".join(self.sql) or "1"


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entity_ids(conn: sqlite3.Connection, type_: str | None, name: str) -> list[int]:
    """Entities of a type whose name, spelling or English name matches ``name`` (whole words, no diacritics)."""
    key = fold_key(name)
    if not key:
        return []
    sql = ("SELECT DISTINCT en.entity_id FROM entity_names en JOIN entities e ON e.id = en.entity_id"
           " WHERE (en.key = ? OR (' ' || en.key || ' ') LIKE ? ESCAPE '\\')")
    params: list = [key, f"% {_escape_like(key)} %"]
    if type_:
        sql += " AND e.type = ?"
        params.append(type_)
    return [r[0] for r in conn.execute(sql, params)]


def spellings(conn: sqlite3.Connection, words: tuple[str, ...], most: int = 16) -> tuple[str, ...]:
    """Every spelling of the entity the words name exactly, by any of its names or its English name."""
    if not words:
        return ()
    key = fold_key(" ".join(words))
    rows = conn.execute(
        "SELECT DISTINCT other.key FROM entity_names en JOIN entity_names other ON other.entity_id = en.entity_id"
        " WHERE en.key = ? AND other.key != ? LIMIT ?", (key, key, most))
    return tuple(r[0] for r in rows)


def filters_for(conn: sqlite3.Connection, q: Query) -> Filters:
    """SQL conditions for the entity, date, outlet and exclusion parts of a query."""
    f = Filters()
    for type_, name in q.entities:
        ids = entity_ids(conn, type_, name)
        f.sql.append(f"a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN ({','.join('?' * len(ids)) or 'NULL'}))")
        f.params.extend(ids)
    if q.since:
        f.sql.append("a.published IS NOT NULL AND a.published || '~' >= ?")
        f.params.append(q.since)
    if q.until:
        f.sql.append("a.published IS NOT NULL AND a.published <= ?")
        f.params.append(q.until + "~")
    for outlet in q.outlets:
        f.sql.append("a.outlet IS NOT NULL AND fold_key(a.outlet) LIKE ? ESCAPE '\\'")
        f.params.append(f"%{_escape_like(outlet)}%")
    excluded = exclusion_expression(q)
    if excluded:
        f.sql.append("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        f.params.append(excluded)
    return f


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the queries use: fold_key(text) and accent_hit(text, phrase)."""
    conn.create_function("fold_key", 1, lambda s: fold_key(s) if s else "", deterministic=True)
    conn.create_function("accent_hit", 2, lambda body, phrase: int(phrase in match_key(body or "")),
                         deterministic=True)


_COLUMNS = ("a.id, a.title, a.lead, a.outlet, a.published, a.published_precision, {snippet},"
            " (SELECT display FROM sources s WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1)")
_BY_DATE = "ORDER BY a.published IS NULL, a.published DESC, a.id DESC"


def _rows(cur: sqlite3.Cursor) -> list[Row]:
    return [Row(*r[:6], r[6] or "", r[7] or "") for r in cur]


def timeline(conn: sqlite3.Connection, q: Query, limit: int = 50, offset: int = 0, ranked: bool = True) -> Page:
    """Articles matching a query: ranked by bm25 (or by date), newest first when there are no words.

    Args:
        conn: a connection with ``register_functions`` applied.
        q: the parsed query.
        limit: page size.
        offset: rows to skip.
        ranked: order word matches by relevance; False orders them by date (the timeline).
    """
    f = filters_for(conn, q)
    if not q.has_terms:
        sql = f"SELECT {_COLUMNS.format(snippet='a.lead')} FROM articles a WHERE {f.where()} {_BY_DATE} LIMIT ? OFFSET ?"
        return Page(_rows(conn.execute(sql, [*f.params, limit, offset])), "", q.hints)
    for mode, expression in zip(("phrase", "all words"), fts_expressions(q, spellings(conn, q.words))):
        if offset == 0 and not _exists(conn, expression, f):
            continue
        return Page(_match_rows(conn, q, expression, f, limit, offset, ranked), mode, q.hints, expression)
    return Page([], "", q.hints, None)


def _exists(conn: sqlite3.Connection, expression: str, f: Filters) -> bool:
    sql = (f"SELECT 1 FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()} LIMIT 1")
    return conn.execute(sql, [expression, *f.params]).fetchone() is not None


def _match_rows(conn: sqlite3.Connection, q: Query, expression: str, f: Filters, limit: int, offset: int,
                ranked: bool) -> list[Row]:
    snippet = f"snippet(articles_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 14)"
    order = "ORDER BY bm25(articles_fts, 4.0, 1.0)" if ranked else _BY_DATE
    sql = (f"SELECT {_COLUMNS.format(snippet=snippet)} FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()} {order} LIMIT ? OFFSET ?")
    if ranked and q.has_accents and offset == 0:
        phrase = match_key(" ".join(q.text.split()))
        sql = (f"SELECT r.* FROM ({sql.replace('LIMIT ? OFFSET ?', 'LIMIT 200')}) r"
               f" ORDER BY accent_hit((SELECT body FROM articles WHERE id = r.id), ?) DESC LIMIT ?")
        return _rows(conn.execute(sql, [expression, *f.params, phrase, limit]))
    return _rows(conn.execute(sql, [expression, *f.params, limit, offset]))


def count(conn: sqlite3.Connection, q: Query, expression: str | None) -> int:
    """How many articles a query matches (``expression`` as returned in its first page)."""
    f = filters_for(conn, q)
    if not q.has_terms:
        return conn.execute(f"SELECT count(*) FROM articles a WHERE {f.where()}", f.params).fetchone()[0]
    if expression is None:
        return 0
    sql = (f"SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()}")
    return conn.execute(sql, [expression, *f.params]).fetchone()[0]


def total(conn: sqlite3.Connection) -> int:
    """How many articles the store holds."""
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """One article with its sources, entities (with mentions) and events, or None."""
    row = conn.execute(
        "SELECT id, title, lead, outlet, byline, published, published_precision, published_source, body"
        " FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    keys = ("id", "title", "lead", "outlet", "byline", "published", "published_precision", "published_source", "body")
    record = dict(zip(keys, row))
    sources = [r[0] for r in conn.execute("SELECT display FROM sources WHERE article_id = ? ORDER BY rowid", (article_id,))]
    record["source"] = sources[0] if sources else None
    record["duplicates"] = sources[1:]
    record["entities"] = article_entities(conn, article_id)
    record["events"] = article_events(conn, article_id)
    return record


def article_entities(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    """The entities of an article with their spellings, titles, mention count and offsets."""
    spans: dict[int, list[list[int]]] = {}
    for eid, start, end in conn.execute("SELECT entity_id, start, end FROM mentions WHERE article_id = ? ORDER BY start",
                                        (article_id,)):
        spans.setdefault(eid, []).append([start, end])
    out = []
    for eid, name, type_, english, n, aliases, titles in conn.execute(
        "SELECT e.id, e.name, e.type, e.english, ae.mentions, ae.aliases, ae.titles FROM article_entities ae"
        " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY e.type, ae.mentions DESC, e.name",
        (article_id,),
    ):
        item = {"id": eid, "name": name, "type": type_, "aliases": json.loads(aliases), "english": english,
                "mentions": n, "spans": spans.get(eid, [])}
        if type_ == "person":
            item["titles"] = json.loads(titles)
        out.append(item)
    return out


def article_events(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    """The dated events of an article in text order, with their sentences."""
    body = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    out = []
    for row in conn.execute(
        "SELECT start, end, precision, year_inferred, text, text_start, sentence_start, sentence_end, entity_ids"
        " FROM events WHERE article_id = ? ORDER BY text_start", (article_id,)):
        out.append({"start": row[0], "end": row[1], "precision": row[2], "year_inferred": bool(row[3]),
                    "text": row[4], "offset": row[5], "sentence": body[row[6] : row[7]],
                    "sentence_span": [row[6], row[7]], "entity_ids": json.loads(row[8])})
    return out


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
    scope = ""
    if q is not None and (q.has_terms or q.entities or q.since or q.until or q.outlets or q.excluded):
        ids = matching_ids(conn, q)
        scope = f" AND ae.article_id IN ({','.join('?' * len(ids)) or 'NULL'})"
        params = [*ids, *params]
    sql = (f"SELECT e.id, e.name, e.type, e.english, count(*) AS articles, sum(ae.mentions) AS mentions"
           f" FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE 1{scope} AND {' AND '.join(where)}"
           f" GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name" + (" LIMIT ?" if limit else ""))
    if limit:
        params.append(limit)
    return [{"id": r[0], "name": r[1], "type": r[2], "english": r[3], "articles": r[4], "mentions": r[5]}
            for r in conn.execute(sql, params)]


def matching_ids(conn: sqlite3.Connection, q: Query, cap: int = 1_000_000) -> list[int]:
    """Ids of every article a query matches."""
    page = timeline(conn, q, limit=1, ranked=False)
    f = filters_for(conn, q)
    if not q.has_terms:
        return [r[0] for r in conn.execute(f"SELECT a.id FROM articles a WHERE {f.where()} LIMIT ?", [*f.params, cap])]
    if page.expression is None:
        return []
    sql = (f"SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()} LIMIT ?")
    return [r[0] for r in conn.execute(sql, [page.expression, *f.params, cap])]


def events(conn: sqlite3.Connection, since: str | None = None, until: str | None = None, q: Query | None = None,
           limit: int = 10_000, offset: int = 0) -> list[dict]:
    """Dated events across articles in date order (unknown years last), with their article."""
    where, params = ["1"], []
    if since or until:
        where.append("ev.start NOT LIKE 'XXXX%'")
    if since:
        where.append("(coalesce(ev.end, '9999') || '~') >= ?")
        params.append(since)
    if until:
        where.append("ev.start <= ?")
        params.append(until + "~")
    if q is not None and (q.has_terms or q.entities or q.since or q.until or q.outlets or q.excluded):
        ids = matching_ids(conn, q)
        where.append(f"ev.article_id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    sql = ("SELECT ev.id, ev.article_id, ev.start, ev.end, ev.precision, ev.year_inferred, ev.text, ev.sentence_start,"
           " ev.sentence_end, a.title, a.lead, a.outlet, substr(a.body, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start)"
           f" FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {' AND '.join(where)}"
           " ORDER BY ev.start LIKE 'XXXX%', ev.start, ev.article_id, ev.text_start LIMIT ? OFFSET ?")
    keys = ("id", "article_id", "start", "end", "precision", "year_inferred", "text", "sentence_start", "sentence_end",
            "title", "lead", "outlet", "sentence")
    out = []
    for r in conn.execute(sql, [*params, limit, offset]):
        item = dict(zip(keys, r))
        item["year_inferred"] = bool(item["year_inferred"])
        out.append(item)
    return out
