"""The main screen: filter bar, timeline, reader and entity sidebar; it owns the query workers.

Every store read runs in a thread worker (exclusive per group, so a newer keystroke cancels the
stale query and interrupts its SQL); results come back as messages tagged with a generation so
late answers to old queries are dropped.
"""

from __future__ import annotations

import time

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from ..data import PAGE, Source
from ..messages import (ArticleReady, CountsReady, EntityPicked, EntityToggled, EventsReady, FacetsReady,
                        LeaveArticle, MoreRows, ResultsReady)
from ..widgets.filter_bar import FilterBar, SearchInput
from ..widgets.reader import Reader
from ..widgets.sidebar import EntitySidebar
from ..widgets.timeline import Timeline



REOPEN_DELAY = 0.12
"""Seconds of quiet typing before the reader, the counts and the entity facets follow the new query."""
NARROW_BELOW = 120
FACET_SAMPLE = 500
"""The entity sidebar first counts over this many of the newest matching articles."""


class MainScreen(Screen):
    """Three panes, filtered from the keyboard."""

    BINDINGS = [
        # priority: runs in the app's loop before later keys are forwarded, so a burst typed after '/' lands in the box
        Binding("slash", "focus_search", "Search", id="search", priority=True),
        Binding("escape", "reset", "Clear filters", show=False, id="reset"),
        Binding("t", "toggle_view", "Articles/events", id="toggle-view"),
        Binding("space", "mark", "Mark", id="mark"),
        Binding("a", "mark_all", "Mark all", id="mark-all"),
        Binding("e", "export", "Export", id="export"),
        Binding("n", "next_hit", "Next hit", id="next-hit"),
        Binding("N", "previous_hit", "Prev hit", show=False, id="previous-hit"),
        Binding("tab", "next_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    """Below NARROW_BELOW columns the reader shares the screen with one list: the timeline, or the entities
    while they have the focus (three panes there leave the reader a few columns)."""

    def __init__(self, source: Source) -> None:
        super().__init__()
        self.source = source
        self.text = ""
        self.chips: tuple[tuple[str, str], ...] = ()
        self.chip_ids: dict[tuple[str, str], int] = {}
        self.generation = 0
        self.expression: str | None = None
        self.mode_events = False
        self._pending_jump: str | None = None
        self.matched: int | None = None
        self.shown_text: str | None = None
        """The query text whose results the timeline shows (benchmarks wait on it)."""
        self.shown_at = 0.0
        self._reopen: Timer | None = None

    # layout ------------------------------------------------------------------------------------
    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one(FilterBar)

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one(EntitySidebar)

    @property
    def search(self) -> SearchInput:
        return self.query_one(SearchInput)

    def compose(self) -> ComposeResult:
        yield FilterBar()
        with Horizontal(id="panes"):
            yield Timeline(id="timeline")
            yield Reader(id="reader")
            yield EntitySidebar(id="sidebar")

    def on_mount(self) -> None:
        self.timeline.border_title = "Timeline"
        self.reader.border_title = "Reader"
        self.sidebar.border_title = "Entities"
        self.timeline.focus()
        self.call_after_refresh(self._first_painted)

    def _first_painted(self) -> None:
        """The empty panes are on screen: now ask for the first page (the first frame never waits for data) and
        add the key footer, whose nine keys cost the first frame a third of its time."""
        self.painted_at = time.perf_counter()
        self.mount(Footer())
        self.refresh_results()

    # queries -----------------------------------------------------------------------------------
    def refresh_results(self) -> None:
        """Start a new query for the typed text and chips; stale workers are cancelled and interrupted."""
        self.generation += 1
        self.source.interrupt_all()
        self.filter_bar.set_count(None, None, loading=True)
        self.filter_bar.set_chips(self.chips)
        self._load_results(self.text, self.chips, self.generation)

    @work(thread=True, exclusive=True, group="results", exit_on_error=False, description="search")
    def _load_results(self, text: str, chips: tuple, generation: int) -> None:
        results = self.source.results(text, chips)
        if not get_current_worker().is_cancelled:
            self.post_message(ResultsReady(results, generation))

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False, description="count")
    def _load_counts(self, text: str, chips: tuple, expression: str | None, generation: int) -> None:
        matched, total = self.source.counts(text, chips, expression)
        if not get_current_worker().is_cancelled:
            self.post_message(CountsReady(matched, total, generation))

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False, description="entities")
    def _load_facets(self, text: str, chips: tuple, generation: int) -> None:
        # A quick answer over the newest articles first (marked approximate), then the exact counts.
        for cap in (FACET_SAMPLE, None):
            facets = self.source.facets(text, chips, cap)
            if get_current_worker().is_cancelled:
                return
            self.post_message(FacetsReady(facets, generation))
            if facets.exact:
                return

    @work(thread=True, exclusive=True, group="more", exit_on_error=False, description="next page")
    def _load_more(self, text: str, chips: tuple, offset: int, generation: int) -> None:
        rows = self.source.more(text, chips, offset)
        if not get_current_worker().is_cancelled:
            self.post_message(MoreRows(rows, generation))

    @work(thread=True, exclusive=True, group="events", exit_on_error=False, description="events")
    def _load_events(self, text: str, chips: tuple, generation: int) -> None:
        events = self.source.events(text, chips)
        if not get_current_worker().is_cancelled:
            self.post_message(EventsReady(events, generation))

    @work(thread=True, exclusive=True, group="article", exit_on_error=False, description="article")
    def _load_article(self, article_id: int, text: str, focus: tuple[int, int] | None, jump: str | None) -> None:
        record = self.source.article(article_id, text)
        if record is not None and not get_current_worker().is_cancelled:
            self.post_message(ArticleReady(record, focus, jump))

    @work(thread=True, exclusive=True, group="mark-all", exit_on_error=False, description="mark all")
    def _mark_all(self, text: str, chips: tuple) -> None:
        ids = self.source.ids(text, chips)
        self.app.call_from_thread(self._apply_marks, ids)

    def _apply_marks(self, ids: list[int]) -> None:
        self.timeline.marks.update(ids)
        self.timeline.refresh_marks()
        self.notify(f"{len(ids):,} articles marked", markup=False)

    # results -----------------------------------------------------------------------------------
    @on(ResultsReady)
    def _show_results(self, message: ResultsReady) -> None:
        if message.generation != self.generation:
            return
        self.shown_text, self.shown_at = message.results.text, time.perf_counter()
        results = message.results
        self.expression = results.expression
        self.filter_bar.set_hint(results.hints)
        if self.mode_events:
            self._load_events(self.text, self.chips, self.generation)
        else:
            self.timeline.show_rows(results.rows, results.exhausted)
        self._after_typing(results.expression)

    def _after_typing(self, expression: str | None) -> None:
        """Counts, entity facets and the reader follow once typing pauses, so they never slow a keystroke."""
        if self._reopen is not None:
            self._reopen.stop()
        generation = self.generation

        def follow() -> None:
            if generation != self.generation:
                return
            if not self.mode_events:
                self._open_current()
            self._load_counts(self.text, self.chips, expression, generation)
            self._load_facets(self.text, self.chips, generation)

        self._reopen = self.set_timer(REOPEN_DELAY, follow)

    @on(MoreRows)
    def _show_more(self, message: MoreRows) -> None:
        if message.generation == self.generation and not self.mode_events:
            self.timeline.append_rows(message.rows, len(message.rows) < PAGE)

    @on(CountsReady)
    def _show_counts(self, message: CountsReady) -> None:
        if message.generation == self.generation:
            self.matched = message.matched
            self.filter_bar.set_count(message.matched, message.total)

    @on(FacetsReady)
    def _show_facets(self, message: FacetsReady) -> None:
        if message.generation == self.generation:
            self.sidebar.chips = set(self.chip_ids.values())
            self.sidebar.show(message.facets)

    @on(EventsReady)
    def _show_events(self, message: EventsReady) -> None:
        if message.generation == self.generation and self.mode_events:
            self.timeline.show_events(message.events)
            self._open_current()

    @on(ArticleReady)
    def _show_article(self, message: ArticleReady) -> None:
        record = message.record
        picked = self.sidebar.highlighted_option.id if self.sidebar.has_focus and self.sidebar.highlighted is not None else None
        self.reader.show(record, int(picked[1:]) if picked else None, message.focus, message.jump)
        self.sidebar.show(in_article={e["id"] for e in record["entities"]})

    # timeline ----------------------------------------------------------------------------------
    @on(Timeline.OptionHighlighted, "#timeline")
    def _timeline_moved(self, event: Timeline.OptionHighlighted) -> None:
        event.stop()
        self._open_current(self._pending_jump)
        self._pending_jump = None
        tl = self.timeline
        if tl.mode == "articles" and not tl.exhausted and tl.near_end():
            tl.exhausted = True
            self._load_more(self.text, self.chips, len(tl.rows), self.generation)

    @on(Timeline.OptionSelected, "#timeline")
    def _timeline_selected(self, event: Timeline.OptionSelected) -> None:
        event.stop()
        item = self.timeline.current_event()
        if item is not None:
            self._load_article(item["article_id"], self.text, (item["sentence_start"], item["sentence_end"]), None)
        self.reader.focus()

    def _open_current(self, jump: str | None = None) -> None:
        article_id = self.timeline.current_article_id()
        if article_id is None:
            return
        event = self.timeline.current_event()
        focus = (event["sentence_start"], event["sentence_end"]) if event else None
        self._load_article(article_id, self.text, focus, jump)

    # search box --------------------------------------------------------------------------------
    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        # No timer: each keystroke starts an exclusive worker, which cancels the stale one and
        # interrupts its SQL, so a burst costs no more than its last query and nothing waits.
        self.text = event.value
        self.refresh_results()

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        self.timeline.focus()

    @on(SearchInput.ResetAll)
    def _reset_from_input(self) -> None:
        self.action_reset()

    # sidebar -----------------------------------------------------------------------------------
    @on(EntityToggled)
    def _toggle_chip(self, message: EntityToggled) -> None:
        chip = (message.type, message.name)
        if chip in self.chips:
            self.chips = tuple(c for c in self.chips if c != chip)
            self.chip_ids.pop(chip, None)
        else:
            self.chips = (*self.chips, chip)
            self.chip_ids[chip] = message.entity_id
        self.refresh_results()

    @on(EntityPicked)
    def _entity_picked(self, message: EntityPicked) -> None:
        self.reader.pick(message.entity_id)

    @on(LeaveArticle)
    def _leave_article(self, message: LeaveArticle) -> None:
        tl = self.timeline
        if tl.highlighted is None or tl.option_count == 0:
            return
        target = tl.highlighted + (1 if message.forward else -1)
        if 0 <= target < tl.option_count:
            self._pending_jump = "first" if message.forward else "last"
            tl.highlighted = target
        else:
            self.notify("No more hits in this direction", severity="warning", markup=False)

    # panes -------------------------------------------------------------------------------------
    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """On a narrow screen the focused list (timeline or entities) is the one shown beside the reader."""
        if event.widget is self.sidebar:
            self.add_class("-entities")
        elif event.widget is self.timeline:
            self.remove_class("-entities")

    def action_next_pane(self, step: int) -> None:
        """Tab / Shift+Tab: search box, timeline, reader, entities, in turn (a hidden list comes into view)."""
        panes = [self.search, self.timeline, self.reader, self.sidebar]
        here = panes.index(self.focused) if self.focused in panes else 0
        self.set_focus(panes[(here + step) % len(panes)])

    # actions -----------------------------------------------------------------------------------
    def action_focus_search(self) -> None:
        """Focus the search box now, so keys typed right after '/' land in it (Widget.focus() is deferred).

        In the box itself, '/' is just a character (dates like 24/9)."""
        if self.focused is self.search:
            # queued behind the keys already forwarded to the box, so '24/9' stays in order
            self.search.post_message(events.Key("slash", "/"))
        else:
            self.set_focus(self.search)

    def action_reset(self) -> None:
        """Esc: clear the search text; with no text, clear every chip and filter."""
        if self.text:
            self.text = ""
        elif self.chips:
            self.chips, self.chip_ids = (), {}
        else:
            return
        with self.search.prevent(Input.Changed):
            self.search.value = ""
        self.refresh_results()

    def action_toggle_view(self) -> None:
        """Switch the timeline between articles and dated events."""
        self.mode_events = not self.mode_events
        self.timeline.border_title = "Events" if self.mode_events else "Timeline"
        self.refresh_results()

    def action_mark(self) -> None:
        """Mark or unmark the article under the cursor."""
        self.timeline.toggle_mark()
        self.timeline.action_cursor_down()

    def action_mark_all(self) -> None:
        """Mark every article of the current result."""
        self._mark_all(self.text, self.chips)

    def action_next_hit(self) -> None:
        """Next mention of the picked entity, or next search hit."""
        self.reader.step(True)

    def action_previous_hit(self) -> None:
        """Previous mention or hit."""
        self.reader.step(False)

    def action_export(self) -> None:
        """Export the marked articles (else the current result) to Markdown."""
        from .export import ExportScreen

        marked = sorted(self.timeline.marks)
        self.app.push_screen(ExportScreen(self.source, self.text, self.chips, marked or None))
