"""Titles and ranks of people: the post before a name ('Thượng tướng', 'Deputy Minister Lieutenant General')
and the posts after it (', Thứ trưởng Bộ Công an', ', Trưởng Phái đoàn ... tại Liên hợp quốc').

A mixin of the extractor in ``store.entities``: it reads the token lists and spans there. A title after a
name runs through the body it names and ends with it: at a verb, after a country, at the end of a body
the gazetteer knows.
"""

from __future__ import annotations

from . import lexicon as X
from .text import match_key

_TITLE_NAME_WORDS = (X.ORG_VOCAB | X.BRIDGES | {w for head in X.ORG_HEADS for w in head.split(" ")}
                     | frozenset("nước cộng hòa dân chủ nhân xã hội nghĩa liên bang kiêm".split()))
"""Lowercase words inside the body a title names ('Bộ trưởng Bộ An ninh nước Cộng hòa dân chủ nhân dân Lào')."""
_POLITIES = frozenset(("dân chủ nhân dân", "xã hội chủ nghĩa"))
_DEGREES = frozenset(("gs", "pgs", "ts", "ths", "bác sĩ", "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "kỹ sư"))
"""Degrees a rank may stand before, with a comma ('Đại tá, Bác sĩ')."""
_SUSPECT = match_key("đối tượng")
_AFTER_BODY = frozenset(("nước", "về", "và", "của", "tại", "bên"))
"""Lowercase words that may go on after a known body's name inside a title ('... Bộ Công an nước CHDCND Lào')."""


class TitleRules:
    """Where the title phrases around a person's name start and end."""

    def _title_before(self, i: int) -> int | None:
        """Start of the title phrase ('Thứ trưởng Ngoại giao nước Cộng hòa Haiti') that leads to token ``i``."""
        keys, plains, found = self.keys, self.plains, None
        for k in range(i - 1, max(-1, i - 16), -1):
            if not (plains[k + 1] or self._abbreviated(k)) or k in self.named:
                break
            if keys[k] in X.TITLE_FIRST_WORDS and any(
                    self._words(k, n) in X.TITLE_WORDS for n in (3, 2, 1) if k + n <= i):
                if self._inside_head(k):
                    break  # 'Bộ Tư lệnh Vùng Cảnh sát biển 1': a body's head noun, no commander
                found = k  # before the stop words: 'Chủ tịch' is a title, 'chủ trì' a verb
                if keys[k] in X.HONORIFICS or (k == i - 1 and not self._ends_longer_title(k)):
                    break
            elif keys[k] in X.TITLE_STOP:
                break
        return found if found is None else self._with_rank_before(found)

    def suspect_before(self, i: int) -> bool:
        """'đối tượng Sổm Phết': the word for a suspect right before token ``i`` says a person is named there
        (it is no title of theirs)."""
        return i >= 2 and self.plains[i] and self.plains[i - 1] and self._words(i - 2, 2) == _SUSPECT

    def _inside_head(self, k: int) -> bool:
        """The title word at ``k`` ends a body's head noun ('Tư lệnh' in 'Bộ Tư lệnh', 'Chỉ huy' in 'Bộ Chỉ huy')."""
        return k > 0 and self.plains[k] and any(self._words(k - 1, n) in X.ORG_HEADS for n in (2, 3))

    def _abbreviated(self, k: int) -> bool:
        """'Gen.' in 'Sen. Lt. Gen. Luong Tam Quang': a title word written short, its full stop inside the title."""
        return k + 1 < self.n and self.gaps[k + 1] in (". ", ".") and self.keys[k] in X.ABBREVIATED_TITLE_WORDS

    def _with_rank_before(self, k: int) -> int:
        """'Thiếu tướng, PGS.TS Nguyễn Minh Chính', 'Đại tá, Bác sĩ Phạm Văn Hiền': a degree's title starts at the
        rank written before it."""
        if not any(self._words(k, n) in _DEGREES for n in (1, 2)):
            return k
        while k > 0 and self.gaps[k] == "." and self.keys[k - 1] in _DEGREES:
            k -= 1  # 'PGS.TS'
        if k > 0 and self.gaps[k] == ", ":
            for n in (2, 1):
                if k - n >= 0 and self._words(k - n, n) in X.RANKS and (n == 1 or self.plains[k - 1]):
                    return k - n
        return k

    def _known_bodies(self) -> list[tuple[int, int]]:
        """Token ranges of the bodies the gazetteer named: a title that enters one names all of it."""
        if self._bodies is None:
            self._bodies = [(s.i, s.j) for s in self.spans if s.type == "organization" and s.entry is not None]
        return self._bodies

    def _place_ends(self) -> frozenset[int]:
        """Tokens right after a place the gazetteer knows: a country ends the body a title names."""
        if self._places is None:
            self._places = frozenset(s.j for s in self.spans if s.type == "place")
        return self._places

    def _ends_longer_title(self, k: int) -> bool:
        """'General' in 'Lieutenant General': the word ends a longer title that starts before it."""
        return any(self._words(k - m, m + 1) in X.TITLE_WORDS for m in (1, 2) if k - m >= 0)

    def _title_len(self, a: int) -> int:
        """How many words of a title ('Phó Tổng Thư ký') start at token ``a``, or 0."""
        if self.keys[a] not in X.TITLE_FIRST_WORDS:
            return 0
        found = next((n for n in (4, 3, 2, 1) if a + n <= self.n and self._words(a, n) in X.TITLE_WORDS), 0)
        if self.keys[a] == "phó" and found <= 1 and a + 1 < self.n and self.plains[a + 1]:
            deputy_of = self._title_len(a + 1)  # 'Phó Tổng Cảnh sát trưởng': a deputy of any post
            return deputy_of + 1 if deputy_of else found
        return found

    def _after_english_title(self, a: int, b: int) -> int:
        """'Minister of Public Security General Lương Tam Quang': the name starts at the last English rank or
        post inside a run of capitalised words (English editions put the post's words before it)."""
        for name_at in range(b - 1, a + 1, -1):
            for p in range(max(a, name_at - 3), name_at):
                if self._words(p, name_at - p) in X.ENGLISH_TITLES:
                    return p  # the longest title ending there: 'Senior Lieutenant General'
        return a

    def _titles(self, a: int, b: int, title: int | None) -> tuple[str, ...]:
        titles = []
        if title is not None:
            titles.append(self._text(title, a) + ("." if self.gaps[a].startswith(".") else ""))  # 'Sen. Lt. Gen.'
        k, n = b, self.n
        while k + 1 < n and self.gaps[k].strip() == "," and len(titles) < 4:
            if not self._title_len(k):  # 'Tổng Cảnh sát trưởng', 'Phó Tổng Cảnh sát trưởng'
                break
            rank = next((m for m in (2, 1) if self._words(k, m) in X.RANKS), 0)
            if rank and k + rank < n and self.caps[k + rank] and self.plains[k + rank]:
                break  # ', Thiếu tá Nguyễn Thị Phương Hoa có ...': the next person, named with a rank
            end, named = k + max(1, self._title_len(k)), False
            while end < n and (self.plains[end] or self.joiners[end] == ".") and end - k < 14:  # 'Công an TP.HCM'
                key = self.keys[end]
                if end + 4 <= n and self._words(end, 4) in _POLITIES:  # '... Cộng hòa dân chủ nhân dân Lào'
                    end += 4
                    continue
                if key in X.TITLE_STOP:
                    break
                post = self._title_len(end)
                if post:  # 'Đặc phái viên của Tổng Thư ký LHQ'
                    end += post
                    continue
                body_end = next((j for i, j in self._known_bodies() if i < end < j), None)
                if body_end is not None:  # 'Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc'
                    end, named = body_end, True
                    if end < n and self.plains[end] and not self.caps[end] and self.keys[end] not in _AFTER_BODY:
                        break  # 'Thứ trưởng Bộ Quốc phòng dự và chủ trì': the known body has ended the title
                    continue
                if self.words[end].isdigit() and self.keys[end - 1] == "số":
                    end += 1  # 'Đội trưởng Đội Công binh số 3'
                    continue
                if named and not self.caps[end] and (key not in _TITLE_NAME_WORDS or end in self._place_ends()
                                                     or self._words(end, 2) == "phụ trách"):
                    break  # ', Thứ trưởng Bộ Công an làm trưởng đoàn', '... Campuchia nhân chuyến thăm': it has ended
                named = named or self.caps[end]
                end += 1
            titles.append(self._text(k, end))
            k = end
        return tuple(dict.fromkeys(" ".join(t.split()) for t in titles))
