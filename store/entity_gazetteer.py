"""Names the gazetteer knows: a mixin of the extractor in ``store.entities``.

The scan takes the longest known name at each capitalised word (and at the few lower-case words a known name
may open with), keeps a known body named inside another when it is one ('Liên hợp quốc' in 'Cảnh sát Liên
hợp quốc'), reads an edition the gazetteer does not list ('UNCOPS 2026') and keeps 'Nga', 'Anh', 'Hà' for
places only where a reader would.
"""

from __future__ import annotations

import re

from . import lexicon as X
from .entity_heads import ORG_EVENT_HEADS
from .entity_merge import Span, drop_nested
from .gazetteer import Entry
from .text import match_key
from .tokens import VIET_ONLY

_Hit = tuple[int, Entry]
"""The end of a known name and its entry."""
_EDITION = re.compile(r"^(?:(?:19|20)\d{2}|\d{1,2}|I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$")
_SESSION = re.compile(r"(?:Kỳ|Phiên|Khóa|Khoá)\shọp\s(?:lần\s)?thứ\s(?:\d{1,3}|[IVX]{1,5}|nhất|hai|ba|tư)\s$")
"""'Kỳ họp lần thứ 92 ' before a known series' name: that session of it ('... Đại hội đồng INTERPOL')."""
_STATE_NOUNS = frozenset((match_key("vương quốc"),))
_TO_A_PLACE = frozenset("tại ở sang đến nước từ về".split())
"""Words before a country's name that make it the country, even where it is also a person's given name."""
ORDINAL_EN = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_COUNTED = frozenset("nước quốc thành đoàn đại người lượt năm ngày tháng cán sĩ chiến".split())
"""Words a number counts ('10 nước thành viên'): after a series' name, that number is no edition."""


class KnownNames:
    """The gazetteer scan."""

    def _gazetteer_at(self, i: int) -> tuple[_Hit | None, _Hit | None]:
        """The longest known name from token ``i``, and a shorter place or body's acronym it opens with ('South
        Sudan' in 'South Sudan National Police', 'ASEANAPOL' in 'ASEANAPOL conference')."""
        keys, joiners, gaz = self.scan_keys, self.joiners, self.scan_gaz
        best, parts, opening = None, keys[i], None
        for j in range(i + 1, min(self.n, i + gaz.max_tokens) + 1):
            if j > i + 1:
                joiner = joiners[j - 1]
                if joiner is None:
                    break
                parts += joiner + keys[j - 1]
            entry = gaz.by_key.get(parts)
            if entry is not None:
                best = (j, entry)
                if entry.type == "place" or (j == i + 1 and entry.type == "organization" and self.uppers[i]):
                    opening = (j, entry)
            if parts not in gaz.prefixes:
                break
        if best and best[0] == i + 1 and keys[i] in gaz.ambiguous and not self._ambiguous_ok(i):
            return None, None
        if best is None or opening is None or opening[0] >= best[0]:
            return best, None
        if opening[1].type == "organization" and best[1].type != "event":
            return best, None  # 'ASEANAPOL' in 'ASEANAPOL conference', but 'UN' in 'UN Women' is a part of its name
        return best, opening

    def given_names_not_places(self) -> None:
        """'Phạm Văn Đức ... Đức đang lẩn trốn': a country alone whose one word is the given name of a person the
        article names is that person, unless a word of place goes before it ('sang Đức', 'tại Đức')."""
        given = {self.keys[s.j - 1] for s in self.spans if s.type == "person" and s.j - s.i >= 2}
        if not given:
            return
        self.spans = [s for s in self.spans if not (
            s.type == "place" and s.source == "gazetteer" and s.j == s.i + 1 and self.keys[s.i] in given
            and s.i > 0 and self.plains[s.i] and not self.caps[s.i - 1] and self.keys[s.i - 1] not in _TO_A_PLACE)]

    def _ambiguous_ok(self, i: int) -> bool:
        """'Nga', 'Mỹ', 'Anh' name places only outside personal names and not after 'ông', 'bà'."""
        if i == 0 or re.search(r"[.!?:;\n\"“]", self.gaps[i]):
            return False
        if self.keys[i - 1] in X.HONORIFICS and self.plains[i]:
            return False  # but in 'các nước Anh, Pháp' the 'Anh' before 'Pháp' is a country, not 'brother'
        if self.caps[i - 1] and self.plains[i]:
            return False
        k = i + 1
        if not (k < self.n and self.caps[k] and self.plains[k]):
            return True
        run = [k, k + 1] if k + 1 < self.n and self.caps[k + 1] and self.plains[k + 1] else [k]
        return not any(VIET_ONLY.search(self.words[m]) for m in run)  # 'Mỹ Quý Tây': a longer Vietnamese name

    def scan_gazetteer(self) -> None:
        """Gazetteer names, the longest at each start; a name inside a longer one of its type is dropped."""
        found, openings = [], []
        lower_ok = self.scan_gaz.lower_ok
        keys, prefixes, names = self.scan_keys, self.scan_gaz.prefixes, self.scan_gaz.by_key
        starts = self.capitals
        if not lower_ok.isdisjoint(keys):
            starts = sorted({*starts, *(i for i, key in enumerate(keys) if key in lower_ok)})
        for i in starts:
            if keys[i] not in prefixes and keys[i] not in names:
                continue
            hit, opening = self._gazetteer_at(i)
            if opening is not None:
                openings.append(Span(i, opening[0], opening[1].type, opening[1], source="gazetteer"))
            if hit and hit[1].type == "place" and self._not_the_country(i, hit[0]):
                continue
            if hit and hit[1].type == "event":
                found.append(self._edition(self._session_before(i), self._with_ordinal(hit[0]), hit[1]))
            elif hit:
                found.append(Span(self._state_noun_before(i, hit[1]), hit[0], hit[1].type, hit[1], source="gazetteer"))
        found += openings
        outer = drop_nested(found, lambda s: True)
        kept = {id(s) for s in outer}
        self.spans = outer + [s for s in found if id(s) not in kept and self._body_of_its_own(s, outer)]

    def _state_noun_before(self, i: int, entry: Entry) -> int:
        """'Vương quốc Morocco': a kingdom's name with 'Vương quốc' capitalised before it is one mention of the
        country; where the name starts (else ``i``)."""
        if entry.type == "place" and i >= 2 and self.caps[i - 2] and all(self.plains[i - 1 : i + 1]) \
                and self._words(i - 2, 2) in _STATE_NOUNS:
            return i - 2
        return i

    def _body_of_its_own(self, span: Span, outer: list[Span]) -> bool:
        """A known organisation named inside another one: 'Liên hợp quốc' in 'Cảnh sát Liên hợp quốc', 'INTERPOL'
        in 'Văn phòng INTERPOL Việt Nam', 'Bộ Công an' in 'Văn phòng Thường trực Bộ Công an về ...'; but a name
        right after the outer one's head noun only says what kind of unit that is ('Cảnh sát LHQ' in 'Phòng Cảnh
        sát LHQ', 'Công an Việt Nam' in 'Bộ Công an Việt Nam')."""
        if span.type != "organization":
            return False
        if not self._head_at(span.i, X.FORCE_HEADS):
            return True  # and 'Bộ Công an' in 'Văn phòng Bộ Công an' is the ministry whose office that is
        container = next((o for o in outer if o.i < span.i and span.j <= o.j), None)
        head_end = self._head_at(container.i, ORG_EVENT_HEADS) if container is not None else None
        return head_end is not None and span.i > head_end

    def _session_before(self, i: int) -> int:
        """Where 'Kỳ họp lần thứ 92' (or an English '43rd') begins before the known series' name at token ``i``
        (else ``i``)."""
        if i > 0 and self.plains[i] and ORDINAL_EN.match(self.words[i - 1]):
            return i - 1  # 'the 43rd ASEANAPOL Conference'
        m = _SESSION.search(self.body, max(0, self.starts[i] - 24), self.starts[i])
        if not m:
            return i
        k = i
        while k > 0 and self.starts[k - 1] >= m.start():
            k -= 1
        return k

    def _edition(self, i: int, end: int, entry: Entry) -> Span:
        """A known series and the year or number of an edition the gazetteer does not know ('UNCOPS 2026',
        'ASEANAPOL 44'): that edition, a new event; a known one ('UNCOPS 2024') was matched whole."""
        counted = end + 1 < self.n and self.plains[end + 1] and self.keys[end + 1] in _COUNTED  # 'ASEANAPOL 10 nước'
        if end < self.n and self.plains[end] and _EDITION.match(self.words[end]) and not counted:
            return Span(i, end + 1, "event", None, source="rule")
        return Span(i, end, "event", entry, source="gazetteer")

    def _not_the_country(self, i: int, j: int) -> bool:
        """'tiếng Anh' (a language), 'Văn phòng Pháp quyền' and 'Ý kiến' (words that begin with a country's
        syllable) and English 'Lao' (an adjective) do not name the place."""
        if i and self.keys[i - 1] == "tiếng" and self.plains[i]:
            return True
        if j == i + 1 and self.scan_keys is not self.keys and self.scan_keys[i] in X.ENGLISH_DEMONYMS:
            return True  # 'Lao police' in English: the adjective, not the country (Laos)
        return j == i + 1 and j < self.n and self.plains[j] and not self.caps[j] and \
            f"{self.keys[i]} {self.keys[j]}" in X.COUNTRY_SYLLABLE_WORDS
