import Testing
@testable import LegalRefs

/// One issuer phrase and what it must give. `consumed` is the text the phrase covers.
struct IssuerCase: Sendable, CustomTestStringConvertible {
    let text: String
    let issuer: String?
    var code: String? = nil
    var locality: String? = nil
    var unnamed: String? = nil
    var term: String? = nil
    var consumed: String? = nil
    var testDescription: String { text }
}

@Suite("Issuer phrases")
struct IssuerPhraseTests {
    static let cases: [IssuerCase] = [
        IssuerCase(text: "của Ủy ban nhân dân tỉnh Sơn La về việc công bố", issuer: "Ủy ban nhân dân tỉnh Sơn La", code: "UBND",
                   locality: "tỉnh Sơn La", consumed: "của Ủy ban nhân dân tỉnh Sơn La"),
        IssuerCase(text: "của UBND tỉnh Lào Cai;", issuer: "Ủy ban nhân dân tỉnh Lào Cai", code: "UBND", locality: "tỉnh Lào Cai",
                   consumed: "của UBND tỉnh Lào Cai"),
        IssuerCase(text: "của Ủy ban nhân dân tỉnh về việc", issuer: "Ủy ban nhân dân tỉnh", code: "UBND", unnamed: "tỉnh",
                   consumed: "của Ủy ban nhân dân tỉnh"),
        IssuerCase(text: "của HĐND tỉnh Lào Cai", issuer: "Hội đồng nhân dân tỉnh Lào Cai", code: "HĐND", locality: "tỉnh Lào Cai"),
        // Mass organisations and units whose names a stop word or a comma would cut.
        IssuerCase(text: "của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Hội", issuer: "Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
                   consumed: "của Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
        IssuerCase(text: "của Cơ quan Thanh tra, giám sát ngân hàng.", issuer: "Cơ quan Thanh tra, giám sát ngân hàng",
                   consumed: "của Cơ quan Thanh tra, giám sát ngân hàng"),
        IssuerCase(text: "của Cục Cảnh sát giao thông, Bộ Công an", issuer: "Cục Cảnh sát giao thông", consumed: "của Cục Cảnh sát giao thông"),
        IssuerCase(text: "của Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An.", issuer: "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
                   locality: "tỉnh Nghệ An", consumed: "của Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"),
        IssuerCase(text: "của Hội LHPN tỉnh Hà Tĩnh về", issuer: "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", locality: "tỉnh Hà Tĩnh",
                   consumed: "của Hội LHPN tỉnh Hà Tĩnh"),
        // An inspectorate named by its place alone; the office a `Chánh` heads keeps its name.
        IssuerCase(text: "của Thanh tra tỉnh Bắc Ninh.", issuer: "Thanh tra tỉnh Bắc Ninh", locality: "tỉnh Bắc Ninh",
                   consumed: "của Thanh tra tỉnh Bắc Ninh"),
        IssuerCase(text: "của Chánh Thanh tra huyện Đông Anh về", issuer: "Thanh tra huyện Đông Anh", locality: "huyện Đông Anh",
                   consumed: "của Chánh Thanh tra huyện Đông Anh"),
        IssuerCase(text: "của Chánh Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi tại", issuer: "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi",
                   locality: "tỉnh Quảng Ngãi", consumed: "của Chánh Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"),
        // The next line's article or basis is no place name.
        IssuerCase(text: "của Hội đồng nhân dân tỉnh\nĐiều 1. Sửa đổi", issuer: "Hội đồng nhân dân tỉnh", code: "HĐND", unnamed: "tỉnh",
                   consumed: "của Hội đồng nhân dân tỉnh"),
        IssuerCase(text: "của UBND huyện\nCăn cứ Luật", issuer: "Ủy ban nhân dân huyện", code: "UBND", unnamed: "huyện",
                   consumed: "của UBND huyện"),
        IssuerCase(text: "của UBND thành phố Hà Nội", issuer: "Ủy ban nhân dân thành phố Hà Nội", locality: "thành phố Hà Nội"),
        IssuerCase(text: "của UBND TP.HCM", issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh", locality: "thành phố Hồ Chí Minh"),
        IssuerCase(text: "của Chủ tịch UBND tỉnh Cà Mau về", issuer: "Chủ tịch Ủy ban nhân dân tỉnh Cà Mau", code: "UBND",
                   locality: "tỉnh Cà Mau", consumed: "của Chủ tịch UBND tỉnh Cà Mau"),
        IssuerCase(text: "của Thủ tướng Chính phủ về việc", issuer: "Thủ tướng Chính phủ", code: "TTg", consumed: "của Thủ tướng Chính phủ"),
        IssuerCase(text: "của Thủ tướng phê duyệt", issuer: "Thủ tướng Chính phủ", code: "TTg", consumed: "của Thủ tướng"),
        IssuerCase(text: "của Chính phủ quy định chi tiết", issuer: "Chính phủ", code: "CP", consumed: "của Chính phủ"),
        IssuerCase(text: "của Quốc hội khóa XIV", issuer: "Quốc hội", code: "QH", term: "XIV"),
        IssuerCase(text: "của Ủy ban Thường vụ Quốc hội", issuer: "Ủy ban Thường vụ Quốc hội", code: "UBTVQH"),
        IssuerCase(text: "ủy ban Thường vụ Quốc hội", issuer: "Ủy ban Thường vụ Quốc hội", code: "UBTVQH"),
        IssuerCase(text: "của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành", issuer: "Bộ Giáo dục và Đào tạo", code: "BGDĐT",
                   consumed: "của Bộ trưởng Bộ Giáo dục và Đào tạo"),
        IssuerCase(text: "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn", issuer: "Văn phòng Chính phủ", code: "VPCP"),
        IssuerCase(text: "của Bộ Tài chính hướng dẫn", issuer: "Bộ Tài chính", code: "BTC", consumed: "của Bộ Tài chính"),
        IssuerCase(text: "của Bộ GD&ĐT", issuer: "Bộ Giáo dục và Đào tạo", code: "BGDĐT"),
        IssuerCase(text: "của Bộ Lao động, Thương binh và Xã hội", issuer: "Bộ Lao động - Thương binh và Xã hội", code: "BLĐTBXH"),
        IssuerCase(text: "của liên Bộ Tài chính - Nội vụ hướng dẫn", issuer: "liên Bộ Tài chính - Nội vụ",
                   consumed: "của liên Bộ Tài chính - Nội vụ"),
        IssuerCase(text: "của Ban Bí thư về", issuer: "Ban Bí thư", code: "TW", consumed: "của Ban Bí thư"),
        // A joint issuer: every body named, joined.
        IssuerCase(text: "của liên Bộ Giáo dục và Đào tạo - Bộ Nội vụ hướng dẫn", issuer: "Bộ Giáo dục và Đào tạo - Bộ Nội vụ",
                   consumed: "của liên Bộ Giáo dục và Đào tạo - Bộ Nội vụ"),
        IssuerCase(text: "của liên Bộ Y tế, Bộ Tài chính về", issuer: "Bộ Y tế - Bộ Tài chính", consumed: "của liên Bộ Y tế, Bộ Tài chính"),
        IssuerCase(text: "của liên Bộ Y tế – Bộ Lao động – Thương binh và Xã hội – Tổng Liên đoàn Lao động Việt Nam về",
                   issuer: "Bộ Y tế - Bộ Lao động - Thương binh và Xã hội - Tổng Liên đoàn Lao động Việt Nam"),
        // A Party body named with the State body it sits in.
        IssuerCase(text: "của Đảng ủy Bộ Y tế về lãnh đạo", issuer: "Đảng ủy Bộ Y tế", code: "ĐU", consumed: "của Đảng ủy Bộ Y tế"),
        IssuerCase(text: "của Ban cán sự đảng UBND tỉnh Hà Tĩnh.", issuer: "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh", code: "BCSĐ",
                   locality: "tỉnh Hà Tĩnh"),
        IssuerCase(text: "của Ban cán sự đảng UBND tỉnh về", issuer: "Ban cán sự đảng Ủy ban nhân dân tỉnh", unnamed: "tỉnh"),
        IssuerCase(text: "của Đảng đoàn Quốc hội.", issuer: "Đảng đoàn Quốc hội", code: "ĐĐ"),
        IssuerCase(text: "của Đảng ủy, UBND xã Tân Phú", issuer: "Đảng ủy", consumed: "của Đảng ủy"),
        IssuerCase(text: "của Ban Bí thư Trung ương Đoàn.", issuer: "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", code: "TWĐTN"),
        // A district's office.
        IssuerCase(text: "của Phòng Tài chính - Kế hoạch huyện Củ Chi về", issuer: "Phòng Tài chính - Kế hoạch huyện Củ Chi",
                   locality: "huyện Củ Chi"),
        IssuerCase(text: "của Bộ Chính trị khóa X về", issuer: "Bộ Chính trị", code: "TW", term: "X", consumed: "của Bộ Chính trị khóa X"),
        IssuerCase(text: "của Ban Chấp hành Trung ương Đảng khoá XIII", issuer: "Ban Chấp hành Trung ương", code: "TW", term: "XIII"),
        IssuerCase(text: "Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI", issuer: "Ban Chấp hành Trung ương", code: "TW", term: "XI"),
        IssuerCase(text: "Hội nghị Trung ương 8 khóa XI", issuer: "Ban Chấp hành Trung ương", code: "TW", term: "XI"),
        IssuerCase(text: "của Ban Thường vụ Thành ủy về", issuer: "Ban Thường vụ Thành ủy", code: "TU", unnamed: "thành phố"),
        IssuerCase(text: "của Tỉnh ủy Sơn La", issuer: "Tỉnh ủy Sơn La", code: "TU", locality: "tỉnh Sơn La"),
        IssuerCase(text: "của Tỉnh ủy về", issuer: "Tỉnh ủy", code: "TU", unnamed: "tỉnh"),
        IssuerCase(text: "của Huyện ủy Định Hóa", issuer: "Huyện ủy Định Hóa", code: "HU", locality: "huyện Định Hóa"),
        IssuerCase(text: "của Sở Giáo dục và Đào tạo tỉnh Sơn La", issuer: "Sở Giáo dục và Đào tạo tỉnh Sơn La", code: "SGDĐT",
                   locality: "tỉnh Sơn La"),
        IssuerCase(text: "của Hội đồng Thẩm phán Tòa án nhân dân tối cao", issuer: "Hội đồng Thẩm phán Tòa án nhân dân tối cao", code: "HĐTP"),
        IssuerCase(text: "của Văn phòng Chính phủ", issuer: "Văn phòng Chính phủ", code: "VPCP"),
        IssuerCase(text: "của Ngân hàng Nhà nước Việt Nam", issuer: "Ngân hàng Nhà nước Việt Nam", code: "NHNN"),
        IssuerCase(text: "của Tòa án nhân dân thị xã Lai Châu", issuer: "Tòa án nhân dân thị xã Lai Châu", locality: "thị xã Lai Châu"),
        IssuerCase(text: "của UBND huyện Mường La, tỉnh Sơn La về", issuer: "Ủy ban nhân dân huyện Mường La, tỉnh Sơn La",
                   locality: "huyện Mường La, tỉnh Sơn La"),
        IssuerCase(text: "của UBND thành phố Thái Nguyên", issuer: "Ủy ban nhân dân thành phố Thái Nguyên", locality: "thành phố Thái Nguyên"),
        // Regional courts and procuracies from 1/7/2025 carry their province after a dash.
        IssuerCase(text: "của Tòa án nhân dân khu vực 2 - Lâm Đồng.", issuer: "Tòa án nhân dân khu vực 2 - Lâm Đồng", locality: "khu vực 2 - Lâm Đồng"),
        IssuerCase(text: "của Viện kiểm sát nhân dân Khu vực 5 – Nghệ An về", issuer: "Viện kiểm sát nhân dân khu vực 5 - Nghệ An",
                   locality: "khu vực 5 - Nghệ An"),
        IssuerCase(text: "của Viện trưởng VKSND tối cao)", issuer: "Viện kiểm sát nhân dân tối cao", code: "VKSNDTC"),
        // A body in the issuer table takes its official spelling.
        IssuerCase(text: "của Cục Quản lý dược về việc", issuer: "Cục Quản lý Dược", consumed: "của Cục Quản lý dược"),
        IssuerCase(text: "of Son La People's Committee", issuer: "Ủy ban nhân dân tỉnh Sơn La", code: "UBND", locality: "tỉnh Sơn La"),
        IssuerCase(text: "of the People's Committee of Son La province", issuer: "Ủy ban nhân dân tỉnh Sơn La", locality: "tỉnh Sơn La"),
        IssuerCase(text: "of the Government on", issuer: "Chính phủ", code: "CP", consumed: "of the Government"),
        IssuerCase(text: "of the Ministry of Finance", issuer: "Bộ Tài chính", code: "BTC"),
        IssuerCase(text: "cua UBND tinh Son La", issuer: "Ủy ban nhân dân tỉnh Sơn La", code: "UBND", locality: "tỉnh Sơn La"),
        IssuerCase(text: "cua Thu tuong Chinh phu", issuer: "Thủ tướng Chính phủ", code: "TTg"),
        IssuerCase(text: "CỦA ỦY BAN NHÂN DÂN TỈNH HOÀ BÌNH", issuer: "Ủy ban nhân dân tỉnh Hòa Bình", locality: "tỉnh Hòa Bình"),
        // The phrase before the number stops at `số`.
        IssuerCase(text: "của Bộ Chính trị số 31-QĐ/TW", issuer: "Bộ Chính trị", code: "TW", consumed: "của Bộ Chính trị"),
        IssuerCase(text: "của Chính phủ số 29/1998/NĐ-CP", issuer: "Chính phủ", code: "CP", consumed: "của Chính phủ"),
        // A reference split over two lines.
        IssuerCase(text: "của Ủy ban nhân dân\ntỉnh Sơn La", issuer: "Ủy ban nhân dân tỉnh Sơn La", locality: "tỉnh Sơn La"),
        // A number is a lower unit's whole name, on the unit's line: never digits after a name or a row number below.
        IssuerCase(text: "của UBND phường 12 về việc", issuer: "Ủy ban nhân dân phường 12", locality: "phường 12", consumed: "của UBND phường 12"),
        IssuerCase(text: "của UBND xã Mường La 12 8 2025", issuer: "Ủy ban nhân dân xã Mường La", locality: "xã Mường La",
                   consumed: "của UBND xã Mường La"),
        IssuerCase(text: "của HĐND tỉnh\n8\nTrụ sở", issuer: "Hội đồng nhân dân tỉnh", unnamed: "tỉnh", consumed: "của HĐND tỉnh"),
        // Bodies outside the tables end where the name does.
        IssuerCase(text: "của Chi cục Hải quan nơi đăng ký tờ khai", issuer: "Chi cục Hải quan", consumed: "của Chi cục Hải quan"),
        IssuerCase(text: "của Tập đoàn Điện lực Việt Nam về giá điện", issuer: "Tập đoàn Điện lực Việt Nam"),
        IssuerCase(text: "của Toà án Việt Nam công nhận", issuer: "Toà án Việt Nam", consumed: "của Toà án Việt Nam"),
        IssuerCase(text: "của Toà án\n1. Bản án và quyết định", issuer: nil),
        // Generic words are not issuers.
        IssuerCase(text: "của Bộ về việc", issuer: nil),
        IssuerCase(text: "của tỉnh", issuer: nil),
        IssuerCase(text: "của các Bộ, ngành", issuer: nil),
        IssuerCase(text: "của Bộ trưởng", issuer: nil),
        IssuerCase(text: "của Bộ luật Dân sự", issuer: nil),
        IssuerCase(text: "của cơ quan có thẩm quyền", issuer: nil),
        // Hospitals and schools after their head's title; a bank's regional unit and branch (rt7 F7).
        IssuerCase(text: "của Giám đốc Bệnh viện Bạch Mai.", issuer: "Bệnh viện Bạch Mai", consumed: "của Giám đốc Bệnh viện Bạch Mai"),
        IssuerCase(text: "của Hiệu trưởng Trường THPT Chu Văn An.", issuer: "Trường THPT Chu Văn An"),
        IssuerCase(text: "của Hiệu trưởng Trường Đại học Sư phạm Hà Nội.", issuer: "Trường Đại học Sư phạm Hà Nội"),
        IssuerCase(text: "của Hiệu trưởng", issuer: nil),
        IssuerCase(text: "của Ngân hàng Nhà nước Khu vực 5.", issuer: "Ngân hàng Nhà nước Khu vực 5", locality: nil,
                   consumed: "của Ngân hàng Nhà nước Khu vực 5"),
        IssuerCase(text: "của Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An đề nghị", issuer: "Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An",
                   locality: "tỉnh Nghệ An", consumed: "của Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An"),
        IssuerCase(text: "của Chi cục Thuế khu vực XII về việc", issuer: "Chi cục Thuế khu vực XII", consumed: "của Chi cục Thuế khu vực XII"),
        // `khu vực` without a number is no regional unit.
        IssuerCase(text: "của Ngân hàng Nhà nước khu vực phía Bắc", issuer: "Ngân hàng Nhà nước Việt Nam", consumed: "của Ngân hàng Nhà nước"),
    ]

    @Test("issuer phrases give the full issuer, code, locality and term", arguments: cases)
    func parses(_ c: IssuerCase) throws {
        let phrase = IssuerPhraseParser.parse(c.text, at: 0)
        guard let expected = c.issuer else {
            #expect(phrase == nil)
            return
        }
        let p = try #require(phrase)
        #expect(p.issuer == expected)
        if let code = c.code { #expect(p.issuerCode == code) }
        if let locality = c.locality { #expect(p.locality == locality) }
        if let unnamed = c.unnamed { #expect(p.unnamedLocality == unnamed) }
        if let term = c.term { #expect(p.term == term) }
        if let consumed = c.consumed {
            #expect(String(decoding: Array(c.text.utf8)[p.byteRange], as: UTF8.self) == consumed)
        }
    }

    @Test("an unnamed locality is completed from the citing document")
    func completesLocality() throws {
        let p = try #require(IssuerPhraseParser.parse("của Ủy ban nhân dân tỉnh về việc", at: 0))
        #expect(p.needsLocality)
        let done = p.completed(withLocality: "tỉnh Sơn La")
        #expect(done.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        #expect(done.locality == "tỉnh Sơn La")
        // A city context does not complete `tỉnh`.
        #expect(p.completed(withLocality: "thành phố Hà Nội").locality == nil)
        let party = try #require(IssuerPhraseParser.parse("của Tỉnh ủy", at: 0))
        #expect(party.completed(withLocality: "tỉnh Sơn La").issuer == "Tỉnh ủy Sơn La")
        let attached = try #require(IssuerPhraseParser.parse("của Ban cán sự đảng UBND tỉnh về", at: 0))
        #expect(attached.completed(withLocality: "tỉnh Hà Tĩnh").issuer == "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh")
    }

    @Test("the parser starts at a byte offset inside a longer text")
    func parsesAtOffset() throws {
        let text = "Căn cứ Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của UBND tỉnh Sơn La về việc phê duyệt;"
        let offset = try #require(text.utf8.firstRange(of: Array(" của".utf8))).lowerBound
        let at = text.utf8.distance(from: text.utf8.startIndex, to: offset)
        let p = try #require(IssuerPhraseParser.parse(text, at: at))
        #expect(p.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        let consumed = String(decoding: Array(text.utf8)[p.byteRange], as: UTF8.self)
        #expect(consumed == "của UBND tỉnh Sơn La")
    }

    @Test("words fold case, diacritics and tone placement", arguments: [
        ("Hoà", "Hòa", true), ("KHOÁ", "khóa", true), ("THUỶ", "thủy", true), ("tinh", "tỉnh", true), ("tính", "tỉnh", false),
        ("Bố", "Bộ", false), ("ỦY", "Ủy", true), ("Dak", "Đắk", true), ("Đăk", "Đắk", false),
    ])
    func folds(text: String, pattern: String, equal: Bool) {
        var t = text
        let result = t.withUTF8 { p -> Bool in
            let w = VietFold.words(p, from: 0, to: p.count)
            return w.count == 1 && VietFold.matches(p, w[0], VietFold.pattern(pattern)[0])
        }
        #expect(result == equal)
    }

    @Test("in Vietnamese text a word without diacritics is not a word with them", arguments: [
        ("quan", "quận"), ("Nam", "năm"), ("tinh", "tỉnh"),
    ])
    func strictInVietnameseText(text: String, pattern: String) {
        var t = text
        let result = t.withUTF8 { p -> Bool in
            let w = VietFold.words(p, from: 0, to: p.count)
            return VietFold.matches(p, w[0], VietFold.pattern(pattern)[0], ascii: false)
        }
        #expect(!result)
    }
}
