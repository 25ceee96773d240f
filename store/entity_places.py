"""Places named after a place noun: 'tỉnh Kunduz', 'bang Thượng Nile', 'TP. Đồng Xoài', a border gate's two
sides ('cửa khẩu Hoa Lư - Trapeang Sre'), and the place nouns inside a body's name ('Công an thành phố Đà Nẵng',
'Sở Công an châu tự trị dân tộc Cáp Nhì').

A mixin of the extractor in ``store.entities``, under ``store.entity_heads.HeadNames``.
"""

from __future__ import annotations

from . import lexicon as X
from .entity_merge import Span, display_name
from .gazetteer import Entry, entity_key
from .text import match_key

ADMIN_HEADS = frozenset(match_key(h) for h in (
    "tỉnh", "bang", "tiểu bang", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "thủ đô", "đặc khu",
    "cửa khẩu", "cửa khẩu quốc tế", "sân bay", "sân bay quốc tế", "cảng", "cảng quốc tế", "cảng biển",
    "cảng hàng không", "cảng hàng không quốc tế", "khu công nghiệp", "khu kinh tế", "khu chế xuất"))
"""Administrative nouns (and border gates, airports, ports, industrial parks) that name a place with the
capitalised words after them, even in lower case."""
_ADMIN_HEAD_WORDS = max(len(h.split(" ")) for h in ADMIN_HEADS)
_CROSSING = match_key("cửa khẩu")
"""A border gate's noun: the names after it may be the gate's two sides."""
GATE_NOUNS = frozenset(h for h in ADMIN_HEADS if h.startswith(_CROSSING))
"""'cửa khẩu', 'cửa khẩu quốc tế': a border post may be named by its gate."""
ADMIN_LAST_WORDS = frozenset(head.split(" ")[-1] for head in ADMIN_HEADS)
_FACILITY_FIRST = frozenset(match_key(w) for w in ("cửa", "sân", "cảng", "khu"))
"""Place nouns of facilities ('Cửa khẩu quốc tế Mộc Bài', 'Sân bay quốc tế Nội Bài'): capitalised, part of the
name as it is written, the place being the name after them."""
_PLACE_KINDS = frozenset(("tự", "trị", "dân", "tộc", "đặc", "biệt", "hành", "chính", "kinh", "tế"))
"""Words that say what kind of place follows a place noun ('châu tự trị dân tộc ...', 'khu hành chính đặc biệt')."""


class PlaceNouns:
    """Places after place nouns."""

    def _place_head_len(self, k: int) -> int:
        """Words of a place noun at token ``k`` ('tỉnh', 'thành phố'), or 0."""
        if self.keys[k] in X.PLACE_HEADS:
            return 1
        return 2 if k + 1 < self.n and self.plains[k + 1] and self._words(k, 2) in X.PLACE_HEADS else 0

    def _place_end(self, k: int) -> int | None:
        """End of the place a rule found at token ``k`` after its place noun, if any."""
        return next((s.j for s in self.spans if s.i == k and s.type == "place" and s.entry is None), None)

    def _described_place(self, k: int) -> int | None:
        """After a place noun, the words in lower case that say what kind of place it is, up to its capitalised
        name ('châu | tự trị dân tộc | Cáp Nhì'): where the name starts."""
        for m in range(k, min(self.n, k + 5)):
            if not self.plains[m]:
                return None
            if self.caps[m]:
                return m if m > k else None
            if self.keys[m] not in _PLACE_KINDS:
                return None
        return None

    def _after_lowercase_place_heads(self, people: set[int]) -> None:
        """'bang Thượng Nile', 'tỉnh Kunduz': a lowercase administrative noun before a capitalised name."""
        for c in self.capitals:
            if c in people or not (self.plains[c] or self._after_tp(c)):
                continue
            words = "tp" if self._after_tp(c) else self.admin_noun_before(c)
            if words is not None:
                self._place_after(c, people, crossing=words.startswith(_CROSSING))
            elif (facility := self._facility_before(c)) is not None:
                self._place_after(c, people, named_from=facility)

    def _after_tp(self, c: int) -> bool:
        """Token ``c`` follows 'TP', 'TP.' or 'TP. ' (thành phố): a city's name ('Công an TP.Biên Hòa')."""
        return c > 0 and self.keys[c - 1] == "tp" and self.joiners[c] in (" ", ".", ". ")

    def admin_noun_before(self, c: int) -> str | None:
        """The lowercase administrative noun right before token ``c`` ('thành phố' before 'Phòng Thành Cảng',
        whose 'Phòng' is then no head noun), if any."""
        if c == 0 or self.keys[c - 1] not in ADMIN_LAST_WORDS:
            return None
        for m in range(1, _ADMIN_HEAD_WORDS + 1):
            h = c - m
            if h >= 0 and not self.caps[h] and all(self.plains[h + 1 : c]) and self._words(h, m) in ADMIN_HEADS:
                return self._words(h, m)
        return None

    def _facility_before(self, c: int) -> int | None:
        """Where a capitalised facility noun right before token ``c`` begins ('Cửa khẩu quốc tế | Mộc Bài')."""
        for m in range(2, _ADMIN_HEAD_WORDS + 1):
            h = c - m
            if h >= 0 and self.caps[h] and self.keys[h] in _FACILITY_FIRST and all(self.plains[h + 1 : c + 1]) \
                    and not any(self.caps[h + 1 : c]) and self._words(h, m) in ADMIN_HEADS:
                return h
        return None

    def _place_after(self, head: int, people: set[int], crossing: bool = False, named_from: int | None = None) -> int:
        """The place named from token ``head`` after a place noun; after a border gate's, the two sides a
        dash joins are two places ('cửa khẩu Hoa Lư - Trapeang Sre'), and so are another pair's after 'và'. With
        ``named_from``, the span starts at that facility noun, and the entity is still the place its name names.
        Returns where the last place ends."""
        if head >= self.n or (self.joiners[head] == ". " and self.keys[head] in X.STOP_CAPS):
            return head  # the text's last word, or 'tại TP. Sau đó' (but 'TP. Đồng Xoài' is the city)
        known = {s.j for s in self.spans if s.i == head and s.type == "place"}
        j = head
        while j < self.n and j < head + 4 and self.caps[j] and self.joiners[j] is not None and j not in people:
            if self.joiners[j] == "-" and (j in known or crossing) and j > head:
                break  # 'cửa khẩu Lào Cai - Hà Khẩu': two places
            j += 1
        if j > head and named_from is not None and not any(s.i <= named_from and j <= s.j for s in self.spans):
            self.spans = [s for s in self.spans if not (s.type == "place" and head <= s.i and s.j <= j)]
            self.spans.append(Span(named_from, j, "place", self._place_named(head, j)))
        elif j > head and not any(s.i <= head and j <= s.j for s in self.spans):
            self.spans.append(Span(head, j, "place"))
        if crossing and j < self.n and self.joiners[j] == "-" and self.caps[j] and j not in people:
            j = self._place_after(j, people)
        if crossing and j + 1 < self.n and self.keys[j] == "và" and self.plains[j] and self.plains[j + 1] \
                and self.caps[j + 1] and self._joined_pair(j + 1):
            pair = [s for s in self.spans if s.type == "person" and s.i == j + 1 and s.entry is None]
            self.spans = [s for s in self.spans if s not in pair]  # 'và Xa Mát - Trapeang Phlong': two more sides
            return self._place_after(j + 1, people - {k for s in pair for k in range(s.i, s.j)}, crossing=True)
        return j

    def _joined_pair(self, k: int) -> bool:
        """Two capitalised names joined by a dash from token ``k`` ('Xa Mát - Trapeang Phlong')."""
        m = k
        while m < self.n and m < k + 4 and self.caps[m] and (m == k or self.joiners[m] == " "):
            m += 1
        return m < self.n and self.joiners[m] == "-" and self.caps[m]

    def _place_named(self, i: int, j: int) -> Entry:
        """The place tokens i..j-1 name: the gazetteer's, or a new one by that name."""
        known = self.gaz.get(self._key(i, j))
        if known is not None and known.type == "place":
            return known
        name = self._text(i, j)
        return Entry(display_name(name), "place", None, entity_key("place", name))
