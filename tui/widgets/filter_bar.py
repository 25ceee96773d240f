"""The filter bar: the search input, the active filters as chips, 'N of M articles', and query hints."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input

from ..output import inert


class SearchInput(Input):
    """The search box: Esc clears it, and Esc on an empty box clears every filter."""

    BINDINGS = [Binding("escape", "clear_or_reset", "Clear", show=False)]

    class ResetAll(Message):
        """Esc on an empty search box: clear every filter and chip."""

    def _watch_value(self, value: str) -> None:
        # Input gives its virtual size (a layout reactive) the text's width on every keystroke, and a
        # layout repaints the whole screen: 20 ms a key at 160x45. The box's size never depends on its
        # text, so set it quietly first; Input's own assignment then changes nothing.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def action_clear_or_reset(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.post_message(self.ResetAll())


class InfoLabel(Widget):
    """A fixed-size line of text that repaints without a layout pass (Static.update relayouts the screen)."""

    DEFAULT_CSS = """
    InfoLabel { height: 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = Text()

    def set(self, text: Text) -> None:
        """Show ``text`` (repaint only if it changed)."""
        if text.plain != self.text.plain or text.spans != self.text.spans:
            self.text = text
            self.refresh()

    def render(self) -> Text:
        return self.text


class FilterBar(Vertical):
    """Search input, chips and counts on one line; hints below it."""

    DEFAULT_CSS = """
    FilterBar { height: auto; dock: top; }
    FilterBar > Horizontal { height: 3; }
    FilterBar SearchInput { width: 1fr; }
    FilterBar #chips { width: 40; height: 3; padding: 1 1 0 1; }
    FilterBar #count { width: 26; height: 3; padding: 1 1 0 1; color: $text-muted; }
    FilterBar #hint { height: 1; padding: 0 2; color: $warning; }
    """

    def compose(self):
        with Horizontal():
            yield SearchInput(placeholder="Search (/) — words, \"phrases\", person:\"to lam\", since:2022 …", id="search")
            yield InfoLabel(id="chips")
            yield InfoLabel(id="count")
        yield InfoLabel(id="hint")

    def set_chips(self, chips: tuple[tuple[str, str], ...]) -> None:
        """Show the entity filters."""
        text = Text()
        for type_, name in chips:
            text.append(f" {type_[:3]}:{inert(name)} ", style="black on #bd93f9")
            text.append(" ")
        self.query_one("#chips", InfoLabel).set(text)

    def set_count(self, matched: int | None, total: int | None, loading: bool = False) -> None:
        """'N of M articles' (or '…' while counting)."""
        label = "…" if loading or matched is None else f"{matched:,} of {total:,} articles"
        self.query_one("#count", InfoLabel).set(Text(label, justify="right"))

    def set_hint(self, hints: tuple[str, ...]) -> None:
        """Hints about a malformed query, under the input."""
        self.query_one("#hint", InfoLabel).set(Text(" · ".join(inert(h) for h in hints)))
