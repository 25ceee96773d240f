"""The five seed articles bundled with the package, and the first-use store built from them."""

from __future__ import annotations

from pathlib import Path

from .db import Store, is_empty


def seeds_dir() -> Path:
    """The bundled seeds: inside the installed package, or the repository's seeds/ in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise FileNotFoundError("the bundled seed articles are missing from this installation")


def ensure_seeded(store: Store) -> bool:
    """Fill an empty, writable store from the bundled seeds; True when it did."""
    if store.readonly or not is_empty(store):
        return False
    from .ingestion import ingest  # the extractor loads only when there is something to read

    ingest(store, [seeds_dir()], workers=1)
    return True
