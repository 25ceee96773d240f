"""The store's schema, its version in PRAGMA user_version, and the migrations between versions.

The full-text table is external-content over ``articles``: SQLite keeps only the index, the text
lives once. Its rowid is ``articles.sort_key`` (the publication date as a number, then the id),
so FTS5 walks matches newest first by itself and a page of the timeline stops after one page. What is indexed is the folded text (``text.fold``: đ as d, sỹ as sĩ), which has the
same length and word boundaries as the original, so ``snippet()`` and ``highlight()`` read the
original text and still mark the right words. Because of that the write path, not triggers,
keeps the index in step (see ``store.write``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter

from .mentions import entity_detail, join_details
from .packing import pack

SCHEMA_VERSION = 5

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    sort_key INTEGER NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    lead TEXT NOT NULL,
    outlet TEXT,
    byline TEXT,
    published TEXT,
    published_precision TEXT,
    published_source TEXT,
    body TEXT NOT NULL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sources (
    path TEXT PRIMARY KEY,
    display TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    file_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX sources_by_article ON sources (article_id, path);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    english TEXT
);
CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL,
    titles TEXT NOT NULL,
    spans TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_article ON article_entities (article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start TEXT NOT NULL,
    end TEXT,
    precision TEXT NOT NULL,
    year_inferred INTEGER NOT NULL,
    text TEXT NOT NULL,
    text_start INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    entity_ids TEXT NOT NULL
);
CREATE INDEX events_by_date ON events (start, article_id);
CREATE INDEX events_by_article ON events (article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"""

COUNT_TRIGGERS = """
CREATE TRIGGER article_entities_counted AFTER INSERT ON article_entities BEGIN
    UPDATE entities SET articles = articles + 1, mentions = mentions + new.mentions WHERE id = new.entity_id;
END;
CREATE TRIGGER article_entities_uncounted AFTER DELETE ON article_entities BEGIN
    UPDATE entities SET articles = articles - 1, mentions = mentions - old.mentions WHERE id = old.entity_id;
END;
"""
"""The triggers that keep each entity's article and mention totals (versions 2 on; rebuilt with the table in 3)."""

_V2 = """
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET articles = c.n, mentions = c.m
    FROM (SELECT entity_id, count(*) AS n, sum(mentions) AS m FROM article_entities GROUP BY entity_id) AS c
    WHERE c.entity_id = entities.id;
CREATE INDEX article_entities_counts ON article_entities (article_id, mentions);
DROP INDEX article_entities_by_article;
""" + COUNT_TRIGGERS
"""Version 2: entity totals kept by triggers (the sidebar of a large result counts its complement), and
a narrow index of (article, entity, mentions) so counting never reads the wide alias and span columns."""

_V3_MENTIONS = """
CREATE TABLE article_mentions (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    entities TEXT NOT NULL
);
"""

_V3_NARROW = """
CREATE TABLE article_entities_v3 (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
INSERT INTO article_entities_v3 (article_id, entity_id, mentions)
    SELECT article_id, entity_id, mentions FROM article_entities ORDER BY entity_id, article_id;
DROP TABLE article_entities;
ALTER TABLE article_entities_v3 RENAME TO article_entities;
CREATE INDEX article_entities_counts ON article_entities (article_id, mentions);
""" + COUNT_TRIGGERS


def _v3(conn: sqlite3.Connection) -> None:
    """Version 3: the wide per-mention columns (offsets, spellings, titles) move to one row per article in
    ``article_mentions``, in the compact form of ``store.mentions`` and written in article order, so
    ``article_entities`` is three integers per row: inserting into the middle of a wide WITHOUT ROWID
    table was most of an ingest's writing time, and the compact form is a third of the size."""
    for statement in _statements(_V3_MENTIONS):
        conn.execute(statement)
    rows = conn.execute("SELECT ae.article_id, ae.entity_id, e.name, ae.spans, ae.aliases, ae.titles"
                        " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id ORDER BY ae.article_id")
    conn.executemany("INSERT INTO article_mentions (article_id, entities) VALUES (?, ?)", _compact_rows(rows))
    for statement in _statements(_V3_NARROW):
        conn.execute(statement)


def _compact_rows(rows: Iterable[tuple]) -> Iterator[tuple[int, str]]:
    """(article id, compact mentions) from wide rows ordered by article; entities in order of first mention."""
    for article_id, group in groupby(rows, key=itemgetter(0)):
        items = []
        for _, entity_id, name, spans, aliases, titles in group:
            spans = [tuple(s) for s in json.loads(spans)]
            items.append((spans[0][0] if spans else 0, entity_id,
                          entity_detail(name, spans, json.loads(aliases), json.loads(titles))))
        yield article_id, join_details([(eid, detail) for _, eid, detail in sorted(items)])


_V4 = """
ALTER TABLE articles ADD COLUMN analysis TEXT;
"""
"""Version 4: the fingerprint of the rules, gazetteer and alias files each article was analysed with
(``store.extract.analysis_fingerprint``); NULL, as for every earlier article, means 'analyse again'."""



def _v5(conn: sqlite3.Connection) -> None:
    """Version 5: bodies zlib-compressed (``store.packing``), a third of their size. The space freed
    is reused by later ingests; ``VACUUM`` gives it back to the file system at once."""
    conn.create_function("pack_body", 1, lambda body: pack(body) if isinstance(body, str) else body)
    conn.execute("UPDATE articles SET body = pack_body(body) WHERE typeof(body) = 'text'")


MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {1: _V1, 2: _V2, 3: _v3, 4: _V4, 5: _v5}
"""Migration to version N, run on a store at version N - 1 (version 0 is an empty file): a DDL script,
or a function where rows must be rewritten."""


SHIFT = 1 << 24
"""sort_key = date number × SHIFT + id; ids stay below SHIFT (16.7 million articles)."""


def sort_key(published: str | None, article_id: int) -> int:
    """A key that orders articles by publication date (unknown dates lowest), then by id.

    '2022' < '2022-09' < '2022-09-03' as in their text order: missing parts count as zero.
    """
    number = 0
    if published:
        parts = [int(p) for p in published.split("-")] + [0, 0]
        number = parts[0] * 10000 + parts[1] * 100 + parts[2]
    return number * SHIFT + article_id


class SchemaError(RuntimeError):
    """The store was written by a newer uncops-tui, or is not an uncops-tui store."""


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection) -> int:
    """Refuse stores from a newer release and foreign databases; return the version found."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"this store has schema version {version}, newer than this uncops-tui ({SCHEMA_VERSION}); "
            "upgrade uncops-tui to open it"
        )
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise SchemaError("this SQLite file is not an uncops-tui store (it has other tables); choose another --db")
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to ``SCHEMA_VERSION``, one migration per version, each in its own transaction.

    Returns:
        The version the store had before.
    """
    before = check_version(conn)
    for version in range(before + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[version]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before


def _statements(script: str) -> list[str]:
    """Split a DDL script into complete statements (a trigger's body keeps its inner semicolons)."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out
