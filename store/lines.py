"""Classify the lines of a scraped news page: prose, site junk, timestamps, bylines, source credits.

Pure functions over single lines. The vocabularies are Vietnamese news-site conventions, not the
text of any particular article. Every pattern is bounded, so a one-megabyte line cannot make a
regular expression crawl: lines are cut to ``MAX_LINE`` characters before any pattern sees them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .outlets import outlet_name
from .text import fold_key

MAX_LINE = 4000

SECTION_NAMES = frozenset(
    fold_key(name)
    for name in """
    trang chủ|tin tức|thời sự|chính trị|xã hội|thế giới|kinh tế|pháp luật|văn hóa|văn hoá|thể thao|giáo dục|
    sức khỏe|sức khoẻ|đời sống|công nghệ|du lịch|quốc phòng|an ninh|an ninh trật tự|quốc tế|đối ngoại|sự kiện|
    theo dòng thời sự|theo dòng sự kiện|tiêu điểm|tin nóng|nổi bật|video|ảnh|podcast|infographics|multimedia|
    emagazine|e-magazine|megastory|longform|bạn đọc|giải trí|xe|bất động sản|khoa học|môi trường|chuyển động|
    tin trong nước|trong nước|tin quốc tế|hình sự|phóng sự|điều tra|ký sự|phóng sự - ký sự|an ninh quốc phòng|
    hợp tác quốc tế|đối ngoại và hợp tác quốc tế|tin hoạt động|hoạt động của lãnh đạo bộ|tin tổng hợp|
    chính sách|quân sự|công an|an ninh - trật tự|thời sự quốc tế|tin địa phương|nhân ái|tư vấn|blog|
    menu|search|tìm kiếm|đăng nhập|đăng ký|english|tiếng việt|home|news|mới nhất|đọc nhiều|xem nhiều|
    nation|national|world|business|sport|sports|politics|society|opinion|lifestyle|metro|local|regional|
    international|economy|culture|travel|health|environment|asia|asia pacific|southeast asia|latest|top news
    """.split("|")
    if name.strip()
)

TAIL_MARKERS = re.compile(
    r"^(?:(?:(?:các )?(?:tin|bài|bài viết|tin bài|tin tức)(?: khác)? )?cùng (?:chuyên mục|chủ đề|danh mục|sự kiện)|"
    r"(?:các )?(?:bài viết|tin bài|tin tức) (?:khác|liên quan)|tin mới nhất|tin mới|bài liên quan|tin liên quan|bài viết liên quan|"
    r"xem thêm|đọc thêm|tin khác|các tin khác|(?:các )?tin(?:, bài)? đã đưa|thông tin truy nã|nổi bật\b.{0,40}|tin nổi bật|"
    r"bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|đừng bỏ lỡ|mới nhất|có thể bạn quan tâm|"
    r"bạn có thể quan tâm|(?:tin|bài|video)(?: đang được)? (?:đọc|xem) nhiều(?: nhất)?|đọc nhiều nhất|xem nhiều nhất|video nổi bật|"
    r"tags?|từ khóa|từ khoá|chủ đề|powered by\b.{0,80}|copyright\b.{0,120}|©.{0,120}|bản quyền\b.{0,120}|"
    r"theo dòng sự kiện|tin tiêu điểm|tin nóng|related (?:news|articles|stories|posts)|read more|see also|"
    r"more news|latest news|most read|other news|other stories|more stories|related content|related coverage|"
    r"related|\(end\)|"
    r"(?:additional )?(?:reporting|writing|editing) by\b.{0,160}|our standards\b.{0,100}|"
    r"join (?:\S+ )?(?:telegram|whatsapp)\b.{0,120}|sign up for (?:our |the )?(?:\S+ )?newsletters?\b.{0,80}|"
    r"enjoying this article\??|subscribe (?:for|to|now)\b.{0,80})"
    r"\s*(?:\(\d+\))?\s*:?\s*$",
    re.IGNORECASE,
)

_JUNK_PATTERNS = [
    r"^(?:[•·▪►*-]\s*)?(?:hotline|email|e-mail|điện thoại|đt|tel|fax|liên hệ|đường dây nóng|tòa soạn|toà soạn)\s*:.{0,120}$",
    r"^\S+@\S+\.\w{2,}$",
    r"^(?:https?://|www\.)\S+$",
    r"^[•·▪►]\s*\S.{0,60}$",
    r"^\(?\d+\)?\s*bình luận$|^bình luận\s*\(\d+\)$",
    r"^\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước\b.{0,60}$",
    r"^(?:download|get|tải)\b.{0,40}\b(?:app|ứng dụng)(?:\s\S+){0,3}$",  # 'Download the UN News app'
    r"^(?:chia sẻ|share(?: this)?|in bài|gửi bài|lưu bài|theo dõi|bình chọn|like|tweet|facebook|twitter|zalo|google news)"
    r"(?:\s*[|/,]\s*\S+(?:\s\S+)?){0,6}$",  # 'In bài | Gửi bài'

    r"^(?:theo dõi|follow)\b[^.,;:!?]{0,60}$",  # 'Theo dõi Dân trí trên', '... trên Google News': a follow button
    r"^(?:chú thích ảnh|ảnh minh họa|ảnh minh hoạ|quảng cáo|advertisement|sponsored|xem video|bấm để xem)\.?$",
    r"^(?:ảnh|photo|video|nguồn ảnh)\s*:\s*\S.{0,200}$",
    r"^[A-ZĐ]{1,6}\d{1,5}[-_].{1,300}[-_]\d{1,3}$",
    r"^.{10,300}\s-\d{1,2}$",  # an image's alt text: the headline and its index ('... -0')
    r"^[\W_]{1,12}$",
    r"^(?:\d+\s+)?latest articles\b.{0,120}$",
    r"^.{0,80}\|\s*(?:tìm kiếm|search|đăng nhập|login|menu)\s*$",
    r"^(?:trang chủ|home)\s*[>»/|].{0,200}$",
    r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*[:>»].{0,300}$",
    r"^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:.{0,300}$",
    r"^(?:tổng biên tập|phó tổng biên tập|giấy phép|chịu trách nhiệm|cơ quan chủ quản)\b.{0,200}$",
]
_JUNK = re.compile("|".join(f"(?:{p})" for p in _JUNK_PATTERNS), re.IGNORECASE)
_SLOGAN = re.compile(r"^(?:[^\W\d_][\w]*(?: [\w]+){0,3})(?: [-|–] [^\W\d_][\w]*(?: [\w]+){0,3}){2,}$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_MARKS = re.compile(r"[,.;:!?\"“”()]")

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTHS = "|".join(sorted({*_MONTH_NAMES, *(m[:3] for m in _MONTH_NAMES), "sept"}, key=len, reverse=True))
"""English month names and their abbreviations ('March 15, 2024', '15 Mar 2024' on English-built sites)."""
_VIETNAMESE_MONTHS = {"mười một": 11, "mười hai": 12, "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4,
                      "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
"""Month names in words, longest first ('15 Tháng Mười Một, 2024' on some sites' stamps)."""
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|t[2-7]|cn)"
_ENGLISH_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
    r"|ngày\s+(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s+năm\s+(?P<y3>(?:19|20)\d{2})"
    r"|(?<!\d)(?P<d4>\d{1,2})\s+tháng\s+(?P<m4>\d{1,2}),?\s+(?:năm\s+)?(?P<y4>(?:19|20)\d{2})(?!\d)"
    r"|\b(?P<mon5>" + _MONTHS + r")\.?\s+(?P<d5>\d{1,2}),?\s+(?P<y5>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<d6>\d{1,2})\s+(?P<mon6>" + _MONTHS + r")\.?,?\s+(?P<y6>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<d7>\d{1,2})\s+tháng\s+(?P<mon7>" + "|".join(_VIETNAMESE_MONTHS) + r")\b,?\s+(?:năm\s+)?"
    r"(?P<y7>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_STAMP_FILLER = re.compile(
    r"t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?|" + WEEKDAY + "|" + _ENGLISH_WEEKDAY + r"|\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s?(?:am|pm|sa|ch))?|[(\[]?gmt\s?[+-]\s?\d{1,2}(?::?\d{2})?[)\]]?"
    r"|cập nhật(?: lúc)?|ngày đăng|đăng(?: lúc| ngày)?|xuất bản|lúc|ngày|thời gian|chuyên mục|\bat(?=\s\d{1,2}[:.h]\d{2})|"
    r"(?:updated?|published|posted)(?: on| at)?|(?:publication |publish(?:ed)? )?date|"
    r"\bby\s+[^\W\d_][\w.]*(?:\s[^\W\d_][\w.]*){0,2}\s*$|\d+\s?(?:giờ|phút|ngày) trước|\d+\s?(?:hours?|minutes?|days?) ago|"
    r"(?:lượt xem|lượt đọc|views?)\s?:?\s?[\d.,]+|"  # 'Cập nhật: 30/11/2024 09:30 | Lượt xem: 1.234'
    r"(?:editor|biên tập(?: viên)?)\s?:\s?[^|]{1,30}?(?=\s*(?:\||$))|source\s?:|"  # 'Source: Xinhua| 2024-05-21 20:14:35|Editor: huaxia'
    r"[,|\-–—:()\[\]/•·]",
    re.IGNORECASE,
)

_CREDIT = re.compile(
    r"^(?:\(?(?:theo(?!\s+dõi\b)|nguồn|source)\s*:?\s+(?P<src>[^()\n]{2,60}?)\)?\.?"
    r"|(?P<portal>(?:cổng (?:ttđt|thông tin điện tử)|báo|tạp chí|đài|thông tấn xã|trang tin)\b[^\n]{2,60}?)\.?)$",
    re.IGNORECASE,
)
DATELINE = re.compile(
    r"^(?:[^\W\d_][^()\n]{0,40}?\s)?\((?P<outlet>[^()\n\d][^()\n]{0,28}?)\)\s?[-–—:]\s?", re.UNICODE
)
_INITIALS = re.compile(r"^[A-ZĐ]{1,4}(?:\s?[-.,&]\s?[A-ZĐ]{1,4}){0,3}\.?$")
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


def cut(line: str) -> str:
    """The part of a line that patterns may look at."""
    return line[:MAX_LINE]


def words(line: str) -> list[str]:
    """The words of a line (letters and digits)."""
    return _WORD.findall(cut(line))


def is_prose(line: str) -> bool:
    """A line of article text: a sentence of ten words or more, or a long paragraph."""
    count = len(words(line))
    if count >= 16 and is_menu(line):
        return False  # a whole menu on one line has the words of a sentence
    return count >= 25 or (count >= 10 and bool(_SENTENCE_END.search(cut(line)[-8:])))


def is_tail_marker(line: str) -> bool:
    """A heading after which a page only has related news, comments or footers."""
    return len(line) <= 120 and bool(TAIL_MARKERS.match(line.strip()))


def is_section_name(line: str) -> bool:
    """A site section or menu entry ('Chính trị', 'Theo dòng thời sự')."""
    return len(line) <= 60 and fold_key(line.strip(" .:")) in SECTION_NAMES


_MENU_SEPARATOR = re.compile(r"\s[|•·›»/]\s")


def is_menu(line: str) -> bool:
    """A site's menu on one line: four or more short entries between separators ('Trang chủ | Thời sự | ...'),
    or three section names or more with only spaces between ('Thời sự Thế giới Kinh doanh ...')."""
    entries = _MENU_SEPARATOR.split(cut(line))
    if len(entries) >= 4 and all(len(entry.split()) <= 5 and not _SENTENCE_END.search(entry) for entry in entries):
        return True
    return len(entries) <= 2 and _spaced_sections(cut(line))


@lru_cache(maxsize=4096)
def _spaced_sections(text: str) -> bool:
    """Three different section names or more in a line without a sentence's punctuation."""
    if _SENTENCE_MARKS.search(text):
        return False  # nearly every line of text: asked first, as every line's junk check comes here
    tokens = text.split()
    if len(tokens) < 6:
        return False
    found, i = set(), 0
    while i < len(tokens):
        step = next((n for n in (2, 1) if tokens[i][:1].isupper() and is_section_name(" ".join(tokens[i:i + n]))), 0)
        if step:
            found.add(" ".join(tokens[i : i + step]).lower())
        i += step or 1
    return len(found) >= 3


def is_junk(line: str) -> bool:
    """Navigation, contacts, slogans, counters, share buttons, placeholders and the like."""
    text = cut(line).strip()
    if _JUNK.match(text) or is_section_name(text) or is_menu(text):
        return True
    return len(text) <= 100 and bool(_SLOGAN.match(text)) and not _SENTENCE_END.search(text)


def month_number(name: str | None) -> int | None:
    """1-12 for an English month name or abbreviation ('March', 'Sept', 'jan'), None for none."""
    return next((i for i, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name.lower()[:3])), None) if name else None


_SHORT_YEAR_STAMP = re.compile(r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})(?![\d/])(?=\s*[|,-]?\s*\d{1,2}:\d{2})"
                               r"|(?<=\d:\d\d)\s+(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{2})(?![\d/])")
"""'15/03/24 10:30' or '10:30 15/03/24': a two-digit year, trusted only beside a clock on a timestamp line."""


def _short_year_date(text: str) -> tuple[date, re.Match[str]] | None:
    match = _SHORT_YEAR_STAMP.search(text)
    if match is None:
        return None
    g = match.groupdict()
    try:
        return date(2000 + int(g["y"] or g["y2"]), int(g["m"] or g["m2"]), int(g["d"] or g["d2"])), match
    except ValueError:
        return None


def _first(groups: dict[str, str | None], name: str) -> str | None:
    """The value of whichever alternative of ``_FULL_DATE`` matched a part ('d', 'd2' ... 'd7')."""
    return next((groups[key] for key in (name, *(f"{name}{i}" for i in range(2, 8))) if groups.get(key)), None)


def parse_full_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first calendar-valid full date (d/m/yyyy, yyyy-mm-dd, 'ngày d tháng m năm y') in the text."""
    for match in _FULL_DATE.finditer(cut(text)):
        groups = match.groupdict()
        y, m, d = _first(groups, "y"), _first(groups, "m"), _first(groups, "d")
        m = m or month_number(groups["mon5"] or groups["mon6"]) or _VIETNAMESE_MONTHS.get(" ".join(
            (groups["mon7"] or "").lower().split()))
        try:
            return date(int(y), int(m), int(d)), match
        except ValueError:
            pass
        if groups["d"] and int(m) > 12 >= int(d):  # '09/13/2023': an English page's month first, no other reading
            return date(int(y), int(d), int(m)), match
    return None


def timestamp_of(line: str) -> tuple[date, str | None] | None:
    """The date of a timestamp line ('Thứ Tư, 21/06/2023, 08:41', 'TTXVN 19/07/2024 07:42').

    Returns:
        The date and an outlet named on the line, or None when the line is more than a timestamp.
    """
    if len(line) > 120:
        return None
    found = parse_full_date(line) or _short_year_date(line)
    if found is None:
        return None
    when, match = found
    rest = (line[: match.start()] + " " + line[match.end() :]).strip()
    rest = _STAMP_FILLER.sub(" ", _FULL_DATE.sub(" ", rest)).strip()  # 'Đăng: ... | Cập nhật: 16/11/2024 10:00'

    if not rest:
        return when, None
    outlet = outlet_name(rest)
    if outlet:
        return when, outlet
    if is_byline(rest) or is_section_name(rest):  # 'Minh Châu - Thứ Hai, 12/06/2023 10:35', '25-10-2024 - 09:15|Thời sự'
        return when, None
    return None


_AUTHOR_SLASH_OUTLET = re.compile(
    r"^[^\W\d_][\w .]{1,40}?\s?/\s?(?P<src>[\w.&+ -]{2,30}?)(?:\s?[-–]\s?[^\W\d_][\w ]{1,25})?"
    r"(?:\s?\((?:theo|nguồn:?)\s[^()]{2,40}\))?$", re.IGNORECASE)
"""'Hà Phương/VOV.VN', 'Minh Hòa/VOV.VN (Theo TASS)', 'Trần Hiếu/VOV-Phnôm Pênh' (a correspondent's bureau)."""
_AUTHOR_BRACKET_OUTLET = re.compile(r"^[A-ZĐÀ-Ỹ][\w.]*(?: [A-ZĐÀ-Ỹ][\w.]*){1,3}\s?\((?P<src>[\w.&+ ]{2,30})\)$")
"""'Hoàng Chương (TTXVN)': an author and the agency they write for."""
_AUTHOR_DASH_OUTLET = re.compile(r"^[A-ZĐÀ-Ỹ][\w.]*(?: [A-ZĐÀ-Ỹ][\w.]*){1,3}\s[-–—]\s(?P<src>[\w.&+ ]{2,30})$")
"""'Hà Vy - Hanoionline': an author, a dash and the outlet."""
_AUTHOR_THEN_OUTLET = re.compile(r"^(?:theo|nguồn:?)\s[^()]{2,40}\((?P<src>[^()]{2,40})\)\.?$", re.IGNORECASE)


_URL_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))(?:[/?#]\S*)?$", re.IGNORECASE)


def credit_of(line: str) -> str | None:
    """The outlet named by a source-credit line ('Theo TTXVN', 'Nguồn: VOV', 'Hà Phương/VOV.VN', 'Hà Vy - Hanoionline',
    'Cổng TTĐT Bộ Công an', '(TTXVN/Vietnam+)')."""
    text = cut(line).strip()
    if len(text) > 80 or is_prose(text):
        return None
    if text.startswith("(") and text.endswith(")") and "/" in text:  # '(TTXVN/Vietnam+)': the page's outlet last
        names = [outlet_name(part.strip()) for part in text[1:-1].split("/")]
        if all(names):
            return names[-1]
    author = _AUTHOR_THEN_OUTLET.match(text)
    if author and outlet_name(author.group("src")):  # 'Theo Minh Anh (Báo Lao Động)'
        return outlet_name(author.group("src"))
    for pattern in (_AUTHOR_SLASH_OUTLET, _AUTHOR_DASH_OUTLET, _AUTHOR_BRACKET_OUTLET):
        by = pattern.match(text)
        if by and outlet_name(by.group("src")):
            return outlet_name(by.group("src"))
    known = outlet_name(text)
    if known:
        return known
    match = _CREDIT.match(text)
    if not match:
        return None
    if match.group("src"):
        src = match.group("src").strip()
        site = _URL_HOST.match(src)
        if site:  # 'Nguồn: https://cand.com.vn/...': the site's outlet
            return outlet_name(site.group(1))
        if "/" in src:  # 'Theo Minh Anh / Báo Quân đội nhân dân': the author, then the outlet
            src = src.rsplit("/", 1)[1].strip()
        return outlet_name(src) or src
    return match.group("portal").strip()


_BARE_DATELINE = re.compile(r"^([^\W\d_][\w.&+ ]{1,24}?)\s?[-–—]\s")
_BRACKET_DATELINE = re.compile(r"^\(([^\W\d_][\w.&+ ]{1,20})\)\s(?=[A-ZĐÀ-Ỹ])")


def dateline_outlet(line: str) -> str | None:
    """The outlet of a dateline that opens the lead: '(ANTV) - ', 'HÀ NỘI (TTXVN) – ', 'QĐND - '."""
    match = DATELINE.match(cut(line)[:80])
    if not match:
        bracket = _BRACKET_DATELINE.match(cut(line)[:40])  # '(CATP) Hôm qua ...': a known outlet only
        if bracket:
            return outlet_name(bracket.group(1))
        bare = _BARE_DATELINE.match(cut(line)[:40])
        return outlet_name(bare.group(1)) if bare else None
    name = match.group("outlet").strip()
    if outlet_name(name):
        return outlet_name(name)
    if re.search(r"[A-ZĐ]{2}|\.vn\b|\.com\b", name) and len(words(name)) <= 4:
        return name
    return None


_CAPS_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ]{1,7}$")
_DEGREES = re.compile(r"^(?:(?:PGS|GS|TS|ThS|NCS|CN|KS|BS)\.\s?)+")


def is_affiliation(line: str) -> bool:
    """A short line naming a body, no sentence ('Học viện An ninh nhân dân'), as under an author's name."""
    text = cut(line).strip()
    return bool(text) and text[0].isupper() and len(words(text)) <= 10 and not _SENTENCE_END.search(text)


_UNIT_BYLINE = re.compile(
    r"^(?:Phòng|Đội|Ban|Văn phòng|Cục|Trung tâm|Bộ Chỉ huy|Đồn|"
    r"Công an(?: (?:tỉnh|huyện|thành phố|TP\.?|phường|xã|quận|thị xã))?) [A-ZĐÀ-Ỹ]\w*(?: \w+){0,5}"
    r"(?: [-–] [A-ZĐÀ-Ỹ][\w ]{2,40})?$")  # 'Đội Tham mưu - Công an tỉnh'


def is_unit_byline(line: str) -> bool:
    """A unit credited as the author under a police portal's article ('Phòng Tham mưu', 'Công an huyện Quỳnh
    Lưu'): only trusted as the body's last line, where a sentence would end with a full stop."""
    return bool(_UNIT_BYLINE.match(cut(line).strip()))


def is_caps_byline(line: str) -> bool:
    """A pen name in capitals closing an article ('TRUNG HƯNG', 'THU HÀ'); only trusted below the body,
    where a capitalised headline cannot stand."""
    tokens = _DEGREES.sub("", cut(line).strip(" .-–—")).split()  # 'TS. NGUYỄN VĂN LONG'
    return (2 <= len(tokens) <= 4 and all(_CAPS_NAME_WORD.match(t) and t.isupper() for t in tokens)
            and not credit_of(line))


_AUTHOR_ROLE = re.compile(r"\s*\((?:thực hiện|ghi|ghi chép|lược dịch|biên dịch|tổng hợp|dịch)\)$", re.IGNORECASE)


_STAFF_LINE = re.compile(r"^(?:reporter|editor|writer|photo|translator|phóng viên|biên tập|biên dịch)\s?:\s?\S.{0,50}$",
                         re.IGNORECASE)


def is_staff_line(line: str) -> bool:
    """A wire story's labelled staff line ('Reporter: Yuni Arisandy', 'Editor: ...', 'Biên tập: ...')."""
    return bool(_STAFF_LINE.match(cut(line).strip()))


def is_byline(line: str) -> bool:
    """An author line: initials ('BT', 'PV') or a short personal name ('Khổng Hà')."""
    text = _AUTHOR_ROLE.sub("", cut(line).strip(" .-–—"))  # 'Hoàng Phương (thực hiện)': an interview's author
    if not text or len(text) > 50:
        return False
    if _INITIALS.match(text):
        return True
    tokens = text.replace("(", " ").replace(")", " ").split()
    if re.match(r"^(?:(?:bài|tin|ảnh|video|clip|tác giả|author|by)(?:\s?(?:và|,|&)\s?(?:ảnh|video|clip))?\s?:|nhóm pv\b|pv\b|ctv\b)",
                text, re.IGNORECASE) or is_staff_line(text):
        return True
    if _ENGLISH_BYLINE.match(text):
        return True
    authors = re.split(r"\s[-–]\s|,\s", text)
    if len(authors) > 1:  # 'Nguyễn Hà - Minh Anh': two authors
        return len(authors) <= 3 and all(_personal_name(author.split()) for author in authors)
    return _personal_name(tokens)


def _personal_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


_NAME = r"[A-ZĐÀ-Ỹ][\w.'-]*(?: [A-ZĐÀ-Ỹ][\w.'-]*){0,3}"
_ENGLISH_BYLINE = re.compile(rf"^(?i:(?:story |photos? )?by|translated by) {_NAME}"
                             rf"(?:\s?[-–,&]\s?(?:(?i:translated|edited|photos?) by |and )?{_NAME})?$")
"""'By Chi Thach - Translated by Thuy Doan', 'Translated by Trung Thanh': an English edition's credit line."""
