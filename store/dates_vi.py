"""Date expressions of Vietnamese article text: 'Chiều 18.7', 'từ ngày 3-11/4/2023', 'quý III/2024',
'từ năm 2022 đến nay', 'các năm 2016 và 2018', 'từ năm 2021 đến tháng 6/2024'.

Each pattern's match becomes plain parts that ``events`` turns into events, as with ``dates_en``:
(y1, m1, d1, y2, m2, d2, open_end), missing parts as None. Bare d/m and d.m need a date word or brackets
(``plausible``): without one they are fractions, scores or decimals.
"""

from __future__ import annotations

import re

from .dates_en import PartsTuple

_S = r"[ \u00a0]{0,3}"
_DASH = r"(?:-|–|—|đến|tới)"
PREFIX = re.compile(
    r"(?:(?:trong|suốt)\s(?:hai|ba|bốn|năm|\d{1,2})\sngày|(?:từ|kể từ)\s(?:ngày|hôm)|từ|ngày|hôm|"
    r"(?:rạng\s)?sáng|chiều|trưa|tối|đêm|vào(?:\sngày)?|vào|trong|đến|đầu|cuối|giữa|hồi|các)\s$",
    re.IGNORECASE,
)
"""Words that open a date expression ('Trong hai ngày', 'Chiều', 'từ ngày'); read backwards from a match."""
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)\d{2}"
_CONTEXT = r"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|từ|đến|tới|vào|và|đầu|cuối|giữa|nay|qua|\()"

VIETNAMESE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
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
        "day_range_words",  # 'từ ngày 28 đến 30 tháng 11 năm 2023'
        re.compile(rf"(?<![\d/.])(?P<d1>{_D}){_S}{_DASH}{_S}(?:ngày\s)?(?P<d2>{_D})\stháng\s(?P<m>{_M})"
                   rf"(?:,?\snăm\s(?P<y>{_Y}))?(?![\d/])", re.IGNORECASE),
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
        "year_to_month",  # 'từ năm 2021 đến tháng 6/2024', 'từ tháng 6/2021 đến năm 2024': ends of two precisions
        re.compile(rf"năm\s(?P<y1>{_Y}){_S}(?:-|–|—|đến|tới){_S}(?:hết\s)?tháng\s(?P<m2>{_M})(?:{_S}[/.-]{_S}|,?\snăm\s)"
                   rf"(?P<y2>{_Y})(?!\d)"
                   rf"|tháng\s(?P<m3>{_M})(?:{_S}[/.-]{_S}|,?\snăm\s)(?P<y3>{_Y}){_S}(?:-|–|—|đến|tới){_S}(?:hết\s)?"
                   rf"năm\s(?P<y4>{_Y})(?!\d)", re.IGNORECASE),
    ),
    (
        "month_range_yearless",  # 'từ tháng 4 đến tháng 10': yearless months, dated as one ('tháng 11 đến tháng 2'
        # runs into the next year)
        re.compile(rf"tháng\s(?P<m1>{_M}){_S}(?:-|–|—|đến|tới){_S}(?:tháng\s)?(?P<m2>{_M})"
                   rf"(?![\d/]|\.\d|\s?(?:lần|người|ngày)|\snăm\s\d)", re.IGNORECASE),
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
                   rf"|kể\stừ\snăm\s(?P<ys>{_Y})(?!\d|\s?[-–]\s?\d|,?\s(?:đến|tới)\snăm)"
                   rf"|(?:kể\s)?từ\sđầu\snăm\s(?P<yd>{_Y})(?!\d|\s?[-–]\s?\d|,?\s(?:đến|tới)\s(?:năm|tháng|ngày)))",
                   re.IGNORECASE),  # 'từ đầu năm 2025': since that year began
    ),
    (
        "year_start_open",  # 'Từ đầu năm đến nay', 'từ đầu năm nay': since this year began
        re.compile(r"(?:kể\s)?từ\sđầu\snăm(?:\snay)?(?!\s?\d)", re.IGNORECASE),
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
_NAMED_DAY = re.compile(r"\bNgày [A-ZĐÀ-Ỹ]\w*(?:\s[-–]?\s?\w+){0,5}\s$")
"""'Ngày Quốc tế Phụ nữ ', 'Ngày Thương binh - Liệt sĩ ' right before a bare d/m: the day's date, not a fraction."""


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def vietnamese_parts(kind: str, m: re.Match[str]) -> list[PartsTuple]:
    """The date parts of one match, (y1, m1, d1, y2, m2, d2, open_end) each: several for a list of years."""
    g = m.groupdict()
    if kind == "cross_month":
        return [(_int(g["y1"]), int(g["m1"]), int(g["d1"]), _int(g["y2"]), int(g["m2"]), int(g["d2"]), False)]
    if kind in ("day_range", "day_range_words", "day_list"):
        mo, y = int(g["m"]), _int(g["y"])
        return [(y, mo, int(g["d1"]), y, mo, int(g["d2"]), False)]
    if kind == "full_date":
        if g.get("iy"):
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g.get("yy"):
            y, mo, d = int(g["yy"]), int(g["mm"]), int(g["dd"])
        else:
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return [(y, mo, d, y, mo, d, False)]
    if kind in ("day_month", "day_month_words"):
        return [(None, int(g["m"]), int(g["d"]), None, int(g["m"]), int(g["d"]), False)]
    if kind == "month_range":  # 'từ tháng 11 đến tháng 2/2024': the range's own year says where it starts
        m1, m2, y2 = int(g["m1"]), int(g["m2"]), int(g["y2"])
        y1 = _int(g["y1"]) or (y2 if m1 <= m2 else y2 - 1)
        return [(y1, m1, None, y2, m2, None, False)]
    if kind == "year_to_month":
        if g["y1"]:
            return [(int(g["y1"]), None, None, int(g["y2"]), int(g["m2"]), None, False)]
        return [(int(g["y3"]), int(g["m3"]), None, int(g["y4"]), None, None, False)]
    if kind == "month_range_yearless":
        return [(None, int(g["m1"]), None, None, int(g["m2"]), None, False)]
    if kind == "quarter":  # 'quý III/2024': July to September
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(g["q"].lower()) or int(g["q"])
        y = int(g["y"])
        return [(y, 3 * q - 2, None, y, 3 * q, None, False)]
    if kind == "month_open":  # 'Từ tháng 6/2014 đến nay'
        return [(int(g["y"]), int(g["m"]), None, None, None, None, True)]
    if kind == "month_year":
        mo, y = int(g["m"] or g["m2"]), int(g["y"] or g["y2"])
        return [(y, mo, None, y, mo, None, False)]
    if kind == "month":
        mo = int(g["m"])
        return [(None, mo, None, None, mo, None, False)]
    if kind == "year_open":
        return [(int(g["y"] or g["ys"] or g["yd"]), None, None, None, None, None, True)]
    if kind == "year_start_open":  # the year is the article's own, filled in with the others
        return [(None, None, None, None, None, None, True)]
    if kind == "year_range":
        return [(int(g["y1"]), None, None, int(g["y2"]), None, None, False)]
    if kind == "year_list":
        return [(y, None, None, y, None, None, False) for y in map(int, re.findall(_Y, g["ys"]))]
    y = int(g["y"])
    return [(y, None, None, y, None, None, False)]


def plausible(kind: str, body: str, m: re.Match[str]) -> bool:
    """Reject bare d/m and d.m that are fractions, scores or decimals: they need a date word or brackets."""
    if kind == "day_list" and m.group("sep") == "-":  # 'ngày 14 và 15-11', not '1 và 2-3 người'
        return bool(re.search(r"ngày\s$", body[max(0, m.start() - 6) : m.start()], re.IGNORECASE))
    if kind in ("day_month_words", "day_range_words"):  # '12 tháng 6' needs 'ngày' ('3 tháng 6 lần' is no date)
        return bool(re.search(r"ngày\s$", body[max(0, m.start() - 6) : m.start()], re.IGNORECASE))
    if kind != "day_month":
        return True
    before = body[max(0, m.start() - 12) : m.start()]
    after = body[m.end() : m.end() + 1]
    if m.group("sep") == "-":  # 'ngày 15-11' (Tuổi Trẻ style) only right after a date word, or 'Hôm qua (5-6)'
        return bool(re.search(r"(?:ngày|hôm|sáng|chiều|trưa|tối|đêm)\s$", before, re.IGNORECASE)) or (
            after == ")" and bool(re.search(r"(?:hôm|sáng|chiều|tối|đêm)\s(?:qua|nay)\s?\($", before, re.IGNORECASE)))
    if PREFIX.search(body[max(0, m.start() - 30) : m.start()]):
        return True
    if m.group("sep") == "/" and _NAMED_DAY.search(body[max(0, m.start() - 50) : m.start()]):
        return True  # 'Ngày Quốc tế Phụ nữ 8/3': a named day's date
    if m.group("sep") == "." and not (before.endswith("(") and after == ")"):
        return False
    return bool(_CONTEXT_BEFORE.search(before)) or (before.endswith("(") and after == ")")
