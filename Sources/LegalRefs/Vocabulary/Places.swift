// Vietnam's provinces and centrally-run cities (DOMAIN.md §3.3): the 63 units before the 2025
// reorganisation, the 34 after it (Resolution 202/2025/QH15: merged provinces ceased on 12/6/2025,
// the new authorities took office on 01/7/2025), and a few older names. One row a unit:
//
//   name | unit | from | until | successor | towns | spellings
//
// `from`/`until` (ISO, `until` exclusive) bound the unit's existence; `successor` is the unit it was
// merged into. A name is never remapped to its successor: a 2019 "UBND tỉnh Bình Dương" keeps Bình
// Dương. Only a town named in a place-and-date line after the merger resolves to the successor.
// `towns` are the provincial seat first, then other towns and cities that appear in place-and-date
// lines (`Đồng Xoài, ngày …` → tỉnh Bình Phước); names shared by towns of several provinces are left
// out. `spellings` are other ways to write the name (old spellings, ASCII forms, abbreviations).
// Tone placement (`Hoà`/`Hòa`), case and missing diacritics are handled by the matcher.
let placeTableText = """
Hà Nội | thành phố | | | | Hà Nội | Hanoi; TPHN
Hồ Chí Minh | thành phố | | | | Hồ Chí Minh; Thủ Đức | HCM; TPHCM; HCMC; Ho Chi Minh City; Sài Gòn; Saigon
Hải Phòng | thành phố | | | | Hải Phòng | Haiphong
Đà Nẵng | thành phố | 1997-01-01 | | | Đà Nẵng | Danang
Cần Thơ | thành phố | 2004-01-01 | | | Cần Thơ |
Huế | thành phố | 2025-01-01 | | | Huế |
Thừa Thiên Huế | tỉnh | | 2025-01-01 | Huế | Huế | Thừa Thiên - Huế; TT-Huế; TT Huế
Hà Giang | tỉnh | | 2025-07-01 | Tuyên Quang | Hà Giang |
Cao Bằng | tỉnh | | | | Cao Bằng |
Bắc Kạn | tỉnh | | 2025-07-01 | Thái Nguyên | Bắc Kạn | Bắc Cạn
Tuyên Quang | tỉnh | | | | Tuyên Quang |
Lào Cai | tỉnh | | | | Lào Cai; Sa Pa |
Điện Biên | tỉnh | 2004-01-01 | | | Điện Biên Phủ; Mường Lay |
Lai Châu | tỉnh | | | | Lai Châu |
Sơn La | tỉnh | | | | Sơn La |
Yên Bái | tỉnh | | 2025-07-01 | Lào Cai | Yên Bái; Nghĩa Lộ |
Hòa Bình | tỉnh | | 2025-07-01 | Phú Thọ | Hòa Bình |
Thái Nguyên | tỉnh | | | | Thái Nguyên; Sông Công; Phổ Yên |
Lạng Sơn | tỉnh | | | | Lạng Sơn |
Quảng Ninh | tỉnh | | | | Hạ Long; Cẩm Phả; Uông Bí; Móng Cái; Đông Triều; Quảng Yên |
Bắc Giang | tỉnh | 1997-01-01 | 2025-07-01 | Bắc Ninh | Bắc Giang |
Phú Thọ | tỉnh | 1997-01-01 | | | Việt Trì; Phú Thọ |
Vĩnh Phúc | tỉnh | 1997-01-01 | 2025-07-01 | Phú Thọ | Vĩnh Yên; Phúc Yên |
Bắc Ninh | tỉnh | 1997-01-01 | | | Bắc Ninh; Từ Sơn |
Hải Dương | tỉnh | 1997-01-01 | 2025-07-01 | Hải Phòng | Hải Dương; Chí Linh; Kinh Môn |
Hưng Yên | tỉnh | 1997-01-01 | | | Hưng Yên; Mỹ Hào |
Thái Bình | tỉnh | | 2025-07-01 | Hưng Yên | Thái Bình |
Hà Nam | tỉnh | 1997-01-01 | 2025-07-01 | Ninh Bình | Phủ Lý; Duy Tiên |
Nam Định | tỉnh | 1997-01-01 | 2025-07-01 | Ninh Bình | Nam Định |
Ninh Bình | tỉnh | | | | Ninh Bình; Hoa Lư; Tam Điệp |
Thanh Hóa | tỉnh | | | | Thanh Hóa; Sầm Sơn; Bỉm Sơn; Nghi Sơn |
Nghệ An | tỉnh | | | | Vinh; Cửa Lò; Thái Hòa |
Hà Tĩnh | tỉnh | | | | Hà Tĩnh; Hồng Lĩnh; Kỳ Anh |
Quảng Bình | tỉnh | | 2025-07-01 | Quảng Trị | Đồng Hới; Ba Đồn |
Quảng Trị | tỉnh | | | | Đông Hà |
Quảng Nam | tỉnh | 1997-01-01 | 2025-07-01 | Đà Nẵng | Tam Kỳ; Hội An; Điện Bàn |
Quảng Ngãi | tỉnh | | | | Quảng Ngãi; Đức Phổ |
Kon Tum | tỉnh | | 2025-07-01 | Quảng Ngãi | Kon Tum | Kontum
Bình Định | tỉnh | | 2025-07-01 | Gia Lai | Quy Nhơn; An Nhơn; Hoài Nhơn | Qui Nhơn
Gia Lai | tỉnh | | | | Pleiku; An Khê; Ayun Pa | Plei Ku
Phú Yên | tỉnh | | 2025-07-01 | Đắk Lắk | Tuy Hòa; Sông Cầu |
Đắk Lắk | tỉnh | | | | Buôn Ma Thuột; Buôn Hồ; Buôn Mê Thuột; Ban Mê Thuột | Đắc Lắc; Đăk Lăk; Đắk Lăk; Đăk Lắk; Daklak
Đắk Nông | tỉnh | 2004-01-01 | 2025-07-01 | Lâm Đồng | Gia Nghĩa | Đăk Nông; Đắc Nông; Daknong
Khánh Hòa | tỉnh | | | | Nha Trang; Cam Ranh; Ninh Hòa |
Ninh Thuận | tỉnh | | 2025-07-01 | Khánh Hòa | Phan Rang - Tháp Chàm; Phan Rang |
Bình Thuận | tỉnh | | 2025-07-01 | Lâm Đồng | Phan Thiết; La Gi |
Lâm Đồng | tỉnh | | | | Đà Lạt; Bảo Lộc |
Bình Phước | tỉnh | 1997-01-01 | 2025-07-01 | Đồng Nai | Đồng Xoài; Bình Long; Chơn Thành |
Tây Ninh | tỉnh | | | | Tây Ninh; Trảng Bàng; Hòa Thành |
Bình Dương | tỉnh | 1997-01-01 | 2025-07-01 | Hồ Chí Minh | Thủ Dầu Một; Dĩ An; Thuận An; Bến Cát |
Đồng Nai | tỉnh | | | | Biên Hòa; Long Khánh |
Bà Rịa - Vũng Tàu | tỉnh | | 2025-07-01 | Hồ Chí Minh | Bà Rịa; Vũng Tàu; Phú Mỹ | BR-VT; BRVT
Long An | tỉnh | | 2025-07-01 | Tây Ninh | Tân An; Kiến Tường |
Tiền Giang | tỉnh | | 2025-07-01 | Đồng Tháp | Mỹ Tho; Gò Công |
Bến Tre | tỉnh | | 2025-07-01 | Vĩnh Long | Bến Tre |
Trà Vinh | tỉnh | 1992-01-01 | 2025-07-01 | Vĩnh Long | Trà Vinh; Duyên Hải |
Vĩnh Long | tỉnh | 1992-01-01 | | | Vĩnh Long; Bình Minh |
Đồng Tháp | tỉnh | | | | Cao Lãnh; Sa Đéc; Hồng Ngự |
An Giang | tỉnh | | | | Long Xuyên; Châu Đốc |
Kiên Giang | tỉnh | | 2025-07-01 | An Giang | Rạch Giá; Hà Tiên; Phú Quốc |
Hậu Giang | tỉnh | 2004-01-01 | 2025-07-01 | Cần Thơ | Vị Thanh; Ngã Bảy; Long Mỹ |
Sóc Trăng | tỉnh | 1992-01-01 | 2025-07-01 | Cần Thơ | Sóc Trăng; Vĩnh Châu |
Bạc Liêu | tỉnh | 1997-01-01 | 2025-07-01 | Cà Mau | Bạc Liêu; Giá Rai |
Cà Mau | tỉnh | 1997-01-01 | | | Cà Mau |
Hà Tây | tỉnh | 1991-08-12 | 2008-08-01 | Hà Nội | Hà Đông |
Hà Bắc | tỉnh | | 1997-01-01 | | |
Hải Hưng | tỉnh | | 1997-01-01 | | |
Nam Hà | tỉnh | 1991-08-12 | 1997-01-01 | | |
Vĩnh Phú | tỉnh | | 1997-01-01 | | |
Bắc Thái | tỉnh | | 1997-01-01 | | |
Sông Bé | tỉnh | | 1997-01-01 | | |
Minh Hải | tỉnh | | 1997-01-01 | | |
Hà Sơn Bình | tỉnh | | 1991-08-12 | | |
Hoàng Liên Sơn | tỉnh | | 1991-08-12 | | |
Nghệ Tĩnh | tỉnh | | 1991-08-12 | | |
Nghĩa Bình | tỉnh | | 1989-07-01 | | |
Phú Khánh | tỉnh | | 1989-07-01 | | |
Bình Trị Thiên | tỉnh | | 1989-07-01 | | |
Thuận Hải | tỉnh | | 1992-01-01 | | |
Cửu Long | tỉnh | | 1992-01-01 | | |
"""

/// One province-level unit of Vietnam (a `tỉnh` or a centrally-run `thành phố`), current or historical.
public struct Province: Sendable, Hashable {
    /// The name without its unit word: `Sơn La`, `Hồ Chí Minh`.
    public let name: String
    /// `tỉnh` or `thành phố`.
    public let unit: String
    /// First day of existence (ISO), if it began after 1976.
    public let from: String?
    /// Day it ceased to exist (ISO, exclusive), if it did.
    public let until: String?
    /// The unit it was merged into: `Tuyên Quang` for Hà Giang.
    public let successor: String?
    /// The provincial seat first, then other towns seen in place-and-date lines.
    public let towns: [String]
    /// Other spellings: `Đắc Lắc`, `HCM`, `Thừa Thiên - Huế`.
    public let spellings: [String]

    /// The canonical locality: `tỉnh Sơn La`, `thành phố Hà Nội` (built once with the table: issuer phrases ask for it
    /// per reference).
    public let locality: String

    /// Whether the unit existed on an ISO date.
    public func exists(on date: String) -> Bool {
        if let from, date < from { return false }
        if let until, date >= until { return false }
        return true
    }
}

/// A place found in a text.
public struct PlaceMatch: Sendable, Hashable {
    /// The locality as written, at its own level: `tỉnh Sơn La`, `thành phố Thái Nguyên` (the city).
    public var locality: String
    /// The province-level unit it lies in.
    public var province: Province
    /// Whether the match is a town of the province rather than the province itself (`Đồng Xoài`).
    public var isTown: Bool
    /// Byte offsets of the match (unit word included).
    public var byteRange: Range<Int>
}

/// Provinces, centrally-run cities and their seat towns: a reviewable table and a byte-level matcher.
public enum Places {
    /// Every row of the table, current and historical.
    public static let all: [Province] = TableText.rows(placeTableText, keepEmpty: true).compactMap { c in
        guard c.count >= 7 else { return nil }
        func list(_ s: String) -> [String] { TableText.cells(s, separator: 0x3B, keepEmpty: false).filter { !$0.isEmpty } }
        return Province(name: c[0], unit: c[1], from: c[2].isEmpty ? nil : c[2], until: c[3].isEmpty ? nil : c[3],
                        successor: c[4].isEmpty ? nil : c[4], towns: list(c[5]), spellings: list(c[6]), locality: "\(c[1]) \(c[0])")
    }

    /// The rows by the folded letters of their name, without spaces (`laocai`, `bariavungtau`): the way a provincial
    /// newspaper's or portal's web address names its province (`baolaocai.vn`, `sonla.gov.vn`). The first row of a name.
    static let byJoinedName: [String: Int] = {
        var d: [String: Int] = [:]
        for (row, prov) in all.enumerated() {
            let key = String(decoding: Fold.string(prov.name).utf8.filter { $0 >= 0x61 && $0 <= 0x7A }, as: UTF8.self)
            if d[key] == nil { d[key] = row }
        }
        return d
    }()

    /// The province a news site's host name names: `Baolaocai.vn` and `baohatinh.vn` (a provincial paper, `Báo` and
    /// the name), `sonla.gov.vn` (a portal); nil for a national site (`baotintuc.vn`, `chinhphu.vn`).
    public static func province(ofHost host: some StringProtocol) -> Province? {
        var labels = host.lowercased().split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        guard labels.count >= 2, labels.last == "vn", let first = labels.first else { return nil }
        let name = String(first)
        if let row = byJoinedName[name] { return all[row] }
        if name.hasPrefix("bao"), let row = byJoinedName[String(name.dropFirst(3))] { return all[row] }
        return nil
    }

    /// The units that existed on an ISO date: 63 on 2024-06-01, 34 on 2025-07-01.
    public static func provinces(on date: String) -> [Province] { all.filter { $0.exists(on: date) } }

    /// The row of a province name or spelling: `Hoà Bình`, `TP.HCM`, `Đắc Lắc` (unit word allowed).
    public static func province(named name: some StringProtocol) -> Province? {
        withWords(String(name)) { p, w in
            var k = 0
            if let (_, k2) = unitTable.match(p, w, at: 0) { k = k2 }
            guard let m = matchName(p, w, at: k, limit: w.count, date: nil), m.next == w.count else { return nil }
            return all[m.row]
        }
    }

    /// The province-level locality a place name denotes: `Sơn La` → `tỉnh Sơn La`, `TP.HCM` →
    /// `thành phố Hồ Chí Minh`, `Hoà Bình` → `tỉnh Hòa Bình`, `Đồng Xoài` → `tỉnh Bình Phước` (on a
    /// date after 01/7/2025 → `tỉnh Đồng Nai`, the successor), `TP. Vinh` → `tỉnh Nghệ An`.
    /// Returns `nil` when the name is not a province or a known town.
    public static func locality(named name: Substring, on date: String? = nil) -> String? {
        withWords(String(name)) { p, w in
            guard let m = matchPlace(p, w, at: 0, limit: w.count, date: date, towns: true), m.next == w.count else { return nil }
            return all[m.row].locality
        }
    }

    /// Matches a province (with or without its unit word: `tỉnh Sơn La`, `TP.HCM`, `Sơn La`) at byte
    /// `offset` of UTF-8 text; with `towns`, also a town (`Đồng Xoài` → tỉnh Bình Phước).
    public static func match(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int? = nil,
                             on date: String? = nil, towns: Bool = false) -> PlaceMatch? {
        let limit = min(end ?? text.count, text.count, offset + 160)
        guard offset < limit else { return nil }
        let w = VietFold.words(text, from: offset, to: limit, limit: 8)
        guard let first = w.first, first.start - offset < 3 else { return nil }
        guard let m = matchPlace(text, w, at: 0, limit: w.count, date: date, towns: towns) else { return nil }
        return PlaceMatch(locality: m.written, province: all[m.row], isTown: m.isTown, byteRange: w[0].start..<w[m.next - 1].end)
    }

    // MARK: Internals

    static let nameTable: PhraseTable<Int> = {
        var rows: [(String, Int)] = []
        for (i, p) in all.enumerated() {
            rows.append((p.name, i))
            for s in p.spellings { rows.append((s, i)) }
        }
        return PhraseTable(rows)
    }()

    static let townTable: PhraseTable<Int> = {
        var rows: [(String, Int)] = []
        for (i, p) in all.enumerated() { for t in p.towns { rows.append((t, i)) } }
        return PhraseTable(rows)
    }()

    /// Unit words that may stand before a province or town name.
    static let unitTable = PhraseTable([
        ("tỉnh", "tỉnh"), ("thành phố", "thành phố"), ("TP", "thành phố"), ("T.P", "thành phố"),
        ("thị xã", "thị xã"), ("TX", "thị xã"), ("huyện", "huyện"), ("thị trấn", "thị trấn"), ("quận", "quận"),
    ])

    /// A province name or spelling at word `k`.
    static func matchName(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int, date: String?,
                          ascii: Bool = true) -> (row: Int, next: Int)? {
        guard let (e, next) = nameTable.match(p, w, at: k, limit: limit, ascii: ascii) else { return nil }
        return (e.payload, next)
    }

    /// A town at word `k`, resolved to the province that held it on `date`.
    static func matchTown(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int, date: String?) -> (row: Int, next: Int)? {
        guard let (e, next) = townTable.match(p, w, at: k, limit: limit) else { return nil }
        // Several rows may list the town (Huế: Thừa Thiên Huế, then the city of Huế).
        var row = e.payload
        if let date {
            let rows = townTable.entries.filter { $0.surface == e.surface }.map(\.payload)
            if let valid = rows.first(where: { all[$0].exists(on: date) }) { row = valid }
            row = current(row, on: date)
        }
        return (row, next)
    }

    /// Follows successors until the unit existed on `date`.
    static func current(_ row: Int, on date: String) -> Int {
        var row = row
        var hops = 0
        while !all[row].exists(on: date), let until = all[row].until, date >= until, let s = all[row].successor,
              let next = all.firstIndex(where: { $0.name == s && $0.exists(on: date) }), hops < 4 {
            row = next; hops += 1
        }
        return row
    }

    /// A place with an optional unit word: the province first, then (with `towns`) a town.
    static func matchPlace(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int, date: String?,
                           towns: Bool) -> (row: Int, next: Int, written: String, isTown: Bool)? {
        var j = k
        var unit: String? = nil
        if let (u, j2) = unitTable.match(p, w, at: k, limit: limit), j2 < limit {
            unit = u.payload; j = j2
        }
        if let (row, next) = matchName(p, w, at: j, limit: limit, date: date) {
            var r = row
            // A name that did not exist yet on the date (Huế before 2025) is the seat of the unit that did.
            if let date, !all[row].exists(on: date), towns, let t = matchTown(p, w, at: j, limit: limit, date: date), t.next == next {
                r = t.row
                return (r, next, all[r].locality, true)
            }
            let prov = all[r]
            let written = unit == nil || unit == prov.unit ? prov.locality : "\(unit!) \(prov.name)"
            return (r, next, written, false)
        }
        if towns, let (row, next) = matchTown(p, w, at: j, limit: limit, date: date) {
            let name = LocalityParser.titleCase(p, w, j, next)
            return (row, next, unit.map { "\($0) \(name)" } ?? name, true)
        }
        return nil
    }

    /// Runs `body` on the words of a short string.
    static func withWords<T>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>, [FoldWord]) -> T?) -> T? {
        var s = s
        return s.withUTF8 { p in
            let w = VietFold.words(p, from: 0, to: p.count, limit: 16)
            return w.isEmpty ? nil : body(p, w)
        }
    }
}
