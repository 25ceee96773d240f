"""Entity and event extraction scored against the gold, as tests/data/GOLD_README.md describes."""

from __future__ import annotations

from store.extract import extract_file

from .conftest import SEEDS
from .scoring import load_gold, score_entities, score_events

GOLD, ALIASES = load_gold()


def _predictions():
    entities, events = {}, {}
    for name in GOLD:
        x = extract_file(str(SEEDS / name), name)
        found: dict[str, dict] = {}
        for m in x.mentions:
            item = found.setdefault(m.key, {"name": m.name, "type": m.type, "aliases": set()})
            item["aliases"].add(m.surface)
        entities[name] = [dict(v, aliases=sorted(v["aliases"])) for v in found.values()]
        events[name] = [{"start": e.start, "end": e.end, "text": e.text} for e in x.events]
    return entities, events


def test_entity_f1_on_seeds(capsys):
    entities, _ = _predictions()
    score = score_entities(entities, GOLD, ALIASES)
    with capsys.disabled():
        print("\nentities on the seeds\n" + score.report())
    assert score.prf()[2] >= 0.95, "\n".join(score.details)


def test_event_f1_on_seeds(capsys):
    _, events = _predictions()
    score = score_events(events, GOLD)
    with capsys.disabled():
        print("\nevents on the seeds\n" + score.report())
    assert score.prf()[2] >= 0.90, "\n".join(score.details)


def test_scorer_penalises_duplicates_and_misses():
    name = "000_c86a53919e3ef4ee.txt"
    gold = {name: GOLD[name]}
    perfect = [{"name": e["canonical"], "type": {"PER": "person", "ORG": "organization", "LOC": "place", "EVENT": "event"}[e["type"]],
                "aliases": [s["form"] for s in e["surface_forms"]]} for e in GOLD[name]["entities"] if e["type"] != "MISC"]
    assert score_entities({name: perfect}, gold, ALIASES).prf()[2] == 1.0
    doubled = perfect + [dict(perfect[0])]
    assert score_entities({name: doubled}, gold, ALIASES).prf()[0] < 1.0
    assert score_entities({name: perfect[1:]}, gold, ALIASES).prf()[1] < 1.0
