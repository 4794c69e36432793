import Testing
@testable import LegalRefs

// The header reader's byte-level shortcuts against the code they replaced, on mixed pieces.

/// `HeaderReader.issuerCodeFromSymbol` as it was: the symbol split into Substrings.
private func referenceIssuerCode(_ reader: HeaderReader, _ s: String) -> String? {
    let (parts, lastPart) = reader.symbolShape(s)
    guard parts.count >= 2, let first = lastPart.first else { return nil }
    func str<S: StringProtocol>(_ b: S) -> String? { b.isEmpty ? nil : String(b) }
    if parts[0].utf8.contains(0x2D) { return str(parts[parts.count - 1]) }
    if HeaderVocabulary.isCourtCode(first) { return nil }
    if first.hasPrefix("AL"), first.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
    if HeaderVocabulary.typeCode(first, party: false) != nil || first.utf8.starts(with: "QĐ".utf8) {
        if HeaderVocabulary.isJointCode(first), lastPart.count > 2 {
            return lastPart.dropFirst().joined(separator: "-")
        }
        return lastPart.count >= 2 ? str(lastPart[1]) : nil
    }
    return str(first)
}

/// `HeaderReader.rightColumn` as it was: one byte a step.
private func referenceRightColumn(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
    var i = e
    while i > s, p[i - 1] == 0x20 || p[i - 1] == 0x09 || p[i - 1] == 0x0D { i -= 1 }
    let end = i
    let low = max(s, end - 92)
    while i > low {
        let b = p[i - 1]
        if b == 0x09 || (b == 0x20 && i - 3 >= s && p[i - 2] == 0x20 && p[i - 3] == 0x20) {
            var c = i
            while c < end, p[c] == 0x20 || p[c] == 0x09 { c += 1 }
            var t = i - 1
            while t > s, p[t - 1] == 0x20 || p[t - 1] == 0x09 { t -= 1 }
            return t > s && c < end ? c : nil
        }
        i -= 1
    }
    return nil
}

let symbolPieces = ["1744", "/", "-", "QĐ", "UBND", "TTLT", "BTC", "BCN", "AL", "AL1", "AL12", "ALx", "L\u{301}", "\u{301}", "36",
                    "HD", "VPTW", "HS", "DS", "ST", "GĐT", "TT", "2021", "QH13", "NĐ", "CP", "VBHN", "VPQH", "Đ", "S", "NQ", "x"]

@Test func issuerCodeFromSymbolMatchesReference() {
    var mix = PieceMixer(state: 17)
    var text = ""
    text.withUTF8 { p in
        let reader = HeaderReader(p: p, hints: DocumentHints())
        for fixed in ["1744/QĐ-UBND", "36-HD/VPTW", "15/2021/DS-GĐT", "43/2021/AL1", "43/2021/AL\u{301}1", "1/TTLT-BTC-BCN",
                      "1/TTLT--", "5/QĐ", "/2024/TT-BTC", "12/QH13", "x", "", "/", "1//QĐ-"] {
            #expect(reader.issuerCodeFromSymbol(fixed) == referenceIssuerCode(reader, fixed), "\(fixed)")
        }
        for _ in 0..<4_000 {
            let s = mix.text(symbolPieces, count: 1 + mix.next(7))
            #expect(reader.issuerCodeFromSymbol(s) == referenceIssuerCode(reader, s), "\(s)")
        }
    }
}

let columnPieces = [" ", "  ", "   ", "\t", "\r", "KT. CHỦ TỊCH", "Nơi nhận:", "- Như Điều 3;", "a", "ứ", "Lê Văn A", "xxxxxxxxxx"]

@Test func rightColumnMatchesReference() {
    var mix = PieceMixer(state: 23)
    for round in 0..<600 {
        let text = mix.text(columnPieces, count: 1 + mix.next(round < 300 ? 8 : 40))
        Array(text.utf8).withUnsafeBufferPointer { p in
            let reader = HeaderReader(p: p, hints: DocumentHints())
            for s in stride(from: 0, through: p.count, by: 3) {
                for e in Set([p.count, s + (p.count - s) / 2, s]) {
                    #expect(reader.rightColumn(s, e) == referenceRightColumn(p, s, e), "\(text) \(s)..<\(e)")
                }
            }
        }
    }
}

let recipientPieces = ["Nơi nhận", "NƠI NHẬN", "Nơi", "NƠI", "N", "nhận", " ", "\n", "Như", "a", "Nơi nhậ", "ơ"]

@Test func recipientsFoundInOnePass() {
    var mix = PieceMixer(state: 29)
    for _ in 0..<600 {
        let text = mix.text(recipientPieces, count: 1 + mix.next(12))
        Array(text.utf8).withUnsafeBufferPointer { p in
            let reader = HeaderReader(p: p, hints: DocumentHints())
            for from in 0...p.count {
                for to in Set([p.count, from + (p.count - from) / 2, from]) {
                    let old = reader.find("Nơi nhận", from: from, to: to) ?? reader.find("NƠI NHẬN", from: from, to: to)
                    #expect(reader.find("Nơi nhận", orElse: "NƠI NHẬN", from: from, to: to) == old, "\(text) \(from)..<\(to)")
                }
            }
        }
    }
}

/// `HeaderReader.findPreamble` as it was: a line that passes the first-byte and first-word gates folded again
/// from its start.
private func referencePreamble(_ r: HeaderReader, from start: Int) -> Range<Int>? {
    let p = r.p, n = r.n
    let limit = min(n, start + 65_536)
    var i = start
    var preStart: Int? = nil
    var lastPreEnd: Int? = nil
    var lines = 0, sinceLast = 0
    while i < limit, lines < 600 {
        if preStart == nil, lines > 14 || i - start > 6_000 { return nil }
        if preStart != nil, sinceLast > 12 { break }
        let e = r.nextNewline(i, limit)
        var s = i
        while s < e, r.isTrim(p[s]) || p[s] == 0x2D || p[s] == 0x2B { s += 1 }
        if s < e {
            sinceLast += 1
            guard HeaderVocabulary.preambleFirstBytes[Int(p[s])] else { i = e + 1; lines += 1; continue }
            let one = VietFold.words(p, from: s, to: min(e, s + 40), limit: 1)
            guard one.count == 1, one[0].start - s < 2, HeaderVocabulary.preambleStarts.group(one[0].hash) != nil
                    || (preStart != nil && HeaderVocabulary.operative.group(one[0].hash) != nil) else { i = e + 1; lines += 1; continue }
            let lw = VietFold.words(p, from: s, to: min(e, s + 40), limit: 3)
            if !lw.isEmpty, lw[0].start - s < 2 {
                if HeaderVocabulary.preambleStarts.matches(p, lw, at: 0) {
                    if preStart == nil { preStart = s }
                    lastPreEnd = e
                    sinceLast = 0
                } else if preStart != nil, let (entry, next) = HeaderVocabulary.operative.match(p, lw, at: 0), entry.payload || lw[next - 1].isUpper {
                    return preStart!..<s
                }
            }
        }
        i = e + 1
        lines += 1
    }
    if let preStart, let lastPreEnd { return preStart..<lastPreEnd }
    return nil
}

let preamblePieces = ["Căn cứ Luật", "Dieu 1.", "Can cu", "Xét đề nghị", "Theo đề nghị của", "QUYẾT ĐỊNH:", "Quyết định:", "Điều 1.", "- Căn cứ",
                      "\n", "\n", "\n", " ", "Chương I", "Thực hiện", "Trên cơ sở", "Cán bộ", "x", "ĐIỀU 1", "Mục 1", "*"]

@Test func preambleMatchesReference() {
    var mix = PieceMixer(state: 31)
    for _ in 0..<800 {
        let text = mix.text(preamblePieces, count: 1 + mix.next(40))
        Array(text.utf8).withUnsafeBufferPointer { p in
            let reader = HeaderReader(p: p, hints: DocumentHints())
            for from in [0, p.count / 3, p.count / 2] {
                #expect(reader.findPreamble(from: from) == referencePreamble(reader, from: from), "\(text) from \(from)")
            }
        }
    }
}

let passagePieces = ["Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 18 tháng 6 năm 2012.",
                     "Nghị quyết này được Hội đồng nhân dân tỉnh Sơn La thông qua ngày 9 tháng 12 năm 2020.",
                     " qua ", "thông qua", " này ", "ngày 1 tháng 2 năm 2003", "Quốc hội", " ", "\n", "các quy định", "xxxxxxxx "]

@Test func passageWindowMatchesWholeTail() {
    var mix = PieceMixer(state: 37)
    for round in 0..<300 {
        let text = mix.text(passagePieces, count: 1 + mix.next(round < 150 ? 30 : 300))
        Array(text.utf8).withUnsafeBufferPointer { p in
            var reader = HeaderReader(p: p, hints: DocumentHints())
            reader.setHead(HeaderParser.headBytes)
            var s = max(0, p.count - HeaderParser.tailBytes)
            while s < p.count, p[s] & 0xC0 == 0x80 { s += 1 }
            let whole = reader.passage(in: VietFold.words(p, from: s, to: p.count), requireThis: true)
                ?? reader.passage(in: Array(reader.w.prefix(600)), requireThis: false, upperOnly: true)
            let found = reader.findPassage()
            #expect(found?.date == whole?.date && found?.body == whole?.body, "\(text.utf8.count) bytes")
        }
    }
}
