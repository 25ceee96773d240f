"""Render a selection of articles as a Markdown brief, and write it atomically. No Textual here.

The brief: YAML front matter (title, exported, query, count, store), a short table of contents,
one level-2 section per article (metadata, entities by type, events as a table, the body as a
block quote or just the matching snippet), and a closing 'Sources' list. Article text cannot
break the document: Markdown and HTML specials are escaped, tables get no raw pipes or line
breaks, front-matter values are quoted YAML, and control characters never get through.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from .output import published_label

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")
_BLOCK_START = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))")
_TYPE_TITLES = (("person", "People"), ("organization", "Organisations"), ("place", "Places"), ("event", "Events"))


def clean(text: object) -> str:
    """Text with control characters removed."""
    return _CONTROL.sub("", "" if text is None else str(text))


def inline(text: object) -> str:
    """Text safe inside a Markdown line: specials escaped, line breaks made spaces, no list or heading
    marker at its start."""
    flat = _INLINE_SPECIAL.sub(r"\\\1", " ".join(clean(text).split()))
    return _BLOCK_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2)[0].isdigit() else m.group(2) + "\\"), flat, count=1)


def yaml_string(text: object) -> str:
    """A double-quoted YAML scalar that any content keeps valid (JSON strings are YAML; a few more escapes)."""
    dumped = json.dumps("" if text is None else str(text), ensure_ascii=False)
    return re.sub(r"[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]", lambda m: f"\\u{ord(m.group(0)):04x}", dumped)


def quote_block(text: str) -> str:
    """Paragraphs as a Markdown block quote, each line escaped."""
    lines = []
    for paragraph in clean(text).split("\n\n"):
        if lines:
            lines.append(">")
        lines.append("> " + inline(paragraph))
    return "\n".join(lines)


def headline(article: dict) -> str:
    """The headline, or the lead's first words where there is none."""
    return article.get("title") or article.get("lead") or f"Article {article['id']}"


def _front_matter(query: str, count: int, store: str, exported: str) -> list[str]:
    title = f"uncops-tui export: {query}" if query else "uncops-tui export"
    return ["---", f"title: {yaml_string(title)}", f"exported: {yaml_string(exported)}", f"query: {yaml_string(query)}",
            f"count: {count}", f"store: {yaml_string(store)}", "---", ""]


def _entities(article: dict) -> list[str]:
    lines = []
    for type_, label in _TYPE_TITLES:
        items = [e for e in article.get("entities", []) if e["type"] == type_]
        if not items:
            continue
        parts = []
        for e in items:
            text = inline(e["name"])
            extra = [inline(t) for t in e.get("titles", [])] + ([inline(e["english"])] if e.get("english") else [])
            parts.append(text + (f" ({'; '.join(extra)})" if extra else ""))
        lines.append(f"- **{label}:** " + ", ".join(parts))
    return lines


def _events(article: dict) -> list[str]:
    events = article.get("events", [])
    if not events:
        return []
    rows = ["| Date | Precision | As written |", "| --- | --- | --- |"]
    for e in events:
        span = e["start"] if e["end"] == e["start"] else f"{e['start']} – {e['end'] or 'ongoing'}"
        rows.append(f"| {inline(span)} | {inline(e['precision'])}{' (year inferred)' if e['year_inferred'] else ''} "
                    f"| {inline(e['text'])} |")
    return ["", *rows]


def _section(article: dict, excerpt: str | None) -> list[str]:
    meta = [f"- **Published:** {inline(published_label(article))}", f"- **Outlet:** {inline(article.get('outlet') or 'unknown')}",
            f"- **Source:** {inline(article.get('source') or '')}"]
    if article.get("duplicates"):
        meta.append(f"- **Duplicates:** {', '.join(inline(d) for d in article['duplicates'])}")
    text = excerpt if excerpt is not None else article["body"]
    return [f"## {inline(headline(article))}", "", *meta, *_entities(article), *_events(article), "", quote_block(text), ""]


def render(articles: list[dict], query: str = "", store: str = "", excerpts: dict[int, str] | None = None,
           exported: str | None = None) -> str:
    """The Markdown brief for ``articles`` (records as ``store.articles.article`` returns them).

    Args:
        articles: the selection, in the order to write it.
        query: the query that selected them (front matter).
        store: the store path (front matter).
        excerpts: per article id, the matching snippet to write instead of the body.
        exported: the timestamp to record (default: now, UTC).
    """
    exported = exported or datetime.now(timezone.utc).isoformat(timespec="seconds")
    out = _front_matter(query, len(articles), store, exported)
    out += ["# uncops-tui export", "", "## Contents", ""]
    for n, a in enumerate(articles, 1):
        out.append(f"{n}. {inline(headline(a))} — {inline(published_label(a))}, {inline(a.get('outlet') or 'outlet unknown')}")
    out.append("")
    for a in articles:
        out += _section(a, (excerpts or {}).get(a["id"]) if excerpts is not None else None)
    out += ["## Sources", ""]
    for n, a in enumerate(articles, 1):
        sources = [a.get("source") or ""] + list(a.get("duplicates") or [])
        out.append(f"{n}. {'; '.join(inline(s) for s in sources)} — {inline(headline(a))}")
    return "\n".join(out) + "\n"


class ExportExists(FileExistsError):
    """The target file exists and overwriting was not allowed."""


def write_atomic(path: Path, text: str, force: bool = False) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file.

    Raises:
        ExportExists: the file exists and ``force`` is False (the file is left untouched).
    """
    path = Path(path)
    if path.exists() and not force:
        raise ExportExists(f"{path} exists; use --force to overwrite it")
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def gather(conn, ids: list[int] | None, query: str, excerpt: bool) -> tuple[list[dict], dict[int, str] | None]:
    """The articles to export, newest first: ``ids`` if given (within the query if one is given too),
    else what the query selects, else the whole store; with ``excerpt``, their matching snippets."""
    from store import parse
    from store import articles as A
    from store import queries as Q

    q = parse(query)
    selected = Q.matching_ids(conn, q)
    if ids is not None:
        wanted = set(ids)
        selected = [i for i in selected if i in wanted] if query.strip() else [i for i in ids if A.article(conn, i)]
    records = [A.article(conn, i) for i in dict.fromkeys(selected)]
    records = [r for r in records if r is not None]
    records.sort(key=lambda r: r["id"], reverse=True)
    records.sort(key=lambda r: r["published"] or "", reverse=True)
    if not excerpt:
        return records, None
    snippets = {row.id: row.snippet.replace(Q.HIT_OPEN, "").replace(Q.HIT_CLOSE, "")
                for row in Q.timeline(conn, q, limit=max(len(records), 1), ranked=False).rows}
    return records, {r["id"]: snippets.get(r["id"], r["lead"]) for r in records}
