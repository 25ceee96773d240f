"""English editions' names: a mixin of the extractor in ``store.entities``.

English text writes Vietnamese names without diacritics ('Ha Noi', 'To Lam'), puts an English body's head
noun last ('African Union') or first ('Ministry of Interior of Cambodia'), and marks possession with "'s",
which ends a name ("Vietnam's Ministry of Public Security").
"""

from __future__ import annotations

from . import lexicon as X
from .entity_gazetteer import ORDINAL_EN
from .entity_heads import HOME_PLACE
from .entity_merge import Span
from .text import fold_key
from .tokens import vietnamese_syllable

POSSESSIVE = ("'s", "’s")
_ENGLISH_LINKS = frozenset(("for", "of", "on", "in", "the", "and"))
_FOLDED_SURNAMES = frozenset(fold_key(name) for name in X.SURNAMES)
_SITE_HEADS = frozenset(("centre", "center", "office"))
"""English head nouns a body's city may follow in its name ('Regional Service Centre Entebbe')."""
_PORTFOLIO_ENDS = frozenset(("services", "operations", "affairs", "relations", "programmes", "programs", "matters"))
"""Plural nouns that end a post's portfolio ('of Police Services'), never a first name: the name comes after."""
_ENGLISH_DETERMINERS = frozenset(("its", "the", "their", "this", "that", "a", "an", "our", "his", "her"))


_HOME = frozenset((HOME_PLACE, "place:hà nội"))
"""Vietnam, and its capital as English writes it for the government ("Hanoi's Ministry of Public Security")."""


class EnglishRules:
    """Names as English editions write them."""

    def read_without_diacritics(self) -> None:
        """English text writes 'Ha Noi', 'Dien Bien': the gazetteer scan compares names without diacritics."""
        folded: dict[str, str] = {}
        self.scan_keys = [folded.get(k) or folded.setdefault(k, fold_key(k)) for k in self.keys]
        self.scan_gaz = self.gaz.folded()
        for i, key in enumerate(self.scan_keys):
            if key.endswith(POSSESSIVE) and key not in self.scan_gaz.prefixes and key not in self.scan_gaz.by_key:
                self.scan_keys[i] = key[:-2]  # "Vietnam's Ministry", "the Ministry of Public Security's Office"

    def _english_long_name(self, i: int) -> Span | None:
        """'Interim Security Force for Abyei (UNISFA)': an English body's name, then its place or purpose in
        capitalised words and 'for', 'of', 'on' up to the bracket."""
        for s in sorted(self.spans, key=lambda s: -s.j):  # the name nearest the bracket: 'ASEAN Ministerial Meeting'
            if s.type in ("organization", "event") and i - 5 <= s.j < i and all(
                    self.plains[k] and (self.caps[k] or self.keys[k] in _ENGLISH_LINKS) for k in range(s.j, i)):
                span = Span(s.i, i, s.type)  # and a rule's name inside it ('Interim Security Force') was only a part
                self.spans = [t for t in self.spans if not (t.source == "rule" and t.entry is None and
                                                            t.type == s.type and s.i <= t.i and t.j <= i)]
                self.spans.append(span)
                return span
        return None

    def _undiacritised_name(self, a: int, b: int) -> bool:
        """'To Lam met ...' in English text: a Vietnamese name written without diacritics, by its surname."""
        return self.scan_keys is not self.keys and self.scan_keys[a] in _FOLDED_SURNAMES and all(
            vietnamese_syllable(w) for w in self.words[a:b])

    def _english_name_start(self, a: int, b: int) -> int:
        """Where the name starts in a capitalised run: after its last English stop word ('for Peace Operations
        Jean-Pierre Lacroix') or title ('Party General Secretary To Lam'); 'To' after a title, or opening a
        sentence as a name the article already gave, is the surname."""
        start = a
        for k in range(a, b):
            title = self._english_title_ending(k)
            if (title or self.keys[k] in _PORTFOLIO_ENDS) and k < b - 2:
                start = k + 1  # 'Executive Director of Police Services | Stephen Kavanagh'
            elif self.keys[k] in X.FOREIGN_STOP and not (k > 0 and self._english_title_ending(k - 1)) and not (
                    k == a and self._key(k, b) in self._people_found()) and not self._surname_to(a, k, b) \
                    and not (k > a and 2 <= b - k <= 3 and self._undiacritised_name(k, b)):
                start = k + 1  # but 'Minister of Public Security To Lam': 'To' opens the name
        return start

    def foreign_ministries(self) -> None:
        """'the Lao Ministry of Public Security', "China's Ministry of Public Security": a ministry the gazetteer
        knows as Vietnam's, after another country's adjective or name, is that country's ministry (as 'Bộ Công
        an Trung Quốc' is China's), or before 'of' and another country's name."""
        countries = {t.j: t for t in self.spans if t.type == "place" and t.entry and t.entry.key not in _HOME}
        starts = {t.i: t for t in countries.values()}
        for s in [s for s in self.spans if s.type == "organization" and s.entry and s.entry.name.startswith("Bộ ")]:
            after = s.j + 1 + self._the_after(s.j)
            if self._of_capital(s.j) and after in starts:  # 'the Ministry of Foreign Affairs of the Republic of Korea'
                self.spans.remove(s)
                self.spans.append(Span(s.i, starts[after].j, "organization"))
                continue
            k = s.i - 1
            if k < 0 or not self.plains[s.i] or not self.caps[k]:
                continue
            if self.keys[k] in X.ENGLISH_DEMONYMS and self.keys[k] != "vietnamese":
                self.spans = [t for t in self.spans if t is not s and not (t.i == k and t.j == k + 1)]
                self.spans.append(Span(k, s.j, "organization"))  # 'the Lao Ministry of Public Security'
            elif s.i in countries and self.words[k].endswith(POSSESSIVE):
                self.spans.remove(s)  # "China's Ministry of Public Security"
                self.spans.append(Span(countries[s.i].i, s.j, "organization"))

    def _known_acronym_before(self, a: int) -> bool:
        """A known body's acronym right before token ``a`` ('the MPS | Office')."""
        return a > 0 and self.plains[a] and self.uppers[a - 1] and any(
            s.j == a and s.type == "organization" and s.entry for s in self.spans)

    def _purpose_of_a_body(self, a: int, b: int) -> bool:
        """'the Australian Centre to Counter Child Exploitation': capitalised words after an English body's head
        noun and 'to' say what the body is for; they join its name (no person 'Counter Child Exploitation')."""
        k = a - 1
        if k < 1 or self.keys[k] != "to" or not self.plains[k] or not self.plains[a]:
            return False
        body = next((s for s in self.spans if s.j == k and s.type == "organization" and s.entry is None
                     and self.keys[k - 1] in X.ENGLISH_ORG_HEADS), None)
        if body is None:
            return False
        self.spans.remove(body)
        self.spans.append(Span(body.i, b, "organization"))
        return True

    def _english_body_at_place(self, a: int, b: int) -> bool:
        """'Regional Service Centre Entebbe': an English body's head noun, then the one word of its place."""
        return b - a >= 3 and self.keys[b - 2] in X.ENGLISH_ORG_HEADS and self.keys[b - 1] not in X.FOREIGN_STOP \
            and not self._english_title_ending(b - 1) and not self._undiacritised_name(b - 1, b)

    def _surname_to(self, a: int, k: int, b: int) -> bool:
        """'Tran Quoc To', 'Pham The Tung': a capitalised stop word ('To', 'The') within two words after a
        Vietnamese surname, in a name of at most four syllables up to the run's end, is one of its names."""
        return any(self._undiacritised_name(s, b) for s in range(max(a, k - 2), k) if b - s <= 4)

    def _english_title_ending(self, k: int) -> bool:
        """Token ``k`` ends an English title ('General', 'Gen.', 'General Secretary')."""
        return self._abbreviated(k) or any(self._words(k - m, m + 1) in X.ENGLISH_TITLES for m in (0, 1, 2) if k >= m)

    def _people_found(self) -> set[str]:
        """Keys of the people found so far in this article."""
        return {self._key(s.i, s.j) for s in self.spans if s.type == "person"}

    def _english_body(self, a: int, b: int) -> None:
        """An English body's or meeting's name: without the word that opened the sentence ('Its National
        Central Bureau'), with the acronym of the body it belongs to ('INTERPOL Executive Committee', 'ASEAN
        Ministerial Meeting') or the country before it ('South Sudan National Police')."""
        while a < b - 1 and self.keys[a] in _ENGLISH_DETERMINERS:
            a += 1
        known = next((s for s in self.spans if s.j == a and s.type == "organization" and s.entry), None)
        if a > 0 and self.plains[a] and known is not None and (self.uppers[a - 1] or known.i == a - 1) \
                and not self.words[a - 1].endswith(POSSESSIVE):
            a = known.i  # 'INTERPOL Executive Committee', 'Interpol Asian Regional Conference'
        elif a > 0 and self.plains[a] and not self.words[a - 1].endswith(POSSESSIVE):
            # 'South Sudan National Police': the country the force belongs to (but "the UK's" only says whose)
            a = next((s.i for s in self.spans if s.j == a and s.type == "place"), a)
        event = self.keys[b - 1] in X.ENGLISH_EVENT_HEADS
        if event:
            a = self._event_name_start(a)
        if self.keys[b - 1] in _SITE_HEADS and b < self.n and self.plains[b]:  # 'Regional Service Centre Entebbe'
            b = next((s.j for s in self.spans if s.i == b and s.type == "place"), b)
        elif not event and self._of_capital(b):  # 'the Security Council of the Russian Federation'
            after = b + 1 + self._the_after(b)
            b = next((s.j for s in self.spans if s.i == after and s.entry and (
                (s.type == "place" and s.entry.key != HOME_PLACE)
                or (s.type == "organization" and after == b + 1 and self.uppers[after]))), b)  # '... Bureau of INTERPOL'
        self.spans.append(Span(a, b, "event" if event else "organization"))

    def _event_name_start(self, a: int) -> int:
        """Where an English meeting's name that a rule starts at token ``a`` really starts: over capitalised words
        and 'of' before it ('Chiefs of | Police Conference'), a known body in capitals before those ('ASEAN') and
        an ordinal ('46th')."""
        k = a
        if k >= 2 and self.keys[k - 1] == "of" and self.plains[k] and self.plains[k - 1] and self.caps[k - 2]:
            k -= 1
            while k > 0 and k - 1 >= a - 5 and self.caps[k - 1] and self.plains[k]:
                k -= 1
        if k > 0 and self.plains[k] and ORDINAL_EN.match(self.words[k - 1]):
            k -= 1
        return k

    def scan_english_heads(self) -> None:
        """'Ministry of Interior of Cambodia', 'Department of Peace Operations': an English head noun first,
        then 'of' and the capitalised name, and the country the body belongs to."""
        taken = {k for s in self.spans for k in range(s.i, s.j)}
        for i in self.capitals:
            h = i + 1 if self.keys[i] == "general" and i + 1 < self.n and self.plains[i + 1] else i
            of = h + 2 if h + 1 < self.n and self.keys[h + 1] == "general" and self.plains[h + 1] else h + 1
            if self.keys[h] not in X.ENGLISH_ORG_HEADS or not self._of_capital(of):
                continue  # 'Ministry of Interior', 'Consulate General of Japan', 'General Commissariat of ...'
            if i in taken and not self._drop_demonym_name(h) and not self._drop_general_head(i, h):
                continue
            name = of + 1 + self._the_after(of)
            j = max([self._capitals_from(name)] + [s.j for s in self.spans if s.i == name and s.type == "place"])
            if self._of_capital(j) and any(s.i == j + 1 and s.type == "place" for s in self.spans):
                j = self._capitals_from(j + 1)
            start = next((s.i for s in self.spans if s.j == i and s.type == "place" and self.plains[i]
                          and not self.words[i - 1].endswith(POSSESSIVE)), i)  # "Cambodia's" only says whose
            self.spans.append(Span(start, j, "organization"))  # 'the Ho Chi Minh City Department of Public Security'
            taken.update(range(start, j))

    def _drop_general_head(self, i: int, h: int) -> bool:
        """Drop the rule's 'General Commissariat' (token ``i`` to head ``h``): the name goes on after 'of'."""
        if h == i:
            return False
        found = [s for s in self.spans if s.i == i and s.j == h + 1 and s.entry is None and s.source == "rule"]
        self.spans = [s for s in self.spans if s not in found]
        return bool(found)

    def _drop_demonym_name(self, i: int) -> bool:
        """Drop the rule's name that ends in head ``i`` after adjectives of nationality only ('Cambodian
        Ministry' of 'the Cambodian Ministry of Interior'): the head's own name follows it."""
        found = [s for s in self.spans if s.j == i + 1 and s.entry is None and s.source == "rule" and all(
            self.keys[k] in X.ENGLISH_DEMONYMS for k in range(s.i, i))]
        self.spans = [s for s in self.spans if s not in found]
        return bool(found)

    def _of_capital(self, k: int) -> bool:
        """'of' at token ``k``, a capitalised word after it (or after 'the': 'of the Republic of Korea')."""
        the = self._the_after(k)
        k += the
        return k + 1 < self.n and self.keys[k] == ("the" if the else "of") and self.plains[k] and self.plains[k + 1] \
            and self.caps[k + 1]

    def _the_after(self, k: int) -> int:
        """1 where 'of the' and a capitalised name start at token ``k``, else 0."""
        return int(k + 2 < self.n and self.keys[k] == "of" and self.keys[k + 1] == "the" and all(
            self.plains[k : k + 3]) and not self.caps[k + 1] and self.caps[k + 2])

    def _capitals_from(self, k: int) -> int:
        """End of the run of capitalised words from token ``k``."""
        while k < self.n and self.caps[k] and self.plains[k]:
            k += 1
        return k
