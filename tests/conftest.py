"""Shared fixtures: seed files copied to a temporary folder, stores built from them, a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store import ingest, open_store, seeds_dir
from store import queries as Q

SEEDS = seeds_dir()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path_factory):
    """No test touches the user's data directory or store."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("UNCOPS_TUI_DB", raising=False)
    monkeypatch.delenv("UNCOPS_TUI_ALIASES", raising=False)


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """The five seed files in a fresh folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def store(tmp_path):
    """An empty store on disk."""
    s = open_store(tmp_path / "store.db")
    Q.register_functions(s.conn)
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """A store built once from the seeds (read-only use)."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    s = open_store(path)
    ingest(s, [SEEDS], workers=1)
    s.close()
    return path


@pytest.fixture
def seeded(seeded_db):
    """A connection to the seeded store."""
    s = open_store(seeded_db)
    Q.register_functions(s.conn)
    yield s
    s.close()


@pytest.fixture
def runner() -> CliRunner:
    """A typer CLI runner."""
    return CliRunner()
