"""Articles written for this project in the style of other outlets: do the seed-tuned rules carry over?

Each file in data/styles was annotated by hand (expected.json) before the extractor saw it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.extract import extract_file
from store.text import fold_key

FOLDER = Path(__file__).parent / "data" / "styles"
EXPECTED = {k: v for k, v in json.loads((FOLDER / "expected.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    name = request.param
    return EXPECTED[name], extract_file(str(FOLDER / name), name)


def _forms(x) -> dict[tuple[str, str], set[str]]:
    forms: dict[tuple[str, str], set[str]] = {}
    for m in x.mentions:
        forms.setdefault((m.type, m.key), set()).update({fold_key(m.surface), fold_key(m.name)})
    return forms


def test_metadata(case):
    expected, x = case
    published = x.cleaned.published.value if x.cleaned.published else None
    assert (x.cleaned.title, x.cleaned.outlet, published) == (expected["title"], expected["outlet"], expected["published"])


def test_entities_found_and_junk_left_out(case):
    expected, x = case
    forms = _forms(x)
    missing = [(t, f) for t, f in expected["entities"]
               if not any(t == k[0] and fold_key(f) in v for k, v in forms.items())]
    unwanted = [f for f in expected["absent"] if any(fold_key(f) in v for v in forms.values())]
    assert missing == [] and unwanted == []


def test_events(case):
    expected, x = case
    found = {(e.start, e.end) for e in x.events}
    assert {tuple(e) for e in expected["events"]} <= found
