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
                      "\r\n", "\n", "\n", "–", "—", "\u{FEFF}", "Ð", "e\u{301}", "™", "€", "†", "Š", "ƒ", "ˆ", "\u{2212}",
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

/// `isSyllable` as first written: every onset that prefixes the word, then its rhyme.
private func referenceIsSyllable(_ word: [UInt32]) -> Bool {
    if word.isEmpty || word.count > 8 { return false }
    var plain = String.UnicodeScalarView()
    var tones = 0
    for s in word {
        var v = s
        if let info = VietnameseSyllables.vowelInfo[s] {
            if info.tone != 0 { tones += 1 }
            v = UInt32(LegacyTables.baseVowels[Int(info.base)].unicodeScalars.first!.value)
        } else if s == 0x110 {
            v = 0x111
        } else if s >= 0x41 && s <= 0x5A {
            v = s + 0x20
        } else if !(s >= 0x61 && s <= 0x7A) && s != 0x111 {
            return false
        }
        if tones > 1 { return false }
        plain.append(Unicode.Scalar(v)!)
    }
    let p = String(plain)
    for onset in VietnameseSyllables.onsets where p.hasPrefix(onset) {
        let rhyme = String(p.dropFirst(onset.count))
        if VietnameseSyllables.rhymes.contains(rhyme) { return true }
        if onset == "gi" && (rhyme.isEmpty || VietnameseSyllables.rhymes.contains("i" + rhyme)) { return true }
        if onset == "qu" && VietnameseSyllables.rhymes.contains("u" + rhyme) { return true }
    }
    return false
}

@Test func syllableSetMatchesOnsetRhymeSearch() {
    var words: Set<[UInt32]> = []
    let text = "Nghị định quyết gìn giữ gi quốc quy quả Quân ĐỊNH Đảng khuya nghiêng xuân oong uyên ưu ươu gịa qủa ghế ngh ttt NĐ HĐND ChÝnh Quyeát"
    for w in text.split(separator: " ") { words.insert(w.unicodeScalars.map(\.value)) }
    // Every onset + rhyme, and random letter strings.
    let letters = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằấầẩễệịọốồờớởợụủứừữựỳ".unicodeScalars.map(\.value))
    var state: UInt64 = 3
    for _ in 0..<20000 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let len = Int(state >> 60) % 6 + 1
        var w: [UInt32] = []
        for k in 0..<len { w.append(letters[Int((state >> UInt64(8 + 7 * k)) % UInt64(letters.count))]) }
        words.insert(w)
    }
    for o in VietnameseSyllables.onsets { for r in VietnameseSyllables.rhymes { words.insert((o + r).unicodeScalars.map(\.value)) } }
    for w in words { #expect(VietnameseSyllables.isSyllable(w) == referenceIsSyllable(w), "\(w)") }
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

@Test func beyond1252MatchesUnits() {
    let chars = ["a", "à", "ạ", "đ", "ũ", "Œ", "š", "ƒ", "ơ", "ˆ", "˜", "ˇ", "€", "−", "∙", "→", "́", "中", "🙂", "°", "»", "\u{A0}", "ư", "Ÿ", "ž", "ſ"]
    var state: UInt64 = 11
    func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) }
    for _ in 0..<3000 {
        var s = ""
        for _ in 0..<(1 + next(4)) { s += chars[next(chars.count)] }
        let units = LegacyDecoders.units(fromScalars: s.unicodeScalars.map(\.value))
        let mappable = !units.contains { $0 >= 0x100 && $0 != 0x2212 && $0 != 0x2219 }
        // The byte test may miss some characters beyond Windows-1252 (it is a shortcut), never invent one.
        if ParagraphChooser.hasCharacterBeyond1252(Array(s.utf8)) { #expect(!mappable, "\(s)") }
    }
}
