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

from . import lexicon as X
from .entity_heads import HeadNames
from .entity_merge import HOME_SUFFIX, Mention, Span, display_name, drop_nested, merge_short_forms, org_ident
from .gazetteer import Entry, Gazetteer, entity_key, load_gazetteer
from .tokens import VIET_ONLY, Tok, name_gap, plain, tokenize, vietnamese_syllable

__all__ = ["Mention", "extract_entities"]

_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|\d{1,4})$")


class _Extractor(HeadNames):
    """One pass over one body."""

    def __init__(self, body: str, gaz: Gazetteer) -> None:
        self.body = body
        self.gaz = gaz
        self.toks = tokenize(body)
        self.spans: list[Span] = []
        self.defined: dict[str, Entry] = {}

    def _text(self, i: int, j: int) -> str:
        return self.body[self.toks[i].start : self.toks[j - 1].end]

    def _key(self, i: int, j: int) -> str:
        parts = [self.toks[i].key]
        for k in range(i + 1, j):
            parts.append((self.toks[k].joiner or " ") + self.toks[k].key)
        return "".join(parts)

    def _words(self, i: int, n: int) -> str:
        return " ".join(t.key for t in self.toks[i : i + n])

    # gazetteer -------------------------------------------------------------------------------
    def _gazetteer_at(self, i: int) -> tuple[int, Entry] | None:
        tok = self.toks[i]
        if not (tok.cap or tok.upper or tok.key in self.gaz.lower_ok):
            return None
        best, parts = None, tok.key
        toks = self.toks
        for j in range(i + 1, min(len(toks), i + self.gaz.max_tokens) + 1):
            if j > i + 1:
                joiner = toks[j - 1].joiner
                if joiner is None:
                    break
                parts += joiner + toks[j - 1].key
            entry = self.gaz.get(parts)
            if entry is not None:
                best = (j, entry)
            if parts not in self.gaz.prefixes:
                break
        if best and best[0] == i + 1 and tok.key in self.gaz.ambiguous and not self._ambiguous_ok(i):
            return None
        return best

    def _ambiguous_ok(self, i: int) -> bool:
        """'Nga', 'Mỹ', 'Anh' name places only outside personal names and not after 'ông', 'bà'."""
        prev = self.toks[i - 1] if i else None
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        gap = self.toks[i].gap
        if prev is None or re.search(r"[.!?:;\n\"“]", gap) or prev.key in X.HONORIFICS:
            return False
        if prev.cap and plain(gap):
            return False
        return not (nxt and nxt.cap and plain(nxt.gap) and VIET_ONLY.search(nxt.text))

    def scan_gazetteer(self) -> None:
        """Gazetteer names, the longest at each start; a name inside a longer one of its type is dropped."""
        found = []
        lower_ok = self.gaz.lower_ok
        for i, tok in enumerate(self.toks):
            if not (tok.cap or tok.key in lower_ok):
                continue
            hit = self._gazetteer_at(i)
            if hit:
                end = self._with_ordinal(hit[0]) if hit[1].type == "event" else hit[0]
                found.append(Span(i, end, hit[1].type, hit[1], source="gazetteer"))
        self.spans = drop_nested(found, lambda s: True)

    # acronyms ---------------------------------------------------------------------------------
    def scan_acronyms(self) -> None:
        """Unknown acronyms that name bodies: UN agencies and missions, '-POL' bodies."""
        covered = {k for s in self.spans for k in range(s.i, s.j)}
        for i, tok in enumerate(self.toks):
            if tok.upper and i not in covered and tok.key not in X.NON_ENTITY_ACRONYMS:
                if re.match(r"^UN[A-Z]{2,}$|^[A-Z]{3,}POL$", tok.text):
                    self.spans.append(Span(i, i + 1, "organization"))

    def definitions(self) -> None:
        """'Long name (ACRONYM)': the long name becomes a spelling of the acronym's entity."""
        for i, tok in enumerate(self.toks):
            if not (tok.upper and tok.gap.endswith("(") and i > 0 and tok.key not in X.NON_ENTITY_ACRONYMS):
                continue
            j = i + 1
            while j < len(self.toks) and j < i + 3 and plain(self.toks[j].gap) and _ROMAN.match(self.toks[j].text):
                j += 1
            if j < len(self.toks) and not self.toks[j].gap.startswith(")"):
                continue
            long_span = self._long_name_before(i)
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
        self.spans = [s for s in self.spans if not (i <= s.i < j)]
        self.spans.append(Span(i, j, entry.type, entry))

    def _long_name_before(self, i: int) -> Span | None:
        """The organisation or event name that ends right before the bracket at token ``i``."""
        ends = [s for s in self.spans if s.j == i and s.type in ("organization", "event")]
        if ends:
            return min(ends, key=lambda s: s.i)
        for k in range(i - 1, max(-1, i - 22), -1):
            if k < i - 1 and not plain(self.toks[k + 1].gap):
                return None
            head = self._head_at(k, X.ORG_HEADS | X.EVENT_HEADS)
            if head:
                type_ = "event" if self._words(k, head - k) in X.EVENT_HEADS else "organization"
                span = Span(k, i, type_)
                self.spans.append(span)
                return span
        return None

    # people -----------------------------------------------------------------------------------
    def _head_at(self, i: int, heads: frozenset[str]) -> int | None:
        """End of the longest capitalised head noun at token ``i`` ('Bộ', 'Tổng cục'), not a title ('Bộ trưởng')."""
        if not self.toks[i].cap:
            return None
        best, key = None, self.toks[i].key
        for j in range(i + 1, min(len(self.toks), i + 4) + 1):
            if j > i + 1:
                if not plain(self.toks[j - 1].gap):
                    break
                key += " " + self.toks[j - 1].key
            if key in heads:
                best = j
        if best is not None and best < len(self.toks) and plain(self.toks[best].gap):
            if self._words(i, best - i + 1) in X.TITLE_WORDS or self.toks[best].key == "trưởng":
                return None
        return best

    def _title_before(self, i: int) -> int | None:
        """Start of the title phrase ('Thứ trưởng Ngoại giao nước Cộng hòa Haiti') that leads to token ``i``."""
        found = None
        for k in range(i - 1, max(-1, i - 16), -1):
            if not plain(self.toks[k + 1].gap) or self.toks[k].key in X.TITLE_STOP:
                break
            if any(self._words(k, n) in X.TITLE_WORDS for n in (3, 2, 1) if k + n <= i):
                found = k
                if self.toks[k].key in X.HONORIFICS or k == i - 1:
                    break
        return found

    def _capital_runs(self) -> list[tuple[int, int]]:
        runs, i, n = [], 0, len(self.toks)
        while i < n:
            if not self.toks[i].cap or self.toks[i].upper:
                i += 1
                continue
            j = i + 1
            while j < n and self.toks[j].cap and not self.toks[j].upper and name_gap(self.toks[j].gap):
                j += 1
            runs.append((i, j))
            i = j
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
        while a < b:  # a capitalised title or head noun before the name ('Ngài Phó Tổng Thư ký', 'Bộ') is not part of it
            n = next((n for n in (4, 3, 2, 1) if self._words(a, n) in X.TITLE_WORDS), 0)
            if not n and not self._head_at(a, X.ORG_HEADS | X.EVENT_HEADS):
                break
            a += n or 1
        toks = self.toks[a:b]
        if not 2 <= len(toks) <= 6 or self._after_place_word(a):
            return
        title = self._title_before(a)
        viet = any(VIET_ONLY.search(t.text) for t in toks)
        surname = toks[0].key in X.SURNAMES
        if title is not None or (viet and surname and len(toks) <= 4) or (not viet and self._foreign_name(toks)):
            self.spans.append(Span(a, b, "person", titles=self._titles(a, b, title)))

    def _after_place_word(self, a: int) -> bool:
        """'đường Trần Hưng Đạo', 'Trại giam Long Bay': a name after such words is not a person."""
        for n in (1, 2, 3):
            if a - n < 0:
                break
            words = self._words(a - n, n)
            if words in X.NOT_PERSON_BEFORE or (self.toks[a - n].cap and (words in X.ORG_HEADS or words in X.PLACE_HEADS)):
                return True
        return False

    def _foreign_name(self, toks: list[Tok]) -> bool:
        """Two to four words, at least one of which no Vietnamese syllable could be ('Tamesis', 'Stock', 'Jürgen')."""
        return (2 <= len(toks) <= 4 and all(len(t.text) >= 2 and t.key not in X.FOREIGN_STOP for t in toks)
                and not all(vietnamese_syllable(t.text) for t in toks))

    def _titles(self, a: int, b: int, title: int | None) -> tuple[str, ...]:
        titles = []
        if title is not None:
            titles.append(self._text(title, a))
        k = b
        while k + 1 < len(self.toks) and self.toks[k].gap.strip() == "," and len(titles) < 4:
            if not any(self._words(k, n) in X.TITLE_WORDS for n in (1, 2, 3)):
                break
            end = k + 1
            while end < len(self.toks) and plain(self.toks[end].gap) and end - k < 14:
                if self.toks[end].key in X.TITLE_STOP:
                    break
                end += 1
            titles.append(self._text(k, end))
            k = end
        return tuple(dict.fromkeys(" ".join(t.split()) for t in titles))

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
        entry = self.defined.get(key) or span.entry or self._known(span.type, key)
        if entry is None:
            ident = org_ident(surface) if span.type == "organization" else surface
            entry = Entry(display_name(surface), span.type, None, entity_key(span.type, ident))
        start, end = self.toks[span.i].start, self.toks[span.j - 1].end
        return Mention(entry.key, entry.name, entry.type, entry.english, start, end, surface, span.titles)

    def _known(self, type_: str, key: str) -> Entry | None:
        if type_ == "person":
            return None
        for candidate in (key, *(key[: -len(s)] for s in HOME_SUFFIX if key.endswith(s))):
            entry = self.gaz.get(candidate)
            if entry is not None and entry.type == type_:
                return entry
        return None


def extract_entities(body: str, alias_files: tuple[str, ...] = ()) -> list[Mention]:
    """Entity mentions in a clean body, in text order.

    Args:
        body: the article body (no site junk).
        alias_files: user alias files that extend the bundled gazetteer.
    """
    ex = _Extractor(body, load_gazetteer(alias_files))
    ex.scan_gazetteer()
    ex.scan_acronyms()
    ex.scan_people()
    ex.scan_heads()
    ex.definitions()
    return ex.resolve()
