"""Decode article bytes and normalise text: encodings, mojibake, controls, tone marks and folding.

Everything here is a pure function of its input. The folding functions keep the length of the
text unchanged, so offsets computed on a folded copy are valid offsets into the original.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DecodeError",
    "Decoded",
    "decode_bytes",
    "normalise_text",
    "strip_controls",
    "modern_tones",
    "fold",
    "fold_key",
    "match_key",
]


class DecodeError(ValueError):
    """The bytes are not a text article (binary, empty, or undecodable)."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a file, with the encoding it was read as."""

    text: str
    encoding: str
    repaired: bool = False


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters that only Vietnamese uses among Latin scripts: a decoding that yields many is likely right.
_VIET_LETTERS = set(
    "ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)
_MOJIBAKE = re.compile(r"[ÃÂÄÅÆá»º][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def _latin1_able(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


# Vietnamese letters no Western code page has (ơ, ư, ă, đ, ạ, ả, ...): a wrong decoding cannot make them.
_VIET_ONLY = frozenset(ch for ch in _VIET_LETTERS if not _latin1_able(ch))


_LETTER = re.compile(r"[^\W\d_]")
_VIET_RE = re.compile("[" + "".join(sorted(_VIET_ONLY)) + "]")
_BAD_CHAR = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")


def _viet_score(text: str) -> float:
    """Share of letters only Vietnamese has, minus a penalty for replacement and control characters."""
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = len(_LETTER.findall(sample)) or 1
    viet = len(_VIET_RE.findall(sample))
    bad = len(_BAD_CHAR.findall(sample))
    return viet / letters - 5 * bad / max(len(sample), 1)


_C0_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    """True when the bytes have NULs or many C0 controls (images, archives, random bytes)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _C0_BYTES))
    return controls > max(4, len(head) // 100)


def _candidates(data: bytes) -> list[tuple[str, str]]:
    """Plausible decodings of non-UTF-8 bytes, as (encoding, text)."""
    found: list[tuple[str, str]] = []
    for encoding in ("cp1258", "cp1252"):
        try:
            found.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000]).best()
        if best is not None and best.encoding:
            found.append((best.encoding, data.decode(best.encoding, errors="replace")))
    except (LookupError, ImportError):
        pass
    return found


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was once decoded as Latin-1 or Windows-1252 ('Bá»™' -> 'Bộ').

    Returns:
        The repaired text and whether anything changed.
    """
    if not _MOJIBAKE.search(text):
        return text, False
    import ftfy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of an article file.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, Windows-1258 and other legacy encodings are
    recognised; text mis-decoded once before it was saved is repaired.

    Raises:
        DecodeError: for binary data or bytes no encoding reads as text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"damaged {encoding} text: {exc.reason}") from None
    if _looks_binary(data):
        raise DecodeError("binary file (not text)")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = _candidates(data)
    if not candidates:
        raise DecodeError("no known text encoding reads this file")
    encoding, text = max(candidates, key=lambda pair: _viet_score(pair[1]))
    if _viet_score(text) < 0:
        raise DecodeError("binary file (not text)")
    return _finish(text, encoding)


def _finish(text: str, encoding: str) -> Decoded:
    """Repair mojibake in freshly decoded text."""
    fixed, repaired = repair_mojibake(text)
    return Decoded(fixed, encoding, repaired)


# ESC-introduced sequences: CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, and two-byte escapes.
_ANSI = re.compile(
    r"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]{0,64}[ -/]{0,16}[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]{0,4096}(?:\x07|\x9c|\x1b\\)?"
    r"|\x1b[ -~]?"
)
# C0 (but tab and newline), DEL, C1, zero-width and bidi controls, BOM, and other invisible formatting.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep newlines."""
    text = _ANSI.sub("", text)
    return _CONTROLS.sub("", text)


_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no controls or escapes, odd spaces as plain spaces, HTML entities a scraper left decoded."""
    if _HTML_ENTITY.search(text):
        import html

        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_controls(text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


# Tone placement: old style puts the mark on the second vowel of open 'oa', 'oe', 'uy' (hoà, thuỷ);
# the modern style puts it on the first (hòa, thủy). Keys and search use the modern one.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(r"(?<![^\W\d_])([^\W\d_]*?)([oOuU])([aAeEyY])([" + _TONES + r"])(?![^\W\d_])")


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position ('hoà' -> 'hòa', 'Uỷ' -> 'Ủy'); other text unchanged."""
    if not any(ch in text for ch in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"):
        return text
    decomposed = unicodedata.normalize("NFD", text)

    def move(match: re.Match[str]) -> str:
        onset, first, second, tone = match.groups()
        if onset.lower().endswith("q") or (first in "oO" and second in "yY") or (first in "uU" and second not in "yY"):
            return match.group(0)
        return onset + first + tone + second

    return unicodedata.normalize("NFC", _OLD_TONE.sub(move, decomposed))


_Y_AS_I = re.compile(r"(?<![^\W\d_])([bcdhklmnprstvxđBCDHKLMNPRSTVXĐ])([yỳýỷỹỵYỲÝỶỸỴ])(?![^\W\d_])")
_Y_TO_I = str.maketrans("yỳýỷỹỵYỲÝỶỸỴ", "iìíỉĩịIÌÍỈĨỊ")
_FINAL_Y = re.compile(r"[yỳýỷỹỵYỲÝỶỸỴ](?![^\W\d_])")
_Y_AFTER = frozenset("bcdhklmnprstvxđBCDHKLMNPRSTVXĐ")
_I_FOR_Y = dict(zip("yỳýỷỹỵYỲÝỶỸỴ", "iìíỉĩịIÌÍỈĨỊ"))


def fold(text: str) -> str:
    """Fold what SQLite's unicode61 tokenizer does not: đ to d, and final 'y' to 'i' (sỹ = sĩ).

    The result has exactly the length of the input, so offsets carry over. (A regex that starts
    at a 'y' and ``str.replace`` are ~15x faster here than a look-behind and ``str.translate``.)
    """

    def to_i(m: re.Match[str]) -> str:
        at = m.start()
        if at and text[at - 1] in _Y_AFTER and (at < 2 or not text[at - 2].isalpha()):
            return _I_FOR_Y[m[0]]
        return m[0]

    return _FINAL_Y.sub(to_i, text).replace("đ", "d").replace("Đ", "D")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_HYPHEN_SPACES = re.compile(r"\s*[-‐‑‒–—]\s*")
_WS = re.compile(r"\s+")
_APOSTROPHES = str.maketrans("’‘ʼ", "'" * 3)
"""Typographic apostrophes match the typewriter one ("People’s Police Academy")."""


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A matching key: no case, no diacritics, đ as d, sỹ as sĩ, one hyphen style, single spaces."""
    text = _HYPHEN_SPACES.sub("-", fold(text)).translate(_APOSTROPHES)
    return _WS.sub(" ", _strip_marks(text)).strip().casefold()


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """A matching key that keeps the letters: no case, modern tone placement, sỹ as sĩ, one hyphen style.

    Unlike ``fold_key`` it keeps diacritics, so 'Huệ' and 'Huế' or 'Nguyễn' and 'nguyên' stay apart.
    """
    text = _HYPHEN_SPACES.sub("-", text).translate(_APOSTROPHES)
    text = _Y_AS_I.sub(lambda m: m.group(1) + m.group(2).translate(_Y_TO_I), text)
    return _WS.sub(" ", modern_tones(unicodedata.normalize("NFC", text))).strip().casefold()
