"""Named entities in Vietnamese news text: people with their titles, organisations, places, events.

Rules over tokens, no model: a gazetteer scan (longest match), acronyms and 'long name (ACRONYM)'
definitions, people found by titles, honorifics, surnames and the shape of foreign names, and
organisations, events and places found by their head nouns ('Bộ', 'Cục', 'Hội nghị', 'tỉnh').
A Vietnamese organisation name is a head noun, a capitalised specific name, and lowercase
syllables drawn from the vocabulary of such names ('Cục Hoạt động hòa bình LHQ'). Spellings of
one thing in one article resolve to one entity; keys merge entities across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as X
from .dates_en import looks_english
from .entity_heads import CLOSING_QUOTES, HEAD_FIRST_WORDS, OPENING_QUOTES, ORG_EVENT_HEADS, HeadNames
from .entity_lists import ListedPlaces
from .entity_places import GATE_NOUNS
from .entity_merge import HOME_SUFFIX, Mention, Span, display_name, drop_nested, merge_short_forms, org_ident
from .entity_english import POSSESSIVE, EnglishRules
from .entity_gazetteer import KnownNames
from .entity_titles import TitleRules
from .gazetteer import Entry, Gazetteer, entity_key, load_gazetteer
from .tokens import VIET_ONLY, tokenize, vietnamese_syllable

__all__ = ["Mention", "extract_entities"]

_PLACE_WORD_ENDS = frozenset(w.split(" ")[-1] for w in X.NOT_PERSON_BEFORE | X.ORG_HEADS | X.PLACE_HEADS)
"""The last words of what ``_after_place_word`` looks for: most names follow none of them."""
_FORCE_WORD = "lực lượng"
_SUFFIXES = frozenset(("jr", "sr"))
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|\d{1,4})$")


class _Extractor(KnownNames, HeadNames, TitleRules, EnglishRules, ListedPlaces):
    """One pass over one body. Tokens are parallel lists; scans visit capitalised words only."""

    def __init__(self, body: str, gaz: Gazetteer) -> None:
        self.body = body
        self.gaz = gaz
        t = tokenize(body)
        self.words, self.keys, self.caps, self.uppers = t.words, t.keys, t.caps, t.uppers
        self.gaps, self.plains, self.joiners = t.gaps, t.plains, t.joiners
        self.starts, self.ends, self.n = t.starts, t.ends, len(t.words)
        self.capitals = [i for i, cap in enumerate(t.caps) if cap]
        self.acronyms = [i for i, upper in enumerate(t.uppers) if upper]
        self.spans: list[Span] = []
        self.defined: dict[str, Entry] = {}
        self.scan_keys, self.scan_gaz = self.keys, gaz
        """What the gazetteer scan compares: the keys, or (English text) the keys without diacritics."""
        self.named: set[int] = set()
        """Tokens of the people found so far: a title before a later name never reaches back into them."""
        self._places: frozenset[int] | None = None
        self._bodies: list[tuple[int, int]] | None = None
        self._place_names: dict[int, tuple[int, str]] | None = None

    def _text(self, i: int, j: int) -> str:
        return self.body[self.starts[i] : self.ends[j - 1]]

    def _key(self, i: int, j: int) -> str:
        keys, joiners = self.keys, self.joiners
        return keys[i] + "".join((joiners[k] or " ") + keys[k] for k in range(i + 1, j))

    def _words(self, i: int, n: int) -> str:
        """The keys of ``n`` words from token ``i``; '' past the end (a shorter phrase is not the one asked for)."""
        return " ".join(self.keys[i : i + n]) if i + n <= self.n else ""

    # acronyms ---------------------------------------------------------------------------------
    def scan_acronyms(self) -> None:
        """Unknown acronyms that name bodies: UN agencies and missions, '-POL' bodies."""
        covered = {k for s in self.spans for k in range(s.i, s.j)}
        for i in self.acronyms:
            if i not in covered and self.keys[i] not in X.NON_ENTITY_ACRONYMS:
                if re.match(r"^UN[A-Z]{2,}$|^[A-Z]{3,}POL$", self.words[i]):
                    self.spans.append(Span(i, i + 1, "organization"))

    def definitions(self) -> None:
        """'Long name (ACRONYM)': the long name becomes a spelling of the acronym's entity."""
        n, gaps, plains, words = self.n, self.gaps, self.plains, self.words
        codes = [i for i in range(1, n) if gaps[i].endswith("(") and X.UNIT_CODE.match(words[i])]
        for i in sorted({*self.acronyms, *codes}):  # 'UNODC', and a unit's code: '(A05)', '(C03)'
            if not (gaps[i].endswith("(") and i > 0 and self.keys[i] not in X.NON_ENTITY_ACRONYMS):
                continue
            j = i + 1
            while j < n and j < i + 3 and plains[j] and (_ROMAN.match(words[j]) or self.caps[j]):
                j += 1  # 'UNCOPS 2024', 'NCB Hà Nội'
            if j < n and not gaps[j].startswith(")"):
                continue
            long_span = self._long_name_before(i, self.gaz.get(self._key(i, j)))
            if long_span is not None:
                self._define(long_span, i, j)

    def _define(self, long_span: Span, i: int, j: int) -> None:
        acr_key = self._key(i, j)
        entry = self.gaz.get(acr_key)
        if entry is None:
            name = display_name(self._text(long_span.i, long_span.j))
            entry = Entry(name, long_span.type, None, entity_key(long_span.type, self._text(i, j)))
        long_span.entry, long_span.type = entry, entry.type
        self.defined[self._key(long_span.i, long_span.j)] = entry
        self.defined[acr_key] = entry
        # the acronym's tokens, and a tail of the long name that a rule took for a name of its own
        # ('Cảnh sát ASEAN' in 'Hội nghị Cảnh sát ASEAN (ASEANAPOL)')
        self.spans = [s for s in self.spans if not (i <= s.i < j) and not (
            s is not long_span and s.source == "rule" and s.entry is None and s.type != "person"
            and long_span.i < s.i and s.j == long_span.j)]
        self.spans.append(Span(i, j, entry.type, entry))

    def _with_descriptor(self, span: Span) -> Span:
        """'Lực lượng Cảnh sát Singapore (SPF)': a capitalised 'Lực lượng' before a force's name, with the
        acronym after them, is part of the name (written small, 'lực lượng cảnh sát' is a common noun)."""
        k = span.i - 2
        if k < 0 or not self.caps[k] or self._words(k, 2) != _FORCE_WORD or not all(self.plains[k + 1 : span.i + 1]):
            return span
        wider = Span(k, span.j, span.type)
        self.spans.append(wider)
        return wider

    def _long_name_before(self, i: int, known: Entry | None) -> Span | None:
        """The organisation or event name that ends right before the bracket at token ``i``: the longest, unless
        that is another known body or an event and the known acronym's own name ends there too ('Tổ chức Cảnh
        sát hình sự quốc tế (INTERPOL)' after 'Phiên họp lần thứ 90 Đại hội đồng')."""
        ends = [s for s in self.spans if s.j == i and s.type in ("organization", "event")]
        if ends:
            longest = min(ends, key=lambda s: s.i)
            own = [s for s in ends if known is not None and s.entry is not None and s.entry.key == known.key]
            other = known is not None and (longest.type != known.type or longest.entry not in (None, known))
            if own and other:
                return min(own, key=lambda s: s.i)
            return self._with_descriptor(longest)
        english = self._english_long_name(i)
        if english is not None:
            return english
        people = {k for s in self.spans if s.type == "person" for k in range(s.i, s.j)}
        for k in range(i - 1, max(-1, i - 22), -1):
            if (k < i - 1 and not self.plains[k + 1] and not self.prevent_and_combat(k + 1)) or k in people:
                return None  # 'Cảnh sát ... tiếp nhận đối tượng Nguyễn Văn Thành (XX)': no body's long name
            head = self._head_at(k, ORG_EVENT_HEADS)
            if head:
                while k > 0 and self.plains[k] and self._head_at(k - 1, ORG_EVENT_HEADS) == k:
                    k -= 1  # 'Cục | Cảnh sát phòng, chống ...': the outer head noun names the body
                type_ = "event" if self._words(k, self._head_at(k, ORG_EVENT_HEADS) - k) in X.EVENT_HEADS \
                    else "organization"
                span = Span(k, i, type_)
                self.spans.append(span)
                return span
        return None

    # people -----------------------------------------------------------------------------------
    def _head_at(self, i: int, heads: frozenset[str]) -> int | None:
        """End of the longest capitalised head noun at token ``i`` ('Bộ', 'Tổng cục'), not a title ('Bộ trưởng')."""
        keys, plains, n = self.keys, self.plains, self.n
        if not self.caps[i] or keys[i] not in HEAD_FIRST_WORDS:
            return None
        best, key = None, keys[i]
        for j in range(i + 1, min(n, i + 4) + 1):
            if j > i + 1:
                if not plains[j - 1]:
                    break
                key += " " + keys[j - 1]
            if key in heads:
                best = j
        if best is not None and best < n and plains[best]:
            if self._words(i, best - i + 1) in X.TITLE_WORDS or keys[best] == "trưởng":
                return None
        return best

    def _capital_runs(self) -> list[tuple[int, int]]:
        """Runs of capitalised words (not acronyms) joined by a space, a hyphen or an initial's dot."""
        runs, end, n = [], -1, self.n
        caps, uppers, joiners, words = self.caps, self.uppers, self.joiners, self.words
        for i in self.capitals:
            if i < end or uppers[i]:
                continue
            j = i + 1
            while j < n and caps[j] and not uppers[j] and joiners[j] is not None \
                    and not (words[j - 1].endswith(POSSESSIVE) and self.keys[j - 1][:-2] != "people"):
                j += 1  # "Public Security's | Peacekeeping Office": a possessive ends a name, not "People's"
            runs.append((i, j))
            end = j
        return runs

    def scan_people(self) -> None:
        """Names after titles or honorifics, Vietnamese names with a surname, foreign names by their shape."""
        claimed = {k for s in self.spans for k in range(s.i, s.j)}
        for i, j in self._capital_runs():
            a = i
            for k in range(i, j + 1):
                if k == j or k in claimed:
                    if k > a:
                        self._person_segment(a, k)
                    a = k + 1

    def _person_segment(self, a: int, b: int) -> None:
        viet = any(VIET_ONLY.search(w) for w in self.words[a:b])
        if not viet and self._purpose_of_a_body(a, b):
            return  # 'Australian Centre to | Counter Child Exploitation'
        if not viet and (b - a >= 2 or self._known_acronym_before(a)) and self.keys[b - 1] in X.ENGLISH_ORG_HEADS:
            self._english_body(a, b)  # 'African Union', 'Royal Thai Police', 'MPS Office', and 'General
            return  # Secretariat' before 'General' is read as a rank
        start = self._after_english_title(a, b)
        if not viet and start - a >= 2 and self.keys[start - 1] in X.ENGLISH_ORG_HEADS:
            self._english_body(a, start)  # 'Singapore Police Force | Commissioner Hsu Sin Yun'
        a = start
        while a < b:  # a capitalised title or head noun before the name ('Ngài Phó Tổng Thư ký', 'Bộ') is not part of it
            n = self._title_len(a)
            if not n and not self._head_at(a, ORG_EVENT_HEADS):
                break
            a += n or 1
        if not 2 <= b - a <= 6:
            return
        viet, post = any(VIET_ONLY.search(w) for w in self.words[a:b]), None
        if not viet:
            if self.keys[b - 1] in X.ENGLISH_EVENT_HEADS:
                self._english_body(a, b)  # 'ASEAN Ministerial Meeting'
                return
            if self._english_body_at_place(a, b):
                self._english_body(a, b)  # 'Regional Service Centre Entebbe'
                return
            if self.keys[a] in X.ENGLISH_OPERATIONS:
                self.spans.append(Span(a, b, "event"))  # 'Operation First Light'
                return
            start = self._english_name_start(a, b)
            if start > a:  # 'for Peace Operations Jean-Pierre Lacroix': English words of a post, then the name
                if start - a >= 2 and self.keys[start - 1] in X.ENGLISH_ORG_HEADS:
                    self._english_body(a, start)  # 'Secretary of the Russian Security Council Nikolai Patrushev'
                post, a = a, start
                if b - a < 2:
                    return
        title = self._title_before(a if post is None else post)
        if post is not None and title is None:
            title = post
        # 'Trại giam Long Bay' is a place, but in 'Bộ trưởng Công an Lương Tam Quang' the head noun is the title's
        if self._after_place_word(a, heads=title is None):
            return
        surname = (viet and self.keys[a] in X.SURNAMES) or (post is None and self._undiacritised_name(a, b))
        if surname and title is None:
            if self.ends_a_body_name(a) or self.admin_noun_before(a) in GATE_NOUNS:
                return  # 'Cục Quản lý xuất nhập cảnh Văn Sơn': a body's place; 'cửa khẩu Hà Tiên': a gate
            if self._paired_with_place(a, b):  # 'cửa khẩu Lào Cai - Hà Khẩu': a pair of places, no person
                self.spans.append(Span(a, b, "place"))
                return
            b = self._before_a_body(a, b)
        if self._lunar_year(a, b):  # after "Nguyên đán", which reads like the title "nguyên" (former)
            return
        if title is not None or (surname and 2 <= b - a <= 4) or (not viet and self._foreign_name(a, b)) or (
                2 <= b - a <= 4 and self.suspect_before(a)):
            self.spans.append(Span(a, b, "person", titles=self._titles(a, b, title)))
            self.named.update(range(a, b))

    def _lunar_year(self, a: int, b: int) -> bool:
        """'Ất Tỵ' in 'Tết Nguyên đán Ất Tỵ 2025': a year of the lunar calendar (see ``lexicon.LUNAR_STEMS``)."""
        if b - a != 2 or self.keys[a] not in X.LUNAR_STEMS or self.keys[a + 1] not in X.LUNAR_BRANCHES:
            return False
        return (a > 0 and self.keys[a - 1] in X.LUNAR_BEFORE) or (b < self.n and self.words[b].isdigit())

    def _paired_with_place(self, a: int, b: int) -> bool:
        """Tokens a..b-1 joined by a dash to a place the article names ('Lào Cai - Hà Khẩu')."""
        before = self.joiners[a] == "-" and any(s.type == "place" and s.j == a for s in self.spans)
        after = b < self.n and self.joiners[b] == "-" and any(s.type == "place" and s.i == b for s in self.spans)
        return before or after

    def _before_a_body(self, a: int, b: int) -> int:
        """'Đoàn Sở Cảnh sát thủ đô Seoul', 'Đoàn Bộ Công an', 'Đoàn Công an tỉnh': a surname-like word opening a
        sentence before a body's name, which goes on in lower case after the capitals; the name ends before the body."""
        if b >= self.n or not self.plains[b] or self.keys[b] not in X.ORG_VOCAB:
            return b
        return next((k for k in range(a + 1, b) if self._head_at(k, ORG_EVENT_HEADS)), b)

    def _after_place_word(self, a: int, heads: bool = True) -> bool:
        """'đường Trần Hưng Đạo', 'Trại giam Long Bay': a name after such words (or, with ``heads``,
        after a capitalised head noun) is not a person."""
        if a == 0 or self.keys[a - 1] not in _PLACE_WORD_ENDS:
            return False
        for n in (1, 2, 3):
            if a - n < 0:
                break
            words = self._words(a - n, n)
            if words in X.NOT_PERSON_BEFORE or (
                    heads and self.caps[a - n] and (words in X.ORG_HEADS or words in X.PLACE_HEADS)):
                return True
        return False

    def _foreign_name(self, a: int, b: int) -> bool:
        """Two to four words, at least one of which no Vietnamese syllable could be ('Tamesis', 'Stock', 'Jürgen')."""
        words, keys = self.words[a:b], self.keys[a:b]
        return (2 <= len(words) <= 4 and all(len(w) >= 2 for w in words) and not any(k in X.FOREIGN_STOP for k in keys)
                and not all(vietnamese_syllable(w) for w in words))

    # resolution ---------------------------------------------------------------------------------
    def resolve(self) -> list[Mention]:
        """Canonical entities for every span, in text order, short forms merged into full ones."""
        rules = [s for s in self.spans if s.source == "rule" and s.entry is None and s.type != "person"]
        nested = {id(s) for s in rules} - {id(s) for s in drop_nested(rules, lambda s: True, same_end=True)}
        longest = {}
        for s in self.spans:
            if s.type != "person" and s.j > longest.get((s.i, s.type), -1):
                longest[(s.i, s.type)] = s.j
        nested |= {id(s) for s in rules if longest[(s.i, s.type)] > s.j}
        events = [(s.i, s.j) for s in self.spans if s.type == "event"]
        nested |= {id(s) for s in rules if s.type == "organization" and any(  # 'Công an ASEAN - Trung Quốc' in a
            a <= s.i and s.j <= b and b - a > s.j - s.i for a, b in events)}  # ministers' meeting's name
        in_person = {k for s in self.spans if s.type == "person" for k in range(s.i, s.j)}
        mentions = []
        for span in sorted(self.spans, key=lambda s: (s.i, -s.j)):
            if id(span) in nested or (span.type != "person" and span.i in in_person and span.j - 1 in in_person):
                continue
            mentions.append(self._mention(span))
        return merge_short_forms(mentions)

    def _mention(self, span: Span) -> Mention:
        surface = self._text(span.i, span.j)
        key = self._key(span.i, span.j)
        start, end = self.starts[span.i], self.ends[span.j - 1]
        if span.type == "person" and self.keys[span.j - 1] in _SUFFIXES and self.body[end : end + 1] == ".":
            surface, end = surface + ".", end + 1  # 'Ferdinand Marcos Jr.'
        if span.type == "event" and self.body[end : end + 1] in CLOSING_QUOTES and any(q in surface for q in OPENING_QUOTES):
            surface, end = surface + self.body[end], end + 1  # 'Hội thảo “...”': the closing quote
        entry = self.defined.get(key) or span.entry or self._known(span.type, key) or self._by_its_code(span)
        if entry is None:
            ident = self._with_place_names(span) if span.type == "organization" else surface
            entry = _new_entry(span.type, surface, ident)
        if surface.endswith(POSSESSIVE):
            surface, end = surface[:-2], end - 2
        return Mention(entry.key, entry.name, entry.type, entry.english, start, end, surface, span.titles)

    def _by_its_code(self, span: Span) -> Entry | None:
        """'Cục C05' after 'Cục Cảnh sát phòng chống tội phạm về môi trường (C05)': the head noun and the code the
        article defined for a body of that head are that body."""
        if span.type != "organization" or span.j - span.i not in (2, 3):
            return None
        entry = self.defined.get(self.keys[span.j - 1])
        head = self._text(span.i, span.j - 1)
        return entry if entry is not None and entry.type == span.type and entry.name.startswith(head + " ") else None

    def _with_place_names(self, span: Span) -> str:
        """The name with each place in it by its canonical name: 'Công an TPHCM', 'Công an TP.HCM' and 'Công an
        Thành phố Hồ Chí Minh' are one body."""
        if self._place_names is None:
            self._place_names = {s.i: (s.j, s.entry.name) for s in self.spans if s.type == "place" and s.entry}
        parts, last, k = [], self.starts[span.i], span.i
        while k < span.j:
            place = self._place_names.get(k)
            if place is not None and place[0] <= span.j:
                parts += [self.body[last : self.starts[k]], place[1]]
                last, k = self.ends[place[0] - 1], place[0]
            else:
                k += 1
        return "".join(parts) + self.body[last : self.ends[span.j - 1]]

    def _known(self, type_: str, key: str) -> Entry | None:
        if type_ == "person":
            return None
        for candidate in (key, *(key[: -len(s)] for s in HOME_SUFFIX if key.endswith(s))):
            entry = self.gaz.get(candidate)
            if entry is not None and entry.type == type_:
                return entry
        return None


@lru_cache(maxsize=65536)
def _new_entry(type_: str, surface: str, ident: str) -> Entry:
    """The entity a rule found, named by its surface form and known by ``ident`` (remembered: names recur
    across articles)."""
    ident = org_ident(ident) if type_ == "organization" else ident
    return Entry(display_name(surface), type_, None, entity_key(type_, ident))


def extract_entities(body: str, alias_files: tuple[str, ...] = (), english: bool | None = None) -> list[Mention]:
    """Entity mentions in a clean body, in text order.

    Args:
        body: the article body (no site junk).
        alias_files: user alias files that extend the bundled gazetteer.
        english: whether the body is an English edition's (``dates_en.looks_english``; None: find out).
    """
    ex = _Extractor(body, load_gazetteer(alias_files))
    in_english = looks_english(body) if english is None else english
    if in_english:
        ex.read_without_diacritics()
    ex.scan_gazetteer()
    if in_english:
        ex.foreign_ministries()
    ex.scan_acronyms()
    ex.scan_quoted_events()
    ex.scan_people()
    ex.given_names_not_places()
    ex.scan_heads()
    if in_english:
        ex.scan_english_heads()
    ex.definitions()
    if in_english:
        ex.scan_english_place_nouns()
    ex.scan_listed_places()
    return ex.resolve()
