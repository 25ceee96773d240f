"""Write extracted articles into the store: idempotent by text hash, duplicates as extra sources.

A file's path identifies a source; a hash of the normalised text identifies an article. An
unchanged file changes nothing; a changed file updates its article (or gets a new one if other
files still hold the old text); a file whose text another file already has becomes another
source of that article. The caller commits in batches.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .mentions import join_details
from .packing import unpack
from .rows import ArticleRows, EntityRow
from .schema import sort_key
from .text import fold

ADDED, UPDATED, UNCHANGED, DUPLICATE, REANALYSED = "added", "updated", "unchanged", "duplicates", "reanalysed"


@dataclass
class Counts:
    """What an ingest did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    reanalysed: int = 0
    """Of the unchanged files, those whose articles were analysed again (new rules or alias files)."""
    rejected: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The JSON form the CLI prints."""
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "reanalysed": self.reanalysed, "rejected": self.rejected}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class WriteCache:
    """What one ingest remembers between articles, so repeated entities cost no query."""

    analysis: str | None = None
    """The fingerprint this run analyses with (``store.extract.analysis_fingerprint``)."""
    entity_ids: dict[str, int] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)
    """The name each entity in ``entity_ids`` is stored under."""
    search_keys: set[tuple[int, str]] = field(default_factory=set)
    """(entity id, search key) pairs already in ``entity_names``."""
    pending_fts: list[tuple[int, str, str]] = field(default_factory=list)
    """Full-text rows not yet inserted: ``flush_pending`` writes them, just before a commit."""

    def clear(self) -> None:
        """Forget everything (after a rollback, the ids may no longer exist and the pending rows are void)."""
        self.entity_ids.clear()
        self.entity_names.clear()
        self.search_keys.clear()
        self.pending_fts.clear()


def flush_pending(conn: sqlite3.Connection, cache: WriteCache) -> None:
    """Insert the batch's full-text rows, all at once: call it before every commit.

    FTS5 writes its in-memory index to disk as a new segment whenever another statement of the
    transaction opens a statement journal (any insert with a foreign key or a trigger does), so
    full-text rows inserted between the other rows cost a tiny segment and a merge per article.
    Inserted last, a batch becomes one segment.
    """
    if cache.pending_fts:
        conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", cache.pending_fts)
        cache.pending_fts.clear()


def _fts_delete(conn: sqlite3.Connection, article_id: int, cache: WriteCache) -> None:
    flush_pending(conn, cache)  # the row to delete may be one of them
    row = conn.execute("SELECT sort_key, title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is not None:
        conn.execute("INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                     (row[0], fold(row[1] or ""), fold(unpack(row[2]))))


def _article_values(r: ArticleRows) -> tuple:
    return (r.hash, r.title, r.lead, r.outlet, r.byline, r.published, r.published_precision, r.published_source, r.body)


def _insert_article(conn: sqlite3.Connection, r: ArticleRows, cache: WriteCache) -> int:
    now = _now()
    article_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    key = sort_key(r.published, article_id)
    conn.execute(
        "INSERT INTO articles (id, sort_key, hash, title, lead, outlet, byline, published, published_precision,"
        " published_source, body, added_at, updated_at, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, key, *_article_values(r), now, now, cache.analysis),
    )
    cache.pending_fts.append((key, r.fts_title, r.fts_body))
    _write_analysis(conn, article_id, r, cache)
    return article_id


def _update_article(conn: sqlite3.Connection, article_id: int, r: ArticleRows, cache: WriteCache) -> None:
    _fts_delete(conn, article_id, cache)
    key = sort_key(r.published, article_id)
    conn.execute(
        "UPDATE articles SET sort_key = ?, hash = ?, title = ?, lead = ?, outlet = ?, byline = ?, published = ?,"
        " published_precision = ?, published_source = ?, body = ?, updated_at = ?, analysis = ? WHERE id = ?",
        (key, *_article_values(r), _now(), cache.analysis, article_id),
    )
    cache.pending_fts.append((key, r.fts_title, r.fts_body))
    for table in ("article_entities", "article_mentions", "events"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _write_analysis(conn, article_id, r, cache)


def _delete_article(conn: sqlite3.Connection, article_id: int, cache: WriteCache) -> None:
    _fts_delete(conn, article_id, cache)
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def _entity_id(conn: sqlite3.Connection, e: EntityRow, cache: WriteCache) -> int:
    entity_id = cache.entity_ids.get(e.key)
    if entity_id is not None:
        _better_name(conn, entity_id, e, cache)
        return entity_id
    row = conn.execute("SELECT id, english, name FROM entities WHERE key = ?", (e.key,)).fetchone()
    if row is None:
        entity_id = int(conn.execute("INSERT INTO entities (key, name, type, english) VALUES (?, ?, ?, ?)",
                                     (e.key, e.name, e.type, e.english)).lastrowid or 0)
        cache.entity_names[e.key] = e.name
    else:
        entity_id = row[0]
        if e.english and not row[1]:
            conn.execute("UPDATE entities SET english = ? WHERE id = ?", (e.english, entity_id))
        cache.entity_names[e.key] = row[2]
        _better_name(conn, entity_id, e, cache)
    cache.entity_ids[e.key] = entity_id
    return entity_id


def _better_name(conn: sqlite3.Connection, entity_id: int, e: EntityRow, cache: WriteCache) -> None:
    """'Nguyễn Duy Ngọc' names the entity first seen as 'Nguyen Duy Ngoc', in this ingest or an earlier one."""
    stored = cache.entity_names[e.key]
    if e.name != stored and _marks(e.name) > _marks(stored):  # the writer's hot path: most names are the same
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (e.name, entity_id))
        cache.entity_names[e.key] = e.name


def _marks(name: str) -> int:
    """How many letters of a name carry diacritics."""
    return sum(1 for ch in name if ch in "đĐ" or len(unicodedata.normalize("NFD", ch)) > 1)


def _write_analysis(conn: sqlite3.Connection, article_id: int, r: ArticleRows, cache: WriteCache) -> None:
    ids = [_entity_id(conn, e, cache) for e in r.entities]
    conn.executemany("INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)",
                     [(article_id, eid, e.mentions) for eid, e in zip(ids, r.entities)])
    if r.entities:
        details = join_details([(eid, e.detail) for eid, e in zip(ids, r.entities)])
        conn.execute("INSERT INTO article_mentions (article_id, entities) VALUES (?, ?)", (article_id, details))
    _write_search_keys(conn, ids, r.entities, cache)
    by_key = dict(zip((e.key for e in r.entities), ids))
    conn.executemany(
        "INSERT INTO events (article_id, start, end, precision, year_inferred, text, text_start, sentence_start,"
        " sentence_end, entity_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, *e[:8], "[" + ",".join(str(by_key[k]) for k in e.entity_keys if k in by_key) + "]")
         for e in r.events],
    )


def _write_search_keys(conn: sqlite3.Connection, ids: list[int], entities: tuple[EntityRow, ...],
                       cache: WriteCache) -> None:
    """Every spelling seen becomes a search name of its entity ('LHQ', 'Nam Xu-đăng'), once per ingest."""
    new = {(eid, key) for eid, e in zip(ids, entities) for key in e.search_keys} - cache.search_keys
    if new:
        conn.executemany("INSERT OR IGNORE INTO entity_names (entity_id, key) VALUES (?, ?)", sorted(new))
        cache.search_keys |= new


def _add_source(conn: sqlite3.Connection, r: ArticleRows, article_id: int) -> None:
    conn.execute(
        "INSERT INTO sources (path, display, article_id, file_hash, size, encoding, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (path) DO UPDATE SET display = excluded.display, article_id = excluded.article_id,"
        " file_hash = excluded.file_hash, size = excluded.size, encoding = excluded.encoding, seen_at = excluded.seen_at",
        (r.path, r.display, article_id, r.file_hash, r.size, r.encoding, _now()),
    )


def touch_source(conn: sqlite3.Connection, path: str, display: str) -> str:
    """A file found unchanged without reading it again: only how it was named and when it was seen change."""
    conn.execute("UPDATE sources SET display = ?, seen_at = ? WHERE path = ?", (display, _now(), path))
    return UNCHANGED


def _orphan(conn: sqlite3.Connection, article_id: int, cache: WriteCache) -> None:
    """Delete an article no file holds any more."""
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sources WHERE article_id = ?)", (article_id,)).fetchone()[0]:
        _delete_article(conn, article_id, cache)


def store_one(conn: sqlite3.Connection, x: ArticleRows, cache: WriteCache | None = None) -> str:
    """Store one extracted file; returns 'added', 'updated', 'unchanged', 'reanalysed' or 'duplicates'.

    Args:
        conn: a connection inside a transaction.
        x: the file's rows (``store.rows.prepare``).
        cache: what the caller keeps for one run; call ``flush_pending`` with it before committing
            (and clear it after a rollback).
    """
    cache = WriteCache() if cache is None else cache
    source = conn.execute("SELECT s.article_id, a.hash, a.analysis FROM sources s JOIN articles a ON a.id = s.article_id"
                          " WHERE s.path = ?", (x.path,)).fetchone()
    same_text = conn.execute("SELECT id FROM articles WHERE hash = ?", (x.hash,)).fetchone()
    if source is not None and source[1] == x.hash:
        _add_source(conn, x, source[0])
        if source[2] is not None and source[2] == cache.analysis:
            return UNCHANGED
        _update_article(conn, source[0], x, cache)  # the same text, read under other rules or aliases
        return REANALYSED
    if same_text is not None:
        _add_source(conn, x, same_text[0])
        if source is not None:
            _orphan(conn, source[0], cache)
        return DUPLICATE
    if source is not None:
        others = conn.execute("SELECT count(*) FROM sources WHERE article_id = ? AND path != ?",
                              (source[0], x.path)).fetchone()[0]
        if others == 0:
            _update_article(conn, source[0], x, cache)
            _add_source(conn, x, source[0])
            return UPDATED
        _add_source(conn, x, _insert_article(conn, x, cache))
        return UPDATED
    _add_source(conn, x, _insert_article(conn, x, cache))
    return ADDED
