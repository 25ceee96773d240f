"""How the reading of each style and seed article holds up when its page is scraped another way:
``python -m tests.variants_report``.

Each variant rewrites every file (other encodings and normal forms, blank lines, hard wrapping, site junk
around the article, page-title tails) and compares headline, publication date, entity keys and events with
the reading of the file as it is. Prints, per variant, how many headlines and dates stayed the same and the
mean F1 overlap of entities and events. Not part of the test suite (the blank-line and wrapping variants
are tests in test_styles.py); run it after a change to the cleaner.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

from store.extract import extract_bytes
from store.seeds import seeds_dir
from store.text import fold_key

STYLES = Path(__file__).parent / "data" / "styles"
_MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Giáo dục",
         "Thể thao", "Sức khỏe", "Công nghệ", "Du lịch", "Bạn đọc", "Video", "Đăng nhập", "Đăng ký", "Tìm kiếm"]
_LATEST = ["Tin mới", "Giá xăng dầu hôm nay giảm nhẹ", "11/11/2024 22:40", "Bão số 8 đổ bộ vào miền Trung",
           "10/11/2024"]
_FOOTER = ["Tin cùng chuyên mục", "Bắt giữ 5 đối tượng trộm cắp tài sản tại Hà Đông", "14/11/2024 10:20",
           "Tòa soạn: 15 Nguyễn Du, Hoàn Kiếm, Hà Nội", "Điện thoại: 024 3825 1234", "© Bản quyền thuộc về Báo"]


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """The Windows Vietnamese code page: letters with their own marks (â, ơ, đ) in one byte, a tone mark
    after its letter when the pair has no byte of its own."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + tone).encode("cp1258", errors="replace"))
    return b"".join(out)


def _old_spelling(text: str) -> str:
    for new, old in (("hòa", "hoà"), ("Hòa", "Hoà"), ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("thủy", "thuỷ"), ("sĩ", "sỹ")):
        text = text.replace(new, old)
    return text


def _typographic(text: str) -> str:
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text.replace(" - ", " \u2013 ")).replace("'", "\u2019")


def _wrapped(text: str, width: int = 78, between: str = "\n\n") -> str:
    return between.join(textwrap.fill(line, width) for line in text.split("\n") if line.strip())


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "NFD": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "cp1258": _cp1258,
    "UTF-16": lambda t: t.encode("utf-16"),
    "CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "mojibake (UTF-8 read as Latin-1)": lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8"),
    "a blank line between every line": lambda t: t.replace("\n", "\n\n").encode("utf-8"),
    "no blank lines": lambda t: "\n".join(line for line in t.split("\n") if line.strip()).encode("utf-8"),
    "hard-wrapped at 78, blank lines between": lambda t: _wrapped(t).encode("utf-8"),
    "hard-wrapped at 72, no blank lines": lambda t: _wrapped(t, 72, "\n").encode("utf-8"),
    "a menu of 18 lines on top": lambda t: ("\n".join(random.Random(len(t)).sample(_MENU, 18)) + "\n" + t).encode(),
    "a menu on one line on top": lambda t: (" | ".join(_MENU) + "\n" + t).encode("utf-8"),
    "a 'Tin mới' list on top": lambda t: ("\n".join(_LATEST) + "\n" + t).encode("utf-8"),
    "related news and a footer after": lambda t: (t.rstrip("\n") + "\n" + "\n".join(_FOOTER) + "\n").encode("utf-8"),
    "old tone placement (hoà, uỷ), sỹ": lambda t: _old_spelling(t).encode("utf-8"),
    "en dashes, curly quotes and apostrophes": lambda t: _typographic(t).encode("utf-8"),
}


def _reading(data: bytes) -> tuple:
    x = extract_bytes("a.txt", "a.txt", data)
    if not hasattr(x, "cleaned"):
        return None, None, set(), set()
    published = x.cleaned.published.value if x.cleaned.published else None
    return x.cleaned.title, published, {m.key for m in x.mentions}, {(e.start, e.end) for e in x.events}


def _same_headline(a: str | None, b: str | None) -> bool:
    """The same headline, however its tones, dashes and quotes are written."""
    quotes = str.maketrans("\u201c\u201d", '""')
    if a is None or b is None:
        return a == b
    return fold_key(a.translate(quotes)) == fold_key(b.translate(quotes))


def _overlap(a: set, b: set) -> float:
    return 1.0 if not a and not b else 2 * len(a & b) / (len(a) + len(b))


def report(names: list[str] | None = None) -> dict:
    """Per variant: articles, headlines and dates unchanged, mean entity and event overlap (F1)."""
    files = sorted(STYLES.glob("*.txt")) + sorted(seeds_dir().glob("*.txt"))
    files = [f for f in files if names is None or f.name in names]
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    plain = {f: _reading(t.encode("utf-8")) for f, t in texts.items()}
    table = {}
    for name, make in VARIANTS.items():
        read = {f: _reading(make(t)) for f, t in texts.items()}
        table[name] = {
            "articles": len(files),
            "headline": sum(_same_headline(read[f][0], plain[f][0]) for f in files),
            "date": sum(read[f][1] == plain[f][1] for f in files),
            "entities": round(sum(_overlap(read[f][2], plain[f][2]) for f in files) / len(files), 3),
            "events": round(sum(_overlap(read[f][3], plain[f][3]) for f in files) / len(files), 3),
        }
    return table


def main() -> None:
    """Print the table as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="style or seed file names (default: all)")
    args = parser.parse_args()
    print(json.dumps(report(args.names or None), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
