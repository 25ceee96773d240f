"""What the app's workers fetch from the store. Runs in worker threads, never on the event loop.

Each call opens its own read-only connection (SQLite connections belong to one thread) and
registers it, so a newer keystroke can interrupt a query that is still running.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from store import open_store, parse
from store import facets as F
from store import articles as A
from store import queries as Q
from store.highlight import hit_spans

PAGE = 60
TYPES = ("person", "organization", "place", "event")


@dataclass
class Results:
    """A first page of the timeline for a query."""

    text: str
    rows: list[Q.Row]
    mode: str
    hints: tuple[str, ...]
    expression: str | None
    exhausted: bool


@dataclass
class Facets:
    """Entities of a result set by type, with article counts."""

    by_type: dict[str, list[dict]] = field(default_factory=dict)
    exact: bool = True


class Source:
    """Read access to one store file from any thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._live: set[sqlite3.Connection] = set()
        self._lock = threading.Lock()

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection for the calling thread, closed afterwards."""
        store = open_store(self.path, readonly=True)
        Q.register_functions(store.conn)
        with self._lock:
            self._live.add(store.conn)
        try:
            yield store.conn
        finally:
            with self._lock:
                self._live.discard(store.conn)
            store.close()

    def read_only(self) -> bool:
        """True when this store cannot be written here (its file or folder is not writable)."""
        from store.db import writable

        return not writable(self.path)

    def interrupt_all(self) -> None:
        """Stop every query under way (their workers were cancelled by newer input)."""
        with self._lock:
            for conn in self._live:
                conn.interrupt()

    def results(self, text: str, chips: tuple[tuple[str, str], ...]) -> Results:
        """The first page of the timeline for the typed text and the entity chips."""
        q = _query(text, chips)
        with self.connect() as conn:
            page = Q.timeline(conn, q, limit=PAGE, ranked=False, snippets=False)
        return Results(text, page.rows, page.mode, page.hints, page.expression, len(page.rows) < PAGE)

    def more(self, text: str, chips: tuple[tuple[str, str], ...], offset: int) -> list[Q.Row]:
        """The next page of the timeline."""
        with self.connect() as conn:
            return Q.timeline(conn, _query(text, chips), limit=PAGE, offset=offset, ranked=False, snippets=False).rows

    def counts(self, text: str, chips: tuple[tuple[str, str], ...], expression: str | None) -> tuple[int, int]:
        """How many articles match, and how many the store holds."""
        with self.connect() as conn:
            return Q.count(conn, _query(text, chips), expression), Q.total(conn)

    def facets(self, text: str, chips: tuple[tuple[str, str], ...], cap: int | None, per_type: int = 40) -> Facets:
        """The entities of the result set by type, counted over its newest ``cap`` articles (None: all)."""
        with self.connect() as conn:
            by_type, exact = F.facets(conn, _query(text, chips), per_type, cap)
        return Facets(by_type, exact)

    def article(self, article_id: int, text: str) -> dict | None:
        """One article with entities, events and the spans of the typed words."""
        with self.connect() as conn:
            record = A.article(conn, article_id)
            q = Q.with_spellings(conn, parse(text, typing=True)) if record is not None else None
        if record is not None:
            record["hits"] = hit_spans(record["body"], q)
        return record

    def events(self, text: str, chips: tuple[tuple[str, str], ...], limit: int = 2000) -> list[dict]:
        """The dated events of the result set in date order."""
        with self.connect() as conn:
            return Q.events(conn, q=_query(text, chips), limit=limit)

    def ids(self, text: str, chips: tuple[tuple[str, str], ...]) -> list[int]:
        """Every article id of the result set."""
        with self.connect() as conn:
            return Q.matching_ids(conn, _query(text, chips))


def chip_query(chips: tuple[tuple[str, str], ...]) -> str:
    """Entity chips as query text: person:"lương tam quang"."""
    names = {"person": "person", "organization": "org", "place": "place", "event": "event"}
    return " ".join(f'{names[t]}:"{n.replace(chr(34), " ")}"' for t, n in chips)


def _query(text: str, chips: tuple[tuple[str, str], ...]):
    """The box's text (its unfinished last word a prefix) and the chips as one query."""
    chips_text = chip_query(chips)  # before the text, whose end (a trailing space or not) says if a word is finished
    return parse(f"{chips_text} {text}" if chips_text else text, typing=True)
