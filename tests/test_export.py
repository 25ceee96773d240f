"""Markdown export: valid front matter whatever the content, hostile text made harmless, no overwrite."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import app
from tui.export import render, write_atomic, ExportExists

from .test_app import HOSTILE


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("\n---\n", 1)[0][4:])


def level2(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_cli_export_query_to_file(runner, tmp_path):
    db, out = tmp_path / "s.db", tmp_path / "brief.md"
    result = run(runner, "--db", db, "export", "--query", "luong tam quang", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    meta = front_matter(text)
    assert meta["count"] == 2 and meta["query"] == "luong tam quang" and meta["store"] == str(db)
    assert set(meta) >= {"title", "exported", "query", "count", "store"}
    assert level2(text)[0] == "## Contents" and level2(text)[-1] == "## Sources" and len(level2(text)) == 4
    assert "| Date | Precision | As written |" in text
    assert "> Chiều 18.7, tại Hà Nội" in text


def test_cli_export_ids_excerpt_and_stdout(runner, tmp_path):
    db = tmp_path / "s.db"
    ids = [r["id"] for r in json.loads(run(runner, "--db", db, "articles", "--json").stdout)][:2]
    result = run(runner, "--db", db, "export", "--ids", ",".join(map(str, ids)), "-o", "-")
    assert result.exit_code == 0 and front_matter(result.stdout)["count"] == 2
    result = run(runner, "--db", db, "export", "--query", "Tamesis", "--excerpt", "-o", "-")
    body = result.stdout.split("## Sources")[0]
    quote = [line for line in body.splitlines() if line.startswith(">")]
    assert "Tamesis" in " ".join(quote) and len(" ".join(quote)) < 400
    assert "vì sự tiến bộ, phát triển toàn cầu" not in body


def test_cli_export_everything_without_selection(runner, tmp_path):
    result = run(runner, "--db", tmp_path / "s.db", "export", "-o", "-")
    assert front_matter(result.stdout)["count"] == 5


def test_cli_export_refuses_to_overwrite(runner, tmp_path):
    out = tmp_path / "brief.md"
    out.write_text("my notes", encoding="utf-8")
    result = run(runner, "--db", tmp_path / "s.db", "export", "-o", out)
    assert result.exit_code == 1 and "exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "my notes"
    assert run(runner, "--db", tmp_path / "s.db", "export", "-o", out, "--force").exit_code == 0
    assert front_matter(out.read_text(encoding="utf-8"))["count"] == 5


def test_export_is_deterministic_but_for_the_timestamp(runner, tmp_path):
    a = run(runner, "--db", tmp_path / "s.db", "export", "-o", "-").stdout
    b = run(runner, "--db", tmp_path / "s.db", "export", "-o", "-").stdout
    strip = lambda t: re.sub(r'^exported: .*$', "", t, flags=re.M)  # noqa: E731
    assert strip(a) == strip(b)


def _record(title: str, body: str) -> dict:
    return {"id": 1, "title": title, "lead": body[:20], "outlet": "[x](y)", "published": "2024-01-02",
            "published_precision": "day", "source": "a|b`c`.txt", "duplicates": ["---"], "body": body,
            "entities": [{"id": 1, "name": "<b>|x|</b>", "type": "person", "titles": ["**t**"], "english": None,
                          "mentions": 1, "aliases": [], "spans": []}],
            "events": [{"start": "2024", "end": "2024", "precision": "year", "year_inferred": False, "text": "a | b"}]}


def test_hostile_text_stays_inside_its_section():
    text = render([_record(HOSTILE.split("\n")[0], HOSTILE)], query='x" ]] ---\n: y', store="s:\n- z")
    meta = front_matter(text)
    assert meta["query"] == 'x" ]] ---\n: y' and meta["store"] == "s:\n- z"
    assert len(level2(text)) == 3
    assert "\x1b" not in text and "<script>" not in text and "\n---\n" not in text.split("\n---\n", 1)[1]
    assert "\n```" not in text
    table_rows = [line for line in text.splitlines() if line.startswith("| 2024")]
    assert table_rows and all(line.count(" | ") == 2 for line in table_rows)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), st.text(max_size=200), st.text(max_size=40))
def test_any_text_keeps_the_document_valid(title, body, query):
    text = render([_record(title, body)], query=query, store="s")
    meta = front_matter(text)
    assert meta["query"] == "".join(query) or meta["query"] == query
    assert meta["count"] == 1
    assert len(level2(text)) == 3


def test_write_atomic_never_leaves_half_a_file(tmp_path):
    target = tmp_path / "out.md"
    write_atomic(target, "one")
    with pytest.raises(ExportExists):
        write_atomic(target, "two")
    assert target.read_text(encoding="utf-8") == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]
