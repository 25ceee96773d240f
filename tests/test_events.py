"""Every date expression the events issue lists, and every non-event it warns about."""

from __future__ import annotations

import pytest

from store.clean import Published
from store.events import extract_events

PUB = Published("2024-07-19", "day", "test")


@pytest.mark.parametrize("text,start,end,precision,inferred", [
    ("Ngày 24/9, đoàn công tác đã đến.", "2024-09-24", "2024-09-24", "day", True),  # nearest year
    ("Chiều 18.7, Bộ trưởng tiếp đoàn.", "2024-07-18", "2024-07-18", "day", True),
    ("Trong hai ngày 20 và 21/6/2018, hội nghị diễn ra.", "2018-06-20", "2018-06-21", "day", False),
    ("Từ ngày 30/8 - 3/9, hội nghị diễn ra.", "2024-08-30", "2024-09-03", "day", True),
    ("Kỳ họp diễn ra từ ngày 28 đến 30 tháng 11 năm 2023.", "2023-11-28", "2023-11-30", "day", False),
    ("Trong các ngày 3 - 5 tháng 6, đoàn làm việc.", "2024-06-03", "2024-06-05", "day", True),
    ("Ngày 2/3, đoàn công tác đã đến.", "2024-03-02", "2024-03-02", "day", True),
    ("Ngày 28/12, đoàn công tác đã đến.", "2023-12-28", "2023-12-28", "day", True),  # the past, nearer
    ("Đoàn thăm từ ngày 3-11/4/2023 tại Nhật Bản.", "2023-04-03", "2023-04-11", "day", False),
    ("Hiệp định ký ngày 15-6-2021 tại Hà Nội.", "2021-06-15", "2021-06-15", "day", False),
    ("Vào tháng 1.2024, đơn vị được thành lập.", "2024-01", "2024-01", "month", False),
    ("Chương trình ban hành vào đầu năm 2024.", "2024", "2024", "year", False),
    ("Từ năm 2022 đến nay, Bộ đã cử 11 sĩ quan.", "2022", None, "year", False),
    ("Kể từ năm 2014, Việt Nam đã cử hơn 800 lượt quân nhân.", "2014", None, "year", False),
    ("Giai đoạn từ năm 2014 đến năm 2018 có nhiều đổi mới.", "2014", "2018", "year", False),
    ("Hội nghị diễn ra ngày 24-27/11/2025 tại Hà Nội.", "2025-11-24", "2025-11-27", "day", False),
    ("Diễn tập từ ngày 22 - 28/10/2023 tại Đà Nẵng.", "2023-10-22", "2023-10-28", "day", False),
    ("Buổi lễ bế mạc (27/08) có nhiều đại biểu.", "2024-08-27", "2024-08-27", "day", True),
    ("Từ ngày 30/12 - 3/1, đoàn công tác ở nước ngoài.", "2023-12-30", "2024-01-03", "day", True),
    ("Vào ngày 12 tháng 6, hai bên ký biên bản.", "2024-06-12", "2024-06-12", "day", True),
    ("Nhiệm kỳ từ tháng 3/2023 đến tháng 3/2024 đã kết thúc.", "2023-03", "2024-03", "month", False),
    ("Từ tháng 11 đến tháng 2/2024, đơn vị tuần tra.", "2023-11", "2024-02", "month", False),  # year before
    ("Từ tháng 5 - 7/2024, đơn vị huấn luyện.", "2024-05", "2024-07", "month", False),
    ("Sáng nay, 15/7, đoàn công tác đã đến Hà Nội.", "2024-07-15", "2024-07-15", "day", True),
    ("Ngày 14 và 15-7, đoàn làm việc tại Lào.", "2024-07-14", "2024-07-15", "day", True),
    ("Ngày 12 tháng 6 năm 2023, hai bên ký biên bản.", "2023-06-12", "2023-06-12", "day", False),
    ("Sáng 12-6, hai bên ký biên bản.", "2024-06-12", "2024-06-12", "day", True),
    ("Đoàn thăm Việt Nam từ ngày 12 đến 15-3.", "2024-03-12", "2024-03-15", "day", True),
    ("Trong quý III/2024, đơn vị sẽ triển khai lực lượng.", "2024-07", "2024-09", "month", False),
    ("Kế hoạch hoàn thành trong quý 1 năm 2025.", "2025-01", "2025-03", "month", False),
    ("Đoàn thăm Việt Nam từ ngày 10 đến ngày 15-6-2021.", "2021-06-10", "2021-06-15", "day", False),
    ("Từ năm 2021 đến tháng 6/2024, lực lượng phát hiện 1.200 vụ.", "2021", "2024-06", "year", False),
    ("Nhân Ngày Quốc tế Phụ nữ 8/3, Thứ trưởng thăm các nữ sĩ quan.", "2024-03-08", "2024-03-08", "day", True),
    ("Từ tháng 6/2021 đến hết năm 2024 có nhiều vụ.", "2021-06", "2024", "month", False),
])
def test_expression(text, start, end, precision, inferred):
    published = PUB if "30/12" not in text else Published("2024-01-10", "day", "t")
    events = extract_events(text, published, [])
    assert len(events) == 1, events
    e = events[0]
    assert (e.start, e.end, e.precision, e.year_inferred) == (start, end, precision, inferred)
    assert text[e.sentence_start : e.sentence_end].startswith(text.split(",")[0].split(" ")[0])


def test_list_of_years_gives_two_events():
    events = extract_events("Hai hội nghị trước đây vào các năm 2016 và 2018.", PUB, [])
    assert [(e.start, e.end, e.precision) for e in events] == [("2016", "2016", "year"), ("2018", "2018", "year")]


@pytest.mark.parametrize("text", [
    "Ông đứng thứ 3 từ trái sang trong ảnh.", "Thứ hai, lực lượng Cảnh sát đề cao pháp luật.",
    "Đơn vị Cảnh sát số 1 ra mắt.", "Có 1.200 đại biểu và 01 sỹ quan tham dự.", "Chương trình nghị sự 2030 được nhắc tới.",
    "Tỷ lệ 2/3 đại biểu tán thành.", "Ngày 31/02/2024 không tồn tại.", "Giá trị tăng 3.5 lần.",
    "Sau 3 tháng 6 lần kiểm tra.", "Tỷ số 3-1 nghiêng về đội nhà.", "Từ 3 đến 5 tháng 1 lần.", "Có 1 và 2-3 người tham gia.",
])
def test_not_an_event(text):
    assert extract_events(text, PUB, []) == []


def test_missing_year_comes_from_another_date_in_the_article():
    events = extract_events("Ngày 23/11/2022 đoàn sang thăm. Sau đó, ngày 2/12, hai bên ký kết.", None, [])
    assert [(e.start, e.year_inferred) for e in events] == [("2022-11-23", False), ("2022-12-02", True)]


def test_without_any_year_the_year_stays_unknown():
    (event,) = extract_events("Ngày 24/9, tại New York, Bộ trưởng tiếp Phó Tổng thư ký.", None, [])
    assert event.start == "XXXX-09-24" and not event.year_inferred


_EN = ("Minister of Public Security General Luong Tam Quang said the officers would serve with the United Nations "
       "and that the ministry had worked with the mission for years. ")
"""An English lead sentence: English editions are told from Vietnamese text by their words, not by a flag."""


@pytest.mark.parametrize("text,start,end,precision", [
    ("The summit took place on July 1-3, 2024 in Ha Noi.", "2024-07-01", "2024-07-03", "day"),
    ("The summit was held on 5 September, 2023, in New York.", "2023-09-05", "2023-09-05", "day"),
    ("The next one runs from 30 July to 2 August 2025.", "2025-07-30", "2025-08-02", "day"),
    ("The summit takes place from August 31 to September 1.", "2024-08-31", "2024-09-01", "day"),
    ("UNCOPS will be held on September 4 and 5.", "2024-09-04", "2024-09-05", "day"),
    ("On Jan. 12 the ministry met the delegation.", "2024-01-12", "2024-01-12", "day"),
    ("They served from December 2023 to March 2024.", "2023-12", "2024-03", "month"),
    ("The officers will work in Juba until July 2025.", "2025-07", "2025-07", "month"),
    ("In March, the team left for Abyei.", "2024-03", "2024-03", "month"),
    ("Viet Nam has sent officers to UN missions since 2018.", "2018", None, "year"),
    ("Between 2014 and 2020, Viet Nam sent officers.", "2014", "2020", "year"),
    ("The programme was adopted in 2015.", "2015", "2015", "year"),
    ("Speaking at the ceremony on Thursday, he thanked the officers.", "2024-07-18", "2024-07-18", "day"),
    ("A conference on cybercrime is planned for the first quarter of 2025.", "2025-01", "2025-03", "month"),
    ("The second meeting is planned for Q3 2026.", "2026-07", "2026-09", "month"),
    ("A training course will follow in the second half of 2025.", "2025-07", "2025-12", "month"),
    ("Police have deported 2,000 people since January.", "2024-01", None, "month"),
    ("Since March 2023, the two forces have met every month.", "2023-03", None, "month"),
    ("The KNPA will send a police attaché to the consulate from September.", "2024-09", None, "month"),
    ("The course runs from September to December in Da Nang.", "2024-09", "2024-12", "month"),
    ("Since the beginning of 2024, police have brought home 1,500 citizens.", "2024", None, "year"),
    ("He invited his counterpart to attend the ministerial meeting in Hanoi in March.", "2025-03", "2025-03", "month"),
    ("The two police forces agreed Tuesday to share data on fugitives.", "2024-07-16", "2024-07-16", "day"),
])
def test_english_expression(text, start, end, precision):
    events = extract_events(_EN + text, PUB, [])
    assert (start, end, precision) in {(e.start, e.end, e.precision) for e in events}


def test_english_weekday_needs_a_publication_day():
    assert extract_events(_EN + "Speaking on Thursday, he thanked them.", None, []) == []


def test_month_names_are_not_read_in_vietnamese_text():
    text = "Ông May Thứ đến từ tỉnh Điện Biên. Đoàn công tác của Bộ Công an làm việc in ấn tài liệu in 2018 bản."
    assert extract_events(text, PUB, []) == []


def test_without_a_publication_date_a_written_month_beats_an_open_period_as_the_year():
    text = "Chiều 13-3, hai bộ trưởng hội đàm. Từ năm 2015 đến nay, hai bên hợp tác. Hội nghị họp vào tháng 8/2024."
    assert ("2024-03-13", "day") in {(e.start, e.precision) for e in extract_events(text, None, [])}


@pytest.mark.parametrize("text,start", [
    ("Hội nghị sẽ diễn ra từ ngày 9 - 12/3 tại Kuala Lumpur.", "2025-03-09"),  # published July 2024: the next March
    ("Hội nghị đã diễn ra từ ngày 9 - 12/3 tại Kuala Lumpur.", "2024-03-09"),  # done: the nearest, past, March
])
def test_a_date_the_sentence_puts_ahead_takes_the_coming_year(text, start):
    assert start in {e.start for e in extract_events(text, PUB, [])}


def test_from_a_month_until_now_is_an_open_period():
    events = extract_events("Từ tháng 6/2014 đến nay, Việt Nam đã cử hơn 1.000 lượt cán bộ.", PUB, [])
    assert [(e.start, e.end, e.precision) for e in events] == [("2014-06", None, "month")]


@pytest.mark.parametrize("text,start", [
    ("Cục trưởng cho biết, từ ngày 27-5-2014 đến nay, Việt Nam đã cử hơn 800 lượt sĩ quan.", "2014-05-27"),
    (_EN + "Officers have served with the mission since 27 May 2014.", "2014-05-27"),
    ("Thứ trưởng cho biết, kể từ tháng 10/2022, Việt Nam đã cử 3 sĩ quan.", "2022-10"),
])
def test_from_a_day_or_month_until_now_is_an_open_period(text, start):
    assert (start, None) in {(e.start, e.end) for e in extract_events(text, PUB, [])}


@pytest.mark.parametrize("text,start", [
    ("Từ đầu năm đến nay, Bộ đội Biên phòng đã tiếp nhận 87 công dân.", "2024"),
    ("Từ đầu năm nay, lực lượng đã bắt 5 đối tượng.", "2024"),
    ("Từ tháng 1 đến nay, lực lượng đã bắt 3 đối tượng.", "2024-01"),
])
def test_since_this_year_or_a_yearless_month_began_is_open_in_the_articles_year(text, start):
    assert [(e.start, e.end) for e in extract_events(text, Published("2024-12-09", "day", "test"), [])] == [
        (start, None)]


def test_since_the_start_of_a_named_year_is_open_from_that_year():
    events = extract_events("Đây là đối tượng thứ ba được dẫn độ về tỉnh từ đầu năm 2023.", PUB, [])
    assert [(e.start, e.end) for e in events] == [("2023", None)]


@pytest.mark.parametrize("text,start,end", [
    ("Công an tỉnh sẽ triển khai chiến dịch từ tháng 4 đến tháng 10.", "2025-04", "2025-10"),  # said ahead
    ("Từ tháng 11 đến tháng 2, đơn vị tuần tra.", "2024-11", "2025-02"),  # the nearest November, then February
    ("Lớp học diễn ra từ tháng 5 - 7 năm nay.", "2024-05", "2024-07"),
])
def test_a_range_of_months_with_no_year_is_one_period(text, start, end):
    assert [(e.start, e.end) for e in extract_events(text, PUB, [])] == [(start, end)]


def test_from_a_month_without_until_now_is_that_month():
    assert [(e.start, e.end) for e in extract_events("Từ tháng 10/2022, Việt Nam đã cử 3 sĩ quan.", PUB, [])] == [
        ("2022-10", "2022-10")]


def test_a_yearless_month_said_ahead_in_that_month_is_this_year():
    """'dự kiến sẽ sang ... vào giữa tháng 12', said on 9 December: this December, not next year's."""
    events = extract_events("Đợt luân chuyển thứ 7 dự kiến sẽ sang Nam Sudan vào giữa tháng 12.",
                            Published("2024-12-09", "day", "test"), [])
    assert ("2024-12", "2024-12") in {(e.start, e.end) for e in events}


def test_a_day_and_its_anniversary_are_two_days_not_a_period():
    events = extract_events("Năm nay kỷ niệm 63 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2025).", PUB, [])
    found = {(e.start, e.end) for e in events}
    assert {("1962-09-05", "1962-09-05"), ("2025-09-05", "2025-09-05")} <= found
    assert ("1962-09-05", "2025-09-05") not in found
