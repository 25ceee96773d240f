"""`uncops-tui show` for people: the article as rich text, never parsed as markup."""

from __future__ import annotations

from rich.panel import Panel
from rich.text import Text

from . import output as out


def print_article(record: dict) -> None:
    """Print one article: header, body, entities by type, events."""
    head = Text(out.inert(record["title"] or record["lead"]), style="bold")
    meta = Text(f"\n{out.published_label(record)} · {out.inert(record['outlet'] or 'outlet unknown')} · {out.inert(record['source'])}")
    if record["duplicates"]:
        meta.append(f"\nalso in: {', '.join(out.inert(d) for d in record['duplicates'])}")
    out.stdout.print(Panel(head + meta, expand=True))
    for paragraph in record["body"].split("\n\n"):
        out.stdout.print(Text(paragraph))
        out.stdout.print()
    if record["entities"]:
        out.table(("type", "entity", "english", "mentions", "spellings / titles"),
                  [(e["type"], e["name"], e["english"] or "", e["mentions"],
                    "; ".join(e["aliases"] + e.get("titles", []))) for e in record["entities"]])
    if record["events"]:
        out.table(("start", "end", "precision", "as written"),
                  [(e["start"], e["end"] or "…", e["precision"], e["text"]) for e in record["events"]])
