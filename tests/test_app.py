"""The app through Textual's Pilot: every key, filtering, untrusted text, export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from store import ingest, open_store
from tui.app import UncopsApp
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen, key_table

SIZE = (160, 45)


async def settle(app, pilot, rounds: int = 3) -> None:
    """Wait until no worker runs (cancelled ones included) and the messages they posted are handled.

    Each round first lets the follow-up timer fire (counts, facets and the reader wait for typing to pause).
    """
    from tui.screens.main import REOPEN_DELAY

    for _ in range(rounds):
        await pilot.pause(REOPEN_DELAY + 0.03)
        for _ in range(500):
            if not any(w.is_running or w.state.name == "PENDING" for w in app.workers):
                break
            await pilot.pause(0.01)
        await pilot.pause()


@pytest.fixture
def app_db(seeded_db, tmp_path) -> Path:
    db = tmp_path / "app.db"
    shutil.copy(seeded_db, db)
    return db


async def test_launch_shows_three_panes_newest_first(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        rows = screen.timeline.rows
        assert len(rows) == 5 and rows[0].published == "2024-07-19" and rows[-1].published is None
        assert screen.reader.record["id"] == rows[0].id
        assert "5 of 5 articles" in str(screen.filter_bar.query_one("#count").render())
        assert screen.sidebar.entries, "the entity sidebar is filled"


async def test_slash_then_fast_typing_lands_in_the_search_box(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"luong tam quang")
        await settle(app, pilot)
        screen = app.screen
        assert screen.search.value == "luong tam quang"
        assert len(screen.timeline.rows) == 2
        assert "2 of 5 articles" in str(screen.filter_bar.query_one("#count").render())
        await pilot.press("enter")
        assert screen.focused is screen.timeline


async def test_escape_clears_text_then_every_filter(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        screen.chips = (("person", "Tô Lâm"),)
        screen.refresh_results()
        await pilot.press("slash", *"bo cong an")
        await settle(app, pilot)
        assert len(screen.timeline.rows) == 1
        await pilot.press("escape")
        await settle(app, pilot)
        assert screen.search.value == "" and screen.chips == (("person", "Tô Lâm"),)
        await pilot.press("escape")
        await settle(app, pilot)
        assert screen.chips == () and len(screen.timeline.rows) == 5


async def test_entity_enter_toggles_a_chip_filter(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        sidebar = screen.sidebar
        index = next(i for i, o in enumerate(sidebar.options) if o.id and sidebar.entries[o.id]["name"] == "Pauline Tamesis")
        sidebar.focus()
        sidebar.highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.chips == (("person", "Pauline Tamesis"),)
        assert [r.id for r in screen.timeline.rows] == [screen.reader.record["id"]]
        assert "Pauline Tamesis" in str(screen.filter_bar.query_one("#chips").render())
        sidebar.highlighted = next(i for i, o in enumerate(sidebar.options) if o.id and sidebar.entries[o.id]["name"] == "Pauline Tamesis")
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.chips == () and len(screen.timeline.rows) == 5


async def test_keys_move_mark_and_toggle_events(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        tl = screen.timeline
        await pilot.press("j", "j")
        assert tl.highlighted == 2
        await pilot.press("k")
        assert tl.highlighted == 1
        await pilot.press("G")
        assert tl.highlighted == 4
        await pilot.press("g")
        assert tl.highlighted == 0
        await pilot.press("space")
        assert tl.marks == {tl.rows[0].id} and tl.highlighted == 1
        await pilot.press("a")
        await settle(app, pilot)
        assert tl.marks == {r.id for r in tl.rows}
        await pilot.press("t")
        await settle(app, pilot)
        assert tl.mode == "events" and tl.events
        starts = [e["start"] for e in tl.events if not e["start"].startswith("XXXX")]
        assert starts == sorted(starts)
        event = tl.events[0]
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.reader.record["id"] == event["article_id"]
        assert screen.reader.focus_span == (event["sentence_start"], event["sentence_end"])
        await pilot.press("t")
        await settle(app, pilot)
        assert tl.mode == "articles"


async def test_tab_cycles_panes(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(screen.focused).__name__)
        assert {"Reader", "EntitySidebar", "SearchInput", "Timeline"} <= set(seen)


async def test_n_jumps_through_hits_and_into_the_next_article(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"luong tam quang", "enter")
        await settle(app, pilot)
        reader = screen.reader
        first_article = reader.record["id"]
        hits = len(reader.targets)
        assert hits >= 2
        for _ in range(hits):
            await pilot.press("n")
        assert reader.current == hits - 1
        await pilot.press("n")
        await settle(app, pilot)
        assert reader.record["id"] != first_article and reader.current == 0
        await pilot.press("N")
        await settle(app, pilot)
        assert reader.record["id"] == first_article and reader.current == len(reader.targets) - 1


async def test_help_and_quit(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_malformed_query_is_a_hint_not_an_error(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *'person:"to lam')
        await settle(app, pilot)
        assert "closing quote" in str(app.screen.filter_bar.query_one("#hint").render())


async def test_export_marked_articles(app_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("space", "space")
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportScreen)
        path_input = app.screen.query_one("#path")
        target = Path(path_input.value)
        assert target.parent == tmp_path and target.name.startswith("uncops-export-")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert target.exists()
        assert app.is_running and any(str(target) in n.message for n in app._notifications)
        app.save_screenshot(str(tmp_path / "after-export.svg"))  # renders the toast
        text = target.read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["count"] == 2
        assert text.count("\n## ") == 4  # Contents, two articles, Sources


async def test_export_never_overwrites_without_confirmation(app_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "brief.md"
    existing.write_text("keep me", encoding="utf-8")
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        box = app.screen.query_one("#path")
        box.value = str(existing)
        await pilot.press("enter")
        await settle(app, pilot)
        assert existing.read_text(encoding="utf-8") == "keep me"
        assert "exists" in str(app.screen.query_one("#status").render())
        await pilot.press("escape")
        assert existing.read_text(encoding="utf-8") == "keep me"


HOSTILE = (
    "[bold red]Tiêu đề [link=file:///etc/passwd]độc[/link] [/]\n\n"
    "Ngày 2/3/2024, [/] bài viết [red]không[/red] được hiểu là định dạng; [b]đậm[/b], \x1b[31mANSI\x1b[0m, "
    "\x1b]0;title\x07 và \x1b]52;c;aGVsbG8=\x07 clipboard, <script>alert(1)</script>, | a | b |.\n\n"
    "---\ntitle: x\n---\n\n```python\nprint('fence')\n```\n"
)


async def test_notifications_show_hostile_text_literally(app_db, tmp_path, monkeypatch):
    hostile_dir = tmp_path / "[bold]x[red]"
    hostile_dir.mkdir()
    monkeypatch.chdir(hostile_dir)
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.notify("[bold]x[/] \x1b[31m [link=file:///etc/passwd]y[/link]", markup=False)
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.pause(0.3)
        app.save_screenshot(str(tmp_path / "toast.svg"))
        assert app.is_running


async def test_markup_and_escapes_show_literally(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "[bold]tên[/].txt".replace("/", "∕")).write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "h.db"
    s = open_store(db)
    ingest(s, [folder], workers=1)
    s.close()
    app = UncopsApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        header = str(screen.reader.query_one("#reader-header").render())
        assert "[bold red]Tiêu đề [link=file:///etc/passwd]độc[/link] [/]" in header
        paragraphs = str(screen.reader.body.render())
        assert "[red]không[/red]" in paragraphs and "\x1b" not in paragraphs
        await pilot.press("slash", *"[/]", "enter")
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.press("escape")


async def test_command_palette_offers_the_actions(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"toggle articles")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.timeline.mode == "events"


async def test_read_only_store_is_announced(app_db, monkeypatch):
    import store.db

    monkeypatch.setattr(store.db, "_writable", lambda path: False)
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert any("read-only" in n.message for n in app._notifications)
        assert len(app.screen.timeline.rows) == 5


async def test_results_follow_each_keystroke_of_an_unfinished_word(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"luong tam qu")
        await settle(app, pilot)
        assert len(app.screen.timeline.rows) == 2
        assert any(app.screen.reader.record["body"][s:e].startswith("Lương Tam Quang")
                   for s, e in app.screen.reader.record["hits"])


def test_reader_hits_of_an_english_name_are_its_vietnamese_spellings(seeded_db):
    from store.highlight import plain
    from tui.data import Source

    source = Source(seeded_db)
    first = source.results("united nations", ()).rows[0]
    record = source.article(first.id, "united nations")
    hits = {plain(record["body"][s:e]) for s, e in record["hits"]}
    assert hits and hits <= {"lien hop quoc", "united nations", "lhq"}


async def test_reopening_the_same_article_keeps_the_place_in_its_hits(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"luong tam quang ", "enter")
        await settle(app, pilot)
        reader = screen.reader
        article, hits = reader.record["id"], reader.targets
        await pilot.press("n", "n")
        assert reader.current == 1
        await pilot.press("slash", "end", "space")  # a second space: the same article and hits come back
        await settle(app, pilot)
        assert (reader.record["id"], reader.targets) == (article, hits)
        assert reader.current == 1


async def test_typing_repaints_the_box_without_laying_out_the_screen(app_db, monkeypatch):
    app = UncopsApp(app_db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash")
        box = screen.search
        asked = []
        original = box.refresh
        monkeypatch.setattr(box, "refresh", lambda *a, **k: (asked.append(k.get("layout", False)), original(*a, **k))[1])
        long_query = "hoa binh nam sudan thuong tuong luong tam quang bo cong an"
        await pilot.press(*(c if c != " " else "space" for c in long_query))
        await pilot.pause()
        assert box.value == long_query
        # repainted on each key; a layout of the whole screen at most once, when the text outgrows the box
        assert len(asked) >= len(long_query) and sum(asked) <= 1
        assert box.scroll_x > 0  # the box still scrolls to keep the cursor in view


async def test_a_narrow_screen_shows_the_reader_beside_one_list(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        tl, reader, sidebar = screen.timeline, screen.reader, screen.sidebar
        assert tl.display and not sidebar.display and reader.size.width >= 40
        assert "TTXVN" not in str(tl.options[0].prompt)  # no room for the outlet: the headline keeps it
        await pilot.press("tab", "tab")
        assert screen.focused is sidebar
        await pilot.pause()
        assert sidebar.display and not tl.display and sidebar.option_count > 0
        await pilot.press("shift+tab")
        assert screen.focused is reader and sidebar.display  # the reader keeps the list it sat beside
        await pilot.press("shift+tab")
        await pilot.pause()
        assert screen.focused is tl and tl.display and not sidebar.display


async def test_a_wide_timeline_shows_the_outlet(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.timeline.display and screen.sidebar.display
        assert "TTXVN" in str(screen.timeline.options[0].prompt)


async def test_a_tiny_screen_settles_instead_of_laying_out_forever(app_db, monkeypatch):
    app = UncopsApp(app_db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        layouts = []
        original = type(screen)._refresh_layout
        monkeypatch.setattr(type(screen), "_refresh_layout", lambda self, *a, **k: (layouts.append(1), original(self, *a, **k))[1])
        await pilot.pause(0.5)
        assert not layouts


async def test_help_names_each_key_once_as_written_on_a_keyboard(app_db):
    app = UncopsApp(app_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        names = [str(cell) for cell in key_table(help_screen.bindings_shown).columns[0]._cells]
        assert len(names) == len(set(names))
        assert {"/", "?", "Space", "Tab / Shift+Tab", "Esc"} <= set(names)
        assert not {"slash", "question_mark", "tab", "escape"} & set(names)
