import Testing
@testable import DocumentText

/// The dictionary-based tables and the all-onsets syllable check as first written: the references
/// the flat tables and the first-letter onset lookup must agree with.
private enum Reference {
    static let cp1252Reverse: [UInt32: UInt8] = {
        var d: [UInt32: UInt8] = [:]
        for (i, u) in LegacyTables.cp1252High.enumerated() where u >= 0x100 { d[UInt32(u)] = UInt8(0x80 + i) }
        return d
    }()

    static let vniPairs: [UInt64: UInt32] = {
        var d: [UInt64: UInt32] = [:]
        for (b, m, r) in LegacyTables.vniPairs { d[UInt64(b) << 32 | UInt64(m)] = r }
        return d
    }()

    static let vniSingle: [UInt32: UInt32] = {
        var d: [UInt32: UInt32] = [:]
        for (c, r) in LegacyTables.vniSingle { d[c] = r }
        return d
    }()

    static func vni(_ units: [UInt32]) -> [UInt32] {
        let chars = units.map { $0 >= 0x80 && $0 < 0x100 ? UInt32(LegacyTables.cp1252High[Int($0) - 0x80]) : $0 }
        var out: [UInt32] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if i + 1 < chars.count, let r = vniPairs[UInt64(c) << 32 | UInt64(chars[i + 1])] {
                out.append(r); i += 2; continue
            }
            out.append(vniSingle[c] ?? c)
            i += 1
        }
        return out
    }

    static func info(_ s: UInt32, _ base: UInt8, _ tone: UInt8) -> UInt16 {
        let upper: UInt16 = Unicode.Scalar(s)?.properties.isUppercase == true ? 1 << 9 : 0
        return VietnameseSyllables.vowelCodes[Int(base)] | UInt16(tone) << 6 | upper | 1 << 10
    }

    static let vowelLetter: [UInt16: UInt32] = {
        var d: [UInt16: UInt32] = [:]
        for (s, b, t) in LegacyTables.vowels {
            let i = info(s, b, t)
            d[i & 0x3F | UInt16(t) << 6 | i & (1 << 9)] = s
        }
        return d
    }()

    static func compose(_ base: UInt32, tone: UInt8) -> UInt32? {
        let i = VietnameseSyllables.letter(base)
        guard i & (1 << 10) != 0, (i >> 6) & 7 == 0 else { return nil }
        return vowelLetter[i & 0x3F | UInt16(tone) << 6 | i & (1 << 9)]
    }

    static func uppercase(_ s: UInt32) -> UInt32 {
        let i = VietnameseSyllables.letter(s)
        if i == 0 || i & (1 << 9) != 0 { return s }
        if s >= 0x61 && s <= 0x7A { return s - 0x20 }
        if s == 0x111 { return 0x110 }
        return vowelLetter[i & 0x3F | i & (7 << 6) | 1 << 9] ?? s
    }

    static func isSyllable(_ word: [UInt32]) -> Bool {
        typealias V = VietnameseSyllables
        let n = word.count
        if n == 0 || n > 8 { return false }
        var tones = 0
        var full: UInt64 = 0
        for s in word {
            let i = V.letter(s)
            if i == 0 { return false }
            if (i >> 6) & 7 != 0 { tones += 1; if tones > 1 { return false } }
            full = full << 6 | UInt64(i & 0x3F)
        }
        for onset in V.onsets where onset.length <= n {
            let restLength = n - onset.length
            let prefix = full >> (6 * UInt64(restLength))
            if prefix != onset.key { continue }
            let rest = restLength == 0 ? 0 : full & ((1 << (6 * UInt64(restLength))) - 1)
            if onset.length == 2 && onset.key == V.giKey { if V.giRests.contains(rest) { return true }; continue }
            if onset.length == 2 && onset.key == V.quKey { if V.quRests.contains(rest) { return true }; continue }
            if V.rhymes.contains(rest) { return true }
        }
        return false
    }

    static func score(_ text: [UInt32]) -> Double {
        typealias V = VietnameseSyllables
        var total = 0.0
        var i = 0
        while i < text.count {
            if V.isSeparator(text[i]) { i += 1; continue }
            var j = i
            var nonASCII = false, foreign = false, lower = false
            while j < text.count && !V.isSeparator(text[j]) {
                let s = text[j]
                if s >= 0x80 { nonASCII = true; if V.letter(s) == 0 { foreign = true } }
                let l = V.letter(s)
                if l != 0 && l & (1 << 9) == 0 { lower = true }
                j += 1
            }
            defer { i = j }
            if !nonASCII { continue }
            if j - i == 1 && V.letter(text[i]) == 0 { continue }
            if foreign { total -= 1; continue }
            if isSyllable(Array(text[i..<j])) { total += 1; continue }
            total += (j - i <= 8 && !lower) ? 0.5 : -0.5
        }
        return total
    }
}

/// A small deterministic generator.
private struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// Letters that words are made of in the tests: ASCII, every vowel with its marks, đ, and some non-letters.
private let letters: [UInt32] = Array(0x41...0x5A) + Array(0x61...0x7A) + LegacyTables.vowels.map(\.0) + [0x110, 0x111, 0xD0, 0xB0, 0x2019, 0x152]

@Test func cp1252ByteMatchesDictionary() {
    for s in UInt32(0)...0x2FFFF {
        #expect(LegacyDecoders.cp1252Byte(s) == (s >= 0x100 ? Reference.cp1252Reverse[s] : nil), "\(s)")
    }
}

@Test func composeAndUppercaseMatchDictionary() {
    for s in UInt32(0)...0x2000 {
        #expect(VietnameseSyllables.uppercase(s) == Reference.uppercase(s), "\(s)")
        for tone in UInt8(0)...6 { #expect(VietnameseSyllables.compose(s, tone: tone) == Reference.compose(s, tone: tone), "\(s) \(tone)") }
    }
}

@Test func vniTablesMatchDictionaries() {
    // Every pair of characters below U+0100, then random lines with characters beyond.
    var units: [UInt32] = []
    for a in UInt32(0)..<0x100 { for b in UInt32(0)..<0x100 { units += [a, b, 0x20] } }
    #expect(LegacyDecoders.vni(units) == Reference.vni(units))
    var g = Generator(state: 17)
    for _ in 0..<3000 {
        let line = (0..<g.next(30)).map { _ in g.next(4) == 0 ? UInt32([0x2019, 0x1EA1, 0x111, 0x20AC, 0x300][g.next(5)]) : UInt32(g.next(0x100)) }
        #expect(LegacyDecoders.vni(line) == Reference.vni(line), "\(line)")
    }
}

@Test func syllableCheckMatchesAllOnsets() {
    // Every onset with every rhyme and tone, and random letter strings.
    var words: [[UInt32]] = []
    for onset in VietnameseSyllables.onsetWords {
        for rhyme in VietnameseSyllables.rhymeWords {
            let w = (onset + rhyme).unicodeScalars.map(\.value)
            words.append(w)
            for tone in UInt8(1)...5 {
                for k in w.indices { if let c = VietnameseSyllables.compose(w[k], tone: tone) { var t = w; t[k] = c; words.append(t) } }
            }
        }
    }
    var g = Generator(state: 5)
    for _ in 0..<60_000 { words.append((0..<(1 + g.next(9))).map { _ in letters[g.next(letters.count)] }) }
    var syllables = 0
    for w in words {
        let want = Reference.isSyllable(w)
        if want { syllables += 1 }
        #expect(VietnameseSyllables.isSyllable(w) == want, "\(w)")
        #expect(VietnameseSyllables.isSyllable(w[...]) == want, "\(w)")
    }
    #expect(syllables > 10_000)
}

@Test func scoreMatchesReference() {
    var g = Generator(state: 9)
    let separators: [UInt32] = [0x20, 0x2E, 0x31, 0xA0, 0x2013, 0x201C, 0x2026]
    for _ in 0..<20_000 {
        let text = (0..<g.next(40)).map { _ in g.next(4) == 0 ? separators[g.next(separators.count)] : letters[g.next(letters.count)] }
        #expect(VietnameseSyllables.score(text) == Reference.score(text), "\(text)")
    }
}
