"""The export dialog: a path (editable), a preview, Enter writes, Esc cancels; never overwrites unasked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..data import Source, chip_query
from ..export import gather, render, write_atomic
from ..output import inert


def default_path() -> Path:
    """./uncops-export-YYYYMMDD-HHMMSS.md in the current folder."""
    return Path.cwd() / f"uncops-export-{datetime.now():%Y%m%d-%H%M%S}.md"


class ExportScreen(ModalScreen[Path | None]):
    """Export the marked articles, or the current result when none is marked."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 100; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2; }
    ExportScreen #preview { height: auto; max-height: 20; overflow-y: auto; margin-top: 1; }
    ExportScreen #status { color: $warning; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, source: Source, text: str, chips: tuple, ids: list[int] | None) -> None:
        super().__init__()
        self.source, self.ids = source, ids
        self.query_text = f"{text} {chip_query(chips)}".strip()
        self.confirm_overwrite: Path | None = None
        self.records: list[dict] | None = None

    def compose(self) -> ComposeResult:
        what = f"{len(self.ids)} marked articles" if self.ids else "the articles shown"
        with Vertical():
            yield Static(Text(f"Export {what} to Markdown", style="bold"))
            yield Input(str(default_path()), id="path")
            yield Static(Text("Enter writes · Esc cancels", style="dim"))
            yield Static(Text("preparing preview…", style="dim"), id="preview")
            yield Static("", id="status")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()
        self._prepare()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _prepare(self) -> None:
        with self.source.connect() as conn:
            records, _ = gather(conn, self.ids, "" if self.ids else self.query_text, excerpt=False)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._preview, records)

    def _preview(self, records: list[dict]) -> None:
        self.records = records
        text = Text(f"{len(records)} articles\n", style="bold")
        for r in records[:15]:
            text.append(f"• {r['published'] or '—'}  {inert(r['title'] or r['lead'])}\n")
        if len(records) > 15:
            text.append(f"… and {len(records) - 15} more\n", style="dim")
        self.query_one("#preview", Static).update(text)

    @on(Input.Changed, "#path")
    def _path_changed(self) -> None:
        self.confirm_overwrite = None
        self.query_one("#status", Static).update("")

    @on(Input.Submitted, "#path")
    def _submit(self, event: Input.Submitted) -> None:
        if self.records is None:
            self.query_one("#status", Static).update(Text("still preparing the preview…"))
            return
        path = Path(event.value).expanduser()
        if path.exists() and self.confirm_overwrite != path:
            self.confirm_overwrite = path
            self.query_one("#status", Static).update(Text(f"{inert(path)} exists: Enter again overwrites it, Esc cancels."))
            return
        self._write(path, path == self.confirm_overwrite)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _write(self, path: Path, force: bool) -> None:
        text = render(self.records or [], query=self.query_text, store=str(self.source.path))
        try:
            write_atomic(path, text, force=force)
        except OSError as exc:
            self.app.call_from_thread(self._failed, f"cannot write {path}: {exc.strerror or exc}")
            return
        self.app.call_from_thread(self._done, path)

    def _failed(self, message: str) -> None:
        self.query_one("#status", Static).update(Text(inert(message)))

    def _done(self, path: Path) -> None:
        self.app.notify(f"Exported {len(self.records or [])} articles to {inert(path)}", title="Export", markup=False)
        self.dismiss(path)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
