"""The compact form of an article's mentions: what goes in comes back out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store import mentions

spans_strategy = st.lists(st.tuples(st.integers(0, 50_000), st.integers(1, 80)), max_size=12).map(
    lambda pairs: [(s, s + n) for s, n in sorted(pairs)])
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


@given(st.lists(st.tuples(st.integers(1, 10**6), text, spans_strategy, st.lists(text, max_size=3),
                          st.lists(text, max_size=3)), max_size=8, unique_by=lambda item: item[0]))
def test_round_trip(items):
    value = mentions.join_details([(eid, mentions.entity_detail(name, spans, spellings, titles))
                                   for eid, name, spans, spellings, titles in items])
    decoded = mentions.decode(value)
    for eid, name, spans, spellings, titles in items:
        got_spans, got_spellings, got_titles = decoded[eid]
        assert got_spans == [list(s) for s in spans]
        assert (got_spellings or [name]) == (spellings or [name])
        assert got_titles == titles


def test_own_name_only_is_left_out_and_offsets_are_gaps():
    detail = mentions.entity_detail("Bộ Công an", [(10, 20), (30, 40)], ["Bộ Công an"], [])
    assert detail == "[10,10,10,10],[]"
    assert mentions.decode(f"[[7,{detail}]]") == {7: ([[10, 20], [30, 40]], [], [])}
