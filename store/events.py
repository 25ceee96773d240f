"""Dated events from article text: days, ranges, lists, months, years, open periods.

The patterns are in ``dates_vi`` (Vietnamese) and ``dates_en`` (English editions). Each date expression in the clean body becomes an ``Event`` with ISO start/end at its precision,
the expression as written, and the sentence it stands in. A missing year comes from the
publication date (the nearest year, preferring the past), else from the nearest explicit date in
the article; without either it stays unknown ('XXXX'). Ordinals, counts, decimals and names with
years ('Chương trình nghị sự 2030') are not dates; a date the calendar refuses is no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .clean import Published
from .dates_en import ENGLISH_PATTERNS, english_parts, looks_english
from .dates_vi import PREFIX, VIETNAMESE_PATTERNS, plausible, vietnamese_parts
from .entities import Mention

UNKNOWN_YEAR = "XXXX"


@dataclass(frozen=True)
class Event:
    """A dated event in an article body."""

    start: str
    end: str | None
    precision: str
    year_inferred: bool
    text: str
    text_start: int
    sentence_start: int
    sentence_end: int
    entity_keys: tuple[str, ...] = ()


_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…]+(?=\s+[\"“(\[A-ZĐÀ-Ỹ0-9])|$)", re.MULTILINE)


@dataclass
class _Raw:
    kind: str
    start: int
    end: int
    y1: int | None
    m1: int | None
    d1: int | None
    y2: int | None
    m2: int | None
    d2: int | None
    open_end: bool = False
    inferred: bool = False
    future: bool = False
    until_now: bool = False
    """'từ tháng 1 đến nay': the period began in the past."""


def _raw_from(kind: str, m: re.Match[str], day: date | None) -> list[_Raw]:
    """Turn one regex match into raw date parts (one or several for lists of years); ``day`` is the
    publication day, the reference of a bare English weekday."""
    s, e = m.start(), m.end()
    if kind.startswith("en_"):
        parts = english_parts(kind, m, day)
        return [] if parts is None else [_Raw(kind, s, e, *parts, inferred=kind == "en_weekday")]
    return [_Raw(kind, s, e, *parts) for parts in _anniversary(vietnamese_parts(kind, m))]


def _anniversary(found: list[tuple]) -> list[tuple]:
    """'(5/9/1962 - 5/9/2025)': a day and its anniversary years later, two days, not a period of 63 years."""
    if len(found) == 1:
        y1, m1, d1, y2, m2, d2, open_end = found[0]
        if d1 is not None and (m1, d1) == (m2, d2) and y1 is not None and y2 is not None and y2 - y1 >= 5:
            return [(y1, m1, d1, y1, m1, d1, open_end), (y2, m2, d2, y2, m2, d2, open_end)]
    return found


def _extend_back(body: str, start: int, taken: list[tuple[int, int]]) -> int:
    """Start of the expression with the words that open it ('Trong hai ngày 20 và 21/6')."""
    while True:
        window = body[max(0, start - 30) : start]
        m = PREFIX.search(window)
        if not m or m.start() == m.end():
            return start
        new = start - (len(window) - m.start())
        if any(new < e and s < start for s, e in taken):
            return start
        start = new


_DIGITS = re.compile(r"\d+")


def _windows(body: str, reach: int = 48) -> list[tuple[int, int]]:
    """Stretches of the body around its numbers: every date expression lies inside one."""
    out: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(body):
        s, e = max(0, m.start() - reach), min(len(body), m.end() + reach)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _matches(pattern: re.Pattern[str], body: str, windows: list[tuple[int, int]]):
    for s, e in windows:
        yield from pattern.finditer(body, s, e)


_DIGIT_LED = frozenset({"cross_month", "day_range", "day_list", "day_month_words", "day_month"})
"""Patterns that can only start where a run of digits starts: tried there alone, not at every position."""


_NO_DIGITS = frozenset({"en_month_span", "en_month", "en_weekday", "year_start_open"})
"""Patterns that match without a digit ('in July', 'from May to June', 'on Thursday'): searched through the whole
body."""


def _at_runs(pattern: re.Pattern[str], body: str, runs: list[int]):
    end = -1
    for at in runs:
        if at >= end and (m := pattern.match(body, at)) is not None:
            end = m.end()
            yield m


def _find(body: str, patterns: list[tuple[str, re.Pattern[str]]], day: date | None = None) -> list[_Raw]:
    """All date expressions, earlier patterns winning over later ones that overlap them."""
    taken: list[tuple[int, int]] = []
    found: list[_Raw] = []
    windows = _windows(body)
    runs = [m.start() for m in _DIGITS.finditer(body)]
    for kind, pattern in patterns:
        if kind in _DIGIT_LED:
            found_here = _at_runs(pattern, body, runs)
        else:
            found_here = pattern.finditer(body) if kind in _NO_DIGITS else _matches(pattern, body, windows)
        for m in found_here:
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not plausible(kind, body, m):
                continue
            start = _extend_back(body, m.start(), taken)
            taken.append((start, m.end()))
            future, until_now = _said_ahead(body, start), _until_now(body, start, m.end())
            for raw in _raw_from(kind, m, day):
                raw.start, raw.future = start, future
                raw.until_now = until_now and (raw.y1, raw.m1, raw.d1) == (raw.y2, raw.m2, raw.d2)
                raw.open_end = raw.open_end or raw.until_now
                found.append(raw)
    found.sort(key=lambda r: r.start)
    return found


_OPENS = re.compile(r"(?:kể\s)?từ\s", re.IGNORECASE)
_SINCE = re.compile(r"\bkể\stừ\s", re.IGNORECASE)
_TO_NOW = re.compile(r",?\s(?:đến|tới|cho\sđến|cho\stới)\s(?:nay|hiện\snay|bây\sgiờ)\b", re.IGNORECASE)


def _until_now(body: str, start: int, end: int) -> bool:
    """'từ ngày 27-5-2014 đến nay', 'kể từ tháng 10/2022', 'since 27 May 2014': a period that is still open."""
    if body[max(0, start - 6) : start].lower() == "since " or _SINCE.search(body[max(0, start - 3) : start + 7]):
        return True
    return bool(_OPENS.match(body, start)) and bool(_TO_NOW.match(body, end))


_FUTURE = re.compile(r"\b(?:sẽ|sắp|dự kiến|will|to be held|to take place|upcoming|scheduled|invited|invites)\b",
                     re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _said_ahead(body: str, start: int) -> bool:
    """'Hội nghị sẽ diễn ra từ ngày 9-12/9', 'to be held ... from September 9-12', 'invited him to attend ... in
    October': the sentence puts the date ahead of the article, so a missing year is the next one, not the nearest."""
    before = body[max(0, start - 100) : start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return bool(_FUTURE.search(before[breaks[-1].end() :] if breaks else before))


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is None:
        return True
    try:
        date(y if y is not None else 2000, m, d or 1)
    except ValueError:
        return False
    return True


def _reference(published: Published | None) -> tuple[date | None, int | None]:
    """The date a missing year is counted from, and a year when only the year is known."""
    if published is None:
        return None, None
    parts = [int(p) for p in published.value.split("-")]
    if len(parts) == 3:
        return date(*parts), None
    if len(parts) == 2:
        return date(parts[0], parts[1], 15), None
    return None, parts[0]


def _nearest_year(month: int, day: int, ref: date, future: bool = False, past: bool = False) -> int:
    """The year that puts day/month nearest the reference date, the past counting half as far (or, for a
    date the sentence puts ahead, not at all; for the start of a period until now, only the past counts)."""
    best, best_cost = ref.year, None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            when = date(year, month, min(day, 28) if month == 2 else day)
        except ValueError:
            continue
        delta = (when - ref).days
        if (future and delta < -1) or (past and delta > 1):
            continue
        cost = -delta if delta <= 0 else 2 * delta
        if best_cost is None or cost < best_cost:
            best, best_cost = year, cost
    return best


def _explicit_anchor(raws: list[_Raw], at: int) -> tuple[date | None, int | None]:
    """The nearest explicit full date (else month, else year that is no open period) written in the article,
    for a date without a year."""
    dated = [r for r in raws if r.y1 is not None and r.m1 is not None and r.d1 is not None and _valid(r.y1, r.m1, r.d1)]
    if dated:
        r = min(dated, key=lambda r: abs(r.start - at))
        return date(r.y1, r.m1, r.d1), None  # type: ignore[arg-type]
    months = [r for r in raws if r.y1 is not None and r.m1 is not None and _valid(r.y1, r.m1, None)]
    if months:  # 'vào tháng 8/2024' says more about '13-3' than 'Từ năm 2015 đến nay' does
        r = min(months, key=lambda r: abs(r.start - at))
        return date(r.y1, r.m1, 15), None  # type: ignore[arg-type]
    years = [r for r in raws if r.y1 is not None and not r.open_end]
    if years:
        return None, min(years, key=lambda r: abs(r.start - at)).y1
    return None, None


def _iso(y: int | None, m: int | None, d: int | None) -> str:
    year = f"{y:04d}" if y is not None else UNKNOWN_YEAR
    if m is None:
        return year
    return f"{year}-{m:02d}" if d is None else f"{year}-{m:02d}-{d:02d}"


def _resolve(raw: _Raw, raws: list[_Raw], published: Published | None) -> tuple[str, str | None, bool] | None:
    """ISO start and end with inferred years, or None for a date the calendar refuses."""
    y1, y2, inferred = raw.y1, raw.y2, raw.inferred
    wraps = raw.m1 is not None and raw.m2 is not None and raw.m2 < raw.m1  # '30/12 - 3/1'
    if raw.m1 is not None and y1 is None and y2 is not None:
        y1, inferred = (y2 - 1 if wraps else y2), True
    elif raw.m1 is not None and y1 is None:
        y1 = _infer_year(raw, raws, published)
        if y1 is not None:
            y2, inferred = (y1 + 1 if wraps else y1), True
    elif y1 is None:  # 'từ đầu năm đến nay': the year the article was written in
        y1 = _this_year(raw, raws, published)
        if y1 is None:
            return None
        y2, inferred = y1, True
    if not (_valid(y1, raw.m1, raw.d1) and _valid(y2, raw.m2, raw.d2)):
        return None
    start = _iso(y1, raw.m1, raw.d1)
    end = None if raw.open_end else _iso(y2, raw.m2, raw.d2)
    if end is not None and y1 is not None and y2 is not None and end < start:
        return None
    return start, end, inferred


def _this_year(raw: _Raw, raws: list[_Raw], published: Published | None) -> int | None:
    """The year an article speaks in: its publication's, else that of the nearest date it writes."""
    if published is not None:
        return int(published.value[:4])
    ref, year = _explicit_anchor(raws, raw.start)
    return ref.year if ref is not None else year


def _infer_year(raw: _Raw, raws: list[_Raw], published: Published | None) -> int | None:
    """The year of a day or month written without one: nearest the publication date, else another date."""
    ref, ref_year = _reference(published)
    if ref is None and ref_year is None:
        ref, ref_year = _explicit_anchor(raws, raw.start)
    if ref is not None:
        day = raw.d1 or (28 if raw.future else 1)  # 'vào giữa tháng 12', said on 9 December: this December
        return _nearest_year(raw.m1, day, ref, raw.future, past=raw.until_now)  # type: ignore[arg-type]
    return ref_year


def _precision(raw: _Raw) -> str:
    if raw.d1 is not None:
        return "day"
    return "month" if raw.m1 is not None else "year"


def sentences(body: str) -> list[tuple[int, int]]:
    """Sentence spans of the body (paragraph breaks and sentence ends)."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body)]


def _sentence_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= at < e:
            return s, e
    return at, at


def extract_events(body: str, published: Published | None, mentions: list[Mention],
                   english: bool | None = None) -> list[Event]:
    """The dated events of an article body.

    Args:
        body: the clean body.
        published: the publication date, used for years the text leaves out.
        mentions: entity mentions in the body; each event lists those of its sentence.
        english: whether the body is an English edition's (``dates_en.looks_english``; None: find out).
    """
    if looks_english(body) if english is None else english:  # an English edition: month names, weekdays
        day = _reference(published)[0] if published is not None and published.precision == "day" else None
        raws = _find(body, ENGLISH_PATTERNS + VIETNAMESE_PATTERNS, day)
    else:
        raws = _find(body, VIETNAMESE_PATTERNS)
    spans = sentences(body)
    events: list[Event] = []
    for raw in raws:
        resolved = _resolve(raw, raws, published)
        if resolved is None:
            continue
        start, end, inferred = resolved
        s, e = _sentence_of(spans, raw.start)
        keys = tuple(dict.fromkeys(m.key for m in mentions if s <= m.start < e and m.type != "event"))
        text = body[raw.start : raw.end].strip()
        events.append(Event(start, end, _precision(raw), inferred, text, raw.start, s, e, keys))
    return events
