"""The help screen: every key, read from the bindings themselves so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .main import NARROW_BELOW

EXTRA_KEYS = (
    ("j / k, ↓ / ↑", "Move in a list"),
    ("g / G, Home / End", "Top / bottom of a list"),
    ("Enter", "Search box: back to the timeline · Timeline: open (events: the sentence) · Entities: toggle a filter"),
    ("Esc", "Search box: clear it, then every filter · elsewhere: clear every filter"),
    ("Tab / Shift+Tab",
     f"Next / previous pane (under {NARROW_BELOW} columns: the entities take the timeline's place while focused)"),
    ("N", "Previous mention or hit (continues into the previous article)"),
    ("ctrl+p", "Command palette"),
    ("?", "This help"),
    ("q", "Quit"),
)
EXPLAINED_BELOW = {"tab", "shift+tab", "escape"}
"""Keys whose bindings EXTRA_KEYS explains more fully."""
KEY_NAMES = {"slash": "/", "question_mark": "?", "space": "Space"}
QUERY_HELP = (
    'Query language: words (diacritics optional, as a phrase first), "quoted phrases", prefix*, -exclude, '
    'person:"to lam" org:unmiss place:abyei event:uncops, since:2022 until:2024-06, outlet:ANTV.'
)


def key_table(bindings: list[Binding]) -> Table:
    """A table of keys and what they do."""
    table = Table(show_header=True, box=None, padding=(0, 2))
    table.add_column("Key", style="bold cyan", no_wrap=True)
    table.add_column("Action")
    seen = set(EXPLAINED_BELOW)
    for binding in bindings:
        name = binding.key_display or KEY_NAMES.get(binding.key, binding.key)
        if binding.description and binding.key not in seen and name not in seen:
            seen.update((binding.key, name))
            table.add_row(Text(name), Text(binding.description))
    for key, what in EXTRA_KEYS:
        if key not in seen:
            table.add_row(Text(key), Text(what))
    return table


class HelpScreen(ModalScreen):
    """Keys and the query language."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape,q,question_mark", "app.pop_screen", "Close")]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.bindings_shown = bindings

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text("uncops-tui — keys", style="bold"))
            yield Static(key_table(self.bindings_shown))
            yield Static(Text("\n" + QUERY_HELP, style="italic"))
            yield Static(Text("\nEsc, q or ? closes this help.", style="dim"))
