"""Search the way a Vietnamese reader types: no diacritics, đ as d, phrases first, any text safe."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import parse
from store.highlight import plain
from store.packing import unpack
from store import queries as Q


def ids(conn, text, **kw):
    return [r.id for r in Q.timeline(conn, parse(text), **kw).rows]


def title_of(conn, article_id):
    return conn.execute("SELECT coalesce(title, lead) FROM articles WHERE id = ?", (article_id,)).fetchone()[0]


def with_text(conn, needle):
    """Ids of the articles whose body holds ``needle``, any case (bodies are stored compressed)."""
    return {i for i, body in conn.execute("SELECT id, body FROM articles") if needle.lower() in unpack(body).lower()}


@pytest.mark.parametrize("query,needle", [
    ("luong tam quang", "Lương Tam Quang"), ("LƯƠNG TAM QUANG", "Lương Tam Quang"), ("dai tuong", "Đại tướng"),
    ("hoa binh", "hòa bình"), ("to lam", "Tô Lâm"), ("Tô Lâm", "Tô Lâm"), ("si quan", "quan"), ("interp*", "Interpol"),
])
def test_words_match_without_diacritics(seeded, query, needle):
    found = set(ids(seeded.conn, query))
    assert found and found <= with_text(seeded.conn, needle.split()[0]) | with_text(seeded.conn, needle)


def test_hoa_tone_placement_and_sy_si_match_each_other(seeded):
    assert set(ids(seeded.conn, "hoà bình")) == set(ids(seeded.conn, "hòa bình"))
    assert set(ids(seeded.conn, "sỹ quan")) == set(ids(seeded.conn, "sĩ quan"))


def test_junk_is_not_indexed(seeded):
    assert ids(seeded.conn, "Gaza") == []
    assert ids(seeded.conn, "Donald Trump") == []
    found = ids(seeded.conn, "Tô Lâm")
    assert len(found) == 1 and "Nâng cao hiệu quả" in title_of(seeded.conn, found[0])


def test_english_names_find_vietnamese_text(seeded):
    un = set(ids(seeded.conn, "United Nations"))
    assert un == with_text(seeded.conn, "Liên Hợp Quốc") | with_text(seeded.conn, "Liên hợp quốc") | with_text(seeded.conn, "LHQ")
    assert set(ids(seeded.conn, "South Sudan")) == (
        with_text(seeded.conn, "Nam Sudan") | with_text(seeded.conn, "Nam Xu"))


def test_phrase_first_then_all_words(seeded):
    page = Q.timeline(seeded.conn, parse("dai tuong"))
    assert page.mode == "phrase"
    page = Q.timeline(seeded.conn, parse("Lacroix Tamesis"))
    assert page.mode == "all words" or page.rows == []
    page = Q.timeline(seeded.conn, parse("Lacroix hội nghị"))
    assert page.mode == "all words" and page.rows


def test_snippet_marks_the_hit(seeded):
    row = Q.timeline(seeded.conn, parse("luong tam quang")).rows[0]
    assert f"{Q.HIT_OPEN}Lương Tam Quang{Q.HIT_CLOSE}" in row.snippet


@pytest.mark.parametrize("query,hits", [("interp*", ("interpol",)), ("united nations", ("lien hop quoc",)),
                                        ("da nang", ("da nang", "da", "nang")), ('"bo cong an"', ("bo cong an",))])
def test_every_snippet_is_a_short_cut_around_a_marked_hit(seeded, query, hits):
    rows = Q.timeline(seeded.conn, parse(query)).rows
    assert rows
    for row in rows:
        body = unpack(seeded.conn.execute("SELECT body FROM articles WHERE id = ?", (row.id,)).fetchone()[0])
        marked = row.snippet.split(Q.HIT_OPEN, 1)[1].split(Q.HIT_CLOSE, 1)[0]
        assert plain(" ".join(marked.split())) in hits
        text = row.snippet.replace(Q.HIT_OPEN, "").replace(Q.HIT_CLOSE, "").strip("…")
        assert text in " ".join(body.split()) and len(text.split()) <= 20


def test_empty_query_lists_everything_newest_first(seeded):
    rows = Q.timeline(seeded.conn, parse("")).rows
    assert len(rows) == 5
    dated = [r.published for r in rows if r.published]
    assert dated == sorted(dated, reverse=True)
    assert rows[-1].published is None


def test_accented_query_ranks_exact_accents_first(store, tmp_path):
    from store import ingest

    folder = tmp_path / "acc"
    folder.mkdir()
    (folder / "a.txt").write_text("Bài về ca\n\nNgười dân ở xã ca ngợi ca sĩ và ca khúc mới trong buổi ca nhạc tối qua ở đây.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bài về cá\n\nNgười dân ở xã bán cá tươi ở chợ buổi sáng, giá cá hôm nay tăng nhẹ so với tuần trước.\n", encoding="utf-8")
    ingest(store, [folder], workers=1)
    first = Q.timeline(store.conn, parse("cá")).rows[0]
    assert first.title == "Bài về cá"


def test_filters_and_dates(seeded):
    assert len(ids(seeded.conn, 'person:"to lam"')) == 1
    assert set(ids(seeded.conn, "place:\"south sudan\"")) == set(ids(seeded.conn, "place:\"nam xu dang\""))
    assert [title_of(seeded.conn, i) for i in ids(seeded.conn, "outlet:antv")] == [
        "Tăng cường hợp tác giữa Bộ Công an Việt Nam với các cơ quan Liên hợp quốc"]
    assert len(ids(seeded.conn, "since:2023")) == 2
    assert len(ids(seeded.conn, "until:2022")) == 1
    assert len(ids(seeded.conn, "since:2022-09-03 until:2022-09-30")) == 1
    by_entity = ids(seeded.conn, "org:unmiss luong tam quang")
    assert set(ids(seeded.conn, "UNMISS luong tam quang")) < set(by_entity)
    assert any("Nam Xu-đăng" in unpack(seeded.conn.execute("SELECT body FROM articles WHERE id = ?", (i,)).fetchone()[0])
               for i in by_entity)


def test_exclusion(seeded):
    assert set(ids(seeded.conn, "Lương Tam Quang -Tamesis")) == set(ids(seeded.conn, "Lương Tam Quang")) - set(ids(seeded.conn, "Tamesis"))


@pytest.mark.parametrize("text", ['"', "(", ")", "AND", "OR", "NEAR", "-", ":", "*", "%", "\\", "a AND OR b", 'person:"',
                                  "since:xx", "foo:bar", "NEAR(a b)", "'; DROP TABLE articles; --", "x" * 5000])
def test_any_typed_text_is_a_valid_query(seeded, text):
    Q.timeline(seeded.conn, parse(text))
    assert seeded.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_malformed_parts_become_hints(seeded):
    assert parse('person:"to lam').hints == ("a closing quote is missing",)
    assert "since:" in parse("since:yesterday").hints[0]
    assert parse("foo:bar").words == ("foo", "bar")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_random_queries_never_raise(seeded_db, text):
    from store import open_store

    s = open_store(seeded_db, readonly=True)
    Q.register_functions(s.conn)
    try:
        Q.timeline(s.conn, parse(text))
        Q.count(s.conn, parse(text), Q.timeline(s.conn, parse(text)).expression)
    finally:
        s.close()


def test_an_unfinished_last_word_matches_as_a_prefix_while_typing(seeded):
    typing = Q.timeline(seeded.conn, parse("luong tam qu", typing=True)).rows
    assert [r.id for r in typing] == ids(seeded.conn, "luong tam quang")
    assert ids(seeded.conn, "luong tam qu") == []
    assert parse("luong tam qu ", typing=True).last_is_prefix is False
    assert parse("luong tam q", typing=True).words == ("luong", "tam")
    assert parse("luong tam quan", typing=True).last_is_prefix is False


def test_later_pages_keep_the_all_words_match(seeded):
    q = parse("Lacroix hội nghị")
    first = Q.timeline(seeded.conn, q, limit=1, ranked=False)
    second = Q.timeline(seeded.conn, q, limit=1, offset=1, ranked=False)
    everything = Q.timeline(seeded.conn, q, limit=10, ranked=False)
    assert first.mode == second.mode == "all words"
    assert [r.id for r in first.rows + second.rows] == [r.id for r in everything.rows][:2]
    assert len(everything.rows) >= 2


def test_phrase_is_looked_for_among_the_newest_articles_with_all_the_words(store, tmp_path, monkeypatch):
    """Proving a phrase absent from a large result would read every position: the look is bounded."""
    from store import ingest

    folder = tmp_path / "window"
    folder.mkdir()
    for year in range(2019, 2024):
        words = "xanh lục bảo" if year == 2019 else "lục ở đây, còn xanh ở kia"
        (folder / f"{year}.txt").write_text(
            f"Tin tức năm {year}\n\nNgày 5/6/{year}, người dân thấy màu {words} trong buổi sáng ở thị trấn nhỏ ven sông.\n",
            encoding="utf-8")
    ingest(store, [folder], workers=1)
    page = Q.timeline(store.conn, parse("xanh luc"), ranked=False)
    assert page.mode == "phrase" and len(page.rows) == 1  # five articles hold both words: all of them are looked at
    monkeypatch.setattr(Q, "PHRASE_WINDOW", 3)
    page = Q.timeline(store.conn, parse("xanh luc"), ranked=False)
    assert page.mode == "all words" and len(page.rows) == 5  # the phrase is only in the oldest, past the window
    assert Q.count(store.conn, parse("xanh luc"), page.expression) == 5
    assert Q.timeline(store.conn, parse('"xanh luc"')).rows  # quotes still find the phrase anywhere


def test_ranked_search_puts_the_article_about_the_words_first(store, tmp_path):
    """bm25 over the query's words: the words in the headline and often in the text rank above a passing mention,
    whatever the dates."""
    from store import ingest

    folder = tmp_path / "rank"
    folder.mkdir()
    filler = "Người dân trong vùng vẫn sinh hoạt bình thường và chuẩn bị cho mùa vụ mới ở các cánh đồng ven sông."
    (folder / "about.txt").write_text(
        "Lực lượng gìn giữ hòa bình tại Abyei\n05/06/2019 08:00\n\nNgày 5/6/2019, lực lượng gìn giữ hòa bình tuần tra ở Abyei. "
        "Abyei là vùng tranh chấp; tại Abyei, các sĩ quan gìn giữ hòa bình bảo vệ dân thường.\n", encoding="utf-8")
    for year in (2021, 2022, 2023):
        (folder / f"{year}.txt").write_text(
            f"Tin nông nghiệp năm {year}\n05/06/{year} 08:00\n\nNgày 5/6/{year}, {filler} Một đoàn khách từng đến Abyei.\n", encoding="utf-8")
    ingest(store, [folder], workers=1)
    ranked = Q.timeline(store.conn, parse("abyei"))
    by_date = Q.timeline(store.conn, parse("abyei"), ranked=False)
    assert ranked.rows[0].title == "Lực lượng gìn giữ hòa bình tại Abyei"
    assert by_date.rows[0].title == "Tin nông nghiệp năm 2023" and len(ranked.rows) == len(by_date.rows) == 4


@pytest.mark.parametrize("text", ["place:\"nam sudan\"", "org:unmiss since:2022", "person:\"luong tam quang\" hoa binh",
                                  "org:\"bo cong an\" -unmiss"])
def test_entity_filters_probe_or_list_with_the_same_result(seeded, monkeypatch, text):
    """A common entity is filtered by probing each article, a rare one by listing its articles: the same rows."""
    monkeypatch.setattr(Q, "COMMON_SHARE", 10**9)  # on a page, every entity counts as common
    probed = [r.id for r in Q.timeline(seeded.conn, parse(text), limit=100, ranked=False).rows]
    monkeypatch.setattr(Q, "COMMON_SHARE", 0)  # none does
    listed = [r.id for r in Q.timeline(seeded.conn, parse(text), limit=100, ranked=False).rows]
    assert probed == listed != []


@pytest.mark.parametrize("text", ["luong tam quang", "hoa binh", "united nations", "unmiss", "nam sudan", "interp*",
                                  '"bo cong an" abyei', "canh sat lien hop quoc", "bo cong an viet nam"])
def test_snippets_cut_from_the_beginning_equal_those_from_the_whole_body(seeded, monkeypatch, text):
    from store import highlight

    bodies = [unpack(r[0]) for r in seeded.conn.execute("SELECT body FROM articles")]
    bodies += ["\n\n".join(bodies)]  # longer than the first look, hits late and early
    q = Q.with_spellings(seeded.conn, parse(text))
    early = [highlight.snippet(b, q, ("[", "]")) for b in bodies]
    monkeypatch.setattr(highlight, "SNIPPET_REACHES", ())
    assert early == [highlight.snippet(b, q, ("[", "]")) for b in bodies]
    assert any(early)


def test_ranking_terms_are_the_query_words_then_the_shortest_other_spellings():
    from store.query import RANK_TERMS, rank_expression

    q = parse('luong "tam quang" interp*')
    assert rank_expression(q) == '"luong" OR "tam" OR "quang" OR "interp"*'
    many = rank_expression(parse("unmiss"), ("phai bo lien hop quoc tai nam sudan", "lhq unmiss", "nam xu dang"))
    assert many.split(" OR ") == ['"unmiss"', '"lhq"', '"nam"', '"xu"', '"dang"', '"phai"', '"bo"', '"lien"']
    assert len(many.split(" OR ")) == RANK_TERMS
    assert rank_expression(parse("luong tam qu", typing=True)).endswith('"qu"*')
    assert rank_expression(parse("since:2022")) is None


@pytest.mark.parametrize("text", ["unmiss", "nam sudan", "abyei", "united nations", "lien hop quoc",
                                  "canh sat lien hop quoc"])
def test_leaving_common_words_out_of_the_ranking_keeps_its_order(seeded, monkeypatch, text):
    """A word in half the articles or more weighs 1e-6 in bm25: without it, the articles holding the other words
    keep their order (the rest, matched by common words alone, stay newest first)."""
    q = parse(text)
    f = Q.filters_for(seeded.conn, q, paged=True)
    _, expression = Q.match_expression(seeded.conn, q, f)
    terms = Q.rank_terms(q, Q.spellings(seeded.conn, q.words))
    newest = Q.page_ids(seeded.conn, expression, f, 1000, 0, False)
    kept = Q.informative(seeded.conn, terms, newest[-1], newest[0])
    assert kept and len(kept) < len(terms)  # some word was common, and some was not
    holding = {r[0] for r in seeded.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (" OR ".join(kept),))}
    ranked = Q.page_ids(seeded.conn, expression, f, 50, 0, True, terms)
    monkeypatch.setattr(Q, "informative", lambda conn, terms, low, high: terms)
    every_word = Q.page_ids(seeded.conn, expression, f, 50, 0, True, terms)
    scored = [k for k in ranked if k in holding]
    assert scored == [k for k in every_word if k in holding] != []
    assert ranked[: len(scored)] == scored  # and before those matched by common words alone
