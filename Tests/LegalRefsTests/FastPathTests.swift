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

/// A deterministic mix of the pieces that normalization and the scanners care about.
struct PieceMixer {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    mutating func text(_ pieces: [String], count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += pieces[next(pieces.count)] }
        return s
    }
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

@Test func swarScalarCountAndDigits() {
    var mix = PieceMixer(state: 7)
    for round in 0..<300 {
        let bytes = Array(mix.text(normalizerPieces, count: 1 + round % 30).utf8)
        bytes.withUnsafeBufferPointer { p in
            for from in [0, 1, 3] where from <= p.count {
                let naive = p[from...].filter { $0 & 0xC0 != 0x80 }.count
                #expect(SWAR.scalarCount(p, from: from, to: p.count) == naive)
            }
            var i = 0
            while i + 8 <= p.count {
                let m = SWAR.digits(SWAR.load(p.baseAddress! + i))
                let first = (i..<(i + 8)).first { p[$0] >= 0x30 && p[$0] <= 0x39 }
                #expect((m == 0) == (first == nil))
                if let first { #expect(i + m.trailingZeroBitCount >> 3 == first) }
                i += 1
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
                  "Quyết định ", "e\u{0302}\u{0301}", "\u{1100}\u{1161}", "A\u{030A}", "  ", "\r"]
    var mix = PieceMixer(state: 99)
    for round in 0..<400 {
        let text = mix.text(pieces, count: round % 50 == 0 ? 900 : 1 + round % 60)
        let got = String(decoding: TextNormalizer.nfcByLine(Array(text.utf8)), as: UTF8.self)
        #expect(Array(got.utf8) == Array(referenceNFC(text).utf8), "\(Array(text.unicodeScalars))")
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
