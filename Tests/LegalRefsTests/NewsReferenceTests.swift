import Testing
@testable import LegalRefs

/// The ids found in a text (references with an id only), in text order.
private func ids(_ text: String) -> [String] {
    Extractor.extract(TextNormalizer.normalize(text)).references.compactMap(\.id)
}

/// A Party symbol written the State way (`N/TYPE-ORGAN`) reads as the Party one; State symbols stay as written.
@Test(arguments: [
    ("Nghị quyết 18/NQ-TW của Hội nghị Trung ương 6 khóa XII", "18-NQ/TW"),
    ("Nghị quyết 57/NQ-TW của Bộ Chính trị", "57-NQ/TW"),
    ("Chỉ thị 05/CT-TW của Bộ Chính trị", "05-CT/TW"),
    ("Kết luận 06/KL-TU của Tỉnh ủy Nghệ An", "06-KL/TU"),
    ("Thông báo số 234/TB-HU của Huyện ủy", "234-TB/HU"),
    ("Hướng dẫn 36/HD-VPTW", "36-HD/VPTW"),
    ("Nghị quyết số 57-NQ/TW", "57-NQ/TW"),
    ("Quyết định 1744/QĐ-UBND", "1744/QĐ-UBND"),
    ("Chỉ thị 16/CT-TTg", "16/CT-TTg"),
    ("Nghị quyết 35/NQ-CP", "35/NQ-CP"),
    ("Công văn 12/UBND-VX", "12/UBND-VX"),
    ("Quyết định số 15/2019/QĐ-UBND", "15/2019/QĐ-UBND"),
])
func partySymbolWrittenStateWay(text: String, id: String) {
    #expect(ids(text) == [id])
}

/// A list of bare `N/YYYY` numbers shares its type word (and the issuer its symbol or phrase names).
@Test(arguments: [
    ("Nghị định 24/2024, 114/2024 của Chính phủ", ["24/2024/NĐ-CP", "114/2024/NĐ-CP"]),
    ("Nghị định số 24/2024 và số 114/2024", ["24/2024/NĐ-CP", "114/2024/NĐ-CP"]),
    ("Nghị định 24/2024 và 114/2024", ["24/2024/NĐ-CP", "114/2024/NĐ-CP"]),
    ("Nghị định 24/2024/NĐ-CP và 114/2024", ["24/2024/NĐ-CP", "114/2024/NĐ-CP"]),
    ("Thông tư 22/2021 và 26/2020 của Bộ GD&ĐT", ["22/2021/TT-BGDĐT", "26/2020/TT-BGDĐT"]),
    ("Thông tư 01/2024/TT-BNV và 02/2024", ["01/2024/TT-BNV", "02/2024/TT-BNV"]),
    ("Thông tư 01/2024 và 02/2024/TT-BNV", ["01/2024/TT-BNV", "02/2024/TT-BNV"]),
    ("Luật 31/2024 về đất đai", ["31/2024/QH15"]),
    ("Luật 45/2019 về lao động", ["45/2019/QH14"]),
    // An election year may be either legislature's: no id.
    ("Luật 10/2021 về đất đai", []),
    // Not a list: a date after the number, a shared tail.
    ("Nghị định 24/2024 ngày 1/3/2024", ["24/2024/NĐ-CP"]),
    ("Quyết định số 12, 13/QĐ-UBND", ["12/QĐ-UBND", "13/QĐ-UBND"]),
])
func shortFormList(text: String, expected: [String]) {
    #expect(ids(text) == expected)
}

/// Bus routes and report-annex forms are no documents.
@Test(arguments: [
    "Tuyến buýt số 03/BRT và tuyến 32/KL.",
    "Tuyến buýt số 05/R16 và tuyến số 68/TL được mở mới.",
    "Phiếu số 01/PLI và Biểu số 02/BCĐP kèm theo báo cáo.",
])
func routeAndFormCodes(text: String) {
    #expect(ids(text).isEmpty)
}

/// The issue date in the positions news put it; a clause opening `, năm YYYY` is not the document's year.
@Test(arguments: [
    ("UBND tỉnh Sơn La ban hành Quyết định số 1744/QĐ-UBND ký ngày 16/7/2019 về kế hoạch.", "2019-07-16", 2019),
    ("UBND tỉnh Sơn La ban hành Quyết định số 1744/QĐ-UBND ban hành ngày 16/7/2019 về kế hoạch.", "2019-07-16", 2019),
    ("Tại Quyết định 1744/QĐ-UBND (16/7/2019), UBND tỉnh Sơn La giao nhiệm vụ.", "2019-07-16", 2019),
    ("Thủ tướng đã ký Quyết định số 1500/QĐ-TTg ký ngày 21/7/2025 phê duyệt quy hoạch.", "2025-07-21", 2025),
    ("Chỉ thị 01/CT-TTg năm 2024", nil, 2024),
    ("Thực hiện Chỉ thị số 08/CT-TTg, năm 2024 toàn quốc giảm 10% số vụ tai nạn.", nil, nil),
    ("Theo Quyết định số 4567/QĐ-UBND của UBND tỉnh Sơn La, năm 2025 tỉnh phấn đấu tăng trưởng 8%.", nil, nil),
] as [(String, String?, Int?)])
func newsIssueDate(text: String, date: String?, year: Int?) {
    let r = Extractor.extract(TextNormalizer.normalize(text)).references.first { $0.id != nil }
    #expect(r?.date == date)
    #expect(r?.year == year)
}

/// A day and month without year in news positions, completed from the article's date.
@Test(arguments: [
    "Công văn số 5678/UBND-KT (ngày 12/7) gửi các sở.",
    "Công văn số 5678/UBND-KT hôm 12/7 gửi các sở.",
    "Tại Công văn số 5678/UBND-KT ngày 12.7, UBND tỉnh yêu cầu các sở.",
    "Quyết định số 5678/QĐ-UBND ký ngày 12/7.",
])
func newsDayMonth(text: String) {
    let text = "Nghệ An tăng cường quản lý đất đai\n16/07/2024 14:30\n" + text
    let r = Extractor.extract(TextNormalizer.normalize(text)).references.first { $0.id != nil }
    #expect(r?.date == "2024-07-12")
}

/// News shorthand (`Nghị quyết 57`, `NĐ 100`) takes the identity of the one full reference of that type and number
/// in the document, before or after it; it stays without an id where the document names none or two.
@Test(arguments: [
    ("Sơ kết Nghị quyết 57\nHội nghị sơ kết Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
     ["57-NQ/TW", "57-NQ/TW"]),
    ("Theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ, mức phạt tăng. Sau khi Nghị định 100 có hiệu lực, NĐ 100 được áp dụng.",
     ["100/2019/NĐ-CP", "100/2019/NĐ-CP", "100/2019/NĐ-CP"]),
    ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; Chỉ thị 16 được thực hiện nghiêm.",
     ["16/CT-TTg", "16/CT-TTg"]),
    // Two documents numbered 57: the shorthand stays unresolved.
    ("Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị quyết số 57/NQ-CP của Chính phủ; Nghị quyết 57 được triển khai.",
     ["57-NQ/TW", "57/NQ-CP"]),
    // Its own year contradicts the full one's.
    ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; Chỉ thị 16 năm 2021.", ["16/CT-TTg"]),
    // An abbreviated type word with no full reference is not a reference.
    ("QĐ 1744 được công bố; NQ 68 về kinh tế tư nhân.", []),
])
func shorthandTakesTheDocumentsFullReference(text: String, expected: [String]) {
    #expect(ids(text) == expected)
}

@Test("a resolved shorthand takes the full reference's issuer, date and status")
func shorthandTakesIssuerAndDate() {
    let refs = Extractor.extract("Quyết định 1744 của UBND tỉnh về quy hoạch được công bố; Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của UBND tỉnh Sơn La.").references
    #expect(refs.first?.id == "1744/QĐ-UBND")
    #expect(refs.first?.issuer == "Ủy ban nhân dân tỉnh Sơn La")
    #expect(refs.first?.date == "2019-07-16")
    #expect(refs.first?.status == .resolved)
}

/// A provincial paper's or portal's address names its province; a national site's names none.
@Test(arguments: [
    ("Baolaocai.vn", "tỉnh Lào Cai"), ("baohatinh.vn", "tỉnh Hà Tĩnh"), ("sonla.gov.vn", "tỉnh Sơn La"),
    ("www.baobariavungtau.com.vn", "tỉnh Bà Rịa - Vũng Tàu"), ("Baotintuc.vn", nil), ("chinhphu.vn", nil), ("baolaocai.com", nil),
] as [(String, String?)])
func provinceOfHost(host: String, locality: String?) {
    #expect(Places.province(ofHost: host)?.locality == locality)
}

@Test("a news item credited to a provincial paper's address takes that province for `UBND tỉnh`")
func hostCreditGivesTheProvince() {
    let lead = "Tỉnh triển khai chuyển đổi số\n\n(Baolaocai.vn) - Chiều 5/12, UBND tỉnh tổ chức hội nghị triển khai Quyết định số 1234/QĐ-UBND ngày 20/11/2025 của UBND tỉnh về chuyển đổi số.\n"
    #expect(Extractor.extract(lead).references.first?.issuer == "Ủy ban nhân dân tỉnh Lào Cai")
    let national = lead.replacingOccurrences(of: "Baolaocai.vn", with: "Baotintuc.vn")
    #expect(Extractor.extract(national).references.first?.locality == nil)
}

/// A superscript footnote mark glued to a symbol ends it (`.docx`/`.html` keep them as characters).
@Test(arguments: [
    ("Nghị định 168/2024/NĐ-CP¹ quy định xử phạt.", ["168/2024/NĐ-CP"]),
    ("Luật số 43/2024/QH15² sửa đổi.", ["43/2024/QH15"]),
    ("Thông tư 01/2025/TT-BTC⁴ hướng dẫn.", ["01/2025/TT-BTC"]),
])
func superscriptFootnoteEndsSymbol(text: String, expected: [String]) {
    #expect(ids(text) == expected)
}
