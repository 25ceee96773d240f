"""UncopsApp: three panes over a store, driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.worker import Worker, WorkerState

from .commands import UncopsCommands
from .data import Source
from .output import inert


class UncopsApp(App):
    """The uncops-tui browser."""

    TITLE = "uncops-tui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {UncopsCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.source = Source(db_path)

    def on_mount(self) -> None:
        from .screens.main import MainScreen

        self.push_screen(MainScreen(self.source))
        if self.source.read_only():
            self.notify(f"{self.source.path} is read-only here: browsing only", severity="warning", markup=False)

    def action_help(self) -> None:
        """Show every key."""
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        bindings = [b for b in [*self.screen.BINDINGS, *self.BINDINGS] if isinstance(b, Binding)]
        self.push_screen(HelpScreen(bindings))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed worker becomes a notification, never a crash."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            if "interrupted" in str(error):
                return
            self.notify(f"{event.worker.description or 'background task'} failed: {inert(error)}",
                        severity="error", timeout=8, markup=False)


def run(db_path: Path) -> None:
    """Run the app on a store."""
    UncopsApp(Path(db_path)).run()
