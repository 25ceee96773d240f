"""uncops-tui's store: article files in, a searchable SQLite store out. Never imports textual or tui.

Public names:
    open_store, default_path, Store, StoreError   opening a store (store.db)
    ingest, find_files                             reading files into it (store.ingest)
    parse                                          the query language (store.query)
    queries                                        reading it back (store.queries)
    seeds_dir, ensure_seeded                       the bundled seed articles (store.seeds)
"""

from .db import Store, StoreError, default_path, open_store
from .ingest import find_files, ingest
from .query import parse
from .seeds import ensure_seeded, seeds_dir

__all__ = ["Store", "StoreError", "default_path", "open_store", "find_files", "ingest", "parse", "seeds_dir",
           "ensure_seeded"]
