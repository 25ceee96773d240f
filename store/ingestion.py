"""Ingest files and folders into a store: walk, extract (on every core for large runs), write in batches.

Each batch is one transaction: a killed ingest loses at most the batch under way, and running the
same ingest again completes it (unchanged files are recognised by path and text hash).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .db import Store, StoreError
from .gazetteer import AliasFileError, default_alias_files, load_gazetteer
from .extract import Rejected, Unchanged, analysis_fingerprint, extract_file
from .limits import DEFAULT_GLOBS, DEFAULT_MAX_BYTES
from .rows import ArticleRows, prepare
from .write import REANALYSED, Counts, WriteCache, flush_pending, store_one, touch_source

BATCH = 500
PARALLEL_FROM = 64
"""Below this many files, extraction runs in this process (a pool costs more to start than it saves)."""


@dataclass(frozen=True)
class FileRef:
    """A file to ingest: its absolute path (its identity) and the path to show (as given or found)."""

    path: str
    display: str


def find_files(paths: Iterable[str | Path], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[FileRef]:
    """Files named directly, and files under folders matching any pattern, each once, in a stable order."""
    seen: set[str] = set()
    patterns = tuple(globs)
    for given in paths:
        root = Path(given)
        if root.is_dir():
            found = sorted({p for pattern in patterns for p in root.rglob(pattern) if p.is_file()})
        else:
            found = [root]
        for path in found:
            absolute = os.path.abspath(path)
            if absolute not in seen:
                seen.add(absolute)
                yield FileRef(absolute, str(path))


Item = ArticleRows | Rejected | Unchanged


def _extract_all(refs: list[FileRef], known: list[str | None], max_bytes: int, workers: int,
                 alias_files: tuple[str, ...]) -> Iterator[Item]:
    job = partial(_extract_ref, max_bytes=max_bytes, alias_files=alias_files)
    if workers <= 1 or len(refs) < PARALLEL_FROM:
        yield from map(job, refs, known)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        yield from pool.map(job, refs, known, chunksize=32)


def _up_to_date(conn: sqlite3.Connection, refs: list[FileRef], fingerprint: str) -> list[str | None]:
    """Per file, the hash of its bytes when the store holds its article analysed under ``fingerprint``."""
    stored = dict(conn.execute("SELECT s.path, s.file_hash FROM sources s JOIN articles a ON a.id = s.article_id"
                               " WHERE a.analysis = ?", (fingerprint,)))
    return [stored.get(ref.path) for ref in refs]


def _exit_with_parent(parent: int) -> None:
    """In a worker: end when the ingest that started it is gone (killed with SIGKILL, say).

    A forked worker inherits both ends of its task pipe, so it would never see the pipe close.
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _extract_ref(ref: FileRef, known: str | None, max_bytes: int, alias_files: tuple[str, ...]) -> Item:
    try:
        extracted = extract_file(ref.path, ref.display, max_bytes, alias_files, known)
        return extracted if isinstance(extracted, (Rejected, Unchanged)) else prepare(extracted)
    except AliasFileError:
        raise  # the run's alias file is wrong, not this article: the whole ingest stops with its message
    except Exception as exc:  # noqa: BLE001 - one article's fault never costs the others
        return Rejected(ref.path, ref.display, f"could not be analysed ({type(exc).__name__}: {exc}); please report it")


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    globs: Iterable[str] = DEFAULT_GLOBS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
    alias_files: tuple[str, ...] | None = None,
) -> Counts:
    """Ingest every matching file under ``paths`` into ``store``.

    Args:
        store: an open, writable store.
        paths: files and folders (folders are searched recursively).
        globs: file-name patterns for folders.
        max_bytes: files larger than this are rejected.
        progress: called as (done, total, display path) after each file.
        workers: extraction processes (default: every core).
        alias_files: user alias files (default: $UNCOPS_TUI_ALIASES or the data directory's aliases.json).

    A file whose bytes and article are as stored, analysed with the same rules, gazetteer and alias files
    (``analysis_fingerprint``), is only hashed; an unchanged file whose article was analysed otherwise
    is analysed again ('reanalysed'), so a new alias file applies to the whole store.

    Returns:
        The counts of added, updated, unchanged, reanalysed, duplicate and rejected files.

    Raises:
        StoreError: the store is read-only, or a write failed (the batch under way is rolled back).
    """
    if store.readonly:
        raise StoreError(f"{store.path} is read-only here; ingest needs a writable store")
    aliases = default_alias_files() if alias_files is None else alias_files
    load_gazetteer(aliases)
    refs = list(find_files(paths, globs))
    counts = Counts()
    conn = store.conn
    batch = 0
    cache = WriteCache(analysis=analysis_fingerprint(aliases))
    try:
        known = _up_to_date(conn, refs, cache.analysis)
        conn.execute("BEGIN IMMEDIATE")
        for done, item in enumerate(_extract_all(refs, known, max_bytes, workers or os.cpu_count() or 1, aliases), 1):
            if isinstance(item, Rejected):
                counts.rejected.append({"path": item.display, "reason": item.reason})
            else:
                outcome = touch_source(conn, item.path, item.display) if isinstance(item, Unchanged) \
                    else store_one(conn, item, cache)
                setattr(counts, outcome, getattr(counts, outcome) + 1)
                if outcome == REANALYSED:  # an unchanged file all the same
                    counts.unchanged += 1
                batch += 1
            if batch >= BATCH:
                flush_pending(conn, cache)
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                batch = 0
            if progress:
                progress(done, len(refs), item.display)
        flush_pending(conn, cache)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"writing to {store.path} failed ({exc}); the batch under way was rolled back") from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return counts
