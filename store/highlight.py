"""Where the words of a query stand in a text: spans for highlighting and 'next hit' navigation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .query import Query
from .text import fold


@lru_cache(maxsize=4096)
def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()[:1] or ch


_MARKS = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"\w+")


def plain(text: str) -> str:
    """The text without marks or case, one character for one (so offsets carry over)."""
    folded = fold(text)
    if not _MARKS.search(folded):  # no lone marks: NFD adds only marks, or a longer text (Hangul) we detect
        fast = _MARKS.sub("", unicodedata.normalize("NFD", folded)).lower()
        if len(fast) == len(folded):  # C-level for Vietnamese text; char by char when some character expands
            return fast
    return "".join(_base(ch) for ch in folded)


def snippet(text: str, q: Query, marks: tuple[str, str], size: int = 14) -> str | None:
    """About ``size`` words around the first hit of the query, hits between ``marks``, '…' where cut.

    None when the text holds no hit (the match was in the title, say). The text is folded in steps
    (``SNIPPET_REACHES``), each step only its new part, until the hits found decide the snippet.
    """
    flat, done = "", 0
    for reach in (*SNIPPET_REACHES, len(text)):
        cut = len(text) if reach >= len(text) else text.rfind(" ", done, reach)
        if cut <= done:
            continue
        flat += plain(text[done:cut])  # cut at a space: folding looks only backwards, so this is plain(text[:cut])
        done = cut
        if done == len(text):
            spans = _spans_in(flat, q, 64)
            return _cut(text, spans, marks, size)[0] if spans else None
        if len(q.words) > 1 and not _find(flat, _patterns(q)[0], 1):
            continue  # the phrase may come later, and then only the phrase is marked
        spans = _spans_in(flat, q, 64)
        if spans:
            cut_text, end = _cut(text, spans, marks, size)
            if end + _longest_hit(q) < done:  # every hit that may reach into the snippet was looked for
                return cut_text
    return None


@lru_cache(maxsize=64)
def _longest_hit(q: Query) -> int:
    """A bound on the characters of one hit of the query (its phrase across line breaks, say)."""
    parts = [" ".join(q.words), *(" ".join(p) for p in q.phrases), *q.prefixes]
    return 2 * max(map(len, parts), default=0) + 40


def _cut(text: str, spans: list[tuple[int, int]], marks: tuple[str, str], size: int) -> tuple[str, int]:
    """The snippet around the first of ``spans``, and where it ends in ``text``."""
    first = spans[0][0]
    words = [m.span() for m in _WORD.finditer(text, max(0, first - 200), min(len(text), first + 600))]
    at = next((i for i, (_, end) in enumerate(words) if end > first), 0)
    lo = max(0, at - 4)
    hi = min(len(words), lo + size)
    start, end = min(words[lo][0], first), max(words[hi - 1][1], spans[0][1])
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out += [text[pos:s], marks[0], text[s:e], marks[1]]
        pos = e
    out.append(text[pos:end])
    body = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else ""), end


def hit_spans(text: str, q: Query, most: int = 2000) -> list[tuple[int, int]]:
    """Spans of the query's words, phrases and prefixes in ``text``, in order, ignoring diacritics.

    Bare words are looked for as one phrase first, as search does; each word alone only when the
    phrase is not in the text.
    """
    return _spans_in(plain(text), q, most)


SNIPPET_REACHES = (400, 1500)
"""A snippet is looked for in the first 400, then 1,500 characters before the whole body: folding a whole
body for every row of a page was most of a ranked search's time, and most hits are in the lead."""


@lru_cache(maxsize=64)
def _patterns(q: Query) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The regexes of the bare words as one phrase, and of the quoted phrases and prefixes (remembered:
    every row of a page asks for them)."""
    tail = r"\w*" if q.last_is_prefix else ""
    phrase = (r"\s+".join(re.escape(plain(w)) for w in q.words) + tail,) if q.words else ()
    fixed = tuple(r"\s+".join(re.escape(plain(w)) for w in p) for p in q.phrases)
    return phrase, fixed + tuple(re.escape(plain(p)) + r"\w*" for p in q.prefixes)


def _spans_in(flat: str, q: Query, most: int) -> list[tuple[int, int]]:
    phrase, fixed = _patterns(q)
    spans = _find(flat, phrase + fixed, most)
    if q.words and len(q.words) > 1 and not _find(flat, phrase, 1):
        spans += _find(flat, [re.escape(plain(w)) for w in q.words], most)
    return _merge(spans)


def _find(flat: str, patterns: tuple[str, ...] | list[str], most: int) -> list[tuple[int, int]]:
    """Whole-word matches of the patterns. The pattern leads (a leading look-behind would be tried at
    every position, ~10x slower); a match right after a word character is skipped by one character."""
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        search, pos = _compiled(pattern).search, 0
        while (m := search(flat, pos)) is not None:
            start = m.start()
            if start and (flat[start - 1].isalnum() or flat[start - 1] == "_"):
                pos = start + 1
                continue
            spans.append(m.span())
            if len(spans) >= most:
                return spans
            pos = m.end()
    return spans


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{pattern}(?!\w)")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
