// Document-type abbreviations as they stand in symbols (DOMAIN.md §2). One row a code:
// `code | kind (as the national database writes it) | family`.
// Families: state (administrative or normative), party, court, joint, legacy.
// A code may mean different kinds in State and Party documents (TT = Thông tư / Thông tri,
// QĐ = Quyết định / Quy định); the Party meaning is in `partyKind`.
let typeTableText = """
NĐ | Nghị định | state
NQ | Nghị quyết | state
QĐ | Quyết định | state
CT | Chỉ thị | state
TT | Thông tư | state
TTLT | Thông tư liên tịch | joint
NQLT | Nghị quyết liên tịch | joint
QĐLT | Quyết định liên tịch | joint
CTLT | Chỉ thị liên tịch | joint
TTLB | Thông tư liên bộ | joint
LB | Thông tư liên bộ | joint
L | Lệnh | state
LCT | Lệnh | state
PL | Pháp lệnh | state
QC | Quy chế | state
QyĐ | Quy định | state
QĐi | Quy định | party
TB | Thông báo | state
HD | Hướng dẫn | state
CTr | Chương trình | state
KH | Kế hoạch | state
PA | Phương án | state
ĐA | Đề án | state
DA | Dự án | state
BC | Báo cáo | state
BB | Biên bản | state
TTr | Tờ trình | state
HĐ | Hợp đồng | state
CĐ | Công điện | state
BGN | Bản ghi nhớ | state
GN | Bản ghi nhớ | state
BTT | Bản thỏa thuận | state
TTh | Bản thỏa thuận | state
GUQ | Giấy ủy quyền | state
UQ | Giấy ủy quyền | state
GM | Giấy mời | state
GGT | Giấy giới thiệu | state
GNP | Giấy nghỉ phép | state
PG | Phiếu gửi | state
PC | Phiếu chuyển | state
PB | Phiếu báo | state
SY | Bản sao y | state
TrS | Bản trích sao | state
SL | Bản sao lục | state
KL | Kết luận | party
CV | Công văn | party
BS | Bản sao | party
VBHN | Văn bản hợp nhất | state
AL | Án lệ | court
TC | Thông cáo | state
TCBC | Thông cáo | state
QCPH | Quy chế | state
CTrPH | Chương trình | state
KHLT | Kế hoạch | joint
KHPH | Kế hoạch | state
HDLN | Hướng dẫn | joint
HDLT | Hướng dẫn | joint
"""

/// Party meanings that differ from the State meaning of the same code (`29-NQ/TW`, `01-TT/TW`).
let partyKindOverrides: [String: String] = ["TT": "Thông tri", "QĐ": "Quyết định"]

/// Type codes that also open the letters of one body, with its name: when the prose calls the document a letter
/// and the next group is a unit, not an issuer (`Công văn số 5331/CT-CS`, `1234/CT-TTHT`), `CT` is the Cục Thuế
/// (the General Department of Taxation's successor since 2025; the provincial tax departments before), not `Chỉ thị`.
let letterIssuerOfTypeCode: [String: String] = ["CT": "Cục Thuế"]

// Court case-type and procedure codes (DOMAIN.md §1.5, §2.4): `CASE-STAGE`, `QĐST-CASE`, `TLST-CASE`.
let courtCaseCodes: Set<String> = ["HS", "DS", "HNGĐ", "KDTM", "LĐ", "HC", "DSST", "HSST", "HSPT", "DSPT", "HCST", "HCPT", "KDTMST", "KDTMPT", "LĐST", "LĐPT", "HNGĐST", "HNGĐPT"]
let courtStageCodes: Set<String> = ["ST", "PT", "GĐT", "TT", "QĐ"]
let courtProcedureCodes: [String: String] = [
    "QĐST": "Quyết định", "QĐPT": "Quyết định", "QĐXX": "Quyết định", "QĐXXST": "Quyết định",
    "QĐXXPT": "Quyết định", "QĐGĐT": "Quyết định", "QĐTT": "Quyết định",
    "TLST": "Thông báo thụ lý", "TLPT": "Thông báo thụ lý", "QĐĐC": "Quyết định", "QĐCNTT": "Quyết định",
]

// Type words as they stand in prose before a number, longest first within a family, with the kind
// they give. A court's decisions and judgments name their stage and case type between the type word
// and `số` (`Quyết định giám đốc thẩm số 08/2019/DS-GĐT`, `Bản án hình sự phúc thẩm số 102/2020/HS-PT`). `key` is matched case- and diacritic-insensitively (see `Fold`), `kind` is the output.
let kindWordTableText = """
thông tư liên tịch | Thông tư liên tịch
thông tư liên bộ | Thông tư liên bộ
nghị quyết liên tịch | Nghị quyết liên tịch
quyết định liên tịch | Quyết định liên tịch
văn bản hợp nhất | Văn bản hợp nhất
thông báo kết luận | Thông báo
báo cáo thẩm tra | Báo cáo
thụ lý | Thông báo thụ lý
quyết định thi hành án | Quyết định
kết luận điều tra | Kết luận
kết luận thanh tra | Kết luận
kết luận giám định | Kết luận
cáo trạng | Cáo trạng
giấy phép môi trường | Giấy phép
giấy phép | Giấy phép
quyết định giám đốc thẩm | Quyết định
quyết định tái thẩm | Quyết định
quyết định kháng nghị giám đốc thẩm | Quyết định
quyết định kháng nghị tái thẩm | Quyết định
quyết định kháng nghị phúc thẩm | Quyết định
quyết định kháng nghị | Quyết định
kháng nghị giám đốc thẩm | Quyết định
kháng nghị tái thẩm | Quyết định
kháng nghị phúc thẩm | Quyết định
bản án sơ thẩm | Bản án
bản án phúc thẩm | Bản án
bản án hình sự sơ thẩm | Bản án
bản án hình sự phúc thẩm | Bản án
bản án hình sự | Bản án
bản án dân sự sơ thẩm | Bản án
bản án dân sự phúc thẩm | Bản án
bản án dân sự | Bản án
bản án hành chính sơ thẩm | Bản án
bản án hành chính phúc thẩm | Bản án
bản án hành chính | Bản án
bản án lao động sơ thẩm | Bản án
bản án lao động phúc thẩm | Bản án
bản án lao động | Bản án
bản án kinh doanh thương mại sơ thẩm | Bản án
bản án kinh doanh thương mại phúc thẩm | Bản án
bản án kinh doanh thương mại | Bản án
bản án hôn nhân và gia đình sơ thẩm | Bản án
bản án hôn nhân và gia đình phúc thẩm | Bản án
bản án hôn nhân và gia đình | Bản án
bản án hôn nhân gia đình sơ thẩm | Bản án
bản án hôn nhân gia đình phúc thẩm | Bản án
bản án hôn nhân gia đình | Bản án
nghị định | Nghị định
nghị quyết | Nghị quyết
quyết định | Quyết định
chỉ thị | Chỉ thị
thông tư | Thông tư
thông tri | Thông tri
bộ luật | Bộ luật
luật | Luật
pháp lệnh | Pháp lệnh
hiến pháp | Hiến pháp
lệnh | Lệnh
công văn | Công văn
công điện | Công điện
văn bản | Công văn
kế hoạch liên tịch | Kế hoạch
kế hoạch phối hợp | Kế hoạch
kế hoạch | Kế hoạch
thông báo | Thông báo
thông cáo báo chí | Thông cáo
thông cáo | Thông cáo
hướng dẫn liên ngành | Hướng dẫn
hướng dẫn liên tịch | Hướng dẫn
hướng dẫn | Hướng dẫn
quy định | Quy định
quy chế phối hợp | Quy chế
quy chế | Quy chế
tờ trình | Tờ trình
báo cáo | Báo cáo
kết luận | Kết luận
chương trình hành động | Chương trình
chương trình phối hợp | Chương trình
chương trình | Chương trình
đề án | Đề án
phương án | Phương án
biên bản | Biên bản
giấy mời | Giấy mời
bản án | Bản án
án lệ | Án lệ
điều lệ | Điều lệ
sắc lệnh | Sắc lệnh
sắc luật | Sắc luật
nđ | Nghị định
nq | Nghị quyết
qđ | Quyết định
tt | Thông tư
ttlt | Thông tư liên tịch
ct | Chỉ thị
cv | Công văn
kh | Kế hoạch
tb | Thông báo
kl | Kết luận
vbhn | Văn bản hợp nhất
joint circular | Thông tư liên tịch
decree | Nghị định
resolution | Nghị quyết
decision | Quyết định
circular | Thông tư
directive | Chỉ thị
law | Luật
code | Bộ luật
ordinance | Pháp lệnh
order | Lệnh
conclusion | Kết luận
regulation | Quy định
official letter | Công văn
official dispatch | Công văn
official telegram | Công điện
telegram | Công điện
dispatch | Công văn
official telegram | Công điện
telegram | Công điện
plan | Kế hoạch
notice | Thông báo
guidance | Hướng dẫn
guideline | Hướng dẫn
report | Báo cáo
judgment | Bản án
precedent | Án lệ
"""
