"""`python -m tui` runs the uncops-tui command."""

from .cli import run

run()
