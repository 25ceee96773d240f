"""The query language shared by the CLI's --query and search, and the app's search box.

    luong tam quang            words, matched without diacritics (as a phrase first)
    "bộ công an"               a quoted phrase
    interp*                    a prefix
    -gaza                      leave out articles with this word
    person:"to lam"            entity filters: person: org: place: event: (any spelling or English name)
    since:2022 until:2024-06   partial dates compare by overlap (2022 contains 2022-09-03)
    outlet:ANTV                the outlet name contains this

Anything typed parses: a malformed part becomes words plus a hint, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .text import fold, fold_key

FIELDS = {
    "person": "person", "people": "person", "per": "person",
    "org": "organization", "organization": "organization", "organisation": "organization",
    "place": "place", "loc": "place", "location": "place",
    "event": "event",
}
MAX_TERMS = 48
RANK_TERMS = 8
"""At most this many single words rank a result; the query's own come first, then its entity's shortest
other spellings ('LHQ' before 'Liên Hiệp Quốc'): bm25 counts each word's articles in the whole store."""
PREFIX_INDEXED = 3
"""The longest prefix the FTS index keeps (schema: prefix = '2 3'); longer typed prefixes would scan."""
_PART = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)("?)|(\S+))')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class Query:
    """A parsed query."""

    text: str = ""
    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    prefixes: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()
    since: str | None = None
    until: str | None = None
    outlets: tuple[str, ...] = ()
    hints: tuple[str, ...] = field(default=(), compare=False)
    last_is_prefix: bool = False
    """The last bare word is still being typed: match it as a prefix ('luong tam qu' finds 'quang')."""

    @property
    def has_terms(self) -> bool:
        """True when the query has words, phrases or prefixes (full-text search is needed)."""
        return bool(self.words or self.phrases or self.prefixes)

    @property
    def has_accents(self) -> bool:
        """True when the typed words carry Vietnamese diacritics (exact-accent matches rank first)."""
        plain = " ".join(self.words + tuple(" ".join(p) for p in self.phrases))
        return any(ord(ch) > 127 for ch in self.text) and bool(plain)


def tokens(text: str) -> list[str]:
    """Search tokens of a text, folded like the index (đ as d) but keeping marks that unicode61 removes."""
    return _WORD.findall(fold(text).lower())


def partial_date(value: str) -> str | None:
    """A date like 2022, 2024-6 or 2024-06-30 as ISO text at its precision; None when the calendar refuses it."""
    m = _DATE.match(value.strip())
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if d else "")


def parse(text: str, typing: bool = False) -> Query:
    """Parse a query; never raises. Problems become ``hints`` and the rest still applies.

    Args:
        text: the query as typed.
        typing: the text is being typed (the app's search box): an unfinished last word is a prefix.
    """
    text = text[:5000]
    last_bare = None
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    prefixes: list[str] = []
    excluded: list[str] = []
    entities: list[tuple[str, str]] = []
    outlets: list[str] = []
    hints: list[str] = []
    since = until = None
    for m in _PART.finditer(text):
        neg, name, quoted, closing, bare = m.groups()
        value = quoted if quoted is not None else (bare or "")
        if quoted is not None and not closing:
            hints.append("a closing quote is missing")
        if name:
            key = name.lower()
            if key in FIELDS or key in ("since", "until", "outlet"):
                if not value.strip():
                    hints.append(f"{key}: needs a value")
                    continue
                if key in FIELDS:
                    entities.append((FIELDS[key], fold_key(value)))
                elif key == "outlet":
                    outlets.append(fold_key(value))
                else:
                    parsed = partial_date(value)
                    if parsed is None:
                        hints.append(f"{key}: takes a date like 2022, 2024-06 or 2024-06-30")
                    elif key == "since":
                        since = parsed
                    else:
                        until = parsed
                continue
            hints.append(f"unknown filter {name}: (use person: org: place: event: since: until: outlet:)")
            value = f"{name} {value}"
        found = tokens(value)
        if not found:
            continue
        if neg:
            excluded.extend(found)
        elif quoted is not None and len(found) > 1:
            phrases.append(tuple(found))
        elif bare and bare.endswith("*") and len(found) == 1:
            prefixes.append(found[0])
        else:
            words.extend(found)
            last_bare = m
    total = len(words) + sum(len(p) for p in phrases) + len(prefixes)
    if total > MAX_TERMS:
        hints.append(f"only the first {MAX_TERMS} words are searched")
        words = words[:MAX_TERMS]
    typing_last = bool(typing and words and last_bare is not None and last_bare.end() == len(text.rstrip("\n"))
                       and last_bare.group(5) and not text[-1:].isspace())
    if typing_last and len(words[-1]) == 1:
        # one letter matches half the index: wait for the next key (the other words still search)
        words, typing_last = words[:-1], False
    elif typing_last and len(words[-1]) > PREFIX_INDEXED:
        # only 2- and 3-letter prefixes are indexed; a longer partial word is searched as typed
        typing_last = False
    return Query(text, tuple(words), tuple(phrases), tuple(prefixes), tuple(excluded), tuple(entities), since,
                 until, tuple(outlets), tuple(dict.fromkeys(hints)), typing_last)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_expressions(q: Query, alternatives: tuple[str, ...] = ()) -> list[str]:
    """FTS5 MATCH expressions to try in order: bare words as one phrase first, then all words anywhere.

    Args:
        q: the parsed query.
        alternatives: other spellings of the bare words (an entity's Vietnamese names for
            'United Nations'), matched as phrases beside them.

    Every token is quoted, so no typed text can be read as FTS5 syntax.
    """
    fixed = [_quote(" ".join(p)) for p in q.phrases] + [_quote(p) + "*" for p in q.prefixes]
    if not q.words:
        return [" AND ".join(fixed)] if fixed else []
    star = "*" if q.last_is_prefix else ""
    phrases = [_quote(" ".join(q.words)) + star] + [_quote(" ".join(tokens(a))) for a in alternatives if tokens(a)]
    first = phrases[0] if len(phrases) == 1 else "(" + " OR ".join(dict.fromkeys(phrases)) + ")"
    as_phrase = " AND ".join([first, *fixed])
    if len(q.words) == 1:
        return [as_phrase]
    anywhere = " AND ".join([*(_quote(w) for w in q.words[:-1]), _quote(q.words[-1]) + star, *fixed])
    return [as_phrase, anywhere]


def rank_terms(q: Query, alternatives: tuple[str, ...] = ()) -> list[str]:
    """The query's words, phrase words, other spellings and prefixes as single FTS5 terms, for bm25 ranking
    of articles already known to match (empty when the query has no words)."""
    own = dict.fromkeys([*q.words, *(w for p in q.phrases for w in p)])
    others = dict.fromkeys(w for a in sorted(alternatives, key=len) for w in tokens(a) if w not in own)
    words = [*own, *list(others)[: max(0, RANK_TERMS - len(own))]]  # each term costs a pass over its articles
    partial = q.words[-1] if q.last_is_prefix and q.words else None
    return [_quote(w) + ("*" if w == partial else "") for w in words] + [_quote(p) + "*" for p in q.prefixes]


def rank_expression(q: Query, alternatives: tuple[str, ...] = ()) -> str | None:
    """``rank_terms`` as one OR (None when the query has no words)."""
    return " OR ".join(rank_terms(q, alternatives)) or None


def exclusion_expression(q: Query) -> str | None:
    """An FTS5 expression matching articles to leave out, if any."""
    return " OR ".join(_quote(w) for w in q.excluded) or None
