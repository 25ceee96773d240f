"""Faults: killed ingests, readers beside writers, two writers, old/new/foreign/read-only stores, a full disk.

And property tests: any text through cleaning, extraction and query parsing keeps its invariants.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


import store.db as db_module
import store.schema as schema_module
from store import StoreError, ingest, open_store, parse
from store import queries as Q
from store.clean import NoArticle, clean_page
from store.entities import extract_entities
from store.events import extract_events
from store.text import normalise_text

from .bench import generate

from store import ingestion as ingest_module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """400 generated articles (the benchmark's generator, deterministic)."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 400)
    return folder


def cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tui", "--db", str(db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_no_process_with(marker: str, seconds: float = 5.0) -> bool:
    """True once no process has ``marker`` in its command line (Linux /proc; True elsewhere)."""
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():
        return True
    deadline = time.time() + seconds
    while time.time() < deadline:
        alive = False
        for cmdline in proc_dir.glob("[0-9]*/cmdline"):
            try:
                alive = alive or marker.encode() in cmdline.read_bytes()
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.2)
    return False


def check_complete(db: Path, expected: int) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == expected
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == expected
        assert conn.execute("SELECT count(DISTINCT hash) FROM articles").fetchone()[0] == expected
    finally:
        conn.close()


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_sigkill_mid_ingest_loses_nothing(tmp_path, corpus, delay, monkeypatch):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-c",
                             "import sys; import store.ingestion; store.ingestion.BATCH = 25;"
                             " from tui.cli import run; sys.argv[0] = 'x'; run()",
                             "--db", str(db), "ingest", str(corpus), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _wait_no_process_with(str(db)), "extraction workers outlived the killed ingest"
    again = cli(db, "ingest", str(corpus), "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    summary = json.loads(out)
    assert summary["added"] + summary["unchanged"] == 400 and summary["rejected"] == []
    check_complete(db, 400)


def test_readers_never_see_a_lock_while_an_ingest_writes(tmp_path, corpus):
    db = tmp_path / "busy.db"
    s = open_store(db)
    ingest(s, [corpus / "00000"], workers=1)
    s.close()
    writer = cli(db, "ingest", str(corpus), "--json")
    errors, reads = [], 0
    deadline = time.time() + 60
    while writer.poll() is None and time.time() < deadline:
        try:
            r = open_store(db, readonly=True)
            Q.register_functions(r.conn)
            Q.timeline(r.conn, parse("bo cong an"), limit=20)
            Q.count(r.conn, parse(""), None)
            r.close()
            reads += 1
        except (sqlite3.Error, StoreError) as exc:
            errors.append(str(exc))
    writer.communicate(timeout=300)
    assert writer.returncode == 0
    assert errors == [] and reads > 0
    check_complete(db, 400)


def test_two_ingests_at_once_serialise(tmp_path, corpus):
    db = tmp_path / "two.db"
    open_store(db).close()
    first, second = cli(db, "ingest", str(corpus), "--json"), cli(db, "ingest", str(corpus), "--json")
    outs = [p.communicate(timeout=300) for p in (first, second)]
    codes = [first.returncode, second.returncode]
    assert all(code in (0, 1) for code in codes), outs
    for (out, err), code in zip(outs, codes):
        assert "Traceback" not in err
        if code == 1:
            assert "error" in err
    check_complete(db, 400)


def test_older_schema_is_migrated(tmp_path, seed_copy, monkeypatch):
    db = tmp_path / "old.db"
    s = open_store(db)
    ingest(s, [seed_copy], workers=1)
    s.close()
    newer = schema_module.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", newer)
    monkeypatch.setitem(schema_module.MIGRATIONS, newer, "ALTER TABLE articles ADD COLUMN note TEXT")
    s = open_store(db)
    assert schema_module.user_version(s.conn) == newer
    assert s.conn.execute("SELECT count(note), count(*) FROM articles").fetchone() == (0, 5)
    s.close()


def test_empty_file_becomes_a_store(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    s = open_store(db)
    assert schema_module.user_version(s.conn) == schema_module.SCHEMA_VERSION
    s.close()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE mine (x)")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not an uncops-tui store"):
        open_store(db)
    assert db.read_bytes() == before


def test_unwritable_store_opens_read_only(tmp_path, seeded_db, monkeypatch):
    import shutil

    db = tmp_path / "ro.db"
    shutil.copy(seeded_db, db)
    monkeypatch.setattr(db_module, "_writable", lambda path: False)
    s = open_store(db)
    assert s.readonly
    Q.register_functions(s.conn)
    assert len(Q.timeline(s.conn, parse("")).rows) == 5
    with pytest.raises(StoreError, match="read-only"):
        ingest(s, [tmp_path])
    with pytest.raises(sqlite3.OperationalError):
        s.conn.execute("DELETE FROM articles")
    s.close()


def test_full_disk_rolls_back_the_batch_with_a_clear_message(tmp_path, corpus, monkeypatch):
    db = tmp_path / "full.db"
    s = open_store(db)
    ingest(s, [corpus / "00000"], workers=1)
    before = s.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
    s.conn.execute(f"PRAGMA max_page_count = {pages + 40}")
    monkeypatch.setattr(ingest_module, "BATCH", 20)
    with pytest.raises(StoreError, match="full|rolled back"):
        ingest(s, [corpus], workers=1)
    committed = s.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert committed >= before and (committed - before) % 20 == 0
    assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s.conn.execute(f"PRAGMA max_page_count = {2 ** 30}")
    ingest(s, [corpus], workers=1)
    s.close()
    check_complete(db, 400)


def test_full_disk_from_the_cli_is_a_message_not_a_traceback(tmp_path, corpus):
    db = tmp_path / "fullcli.db"
    open_store(db).close()
    proc = subprocess.run([sys.executable, "-c",
                           "import sqlite3, store.db as d; o = d._connect\n"
                           "def c(p, r):\n    x = o(p, r); x.execute('PRAGMA max_page_count = 60'); return x\n"
                           "d._connect = c\nfrom tui.cli import run; run()",
                           "--db", str(db), "ingest", str(corpus)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "error" in proc.stderr and "Traceback" not in proc.stderr


# property tests -------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
ARTICLE = st.lists(st.one_of(TEXT, st.sampled_from([
    "Ngày 24/9, Thượng tướng Lương Tam Quang tiếp Đại sứ Nhật Bản tại Hà Nội.",
    "Bộ Công an và Liên Hợp Quốc (LHQ) ký kết từ ngày 3-11/4/2023 tại New York.",
    "Tin mới nhất", "Hotline: 0123", "[bold]x[/]", "\x1b[31m", "31/02/2024", "tháng 13.2024",
])), max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_cleaning_and_extraction_keep_their_invariants(raw):
    text = normalise_text(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert not any(ord(c) < 32 and c != "\n" for c in text) and "\x1b" not in text
    try:
        cleaned = clean_page(text)
    except NoArticle:
        return
    body = cleaned.body
    mentions = extract_entities(body)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start : m.end] == m.surface
    for e in extract_events(body, cleaned.published, mentions):
        assert 0 <= e.sentence_start <= e.text_start < len(body)
        assert e.end is None or e.start <= e.end or e.start.startswith("XXXX")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_query_parsing_never_raises(text):
    q = parse(text)
    assert isinstance(q.hints, tuple)


def test_a_reader_thread_beside_the_writer_in_process(tmp_path, corpus):
    db = tmp_path / "threads.db"
    s = open_store(db)
    stop, errors = threading.Event(), []

    def read() -> None:
        while not stop.is_set():
            try:
                r = open_store(db, readonly=True)
                Q.register_functions(r.conn)
                Q.timeline(r.conn, parse("hoa binh"), limit=10)
                r.close()
            except (sqlite3.Error, StoreError) as exc:
                errors.append(str(exc))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        ingest(s, [corpus], workers=1)
    finally:
        stop.set()
        thread.join()
        s.close()
    assert errors == []
