"""Cleaning and metadata against the gold, and the traps of scraped pages in general."""

from __future__ import annotations

import pytest

from store.clean import NoArticle, clean_page
from store.entities import extract_entities
from store.text import decode_bytes, fold_key, normalise_text

from .conftest import SEEDS
from .scoring import load_gold

GOLD, _ = load_gold()


def _clean(name: str):
    return clean_page(normalise_text(decode_bytes((SEEDS / name).read_bytes()).text))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_metadata_matches_gold(name):
    gold, cleaned = GOLD[name], _clean(name)
    assert cleaned.title == gold["title"]["value"]
    assert cleaned.outlet == gold["outlet"]["value"]
    published = cleaned.published.value if cleaned.published else None
    assert published == gold["published"]["value"]
    if published:
        assert cleaned.published.precision == gold["published"]["precision"]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_body_keeps_every_sentence_and_caption(name):
    gold, body = GOLD[name], _clean(name).body
    assert body.split("\n\n")[0].endswith(gold["body"]["first_sentence"])
    assert body.rstrip().endswith(gold["body"]["last_sentence"])
    for caption in gold["body"]["captions"]:
        assert caption in body


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_body_drops_boilerplate(name):
    gold, cleaned = GOLD[name], _clean(name)
    body_lines = set(cleaned.body.split("\n\n"))
    for block in gold["boilerplate"]:
        start = block["starts"].split(" / ")[0].split(" ... ")[0].strip()
        if "teaser" in block["kind"] or "prefix" in block["lines"]:
            continue
        assert not any(line.startswith(start) for line in body_lines), block
    found = {fold_key(m.surface) for m in extract_entities(cleaned.body)}
    for entity in gold.get("boilerplate_entities", []):
        if not entity.get("also_in_body", False):
            for form in entity["surface_forms"]:
                assert fold_key(form["form"]) not in found, form


def test_header_clock_among_contacts_is_not_the_publication_date():
    page = ("Chủ Nhật, 16/11/2025 09:00 GMT+7\n  • Hotline: 0123456\n  • Email: a@b.vn\n\nThời sự\n\n"
            "Đoàn công tác làm việc tại Lào\n\n(PLO) - Ngày 3/10, đoàn công tác của Bộ Công an đã làm việc với "
            "lực lượng Cảnh sát Lào về hợp tác phòng, chống tội phạm ma túy xuyên biên giới.\n")
    cleaned = clean_page(page)
    assert cleaned.published is None
    assert cleaned.title == "Đoàn công tác làm việc tại Lào"
    assert cleaned.outlet == "PLO"


def test_timestamp_under_headline_is_the_publication_date():
    page = ("Bộ trưởng tiếp Đại sứ Nhật Bản\n\n12/03/2024 | 10:35\n\nChiều 11/3, tại Hà Nội, Bộ trưởng đã tiếp "
            "Đại sứ Nhật Bản tại Việt Nam nhân dịp kết thúc nhiệm kỳ công tác.\n\nTheo Báo Công an nhân dân\n")
    cleaned = clean_page(page)
    assert (cleaned.published.value, cleaned.published.precision) == ("2024-03-12", "day")
    assert cleaned.outlet == "CAND"
    assert "Theo Báo" not in cleaned.body


def test_a_date_the_calendar_refuses_is_no_date():
    page = ("Hội nghị ASEANAPOL khai mạc\n\n31/02/2024 08:00\n\nSáng nay, Hội nghị Tư lệnh Cảnh sát các nước "
            "ASEAN lần thứ 41 đã khai mạc với sự tham dự của nhiều đoàn đại biểu quốc tế.\n")
    assert clean_page(page).published is None


def test_section_name_above_navigation_is_not_a_headline():
    page = ("An ninh trật tự\nTrang chủ | Tìm kiếm\n\nNgày 5/6, Công an tỉnh Quảng Ninh phối hợp với lực lượng "
            "Cảnh sát Trung Quốc bàn giao hai đối tượng bị truy nã về tội buôn bán người.\n")
    assert clean_page(page).title is None


def test_page_of_only_site_junk_is_no_article():
    page = "Trang chủ\nThời sự\nHotline: 0123\nEmail: a@b.vn\nTin mới nhất\nXem thêm\n"
    with pytest.raises(NoArticle):
        clean_page(page)


def test_a_one_megabyte_line_is_handled():
    line = "Bộ Công an " * 100_000
    cleaned = clean_page("Tiêu đề bài viết rất dài\n\n" + line + ".\n")
    assert cleaned.body.startswith("Bộ Công an")


# Layouts seen across Vietnamese news sites: where the headline and its date stand.
BODY = "Sáng 12/6, tại Hà Nội, Thứ trưởng Bộ Công an đã tiếp Đại sứ Australia tại Việt Nam và trao đổi về hợp tác phòng, chống tội phạm xuyên quốc gia.\n\nHai bên nhất trí tăng cường hợp tác trong lĩnh vực đào tạo, chia sẻ thông tin và gìn giữ hòa bình Liên Hợp Quốc trong thời gian tới."
LAYOUTS = {
 "byline+date": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\nMinh Châu - Thứ Hai, 12/06/2023 10:35 (GMT+7)\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "breadcrumb": ("Trang chủ » Quốc tế\n\nThứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n(14:20, 12/06/2023)\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "question": ("Vì sao Việt Nam cử thêm lực lượng gìn giữ hòa bình tới Nam Sudan và Abyei?\n\n12/06/2023 10:35\n\n" + BODY, "Vì sao Việt Nam cử thêm lực lượng gìn giữ hòa bình tới Nam Sudan và Abyei?", "2023-06-12"),
 "date-after": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n" + BODY + "\n\nMinh Châu\n\nCập nhật: 10:35 12/06/2023", "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "caps": ("THỨ TRƯỞNG BỘ CÔNG AN TIẾP ĐẠI SỨ AUSTRALIA\n\n12-06-2023 10:35\n\n" + BODY, "THỨ TRƯỞNG BỘ CÔNG AN TIẾP ĐẠI SỨ AUSTRALIA", "2023-06-12"),
 "sapo-first": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\nThứ Hai, 12/6/2023 - 14:20\n" + BODY.replace("\n\n", "\n"), "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "iso": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\nĐăng ngày 2023-06-12 10:35\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "time-first": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n10:35 - 12/06/2023\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "long-title": ("Bộ trưởng Bộ Công an Lương Tam Quang tiếp Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam bàn về hợp tác gìn giữ hòa bình\n\n19/07/2024 07:42\n\n" + BODY, "Bộ trưởng Bộ Công an Lương Tam Quang tiếp Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam bàn về hợp tác gìn giữ hòa bình", "2024-07-19"),
 "vietnamese-date": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\nNgày 12 tháng 6 năm 2023\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "iso-datetime": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n2023-06-12T10:35:00+07:00\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "day-month-comma-year": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n12 tháng 6, 2023\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "site-suffix-pipe": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia | Báo Dân trí\n\n12/06/2023 10:35\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "site-suffix-dash": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia - VnExpress\n\n12/06/2023 10:35\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
 "dash-in-title": ("Hợp tác phòng chống tội phạm Việt Nam - Lào\n\n12/06/2023 10:35\n\n" + BODY, "Hợp tác phòng chống tội phạm Việt Nam - Lào", "2023-06-12"),
 "title-then-sapo-bold": ("Thứ trưởng Bộ Công an tiếp Đại sứ Australia\n\n12/06/2023 10:35\n\nChia sẻ\n\n" + BODY, "Thứ trưởng Bộ Công an tiếp Đại sứ Australia", "2023-06-12"),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_headline_and_date_across_layouts(name):
    text, title, published = LAYOUTS[name]
    cleaned = clean_page(text)
    assert cleaned.title == title
    assert cleaned.published is not None and cleaned.published.value == published
    assert cleaned.body.startswith("Sáng 12/6")


def test_an_embed_label_inside_the_article_does_not_end_it():
    page = ("Tiêu đề bài viết về hợp tác quốc tế\n\n12/06/2023 10:35\n\n" + LAYOUTS["iso"][0].split("\n\n", 2)[2]
            + "\n\nVideo\n\nĐoàn công tác cũng đã thăm và làm việc tại Học viện Cảnh sát nhân dân trong khuôn khổ chuyến thăm."
            + "\n\nTin liên quan\n\nBài khác hoàn toàn không liên quan đến nội dung trên, chỉ là một tin tức khác của trang.")
    body = clean_page(page).body
    assert body.endswith("trong khuôn khổ chuyến thăm.") and "Bài khác" not in body


def test_a_long_headline_without_a_date_is_still_a_headline():
    title = ("Bộ trưởng Lương Tam Quang tiếp Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam bàn về hợp tác "
             "gìn giữ hòa bình và an ninh khu vực")
    body = LAYOUTS["iso"][0].split("\n\n", 2)[2]
    assert clean_page(f"{title}\n\n{body}").title == title
    assert clean_page(body).title is None


def test_html_entities_left_by_a_scraper_are_decoded():
    text = normalise_text("Tin tức &amp; sự kiện: Bộ Công an tiếp đoàn&nbsp;Australia &#273;&#7871;n")
    assert text == "Tin tức & sự kiện: Bộ Công an tiếp đoàn Australia đến"


def test_a_pen_name_in_capitals_closes_the_article_but_a_capitalised_headline_stays_one():
    page = ("CHỐNG TỘI PHẠM XUYÊN QUỐC GIA\n12/06/2024 21:05\n"
            "CAND - Chiều 12/6, tại Hà Nội, Bộ Công an tổ chức hội nghị về phòng chống tội phạm xuyên quốc gia.\n"
            "Các đại biểu đã thảo luận về hợp tác quốc tế trong điều tra và truy bắt tội phạm.\nTRUNG HƯNG\nXem thêm\n")
    cleaned = clean_page(page)
    assert cleaned.title == "CHỐNG TỘI PHẠM XUYÊN QUỐC GIA"
    assert cleaned.byline == "TRUNG HƯNG" and "TRUNG HƯNG" not in cleaned.body
    surfaces = {m.surface for m in extract_entities(cleaned.body)}
    assert "Hà Nội" in surfaces and "CAND" not in surfaces  # the dateline's outlet is metadata


def test_a_related_news_box_inside_the_text_is_dropped_and_the_article_goes_on():
    page = ("Lãnh đạo Bộ Công an tiếp đoàn công tác\nThứ Tư, 04/09/2024 - 14:32\n"
            "Ngày 3/9, Bộ Công an cho biết Đại tá Nguyễn Hồng Nguyên đã chính thức nhận nhiệm vụ tại trụ sở Liên hợp quốc.\n"
            "Tin liên quan\nViệt Nam cử thêm 12 sĩ quan công an sang Nam Sudan\n"
            "Theo Bộ Công an, trước khi nhận nhiệm vụ, Đại tá Nguyễn Hồng Nguyên đã trải qua vòng phỏng vấn do Cố vấn Cảnh sát LHQ chủ trì.\n"
            "Tin liên quan\nThủ tướng tiếp Đại sứ Nhật Bản\nHà Nội: Bắt giữ 3 đối tượng lừa đảo qua mạng\n")
    body = clean_page(page).body
    assert body.endswith("do Cố vấn Cảnh sát LHQ chủ trì.") and "Tin liên quan" not in body
    assert "sĩ quan công an sang Nam Sudan" not in body and "Nhật Bản" not in body


def test_a_section_name_on_the_timestamp_line_and_a_tags_line_at_the_end():
    page = ("10 nữ cảnh sát Việt Nam lên đường làm nhiệm vụ tại Abyei\n25-10-2024 - 09:15|Thời sự\n"
            "(NLĐO) - Ngày 24-10, tại Hà Nội, Bộ Công an tổ chức lễ xuất quân cho đơn vị cảnh sát lên đường làm nhiệm vụ.\n"
            "Nguyễn Hưởng\nTừ khóa: gìn giữ hòa bình UNISFA Công an\n")
    c = clean_page(page)
    assert (c.title, c.published.value, c.byline) == (
        "10 nữ cảnh sát Việt Nam lên đường làm nhiệm vụ tại Abyei", "2024-10-25", "Nguyễn Hưởng")
    assert c.body.endswith("lên đường làm nhiệm vụ.")


def test_an_author_slash_outlet_credit_with_its_source_closes_the_article():
    page = ("Nga và ASEAN thúc đẩy hợp tác chống khủng bố\nThứ Bảy, 27/07/2024 10:00\n"
            "Ngày 27/7, tại Viêng Chăn, Ngoại trưởng Nga đã có cuộc gặp với các Bộ trưởng Ngoại giao ASEAN bên lề hội nghị.\n"
            "Minh Hòa/VOV.VN (Theo TASS)\n")
    c = clean_page(page)
    assert c.outlet == "VOV" and c.body.endswith("bên lề hội nghị.")


# Header layouts seen on other sites: one headline and one date, every way a page prints them.
HEADLINE = "Bộ Công an tăng cường hợp tác quốc tế về gìn giữ hòa bình"
LEAD = ("Sáng 14/3, tại Hà Nội, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã tiếp đoàn công tác của Liên Hợp Quốc do ông Faisal Shahkar dẫn đầu.\n"
   "Hai bên trao đổi về kết quả hợp tác thời gian qua và thống nhất nhiều nội dung quan trọng trong thời gian tới.")
HEADER_LAYOUTS = {
 "breadcrumb_slash": f"Trang chủ / Thời sự / Chính trị\n{HEADLINE}\nCập nhật: 10:30, 15/03/2024\n{LEAD}",
 "pipe_gmt": f"{HEADLINE}\nThứ 6, 15/3/2024 | 10:30 GMT+7\n{LEAD}",
 "author_pipe_date": f"{HEADLINE}\nNguyễn Văn An | 15/03/2024 10:30\n{LEAD}",
 "date_above_title": f"15/03/2024 10:30\n{HEADLINE}\n{LEAD}",
 "date_in_words": f"{HEADLINE}\nThứ sáu, ngày 15 tháng 3 năm 2024\n{LEAD}",
 "published_label": f"{HEADLINE}\nPublished: 2024-03-15 10:30\nUpdated: 2024-03-16 08:00\n{LEAD}",
 "caps_title": f"{HEADLINE.upper()}\n15/03/2024 10:30\n{LEAD}",
 "date_at_bottom": f"{HEADLINE}\n(Chinhphu.vn) - {LEAD}\nNguyễn Văn An\n15/03/2024 10:30",
 "views_posted": f"{HEADLINE}\nLượt xem: 1234\nNgày đăng: 15/03/2024\n{LEAD}",
 "title_site_suffix": f"{HEADLINE} - Báo Công an Nhân dân điện tử\n15/03/2024 10:30\n{LEAD}",
 "sapo_then_date": f"{HEADLINE}\n(ANTV) - {LEAD.splitlines()[0]}\n15/03/2024 | 10:30\n{LEAD.splitlines()[1]}",
 "time_first": f"{HEADLINE}\n10:30 15/03/2024\n{LEAD}",
 "dash_date_time": f"{HEADLINE}\n15-03-2024 - 10:30\n{LEAD}",
 "weekday_comma_time": f"{HEADLINE}\nThứ Sáu, 15/03/2024, 10:30 (GMT+7)\n{LEAD}",
 "tags_and_share_above": f"Chia sẻ\nFacebook\n{HEADLINE}\n15/3/2024 10:30\nNghe bài viết\n{LEAD}",
 "date_dot": f"{HEADLINE}\n15.03.2024 10:30\n{LEAD}",
 "month_name_en": f"{HEADLINE}\nMarch 15, 2024 10:30\n{LEAD}",
 "short_year": f"{HEADLINE}\n15/03/24 10:30\n{LEAD}",
}


@pytest.mark.parametrize("name", sorted(HEADER_LAYOUTS))
def test_headline_and_date_in_other_header_layouts(name):
    c = clean_page(HEADER_LAYOUTS[name])
    assert c.title.upper() == HEADLINE.upper() and c.published.value == "2024-03-15"
    assert c.body.startswith(("Sáng 14/3", "(Chinhphu.vn)", "(ANTV)"))


_LEAD = ("Sáng 14/11, tại Hà Nội, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã tiếp đoàn đại biểu Cảnh sát "
         "Liên bang Australia nhằm tăng cường hợp tác phòng, chống tội phạm xuyên quốc gia.\n")
_TITLE = "Thứ trưởng Lê Quốc Hùng tiếp Cảnh sát Liên bang Australia"


@pytest.mark.parametrize("header,outlet,byline", [
    (f"{_TITLE}\n\nTác giả: Minh Anh\nNguồn: Báo Công an nhân dân\nNgày đăng: 15/11/2024\n\n", "CAND", "Minh Anh"),
    (f"Trang chủ\nThời sự\n{_TITLE}\n16:20 | 15/11/2024\nLượt xem: 512\nCỡ chữ A A A\nIn bài\n", None, None),
    (f"{_TITLE}\nThứ trưởng đề nghị hai bên tăng cường hợp tác phòng, chống tội phạm.\n15/11/2024 10:20\n", None, None),
])
def test_labels_tools_and_a_sapo_between_headline_and_body(header, outlet, byline):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")
    assert (cleaned.outlet, cleaned.byline) == (outlet, byline)
    assert cleaned.body.rstrip().endswith("xuyên quốc gia.")


def test_a_bracketed_pair_of_outlets_closing_the_body_is_a_credit():
    page = ("Việt Nam đề xuất tăng cường hợp tác cảnh sát ASEAN\n\n" + _LEAD + "\n(TTXVN/Vietnam+)\n")
    cleaned = clean_page(page)
    assert cleaned.outlet == "Vietnam+" and "TTXVN" not in cleaned.body


@pytest.mark.parametrize("header,outlet", [
    (f"{_TITLE}\nThứ bảy, 15/11/2024 - 09:30\nNghe bài viết\n00:00 / 03:12\n", None),
    (f"{_TITLE}\nTheo Minh Anh (Báo Lao Động)\n15/11/2024\n", "Lao Động"),
    (f"{_TITLE}\nCập nhật: 15/11/2024 09:30 | Lượt xem: 1.234\n", None),
    (f"BÁO ĐIỆN TỬ CHÍNH PHỦ\n{_TITLE}\n15/11/2024 09:30\n", "Chinhphu.vn"),
])
def test_players_view_counts_and_author_credits_around_the_stamp(header, outlet):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (_TITLE, "2024-11-15", outlet)


@pytest.mark.parametrize("header,outlet", [
    (f"{_TITLE}\nThứ Sáu, 15/11/2024 - 07:00\nTheo dõi Người Đưa Tin trên Google News\n(NĐT) - ", "Người Đưa Tin"),
    (f"{_TITLE}\nUpdated : 11/15/2024 10:25 GMT + 7\n", None),
    (f"{_TITLE}\nSource: Xinhua| 2024-11-15 20:14:35|Editor: huaxia\n", "Xinhua"),
    (f"BÁO QUẢNG NINH\nThứ Sáu, 15/11/2024\n{_TITLE}\nCập nhật: 14:20, 15/11/2024\n", "Báo Quảng Ninh"),
    (f"CÔNG AN TỈNH KON TUM\nCổng thông tin điện tử\n{_TITLE}\nĐăng ngày: 15/11/2024 | Lượt xem: 245\n",
     "Công an tỉnh Kon Tum"),
    (f"Báo Tin tức - TTXVN\nThời sự | Thế giới\n{_TITLE}\nThứ Sáu, 15/11/2024 09:20\n", "Báo Tin tức"),
])
def test_follow_buttons_month_first_stamps_source_lines_and_capital_mastheads(header, outlet):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (_TITLE, "2024-11-15", outlet)


@pytest.mark.parametrize("header,outlet", [
    (f"Báo Khánh Hòa điện tử\n{_TITLE}\nCập nhật: 08:15, 15/11/2024\n(BKH) - ", "Báo Khánh Hòa"),
    (f"Báo Khánh Hòa điện tử\n{_TITLE}\nCập nhật: 08:15, 15/11/2024\n(TTXVN) - ", "TTXVN"),
    (f"{_TITLE}\nCập nhật: 08:15, 15/11/2024\n(BKH) - ", "BKH"),
    (f"{_TITLE}\n15/11/2024 07:00\nKienthuc.net.vn - ", "Kiến Thức"),
    (f"{_TITLE}\nTác giả: Phòng Tham mưu\nChuyên mục: Tin hoạt động\nNgày đăng: 15-11-2024\n", None),
    (f"The Phnom Penh Post\n{_TITLE}\nKhuon Narim\nPublication date 15 November 2024 | 18:30 ICT\n", "Phnom Penh Post"),
    (f"The Hanoitimes\nHome > Politics\n{_TITLE}\nMinh Phuong 14:20, 2024/11/15\n", "Hanoi Times"),
])
def test_an_unknown_datelines_abbreviation_yields_to_the_masthead_and_a_domain_spells_a_known_outlet(header, outlet):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (_TITLE, "2024-11-15", outlet)


def test_an_author_dash_outlet_credit_closes_the_article():
    cleaned = clean_page(f"{_TITLE}\n15/11/2024 07:00\n" + _LEAD + "Hà Vy - Hanoionline\nTin cùng chuyên mục\n")
    assert cleaned.outlet == "Hanoionline" and "Hà Vy" not in cleaned.body


def test_a_bracketed_headline_over_a_portals_author_and_section_labels():
    """A headline of ten words ending in a bracket reads like prose; the labelled fields under it and the stamp
    under them show it is the headline."""
    title = "Tiếp đoàn Cục Công an thành phố Phòng Thành Cảng (Trung Quốc)"
    cleaned = clean_page(f"{title}\nTác giả: Phòng Tham mưu\nChuyên mục: Tin hoạt động\nNgày đăng: 15-11-2024\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (title, "2024-11-15")
    assert "Chuyên mục" not in cleaned.body and "Phòng Tham mưu" not in cleaned.body


def test_a_day_month_date_that_reads_both_ways_stays_day_first():
    """Only a date no day-first reading allows ('11/15/2024') is taken month first."""
    cleaned = clean_page(f"{_TITLE}\n10/11/2024 09:30\n" + _LEAD)
    assert cleaned.published.value == "2024-11-10"


def test_a_news_credit_label_and_print_buttons_close_the_body():
    cleaned = clean_page(f"{_TITLE}\n15/11/2024\n" + _LEAD + "Tin: Phòng Tham mưu\nIn bài viết | Gửi email\nCác tin khác\n")
    assert cleaned.byline == "Phòng Tham mưu" and "Phòng Tham mưu" not in cleaned.body


@pytest.mark.parametrize("header", [
    f"{_TITLE}\n15/11/2024 09:30\n0 bình luận | 12 lượt thích\n",
    f"{_TITLE}\n15/11/2024 09:30\nẢnh minh họa\n",
    f"{_TITLE}\n15/11/2024 09:30\nNghe đọc bài\nTạm dừng\n",
    f"{_TITLE}\n15/11/2024 09:30\nA- A A+\nIn\n",
    f"{_TITLE}\n15/11/2024 09:30\n{_TITLE} -0\n",
    f"{_TITLE}\n#CAND #Australia\n15/11/2024 09:30\n",
    f"{_TITLE}\n1.234 lượt xem\n15/11/2024\n",
    f"{_TITLE}\nIn trang | Gửi bạn bè\n15/11/2024 09:30\n",
    f"{_TITLE}\n15/11/2024 09:30 - 2 giờ trước\n",
    f"{_TITLE}\nNgày đăng: 15-11-2024 | Chuyên mục: Thời sự\n",
    f"{_TITLE}\nĐăng: 15/11/2024 09:30 | Cập nhật: 16/11/2024 10:00\n",
    f"{_TITLE}\n• 15/11/2024 09:30\n",
    f"{_TITLE}\n[15/11/2024 09:30 GMT+7]\n",
    f"{_TITLE}\nPosted on November 15, 2024 by admin\n",
    f"{_TITLE}.\n15/11/2024 09:30\n",
    f"{_TITLE}\nThứ Sáu, 15 Tháng Mười Một, 2024 09:30\n",
])
def test_page_furniture_around_the_stamp_leaves_headline_and_date(header):
    """Buttons, counters, captions and alt text between headline, stamp and lead; a stamp with a second
    date or a relative time; a headline written with a full stop over its stamp; a month in words."""
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title.rstrip("."), cleaned.published.value) == (_TITLE, "2024-11-15")
    assert cleaned.body.startswith("Sáng 14/11")


def test_a_section_path_printed_before_the_headline_is_not_part_of_it():
    cleaned = clean_page(f"Trang chủ > Thời sự > {_TITLE}\n15/11/2024 09:30\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")


def test_a_unit_credited_under_a_portal_article_is_its_byline_and_the_list_of_earlier_news_is_not_body():
    page = (f"CÔNG AN TỈNH NGHỆ AN\nCỔNG THÔNG TIN ĐIỆN TỬ\n{_TITLE}\nNgày đăng: 15/11/2024 | 16:45\n" + _LEAD
            + "Phòng Tham mưu\nCác tin, bài đã đưa\nBắt đối tượng vận chuyển ma túy (14/11/2024)\n")
    cleaned = clean_page(page)
    assert (cleaned.outlet, cleaned.byline) == ("Công an tỉnh Nghệ An", "Phòng Tham mưu")
    assert "Phòng Tham mưu" not in cleaned.body and "ma túy" not in cleaned.body


def test_a_stamp_under_the_lead_beats_a_header_clock_and_leaves_the_body():
    page = (f"Báo Thế giới và Việt Nam\nThứ Bảy, 16/11/2024 21:05\nThời sự | Đối ngoại | Kinh tế | Quốc tế | Diễn đàn\n"
            f"{_TITLE}\n"
            "TGVN. Hôm qua (15/11), tại Hà Nội, Thượng tướng Lê Quốc Hùng đã tiếp đoàn đại biểu Cảnh sát Liên bang "
            "Australia nhằm tăng cường hợp tác phòng, chống tội phạm xuyên quốc gia.\nĐăng lúc: 16/11/2024 07:30\n"
            "Hai bên thống nhất tăng cường trao đổi thông tin về tội phạm xuyên quốc gia trong thời gian tới.\n")
    cleaned = clean_page(page)
    assert cleaned.published.source == "Đăng lúc: 16/11/2024 07:30" and cleaned.outlet == "Báo Quốc tế"
    assert "Đăng lúc" not in cleaned.body


_MENU = ("Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Thế giới | Văn hóa | Giáo dục | Thể thao | "
         "Sức khỏe | Công nghệ | Du lịch | Bạn đọc | Video | Đăng nhập | Đăng ký | Tìm kiếm | English | Liên hệ")


def test_a_whole_menu_on_one_line_is_no_lead():
    """Twenty entries between pipes have the words of a sentence: the body starts at the lead all the same,
    and a teaser of the lead printed over the headline is still dropped."""
    lead = _LEAD.strip()
    cleaned = clean_page(f"{_MENU}\n{lead}\n{_TITLE}\n15/11/2024 09:30\n{lead}\nHai bên thống nhất tăng cường hợp tác.\n")
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")
    assert cleaned.body.startswith("Sáng 14/11") and "Trang chủ" not in cleaned.body


def test_the_stamp_nearest_above_the_headline_is_the_articles():
    """A 'Tin mới' list of other articles and their dates above the masthead: its stamps stand higher up."""
    page = ("Tin mới\nGiá xăng dầu hôm nay giảm nhẹ\n11/11/2024 22:40\nBão số 8 đổ bộ vào miền Trung\n10/11/2024\n"
            f"Báo Nghệ An điện tử\nCập nhật: 09:30, 15/11/2024\n{_TITLE}\n" + _LEAD)
    assert clean_page(page).published.value == "2024-11-15"


def test_a_page_title_names_a_paper_no_table_knows_and_a_long_one_is_no_lead():
    long_title = ("Hợp tác quốc tế trong lĩnh vực gìn giữ hòa bình Liên hợp quốc của Công an nhân dân - kết quả "
                  "và kinh nghiệm")
    cleaned = clean_page(f"{long_title} | Báo Điện tử Miền Tây\nTrang chủ | Quốc tế\n{long_title}\n"
                         f"15/11/2024 09:30\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (long_title, "2024-11-15")
    assert cleaned.outlet == "Báo Điện tử Miền Tây" and cleaned.body.startswith("Sáng 14/11")


def test_an_english_editions_credit_line_is_a_byline():
    lead = ("Major General Mai Hoang received a delegation of the National Police Agency of Japan on October 17 "
            "to discuss measures against high-tech fraud.\n")
    cleaned = clean_page(f"SGGP News\nHCMC police, Japanese counterparts boost cooperation\nFriday, October 18, "
                         f"2024 15:10\n{lead}By Chi Thach - Translated by Thuy Doan\nOther news\n")
    assert (cleaned.outlet, cleaned.byline) == ("SGGP", "By Chi Thach - Translated by Thuy Doan")
    assert "Thach" not in cleaned.body


@pytest.mark.parametrize("above", [
    "Tin mới\nGiá xăng dầu hôm nay giảm nhẹ\n11/11/2024 22:40\n",
    "Đọc nhiều\nGiá xăng dầu hôm nay giảm nhẹ\n11/11/2024 22:40\nBão số 8 đổ bộ vào miền Trung\n10/11/2024\n",
])
def test_teasers_over_their_stamps_above_the_headline_are_neither_headline_nor_date(above):
    cleaned = clean_page(above + f"{_TITLE}\n15/11/2024 09:30\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")


def test_a_list_heading_over_the_articles_own_headline_and_stamp_keeps_them():
    cleaned = clean_page(f"Tin mới\n{_TITLE}\n15/11/2024 09:30\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")


def test_the_last_teaser_right_over_a_page_without_headline_is_no_headline():
    """The last teaser of a list stands where a headline would, over its stamp; it says nothing of the lead."""
    cleaned = clean_page("Tin mới\nGiá xăng dầu hôm nay giảm nhẹ\n11/11/2024 22:40\nBão số 8 đổ bộ vào miền Trung\n"
                         "10/11/2024\n" + _LEAD)
    assert (cleaned.title, cleaned.published) == (None, None)


def test_a_menu_with_only_spaces_between_its_sections_is_no_article_text():
    menu = "Thời sự Thế giới Kinh doanh Bất động sản Thể thao Lao động - Việc làm Sức khỏe Văn hóa Giải trí\n"
    cleaned = clean_page(menu + f"{_TITLE}\n15/11/2024 09:30\nChia sẻ\nFacebook\nZalo\nCopy link\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")
    assert "Kinh doanh" not in cleaned.body


def test_a_video_pages_headline_and_a_ministry_as_source_credit():
    """'Video: ...' over a player is the headline; 'Nguồn: Bộ Công an' names a source, not the outlet, when the
    masthead names one."""
    title = "Video: Lễ xuất quân của 10 sĩ quan Công an đi Nam Sudan"
    cleaned = clean_page(f"VTC News\n{title}\n00:00 / 02:35\n" + _LEAD + "Thứ Sáu, 15/11/2024 11:20\n"
                         "Hai bên nhất trí tăng cường hợp tác trong thời gian tới và trao đổi đoàn các cấp.\n"
                         "Nguồn: Bộ Công an\nXem thêm\n")
    assert (cleaned.title, cleaned.outlet) == (title, "VTC News")


def test_a_breadcrumb_and_reading_tools_between_headline_and_stamp():
    cleaned = clean_page(f"Báo Pháp luật Việt Nam\n{_TITLE}\nNghe đọc bài\n00:00\nCỡ chữ\nA- A A+\n"
                         "Trang chủ / Thời sự / Chính trị\nThứ Bảy, 15/11/2024 - 08:15\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-15")


def test_a_paper_named_with_bao_before_a_known_name_is_that_outlet():
    assert clean_page(f"Báo Thanh Niên\n{_TITLE}\n15/11/2024 09:30\n" + _LEAD).outlet == "Thanh Niên"


def test_a_headline_printed_over_two_lines_is_one_headline():
    cleaned = clean_page("Báo Quảng Ninh\nThời sự | Chính trị | Kinh tế\n"
                         "Công an Quảng Ninh và Công an Quảng Tây (Trung Quốc)\n"
                         "hội đàm về phòng, chống tội phạm xuyên biên giới\nCập nhật: 09:12, 22/08/2025\n" + _LEAD)
    assert cleaned.title == ("Công an Quảng Ninh và Công an Quảng Tây (Trung Quốc) hội đàm về phòng, chống tội phạm "
                             "xuyên biên giới")
    assert cleaned.published.value == "2025-08-22" and not cleaned.body.startswith(("Công an Quảng Ninh", "hội đàm"))


def test_font_size_buttons_then_print_are_reading_tools():
    cleaned = clean_page(f"Biên phòng\nThứ Năm, 10/04/2025 | 07:29:00 [GMT +7]\n{_TITLE}\nA A A In bài\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2025-04-10")


def test_buttons_side_by_side_without_separators_are_reading_tools():
    cleaned = clean_page(f"24h\nThứ Sáu, ngày 14/03/2025 09:15 AM (GMT+7)\n{_TITLE}\n"
                         "Chia sẻ  Bình luận  Theo dõi 24h trên\n" + _LEAD + "Chia sẻ Facebook Zalo\n")
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2025-03-14")
    assert "Facebook" not in cleaned.body


def test_an_aggregators_credit_to_the_source_paper_names_the_outlet():
    cleaned = clean_page(f"24h\n{_TITLE}\n14/03/2025 09:15\n" + _LEAD +
                         "Theo Bảo Ngọc (Báo Công an nhân dân)\nNguồn: https://cand.com.vn/...\n"
                         "Video đang được xem nhiều\n")
    assert cleaned.outlet == "CAND" and "Bảo Ngọc" not in cleaned.body and "Video" not in cleaned.body


def test_a_url_as_the_only_credit_names_the_site():
    assert clean_page(f"{_TITLE}\n14/03/2025 09:15\n" + _LEAD + "Nguồn: https://www.qdnd.vn/abc\n").outlet == "QĐND"


@pytest.mark.parametrize("masthead,outlet", [
    ("QĐND Online - People's Army Newspaper", "QĐND"),
    ("BÁO DÂN TỘC VÀ PHÁT TRIỂN", "Báo Dân tộc và Phát triển"),
    ("BERNAMA", "Bernama"),
    ("Long An Online", "Báo Long An"),
    ("Yonhap News Agency", "Yonhap"),
    ("Báo Bình Dương Online", "Báo Bình Dương"),
    ("Báo Tài nguyên và Môi trường", "Báo Tài nguyên và Môi trường"),
    ("Báo Xây dựng", "Báo Xây dựng"),
    ("Nhà báo & Công luận", "Nhà báo & Công luận"),
    ("KYODO NEWS", "Kyodo News"),
    ("ANTARA News", "Antara"),
    ("Truyền hình Quốc hội Việt Nam", "Truyền hình Quốc hội Việt Nam"),
])
def test_a_papers_two_names_or_its_name_in_capitals_in_the_header(masthead, outlet):
    assert clean_page(f"{masthead}\n{_TITLE}\n14/03/2025 09:15\n" + _LEAD).outlet == outlet


def test_two_authors_joined_by_a_dash_between_headline_and_stamp_are_a_byline():
    cleaned = clean_page(f"Báo Thái Bình\n{_TITLE}\nNguyễn Hà - Minh Anh\n12/03/2025 | 14:20\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.byline) == (_TITLE, "2025-03-12", "Nguyễn Hà - Minh Anh")


@pytest.mark.parametrize("furniture", [
    "Lưu tin  Góp ý  Gửi tặng", "Nghe audio 03:12", "Tin tức trong ngày » Góc nhìn", "Quay lại  Trang trước",
    "Thu Hà | Trần Nam", "0 Yêu thích  1 Bình luận", "Font chữ: A A A",
])
def test_furniture_no_rule_knows_is_no_headline_when_the_line_above_shares_the_leads_words(furniture):
    """A line right over the stamp that shares at most one word with the lead, under one that shares many."""
    cleaned = clean_page(f"Báo X\n{_TITLE}\n{furniture}\n14/11/2024 09:30\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value) == (_TITLE, "2024-11-14")


def test_a_headline_sharing_two_words_with_its_lead_stays_under_a_teaser_sharing_more():
    teaser = "Thượng tướng Lê Quốc Hùng tiếp đoàn đại biểu Cảnh sát Liên bang Australia tại Hà Nội"
    title = "Hợp tác phòng, chống tội phạm: kết quả mới"
    cleaned = clean_page(f"Báo X\n{teaser}\n{title}\n14/11/2024 09:30\n" + _LEAD)
    assert cleaned.title == title


def test_an_english_stamp_with_at_before_the_clock_and_a_bare_related_heading():
    cleaned = clean_page(f"Bangkok Post\n{_TITLE}\nPUBLISHED : 15 Mar 2025 at 07:45\n" + _LEAD +
                         "Wassayos Ngamkham\nRelated\nPolice bust online gambling ring in Chon Buri\n")
    assert (cleaned.outlet, cleaned.published.value) == ("Bangkok Post", "2025-03-15")
    assert "Chon Buri" not in cleaned.body and cleaned.byline == "Wassayos Ngamkham"


def test_a_news_agencys_end_mark_ends_the_body():
    cleaned = clean_page(f"Yonhap News Agency\n{_TITLE}\n2025-03-15 07:45\n" + _LEAD + "(END)\n")
    assert cleaned.body.rstrip().endswith("quốc gia.") and cleaned.outlet == "Yonhap"


def test_an_interviews_author_with_the_word_for_conducting_it_is_a_byline():
    cleaned = clean_page(f"{_TITLE}\n14/11/2024 09:30\n" + _LEAD + "Hoàng Phương (thực hiện)\n")
    assert cleaned.byline == "Hoàng Phương (thực hiện)" and "Hoàng Phương" not in cleaned.body


def test_a_page_titles_paper_is_named_without_its_medium():
    cleaned = clean_page(f"{_TITLE} - Báo Đồng Nai điện tử\nTrang chủ\n{_TITLE}\nCập nhật: 08:15, 12/03/2025\n" + _LEAD)
    assert (cleaned.title, cleaned.outlet) == (_TITLE, "Báo Đồng Nai")


def test_a_section_label_between_the_headline_and_its_stamp_and_a_subheadline_under_the_headline():
    """The Star's header: kicker, headline, subheadline (article text, not the headline), byline, section, stamp."""
    title = "Regional police chiefs agree to step up fight against online scams"
    dek = "Malaysia's top cop says scam syndicates have moved across borders"
    lead = ("KUALA LUMPUR: Police chiefs from Southeast Asia have agreed to share intelligence more quickly to fight "
            "online scam syndicates, says the Inspector-General of Police.\n")
    cleaned = clean_page(f"The Star\nASEANAPOL\n{title}\n{dek}\nBy RAHIMY RAHIM\nNation\nWednesday, 11 Sep 2024\n"
                         f"7:15 PM MYT\n{lead}")
    assert (cleaned.title, cleaned.outlet, cleaned.published.value) == (title, "The Star", "2024-09-11")
    assert cleaned.body.startswith(dek) and "RAHIMY" not in cleaned.body


def test_a_page_title_over_a_page_without_headline_is_the_headline():
    cleaned = clean_page(f"{_TITLE} | Báo Vĩnh Long\nTrang chủ | Thời sự | Kinh tế | Pháp luật | Văn hóa | Thể thao\n"
                         f"Thứ Ba, 18/3/2025\nPháp luật\n" + _LEAD)
    assert (cleaned.title, cleaned.outlet, cleaned.published.value) == (_TITLE, "Báo Vĩnh Long", "2025-03-18")


def test_a_wire_storys_reporting_credit_and_standards_line_end_the_body():
    cleaned = clean_page(f"Reuters\n{_TITLE}\nBy Khanh Vu\nMarch 5, 2025 10:30 AM GMT+7\n" + _LEAD +
                         "Reporting by Khanh Vu; Editing by Martin Petty\nOur Standards: The Thomson Reuters Trust Principles.\n")
    assert (cleaned.outlet, cleaned.published.value) == ("Reuters", "2025-03-05")
    assert "Martin Petty" not in cleaned.body and "Standards" not in cleaned.body


def test_a_question_headline_over_its_sapo_and_a_stamp_under_the_sapo():
    title = "Vì sao Việt Nam được chọn đăng cai Hội nghị ASEANAPOL?"
    cleaned = clean_page(f"Tiền Phong\nThời sự Thế giới Kinh tế Xã hội Pháp luật\n{title}\nTPO - Hội nghị Tư lệnh "
                         "Cảnh sát các nước ASEAN lần thứ 45 sẽ diễn ra tại Hà Nội, lần thứ ba Việt Nam đăng cai.\n"
                         "14/08/2025 | 11:20\n" + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (title, "2025-08-14", "Tiền Phong")


def test_a_comment_section_with_its_count_and_a_share_line_with_a_colon_are_no_body():
    cleaned = clean_page(f"Báo Hà Tĩnh\n{_TITLE}\n04/06/2025 15:20\n" + _LEAD + "Chia sẻ: Facebook Zalo Twitter\n"
                         "Bình luận (2)\nNguyễn Văn Hải\nChúc chị lên đường bình an, hoàn thành tốt nhiệm vụ!\n")
    assert "Nguyễn Văn Hải" not in cleaned.body and "Zalo" not in cleaned.body


def test_a_page_title_under_a_long_menu_is_still_the_headline():
    menu = "\n".join(["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới"])
    cleaned = clean_page(f"{menu}\n{_TITLE} | Báo Vĩnh Long\nTrang chủ | Thời sự | Kinh tế | Pháp luật | Văn hóa | "
                         f"Thể thao\nThứ Ba, 18/3/2025\nPháp luật\n" + _LEAD)
    assert (cleaned.title, cleaned.outlet) == (_TITLE, "Báo Vĩnh Long")


@pytest.mark.parametrize("credit,outlet", [("Hoàng Chương (TTXVN)", "TTXVN"), ("Trần Hiếu/VOV-Phnôm Pênh", "VOV")])
def test_an_author_with_the_agency_in_brackets_or_a_correspondents_bureau_names_the_outlet(credit, outlet):
    cleaned = clean_page(f"{_TITLE}\n14/11/2024 09:30\n" + _LEAD + credit + "\n")
    assert cleaned.outlet == outlet and credit.split("/")[0].split(" (")[0] not in cleaned.body


def test_the_country_vietnam_is_no_outlet_though_vietnamplus_is_one():
    from store.outlets import outlet_name

    assert outlet_name("Việt Nam") is None and outlet_name("VietnamPlus") == "Vietnam+"


def test_a_wire_storys_staff_labels_and_related_coverage_are_no_body():
    cleaned = clean_page(f"ANTARA News\n{_TITLE}\nFriday, September 12, 2025 20:14 WIB\n" + _LEAD +
                         "Reporter: Yuni Arisandy\nEditor: Rahmad Nasution\nCopyright © ANTARA 2025\n"
                         "Related coverage:\nJapan to send police advisers to Southeast Asia\n")
    assert "Arisandy" not in cleaned.body and "Nasution" not in cleaned.body and "Southeast" not in cleaned.body
    assert cleaned.outlet == "Antara"


@pytest.mark.parametrize("header,outlet", [
    (f"{_TITLE}\nThứ Sáu, 12/01/2024, 16:05 [GMT+7]\n(Baoquangngai.vn) - ", "Báo Quảng Ngãi"),
    (f"TẠP CHÍ QUỐC PHÒNG TOÀN DÂN\nNghiên cứu - Trao đổi\n{_TITLE}\nNgày đăng: 12/01/2024\n", "Tạp chí Quốc phòng toàn dân"),
    (f"RFA Tiếng Việt\nTin Việt Nam\n{_TITLE}\n2024.01.12\nHà Linh, RFA\n", "RFA"),
])
def test_a_provincial_papers_domain_a_magazines_capital_masthead_and_a_broadcasters_edition(header, outlet):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (_TITLE, "2024-01-12", outlet)


def test_a_photo_caption_under_the_headline_is_no_headline_and_a_channel_promotion_ends_the_body():
    title = "Asean police chiefs agree to step up fight against scam syndicates"
    lead = "KUALA LUMPUR - Police chiefs from South-east Asia agreed on Aug 21 to set up a joint task force.\n"
    cleaned = clean_page(f"The Straits Times\nSingapore\nAsia\n{title}\nPolice chiefs at the conference in Kuala "
                         f"Lumpur pledged closer cooperation. PHOTO: BERNAMA\nAug 22, 2024, 06:15 PM\n{lead}"
                         "Join ST's Telegram channel and get the latest breaking news delivered to you.\n"
                         "Read 3 articles and stand to win rewards\n")
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (title, "2024-08-22", "The Straits Times")
    assert "Telegram" not in cleaned.body and "rewards" not in cleaned.body


def test_an_authors_name_over_the_credit_that_names_them_again_is_no_body():
    cleaned = clean_page(f"{_TITLE}\n12/01/2024 16:05\n" + _LEAD + "Bạch Mai\nTin, ảnh: Bạch Mai\nBình luận (0)\n")
    assert "Bạch Mai" not in cleaned.body


@pytest.mark.parametrize("header,outlet", [
    (f"{_TITLE} - Báo Đời sống và Pháp luật\nĐời sống & Pháp luật\n{_TITLE}\nThứ tư, 12/06/2024 - 08:00\n(ĐS&PL) - ",
     "Đời sống & Pháp luật"),
    (f"PHÁP LUẬT & XÃ HỘI\nTrang chủ\nThời sự\n12/06/2024 10:30\nPháp luật\n{_TITLE}\n", "Pháp luật & Xã hội"),
])
def test_papers_named_with_an_ampersand_in_a_page_title_or_a_capital_masthead(header, outlet):
    cleaned = clean_page(header + _LEAD)
    assert (cleaned.title, cleaned.published.value, cleaned.outlet) == (_TITLE, "2024-06-12", outlet)


def test_a_note_on_the_credited_author_and_a_subscription_box_end_an_analysis():
    lead = "Vietnam deployed its first two police officers to the United Nations Mission in South Sudan in 2018.\n"
    cleaned = clean_page(f"The Diplomat\nSecurity\n{_TITLE}\nBy Nguyen Minh Quang\nJune 12, 2024\n{lead}"
                         "Nguyen Minh Quang is a lecturer at the University of Social Sciences and Humanities.\n"
                         "ENJOYING THIS ARTICLE?\nSubscribe for full access\n")
    assert (cleaned.title, cleaned.outlet, cleaned.published.value) == (_TITLE, "The Diplomat", "2024-06-12")
    assert "lecturer" not in cleaned.body and "ENJOYING" not in cleaned.body and "Subscribe" not in cleaned.body


def test_a_last_paragraph_about_a_person_the_byline_does_not_name_stays():
    cleaned = clean_page(f"{_TITLE}\n12/06/2024 10:30\n" + _LEAD + "Nguyễn Thị Kim Ngân là nữ sĩ quan đầu tiên của "
                         "tỉnh tham gia lực lượng gìn giữ hòa bình.\nHải Yến\n")
    assert "Kim Ngân là nữ sĩ quan" in cleaned.body
