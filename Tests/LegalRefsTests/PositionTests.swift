import Testing
@testable import LegalRefs

/// A fixture marks each expected reference with ⟦ ⟧; the extractor must report exactly those spans
/// (offsets in Unicode scalars of the unmarked text).
func markedSpans(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var text = String.UnicodeScalarView()
    var spans: [Range<Int>] = []
    var open = 0
    for u in marked.unicodeScalars {
        if u == "⟦" { open = text.count } else if u == "⟧" { spans.append(open..<text.count) } else { text.append(u) }
    }
    return (String(text), spans)
}

@Test("reference spans match the marked positions", arguments: [
    "Thực hiện ⟦Quyết định số 1744/QĐ-UBND  ngày 16/7/2019 của Ủy ban nhân dân tỉnh⟧ và hướng dẫn của Sở.",
    "theo ⟦Nghị quyết số 51/2017/QH14 của Quốc hội⟧, ⟦Quyết định số 404/QĐ-TTg ngày 27/3/2019⟧, ⟦Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ⟧, Đề án",
    "Căn cứ ⟦Luật Tổ chức chính quyền địa phương số 77/2015/QH13⟧;",
    "Đồng chí Nguyễn Văn A phát biểu. Năm học 2019 - 2020, lớp 10/2 đạt 9,5 điểm.",
    "áp dụng ⟦điểm a khoản 4 Điều 20 Thông tư số 22/2019/TT-NHNN⟧ đối với",
    // Words after a part word are not a pinpoint: `điều theo`, `điều chỉnh`, `tiết tại`, `Chương trình`.
    "sửa đổi, bổ sung một số điều theo ⟦Luật số 63/2020/QH14⟧;",
    "phạm vi điều chỉnh của ⟦Thông tư 38/2015/TT-BTC⟧ và",
    "Chi tiết tại ⟦Quyết định số 209/QĐ-UBND ngày 17/02/2025⟧.",
    "Chương trình của ⟦Thông tư 08/2015/TT-BKHCN⟧",
    "theo ⟦điểm c.4 khoản 1 Điều 14 Thông tư số 06/2021/TT-BTC ngày 22/1/2021 của Bộ Tài chính⟧.",
    "quy định tại ⟦Chương II Nghị định số 15/2020/NĐ-CP⟧ và ⟦mục 3 Phần IV Thông tư 01/2021/TT-BXD⟧",
    // Old one-group symbols right after a type word; not an annex number after a phrase (`Phụ lục số 10-MP`).
    "theo ⟦Khoản 7 Điều 2 Quyết định số 87-CT ngày 01/3/1985 của Chủ tịch Hội đồng Bộ trưởng⟧ và",
    "hướng dẫn của ASEAN về kiểm tra hậu mại sản phẩm mỹ phẩm: Phụ lục số 10-MP",
    // A thousands separator in a running number (news style); decimals keep their dot.
    "theo ⟦Quyết định số 1.744/QĐ-UBND ngày 16/7/2019⟧ và ⟦Nghị quyết số 66.13/2025/NQ-CP⟧; số 123.456/QĐ-UBND",
    // Pinpoint lists: items after `,`, `và`, `hoặc`, bare ids repeating the unit; an annex `ban hành kèm theo` a document.
    "theo ⟦điểm a, điểm b khoản 1 Điều 90 Nghị định số 114/2021/NĐ-CP⟧ và",
    "quy định tại ⟦khoản 1, 2 và 3 Điều 11 Nghị định số 72/2023/NĐ-CP⟧.",
    "tại ⟦điểm b, e, h và i khoản 2 Điều 89 Luật số 50/2014/QH13⟧;",
    "Kê khai theo mẫu số 04/GTGT tại ⟦Phụ lục I ban hành kèm theo Thông tư số 80/2021/TT-BTC⟧.",
    "Sửa đổi ⟦khoản 3 Mục II Phụ lục II kèm theo Nghị định số 26/2023/NĐ-CP⟧ như sau:",
    "Theo ⟦khoản 3 Điều 12 Luật Đất đai số 31/2024/QH15⟧ và ⟦Điều 12 của Luật Đất đai năm 2024⟧.",
    // A judgment's grounds list their parts with `;`; a merger note after the issuer goes with the reference.
    "Áp dụng ⟦khoản 1 Điều 173; điểm s khoản 1, khoản 2 Điều 51; Điều 65 Bộ luật Hình sự năm 2015⟧;",
    "Bãi bỏ ⟦Quyết định số 25/2020/QĐ-UBND của UBND tỉnh Bắc Giang (cũ)⟧; ⟦Quyết định số 78/QĐ-UBND của UBND xã Minh Ngọc (nay là xã Minh Xuân)⟧.",
    // A list after `<type> của <body>:` starts each later item at its own `số`; a name ending in `pháp luật`.
    "Căn cứ các ⟦Nghị định của Chính phủ: số 15/2020/NĐ-CP ngày 03/02/2020⟧; ⟦số 14/2022/NĐ-CP ngày 27/01/2022⟧;",
    "Căn cứ ⟦Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15⟧;",
    "quy định của pháp luật ⟦số 12/2020/QH14⟧ về",
    // A number with a letter (numbers given out between two others, `e` for electronic ones).
    "theo ⟦Quyết định số 1234a/QĐ-UBND ngày 5/6/2023⟧ và ⟦Công văn số 14159e/QLD-ĐK⟧; số 12A/3 đường Lê Lợi",
    // An OCR `O` ending a number before its year; a valuation certificate and a household book are no documents cited.
    "Căn cứ ⟦Thông tư số 8O/2021/TT-BTC ngày 29/9/2021⟧; Chứng thư số 12/2024/CT-VAC; Sổ hộ khẩu số 123/HK; 5O/100 người.",
])
func spans(marked: String) {
    let (text, spans) = markedSpans(marked)
    let refs = Extractor.extract(text).references
    #expect(refs.map { $0.start..<$0.end } == spans)
    let scalars = Array(text.unicodeScalars)
    for r in refs {
        var s = String.UnicodeScalarView(); s.append(contentsOf: scalars[r.start..<r.end])
        #expect(String(s) == r.text)
    }
}

@Test("the seed article yields its ten numbered references")
func seedArticle() throws {
    // The provincial news article the project started from (fixtures/so-gddt-son-la-2019.txt), inlined
    // in part: the sentences that carry references.
    let text = """
    căn cứ Khung thời gian năm học 2019 - 2020 ban hành theo Quyết định số 1744/QĐ-UBND  ngày 16/7/2019 của Ủy ban nhân dân tỉnh và các văn bản chỉ đạo
    - Thứ ba, tập trung triển khai có hiệu quả công tác đổi mới chương trình giáo dục phổ thông mới theo Nghị quyết số 51/2017/QH14 của Quốc hội, Quyết định số 404/QĐ-TTg ngày 27/3/2019, Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ, Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025 ban hành theo Quyết định số 1667/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ
    """
    let ids = Extractor.extract(text).references.compactMap(\.id)
    #expect(ids == ["1744/QĐ-UBND", "51/2017/QH14", "404/QĐ-TTg", "16/CT-TTg", "1667/QĐ-TTg"])
}

@Test("one-group symbols after a type word", arguments: [
    ("Quyết định số 87-CT ngày 01/3/1985 của Chủ tịch Hội đồng Bộ trưởng", "87-CT", "Quyết định", "1985-03-01"),
    ("Chỉ thị số 100-CT ngày 13/1/1981 của Ban Bí thư", "100-CT", "Chỉ thị", "1981-01-13"),
    ("Quyết định số 250- TTHCPVHCC ngày 13/3/2025 của Trung tâm Phục vụ hành chính công", "250-TTHCPVHCC", "Quyết định", "2025-03-13"),
])
func oneGroupAfterTypeWord(text: String, id: String, kind: String, date: String) {
    let refs = Extractor.extract(text).references
    #expect(refs.count == 1)
    #expect(refs.first?.id == id)
    #expect(refs.first?.kind == kind)
    #expect(refs.first?.date == date)
    #expect(refs.first?.issuer != nil)
}

@Test("one-group symbols need the type word", arguments: [
    "Mẫu số 04-ĐK kèm theo", "số 15-QĐ", "lớp 10-A", "hướng dẫn của Bộ Y tế, Phụ lục số 10-MP",
])
func oneGroupWithoutTypeWord(text: String) {
    #expect(Extractor.extract(text).references.isEmpty)
}

@Test("a list's number word stands for each of its items")
func listItemsShareTheCue() {
    let text = "được hướng dẫn tại các công văn số 695/TCHQ-GSQL ngày 05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024 của Tổng cục Hải quan."
    let refs = Extractor.extract(text).references
    #expect(refs.compactMap(\.id) == ["695/TCHQ-GSQL", "4032/TCHQ-GSQL", "1238/GSQL-GQ2"])
    #expect(refs.last?.date == "2024-07-29")
    // Without a list before it, a code outside the tables still needs its own cue.
    #expect(Extractor.extract("Mã 1238/GSQL-GQ2 được cấp ngày 29/7/2024.").references.isEmpty)
}

@Test("an issuing clause before the type word gives issuer and date", arguments: [
    ("Ngày 22/12/2024, Bộ Chính trị ban hành ⟦Nghị quyết số 57-NQ/TW⟧ về đột phá phát triển khoa học.",
     "Bộ Chính trị", "2024-12-22"),
    ("Chiều ngày 5 tháng 3 năm 2024, UBND tỉnh Sơn La đã ký ban hành ⟦Quyết định số 456/QĐ-UBND⟧.",
     "Ủy ban nhân dân tỉnh Sơn La", "2024-03-05"),
    ("Ngày 19/11/2025 Văn phòng Chính phủ ban hành ⟦Thông báo số 600/TB-VPCP⟧.", "Văn phòng Chính phủ", "2025-11-19"),
    ("(Chinhphu.vn) - Ngày 15/3/2024, UBND TP Hà Nội ban hành ⟦Kế hoạch số 89/KH-UBND⟧ triển khai",
     "Ủy ban nhân dân thành phố Hà Nội", "2024-03-15"),
    ("Theo đó, Ban Bí thư đã ban hành ⟦Chỉ thị số 35-CT/TW ngày 14/6/2024⟧ về đại hội.", "Ban Bí thư", "2024-06-14"),
    ("khi xác định thuế, Cục Thuế đã có ⟦công văn số\n5106/CT-CS ngày 12/11/2025⟧ về việc", "Cục Thuế", "2025-11-12"),
] as [(String, String, String?)])
func leadingClause(marked: String, issuer: String, date: String?) {
    let (text, spans) = markedSpans(marked)
    let refs = Extractor.extract(text).references
    #expect(refs.map { $0.start..<$0.end } == spans)
    #expect(refs.first?.issuer == issuer)
    #expect(refs.first?.date == date)
}

@Test("no issuing clause: another verb, a subject that is no body, or a date without its year", arguments: [
    "Ngày 5/12/2025, UBND tỉnh tổ chức hội nghị triển khai Nghị quyết số 57-NQ/TW.",
    "Ngày 12/3/2024, hội nghị đã thông qua Nghị quyết số 57-NQ/TW.",
    "Ngày 22/12, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.",
])
func noLeadingClause(text: String) {
    let refs = Extractor.extract(text).references
    #expect(refs.count == 1)
    #expect(refs.first?.date == nil)
    if text.contains("22/12,") { #expect(refs.first?.issuer == "Bộ Chính trị") } else { #expect(refs.first?.issuer == nil) }
}

@Test("a Party conference names the issuer without `của`, for its own reference only")
func conferencePhrase() {
    let text = "tại Kết luận số 137-KL/TW ngày 28/3/2025 và Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, Chính phủ"
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.id) == ["137-KL/TW", "60-NQ/TW"])
    #expect(refs.map(\.issuer) == [nil, "Ban Chấp hành Trung ương"])
    #expect(refs.last?.text == "Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII")
}

@Test("a thousands separator is dropped from the number; a decimal part is kept")
func thousandsSeparator() {
    let refs = Extractor.extract("Công văn số 12.345/BTC-TCT và Nghị quyết số 66.7/2025/NQ-CP").references
    #expect(refs.map(\.id) == ["12345/BTC-TCT", "66.7/2025/NQ-CP"])
    #expect(refs.map(\.number) == ["12345", "66.7"])
}

@Test("dates with spaced slashes, months with their year, and impossible days", arguments: [
    ("Quyết định số 14/2025/QĐ-UBND ngày 28/02/ 2025 của UBND tỉnh", 2025, "2025-02-28"),
    ("Nghị định số 08/2014/NĐ-CP ngày 27 /01/2014 của Chính phủ", 2014, "2014-01-27"),
    ("Quyết định số 24/QĐ-UBND ngày 21 / 9 / 2018", 2018, "2018-09-21"),
    ("Quyết định số 15/QĐ-UBND tháng 9/2018", 2018, nil),
    ("Kế hoạch số 16/KH-UBND tháng 9 năm 2018", 2018, nil),
    ("Công văn số 17/UBND-VX ngày 31/02/2018", nil, nil),
    ("Công văn số 18/UBND-VX ngày 29/02/2024", 2024, "2024-02-29"),
    ("Nghị quyết 68-NQ/TW (ngày 4/5/2025) của Bộ Chính trị", 2025, "2025-05-04"),
] as [(String, Int?, String?)])
func dateForms(text: String, year: Int?, date: String?) {
    // A leading word keeps the line from reading as a document header.
    let refs = Extractor.extract("Theo " + text).references
    #expect(refs.count == 1)
    #expect(refs.first?.year == year)
    #expect(refs.first?.date == date)
}

@Test("an issuing clause covers the tight list it opens, not the references before it")
func leadingClauseList() {
    let text = "Căn cứ Quyết định số 12/QĐ-TTg, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW và Kết luận số 123-KL/TW."
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.id) == ["12/QĐ-TTg", "57-NQ/TW", "123-KL/TW"])
    #expect(refs.map(\.issuer) == ["Thủ tướng Chính phủ", "Bộ Chính trị", "Bộ Chính trị"])
}

@Test("the prose type word wins, except `văn bản`, which names any document", arguments: [
    ("Theo ⟦Công văn số 2021/CT-CS ngày 5/8/2025⟧ về hóa đơn", "Công văn", "Cục Thuế", "CT"),
    ("Theo ⟦Công văn số 15/CT-TTHT ngày 5/1/2023 của Cục Thuế TP Hồ Chí Minh⟧ về", "Công văn", "Cục Thuế thành phố Hồ Chí Minh", "CT"),
    ("Theo ⟦văn bản số 5331/CT-CS⟧ về hóa đơn", "Công văn", "Cục Thuế", "CT"),
    ("Theo ⟦Chỉ thị số 05/CT-TTg ngày 28/2/2025⟧ về", "Chỉ thị", "Thủ tướng Chính phủ", "TTg"),
    ("Theo ⟦số 05/CT-UBND ngày 28/2/2025⟧ về", "Chỉ thị", "Ủy ban nhân dân", "UBND"),
    ("Theo ⟦văn bản số 12/QĐ-UBND ngày 2/9/2025 của UBND tỉnh Bắc Ninh⟧ về", "Quyết định", "Ủy ban nhân dân tỉnh Bắc Ninh", "UBND"),
    ("Theo ⟦văn bản số 40/UBND-KT⟧ về", "Công văn", "Ủy ban nhân dân", "UBND"),
    ("Theo ⟦Công văn số 1067 TC/CĐKT, ngày 06/04/1998 của Bộ Tài chính⟧ về", "Công văn", "Bộ Tài chính", "TC"),
] as [(String, String, String, String)])
func proseKindWins(marked: String, kind: String, issuer: String, code: String) {
    let (text, spans) = markedSpans(marked)
    let refs = Extractor.extract(text).references
    #expect(refs.map { $0.start..<$0.end } == spans)
    #expect(refs.first?.kind == kind)
    #expect(refs.first?.issuer == issuer)
    #expect(refs.first?.issuerCode == code)
}

@Test("a court's stage and case type stand between the type word and `số`", arguments: [
    ("theo ⟦Quyết định giám đốc thẩm số 08/2019/DS-GĐT ngày 16/4/2019 của Tòa án nhân dân cấp cao tại Hà Nội⟧.",
     "Quyết định", "Tòa án nhân dân cấp cao tại Hà Nội"),
    ("theo ⟦Quyết định kháng nghị giám đốc thẩm số 68/2018/KN-DS ngày 19/9/2018⟧.", "Quyết định", nil),
    ("theo ⟦Bản án dân sự phúc thẩm số 16/2019/DS-PT ngày 19/3/2019 của Tòa án nhân dân tỉnh Quảng Ngãi⟧.",
     "Bản án", "Tòa án nhân dân tỉnh Quảng Ngãi"),
    ("theo ⟦Bản án hôn nhân và gia đình sơ thẩm số 02/2018/HNGĐ-ST ngày 05/3/2018⟧.", "Bản án", nil),
    ("theo ⟦Bản án số 12/2023/HS-PT ngày 5/6/2023 của TAND cấp cao tại TP Hồ Chí Minh⟧.",
     "Bản án", "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh"),
] as [(String, String, String?)])
func courtTypeWords(marked: String, kind: String, issuer: String?) {
    let (text, spans) = markedSpans(marked)
    let refs = Extractor.extract(text).references
    #expect(refs.map { $0.start..<$0.end } == spans)
    #expect(refs.first?.kind == kind)
    #expect(refs.first?.issuer == issuer)
}

@Test("a list item's number after a sentence ending in a type word is no reference", arguments: [
    "Điều 5. Hiệu lực thi hành của quyết định giám đốc thẩm\n1. Quyết định có hiệu lực.",
    "Người có thẩm quyền ban hành quyết định.\n2. Thời hạn là 30 ngày.",
    "Xem xét lại nghị quyết.\n  3) Các nội dung khác.",
])
func listItemAfterTypeWord(text: String) {
    #expect(Extractor.extract(text).references.isEmpty)
}

@Test("a type word and a bare number on one line stay a reference")
func bareNumberKept() {
    let refs = Extractor.extract("theo Nghị định số 15. Từ đó").references
    #expect(refs.map(\.number) == ["15"])
}

@Test("Party committees keep the unit they name; Roman numerals keep their case", arguments: [
    ("Kế hoạch số 15-KH/ĐU ngày 2/1/2025 của Đảng ủy xã Tân Phú.", "Đảng ủy xã Tân Phú"),
    ("Kế hoạch số 16-KH/TU ngày 2/1/2025 của Tỉnh ủy Sơn La.", "Tỉnh ủy Sơn La"),
    ("Nghị quyết số 05-NQ/ĐUK ngày 2/1/2025 của Đảng ủy Khối các cơ quan Trung ương.", "Đảng ủy Khối các cơ quan Trung ương"),
    ("Công văn số 77/CCTKV15-NVDTPC ngày 2/9/2025 của Chi cục Thuế khu vực XV.", "Chi cục Thuế khu vực XV"),
    ("công văn số 276/QNI-KTr ngày 24/7/2025 của Thuế tỉnh Vĩnh Long về chính sách", "Thuế tỉnh Vĩnh Long"),
    ("công văn số 3896/TPHCM-VP ngày 21/10/2025 của Thuế thành phố Hồ Chí về", "Thuế thành phố"),
] as [(String, String)])
func issuerNames(text: String, issuer: String) {
    let refs = Extractor.extract("Theo " + text).references
    #expect(refs.first?.issuer == issuer)
}

@Test("an issue date after `ban hành` in brackets, or after `ngày ký`", arguments: [
    ("Theo Nghị định số 15/2025/NĐ-CP (ban hành ngày 3/2/2025) quy định chi tiết", "2025-02-03"),
    ("Theo Thông tư 09/2025/TT-BYT ngày ký 14/3/2025 của Bộ Y tế", "2025-03-14"),
    ("Theo Quyết định số 12/QĐ-UBND (ký ngày 2/3/2025)", "2025-03-02"),
] as [(String, String)])
func issueDateForms(text: String, date: String) {
    #expect(Extractor.extract(text).references.first?.date == date)
}

@Test("`hết hiệu lực kể từ ngày` after a list repeals every item nothing else described")
func endedListRepeals() {
    let text = "Các Quyết định số 12/QĐ-UBND, số 13/QĐ-UBND và số 14/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực."
    #expect(Extractor.extract(text).references.map(\.relation) == [.repeals, .repeals, .repeals])
    let mixed = "Thay thế Quyết định số 11/QĐ-UBND. Theo Quyết định số 12/QĐ-UBND và số 14/QĐ-UBND hết hiệu lực kể từ ngày 1/7/2025."
    #expect(Extractor.extract(mixed).references.map(\.relation) == [.replaces, .repeals, .repeals])
}

@Test("suspension is a repeal, whatever follows `hiệu lực`", arguments: [
    "Tạm ngưng hiệu lực thi hành Thông tư số 01/2025/TT-BNV.",
    "Đình chỉ việc thi hành Quyết định số 15/2019/QĐ-UBND.",
])
func suspensionRepeals(text: String) {
    #expect(Extractor.extract(text).references.map(\.relation) == [.repeals])
}

@Test("the Politburo and the Secretariat issue together; a following clause's subject is no second issuer", arguments: [
    ("Theo Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp.", "Bộ Chính trị, Ban Bí thư"),
    ("Theo Kết luận số 126-KL/TW của Bộ Chính trị và Ban Bí thư.", "Bộ Chính trị, Ban Bí thư"),
    ("Theo Nghị quyết số 18-NQ/TW của Bộ Chính trị, Ban Bí thư đã chỉ đạo", "Bộ Chính trị"),
    ("Theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, Bộ Chính trị về", "Ban Chấp hành Trung ương"),
] as [(String, String)])
func jointPartyOrgans(text: String, issuer: String) {
    #expect(Extractor.extract(text).references.first?.issuer == issuer)
}

@Test("a date after a title belongs to a law the title names when the table knows it passed then; not across a new line", arguments: [
    ("Căn cứ Nghị định số 102/2024/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai ngày 18 tháng 01 năm 2024;", nil),
    ("Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh về triển khai Luật Thủ đô ngày 28 tháng 6 năm 2024;", nil),
    ("Căn cứ Luật số 62/2020/QH14 về sửa đổi một số điều của Luật xây dựng ngày 17 tháng 6 năm 2020;", "2020-06-17"),
    ("Nghị định 43/2014/NĐ-CP Quy định chi tiết thi hành một số điều của Luật Đất đai ban hành ngày 15/05/2014 ;", "2014-05-15"),
    ("Theo Nghị định số 40/2019/NĐ-CP\n\nCăn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;", nil),
    ("Theo Nghị định số 40/2019/NĐ-CP và Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;", nil),
    ("Theo Nghị định số 126/2020/NĐ-CP quy định chi tiết một số điều của Luật Quản lý\nthuế ngày 19/10/2020 của Chính phủ", "2020-10-19"),
    ("V/v thực hiện Quyết định số 1500/QĐ-UBND của UBND tỉnh\nNghệ An, ngày 12 tháng 9 năm 2025", nil),
] as [(String, String?)])
func titleDates(text: String, date: String?) {
    #expect(Extractor.extract(text).references.first?.date == date)
}

@Test("a verb reaches the documents its list introduces: after a colon, on item lines, and across `;`", arguments: [
    ("Bãi bỏ các Thông tư: số 36/2014/TT-NHNN, số 06/2016/TT-NHNN và số 19/2017/TT-NHNN.", [Relation.repeals, .repeals, .repeals]),
    ("Bãi bỏ toàn bộ các văn bản sau:\n1. Quyết định số 10/2018/QĐ-UBND của UBND tỉnh.\n2. Quyết định số 11/2019/QĐ-UBND.", [.repeals, .repeals]),
    ("Quyết định này thay thế các Quyết định sau:\n- Quyết định số 21/2023/QĐ-UBND;\n- Quyết định số 20/2024/QĐ-UBND.", [.replaces, .replaces]),
    ("Điều 5 được sửa đổi như sau:\n1. Thực hiện theo Quyết định số 10/2018/QĐ-UBND.", [.cites]),
    ("Tài liệu gồm:\n1. Quyết định số 10/2018/QĐ-UBND.", [.cites]),
    ("Các văn bản sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:\na) Thông tư số 19/2021/TT-BTC;\nb) Thông tư số 06/2021/TT-BTC.",
     [.repeals, .repeals]),
    ("Thông tư này thay thế Thông tư số 19/2021/TT-BTC ngày 18/3/2021 của Bộ Tài chính hướng dẫn giao dịch điện tử; Thông tư số 06/2021/TT-BTC ngày 22/01/2021.",
     [.replaces, .replaces]),
    ("Bãi bỏ Thông tư số 19/2021/TT-BTC của Bộ Tài chính hướng dẫn giao dịch điện tử trong lĩnh vực thuế và Thông tư số 06/2021/TT-BTC.",
     [.repeals, .repeals]),
    ("Theo Thông tư số 19/2021/TT-BTC hướng dẫn giao dịch điện tử; Thông tư số 06/2021/TT-BTC.", [.cites, .cites]),
    ("Thông tư này thay thế các Thông tư sau đây của Bộ Tài chính: Thông tư số 08 TC/TCT ngày 5/2/1994; Thông tư số 37 TC/TCT ngày 10/5/1995",
     [.replaces, .replaces]),
    ("Xét Tờ trình số 140/TTr-UBND ngày 2/12/2025 của UBND tỉnh; Báo cáo thẩm tra số 88/BC-HĐND ngày 5/12/2025;", [.considers, .considers]),
    ("Thực hiện Kết luận số 150-KL/TW ngày 14/4/2025; Hướng dẫn số 35-HD/BTCTW ngày 20/4/2025;", [.implements, .implements]),
    ("Theo Quyết định số 2254/QĐ-UBND về việc sửa đổi, bổ sung Quyết định 422/QĐ-UBND; Quyết định số 874/QĐ-UBND về", [.cites, .cites, .cites]),
    ("Theo Quyết định số 2254/QĐ-UBND do UBND tỉnh ban hành về việc sửa đổi, bổ sung Quyết định 422/QĐ-UBND; Quyết định số 874/QĐ-UBND về",
     [.cites, .amends, .cites]),
] as [(String, [Relation])])
func listedRelations(text: String, relations: [Relation]) {
    #expect(Extractor.extract(text).references.map(\.relation) == relations)
}

@Test("a pinpoint list is kept as written", arguments: [
    ("theo điểm a, điểm b khoản 1 Điều 90 Nghị định số 114/2021/NĐ-CP", "điểm a, điểm b khoản 1 Điều 90"),
    ("tại khoản 2 Điều 1 và Điều 6 Thông tư số 09/2015/TT-BYT", "khoản 2 Điều 1 và Điều 6"),
    ("theo Điều 5,6 Nghị định số 15/2020/NĐ-CP", "Điều 5,6"),
    ("tại khoản 1 hoặc khoản 2 Điều 7 Nghị định số 15/2020/NĐ-CP", "khoản 1 hoặc khoản 2 Điều 7"),
    ("tại Phụ lục I, II, IV ban hành kèm theo Nghị quyết số 78/2023/NQ-HĐND", "Phụ lục I, II, IV"),
    // Before a law named with its number, or by name and year.
    ("Sửa đổi, bổ sung khoản 2 Điều 17 của Luật Nhà ở số 27/2023/QH15 như sau:", "khoản 2 Điều 17"),
    ("Theo khoản 3 Điều 12 Luật Đất đai số 31/2024/QH15.", "khoản 3 Điều 12"),
    ("theo điểm a khoản 1 Điều 5 Bộ luật Hình sự năm 2015", "điểm a khoản 1 Điều 5"),
    // A list of documents is no list of parts: the pinpoint stops at the document before it.
    ("Điều 3 Nghị định số 12/2020/NĐ-CP, Điều 4 Nghị định số 13/2020/NĐ-CP", "Điều 4"),
] as [(String, String)])
func pinpointList(text: String, pinpoint: String) {
    #expect(Extractor.extract(text).references.last?.pinpoint == pinpoint)
}

@Test("a number with a letter keeps the leading zero of its digits in the id, and none in `number`")
func letterNumber() {
    let r = Extractor.extract("Quyết định số 2a/QĐ-UBND ngày 3/1/2024").references.first
    #expect(r?.id == "02a/QĐ-UBND")
    #expect(r?.number == "2a")
}

@Test("`ban hành kèm theo` inside a clause yields to the clause's verb; an annex before it is a pinpoint", arguments: [
    ("(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 3/2/2025 của UBND tỉnh)", Relation.issuedWith),
    ("Bãi bỏ Điều 6 Quy định ban hành kèm theo Quyết định số 20/2021/QĐ-UBND của UBND tỉnh.", .repeals),
    ("Sửa đổi, bổ sung Phụ lục III ban hành kèm theo Thông tư số 22/2023/TT-BYT như sau:", .amends),
    ("Hồ sơ lập theo Mẫu số 01 tại Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP.", .cites),
    ("Thực hiện Quy định ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày 20/5/2020.", .implements),
] as [(String, Relation)])
func issuedWithOpensLine(text: String, relation: Relation) {
    #expect(Extractor.extract(text).references.first?.relation == relation)
}

@Test("who acts: the citing text (formulas after a reference), another document (news), or nobody yet (a proposal)", arguments: [
    ("Khoản 2 Điều 5 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:", Relation.amends),
    ("Khoản 3 Điều 4 Quyết định số 20/2021/QĐ-UBND được bãi bỏ.", .repeals),
    ("Kể từ ngày Nghị định này có hiệu lực, Nghị định số 15/2015/NĐ-CP hết hiệu lực.", .repeals),
    ("Quyết định số 345/QĐ-UBND ngày 2/3/2020 hết hiệu lực một phần.", .repeals),
    ("Theo đó Nghị định số 24/2014/NĐ-CP được sửa đổi, bổ sung bởi Nghị định khác.", .cites),
    ("Chính phủ vừa ban hành Nghị định 70/2025/NĐ-CP sửa đổi Nghị định 123/2020/NĐ-CP về hóa đơn.", .cites),
    ("Đề nghị bãi bỏ Quyết định số 444/QĐ-UBND.", .cites),
    ("Nghị định này sửa đổi Nghị định số 123/2020/NĐ-CP.", .amends),
    // A verb inside the reference's own type name, a court decision's name, a note in brackets after another reference.
    ("Thông tư hướng dẫn thi hành số 80/2021/TT-BTC.", .cites),
    ("Quyết định đình chỉ giải quyết vụ án dân sự số 35/2022/QĐST-DS ngày 5/5/2022.", .cites),
    ("Bộ Y tế ban hành Thông tư 02/2025/TT-BYT (thay thế Thông tư 30/2018/TT-BYT).", .cites),
    ("Chấm dứt hiệu lực Quyết định số 789/QĐ-UBND.", .repeals),
    // The formula after the document's title.
    ("Quyết định số 22/2024/QĐ-UBND ngày 10/6/2024 của UBND tỉnh Quảng Ninh quy định về giá đất hết hiệu lực kể từ ngày Quyết định này có hiệu lực.", .repeals),
    ("Thông tư số 12/2021/TT-NHNN ngày 30/7/2021 quy định về cho vay được bãi bỏ.", .repeals),
    ("Quyết định số 12/2021/QĐ-UBND quy định về các trường hợp được bãi bỏ thủ tục hành chính.", .cites),
    ("Bộ Tài chính đang lấy ý kiến dự thảo Nghị định sửa đổi, bổ sung Nghị định số 123/2020/NĐ-CP về hóa đơn.", .cites),
    ("Dự thảo Thông tư thay thế Thông tư số 39/2016/TT-NHNN đang được lấy ý kiến.", .cites),
    ("Đề nghị Bộ Tư pháp nghiên cứu, đề xuất bãi bỏ Thông tư số 15/2018/TT-BTP.", .cites),
    ("Đề nghị Công ty thực hiện theo quy định tại Điều 13 Nghị định số 69/2018/NĐ-CP.", .cites),
    ("Người khai hải quan thực hiện thủ tục hoàn thuế theo quy định tại Điều 34 Nghị định số 134/2016/NĐ-CP.", .cites),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.", .implements),
    // A verb right after a reference (its date and issuer, `về việc`) opens that document's title: it acts.
    ("Thực hiện Nghị định số 91/2022/NĐ-CP ngày 30/10/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP.", .cites),
    ("Thực hiện Quyết định số 145/QĐ-UBND ngày 20/1/2025 của UBND tỉnh về việc bãi bỏ Quyết định số 2012/QĐ-UBND ngày 10/9/2020.", .cites),
    ("Các cơ sở bị tạm đình chỉ, đình chỉ hoạt động trước ngày Luật này có hiệu lực thi hành thì giải quyết theo quy định của Luật số 27/2001/QH10.", .cites),
    // A note on a merged body after the issuer does not hide the formula after it.
    ("Quyết định số 25/2020/QĐ-UBND ngày 10/6/2020 của UBND tỉnh Bắc Giang (cũ) hết hiệu lực kể từ ngày 1/7/2025.", .repeals),
    ("Nghị quyết số 15/2021/NQ-HĐND ngày 8/12/2021 của HĐND tỉnh Quảng Nam (nay là thành phố Đà Nẵng) hết hiệu lực.", .repeals),
    ("Bãi bỏ Quyết định số 25/2020/QĐ-UBND của UBND tỉnh Bắc Giang (trước sắp xếp); Quyết định số 30/2021/QĐ-UBND của UBND tỉnh Bắc Ninh (cũ).", .repeals),
    // An individual decision adjusted by the operative article; `thời gian thực hiện`, `phạm vi điều chỉnh` are nouns.
    ("Điều 1. Điều chỉnh Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của UBND tỉnh như sau:", .amends),
    ("Hồ sơ điều chỉnh Quyết định số 421/QĐ-UBND ngày 23/02/2021 đã hoàn thiện.", .cites),
    ("Phạm vi điều chỉnh của Nghị định số 15/2020/NĐ-CP gồm các lĩnh vực.", .cites),
    ("Điều 1. Gia hạn thời gian thực hiện Quyết định số 1744/QĐ-UBND ngày 16/7/2019 đến hết ngày 31/12/2025.", .cites),
    // What the act conforms to or carries out the rules of is cited; after `sửa đổi` a `quy định tại` names what is amended.
    ("Kiến nghị kịp thời sửa đổi, bãi bỏ các văn bản bảo đảm phù hợp với quy định của Luật số 45/2024/QH15.", .cites),
    ("Sở thực hiện nhiệm vụ, quyền hạn quy định tại Điều 12 Nghị định số 127/2018/NĐ-CP ngày 21/9/2018.", .cites),
    ("Điều 1. Sửa đổi, bổ sung Mã cấp 1 của các cơ quan được quy định tại Quyết định số 20/2020/QĐ-TTg ngày 22/7/2020.", .amends),
    ("Thực hiện Quy định tại Quyết định số 12/2020/QĐ-UBND ngày 20/5/2020.", .implements),
] as [(String, Relation)])
func whoActs(text: String, relation: Relation) {
    #expect(Extractor.extract(text).references.last?.relation == relation)
}

@Test("a formula after a list's last item covers the list; a `Căn cứ` line opening a list makes its items legal bases", arguments: [
    ("Các Quyết định số 78/QĐ-UBND ngày 10/1/2022 và số 90/QĐ-UBND ngày 15/2/2023 của UBND xã Minh Ngọc hết hiệu lực.", [Relation.repeals, .repeals]),
    ("Circular No. 06/2021/TT-BTC and Circular No. 19/2021/TT-BTC are annulled.", [.repeals, .repeals]),
    ("Căn cứ các văn bản:\n- Nghị định số 15/2020/NĐ-CP ngày 03/02/2020;\n- Nghị định số 14/2022/NĐ-CP ngày 27/01/2022.", [.basedOn, .basedOn]),
    ("Quyết định số 12/QĐ-UBND ngày 3/1/2022 quy định về phí; Quyết định số 13/QĐ-UBND hết hiệu lực.", [.cites, .repeals]),
    // A regulation attached to another document, named in a sentence that follows it: no attachment of this text.
    ("Theo Quy định ban hành kèm theo Quyết định số 25/2020/QĐ-UBND ngày 10/6/2020 của UBND tỉnh thì mức hỗ trợ là 2 triệu đồng.", [.cites]),
    ("Quy chế làm việc ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 5/1/2024 của UBND tỉnh", [.issuedWith]),
    ("Chánh án có thể cho tạm đình chỉ chấp hành hình phạt tù trong trường hợp quy định tại Điều 61 của Nghị định số 12/2002/NĐ-CP;", [.cites]),
] as [(String, [Relation])])
func formulaCoversList(text: String, relations: [Relation]) {
    #expect(Extractor.extract(text).references.map(\.relation) == relations)
}

@Test("of two laws of one name passed in the year named, the citing document's date picks the one then in force")
func lawByCitingDate() {
    func law(_ date: String) -> String? {
        let text = "UBND TỈNH SƠN LA\nSố: 12/QĐ-UBND\nSơn La, ngày \(date)\nQUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2025;"
        return Extractor.extract(text).references.first { !$0.isSelf }?.id
    }
    #expect(law("10 tháng 4 năm 2025") == "65/2025/QH15")
    #expect(law("2 tháng 7 năm 2025") == "72/2025/QH15")
    #expect(law("5 tháng 1 năm 2025") == nil)
    #expect(Extractor.extract("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;").references.isEmpty)
}

@Test("a law named again without its year is the one the text named with its year before; a draft is none")
func lawNamedAgain() {
    let refs = Extractor.extract("Căn cứ Bộ luật Tố tụng dân sự năm 2015; Luật Đất đai năm 2013.\nÁp dụng Điều 147 Bộ luật Tố tụng dân sự; dự thảo Luật Đất đai và Luật Đất đai (sửa đổi) đang lấy ý kiến.").references
    #expect(refs.map(\.id) == ["92/2015/QH13", "45/2013/QH13", "92/2015/QH13"])
    #expect(refs.last?.text == "Điều 147 Bộ luật Tố tụng dân sự")
    #expect(Extractor.extract("Căn cứ Điều 147 Bộ luật Tố tụng dân sự;").references.isEmpty)
}

@Test("a law named nowhere with its year is the version in force on the citing date, unless a newer one was passed", arguments: [
    ("5 tháng 6 năm 2023", "Căn cứ Điều 147 Bộ luật Tố tụng dân sự;", "92/2015/QH13"),
    ("5 tháng 6 năm 2012", "Căn cứ Điều 147 Bộ luật Tố tụng dân sự;", "24/2004/QH11"),
    ("5 tháng 6 năm 2004", "Căn cứ Điều 147 Bộ luật Tố tụng dân sự;", nil),          // before the first version listed
    ("10 tháng 3 năm 2024", "Căn cứ Luật Đất đai;", nil),                            // 31/2024/QH15 passed, not yet in force
    ("10 tháng 9 năm 2024", "Căn cứ Luật Đất đai;", "31/2024/QH15"),
    ("15 tháng 4 năm 2025", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;", "64/2025/QH15"),
    ("15 tháng 9 năm 2026", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;", nil),  // after the table was checked
    ("10 tháng 4 năm 2025", "Căn cứ Luật Tổ chức chính quyền địa phương;", "65/2025/QH15"),  // the next passed on 16/6/2025
    ("25 tháng 6 năm 2025", "Căn cứ Luật Tổ chức chính quyền địa phương;", nil),
    ("10 tháng 9 năm 2023", "Theo Luật Doanh nghiệp nhà nước thì không.", nil),          // a longer name
    ("10 tháng 9 năm 2023", "Ý kiến về dự thảo Luật Đất đai.", nil),
    ("10 tháng 9 năm 2023", "Căn cứ Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai;", nil),
    ("10 tháng 9 năm 2023", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đất đai;", nil),
] as [(String, String, String?)])
func lawInForce(date: String, line: String, id: String?) {
    let text = "UBND TỈNH SƠN LA\nSố: 12/QĐ-UBND\nSơn La, ngày \(date)\nQUYẾT ĐỊNH\n\(line)"
    let laws = Extractor.extract(text).references.filter { !$0.isSelf && $0.issuerCode?.hasPrefix("QH") == true && $0.id != "43/2014/NĐ-CP" }
    #expect(laws.map(\.id) == (id.map { [$0] } ?? []))
}

@Test("a law's own name in its text is not resolved to the version it replaces")
func lawOwnName() {
    let code = "QUỐC HỘI\nLuật số: 45/2019/QH14\nHà Nội, ngày 20 tháng 11 năm 2019\nBỘ LUẬT\nLAO ĐỘNG\nĐiều 1. Bộ luật Lao động quy định tiêu chuẩn lao động."
    #expect(Extractor.extract(code).references.filter { !$0.isSelf }.isEmpty)
}

@Test("one issuer phrase for a list: before its items (`của UBND tỉnh: số …, số …`) or after them across `; số …`")
func listIssuer() {
    let header = "UBND TỈNH SƠN LA\nSố: 12/QĐ-UBND\nSơn La, ngày 5 tháng 1 năm 2024\nQUYẾT ĐỊNH\n"
    let lead = Extractor.extract(header + "Căn cứ các Quyết định của UBND tỉnh: số 1234/QĐ-UBND ngày 10/5/2023, số 1500/QĐ-UBND ngày 2/6/2023 và số 2001/QĐ-UBND ngày 15/8/2023;").references.filter { !$0.isSelf }
    #expect(lead.map(\.issuer) == Array(repeating: "Ủy ban nhân dân tỉnh Sơn La", count: 3))
    #expect(lead.map(\.text) == ["Quyết định của UBND tỉnh: số 1234/QĐ-UBND ngày 10/5/2023", "số 1500/QĐ-UBND ngày 2/6/2023", "số 2001/QĐ-UBND ngày 15/8/2023"])
    let trail = Extractor.extract(header + "Bãi bỏ các Quyết định: số 12/QĐ-UBND ngày 5/1/2021; số 13/QĐ-UBND ngày 6/1/2021; số 45/QĐ-UBND ngày 20/3/2022 của Ủy ban nhân dân tỉnh.").references.filter { !$0.isSelf }
    #expect(trail.map(\.issuer) == Array(repeating: "Ủy ban nhân dân tỉnh Sơn La", count: 3))
    // The proposer named before `tại` issued the submission; `quy định của pháp luật tại …` names no one.
    let proposed = Extractor.extract("Theo đề nghị của Chủ tịch UBND huyện Gia Lâm tại Tờ trình số 56/TTr-UBND ngày 3/3/2024; triển khai thực hiện chỉ đạo của Ban Bí thư tại Chỉ thị số 39-CT/TW ngày 30/10/2024; theo quy định của pháp luật tại Nghị định số 15/2020/NĐ-CP.").references
    #expect(proposed.map(\.issuer) == ["Chủ tịch Ủy ban nhân dân huyện Gia Lâm", "Ban Bí thư", "Chính phủ"])
    // `đối với` turns to another object: the appeal's docket is not the lower court's.
    let appeal = Extractor.extract("Tòa án nhân dân tỉnh Nghệ An thụ lý vụ án số 40/2022/TLPT-HS ngày 01/6/2022 do có kháng cáo đối với Bản án số 25/2022/HS-ST ngày 20/4/2022 của Tòa án nhân dân huyện Quỳnh Lưu.").references
    #expect(appeal.map(\.issuer) == [nil, "Tòa án nhân dân huyện Quỳnh Lưu"])
}

@Test("a Party number is ambiguous only without its year or term", arguments: [
    ("Thực hiện Nghị quyết số 29-NQ/TW về đổi mới giáo dục.", ResolutionStatus.ambiguous),
    ("Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về khuyến học.", .partial),
    ("Quy định 37-QĐ/TW năm 2021 về những điều đảng viên không được làm.", .resolved),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", .resolved),
] as [(String, ResolutionStatus)])
func partyStatus(text: String, status: ResolutionStatus) {
    #expect(Extractor.extract(text).references.first?.status == status)
}

@Test("list items that share a date and an issuer are resolved; an issuing clause's date covers its list")
func listStatusAndLeadDate() {
    let list = Extractor.extract("Theo Quyết định số 12, 13, 14/QĐ-UBND ngày 2/1/2025 của UBND tỉnh Hà Tĩnh.").references
    #expect(list.map(\.status) == [.resolved, .resolved, .resolved])
    let lead = Extractor.extract("Ngày 15/8/2025, Thủ tướng Chính phủ ký Quyết định số 1745/QĐ-TTg và Quyết định số 1746/QĐ-TTg.").references
    #expect(lead.map(\.date) == ["2025-08-15", "2025-08-15"])
    let partial = Extractor.extract("Theo Nghị quyết số 01 của Chính phủ năm 2019 về nhiệm vụ").references
    #expect(partial.first?.status == .partial)
}

@Test("`của UBND xã` in a commune's document is that commune, never its province; the own number takes the header's body")
func communeLocality() {
    let text = """
        UBND TỈNH TUYÊN QUANG
        ỦY BAN NHÂN DÂN XÃ MINH XUÂN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 78/KH-UBND
        Minh Xuân, ngày 05 tháng 9 năm 2025

        KẾ HOẠCH
        Triển khai công tác chuyển đổi số năm 2025

        Thực hiện Kế hoạch số 156/KH-UBND ngày 20/7/2025 của UBND tỉnh; Công văn số 120/UBND-VP ngày 2/8/2025 của UBND xã; Quyết định số 12/QĐ-UBND ngày 1/8/2025 của UBND huyện.
        """
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.issuer) == ["Ủy ban nhân dân xã Minh Xuân", "Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân xã Minh Xuân", "Ủy ban nhân dân huyện"])
}

@Test("procedural type words and a judgment's `Áp dụng` grounds", arguments: [
    ("Theo Cáo trạng số 56/CT-VKS-P2 ngày 2/3/2025 của Viện kiểm sát nhân dân tỉnh.", "Cáo trạng", Relation.cites),
    ("Theo Kết luận điều tra số 78/KLĐT-CSĐT ngày 2/3/2025.", "Kết luận", .cites),
    ("Quyết định thi hành án số 46/QĐ-THADS ngày 2/3/2025.", "Quyết định", .cites),
    ("Áp dụng Án lệ số 08/2016/AL về xác định lãi suất.", "Án lệ", .basedOn),
    ("Trường hợp khác thì áp dụng theo Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004.", "Nghị định", .cites),
] as [(String, String, Relation)])
func proceduralKinds(text: String, kind: String, relation: Relation) {
    let r = Extractor.extract(text).references.first
    #expect(r?.kind == kind)
    #expect(r?.relation == relation)
}

@Test("short forms whose identity follows from type, year and ministry", arguments: [
    ("Theo Thông tư 32/2020 của Bộ GDĐT về điều lệ trường.", "32/2020/TT-BGDĐT"),
    ("Theo Nghị định số 15 năm 2018 của Chính phủ.", "15/2018/NĐ-CP"),
    ("Theo Thông tư 32 của Bộ GDĐT.", nil),
    ("Theo Thông tư 05/2019 của UBND tỉnh.", nil),
] as [(String, String?)])
func shortForms(text: String, id: String?) {
    #expect(Extractor.extract(text).references.first?.id == id)
}

@Test("a numbered Party resolution of a plenum the table knows takes its year", arguments: [
    ("Theo Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII về sắp xếp.", 2017),
    ("Theo Nghị quyết số 29-NQ/TW của Hội nghị Trung ương 8 khóa XI.", 2013),
    ("Theo Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 khóa XI.", nil),
] as [(String, Int?)])
func plenumYears(text: String, year: Int?) {
    #expect(Extractor.extract(text).references.first?.year == year)
}

@Test("a news page's masthead names the province its local bodies belong to")
func mastheadLocality() {
    let text = """
        Cổng thông tin điện tử tỉnh Gia Lai
        Gia Lai triển khai Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ
        Thứ Hai, 08/09/2025 15:30

        Sáng 8/9, UBND tỉnh tổ chức hội nghị triển khai Kế hoạch số 3012/KH-UBND ngày 25/8/2025. Trước đó, Tỉnh ủy đã ban hành Chương trình hành động số 45-CTr/TU ngày 10/3/2025.
        """
    let refs = Extractor.extract(text).references
    #expect(refs.first { $0.id == "3012/KH-UBND" }?.issuer == "Ủy ban nhân dân tỉnh Gia Lai")
    #expect(refs.first { $0.id == "45-CTr/TU" }?.issuer == "Tỉnh ủy Gia Lai")
}

@Test("the Constitution is cited by name: its year as written, else the one in force on the citing date", arguments: [
    ("5 tháng 6 năm 2023", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", [2013], "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("5 tháng 6 năm 2010", "Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;", [1992], "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992"),
    ("5 tháng 6 năm 2010", "Căn cứ vào Hiến pháp;", [1992], "Hiến pháp"),
    ("5 tháng 6 năm 2023", "Hiến pháp năm 1946 và Hiến pháp 1959 đã quy định.", [1946, 1959], "Hiến pháp năm 1946"),
    ("5 tháng 6 năm 2023", "Theo Điều 14 Hiến pháp, quyền con người được công nhận.", [2013], "Điều 14 Hiến pháp"),
    ("5 tháng 6 năm 2023", "Mọi người phải tuân thủ Hiến pháp và pháp luật.", [], nil),
    ("5 tháng 6 năm 2023", "Góp ý dự thảo Hiến pháp năm 2013.", [], nil),
    ("5 tháng 6 năm 2023", "Hiến pháp năm 2021 không có.", [], nil),
] as [(String, String, [Int], String?)])
func constitution(date: String, line: String, years: [Int], text: String?) {
    let doc = "UBND TỈNH SƠN LA\nSố: 12/QĐ-UBND\nSơn La, ngày \(date)\nQUYẾT ĐỊNH\n\(line)"
    let refs = Extractor.extract(doc).references.filter { $0.kind == "Hiến pháp" }
    #expect(refs.map(\.year) == years)
    #expect(refs.allSatisfy { $0.id == nil && $0.issuer == "Quốc hội" && $0.status == .resolved })
    #expect(refs.first?.text == text)
    if line.hasPrefix("Căn cứ") { #expect(refs.first?.relation == .basedOn) }
}

@Test("a constitution's own text names itself `Hiến pháp`: not a reference, unless with a year")
func constitutionOwnText() {
    let doc = "QUỐC HỘI\nHIẾN PHÁP\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐiều 120. Việc sửa đổi Hiến pháp theo Điều 119 Hiến pháp này; Hiến pháp năm 1992 hết hiệu lực."
    let extraction = Extractor.extract(doc)
    #expect(extraction.document.kind == "Hiến pháp")
    #expect(extraction.references.filter { $0.kind == "Hiến pháp" }.map(\.year) == [1992])
}

@Test("a note of the year a law was amended gives the amending law too", arguments: [
    ("Điều 123 Bộ luật Hình sự năm 2015 (được sửa đổi, bổ sung năm 2017).", ["100/2015/QH13", "12/2017/QH14"]),
    ("khoản 1 Điều 174 Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017.", ["100/2015/QH13", "12/2017/QH14"]),
    ("Bộ luật Hình sự năm 1999 (sửa đổi, bổ sung năm 2009)", ["15/1999/QH10", "37/2009/QH12"]),
    ("Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018)", ["45/2013/QH13"]),   // no amending law of that name in the table
    ("Căn cứ Luật Thuế giá trị gia tăng ngày 03 tháng 6 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng ngày 19 tháng 6 năm 2013;",
     ["13/2008/QH12", "31/2013/QH13"]),
    ("Pursuant to the Law on amendments to the Law on Credit Institutions dated November 20, 2017;", ["17/2017/QH14"]),
] as [(String, [String])])
func amendingLawByYear(line: String, ids: [String]) {
    #expect(Extractor.extract(line).references.map(\.id) == ids)
}

@Test("a short mention takes the year, date and issuer another mention of the same id gives")
func sharedAcrossMentions() {
    let refs = Extractor.extract("Tiếp theo Công điện số 84/CĐ-TTg ngày 05 tháng 9 năm 2024 của Thủ tướng Chính phủ.\n\nCác địa phương tiếp tục thực hiện nghiêm Công điện số 84/CĐ-TTg.").references
    #expect(refs.map(\.year) == [2024, 2024])
    #expect(refs.last?.date == "2024-09-05")
    #expect(refs.last?.issuer == "Thủ tướng Chính phủ")
    #expect(refs.last?.status == .resolved)
    // Two documents of one yearless id and different years: neither takes the other's.
    let two = Extractor.extract("Quyết định số 12/QĐ-UBND ngày 05/01/2020 và Quyết định số 12/QĐ-UBND ngày 03/02/2021 của UBND tỉnh Sơn La; Quyết định số 12/QĐ-UBND.").references
    #expect(two.map(\.year) == [2020, 2021, nil])
    // `Ủy ban nhân dân quận` does not become another mention's city committee.
    let district = Extractor.extract("Công văn số 45/UBND-KT của UBND tỉnh Sơn La; Công văn số 45/UBND-KT của Ủy ban nhân dân huyện.").references
    #expect(district.last?.issuer != "Ủy ban nhân dân tỉnh Sơn La")
}

@Test("`của UBND tỉnh` in a district's document: the one province its references name")
func provinceNamedByReferences() {
    let head = "UBND HUYỆN ĐỊNH HÓA\nSố: 12/QĐ-UBND\nĐịnh Hóa, ngày 10 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n"
    let one = Extractor.extract(head + "Thực hiện Kế hoạch số 178/KH-UBND ngày 15/9/2023 của UBND tỉnh Thái Nguyên; Quyết định số 1895/QĐ-UBND ngày 25/8/2021 của UBND tỉnh.").references
    #expect(one.first { $0.id == "1895/QĐ-UBND" }?.issuer == "Ủy ban nhân dân tỉnh Thái Nguyên")
    let none = Extractor.extract(head + "Thực hiện Quyết định số 1895/QĐ-UBND ngày 25/8/2021 của UBND tỉnh.").references
    #expect(none.first { $0.id == "1895/QĐ-UBND" }?.locality == nil)
    let two = Extractor.extract(head + "Kế hoạch số 178/KH-UBND của UBND tỉnh Thái Nguyên; Kế hoạch số 179/KH-UBND của UBND tỉnh Bắc Kạn; Quyết định số 1895/QĐ-UBND ngày 25/8/2021 của UBND tỉnh.").references
    #expect(two.first { $0.id == "1895/QĐ-UBND" }?.locality == nil)
}

@Test("`Trưởng` heads the body named after it", arguments: [
    ("Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 456/TTr-NV ngày 20/12/2023.", "Phòng Nội vụ"),
    ("Theo đề nghị của Trưởng ban Tuyên giáo Tỉnh ủy tại Tờ trình số 15-TTr/BTGTU ngày 05/3/2024.", "Ban Tuyên giáo Tỉnh ủy"),
    ("Xét đề nghị của Trưởng Công an huyện tại Tờ trình số 16/TTr-CAH ngày 05/3/2024.", "Công an huyện"),
] as [(String, String)])
func headOfBody(line: String, issuer: String) {
    #expect(Extractor.extract(line).references.first?.issuer == issuer)
}

@Test("a People's Council committee keeps the council it belongs to", arguments: [
    ("Báo cáo thẩm tra số 45/BC-HĐND ngày 5/7/2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Đồng Tháp.",
     "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Đồng Tháp"),
    ("Báo cáo thẩm tra số 46/BC-HĐND ngày 5/7/2025 của Ban Văn hóa - Xã hội HĐND tỉnh Đồng Tháp.",
     "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Đồng Tháp"),
    ("Báo cáo thẩm tra số 47/BC-HĐND ngày 5/7/2025 của Ban Pháp chế HĐND tỉnh Đồng Tháp.",
     "Ban Pháp chế Hội đồng nhân dân tỉnh Đồng Tháp"),
] as [(String, String)])
func councilCommittee(line: String, issuer: String) {
    #expect(Extractor.extract(line).references.first?.issuer == issuer)
}

@Test("a Party committee's body named after a State-style symbol's short code keeps its name", arguments: [
    ("Quyết định số 45/QĐ-UBKT ngày 2/3/2025 của Ủy ban Kiểm tra Tỉnh ủy Nghệ An.", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An"),
    ("Báo cáo số 46/BC-UBKT ngày 2/3/2025 của Ủy ban Kinh tế của Quốc hội.", "Ủy ban Kinh tế của Quốc hội"),
] as [(String, String)])
func partyCommitteeOverShortCode(line: String, issuer: String) {
    #expect(Extractor.extract(line).references.first?.issuer == issuer)
}

@Test("a judgment the sentence goes on to say a court made takes that court", arguments: [
    ("Tại Bản án dân sự sơ thẩm số 20/2019/DS-ST ngày 25/4/2019, Tòa án nhân dân tỉnh Long An quyết định chấp nhận yêu cầu.", "Tòa án nhân dân tỉnh Long An"),
    ("Tại Quyết định kháng nghị giám đốc thẩm số 45/QĐKNGĐT-VKS-DS ngày 15/3/2021, Viện trưởng Viện kiểm sát nhân dân tối cao kháng nghị.", "Viện kiểm sát nhân dân tối cao"),
    ("Theo Bản án số 20/2019/DS-ST ngày 25/4/2019, Tòa án nhân dân tỉnh Long An là nơi lưu hồ sơ.", nil),
] as [(String, String?)])
func courtAfterComma(line: String, issuer: String?) {
    #expect(Extractor.extract(line).references.first?.issuer == issuer)
}

@Test("a court's own case numbers in its judgment are the court's")
func courtCaseNumbers() {
    let text = "TÒA ÁN NHÂN DÂN CẤP CAO TẠI HÀ NỘI\n\nBẢN ÁN 125/2023/HS-PT NGÀY 15/03/2023 VỀ TỘI LỪA ĐẢO CHIẾM ĐOẠT TÀI SẢN\n\nTòa án nhân dân cấp cao tại Hà Nội mở phiên tòa xét xử phúc thẩm vụ án hình sự thụ lý số 300/2022/TLPT-HS ngày 10 tháng 12 năm 2022 theo Quyết định đưa vụ án ra xét xử phúc thẩm số 150/2023/QĐXXPT-HS ngày 01 tháng 3 năm 2023; Bản án số 12/2022/HS-ST ngày 5/5/2022."
    let refs = Extractor.extract(text).references
    #expect(refs.first { $0.id == "300/2022/TLPT-HS" }?.issuer == "Tòa án nhân dân cấp cao tại Hà Nội")
    #expect(refs.first { $0.id == "150/2023/QĐXXPT-HS" }?.issuer == "Tòa án nhân dân cấp cao tại Hà Nội")
    #expect(refs.first { $0.id == "12/2022/HS-ST" }?.issuer == nil)   // a lower court's judgment: not this court's
}

@Test("an abbreviated unit with its dot keeps the place after it")
func dottedUnit() {
    let r = Extractor.extract("Thực hiện Công văn số 789/UBND-KT ngày 10/5/2024 của UBND TX. Hoài Nhơn.").references.first
    #expect(r?.issuer == "Ủy ban nhân dân thị xã Hoài Nhơn")
    #expect(r?.locality == "thị xã Hoài Nhơn")
}

@Test("the high courts and procuracies named in English")
func englishHighCourts() {
    let r = Extractor.extract("Pursuant to Judgment No. 125/2023/HS-PT dated March 15, 2023 of the High People's Court in Hanoi;").references.first
    #expect(r?.issuer == "Tòa án nhân dân cấp cao tại Hà Nội")
}

@Test("a news page's province from a headline opening with it or a dateline", arguments: [
    ("Lào Cai triển khai kế hoạch chuyển đổi số\nUBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Tỉnh Lào Cai triển khai kế hoạch chuyển đổi số\nUBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Triển khai kế hoạch chuyển đổi số\nLÀO CAI - UBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Triển khai kế hoạch chuyển đổi số\n(Cổng TTĐT tỉnh Lào Cai) - UBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Triển khai kế hoạch chuyển đổi số\nUBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.\nNguồn: Cổng Thông tin điện tử tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Triển khai kế hoạch chuyển đổi số\nUBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.\nNguồn: Báo Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Đà Nẵng triển khai nhiệm vụ năm 2025\nThành ủy ban hành Chương trình số 05-CTr/TU ngày 2/1/2025 của Ban Thường vụ Thành ủy.", "Ban Thường vụ Thành ủy Đà Nẵng"),
    ("Triển khai kế hoạch chuyển đổi số tại các địa phương\nUBND tỉnh ban hành Kế hoạch số 234/KH-UBND ngày 5/3/2024.", "Ủy ban nhân dân tỉnh"),
] as [(String, String)])
func newsPlace(text: String, issuer: String) {
    #expect(Extractor.extract(text).references.first?.issuer == issuer)
}

@Test("a news page's publication date from its byline", arguments: [
    "Nghệ An tăng cường quản lý đất đai\n(Baonghean.vn, 25/7/2025) - UBND tỉnh Nghệ An ban hành Quyết định số 4567/QĐ-UBND ngày 20/7.",
    "Nghệ An tăng cường quản lý đất đai\nTác giả: Thu Hà | 25/07/2025\nUBND tỉnh Nghệ An ban hành Quyết định số 4567/QĐ-UBND ngày 20/7.",
    "Nghệ An tăng cường quản lý đất đai\nThu Hà • 25/07/2025 - 10:20\nUBND tỉnh Nghệ An ban hành Quyết định số 4567/QĐ-UBND ngày 20/7.",
])
func newsByline(text: String) {
    let e = Extractor.extract(text)
    #expect(e.document.date == "2025-07-25")
    #expect(e.references.first?.date == "2025-07-20")
}

@Test("English `Official Dispatch` leaves the kind to the symbol", arguments: [
    ("Pursuant to Official Dispatch No. 86/CD-TTg dated September 9, 2024 of the Prime Minister;", "Công điện"),
    ("Pursuant to Official Dispatch No. 1234/BTC-CST dated September 9, 2024 of the Ministry of Finance;", "Công văn"),
] as [(String, String)])
func officialDispatch(line: String, kind: String) {
    #expect(Extractor.extract(line).references.first?.kind == kind)
}

@Test("an old number the tables do not know is the header's own under its type line")
func oldHeaderNumber() {
    let doc = Extractor.extract("CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 125-CT\nHà Nội, ngày 20 tháng 4 năm 1990\nCHỈ THỊ\nVề việc\n").document
    #expect(doc.id == "125-CT")
    #expect(doc.kind == "Chỉ thị")
    #expect(doc.issuer == "Chủ tịch Hội đồng Bộ trưởng")
}

@Test("a body named after the document it carries out keeps that document's number, which is cited too", arguments: [
    ("Quyết định số 45/QĐ-BCĐ ngày 2/1/2025 của Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW đã ban hành.",
     "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW", ["45/QĐ-BCĐ", "18-NQ/TW"]),
    ("Kế hoạch số 12/KH-BCĐ ngày 5/3/2025 của Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW tỉnh Nghệ An.",
     "Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW tỉnh Nghệ An", ["12/KH-BCĐ", "57-NQ/TW"]),
    // Another body carries the document out.
    ("Công văn số 5/CT-TTHT ngày 5/3/2025 của Cục Thuế thực hiện Quyết định số 12/QĐ-BTC ngày 2/1/2025.", "Cục Thuế",
     ["05/CT-TTHT", "12/QĐ-BTC"]),
    // A date after the type word is no document number.
    ("Công văn số 3/BCĐ ngày 5/3/2025 của Ban Chỉ đạo Quyết định ngày 3/5/2024 về việc này.", "Ban Chỉ đạo", ["03/BCĐ"]),
] as [(String, String, [String])])
func bodyNamedAfterDocument(line: String, issuer: String, ids: [String]) {
    let refs = Extractor.extract(line).references
    #expect(refs.first?.issuer == issuer)
    #expect(refs.map(\.id) == ids)
}

@Test("a list that says its references share a day (`cùng ngày`) gives each that date", arguments: [
    ("Quyết định 1079/QĐ-BYT, Quyết định 1080/QĐ-BYT cùng ngày 20/4/2025 của Bộ Y tế.", ["2025-04-20", "2025-04-20"]),
    ("Quyết định số 5/QĐ-UBND, Kế hoạch số 7/KH-UBND và Công văn số 9/UBND-VX cùng ngày 3/3/2025.",
     ["2025-03-03", "2025-03-03", "2025-03-03"]),
    // Without it, a date after a new type word is that reference's own.
    ("Quyết định 1079/QĐ-BYT, Quyết định 1080/QĐ-BYT ngày 20/4/2025 của Bộ Y tế.", [nil, "2025-04-20"]),
    // Not across a sentence.
    ("Quyết định 1079/QĐ-BYT đã có. Quyết định 1080/QĐ-BYT cùng ngày 20/4/2025.", [nil, "2025-04-20"]),
] as [(String, [String?])])
func sameDayList(line: String, dates: [String?]) {
    #expect(Extractor.extract(line).references.map(\.date) == dates)
}

@Test("a bare number that is a form's footnote mark, blank or page number is no reference", arguments: [
    ("Căn cứ Bản án, Quyết định3….ngày…tháng….năm….của….(nếu có),", 0),
    ("Việc ........ 5 đã được thực hiện theo Văn bản đề nghị/Bản án/Quyết định ........ 6 gửi kèm theo thông báo này.", 0),
    ("… based on an effective court judgment or decision.\n3 Ghi bản án, quyết định có hiệu lực pháp luật.", 0),
    ("Việc thi hành quyết định.\n\n\n    20\n", 0),
    // A number of its own after the type word still is one.
    ("Theo Nghị quyết số 01 của Chính phủ, các bộ triển khai.", 1),
    ("Nghị định127/2018 quy định chi tiết.", 1),
] as [(String, Int)])
func bareNumberMarks(line: String, count: Int) {
    #expect(Extractor.extract(line).references.count == count)
}

@Test("a footnote mark glued to the issuer's code in text from a PDF is not part of the symbol", arguments: [
    ("Căn cứ Nghị định số 168/2024/NĐ-CP2 ngày 26/12/2024 của Chính phủ;", "168/2024/NĐ-CP"),
    ("Theo Thông tư 02/2025/TT-BNV4, các cơ quan thực hiện.", "02/2025/TT-BNV"),
    ("Căn cứ Quyết định số 12/QĐ-UBND5 ngày 3/1/2025 của UBND tỉnh Sơn La;", "12/QĐ-UBND"),
    // A National Assembly committee's code takes its legislature.
    ("Báo cáo thẩm tra số 2734/BC-UBPL15 ngày 12/4/2024 của Ủy ban Pháp luật", "2734/BC-UBPL15"),
] as [(String, String)])
func footnoteOnIssuerCode(line: String, id: String) {
    #expect(Extractor.extract(line).references.first?.id == id)
}
