"""Snapshots of what the user sees: main screen, help, a filtered state, an article full of markup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store import ingest, open_store
from tui.app import UncopsApp

from .conftest import SEEDS
from .test_app import HOSTILE, SIZE, settle


def _store(folder: Path, files: dict[str, str] | None = None) -> Path:
    """A store whose sources have stable relative names ('seeds/…')."""
    if files is None:
        shutil.copytree(SEEDS, folder / "seeds")
    else:
        (folder / "seeds").mkdir()
        for name, text in files.items():
            (folder / "seeds" / name).write_text(text, encoding="utf-8")
    db = folder / "snap.db"
    s = open_store(db)
    ingest(s, [Path("seeds")], workers=1)
    s.close()
    return db


@pytest.fixture
def snap_db(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return _store(tmp_path)


def _press(*keys):
    async def run_before(pilot):
        await settle(pilot.app, pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot.app, pilot)
    return run_before


def test_main_screen(snap_compare, snap_db):
    assert snap_compare(UncopsApp(snap_db), terminal_size=SIZE, run_before=_press())


def test_help_screen(snap_compare, snap_db):
    assert snap_compare(UncopsApp(snap_db), terminal_size=SIZE, run_before=_press("question_mark"))


def test_filtered_state(snap_compare, snap_db):
    keys = ("slash", *"luong tam quang", "enter", "n")
    assert snap_compare(UncopsApp(snap_db), terminal_size=SIZE, run_before=_press(*keys))


def test_small_terminal(snap_compare, snap_db):
    assert snap_compare(UncopsApp(snap_db), terminal_size=(100, 30), run_before=_press())


def test_article_full_of_markup(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = _store(tmp_path, {"[bold]x[red].txt": HOSTILE})
    assert snap_compare(UncopsApp(db), terminal_size=SIZE, run_before=_press())
