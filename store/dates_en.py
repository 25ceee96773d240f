"""Date expressions of English article text ('July 5, 2024', '1-3 July', 'since 2018', 'in July', 'the first
quarter of 2025').

English editions of Vietnamese outlets (Vietnam News, VietnamPlus, Nhân Dân English) and UN pages
write dates with month names. Each pattern's match becomes plain parts that ``events`` turns into
an event like any Vietnamese date: (y1, m1, d1, y2, m2, d2, open_end), missing parts as None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lines import month_number
from .tokens import VIET_ONLY

_MN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
       r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
_TO = r"(?:\s?[-–—]\s?|\s(?:to|until|till|through|and)\s)"
_DAY = r"(?<![\d/.])"
_END = r"(?![\d/]|\s?[-–]\s?\d)"
_NOT_TO = r"(?!,?\s(?:\d|(?:19|20)\d{2})|\s?[-–—]|\s(?:to|until|till|through|and)\s)"
"""After 'from' and a month: no day, year or end follows, so the period is still open ('from September')."""
_WIRE_VERBS = (r"(?:said|says|agreed|announced|told|met|signed|held|opened|closed|began|arrived|visited|reported|"
               r"confirmed|arrested|pledged|called|added|stated|urged|launched|received|hosted|discussed)")
"""Verbs a wire story puts a bare weekday after ('agreed Tuesday'): that weekday is a date."""
_ON = r"\b(?i:in|since|until|till|by|from|during|before|after|last|next|early|late|mid-|of|on|through)\s?"
"""Words before a bare month or year that make it a date ('in July', 'since 2018'), not a count or a verb."""

PartsTuple = tuple[int | None, int | None, int | None, int | None, int | None, int | None, bool]

ENGLISH_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("en_cross_month", re.compile(
        rf"(?P<mn1>{_MN})\s(?P<d1>{_D}){_TO}(?P<mn2>{_MN})\s(?P<d2>{_D})(?:,?\s(?P<y>{_Y}))?{_END}"
        rf"|{_DAY}(?P<dd1>{_D})\s(?P<mmn1>{_MN}){_TO}(?P<dd2>{_D})\s(?P<mmn2>{_MN})(?:,?\s(?P<yy>{_Y}))?{_END}")),
    ("en_day_range", re.compile(
        rf"(?P<mn>{_MN})\s(?P<d1>{_D}){_TO}(?P<d2>{_D})(?:,?\s(?P<y>{_Y}))?{_END}"
        rf"|{_DAY}(?P<dd1>{_D}){_TO}(?P<dd2>{_D})\s(?P<mmn>{_MN})(?:,?\s(?P<yy>{_Y}))?{_END}")),
    ("en_day", re.compile(
        rf"(?P<mn>{_MN})\s(?P<d>{_D})(?:,?\s(?P<y>{_Y}))?{_END}"
        rf"|{_DAY}(?P<dd>{_D})\s(?:of\s)?(?P<mmn>{_MN})(?:,?\s(?P<yy>{_Y}))?{_END}")),
    ("en_month_range", re.compile(
        rf"(?P<mn1>{_MN})(?:\s(?P<y1>{_Y}))?{_TO}(?P<mn2>{_MN})\s(?P<y>{_Y}){_END}")),
    ("en_month_span", re.compile(rf"\b(?i:from|between)\s(?P<mn1>{_MN}){_TO}(?P<mn2>{_MN})(?![\w-])(?!,?\s\d)")),
    ("en_month_year", re.compile(rf"(?P<since>\b(?i:since)\s)?(?P<mn>{_MN}),?\s(?:of\s)?(?P<y>{_Y}){_END}")),
    ("en_month", re.compile(
        rf"(?:(?P<since>\b(?i:since)\s|\b(?i:from)\s(?=(?:{_MN})(?![\w-]){_NOT_TO}))|{_ON})(?P<mn>{_MN})(?![\w-])")),
    ("en_year_open", re.compile(
        rf"\bsince\s(?:the\s(?:beginning|start|end)\sof\s)?(?P<y>{_Y})(?!{_TO}\d)"
        rf"|\bfrom\s(?P<ys>{_Y})\s(?:to|until|till)\s(?:date|now|the\spresent|today)",
        re.IGNORECASE)),
    ("en_year_range", re.compile(
        rf"\b(?:from|between|in|during)?\s?(?P<y1>{_Y})(?:\s?[-–—]\s?|\s(?:to|and|until)\s)(?P<y2>{_Y}){_END}",
        re.IGNORECASE)),
    ("en_half", re.compile(rf"\b(?P<h>first|second)\shalf\s(?:of\s)?(?P<y>{_Y}){_END}", re.IGNORECASE)),
    ("en_quarter", re.compile(
        rf"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\squarter\s(?:of\s)?(?P<y>{_Y}){_END}"
        rf"|\bQ(?P<qn>[1-4])[\s/-](?P<yq>{_Y}){_END}", re.IGNORECASE)),
    ("en_year", re.compile(rf"{_ON}(?P<y>{_Y}){_END}")),
    ("en_weekday", re.compile(
        rf"\b(?:(?i:on|last)|{_WIRE_VERBS})\s(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        rf"(?![\w-]|,?\s(?:{_MN}|\d))")),
]
"""Earlier patterns win over later ones that overlap them, as with the Vietnamese patterns."""

_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|to|in|was|were|with|for|on)\b")


def looks_english(body: str) -> bool:
    """True for a body written in English, its Vietnamese names aside: English function words outnumber
    half its Vietnamese letters."""
    sample = body[:1500]
    vietnamese = len(VIET_ONLY.findall(sample))
    if vietnamese > len(sample) // 25:  # Vietnamese prose has one such letter in about every six
        return False
    return 2 * len(_ENGLISH_WORDS.findall(sample)) > vietnamese


def _day(text: str | None) -> int | None:
    return int(re.match(r"\d+", text).group(0)) if text else None  # type: ignore[union-attr]


def _year(text: str | None) -> int | None:
    return int(text) if text else None


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_before(name: str, published: date) -> date:
    """'on Thursday' in an article of ``published``: the last such day up to the publication day."""
    back = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return published - timedelta(days=back)


def english_parts(kind: str, m: re.Match[str], published: date | None) -> PartsTuple | None:
    """The date parts of one English match: (y1, m1, d1, y2, m2, d2, open_end), or None when a weekday
    has no publication day to count from."""
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if kind == "en_weekday":
        if published is None:
            return None
        day = weekday_before(g["wd"], published)
        return day.year, day.month, day.day, day.year, day.month, day.day, False
    if kind == "en_cross_month":
        y = _year(g.get("y") or g.get("yy"))
        m1, m2 = month_number(g.get("mn1") or g.get("mmn1")), month_number(g.get("mn2") or g.get("mmn2"))
        y1 = y - 1 if y is not None and m1 is not None and m2 is not None and m2 < m1 else y
        return y1, m1, _day(g.get("d1") or g.get("dd1")), y, m2, _day(g.get("d2") or g.get("dd2")), False
    if kind in ("en_day_range", "en_day"):
        y, mo = _year(g.get("y") or g.get("yy")), month_number(g.get("mn") or g.get("mmn"))
        d1 = _day(g.get("d1") or g.get("dd1") or g.get("d") or g.get("dd"))
        d2 = _day(g.get("d2") or g.get("dd2")) or d1
        return y, mo, d1, y, mo, d2, False
    if kind == "en_month_range":
        m1, m2, y2 = month_number(g["mn1"]), month_number(g["mn2"]), _year(g["y"])
        y1 = _year(g.get("y1")) or (y2 if m1 <= m2 else y2 - 1)  # type: ignore[operator]
        return y1, m1, None, y2, m2, None, False
    if kind == "en_month_span":  # 'from September to December': the year is the article's
        return None, month_number(g["mn1"]), None, None, month_number(g["mn2"]), None, False
    if kind in ("en_month_year", "en_month"):
        y, mo = _year(g.get("y")), month_number(g["mn"])
        if g.get("since"):  # 'since January': a period still going on
            return y, mo, None, None, None, None, True
        return y, mo, None, y, mo, None, False
    if kind == "en_year_open":
        return _year(g.get("y") or g.get("ys")), None, None, None, None, None, True
    if kind == "en_half":
        y, later = _year(g["y"]), g["h"].lower() == "second"
        return y, 7 if later else 1, None, y, 12 if later else 6, None, False
    if kind == "en_quarter":
        q = _QUARTERS.get(g.get("q", "").lower()) or int(g.get("qn") or 1)
        y = _year(g.get("y") or g.get("yq"))
        return y, 3 * q - 2, None, y, 3 * q, None, False
    if kind == "en_year_range":
        return _year(g["y1"]), None, None, _year(g["y2"]), None, None, False
    y = _year(g["y"])
    return y, None, None, y, None, None, False
