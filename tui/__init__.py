"""uncops-tui's terminal face: the typer CLI (tui.cli) and the Textual app (tui.app, imported only to launch)."""

__version__ = "0.1.0"
