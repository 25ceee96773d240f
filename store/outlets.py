"""Outlets: each news outlet by the name uncops-tui shows, every way pages write it, and what a short text
(a dateline, a credit, a masthead, a domain) names."""

from __future__ import annotations

import re

from .gazetteer import place_names_by_spelling
from .text import fold_key

_OUTLET_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ANTV": ("Truyền hình Công an nhân dân",),
    "TTXVN": ("VNA",),
    "CAND": ("CAND.com.vn", "Báo Công an nhân dân", "Công an nhân dân", "Public Security News"),
    "PLO": ("Pháp Luật TP.HCM",),
    "VOV": ("VOV.VN", "VOVworld", "Đài Tiếng nói Việt Nam"),
    "VTV": ("VTV.vn",),
    "Nhân Dân": ("Báo Nhân Dân", "NDO", "ND", "Nhan Dan Online"),
    "QĐND": ("Quân đội nhân dân", "Báo Quân đội nhân dân", "Báo QĐND", "People's Army Newspaper", "PANO"),
    "Tuổi Trẻ": ("TTO", "Tuổi Trẻ Online"),
    "Thanh Niên": ("TNO", "Thanh Nien News"),
    "VnExpress": ("VnExpress.net",),
    "Dân trí": (),
    "Vietnam+": ("Vietnamplus",),
    "VietNamNet": ("VietNamNet Global",),
    "Lao Động": ("Báo Lao Động", "LĐO"),
    "Tiền Phong": ("TPO",),
    "Người Lao Động": ("NLĐ", "NLĐO"),
    "SGGP": ("SGGPO", "Sài Gòn Giải Phóng", "SGGP News", "SGGP English Edition"),
    "ANTĐ": ("ANTĐ.VN", "An ninh Thủ đô"),
    "ĐCSVN": ("Báo điện tử Đảng Cộng sản Việt Nam",),
    "Kinh tế & Đô thị": ("KTĐT", "Kinhtedothi"),
    "Biên phòng": ("Báo Biên phòng",),
    "VTC News": ("VTC",),
    "Công an TP.HCM": ("CATP",),
    "Chinhphu.vn": ("Báo Chính phủ", "Báo điện tử Chính phủ", "VGP"),
    "Báo Quốc tế": ("Baoquocte.vn", "TG&VN", "TGVN", "WVR", "World & Vietnam Report", "The World & Vietnam Report",
                    "Báo Thế giới và Việt Nam", "Báo Thế giới & Việt Nam", "Thế giới và Việt Nam"),
    "ZNews": ("Zing", "Znews"),
    "Hà Nội Mới": ("Hànộimới", "HNM", "HNMO", "Báo Hà Nội Mới"),
    "PLVN": ("Báo Pháp luật Việt Nam", "Pháp luật Việt Nam"),
    "Đại Đoàn Kết": (),
    "Công lý": ("Báo Công lý",),
    "Bảo vệ pháp luật": ("BVPL", "Báo Bảo vệ pháp luật"),
    "Người Đưa Tin": ("NĐT",),
    "Vietnam News": ("Việt Nam News", "VNS"),
    "Báo Tin tức": ("Tin tức",),
    "Bộ Ngoại giao": (),
    "Cổng TTĐT Bộ Công an": ("Cổng Thông tin điện tử Bộ Công an", "BCA"),
    "Báo Đầu tư": (),
    "Thời báo Ngân hàng": (),
    "GD&TĐ": (),
    "Dân Việt": (),
    "Infonet": (),
    "Báo Thanh tra": ("Thanh tra",),
    "Đại biểu Nhân dân": ("ĐBND",),
    "VnEconomy": (),
    "Báo Giao thông": (),
    "Báo Công Thương": ("Công Thương",),
    "Tuổi trẻ Thủ đô": (),
    "Kiến Thức": (),
    "UN News": ("Tin tức Liên Hợp Quốc",),
    "UNMISS": ("United Nations Mission in South Sudan",),
    "UN Peacekeeping": ("United Nations Peacekeeping",),
    "Tạp chí Cộng sản": ("TCCS",),
    "Báo Đà Nẵng": ("ĐNO",),
    "Soha": (),
    "Kenh14": (),
    "24h": (),
    "Báo Thời Đại": ("Thời Đại",),
    "VOH": (),
    "Vietnam Law & Legal Forum": (),
    "Báo Gia Lai": ("GLO",),
    "CRI": ("Đài Phát thanh Quốc tế Trung Quốc",),
    "Sputnik": ("Sputnik Việt Nam",),
    "Cổng TTĐT Bộ Quốc phòng": ("Cổng Thông tin điện tử Bộ Quốc phòng",),
    "Báo Phụ nữ Việt Nam": ("PNVN",),
    "Báo Văn Hóa": ("VHO",),
    "Tổ Quốc": ("Báo điện tử Tổ Quốc",),
    "VnExpress International": (),
    "Xinhua": ("Xinhua English", "Tân Hoa Xã"),
    "Tuoi Tre News": (),
    "Hanoi Times": ("The Hanoitimes", "Hanoitimes"),
    "Báo Quảng Ninh": (),
    "Báo Thừa Thiên Huế": ("BTTTH",),
    "Báo Hà Tĩnh": ("Baohatinh.vn",),
    "Báo Quảng Nam": ("QNO",),
    "Báo Cần Thơ": ("Báo Cần Thơ Online",),
    "Tạp chí Công an nhân dân": ("TCCA",),
    "Báo Lạng Sơn": ("LSO",),
    "Báo Lào Cai": (),
    "Báo Đắk Lắk": (),
    "Khmer Times": (),
    "Phnom Penh Post": ("The Phnom Penh Post",),
    "Vientiane Times": (),
    "Báo Nông nghiệp Việt Nam": ("Nông nghiệp Việt Nam",),
    "Báo Khánh Hòa": ("BKHO", "Báo Khánh Hòa điện tử"),
    "Báo An Giang": (),
    "The Saigon Times": ("Saigon Times", "SGT", "The Saigon Times Daily"),
    "Vietnam Investment Review": ("VIR",),
    "Công an Đà Nẵng": ("CADN", "Báo Công an Đà Nẵng", "Công an thành phố Đà Nẵng điện tử"),
    "Hanoionline": ("Hanoi Online", "Đài Phát thanh và Truyền hình Hà Nội", "Đài PT-TH Hà Nội"),
    "The Laotian Times": ("Laotian Times",),
    "Thương hiệu và Công luận": ("Tạp chí Điện tử Thương hiệu và Công luận", "Tạp chí Thương hiệu và Công luận"),
    "VietQ.vn": ("VietQ", "Báo điện tử VietQ"),
    "Báo Dân tộc và Phát triển": ("Dân tộc và Phát triển", "Baodantoc"),
    "Bernama": ("Malaysian National News Agency",),
    "Bangkok Post": ("The Bangkok Post",),
    "Yonhap": ("Yonhap News Agency", "Yonhap News"),
    "Báo Long An": ("Long An Online", "Báo Long An điện tử"),
    "Công an tỉnh Nghệ An": ("Công an Nghệ An", "Công an Nghệ An điện tử"),
    "Nhà báo & Công luận": ("Báo Nhà báo và Công luận", "Nhà báo và Công luận", "Công luận", "CLO", "Congluan"),
    "Báo Tài nguyên và Môi trường": ("Tài nguyên và Môi trường", "Tài nguyên & Môi trường", "TN&MT", "Báo TN&MT"),
    "The Star": ("The Star Online", "TheStar"),
    "Reuters": ("Thomson Reuters",),
    "Kyodo News": ("Kyodo", "Kyodo News Agency"),
    "Antara": ("ANTARA News", "Antara News Agency"),
    "Truyền hình Quốc hội Việt Nam": ("Truyền hình Quốc hội", "Quochoitv", "QHTV"),
    "Tạp chí Quốc phòng toàn dân": ("Quốc phòng toàn dân", "TCQPTD", "Tạp chí QPTD"),
    "RFA": ("Radio Free Asia", "RFA Tiếng Việt", "Đài Á Châu Tự Do"),
    "VOA Tiếng Việt": ("VOA", "Voice of America", "Đài Tiếng nói Hoa Kỳ"),
    "BBC News Tiếng Việt": ("BBC Tiếng Việt", "BBC Vietnamese", "BBC"),
    "RFI Tiếng Việt": ("RFI", "Radio France Internationale", "Đài Phát thanh Quốc tế Pháp"),
    "The Straits Times": ("Straits Times",),
    "CNA": ("Channel NewsAsia", "CNA News"),
    "The Jakarta Post": ("Jakarta Post",),
    "South China Morning Post": ("SCMP",),
    "Nikkei Asia": ("Nikkei Asian Review",),
    "The Diplomat": (),
    "Associated Press": ("AP News",),
    "AFP": ("Agence France-Presse",),
    "Philippine News Agency": ("PNA",),
    "The Korea Herald": ("Korea Herald",),
    "The Japan Times": ("Japan Times",),
    "Global Times": (),
    "TASS": ("TASS News Agency",),
    "Đời sống & Pháp luật": ("Báo Đời sống và Pháp luật", "Đời sống và Pháp luật", "ĐS&PL", "Doisongphapluat"),
    "Pháp luật & Xã hội": ("Báo Pháp luật và Xã hội", "Pháp luật và Xã hội", "PL&XH", "Phapluatxahoi"),
}
"""Each outlet's name as uncops-tui shows it, and the other ways pages write it (abbreviations, datelines,
mastheads, domains as text)."""
OUTLETS = {fold_key(spelling): name for name, spellings in _OUTLET_SPELLINGS.items() for spelling in (name, *spellings)}
"""Outlet names by their folded spelling."""
_COMPACT = {re.sub(r"[\W_]", "", key): name for key, name in OUTLETS.items()
            if "+" not in key}  # 'Việt Nam' is no 'Vietnam+'
"""Outlet names by their folded spelling without spaces or signs, as a domain writes it ('kienthuc', 'VOV World')."""
DOMAINS = {
    "hanoimoi": "Hà Nội Mới", "laodong": "Lao Động", "daibieunhandan": "Đại biểu Nhân dân", "vtcnews": "VTC News",
    "tuoitre": "Tuổi Trẻ", "thanhnien": "Thanh Niên", "dantri": "Dân trí", "vnexpress": "VnExpress",
    "vietnamnet": "VietNamNet", "nhandan": "Nhân Dân", "qdnd": "QĐND", "cand": "CAND", "anninhthudo": "ANTĐ",
    "plo": "PLO", "sggp": "SGGP", "nld": "Người Lao Động", "tienphong": "Tiền Phong", "baoquocte": "Báo Quốc tế",
    "vov": "VOV", "vtv": "VTV", "vietnamplus": "Vietnam+", "znews": "ZNews", "zingnews": "ZNews", "tapchicongsan": "Tạp chí Cộng sản", "baodanang": "Báo Đà Nẵng",
    "baochinhphu": "Chinhphu.vn", "dangcongsan": "ĐCSVN", "congan": "Công an TP.HCM", "kinhtedothi": "Kinh tế & Đô thị",
    "bienphong": "Biên phòng", "baotintuc": "Báo Tin tức", "antv": "ANTV", "bocongan": "Cổng TTĐT Bộ Công an",
    "congthuong": "Báo Công Thương", "congly": "Công lý", "tapchicongan": "Tạp chí Công an nhân dân",
    "congluan": "Nhà báo & Công luận",
}
"""A site named by its domain ('hanoimoi.vn'): the outlet it is."""


MEDIUM_TAIL = re.compile(r"\s+(?:điện tử|online|điện tử online)$", re.IGNORECASE)
"""The medium a paper's name may end with ('Báo Đồng Nai điện tử', 'Báo Bình Dương Online'): not part of the name."""

_NAMED_PAPER = re.compile(r"(?:Báo|Tạp chí) [A-ZĐÀ-Ỹ][\w&]*(?: [A-ZĐÀ-Ỹ][\w&]*){0,3}"
                          r"|(?:Báo|Tạp chí) [A-ZĐÀ-Ỹ][\w&]* [a-zđà-ỹ]+(?: [A-ZĐÀ-Ỹ][\w&]*){1,2}"
                          r"|(?:Báo|Tạp chí) [A-ZĐÀ-Ỹ]\w*(?: [a-zđà-ỹ]+)?(?: (?:và|&) [A-ZĐÀ-Ỹ]\w*(?: [a-zđà-ỹ]+)?)?")
"""'Báo Thanh Hóa', a name with a word in lower case, closed by capitals ('Báo Nông nghiệp Việt Nam'), and a
name in sentence case, maybe two joined ('Báo Xây dựng', 'Báo Tài nguyên và Môi trường')."""


def outlet_name(text: str) -> str | None:
    """The outlet a short text names, if it is a known one or looks like one ('Báo X', 'abc.vn')."""
    text = text.strip(" -–—:()•.")
    if not text or len(text) > 60:
        return None
    bare = MEDIUM_TAIL.sub("", text)
    return _known_outlet(text) or (bare != text and _known_outlet(bare)) or _unknown_outlet(bare)


def _known_outlet(text: str) -> str | None:
    key = fold_key(text)
    return OUTLETS.get(key) or _COMPACT.get(re.sub(r"[\W_]", "", key)) or OUTLETS.get(key.removeprefix("bao "))


def _unknown_outlet(text: str) -> str | None:
    """A paper no table knows, named as one ('Báo Thanh Hóa'), or a site by its domain."""
    if _NAMED_PAPER.fullmatch(text):
        return text  # 'Báo Thanh Hóa'
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)", text, re.IGNORECASE):
        label = text.lower().removeprefix("www.").split(".")[0]
        return DOMAINS.get(label) or _COMPACT.get(fold_key(label).replace("-", "")) or _province_paper(label) or text
    return None


def _province_paper(label: str) -> str | None:
    """'baoquangngai' ('(Baoquangngai.vn) - '): the paper of the province the domain spells, 'Báo Quảng Ngãi'."""
    if not label.startswith("bao"):
        return None
    province = place_names_by_spelling().get(label.removeprefix("bao").replace("-", ""))
    if province is None:
        return None
    return _known_outlet(f"Báo {province}") or f"Báo {province}"
