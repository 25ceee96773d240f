"""From spans of tokens to entities: the Mention record, nesting, display names, merging short forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Entry
from .text import match_key, modern_tones

_EDITION_TAIL = re.compile(r" (?:lần thứ|khóa|khoá|kỳ|lần) (?:\d{1,3}|[ivx]{1,5}|nhất|hai|ba|tư)")
"""The number an edition of a meeting adds to its name, in a key (lower case)."""
_POLITY_WORDS = frozenset("dân chủ nhân xã hội nghĩa".split())
HOME_SUFFIX = (" việt nam", " nước chxhcn việt nam", " liên hợp quốc", " lhq")


@dataclass(frozen=True)
class Mention:
    """One mention of an entity in a body, with character offsets."""

    key: str
    name: str
    type: str
    english: str | None
    start: int
    end: int
    surface: str
    titles: tuple[str, ...] = ()


@dataclass
class Span:
    """Tokens i..j-1 found as an entity of a type, with its known entry, titles and what found it."""

    i: int
    j: int
    type: str
    entry: Entry | None = None
    titles: tuple[str, ...] = ()
    source: str = "rule"



def drop_nested(spans: list[Span], keep: object, same_end: bool = False) -> list[Span]:
    """Spans not inside an earlier-starting span of their type (with ``same_end``: not ending where it ends)."""
    out: list[Span] = []
    reach: dict[str, int] = {}
    for span in sorted(spans, key=lambda s: (s.i, -s.j)):
        end = reach.get(span.type, -1)
        inside = span.j == end if same_end else span.j <= end
        if not inside or (same_end and span.j < end):
            out.append(span)
        reach[span.type] = max(end, span.j)
    return out


def org_ident(surface: str) -> str:
    """An organisation's name without 'nước' / 'Cộng hòa' / 'Vương quốc' before its country, or 'tỉnh' /
    'thành phố' before its province or city, past the head noun
    ('Ủy ban ... quốc gia Cộng hòa Belarus' is 'Ủy ban ... quốc gia Belarus', 'Bộ An ninh nước Cộng hòa dân chủ
    nhân dân Lào' is 'Bộ An ninh Lào')."""
    words = re.sub(r"\b(TP\.)(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])", r"\1 ", surface).split()  # 'TP.Biên Hòa' as 'TP. Biên Hòa'
    kept: list[str] = []
    i = 0
    while i < len(words):
        pair = match_key(" ".join(words[i : i + 2]))
        if i >= 2 and pair in ("cộng hòa", "vương quốc"):
            k = i + 2
            while k < len(words) and match_key(words[k]) in _POLITY_WORDS:
                k += 1  # 'Cộng hòa dân chủ nhân dân Lào', 'Cộng hòa xã hội chủ nghĩa Việt Nam'
            if k < len(words) and words[k][:1].isupper():
                i = k
                continue
        if i >= 2 and match_key(words[i]) == "nước" and i + 1 < len(words) and words[i + 1][:1].isupper():
            i += 1
            continue
        admin = 2 if pair == "thành phố" else int(match_key(words[i]) in ("tỉnh", "tp", "tp."))
        if i >= 2 and admin and i + admin < len(words) and words[i + admin][:1].isupper():
            i += admin  # 'Công an tỉnh Thanh Hóa' is 'Công an Thanh Hóa', 'Công an thành phố Hà Nội' 'Công an Hà Nội'
            continue
        kept.append(words[i])
        i += 1
    return " ".join(kept)


def display_name(surface: str) -> str:
    """A canonical display form: single spaces, 'Jean-Pierre' hyphens, modern tone placement."""
    text = " ".join(surface.split())
    text = re.sub(r"(?<=\w) - (?=[A-ZĐ])", "-", text) if re.search(r"[A-Z]\w* - [A-Z]", text) else text
    return modern_tones(text)


def merge_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A person named by the end of a full name, or a body named without its 'Việt Nam'/'LHQ' suffix,
    is the entity the article names in full."""
    full = {m.key: m for m in mentions}
    people = [f for f in full.values() if f.type == "person"]
    orgs = {f.key.split(":", 1)[1]: f for f in full.values() if f.type == "organization"}
    places = {f.key.split(":", 1)[1] for f in full.values() if f.type == "place"}
    events = [f for f in full.values() if f.type == "event"]
    targets = {key: _full_form(m, people, orgs, places) or _numbered_edition(m, events) for key, m in full.items()}
    out = []
    for m in mentions:
        target = targets[m.key]
        if target is not None:
            m = Mention(target.key, target.name, target.type, target.english, m.start, m.end, m.surface, m.titles)
        out.append(m)
    return out


def _numbered_edition(m: Mention, events: list[Mention]) -> Mention | None:
    """'Hội nghị INTERPOL khu vực châu Á' beside '... lần thứ 27': a meeting named without its number is the one
    numbered edition of it the article names (with two editions named, it stays itself)."""
    if m.type != "event":
        return None
    editions = [f for f in events if f.key.startswith(m.key + " ") and _EDITION_TAIL.fullmatch(f.key[len(m.key) :])]
    return editions[0] if len(editions) == 1 else None


def _full_form(m: Mention, people: list[Mention], orgs: dict[str, Mention], places: set[str]) -> Mention | None:
    """The mention whose entity ``m`` is a short form of, if the article names one."""
    body = m.key.split(":", 1)[1]
    if m.type == "person":
        return next((f for f in people if f.key != m.key and f.key.endswith(" " + body)), None)
    if m.type == "organization" and m.english is None:
        home = next((orgs[body + s] for s in HOME_SUFFIX if body + s in orgs), None)
        return home or _only_longer_name(body, orgs, places) or _place_in_full(body, orgs, places) \
            or _with_descriptor(m, orgs)
    return None


_DESCRIPTORS = ("cơ quan ", "lực lượng ")
"""Words a body's full name may open with that its short form drops ('Cơ quan Cảnh sát quốc gia Hàn Quốc')."""


def _with_descriptor(m: Mention, orgs: dict[str, Mention]) -> Mention | None:
    """'Cảnh sát quốc gia Hàn Quốc' after 'Cơ quan Cảnh sát quốc gia Hàn Quốc (KNPA)': the same body named
    without its descriptor word."""
    short = match_key(m.name)
    return next((f for f in orgs.values() if f.key != m.key and match_key(f.name) in
                 {d + short for d in _DESCRIPTORS}), None)


def _place_in_full(body: str, orgs: dict[str, Mention], places: set[str]) -> Mention | None:
    """'Sở Công an Quảng Tây' after 'Sở Công an Khu tự trị dân tộc Choang Quảng Tây': a body and its place,
    and the one longer name of the article with that body and place, what kind of place it is in between."""
    words = body.split()
    for cut in range(2, len(words)):
        head, place = " ".join(words[:cut]), " ".join(words[cut:])
        if place in places:
            longer = [f for name, f in orgs.items() if name != body and name.startswith(head + " ")
                      and name.endswith(" " + place)]
            return longer[0] if len(longer) == 1 else None
    return None


def _only_longer_name(body: str, orgs: dict[str, Mention], places: set[str]) -> Mention | None:
    """'Văn phòng Thường trực' after 'Văn phòng Thường trực Bộ Công an về gìn giữ hòa bình LHQ': the one longer
    name of the article that it begins, unless a place follows ('Bộ Nội vụ Ai Cập' is another ministry)."""
    longer = [(name[len(body) + 1 :], f) for name, f in orgs.items() if name.startswith(body + " ")]
    if len(longer) != 1 or len(body.split()) < 2:
        return None
    rest, full = longer[0]
    return None if any(rest == p or rest.startswith(p + " ") for p in places) else full
