"""The entity sidebar: the result set's entities by type with article counts; Enter toggles a filter."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from ..data import Facets
from ..messages import EntityPicked, EntityToggled
from ..output import inert
from .lists import KeyList

GROUPS = (("person", "People"), ("organization", "Organisations"), ("place", "Places"), ("event", "Events"))


class EntitySidebar(KeyList):
    """Entities grouped by type; those in the open article stand out; chips are marked."""

    DEFAULT_CSS = """
    EntitySidebar { height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.facets = Facets()
        self.in_article: set[int] = set()
        self.chips: set[int] = set()
        self.entries: dict[str, dict] = {}

    def show(self, facets: Facets | None = None, in_article: set[int] | None = None) -> None:
        """Redraw with new facets and/or the open article's entities; the cursor stays on its entity."""
        if facets is not None and facets == self.facets and in_article is None:
            return
        if in_article is not None and facets is None and in_article == self.in_article:
            return
        if facets is not None:
            self.facets = facets
            self.border_subtitle = "" if facets.exact else "≈ counting…"
        if in_article is not None:
            self.in_article = in_article
        keep = self.highlighted_option.id if self.highlighted is not None else None
        options, self.entries = [], {}
        for type_, title in GROUPS:
            items = self.facets.by_type.get(type_, [])
            if not items:
                continue
            options.append(Option(Text(title, style="bold underline"), disabled=True))
            for item in items:
                option_id = f"e{item['id']}"
                self.entries[option_id] = item
                options.append(Option(self._prompt(item), id=option_id))
        self.set_options(options)
        ids = [o.id for o in options]
        if keep in ids:
            self.highlighted = ids.index(keep)

    def _prompt(self, item: dict) -> Text:
        strong = item["id"] in self.in_article
        text = Text("✓" if item["id"] in self.chips else " ", style="bold magenta", no_wrap=True, overflow="ellipsis")
        text.append(f"{item['articles']:>4} ", style="cyan")
        text.append(inert(item["name"]), style="bold" if strong else "dim")
        if item.get("english") and item["english"] != item["name"]:
            text.append(f" · {inert(item['english'])}", style="italic dim")
        return text

    def on_option_list_option_selected(self, event: KeyList.OptionSelected) -> None:
        event.stop()
        item = self.entries.get(event.option.id or "")
        if item:
            self.post_message(EntityToggled(item["type"], item["name"], item["id"]))

    def on_option_list_option_highlighted(self, event: KeyList.OptionHighlighted) -> None:
        event.stop()
        item = self.entries.get(event.option.id or "")
        self.post_message(EntityPicked(item["id"] if item else None))
