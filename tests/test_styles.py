"""Articles written for this project in the style of other outlets: do the seed-tuned rules carry over?

Each file in data/styles was annotated by hand (expected.json) before the extractor saw it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.extract import extract_file
from store.text import fold_key

from .style_report import entity_forms

FOLDER = Path(__file__).parent / "data" / "styles"
EXPECTED = {k: v for k, v in json.loads((FOLDER / "expected.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    name = request.param
    return EXPECTED[name], extract_file(str(FOLDER / name), name)




def test_metadata(case):
    expected, x = case
    published = x.cleaned.published.value if x.cleaned.published else None
    assert (x.cleaned.title, x.cleaned.outlet, published) == (expected["title"], expected["outlet"], expected["published"])


def test_entities_found_and_junk_left_out(case):
    """Every annotated entity is found, but the ``known_misses`` (still counted as misses by the style report),
    which must stay missed until a rule finds them and the annotation says so."""
    expected, x = case
    forms = entity_forms(x)
    missing = [(t, f) for t, f in expected["entities"]
               if not any(t == k[0] and fold_key(f) in v for k, v in forms.items())]
    unwanted = [f for f in expected["absent"] if any(fold_key(f) in v for v in forms.values())]
    assert missing == [tuple(e) for e in expected.get("known_misses", [])] and unwanted == []


def test_events(case):
    expected, x = case
    found = {(e.start, e.end) for e in x.events}
    assert {tuple(e) for e in expected["events"]} <= found


@pytest.mark.parametrize("sentence,expected,absent", [
    ("Hai bên trao trả 126 công dân qua cửa khẩu quốc tế Hà Tiên - Prek Chak.",
     [("place", "Hà Tiên"), ("place", "Prek Chak")], ["Hà Tiên - Prek Chak"]),
    ("Sáng 11/6, Cục Cảnh sát truy nã tội phạm phối hợp với Văn phòng Interpol Việt Nam.",
     [("organization", "Cục Cảnh sát truy nã tội phạm")], ["Cục Cảnh sát"]),
    ("Hanoi's Ministry of Public Security is sending more officers, including women, to South Sudan and Abyei.",
     [("organization", "Bộ Công an"), ("place", "Hà Nội")], ["Hanoi's Ministry of Public Security"]),
    ("The delegation was led by Lieutenant-General Tran Quoc To, Deputy Minister of Public Security.",
     [("person", "Tran Quoc To")], []),
    ("Singapore Police Force Commissioner Hsu Sin Yun said the force would share data with INTERPOL.",
     [("organization", "Singapore Police Force"), ("person", "Hsu Sin Yun")], ["Police Force Commissioner"]),
    ("Police chiefs from South-east Asia agreed on Aug 21 to set up a joint task force.",
     [("place", "Đông Nam Á")], ["Asia"]),
    ("Các tổ chức nhân quyền như Human Rights Watch từng bày tỏ lo ngại về việc này.",
     [("organization", "Human Rights Watch")], []),
    ("Phóng viên Báo Quân đội nhân dân trao đổi với Văn phòng Liên hợp quốc về Ma túy và Tội phạm tại châu Á - Thái Bình Dương.",
     [("organization", "Báo Quân đội nhân dân"), ("organization", "UNODC")], ["Báo Quân", "Thái Bình", "Bình Dương"]),
    ("Bộ Công an tổ chức Hội nghị quốc tế về hợp tác phòng, chống tội phạm xuyên quốc gia lần thứ nhất tại Hà Nội.",
     [("event", "Hội nghị quốc tế về hợp tác phòng, chống tội phạm xuyên quốc gia lần thứ nhất")], []),
    ("Các sĩ quan tuần tra tại bang Thượng Bắc Kordofan và hỗ trợ Cảnh sát quốc gia Nam Sudan, rèn luyện tiếng Anh.",
     [("place", "Thượng Bắc Kordofan"), ("organization", "Cảnh sát quốc gia Nam Sudan"), ("place", "Nam Sudan")], ["Anh"]),
    ("Dự Hội nghị Bộ trưởng ASEAN về tội phạm xuyên quốc gia lần thứ 18 tại tỉnh Kunduz.",
     [("event", "Hội nghị Bộ trưởng ASEAN về tội phạm xuyên quốc gia lần thứ 18"), ("place", "Kunduz")], []),
    ("Trung tướng Lázaro Alberto Álvarez Casas, Bộ trưởng Bộ Nội vụ nước Cộng hòa Cuba, thăm Việt Nam.",
     [("organization", "Bộ Nội vụ nước Cộng hòa Cuba"), ("place", "Cuba")], ["Bộ Nội vụ"]),
    ("Ông Faisal Shahkar, Cố vấn Cảnh sát LHQ, Thiếu tá Nguyễn Thị Phương Hoa và đoàn đại biểu do Thượng tướng Lê Quốc Hùng dẫn đầu.",
     [("person", "Faisal Shahkar"), ("person", "Nguyễn Thị Phương Hoa"), ("person", "Lê Quốc Hùng")], []),
    ("Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia (AMMTC) lần thứ 18 họp tại Lào.",
     [("event", "Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia"), ("event", "AMMTC"),
      ("place", "Lào")], []),
    ("Bộ Công an xuất quân Đơn vị Cảnh sát gìn giữ hòa bình số 2 tới Accra (Ghana).",
     [("organization", "Đơn vị Cảnh sát gìn giữ hòa bình số 2"), ("place", "Accra"), ("place", "Ghana")],
     ["Đơn vị Cảnh sát gìn giữ hòa bình"]),
    ("Phát biểu tại Hội thảo “Hợp tác quốc tế về gìn giữ hòa bình” ở Hà Nội.",
     [("event", "Hội thảo “Hợp tác quốc tế về gìn giữ hòa bình”"), ("place", "Hà Nội")], ["Hội thảo"]),
    ("Bộ trưởng Bộ Nội vụ Singapore K. Shanmugam tiếp Tổng thống John F. Kennedy.",
     [("person", "K. Shanmugam"), ("person", "John F. Kennedy"), ("organization", "Bộ Nội vụ Singapore")],
     ["Bộ Nội vụ Singapore K"]),
    ("Đối tượng Nguyễn Văn A. Sau đó, Công an TP. Hồ Chí Minh vào cuộc.",
     [("person", "Nguyễn Văn A"), ("organization", "Công an TP. Hồ Chí Minh")], ["Nguyễn Văn A. Sau"]),
    ("Cố vấn Cảnh sát Liên hợp quốc Faisal Shahkar gặp Bộ trưởng Công an Lương Tam Quang.",
     [("person", "Faisal Shahkar"), ("person", "Lương Tam Quang"), ("organization", "Cảnh sát Liên hợp quốc")],
     ["Công an Lương Tam Quang"]),
    ("Thủ tướng Phạm Minh Chính tiếp Tổng thống Pháp Emmanuel Macron tại Phủ Chủ tịch.",
     [("person", "Phạm Minh Chính"), ("person", "Emmanuel Macron"), ("place", "Pháp")], ["Phủ Chủ"]),
    ("Cục Cảnh sát hình sự đã phối hợp với Cục Cảnh sát điều tra tội phạm về ma túy.",
     [("organization", "Cục Cảnh sát điều tra tội phạm về ma túy"), ("organization", "Cục Cảnh sát hình sự")], []),
    ("Hội nghị Bộ trưởng ASEAN về phòng chống tội phạm xuyên quốc gia lần thứ 17 (AMMTC 17) diễn ra tại Lào.",
     [("event", "AMMTC 17"), ("organization", "ASEAN"), ("place", "Lào")], ["Hội nghị Bộ trưởng ASEAN"]),
    ("Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Quảng Ninh đã tiếp đoàn công tác của Cảnh sát Hoàng gia Campuchia.",
     [("person", "Nguyễn Văn Hùng"), ("organization", "Công an tỉnh Quảng Ninh"), ("organization", "Cảnh sát Hoàng gia Campuchia")], []),
    ("Bộ Công an về thúc đẩy quan hệ hợp tác trên các lĩnh vực an ninh.", [("organization", "Bộ Công an")],
     ["Bộ Công an về thúc đẩy"]),
    ("Theo đó, Ban Tổ chức hội nghị đã công bố kết quả với sự có mặt của ông Jürgen Stock.",
     [("person", "Jürgen Stock")], ["Ban Tổ chức hội nghị", "Ban Tổ chức"]),
    ("Trong Tháng Thanh niên, các đoàn viên tổ chức hoạt động tình nguyện tại Hà Nội.",
     [("place", "Hà Nội")], ["Trong Tháng Thanh"]),
    ("Các sĩ quan Cảnh sát Liên hợp quốc phối hợp với Văn phòng INTERPOL Việt Nam và Bộ Công an Việt Nam.",
     [("organization", "Liên hợp quốc"), ("organization", "INTERPOL"), ("organization", "Cảnh sát Liên hợp quốc")],
     ["Công an Việt Nam"]),
    ("Thiếu tướng Chhay Sinarith, Phó Tổng Cục trưởng Tổng cục Cảnh sát quốc gia Campuchia đến cửa khẩu quốc tế Bờ Y.",
     [("organization", "Tổng cục Cảnh sát quốc gia Campuchia"), ("place", "Bờ Y"), ("place", "Campuchia")],
     ["Tổng cục Cảnh sát", "Cảnh sát quốc gia Campuchia"]),
    ("Bộ Công an phối hợp tổ chức Hội nghị INTERPOL khu vực châu Á lần thứ 26 tại Hà Nội.",
     [("event", "Hội nghị INTERPOL khu vực châu Á lần thứ 26"), ("organization", "INTERPOL")], []),
    ("The Hanoitimes - Vietnam's Ministry of Public Security will host officers from Laos’s police in Melbourne.",
     [("place", "Vietnam"), ("place", "Laos"), ("place", "Melbourne")], ["Vietnam's", "Hanoitimes"]),
    ("Bộ Tư lệnh Vùng Cảnh sát biển 1 và Lực lượng Bảo vệ bờ biển Nhật Bản diễn tập. Lực lượng Công an có mặt.",
     [("organization", "Bộ Tư lệnh Vùng Cảnh sát biển 1"), ("organization", "Lực lượng Bảo vệ bờ biển Nhật Bản")],
     ["Vùng Cảnh", "Lực lượng Công an"]),
    ("Đoàn Sở Cảnh sát thủ đô Seoul gặp Đoàn Văn Hội tại Cục Cảnh sát hình sự Bộ Công an.",
     [("organization", "Sở Cảnh sát thủ đô Seoul"), ("person", "Đoàn Văn Hội"), ("organization", "Cục Cảnh sát hình sự"),
      ("organization", "Bộ Công an")], ["Đoàn Sở Cảnh", "Cảnh sát hình sự Bộ Công an"]),
    ("Hội nghị do Chính phủ Ghana tổ chức, với Tổng cục Cảnh sát Hoàng gia Malaysia và Lực lượng UNISFA.",
     [("organization", "Chính phủ Ghana"), ("organization", "Tổng cục Cảnh sát Hoàng gia Malaysia"),
      ("organization", "UNISFA")], ["Tổng cục Cảnh sát", "Lực lượng UNISFA"]),
    ("Thiếu tá Lê Văn Minh, cán bộ Phòng An ninh đối ngoại Công an tỉnh Thanh Hóa lên đường.",
     [("organization", "Phòng An ninh đối ngoại"), ("organization", "Công an tỉnh Thanh Hóa")],
     ["Phòng An ninh đối ngoại Công an tỉnh Thanh Hóa"]),
    ("Colonel Nguyen Hong Nguyen, deputy director of the Ministry of Public Security's Peacekeeping Office, spoke.",
     [("organization", "Ministry of Public Security"), ("organization", "Peacekeeping Office")],
     ["Public Security's Peacekeeping Office"]),
    ("Minister of Public Security General To Lam met the Ministry of Interior of Cambodia at the ASEAN Ministerial "
     "Meeting on Transnational Crime (AMMTC) in Sihanoukville.",
     [("person", "To Lam"), ("organization", "Ministry of Interior of Cambodia"), ("place", "Sihanoukville"),
      ("event", "ASEAN Ministerial Meeting on Transnational Crime"), ("event", "AMMTC")], ["Ministerial Meeting"]),
    ("Gần 10 năm qua, lực lượng Công an nhân dân đã dự Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình tại Accra.",
     [("organization", "Công an nhân dân"), ("event", "Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình"),
      ("place", "Accra")], ["lực lượng Công an nhân dân", "Hội nghị Bộ trưởng Quốc phòng"]),
    ("Trung tướng Tô Ân Xô hội đàm với Tướng Listyo Sigit Prabowo về Diễn đàn Kinh tế phương Đông tổ chức tại "
     "Vladivostok và Hội nghị Bộ trưởng Công an ASEAN - Trung Quốc lần thứ 2.",
     [("person", "Listyo Sigit Prabowo"), ("event", "Diễn đàn Kinh tế phương Đông"),
      ("event", "Hội nghị Bộ trưởng Công an ASEAN - Trung Quốc lần thứ 2")],
     ["Diễn đàn Kinh tế phương Đông tổ", "Công an ASEAN - Trung Quốc"]),
    ("Party General Secretary To Lam received Jürgen Stock on June 11. To Lam thanked INTERPOL for its help.",
     [("person", "To Lam"), ("person", "Jürgen Stock")], ["Secretary To Lam", "Lam"]),
    ("Thượng tướng Lê Quốc Hùng gặp lãnh đạo cảnh sát các nước Anh, Pháp, Hàn Quốc; ông Pháp cũng có mặt.",
     [("place", "Anh"), ("place", "Pháp"), ("place", "Hàn Quốc")], []),
    ("The team trained South Sudan National Police officers in Juba.",
     [("organization", "South Sudan National Police"), ("place", "South Sudan"), ("place", "Juba")],
     ["National Police", "Sudan"]),
    ("Đại diện Văn phòng Thường trực Bộ Công an về gìn giữ hòa bình và Phòng Cảnh sát LHQ dự lễ.",
     [("organization", "Văn phòng Thường trực Bộ Công an về gìn giữ hòa bình"), ("organization", "Bộ Công an"),
      ("organization", "Phòng Cảnh sát LHQ")], ["Cảnh sát LHQ"]),
    ("Trung tướng Phạm Thế Tùng tiếp ông Thomas Heinrich, Tùy viên Cảnh sát Đại sứ quán Đức tại Việt Nam.",
     [("person", "Thomas Heinrich"), ("organization", "Đại sứ quán Đức")], ["Cảnh sát Đại sứ"]),
    ("Viet Nam pledged at the UN Peacekeeping Ministerial in Accra in December 2023 to send more women.",
     [("event", "UN Peacekeeping Ministerial"), ("place", "Accra")], []),
    ("Officers trained by the French Embassy will join the UN Multidimensional Integrated Stabilization Mission in "
     "the Central African Republic (MINUSCA) after Operation Lionfish.",
     [("organization", "French Embassy"), ("organization", "MINUSCA"),
      ("organization", "UN Multidimensional Integrated Stabilization Mission in the Central African Republic"),
      ("event", "Operation Lionfish")], []),
    ("Thiếu tướng Lê Xuân Minh, Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) "
     "mời Cục A05 dự hội thảo tại Sankt-Peterburg về ma túy trên sông Mê Công.",
     [("organization", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"), ("organization", "A05"),
      ("place", "Sankt-Peterburg"), ("place", "Mê Công")], ["Cục An ninh mạng", "Cục A05 dự"]),
    ("Ông Neal Jetton, Giám đốc Cục Tội phạm mạng của Tổ chức Cảnh sát hình sự quốc tế (INTERPOL), nói về "
     "Chương trình phát triển của Liên hợp quốc.",
     [("organization", "Cục Tội phạm mạng"), ("organization", "INTERPOL"),
      ("organization", "Chương trình phát triển của Liên hợp quốc")],
     ["Cục Tội phạm mạng của Tổ chức Cảnh sát hình sự quốc tế"]),
    ("Đoàn Công an tỉnh Lào Cai do Đại tá Ngô Quốc Hưng dẫn đầu diễn tập tại cửa khẩu Lào Cai - Hà Khẩu với "
     "Sở Công an châu tự trị Cáp Nhì.",
     [("organization", "Công an tỉnh Lào Cai"), ("place", "Hà Khẩu"), ("place", "Lào Cai"),
      ("organization", "Sở Công an châu tự trị Cáp Nhì")], ["Đoàn Công", "Lào Cai - Hà Khẩu", "Sở Công an"]),
    ("Bộ Công an cử Tổ công tác Cảnh sát số 1 tới Sihanoukville và Bavet, cùng Bộ đội Biên phòng tỉnh Nghệ An và "
     "Thiếu tá Phonsavanh Keomany.",
     [("organization", "Tổ công tác Cảnh sát số 1"), ("place", "Bavet"), ("person", "Phonsavanh Keomany")],
     ["Cảnh sát số 1", "Thiếu"]),
    ("Công an các tỉnh Xiêng Khoảng, Hủa Phăn và Bôlykhămxay thăm Trường Đại học Cảnh sát nhân dân. Tại Hà Nội, "
     "Phôm Ma phát biểu.",
     [("place", "Hủa Phăn"), ("place", "Bôlykhămxay"), ("organization", "Trường Đại học Cảnh sát nhân dân")],
     ["Cảnh sát nhân dân", "Phôm Ma"]),
    ("The talks were co-chaired by Senior Lieutenant General Tran Quoc To and General Sok Phal in Siem Reap.",
     [("person", "Tran Quoc To"), ("person", "Sok Phal")], ["Tran Quoc"]),
    ("Tại TP. Đồng Xoài, Ty Công an tỉnh Tbong Khmum trao trả công dân qua cửa khẩu Hoa Lư - Trapeang Sre dịp "
     "Tết Nguyên đán Ất Tỵ 2025.",
     [("place", "Đồng Xoài"), ("organization", "Ty Công an tỉnh Tbong Khmum"), ("place", "Hoa Lư"),
      ("place", "Trapeang Sre")], ["Ty Công", "Ất Tỵ", "Hoa Lư - Trapeang Sre"]),
    ("The Lao Ministry of Public Security and the Vietnamese Ministry of Public Security met at the Regional "
     "Service Centre Entebbe with Lao police officers.",
     [("organization", "Lao Ministry of Public Security"), ("organization", "Ministry of Public Security"),
      ("organization", "Regional Service Centre Entebbe"), ("place", "Entebbe")], ["Lao", "Centre Entebbe"]),
    ("Trước Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình dự kiến tổ chức tại Berlin, Bộ Công an tổ chức Hội nghị "
     "Khu vực châu Á của INTERPOL lần thứ 25.",
     [("event", "Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình"),
      ("event", "Hội nghị Khu vực châu Á của INTERPOL lần thứ 25")],
     ["Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình dự", "Hội nghị Khu vực châu Á"]),
    ("Hội nghị Bộ trưởng Công an ASEAN – Trung Quốc lần thứ 2 họp tại cửa khẩu Lào Cai – Hà Khẩu; the People’s "
     "Police Academy.",
     [("event", "Hội nghị Bộ trưởng Công an ASEAN – Trung Quốc lần thứ 2"), ("place", "Hà Khẩu"),
      ("organization", "Học viện Cảnh sát nhân dân")], ["Hội nghị Bộ trưởng Công an ASEAN"]),
    ("Major General Mai Hoang of the Ho Chi Minh City Department of Public Security met the Consulate General of "
     "Japan, the Vietnam Department of Peacekeeping Operations and INTERPOL's General Secretariat in Lyon, which "
     "thanked the Level-2 Field Hospitals and Engineering Units.",
     [("organization", "Ho Chi Minh City Department of Public Security"), ("organization", "Consulate General of Japan"),
      ("organization", "Vietnam Department of Peacekeeping Operations"), ("organization", "General Secretariat")],
     ["Department of Public Security", "Level-2 Field Hospitals", "Engineering Units", "Secretariat"]),
    ("Trung tướng Tô Ân Xô, Chánh Văn phòng Bộ Công an, dự Hội nghị khu vực châu Á lần thứ 25 của INTERPOL và Hội "
     "nghị Bộ trưởng về hợp tác phòng, chống tội phạm lần thứ 10 tại Bắc Kinh.",
     [("organization", "Văn phòng Bộ Công an"), ("organization", "Bộ Công an"),
      ("event", "Hội nghị khu vực châu Á lần thứ 25 của INTERPOL"),
      ("event", "Hội nghị Bộ trưởng về hợp tác phòng, chống tội phạm lần thứ 10")], ["Hội nghị khu vực châu Á lần thứ 25"]),
    ("Since March the Cambodian Ministry of Interior has deported 2,000 people from Sihanoukville and Bavet, "
     "General Sar Sokha told the ASEANAPOL conference.",
     [("organization", "Ministry of Interior"), ("place", "Bavet"), ("organization", "ASEANAPOL"),
      ("event", "ASEANAPOL conference")], ["Cambodian Ministry", "Since March"]),
    ("Khánh Hòa có cảng quốc tế Cam Ranh; đoàn bay từ cảng hàng không quốc tế Phù Cát.",
     [("place", "Cam Ranh"), ("place", "Phù Cát")], ["Cảng"]),
    ("The HCMC Police Department met the Consulate General of the Republic of Korea and the Ministry of Foreign "
     "Affairs of the Republic of Korea.",
     [("organization", "HCMC Police Department"), ("place", "HCMC"),
      ("organization", "Consulate General of the Republic of Korea"),
      ("organization", "Ministry of Foreign Affairs of the Republic of Korea")], ["Ministry of Foreign Affairs"]),
    ("On the sidelines, Deputy Minister of Public Security Lieutenant General Pham The Tung met Tran Quoc To.",
     [("person", "Pham The Tung"), ("person", "Tran Quoc To")], ["Tung"]),
    ("Đoàn dự Kỳ họp lần thứ 92 Đại hội đồng INTERPOL và Phiên họp lần thứ 90 Đại hội đồng Tổ chức Cảnh sát hình sự "
     "quốc tế (INTERPOL).",
     [("event", "Kỳ họp lần thứ 92 Đại hội đồng INTERPOL"),
      ("event", "Phiên họp lần thứ 90 Đại hội đồng Tổ chức Cảnh sát hình sự quốc tế"),
      ("organization", "Tổ chức Cảnh sát hình sự quốc tế")], []),
    ("Cục Công an thành phố Phòng Thành Cảng sẵn sàng phối hợp với Công an tỉnh Quảng Ninh.",
     [("organization", "Cục Công an thành phố Phòng Thành Cảng"), ("place", "Phòng Thành Cảng")],
     ["Phòng Thành Cảng sẵn"]),
    ("Tây Ninh giáp ba tỉnh Svay Riêng, Prey Veng và Tbong Khmum. Tại Hà Nội, Jürgen Stock và Andrew Bryant gặp nhau.",
     [("place", "Prey Veng"), ("place", "Tbong Khmum"), ("person", "Jürgen Stock"), ("person", "Andrew Bryant")], []),
    ("The UK's National Crime Agency met UK Minister of State for Security Dan Jarvis and Britain's police.",
     [("place", "UK"), ("organization", "National Crime Agency"), ("person", "Dan Jarvis"), ("place", "Britain")],
     ["UK's National Crime Agency"]),
    ("Interpol phối hợp với Cảnh sát Hoàng gia Thái Lan tiếp nhận đối tượng Nguyễn Văn Thành (SN 1985), bị truy nã.",
     [("organization", "Cảnh sát Hoàng gia Thái Lan"), ("person", "Nguyễn Văn Thành")], ["SN 1985", "SN"]),
    ("Đoàn thăm Lực lượng Cảnh sát Singapore (SPF), Trung tâm Đổi mới toàn cầu INTERPOL (IGCI) và các khu công "
     "nghiệp Hòa Khánh và Liên Chiểu; gặp Bí thư Ủy ban Chính trị - Pháp luật Trung ương Trần Văn Thanh.",
     [("organization", "Lực lượng Cảnh sát Singapore"), ("organization", "Trung tâm Đổi mới toàn cầu INTERPOL"),
      ("place", "Hòa Khánh"), ("place", "Liên Chiểu"), ("organization", "Ủy ban Chính trị - Pháp luật Trung ương"),
      ("person", "Trần Văn Thanh")], ["Ủy ban Chính trị"]),
    ("Minister To Lam received Secretary of the Russian Security Council Nikolai Patrushev, and thanked the Security "
     "Council of the Russian Federation.",
     [("organization", "Russian Security Council"), ("person", "Nikolai Patrushev"),
      ("organization", "Security Council of the Russian Federation"), ("place", "Russian Federation")], []),
    ("The 27th Interpol Asian Regional Conference will be held in Hanoi, Minister of Public Security To Lam said. "
     "Trainees study at the People's Police University; Cambodia's Ministry of Interior agreed.",
     [("event", "27th Interpol Asian Regional Conference"), ("person", "To Lam"),
      ("organization", "People's Police University"), ("organization", "Ministry of Interior")],
     ["Asian Regional Conference", "Police University", "Cambodia's Ministry of Interior"]),
    ("Lieutenant General To An Xo, Chief of the MPS Office, met at the Australian Centre to Counter Child "
     "Exploitation, then trained police in Abyei town and the villages of Agok and Rumamier.",
     [("organization", "MPS Office"), ("organization", "Australian Centre to Counter Child Exploitation"),
      ("place", "Agok"), ("place", "Rumamier")], ["Counter Child Exploitation", "Australian Centre"]),
    ("Phía Hàn Quốc hỗ trợ Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao (A05) và Cục Cảnh sát hình sự "
     "(C02).",
     [("organization", "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao"), ("organization", "A05"),
      ("organization", "Cục Cảnh sát hình sự")], ["Cục Cảnh sát phòng, chống tội phạm"]),
    ("Đoàn đến thăm Trung tâm Điều tra tội phạm mạng quốc gia ở Busan.",
     [("organization", "Trung tâm Điều tra tội phạm mạng quốc gia"), ("place", "Busan")],
     ["Trung tâm Điều tra tội phạm mạng quốc"]),
    ("Police seized drugs in Bokeo, Luang Namtha and Houaphanh provinces. In Hanoi, Jürgen Stock and Andrew Bryant met.",
     [("place", "Luang Namtha"), ("place", "Houaphanh"), ("person", "Jürgen Stock"), ("person", "Andrew Bryant")], []),
    (("Ngày 8/4, Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên phối hợp với Phòng Cảnh sát hình sự Công an tỉnh An Giang "
      "và Đồn Biên phòng Xuân Tô phối hợp bàn giao đối tượng."),
     [("organization", "Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên"), ("organization", "Phòng Cảnh sát hình sự"),
      ("organization", "Công an tỉnh An Giang"), ("organization", "Đồn Biên phòng Xuân Tô")],
     ["Cảnh sát hình sự Công an tỉnh An Giang", "Đồn Biên phòng Xuân Tô phối hợp"]),
    ("Đoàn Sảnh Công an Quảng Tây do ông Lưu Tuấn làm trưởng đoàn đã trao đổi về khu vực Móng Cái - Đông Hưng.",
     [("organization", "Sảnh Công an Quảng Tây"), ("person", "Lưu Tuấn"), ("place", "Đông Hưng")], ["Đoàn Sảnh"]),
    ("Ngày 12/3, tại Cửa khẩu quốc tế Mộc Bài, Công an tỉnh Tây Ninh tiếp nhận đối tượng về qua cửa khẩu Mộc Bài.",
     [("place", "Cửa khẩu quốc tế Mộc Bài"), ("place", "Mộc Bài"), ("organization", "Công an tỉnh Tây Ninh")], []),
    ("Thứ trưởng chủ trì cuộc họp Ban Tổ chức Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 44 (ASEANAPOL 44).",
     [("event", "Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 44")], ["Tổ chức Hội nghị"]),
    ("Hai bên nhất trí phối hợp tổ chức Hội nghị Bộ trưởng Bộ Công an - Bộ An ninh hai nước lần thứ 9 vào tháng 9.",
     [("event", "Hội nghị Bộ trưởng Bộ Công an - Bộ An ninh hai nước lần thứ 9")], ["Hội nghị Bộ trưởng Bộ Công an"]),
    ("Sar Sokha thanked the ministry for training officers of the General Commissariat of National Police of "
     "Cambodia and the INTERPOL National Central Bureaus.",
     [("organization", "General Commissariat of National Police of Cambodia"),
      ("organization", "INTERPOL National Central Bureaus")], ["General Commissariat", "Central Bureaus"]),
    ("The 43rd ASEANAPOL Conference will be held in Hanoi in September this year.",
     [("event", "43rd ASEANAPOL Conference"), ("place", "Hanoi")], ["ASEANAPOL Conference"]),
    ("Thượng tá Đinh Văn Thắng, Trưởng phòng Cảnh sát hình sự Công an tỉnh Ninh Bình cho biết.",
     [("person", "Đinh Văn Thắng"), ("organization", "Công an tỉnh Ninh Bình")],
     ["Cảnh sát hình sự Công an tỉnh Ninh Bình"]),
    ("Hai bên thiết lập đường dây nóng giữa Công an tỉnh Hà Giang với Cục Quản lý xuất nhập cảnh Văn Sơn.",
     [("organization", "Cục Quản lý xuất nhập cảnh Văn Sơn")], ["Văn Sơn", "Cục Quản lý xuất nhập cảnh"]),
    ("Công an tỉnh Quảng Trị đã bàn giao đối tượng Sổm Phết cho Lào. Đồn Biên phòng Lao Bảo phát hiện đối tượng.",
     [("person", "Sổm Phết"), ("organization", "Đồn Biên phòng Lao Bảo")], ["Đồn Biên phòng Lao Bảo phát"]),
    ("Hai bên trao trả 312 công dân qua các cửa khẩu Bình Hiệp và Mỹ Quý Tây, tại thành phố Bavet.",
     [("place", "Mỹ Quý Tây"), ("place", "Bavet")], ["Mỹ"]),
    ("Tại thành phố Marrakech (Vương quốc Morocco), đoàn gặp Cục trưởng Cục Cảnh sát Tư pháp Pháp và Phó Tổng "
     "Giám đốc Cảnh sát quốc gia Morocco.",
     [("place", "Vương quốc Morocco"), ("organization", "Cục Cảnh sát Tư pháp Pháp"),
      ("organization", "Cảnh sát quốc gia Morocco")], ["Cục Cảnh sát Tư pháp Pháp và Phó"]),
    ("Police share data through the centre in Nong Khai and arrested 86 suspects in Sa Kaeo and Tak provinces.",
     [("place", "Nong Khai"), ("place", "Sa Kaeo"), ("place", "Tak")], []),
    ("The AFP will support training at a centre in Semarang, Indonesia, in 2025.",
     [("place", "Semarang"), ("place", "Indonesia")], []),
    ("Đại úy Nguyễn Hoàng Phúc (Công an TP.Biên Hòa) và Thiếu tá Lê Minh (Công an TP Thủ Đức) có mặt.",
     [("organization", "Công an TP.Biên Hòa"), ("place", "Biên Hòa"), ("organization", "Công an TP Thủ Đức"),
      ("place", "Thủ Đức")], ["Biên Hòa) và"]),
    ("Việt Nam có vai trò tại Ủy ban điều hành INTERPOL khu vực châu Á. Cán bộ các tỉnh Đồng bằng sông Cửu Long.",
     [("organization", "Ủy ban điều hành INTERPOL"), ("organization", "INTERPOL"), ("place", "châu Á"),
      ("place", "Đồng bằng sông Cửu Long")], ["Đồng"]),
    ("Cục Gìn giữ hòa bình Việt Nam tổ chức Hội thảo “Phụ nữ trong lực lượng gìn giữ hòa bình: Thực tiễn và kinh "
     "nghiệm”. Quân nhân tham gia cuộc diễn tập “Shanti Prayas IV” tại Nepal.",
     [("event", "Hội thảo “Phụ nữ trong lực lượng gìn giữ hòa bình: Thực tiễn và kinh nghiệm”"),
      ("event", "Shanti Prayas IV")], ["Hội thảo", "cuộc diễn tập “Shanti Prayas IV”"]),
    ("Bà Delphine Schantz, Trưởng Đại diện Văn phòng UNODC khu vực Đông Nam Á và Thái Bình Dương, phát biểu. "
     "Công an tỉnh Lào Cai và Hà Giang phối hợp.",
     [("organization", "Văn phòng UNODC khu vực Đông Nam Á và Thái Bình Dương"), ("place", "Thái Bình Dương"),
      ("organization", "Công an tỉnh Lào Cai"), ("place", "Hà Giang")], ["Công an tỉnh Lào Cai và Hà Giang"]),
    ("INTERPOL will train officers of the Department of Foreign Affairs and the Vietnam National Central Bureau "
     "of INTERPOL, and of the Department of Foreign Affairs of the Ministry of Public Security.",
     [("organization", "Vietnam National Central Bureau of INTERPOL"), ("organization", "INTERPOL"),
      ("organization", "Department of Foreign Affairs"), ("organization", "Ministry of Public Security")],
     ["Vietnam National Central Bureau", "Department of Foreign Affairs of the Ministry of Public Security"]),
    ("Dự Hội thảo “Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm mười sáu” "
     "ở Hà Nội.", [("place", "Hà Nội")], ["Hội thảo"]),
    ("Speaking at the launch, INTERPOL Executive Director of Police Services Stephen Kavanagh said Vietnam was a "
     "key partner.", [("person", "Stephen Kavanagh"), ("organization", "INTERPOL")], ["Services Stephen Kavanagh"]),
    ("Hội nghị AMMTC 17 được tổ chức tại Labuan Bajo, Indonesia vào tháng 8/2023.",
     [("event", "Hội nghị AMMTC 17"), ("place", "Labuan Bajo"), ("place", "Indonesia")], []),
    ("Hai bên phối hợp tại các cặp cửa khẩu Mộc Bài - Bavet và Xa Mát - Trapeang Phlong. Qua cửa khẩu Lào Cai - Hà "
     "Khẩu và Nguyễn Văn An cho biết.",
     [("place", "Bavet"), ("place", "Xa Mát"), ("place", "Trapeang Phlong"), ("place", "Hà Khẩu"),
      ("person", "Nguyễn Văn An")], ["Xa Mát - Trapeang Phlong"]),
    ("Bộ Công an đã ký Bản ghi nhớ với Bộ Nội vụ Hàn Quốc và Thỏa thuận với Cảnh sát Liên bang Australia.",
     [("organization", "Bộ Nội vụ Hàn Quốc"), ("organization", "Cảnh sát Liên bang Australia")],
     ["Thỏa", "Bộ Nội vụ Hàn Quốc và Thỏa thuận"]),
    ("Polri will host the 46th ASEAN Chiefs of Police Conference in 2026. Deputy Minister Senior Lt. Gen. Tran Quoc "
     "To signed a memorandum in Tokyo.",
     [("event", "46th ASEAN Chiefs of Police Conference"), ("person", "Tran Quoc To")], ["Police Conference", "Senior Lt"]),
    ("Đại diện Cục C05 phát biểu, Phòng PC02 kiểm tra hồ sơ.",
     [("organization", "Cục C05"), ("organization", "Phòng PC02")], ["Cục C05 phát", "Phòng PC02 kiểm tra"]),
])
def test_sentences(sentence, expected, absent):
    from store.entities import extract_entities

    mentions = extract_entities(sentence)
    entities: dict[str, set[str]] = {}
    for m in mentions:
        entities.setdefault(m.key, set()).update({fold_key(m.surface), fold_key(m.name)})
    kinds = {m.key: m.type for m in mentions}
    for type_, form in expected:
        assert any(kinds[k] == type_ and fold_key(form) in forms for k, forms in entities.items()), form
    surfaces = {fold_key(m.surface) for m in mentions}
    for form in absent:
        assert fold_key(form) not in surfaces
    assert len(entities) == len({(kinds[k], k) for k in entities})


@pytest.mark.parametrize("sentence,expected", [
    ("Công an TP.HCM phối hợp với Công an TP. Hồ Chí Minh.", [("organization", "Công an TP.HCM"), ("place", "TP.HCM")]),
    ("Đoàn công tác đến TP. Hồ Chí Minh vào buổi chiều.", [("place", "Thành phố Hồ Chí Minh")]),
    ("Đoàn công tác làm việc tại TP. Sau đó, đoàn về Hà Nội.", [("place", "Hà Nội")]),
])
def test_an_abbreviations_dot_joins_a_name(sentence, expected):
    from store.entities import extract_entities

    found = {(m.type, fold_key(m.surface)) for m in extract_entities(sentence)} | {
        (m.type, fold_key(m.name)) for m in extract_entities(sentence)}
    assert {(t, fold_key(n)) for t, n in expected} <= found
    assert not any(fold_key(surface) == "sau" for _, surface in found)  # 'TP. Sau đó' ends a sentence


def test_a_city_written_tp_dot_is_one_body_with_its_spelled_out_form():
    from store.entities import extract_entities

    keys = {m.surface: m.key for m in extract_entities("Công an TP.Biên Hòa phối hợp với Công an thành phố Biên Hòa.")
            if m.type == "organization"}
    assert keys["Công an TP.Biên Hòa"] == keys["Công an thành phố Biên Hòa"]


def test_a_head_noun_and_a_code_the_article_defined_are_that_body():
    from store.entities import extract_entities

    mentions = extract_entities("Cục Cảnh sát phòng chống tội phạm về môi trường (C05), Bộ Công an chủ trì. "
                                "Thiếu tướng Nguyễn Văn Thành, Cục trưởng Cục C05 phát biểu.")
    names = {m.surface: m.name for m in mentions if m.type == "organization"}
    assert names["Cục C05"] == names["C05"] == "Cục Cảnh sát phòng chống tội phạm về môi trường"


def test_a_body_named_without_its_descriptor_word_is_the_body_named_with_it():
    from store.entities import extract_entities

    mentions = extract_entities("Đoàn làm việc với Cơ quan Cảnh sát quốc gia Hàn Quốc (KNPA). Ông Cho Ji-ho, Ủy viên "
                                "Cảnh sát quốc gia Hàn Quốc cho biết.")
    keys = {m.surface: m.key for m in mentions if m.type == "organization"}
    assert keys["Cảnh sát quốc gia Hàn Quốc"] == keys["Cơ quan Cảnh sát quốc gia Hàn Quốc"] == keys["KNPA"]


def test_titles_stop_at_the_next_person_and_at_led_by():
    from store.entities import extract_entities

    text = ("Ông Faisal Shahkar, Cố vấn Cảnh sát LHQ, Thiếu tá Nguyễn Thị Phương Hoa và đoàn đại biểu Bộ Công an do "
            "Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, làm trưởng đoàn.")
    titles = {m.name: m.titles for m in extract_entities(text) if m.type == "person"}
    assert titles["Faisal Shahkar"] == ("Ông", "Cố vấn Cảnh sát LHQ")
    assert titles["Lê Quốc Hùng"] == ("Thượng tướng", "Thứ trưởng Bộ Công an")


def test_a_title_after_a_name_ends_with_the_body_it_names():
    from store.entities import extract_entities

    text = ("Thiếu tướng Lê Văn Kiên, Phó Cục trưởng Cục Đối ngoại biểu dương chị. Đoàn do Thượng tướng Lê Quốc Hùng, "
            "Thứ trưởng Bộ Công an làm trưởng đoàn. Thượng tướng Vilay Lakhamphong, Bộ trưởng Bộ An ninh nước Cộng hòa "
            "dân chủ nhân dân Lào, phát biểu. Ông Jürgen Stock, Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế, dự.")
    titles = {m.name: m.titles[-1] for m in extract_entities(text) if m.type == "person"}
    assert titles == {"Lê Văn Kiên": "Phó Cục trưởng Cục Đối ngoại", "Lê Quốc Hùng": "Thứ trưởng Bộ Công an",
                      "Vilay Lakhamphong": "Bộ trưởng Bộ An ninh nước Cộng hòa dân chủ nhân dân Lào",
                      "Jürgen Stock": "Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế"}


@pytest.mark.parametrize("text,short,full", [
    ("Khóa học do Văn phòng Thường trực Bộ Công an về gìn giữ hòa bình Liên hợp quốc tổ chức. Đại tá Phạm Xuân Kiên, "
     "Giám đốc Văn phòng Thường trực, phát biểu.", "Văn phòng Thường trực", "Văn phòng Thường trực Bộ Công an về gìn giữ hòa bình Liên hợp quốc"),
    ("Đại diện Ban Thư ký ASEANAPOL cho biết Ban Thư ký sẽ gửi báo cáo.", "Ban Thư ký", "Ban Thư ký ASEANAPOL"),
])
def test_a_short_form_is_the_one_longer_name_it_begins(text, short, full):
    from store.entities import extract_entities

    names = {fold_key(m.surface): m.name for m in extract_entities(text) if m.type == "organization"}
    assert names[fold_key(short)] == names[fold_key(full)]


def test_a_short_form_stays_itself_before_a_place_or_two_longer_names():
    from store.entities import extract_entities

    text = ("Cục Cảnh sát giao thông Lào và Cục Cảnh sát giao thông đã ký kết. Văn phòng INTERPOL Seoul, "
            "Văn phòng INTERPOL Tokyo và Văn phòng INTERPOL trao đổi.")
    names = {fold_key(m.surface): m.name for m in extract_entities(text) if m.type == "organization"}
    assert names[fold_key("Cục Cảnh sát giao thông")] == "Cục Cảnh sát giao thông"
    assert names[fold_key("Văn phòng INTERPOL")] == "Văn phòng INTERPOL"


def test_a_unit_is_named_by_its_number_and_and_starts_another_body():
    from store.entities import extract_entities

    text = "Đại đội Bảo vệ biên giới 222, Đồn Biên phòng Lý Thành và Sư đoàn 312 phối hợp với Bộ đội Biên phòng tỉnh Nghệ An."
    orgs = [m.surface for m in extract_entities(text) if m.type == "organization"]
    assert orgs == ["Đại đội Bảo vệ biên giới 222", "Đồn Biên phòng Lý Thành", "Sư đoàn 312",
                    "Bộ đội Biên phòng tỉnh Nghệ An"]


def test_english_posts_before_a_name_are_titles_and_english_bodies_are_organisations():
    from store.entities import extract_entities

    text = ("Deputy Minister Lieutenant General Le Quoc Hung met Under-Secretary-General for Peace Operations "
            "Jean-Pierre Lacroix and representatives of the African Union and the Royal Thai Police.")
    mentions = extract_entities(text)
    found = {(m.type, m.name): m.titles for m in mentions}
    assert found[("person", "Le Quoc Hung")] == ("Deputy Minister Lieutenant General",)
    assert found[("person", "Jean-Pierre Lacroix")] == ("Under-Secretary-General for Peace Operations",)
    orgs = {m.surface for m in mentions if m.type == "organization"}
    assert {"African Union", "Royal Thai Police"} <= orgs
    assert not any(type_ == "person" and "Peace" in name for type_, name in found)


def test_a_title_ends_at_the_country_it_names_and_vuong_quoc_is_the_country():
    from store.entities import extract_entities

    text = ("Đại tướng Sar Sokha, Bộ trưởng Bộ Nội vụ Vương quốc Campuchia nhân chuyến thăm chính thức Việt Nam. "
            "Bộ Nội vụ Campuchia cảm ơn Bộ Công an.")
    mentions = extract_entities(text)
    assert [m.titles for m in mentions if m.type == "person"] == [("Đại tướng", "Bộ trưởng Bộ Nội vụ Vương quốc Campuchia")]
    ministries = {m.key for m in mentions if m.surface.startswith("Bộ Nội vụ")}
    assert len(ministries) == 1


def test_an_english_long_name_before_its_acronym_takes_its_place_words():
    from store.entities import extract_entities

    text = "Viet Nam now has officers in the UN Interim Security Force for Abyei (UNISFA) and the mission."
    orgs = {m.surface: m.name for m in extract_entities(text) if m.type == "organization"}
    assert orgs["UN Interim Security Force for Abyei"] == orgs["UNISFA"]
    assert "Interim Security Force" not in orgs


@pytest.mark.parametrize("written", [
    "Phái bộ gìn giữ hòa bình Liên hợp quốc tại Cộng hòa Nam Xu-đăng",
    "Phái bộ gìn giữ hòa bình LHQ tại Nam Xu Đăng",
    "Lực lượng an ninh lâm thời Liên hợp quốc tại khu vực A-bây-i",
])
def test_a_known_body_is_known_with_any_spelling_of_the_un_and_of_its_place(written):
    from store.entities import extract_entities

    names = {m.surface: m.name for m in extract_entities(f"Bộ Công an cử sĩ quan đến {written} từ năm 2022.")}
    assert names[written] in ("UNMISS", "UNISFA")


def test_english_text_finds_places_written_without_diacritics_and_by_their_english_names():
    from store.entities import extract_entities

    text = ("The minister held talks in Ha Noi with officers from Dien Bien and Son La, then visited Laos, "
            "the Central African Republic and Ho Chi Minh City with the delegation of the ministry.")
    places = {m.surface: m.name for m in extract_entities(text) if m.type == "place"}
    assert places == {"Ha Noi": "Hà Nội", "Dien Bien": "Điện Biên", "Son La": "Sơn La", "Laos": "Lào",
                      "Central African Republic": "Cộng hòa Trung Phi", "Ho Chi Minh City": "Thành phố Hồ Chí Minh"}



def test_a_title_keeps_the_number_of_the_unit_it_names():
    from store.entities import extract_entities

    text = "Thượng tá Nguyễn Văn Tuấn, Đội trưởng Đội Công binh số 3, cho biết các sĩ quan đã tổ chức lớp học."
    assert [m.titles for m in extract_entities(text) if m.type == "person"] == [("Thượng tá", "Đội trưởng Đội Công binh số 3")]


def test_a_title_that_enters_a_known_body_names_all_of_it():
    from store.entities import extract_entities

    text = ("Cùng dự có Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc; "
            "Cục Cảnh sát điều tra tội phạm về ma túy và Tổng cục Tình báo báo cáo.")
    mentions = extract_entities(text)
    assert [m.titles for m in mentions if m.type == "person"] == [
        ("Đại sứ", "Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc")]
    orgs = {m.surface: m.english for m in mentions if m.type == "organization"}
    assert orgs["Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"] == "Permanent Mission of Viet Nam to the United Nations"
    assert "Cục Cảnh sát điều tra tội phạm về ma túy" in orgs and "Tổng cục Tình báo" in orgs


def test_a_pair_of_countries_joined_by_a_dash_stays_in_the_name():
    from store.entities import extract_entities

    text = "Hai bên chuẩn bị Đối thoại An ninh Việt Nam - Hoa Kỳ lần thứ 5 tại Hà Nội."
    assert [m.surface for m in extract_entities(text) if m.type == "event"] == ["Đối thoại An ninh Việt Nam - Hoa Kỳ lần thứ 5"]


def test_a_body_named_with_any_spelling_of_its_place_is_one_entity():
    from store.entities import extract_entities

    text = ("Công an TPHCM phối hợp với Công an TP.HCM và Công an Thành phố Hồ Chí Minh. Cảnh sát quốc gia Nam "
            "Xu-đăng và Cảnh sát quốc gia Nam Sudan. Bộ Nội vụ Cam-pu-chia và Bộ Nội vụ Campuchia.")
    keys = {}
    for m in extract_entities(text):
        if m.type == "organization":
            keys.setdefault(m.surface.split()[0], set()).add(m.key)
    assert {head: len(found) for head, found in keys.items()} == {"Công": 1, "Cảnh": 1, "Bộ": 1}


@pytest.mark.parametrize("text,titles", [
    ("Thiếu tướng, PGS.TS Nguyễn Minh Chính, Cục trưởng Cục Cảnh sát hình sự đã làm việc với đoàn.",
     ("Thiếu tướng, PGS.TS", "Cục trưởng Cục Cảnh sát hình sự")),
    ("Đơn vị do Đại tá, Bác sĩ Phạm Văn Hiền làm Giám đốc.", ("Đại tá, Bác sĩ",)),
    ("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dự và chủ trì buổi lễ.",
     ("Thượng tướng", "Thứ trưởng Bộ Quốc phòng")),
])
def test_a_rank_before_a_degree_and_a_verb_after_a_known_body(text, titles):
    from store.entities import extract_entities

    assert [m.titles for m in extract_entities(text) if m.type == "person"] == [titles]


def test_a_title_may_begin_with_a_word_that_otherwise_ends_one():
    from store.entities import extract_entities

    text = "Đại tướng Lương Tam Quang đã chào xã giao Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình."
    titles = {m.name: m.titles for m in extract_entities(text) if m.type == "person"}
    assert titles["Tập Cận Bình"] == ("Chủ tịch nước Trung Quốc",)


def test_an_english_body_keeps_its_parent_acronym_and_drops_the_sentence_word():
    from store.entities import extract_entities

    text = ("Vietnam has been elected to the INTERPOL Executive Committee for a term. Its National Central Bureau "
            "in Hanoi has worked with the police of many countries since then.")
    orgs = {m.surface for m in extract_entities(text) if m.type == "organization"}
    assert {"INTERPOL Executive Committee", "National Central Bureau"} <= orgs
    assert not orgs & {"Executive Committee", "Its National Central Bureau"}


@pytest.mark.parametrize("text,event", [
    ("Bộ Công an chuẩn bị tham gia UNCOPS 2026 tại New York.", "UNCOPS 2026"),
    ("Hội nghị ASEANAPOL 44 diễn ra tại Hà Nội.", "Hội nghị ASEANAPOL 44"),
    ("Hội nghị ASEANAPOL 10 nước thành viên họp tại Hà Nội.", "Hội nghị ASEANAPOL"),
    ("Việt Nam dự UNCOPS 2024 tại New York.", "UNCOPS IV"),
])
def test_an_edition_the_gazetteer_does_not_know_is_its_own_event(text, event):
    from store.entities import extract_entities

    assert [m.name for m in extract_entities(text) if m.type == "event"] == [event]


@pytest.mark.parametrize("text,name,titles", [
    ("Tan Sri Razarudin Husain, Tổng Cảnh sát trưởng Malaysia, đánh giá cao đề xuất.", "Razarudin Husain",
     ("Tan Sri", "Tổng Cảnh sát trưởng Malaysia")),
    ("Ông gặp Datuk Seri Ayob Khan Mydin Pitchay tại Kuala Lumpur.", "Ayob Khan Mydin Pitchay", ("Datuk Seri",)),
])
def test_honorifics_of_other_countries_are_titles_not_names(text, name, titles):
    from store.entities import extract_entities

    assert [(m.name, m.titles) for m in extract_entities(text) if m.type == "person"] == [(name, titles)]


@pytest.mark.parametrize("text,orgs", [
    ("Đại sứ Pablo Anselmo Tettamanti, Thứ trưởng Bộ Ngoại giao, Thương mại quốc tế và Tôn giáo Argentina đã ký.",
     ["Bộ Ngoại giao, Thương mại quốc tế và Tôn giáo Argentina"]),
    ("Bộ Công an, Bộ Quốc phòng và Bộ Ngoại giao họp.", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao"]),
    ("Bộ Ngoại giao, Công an và Quân đội phối hợp.", ["Bộ Ngoại giao"]),
])
def test_a_ministry_of_several_portfolios_is_one_body_and_a_list_of_bodies_is_not(text, orgs):
    from store.entities import extract_entities

    assert [m.surface for m in extract_entities(text) if m.type == "organization"] == orgs


_ENGLISH_LEAD = ("The ministry said on Tuesday that the officers would serve with the United Nations and the mission "
                 "in the country. ")


def test_english_ranks_written_short_and_names_written_without_diacritics():
    from store.entities import extract_entities

    text = _ENGLISH_LEAD + ("Sen. Lt. Gen. Luong Tam Quang met Gen. To Lam and Maj. Gen. Nguyen Van Long in Ha Long. "
                            "Nguyen Duy Ngoc said the officers were ready.")
    people = {m.name: m.titles for m in extract_entities(text) if m.type == "person"}
    assert people == {"Luong Tam Quang": ("Sen. Lt. Gen.",), "To Lam": ("Gen.",), "Nguyen Van Long": ("Maj. Gen.",),
                      "Nguyen Duy Ngoc": ()}


def test_the_islands_are_no_school():
    from store.entities import extract_entities

    found = [(m.type, m.surface) for m in extract_entities("Đoàn công tác thăm quần đảo Trường Sa và Côn Đảo.")]
    assert found == [("place", "Trường Sa"), ("place", "Côn Đảo")]


@pytest.mark.parametrize("name", ["bnews_cand_unmiss.txt", "antd_campuchia.txt", "vov_en_ga.txt"])
def test_a_text_cut_anywhere_is_still_read(name):
    """A body may end in the middle of a title, a name or a head noun ('..., Thứ trưởng Bộ Cô', '... Côn Đảo'):
    extraction must not fail on any cut (it once indexed past the last word)."""
    from store.clean import Published
    from store.entities import extract_entities
    from store.events import extract_events

    body = extract_file(str(FOLDER / name), name).cleaned.body
    for cut in range(1, len(body), 11):
        for text in (body[:cut], body[cut:]):
            extract_events(text, Published("2024-07-19", "day", "test"), extract_entities(text))


def test_a_city_or_province_police_is_one_body_with_or_without_its_admin_word():
    from store.entities import extract_entities

    mentions = extract_entities("Công an thành phố Hà Nội, Công an TP Hà Nội và Công an Hà Nội phối hợp với "
                                "Công an tỉnh Thanh Hóa và Công an Thanh Hóa.")
    assert sorted({m.key for m in mentions if m.type == "organization"}) == [
        "organization:công an hà nội", "organization:công an thanh hóa"]


def test_a_body_and_its_place_is_the_longer_name_with_that_place_and_an_agency_is_its_force():
    """'Sở Công an Quảng Tây' after 'Sở Công an Khu tự trị dân tộc Choang Quảng Tây'; 'Cơ quan Cảnh sát quốc gia
    Nam Sudan' is the known force (a spelling of it), not a second body."""
    from store.entities import extract_entities

    mentions = extract_entities("Công an tỉnh Lạng Sơn hội đàm với Sở Công an Khu tự trị dân tộc Choang Quảng Tây. "
                                "Ông Lưu Quân, Phó Giám đốc Sở Công an Quảng Tây, cảm ơn Cơ quan Cảnh sát quốc gia "
                                "Nam Sudan và Cảnh sát quốc gia Nam Sudan.")
    orgs = {m.surface: m.key for m in mentions if m.type == "organization"}
    assert orgs["Sở Công an Quảng Tây"] == orgs["Sở Công an Khu tự trị dân tộc Choang Quảng Tây"]
    assert orgs["Cơ quan Cảnh sát quốc gia Nam Sudan"] == orgs["Cảnh sát quốc gia Nam Sudan"]


def test_another_countrys_ministry_of_public_security_is_not_vietnams():
    from store.entities import extract_entities

    for text in ("The Lao Ministry of Public Security and the Vietnamese Ministry of Public Security agreed to "
                 "tighten control along the border.",
                 "Talks between Vietnam's Ministry of Public Security and China's Ministry of Public Security."):
        mentions = extract_entities(text, english=True)
        assert len({m.key for m in mentions if m.type == "organization"}) == 2, text


def test_a_name_keeps_the_full_stop_of_jr():
    from store.entities import extract_entities

    mentions = extract_entities("Nhân chuyến thăm của Tổng thống Ferdinand Marcos Jr. tới Việt Nam.")
    assert "Ferdinand Marcos Jr." in {m.surface for m in mentions if m.type == "person"}


def test_a_long_name_defines_an_acronym_with_its_place():
    from store.entities import extract_entities

    mentions = extract_entities("Văn phòng Trung ương Quốc gia Interpol Việt Nam (NCB Hà Nội) phối hợp với Cảnh sát "
                                "Hàn Quốc. NCB Hà Nội đề nghị dẫn độ.")
    keys = {m.surface: m.key for m in mentions if m.type == "organization"}
    assert keys["NCB Hà Nội"] == keys["Văn phòng Trung ương Quốc gia Interpol Việt Nam"]


def _reading(data: bytes) -> tuple:
    from store.extract import extract_bytes

    x = extract_bytes("a.txt", "a.txt", data)
    return (x.cleaned.title, x.cleaned.published, x.cleaned.outlet, [(m.key, m.surface) for m in x.mentions],
            [(e.start, e.end) for e in x.events])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_blank_lines_anywhere_read_the_same(name):
    """Scrapes put a blank line between every line, or none at all: the article reads the same."""
    text = (FOLDER / name).read_text(encoding="utf-8")
    plain = _reading(text.encode("utf-8"))
    assert _reading(text.replace("\n", "\n\n").encode("utf-8")) == plain
    assert _reading("\n".join(line for line in text.split("\n") if line.strip()).encode("utf-8")) == plain


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_hard_wrapped_by_a_text_browser_reads_the_same(name):
    """A text browser's dump wraps every paragraph at a fixed width, paragraphs apart by blank lines."""
    import textwrap

    text = (FOLDER / name).read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(line, 78) for line in text.split("\n") if line.strip())
    assert _reading(wrapped.encode("utf-8")) == _reading(text.encode("utf-8"))


_LATEST = ["Tin mới nhất", "Giá vàng hôm nay tăng mạnh trở lại", "12/11/2024 08:15",
           "Hà Nội ra quân xử lý vi phạm giao thông dịp cuối năm", "11/11/2024 21:00",
           "Thời tiết miền Bắc chuyển lạnh từ đêm nay", "11/11/2024"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if not (FOLDER / n).read_text(encoding="utf-8")
                                        .startswith(" date ")))  # a pipeline's tag opens its files
def test_a_list_of_dated_teasers_above_the_page_reads_the_same(name):
    """A 'Tin mới nhất' sidebar scraped above the page: its teasers, each over its stamp, are neither the
    headline nor the date, even of a page with no headline of its own."""
    text = (FOLDER / name).read_text(encoding="utf-8")
    assert _reading(("\n".join(_LATEST) + "\n" + text).encode("utf-8")) == _reading(text.encode("utf-8"))


def test_a_meeting_named_without_its_number_is_the_one_numbered_edition_the_article_names():
    from store.entities import extract_entities

    one = extract_entities("Hà Nội sẵn sàng cho Hội nghị INTERPOL khu vực châu Á năm 2025. Công an họp bảo đảm an "
                           "ninh cho Hội nghị INTERPOL khu vực châu Á lần thứ 27.")
    assert len({m.key for m in one if m.type == "event"}) == 1
    two = extract_entities("Hội nghị INTERPOL khu vực châu Á lần thứ 26 và lần thứ 27: Hội nghị INTERPOL khu vực "
                           "châu Á lần thứ 27 và Hội nghị INTERPOL khu vực châu Á lần thứ 26, Hội nghị INTERPOL khu "
                           "vực châu Á.")
    assert len({m.key for m in two if m.type == "event"}) == 3


def test_a_persons_given_name_alone_is_that_person_not_the_country():
    from store.entities import extract_entities

    text = ("Cảnh sát bắt Phạm Văn Đức. Tháng 1/2025, INTERPOL nhận được thông tin Đức đang lẩn trốn tại tỉnh Chiang Mai, "
            "trước khi sang Đức.")
    places = [m.surface for m in extract_entities(text) if m.type == "place"]
    assert places == ["Chiang Mai", "Đức"] and text.rindex("Đức") == next(
        m.start for m in extract_entities(text) if m.type == "place" and m.surface == "Đức")
