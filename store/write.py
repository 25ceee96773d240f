"""Write extracted articles into the store: idempotent by text hash, duplicates as extra sources.

A file's path identifies a source; a hash of the normalised text identifies an article. An
unchanged file changes nothing; a changed file updates its article (or gets a new one if other
files still hold the old text); a file whose text another file already has becomes another
source of that article. The caller commits in batches.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .entities import Mention
from .extract import Extracted
from .schema import sort_key
from .text import fold, fold_key

ADDED, UPDATED, UNCHANGED, DUPLICATE = "added", "updated", "unchanged", "duplicates"


@dataclass
class Counts:
    """What an ingest did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The JSON form the CLI prints."""
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "rejected": self.rejected}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def lead_of(body: str, words: int = 14) -> str:
    """The first words of the body, for rows without a headline."""
    first = body.split("\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")


def _fts_delete(conn: sqlite3.Connection, article_id: int) -> None:
    row = conn.execute("SELECT sort_key, title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is not None:
        conn.execute("INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                     (row[0], fold(row[1] or ""), fold(row[2])))


def _fts_insert(conn: sqlite3.Connection, key: int, title: str | None, body: str) -> None:
    conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", (key, fold(title or ""), fold(body)))


def _article_values(x: Extracted) -> tuple:
    c = x.cleaned
    pub = c.published
    return (x.hash, c.title, lead_of(c.body), c.outlet, c.byline, pub.value if pub else None,
            pub.precision if pub else None, pub.source if pub else None, c.body)


def _published(x: Extracted) -> str | None:
    return x.cleaned.published.value if x.cleaned.published else None


def _insert_article(conn: sqlite3.Connection, x: Extracted, cache: dict[str, int]) -> int:
    now = _now()
    article_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    key = sort_key(_published(x), article_id)
    conn.execute(
        "INSERT INTO articles (id, sort_key, hash, title, lead, outlet, byline, published, published_precision,"
        " published_source, body, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, key, *_article_values(x), now, now),
    )
    _fts_insert(conn, key, x.cleaned.title, x.cleaned.body)
    _write_analysis(conn, article_id, x, cache)
    return article_id


def _update_article(conn: sqlite3.Connection, article_id: int, x: Extracted, cache: dict[str, int]) -> None:
    _fts_delete(conn, article_id)
    key = sort_key(_published(x), article_id)
    conn.execute(
        "UPDATE articles SET sort_key = ?, hash = ?, title = ?, lead = ?, outlet = ?, byline = ?, published = ?,"
        " published_precision = ?, published_source = ?, body = ?, updated_at = ? WHERE id = ?",
        (key, *_article_values(x), _now(), article_id),
    )
    _fts_insert(conn, key, x.cleaned.title, x.cleaned.body)
    for table in ("article_entities", "events"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _write_analysis(conn, article_id, x, cache)


def _delete_article(conn: sqlite3.Connection, article_id: int) -> None:
    _fts_delete(conn, article_id)
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def _entity_id(conn: sqlite3.Connection, m: Mention, cache: dict[str, int]) -> int:
    if m.key in cache:
        return cache[m.key]
    row = conn.execute("SELECT id, english FROM entities WHERE key = ?", (m.key,)).fetchone()
    if row is None:
        entity_id = int(conn.execute("INSERT INTO entities (key, name, type, english) VALUES (?, ?, ?, ?)",
                                     (m.key, m.name, m.type, m.english)).lastrowid)
        names = {fold_key(m.name)} | ({fold_key(m.english)} if m.english else set())
    else:
        entity_id = row[0]
        if m.english and not row[1]:
            conn.execute("UPDATE entities SET english = ? WHERE id = ?", (m.english, entity_id))
        names = {fold_key(m.english)} if m.english else set()
    conn.executemany("INSERT OR IGNORE INTO entity_names (entity_id, key) VALUES (?, ?)",
                     [(entity_id, n) for n in names if n])
    cache[m.key] = entity_id
    return entity_id


_to_json = json.JSONEncoder(ensure_ascii=False).encode
_to_compact_json = json.JSONEncoder(separators=(",", ":")).encode
"""Encoders made once: ``json.dumps`` with any option builds a new encoder on every call."""


def _write_analysis(conn: sqlite3.Connection, article_id: int, x: Extracted, cache: dict[str, int]) -> None:
    per_entity: dict[int, dict] = defaultdict(lambda: {"n": 0, "aliases": {}, "titles": {}, "spans": []})
    for m in x.mentions:
        entity_id = _entity_id(conn, m, cache)
        info = per_entity[entity_id]
        info["n"] += 1
        info["aliases"][" ".join(m.surface.split())] = None
        for title in m.titles:
            info["titles"][title] = None
        info["spans"].append([m.start, m.end])
    conn.executemany(
        "INSERT INTO article_entities (article_id, entity_id, mentions, aliases, titles, spans) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, eid, info["n"], _to_json(list(info["aliases"])), _to_json(list(info["titles"])),
          _to_compact_json(info["spans"]))
         for eid, info in per_entity.items()],
    )
    _write_alias_names(conn, per_entity)
    conn.executemany(
        "INSERT INTO events (article_id, start, end, precision, year_inferred, text, text_start, sentence_start,"
        " sentence_end, entity_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, e.start, e.end, e.precision, int(e.year_inferred), e.text, e.text_start, e.sentence_start,
          e.sentence_end, json.dumps([cache[k] for k in e.entity_keys if k in cache])) for e in x.events],
    )


def _write_alias_names(conn: sqlite3.Connection, per_entity: dict[int, dict]) -> None:
    """Every spelling seen becomes a search name of its entity ('LHQ', 'Nam Xu-đăng')."""
    rows = {(eid, fold_key(a)) for eid, info in per_entity.items() for a in info["aliases"]}
    conn.executemany("INSERT OR IGNORE INTO entity_names (entity_id, key) VALUES (?, ?)", sorted(rows))


def _add_source(conn: sqlite3.Connection, x: Extracted, article_id: int) -> None:
    conn.execute(
        "INSERT INTO sources (path, display, article_id, file_hash, size, encoding, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (path) DO UPDATE SET display = excluded.display, article_id = excluded.article_id,"
        " file_hash = excluded.file_hash, size = excluded.size, encoding = excluded.encoding, seen_at = excluded.seen_at",
        (x.path, x.display, article_id, x.file_hash, x.size, x.encoding, _now()),
    )


def _orphan(conn: sqlite3.Connection, article_id: int) -> None:
    """Delete an article no file holds any more."""
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sources WHERE article_id = ?)", (article_id,)).fetchone()[0]:
        _delete_article(conn, article_id)


def store_one(conn: sqlite3.Connection, x: Extracted, cache: dict[str, int] | None = None) -> str:
    """Store one extracted file; returns 'added', 'updated', 'unchanged' or 'duplicates'.

    Args:
        conn: a connection inside a transaction.
        x: the extracted file.
        cache: entity ids by key, kept by the caller for one run (empty it after a rollback).
    """
    cache = {} if cache is None else cache
    source = conn.execute("SELECT s.article_id, a.hash FROM sources s JOIN articles a ON a.id = s.article_id"
                          " WHERE s.path = ?", (x.path,)).fetchone()
    same_text = conn.execute("SELECT id FROM articles WHERE hash = ?", (x.hash,)).fetchone()
    if source is not None and source[1] == x.hash:
        _add_source(conn, x, source[0])
        return UNCHANGED
    if same_text is not None:
        _add_source(conn, x, same_text[0])
        if source is not None:
            _orphan(conn, source[0])
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
