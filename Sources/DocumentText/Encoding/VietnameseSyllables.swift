/// Judges how Vietnamese a decoded text looks, by checking each word against the syllable
/// structure of the language (onset + rhyme + at most one tone). Used to choose between candidate
/// decodings of legacy bytes: `NghÞ ®Þnh` read as TCVN3 gives `Nghị định` (two valid syllables),
/// read as VNI or Windows-1258 it gives words no Vietnamese syllable looks like.
enum VietnameseSyllables {
    /// Vowel letter (either case) → (base vowel index into `LegacyTables.baseVowels`, tone 0–5).
    static let vowelInfo: [UInt32: (base: UInt8, tone: UInt8)] = {
        var d: [UInt32: (base: UInt8, tone: UInt8)] = [:]
        for (s, b, t) in LegacyTables.vowels { d[s] = (b, t) }
        return d
    }()

    /// (base vowel index, tone, upper case) → the precomposed letter; used to compose and to upper-case.
    static let vowelLetter: [UInt16: UInt32] = {
        var d: [UInt16: UInt32] = [:]
        for (s, b, t) in LegacyTables.vowels {
            let upper: UInt16 = isUpperVowel(s) ? 1 : 0
            d[UInt16(b) << 4 | UInt16(t) << 1 | upper] = s
        }
        return d
    }()

    /// Whether a vowel scalar from the table is an upper-case letter (the table lists lower then upper).
    private static func isUpperVowel(_ s: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(s) else { return false }
        return scalar.properties.isUppercase
    }

    /// The precomposed vowel for `base` (a vowel letter) carrying `tone` (1–5), keeping its case.
    static func compose(_ base: UInt32, tone: UInt8) -> UInt32? {
        guard let info = vowelInfo[base], info.tone == 0 else { return nil }
        let upper: UInt16 = isUpperVowel(base) ? 1 : 0
        return vowelLetter[UInt16(info.base) << 4 | UInt16(tone) << 1 | upper]
    }

    /// The upper-case form of a Vietnamese letter (`ộ` → `Ộ`, `đ` → `Đ`, `a` → `A`), or the scalar itself.
    static func uppercase(_ s: UInt32) -> UInt32 {
        if s >= 0x61 && s <= 0x7A { return s - 0x20 }
        if s == 0x111 { return 0x110 }
        if let info = vowelInfo[s], !isUpperVowel(s) {
            return vowelLetter[UInt16(info.base) << 4 | UInt16(info.tone) << 1 | 1] ?? s
        }
        return s
    }

    /// Whether the scalar is a letter of the Vietnamese alphabet (ASCII letters, vowels with marks, đ/Đ).
    @inline(__always)
    static func isVietnameseLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        return s == 0x110 || s == 0x111 || vowelInfo[s] != nil
    }

    static let onsets: [String] = ["ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
                                   "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]

    /// Toneless rhymes of Vietnamese orthography (vowel nucleus with its glide and final consonant).
    static let rhymes: Set<String> = Set("""
        a ai ao au ay am an ang anh ac ach ap at ăm ăn ăng ăc ăp ăt âu ây âm ân âng âc âp ât \
        e eo em en eng ec ep et ê êu êm ên ênh êch êp êt i ia iu im in inh ich ip it \
        iêu iêm iên iêng iêc iêp iêt y yêu yêm yên yêt o oi om on ong oc op ot oong ooc \
        oa oai oao oay oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt oe oeo oen oet \
        ô ôi ôm ôn ông ôc ôp ôt ơ ơi ơm ơn ơp ơt u ua ui um un ung uc up ut \
        uân uâng uât uây uê uênh uêch uôi uôm uôn uông uôc uôt uơ uy uya uyu uyn uynh uych uyt uyên uyêt \
        ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt
        """.split(separator: " ").map(String.init))

    /// Whether `word` (letters only) is a well-formed Vietnamese syllable: `nghị`, `định`, `quyết`, `hoà`.
    static func isSyllable<C: Collection>(_ word: C) -> Bool where C.Element == UInt32 {
        if word.isEmpty || word.count > 8 { return false }
        var plain = String.UnicodeScalarView()
        var tones = 0
        for s in word {
            var v = s
            if let info = vowelInfo[s] {
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
        for onset in onsets where p.hasPrefix(onset) {
            let rhyme = String(p.dropFirst(onset.count))
            if rhymes.contains(rhyme) { return true }
            if onset == "gi" && (rhyme.isEmpty || rhymes.contains("i" + rhyme)) { return true }
            if onset == "qu" && rhymes.contains("u" + rhyme) { return true }
        }
        return false
    }

    /// A score of how much `text` looks like Vietnamese: +1 per valid syllable that carries a
    /// Vietnamese letter outside ASCII, +½ per upper-case abbreviation (`NĐ`, `HĐND`), −½ per other
    /// such word that is not a syllable, −1 per word with characters no Vietnamese word has
    /// (`ChÝnh`, `Quyeát`). ASCII-only words and lone symbols (`»`) count 0.
    static func score<C: Collection>(_ text: C) -> Double where C.Element == UInt32 {
        var total = 0.0
        var word: [UInt32] = []
        word.reserveCapacity(16)
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            if word.isEmpty { return }
            var nonASCII = false, foreign = false
            for s in word where s >= 0x80 {
                nonASCII = true
                if !isVietnameseLetter(s) { foreign = true }
            }
            if !nonASCII { return }
            if word.count == 1 && !isVietnameseLetter(word[0]) { return }   // a lone symbol: `»`, `©`
            if foreign { total -= 1; return }
            if isSyllable(word) { total += 1; return }
            // Upper-case abbreviations with Vietnamese letters: `NĐ`, `QĐ`, `HĐND`, `BGDĐT`.
            let abbreviation = word.count <= 8 && !word.contains { uppercase($0) != $0 }
            total += abbreviation ? 0.5 : -0.5
        }
        for s in text {
            if isSeparator(s) { flush() } else { word.append(s) }
        }
        flush()
        return total
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
