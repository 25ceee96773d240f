"""Score extraction against the gold annotation, as tests/data/GOLD_README.md describes.

Entities match per article on (type, any surface form or alias, compared without diacritics, case
or hyphen spacing); recall counts core and extended entities; optional ones are neither credited
nor blamed; a second entity for the same gold entity is a false positive. Events match on start
and end at the gold precision; where the year is not written, any year (or none) is accepted.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from store.text import fold_key

DATA = Path(__file__).parent / "data"
TYPE_MAP = {"person": "PER", "organization": "ORG", "place": "LOC", "event": "EVENT"}


def load_gold() -> tuple[dict, dict]:
    """The per-file gold and the cross-document alias table."""
    gold = json.loads((DATA / "gold_seeds.json").read_text(encoding="utf-8"))["files"]
    aliases = json.loads((DATA / "gold_aliases.json").read_text(encoding="utf-8"))["aliases"]
    return gold, aliases


def _norm(text: str) -> str:
    return fold_key(text).replace(" ", "").replace("-", "")


@dataclass
class Score:
    """True and false positives and negatives, overall and by type."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for one type or all."""
        tp = self.tp[kind] if kind else sum(self.tp.values())
        fp = self.fp[kind] if kind else sum(self.fp.values())
        fn = self.fn[kind] if kind else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self) -> str:
        """Lines of precision and recall by type."""
        kinds = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        rows = [f"{k:6} P={self.prf(k)[0]:.2f} R={self.prf(k)[1]:.2f} F1={self.prf(k)[2]:.2f}" for k in kinds]
        p, r, f = self.prf()
        return "\n".join(rows + [f"ALL    P={p:.3f} R={r:.3f} F1={f:.3f}"])


def _gold_forms(entity: dict, aliases: dict) -> set[str]:
    forms = {entity["canonical"], *(s["form"] for s in entity["surface_forms"])}
    extra = aliases.get(entity["canonical"], {})
    forms |= set(extra.get("surface_forms", [])) | set(extra.get("also_acceptable", []))
    return {_norm(f) for f in forms}


def score_entities(predicted: dict[str, list[dict]], gold: dict, aliases: dict) -> Score:
    """Score predicted entities (per file: dicts with name, type, aliases) against the gold."""
    score = Score()
    for name, record in gold.items():
        golds = [e if e["type"] in TYPE_MAP.values() else dict(e, tier="optional") for e in record["entities"]]
        forms = [(g, _gold_forms(g, aliases)) for g in golds]
        matched: set[int] = set()
        for pred in predicted.get(name, []):
            kind = TYPE_MAP[pred["type"]]
            mine = {_norm(f) for f in [pred["name"], *pred.get("aliases", [])]}
            hit = next((i for i, (g, fs) in enumerate(forms) if mine & fs and (g["type"] == kind or g["tier"] == "optional")), None)
            if hit is None:
                score.fp[kind] += 1
                score.details.append(f"{name[:3]} FP {kind} {pred['name']} {sorted(pred.get('aliases', []))}")
            elif forms[hit][0]["tier"] == "optional":
                continue
            elif hit in matched:
                score.fp[kind] += 1
                score.details.append(f"{name[:3]} DUP {kind} {pred['name']}")
            else:
                matched.add(hit)
                score.tp[kind] += 1
        for i, (g, _) in enumerate(forms):
            if g["tier"] != "optional" and i not in matched:
                score.fn[g["type"]] += 1
                score.details.append(f"{name[:3]} FN {g['type']} {g['tier']} {g['canonical']}")
    return score


def _event_match(pred: dict, gold: dict) -> bool:
    precision = gold["precision"] or "year"
    width = {"day": 10, "month": 7, "year": 4}[precision]

    def same(p: str | None, g: str | None) -> bool:
        if g is None or p is None:
            return g is None and p is None
        p, g = p[:width], g[:width]
        if gold.get("year_inferred") or g.startswith("XXXX"):
            return p[4:] == g[4:]
        return p == g

    return same(pred["start"], gold["date_start"]) and same(pred["end"], gold["date_end"])


def score_events(predicted: dict[str, list[dict]], gold: dict) -> Score:
    """Score predicted events (per file: dicts with start, end) against gold events; borderline ones are free."""
    score = Score()
    for name, record in gold.items():
        golds = record["events"]
        borderline = record.get("borderline_events", [])
        matched: set[int] = set()
        for pred in predicted.get(name, []):
            hit = next((i for i, g in enumerate(golds) if i not in matched and _event_match(pred, g)), None)
            if hit is not None:
                matched.add(hit)
                score.tp["EVENT"] += 1
            elif any(_event_match(pred, b) for b in borderline if b.get("date_start")):
                continue
            else:
                score.fp["EVENT"] += 1
                score.details.append(f"{name[:3]} FP {pred['start']}..{pred['end']} {pred.get('text')!r}")
        for i, g in enumerate(golds):
            if i not in matched:
                score.fn["EVENT"] += 1
                score.details.append(f"{name[:3]} FN {g['date_start']}..{g['date_end']} {g.get('date_expression')!r}")
    return score
