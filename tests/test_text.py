"""Decoding and normalisation: encodings a real corpus has, mojibake, controls, tone marks, folding."""

from __future__ import annotations

import codecs
import unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers 'sloppy-windows-1252', how browsers mis-decode)
import pytest

from store.text import DecodeError, decode_bytes, fold, fold_key, match_key, modern_tones, normalise_text

SAMPLE = "Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an, tiếp Điều phối viên Liên Hợp Quốc tại Hà Nội."


def to_cp1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: base letters precomposed where cp1258 has them, tone marks combining."""
    result = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            result.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            base_c = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in "\u0302\u0306\u031b"))
            tone = "".join(m for m in marks if m not in "\u0302\u0306\u031b")
            result.append((base_c + tone).encode("cp1258"))
    return b"".join(result)


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        to_cp1258(SAMPLE),
        SAMPLE.encode("utf-8").decode("latin-1").encode("utf-8"),
        SAMPLE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be-bom", "cp1258", "mojibake-latin1", "mojibake-cp1252"],
)
def test_every_encoding_reads_to_the_same_text(data):
    decoded = decode_bytes(data)
    assert normalise_text(decoded.text) == SAMPLE


def test_cp1258_uses_combining_tones_and_is_detected():
    data = to_cp1258(SAMPLE)
    assert b"\xd2" in data or b"\xcc" in data or b"\xec" in data or b"\xde" in data or b"\xf2" in data
    assert decode_bytes(data).encoding == "cp1258"


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 400])
def test_binary_is_refused(data):
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_normalise_removes_controls_and_escapes_but_keeps_text():
    raw = "A\x1b[31mred\x1b[0mB\x1b]0;title\x07C\x1b]52;c;aGVsbG8=\x07D\x07E\x00F\u0085G\r\nH\rI\u202eJ"
    assert normalise_text(raw) == "AredBCDEFG\nH\nIJ"


def test_normalise_composes_nfd():
    assert normalise_text(unicodedata.normalize("NFD", SAMPLE)) == SAMPLE


@pytest.mark.parametrize("old,new", [("hoà", "hòa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("Thoả thuận", "Thỏa thuận"),
                                     ("hoàn", "hoàn"), ("quý", "quý"), ("Khánh Hoà", "Khánh Hòa")])
def test_modern_tone_placement(old, new):
    assert modern_tones(old) == new


def test_fold_keeps_length_and_folds_d_and_y():
    text = "Đại tướng sỹ quan Mỹ"
    assert len(fold(text)) == len(text)
    assert fold(text) == "Dại tướng sĩ quan Mĩ"


def test_keys_unify_spelling_variants():
    assert fold_key("Jean - Pierre Lacroix") == fold_key("Jean-Pierre Lacroix")
    assert fold_key("Liên Hợp Quốc") == fold_key("Liên hợp quốc") == "lien hop quoc"
    assert match_key("hoà bình") == match_key("hòa bình")
    assert match_key("sỹ quan") == match_key("sĩ quan")
    assert match_key("Huệ") != match_key("Huế")
