"""Extraction cost per seed article, one core: ``python -m tests.bench_extract``.

Prints the median milliseconds of each stage (decode and clean, entities, events, the whole
``extract_bytes``) for each bundled seed, measured interleaved over many rounds so that caches
are as warm as in a long ingest. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from store.clean import clean_page
from store.entities import extract_entities
from store.events import extract_events
from store.extract import extract_bytes
from store.seeds import seeds_dir
from store.text import decode_bytes, normalise_text
from store.tokens import tokenize


def stages(path: Path) -> dict:
    """The callables to time for one seed file."""
    data = path.read_bytes()
    done = extract_bytes(str(path), path.name, data)
    body, published = done.cleaned.body, done.cleaned.published
    return {
        "clean": lambda: clean_page(normalise_text(decode_bytes(data).text)),
        "tokenize": lambda: tokenize(body),
        "entities": lambda: extract_entities(body),
        "events": lambda: extract_events(body, published, done.mentions),
        "whole": lambda: extract_bytes(str(path), path.name, data),
    }


def main() -> None:
    """Time every stage of every seed and print medians (ms) as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    seeds = sorted(seeds_dir().glob("*.txt"))
    timers = {p.name: stages(p) for p in seeds}
    times: dict = {name: {stage: [] for stage in fns} for name, fns in timers.items()}
    for _ in range(args.rounds):
        for name, fns in timers.items():
            for stage, fn in fns.items():
                t = time.perf_counter()
                fn()
                times[name][stage].append(time.perf_counter() - t)
    table = {name: {stage: round(1000 * statistics.median(v), 3) for stage, v in st.items()} for name, st in times.items()}
    fastest = {name: {stage: round(1000 * min(v), 3) for stage, v in st.items()} for name, st in times.items()}
    print(json.dumps({"per_seed_median_ms": table,
                      "median_over_seeds_ms": _over_seeds(table),
                      "fastest_run_median_over_seeds_ms": _over_seeds(fastest)}, indent=2))


def _over_seeds(table: dict) -> dict:
    stages_ = next(iter(table.values()))
    return {stage: round(statistics.median(row[stage] for row in table.values()), 3) for stage in stages_}


if __name__ == "__main__":
    main()
