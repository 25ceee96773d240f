"""The CLI contract: commands, flags, JSON fields, exit codes, clear errors."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tui.cli import app

from .scoring import load_gold

GOLD, _ = load_gold()
ARTICLE_FIELDS = {"id", "source", "duplicates", "title", "outlet", "published", "published_precision"}


def run(runner, *args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


def test_first_use_builds_the_default_store_from_the_seeds(runner, tmp_path):
    db = tmp_path / "default.db"
    result = run(runner, "articles", "--json", env={"UNCOPS_TUI_DB": str(db)})
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 5 and db.exists()
    assert all(ARTICLE_FIELDS <= set(r) for r in rows)


def test_articles_match_gold_metadata(runner, tmp_path):
    rows = json.loads(run(runner, "--db", tmp_path / "s.db", "articles", "--json").stdout)
    by_file = {os.path.basename(r["source"]): r for r in rows}
    for name, gold in GOLD.items():
        row = by_file[name]
        assert (row["title"], row["outlet"], row["published"]) == (
            gold["title"]["value"], gold["outlet"]["value"], gold["published"]["value"])


def test_ingest_json_summary_and_exit_codes(runner, tmp_path, seed_copy):
    db = tmp_path / "s.db"
    result = run(runner, "--db", db, "ingest", seed_copy, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"added": 5, "updated": 0, "unchanged": 0, "duplicates": 0, "reanalysed": 0, "rejected": []}
    (seed_copy / "empty.txt").write_bytes(b"")
    result = run(runner, "--db", db, "ingest", seed_copy, "--json")
    summary = json.loads(result.stdout)
    assert result.exit_code == 1
    assert summary["unchanged"] == 5 and summary["rejected"][0]["reason"] == "empty file"
    assert summary["rejected"][0]["path"].endswith("empty.txt")


def test_ingest_usage_errors_exit_2(runner, tmp_path):
    result = run(runner, "--db", tmp_path / "s.db", "ingest", tmp_path / "missing")
    assert result.exit_code == 2 and "no such file" in result.stderr
    assert run(runner, "--db", tmp_path / "s.db", "ingest").exit_code == 2
    assert run(runner, "--db", tmp_path / "s.db", "entities", "--type", "nonsense").exit_code == 2
    assert run(runner, "--db", tmp_path / "s.db", "events", "--since", "31/02").exit_code == 2


def test_show_json_has_body_entities_and_events(runner, tmp_path):
    db = tmp_path / "s.db"
    rows = json.loads(run(runner, "--db", db, "articles", "--json").stdout)
    article = next(r for r in rows if r["outlet"] == "TTXVN")
    shown = json.loads(run(runner, "--db", db, "show", article["id"], "--json").stdout)
    assert ARTICLE_FIELDS | {"body", "entities", "events"} <= set(shown)
    assert shown["body"].startswith("Chiều 18.7")
    person = next(e for e in shown["entities"] if e["name"] == "Lương Tam Quang")
    assert {"name", "type", "aliases", "english", "titles", "mentions"} <= set(person)
    assert "Bộ trưởng Bộ Công an" in person["titles"]
    event = next(e for e in shown["events"] if e["text"] == "Chiều 18.7")
    assert (event["start"], event["end"], event["precision"], event["year_inferred"]) == ("2024-07-18", "2024-07-18", "day", True)
    assert event["sentence"].startswith("Chiều 18.7, tại Hà Nội")
    assert {"name": "Pauline Tamesis", "type": "person"} in event["entities"]
    assert {"name": "Hà Nội", "type": "place"} in event["entities"]


def test_show_unknown_id_is_a_clear_error(runner, tmp_path):
    result = run(runner, "--db", tmp_path / "s.db", "show", "999")
    assert result.exit_code == 1 and "no article with id 999" in result.stderr


def test_search_json_rows(runner, tmp_path):
    result = run(runner, "--db", tmp_path / "s.db", "search", "luong tam quang", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 2 and {"id", "title", "published", "snippet"} <= set(rows[0])
    assert "«Lương Tam Quang»" in rows[0]["snippet"]


def test_search_readable_table_never_parses_markup(runner, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "[bold]x[red].txt").write_text(
        "[bold red]Tiêu đề [link=file:///etc/passwd]độc hại[/link]\n\nNgày 2/3/2024, [/] một bài viết có dấu ngoặc vuông "
        "[red]không[/red] được hiểu là định dạng, kèm \x1b[31mANSI\x1b[0m và \x1b]0;title\x07 OSC.\n", encoding="utf-8")
    db = tmp_path / "h.db"
    assert run(runner, "--db", db, "ingest", folder).exit_code == 0
    result = run(runner, "--db", db, "search", "dau ngoac vuong", "--json")
    (row,) = json.loads(result.stdout)
    assert row["title"] == "[bold red]Tiêu đề [link=file:///etc/passwd]độc hại[/link]"
    assert "«dấu ngoặc vuông» [red]không[/red]" in row["snippet"]  # markup stays text, hits are marked
    result = run(runner, "--db", db, "search", "dau ngoac vuong")
    assert "[bold red]Tiêu" in result.stdout and "[red]không" in result.stdout
    assert "\x1b" not in result.stdout
    result = run(runner, "--db", db, "articles")
    assert "[bold red]Tiêu đề" in result.stdout


def test_entities_and_events_commands(runner, tmp_path):
    db = tmp_path / "s.db"
    people = json.loads(run(runner, "--db", db, "entities", "--type", "person", "--json").stdout)
    assert {"name", "type", "articles", "mentions"} <= set(people[0])
    assert {p["name"] for p in people} >= {"Lương Tam Quang", "Jean-Pierre Lacroix", "Tô Lâm"}
    un = json.loads(run(runner, "--db", db, "entities", "--query", "luong tam quang", "--type", "organization", "--json").stdout)
    assert next(e for e in un if e["english"] == "United Nations")["articles"] == 2
    events = json.loads(run(runner, "--db", db, "events", "--since", "2022", "--until", "2022", "--json").stdout)
    assert [e["start"] for e in events] == sorted(e["start"] for e in events)
    assert {"article_id", "start", "end", "precision", "year_inferred", "text", "sentence"} <= set(events[0])
    assert ("2022-08-30", "2022-09-03") in {(e["start"], e["end"]) for e in events}
    assert all(e["start"][:4] <= "2022" and (e["end"] or "9999") >= "2022" for e in events)


def test_not_sqlite_is_refused_and_untouched(runner, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some notes, not a database", encoding="utf-8")
    result = run(runner, "--db", bogus, "articles")
    assert result.exit_code == 1 and "not a SQLite database" in result.stderr
    assert bogus.read_text(encoding="utf-8") == "just some notes, not a database"


def test_corrupt_store_is_a_clear_error(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, "--db", db, "articles")
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db.write_bytes(bytes(data))
    for wal in tmp_path.glob("s.db-*"):
        wal.unlink()
    result = run(runner, "--db", db, "articles")
    assert result.exit_code == 1 and "error" in result.stderr and "Traceback" not in result.output


def test_newer_schema_is_refused(runner, tmp_path):
    import sqlite3

    db = tmp_path / "new.db"
    run(runner, "--db", db, "articles")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    result = run(runner, "--db", db, "articles")
    assert result.exit_code == 1 and "newer" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anything")
def test_read_only_store_opens_for_browsing(runner, tmp_path):
    db = tmp_path / "ro.db"
    run(runner, "--db", db, "articles")
    db.chmod(stat.S_IRUSR)
    result = run(runner, "--db", db, "articles", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 5


def test_user_alias_file_adds_and_merges_entities(runner, tmp_path, seed_copy):
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"entities": [
        {"name": "Hội nghị Thượng đỉnh Tư lệnh Cảnh sát Liên Hợp Quốc", "type": "event", "english": "UN Chiefs of Police Summit",
         "aliases": ["UNCOPS", "UNCOPS II", "UNCOPS III"]},
        {"name": "Trần Văn Vệ", "type": "person", "english": "Lt. Gen. Tran Van Ve", "aliases": ["Tran Van Ve"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "a.db"
    assert run(runner, "--db", db, "ingest", seed_copy, "--aliases", aliases, "--json").exit_code == 0
    events = json.loads(run(runner, "--db", db, "entities", "--type", "event", "--json").stdout)
    summit = [e for e in events if e["english"] == "UN Chiefs of Police Summit"]
    assert len(summit) == 1 and summit[0]["articles"] == 2
    person = json.loads(run(runner, "--db", db, "entities", "--type", "person", "--json").stdout)
    assert next(p for p in person if p["name"] == "Trần Văn Vệ")["english"] == "Lt. Gen. Tran Van Ve"
    assert len(json.loads(run(runner, "--db", db, "search", "person:\"Lt. Gen. Tran Van Ve\"", "--json").stdout)) == 1


def test_an_alias_file_added_later_applies_to_articles_already_stored(runner, tmp_path, seed_copy):
    db = tmp_path / "a.db"
    assert run(runner, "--db", db, "ingest", seed_copy, "--json").exit_code == 0
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"entities": [
        {"name": "Trần Văn Vệ", "type": "person", "english": "Lt. Gen. Tran Van Ve", "aliases": ["Tran Van Ve"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    summary = json.loads(run(runner, "--db", db, "ingest", seed_copy, "--aliases", aliases, "--json").stdout)
    assert (summary["unchanged"], summary["reanalysed"]) == (5, 5)
    person = json.loads(run(runner, "--db", db, "entities", "--type", "person", "--json").stdout)
    assert next(p for p in person if p["name"] == "Trần Văn Vệ")["english"] == "Lt. Gen. Tran Van Ve"
    again = json.loads(run(runner, "--db", db, "ingest", seed_copy, "--aliases", aliases, "--json").stdout)
    assert (again["unchanged"], again["reanalysed"]) == (5, 0)


def test_bad_alias_file_is_a_usage_error(runner, tmp_path, seed_copy):
    aliases = tmp_path / "bad.json"
    aliases.write_text("{not json", encoding="utf-8")
    result = run(runner, "--db", tmp_path / "a.db", "ingest", seed_copy, "--aliases", aliases)
    assert result.exit_code == 2 and "alias file" in result.stderr


def test_version(runner):
    from tui import __version__

    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"uncops-tui {__version__}"


def test_articles_list_duplicate_files(runner, tmp_path, seed_copy):
    import shutil

    copy = tmp_path / "copy of 000.txt"
    shutil.copy(seed_copy / "000_c86a53919e3ef4ee.txt", copy)
    db = tmp_path / "d.db"
    run(runner, "--db", db, "ingest", seed_copy, copy, "--json")
    rows = json.loads(run(runner, "--db", db, "articles", "--json").stdout)
    assert len(rows) == 5
    (row,) = [r for r in rows if r["source"].endswith("000_c86a53919e3ef4ee.txt")]
    assert row["duplicates"] == [str(copy)]
    assert all(r["duplicates"] == [] for r in rows if r is not row)


def test_opening_the_app_does_not_load_the_extractor():
    """The CLI and the app's screens read a store; the rules that analyse files load only for an ingest."""
    import subprocess
    import sys

    code = ("import sys, tui.cli, tui.app, tui.screens.main, tui.data; "
            "print(sorted(m for m in ('store.extract', 'store.entities', 'store.clean', 'store.ingestion') "
            "if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
    from store import find_files, ingest

    assert callable(ingest) and callable(find_files)
