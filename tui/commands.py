"""Command palette entries, named 'area: verb', offering the same actions as the keys."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

COMMANDS = (
    ("search: focus the search box", "focus_search", "/"),
    ("filter: clear every filter", "reset", "Esc"),
    ("view: toggle articles / events", "toggle_view", "t"),
    ("marks: mark all shown", "mark_all", "a"),
    ("export: selection to Markdown", "export", "e"),
    ("reader: next hit", "next_hit", "n"),
    ("reader: previous hit", "previous_hit", "N"),
    ("help: keys", "app.help", "?"),
)


class UncopsCommands(Provider):
    """The app's actions in the command palette."""

    def _run(self, action: str) -> None:
        screen = self.app.screen
        if action.startswith("app."):
            self.app.run_action(action[4:])
        else:
            self.app.call_later(screen.run_action, action)

    async def discover(self) -> Hits:
        for name, action, key in COMMANDS:
            yield DiscoveryHit(name, partial(self._run, action), help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, key in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, action), help=f"key: {key}")
