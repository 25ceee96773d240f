"""The reader: a metadata header and the clean body, with entity mentions and search hits highlighted.

The body is one Static per paragraph, built as rich Text (never markup). n/N move through the
targets (the picked entity's mentions, else the search hits), scrolling to the paragraph.
"""

from __future__ import annotations

import bisect

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..messages import LeaveArticle
from ..output import inert

TYPE_STYLES = {"person": "bold #8be9fd", "organization": "#50fa7b", "place": "#f1fa8c", "event": "#ff79c6"}
HIT_STYLE = "black on #ffb86c"
CURRENT_STYLE = "black on #ff5555"
PICKED_STYLE = "underline bold"


def paragraphs(body: str) -> list[tuple[int, str]]:
    """Paragraphs of the body with their start offsets."""
    out, at = [], 0
    for part in body.split("\n\n"):
        out.append((at, part))
        at += len(part) + 2
    return out


def header_text(record: dict) -> Text:
    """Headline, date at its precision, outlet, source file and duplicates."""
    head = Text(inert(record["title"] or record["lead"]), style="bold" if record["title"] else "bold italic")
    date = f"{record['published']} ({record['published_precision']})" if record["published"] else "date unknown"
    head.append(f"\n{date} · {inert(record['outlet'] or 'outlet unknown')}", style="cyan")
    head.append(f"\n{inert(record['source'])}", style="dim")
    if record["duplicates"]:
        head.append(f"\nalso in: {', '.join(inert(d) for d in record['duplicates'])}", style="dim")
    return head


class Reader(VerticalScroll, can_focus=True):
    """One article, highlighted, with n/N navigation."""

    DEFAULT_CSS = """
    Reader { padding: 0 1; }
    Reader > .para { margin-bottom: 1; }
    Reader > #reader-header { border-bottom: solid $primary; margin-bottom: 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.record: dict | None = None
        self.picked: int | None = None
        self.targets: list[tuple[int, int]] = []
        self.current = -1
        self.focus_span: tuple[int, int] | None = None

    def compose(self):
        yield Static(Text("Select an article in the timeline.", style="dim"), id="reader-header")

    def show(self, record: dict, picked: int | None, focus: tuple[int, int] | None = None, jump: str | None = None) -> None:
        """Show an article; ``focus`` highlights a span (an event's sentence), ``jump`` goes to the first/last target."""
        self.record, self.picked, self.focus_span = record, picked, focus
        self._set_targets()
        self.current = -1
        with self.app.batch_update():
            self.query(".para").remove()
            self.query_one("#reader-header", Static).update(header_text(record))
            self.mount_all(Static(self._paragraph(at, text), classes="para") for at, text in paragraphs(record["body"]))
        self.scroll_home(animate=False)
        if focus:
            self.call_after_refresh(self._scroll_to_offset, focus[0])
        elif jump and self.targets:
            self.call_after_refresh(self.step, jump == "first")

    def pick(self, entity_id: int | None) -> None:
        """Make an entity's mentions the n/N targets (None: back to the search hits)."""
        if self.record is None or entity_id == self.picked:
            return
        self.picked = entity_id
        self._set_targets()
        self.current = -1
        self._restyle()

    def _set_targets(self) -> None:
        record = self.record or {}
        spans: list[tuple[int, int]] = []
        if self.picked is not None:
            for e in record.get("entities", []):
                if e["id"] == self.picked:
                    spans = [tuple(s) for s in e["spans"]]
        self.targets = spans or [tuple(s) for s in record.get("hits", [])]

    def _paragraph(self, at: int, text: str) -> Text:
        out = Text(text)
        end = at + len(text)
        for e in (self.record or {}).get("entities", []):
            style = TYPE_STYLES.get(e["type"], "")
            if e["id"] == self.picked:
                style += " " + PICKED_STYLE
            for s, t in e["spans"]:
                if at <= s < end:
                    out.stylize(style, s - at, min(t, end) - at)
        for s, t in (self.record or {}).get("hits", []):
            if at <= s < end:
                out.stylize(HIT_STYLE, s - at, min(t, end) - at)
        if self.focus_span and at <= self.focus_span[0] < end:
            out.stylize("reverse", self.focus_span[0] - at, min(self.focus_span[1], end) - at)
        if 0 <= self.current < len(self.targets):
            s, t = self.targets[self.current]
            if at <= s < end:
                out.stylize(CURRENT_STYLE, s - at, min(t, end) - at)
        return out

    def _restyle(self) -> None:
        if self.record is None:
            return
        for widget, (at, text) in zip(self.query(".para"), paragraphs(self.record["body"])):
            widget.update(self._paragraph(at, text))

    def _scroll_to_offset(self, offset: int) -> None:
        starts = [at for at, _ in paragraphs((self.record or {}).get("body", ""))]
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        widgets = list(self.query(".para"))
        if index < len(widgets):
            self.scroll_to_widget(widgets[index], animate=False, top=True)

    def step(self, forward: bool) -> None:
        """Go to the next (or previous) target; past the end, ask to continue in the next article."""
        if not self.targets:
            self.post_message(LeaveArticle(forward))
            return
        nxt = self.current + 1 if forward else (self.current - 1 if self.current >= 0 else len(self.targets) - 1)
        if not 0 <= nxt < len(self.targets):
            self.post_message(LeaveArticle(forward))
            return
        self.current = nxt
        self._restyle()
        self._scroll_to_offset(self.targets[nxt][0])
