"""Open a store: find its path, check what the file is, set WAL and timeouts, migrate the schema.

One connection per thread: readers open their own (``open_store(path, readonly=True)``) inside the
thread that uses them. A file that is not SQLite, a damaged file, or a store from a newer release
is refused with a ``StoreError`` and never written to.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .schema import SchemaError, check_version, migrate

ENV_VAR = "UNCOPS_TUI_DB"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """The store cannot be opened as asked; the message says why and what to do."""


@dataclass
class Store:
    """An open store: its connection, its path and whether it may be written."""

    conn: sqlite3.Connection
    path: Path
    readonly: bool

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def default_path() -> Path:
    """The store used when no --db is given: $UNCOPS_TUI_DB, else the user data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("uncops-tui", appauthor=False) / "uncops.db"


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite database; it was left untouched (choose another --db)")


def writable(path: Path) -> bool:
    """True when the store file (or, for a new store, its folder) may be written by this user."""
    return _writable(path)


def _writable(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return os.access(parent, os.W_OK)


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _prepare_for_writing(conn: sqlite3.Connection) -> None:
    """WAL (readers beside one writer) and the schema; only once the file is known to be ours."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)


def open_store(path: Path | str, readonly: bool = False) -> Store:
    """Open (and, when writable, create or migrate) the store at ``path``.

    Args:
        path: the SQLite file.
        readonly: open for reading only; also chosen when the file or its folder is not writable.

    Raises:
        StoreError: the file is not an uncops-tui store, is damaged, or is from a newer release.
    """
    path = Path(path).expanduser()
    _check_file(path)
    if readonly and not path.exists():
        raise StoreError(f"no store at {path}; build one with `uncops-tui --db {path} ingest FOLDER`")
    readonly = readonly or not _writable(path)
    try:
        conn = _connect(path, readonly)
        check_version(conn)
        if not readonly:
            _prepare_for_writing(conn)
    except SchemaError as exc:
        raise StoreError(f"{path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be read as a store ({exc}); it was left untouched") from None
    return Store(conn, path, readonly)


def is_empty(store: Store) -> bool:
    """True when the store holds no article."""
    return store.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0] == 1
