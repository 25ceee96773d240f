"""How the extractor reads the style articles: ``python -m tests.style_report [NAME ...]``.

Prints headline, date and outlet right out of N, entity precision / recall / F1 (matched as
tests/test_styles.py matches: type and any spelling, ignoring diacritics and case) and the events'
(start and end as annotated; 'optional_events', like terms of office, neither credited nor blamed),
over every article in tests/data/styles or the ones named. Run it on new articles before
changing any rule for them: that is the estimate for outlets the rules were not written for.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from store.extract import extract_file
from store.text import fold_key

FOLDER = Path(__file__).parent / "data" / "styles"


def entity_forms(x) -> dict[tuple[str, str], set[str]]:
    """Each extracted entity, by type and key, with the folded spellings it was found under and its name."""
    forms: dict[tuple[str, str], set[str]] = {}
    for m in x.mentions:
        forms.setdefault((m.type, m.key), set()).update({fold_key(m.surface), fold_key(m.name)})
    return forms


def _matching(forms: dict[tuple[str, str], set[str]], type_: str, form: str) -> list[tuple[str, str]]:
    """The extracted entities of that type found under that spelling."""
    return [k for k, v in forms.items() if k[0] == type_ and fold_key(form) in v]


def _entity_counts(expected: dict, x) -> tuple[int, int, int]:
    """True positives, false positives and misses of one article's entities. Entities annotated ``optional``
    (borderline, as the gold's optional tier: a place inside an event's name, a title's party organ) are
    neither credited nor blamed."""
    forms = entity_forms(x)
    matched, missed = set(), 0
    for type_, form in expected["entities"]:
        hits = _matching(forms, type_, form)
        matched.update(hits)
        missed += not hits
    ignored = {k for type_, form in expected.get("optional", []) for k in _matching(forms, type_, form)} - matched
    return len(matched), len(forms) - len(matched) - len(ignored), missed


def report(names: list[str]) -> dict:
    """The figures over the named style articles."""
    expected = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    right = {"title": 0, "published": 0, "outlet": 0}
    tp = fp = fn = events = found = extra = 0
    for name in names:
        want, x = expected[name], extract_file(str(FOLDER / name), name)
        published = x.cleaned.published.value if x.cleaned.published else None
        for field, value in (("title", x.cleaned.title), ("published", published), ("outlet", x.cleaned.outlet)):
            right[field] += value == want[field]
        t, f, m = _entity_counts(want, x)
        tp, fp, fn = tp + t, fp + f, fn + m
        wanted, got = {tuple(e) for e in want["events"]}, {(e.start, e.end) for e in x.events}
        events, found = events + len(wanted), found + len(wanted & got)
        extra += len(got - wanted - {tuple(e) for e in want.get("optional_events", [])})
    return {"articles": len(names), "right": right, "entities": _scores(tp, fp, fn),
            "events_found": f"{found} of {events}", "events": _scores(found, extra, events - found)}


def _scores(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 of those counts."""
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3)}


def main() -> None:
    """Print the report as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="style article file names (default: all)")
    args = parser.parse_args()
    names = args.names or sorted(p.name for p in FOLDER.glob("*.txt"))
    print(json.dumps(report(names), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
