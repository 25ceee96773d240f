"""What ingest reads by default: constants the CLI shows in its options without loading the extractor."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Files larger than this are rejected unread (a 10 MB 'article' is a dump, not a page)."""
DEFAULT_GLOBS = ("*.txt", "*.md")
"""File-name patterns read in a folder."""
