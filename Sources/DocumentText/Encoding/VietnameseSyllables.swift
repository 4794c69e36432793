/// Judges how Vietnamese a decoded text looks, by checking each word against the syllable
/// structure of the language (onset + rhyme + at most one tone). Used to choose between candidate
/// decodings of legacy bytes: `NghÞ ®Þnh` read as TCVN3 gives `Nghị định` (two valid syllables),
/// read as VNI or Windows-1258 it gives words no Vietnamese syllable looks like.
///
/// Letters are looked up in flat tables and words become integer keys (6 bits per toneless
/// letter), so scoring runs at tens of megabytes per second.
enum VietnameseSyllables {
    /// Letter information packed in 16 bits: toneless letter code (bits 0–5: a–z = 1–26, ă 27,
    /// â 28, ê 29, ô 30, ơ 31, ư 32, đ 33), tone (bits 6–8, 0–5), upper case (bit 9),
    /// vowel (bit 10). 0 for anything that is not a Vietnamese letter.
    typealias Info = UInt16

    /// Codes of the base vowels in `LegacyTables.baseVowels` order (a ă â e ê i o ô ơ u ư y).
    static let vowelCodes: [UInt16] = [1, 27, 28, 5, 29, 9, 15, 30, 31, 21, 32, 25]

    /// Info for U+0000–U+01BF.
    static let lowTable: [Info] = {
        var t = [Info](repeating: 0, count: 0x1C0)
        for c in 0x41...0x5A { t[c] = UInt16(c - 0x40) | 1 << 9 }
        for c in 0x61...0x7A { t[c] = UInt16(c - 0x60) }
        for v in [0x41, 0x45, 0x49, 0x4F, 0x55, 0x59] { t[v] |= 1 << 10; t[v + 0x20] |= 1 << 10 }
        t[0x110] = 33 | 1 << 9
        t[0x111] = 33
        for (s, b, tone) in LegacyTables.vowels where s < 0x1C0 { t[Int(s)] = info(s, b, tone) }
        return t
    }()

    /// Info for U+1EA0–U+1EFF (the vowels with tone marks).
    static let highTable: [Info] = {
        var t = [Info](repeating: 0, count: 0x60)
        for (s, b, tone) in LegacyTables.vowels where s >= 0x1EA0 && s < 0x1F00 { t[Int(s) - 0x1EA0] = info(s, b, tone) }
        return t
    }()

    private static func info(_ s: UInt32, _ base: UInt8, _ tone: UInt8) -> Info {
        let upper: UInt16 = Unicode.Scalar(s)?.properties.isUppercase == true ? 1 << 9 : 0
        return vowelCodes[Int(base)] | UInt16(tone) << 6 | upper | 1 << 10
    }

    /// The letter information of a scalar (0 when it is not a Vietnamese letter).
    @inline(__always)
    static func letter(_ s: UInt32) -> Info {
        if s < 0x1C0 { return lowTable[Int(s)] }
        if s >= 0x1EA0 && s < 0x1F00 { return highTable[Int(s) - 0x1EA0] }
        return 0
    }

    /// Whether the scalar is a letter of the Vietnamese alphabet (ASCII letters, vowels with marks, đ/Đ).
    @inline(__always)
    static func isVietnameseLetter(_ s: UInt32) -> Bool { letter(s) != 0 }

    /// (toneless vowel code, tone, upper case) → the precomposed letter (0: none), indexed by
    /// `code | tone << 6 | upper << 9` (a flat table: Windows-1258 decoding composes every tone mark).
    static let vowelLetter: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 1 << 10)
        for (s, b, tone) in LegacyTables.vowels {
            let i = info(s, b, tone)
            t[Int(i & 0x3F | UInt16(tone) << 6 | i & (1 << 9))] = s
        }
        return t
    }()

    /// The precomposed vowel for `base` (a vowel letter without tone) carrying `tone` (1–5), keeping its case.
    static func compose(_ base: UInt32, tone: UInt8) -> UInt32? {
        let i = letter(base)
        guard i & (1 << 10) != 0, (i >> 6) & 7 == 0 else { return nil }
        let s = vowelLetter[Int(i & 0x3F | UInt16(tone) << 6 | i & (1 << 9))]
        return s == 0 ? nil : s
    }

    /// The upper-case form of a Vietnamese letter (`ộ` → `Ộ`, `đ` → `Đ`, `a` → `A`), or the scalar itself.
    static func uppercase(_ s: UInt32) -> UInt32 {
        let i = letter(s)
        if i == 0 || i & (1 << 9) != 0 { return s }
        if s >= 0x61 && s <= 0x7A { return s - 0x20 }
        if s == 0x111 { return 0x110 }
        let u = vowelLetter[Int(i & 0x3F | i & (7 << 6) | 1 << 9)]
        return u == 0 ? s : u
    }

    static let onsetWords = ["ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
                             "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]

    /// Toneless rhymes of Vietnamese orthography (vowel nucleus with its glide and final consonant).
    static let rhymeWords: [String] = """
        a ai ao au ay am an ang anh ac ach ap at ăm ăn ăng ăc ăp ăt âu ây âm ân âng âc âp ât \
        e eo em en eng ec ep et ê êu êm ên ênh êch êp êt i ia iu im in inh ich ip it \
        iêu iêm iên iêng iêc iêp iêt y yêu yêm yên yêt o oi om on ong oc op ot oong ooc \
        oa oai oao oay oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt oe oeo oen oet \
        ô ôi ôm ôn ông ôc ôp ôt ơ ơi ơm ơn ơp ơt u ua ui um un ung uc up ut \
        uân uâng uât uây uê uênh uêch uôi uôm uôn uông uôc uôt uơ uy uya uyu uyn uynh uych uyt uyên uyêt \
        ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt
        """.split(separator: " ").map(String.init)

    /// A toneless letter sequence as an integer (6 bits a letter; all codes are non-zero).
    static func key<S: Sequence>(_ codes: S) -> UInt64 where S.Element == UInt16 {
        codes.reduce(0) { $0 << 6 | UInt64($1) }
    }

    static func key(_ word: String) -> UInt64 { key(word.unicodeScalars.map { letter($0.value) & 0x3F }) }

    static let onsets: [(length: Int, key: UInt64)] = onsetWords.map { ($0.unicodeScalars.count, key($0)) }
    static let rhymes = KeySet(rhymeWords.map(key))
    /// What may follow `gi`: nothing, a rhyme, or a rhyme whose `i` the `gi` absorbed (`gìn`, `giữ`).
    static let giRests = KeySet([0] + rhymeWords.map(key) + rhymeWords.filter { $0.hasPrefix("i") }.map { key(String($0.dropFirst())) })
    /// What may follow `qu`: a rhyme whose `u` the `qu` absorbed (`quyết`, `quả`).
    static let quRests = KeySet(rhymeWords.filter { $0.hasPrefix("u") }.map { key(String($0.dropFirst())) })

    /// A fixed set of letter keys with a cheap membership test (multiplicative hash, linear probing):
    /// scoring asks several times per word, and `Set`'s seeded hashing costs more than the rest.
    struct KeySet: Sendable {
        private let slots: [UInt64]
        private let shift: UInt64
        private let hasZero: Bool

        init(_ keys: [UInt64]) {
            var bits: UInt64 = 4
            while (1 << bits) < keys.count * 4 { bits += 1 }
            var slots = [UInt64](repeating: 0, count: 1 << bits)
            shift = 64 - bits
            for k in keys where k != 0 {
                var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while slots[i] != 0 && slots[i] != k { i = (i + 1) & (slots.count - 1) }
                slots[i] = k
            }
            self.slots = slots
            hasZero = keys.contains(0)
        }

        /// Whether `k` is in the set.
        @inline(__always) func contains(_ k: UInt64) -> Bool {
            if k == 0 { return hasZero }
            return slots.withUnsafeBufferPointer { s in
                var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let v = s[i]
                    if v == k { return true }
                    if v == 0 { return false }
                    i = (i + 1) & (s.count - 1)
                }
            }
        }
    }

    /// The onsets of one or more letters by their first letter's code: four slots per code, each
    /// `length << 62 | key` (0: empty slot). A word needs only the few onsets that start with its
    /// first letter, not all 28.
    static let onsetsByFirst: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 64 * 4)
        for onset in onsets where onset.length > 0 {
            let first = Int(onset.key >> (6 * UInt64(onset.length - 1)))
            let slot = (0..<4).first { t[first * 4 + $0] == 0 }!
            t[first * 4 + slot] = UInt64(onset.length) << 62 | onset.key
        }
        return t
    }()

    /// Whether `word` (letters only) is a well-formed Vietnamese syllable: `nghị`, `định`, `quyết`, `hoà`.
    static func isSyllable<C: Collection>(_ word: C) -> Bool where C.Element == UInt32 {
        let n = word.count
        if n == 0 || n > 8 { return false }
        var tones = 0
        var full: UInt64 = 0
        for s in word {
            let i = letter(s)
            if i == 0 { return false }
            if (i >> 6) & 7 != 0 { tones += 1; if tones > 1 { return false } }
            full = full << 6 | UInt64(i & 0x3F)
        }
        return isSyllableKey(full, length: n)
    }

    /// Whether a word of `n` letters (1–8, at most one tone) whose toneless letters make the key
    /// `full` is a syllable: an onset and a rhyme.
    static func isSyllableKey(_ full: UInt64, length n: Int) -> Bool {
        tables.isSyllableKey(full, length: n)
    }

    /// The letter and syllable tables in one value: scoring fetches it once per text, where each
    /// `static let` read costs a `swift_once` call.
    struct Tables: Sendable {
        let low: [Info], high: [Info]
        let rhymes: KeySet, giRests: KeySet, quRests: KeySet
        let onsetsByFirst: [UInt64]
        let giKey: UInt64, quKey: UInt64

        /// `VietnameseSyllables.letter`.
        @inline(__always) func letter(_ s: UInt32) -> Info {
            if s < 0x1C0 { return low[Int(s)] }
            if s >= 0x1EA0 && s < 0x1F00 { return high[Int(s) - 0x1EA0] }
            return 0
        }

        /// `VietnameseSyllables.isSyllableKey`.
        @inline(__always) func isSyllableKey(_ full: UInt64, length n: Int) -> Bool {
            // No onset: the whole word is the rhyme.
            if rhymes.contains(full) { return true }
            let first = Int(full >> (6 * UInt64(n - 1)))
            for slot in 0..<4 {
                let entry = onsetsByFirst[first * 4 + slot]
                if entry == 0 { break }
                let length = Int(entry >> 62), onsetKey = entry & ((1 << 62) - 1)
                if length > n { continue }
                // The onset's key is the top `length` letters of the word's key.
                let restLength = n - length
                if full >> (6 * UInt64(restLength)) != onsetKey { continue }
                let rest = restLength == 0 ? 0 : full & ((1 << (6 * UInt64(restLength))) - 1)
                if length == 2 && onsetKey == giKey { if giRests.contains(rest) { return true }; continue }
                if length == 2 && onsetKey == quKey { if quRests.contains(rest) { return true }; continue }
                if rhymes.contains(rest) { return true }
            }
            return false
        }
    }

    static let tables = Tables(low: lowTable, high: highTable, rhymes: rhymes, giRests: giRests, quRests: quRests,
                               onsetsByFirst: onsetsByFirst, giKey: giKey, quKey: quKey)

    static let giKey = key("gi")
    static let quKey = key("qu")

    /// A score of how much `text` looks like Vietnamese: +1 per valid syllable that carries a
    /// Vietnamese letter outside ASCII, +½ per upper-case abbreviation (`NĐ`, `HĐND`), −½ per other
    /// such word that is not a syllable, −1 per word with characters no Vietnamese word has
    /// (`ChÝnh`, `Quyeát`). ASCII-only words and lone symbols (`»`) count 0.
    static func score<C: Collection>(_ text: C) -> Double where C.Element == UInt32, C.Index == Int {
        if let total = text.withContiguousStorageIfAvailable({ score(buffer: $0) }) { return total }
        return Array(text).withUnsafeBufferPointer { score(buffer: $0) }
    }

    /// `score` over contiguous scalars, with the letter tables read through pointers.
    static func score(buffer text: UnsafeBufferPointer<UInt32>) -> Double {
        let t = tables
        return t.low.withUnsafeBufferPointer { low in
            t.high.withUnsafeBufferPointer { high in
                @inline(__always) func letter(_ s: UInt32) -> Info {
                    if s < 0x1C0 { return low[Int(s)] }
                    if s >= 0x1EA0 && s < 0x1F00 { return high[Int(s) - 0x1EA0] }
                    return 0
                }
                var total = 0.0
                var i = 0
                let end = text.count
                while i < end {
                    if isSeparator(text[i]) { i += 1; continue }
                    var j = i
                    var nonASCII = false, foreign = false, lower = false
                    // Each character's letter information is looked up once; the word's key and tones are
                    // gathered on the way (ASCII characters in a word are letters, and a word with any other
                    // character that is not a letter counts as foreign before the syllable test).
                    var firstLetter: Info = 0
                    var full: UInt64 = 0
                    var tones = 0
                    while j < end && !isSeparator(text[j]) {
                        let s = text[j]
                        let l = letter(s)
                        if j == i { firstLetter = l }
                        if s >= 0x80 {
                            nonASCII = true
                            if l == 0 { foreign = true }
                        }
                        if l != 0 && l & (1 << 9) == 0 { lower = true }
                        if (l >> 6) & 7 != 0 { tones += 1 }
                        full = full &<< 6 | UInt64(l & 0x3F)
                        j += 1
                    }
                    defer { i = j }
                    if !nonASCII { continue }
                    if j - i == 1 && firstLetter == 0 { continue }      // a lone symbol: `»`, `©`
                    if foreign { total -= 1; continue }
                    if j - i <= 8 && tones <= 1 && t.isSyllableKey(full, length: j - i) { total += 1; continue }
                    // Upper-case abbreviations with Vietnamese letters: `NĐ`, `QĐ`, `HĐND`, `BGDĐT`.
                    total += (j - i <= 8 && !lower) ? 0.5 : -0.5
                }
                return total
            }
        }
    }

    /// Word separators for scoring: white space, ASCII digits and punctuation, and the quotes and
    /// dashes of Windows code pages (they stand between words in every decoding).
    @inline(__always)
    static func isSeparator(_ s: UInt32) -> Bool {
        if s < 0x80 {
            return !((s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A)
        }
        switch s {
        case 0xA0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2022: return true
        default: return false
        }
    }
}
