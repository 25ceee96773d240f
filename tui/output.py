"""Terminal output for the CLI: JSON for scripts, rich tables for people, untrusted text kept inert.

Article text, titles and file names are shown as rich ``Text`` (never parsed as markup), with
control characters made visible, so nothing from a file can style or drive the terminal.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

stdout = Console(highlight=False, soft_wrap=False)
stderr = Console(stderr=True, highlight=False)


def inert(value: object) -> str:
    """Text with control characters (newlines too) shown as '⏎' or '�', never sent to the terminal."""
    text = "" if value is None else str(value)
    return _CONTROL.sub(lambda m: "⏎" if m.group(0) == "\n" else "�", text)


def hit_text(snippet: str, style: str = "bold reverse") -> Text:
    """A snippet as rich Text with the search hits styled (and no markup parsed)."""
    out = Text()
    parts = re.split(f"({HIT_OPEN}|{HIT_CLOSE})", snippet)
    on = False
    for part in parts:
        if part == HIT_OPEN:
            on = True
        elif part == HIT_CLOSE:
            on = False
        elif part:
            out.append(inert(part), style=style if on else None)
    return out


def plain_hits(snippet: str) -> str:
    """A snippet for JSON: hits between '«' and '»'."""
    return snippet.replace(HIT_OPEN, "«").replace(HIT_CLOSE, "»")


def published_label(record: dict) -> str:
    """A publication date at its precision ('2024-07-19 (day)'), or 'date unknown'."""
    if not record.get("published"):
        return "date unknown"
    return f"{record['published']} ({record['published_precision']})"


def print_json(data: object) -> None:
    """JSON on stdout (control characters escaped, so safe on any terminal)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def table(columns: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None) -> None:
    """A rich table of untrusted values."""
    t = Table(title=title, show_lines=False, expand=False)
    for name in columns:
        t.add_column(name, overflow="fold")
    for row in rows:
        t.add_row(*(cell if isinstance(cell, Text) else Text(inert(cell)) for cell in row))
    stdout.print(t)


def error(message: str) -> None:
    """A clear message on stderr."""
    stderr.print(Text("error: ", style="bold red") + Text(inert(message)))


def note(message: str) -> None:
    """A notice on stderr."""
    stderr.print(Text(inert(message), style="yellow"))
