import Testing
import CUTF8Scan
@testable import LegalRefs

/// The byte-by-byte searches that the C helpers (`cancu_utf8_next_rewrite`, `cancu_utf8_continuations`)
/// replaced, kept as the reference they must agree with.
private enum Reference {
    /// `TextNormalizer.scanRewrites` as it was: every byte with a rewrite lead is looked at.
    static func scanRewrites(_ p: [UInt8]) -> (firstRewrite: Int?, combining: Bool) {
        var first: Int? = nil
        let n = p.count
        for i in 0..<n where TextNormalizer.rewriteLead(p[i]) {
            let c: UInt8 = i + 1 < n ? p[i + 1] : 0, d: UInt8 = i + 2 < n ? p[i + 2] : 0
            if TextNormalizer.isCombining(p[i], c) { return (first ?? i, true) }
            if first == nil, TextNormalizer.rewriteLength(p[i], c, d, available: n - i) > 0 { first = i }
        }
        return (first, false)
    }

    /// `TextNormalizer.compact(_:from:)` as it was: the runs between changes found character by character.
    static func compact(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var out = Array(bytes[..<start])
        let n = bytes.count
        var r = start
        while r < n {
            let b = bytes[r]
            let c: UInt8 = r + 1 < n ? bytes[r + 1] : 0, d: UInt8 = r + 2 < n ? bytes[r + 2] : 0
            let len = TextNormalizer.rewriteLength(b, c, d, available: n - r)
            if len == 0 {
                let l = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                out += bytes[r..<min(n, r + l)]
                r += l
                continue
            }
            out += bytes.withUnsafeBufferPointer { p -> [UInt8] in
                // The replacement, written by the normalizer's own `rewrite` into scratch space.
                var scratch = Array(p[r..<min(n, r + 3)]) + [0, 0, 0]
                var w = 0
                let used = scratch.withUnsafeMutableBufferPointer { s in
                    TextNormalizer.rewrite(s.baseAddress!, min(n - r, 3), at: 0, to: &w)
                }
                #expect(used == len)
                return Array(scratch[..<w])
            }
            r += len
        }
        return out
    }

    /// Whether the byte at `k` may start a rewrite or a combining mark (the C helper's contract).
    static func mayStartRewrite(_ p: [UInt8], _ k: Int) -> Bool {
        switch p[k] {
        case 0x0D, 0x1E, 0x1F, 0xC2, 0xCC, 0xCD, 0xE2, 0xEF: return true
        case 0xC3: return k + 1 >= p.count || p[k + 1] == 0x90 || p[k + 1] == 0xB0
        default: return false
        }
    }
}

/// Pieces of text for the normalizer: Vietnamese letters of two and three bytes, every kind of
/// rewrite, combining marks, CR LF, and plain ASCII.
private let rewritePieces: [[UInt8]] = [
    "Nghị định số ", "à á â ã è é ê ì í ò ó ô õ ù ú ý ", "ơ ư đ ă ", "Ð", "ð", "\u{A0}", "\u{AD}", "\r\n", "\r", "\n", "–", "—",
    "…", "“x”", "\u{2212}", "\u{2215}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{2060}", "\u{2002}", "\u{FEFF}", "／", "－", "\u{1E}",
    "\u{1F}", "e\u{301}", "Nghi\u{0323}", "\u{36F}", "\u{370}", "×", "÷", "Ä", "©", "€", "🙂", "12/2020/NĐ-CP", "abcdefghijklmnop",
].map { Array($0.utf8) }

private struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    mutating func text(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        for _ in 0..<count { out += rewritePieces[next(rewritePieces.count)] }
        return out
    }
}

@Test func nextRewriteMatchesByteTest() {
    // Random bytes of every value (and runs of Vietnamese text) at every length and offset: the first
    // offset the helper gives is the first byte the reference accepts.
    var rng = Random(state: 5)
    for round in 0..<600 {
        var bytes: [UInt8]
        if round % 2 == 0 {
            bytes = (0..<rng.next(140)).map { _ in UInt8(rng.next(256)) }
        } else {
            bytes = rng.text(1 + rng.next(12))
        }
        for from in 0...min(bytes.count, 40) {
            let want = (from..<bytes.count).first { Reference.mayStartRewrite(bytes, $0) } ?? bytes.count
            for level: Int32 in [0, 2] {
                let got = bytes.withUnsafeBufferPointer { from + cancu_utf8_next_rewrite_at($0.baseAddress! + from, $0.count - from, level) }
                #expect(got == want, "level \(level): \(bytes) from \(from)")
            }
        }
    }
}

@Test func continuationsMatchByteCount() {
    var rng = Random(state: 13)
    for round in 0..<400 {
        let bytes: [UInt8] = round % 2 == 0 ? (0..<rng.next(700)).map { _ in UInt8(rng.next(256)) } : rng.text(1 + rng.next(60))
        for from in [0, 1, 7, 31, 32, 33] where from <= bytes.count {
            for to in [bytes.count, bytes.count - 1, from + 31, from + 32, from + 64, from + 127, from + 128, from + 300]
            where to >= from && to <= bytes.count {
                let naive = bytes[from..<to].filter { $0 & 0xC0 == 0x80 }.count
                for level: Int32 in [0, 1, 2] {
                    let got = bytes.withUnsafeBufferPointer { cancu_utf8_continuations_at($0.baseAddress! + from, to - from, level) }
                    #expect(got == naive, "level \(level): \(from)..<\(to) of \(bytes.count)")
                }
                bytes.withUnsafeBufferPointer { #expect(SWAR.scalarCount($0, from: from, to: to) == to - from - naive) }
            }
        }
    }
    // Long runs of continuation bytes: the per-byte counters must not overflow.
    let long = [UInt8](repeating: 0x80, count: 70_000) + [0x41]
    for level: Int32 in [0, 1, 2] {
        #expect(long.withUnsafeBufferPointer { cancu_utf8_continuations_at($0.baseAddress!, $0.count, level) } == 70_000)
    }
}

@Test func scanRewritesAndCompactMatchByteByByteVersions() {
    var rng = Random(state: 21)
    for round in 0..<3000 {
        var bytes = rng.text(1 + rng.next(round % 10 == 0 ? 200 : 25))
        // A C3 or CC at the very end now and then (no second byte to look at).
        if round % 7 == 0 { bytes.append([0xC3, 0xCC, 0xCD, 0xC2, 0xE2, 0xEF][rng.next(6)]) }
        let want = Reference.scanRewrites(bytes)
        let got = bytes.withUnsafeBufferPointer { TextNormalizer.scanRewrites($0) }
        #expect(got.firstRewrite == want.firstRewrite && got.combining == want.combining, "\(bytes)")
        if let first = want.firstRewrite, bytes.last.map({ $0 < 0xC0 }) ?? true {
            var compacted = bytes
            TextNormalizer.compact(&compacted, from: first)
            #expect(compacted == Reference.compact(bytes, from: first), "\(bytes)")
        }
    }
}

@Test func nfcByLineInPlaceMatchesNFCByLine() {
    // Lines with and without combining marks, CR LF (which does not end a line for the NFC pieces),
    // long lines cut at spaces, marks first on a line and last in the text.
    var rng = Random(state: 31)
    let marks: [[UInt8]] = ["a\u{301}", "e\u{323}\u{302}", "\u{300}", "o\u{31B}\u{301}", "A\u{30A}", " \u{301}", "\u{36F}"].map { Array($0.utf8) }
    for round in 0..<1500 {
        var bytes: [UInt8] = []
        for _ in 0..<(1 + rng.next(12)) {
            bytes += rng.text(rng.next(round % 20 == 0 ? 400 : 6))
            if rng.next(3) == 0 { bytes += marks[rng.next(marks.count)] }
            bytes += [[0x0A], [0x0D, 0x0A], [0x0A, 0x0A], [0x20]][rng.next(4)]
        }
        if round % 5 == 0 { bytes += marks[rng.next(marks.count)] }
        var inPlace = bytes
        TextNormalizer.nfcByLineInPlace(&inPlace)
        #expect(inPlace == TextNormalizer.nfcByLine(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
}

@Test func nextDigitMatchesByteTest() {
    // Random bytes (digits rare or common) at lengths around the 32- and 64-byte blocks, from every offset.
    var rng = Random(state: 17)
    for round in 0..<400 {
        let digitEvery = [3, 40, 200][round % 3]
        let bytes: [UInt8] = (0..<rng.next(200)).map { _ in
            rng.next(digitEvery) == 0 ? UInt8(0x30 + rng.next(10)) : UInt8(rng.next(256))
        }
        for from in 0...bytes.count {
            let want = (from..<bytes.count).first { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } ?? bytes.count
            for level: Int32 in [0, 2] {
                let got = bytes.withUnsafeBufferPointer { from + cancu_next_digit_at($0.baseAddress! + from, $0.count - from, level) }
                #expect(got == want, "level \(level): \(bytes) from \(from)")
            }
        }
    }
}
