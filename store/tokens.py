"""Tokens of an article body for entity extraction: words with offsets, case and the gap before them.

Photo credits ('- Ảnh: TTXVN') and datelines ('(ANTV) - ') are blanked first, so their names are
never entities of the article; offsets still point into the original body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter

from .outlets import outlet_name
from .text import match_key

VIET_ONLY = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
"""Letters only Vietnamese uses: a name with one is not a foreign name."""
_WORDS = re.compile(r"([^\W_]+(?:[-‐'’][^\W_]+)*)")
_CREDITS = re.compile(r"(?:[-–(]|(?<=\.))\s?(?:Ảnh|Nguồn|Photo|Video)\s?:\s?[^)\n]{1,60}", re.IGNORECASE)
"""'- Ảnh: TTXVN', '(Ảnh: Văn Dũng)', '... tại Hà Nội. Ảnh: Văn Dũng': a photo's credit, not a mention."""
_DATELINES = re.compile(
    r"^[^\W\d_][^()\n]{0,30}?\s?\([^()\n]{1,30}\)\s?[-–—]\s"  # 'HÀ NỘI (TTXVN) - '
    r"|^\([^()\n]{1,30}\)\s?[-–—]\s",  # '(ANTV) - '
    re.MULTILINE,
)
_KEY_CACHE_LIMIT = 200_000


class _Keys(dict):
    """``match_key`` of single words, remembered: a corpus has few distinct words."""

    def __missing__(self, word: str) -> str:
        if len(self) > _KEY_CACHE_LIMIT:
            self.clear()
        key = self[word] = match_key(word)
        return key


_KEYS = _Keys()


class _Joiners(dict):
    """``name_gap`` of each gap, remembered: gaps are a handful of strings (' ', ', ', '. ')."""

    def __missing__(self, gap: str) -> str | None:
        if len(self) > _KEY_CACHE_LIMIT:
            self.clear()
        joiner = self[gap] = name_gap(gap)
        return joiner


_JOINERS = _Joiners()
_PLAIN_GAPS = frozenset((" ", "\u00a0"))
_SPECIAL_GAPS = frozenset((".", ". ", ", "))
"""Gaps a later rule may turn into joiners: an abbreviation's or initial's dot, the comma of 'phòng, chống'."""


@dataclass(slots=True)
class Tokens:
    """The words of a body as parallel lists (one entry per word), built by C-level loops.

    ``gaps[i]`` is the text between word ``i - 1`` and word ``i``; ``joiners[i]`` is how word ``i``
    joins the previous one in a name: ' ', '-' ('Jean - Pierre'), or None across punctuation.
    """

    words: list[str]
    starts: list[int]
    ends: list[int]
    keys: list[str]
    caps: list[bool]
    uppers: list[bool]
    gaps: list[str]
    plains: list[bool]
    joiners: list[str | None]


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


_BARE_DATELINE = re.compile(r"^([^\W\d_][\w.&+]{1,14}(?: [\w.&+]{2,14})?) ?[-–—] ", re.MULTILINE)


def _blank_outlet(match: re.Match[str]) -> str:
    """'CAND - Sáng 22/11': an outlet's name opening a paragraph is metadata, not a mention."""
    return _blank(match) if outlet_name(match.group(1)) else match.group(0)


def _two_letters(word: str) -> bool:
    return sum(c.isalpha() for c in word) >= 2


def _dot_joins(before: str, upper: bool, after: str) -> bool:
    """'TP.HCM', 'TP. Hồ Chí Minh' (an abbreviation) and 'K. Shanmugam' (an initial before a foreign
    name, not 'Nguyễn Văn A. Sau đó'): the dot joins a name."""
    if upper and len(before) <= 3:
        return True
    return len(before) == 1 and before.isupper() and not vietnamese_syllable(after)


def tokenize(body: str) -> Tokens:
    """The words of a body with their offsets, matching keys, case and the text before each."""
    masked = _BARE_DATELINE.sub(_blank_outlet, _DATELINES.sub(_blank, _CREDITS.sub(_blank, body)))
    parts = _WORDS.split(masked)
    words, gaps = parts[1::2], parts[0:-1:2]
    pos = list(accumulate(map(len, parts)))
    plains = list(map(_PLAIN_GAPS.__contains__, gaps))
    uppers = list(map(str.isupper, words))
    for i in compress(range(len(words)), uppers):  # 'UNMISS', not 'A' or 'Đ.'
        uppers[i] = len(words[i]) >= 2 and _two_letters(words[i])
    caps = list(map(str.isupper, map(itemgetter(0), words)))
    joiners = list(map(_JOINERS.__getitem__, gaps))
    keys = list(map(_KEYS.__getitem__, words))
    for i in compress(range(len(gaps)), map(_SPECIAL_GAPS.__contains__, gaps)):
        gap = gaps[i]
        if gap != ", ":
            if i and caps[i] and _dot_joins(words[i - 1], uppers[i - 1], words[i]):
                joiners[i] = gap
        elif keys[i] == "chống" and i and keys[i - 1] == "phòng":
            plains[i], joiners[i] = True, " "  # 'phòng, chống' (prevention and combat) is one term of a name
    return Tokens(
        words=words,
        starts=pos[0:-1:2],
        ends=pos[1::2],
        keys=keys,
        caps=caps,
        uppers=uppers,
        gaps=gaps,
        plains=plains,
        joiners=joiners,
    )


def plain(gap: str) -> bool:
    """True for the single space (or no-break space) between two words of one name."""
    return gap in (" ", "\u00a0")


_DASHES = frozenset("-‐‑–")
"""Dashes that join two names ('Jean - Pierre', 'ASEAN – Trung Quốc'); an em dash opens a clause."""


def name_gap(gap: str) -> str | None:
    """How two tokens join in a name: ' ' or '-' ('Jean - Pierre'), or None across punctuation."""
    if plain(gap):
        return " "
    if gap.strip() in _DASHES and len(gap) <= 3:
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


@lru_cache(maxsize=65536)
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
