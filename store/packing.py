"""Article bodies as the store keeps them: zlib-compressed UTF-8 (schema 5 on).

A body is most of a store's bytes besides the full-text index, and news prose compresses to about
0.35 of its size (measured on the seeds: 0.31-0.38). Every body is read whole and one at a time (the
reader, ``show``, the export, a page of snippets), so decompressing it costs about 20 µs where it is
read; nothing searches the column itself (the full-text index holds its folded words). A store from
an earlier release, opened read-only, still has text bodies: ``unpack`` reads both.
"""

from __future__ import annotations

import zlib

LEVEL = 6


def pack(text: str) -> bytes:
    """A body as stored."""
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(value: bytes | str | None) -> str:
    """A stored body as text (a text value is a body from before schema 5, returned as it is)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return zlib.decompress(value).decode("utf-8")
