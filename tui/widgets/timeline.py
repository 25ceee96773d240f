"""The timeline: articles by publication date (or the dated events), paged from SQL, with marks."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from store import queries as Q

from ..output import inert
from .lists import KeyList

DATE_WIDTH = 10
OUTLET_WIDTH = 12
OUTLET_FROM = 44
"""A timeline narrower than this many columns leaves the outlet out, so the headline keeps its room."""


def date_label(value: str | None) -> str:
    """A date at its precision in ISO form, or an em dash when unknown."""
    return (value or "—").ljust(DATE_WIDTH)


def _cell(text: str | None, width: int) -> str:
    text = inert(text or "")
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)


def article_prompt(row: Q.Row, marked: bool, outlet_width: int = OUTLET_WIDTH) -> Text:
    """One timeline row: mark, date, outlet (unless ``outlet_width`` is 0), headline (or the lead's first words)."""
    prompt = Text()
    prompt.append("● " if marked else "  ", style="bold magenta")
    prompt.append(date_label(row.published) + " ", style="dim" if not row.published else "cyan")
    if outlet_width:
        prompt.append(_cell(row.outlet, outlet_width) + " ", style="green")
    prompt.append(inert(row.title) if row.title else inert(row.lead), style=None if row.title else "italic")
    return _one_line(prompt)


def _one_line(text: Text) -> Text:
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def event_prompt(event: dict) -> Text:
    """One event row: date span, the expression as written, the article."""
    span = event["start"] if event["end"] == event["start"] else f"{event['start']}–{event['end'] or '…'}"
    prompt = Text()
    prompt.append(span.ljust(22), style="cyan")
    prompt.append(_cell(event["text"], 22) + " ", style="yellow")
    prompt.append(inert(event["title"] or event["lead"]))
    return _one_line(prompt)


class Timeline(KeyList):
    """Articles newest first (or events in date order), a page at a time."""

    DEFAULT_CSS = """
    Timeline { height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Q.Row] = []
        self.events: list[dict] = []
        self.marks: set[int] = set()
        self.mode = "articles"
        self.exhausted = True
        self.outlet_width = OUTLET_WIDTH

    def show_rows(self, rows: list[Q.Row], exhausted: bool) -> None:
        """Replace the rows; keep the cursor on the same article when it is still there."""
        current = self.current_article_id()
        if self.mode == "articles" and [r.id for r in rows] == [r.id for r in self.rows]:
            self.exhausted = exhausted
            return
        self.mode, self.rows, self.exhausted = "articles", list(rows), exhausted
        self.set_options([Option(self._prompt(r)) for r in self.rows])
        if self.rows:
            ids = [r.id for r in self.rows]
            self.highlighted = ids.index(current) if current in ids else 0

    def append_rows(self, rows: list[Q.Row], exhausted: bool) -> None:
        """Add the next page."""
        self.rows.extend(rows)
        self.exhausted = exhausted
        self.add_options([Option(self._prompt(r)) for r in rows])

    def show_events(self, events: list[dict]) -> None:
        """Show the event timeline instead of articles."""
        self.mode, self.events = "events", events
        self.set_options([Option(event_prompt(e)) for e in events])
        if events:
            self.highlighted = 0

    def current_article_id(self) -> int | None:
        """The article under the cursor (for an event row, its article)."""
        index = self.highlighted
        if index is None:
            return None
        if self.mode == "events":
            return self.events[index]["article_id"] if index < len(self.events) else None
        return self.rows[index].id if index < len(self.rows) else None

    def current_event(self) -> dict | None:
        """The event under the cursor in event mode."""
        index = self.highlighted
        if self.mode != "events" or index is None or index >= len(self.events):
            return None
        return self.events[index]

    def toggle_mark(self) -> None:
        """Mark or unmark the article under the cursor."""
        article_id = self.current_article_id()
        if article_id is None:
            return
        self.marks.symmetric_difference_update({article_id})
        self.refresh_marks()

    def refresh_marks(self) -> None:
        """Redraw every row (its mark, or the columns after a resize)."""
        if self.mode != "articles":
            return
        for i, row in enumerate(self.rows):
            self.replace_option_prompt_at_index(i, self._prompt(row))

    def _prompt(self, row: Q.Row) -> Text:
        return article_prompt(row, row.id in self.marks, self.outlet_width)

    def on_resize(self) -> None:
        width = OUTLET_WIDTH if self.size.width >= OUTLET_FROM else 0
        if width != self.outlet_width:
            self.outlet_width = width
            self.refresh_marks()

    def near_end(self) -> bool:
        """True when the cursor is within a few rows of the last loaded one."""
        return self.highlighted is not None and self.highlighted >= len(self.rows) - 5
