"""Names found by their head noun: organisations ('Bộ Công an', 'Cục Hoạt động hòa bình LHQ'), events
('Hội nghị ... lần thứ 41') and places after 'tỉnh', 'thành phố', 'bang'.

A mixin of the extractor in ``store.entities``: it reads the tokens and ``self.spans``; how a name goes on
after its head noun is ``store.entity_tails``, its place nouns ``store.entity_places``.
A Vietnamese organisation name is a head noun, a capitalised specific name, and lowercase syllables drawn
from the vocabulary of such names; 'về', 'và', 'của' continue a name only where what follows shows it.
"""

from __future__ import annotations

from . import lexicon as X
from .entity_merge import Span
from .entity_places import GATE_NOUNS
from .entity_tails import OF, ORDINAL_TAIL, NameTails
from .text import match_key

ORG_EVENT_HEADS = X.ORG_HEADS | X.EVENT_HEADS
ALL_HEADS = ORG_EVENT_HEADS | X.PLACE_HEADS
_UNSPLIT = frozenset(match_key(w) for w in ("quốc gia", "quốc tế", "hòa bình", "xã hội", "an ninh", "trật tự",
                                             "ma túy", "nhân dân", "hình sự", "tội phạm"))
"""Two-syllable words a name's lowercase run may not end inside when it reaches its length."""
_LOWER_RUN = {"organization": 5, "event": 8}
"""Most lowercase name words in a row: an event describes itself at length ('Hội nghị Bộ trưởng hợp tác phòng,
chống tội phạm Việt Nam - Trung Quốc lần thứ 9')."""
_AGENCY, _BOARD = match_key("cơ quan"), match_key("ban")
"""'của' goes on a name described in lower case ('Chương trình phát triển của Liên hợp quốc') and a meeting's
('Hội nghị Khu vực châu Á của INTERPOL lần thứ 25'), but after a body's capitalised name ('Cục Tội phạm mạng
của INTERPOL') it says whose that body is."""
_DESCRIPTORS = frozenset(match_key(h) for h in ("lực lượng", "phái bộ", "tổ chức", "hiệp hội", "cơ quan"))
"""Head nouns that only say what kind of body an acronym (or, after 'Cơ quan', any known name) after them is."""
HEAD_FIRST_WORDS = frozenset(head.split(" ")[0] for head in ALL_HEADS)
"""A head noun can start only at one of these words: most capitalised words are not tried at all."""


OPENING_QUOTES = ('"', "“")
CLOSING_QUOTES = ('"', "”")
HOME_PLACE = "place:việt nam"


class HeadNames(NameTails):
    """Scans for names that start with a head noun."""

    def scan_quoted_events(self) -> None:
        """'cuộc diễn tập “Shanti Prayas IV”': a quoted title right after a lowercase event noun names the event;
        after a capitalised one ('Hội thảo “...”', 'Hội thảo khoa học ... lần thứ 3 “...”') the name is the
        head's words and the quoted title."""
        for k in self.capitals:
            if k == 0 or not self.gaps[k].endswith(OPENING_QUOTES) or "\n" in self.gaps[k]:
                continue
            head = self._event_head_before(k)
            if head is None:
                continue
            end = self._quote_end(k)
            described = self._words(head, k - head) not in X.EVENT_HEADS  # 'Hội thảo khoa học ... lần thứ 3'
            if self.caps[head] and (end is not None or described):  # 'Hội thảo “...”': the head, quote and all
                self.spans.append(Span(head, end or k, "event"))  # (a described event without its quote's end)
            elif end is not None:  # 'cuộc diễn tập “Shanti Prayas IV”': the quoted title is the name
                self.spans.append(Span(k, end, "event"))

    def ends_a_body_name(self, a: int) -> bool:
        """Token ``a`` follows the lower-case words of a body's name after its head noun and capitals ('Cục Quản
        lý xuất nhập cảnh | Văn Sơn'): the capitalised words go on that name, whatever surname they open with."""
        m = a - 1
        while m >= 0 and a - m <= 5 and self.plains[m + 1] and not self.caps[m] and self.keys[m] in X.ORG_VOCAB:
            m -= 1
        if m == a - 1:
            return False
        for h in range(m, max(-1, m - 3), -1):
            if not self.caps[h] or (h < m and not self.plains[h + 1]):
                return False
            if self._head_at(h, X.ORG_HEADS):
                return True
        return False

    def _event_head_before(self, k: int) -> int | None:
        """Start of an event noun before the quote at token ``k``: right before it, or capitalised up to
        twelve joined words before it."""
        for j in range(k - 1, max(-1, k - 13), -1):
            if j + 1 < k and self.joiners[j + 1] is None:
                return None
            for n in (3, 2, 1):
                if j + n <= k and self._words(j, n) in X.EVENT_HEADS and (j + n == k or self.caps[j]):
                    return j
        return None

    def _quote_end(self, k: int) -> int | None:
        """The token after a quoted title that opens at token ``k`` (None past a line or sixteen words)."""
        for m in range(k + 1, min(self.n, k + 16)):
            gap = self.gaps[m]
            if gap.strip().startswith(CLOSING_QUOTES):
                return m
            if "\n" in gap or (not self.caps[m] and not self.plains[m]):
                return None
        tail = self.body[self.ends[-1] :] if self.n < k + 16 else ""
        return self.n if tail.strip().startswith(CLOSING_QUOTES) else None  # the quote closes the text

    def scan_heads(self) -> None:
        """Organisations and events from head nouns; places after 'tỉnh', 'thành phố', 'bang'."""
        people = {k for s in self.spans if s.type == "person" for k in range(s.i, s.j)}
        proper = {s.i: s.j for s in self.spans if s.type in ("place", "organization") and s.entry}
        gazetteer = [(s.i, s.j, s.type) for s in self.spans if s.source == "gazetteer"]
        gaz_starts = {(s.i, s.type): s for s in self.spans if s.source == "gazetteer"}
        inside_known = {(k, t) for a, b, t in gazetteer for k in range(a + 1, b)}
        places_at = {s.i: s.j for s in self.spans if s.source == "gazetteer" and s.type == "place"}
        countries = {(s.i, s.j) for s in self.spans if s.type == "place" and s.entry and s.entry.key != HOME_PLACE}
        self._after_lowercase_place_heads(people)
        keys, kinds, found, boards = self.keys, [], [], 0
        for i in self.capitals:
            if keys[i] not in HEAD_FIRST_WORDS or i in people or i < boards or (
                    self.plains[i] and self.admin_noun_before(i)):
                continue  # 'thành phố Phòng Thành Cảng' is a city, not a 'phòng'; 'Ban Tổ chức' is no 'Tổ chức'
            head = self._head_at(i, ALL_HEADS)
            if head is None:
                continue
            head_key = self._words(i, head - i)
            if head_key in X.PLACE_HEADS and head_key not in X.ORG_HEADS:
                self._place_after(head, people)
                continue
            type_ = "event" if head_key in X.EVENT_HEADS else "organization"
            board = next((n for n in (2, 3, 4) if self._words(i, n) in X.GENERIC_BODIES), 0)
            if board:
                boards = i + board if keys[i] == _BOARD else boards  # not 'Lực lượng | Cảnh sát Singapore (SPF)'
                continue
            if (i, type_) in inside_known:  # 'Cảnh sát hình sự' inside 'Cục Cảnh sát hình sự Bộ Công an'
                continue
            j = self._extent(head, people, proper, head_key in X.FORCE_HEADS, type_, head_key in X.UNIT_HEADS)
            if j is not None and head_key in _DESCRIPTORS and proper.get(head) == j:
                if head_key == _AGENCY:  # 'Cơ quan Cảnh sát quốc gia Nam Sudan' is the known force, so named
                    self._name_the_known(i, head, j)
                if self.uppers[head] or head_key == _AGENCY:
                    continue  # 'Lực lượng UNISFA', 'Phái bộ UNMISS': the body its acronym names
            if j is not None and places_at.get(i, -1) >= j:
                continue  # 'Trường Sa' is the islands, not a school ('trường')
            known = gaz_starts.get((i, type_))
            abroad = self._country_after(known.j, countries) if known is not None and type_ == "organization" else None
            if abroad is not None:
                # 'Bộ Quốc phòng Hoa Kỳ', 'Bộ Nội vụ nước Cộng hòa Cuba' are those countries' ministries
                self.spans.remove(known)
                self.spans = [s for s in self.spans if not (s.type == type_ and i < s.i and s.j <= abroad)]
                self.spans.append(Span(i, abroad, type_))
            elif known is not None and j is not None and j > known.j and (
                    self.gaps[known.j] == ", " or self._unknown_name_after(known.j, j, people)):
                self.spans.remove(known)  # 'Bộ Ngoại giao, Thương mại quốc tế và Tôn giáo Argentina': another ministry
                self.spans.append(Span(i, j, type_))  # 'Cục Quản lý xuất nhập cảnh Văn Sơn': Wenshan's, not Vietnam's
            elif j is not None and known is None and not any(
                    a <= i and j <= b and t == type_ for a, b, t in gazetteer):
                if type_ == "organization" and j < self.n and self.keys[j] == "nước":
                    j = self._country_after(j, countries) or j  # 'Bộ Nội vụ nước Cộng hòa Cuba'
                if any(a < i < b < j for a, b in found):
                    continue  # 'Phòng [Cảnh sát hình sự] Công an tỉnh An Giang': no name runs out of a unit's
                found.append((i, j))
                self.spans.append(Span(i, j, type_))
                kinds += self._kind_of_unit(head, j)
        self.spans = [s for s in self.spans if not any(s is k for k in kinds)]

    def _unknown_name_after(self, a: int, j: int, people: set[int]) -> bool:
        """Tokens a..j-1 are one to three capitalised words that name nothing known (no person, no known name):
        after a known body's name, the place another body of that name serves."""
        return j - a <= 3 and all(self.caps[a:j]) and all(self.plains[a:j]) and not people.intersection(range(a, j)) \
            and not any(a <= s.i < j for s in self.spans)

    def _kind_of_unit(self, head: int, j: int) -> list[Span]:
        """A known force right after a new name's head noun, which says what kind of unit it is, as in a known
        name ('Cảnh sát nhân dân' in 'Trường Đại học Cảnh sát nhân dân'; see ``KnownNames._body_of_its_own``)."""
        if not self._head_at(head, X.FORCE_HEADS):
            return []
        return [s for s in self.spans if s.i == head and s.j <= j and s.entry is not None and s.type == "organization"]

    def _name_the_known(self, i: int, head: int, j: int) -> None:
        """Tokens i..j-1 name the known body at head..j-1, with the word before it."""
        known = next(s for s in self.spans if s.i == head and s.j == j and s.entry is not None)
        self.spans.remove(known)
        self.spans.append(Span(i, j, known.type, known.entry, source="gazetteer"))

    def _country_after(self, end: int, countries: set[tuple[int, int]]) -> int | None:
        """End of a foreign country named right after a body's name (which ends before token ``end``), or after
        'nước' there."""
        starts = {end} | ({end + 1} if end < self.n and self.keys[end] == "nước" else set())
        if end < self.n and self._words(end - 2, 2) in X.FORCE_HEADS and self._force_qualifier(end):
            starts.add(self._force_qualifier(end))  # 'Tổng cục Cảnh sát quốc gia Campuchia', '... Hoàng gia ...'
        if any(not self.plains[k] for k in starts if k < self.n):
            return None
        return next((b for a, b in countries if a in starts), None)

    def _extent(self, k: int, people: set[int], proper: dict[int, int], force: bool, type_: str,
                unit: bool = False) -> int | None:
        """End of a name after its head noun, or None when no capitalised specific name follows it."""
        n, end, caps, lower_run, after_proper = self.n, k, 0, 0, False
        capital, uppers, keys, plains = self.caps, self.uppers, self.keys, self.plains
        head_end = k
        while k < n and k not in people:
            if not plains[k] and not (k > head_end and keys[k - 1] == "tp" and self.joiners[k] in (".", ". ")):
                if after_proper and k in proper and self.joiners[k] == "-":
                    k = end = proper[k]  # 'Đối thoại An ninh Việt Nam - Hoa Kỳ': two known names, one pair
                    caps += 1
                    continue
                if caps and type_ == "event" and self.joiners[k] == "-" and self._head_at(k, X.ORG_HEADS):
                    k, end, caps, lower_run, after_proper = k + 1, k + 1, caps + 1, 0, False
                    continue  # 'Hội nghị Bộ trưởng Bộ Công an - Bộ An ninh': the two bodies that meet
                if caps and self.prevent_and_combat(k):
                    k, end = k + 1, k + 1
                    continue  # 'Cục Cảnh sát phòng, chống tội phạm ...': one name, comma and all
                if caps and type_ == "organization" and self._paired_portfolio(k):
                    k, end, caps, lower_run, after_proper = k + 1, k + 1, caps + 1, 0, False
                    continue  # 'Ủy ban Chính trị - Pháp luật Trung ương': a pair of portfolios
                if not (caps and type_ == "organization" and self.gaps[k] == ", " and self._portfolios(k, people)):
                    break  # but read on through 'Bộ Ngoại giao, Thương mại quốc tế và Tôn giáo Argentina'
            key = keys[k]
            if capital[k] or uppers[k]:
                if lower_run >= 2 and k not in proper and self._head_at(k, X.ORG_HEADS):
                    break  # 'Phòng An ninh đối ngoại | Công an tỉnh Thanh Hóa': a unit, then the body it belongs to
                if any(self._words(k, m) in X.MISSION_HEADS for m in (3, 4)):
                    break  # 'Tùy viên Cảnh sát | Đại sứ quán Đức'
                if force and k > head_end and self._head_at(k, X.FORCE_HEADS):
                    break  # '(Trưởng phòng) Cảnh sát hình sự | Công an tỉnh Ninh Bình': one force, then another
                if key in X.STOP_CAPS or (k > head_end and self._title_at(k) and not (type_ == "event" and caps == 0)):
                    break  # a title ends a body's name, but 'Hội nghị Bộ trưởng ...' names a ministers' meeting
                if k in proper:  # a known name, even one opening with 'TP' (TP.HCM)
                    k = end = proper[k]
                    caps, lower_run, after_proper = caps + 1, 0, True
                    continue
                if key == "tp" and k + 1 < n and capital[k + 1] and self.joiners[k + 1] in (" ", ".", ". "):
                    k, end, lower_run = k + 1, k + 1, lower_run + 1  # 'Công an TP.Biên Hòa': 'thành phố', the city next
                    continue
                if key in X.NON_ENTITY_ACRONYMS:
                    break
                k, end, caps, lower_run, after_proper = k + 1, k + 1, caps + 1, 0, False
                continue
            if k == head_end and force and self._force_qualifier(k):
                k = end = self._force_qualifier(k)  # 'Cảnh sát quốc gia Nam Sudan'
                continue
            if k == head_end and type_ == "event":
                return self._numbered_event(k, people)
            if k == head_end and unit and (gate := self._gate_len(k)):
                k += gate  # 'Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên': a post named by its gate
                continue
            if k == head_end and type_ == "organization" and (known := self._vocab_to_acronym(k, proper)):
                k, lower_run = known, known - k  # 'Ủy ban điều hành | INTERPOL': a known body's committee
                continue
            if k == head_end and not (force and self._place_head_len(k)):
                return k + 1 if unit and self.words[k].isdigit() else self._designation(k)  # 'Sư đoàn 312'
            if caps and (keys[k - 1] in ("số", "cấp") or unit or "vùng" in keys[head_end:k]) and self.words[k].isdigit():
                k, end = k + 1, k + 1
                continue
            if caps and key == "số" and k + 1 < n and plains[k + 1] and self.words[k + 1].isdigit():
                k = end = k + 2  # 'Đơn vị Cảnh sát gìn giữ hòa bình số 2': a unit's number, however long its name
                continue
            if key == "và" and after_proper and (region := self._second_region(k, head_end)):
                k = end = region  # 'Văn phòng UNODC khu vực Đông Nam Á và Thái Bình Dương'
                continue
            if key in X.BRIDGES and not (caps and key == OF and type_ == "organization") and self._bridge_ok(
                    k, people, 7 if type_ == "event" else 5):
                k, lower_run, after_proper = k + 1, 0, False  # 'Hội nghị Bộ trưởng ASEAN về tội phạm ...'
                continue
            partner = (lower_run == 0 and not after_proper and capital[k - 1] and not uppers[k - 1] and k - 1 >= head_end
                       and key not in X.BRIDGES and key not in X.CLAUSE_WORDS
                       and self._words(k, 2) not in X.ORG_STOP)  # '... Tịnh Biên | phối hợp với'
            place_head = self._place_head_len(k)
            if place_head and k + place_head < n and capital[k + place_head] and plains[k + place_head]:
                place_end = self._place_end(k + place_head)
                if place_end is not None:  # 'Ty Công an tỉnh Tbong Khmum | trao trả': the place ends the name's words
                    k = end = place_end
                    caps, lower_run, after_proper = caps + 1, 0, True
                    continue
                k, end, lower_run = k + place_head, k + place_head, lower_run + 1  # 'Công an thành phố Đà Nẵng'
                continue
            if place_head and self._described_place(k + place_head):
                k = self._described_place(k + place_head)  # 'Sở Công an châu tự trị dân tộc Cáp Nhì'
                continue
            if type_ == "event" and place_head and k + place_head in proper and plains[k + place_head]:
                k = end = proper[k + place_head]  # 'Hội nghị INTERPOL khu vực châu Á lần thứ 26'
                caps, lower_run, after_proper = caps + 1, 0, True
                continue
            vocab = key in X.ORG_VOCAB and not after_proper and not (key in X.CLAUSE_WORDS and (
                lower_run == 0 or k + 1 >= n or keys[k + 1] not in X.ORG_VOCAB)) \
                and self._words(k, 2) not in X.ORG_STOP  # '... hòa bình | dự kiến', 'dự bị', '... Lao Bảo | phát hiện'

            if not (partner or vocab) or lower_run >= _LOWER_RUN[type_] or X.UNIT_CODE.match(self.words[k - 1]):
                if (partner or vocab) and self._words(k - 1, 2) in _UNSPLIT:
                    end = k + 1  # '... tội phạm mạng quốc gia': the last word's other half, not 'quốc' alone
                break
            k, end, lower_run = k + 1, k + 1, lower_run + 1
        if type_ == "event" and caps == 1 and self.uppers[end - 1] and end < n and plains[end] \
                and self.words[end].isdigit() and len(self.words[end]) <= 4:
            return end + 1  # 'Hội nghị AMMTC 17': an acronym's numbered edition
        if caps == 0 or (type_ == "event" and caps < 2 and not ORDINAL_TAIL.match(self._rest(end))):
            return None
        return self._with_ordinal(end) if type_ == "event" else end

    def _second_region(self, k: int, head_end: int) -> int | None:
        """End of a known place after 'và' at token ``k`` that pairs with the known place before it in a
        region a name covers ('khu vực Đông Nam Á và Thái Bình Dương'); only after 'khu vực', as 'Công an tỉnh
        Lào Cai và Hà Giang' are two bodies."""
        if "khu vực" not in self._words(head_end, k - head_end) or not any(
                s.j == k and s.type == "place" and s.entry for s in self.spans):
            return None
        return next((s.j for s in self.spans if s.i == k + 1 and s.type == "place" and s.entry), None)

    def _vocab_to_acronym(self, k: int, proper: dict[int, int]) -> int | None:
        """Where a known body written as an acronym follows one or two lowercase words of names from token
        ``k`` ('điều hành | INTERPOL'), if one does."""
        for m in range(k, min(self.n - 1, k + 2)):
            if not self.plains[m] or self.caps[m] or self.keys[m] not in X.ORG_VOCAB:
                return None
            if m + 1 in proper and self.plains[m + 1] and self.uppers[m + 1]:
                return m + 1
        return None

    def _gate_len(self, k: int) -> int:
        """Words of a border gate's noun at token ``k`` ('cửa khẩu', 'cửa khẩu quốc tế') before a capitalised
        name, or 0."""
        for m in (4, 2):
            if k + m < self.n and self.caps[k + m] and all(self.plains[k + 1 : k + m + 1]) and \
                    self._words(k, m) in GATE_NOUNS:
                return m
        return 0

    def prevent_and_combat(self, k: int) -> bool:
        """'phòng, chống' at token ``k`` (the 'chống'): 'prevent and combat', which names go on through."""
        return k > 0 and self.gaps[k] == ", " and self.keys[k] == "chống" and self.keys[k - 1] == "phòng"

    def _paired_portfolio(self, k: int) -> bool:
        """A dash between two capitalised portfolio words of one name ('Chính trị - Pháp luật'), not before another
        body's head noun ('Phòng Cảnh sát - Cục ...') or a known name ('Việt Nam - Lào')."""
        return self.joiners[k] == "-" and self.caps[k] and (self.caps[k - 1] or (k >= 2 and self.caps[k - 2])) \
            and self.keys[k] in X.ORG_VOCAB \
            and self.keys[k - 1] in X.ORG_VOCAB and not self._head_at(k, X.ORG_HEADS) and not any(
                s.i == k and s.entry for s in self.spans)

    def _portfolios(self, k: int, people: set[int]) -> bool:
        """', Thương mại quốc tế và Tôn giáo Argentina': after a ministry's first portfolio, a comma opens a
        list of capitalised portfolios that 'và' closes before any other punctuation."""
        if not self.caps[k] or self.keys[k] not in X.ORG_VOCAB or self._head_at(k, X.ORG_HEADS):
            return False  # 'Bộ Công an, Bộ Quốc phòng và ...' lists bodies, not portfolios
        for m in range(k + 1, min(self.n, k + 10)):
            if not self.plains[m] or m in people:
                return False
            if self.keys[m] == "và":
                nxt = m + 1
                return nxt < self.n and self.caps[nxt] and self.keys[nxt] in X.ORG_VOCAB and not self._head_at(
                    nxt, X.ORG_HEADS)
            if not (self.caps[m] or self.keys[m] in X.ORG_VOCAB):
                return False
        return False
