"""Tokens of an article body for entity extraction: words with offsets, case and the gap before them.

Photo credits ('- Ảnh: TTXVN') and datelines ('(ANTV) - ') are blanked first, so their names are
never entities of the article; offsets still point into the original body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import match_key

VIET_ONLY = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
"""Letters only Vietnamese uses: a name with one is not a foreign name."""
_TOKEN = re.compile(r"[^\W_]+(?:[-‐'’][^\W_]+)*")
_MASKS = re.compile(
    r"[-–(]\s?(?:Ảnh|Nguồn|Photo|Video)\s?:\s?[^)\n]{1,60}"  # photo credits
    r"|(?:^|\n)[^\W\d_][^()\n]{0,30}?\s?\([^()\n]{1,30}\)\s?[-–—]\s"  # 'HÀ NỘI (TTXVN) - '
    r"|(?:^|\n)\([^()\n]{1,30}\)\s?[-–—]\s",  # '(ANTV) - '
    re.IGNORECASE,
)


@dataclass(slots=True)
class Tok:
    """A word: its text and offsets, matching key, case, the gap before it and how it joins a name."""

    text: str
    start: int
    end: int
    key: str
    cap: bool
    upper: bool
    gap: str
    plain: bool
    joiner: str | None



def tokenize(body: str) -> list[Tok]:
    """The words of a body, each with its matching key, case, and the text between it and the previous word."""
    masked = _MASKS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    toks: list[Tok] = []
    append, key_of, prev = toks.append, match_key, 0
    for m in _TOKEN.finditer(masked):
        text = m[0]
        start, end = m.span()
        gap = masked[prev:start]
        plain = gap == " " or gap == "\u00a0"
        joiner = " " if plain else ("-" if len(gap) <= 3 and gap.strip() == "-" else None)
        upper = len(text) >= 2 and text.isupper() and sum(c.isalpha() for c in text) >= 2
        append(Tok(text, start, end, key_of(text), text[0].isupper(), upper, gap, plain, joiner))
        prev = end
    return toks


def plain(gap: str) -> bool:
    """True for the single space (or no-break space) between two words of one name."""
    return gap in (" ", "\u00a0")


def name_gap(gap: str) -> str | None:
    """How two tokens join in a name: ' ' or '-' ('Jean - Pierre'), or None across punctuation."""
    if plain(gap):
        return " "
    if gap.strip() == "-" and len(gap) <= 3:
        return "-"
    return None




_VOWELS = "aăâeêioôơuưy"
_INITIALS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split()) | {""}
_FINALS = frozenset("c ch m n ng nh p t".split()) | {""}


def _base_letters(word: str) -> str:
    """Lowercase letters without tone marks, keeping ă â ê ô ơ ư đ."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch) and ch not in "\u0306\u0302\u031b":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def vietnamese_syllable(word: str) -> bool:
    """True when a word could be one Vietnamese syllable: a Vietnamese initial, one vowel group, a Vietnamese final."""
    w = _base_letters(word)
    if not w.isalpha() or any(c in "fjwz" for c in w):
        return False
    m = re.fullmatch(rf"([^{_VOWELS}]*)([{_VOWELS}]+)([^{_VOWELS}]*)", w)
    if m is None:
        return False
    initial, vowels, final = m.groups()
    if initial == "g" and vowels.startswith("i"):
        initial = "gi"
    if initial == "q" and vowels.startswith("u"):
        initial = "qu"
    return initial in _INITIALS and final in _FINALS
