"""The furniture around an article's headline: share, print, listen and comment buttons, counters, and the
contact lines of a page's header, labelled fields, photo captions. A line of them is never the headline or a byline."""

from __future__ import annotations

import re

from .lines import cut

_TOOL = (
    r"(?:chia sẻ|share|in bài(?: viết)?|in trang|in|gửi bài(?: viết)?|gửi (?:cho )?bạn bè|lưu bài|lưu|theo dõi|nghe bài viết|nghe|đọc bài|"
    r"cỡ chữ(?:\s?:)?(?:\s+a[+-]?){0,4}|a[+-]?(?:\s?a[+-]?){0,3}(?:\s+(?:in bài|in|chia sẻ|lưu bài|gửi bài))*|"  # 'A- A A+'
    r"\d{1,2}:\d{2}(?:\s?/\s?\d{1,2}:\d{2})?|"  # '00:00 / 03:12' of a player
    r"facebook|twitter|zalo|google news|email|copy link|sao chép liên kết|bình luận|\(\d+\)\s*bình luận|"
    r"\d+\s*bình luận|thích|like|tweet|(?:lượt xem|lượt đọc|số lượt xem|views?)\s*:?\s*[\d.,]+|"
    r"(?:theo dõi|follow)\s.{2,40}\s(?:trên|on)(?:\s(?:google news|facebook|zalo|youtube))?|"
    r"nghe đọc(?: bài)?|tạm dừng|#[^\W_]\w*(?:\s+#[^\W_]\w*)*|"
    r"[\d.,]+\s*(?:lượt xem|lượt đọc|lượt thích|views?|likes?))"
)
_TOOLS = re.compile(
    rf"^{_TOOL}(?:\s*:?\s+{_TOOL})*"  # 'Chia sẻ  Bình luận  Theo dõi 24h trên', 'Chia sẻ: Facebook Zalo': buttons side by side
    r"(?:\s*[|/,·•]\s*\S+(?:\s\S+){0,2}){0,6}\s*$",
    re.IGNORECASE,
)


def is_article_tool(line: str) -> bool:
    """Share, print, listen and comment buttons: junk that sits between a headline and its article."""
    return len(line) <= 80 and bool(_TOOLS.match(cut(line).strip()))


def is_contact(line: str) -> bool:
    """A header line with contacts or a bulleted site link."""
    text = cut(line).strip()
    return bool(re.match(r"^(?:[•·▪►*-]\s*)|(?:hotline|email|e-mail|điện thoại|tel|fax)\b", text, re.IGNORECASE)) or (
        "@" in text and len(text) < 80
    )


_PAGE_LABEL = re.compile(r"^(?:chuyên mục|danh mục|lĩnh vực|thể loại|category|section)\s?:\s?\S", re.IGNORECASE)


def is_page_label(line: str) -> bool:
    """A labelled field of a portal's article header ('Chuyên mục: Tin hoạt động'), not its headline."""
    text = cut(line).strip()
    return len(text) <= 60 and bool(_PAGE_LABEL.match(text))


_CAPTION = re.compile(r"\S.{8,}[.!?)”\"]?\s+[(\[]?(?:photo|photos|file photo|ảnh|nguồn ảnh)\s?:\s?[^.!?:]{1,50}[)\]]?$",
                      re.IGNORECASE)


def is_caption(line: str) -> bool:
    """A photo's caption with its credit ('Police chiefs at the conference. PHOTO: BERNAMA'): never the headline."""
    return bool(_CAPTION.match(cut(line).strip()))


_AUTHOR_NOTE = re.compile(r"^(?P<name>[A-ZĐÀ-Ỹ][\w'.-]*(?: [A-ZĐÀ-Ỹ][\w'.-]*){1,4}) (?:is|was|là) \S")


def is_author_note(line: str, bylines: list[str]) -> bool:
    """'Nguyen Minh Quang is a lecturer at ...' closing an article one of whose bylines names him: a note on
    the author, no article text."""
    m = _AUTHOR_NOTE.match(cut(line).strip())
    return bool(m) and len(line.split()) <= 60 and any(m.group("name") in row for row in bylines)
