"""Ingest: bad files get a clear reason, good files always land, re-runs are idempotent."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from store import ingest
from store.packing import unpack


def test_seeds_ingest_once_then_unchanged(store, seed_copy):
    first = ingest(store, [seed_copy], workers=1)
    assert (first.added, first.updated, first.unchanged, first.duplicates, first.rejected) == (5, 0, 0, 0, [])
    again = ingest(store, [seed_copy], workers=1)
    assert (again.added, again.unchanged) == (0, 5)
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_changed_file_updates_its_article(store, seed_copy):
    ingest(store, [seed_copy], workers=1)
    path = seed_copy / "004_a61377d11073c848.txt"
    (article_id,) = store.conn.execute("SELECT article_id FROM sources WHERE display = ?", (str(path),)).fetchone()
    path.write_text(path.read_text(encoding="utf-8").replace("Khổng Hà", "Khổng Hà\n\nThêm một câu mới vào cuối bài viết để kiểm tra cập nhật nội dung."), encoding="utf-8")
    result = ingest(store, [seed_copy], workers=1)
    assert (result.updated, result.unchanged) == (1, 4)
    body = unpack(store.conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0])
    assert body.endswith("kiểm tra cập nhật nội dung.")
    hits = store.conn.execute("SELECT a.id FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid"
                              " WHERE articles_fts MATCH ?", ('"kiem tra cap nhat noi dung"',)).fetchall()
    assert hits == [(article_id,)]


def test_same_text_in_another_file_is_a_duplicate_source(store, seed_copy, tmp_path):
    other = tmp_path / "bản sao với dấu cách.txt"
    shutil.copy(seed_copy / "000_c86a53919e3ef4ee.txt", other)
    result = ingest(store, [seed_copy, other], workers=1)
    assert (result.added, result.duplicates) == (5, 1)
    rows = store.conn.execute("SELECT count(DISTINCT article_id), count(*) FROM sources").fetchone()
    assert rows == (5, 6)


def test_crlf_and_bom_copy_is_the_same_article(store, seed_copy, tmp_path):
    text = (seed_copy / "001_38c9184f049134a8.txt").read_text(encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = ingest(store, [seed_copy / "001_38c9184f049134a8.txt", tmp_path / "crlf.txt"], workers=1)
    assert (result.added, result.duplicates) == (1, 1)


def test_bad_files_are_rejected_with_reasons_and_good_ones_land(store, seed_copy, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text("   \n\n\t \n", encoding="utf-8")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (bad / "junk.txt").write_text("Trang chủ\nThời sự\nHotline: 0123\nTin mới nhất\n", encoding="utf-8")
    (bad / "big.txt").write_text("Bộ Công an " * 2000, encoding="utf-8")
    shutil.copy(seed_copy / "002_9db8d03716360460.txt", bad / "tên\ncó dòng mới.txt")
    result = ingest(store, [bad], workers=1, max_bytes=10_000)
    reasons = {r["path"].rsplit("/", 1)[-1]: r["reason"] for r in result.rejected}
    assert reasons["empty.txt"] == "empty file"
    assert "blank" in reasons["blank.txt"] or "empty" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"]
    assert "site junk" in reasons["junk.txt"]
    assert "too large" in reasons["big.txt"]
    assert result.added == 1


def test_glob_selects_other_patterns(store, seed_copy):
    for path in seed_copy.glob("*.txt"):
        path.rename(path.with_suffix(".article"))
    assert ingest(store, [seed_copy], workers=1).added == 0
    assert ingest(store, [seed_copy], globs=["*.article"], workers=1).added == 5


def test_parallel_extraction_gives_the_same_store(tmp_path, seed_copy):
    from store import open_store

    for i in range(70):
        text = (seed_copy / "004_a61377d11073c848.txt").read_text(encoding="utf-8")
        (seed_copy / f"copy{i:03d}.txt").write_text(text + f"\n\nCâu bổ sung số {i} để bài viết khác nhau hoàn toàn.",
                                                     encoding="utf-8")
    one = open_store(tmp_path / "one.db")
    two = open_store(tmp_path / "two.db")
    assert ingest(one, [seed_copy], workers=1).added == ingest(two, [seed_copy], workers=2).added == 75
    q = "SELECT hash, title, published FROM articles ORDER BY hash"
    assert one.conn.execute(q).fetchall() == two.conn.execute(q).fetchall()


def test_store_integrity_after_ingest(store, seed_copy):
    ingest(store, [seed_copy], workers=1)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert isinstance(store.conn, sqlite3.Connection)


def fts_hits(conn, words=("cong an", "lien hop quoc", "nam sudan", "hoa binh", "kiem tra", "dai tuong")):
    """Per query, the hashes of the articles the full-text index finds."""
    return {w: sorted(r[0] for r in conn.execute(
        "SELECT a.hash FROM articles_fts JOIN articles a ON a.sort_key = articles_fts.rowid WHERE articles_fts MATCH ?",
        (f'"{w}"',))) for w in words}


def test_full_text_rows_written_at_commit_match_a_fresh_build(tmp_path, seed_copy):
    """Full-text rows are inserted at the end of each batch: an article replaced, orphaned or added in the same
    run as others still leaves the index exactly as building the final files from nothing does."""
    from store import open_store

    s = open_store(tmp_path / "incremental.db")
    ingest(s, [seed_copy], workers=1)
    files = sorted(seed_copy.glob("*.txt"))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n\nMột đoạn mới để kiểm tra.\n", encoding="utf-8")
    shutil.copy(files[2], seed_copy / "zz_copy.txt")  # a duplicate source, added after the update
    files[1].write_bytes(files[3].read_bytes())  # file 1 now holds file 3's text: its old article is orphaned
    result = ingest(s, [seed_copy], workers=1)
    assert (result.updated, result.duplicates) == (1, 2)
    fresh = open_store(tmp_path / "fresh.db")
    ingest(fresh, [seed_copy], workers=1)
    assert fts_hits(s.conn) == fts_hits(fresh.conn) and fts_hits(s.conn)["kiem tra"]
    assert s.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    s.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    s.close()
    fresh.close()


def test_unchanged_files_are_not_analysed_again(store, seed_copy, monkeypatch):
    import store.extract as extract_module

    ingest(store, [seed_copy], workers=1)

    def must_not_run(*args, **kwargs):
        raise AssertionError("an unchanged file was analysed again")

    monkeypatch.setattr(extract_module, "extract_bytes", must_not_run)
    again = ingest(store, [seed_copy], workers=1)
    assert (again.unchanged, again.reanalysed, again.added, again.rejected) == (5, 0, 0, [])


def test_the_fingerprint_follows_the_alias_files(tmp_path):
    from store.extract import analysis_fingerprint

    aliases = tmp_path / "aliases.json"
    aliases.write_text('{"entities": []}', encoding="utf-8")
    first = analysis_fingerprint((str(aliases),))
    assert first == analysis_fingerprint((str(aliases),)) != analysis_fingerprint()
    aliases.write_text('{"entities": [{"name": "Cục Đối ngoại"}]}', encoding="utf-8")
    assert analysis_fingerprint((str(aliases),)) != first


def test_articles_from_an_earlier_release_are_analysed_again(store, seed_copy):
    ingest(store, [seed_copy], workers=1)
    store.conn.execute("UPDATE articles SET analysis = NULL")  # as migration 4 leaves every earlier article
    again = ingest(store, [seed_copy], workers=1)
    assert (again.unchanged, again.reanalysed, again.updated) == (5, 5, 0)
    assert store.conn.execute("SELECT count(*) FROM articles WHERE analysis IS NULL").fetchone()[0] == 0
    assert fts_hits(store.conn)["cong an"]


def test_every_module_the_analysis_reads_is_in_its_fingerprint():
    """A new rules module left out of the fingerprint would leave old stores analysed by the old rules."""
    import ast
    import pathlib

    from store import extract

    folder = pathlib.Path(extract.__file__).parent
    seen, todo = set(), ["extract", "rows", "mentions"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                todo += [node.module] if node.module else [a.name for a in node.names]
    storage_only = {"packing", "limits"}  # how bodies are kept and which files are read, not what is read out of them
    assert seen - storage_only <= set(extract._ANALYSIS_SOURCES)


@pytest.mark.parametrize("order", [("en", "vi"), ("vi", "en")])
def test_a_person_written_without_diacritics_is_the_same_person(tmp_path, order):
    """English editions write 'Nguyen Duy Ngoc': one entity, named with its diacritics whichever came first."""
    texts = {
        "en": ("Vietnam, Laos step up police cooperation\n\nNDO - Deputy Minister of Public Security Senior Lieutenant "
               "General Nguyen Duy Ngoc held talks with the Lao delegation in Ha Noi on March 12 about drug crime.\n"),
        "vi": ("Thứ trưởng Nguyễn Duy Ngọc tiếp đoàn Lào\n\nSáng 12/3, tại Hà Nội, Thượng tướng Nguyễn Duy Ngọc, "
               "Thứ trưởng Bộ Công an đã tiếp đoàn đại biểu Bộ Công an Lào về hợp tác phòng, chống ma túy.\n"),
    }
    from store import open_store

    store = open_store(tmp_path / "s.db")
    paths = []
    for n, lang in enumerate(order):
        path = tmp_path / f"{n}_{lang}.txt"
        path.write_text(texts[lang], encoding="utf-8")
        paths.append(str(path))
        ingest(store, [str(path)])
    rows = store.conn.execute("SELECT name, articles FROM entities WHERE type = 'person' AND articles > 0").fetchall()
    assert [tuple(r) for r in rows] == [("Nguyễn Duy Ngọc", 2)]
    together = open_store(tmp_path / "together.db")  # one ingest run: the second spelling meets a cached entity
    ingest(together, paths, workers=1)
    rows = together.conn.execute("SELECT name, articles FROM entities WHERE type = 'person' AND articles > 0").fetchall()
    assert [tuple(r) for r in rows] == [("Nguyễn Duy Ngọc", 2)]


def test_an_article_the_analysis_fails_on_is_rejected_and_the_others_land(tmp_path, seed_copy, monkeypatch):
    """Nothing lost: an unexpected error on one file is that file's rejection, with the error named."""
    from store import entities, open_store

    real = entities.extract_entities

    def flaky(body, *args, **kwargs):
        if "Pauline Tamesis" in body:
            raise IndexError("list index out of range")
        return real(body, *args, **kwargs)

    monkeypatch.setattr("store.extract.extract_entities", flaky)
    counts = ingest(open_store(tmp_path / "s.db"), [seed_copy], workers=1)
    assert counts.added == 4
    assert [r["reason"] for r in counts.rejected] == [
        "could not be analysed (IndexError: list index out of range); please report it"]
