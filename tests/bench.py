"""Benchmark uncops-tui at N articles, each figure beside the floor measured in the same run.

    python -m tests.bench --n 100000 --out bench.json

Generates a deterministic corpus from the seeds (paragraphs recombined, with random dates,
outlets, people and places; 2-6 KB each), ingests it through the real CLI, and measures search,
entity facets, the app's first frame and keystroke-to-timeline latency in-process. Floors: a raw
sqlite3 insert of the same text with FTS5 filled after, the raw FTS5 MATCH of each query, and an
empty three-pane Textual app. Not part of the test suite; CI runs it at --n 1000 as a smoke test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store import open_store, parse
from store import facets as F
from store import queries as Q
from store.clean import clean_page
from store.text import decode_bytes, fold, normalise_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OUTLETS = ["(ANTV) - ", "(PLO) - ", "(Chinhphu.vn) - ", "Hà Nội (TTXVN) - ", "(CAND) - ", "(VOV) - ", "", "QĐND - "]
PEOPLE = ["Lương Tam Quang", "Tô Lâm", "Nguyễn Duy Ngọc", "Lê Quốc Hùng", "Trần Quốc Tỏ", "Phạm Minh Tuấn",
          "Nguyễn Văn Long", "Đặng Hồng Đức", "Lê Văn Tuyến", "Trần Văn Vệ", "Vũ Thị Hà", "Hoàng Anh Tuấn"]
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thứ trưởng", "Bộ trưởng"]
PLACES = ["Hà Nội", "Đà Nẵng", "New York", "Nam Sudan", "Abyei", "Lào", "Campuchia", "Nhật Bản", "Australia",
          "Thành phố Hồ Chí Minh", "Geneva", "Vienna", "Cuba", "Belarus", "Singapore"]
QUERIES = [
    "luong tam quang", "Lương Tam Quang", "to lam", "Tô Lâm", "dai tuong", "bo cong an", "Bộ Công an", "hoa binh",
    "gìn giữ hòa bình", "nam sudan", "interp*", "unmiss", "United Nations", "da nang", "\"liên hợp quốc\"",
    "nguyen duy ngoc", "hợp tác quốc tế", "canh sat", "abyei", "person:\"to lam\"", "place:\"nam sudan\" since:2022",
    "org:unmiss until:2023", "since:2021 until:2022-06", "phòng chống tội phạm", "sĩ quan", "asean*",
]


def seed_paragraphs() -> list[str]:
    """Clean paragraphs of the seed articles."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        body = clean_page(normalise_text(decode_bytes(path.read_bytes()).text)).body
        out += [p for p in body.split("\n\n") if len(p) > 80]
    return out


def article(rng: random.Random, paragraphs: list[str], i: int) -> str:
    """One synthetic article: headline, timestamp, lead with dateline, recombined paragraphs, byline."""
    year, month, day = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    person, rank, place = rng.choice(PEOPLE), rng.choice(RANKS), rng.choice(PLACES)
    lead = (f"{rng.choice(OUTLETS)}Ngày {day}/{month}, tại {place}, {rank} {person} đã có buổi làm việc với "
            f"đoàn công tác số {i} về hợp tác phòng, chống tội phạm xuyên quốc gia và gìn giữ hòa bình.")
    body, size, target = [lead], len(lead), rng.randint(2000, 6000)
    while size < target:
        p = rng.choice(paragraphs)
        body.append(p)
        size += len(p.encode("utf-8"))
    title = f"{person} làm việc tại {place} về hợp tác quốc tế ({i})"
    stamp = f"Thứ Hai, {day:02d}/{month:02d}/{year} 08:{i % 60:02d}"
    return f"{title}\n\n{stamp}\n\n" + "\n\n".join(body) + f"\n\nPV {i}\n"


def generate(folder: Path, n: int, seed: int = 7) -> int:
    """Write N articles into ``folder`` (100 per sub-folder); returns the total bytes."""
    rng, paragraphs, total = random.Random(seed), seed_paragraphs(), 0
    for i in range(n):
        sub = folder / f"{i // 100:05d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = article(rng, paragraphs, i).encode("utf-8")
        (sub / f"a{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0-1) in milliseconds, from seconds."""
    ordered = sorted(values)
    return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


def ingest_cli(db: Path, folder: Path) -> dict:
    """Ingest through the real CLI in a subprocess: time and peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tui", "--db", str(db), "ingest", str(folder), "--json"],
                            capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(result.stdout)
    return {"seconds": round(elapsed, 2), "summary": {k: v if k != "rejected" else len(v) for k, v in summary.items()},
            "peak_rss_mb": round(max(peak, before) / 1024, 1)}


def raw_floor(folder: Path, db: Path) -> float:
    """Seconds for a raw sqlite3 insert of the same texts plus FTS5 filled after, in one transaction."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(body, content='t', content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    t = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t (body) VALUES (?)", ((p.read_text(encoding="utf-8"),) for p in sorted(folder.rglob("*.txt"))))
        conn.execute("INSERT INTO f (f) VALUES ('rebuild')")
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


def search_figures(db: Path, floor_db: Path) -> dict:
    """Ranked search with snippets (LIMIT 50) per query, and the raw FTS5 MATCH of the same words."""
    store = open_store(db, readonly=True)
    Q.register_functions(store.conn)
    raw = sqlite3.connect(floor_db)
    ours, floor, slowest = [], [], (0.0, "")
    for _ in range(3):
        for text in QUERIES:
            t = time.perf_counter()
            Q.timeline(store.conn, parse(text), limit=50)
            ours.append(time.perf_counter() - t)
            slowest = max(slowest, (ours[-1], text))
            words = " ".join(f'"{w}"' for w in fold(text).split() if w.isalnum())
            if words:
                t = time.perf_counter()
                raw.execute("SELECT rowid, snippet(f, 0, '[', ']', '…', 14) FROM f WHERE f MATCH ? ORDER BY rank LIMIT 50",
                            (words,)).fetchall()
                floor.append(time.perf_counter() - t)
    first, exact = [], []
    for text in QUERIES:
        t = time.perf_counter()
        F.facets(store.conn, parse(text), 40, cap=500)
        first.append(time.perf_counter() - t)
        t = time.perf_counter()
        F.facets(store.conn, parse(text), 40)
        exact.append(time.perf_counter() - t)
    store.close()
    return {"search_ms": {"p50": pct(ours, 0.5), "p95": pct(ours, 0.95), "max": pct(ours, 1.0), "slowest": slowest[1]},
            "raw_fts_ms": {"p50": pct(floor, 0.5), "p95": pct(floor, 0.95)},
            "facets_first_ms": {"p50": pct(first, 0.5), "p95": pct(first, 0.95), "max": pct(first, 1.0)},
            "facets_exact_ms": {"p50": pct(exact, 0.5), "p95": pct(exact, 0.95), "max": pct(exact, 1.0)}}


async def app_figures(db: Path) -> dict:
    """First frame of the app and of an empty three-pane app; keystroke-to-timeline latency while typing."""
    from textual.app import App
    from textual.containers import Horizontal
    from textual.widgets import Footer, Input, Static

    from tui.app import UncopsApp

    class Empty(App):
        def on_mount(self):
            self.call_after_refresh(lambda: setattr(self, "painted_at", time.perf_counter()))

        def compose(self):
            yield Input()
            with Horizontal():
                yield Static("a")
                yield Static("b")
                yield Static("c")
            yield Footer()

    async def first_frame(make) -> float:
        t = time.perf_counter()
        app = make()
        async with app.run_test(size=(160, 45)) as pilot:
            while not hasattr(app, "painted_at") and not hasattr(app.screen, "painted_at"):
                await asyncio.sleep(0.001)
            painted = getattr(app, "painted_at", None) or app.screen.painted_at
            await pilot.pause()
        return painted - t

    empty = min([await first_frame(Empty) for _ in range(3)])
    ours = min([await first_frame(lambda: UncopsApp(db)) for _ in range(3)])
    latencies, typed_at = [], []
    app = UncopsApp(db)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause(0.5)
        screen = app.screen
        await pilot.press("slash")
        for word in ("luong tam quang", "bo cong an", "hoa binh nam sudan"):
            screen.search.value = ""
            await pilot.pause(0.2)
            typed = ""
            for ch in word:
                typed += ch
                t = time.perf_counter()
                # the key enters the app's queue now; Pilot's own wait for an idle screen is not the user's
                press = asyncio.create_task(pilot.press(ch if ch != " " else "space"))
                while screen.shown_text != typed and time.perf_counter() - t < 5:
                    await asyncio.sleep(0.0005)
                latencies.append(screen.shown_at - t)
                typed_at.append(typed)
                await press
                await asyncio.sleep(0.08)  # a quick typist: ~12 keys a second
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"first_frame_ms": round(1000 * ours, 1), "empty_app_first_frame_ms": round(1000 * empty, 1),
            "keystroke_ms": {"p50": pct(latencies, 0.5), "p95": pct(latencies, 0.95), "max": pct(latencies, 1.0),
                             "slowest_key_typed": typed_at[latencies.index(max(latencies))]},
            "bench_process_peak_rss_mb": round(rss, 1)}


def main() -> None:
    """Run the benchmark and print and write its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None, help="where to generate (default: a temporary folder)")
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument("--skip-app", action="store_true")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="uncops-bench-"))
    corpus, db, floor_db = work / "corpus", work / "bench.db", work / "floor.db"
    for path in (db, floor_db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    t = time.perf_counter()
    text_bytes = generate(corpus, args.n) if not corpus.exists() else sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    figures: dict = {"n": args.n, "text_mb": round(text_bytes / 1e6, 1), "generate_s": round(time.perf_counter() - t, 1)}
    ingest = ingest_cli(db, corpus)
    floor = raw_floor(corpus, floor_db)
    figures["ingest"] = {**ingest, "articles_per_s": round(args.n / ingest["seconds"]),
                         "mb_per_s": round(text_bytes / 1e6 / ingest["seconds"], 2),
                         "raw_floor_articles_per_s": round(args.n / floor), "x_floor": round(ingest["seconds"] / floor, 1)}
    figures["store_mb"] = round(os.path.getsize(db) / 1e6, 1)
    figures["store_x_text"] = round(os.path.getsize(db) / text_bytes, 2)
    figures.update(search_figures(db, floor_db))
    if not args.skip_app:
        figures.update(asyncio.run(app_figures(db)))
    print(json.dumps(figures, indent=2))
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
