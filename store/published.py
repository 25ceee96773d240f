"""Which date on a scraped page is the article's publication date.

A timestamp under the headline is the article's; one above it is the site's clock when menus or contacts
stand between, unless the lead's first date falls a few days before it. Some layouts print the stamp
under the lead instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lines as L
from .page_tools import is_article_tool, is_contact


@dataclass(frozen=True)
class Published:
    """A publication date at its precision, with the text it came from."""

    value: str
    precision: str
    source: str


def stamp_near_headline(rows: list[str], start: int, title: int | None) -> tuple[Published | None, str | None]:
    """The article's own timestamp near the headline or body (not a header clock), and an outlet named on it."""
    for i, stamp, clock in _stamps_around(rows, start, title):
        if not clock:
            return Published(stamp[0].isoformat(), "day", rows[i]), stamp[1]
    return None, None


def header_clock(rows: list[str], start: int, title: int | None) -> tuple[Published | None, str | None]:
    """The first clock above the headline when it is the article's after all: no contacts beside it, and the
    lead's first date a few days before it. The last resort: a stamp under the lead comes first."""
    clock = next(((i, stamp) for i, stamp, clock in _stamps_around(rows, start, title) if clock), None)
    if clock is not None and not _among_contacts(rows, clock[0]) and _lead_confirms(rows[start], clock[1][0]):
        return Published(clock[1][0].isoformat(), "day", rows[clock[0]]), clock[1][1]
    return None, None


def _stamps_around(rows: list[str], start: int, title: int | None):
    """Timestamps under the headline, then above it (the nearest first: a 'Tin mới' list's stamps may stand
    higher up), each with whether it is a header clock."""
    anchor = title if title is not None else start
    for i in [*range(anchor, start), *range(anchor - 1, max(-1, anchor - 6), -1)]:
        stamp = L.timestamp_of(rows[i]) if rows[i] else None
        if stamp is not None:
            yield i, stamp, i < anchor - 3 or _is_header_clock(rows, i, anchor)


def _among_contacts(rows: list[str], i: int) -> bool:
    """A clock beside the hotline and e-mail lines is the live site clock (the seeds' ANTV header), whatever
    the lead says."""
    return any(is_contact(r) or "hotline" in r.lower() for r in rows[max(0, i - 4) : i + 5] if r)


_LEAD_DAY = re.compile(r"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|qua|nay)\s?\(?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/])",
                       re.IGNORECASE)
LEAD_DAYS = 3
"""A header clock names the publication day when the lead's first date falls at most this many days before it."""


def _lead_confirms(lead: str, clock: date) -> bool:
    """'Chiều 13-3, ...' under a header clock of 14/03/2024: the clock is the article's, not a scrape time
    months later (the seeds' trap: 'Ngày 24/9' under a clock of 15/11/2025)."""
    match = _LEAD_DAY.search(lead[:200])
    if match is None:
        return False
    day, month = int(match.group(1)), int(match.group(2))
    for year in (clock.year, clock.year - 1):
        try:
            gap = (clock - date(year, month, day)).days
        except ValueError:  # '29/2' in a year without it, or no date at all ('31/4')
            continue
        if 0 <= gap <= LEAD_DAYS:
            return True
    return False


def _is_header_clock(rows: list[str], i: int, anchor: int) -> bool:
    """A clock above the headline followed by contacts or menus is the site's, not the article's; one section
    name between them ('Ngày đăng: ...', 'Thời sự', the headline) is the article's label."""
    if i >= anchor:
        return False
    between = [r for r in rows[i + 1 : anchor] if r and not is_article_tool(r)]
    if len(between) == 1 and L.is_section_name(between[0]):
        return False
    return any(is_contact(r) or L.is_junk(r) for r in between)


def stamp_under_lead(rows: list[str], start: int, end: int) -> tuple[set[int], Published | None, str | None]:
    """'Hoàng Lâm' and '08:30 10/5/2024' printed under the lead (Znews): metadata, not body. The rows to
    drop, the date and the byline."""
    seen = 0
    for i in range(start + 1, min(end, start + 8)):
        if not rows[i]:
            continue
        seen += 1
        if seen > 3:
            break
        stamp = L.timestamp_of(rows[i])
        if stamp is None:
            continue
        above = next((k for k in range(i - 1, start, -1) if rows[k]), None)
        byline = above is not None and L.is_byline(rows[above]) and not L.is_prose(rows[above])
        dropped = {i, above} if byline and above is not None else {i}
        return dropped, Published(stamp[0].isoformat(), "day", rows[i]), rows[above] if byline and above else None
    return set(), None, None
