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


def plain(text: str) -> str:
    """The text without marks or case, one character for one (so offsets carry over)."""
    return "".join(_base(ch) for ch in fold(text))


def hit_spans(text: str, q: Query, most: int = 2000) -> list[tuple[int, int]]:
    """Spans of the query's words, phrases and prefixes in ``text``, in order, ignoring diacritics.

    Bare words are looked for as one phrase first, as search does; each word alone only when the
    phrase is not in the text.
    """
    flat = plain(text)
    tail = r"\w*" if q.last_is_prefix else ""
    phrase = [r"\s+".join(re.escape(plain(w)) for w in q.words) + tail] if q.words else []
    fixed = [r"\s+".join(re.escape(plain(w)) for w in p) for p in q.phrases]
    fixed += [re.escape(plain(p)) + r"\w*" for p in q.prefixes]
    spans = _find(flat, phrase + fixed, most)
    if q.words and len(q.words) > 1 and not _find(flat, phrase, 1):
        spans += _find(flat, [re.escape(plain(w)) for w in q.words], most)
    return _merge(spans)


def _find(flat: str, patterns: list[str], most: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", flat):
            spans.append((m.start(), m.end()))
            if len(spans) >= most:
                return spans
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
