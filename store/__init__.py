"""uncops-tui's store: article files in, a searchable SQLite store out. Never imports textual or tui.

Public names:
    open_store, default_path, Store, StoreError   opening a store (store.db)
    ingest, find_files                             reading files into it (store.ingestion)
    parse                                          the query language (store.query)
    queries                                        reading it back (store.queries)
    seeds_dir, ensure_seeded                       the bundled seed articles (store.seeds)
"""

from .db import Store, StoreError, default_path, open_store
from .query import parse
from .seeds import ensure_seeded, seeds_dir

_LAZY = {"find_files", "ingest"}
"""Loaded on first use: they bring the whole extractor, which opening a store to read it does not need."""


def __getattr__(name: str):
    """``store.ingest`` and ``store.find_files``, imported when first asked for."""
    if name in _LAZY:
        from . import ingestion

        return getattr(ingestion, name)
    raise AttributeError(f"module 'store' has no attribute {name!r}")

__all__ = ["Store", "StoreError", "default_path", "open_store", "find_files", "ingest", "parse", "seeds_dir",
           "ensure_seeded"]
