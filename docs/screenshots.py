"""Regenerate the README's screenshots: python docs/screenshots.py (from the repository root)."""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import ingest, open_store  # noqa: E402
from tui.app import UncopsApp  # noqa: E402

SHOTS = {
    "main": (),
    "search": ("slash", *"luong tam quang", "enter", "n"),
    "events": ("t",),
    "help": ("question_mark",),
}


async def shoot(db: Path, name: str, keys: tuple[str, ...]) -> None:
    app = UncopsApp(db)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.6)
        if keys:
            await pilot.press(*keys)
            await pilot.pause(0.8)
        app.save_screenshot(str(ROOT / "docs" / f"screenshot-{name}.svg"))


def main() -> None:
    work = Path(tempfile.mkdtemp())
    shutil.copytree(ROOT / "seeds", work / "seeds")
    import os

    os.chdir(work)
    db = work / "docs.db"
    s = open_store(db)
    ingest(s, [Path("seeds")], workers=1)
    s.close()
    for name, keys in SHOTS.items():
        asyncio.run(shoot(db, name, keys))


if __name__ == "__main__":
    main()
