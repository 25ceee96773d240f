"""Places named in lists: a mixin of the extractor in ``store.entities``.

A name no rule knows, listed after a place the article names and closed by 'và' / 'and', is a place too
('tại Sihanoukville và Bavet'); with a plural place noun before or after the list ('ba tỉnh Svay Riêng, Prey
Veng và Tbong Khmum', 'in Bokeo, Luang Namtha and Houaphanh provinces') even the names read as foreign
people are.
"""

from __future__ import annotations

from . import lexicon as X
from .entity_heads import ORG_EVENT_HEADS
from .entity_merge import Span
from .tokens import VIET_ONLY, vietnamese_syllable

_AND = frozenset(("và", "and"))
_PLURAL_WORDS = frozenset(("các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"))
"""Words that count the place nouns after them: a list of places follows ('ba tỉnh Svay Riêng, Prey Veng và ...')."""
_ENGLISH_PLACE_NOUNS = frozenset(("village", "villages", "town", "towns", "city", "cities", "province", "provinces",
                                  "state", "states", "district", "districts", "county", "region", "regions",
                                  "island", "islands", "countries"))
"""English place nouns before 'of' and a name ('the villages of Agok and Rumamier', 'the town of Bor'), and in the
plural after a list ('in Bokeo, Luang Namtha and Houaphanh provinces')."""
_PLURAL_PLACE_NOUNS = frozenset(noun for noun in _ENGLISH_PLACE_NOUNS if noun.endswith("s"))


_AT_WORDS = frozenset(("in", "tại", "ở"))
"""Words before a town named with its country after a comma."""


class ListedPlaces:
    """Places listed after a place."""

    def scan_english_place_nouns(self) -> None:
        """'the villages of Agok and Rumamier', 'the town of Bor': names after a lowercase English place noun and
        'of' are places, and so is a list of them; so are names before one ('in Sa Kaeo and Tak provinces') and a
        name after 'in' read as a foreigner's ('in Nong Khai')."""
        taken = {k for s in self.spans for k in range(s.i, s.j)}
        for i in range(self.n - 2):
            if self.keys[i] not in _ENGLISH_PLACE_NOUNS or self.caps[i] or self.keys[i + 1] != "of" \
                    or not (self.plains[i + 1] and self.plains[i + 2] and self.caps[i + 2]):
                continue
            places = {s.i: s.j for s in self.spans if s.type == "place"}
            first = places.get(i + 2) or self._unknown_name(i + 2, taken)
            if first is None:
                continue
            found = [] if i + 2 in places else [(i + 2, first)]
            plural = self.keys[i] in _PLURAL_PLACE_NOUNS
            found += self._list_items(first, places, taken, self._untitled_foreigners() if plural else {})
            self._as_places(found, taken)
        for i in range(1, self.n):  # 'in Sa Kaeo and Tak provinces', 'Kunduz province': the noun after the names
            if self.keys[i] in _ENGLISH_PLACE_NOUNS and not self.caps[i] and self.plains[i] and self.caps[i - 1]:
                people = {k for s in self.spans if s.type == "person" and s.entry is None for k in range(s.i, s.j)}
                self._as_places(self._names_before(i, taken - people, self.keys[i] in _PLURAL_PLACE_NOUNS), taken)
        foreigners = self._untitled_foreigners()  # 'in Nong Khai': a name read as a foreigner's, after 'in'
        self._as_places([(a, b) for a, b in foreigners.items() if a and self.keys[a - 1] == "in" and self.plains[a]], taken)

    def _towns_of_countries(self, taken: set[int]) -> list[tuple[int, int]]:
        """'in Semarang, Indonesia', 'tại Labuan Bajo, Indonesia': a capitalised word no rule took, or a name read
        as an untitled foreigner's, after 'in' / 'tại' / 'ở' and before a comma and a country the gazetteer
        knows, is a place in that country."""
        countries = {s.i for s in self.spans if s.type == "place" and s.entry is not None}
        foreigners = self._untitled_foreigners()
        found = []
        for k in range(1, self.n - 1):
            if self.keys[k - 1] not in _AT_WORDS or not self.caps[k] or not self.plains[k]:
                continue
            j = foreigners.get(k) or (k + 1 if k not in taken else None)
            if j is not None and j < self.n and self.gaps[j] == ", " and j in countries:
                found.append((k, j))
        return found

    def _as_places(self, found: list[tuple[int, int]], taken: set[int]) -> None:
        """Tokens a..b-1 of each pair name a place (no person)."""
        for a, b in found:
            self.spans = [s for s in self.spans if not (s.i == a and s.j == b and s.type == "person")]
            self.spans.append(Span(a, b, "place"))
            taken.update(range(a, b))

    def _names_before(self, i: int, taken: set[int], plural: bool) -> list[tuple[int, int]]:
        """The capitalised names no rule took (but a person's) right before the place noun at token ``i``: one,
        or (before a plural noun) a list of them joined by commas and 'and'."""
        found, b = [], i
        while b > 0 and len(found) < 6:
            a = b
            while a > 0 and b - a < 3 and self.caps[a - 1] and (a == b or self.plains[a]) and a - 1 not in taken \
                    and self.keys[a - 1] not in X.FOREIGN_STOP:
                a -= 1
            if a == b:
                break
            found.append((a, b))
            if not plural or a < 2 or not (self.keys[a - 1] in _AND or self.gaps[a] == ", "):
                break
            b = a - 1 if self.keys[a - 1] in _AND else a
        return found

    def scan_listed_places(self) -> None:
        """'tại Sihanoukville và Bavet', 'các tỉnh Xiêng Khoảng, Hủa Phăn và Bôlykhămxay': names no rule knows,
        listed after a place the article names and closed by 'và' / 'and', are places too."""
        places = {s.i: s.j for s in self.spans if s.type == "place"}
        taken = {k for s in self.spans for k in range(s.i, s.j)}
        foreigners = self._untitled_foreigners()
        for first, end in sorted(places.items(), key=lambda item: item[1]):
            items = self._list_items(end, places, taken, foreigners)
            if any(a in foreigners for a, _ in items) and not self._plural_place_noun_around(first, items[-1][1]):
                items = self._list_items(end, places, taken, {})
            for a, b in items:
                self.spans = [s for s in self.spans if not (s.i == a and s.j == b and s.type == "person")]
                self.spans.append(Span(a, b, "place"))
                taken.update(range(a, b))
        self._as_places(self._towns_of_countries(taken), taken)

    def _untitled_foreigners(self) -> dict[int, int]:
        """People found by their names alone, with no title before them and no Vietnamese surname ('Prey Veng'
        in 'ba tỉnh Svay Riêng, Prey Veng và Tbong Khmum'): in a list with a plural place noun, places."""
        return {s.i: s.j for s in self.spans if s.type == "person" and s.entry is None and self.keys[s.i] not in
                X.SURNAMES and self._title_before(s.i) is None}

    def _plural_place_noun_around(self, i: int, j: int) -> bool:
        """'các tỉnh', 'ba tỉnh' right before token ``i``, or 'provinces' right after token ``j - 1``: the list
        from ``i`` to ``j`` names places."""
        if j < self.n and self.plains[j] and self.keys[j] in _PLURAL_PLACE_NOUNS:
            return True
        noun = self.admin_noun_before(i)
        k = i - 1 - noun.count(" ") - 1 if noun else -1
        return k >= 0 and self.plains[k + 1] and self.keys[k] in _PLURAL_WORDS

    def _list_items(self, k: int, places: dict[int, int], taken: set[int],
                    foreigners: dict[int, int]) -> list[tuple[int, int]]:
        """The unknown names of a list that goes on after token ``k`` (', X', ' và Y'), if 'và' closes it."""
        found = []
        while k + 1 < self.n:
            closing = self.keys[k] in _AND and self.plains[k] and self.plains[k + 1]
            if not (closing or self.gaps[k] == ", "):
                return []
            a = k + 1 if closing else k
            b = places.get(a) or foreigners.get(a) or self._unknown_name(a, taken)
            if b is None:
                return []
            if a not in places:
                found.append((a, b))
            if closing:
                return found
            k = b
        return []

    def _unknown_name(self, a: int, taken: set[int]) -> int | None:
        """End of one to three capitalised words from token ``a`` that no rule took and that start no body,
        title or longer name."""
        b = a
        while b < self.n and b < a + 3 and self.caps[b] and (b == a or self.plains[b]) and b not in taken:
            b += 1
        goes_on = b < self.n and self.plains[b] and (self.caps[b] or self.keys[b] in X.ORG_VOCAB)
        if b - a == 1 and VIET_ONLY.search(self.words[a]) and vietnamese_syllable(self.words[a]):
            return None  # 'và Thỏa thuận': a Vietnamese syllable no gazetteer knows opens a common noun
        if b == a or goes_on or self._head_at(a, ORG_EVENT_HEADS) or self._title_len(a) or any(
                key in X.FOREIGN_STOP or key in X.STOP_CAPS for key in self.keys[a:b]):
            return None
        return b
