"""The compact form of an article's mentions in ``article_mentions.entities``.

One JSON list per article, one item per entity: ``[entity_id, offsets, spellings]`` plus ``titles`` for a
person named with titles. ``offsets`` are ``[gap, length, gap, length, ...]``: each mention starts ``gap``
characters after the end of the one before (the first after 0). ``spellings`` is empty when the only
spelling in the article is the entity's own name. About a third of the size of plain spans and spellings.
"""

from __future__ import annotations

import json

_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode_offsets(spans: list[tuple[int, int]]) -> list[int]:
    """``[(start, end), ...]`` in text order as ``[gap, length, ...]``."""
    out, at = [], 0
    for start, end in spans:
        out += (start - at, end - start)
        at = end
    return out


def decode_offsets(coded: list[int]) -> list[list[int]]:
    """``[gap, length, ...]`` back to ``[[start, end], ...]``."""
    out, at = [], 0
    for i in range(0, len(coded) - 1, 2):
        start = at + coded[i]
        at = start + coded[i + 1]
        out.append([start, at])
    return out


def entity_detail(name: str, spans: list[tuple[int, int]], spellings: list[str], titles: list[str]) -> str:
    """One entity's item without its id and brackets: ``offsets,spellings[,titles]`` (the writer adds the id)."""
    if spellings == [name]:
        spellings = []
    parts = [encode_offsets(spans), spellings, titles] if titles else [encode_offsets(spans), spellings]
    return _to_json(parts)[1:-1]


def join_details(items: list[tuple[int, str]]) -> str:
    """The column value for an article from ``(entity_id, entity_detail)`` pairs."""
    return "[" + ",".join(f"[{eid},{detail}]" for eid, detail in items) + "]"


def decode(value: str) -> dict[int, tuple[list[list[int]], list[str], list[str]]]:
    """``{entity_id: (spans, spellings, titles)}``; empty spellings mean the entity's own name."""
    out = {}
    for item in json.loads(value):
        out[item[0]] = (decode_offsets(item[1]), item[2], item[3] if len(item) > 3 else [])
    return out
