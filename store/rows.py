"""What the writer inserts for one article, prepared where it was extracted.

An ingest writes from one process while extraction runs on every core, so everything that does not
need the database (folding the text for FTS, grouping mentions by entity, JSON for their offsets and
spellings, search keys) is done here, in the worker. The record is plain strings and tuples: it
crosses the process boundary about ten times faster than the ``Mention`` and ``Event`` objects.
"""

from __future__ import annotations

from typing import NamedTuple

from .extract import Extracted
from .mentions import entity_detail
from .packing import pack
from .text import fold, fold_key


class EntityRow(NamedTuple):
    """One entity of one article: what identifies it, how often it is named, and how."""

    key: str
    name: str
    type: str
    english: str | None
    mentions: int
    detail: str
    """Offsets, spellings and titles in the compact form of ``store.mentions`` (the writer adds the id)."""
    search_keys: tuple[str, ...]
    """``fold_key`` of the canonical name, the English name and every spelling seen."""


class EventRow(NamedTuple):
    """One dated event, with the keys of the entities of its sentence."""

    start: str
    end: str | None
    precision: str
    year_inferred: int
    text: str
    text_start: int
    sentence_start: int
    sentence_end: int
    entity_keys: tuple[str, ...]


class ArticleRows(NamedTuple):
    """Everything ``store.write`` needs of one file, with no object that is slow to pickle."""

    path: str
    display: str
    file_hash: str
    size: int
    encoding: str
    hash: str
    title: str | None
    lead: str
    outlet: str | None
    byline: str | None
    published: str | None
    published_precision: str | None
    published_source: str | None
    body: bytes
    """The clean body as stored (``store.packing``): compressed here, it also crosses to the writer in a third
    of the bytes."""
    fts_title: str
    fts_body: str
    entities: tuple[EntityRow, ...]
    events: tuple[EventRow, ...]


def lead_of(body: str, words: int = 14) -> str:
    """The first words of the body, for rows without a headline."""
    first = body.split("\n", 1)[0].split()
    return " ".join(first[:words]) + (" …" if len(first) > words else "")


def prepare(x: Extracted) -> ArticleRows:
    """The rows of one extracted file, in the order the writer inserts them."""
    c, pub = x.cleaned, x.cleaned.published
    return ArticleRows(
        path=x.path, display=x.display, file_hash=x.file_hash, size=x.size, encoding=x.encoding, hash=x.hash,
        title=c.title, lead=lead_of(c.body), outlet=c.outlet, byline=c.byline,
        published=pub.value if pub else None, published_precision=pub.precision if pub else None,
        published_source=pub.source if pub else None, body=pack(c.body),
        fts_title=fold(c.title or ""), fts_body=fold(c.body),
        entities=entity_rows(x), events=tuple(event_rows(x)),
    )


def entity_rows(x: Extracted) -> tuple[EntityRow, ...]:
    """The article's entities in order of first mention, each with its spans, spellings and titles."""
    groups: dict[str, list] = {}
    for m in x.mentions:
        group = groups.get(m.key)
        if group is None:
            group = groups[m.key] = [m, [], {}, {}]
        group[1].append((m.start, m.end))
        group[2][" ".join(m.surface.split())] = None
        for title in m.titles:
            group[3][title] = None
    rows = []
    for key, (m, spans, spellings, titles) in groups.items():
        names = {fold_key(m.name), *(fold_key(s) for s in spellings)}
        if m.english:
            names.add(fold_key(m.english))
        detail = entity_detail(m.name, spans, list(spellings), list(titles))
        rows.append(EntityRow(key, m.name, m.type, m.english, len(spans), detail, tuple(sorted(n for n in names if n))))
    return tuple(rows)


def event_rows(x: Extracted) -> list[EventRow]:
    """The article's dated events as rows."""
    return [EventRow(e.start, e.end, e.precision, int(e.year_inferred), e.text, e.text_start, e.sentence_start,
                     e.sentence_end, tuple(e.entity_keys)) for e in x.events]
