"""A headline shares words with its lead: the check that catches page furniture no rule knows yet.

The cleaner takes the headline from right above the body, over bylines, stamps, buttons and labels it
recognises. When the line it lands on shares no word with the lead ('Chia sẻ  Bình luận  Theo dõi 24h trên',
an unusual byline), and a line a little higher shares several, that higher line is the headline.
"""

from __future__ import annotations

from . import lines as L
from .dates_en import looks_english
from .text import match_key

_FUNCTION_WORDS = frozenset(match_key(w) for w in (
    "và của các với tại trong đã được cho về là có những một này đến từ theo ngày năm tháng sau khi đó "
    "the of and to in on for at with a an by from is was are as that this have has had will be been says said "
    "it its their his her they he she we not but or also more than up out over into").split())
"""Words any two lines of an article share: no evidence that one is about the other."""
_LOOK_ABOVE = 6
"""Rows above the first pick that may hold the headline instead."""
_ENOUGH = 3
"""Distinct words a line must share with the lead to be taken for the headline over one that shares at most one."""


def content_words(text: str) -> set[str]:
    """The words of a text as matching keys (tones kept: 'tặng' is not 'tăng'), without function words and numbers."""
    return {w for w in map(match_key, L.words(text)) if len(w) > 1 and not w.isdigit() and w not in _FUNCTION_WORDS}


def headline_sharing_the_lead(rows: list[str], title_at: int | None, start: int) -> int | None:
    """``title_at``, unless it shares at most one word with the lead (the body's first row) and a headline-sized
    line above it shares at least three and two more: then that line's index."""
    if title_at is None:
        return None
    lead = content_words(rows[start])
    shared = len(content_words(rows[title_at]) & lead)
    if shared >= 2:
        return _headline_over_its_dek(rows, title_at, start, lead, shared)
    for k in range(title_at - 1, max(-1, title_at - 1 - _LOOK_ABOVE), -1):
        line = rows[k]
        if not line or L.is_junk(line) or L.timestamp_of(line) or L.is_section_name(line):
            continue
        if 3 <= len(L.words(line)) <= 45 and len(content_words(line) & lead) >= max(_ENOUGH, shared + 2):
            return k
    return title_at


def _headline_over_its_dek(rows: list[str], title_at: int, start: int, lead: set[str], shared: int) -> int:
    """``title_at``, unless the page is in English and the row right above it is a headline-sized line sharing
    two words more with the lead (and three at least): the pick was the subheadline ('Malaysia's top cop says
    ...') under the headline."""
    above = next((k for k in range(title_at - 1, -1, -1) if rows[k]), None)
    if above is None or not looks_english(rows[start]):
        return title_at  # a Vietnamese page's sapo is a sentence, and body: the line above is a teaser
    line = rows[above]
    if L.is_junk(line) or L.is_prose(line) or L.timestamp_of(line) or L.is_section_name(line) \
            or not 3 <= len(L.words(line)) <= 45:
        return title_at
    return above if len(content_words(line) & lead) >= max(_ENOUGH, shared + 2) else title_at


def subheadline(rows: list[str], pick: int | None, title_at: int | None, start: int) -> str | None:
    """The first pick, when ``headline_sharing_the_lead`` moved the headline above it and it shares words with
    the lead: a subheadline, which is article text (it goes on top of the body), not furniture."""
    if pick is None or title_at is None or title_at >= pick:
        return None
    return rows[pick] if len(content_words(rows[pick]) & content_words(rows[start])) >= 2 else None
