"""How a name goes on after its head noun and where it ends: 'về', 'và', 'của' bridges, a topic in title case, an
event's ordinal ('lần thứ 9'), a unit's number ('số 5'), a force's qualifier ('quốc gia').

A mixin of the extractor in ``store.entities``, under ``store.entity_heads.HeadNames``.
"""

from __future__ import annotations

import re

from . import lexicon as X
from .entity_places import PlaceNouns
from .text import match_key

ORDINAL_TAIL = re.compile(r"^\s?(?:lần thứ|khóa|khoá|kỳ|lần) (?:\d{1,3}|[IVX]{1,5}|nhất|hai|ba|tư)\b", re.IGNORECASE)
FORCE_QUALIFIERS = frozenset(match_key(h) for h in (
    "quốc gia", "biển", "nhân dân", "hoàng gia", "liên bang", "cơ động", "hình sự", "giao thông", "đặc nhiệm"))
"""What may stand in lower case between a force's head noun and its country ('Cảnh sát quốc gia Nam Sudan')."""
OF = match_key("của")
_PARTIES = re.compile(r"^\s(?:hai|ba) (?:nước|bên|bộ|ngành)(?=\s?(?:lần thứ|khóa|khoá|kỳ|lần) )", re.IGNORECASE)
"""'... hai nước lần thứ 9': the parties a meeting's name counts before its ordinal."""


class NameTails(PlaceNouns):
    """The words that continue a name after its head noun, and its end."""

    def _numbered_event(self, k: int, people: set[int]) -> int | None:
        """'Hội nghị quốc tế về hợp tác phòng, chống tội phạm xuyên quốc gia lần thứ nhất': an event described
        in lower case is named by its ordinal; without one it is only a meeting."""
        for m in range(k, min(self.n, k + 16)):
            key = self.keys[m]
            if not self.plains[m] or m in people or (
                    key not in X.ORG_VOCAB and key not in X.BRIDGES and key not in X.PLACE_HEADS and not self.caps[m]):
                return None
            if ORDINAL_TAIL.match(self._rest(m + 1)):
                return self._with_ordinal(m + 1)
        return None

    def _force_qualifier(self, k: int) -> int:
        """End of a lowercase qualifier after 'Cảnh sát' or 'Công an' ('quốc gia', 'biển') that a capitalised
        name follows, else 0."""
        for m in (2, 1):
            j = k + m
            if j < self.n and self._words(k, m) in FORCE_QUALIFIERS and all(self.plains[k + 1 : j + 1]) \
                    and self.caps[j]:
                return j
        return 0

    def _designation(self, k: int) -> int | None:
        """A unit named by words and a number: 'Bệnh viện dã chiến cấp 2 số 5' (no capital after the head)."""
        keys = self.keys
        for m in range(k, min(self.n, k + 8)):
            if not self.plains[m]:
                return None
            if self.words[m].isdigit():
                if keys[m - 1] == "số":
                    return m + 1
                if keys[m - 1] != "cấp":
                    return None
                continue
            if keys[m] not in X.ORG_VOCAB and keys[m] not in ("số", "cấp", "dã", "chiến"):
                return None
        return None

    def _title_at(self, k: int) -> bool:
        key = self.keys[k]
        if key not in X.TITLE_FIRST_WORDS:
            return False
        return any(self._words(k, n) in X.TITLE_WORDS for n in (2, 3, 4)) or (
            key in X.TITLE_WORDS and key not in X.ORG_VOCAB
        )

    def _bridge_ok(self, k: int, people: set[int], most: int = 5) -> bool:
        """'và' joins a name to a capitalised part that is not another body; 'về', 'của' need one soon: after
        'về', at most ``most`` words of a topic (a meeting's may be longer: 'về hợp tác phòng, chống tội phạm')."""
        nxt = k + 1
        if nxt >= self.n or not self.plains[nxt] or nxt in people:
            return False
        key, nxt_cap = self.keys[k], self.caps[nxt]
        if key in ("và", "về") and not nxt_cap and self._vocab_to_end(nxt, most if self.keys[nxt] != "và" else 4):
            return True
        if key == "về" and nxt_cap and self._topic_to_end(nxt):
            return True  # 'Văn phòng Liên hợp quốc về Ma túy và Tội phạm': a topic in title case
        if key == "và":  # but a name that ends with its country is whole ('Bộ Nội vụ Hàn Quốc | và Thỏa thuận')
            return nxt_cap and self.keys[nxt] not in X.STOP_CAPS and not self._head_at(nxt, X.ORG_HEADS) \
                and not any(s.i == nxt or (s.j == k and s.type == "place" and s.entry) for s in self.spans) \
                and not self._title_at(nxt)
        for m in range(nxt, min(self.n, k + 6)):
            if not self.plains[m] or m in people:
                return False
            if self.caps[m] or self.uppers[m]:
                # 'về gìn giữ hòa bình LHQ', 'của Liên Hợp Quốc': only a known body continues the name
                return any(s.i == m and s.type == "organization" and s.entry for s in self.spans)
            if self.keys[m] not in X.ORG_VOCAB:
                return False
        return False

    def _topic_to_end(self, k: int, most: int = 7) -> bool:
        """True when name words, capitalised or not and joined by 'và', close the name from token ``k``
        before punctuation or an ordinal ('Chống khủng bố', 'Ma túy và Tội phạm')."""
        for m in range(k, min(self.n, k + most)):
            key = self.keys[m]
            if self.uppers[m] or (key not in X.ORG_VOCAB and (key != "và" or m == k)):
                return False
            if m + 1 >= self.n or not self.plains[m + 1] or ORDINAL_TAIL.match(self._rest(m + 1)):
                return key != "và"
        return False

    def _vocab_to_end(self, k: int, most: int = 4) -> bool:
        """True when one to ``most`` name words ('đường cao tốc', 'về ma túy') close the name before punctuation,
        an ordinal or the place it is at."""
        for m in range(k, min(self.n, k + most)):
            if self.keys[m] not in X.ORG_VOCAB:
                return False
            if m + 1 >= self.n or not self.plains[m + 1] or ORDINAL_TAIL.match(self._rest(m + 1)) \
                    or self._at_place(m + 1) or self.keys[m + 1] in X.CLAUSE_WORDS:
                return True  # before punctuation, 'lần thứ 18', 'tại Accra' or the sentence's verb ('dự kiến')
        return False

    def _at_place(self, k: int) -> bool:
        """'tại Accra', 'ở Hà Nội' from token ``k``: where a name's event or body is, after its name."""
        return self.keys[k] in ("tại", "ở") and k + 1 < self.n and self.plains[k + 1] and self.caps[k + 1]

    def _rest(self, end: int) -> str:
        at = self.ends[end - 1]
        return self.body[at : at + 24]

    def _with_ordinal(self, end: int) -> int:
        """Extend an event name over 'lần thứ 3' (and 'hai nước' before it), and the known body whose meeting it is
        after it ('lần thứ 25 của INTERPOL')."""
        parties = _PARTIES.match(self._rest(end))
        if parties and end + 2 <= self.n and all(self.plains[end : end + 2]):
            end += 2
        m = ORDINAL_TAIL.match(self._rest(end))
        if m:
            stop = self.ends[end - 1] + m.end()
            while end < self.n and self.ends[end] <= stop:
                end += 1
            if end + 1 < self.n and self.keys[end] == OF and self.plains[end] and self.plains[end + 1]:
                end = next((s.j for s in self.spans if s.i == end + 1 and s.type == "organization" and s.entry), end)
        return end
