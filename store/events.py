"""Dated events from Vietnamese article text: days, ranges, lists, months, years, open periods.

Each date expression in the clean body becomes an ``Event`` with ISO start/end at its precision,
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


_S = r"[ \u00a0]{0,3}"
_DASH = r"(?:-|–|—|đến|tới)"
_PREFIX = re.compile(
    r"(?:(?:trong|suốt)\s(?:hai|ba|bốn|năm|\d{1,2})\sngày|(?:từ|kể từ)\s(?:ngày|hôm)|từ|ngày|hôm|"
    r"(?:rạng\s)?sáng|chiều|trưa|tối|đêm|vào(?:\sngày)?|vào|trong|đến|đầu|cuối|giữa|hồi|các)\s$",
    re.IGNORECASE,
)
"""Words that open a date expression ('Trong hai ngày', 'Chiều', 'từ ngày'); read backwards from a match."""
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)\d{2}"
_CONTEXT = r"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|từ|đến|tới|vào|và|đầu|cuối|giữa|nay|qua|\()"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "cross_month",
        re.compile(
            rf"(?<![\d/.])(?P<d1>{_D})/(?P<m1>{_M})(?:/(?P<y1>{_Y}))?{_S}{_DASH}{_S}(?:ngày\s)?"
            rf"(?P<d2>{_D})/(?P<m2>{_M})(?:/(?P<y2>{_Y}))?(?![\d/])",
            re.IGNORECASE,
        ),
    ),
    (
        "day_range",
        re.compile(
            rf"(?<![\d/.])(?P<d1>{_D}){_S}{_DASH}{_S}(?:ngày\s)?(?P<d2>{_D})(?:{_S}[/.]{_S}|-)(?P<m>{_M})"
            rf"(?:(?:{_S}[/.]{_S}|-)(?P<y>{_Y}))?(?![\d/])",
            re.IGNORECASE,
        ),
    ),
    (
        "day_list",
        re.compile(
            rf"(?<![\d/.])(?P<d1>{_D})(?:,\s{_D}){{0,5}},?\s(?:và|,)\s(?P<d2>{_D})(?P<sep>[/-])(?P<m>{_M})"
            rf"(?:(?P=sep)(?P<y>{_Y}))?(?![\d/-])",
            re.IGNORECASE,
        ),
    ),
    (
        "full_date",
        re.compile(
            rf"(?<![\d/.,])(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})(?P=sep)(?P<y>{_Y})(?![\d/])"
            rf"|(?P<pre2>ngày\s)?(?P<dd>{_D})\stháng\s(?P<mm>{_M})(?:,)?\snăm\s(?P<yy>{_Y})"
            rf"|(?<![\d-])(?P<iy>{_Y})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d-])",
            re.IGNORECASE,
        ),
    ),
    (
        "day_month_words",
        re.compile(rf"(?<!\d)(?P<d>{_D})\stháng\s(?P<m>{_M})(?!\d|,?\snăm\s\d)", re.IGNORECASE),
    ),
    (
        "day_month",
        re.compile(
            rf"(?<![\d/.,-])(?P<d>{_D})(?P<sep>/|\.|-)(?P<m>{_M})(?![\d/-]|\.\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"tháng\s(?P<m1>{_M})(?:{_S}[/.-]{_S}(?P<y1>{_Y}))?{_S}(?:-|–|—|đến|tới){_S}(?:tháng\s)?"
            rf"(?P<m2>{_M}){_S}[/.-]{_S}(?P<y2>{_Y})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(rf"quý\s(?P<q>IV|I{{1,3}}|[1-4])(?:{_S}[/.-]{_S}|,?\snăm\s)(?P<y>{_Y})(?!\d)", re.IGNORECASE),
    ),
    (
        "month_open",
        re.compile(rf"(?:kể\s)?từ\stháng\s(?P<m>{_M}){_S}[/.-]{_S}(?P<y>{_Y}),?\s(?:đến|tới|cho\sđến|cho\stới)\s"
                   rf"(?:nay|hiện\snay|bây\sgiờ)", re.IGNORECASE),
    ),
    (
        "month_year",
        re.compile(
            rf"tháng\s(?P<m>{_M}){_S}(?:[/.-]|,?\snăm|,){_S}(?P<y>{_Y})(?!\d)"
            rf"|(?<![\d/.])(?P<m2>{_M})/(?P<y2>{_Y})(?![\d/])",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(rf"tháng\s(?P<m>{_M})(?![\d/]|\.\d|\s?(?:năm|lần|người|ngày))",
                   re.IGNORECASE),
    ),
    (
        "year_open",
        re.compile(rf"(?:(?:kể\s)?từ\snăm\s(?P<y>{_Y}),?\s(?:đến|tới|cho\sđến|cho\stới)\s(?:nay|hiện\snay|bây\sgiờ)"
                   rf"|kể\stừ\snăm\s(?P<ys>{_Y})(?!\d|\s?[-–]\s?\d|,?\s(?:đến|tới)\snăm))", re.IGNORECASE),
    ),
    (
        "year_range",
        re.compile(
            rf"(?:giai\sđoạn|nhiệm\skỳ|niên\skhóa|từ\snăm|từ|năm|các\snăm)\s(?P<y1>{_Y}){_S}(?:-|–|—|đến(?:\snăm)?|tới(?:\snăm)?){_S}(?P<y2>{_Y})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "year_list",
        re.compile(rf"(?:các\s)?năm\s(?P<ys>{_Y}(?:(?:,\s|\svà\s|\s?,\svà\s){_Y}){{1,6}})(?!\d)", re.IGNORECASE),
    ),
    (
        "year",
        re.compile(rf"năm\s(?P<y>{_Y})(?!\d|\s?-\s?\d)",
                   re.IGNORECASE),
    ),
]
_CONTEXT_BEFORE = re.compile(_CONTEXT + r"[\s(,]{0,3}$", re.IGNORECASE)
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


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _raw_from(kind: str, m: re.Match[str], day: date | None) -> list[_Raw]:
    """Turn one regex match into raw date parts (one or several for lists of years); ``day`` is the
    publication day, the reference of a bare English weekday."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    if kind.startswith("en_"):
        parts = english_parts(kind, m, day)
        return [] if parts is None else [_Raw(kind, s, e, *parts, inferred=kind == "en_weekday")]
    if kind == "cross_month":
        y2 = _int(g["y2"])
        return [_Raw(kind, s, e, _int(g["y1"]), int(g["m1"]), int(g["d1"]), y2, int(g["m2"]), int(g["d2"]))]
    if kind in ("day_range", "day_list"):
        mo, y = int(g["m"]), _int(g["y"])
        return [_Raw(kind, s, e, y, mo, int(g["d1"]), y, mo, int(g["d2"]))]
    if kind == "full_date":
        if g.get("iy"):
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g.get("yy"):
            y, mo, d = int(g["yy"]), int(g["mm"]), int(g["dd"])
        else:
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return [_Raw(kind, s, e, y, mo, d, y, mo, d)]
    if kind in ("day_month", "day_month_words"):
        return [_Raw(kind, s, e, None, int(g["m"]), int(g["d"]), None, int(g["m"]), int(g["d"]))]
    if kind == "month_range":  # 'từ tháng 11 đến tháng 2/2024': the range's own year says where it starts
        m1, m2, y2 = int(g["m1"]), int(g["m2"]), int(g["y2"])
        y1 = _int(g["y1"]) or (y2 if m1 <= m2 else y2 - 1)
        return [_Raw(kind, s, e, y1, m1, None, y2, m2, None)]
    if kind == "quarter":  # 'quý III/2024': July to September
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(g["q"].lower()) or int(g["q"])
        y = int(g["y"])
        return [_Raw(kind, s, e, y, 3 * q - 2, None, y, 3 * q, None)]
    if kind == "month_open":  # 'Từ tháng 6/2014 đến nay'
        return [_Raw(kind, s, e, int(g["y"]), int(g["m"]), None, None, None, None, open_end=True)]
    if kind == "month_year":
        mo, y = int(g["m"] or g["m2"]), int(g["y"] or g["y2"])
        return [_Raw(kind, s, e, y, mo, None, y, mo, None)]
    if kind == "month":
        mo = int(g["m"])
        return [_Raw(kind, s, e, None, mo, None, None, mo, None)]
    if kind == "year_open":
        return [_Raw(kind, s, e, int(g["y"] or g["ys"]), None, None, None, None, None, open_end=True)]
    if kind == "year_range":
        return [_Raw(kind, s, e, int(g["y1"]), None, None, int(g["y2"]), None, None)]
    if kind == "year_list":
        years = [int(y) for y in re.findall(_Y, g["ys"])]
        return [_Raw(kind, s, e, y, None, None, y, None, None) for y in years]
    y = int(g["y"])
    return [_Raw(kind, s, e, y, None, None, y, None, None)]


def _plausible(kind: str, body: str, m: re.Match[str]) -> bool:
    """Reject bare d/m and d.m that are fractions, scores or decimals: they need a date word or brackets."""
    if kind == "day_list" and m.group("sep") == "-":  # 'ngày 14 và 15-11', not '1 và 2-3 người'
        return bool(re.search(r"ngày\s$", body[max(0, m.start() - 6) : m.start()], re.IGNORECASE))
    if kind == "day_month_words":  # '12 tháng 6' needs 'ngày' ('3 tháng 6 lần' is no date)
        return bool(re.search(r"ngày\s$", body[max(0, m.start() - 6) : m.start()], re.IGNORECASE))
    if kind != "day_month":
        return True
    before = body[max(0, m.start() - 12) : m.start()]
    after = body[m.end() : m.end() + 1]
    if m.group("sep") == "-":  # 'ngày 15-11' (Tuổi Trẻ style) only right after a date word, or 'Hôm qua (5-6)'
        return bool(re.search(r"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm)\s$", before, re.IGNORECASE)) or (
            after == ")" and bool(re.search(r"(?:hôm|sáng|chiều|tối|đêm)\s(?:qua|nay)\s?\($", before, re.IGNORECASE)))
    if _PREFIX.search(body[max(0, m.start() - 30) : m.start()]):
        return True
    if m.group("sep") == "." and not (before.endswith("(") and after == ")"):
        return False
    return bool(_CONTEXT_BEFORE.search(before)) or (before.endswith("(") and after == ")")


def _extend_back(body: str, start: int, taken: list[tuple[int, int]]) -> int:
    """Start of the expression with the words that open it ('Trong hai ngày 20 và 21/6')."""
    while True:
        window = body[max(0, start - 30) : start]
        m = _PREFIX.search(window)
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


_NO_DIGITS = frozenset({"en_month", "en_weekday"})
"""Patterns that match without a digit ('in July', 'on Thursday'): searched through the whole body."""


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
            if not _plausible(kind, body, m):
                continue
            start = _extend_back(body, m.start(), taken)
            taken.append((start, m.end()))
            future = _said_ahead(body, start)
            for raw in _raw_from(kind, m, day):
                raw.start, raw.future = start, future
                found.append(raw)
    found.sort(key=lambda r: r.start)
    return found


_FUTURE = re.compile(r"\b(?:sẽ|sắp|dự kiến|will|to be held|to take place|upcoming|scheduled)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _said_ahead(body: str, start: int) -> bool:
    """'Hội nghị sẽ diễn ra từ ngày 9-12/9', 'to be held ... from September 9-12': the sentence puts the
    date ahead of the article, so a missing year is the next one, not the nearest."""
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


def _nearest_year(month: int, day: int, ref: date, future: bool = False) -> int:
    """The year that puts day/month nearest the reference date, the past counting half as far (or, for a
    date the sentence puts ahead, not at all)."""
    best, best_cost = ref.year, None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            when = date(year, month, min(day, 28) if month == 2 else day)
        except ValueError:
            continue
        delta = (when - ref).days
        if future and delta < -1:
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
    if not (_valid(y1, raw.m1, raw.d1) and _valid(y2, raw.m2, raw.d2)):
        return None
    start = _iso(y1, raw.m1, raw.d1)
    end = None if raw.open_end else _iso(y2, raw.m2, raw.d2)
    if end is not None and y1 is not None and y2 is not None and end < start:
        return None
    return start, end, inferred


def _infer_year(raw: _Raw, raws: list[_Raw], published: Published | None) -> int | None:
    """The year of a day or month written without one: nearest the publication date, else another date."""
    ref, ref_year = _reference(published)
    if ref is None and ref_year is None:
        ref, ref_year = _explicit_anchor(raws, raw.start)
    if ref is not None:
        return _nearest_year(raw.m1, raw.d1 or 1, ref, raw.future)  # type: ignore[arg-type]
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


def extract_events(body: str, published: Published | None, mentions: list[Mention]) -> list[Event]:
    """The dated events of an article body.

    Args:
        body: the clean body.
        published: the publication date, used for years the text leaves out.
        mentions: entity mentions in the body; each event lists those of its sentence.
    """
    if looks_english(body):  # an English edition: month names and weekdays as well
        day = _reference(published)[0] if published is not None and published.precision == "day" else None
        raws = _find(body, ENGLISH_PATTERNS + _PATTERNS, day)
    else:
        raws = _find(body, _PATTERNS)
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
