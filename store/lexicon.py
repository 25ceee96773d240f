"""Word lists behind entity extraction: titles and ranks, honorifics, surnames, head nouns, stop words.

All entries are stored as ``match_key`` forms (no case, modern tone placement, sỹ as sĩ), so
look-ups ignore spelling variants but keep the letters ('Huệ' is not 'Huế'). These are facts of the Vietnamese language and of its news style, not names from any
article.
"""

from __future__ import annotations

import re

from .text import match_key

UNIT_CODE = re.compile(r"^[A-Z]{1,3}\d{2,3}$")
"""A police unit's code ('A05', 'C03', 'PC02'), which defines the long name before it as an acronym does."""


def _keys(text: str) -> frozenset[str]:
    return frozenset(match_key(item.strip()) for item in text.split("|") if item.strip())


RANKS = _keys(
    "đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|"
    "trung úy|thiếu úy|thượng sĩ|trung sĩ|hạ sĩ|đô đốc|phó đô đốc|chuẩn đô đốc|thống chế"
)
POSITIONS = _keys(
    "bộ trưởng|thứ trưởng|tổng bí thư|chủ tịch|phó chủ tịch|thủ tướng|phó thủ tướng|tổng thống|phó tổng thống|"
    "tướng|đại sứ|tổng lãnh sự|lãnh sự|tổng thư ký|phó tổng thư ký|tổng giám đốc|phó tổng giám đốc|giám đốc|phó giám đốc|"
    "cục trưởng|phó cục trưởng|tổng cục trưởng|phó tổng cục trưởng|vụ trưởng|phó vụ trưởng|chánh văn phòng|"
    "phó chánh văn phòng|trưởng phòng|phó trưởng phòng|trưởng ban|phó trưởng ban|tư lệnh|phó tư lệnh|"
    "chỉ huy trưởng|chính ủy|cố vấn|điều phối viên|trưởng đoàn|phó trưởng đoàn|người phát ngôn|ủy viên|bí thư|"
    "phó bí thư|thống đốc|thị trưởng|quốc vương|nhà vua|hoàng tử|thẩm phán|chánh án|viện trưởng|phó viện trưởng|"
    "giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|luật sư|nhà báo|phóng viên|chiến sĩ|đội trưởng|phó đội trưởng|"
    "trưởng phái bộ|phó trưởng phái bộ|trưởng phái đoàn|phó trưởng phái đoàn|trưởng công an|cảnh sát trưởng|tổng cảnh sát trưởng|trưởng cảnh sát|"
    "quyền|nguyên|cựu|đặc phái viên|trợ lý|thư ký|phó thủ trưởng|thủ trưởng|chủ nhiệm|phó chủ nhiệm|"
    "trưởng khoa|hiệu trưởng|giám đốc công an|sĩ quan|điều tra viên|gs|pgs|ts|ths|đại biểu|nghị sĩ|ngoại trưởng"
)
HONORIFICS = _keys("ông|bà|ngài|đồng chí|đ/c|anh|chị|cô|chú|bác|em|cháu|nữ hoàng")
ENGLISH_TITLES = _keys(
    "general|lieutenant general|senior lieutenant general|major general|colonel|senior colonel|lieutenant colonel|"
    "captain|admiral|minister|deputy minister|secretary general|secretary-general|under-secretary-general|"
    "president|vice president|prime minister|general secretary|party general secretary|vice minister|deputy prime minister|ambassador|mr|ms|mrs|dr|director|"
    "deputy director|director general|police adviser|commissioner|police chief|chairman|chairwoman|major|"
    "lieutenant|senior lieutenant|sergeant|inspector|superintendent|police commissioner|special representative|"
    "tan sri|datuk|datuk seri|dato|dato sri|sir|pol gen|police general|"
    "gen|lt gen|sen lt gen|sr lt gen|senior lt gen|senior lt|lt|maj gen|brig gen|col|lt col|sen col|sr col|senior col|"
    "capt|adm|prof|amb|sgt|maj|insp|supt|commissioner general|"
    "lieutenant-general|senior lieutenant-general|major-general|brigadier-general|brigadier general|"
    "lieutenant-colonel|senior lieutenant-colonel|inspector-general|inspector general|deputy inspector-general"
)
"""Ranks and posts as English-language editions write them before a name ('General Lương Tam Quang'), with
the hyphen of British spelling ('Lieutenant-General')."""
ABBREVIATED_TITLE_WORDS = frozenset(
    "gen lt sen sr maj brig col capt adm prof amb sgt insp supt mr ms mrs dr pol".split())
"""Words of English ranks and posts written short with a full stop ('Sen. Lt. Gen.', 'Col.', 'Mr.')."""
TITLE_WORDS = RANKS | POSITIONS | HONORIFICS | ENGLISH_TITLES
TITLE_FIRST_WORDS = frozenset(key.split(" ")[0] for key in TITLE_WORDS)

SURNAMES = _keys(
    "nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|lương|tô|vương|từ|khổng|đinh|trịnh|"
    "lâm|mai|cao|đào|đoàn|hà|tạ|lưu|chu|kiều|thái|triệu|tăng|quách|trương|giang|hứa|lại|phùng|nghiêm|châu|la|tôn|"
    "âu|mạc|thân|diệp|nông|lục|lò|hầu|văn|đàm|tống|lã|lữ|doãn|khúc|ninh|quan|trình|uông|vi|ông|âu dương|bế|hoàng|"
    "cù|mã|yên|phí|thạch|sơn|danh|kim|lạc|đồng|mẫn|nhâm|vưu|bạch|đậu|chung|khương|tiêu|thiều|tưởng|giáp|kha|lưu"
)

ORG_HEADS = _keys(
    "bộ|tổng cục|cục|vụ|viện|ban|ủy ban|văn phòng|phòng|sở|học viện|trường|đại học|trường đại học|trường cao đẳng|"
    "trường trung cấp|trung tâm|cơ quan|hội đồng|"
    "hiệp hội|tổ chức|liên minh|đảng|quân khu|bộ tư lệnh|bộ chỉ huy|đơn vị|phái bộ|quỹ|ngân hàng|tập đoàn|tòa án|"
    "viện kiểm sát|trại giam|đại sứ quán|tổng lãnh sự quán|thông tấn xã|đài|mặt trận|liên đoàn|công ty|"
    "bệnh viện|trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|binh đoàn|quân đoàn|đội|hội|chương trình|công an|cảnh sát|quân đội|"
    "báo|tạp chí|bộ đội|đại đội|trung đội|hải đội|hải đoàn|đồn|đồn biên phòng|trạm|lực lượng|chính phủ|tổ công tác|"
    "ty công an|sảnh công an"
)
UNIT_HEADS = _keys("trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|binh đoàn|quân đoàn|đại đội|trung đội|hải đội|hải đoàn|đội|"
                   "đồn|đồn biên phòng|trạm|đơn vị|bệnh viện|tổ công tác")
"""Units named by words and then a number ('Đại đội Bảo vệ biên giới 222', 'Sư đoàn 312')."""
FORCE_HEADS = _keys("công an|cảnh sát|quân đội|bộ đội|ty công an|sảnh công an")
EVENT_HEADS = _keys(
    "hội nghị|hội thảo|diễn đàn|đại hội|đại hội đồng|hội nghị thượng đỉnh|đối thoại|triển lãm|kỳ họp|phiên họp|"
    "tọa đàm|lễ kỷ niệm|cuộc thi|giải|hội chợ|chiến dịch|cuộc diễn tập|diễn tập"
)
PLACE_HEADS = _keys(
    "tỉnh|thành phố|tp|bang|quận|huyện|thị xã|xã|phường|thị trấn|thủ đô|đảo|quần đảo|vùng|tiểu bang|khu vực|"
    "đặc khu|châu"
)
NOT_PERSON_BEFORE = _keys(
    "đường|phố|quận|huyện|tỉnh|xã|phường|trường|học viện|bệnh viện|cầu|sân bay|cảng|sông|núi|thành phố|tp|"
    "thị xã|thị trấn|khu|làng|bản|giải|cúp|giải thưởng|huân chương|huy chương|tàu|chùa|đền|lăng|quảng trường"
)

ORG_STOP = _keys(
    "đã|đang|sẽ|vừa|mới|luôn|cũng|còn|vẫn|đều|rất|với|cho|tại|ở|trong|ngoài|trên|dưới|theo|từ|đến|tới|nhằm|để|do|"
    "bởi|vì|qua|sau|trước|khi|nếu|thì|mà|này|đó|ấy|kia|các|những|mọi|mỗi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
    "nhiều|cùng|nhau|hiện|nay|là|có|được|bị|không|chưa|tiếp|tiếp tục|chỉ|chủ|tổ|triển|đề|phối|ban hành|cho biết|"
    "khẳng|nhấn|thông|công bố|yêu|tham|làm|hội đàm|hỗ|thực|đánh|cử|gửi|trao|nhận|tặng|khai|bế|ký|thăm|dự|chúc|"
    "ghi|đạt|tích|luôn|xin|phát|phát hiện|tổ chức|chỉ đạo|phối hợp|tham gia|tham dự|đề nghị|đề xuất|bày|cảm|mong|đánh giá|"
    "hoan|tăng|đẩy|thúc|duy|bảo|đảm|ra|vào|lên|xuống|về|và|của|hay|hoặc|như|gồm|bao|nước|hiệp|thống|quyết|chịu|"
    "trực|thuộc|lần|thứ|số|tháng|ngày|phụ trách|phụ|xây|điều|giao|chuyển|cung|thành|lập|kết|nối|người|ông|bà|"
    "ngài|đồng|anh|chị|trân|đồng thời|sáng|chiều|tối|đêm|hôm|năm nay|vị|đoàn"
)
BRIDGES = _keys("về|và|của")
MISSION_HEADS = _keys("đại sứ quán|tổng lãnh sự quán|lãnh sự quán")
"""A foreign mission's head noun: it starts a body of its own, never goes on another's name."""
CLAUSE_WORDS = _keys("tổ|diễn|khai|bế|đã|sẽ|được|đang|vừa|là|có|do|tại|ở|với|cho|cùng|vào|từ|đến|dự")
"""Lower-case words that go on the sentence after a name, never its second syllable ('phương Đông | tổ chức')."""
_DEMONYMS = ("sudanese|vietnamese|chinese|cambodian|thai|malaysian|indonesian|filipino|american|russian|japanese|"
             "korean|australian|french|british|asian|lao|laotian")
ENGLISH_DEMONYMS = _keys(_DEMONYMS)
"""Adjectives of nationality: 'the Cambodian Ministry of Interior' is the Ministry of Interior."""
FOREIGN_STOP = _keys(
    "the|of|and|for|in|on|at|to|police|security|united|nations|women|council|framework|summit|day|news|press|"
    "online|global|international|national|world|forum|conference|general|assembly|office|department|force|mission|"
    "minister|deputy|secretary|lieutenant|colonel|major|senior|chief|director|president|ambassador|commissioner|"
    "adviser|advisor|ministry|public|news|related|peace|operations|affairs|union|african|european|asian|rights|"
    "human|development|programme|program|drugs|crime|justice|peacekeeping|agency|organization|organisation|"
    "committee|commission|bureau|service|relations|cooperation|foreign|interior|defence|defense|enforcement|"
    "humanitarian|head|team|unit|officer|officers|headquarters|member|members|states|state|stories|perspective|"
    "special|representative|south|north|" + _DEMONYMS + "|units|hospital|hospitals|field|engineering|level|teams|"
    "since|during|after|before|from|until|by|last|next|january|february|march|april|june|july|august|september|"
    "october|november|december"
)
ENGLISH_ORG_HEADS = _keys(
    "union|council|commission|organization|organisation|agency|office|department|ministry|association|committee|"
    "bureau|programme|fund|force|forces|police|academy|institute|university|court|secretariat|service|alliance|"
    "federation|network|centre|center|parliament|mission|embassy|consulate|commissariat|directorate|bureaus"
)
"""The last word of an organisation's English name ('African Union', 'Royal Thai Police')."""
ENGLISH_OPERATIONS = _keys("operation|exercise|campaign")
"""English words that open a named operation's name ('Operation Lionfish'): an event, no person."""
ENGLISH_EVENT_HEADS = _keys("meeting|summit|conference|forum|dialogue|assembly|congress|symposium|workshop|ministerial")
"""The last word of a meeting's English name ('ASEAN Ministerial Meeting', 'INTERPOL General Assembly')."""
NON_ENTITY_ACRONYMS = _keys(
    "gghb|chxhcn|chdcnd|tp|hcm|ubnd|hđnd|thpt|thcs|đbqh|bt|pv|ctv|tnhh|cp|gdp|usd|vnd|km|ha|kg|ttđt|cand|ttxvn|"
    "tw|cntt|atgt|pccc|cnch|ct|vn|vnexpress|db|ảnh|sms|pdf|jpg|covid|sars|đt|ms|mr|ii|iii|iv|vi|vii|viii|ix|xi|xii|"
    "ok|ceo|it|am|pm|gmt|utc|nxb|tkv|đh|gs|pgs|ts|ths|bs|ks|cn|bcđ|bch|htx|dn|dnnn|qđ|nđ|tt|nq|ct|ttg|sn|ns"
)
PERSON_BEFORE_TRIGGERS = _keys("đối tượng|bị can|bị cáo|nghi phạm|tên|người|công dân|nạn nhân|với|cùng|và")

ORG_VOCAB = _keys(
    "hòa|bình|giao|thông|quốc|gia|tế|nhân|dân|tư|pháp|khẩn|cấp|hình|sự|ma|túy|tội|phạm|kinh|xã|hội|an|ninh|trật|tự|"
    "chữa|cháy|cứu|hộ|nạn|đường|thủy|bộ|sắt|cao|tốc|hàng|không|biển|môi|trường|công|nghệ|tin|truyền|hợp|tác|đối|"
    "ngoại|luật|chính|trị|điều|tra|xuất|nhập|cảnh|quản|lý|hành|kỹ|kĩ|thuật|y|giáo|dục|đào|tạo|khoa|học|nghiên|cứu|"
    "chiến|lược|phát|triển|tài|ngân|sách|thương|mại|tôn|tộc|nội|vụ|phòng|quân|tình|trạng|thanh|kiểm|giám|định|"
    "tổng|tham|mưu|hậu|cần|huấn|luyện|gìn|giữ|chống|khủng|bố|buôn|lậu|mua|bán|người|rửa|tiền|sát|quyền|tị|di|cư|"
    "phụ|nữ|trẻ|em|đẳng|giới|niên|văn|hóa|thể|thao|du|lịch|lao|động|thương|binh|vận|tải|xây|dựng|nông|nghiệp|"
    "lâm|ngư|sản|năng|lượng|dầu|khí|điện|lực|viễn|số|mạng|gian|trung|ương|địa|phương|cơ|động|đặc|nhiệm|biên|"
    "thi|án|giam|giữ|cải|tạo|thường|trực|chế|khu|vực|tuần|chỉ|huy|lãnh|đạo|sở|hữu|trí|tuệ|khí|tượng|thủy|văn|hạt|nhân|"
    "phóng|xạ|vũ|trang|dự|bị|hải|bảo|vệ|đoàn|kết|hữu|nghị|liên|lạc|hợp|tác|quốc|phòng|dã|công|binh|công binh|xuyên|"
    "toàn|cầu|bờ|cửa|khẩu|truy|nã"
)
COUNTRY_SYLLABLE_WORDS = _keys(
    "pháp luật|pháp lý|pháp quyền|pháp chế|pháp y|pháp nhân|pháp điển|pháp lệnh|pháp trị|pháp danh|pháp sư|"
    "mỹ thuật|mỹ nghệ|mỹ phẩm|mỹ quan|mỹ học|ý kiến|ý chí|ý nghĩa|ý thức|ý tưởng|ý định|nhật ký|nga mi|"
    "đức tin|đức độ|anh hùng|anh dũng"
)
"""Words whose first syllable, capitalised in a name or a sentence, is also a country ('Văn phòng Pháp quyền',
'Đại học Mỹ thuật', 'Ý kiến'): there it is not the country."""
STOP_CAPS = _keys("đoàn|đại diện|đồng thời|tại|theo|trong|sau|trước|về|với|ngày|tháng|năm|hai|các")
TITLE_STOP = frozenset("đã đang sẽ vừa và cùng tại dẫn tiếp cho có là được nhấn khẳng đề bày phát chủ tham đến với do bởi "
                       "thay chúc gửi cảm đánh nói nêu kêu yêu chào tặng gặp thăm đón mời trao "
                       "and with met said told received".split())
"""Words that end a title written after a name (', Bộ trưởng Bộ Công an tiếp ...')."""
GENERIC_BODIES = _keys(
    "ban tổ chức|ban giám đốc|ban lãnh đạo|ban chỉ huy|ban giám hiệu|ban biên tập|ban thường vụ|ban giám khảo|"
    "ban quản lý|ban điều hành|hội đồng quản trị|ban cán sự|ban chấp hành|lực lượng công an|lực lượng cảnh sát|"
    "lực lượng vũ trang|lực lượng chức năng|lực lượng gìn giữ|lực lượng quân đội"
)
"""A board of whatever body is being discussed ('Ban Tổ chức hội nghị') or a kind of force ('Lực lượng Công an'):
not a named organisation."""
LUNAR_STEMS = _keys("giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý")
LUNAR_BRANCHES = _keys("tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi")
LUNAR_BEFORE = _keys("tết|xuân|năm|đán")
"""A year of the lunar calendar ('Tết Nguyên đán Ất Tỵ 2025', 'Xuân Giáp Thìn'): a stem and a branch, after
one of these words or before the year's number; no person."""
