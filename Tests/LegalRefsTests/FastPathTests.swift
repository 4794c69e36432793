import Foundation
import Testing
@testable import LegalRefs

/// The byte rewrite as it was first written (one byte at a time into a new array): the in-place
/// version must give the same bytes.
private func referenceRewrite(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    let end = bytes.count
    while i < end {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x0D:
                if i + 1 < end, bytes[i + 1] == 0x0A { i += 1; continue }
                out.append(0x0A)
            case 0x1E: out.append(0x2D)
            case 0x1F: break
            default: out.append(b)
            }
            i += 1
            continue
        }
        if b == 0xC3, i + 1 < end {
            let c = bytes[i + 1]
            if c == 0x90 { out += [0xC4, 0x90]; i += 2; continue }
            if c == 0xB0 { out += [0xC4, 0x91]; i += 2; continue }
        }
        if b == 0xC2, i + 1 < end {
            let c = bytes[i + 1]
            if c == 0xA0 { out.append(0x20); i += 2; continue }
            if c == 0xAD { i += 2; continue }
        }
        if b == 0xE2, i + 2 < end {
            let c = bytes[i + 1], d = bytes[i + 2]
            if c == 0x80 {
                switch d {
                case 0x90...0x95: out.append(0x2D); i += 3; continue
                case 0x80...0x8A, 0xAF: out.append(0x20); i += 3; continue
                case 0x8B...0x8D: i += 3; continue
                case 0xA8, 0xA9: out.append(0x0A); i += 3; continue
                default: break
                }
            }
            if c == 0x88, d == 0x92 { out.append(0x2D); i += 3; continue }
            if c == 0x88, d == 0x95 { out.append(0x2F); i += 3; continue }
            if c == 0x81, d == 0x83 { out.append(0x2D); i += 3; continue }
            if c == 0x81, d == 0xA0 { i += 3; continue }
        }
        if b == 0xEF, i + 2 < end {
            let c = bytes[i + 1], d = bytes[i + 2]
            if c == 0xBB, d == 0xBF { i += 3; continue }
            if c == 0xBC, d == 0x8F { out.append(0x2F); i += 3; continue }
            if c == 0xBC, d == 0x8D { out.append(0x2D); i += 3; continue }
        }
        out.append(b)
        i += 1
    }
    return out
}

let normalizerPieces = ["Nghị định số ", "127/2018/NĐ-CP", "cũng ", "abc", " ", "12", "\u{A0}", "\u{AD}", "\r\n", "\r", "\n",
                        "\u{2013}", "\u{2014}", "\u{2011}", "\u{2009}", "\u{200B}", "\u{2028}", "\u{2212}", "\u{2215}",
                        "\u{2043}", "\u{2060}", "\u{FEFF}", "\u{FF0F}", "\u{FF0D}", "Ð", "ð", "\u{1E}", "\u{1F}", "\t",
                        "…", "“x”", "Œ", "€", "ổ", "x\u{2019}", "🙂", "\u{2010}"]

@Test func inPlaceRewriteMatchesReference() {
    var mix = PieceMixer(state: 42)
    for round in 0..<600 {
        let text = mix.text(normalizerPieces, count: 1 + round % 40)
        let expected = String(decoding: referenceRewrite(Array(text.utf8)), as: UTF8.self)
        #expect(TextNormalizer.normalize(text) == expected, "\(Array(text.unicodeScalars))")
        var bytes = Array(text.utf8)
        TextNormalizer.normalize(utf8: &bytes)
        #expect(bytes == Array(expected.utf8))
    }
}

@Test func normalizeKeepsCleanTextAsIs() {
    var bytes = Array("Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của Ủy ban nhân dân tỉnh".utf8)
    let before = bytes
    TextNormalizer.normalize(utf8: &bytes)
    #expect(bytes == before)
}

@Test func swarScalarCount() {
    var mix = PieceMixer(state: 7)
    for round in 0..<300 {
        let bytes = Array(mix.text(normalizerPieces, count: 1 + round % 30).utf8)
        bytes.withUnsafeBufferPointer { p in
            for from in [0, 1, 3] where from <= p.count {
                let naive = p[from...].filter { $0 & 0xC0 != 0x80 }.count
                #expect(SWAR.scalarCount(p, from: from, to: p.count) == naive)
            }
        }
    }
}

/// NFC line by line as first written (a `Character`-based split, cuts counted in `Character`s).
private func referenceNFC(_ text: String) -> String {
    var result = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if !result.isEmpty || line.startIndex != text.startIndex { result.append("\n") }
        if TextNormalizer.containsCombining(Array(line.utf8)) {
            var pieceStart = line.startIndex
            var count = 0
            var i = line.startIndex
            while i < line.endIndex {
                count += 1
                if count > 20, line[i] == " " {
                    result.append(line[pieceStart..<i].precomposedStringWithCanonicalMapping)
                    pieceStart = i; count = 0
                }
                i = line.index(after: i)
            }
            result.append(line[pieceStart...].precomposedStringWithCanonicalMapping)
        } else {
            result.append(contentsOf: line)
        }
    }
    return result
}

@Test func nfcByLineMatchesReference() {
    let pieces = ["Nghi\u{0323} đi\u{0323}nh ", "a\u{0301}", " \u{0301}", "\r\n", "\n", "\n\u{0300}", "\u{212B}", "x y z ",
                  "Quyết định ", "e\u{0302}\u{0301}", "\u{1100}\u{1161}", "A\u{030A}", "  ", "\r", "\u{0958}\u{0301}", "\u{FB2C}"]
    var mix = PieceMixer(state: 99)
    for round in 0..<400 {
        let text = mix.text(pieces, count: round % 50 == 0 ? 900 : 1 + round % 60)
        let got = String(decoding: TextNormalizer.nfcByLine(Array(text.utf8)), as: UTF8.self)
        #expect(Array(got.utf8) == Array(referenceNFC(text).utf8), "\(Array(text.unicodeScalars))")
        var inPlace = Array(text.utf8)
        TextNormalizer.nfcByLineInPlace(&inPlace)
        #expect(inPlace == Array(referenceNFC(text).utf8), "\(Array(text.unicodeScalars))")
    }
}

@Test func swarEqualBytes() {
    let bytes: [UInt8] = Array("Nghị quyết Luật uN 0123456789".utf8)
    bytes.withUnsafeBufferPointer { p in
        for i in 0...(p.count - 8) {
            let m = SWAR.bytes(SWAR.load(p.baseAddress! + i), equalTo: 0x75)
            let first = (i..<(i + 8)).first { p[$0] == 0x75 }
            #expect((m == 0) == (first == nil))
            if let first { #expect(i + m.trailingZeroBitCount >> 3 == first) }
        }
    }
}

@Test func swarScalarCountOnLongText() {
    // More than 255 words per lane batch, all continuation-heavy.
    let text = String(repeating: "ệỹ€🙂aĐ", count: 2000)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { p in
        #expect(SWAR.scalarCount(p, from: 0, to: p.count) == text.unicodeScalars.count)
        #expect(SWAR.scalarCount(p, from: 5, to: p.count - 3) == p[5..<(p.count - 3)].filter { $0 & 0xC0 != 0x80 }.count)
    }
}

@Test func asciiHelpersMatchStringVersions() {
    let groups = ["UBND", "NĐ", "nđ", "Qh14", "BGD&ĐT", "TTg", "QH", "14", "", "UBTVQH15", "x²", "Á1", "ĐT2", "abc", "ÁB12", "A\r\n1", "đ"]
    for g in groups {
        if let u = ASCIIText.upper(g, foldingD: false) { #expect(u == g.uppercased(), "\(g)") }
        if let f = ASCIIText.upper(g, foldingD: true) {
            var out = ""
            for ch in g.uppercased() { out.append(ch == "Đ" ? "D" : ch) }
            #expect(f == out, "\(g)")
        }
        if let (base, digits) = ASCIIText.splitDigits(g) {
            var b = g, d = ""
            while let l = b.last, l.isNumber { d.insert(l, at: d.startIndex); b.removeLast() }
            #expect(base == b && digits == d, "\(g)")
        }
    }
    for n in ["1", "01", "0005", "127", "0", "00", "66.7", "007.5", "10"] {
        var t = Substring(n)
        let expected: (String, String)
        if n.contains(".") { expected = (n, n) } else {
            while t.count > 1, t.first == "0" { t = t.dropFirst() }
            let plain = String(t)
            expected = (plain.count == 1 ? "0" + plain : plain, plain)
        }
        let got = ASCIIText.canonicalNumber(n)
        #expect(got?.0 == expected.0 && got?.1 == expected.1, "\(n)")
    }
    #expect(ASCIIText.canonicalNumber("0\r\n") == nil)
    // The byte comparison of a prose code with a symbol code's base, against the string functions it replaces.
    var compared = 0, equal = 0
    for a in groups + ["D", "UBTVQH", "ND", "qh", "TW"] {
        for b in groups + ["QH15", "UBTVQH14", "ND", "nd1"] {
            let expected = Vocabulary.foldCode(a) == Vocabulary.foldCode(Resolver.splitDigits(b).0)
            if let got = ASCIIText.sameFoldedCode(a, base: b) {
                #expect(got == expected, "\(a) \(b)")
                compared += 1
                if got { equal += 1 }
            }
            #expect(Scan.sameCode(a, issuerCode: b) == expected, "\(a) \(b)")
        }
    }
    #expect(compared > 300 && equal > 10)
    #expect(ASCIIText.sameFoldedCode("UBND", base: "x²") == nil && ASCIIText.sameFoldedCode("Á1", base: "UBND") == nil)
}

/// Chunked extraction reports the same references (same offsets) as whole-text extraction when every
/// context the extractor reads fits in the chunk context.
@Test func chunkedExtractionMatchesWholeText() {
    let paragraph = """
        Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21/9/2018 của Chính phủ quy định trách nhiệm quản lý nhà nước về giáo dục;
        Thực hiện Quyết định số 1744/QĐ-UBND  ngày 16/7/2019 của Ủy ban nhân dân tỉnh về việc ban hành kế hoạch, các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021.
        Bãi bỏ khoản 2 Điều 5 Thông tư số 01/2020/TT-BGDĐT. Kinh phí năm 2023 là 1.250 triệu đồng; liên hệ số 0212.3852.123.
        Quán triệt Kết luận số 49-KL/TW của Bộ Chính trị, Nghị quyết số 51/2017/QH14 và Luật Giáo dục 2019.

        """
    let text = "QUYẾT ĐỊNH\n" + String(repeating: paragraph, count: 60)
    let bytes = Array(text.utf8)
    let whole = bytes.withUnsafeBufferPointer { Extractor.extract(bytes: $0) }
    for (chunk, context) in [(4096, 2048), (1000, 1500), (20_000, 4096), (1 << 30, 64)] {
        var header: DocumentHeader? = nil
        var chars = 0
        var refs: [Reference] = []
        bytes.withUnsafeBufferPointer {
            Extractor.extract(bytes: $0, chunkBytes: chunk, context: context,
                              document: { header = $0; chars = $1 }, references: { refs += $0 })
        }
        #expect(header == whole.document)
        #expect(chars == whole.chars)
        #expect(refs == whole.references, "chunk \(chunk), context \(context)")
    }
    #expect(whole.references.count > 300)
}

/// The number-only gate with its memo of words answers as the gate folding every word does, at every
/// digit of mixed text (type words, their last words alone, `số`, words with marks, `…`, non-breaking
/// spaces, long words and words cut by the window).
@Test func kindCueMemoMatchesFullGate() {
    let pieces = ["Thông tư ", "thông tư ", "từ ", "Từ ", "Nghị định ", "định ", "số ", "Số: ", "SỐ ", "No. ", "Điều ", "khoản ",
                  "ngày ", "năm ", "tháng ", "quyết ", "Nghị quyết: ", "NĐ", "nđ ", "TT ", "tt.", "công văn ", "văn ",
                  "Decree ", "decree ", "…", " … ", "\u{A0}", "“", "(", ", ", ": ", ".", "\n", "x", "ĐIỀU ", "Khoản ",
                  "liên tịch ", "tịch ", "abcdefghijklmnopqrstu ", "quyếtđịnh ", "12", "7", "2018 ", "05/"]
    var mixer = PieceMixer(state: 11)
    var checked = 0, held = 0
    for _ in 0..<1500 {
        let bytes = Array(mixer.text(pieces, count: 40).utf8)
        bytes.withUnsafeBufferPointer { s in
            var scan = Scan(s: s)
            for i in s.indices where SymbolParser.isDigit(s[i]) {
                let full = scan.endsWithKindCue(before: i)
                #expect(scan.endsWithKindCueMemo(before: i) == full, "\(String(decoding: s[max(0, i - 24)..<i], as: UTF8.self))")
                checked += 1
                if full { held += 1 }
            }
        }
    }
    #expect(checked > 10_000)
    #expect(held > 250, "\(held) of \(checked)")
    #expect(checked - held > 500)
}

/// Groups for the vocabulary fast paths: every table code as written, in lower case, folded, with a
/// legislature number and with `&`, and random mixes of letters, `Đ`/`đ`, digits and other scalars.
private func vocabularyProbeGroups() -> [String] {
    var groups: [String] = []
    let codes = TableText.issuerRows.map { $0[0] } + TableText.typeRows.map { $0[0] } + Array(courtCaseCodes)
        + Array(courtProcedureCodes.keys) + Array(courtStageCodes)
    for c in codes {
        groups += [c, c.lowercased(), Vocabulary.foldCode(c), c + "14", c + "&", "&" + c, c + "1x", String(c.dropLast()), c + c]
    }
    let pieces = ["Q", "H", "q", "Đ", "đ", "N", "D", "T", "t", "g", "1", "4", "0", "&", "B", "C", "U", "Á", "²", "x", "\r\n", " ", "-"]
    var mix = PieceMixer(state: 7)
    for round in 0..<1500 { groups.append(mix.text(pieces, count: 1 + round % 18)) }
    return groups + ["", "&", "&&", "14", "ĐCTUBTWMTTQVN", "đctubtwmttqvn", "TLĐLĐVN", "TLĐLĐVN1234567890"]
}

/// The keyed vocabulary lookups and the byte paths of `canonicalGroup`/`issuerEntry` answer as the
/// `String` versions do.
@Test func vocabularyKeyedLookupsMatchStringTables() {
    let vocab = Vocabulary.shared
    var hits = 0
    for g in vocabularyProbeGroups() {
        let t = vocab.type(g), tr = vocab.typeByString(g)
        #expect(t?.code == tr?.code && t?.kind == tr?.kind, "\(g)")
        let i = vocab.issuer(g), ir = vocab.issuerByString(g)
        #expect(i?.code == ir?.code && i?.name == ir?.name, "\(g)")
        if t != nil || i != nil { hits += 1 }
        for preferType in [false, true] {
            #expect(Resolver.canonicalGroup(g, preferType: preferType) == Resolver.canonicalGroupByString(g, preferType: preferType), "\(g)")
        }
        #expect(Resolver.issuerEntry(g)?.code == Resolver.issuerEntryByString(g)?.code, "\(g)")
        let court = Resolver.courtClass(g), folded = Vocabulary.foldCode(g)
        #expect(court.court == Resolver.foldedCourt.contains(folded) && court.proc == Resolver.foldedProc.contains(folded), "\(g)")
    }
    #expect(hits > 500)
}

/// The word folder with its lower-case runs gives the words, hashes and flags of the one-scalar-a-step folder.
@Test func foldWordsMatchesReference() {
    let pieces = ["Nghị ", "định", "abc", "ABC", "Ủy", "ban", " ", "12", "3a", "a3", "Đ", "đ", "x\u{301}y", "\u{300}", "QH14",
                  "-", "/", "\n", "ủy", "UBND", "tỉnh", "Sơn La", "…", "e", "Z", "1", "é"]
    var mix = PieceMixer(state: 5)
    var words = 0
    for round in 0..<1500 {
        let bytes = Array(mix.text(pieces, count: 1 + round % 30).utf8)
        bytes.withUnsafeBufferPointer { p in
            for (from, capacity) in [(0, 64), (min(p.count, 1 + round % 7), 3)] {
                let expected = referenceFoldWords(p, from: from, to: p.count, capacity: capacity)
                let got = withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: capacity) { buf -> [FoldWord] in
                    Array(buf[0..<VietFold.words(p, from: from, to: p.count, into: buf)])
                }
                #expect(got == expected, "\(String(decoding: bytes, as: UTF8.self))")
                words += got.count
            }
        }
    }
    #expect(words > 5_000)
}

/// `String.trimmed` trims on the bytes where that gives what trimming characters gives: the same result on
/// mixes of set characters, line breaks, `\r\n`, combining marks after a trimmed byte and prepended scalars
/// before one, and the byte path really taken on plain values.
@Test func asciiTrimMatchesCharacterTrim() {
    let pieces = [" ", ":", ",", "\n", "\r", "\r\n", "a", "Số", "ạ", "\u{301}", " \u{301}", "\u{600}", "\u{600} ", "é", "e\u{301}", "09/2020", "\t", "x:"]
    var mix = PieceMixer(state: 31)
    var fast = 0
    for _ in 0..<3000 {
        let text = mix.text(pieces, count: mix.next(8))
        for set in [" :", " ", " ,"] {
            #expect(text.trimmed(set) == text.characterTrimmed(set), "\(text.unicodeScalars.map { $0.value }) \(set)")
            if let f = text.asciiTrimmed(set) {
                fast += 1
                #expect(f == text.characterTrimmed(set))
                #expect(Array(f.utf8) == Array(text.characterTrimmed(set).utf8))
            }
        }
    }
    #expect(fast > 5000)
    #expect(" : Số 09/2020 :\n".asciiTrimmed(" :") == "Số 09/2020")
    #expect(" \u{301}a".asciiTrimmed(" ") == nil)
    #expect("a\r\n".asciiTrimmed(" ") == nil)
}

/// A group's base keys, cut from its whole keys, are the keys read from the base's own bytes; and the
/// one-reading issuer group answers as the `String` paths do.
@Test func symbolGroupBaseKeysMatchBaseReading() {
    var checked = 0
    for g in vocabularyProbeGroups() + ["QH14", "UBTVQH15", "ĐCS1", "đĐ12", "BGDĐT2024", "Đ9", "HĐND123"] {
        let (code, e) = Resolver.canonicalIssuerGroup(g)
        #expect(code == Resolver.canonicalGroupByString(g, preferType: false), "\(g)")
        #expect(e?.code == Resolver.issuerEntryByString(g)?.code, "\(g)")
        guard let f = SymbolGroup(g) else { continue }
        var base = Substring(g)
        while let l = base.last, l.isASCII, l.isNumber { base = base.dropLast() }
        #expect(f.digitCount == g.utf8.count - base.utf8.count, "\(g)")
        if base.isEmpty { #expect(f.baseKeys == nil, "\(g)"); continue }
        let r = CodeKeys(String(base))
        #expect(f.baseKeys?.exact == r?.exact && f.baseKeys?.folded == r?.folded, "\(g)")
        if f.digitCount > 0 { checked += 1 }
    }
    #expect(checked > 5)
}
