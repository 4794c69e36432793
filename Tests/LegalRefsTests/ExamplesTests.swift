import Testing
@testable import LegalRefs

/// Reference strings from DOMAIN.md's examples with the canonical identity they must resolve to.
@Test("each example resolves to its canonical symbol", arguments: [
    ("Nghị định số 127/2018/NĐ-CP ngày 21 tháng 9 năm 2018 của Chính phủ", "127/2018/NĐ-CP"),
    ("Nghị định 127/NĐ-CP ngày 21/9/2018", "127/2018/NĐ-CP"),
    ("Nghị định 127/2018 của Chính phủ", "127/2018/NĐ-CP"),
    ("theo NĐ127/2018", "127/2018/NĐ-CP"),
    ("NĐ 127/2018/NĐ-CP", "127/2018/NĐ-CP"),
    ("Nghị quyết số 51/2017/QH14 của Quốc hội", "51/2017/QH14"),
    ("Luật thuế Giá trị gia tăng số 02/1997/QH9 ngày 10/5/1997", "02/1997/QH9"),
    ("Nghị quyết 326/2016/NQ-UBTVQH14", "326/2016/UBTVQH14"),
    ("Nghị quyết số 63/NQ-UBTVQH10", "63/NQ-UBTVQH10"),
    ("Thông tư 1/2021/TT-BGDĐT", "01/2021/TT-BGDĐT"),
    ("Thông tư liên tịch số 30/2000/TTLT/BTC-UBTDTT ngày 24/4/2000", "30/2000/TTLT-BTC-UBTDTT"),
    ("Thông tư liên tịch số 44/2000/TTLT/BTC-BGD&ĐT-BLĐTB&XH ngày 23/5/2000", "44/2000/TTLT-BTC-BGDĐT-BLĐTBXH"),
    ("NQ 66.7/2025/NQ-CP", "66.7/2025/NQ-CP"),
    ("Quyết định 1436/QĐ-TTg ngày 29/10/2018 của Thủ tướng Chính phủ", "1436/QĐ-TTg"),
    ("công văn số 5521/VPCP-KTTH ngày 03/10/2002 của Văn phòng Chính phủ", "5521/VPCP-KTTH"),
    ("Quyết định số: 979/QĐ-CĐVX- ĐT, ngày 12 tháng 12 năm 2019", "979/QĐ-CĐVX-ĐT"),
    ("Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư", "49-KL/TW"),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", "08-QĐi/TW"),
    ("Quyết định của Ban Bí thư số91-QĐ/TW, ngày 16-02-2004", "91-QĐ/TW"),
    ("Hướng dẫn 29-HD/TWĐTN-VP", "29-HD/TWĐTN-VP"),
    ("Bản án 03/2022/DSST", "03/2022/DS-ST"),
    ("Quyết định số 118 /2017/QĐST-HNGĐ", "118/2017/QĐST-HNGĐ"),
    ("Án lệ số 45/2021/AL", "45/2021/AL"),
    ("Nghị định số 77-CP của Chính phủ ngày 18/6/1997", "77-CP"),
    ("Điều lệ ban hành theo Nghị định số 25-HĐBT ngày 18-3-1989 của Hội đồng Bộ trưởng", "25-HĐBT"),
    ("Thông tư số 83 TC/TCT ngày 25/12/1996", "83-TC/TCT"),
    ("Quyết định số: 999 - TC/QĐ/CĐKT", "999-TC/QĐ/CĐKT"),
    ("Quyết định số 1803/1998/QĐ/BTC", "1803/1998/QĐ-BTC"),
    ("Nghị định số 28/1998/ND- CP ngày 11/5/1998", "28/1998/NĐ-CP"),
    ("Decree No. 127/2018/ND-CP", "127/2018/NĐ-CP"),
    ("Circular 32/2018/TT-BGDDT", "32/2018/TT-BGDĐT"),
    ("Nghi dinh 127/2018/ND-CP", "127/2018/NĐ-CP"),
    ("nghị định 127/2018/nđ-cp", "127/2018/NĐ-CP"),
    ("Quyết định số …05…./2006/ QĐ-UBND,ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau", "05/2006/QĐ-UBND"),
    ("Nghị quyết số 01/2017/NQHĐTP", "01/2017/NQ-HĐTP"),
    ("Nghị định 127/2O18/NĐ-CP", "127/2018/NĐ-CP"),
    ("Nghị định l27/2018/NĐ-CP", "127/2018/NĐ-CP"),
    ("Quyết định 1744/QĐ-UBN D", "1744/QĐ-UBND"),
    ("Căn cứ Nghị định số 127/2018/\nNĐ-CP ngày 21 tháng 9 năm 2018", "127/2018/NĐ-CP"),
    ("Lệnh số 06-LCT/HĐNN ngày 20-5-1988 của Hội đồng Nhà nước", "06-LCT/HĐNN"),
])
func resolvesExample(input: String, id: String) {
    let ex = Extractor.extract(TextNormalizer.normalize(input))
    #expect(ex.references.contains { $0.id == id }, "\(input) → \(ex.references.map { $0.id ?? "nil" })")
}

/// Strings that look like references but are not (DOMAIN.md §7.3).
@Test("traps yield no reference", arguments: [
    "Quyết định này có hiệu lực kể từ ngày ký.", "Số:        /QĐ-UBND", "Số: .../NQ-HĐND", "ngày 16/7/2019",
    "từ 21-9-2018 đến 30-9-2018", "Số 12/3 đường Lê Lợi, phường 1", "hẻm 45/12/3 Nguyễn Trãi", "số nhà 45/12A Trần Hưng Đạo",
    "Điện thoại: 0212.3852.123", "xe ô tô biển kiểm soát 29A-123.45", "em Nguyễn Văn A, học sinh lớp 10/2",
    "Việt Nam thắng 2-1", "chung cuộc với tỷ số 3/1", "Quy hoạch chi tiết tỷ lệ 1/500", "năm học 2019-2020",
    "giai đoạn 2021/2025", "Tờ khai đăng ký thuế theo mẫu số 04-ĐK-TCT", "Mẫu số 01/GTGT", "Mẫu số 52-DS: Bản án dân sự sơ thẩm",
    "TCVN 6909:2001", "QCVN 01:2021/BXD", "ISO 9001:2015", "CÔNG BÁO/Số 18/Ngày 20-01-2016", "thửa đất số 123, tờ bản đồ số 45",
    "Kính gửi: Sở Giáo dục và Đào tạo", "Lưu: VT, TCCB.", "Gói thầu số 05/2025/XL thuộc dự án", "Điểm thi số 12/THPT-NA, phòng thi số 05",
    "Nhà CT1/HH2 Linh Đàm", "tòa nhà CT2/KĐT Mỹ Đình", "Bệnh nhân số 243/BN-2020 được xuất viện",
    "Hợp đồng lao động số 15/2024/HĐLĐ-ABC ký ngày 01/3/2024", "Văn bằng số 00123/2020/QĐ-SHTT ngày 12/3/2020",
])
func rejectsTrap(input: String) {
    let refs = Extractor.extract(TextNormalizer.normalize(input)).references.filter { $0.id != nil }
    #expect(refs.isEmpty, "\(input) → \(refs.map { $0.id ?? "" })")
}

@Test("enumerations share type word, date and issuer")
func enumerations() {
    let text = "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021 của UBND tỉnh Sơn La"
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.id) == ["12/QĐ-UBND", "13/QĐ-UBND"])
    #expect(refs.allSatisfy { $0.kind == "Quyết định" && $0.year == 2021 && $0.issuer == "Ủy ban nhân dân tỉnh Sơn La" })
    let shared = Extractor.extract("Quyết định số 12, 13/QĐ-UBND ngày 05/01/2021").references
    #expect(shared.map(\.id) == ["12/QĐ-UBND", "13/QĐ-UBND"])
}

@Test("the issuer, date and pinpoint are read from context")
func contextAttributes() {
    let r = Extractor.extract("khoản 2 Điều 5 Nghị định 127/2018/NĐ-CP").references.first
    #expect(r?.pinpoint == "khoản 2 Điều 5")
    let k = Extractor.extract("Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X").references
    #expect(k.map(\.issuer) == ["Ban Bí thư", "Bộ Chính trị"])
    #expect(k.first?.date == "2019-05-10")
    #expect(k.last?.relation == .implements)
}

@Test("a sentence that opens with `Tại <tỉnh/thành phố>,` gives the locality of its unnamed local bodies", arguments: [
    ("UBND TP Hà Nội đã ban hành Công văn 2345/UBND-KGVX ngày 20/6/2025. Tại TP.HCM, HĐND thành phố đã thông qua Nghị quyết 15/2025/NQ-HĐND hỗ trợ học phí.",
     "Hội đồng nhân dân thành phố Hồ Chí Minh"),
    ("Tại Đà Nẵng, UBND thành phố ban hành Quyết định 12/2025/QĐ-UBND.", "Ủy ban nhân dân thành phố Đà Nẵng"),
    ("Ngày 5/3, tại Sơn La, UBND tỉnh ban hành Quyết định 13/2025/QĐ-UBND.", "Ủy ban nhân dân tỉnh Sơn La"),
] as [(String, String)])
func sentencePlace(text: String, issuer: String) {
    #expect(Extractor.extract(text).references.last?.issuer == issuer)
}

@Test("English renderings: `Pursuant to`, formulas after the reference, a law named in English", arguments: [
    ("Pursuant to Decree No. 01/2022/ND-CP dated January 3, 2022 of the Government;", Relation.basedOn, "Nghị định"),
    ("Decree No. 15/2020/ND-CP is amended as follows:", .amends, "Nghị định"),
    ("Circular No. 12/2019/TT-BTC is hereby repealed.", .repeals, "Thông tư"),
    ("Decree No. 16/2020/ND-CP shall cease to be effective from the effective date of this Decree.", .repeals, "Nghị định"),
    ("Pursuant to the Law on Enterprises No. 59/2020/QH14 dated June 17, 2020;", .basedOn, "Luật"),
    ("This Decree replaces Decree No. 16/2020/ND-CP.", .replaces, "Nghị định"),
    ("Decree No. 70/2025/ND-CP amending Decree No. 123/2020/ND-CP has been issued.", .cites, "Nghị định"),
    ("This Decree comes into force from April 15, 2020 and supersedes the Government's Decree No. 174/2013/ND-CP.", .replaces, "Nghị định"),
    ("Decree No. 01/2021/ND-CP is abrogated.", .repeals, "Nghị định"),
    ("This Circular provides guidance on Decree No. 123/2020/ND-CP.", .guides, "Nghị định"),
] as [(String, Relation, String)])
func englishRelations(text: String, relation: Relation, kind: String) {
    let r = Extractor.extract(text).references.last
    #expect(r?.relation == relation)
    #expect(r?.kind == kind)
}

@Test("a date without its year (news style) takes the citing document's year, or the year before for a day still to come", arguments: [
    ("Ngày 16/7, UBND tỉnh Sơn La ban hành Quyết định số 1744/QĐ-UBND phê duyệt kế hoạch.", "2019-07-17", "2019-07-16"),
    ("Theo Quyết định số 1744/QĐ-UBND ngày 16/7 của UBND tỉnh Sơn La.", "2019-07-17", "2019-07-16"),
    ("UBND thành phố có Văn bản số 2345/UBND-KGVX ngày 22-7 về phòng dịch.", "2020-07-24", "2020-07-22"),
    ("Theo Công văn số 12/SGDĐT-VP ngày 28 tháng 12 của Sở.", "2020-01-05", "2019-12-28"),
    // A relative day with the date in brackets.
    ("Hôm qua (16/7), UBND tỉnh Sơn La ban hành Quyết định số 1744/QĐ-UBND phê duyệt kế hoạch.", "2019-07-17", "2019-07-16"),
    ("(Baosonla.vn) - Chiều hôm qua (16-7), UBND tỉnh ban hành Quyết định số 1744/QĐ-UBND.", "2019-07-17", "2019-07-16"),
    ("Sáng nay (17/7/2019), UBND tỉnh Sơn La ban hành Quyết định số 1745/QĐ-UBND.", "2019-07-17", "2019-07-17"),
] as [(String, String, String)])
func dayMonthDates(text: String, published: String, date: String) {
    let r = Extractor.extract(text, hints: DocumentHints(date: published)).references.first
    #expect(r?.date == date)
    #expect(r?.year == Int(date.prefix(4)))
}

@Test("a leader named after the office, and a part of the day without `ngày`, in an issuing clause")
func leaderAndDayPart() {
    let r = Extractor.extract("Tối 24-7, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã ký ban hành Công điện số 08/CĐ-UBND về phòng dịch.",
                              hints: DocumentHints(date: "2020-07-24")).references.first
    #expect(r?.issuer == "Chủ tịch Ủy ban nhân dân thành phố Hà Nội")
    #expect(r?.date == "2020-07-24")
}

@Test("a news headline that opens with its province and a colon gives the page's locality")
func headlinePlace() {
    let text = "Sơn La: Phê duyệt kế hoạch phát triển giáo dục mầm non\nThứ Tư, 17/07/2019 - 08:30\nNgày 16/7, UBND tỉnh ban hành Quyết định số 1744/QĐ-UBND phê duyệt kế hoạch."
    let r = Extractor.extract(text).references.first
    #expect(r?.issuer == "Ủy ban nhân dân tỉnh Sơn La")
    #expect(r?.date == "2019-07-16")
}

@Test("a date with spaced hyphens; a year in brackets")
func spacedDateAndBracketYear() {
    #expect(Extractor.extract("Quyết định số 1744/QĐ-UBND ngày 16 - 7 - 2019").references.first?.date == "2019-07-16")
    #expect(Extractor.extract("Quyết định số 1744/QĐ-UBND (năm 2019) của UBND tỉnh").references.first?.year == 2019)
}

@Test("a day and month that are something else stay no date", arguments: [
    "Theo Quyết định số 1744/QĐ-UBND ngày 16/7a của UBND tỉnh Sơn La.",
    "Theo Nghị định số 15/2020/NĐ-CP ngày 16/7 của Chính phủ.",
])
func dayMonthNoDate(text: String) {
    #expect(Extractor.extract(text, hints: DocumentHints(date: "2023-08-01")).references.first?.date == nil)
}

@Test("the head type word names the kind; compound type words", arguments: [
    ("Công văn hướng dẫn số 1234/SGDĐT-GDTrH", "Công văn"),
    ("Nghị định hướng dẫn số 45/2020/NĐ-CP ngày 8/4/2020", "Nghị định"),
    ("Nghị quyết quy định số 12/2024/NQ-HĐND", "Nghị quyết"),
    ("Thông báo kết luận số 12/TB-VPCP", "Thông báo"),
    ("Quy chế phối hợp số 01/QCPH-CAT-VKS ngày 5/1/2023", "Quy chế"),
    ("Thông cáo báo chí số 12/TCBC-VPCP ngày 5/5/2024", "Thông cáo"),
    ("Kế hoạch liên tịch số 01/KHLT-SNV-SGDĐT ngày 10/2/2023", "Kế hoạch"),
    ("Hướng dẫn số 02/HD-SYT", "Hướng dẫn"),
] as [(String, String)])
func headTypeWord(text: String, kind: String) {
    #expect(Extractor.extract(text).references.first?.kind == kind)
}

@Test("a document number of a class that always carries its year takes it from the header's date")
func documentIdTakesYear() {
    #expect(Extractor.extract("Nghị định số 127 / NĐ-CP ngày 21-9-2018").document.id == "127/2018/NĐ-CP")
}

@Test("laws named in English with their date or year resolve through the title table; `Pursuant to` lines are legal bases", arguments: [
    ("Pursuant to the Law on Government Organization dated June 19, 2015;", "76/2015/QH13"),
    ("Pursuant to the Law on Cyberinformation Security dated November 19, 2015;", "86/2015/QH13"),
    ("Pursuant to the Law on Land of 2013;", "45/2013/QH13"),
    ("Pursuant to the Law on Value-Added Tax dated November 26, 2024;", "48/2024/QH15"),
    ("Pursuant to the Law on the State Bank of Vietnam dated June 16, 2010;", "46/2010/QH12"),
    ("Pursuant to the Labor Code dated November 20, 2019;", "45/2019/QH14"),
    ("Pursuant to the Civil Procedure Code dated November 25, 2015;", "92/2015/QH13"),
    ("Pursuant to the Commercial Law dated June 14, 2005;", "36/2005/QH11"),
    ("Pursuant to the Land Law dated January 18, 2024;", "31/2024/QH15"),
] as [(String, String)])
func englishNamedLaws(text: String, id: String) {
    let r = Extractor.extract(text).references.first
    #expect(r?.id == id)
    #expect(r?.relation == .basedOn)
}

@Test("an English law name without a date or year is no reference; the second law on a `Pursuant to` line is a basis too")
func englishNamedLawEdges() {
    #expect(Extractor.extract("the Law on Enterprises provides that").references.isEmpty)
    let two = Extractor.extract("Pursuant to the Law on Government Organization dated June 19, 2015; the Law on Local Government Organization dated June 19, 2015;").references
    #expect(two.map(\.id) == ["76/2015/QH13", "77/2015/QH13"])
    #expect(two.map(\.relation) == [.basedOn, .basedOn])
}

@Test("a list's issuer phrase does not override the body a known symbol names; National Assembly committees keep `và` in their names")
func sharedIssuerYieldsToSymbol() {
    let refs = Extractor.extract("Xét đề nghị của Chính phủ tại Tờ trình số 377/TTr-CP ngày 09 tháng 5 năm 2025 và Báo cáo thẩm tra số 388/BC-UBPL15 ngày 10 tháng 5 năm 2025 của Ủy ban Pháp luật và Tư pháp,").references
    #expect(refs.map(\.issuer) == ["Chính phủ", "Ủy ban Pháp luật và Tư pháp"])
    let shared = Extractor.extract("Quyết định số 404/QĐ-TTg ngày 27/3/2019, Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ").references
    #expect(shared.map(\.issuer) == ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ"])
}

@Test("relations follow the trigger words", arguments: [
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;", Relation.basedOn),
    ("Bãi bỏ Thông tư số 36/2014/TT-NHNN.", .repeals),
    ("Nghị định này thay thế Nghị định số 110/2004/NĐ-CP.", .replaces),
    ("sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP", .amends),
    ("Quy chế ban hành kèm theo Quyết định số 522/2002/QĐ-UB ngày 07/3/2002 của UBND tỉnh An Giang", .issuedWith),
    ("Xét Tờ trình số 82/TTr-CP ngày 05/3/2024 của Chính phủ;", .considers),
    // Another document's act, reported: the snippet itself corrects nothing (`Đính chính Thông tư số …` would).
    ("Quyết định 4033/QĐ-NHNN đính chính Thông tư số 52/2025/TT-NHNN", .cites),
    ("Đính chính Thông tư số 52/2025/TT-NHNN", .corrects),
    ("theo quy định tại Điều 4 của Nghị định số 78/2025/NĐ-CP.", .cites),
    // The longer phrase decides: `quy định chi tiết` is not `đình chỉ`, `hướng dẫn thi hành` is not `thi hành`.
    ("Nghị định này quy định chi tiết một số điều của Luật số 32/2024/QH15", .guides),
    ("Thông tư hướng dẫn thi hành Nghị định số 123/2020/NĐ-CP", .guides),
    ("Quy định chi tiết thi hành Luật số 31/2024/QH15", .guides),
    ("Thông tư này hướng dẫn Nghị định số 125/2020/NĐ-CP", .guides),
    // Passive forms describe the cited document (`được … bởi`, `bị …`): this one only cites it.
    ("Nghị định số 24/2014/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020)", .cites),
    ("Nghị định 100/2019/NĐ-CP sửa đổi bởi Nghị định 123/2021/NĐ-CP", .cites),
    ("Quy chế ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT được sửa đổi, bổ sung bởi Thông tư số 05/2021/TT-BGDĐT", .cites),
    ("Căn cứ Luật Viên chức\nsố 58/2010/QH12 được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;", .basedOn),
    // The formula that ends a document, after it.
    ("Quyết định số 15/2019/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.", .repeals),
    ("Từ năm 2020, Quyết định số 15/2019/QĐ-UBND đã hết hiệu lực.", .cites),
])
func relations(input: String, relation: Relation) {
    #expect(Extractor.extract(input).references.last?.relation == relation)
}

@Test("a `Căn cứ` item goes on over a hard wrap and over its next document on a line of its own; numbered items are bases too", arguments: [
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15\nđược sửa đổi, bổ sung bởi Luật số 87/2025/QH15;", [Relation.basedOn, .basedOn]),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ\nsung bởi Luật số 56/2024/QH15;", [.basedOn, .basedOn]),
    ("Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 năm 2024 của Chính phủ;\nNghị định số 17/2025/NĐ-CP ngày 06 tháng 02 năm 2025 của Chính phủ sửa đổi Nghị định số 24/2024/NĐ-CP;",
     [.basedOn, .basedOn, .basedOn]),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nLuật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", [.basedOn, .basedOn]),
    ("1. Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n2. Căn cứ Nghị định số 150/2025/NĐ-CP của Chính phủ;", [.basedOn, .basedOn]),
    ("a) Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", [.basedOn]),
    // Not the next preamble line, not a line after a sentence's end, not a heading's list, not a numbered body clause.
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\nXét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02/01/2025;", [.basedOn, .considers]),
    ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024.\nNghị định số 17/2025/NĐ-CP quy định chi tiết.", [.basedOn, .cites]),
    ("CĂN CỨ PHÁP LÝ\nNghị định số 17/2025/NĐ-CP ngày 06 tháng 02 năm 2025 của Chính phủ", [.cites]),
    ("6. Căn cứ Nghị quyết số 60-NQ/TW của Ban Chấp hành Trung ương, hoàn thiện Đề án trình Thủ tướng.", [.cites]),
    ("e) Căn cứ khác theo quy định của Bộ luật Dân sự số 91/2015/QH13, luật khác liên quan.", [.cites]),
] as [(String, [Relation])])
func canCuItems(input: String, relations: [Relation]) {
    #expect(Extractor.extract(input).references.map(\.relation) == relations)
}

@Test("`Căn cứ` resting on what the text said before (`Căn cứ các quy định nêu trên, …`) makes no reference after it a basis", arguments: [
    ("Căn cứ các quy định nêu trên, đề nghị Cục Thuế thực hiện theo Công văn số 1022/TCT-CS ngày 18/3/2024 của Tổng cục Thuế.", Relation.cites),
    ("Căn cứ hướng dẫn nêu trên, đề nghị Cục Thuế thực hiện theo Công văn số 1022/TCT-CS ngày 18/3/2024 của Tổng cục Thuế.", .cites),
    ("Căn cứ các quy định trên đây, việc miễn, giảm tiền\nsử dụng đất quy định tại Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ.", .cites),
    // A basis naming its documents stays one, commas or not.
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;", .basedOn),
    ("Căn cứ các quy định nêu trên và Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ;", .basedOn),
] as [(String, Relation)])
func anaphoricCanCu(input: String, relation: Relation) {
    #expect(Extractor.extract(input).references.last?.relation == relation)
}

@Test("`Nghị định này bãi bỏ:` / `… thay thế:` ending its line: the lettered items after it are repealed / replaced", arguments: [
    ("2. Nghị định này bãi bỏ:\na) Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ;\nb) Điều 2 Nghị định số 123/2021/NĐ-CP ngày 28 tháng 12 năm 2021 của Chính phủ.",
     [Relation.repeals, .repeals]),
    ("3. Nghị định này thay thế:\na) Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ;\nb) Nghị định số 123/2021/NĐ-CP ngày 28 tháng 12 năm 2021 của Chính phủ.",
     [.replaces, .replaces]),
    // A colon inside a line after such a word introduces no list of documents.
    ("[1] Lý do bãi bỏ: không phải là thủ tục được quy định tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010", [.cites]),
] as [(String, [Relation])])
func verbListIntro(input: String, relations: [Relation]) {
    #expect(Extractor.extract(input).references.map(\.relation) == relations)
}

@Test("a task set for someone else (to amend or replace later) or another text's issue is no act of the citing text", arguments: [
    ("Bộ Y tế chủ trì sửa đổi Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ, trình Chính phủ trong quý II năm 2024.", Relation.cites),
    ("Bộ Công an xây dựng Nghị định thay thế Nghị định số 46/2016/NĐ-CP ngày 26 tháng 5 năm 2016 của Chính phủ.", .cites),
    ("Đảng đoàn Quốc hội lãnh đạo việc sửa đổi Luật Khoa học và Công nghệ số 29/2013/QH13.", .cites),
    ("STT | Nhiệm vụ | Cơ quan chủ trì\n1 | Sửa đổi Nghị định số 15/2018/NĐ-CP | Bộ Y tế", .cites),
    ("Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết sửa đổi Nghị quyết số 12/2022/NQ-HĐND ngày 14/7/2022 về chính sách hỗ trợ.", .cites),
    // The enacting formula is this text's own act, with or without a preamble found before it.
    ("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 72/2020/NĐ-CP ngày 30 tháng 6 năm 2020 của Chính phủ.", .amends),
    ("Điều 2. Sửa đổi Điều 3 Quyết định số 15/2019/QĐ-UBND như sau:", .amends),
] as [(String, Relation)])
func ordersToAmend(input: String, relation: Relation) {
    #expect(Extractor.extract(input).references.last?.relation == relation)
}

@Test("another document's history told in a report is no act of the citing text", arguments: [
    ("Ngày 04/11/2019, Chính phủ ban hành Nghị định số 54/2019/NĐ-CP quy định về kinh doanh dịch vụ karaoke, thay thế Nghị định 103/2009/NĐ-CP.",
     [Relation.cites, .cites]),
    ("Quyết định số 15/2017/QĐ-UBND không còn phù hợp do các căn cứ pháp lý đã hết hiệu lực (Nghị định số 52/2009/NĐ-CP đã được thay thế bởi Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 của Chính phủ).",
     [.cites, .cites, .cites]),
    // The citing text acting on both documents keeps both acts; a comma inside a title's list of verbs is no appositive.
    ("Điều 1. Sửa đổi Quyết định số 12/2020/QĐ-UBND về giá đất, bãi bỏ Quyết định số 13/2020/QĐ-UBND.", [.amends, .repeals]),
    ("Tờ trình số 59/TTr-SCT ngày 11/11/2024 của Sở Công thương về việc điều chỉnh, bổ sung Quyết định số 421/QĐ-UBND ngày 23/02/2021 của UBND tỉnh Vĩnh Phúc.",
     [.cites, .amends]),
] as [(String, [Relation])])
func toldHistory(input: String, relations: [Relation]) {
    #expect(Extractor.extract(input).references.map(\.relation) == relations)
}

@Test("laws and Party resolutions cited by name resolve through the title tables", arguments: [
    ("Luật Giáo dục 2019", "43/2019/QH14"),
    ("Luật Giáo dục năm 2019", "43/2019/QH14"),
    ("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;", "43/2019/QH14"),
    ("Căn cứ Luật Thanh tra ngày 25 tháng 6 năm 2025;", "84/2025/QH15"),
    // Written without diacritics.
    ("Can cu Luat Dat dai nam 2024;", "31/2024/QH15"),
    ("Can cu khoan 1 Dieu 308 Bo luat To tung dan su nam 2015;", "92/2015/QH13"),
    ("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;", "93/2025/QH15"),
    ("Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;", "46/2010/QH12"),
    ("Bộ luật Hình sự năm 2015 quy định.", "100/2015/QH13"),   // with `(sửa đổi, bổ sung năm 2017)` its amending law too: `amendingLawByYear`
    ("Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo", "29-NQ/TW"),
    // A name with commas is also found without them; a short form cited often has its own row.
    ("Căn cứ Luật Phòng chống tham nhũng năm 2018;", "36/2018/QH14"),
    ("Căn cứ Luật Thi đua khen thưởng ngày 15 tháng 6 năm 2022;", "06/2022/QH15"),
    ("theo Bộ luật Hàng hải năm 2015", "95/2015/QH13"),
    ("Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;", "58/2024/QH15"),
    ("Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;", "61/2020/QH14"),
    // Amending laws cited by name (the amended law's name inside them is no reference of its own).
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", "47/2019/QH14"),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng năm 2024;", "43/2024/QH15"),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;", "87/2025/QH15"),
    // Passed twice in 2025: the day tells them apart.
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", "65/2025/QH15"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;", "72/2025/QH15"),
    // News names a new law `(sửa đổi)`; preambles and news abbreviate.
    ("Luật Đất đai (sửa đổi) năm 2024 có hiệu lực từ 1/8/2024.", "31/2024/QH15"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương (sửa đổi) ngày 16 tháng 6 năm 2025;", "72/2025/QH15"),
    ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", "11/2003/QH11"),
    ("Căn cứ Luật Ban hành VBQPPL ngày 22/6/2015;", "80/2015/QH13"),
    ("Luật Thuế GTGT năm 2024 có hiệu lực từ 1/7/2025.", "48/2024/QH15"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND ngày 03 tháng 12 năm 2004;", "31/2004/QH11"),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Kiểm toán nhà nước ngày 26 tháng 11 năm 2019;", "55/2019/QH14"),
])
func namedReference(input: String, id: String) {
    #expect(Extractor.extract(input).references.map(\.id) == [id])
}

@Test("inside an amending law's title the date is the amendment's: the amending law is resolved by it, not the amended one")
func amendedLawDate() {
    let text = "Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 19 tháng 02 năm 2025 và Luật Sửa đổi, bổ sung một số\nđiều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;"
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.id) == ["64/2025/QH15", "87/2025/QH15"])
    #expect(refs.map(\.date) == ["2025-02-19", "2025-06-25"])
}

@Test("a law name without a known year, or passed twice in that year, stays unresolved", arguments: [
    "Luật Giáo dục 1995 quy định",
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
])
func unknownLawYear(text: String) {
    #expect(Extractor.extract(text).references.isEmpty)
}

/// Codified-law notes and document tables put the issue date after the title; dates of references inside
/// the title, and the effective date, are not it.
@Test("the issue date after a long title", arguments: [
    ("(Điều 1 Thông tư số 40/2017/TT-BGTVT Hướng dẫn việc dán nhãn năng lượng đối với xe ô tô con loại trên 07 chỗ đến 09 chỗ ngày 09/11/2017 của Bộ Giao thông vận tải, có hiệu lực thi hành kể từ ngày 01/7/2018)",
     "40/2017/TT-BGTVT", "2017-11-09"),
    ("(Điều 1 Thông tư số 07/2014/TT-BKHĐT Hướng dẫn một số nội dung về giám định tư pháp trong lĩnh vực kế hoạch và đầu tư ngày 24/11/2014 của Bộ Kế hoạch và Đầu tư, có hiệu lực thi hành kể từ ngày 08/01/2015)",
     "07/2014/TT-BKHĐT", "2014-11-24"),
    ("Thông tư 14/2003/TT-BQP Hướng dẫn thi hành Nghị định số 26/2002/NĐ-CP ngày 21 tháng 3 năm 2002 của Chính phủ về sĩ quan dự bị Quân đội nhân dân Việt Nam ban hành ngày 22/02/2003 ; Điều 25.14.TL.3.16.",
     "14/2003/TT-BQP", "2003-02-22"),
    ("(Điều 1 Thông tư số 11/2021/TT-BYT Hướng dẫn đăng ký lưu hành vắc xin phòng Covid - 19 trong trường hợp cấp bách. ngày 19/08/2021 của Bộ Y tế, có hiệu lực)",
     "11/2021/TT-BYT", "2021-08-19"),
])
func dateAfterLongTitle(input: String, id: String, date: String) {
    let refs = Extractor.extract(input).references
    #expect(refs.first { $0.id == id }?.date == date, "\(refs.map { ($0.id ?? "nil", $0.date ?? "nil") })")
}

@Test("no issue date from an effective-date clause, another reference or the next sentence", arguments: [
    "(Điều 29 Nghị định số 09/2018/NĐ-CP Quy định về hoạt động mua bán hàng hóa, có hiệu lực thi hành kể từ ngày 15/01/2018)",
    "(Điều 11 Thông tư số 159/2012/TT-BTC Sửa đổi, bổ sung Thông tư số 152/2011/TT-BTC ngày 11/11/2011 hướng dẫn thi hành Nghị định số 67/2011/NĐ-CP ngày 08/08/2011, có hiệu lực)",
    "Thực hiện Nghị định số 12/2020/NĐ-CP về quản lý. Ngày 5/6/2020, Sở đã tổ chức hội nghị.",
    "Tạm ngưng hiệu lực Điều 3 Quyết định số 40/QĐ-UBND đến hết ngày 31/12/2025.",
    "Áp dụng Quyết định số 15/QĐ-TTg hết ngày 31/12/2024.",
])
func noDateAfterLongTitle(input: String) {
    let first = Extractor.extract(input).references.first
    #expect(first != nil && first?.date == nil, "\(String(describing: first?.date))")
}

@Test("a bilingual form's English word after the symbol is prose, not a code")
func bilingualSymbolEnd() {
    let refs = Extractor.extract("theo quy định của Nghị định số 99/2022/NĐ-CP/Declare documents required in registration").references
    #expect(refs.map(\.id) == ["99/2022/NĐ-CP"])
}

@Test("a type word does not reach across a sentence or a list item to a `số`", arguments: [
    "theo quy định của pháp luật.\n6. Phòng giao dịch số 15 - Kho bạc nhà nước khu vực IX: phối hợp",
    "theo quy định của ngân hàng nhận ký quỹ (nếu có).\n* Số lượng hồ sơ: 01 bộ",
])
func typeWordStaysInItsSentence(input: String) {
    #expect(Extractor.extract(input).references.isEmpty)
}

@Test("a footnote marker glued to a precedent's code is not part of it")
func precedentFootnote() {
    let r = Extractor.extract("ÁN LỆ SỐ 43/2021/AL1\nVề hiệu lực của hợp đồng thế chấp").references.first
    #expect(r?.id == "43/2021/AL")
    #expect(r?.issuer == "Hội đồng Thẩm phán Tòa án nhân dân tối cao")
}

@Test("a joint document's header names all its bodies; its own number is then fully resolved")
func jointHeader() {
    let text = """
    BỘ TÀI CHÍNH - BỘ NỘI VỤ
    -------
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ---------------
    Số: 71/2014/TTLT-BTC-BNV
    Hà Nội, ngày 30 tháng 5 năm 2014
    THÔNG TƯ LIÊN TỊCH
    QUY ĐỊNH CHẾ ĐỘ TỰ CHỦ
    Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ;
    """
    let x = Extractor.extract(text)
    #expect(x.document.issuer == "Bộ Tài chính - Bộ Nội vụ")
    #expect(x.references.first?.isSelf == true)
    #expect(x.references.first?.status == .resolved)
}

@Test("an own number resolves with the header's date when the place-and-date line is not next to it")
func ownNumberWithHeaderDate() {
    let text = """
    BỘ GIÁO DỤC VÀ ĐÀO TẠO
    -------
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ---------------
    Số: 3899/BGDĐT-GDTrH
    V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2023-2024
    Hà Nội, ngày 03 tháng 8 năm 2023
    Kính gửi: Các Sở Giáo dục và Đào tạo
    """
    let own = Extractor.extract(text).references.first
    #expect(own?.id == "3899/BGDĐT-GDTrH")
    #expect(own?.date == "2023-08-03")
    #expect(own?.status == .resolved)
}

@Test("a consolidated text consolidates the documents it lists before its legal bases and names in its footnotes")
func consolidatedSources() {
    let text = """
    BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
    -------
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ---------------
    Số: 02/VBHN-BNNMT
    Hà Nội, ngày 02 tháng 4 năm 2025
    NGHỊ ĐỊNH
    VỀ THÀNH LẬP VÀ QUẢN LÝ QUỸ PHÒNG, CHỐNG THIÊN TAI
    Nghị định số 78/2021/NĐ-CP ngày 01 tháng 8 năm 2021 của Chính phủ, được sửa đổi, bổ sung bởi:
    Nghị định số 63/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ.
    Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
    Chính phủ ban hành Nghị định về thành lập và quản lý Quỹ phòng, chống thiên tai[1].
    Điều 1. Phạm vi điều chỉnh
    Theo Quyết định số 12/QĐ-TTg.
    [3] Khoản này được bãi bỏ theo quy định tại khoản 1 Điều 2 của Nghị định số 63/2025/NĐ-CP ngày 05 tháng 3 năm 2025.
    """
    let refs = Extractor.extract(text).references.filter { !$0.isSelf }
    #expect(refs.map(\.id) == ["78/2021/NĐ-CP", "63/2025/NĐ-CP", "76/2015/QH13", "12/QĐ-TTg", "63/2025/NĐ-CP"])
    #expect(refs.map(\.relation) == [.consolidates, .consolidates, .basedOn, .cites, .consolidates])
}

/// An official document without a trích yếu has no title; other text falls back to its first line (rt7 F12).
@Test func titleFallbackOnlyForUnofficialText() {
    let judgment = """
    TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                     Độc lập - Tự do - Hạnh phúc
    Bản án số: 56/2022/HS-PT
    Ngày: 12-8-2022

    NHÂN DANH
    """
    let official = Extractor.extract(judgment).document
    #expect(official.kind == "Bản án")
    #expect(official.title == nil)
    let note = Extractor.extract("Ghi chép buổi họp chiều nay\nMọi người đều có mặt.").document
    #expect(note.title == "Ghi chép buổi họp chiều nay")
}

@Test("a header and preamble flattened onto one line: its `Căn cứ` clauses are legal bases", arguments: [
    ("ỦY BAN NHÂN DÂN TỈNH SƠN LA Số: 1744/QĐ-UBND Sơn La, ngày 16 tháng 7 năm 2019 QUYẾT ĐỊNH Về việc phê duyệt Kế hoạch tuyển sinh CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Quyết định số 2071/QĐ-UBND ngày 28/8/2018 của UBND tỉnh;",
     ["77/2015/QH13", "2071/QĐ-UBND"], true),
    ("Theo quy định hiện hành về tổ chức bộ máy của các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và cấp huyện trên cả nước. Căn cứ tình hình thực tế, Ủy ban nhân dân cấp tỉnh quyết định theo khoản 4 Điều 2 Nghị định số 34/2019/NĐ-CP.",
     ["34/2019/NĐ-CP"], false),
] as [(String, [String], Bool)])
func flattenedPreamble(text: String, ids: [String], basis: Bool) {
    let refs = Extractor.extract(text).references.filter { ids.contains($0.id ?? "") }
    #expect(refs.map(\.id) == ids)
    #expect(refs.allSatisfy { ($0.relation == .basedOn) == basis })
}

@Test("a consolidated text consolidates the documents opening its list's lines, not those inside their titles")
func consolidatedListTitles() {
    let text = "BỘ Y TẾ\nSố: 05/VBHN-BYT\nHà Nội, ngày 10 tháng 3 năm 2023\n\nTHÔNG TƯ\nHƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 146/2018/NĐ-CP\n\nThông tư số 30/2020/TT-BYT ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Y tế hướng dẫn thực hiện một số điều của Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ, có hiệu lực kể từ ngày 15 tháng 02 năm 2021, được sửa đổi, bổ sung bởi:\n\nThông tư số 01/2023/TT-BYT ngày 01 tháng 02 năm 2023 của Bộ trưởng Bộ Y tế, có hiệu lực kể từ ngày 18 tháng 3 năm 2023.\n\nCăn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ;\n"
    let refs = Extractor.extract(text).references.filter { !$0.isSelf }
    #expect(refs.filter { $0.relation == .consolidates }.map(\.id) == ["30/2020/TT-BYT", "01/2023/TT-BYT"])
    #expect(refs.filter { $0.id == "146/2018/NĐ-CP" }.allSatisfy { $0.relation != .consolidates })
}

@Test("`Hủy` opening an operative line annuls the judgment or decision after it; an upheld one stays cited")
func annulled() {
    let text = "QUYẾT ĐỊNH:\n1. Hủy Bản án dân sự phúc thẩm số 12/2020/DS-PT ngày 5/3/2020 của Tòa án nhân dân tỉnh Long An và giữ nguyên Bản án dân sự sơ thẩm số 20/2019/DS-ST ngày 25/4/2019 của Tòa án nhân dân huyện Cần Giuộc.\n2. Hủy Quyết định số 123/QĐ-UBND ngày 5/3/2020 của UBND tỉnh.\nViệc hủy Quyết định số 45/QĐ-UBND là cần thiết.\n"
    let refs = Extractor.extract(text).references
    #expect(refs.map(\.relation) == [.repeals, .cites, .repeals, .cites])
}

/// The title a text without a header takes: its first line of eight characters or more, cut to 300 characters.
private func firstLineTitle(_ text: String) -> String? {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let t = trimCell(line)
        if t.count >= 8 { return String(t.prefix(300)) }
    }
    return nil
}

@Test("a text without a header is titled by its first line of eight characters, cut to 300, on bytes or through a String", arguments: [
    "Ngắn\n\t  Ghi chép buổi họp chiều nay  \nMọi người đều có mặt.",
    "Điều 29 " + String(repeating: "Nghị định số 09/2018/NĐ-CP – “quy định chi tiết” ", count: 12),
    // A combining mark that composes with nothing (read through a String): 300 Characters, not 300 scalars.
    String(repeating: "Thông tư ", count: 20) + String(repeating: "q\u{301}", count: 400),
    // A flag is one Character of two scalars.
    "Việt Nam 🇻🇳 " + String(repeating: "hợp tác ", count: 60),
    "   \n1234567\nabcdefgh",
])
func firstLineTitleOnBytes(text: String) {
    #expect(Extractor.extract(text).document.title == firstLineTitle(text))
}
