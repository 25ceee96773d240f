"""Stores as earlier releases wrote them, made from a store of this release (the writer only writes the newest
schema): each step undoes one migration of ``store.schema``, so migrations are tested on real data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from store import mentions
from store.packing import unpack
from store.schema import COUNT_TRIGGERS

_TO_4 = """
UPDATE articles SET body = unpack(body);
PRAGMA user_version = 4;
"""

_TO_3 = """
ALTER TABLE articles DROP COLUMN analysis;
PRAGMA user_version = 3;
"""

_TO_2 = """
CREATE TABLE article_entities_v2 (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL,
    titles TEXT NOT NULL,
    spans TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
"""

_TO_2_SWAP = """
DROP TABLE article_entities;
DROP TABLE article_mentions;
ALTER TABLE article_entities_v2 RENAME TO article_entities;
CREATE INDEX article_entities_counts ON article_entities (article_id, mentions);
PRAGMA user_version = 2;
""" + COUNT_TRIGGERS

_TO_1 = """
DROP TRIGGER article_entities_counted;
DROP TRIGGER article_entities_uncounted;
DROP INDEX article_entities_counts;
CREATE INDEX article_entities_by_article ON article_entities (article_id);
ALTER TABLE entities DROP COLUMN articles;
ALTER TABLE entities DROP COLUMN mentions;
PRAGMA user_version = 1;
"""


def downgrade(db: Path, version: int) -> Path:
    """Rewrite the store at ``db`` (this release's schema, 5) as schema ``version`` (1 to 4) held it."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.create_function("unpack", 1, unpack)
        conn.executescript(_TO_4)
        if version == 4:
            return db
        conn.executescript(_TO_3)
        if version == 3:
            return db
        conn.executescript(_TO_2)
        conn.executemany("INSERT INTO article_entities_v2 VALUES (?, ?, ?, ?, ?, ?)", list(_wide_rows(conn)))
        conn.executescript(_TO_2_SWAP)
        if version == 1:
            conn.executescript(_TO_1)
    finally:
        conn.close()
    return db


def _wide_rows(conn: sqlite3.Connection):
    """Schema 2's rows: one per article and entity, spellings (always listed), titles and spans as JSON."""
    names = dict(conn.execute("SELECT id, name FROM entities"))
    counts = {(a, e): n for a, e, n in conn.execute("SELECT article_id, entity_id, mentions FROM article_entities")}
    for article_id, value in conn.execute("SELECT article_id, entities FROM article_mentions"):
        for eid, (spans, spellings, titles) in mentions.decode(value).items():
            yield (article_id, eid, counts[(article_id, eid)], json.dumps(spellings or [names[eid]], ensure_ascii=False),
                   json.dumps(titles, ensure_ascii=False), json.dumps(spans))
