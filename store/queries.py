"""Read the store: the timeline and search, one article, entities, events, facet counts.

Every function takes a connection and returns plain dataclasses or dicts; SQL takes parameters
only. Typed text reaches FTS5 through ``query.fts_expressions``, which quotes every token.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from .highlight import snippet
from .packing import unpack
from .query import Query, exclusion_expression, fts_expressions, rank_terms, tokens
from .schema import SHIFT, sort_key, user_version
from .text import fold_key

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


MAX_ENTITY_MATCHES = 2000
"""An entity filter ('person:nguyen') counts at most this many matching entities."""


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
    sql += f" LIMIT {MAX_ENTITY_MATCHES}"
    return [r[0] for r in conn.execute(sql, params)]


def spellings(conn: sqlite3.Connection, words: tuple[str, ...], most: int = 16) -> tuple[str, ...]:
    """Every spelling of the entity the words name exactly, by any of its names or its English name."""
    if not words:
        return ()
    key = fold_key(" ".join(words))
    rows = conn.execute(
        "SELECT DISTINCT other.key FROM entity_names en JOIN entity_names other ON other.entity_id = en.entity_id"
        " WHERE en.key = ? AND other.key != ? LIMIT ?", (key, key, most))
    # a spelling that contains the typed words ('bo cong an viet nam' for 'bo cong an') adds no match, only work
    return tuple(r[0] for r in rows if f" {key} " not in f" {r[0]} ")


COMMON_SHARE = 50
"""On a page, an entity in more than one article in this many is filtered by probing each article, not by
listing its articles: listing 40,000 of 100,000 and sorting them cost 60 ms, probing until a page is full
0.2 ms. A whole result (counts, exact sidebar) lists them: probing all 100,000 took twice as long."""


def _common(conn: sqlite3.Connection, ids: list[int]) -> bool:
    """True when the entities are in a large share of the store (schema 2 keeps their totals)."""
    if not ids or user_version(conn) < 2:
        return False
    marks = ",".join("?" * len(ids))
    held = conn.execute(f"SELECT coalesce(sum(articles), 0) FROM entities WHERE id IN ({marks})", ids).fetchone()[0]
    size = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0  # count(*) reads 100,000 rows (2.5 ms)
    return COMMON_SHARE * held > size


def filters_for(conn: sqlite3.Connection, q: Query, paged: bool = False) -> Filters:
    """SQL conditions for the entity, date, outlet and exclusion parts of a query.

    Args:
        paged: the SQL stops after a page (newest first): a common entity is then tested per article,
            which stops early; a whole result lists the entity's articles, which reads each once.
    """
    f = Filters()
    for type_, name in q.entities:
        ids = entity_ids(conn, type_, name)
        marks = ",".join("?" * len(ids)) or "NULL"
        if paged and _common(conn, ids):  # walk the articles newest first, one index probe each: a page stops early
            f.sql.append(f"EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id IN ({marks}) AND ae.article_id = a.id)")
        else:  # the entity's articles, listed
            f.sql.append(f"a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN ({marks}))")
        f.params.extend(ids)
    if q.since:
        # the sort_key bound lets SQLite walk the date index; the text test keeps overlap semantics
        f.sql.append("a.sort_key >= ? AND a.published IS NOT NULL AND a.published || '~' >= ?")
        f.params.extend([sort_key(q.since[:4], 0), q.since])
    if q.until:
        f.sql.append("a.sort_key < ? AND a.published IS NOT NULL AND a.published <= ?")
        f.params.extend([_key_after(q.until), q.until + "~"])
    for outlet in q.outlets:
        f.sql.append("a.outlet IS NOT NULL AND fold_key(a.outlet) LIKE ? ESCAPE '\\'")
        f.params.append(f"%{_escape_like(outlet)}%")
    excluded = exclusion_expression(q)
    if excluded:
        f.sql.append("a.sort_key NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        f.params.append(excluded)
    return f


def _key_after(until: str) -> int:
    """The smallest sort_key past every article a partial date 'until' reaches (2024-06 reaches 2024-06-30)."""
    parts = [int(p) for p in until.split("-")]
    if len(parts) == 1:
        return sort_key(f"{parts[0] + 1}", 0)
    if len(parts) == 2:
        return sort_key(f"{parts[0]}-{parts[1]:02d}-99", 0)
    return sort_key(f"{parts[0]}-{parts[1]:02d}-{parts[2]:02d}", 0) + SHIFT


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the queries use: fold_key(text), accent_hit(body, phrase) and body_slice(body, start, end)
    (bodies are compressed: ``store.packing``)."""
    conn.create_function("fold_key", 1, lambda s: fold_key(s) if s else "", deterministic=True)
    conn.create_function("accent_hit", 2, lambda body, phrase: int(phrase in unpack(body).casefold()),
                         deterministic=True)
    conn.create_function("body_slice", 3, lambda body, start, end: unpack(body)[start:end], deterministic=True)


_COLUMNS = ("a.id, a.title, a.lead, a.outlet, a.published, a.published_precision, {snippet},"
            " (SELECT display FROM sources s WHERE s.article_id = a.id ORDER BY s.rowid LIMIT 1)")
_BY_DATE = "ORDER BY a.sort_key DESC"
_FTS_BY_DATE = "ORDER BY articles_fts.rowid DESC"
RANK_WINDOW = 1000
"""Ranked search scores the newest this-many matches: bounded work at any corpus size. It scores them by
their single words, not their phrases: bm25 first counts the articles holding each of its phrases in the
whole store, and for a common phrase that means reading every position of every match (55 ms for
'liên hợp quốc' at 100,000 articles, 17 ms for its three words)."""


def _rows(cur: sqlite3.Cursor) -> list[Row]:
    return [Row(*r[:6], r[6] or "", r[7] or "") for r in cur]


def timeline(conn: sqlite3.Connection, q: Query, limit: int = 50, offset: int = 0, ranked: bool = True,
             snippets: bool = True) -> Page:
    """Articles matching a query: ranked by bm25 (or by date), newest first when there are no words.

    Args:
        conn: a connection with ``register_functions`` applied.
        q: the parsed query.
        limit: page size.
        offset: rows to skip.
        ranked: order word matches by relevance; False orders them by date (the timeline).
        snippets: give each word match a snippet of its hits; False gives its lead (FTS5 re-reads
            each body to cut a snippet: most of a page's cost at 100,000 articles).
    """
    f = filters_for(conn, q, paged=True)
    if not q.has_terms:
        sql = (f"SELECT {_COLUMNS.format(snippet='a.lead')} FROM articles a WHERE a.id IN"
               f" (SELECT a.id FROM articles a WHERE {f.where()} {_BY_DATE} LIMIT ? OFFSET ?) {_BY_DATE}")
        return Page(_rows(conn.execute(sql, [*f.params, limit, offset])), "", q.hints)
    mode, expression = match_expression(conn, q, f)
    if expression is None:
        return Page([], "", q.hints, None)
    return Page(_match_rows(conn, q, expression, f, limit, offset, ranked, snippets), mode, q.hints, expression)


PHRASE_WINDOW = 2000
"""The phrase is looked for among the newest this-many articles with all the words (bounded work)."""


def match_expression(conn: sqlite3.Connection, q: Query, f: Filters) -> tuple[str, str | None]:
    """How a query's words match: as a phrase if the phrase occurs, else all words anywhere.

    The phrase counts as occurring when it is in any article at least as new as the
    ``PHRASE_WINDOW``-th newest article holding all the words (in every article, when fewer hold
    them): proving that a phrase occurs nowhere in 100,000 articles would read all their positions.
    The same choice serves every page, the counts and the sidebar of a result.
    """
    expressions = fts_expressions(q, spellings(conn, q.words))
    if len(expressions) == 1:
        return ("phrase", expressions[0]) if _exists(conn, expressions[0], f) else ("", None)
    if not expressions:
        return "", None
    as_phrase, anywhere = expressions
    floor = _window_floor(conn, anywhere, f)
    if _exists(conn, as_phrase, f, floor):
        return "phrase", as_phrase
    if floor is not None or _exists(conn, anywhere, f):
        return "all words", anywhere
    return "", None


def _window_floor(conn: sqlite3.Connection, expression: str, f: Filters) -> int | None:
    """The sort key of the ``PHRASE_WINDOW``-th newest match, or None when there are fewer."""
    sql = (f"SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()} {_FTS_BY_DATE} LIMIT 1 OFFSET ?")
    row = conn.execute(sql, [expression, *f.params, PHRASE_WINDOW - 1]).fetchone()
    return None if row is None else row[0]


def _exists(conn: sqlite3.Connection, expression: str, f: Filters, floor: int | None = None) -> bool:
    bound = "" if floor is None else " AND articles_fts.rowid >= ?"
    sql = (f"SELECT 1 FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
           f" WHERE articles_fts MATCH ?{bound} AND {f.where()} LIMIT 1")
    return conn.execute(sql, [expression, *([floor] if floor is not None else []), *f.params]).fetchone() is not None


def page_ids(conn: sqlite3.Connection, expression: str, f: Filters, limit: int, offset: int, ranked: bool,
             terms: list[str] | None = None) -> list[int]:
    """Sort keys of one page of matches, without snippets for the rest (SQLite computes columns before sorting).

    By date, FTS5 walks its rowids (sort keys) newest first and stops after the page. Ranked, the newest
    ``RANK_WINDOW`` matches are ordered by bm25 over the query's informative single words (``terms``, from
    ``query.rank_terms``; see ``informative``), or over ``expression`` itself when there are none. When
    every word is in most articles (bm25 would weigh each at 1e-6), those with the query in the headline
    come first, then the rest, newest first.
    """
    newest = (f"SELECT articles_fts.rowid AS k FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
              f" WHERE articles_fts MATCH ? AND {f.where()} {_FTS_BY_DATE}")
    if not ranked:
        return [r[0] for r in conn.execute(f"{newest} LIMIT ? OFFSET ?", [expression, *f.params, limit, offset])]
    window = [r[0] for r in conn.execute(f"{newest} LIMIT {RANK_WINDOW}", [expression, *f.params])]
    if not window:
        return []
    low, high = window[-1], window[0]
    rankers = informative(conn, terms, low, high) if terms else [expression]
    if not rankers:  # every word is in most articles: those naming the query in their headline first
        in_title = {r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                                               " AND rowid BETWEEN ? AND ?", (f"title : ({expression})", low, high))}
        return sorted(window, key=lambda k: k not in in_title)[offset : offset + limit]
    scores = dict(conn.execute(
        "SELECT rowid, bm25(articles_fts, 4.0, 1.0) FROM articles_fts WHERE articles_fts MATCH ?"
        " AND rowid BETWEEN ? AND ?", (" OR ".join(rankers), low, high)))
    return sorted(window, key=lambda k: scores.get(k, 0.0))[offset : offset + limit]


def informative(conn: sqlite3.Connection, terms: list[str], low: int, high: int) -> list[str]:
    """The terms held by fewer than half the articles with sort keys in ``low..high``.

    bm25 weighs a word in half the store or more at 1e-6 (its idf is clamped there), yet finds that out by
    reading the word's every article: 10 ms each for 'hợp', 'đã' or 'quốc' at 100,000 articles. Counted
    within the ranked window's range instead, a common word costs a fraction of that, and is left out of a
    ranking it would not change.
    """
    span = conn.execute("SELECT count(*) FROM articles WHERE sort_key BETWEEN ? AND ?", (low, high)).fetchone()[0]
    sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?"
    return [t for t in terms if 2 * conn.execute(sql, (t, low, high)).fetchone()[0] < span]


def _match_rows(conn: sqlite3.Connection, q: Query, expression: str, f: Filters, limit: int, offset: int,
                ranked: bool, snippets: bool = True) -> list[Row]:
    terms = rank_terms(q, spellings(conn, q.words)) if ranked else None
    ids = page_ids(conn, expression, f, limit, offset, ranked, terms)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT {_COLUMNS.format(snippet='a.lead')}, a.sort_key{', a.body' if snippets else ''} FROM articles a"
           f" WHERE a.sort_key IN ({marks})")
    records = conn.execute(sql, ids).fetchall()
    if snippets:
        by_key = _with_snippets(conn, q, records)
    else:
        by_key = {r[8]: Row(*r[:6], r[6] or "", r[7] or "") for r in records}
    rows = [by_key[k] for k in ids if k in by_key]
    if ranked and q.has_accents and offset == 0:
        rows = _accents_first(conn, rows, q)
    return rows


def with_spellings(conn: sqlite3.Connection, q: Query) -> Query:
    """The query with the other spellings of the entity its words name as extra phrases (for finding hits:
    'united nations' marks 'Liên Hợp Quốc')."""
    alternatives = tuple(tuple(tokens(a)) for a in spellings(conn, q.words))
    return replace(q, phrases=q.phrases + tuple(a for a in alternatives if a)) if alternatives else q


def _with_snippets(conn: sqlite3.Connection, q: Query, records: list[tuple]) -> dict[int, Row]:
    """Rows by sort key, each with a snippet of its hits (cut here: FTS5's snippet() re-reads every
    body through the tokenizer and, for a prefix, merges the positions of every matching word)."""
    wider = with_spellings(conn, q)
    out = {}
    for r in records:
        cut = snippet(unpack(r[9]), wider, (HIT_OPEN, HIT_CLOSE))
        out[r[8]] = Row(*r[:6], cut or r[6] or "", r[7] or "")
    return out


def _accents_first(conn: sqlite3.Connection, rows: list[Row], q: Query) -> list[Row]:
    """Stable re-order of a ranked page: articles with the words exactly as typed (accents and all) first."""
    phrase = " ".join(q.text.split()).casefold()
    ids = [r.id for r in rows]
    exact = {r[0] for r in conn.execute(
        f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(ids))}) AND accent_hit(body, ?)", [*ids, phrase])}
    return sorted(rows, key=lambda r: r.id not in exact)


def count(conn: sqlite3.Connection, q: Query, expression: str | None) -> int:
    """How many articles a query matches (``expression`` as returned in its first page)."""
    f = filters_for(conn, q)
    if not q.has_terms:
        return conn.execute(f"SELECT count(*) FROM articles a WHERE {f.where()}", f.params).fetchone()[0]
    if expression is None:
        return 0
    sql = (f"SELECT count(*) FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
           f" WHERE articles_fts MATCH ? AND {f.where()}")
    return conn.execute(sql, [expression, *f.params]).fetchone()[0]


def total(conn: sqlite3.Connection) -> int:
    """How many articles the store holds."""
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def scope_sql(conn: sqlite3.Connection, q: Query | None, cap: int | None = None) -> tuple[str, list] | None:
    """SQL selecting the ids of a query's articles, newest first (at most ``cap``); None means every article."""
    if q is None or not (q.has_terms or q.entities or q.since or q.until or q.outlets or q.excluded):
        if cap is None:
            return None
        return f"SELECT a.id FROM articles a {_BY_DATE} LIMIT ?", [cap]
    f = filters_for(conn, q, paged=cap is not None)
    limit = " LIMIT ?" if cap is not None else ""
    extra = [cap] if cap is not None else []
    if not q.has_terms:
        return f"SELECT a.id FROM articles a WHERE {f.where()} {_BY_DATE if cap else ''}{limit}", [*f.params, *extra]
    expression = match_expression(conn, q, f)[1]
    if expression is None:
        return "SELECT NULL WHERE 0", []
    return (f"SELECT a.id FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND {f.where()} {_FTS_BY_DATE if cap else ''}{limit}", [expression, *f.params, *extra])


def matching_ids(conn: sqlite3.Connection, q: Query, cap: int | None = None) -> list[int]:
    """Ids of every article a query matches (newest first when capped)."""
    scope = scope_sql(conn, q, cap)
    if scope is None:
        return [r[0] for r in conn.execute(f"SELECT a.id FROM articles a {_BY_DATE}")]
    return [r[0] for r in conn.execute(scope[0], scope[1])]


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
    scope = scope_sql(conn, q)
    if scope is not None:
        where.append(f"ev.article_id IN ({scope[0]})")
        params.extend(scope[1])
    sql = ("SELECT ev.id, ev.article_id, ev.start, ev.end, ev.precision, ev.year_inferred, ev.text, ev.sentence_start,"
           " ev.sentence_end, a.title, a.lead, a.outlet, body_slice(a.body, ev.sentence_start, ev.sentence_end)"
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
