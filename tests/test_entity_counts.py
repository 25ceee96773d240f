"""Entity totals kept by the store, and sidebar counts that use them: always equal to counting every mention."""

from __future__ import annotations

import pytest

import store.schema as schema_module
from store import ingest, open_store, parse
from store import facets as F
from store import queries as Q


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


def version_1_store(db, seed_copy, monkeypatch):
    """A store written by the release before schema 2, holding the seeds."""
    with monkeypatch.context() as m:
        m.setattr(schema_module, "SCHEMA_VERSION", 1)
        s = open_store(db)
        ingest(s, [seed_copy], workers=1)
        assert schema_module.user_version(s.conn) == 1
        s.close()
    return db


def test_a_version_1_store_is_migrated_with_its_totals(tmp_path, seed_copy, monkeypatch):
    s = open_store(version_1_store(tmp_path / "v1.db", seed_copy, monkeypatch))
    assert schema_module.user_version(s.conn) == 2
    assert kept_totals(s.conn) == brute_counts(s.conn) != {}
    indexes = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "article_entities_counts" in indexes and "article_entities_by_article" not in indexes
    s.close()


def test_a_read_only_version_1_store_still_counts(tmp_path, seed_copy, monkeypatch):
    s = open_store(version_1_store(tmp_path / "v1.db", seed_copy, monkeypatch), readonly=True)
    Q.register_functions(s.conn)
    assert schema_module.user_version(s.conn) == 1
    for text in ("", "cong an", "unmiss"):
        matched = set(Q.matching_ids(s.conn, parse(text))) if text else None
        assert facet_counts(s.conn, text) == brute_counts(s.conn, matched) != {}
    s.close()
