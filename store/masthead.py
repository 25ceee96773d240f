"""The outlet a scraped page names outside its dateline: a credit under the headline, a page title's
' | Báo Dân trí' tail, or the masthead in the header ('• ANTV', 'BÁO QUẢNG NINH').
And the page title itself, as the headline of a page that prints none over its body."""

from __future__ import annotations

import re
from itertools import pairwise

from . import lines as L
from .outlets import MEDIUM_TAIL


def credit_above(rows: list[str], title_at: int | None, start: int) -> str | None:
    """'Nguồn: Báo Công an nhân dân' between the headline and the body: the credited source."""
    if title_at is None:
        return None
    return next((credit for r in rows[title_at + 1 : start] if r and (credit := L.credit_of(r))), None)


_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")


_MEDIUM = re.compile(r"^(?:báo|tạp chí|trang tin|đài)\s+(?:điện tử\s+)?", re.IGNORECASE)


def site_suffix(title: str | None) -> tuple[str | None, str | None]:
    """A page title's ' | Báo Dân trí' or ' - VnExpress' tail: the outlet, not the headline."""
    m = _SUFFIX.match(title) if title else None
    if m is None:
        return title, None
    site = m.group("site").strip()
    bare = MEDIUM_TAIL.sub("", site)
    outlet = L.outlet_name(site) or L.outlet_name(_MEDIUM.sub("", bare)) or (bare if _PAPER_SITE.match(bare) else None)
    return (m.group("title").strip(), outlet) if outlet else (title, None)


_PAPER_SITE = re.compile(r"^(?:Báo|Tạp chí|Cổng (?:thông tin|TTĐT)|Trang tin|Đài|Truyền hình)(?: [a-zđà-ỹ]+)*"
                         r" [A-ZĐÀ-Ỹ0-9]\S*(?: \S+){0,5}$")
"""A site no table knows, named as a paper ('Báo Điện tử XYZ', 'Tạp chí Cảnh sát'): the page title's tail."""


_POLICE_PORTAL = re.compile(
    r"^(?P<name>Công an (?:tỉnh|thành phố|TP\.?) [A-ZĐÀ-Ỹ]\w*(?: [A-ZĐÀ-Ỹ]\w*){0,3})$")
"""A provincial police's portal named in its header ('CÔNG AN TỈNH KON TUM')."""


_LOWER_IN_NAMES = frozenset({"an", "tỉnh", "thành", "phố", "điện", "tử"})


def _lower_in_name(before: str, word: str) -> bool:
    """A word of a capitalised header that the name writes in lower case: 'an' after 'Công', 'chí' after 'Tạp'."""
    if word in ("An", "Chí"):
        return (before, word) in (("Công", "An"), ("Tạp", "Chí"))
    return word.lower() in _LOWER_IN_NAMES


def _caps_paper(line: str) -> str | None:
    """'BÁO QUẢNG NINH', 'CÔNG AN TỈNH KON TUM': a header in capitals names its paper or portal."""
    if not line.isupper() or not 2 <= len(line.split()) <= 8:
        return None
    words = line.title().split()
    named = " ".join([words[0], *(w.lower() if _lower_in_name(before, w) else w
                                  for before, w in pairwise(words))])  # 'Công an tỉnh Nghệ An', 'Tạp chí ...'

    portal = _POLICE_PORTAL.match(named)
    return portal.group("name") if portal else L.outlet_name(named)


def _first_of_pair(line: str) -> str | None:
    """'Báo Tin tức - TTXVN': a paper and the agency it belongs to; the page is the paper's ('QĐND Online -
    People's Army Newspaper': a paper's two names)."""
    parts = line.split(" - ")
    return L.outlet_name(parts[0]) if len(parts) == 2 and len(line) <= 60 and L.outlet_name(parts[1]) else None


def header_outlet(rows: list[str], start: int) -> str | None:
    """An outlet named alone in the page header ('• ANTV', 'Báo Nghệ An điện tử'), or after a page title
    ('... | Báo Biên phòng')."""
    for line in rows[:start]:
        if not line or L.is_section_name(line):  # 'Tin tức' in a menu is no paper's name
            continue
        bare = line.lstrip("•·▪► ")
        name = L.outlet_name(bare) or site_suffix(bare)[1] or _caps_paper(bare) or _first_of_pair(bare)
        if name:
            return name
    return None


def page_title_row(rows: list[str], start: int) -> int | None:
    """A page title at the top of the page ('Công an Vĩnh Long tiếp nhận ... | Báo Vĩnh Long'), when the page
    prints no headline over its body: the site's name after a separator shows it is the article's."""
    for i in [k for k in range(start) if rows[k] and not L.is_junk(rows[k]) and not L.is_section_name(rows[k])][:3]:
        title, site = site_suffix(rows[i])
        if site is not None and title and 3 <= len(L.words(title)) <= 45 and not L.is_junk(title):
            return i
    return None
