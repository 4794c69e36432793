import Testing
import LegalRefs
@testable import DocumentText

/// What `DocumentReader` gave for plain text before the fast path: the full decoder, then the normalizer.
private func fullDecoder(_ bytes: [UInt8]) -> Result<(String, String), DocumentTextError> {
    do {
        let d = try VietnameseDecoder.decode(bytes)
        return .success((TextNormalizer.normalize(d.text), d.encoding))
    } catch { return .failure(error) }
}

private let pieces = ["Nghị định số ", "127/2018/NĐ-CP", "cũng ", "Cà Mau ", "abc ", "12", "°C", "m²", "±", "»", "\u{AD}", "\u{A0}",
                      "\r\n", "\n", "\n", "–", "—", "\u{FEFF}", "Ð", "e\u{301}", "™", "€", "†", "Š", "ƒ", "ˆ", "˜", "ˇ", "\u{2212}",
                      "NghÞ ®Þnh sè ", "Quyeát ñònh soá ", "Quyáº¿t Ä‘á»‹nh ", "\u{1E}", "\u{1F}", "\t", "\u{0B}", "\u{7}",
                      "ơ ư ", "…", "“x”", "ổ", "🙂", "\u{0C}"]

@Test func cleanUTF8FastPathMatchesFullDecoder() {
    var state: UInt64 = 1
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for round in 0..<1500 {
        var bytes: [UInt8] = []
        if round % 7 == 0 { bytes += [0xEF, 0xBB, 0xBF] }
        for _ in 0..<(1 + round % 25) { bytes += Array(pieces[next(pieces.count)].utf8) }
        if round % 11 == 0 { bytes.insert(0xFF, at: next(bytes.count)) }           // invalid UTF-8
        if round % 13 == 0 { bytes.append(0xE1) }                                  // truncated sequence
        let expected = fullDecoder(bytes)
        let got = Result { () throws(DocumentTextError) -> LoadedDocument in try DocumentReader.read(bytes: bytes, name: "a.txt") }
        switch (expected, got) {
        case (.success(let e), .success(let g)):
            #expect(g.text == e.0, "\(bytes)")
            #expect(g.encoding == e.1, "\(bytes)")
        case (.failure(let e), .failure(let g)):
            #expect(e == g)
        default:
            Issue.record("fast path and full decoder disagree on \(bytes)")
        }
    }
}

/// `ParagraphChooser.assemble` as first written (every line rebuilt scalar by scalar).
private func referenceAssemble(_ lines: [LineInput], _ out: [[UInt32]?], _ legacy: [Bool]) -> String {
    var all: [[UInt32]] = []
    for (i, line) in lines.enumerated() {
        if let o = out[i] { all.append(o); continue }
        if let t = line.text { all.append(t.unicodeScalars.map(\.value)) } else { all.append(line.bytes!.map { UInt32($0) }) }
    }
    var result = String.UnicodeScalarView()
    for i in all.indices {
        var line = all[i]
        var joinNext = false
        if i + 1 < all.count, legacy[i] || legacy[i + 1] { joinNext = WordMend.shouldJoin(line, all[i + 1]) }
        if joinNext, line.last == 0x0D { line.removeLast() }
        for s in line { if let u = Unicode.Scalar(s) { result.append(u) } }
        if i + 1 < all.count && !joinNext { result.append("\n") }
    }
    let text = String(result)
    let scan = ByteScan.scan(Array(text.utf8))
    return scan.controls ? LineCleanup.removeControls(in: text) : text
}

@Test func assembleMatchesReference() {
    let texts = ["quy đ", "ịnh số 12", "Nghị định\r", "tr", "ở lại", "abc", "", "x\u{7}y", "Quyết", "định"]
    var state: UInt64 = 5
    func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) }
    for _ in 0..<500 {
        let count = 1 + next(6)
        var lines: [LineInput] = [], out: [[UInt32]?] = [], legacy: [Bool] = []
        for _ in 0..<count {
            if next(5) == 0 { lines.append(LineInput(bytes: ArraySlice([0x4E, 0xF0, 0x61, 0x0D]))) }
            else { lines.append(LineInput(unicode: Substring(texts[next(texts.count)]))) }
            let isLegacy = next(3) == 0
            legacy.append(isLegacy)
            out.append(isLegacy || lines.last!.text == nil ? texts[next(texts.count)].unicodeScalars.map(\.value) : (next(2) == 0 ? nil : lines.last!.text!.unicodeScalars.map(\.value)))
        }
        #expect(ParagraphChooser.assemble(lines, out, legacy) == referenceAssemble(lines, out, legacy))
    }
}

/// Lines for documents that mix Unicode paragraphs with legacy text read as Windows-1252, including
/// words a fixed-width dump broke across lines (`quy ®` / `Þnh`), so that the fast path splices.
private let mixedLines = ["Nghị định số 127/2018/NĐ-CP của Chính phủ", "Căn cứ Luật Tổ chức Chính phủ;", "NghÞ ®Þnh sè 12/2005/N§-CP",
                          "quy ®", "Þnh t¹i §iÒu 5", "Quyeát ñònh soá 186/2006/QÑ-TTg", "Quyáº¿t Ä‘á»‹nh sá»‘ 5", "Nhiệt độ 30°C, độ ẩm 80%",
                          "abc", "", "“Điều 5”", "m² ± 5", "tr", "ở lại", "Ð ð", "Khoản 2\u{A0}Điều 3", "x\u{93}y của Bộ luật", "â€“ ",
                          "QUY §ÞNH", "chÝnh phñ", "™ †", "ĐIỀU 1.", "Hµ Néi, ngµy 5 th¸ng 6 n¨m 2004"]

@Test func cleanUTF8FastPathSplicesLikeFullDecoder() {
    var state: UInt64 = 3
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var spliced = 0
    for round in 0..<1500 {
        var text = round % 5 == 0 ? "\u{FEFF}" : ""
        let count = 1 + next(12)
        for i in 0..<count {
            text += mixedLines[next(mixedLines.count)]
            if i + 1 < count { text += next(4) == 0 ? "\r\n" : "\n" }
        }
        if round % 7 == 0 { text += "\n" }
        let bytes = Array(text.utf8)
        if bytes.isEmpty { continue }
        guard case .success(let e) = fullDecoder(bytes) else { Issue.record("full decoder failed on \(text)"); continue }
        var fast = bytes
        guard let encoding = CleanUTF8.normalize(&fast) else { Issue.record("fast path refused \(text)"); continue }
        #expect(String(decoding: fast, as: UTF8.self) == e.0, "\(text)")
        #expect(encoding == e.1, "\(text)")
        if encoding != "utf-8" { spliced += 1 }
    }
    #expect(spliced > 300)
}

@Test func asciiFileExtensionMatchesCharacterBasedOne() {
    /// `DocumentFormat.fileExtension` as first written, on `Character`s.
    func reference(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
    let parts = ["", "/", "//", ".", "..", "a", "DOC", "x.TXT", ".hidden", "a.b.Docx", "dir.d/", "file.", "Tệp.PDF", "e\u{301}.\u{301}x", "\r\n"]
    for a in parts { for b in parts { for c in parts {
        let name = a + b + c
        #expect(DocumentFormat.fileExtension(name) == reference(name), "\(name.debugDescription)")
    } } }
}

@Test func syllableKeySetAgreesWithSet() {
    let keys = VietnameseSyllables.rhymeWords.map(VietnameseSyllables.key)
    let set = VietnameseSyllables.KeySet(keys + [0])
    let reference = Set(keys + [0])
    var state: UInt64 = 5
    for k in keys + [0, 1, 63, 64, 1 << 47] { #expect(set.contains(k) == reference.contains(k)) }
    for _ in 0..<20000 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let k = (state >> 16) & ((1 << (6 * (1 + (state >> 61)))) - 1)     // one to eight letters' worth of bits
        #expect(set.contains(k) == reference.contains(k))
    }
    #expect(!VietnameseSyllables.KeySet(keys).contains(0))
}
