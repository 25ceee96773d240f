"""Turn a scraped page into an article: clean body, headline, outlet, byline and publication date.

The page is read as lines. The body starts at the first line of prose and ends before the first
heading of related news, comments or footers; junk lines inside it are dropped. The headline is
the line right above the body (only timestamps, bylines and credits may stand between); a header
clock among hotlines and menus is the scrape time, not the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lines as L
from .page_tools import is_article_tool, is_author_note, is_caption, is_contact, is_page_label
from .lead_words import headline_sharing_the_lead, subheadline
from .masthead import credit_above, header_outlet, page_title_row, site_suffix
from .published import Published, header_clock, stamp_near_headline, stamp_under_lead
from .teasers import without_teaser_lists

_PIPELINE_TAG = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d{2})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?\b\s*")


class NoArticle(ValueError):
    """The page holds no article text (only site junk)."""


@dataclass(frozen=True)
class Cleaned:
    """What the cleaner found in one page."""

    body: str
    title: str | None
    outlet: str | None
    published: Published | None
    byline: str | None


@dataclass
class _Page:
    lines: list[str]
    tag_date: Published | None = None


def _split(text: str) -> _Page:
    """The page's lines that hold text, with runs of spaces collapsed; a crawler's ' date 2022-09' tag taken
    off the first line. Blank lines are dropped: scrapes put them anywhere (between every line, or between
    none), so the rules count lines of text, never blank ones; the body's paragraphs are its lines."""
    rows = [row for row in _unwrapped([" ".join(line.split()) for line in text.split("\n")]) if row]
    page = _Page(rows)
    for i, line in enumerate(rows):
        if not line:
            continue
        match = _PIPELINE_TAG.match(line)
        if match:
            page.tag_date = _tag_published(match)
            rows[i] = line[match.end() :]
        break
    return page


_SENTENCE_STOP = re.compile(r"[.!?:;\"”)]$")
WRAP_SLACK = 12
"""A hard-wrapped line ends at most this many characters short of the page's width (a word did not fit)."""


def _unwrapped(lines: list[str]) -> list[str]:
    """A page hard-wrapped at a fixed width (a text browser's dump) with its paragraphs joined again: a line
    that reaches the width goes on in the next one, up to a blank line. Other pages are left as they are
    (their paragraphs are single lines, many longer than any wrap width)."""
    lengths = [len(line) for line in lines if line]
    if not lengths or max(lengths) > 120:
        return lines
    width = max(lengths)
    full = [i for i, line in enumerate(lines[:-1]) if len(line) >= width - WRAP_SLACK and lines[i + 1]]
    broken = [i for i in full if not _SENTENCE_STOP.search(lines[i])]  # cut mid-sentence
    if len(broken) < 2 or 2 * len(broken) < len(full):
        return lines
    out: list[str] = []
    goes_on = False
    for line in lines:
        if goes_on and line and not (L.timestamp_of(line) or L.is_tail_marker(line)):
            joint = "" if re.search(r"[^\W\d_]-$", out[-1]) else " "  # 'Al-' / 'Raisi': a name cut at its hyphen
            out[-1] = f"{out[-1]}{joint}{line}"
        else:
            out.append(line)
        goes_on = bool(line) and len(line) >= width - WRAP_SLACK
    return out


def _tag_published(match: re.Match[str]) -> Published | None:
    y, m, d = match.group("y"), match.group("m"), match.group("d")
    try:
        if d:
            return Published(date(int(y), int(m), int(d)).isoformat(), "day", match.group(0).strip())
        if m:
            date(int(y), int(m), 1)
            return Published(f"{y}-{m}", "month", match.group(0).strip())
    except ValueError:
        return None
    return Published(y, "year", match.group(0).strip())


_CRUMB_PATH = re.compile(r"^(?:trang chủ|home)\s?[/>»›|]\s?[^/>»›|]{1,30}(?:\s?[/>»›|]\s?[^/>»›|]{1,30}){0,3}$",
                         re.IGNORECASE)
_MEDIA_HEADLINE = re.compile(r"^(?:video|clip|infographic|podcast|emagazine)\s?:\s?(?:\S+\s){4,}\S", re.IGNORECASE)
"""'Video: Lễ xuất quân của 10 sĩ quan ...' above the body: a video page's headline, not a caption."""
def _drop_teasers(rows: list[str]) -> set[int]:
    """Indexes of teaser lines at the top that repeat a later line (the lead shown twice)."""
    dropped: set[int] = set()
    seen_prose = False
    for i, line in enumerate(rows):
        if not L.is_prose(line):
            continue
        if not seen_prose and line in rows[i + 1 :]:
            dropped.add(i)
            continue
        seen_prose = True
        if i > 0:
            break
    return dropped


def _body_start(rows: list[str], skip: set[int]) -> int:
    for i, line in enumerate(rows):
        if i not in skip and L.is_prose(line) and not L.is_junk(line) and not _headline_like(rows, i) \
                and not L.timestamp_of(line) and site_suffix(line)[1] is None:  # nor a long page title's
            return i
    raise NoArticle("only site junk: no article text")


def _headline_like(rows: list[str], i: int) -> bool:
    """A long or questioning headline reads like prose; a timestamp right under it shows what it is."""
    line = rows[i]
    nxt = next((r for r in rows[i + 1 : i + 4] if r and not is_article_tool(r) and not is_page_label(r)
                and not (L.is_byline(r) and not L.timestamp_of(r))), "")
    if _second_half(line, nxt) and i + 2 < len(rows) and rows[i + 1] == nxt and L.timestamp_of(rows[i + 2]):
        return True  # a headline printed over two lines, the second over its stamp
    if line.rstrip().endswith("."):  # a headline written with a full stop: first on the page, over its stamp
        return bool(nxt) and L.timestamp_of(nxt) is not None and i == _first_text_line(rows) \
            and len(L.words(line)) <= 25
    if line.rstrip().endswith(("…", ";", ":")) or len(L.words(line)) > 45 or not nxt:
        return False
    if L.timestamp_of(nxt) is not None:
        return True
    if line.rstrip().endswith("?") and len(L.words(line)) <= 20 and not re.search(r"[.!?;]\s", line) and L.is_prose(nxt):
        return True  # 'Vì sao Việt Nam được chọn đăng cai Hội nghị ASEANAPOL?' over its sapo
    # a long headline with no date under it: no final stop, no comma, and the lead follows as a sentence
    return i == _first_text_line(rows) and len(L.words(line)) < 32 and "," not in line and L.is_prose(nxt) \
        and nxt.rstrip().endswith((".", "…", '"', "”"))


def _second_half(first: str, line: str) -> bool:
    """``line`` goes on the headline ``first`` (an <h1> with a line break): it starts in lower case, and
    ``first`` is a capitalised line with no closing punctuation."""
    return bool(line) and line[0].islower() and not L.is_prose(line) and bool(first) and first[0].isupper() \
        and not first.rstrip().endswith((".", "!", "?", ":", ";", "…")) and not L.is_junk(first) \
        and 3 <= len(L.words(first)) and len(L.words(first)) + len(L.words(line)) <= 45


def _joined_headline(rows: list[str], i: int | None) -> int | None:
    """The headline at row ``i``, joined to its first half on the row above when it was printed over two (the
    joined text goes in that row, and row ``i`` is blanked)."""
    if i is None or i == 0 or not _second_half(rows[i - 1], rows[i]):
        return i
    rows[i - 1], rows[i] = f"{rows[i - 1].rstrip()} {rows[i].strip()}", ""
    return i - 1


def _first_text_line(rows: list[str]) -> int:
    return next((i for i, r in enumerate(rows) if r and not L.is_junk(r)), -1)


def _body_end(rows: list[str], start: int) -> tuple[int, set[int]]:
    """Index after the last row of the body (the first tail marker or related-news pair ends it), and the
    rows of related-news boxes inside the text, which the body goes on after."""
    boxed: set[int] = set()
    i = start
    while i + 1 < len(rows):
        i += 1
        line = rows[i]
        if not line:
            continue
        if L.is_tail_marker(line):
            resume = _after_inline_box(rows, i)
            if resume is None:
                return i, boxed
            boxed.update(range(i, resume))
            i = resume - 1
            continue
        nxt = next((r for r in rows[i + 1 : i + 3] if r), "")
        if nxt == line and not L.is_prose(line) and len(L.words(line)) >= 4:
            return i, boxed
    return len(rows), boxed


_INLINE_MARKER = re.compile(r"^(?:tin liên quan|bài liên quan|bài viết liên quan|xem thêm|đọc thêm)\s*:?$", re.IGNORECASE)


def _after_inline_box(rows: list[str], i: int) -> int | None:
    """'Tin liên quan' inside the text: one to three related headlines, then the article goes on with a
    paragraph. The row it resumes at, or None where the marker starts the page's tail."""
    if not _INLINE_MARKER.match(rows[i].strip()):
        return None
    headlines = 0
    for k in range(i + 1, min(len(rows), i + 12)):
        line = rows[k]
        if not line:
            continue
        if L.is_prose(line) and len(L.words(line)) >= 20 and not L.is_junk(line):
            return k if headlines else None
        if L.is_prose(line) or L.is_tail_marker(line) or L.is_junk(line) or headlines == 3:
            return None
        headlines += 1
    return None


def _stamp_above(rows: list[str], start: int) -> int | None:
    """A timestamp a few short lines above the body: what stands between them is page furniture (buttons,
    counters, 'Ảnh minh họa'), and the headline is looked for above the stamp."""
    for i in range(start - 1, max(-1, start - 6), -1):
        line = rows[i]
        if not line:
            continue
        if L.timestamp_of(line):
            return i
        if is_contact(line) or (not L.is_junk(line) and (L.is_prose(line) or len(L.words(line)) > 8)):
            return None  # a clock above the hotline is the site's
    return None


def _find_title(rows: list[str], start: int) -> int | None:
    """Index of the headline above the body, if the page has one."""
    stamped = False
    stamp = _stamp_above(rows, start)
    for i in range(start - 1 if stamp is None else stamp, -1, -1):
        line = rows[i].strip(" |")  # 'Khmer Times | ': an outlet or a byline, and the separator before the stamp
        if line and L.timestamp_of(line):
            stamped = True
            continue
        if not line or L.is_byline(line) or L.credit_of(line) or is_article_tool(line) or is_caption(line) \
                or L.outlet_name(line) or L.is_caps_byline(line) or is_page_label(line):
            continue  # 'SGGPO', 'MINH KHANG' and a photo's caption between the headline and the body
        if _breadcrumb_headline(line):
            return i  # 'Trang chủ > Thời sự > Việt Nam cử thêm sĩ quan ...'
        if (stamped and _CRUMB_PATH.match(line)) or L.is_section_name(line):
            continue  # 'Trang chủ / Thời sự / Chính trị' or 'Nation' between the headline and its stamp
        if (L.is_junk(line) and not _MEDIA_HEADLINE.match(line)) or is_contact(line):
            return None
        if L.is_prose(line) and not _headline_like(rows, i):
            return _over_a_stamp(rows, i) if stamped else None
        count = len(L.words(line))
        return i if 3 <= count <= 45 else None
    return None


def _over_a_stamp(rows: list[str], i: int) -> int | None:
    """A sentence above the timestamp over the body: the headline written with a full stop, or a sapo
    under the headline."""
    above = next((k for k in range(i - 1, -1, -1) if rows[k]), None)
    if above is not None and not L.is_prose(rows[above]) and not L.is_junk(rows[above]) \
            and 3 <= len(L.words(rows[above])) <= 45 and not L.timestamp_of(rows[above]):
        return above
    return i if 3 <= len(L.words(rows[i])) <= 30 else None


def _caps_byline_above(rows: list[str], i: int, start: int) -> bool:
    above = next((k for k in range(i - 1, start, -1) if rows[k]), None)
    return above is not None and L.is_caps_byline(rows[above])


def _trim_tail(rows: list[str], start: int, end: int) -> tuple[int, str | None, str | None, Published | None]:
    """Take bylines, credits, timestamps and stray dots off the end of the body."""
    byline = outlet = None
    published = None
    credited = [r for r in rows[: start + 8] if L.is_byline(r)]  # the author named around the headline
    while end > start + 1:
        line = rows[end - 1]
        if not line or L.is_junk(line) or is_article_tool(line):  # 'In bài viết | Gửi email' under the byline
            end -= 1
            continue
        stamp = L.timestamp_of(line)
        credit = L.credit_of(line) if stamp is None else None
        if stamp:
            published = published or Published(stamp[0].isoformat(), "day", line)
            outlet = outlet or stamp[1]
        elif credit:  # the lowest credit, unless only a higher one names an outlet ('Theo X (Báo CAND)' over a URL)
            outlet = credit if outlet is None or (L.outlet_name(credit) and not L.outlet_name(outlet)) else outlet
        elif (L.is_byline(line) or L.is_caps_byline(line)) and (byline is None or line.lower() in byline.lower()):
            byline = byline or line  # 'Bạch Mai' over 'Tin, ảnh: Bạch Mai': one author, named twice
        elif L.is_staff_line(line) or is_author_note(line, credited):
            pass  # 'Reporter: ...' over 'Editor: ...': the staff of the story, one byline kept; a note on the author
        elif byline is None and L.is_unit_byline(line) and not _caps_byline_above(rows, end - 1, start):
            byline = line  # 'Phòng Tham mưu' under a police portal's article
        elif byline is None and L.is_affiliation(line) and _caps_byline_above(rows, end - 1, start):
            pass  # 'TS. NGUYỄN VĂN LONG' / 'Học viện An ninh nhân dân': the author's body, not the article's
        else:
            break
        end -= 1
    return end, byline, outlet, published


_CRUMB = re.compile(r"^(?P<crumb>[^>»›]{2,30}?)\s[>»›]\s(?P<rest>.+)$")


def _without_breadcrumb(title: str | None) -> str | None:
    """'Thời sự > Việt Nam cử thêm sĩ quan ...': the headline without the section path printed before it."""
    while title and (m := _CRUMB.match(title)) and (L.is_section_name(m.group("crumb"))
                                                     or m.group("crumb").lower() in ("trang chủ", "home")):
        title = m.group("rest")
    return title


def _breadcrumb_headline(line: str) -> bool:
    """A section path that ends in a headline ('Trang chủ > Thời sự > Việt Nam cử thêm sĩ quan ...')."""
    rest = _without_breadcrumb(line)
    return rest != line and rest is not None and len(L.words(rest)) >= 5 and not L.is_section_name(rest)


def _tidy_byline(line: str | None) -> str | None:
    """A byline without the separators a layout put beside it ('NHÓM PV |') or its label ('Tác giả:')."""
    if not line:
        return None
    return _AUTHOR_LABEL.sub("", line.strip(" |-–—•·")).strip() or None


_AUTHOR_LABEL = re.compile(r"^(?:tác giả|author|by|(?:tin|bài)(?:\s?(?:và|,|&)\s?ảnh)?)\s*:\s*", re.IGNORECASE)


def _byline_above(rows: list[str], start: int, title: int | None) -> str | None:
    lo = title + 1 if title is not None else max(0, start - 3)
    for line in rows[lo:start]:
        if line and L.is_byline(line) and not L.timestamp_of(line):
            return line
    return None


def _body_text(rows: list[str], start: int, end: int, title: str | None, boxed: set[int]) -> str:
    """Paragraphs of the body, junk lines, related-news boxes and headline placeholders dropped."""
    kept = []
    for i in range(start, end):
        line = rows[i]
        if not line or i in boxed or L.is_junk(line):
            continue
        if title and title in line and len(line) < len(title) + 24 and line != title:
            continue
        kept.append(line)
    return "\n\n".join(kept)


def clean_page(text: str) -> Cleaned:
    """Clean a normalised page into an article.

    Raises:
        NoArticle: when the page holds only site junk.
    """
    page = _split(text)
    rows = without_teaser_lists(page.lines)
    skip = _drop_teasers(rows)
    start = _body_start(rows, skip)
    end, boxed = _body_end(rows, start)
    end, byline, tail_outlet, tail_date = _trim_tail(rows, start, end)
    pick = _joined_headline(rows, _find_title(rows, start))
    pick = page_title_row(rows, start) if pick is None else pick
    title_at = headline_sharing_the_lead(rows, pick, start)
    dek = subheadline(rows, pick, title_at, start)
    title = rows[title_at] if title_at is not None else None
    published, stamp_outlet = stamp_near_headline(rows, start, title_at)
    under, lead_published, lead_byline = stamp_under_lead(rows, start, end)
    boxed |= under  # a stamp printed under the lead is metadata, whichever date the article takes
    if published is None:
        published, byline = lead_published, byline or lead_byline
    if published is None:
        published, stamp_outlet = header_clock(rows, start, title_at)
    body = _body_text(rows, start, end, title, boxed)
    body = f"{dek}\n\n{body}" if dek else body
    title, title_outlet = site_suffix(_without_breadcrumb(title))
    dateline = L.dateline_outlet(rows[start])
    known = dateline if dateline and L.outlet_name(dateline) else None
    tail = tail_outlet if tail_outlet and L.outlet_name(tail_outlet) else None  # not 'Nguồn: Bộ Công an'
    outlet = (known or stamp_outlet or credit_above(rows, title_at, start) or tail or title_outlet
              or header_outlet(rows, start) or dateline or tail_outlet)  # '(BKHO) - ' under a masthead: the masthead
    if not body.strip():
        raise NoArticle("only site junk: no article text")
    return Cleaned(
        body=body,
        title=title,
        outlet=outlet,
        published=published or tail_date or page.tag_date,
        byline=_tidy_byline(byline or _byline_above(rows, start, title_at)),
    )
