import Testing
@testable import LegalRefs

@Suite("Provinces and towns")
struct PlacesTests {
    @Test("63 units before the 2025 reorganisation, 34 after it")
    func counts() {
        #expect(Places.provinces(on: "2024-06-01").count == 63)
        #expect(Places.provinces(on: "2025-07-01").count == 34)
        #expect(Places.provinces(on: "2025-03-01").count == 63)   // Huế became a city on 01/01/2025
    }

    @Test("every merged province names an existing successor")
    func successors() {
        for p in Places.all where p.successor != nil {
            let s = Places.all.first { $0.name == p.successor }
            #expect(s != nil, "\(p.name) → \(p.successor!)")
            if let until = p.until, let s { #expect(s.exists(on: until), "\(s.name) on \(until)") }
        }
    }

    @Test("no spelling or town belongs to two units that exist at the same time")
    func unambiguous() {
        var seen: [String: [Province]] = [:]
        for p in Places.all {
            for s in [p.name] + p.spellings + p.towns { seen[VietFold.asciiKey(s), default: []].append(p) }
        }
        for (key, units) in seen where Set(units.map(\.name)).count > 1 {
            // Only a unit and its renamed successor may share a name (Thừa Thiên Huế / Huế).
            let overlapping = units.filter { a in units.contains { b in a.name != b.name && b.successor != a.name && a.successor != b.name } }
            #expect(overlapping.isEmpty, "\(key): \(units.map(\.name))")
        }
    }

    @Test("names give the canonical locality", arguments: [
        ("Sơn La", "tỉnh Sơn La"), ("tỉnh Sơn La", "tỉnh Sơn La"), ("Hà Nội", "thành phố Hà Nội"),
        ("TP.HCM", "thành phố Hồ Chí Minh"), ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"), ("Tp Hà Nội", "thành phố Hà Nội"),
        ("TPHCM", "thành phố Hồ Chí Minh"), ("Hoà Bình", "tỉnh Hòa Bình"), ("Thanh Hoá", "tỉnh Thanh Hóa"),
        ("Khánh Hòa", "tỉnh Khánh Hòa"), ("Son La", "tỉnh Sơn La"), ("Đắc Lắc", "tỉnh Đắk Lắk"), ("Bà Rịa – Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
        ("BÀ RỊA-VŨNG TÀU", "tỉnh Bà Rịa - Vũng Tàu"), ("Thừa Thiên - Huế", "tỉnh Thừa Thiên Huế"), ("TP.Cần Thơ", "thành phố Cần Thơ"),
        ("Đồng Xoài", "tỉnh Bình Phước"), ("Hạ Long", "tỉnh Quảng Ninh"), ("Việt Trì", "tỉnh Phú Thọ"),
        ("Buôn Ma Thuột", "tỉnh Đắk Lắk"), ("Biên Hòa", "tỉnh Đồng Nai"), ("Thủ Dầu Một", "tỉnh Bình Dương"), ("Vinh", "tỉnh Nghệ An"),
        ("TP. Vinh", "tỉnh Nghệ An"), ("Phủ Lý", "tỉnh Hà Nam"), ("Tam Kỳ", "tỉnh Quảng Nam"), ("Pleiku", "tỉnh Gia Lai"),
        ("Rạch Giá", "tỉnh Kiên Giang"), ("Vị Thanh", "tỉnh Hậu Giang"), ("Đông Hà", "tỉnh Quảng Trị"), ("Đồng Hới", "tỉnh Quảng Bình"),
    ])
    func locality(name: String, expected: String) {
        #expect(Places.locality(named: name[...]) == expected)
    }

    @Test("a name keeps its historical province; a town after the merger resolves to the successor", arguments: [
        ("Bình Dương", "2019-05-02", "tỉnh Bình Dương"),
        ("Bình Dương", "2025-08-01", "tỉnh Bình Dương"),
        ("Đồng Xoài", "2019-05-02", "tỉnh Bình Phước"),
        ("Đồng Xoài", "2025-08-01", "tỉnh Đồng Nai"),
        ("Hà Đông", "2005-01-10", "tỉnh Hà Tây"),
        ("Hà Đông", "2010-01-10", "thành phố Hà Nội"),
        ("Huế", "2019-05-02", "tỉnh Thừa Thiên Huế"),
        ("Huế", "2025-04-03", "thành phố Huế"),
    ])
    func byDate(name: String, date: String, expected: String) {
        #expect(Places.locality(named: name[...], on: date) == expected)
    }

    @Test("unknown or generic names are not places", arguments: ["tỉnh", "Bộ Tài chính", "Việt Nam", "Hoàng Mai", "Ban", ""])
    func rejects(name: String) {
        #expect(Places.locality(named: name[...]) == nil)
    }

    @Test("the byte matcher reads a unit word and a name in running text")
    func matcher() throws {
        let text = "trên địa bàn thành phố Thái Nguyên, tỉnh Thái Nguyên"
        var t = text
        let (first, second) = t.withUTF8 { p -> (PlaceMatch?, PlaceMatch?) in
            let a = Array(text.utf8)
            let i = a.firstRange(of: Array("thành phố".utf8))!.lowerBound
            let j = a.firstRange(of: Array("tỉnh".utf8))!.lowerBound
            return (Places.match(p, at: i), Places.match(p, at: j))
        }
        let city = try #require(first)
        #expect(city.locality == "thành phố Thái Nguyên")   // the city, not the province
        #expect(city.province.locality == "tỉnh Thái Nguyên")
        let province = try #require(second)
        #expect(province.locality == "tỉnh Thái Nguyên")
        #expect(province.byteRange.count == "tỉnh Thái Nguyên".utf8.count)
    }
}
