"""The reader: a metadata header and the clean body, with entity mentions and search hits highlighted.

The body is one Static holding one rich Text (never markup): a new article is one update, not a
remount of widgets. n/N move through the targets (the picked entity's mentions, else the search
hits); the view scrolls to the wrapped line that holds the target.
"""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..messages import LeaveArticle
from ..output import inert, published_label

TYPE_STYLES = {"person": "bold #8be9fd", "organization": "#50fa7b", "place": "#f1fa8c", "event": "#ff79c6"}
HIT_STYLE = "black on #ffb86c"
CURRENT_STYLE = "black on #ff5555"
PICKED_STYLE = "underline bold"


def header_text(record: dict) -> Text:
    """Headline, date at its precision, outlet, source file and duplicates."""
    head = Text(inert(record["title"] or record["lead"]), style="bold" if record["title"] else "bold italic")
    head.append(f"\n{published_label(record)} · {inert(record['outlet'] or 'outlet unknown')}", style="cyan")
    head.append(f"\n{inert(record['source'])}", style="dim")
    if record["duplicates"]:
        head.append(f"\nalso in: {', '.join(inert(d) for d in record['duplicates'])}", style="dim")
    return head


class Reader(VerticalScroll, can_focus=True):
    """One article, highlighted, with n/N navigation."""

    DEFAULT_CSS = """
    Reader { padding: 0 1; }
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
        yield Static("", id="reader-body")

    @property
    def body(self) -> Static:
        return self.query_one("#reader-body", Static)

    def show(self, record: dict, picked: int | None, focus: tuple[int, int] | None = None, jump: str | None = None) -> None:
        """Show an article; ``focus`` highlights a span (an event's sentence), ``jump`` goes to the first/last target."""
        same = self.record is not None and self.record["id"] == record["id"]
        if same and not jump and (record, picked, focus) == (self.record, self.picked, self.focus_span):
            return  # typing reopened the same article with the same hits: a redraw would only cost a frame
        self.record, self.picked, self.focus_span = record, picked, focus
        self._set_targets()
        self.current = -1
        self.query_one("#reader-header", Static).update(header_text(record))
        self.body.update(self._body_text())
        if focus:
            self.call_after_refresh(self._scroll_to_offset, focus[0])
        elif jump and self.targets:
            self.call_after_refresh(self.step, jump == "first")
        elif not same:
            self.scroll_home(animate=False)

    def pick(self, entity_id: int | None) -> None:
        """Make an entity's mentions the n/N targets (None: back to the search hits)."""
        if self.record is None or entity_id == self.picked:
            return
        self.picked = entity_id
        self._set_targets()
        self.current = -1
        self.body.update(self._body_text())

    def _set_targets(self) -> None:
        record = self.record or {}
        spans: list[tuple[int, int]] = []
        if self.picked is not None:
            for e in record.get("entities", []):
                if e["id"] == self.picked:
                    spans = [tuple(s) for s in e["spans"]]
        self.targets = spans or [tuple(s) for s in record.get("hits", [])]

    def _body_text(self) -> Text:
        record = self.record or {}
        out = Text(record.get("body", ""))
        for e in record.get("entities", []):
            style = TYPE_STYLES.get(e["type"], "") + (" " + PICKED_STYLE if e["id"] == self.picked else "")
            for s, t in e["spans"]:
                out.stylize(style, s, t)
        for s, t in record.get("hits", []):
            out.stylize(HIT_STYLE, s, t)
        if self.focus_span:
            out.stylize("reverse", *self.focus_span)
        if 0 <= self.current < len(self.targets):
            out.stylize(CURRENT_STYLE, *self.targets[self.current])
        return out

    def _line_of(self, offset: int) -> int:
        """The wrapped line (in the body widget) that holds a character offset."""
        text = (self.record or {}).get("body", "")
        width = max(1, self.body.content_region.width or self.content_region.width)
        lines = Text(text[:offset]).wrap(self.app.console, width)
        return max(0, len(lines) - 1)

    def _scroll_to_offset(self, offset: int) -> None:
        line = self._line_of(offset)
        top = self.body.virtual_region.y + line
        self.scroll_to(y=max(0, top - 3), animate=False)

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
        self.body.update(self._body_text())
        self._scroll_to_offset(self.targets[nxt][0])
