"""From a file's bytes to everything the store keeps of it: a pure function, safe to run in worker processes."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from .clean import Cleaned, NoArticle, clean_page
from .dates_en import looks_english
from .entities import Mention, extract_entities
from .events import Event, extract_events
from .limits import DEFAULT_MAX_BYTES
from .text import DecodeError, decode_bytes, normalise_text

_ANALYSIS_SOURCES = ("text", "lines", "page_tools", "outlets", "clean", "lead_words", "teasers", "published", "masthead", "tokens", "lexicon",
                     "gazetteer", "entity_merge", "entity_gazetteer", "entity_heads", "entity_tails", "entity_places", "entity_lists",
                     "entity_titles", "entity_english", "entities", "events", "dates_en", "dates_vi", "extract", "rows",
                     "mentions")
"""The modules whose rules decide what is read out of a file: a change to any of them is a new analysis."""


@dataclass(frozen=True)
class Extracted:
    """One article read from one file."""

    path: str
    display: str
    file_hash: str
    size: int
    encoding: str
    hash: str
    cleaned: Cleaned
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class Rejected:
    """A file that was not ingested, and why."""

    path: str
    display: str
    reason: str


def analysis_fingerprint(alias_files: tuple[str, ...] = ()) -> str:
    """What an article's analysis depends on besides its file: these rules, the gazetteer and the user's alias
    files. An article analysed under another fingerprint is analysed again on the next ingest, so a new
    alias file (or a new release) applies to files that did not change.

    Raises:
        OSError: an alias file cannot be read (``load_gazetteer`` reports it first, with its name).
    """
    from .gazetteer import BUNDLED

    digest = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for path in [*(os.path.join(here, f"{name}.py") for name in _ANALYSIS_SOURCES), str(BUNDLED), *alias_files]:
        with open(path, "rb") as handle:
            digest.update(hashlib.sha256(handle.read()).digest())
    return digest.hexdigest()[:16]


def text_hash(text: str) -> str:
    """The identity of an article: a hash of its normalised text, blank lines and spacing ignored."""
    canonical = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def extract_bytes(path: str, display: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES,
                  alias_files: tuple[str, ...] = ()) -> Extracted | Rejected:
    """Decode, clean and analyse one file's bytes; a reason instead when the file is not an article."""
    if len(data) > max_bytes:
        return Rejected(path, display, f"too large: {len(data):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return Rejected(path, display, "empty file")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return Rejected(path, display, str(exc))
    text = normalise_text(decoded.text)
    if not text.strip():
        return Rejected(path, display, "blank file (no visible text)")
    try:
        cleaned = clean_page(text)
    except NoArticle as exc:
        return Rejected(path, display, str(exc))
    english = looks_english(cleaned.body)
    mentions = extract_entities(cleaned.body, alias_files, english=english)
    events = extract_events(cleaned.body, cleaned.published, mentions, english=english)
    return Extracted(
        path=path,
        display=display,
        file_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=decoded.encoding,
        hash=text_hash(text),
        cleaned=cleaned,
        mentions=mentions,
        events=events,
    )


@dataclass(frozen=True)
class Unchanged:
    """A file whose bytes are those of its stored article, analysed under the current fingerprint: nothing to do."""

    path: str
    display: str


def extract_file(path: str, display: str, max_bytes: int = DEFAULT_MAX_BYTES,
                 alias_files: tuple[str, ...] = (), known: str | None = None) -> Extracted | Rejected | Unchanged:
    """Read a file and extract it (see ``extract_bytes``); unreadable files are rejected with the OS reason.

    Args:
        known: the SHA-256 of the file's bytes as stored, when its article is up to date: a file that
            still has them is not analysed again.
    """
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return Rejected(path, display, f"too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return Rejected(path, display, f"cannot read: {exc.strerror or exc}")
    if known is not None and hashlib.sha256(data).hexdigest() == known:
        return Unchanged(path, display)
    return extract_bytes(path, display, data, max_bytes, alias_files)
