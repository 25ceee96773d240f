"""The gazetteer and alias table: known entities with their English names and every spelling.

The bundled table is ``store/data/gazetteer.json``. A user alias file in the same format (the
data directory's ``aliases.json``, or one named with ``--aliases``) adds entities or merges new
spellings into existing ones on the next ingest, with no code change.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .text import fold_key, match_key, modern_tones

BUNDLED = Path(__file__).parent / "data" / "gazetteer.json"
TYPES = ("person", "organization", "place", "event")
_GIVEN_NAMES = frozenset(("Jordan", "Chad", "Georgia"))
"""English names that are also given names: matched only where an alias says so, not as the English name."""


class AliasFileError(ValueError):
    """A user alias file cannot be read; the message names the file and the fault."""


@dataclass(frozen=True)
class Entry:
    """A known entity."""

    name: str
    type: str
    english: str | None
    key: str


@dataclass
class Gazetteer:
    """Entries by the matching key of each of their spellings."""

    by_key: dict[str, Entry] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    lower_ok: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    """Every word-prefix of every spelling: a scan stops as soon as its words are none of them."""
    max_tokens: int = 1
    _folded: Gazetteer | None = field(default=None, repr=False)

    def add(self, name: str, type_: str, english: str | None, aliases: list[str], ambiguous: list[str]) -> None:
        """Add an entity, or merge its spellings into the entity one of them already names."""
        forms = [name, *aliases, *([english] if english and english not in _GIVEN_NAMES else [])]
        existing = next((self.by_key[match_key(f)] for f in forms if match_key(f) in self.by_key
                          and self.by_key[match_key(f)].type == type_), None)
        entry = existing or Entry(modern_tones(name), type_, english, entity_key(type_, name))
        if existing and english and not existing.english:
            entry = Entry(existing.name, existing.type, english, existing.key)
            for key, value in list(self.by_key.items()):
                if value is existing:
                    self.by_key[key] = entry
        for form in forms:
            key = match_key(form)
            if key:
                self._register(key, entry)
                self._register(key.replace("phòng, chống", "phòng chống"), entry)  # as the tokens join it
                if form[:1].islower():
                    self.lower_ok.add(key.split(" ")[0])
        self.ambiguous.update(match_key(a) for a in ambiguous)

    def _register(self, key: str, entry: Entry) -> None:
        self.by_key[key] = entry
        self.max_tokens = max(self.max_tokens, len(key.replace("-", " ").split()))
        for cut in range(1, len(key)):
            if key[cut] in " -.":
                self.prefixes.add(key[:cut])

    def add_spelling_variants(self) -> None:
        """Every spelling of a body named after the UN or a place, with the other spellings of those:
        'Phái bộ gìn giữ hòa bình LHQ tại Cộng hòa Nam Xu-đăng' is the alias written with 'Liên Hợp Quốc'
        and 'Nam Sudan'."""
        spellings: dict[Entry, list[str]] = {}
        for key, entry in self.by_key.items():
            spellings.setdefault(entry, []).append(key)
        un = self.by_key.get("liên hợp quốc")
        un_forms = [k for k in spellings.get(un, []) if " " in k or k in ("lhq", "un")] if un else []
        for entry, keys in list(spellings.items()):
            if entry.type not in ("organization", "event") or entry is un:
                continue
            for key in keys:
                for variant in self._variants(key, un_forms, spellings):
                    if variant not in self.by_key:  # a spelling the table names itself keeps its entity
                        self._register(variant, entry)

    def _variants(self, key: str, un_forms: list[str], spellings: dict[Entry, list[str]]) -> set[str]:
        out = {key}
        for form in un_forms:  # 'liên hợp quốc' / 'lhq' / 'liên hiệp quốc' inside the name
            if f" {form} " in f" {key} ":
                out |= {f" {key} ".replace(f" {form} ", f" {other} ").strip() for other in un_forms}
        for name in list(out):
            head, sep, place = name.rpartition(" tại ")
            entry = self.by_key.get(place) if sep else None
            if entry is not None and entry.type == "place":
                for alias in spellings[entry]:
                    out |= {f"{head} tại {alias}", f"{head} tại cộng hòa {alias}", f"{head} tại khu vực {alias}"}
        return out - {key}

    def folded(self) -> Gazetteer:
        """The same names keyed without diacritics ('ha noi', 'dien bien'), for English text that drops
        them; a folded key two entities share is left out."""
        if self._folded is None:
            out, clashes = Gazetteer(max_tokens=self.max_tokens), set()
            for key, entry in self.by_key.items():
                folded = fold_key(key)
                if out.by_key.setdefault(folded, entry) is not entry:
                    clashes.add(folded)
            for folded in clashes:
                del out.by_key[folded]
            out.prefixes = {fold_key(p) for p in self.prefixes}
            out.ambiguous = {fold_key(a) for a in self.ambiguous}
            out.lower_ok = {fold_key(w) for w in self.lower_ok}
            self._folded = out
        return self._folded

    def get(self, key: str) -> Entry | None:
        """The entry a matching key names."""
        return self.by_key.get(key)


def entity_key(type_: str, name: str) -> str:
    """The identity of an entity across articles: its type and matching key of its canonical name; a person's
    without diacritics, since English editions write 'Nguyen Duy Ngoc' for 'Nguyễn Duy Ngọc'."""
    return f"{type_}:{fold_key(name) if type_ == 'person' else match_key(name)}"


def _load_into(gaz: Gazetteer, path: Path) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AliasFileError(f"{path}: cannot read alias file ({exc})") from None
    items = data.get("entities", []) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise AliasFileError(f"{path}: expected a list of entities or {{'entities': [...]}}")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise AliasFileError(f"{path}: entity {i} needs a 'name'")
        type_ = item.get("type", "organization")
        if type_ not in TYPES:
            raise AliasFileError(f"{path}: entity {item['name']!r} has type {type_!r}; use one of {', '.join(TYPES)}")
        aliases = [a for a in item.get("aliases", []) if isinstance(a, str)]
        gaz.add(item["name"], type_, item.get("english"), aliases, list(item.get("ambiguous", [])))


def user_alias_path() -> Path:
    """The user's alias file in the data directory (used when it exists)."""
    from platformdirs import user_data_path

    return user_data_path("uncops-tui", appauthor=False) / "aliases.json"


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer plus the user's alias files (cached per set of files)."""
    gaz = Gazetteer()
    _load_into(gaz, BUNDLED)
    for name in extra:
        _load_into(gaz, Path(name))
    gaz.add_spelling_variants()
    return gaz


def default_alias_files() -> tuple[str, ...]:
    """Alias files to use when none is named: $UNCOPS_TUI_ALIASES, else the data directory's file if present."""
    env = os.environ.get("UNCOPS_TUI_ALIASES")
    if env:
        return (env,)
    path = user_alias_path()
    return (str(path),) if path.exists() else ()


@lru_cache(maxsize=1)
def place_names_by_spelling() -> dict[str, str]:
    """The bundled places' names by their folded spelling without spaces or signs ('quangngai': 'Quảng Ngãi'),
    as a domain writes them."""
    items = json.loads(BUNDLED.read_text(encoding="utf-8"))["entities"]
    return {"".join(ch for ch in fold_key(item["name"]) if ch.isalnum()): item["name"]
            for item in items if item.get("type") == "place"}
