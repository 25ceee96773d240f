"""Entity totals kept by the store, and sidebar counts that use them: always equal to counting every mention."""

from __future__ import annotations

import sqlite3

import pytest

import store.schema as schema_module
from store import ingest, open_store, parse
from store import facets as F
from store import articles as A
from store import queries as Q

from .old_stores import downgrade


def brute_counts(conn, article_ids=None):
    """(entity id -> (articles, mentions)) by grouping every row, the slow and obvious way."""
    rows = conn.execute("SELECT article_id, entity_id, mentions FROM article_entities").fetchall()
    out: dict[int, tuple[int, int]] = {}
    for article_id, entity_id, mentions in rows:
        if article_ids is None or article_id in article_ids:
            n, m = out.get(entity_id, (0, 0))
            out[entity_id] = (n + 1, m + mentions)
    return out


def kept_totals(conn):
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, articles, mentions FROM entities WHERE articles > 0")}


def facet_counts(conn, text, cap=None):
    by_type, _ = F.facets(conn, parse(text) if text else None, per_type=10_000, cap=cap)
    return {e["id"]: (e["articles"], e["mentions"]) for items in by_type.values() for e in items}


def test_totals_follow_adds_updates_and_deletes(tmp_path, seed_copy):
    s = open_store(tmp_path / "s.db")
    ingest(s, [seed_copy], workers=1)
    assert kept_totals(s.conn) == brute_counts(s.conn) != {}
    first = sorted(seed_copy.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8").replace("Liên Hợp Quốc", "UNMISS"), encoding="utf-8")
    ingest(s, [seed_copy], workers=1)  # an updated article: its old rows go, its new rows come
    assert kept_totals(s.conn) == brute_counts(s.conn)
    s.conn.execute("DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)")  # cascades to its mentions
    assert kept_totals(s.conn) == brute_counts(s.conn)
    s.close()


@pytest.mark.parametrize("text", ["", "cong an", "hoa binh", "luong tam quang", "unmiss", "since:2023", "-unmiss"])
def test_sidebar_counts_equal_counting_every_mention(seeded, text):
    matched = set(Q.matching_ids(seeded.conn, parse(text))) if text else None
    assert facet_counts(seeded.conn, text) == brute_counts(seeded.conn, matched)


def test_large_results_are_counted_by_their_complement(seeded):
    """A query matching most articles goes through totals minus the rest, and the answer is the same."""
    text = "cong an"
    matched = set(Q.matching_ids(seeded.conn, parse(text)))
    assert 2 * len(matched) > Q.total(seeded.conn)
    assert facet_counts(seeded.conn, text) == brute_counts(seeded.conn, matched)
    assert facet_counts(seeded.conn, text, cap=2) != {}


def old_store(db, seed_copy, version):
    """A store holding the seeds as the release with schema ``version`` wrote it."""
    s = open_store(db)
    ingest(s, [seed_copy], workers=1)
    s.close()
    downgrade(db, version)
    with sqlite3.connect(db) as conn:
        assert schema_module.user_version(conn) == version
    return db


def details(conn):
    """Every article's entities as ``show --json`` gives them."""
    return {i: A.article_entities(conn, i) for (i,) in conn.execute("SELECT id FROM articles ORDER BY id")}


def readings(conn):
    """What a reader sees of the store: every article whole (body, events and their sentences), the event
    list and a page of search snippets."""
    Q.register_functions(conn)
    whole = {i: A.article(conn, i) for (i,) in conn.execute("SELECT id FROM articles ORDER BY id")}
    return whole, Q.events(conn), Q.timeline(conn, parse("luong tam quang"))


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_older_store_is_migrated_with_its_totals_and_mentions(tmp_path, seed_copy, version):
    current = open_store(tmp_path / "current.db")
    ingest(current, [seed_copy], workers=1)
    s = open_store(old_store(tmp_path / "old.db", seed_copy, version))
    assert schema_module.user_version(s.conn) == schema_module.SCHEMA_VERSION
    assert kept_totals(s.conn) == brute_counts(s.conn) == brute_counts(current.conn) != {}
    assert details(s.conn) == details(current.conn)
    assert readings(s.conn) == readings(current.conn)
    assert {r[0] for r in s.conn.execute("SELECT DISTINCT typeof(body) FROM articles")} == {"blob"}
    indexes = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "article_entities_counts" in indexes and "article_entities_by_article" not in indexes
    columns = {r[1] for r in s.conn.execute("PRAGMA table_info(article_entities)")}
    assert columns == {"article_id", "entity_id", "mentions"}
    current.close()
    s.close()


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_a_read_only_older_store_still_counts_and_shows_mentions(tmp_path, seed_copy, version):
    current = open_store(tmp_path / "current.db")
    ingest(current, [seed_copy], workers=1)
    s = open_store(old_store(tmp_path / "old.db", seed_copy, version), readonly=True)
    Q.register_functions(s.conn)
    assert schema_module.user_version(s.conn) == version
    for text in ("", "cong an", "unmiss"):
        matched = set(Q.matching_ids(s.conn, parse(text))) if text else None
        assert facet_counts(s.conn, text) == brute_counts(s.conn, matched) != {}
    assert details(s.conn) == details(current.conn)
    assert readings(s.conn) == readings(current.conn)
    assert {r[0] for r in s.conn.execute("SELECT DISTINCT typeof(body) FROM articles")} == {"text"}
    current.close()
    s.close()
