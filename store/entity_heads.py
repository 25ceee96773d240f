"""Names found by their head noun: organisations ('Bộ Công an', 'Cục Hoạt động hòa bình LHQ'), events
('Hội nghị ... lần thứ 41') and places after 'tỉnh', 'thành phố', 'bang'.

A mixin of the extractor in ``store.entities``: it reads ``self.toks``, ``self.spans`` and the helpers there.
A Vietnamese organisation name is a head noun, a capitalised specific name, and lowercase syllables drawn
from the vocabulary of such names; 'về', 'và', 'của' continue a name only where what follows shows it.
"""

from __future__ import annotations

import re

from . import lexicon as X
from .entity_merge import Span
from .tokens import name_gap, plain

ORDINAL_TAIL = re.compile(r"^\s?(?:lần thứ|khóa|khoá|kỳ|lần) (?:\d{1,3}|[IVX]{1,5}|nhất|hai|ba|tư)\b", re.IGNORECASE)


class HeadNames:
    """Scans for names that start with a head noun."""

    def scan_heads(self) -> None:
        """Organisations and events from head nouns; places after 'tỉnh', 'thành phố', 'bang'."""
        people = {k for s in self.spans if s.type == "person" for k in range(s.i, s.j)}
        proper = {s.i: s.j for s in self.spans if s.type in ("place", "organization") and s.entry}
        gaz_starts = {(s.i, s.type) for s in self.spans if s.source == "gazetteer"}
        for i in range(len(self.toks)):
            if not self.toks[i].cap or i in people:
                continue
            head = self._head_at(i, X.ORG_HEADS | X.EVENT_HEADS | X.PLACE_HEADS)
            if head is None:
                continue
            head_key = self._words(i, head - i)
            if head_key in X.PLACE_HEADS and head_key not in X.ORG_HEADS:
                self._place_after(head, people)
                continue
            type_ = "event" if head_key in X.EVENT_HEADS else "organization"
            if self._words(i, 3) in X.GENERIC_BODIES or self._words(i, 2) in X.GENERIC_BODIES:
                continue
            j = self._extent(head, people, proper, head_key in X.FORCE_HEADS, type_)
            if j is not None and (i, type_) not in gaz_starts and not self._inside_gazetteer(i, j, type_):
                self.spans.append(Span(i, j, type_))

    def _inside_gazetteer(self, i: int, j: int, type_: str) -> bool:
        return any(s.source == "gazetteer" and s.type == type_ and s.i <= i and j <= s.j for s in self.spans)

    def _extent(self, k: int, people: set[int], proper: dict[int, int], force: bool, type_: str) -> int | None:
        """End of a name after its head noun, or None when no capitalised specific name follows it."""
        n, end, caps, lower_run, after_proper = len(self.toks), k, 0, 0, False
        head_end = k
        while k < n and k not in people and plain(self.toks[k].gap):
            tok = self.toks[k]
            if tok.cap or tok.upper:
                if tok.key in X.STOP_CAPS or tok.key in X.NON_ENTITY_ACRONYMS or (self._title_at(k) and k > head_end):
                    break
                if k in proper:
                    k = end = proper[k]
                    caps, lower_run, after_proper = caps + 1, 0, True
                    continue
                k, end, caps, lower_run, after_proper = k + 1, k + 1, caps + 1, 0, False
                continue
            if k == head_end and not (force and tok.key in X.PLACE_HEADS):
                return self._designation(k)
            if tok.text.isdigit() and self.toks[k - 1].key in ("số", "cấp") and caps:
                k, end = k + 1, k + 1
                continue
            if tok.key in X.BRIDGES and self._bridge_ok(k, people):
                k, lower_run = k + 1, 0
                continue
            prev = self.toks[k - 1]
            partner = lower_run == 0 and not after_proper and prev.cap and not prev.upper and k - 1 >= head_end
            placeish = tok.key in X.PLACE_HEADS and k + 1 < n and self.toks[k + 1].cap
            if not (partner or placeish or (tok.key in X.ORG_VOCAB and not after_proper)) or lower_run >= 5:
                break
            k, end, lower_run = k + 1, k + 1, lower_run + 1
        if caps == 0 or (type_ == "event" and caps < 2 and not ORDINAL_TAIL.match(self._rest(end))):
            return None
        return self._with_ordinal(end) if type_ == "event" else end

    def _designation(self, k: int) -> int | None:
        """A unit named by words and a number: 'Bệnh viện dã chiến cấp 2 số 5' (no capital after the head)."""
        for m in range(k, min(len(self.toks), k + 8)):
            tok = self.toks[m]
            if not tok.plain:
                return None
            if tok.text.isdigit():
                if self.toks[m - 1].key == "số":
                    return m + 1
                if self.toks[m - 1].key != "cấp":
                    return None
                continue
            if tok.key not in X.ORG_VOCAB and tok.key not in ("số", "cấp", "dã", "chiến"):
                return None
        return None

    def _title_at(self, k: int) -> bool:
        return any(self._words(k, n) in X.TITLE_WORDS for n in (2, 3)) or (
            self.toks[k].key in X.TITLE_WORDS and self.toks[k].key not in X.ORG_VOCAB
        )

    def _bridge_ok(self, k: int, people: set[int]) -> bool:
        """'và' joins a name to a capitalised part that is not another body; 'về', 'của' need one soon."""
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        if nxt is None or not plain(nxt.gap) or k + 1 in people:
            return False
        if self.toks[k].key in ("và", "về") and not nxt.cap and self._vocab_to_end(k + 1, 3 if nxt.key != "và" else 4):
            return True
        if self.toks[k].key == "và" and not nxt.cap:
            return False
        if self.toks[k].key == "và":
            return nxt.cap and nxt.key not in X.STOP_CAPS and not self._head_at(k + 1, X.ORG_HEADS) and not any(
                s.i == k + 1 for s in self.spans) and not self._title_at(k + 1)
        for m in range(k + 1, min(len(self.toks), k + 6)):
            tok = self.toks[m]
            if not plain(tok.gap) or m in people:
                return False
            if tok.cap or tok.upper:
                # 'về gìn giữ hòa bình LHQ', 'của Liên Hợp Quốc': only a known body continues the name
                return any(s.i == m and s.type == "organization" and s.entry for s in self.spans)
            if tok.key not in X.ORG_VOCAB:
                return False
        return False

    def _vocab_to_end(self, k: int, most: int = 4) -> bool:
        """True when one to ``most`` name words ('đường cao tốc', 'về ma túy') close the name before punctuation."""
        for m in range(k, min(len(self.toks), k + most)):
            if self.toks[m].key not in X.ORG_VOCAB:
                return False
            if m + 1 >= len(self.toks) or not plain(self.toks[m + 1].gap):
                return True
        return False

    def _rest(self, end: int) -> str:
        at = self.toks[end - 1].end
        return self.body[at : at + 24]

    def _with_ordinal(self, end: int) -> int:
        """Extend an event name over 'lần thứ 3'."""
        m = ORDINAL_TAIL.match(self._rest(end))
        if m:
            stop = self.toks[end - 1].end + m.end()
            while end < len(self.toks) and self.toks[end].end <= stop:
                end += 1
        return end

    def _place_after(self, head: int, people: set[int]) -> None:
        j = head
        while j < len(self.toks) and j < head + 4 and self.toks[j].cap and name_gap(self.toks[j].gap) and j not in people:
            j += 1
        if j > head and not any(s.i <= head and j <= s.j for s in self.spans):
            self.spans.append(Span(head, j, "place"))

