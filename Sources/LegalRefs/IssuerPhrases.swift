/// Issuer phrases in prose (`Ủy ban nhân dân tỉnh Sơn La`, `Thủ tướng Chính phủ`, `Ban Bí thư`),
/// matched on folded text. Names come from the issuer table plus the prose-only bodies below.
enum IssuerPhrases {
    /// Prose names that are not symbol codes, or that name a body more precisely than its code.
    static let extraNames: [(String, String, String?)] = [
        ("ban bí thư", "Ban Bí thư", "TW"),
        ("bộ chính trị", "Bộ Chính trị", "TW"),
        ("ban chấp hành trung ương đảng", "Ban Chấp hành Trung ương", "TW"),
        ("ban chấp hành trung ương", "Ban Chấp hành Trung ương", "TW"),
        ("bch trung ương", "Ban Chấp hành Trung ương", "TW"),
        ("trung ương đảng", "Ban Chấp hành Trung ương", "TW"),
        ("thủ tướng chính phủ", "Thủ tướng Chính phủ", "TTg"),
        ("thủ tướng", "Thủ tướng Chính phủ", "TTg"),
        ("ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội", "UBTVQH"),
        ("ubtvqh", "Ủy ban Thường vụ Quốc hội", "UBTVQH"),
        ("chủ tịch nước", "Chủ tịch nước", "CTN"),
        ("hội đồng thẩm phán tòa án nhân dân tối cao", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "HĐTP"),
        ("hội đồng thẩm phán", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "HĐTP"),
        ("viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "VKSNDTC"),
        ("ngân hàng nhà nước việt nam", "Ngân hàng Nhà nước Việt Nam", "NHNN"),
        ("ngân hàng nhà nước", "Ngân hàng Nhà nước Việt Nam", "NHNN"),
        ("bộ trưởng bộ", "", nil),   // handled: minister → ministry
        ("chính phủ", "Chính phủ", "CP"),
        ("quốc hội", "Quốc hội", "QH"),
        ("ủy ban pháp luật", "Ủy ban Pháp luật của Quốc hội", "UBPL"),
        ("văn phòng chính phủ", "Văn phòng Chính phủ", "VPCP"),
        ("hội đồng bộ trưởng", "Hội đồng Bộ trưởng", "HĐBT"),
        ("hội đồng nhà nước", "Hội đồng Nhà nước", "HĐNN"),
    ]

    /// Folded name → (name, code), longest first; built from the issuer table and `extraNames`.
    static let names: [(word: [UInt8], name: String, code: String?)] = {
        var list: [(word: [UInt8], name: String, code: String?)] = []
        for (f, n, c) in extraNames where !n.isEmpty { list.append((Array(Fold.string(f).utf8), n, c)) }
        for row in Vocabulary.rows(issuerTableText) where row.count >= 3 {
            let level = row[2]
            if level == "local" { continue }
            let folded = Array(Fold.string(row[1]).utf8)
            if folded.count < 8 { continue }
            list.append((folded, row[1], row[0]))
            // Names with a hyphen are also written with commas or `và` (`Bộ Lao động, Thương binh và Xã hội`).
            let alt = Fold.string(row[1].replacingDash())
            if alt != Fold.string(row[1]) { list.append((Array(alt.utf8), row[1], row[0])) }
        }
        return list.sorted { $0.word.count > $1.word.count }
    }()

    /// Local bodies: folded head word → (full name, code).
    static let localHeads: [(word: [UInt8], name: String, code: String)] = [
        ("chủ tịch ủy ban nhân dân", "Chủ tịch Ủy ban nhân dân", "UBND"),
        ("chủ tịch ubnd", "Chủ tịch Ủy ban nhân dân", "UBND"),
        ("ủy ban nhân dân", "Ủy ban nhân dân", "UBND"),
        ("ubnd", "Ủy ban nhân dân", "UBND"),
        ("thường trực hội đồng nhân dân", "Thường trực Hội đồng nhân dân", "HĐND"),
        ("hội đồng nhân dân", "Hội đồng nhân dân", "HĐND"),
        ("hđnd", "Hội đồng nhân dân", "HĐND"),
        ("ban thường vụ tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "TU"),
        ("ban thường vụ thành ủy", "Ban Thường vụ Thành ủy", "TU"),
        ("tỉnh ủy", "Tỉnh ủy", "TU"),
        ("thành ủy", "Thành ủy", "TU"),
        ("sở giáo dục và đào tạo", "Sở Giáo dục và Đào tạo", "SGDĐT"),
        ("sở gd&đt", "Sở Giáo dục và Đào tạo", "SGDĐT"),
        ("sở tài chính", "Sở Tài chính", "STC"),
        ("sở y tế", "Sở Y tế", "SYT"),
        ("sở nội vụ", "Sở Nội vụ", "SNV"),
        ("sở tư pháp", "Sở Tư pháp", "STP"),
        ("sở xây dựng", "Sở Xây dựng", "SXD"),
        ("tòa án nhân dân", "Tòa án nhân dân", "TAND"),
    ].map { (Array(Fold.string($0.0).utf8), $0.1, $0.2) }.sorted { $0.0.count > $1.0.count }

    static let unitWords: [([UInt8], String)] = [("tinh", "tỉnh"), ("thanh pho", "thành phố"), ("tp.", "thành phố"), ("tp", "thành phố"),
                                                 ("huyen", "huyện"), ("quan", "quận"), ("thi xa", "thị xã"), ("xa", "xã"), ("phuong", "phường")]
        .map { (Array($0.0.utf8), $0.1) }

    /// Matches an issuer phrase at folded position `k`; returns it and the folded end position.
    static func match(_ w: FoldedWindow, at k: Int, text: UnsafeBufferPointer<UInt8>) -> (IssuerMention, Int)? {
        // Minister of a ministry → the ministry.
        var k = k
        let minister = Array("bo truong ".utf8)
        if w.hasWordPrefixGlued(minister, at: k), w.chars.count > k + minister.count, Array(w.chars[k..<(k + minister.count)]) == minister {
            k += minister.count
        }
        for (word, name, code) in localHeads where w.hasWord(word, at: k) {
            var e = k + word.count
            var locality: String? = nil, unnamed: String? = nil
            let j = w.skip(e, [0x20])
            for (uw, unit) in unitWords where w.hasWord(uw, at: j) || (uw.last == 0x2E && w.hasWordPrefixGlued(uw, at: j)) {
                let ns = w.skip(j + uw.count, [0x20])
                if let (place, pe) = placeName(w, at: ns, text: text) {
                    locality = "\(unit) \(place)"; e = pe
                } else {
                    unnamed = unit; e = j + uw.count
                }
                break
            }
            let full = locality.map { "\(name) \($0)" } ?? (unnamed.map { "\(name) \($0)" } ?? name)
            return (IssuerMention(name: full, code: code, locality: locality, unnamedLocality: unnamed,
                                  range: w.offset(k)..<w.offset(e)), e)
        }
        for (word, name, code) in names where w.hasWord(word, at: k) {
            let e = k + word.count
            return (IssuerMention(name: name, code: code, locality: nil, unnamedLocality: nil, range: w.offset(k)..<w.offset(e)), e)
        }
        return nil
    }

    /// A place name after a unit word: capitalised words (`Sơn La`, `Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`).
    static func placeName(_ w: FoldedWindow, at k: Int, text: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        var j = k
        var words = 0
        var end = k
        while j < w.chars.count, words < 4 {
            guard w.upper[j] else { break }
            var e = j
            while e < w.chars.count, isWordByte(w.chars[e]) { e += 1 }
            words += 1
            end = e
            var n = e
            if n < w.chars.count, w.chars[n] == 0x20 { n += 1 } else if n + 2 < w.chars.count, w.chars[n] == 0x2D { n = w.skip(n + 1, [0x20]) } else { break }
            j = n
        }
        guard words > 0 else { return nil }
        let a = w.offset(k), b = w.offset(end)
        return (String(decoding: UnsafeBufferPointer(rebasing: text[a..<b]), as: UTF8.self), end)
    }
}

extension String {
    /// `Bộ Lao động - Thương binh và Xã hội` → `Bộ Lao động, Thương binh và Xã hội`.
    func replacingDash() -> String {
        var out = ""
        var it = makeIterator()
        var pendingSpace = false
        while let c = it.next() {
            if c == " " { pendingSpace = true; continue }
            if c == "-" { out.append(","); pendingSpace = true; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return out
    }
}
