// The issuer phrase around a reference (`của Ủy ban nhân dân tỉnh Sơn La`, `của Bộ Chính trị khóa X`),
// parsed on UTF-8 bytes. Also home of the small Vietnamese word folder and phrase tables that
// Places.swift and HeaderParser.swift share.

// MARK: - Folding

/// Case-, diacritic- and tone-placement-insensitive comparison of Vietnamese words on UTF-8 bytes.
///
/// Each scalar folds to an ASCII base letter, a vowel quality (ă â ê ô ơ ư, the stroke of đ) and a
/// tone. Two words are equal when base letters and qualities agree and they carry the same tone,
/// wherever the tone mark sits: `Hòa` = `Hoà`, `Thủy` = `Thuỷ`, `ỦY` = `ủy`. A word written entirely
/// without diacritics matches on its base letters alone: `tinh` = `tỉnh`, `Son La` = `Sơn La`.
enum VietFold {
    static let upperBit: UInt16 = 1 << 14
    static let markBit: UInt16 = 1 << 15

    /// Per-scalar fold for scalars below U+1F00: bits 0–7 ASCII base (lowercase letter or digit,
    /// 0 = not part of a word), bits 8–10 quality, bits 11–13 tone, bit 14 upper case, bit 15
    /// combining mark (decomposed input).
    static let table: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 0x1F00)
        for c in 0x61...0x7A { t[c] = UInt16(c); t[c - 0x20] = UInt16(c) | upperBit }
        for c in 0x30...0x39 { t[c] = UInt16(c) }
        // Tone order in each row: none, huyền, sắc, hỏi, ngã, nặng.
        let rows: [(String, UInt8, UInt16)] = [
            ("aàáảãạ", 0x61, 0), ("ăằắẳẵặ", 0x61, 1), ("âầấẩẫậ", 0x61, 2),
            ("eèéẻẽẹ", 0x65, 0), ("êềếểễệ", 0x65, 2), ("iìíỉĩị", 0x69, 0),
            ("oòóỏõọ", 0x6F, 0), ("ôồốổỗộ", 0x6F, 2), ("ơờớởỡợ", 0x6F, 3),
            ("uùúủũụ", 0x75, 0), ("ưừứửữự", 0x75, 3), ("yỳýỷỹỵ", 0x79, 0),
        ]
        for (letters, base, quality) in rows {
            for (tone, ch) in letters.enumerated() {
                let v = UInt16(base) | (quality << 8) | (UInt16(tone) << 11)
                let lower = Int(ch.unicodeScalars.first!.value)
                t[lower] = v
                if let upper = String(ch).uppercased().unicodeScalars.first, upper.value < 0x1F00, Int(upper.value) != lower {
                    t[Int(upper.value)] = v | upperBit
                }
            }
        }
        let d = UInt16(0x64) | (4 << 8)
        t[0x111] = d; t[0x110] = d | upperBit; t[0xF0] = d; t[0xD0] = d | upperBit
        for (mark, tone) in [(0x300, 1), (0x301, 2), (0x309, 3), (0x303, 4), (0x323, 5)] {
            t[mark] = markBit | UInt16(tone) << 11
        }
        for (mark, quality) in [(0x306, 1), (0x302, 2), (0x31B, 3)] { t[mark] = markBit | UInt16(quality) << 8 }
        return t
    }()

    @inline(__always)
    static func entry(_ scalar: UInt32) -> UInt16 { scalar < 0x1F00 ? table[Int(scalar)] : 0 }

    /// Lower-case scalar of each upper-case Vietnamese letter below U+1F00 (0 where unchanged).
    static let lowerMap: [UInt32] = {
        var m = [UInt32](repeating: 0, count: 0x1F00)
        for c in 0x41...0x5A { m[c] = UInt32(c + 0x20) }
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        for ch in letters {
            let lower = ch.unicodeScalars.first!.value
            if let upper = String(ch).uppercased().unicodeScalars.first, upper.value < 0x1F00, upper.value != lower {
                m[Int(upper.value)] = lower
            }
        }
        return m
    }()

    /// Appends the lower-cased bytes of `p[from..<to]` (the first letter upper-cased when asked).
    static func appendLowercased(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8], capitalizeFirst: Bool) {
        guard from < to else { return }
        // Lowering keeps a letter's UTF-8 length (A–Z, Latin-1, Latin Extended and U+1EA0–U+1EF9 letters map to
        // neighbours of their own block): the bytes are copied at once and the capitals rewritten in place. A
        // letter whose lowered form would take another length (only in invalid UTF-8) takes the general path.
        let start = out.count
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[from..<to]))
        let inPlace = out.withUnsafeMutableBufferPointer { o -> Bool in
            VietFold.lowerMap.withUnsafeBufferPointer { m -> Bool in
                var i = from, k = start
                if capitalizeFirst { let (_, len) = decode(p, i, to); i += len; k += len }
                while i < to {
                    let b0 = p[i]
                    if b0 < 0x80 {
                        if b0 &- 0x41 < 26 { o[k] = b0 | 0x20 }
                        i += 1; k += 1
                        continue
                    }
                    let (s, len) = decode(p, i, to)
                    if s < 0x1F00, m[Int(s)] != 0 {
                        let scalar = m[Int(s)]
                        if len == 2, scalar >= 0x80, scalar < 0x800 {
                            o[k] = UInt8(0xC0 | (scalar >> 6)); o[k + 1] = UInt8(0x80 | (scalar & 0x3F))
                        } else if len == 3, scalar >= 0x800 {
                            o[k] = UInt8(0xE0 | (scalar >> 12)); o[k + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                            o[k + 2] = UInt8(0x80 | (scalar & 0x3F))
                        } else {
                            return false
                        }
                    }
                    i += len; k += len
                }
                return true
            }
        }
        if inPlace { return }
        out.removeSubrange(start...)
        appendLowercasedByScalar(p, from, to, into: &out, capitalizeFirst: capitalizeFirst)
    }

    /// `appendLowercased` scalar by scalar, for any bytes.
    static func appendLowercasedByScalar(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8], capitalizeFirst: Bool) {
        let lowerMap = VietFold.lowerMap   // once, not per scalar
        var i = from
        var first = true
        while i < to {
            let (s, len) = decode(p, i, to)
            var scalar = s
            if !(first && capitalizeFirst), s < 0x1F00, lowerMap[Int(s)] != 0 { scalar = lowerMap[Int(s)] }
            first = false
            if scalar == s {
                for j in i..<(i + len) { out.append(p[j]) }
            } else if scalar < 0x80 {
                out.append(UInt8(scalar))
            } else if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
            i += len
        }
    }

    /// Decodes one scalar at `i` (the text is valid UTF-8).
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (scalar: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < end { return ((UInt32(b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < end {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3)
        }
        if i + 3 < end {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6)
                    | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The words (runs of letters and digits) of `p[from..<to]`, at most `limit` of them.
    static func words(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int = Int.max) -> [FoldWord] {
        guard to > from else { return [] }
        let capacity = min(limit, (to - from) / 2 + 1)
        // Through a stack buffer: `[FoldWord](unsafeUninitializedCapacity:)` allocates through an
        // unspecialized stdlib path (~300 instructions more per call).
        return withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: capacity) { buffer in
            let count = words(p, from: from, to: to, into: buffer)
            return Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// `words(_:from:to:limit:)` written into `out`, whose storage is kept from call to call: a loop that
    /// tokenizes line after line then allocates once, not once a line.
    static func words(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int, reusing out: inout [FoldWord]) {
        out.removeAll(keepingCapacity: true)
        guard to > from else { return }
        let capacity = min(limit, (to - from) / 2 + 1)
        withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: capacity) { buffer in
            let count = words(p, from: from, to: to, into: buffer)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Class bits of the fold tables below, above the base letter in bits 0–7: a lower-case letter, a capital, a
    /// digit, a scalar of more than one byte. A word ORs its scalars' bits; its flags are read from them at its end.
    static let lowerClass: UInt16 = 0x100, upperClass: UInt16 = 0x200, digitClass: UInt16 = 0x400, multiClass: UInt16 = 0x800

    /// Base letter or digit and class bits of each ASCII byte (0 = not part of a word).
    static let asciiClass: [UInt16] = (0..<128).map { c -> UInt16 in
        if (0x61...0x7A).contains(c) { return UInt16(c) | lowerClass }
        if (0x41...0x5A).contains(c) { return UInt16(c | 0x20) | upperClass }
        if (0x30...0x39).contains(c) { return UInt16(c) | digitClass }
        return 0
    }

    /// Base letter and class bits of each letter written in two UTF-8 bytes, indexed like `decode` reads them:
    /// `(b0 & 0x1F) << 6 | (b1 & 0x3F)` (0 = not a letter: a mark or other).
    static let classTwoByte: [UInt16] = (0..<0x800).map { letterClass(table[$0]) }

    /// The same for three-byte sequences led by `E1` (U+1000–U+1FFF, Vietnamese letters at U+1EA0–U+1EF9),
    /// indexed by `(b1 & 0x3F) << 6 | (b2 & 0x3F)`.
    static let classE1: [UInt16] = (0..<0x1000).map { 0x1000 + $0 < 0x1F00 ? letterClass(table[0x1000 + $0]) : 0 }

    /// The base letter and class bits (multi-byte) of a table entry for a letter (not a digit or mark), else 0.
    private static func letterClass(_ e: UInt16) -> UInt16 {
        let base = UInt16(e & 0xFF)
        guard e & markBit == 0, base >= 0x61 else { return 0 }
        return base | multiClass | (e & upperBit != 0 ? upperClass : lowerClass)
    }

    /// A word's flags (all but `firstUpper`) by the class bits of its scalars (`seen >> 8`), one load at its end.
    static let wordFlags: [UInt8] = (0..<16).map { k -> UInt8 in
        let seen = UInt16(k) << 8
        var flags = FoldWord.ascii | FoldWord.allUpper | FoldWord.allDigits
        if seen & digitClass != 0 { flags |= FoldWord.hasDigit }
        if seen & (lowerClass | upperClass) != 0 { flags &= ~FoldWord.allDigits } else { flags &= ~FoldWord.allUpper }
        if seen & lowerClass != 0 { flags = (flags & ~(FoldWord.allDigits | FoldWord.allUpper)) | FoldWord.hasLower }
        if seen & multiClass != 0 { flags &= ~FoldWord.ascii }
        return flags
    }

    /// Writes the words of `p[from..<to]` into `out` (at most `out.count`), returning how many.
    static func words(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into out: UnsafeMutableBufferPointer<FoldWord>) -> Int {
        let capacity = out.count
        guard capacity > 0 else { return 0 }
        return table.withUnsafeBufferPointer { t -> Int in
          asciiClass.withUnsafeBufferPointer { ac -> Int in
           classTwoByte.withUnsafeBufferPointer { two -> Int in
            classE1.withUnsafeBufferPointer { e1 -> Int in
             wordFlags.withUnsafeBufferPointer { wf -> Int in
            /// The table entry of the scalar at `i` and its length in bytes.
            @inline(__always) func entry(at i: Int) -> (UInt16, Int) {
                let b = p[i]
                if b < 0x80 { return (t[Int(b)], 1) }
                let (s, l) = decode(p, i, to)
                return (s < 0x1F00 ? t[Int(s)] : 0, l)
            }
            /// Whether the first scalar of the word at `start` that is not a combining mark is a capital letter.
            func opensUpper(_ start: Int, _ end: Int) -> Bool {
                var j = start
                while j < end {
                    let b = p[j]
                    if b < 0x80 { return ac[Int(b)] & upperClass != 0 }
                    let (e, l) = entry(at: j)
                    if e & markBit == 0 { return e & upperBit != 0 }
                    j += l
                }
                return false
            }
            var count = 0
            var i = from
            while i < to {
                // An ASCII byte that is neither letter nor digit (a space, punctuation) starts no word.
                if p[i] < 0x80, ac[Int(p[i])] == 0 { i += 1; continue }
                let start = i
                var h = fnvBasis
                // Letters and digits (almost all of a word) are read through the class tables, one load a scalar:
                // the base letter goes into the hash, the class bits into `seen`, from which the flags are set
                // once at the end of the word.
                var seen: UInt16 = 0
                var len = 0
                while true {
                    while i < to {
                        let b = p[i]
                        let c: UInt16
                        if b < 0x80 {
                            c = ac[Int(b)]
                            if c == 0 { break }
                            h = (h ^ UInt64(c & 0xFF)) &* fnvPrime
                            seen |= c
                            i += 1
                            continue
                        } else if b < 0xE0 {
                            guard i + 1 < to else { break }
                            c = two[Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F)]
                            if c == 0 { break }
                            i += 2
                        } else if b == 0xE1 {
                            guard i + 2 < to else { break }
                            c = e1[Int(p[i + 1] & 0x3F) << 6 | Int(p[i + 2] & 0x3F)]
                            if c == 0 { break }
                            i += 3
                        } else {
                            break
                        }
                        h = (h ^ UInt64(c & 0xFF)) &* fnvPrime
                        seen |= c
                    }
                    if i >= to { len = 0; break }
                    // ASCII letters and digits were read above: any other ASCII byte ends the word.
                    if p[i] < 0x80 { len = 1; break }
                    // Any other scalar (a combining mark, a letter the tables above do not hold): the general rules.
                    let (e, l) = entry(at: i)
                    len = l
                    if e == 0 { break }
                    if e & markBit == 0 {
                        let base = UInt8(truncatingIfNeeded: e)
                        h = (h ^ UInt64(base)) &* fnvPrime
                        seen |= base < 0x3A ? digitClass : e & upperBit != 0 ? upperClass : lowerClass
                    }
                    if l > 1 { seen |= multiClass }
                    i += l
                }
                if i > start {
                    var flags = wf[Int(seen >> 8) & 15]
                    // A capital that opens the word (before any digit or other letter) makes it capitalized.
                    if seen & upperClass != 0, opensUpper(start, i) { flags |= FoldWord.firstUpper }
                    out.initializeElement(at: count, to: FoldWord(start: start, end: i, hash: h, flags: flags))
                    count += 1
                    if count >= capacity { return count }
                }
                i += len   // the scalar that ended the word (or stood between words) is not part of one
            }
            return count
             }
            }
           }
          }
        }
    }

    /// The pattern words of a table phrase. Run for every table row at start-up: each word's letters
    /// and qualities go into arrays reserved at the word's byte length (one allocation each).
    static func pattern(_ s: String) -> [PatternWord] {
        var s = s
        return s.withUTF8 { p in
            // The words on the stack: `[FoldWord](unsafeUninitializedCapacity:)` allocates through an
            // unspecialized generic path that costs more than the rest of this function.
            withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: p.count / 2 + 1) { buffer in
                let wordCount = words(p, from: 0, to: p.count, into: buffer)
                let t = table
                var out: [PatternWord] = []
                out.reserveCapacity(wordCount)
                for w in buffer[..<wordCount] {
                    let capacity = w.end - w.start
                    var tone: UInt8 = 0
                    // Letters and qualities on the stack, then each array made at once from them: `reserveCapacity`
                    // went through an unspecialized stdlib path (about 340 instructions an array, two a word).
                    let (ascii, quality) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { buf -> ([UInt8], [UInt8]) in
                        var letters = 0
                        var i = w.start
                        while i < w.end {
                            let (sc, len) = decode(p, i, w.end)
                            let e = sc < 0x1F00 ? t[Int(sc)] : 0
                            i += len
                            let et = UInt8((e >> 11) & 7)
                            if et != 0 { tone = et }
                            if e & markBit != 0 {
                                let eq = UInt8((e >> 8) & 7)
                                if eq != 0, letters > 0 { buf[capacity + letters - 1] = eq }
                                continue
                            }
                            buf[letters] = UInt8(truncatingIfNeeded: e)
                            buf[capacity + letters] = UInt8((e >> 8) & 7)
                            letters += 1
                        }
                        return (Array(UnsafeBufferPointer(rebasing: buf[0..<letters])),
                                Array(UnsafeBufferPointer(rebasing: buf[capacity..<(capacity + letters)])))
                    }
                    // The word's bytes as written, packed when they fit in eight (most words).
                    let packed = capacity <= 8 ? packedBytes(p, w.start, capacity) : 0
                    out.append(PatternWord(ascii: ascii, quality: quality, tone: tone, hash: w.hash, bytes: packed,
                                           byteCount: capacity <= 8 ? UInt8(capacity) : 0))
                }
                return out
            }
        }
    }

    /// Whether text word `w` equals pattern word `pw` (strictly, or on base letters for an ASCII word).
    /// With `loose`, vowel qualities may differ when the tone agrees (typos such as `THỦ TUỚNG`).
    /// With `ascii`, a word written without any diacritics matches on its base letters (text typed
    /// without diacritics); without it such a word must equal the pattern (`quan` is not `quận`).
    static func matches(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord, _ pw: PatternWord, loose: Bool = false, ascii: Bool = true) -> Bool {
        if w.hash != pw.hash { return false }
        return table.withUnsafeBufferPointer { t in matches(p, w, pw, loose: loose, ascii: ascii, t) }
    }

    /// Whether the word has the pattern's letters, whatever its marks (`ngảy`, `thảng`, `nãm` as OCR reads `ngày`,
    /// `tháng`, `năm`): only where the words around it leave no doubt.
    static func sameLetters(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord, _ pw: PatternWord) -> Bool {
        if w.hash != pw.hash { return false }
        return table.withUnsafeBufferPointer { t in matches(p, w, pw, loose: true, ascii: true, anyMarks: true, t) }
    }

    /// Whether the word is written with exactly the pattern word's bytes (then it has its letters, qualities and
    /// tone, and `matches` holds whatever the mode): most words a table row meets in running text are.
    @inline(__always)
    static func sameBytes(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord, _ pw: PatternWord) -> Bool {
        let n = w.end &- w.start
        return n == Int(pw.byteCount) && packedBytes(p, w.start, n) == pw.bytes
    }

    /// The `n` (1–8) bytes of `p` from `i`, little-endian in one integer: one load where eight bytes are there.
    @inline(__always)
    static func packedBytes(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> UInt64 {
        guard let base = p.baseAddress else { return 0 }
        if i &+ 8 <= p.count {
            let v = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            return n >= 8 ? v : v & ((1 &<< UInt64(8 &* n)) &- 1)
        }
        var v: UInt64 = 0
        var j = 0
        while j < n { v |= UInt64(base[i &+ j]) &<< UInt64(8 &* j); j &+= 1 }
        return v
    }

    /// `matches` past its hash test, with the fold table's storage in hand.
    static func matches(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord, _ pw: PatternWord, loose: Bool, ascii: Bool,
                                anyMarks: Bool = false, _ t: UnsafeBufferPointer<UInt16>) -> Bool {
        if sameBytes(p, w, pw) { return true }
        var k = 0
        var tone: UInt8 = 0
        var qualityOK = true
        var pending: UInt8 = 0
        var i = w.start
        while i < w.end {
            let (s, len) = decode(p, i, w.end)
            let e = s < 0x1F00 ? t[Int(s)] : 0
            i += len
            if e & markBit != 0 {
                let q = UInt8((e >> 8) & 7)
                if q != 0 { pending = q }
                let t = UInt8((e >> 11) & 7)
                if t != 0 { tone = t }
                continue
            }
            if k > 0, pending != pw.quality[k - 1] { qualityOK = false }
            guard k < pw.ascii.count, pw.ascii[k] == UInt8(truncatingIfNeeded: e) else { return false }
            pending = UInt8((e >> 8) & 7)
            let t = UInt8((e >> 11) & 7)
            if t != 0 { tone = t }
            k += 1
        }
        guard k == pw.ascii.count else { return false }
        if anyMarks { return true }
        if k > 0, pending != pw.quality[k - 1] { qualityOK = false }
        if ascii, w.flags & FoldWord.ascii != 0 { return true }
        return (qualityOK || loose) && tone == pw.tone
    }

    /// Whether the bytes between two words of one phrase only hold spaces and light punctuation
    /// (`,` `-` `&` `.` `'` `*` `/`), so that `Bộ Văn hóa, Thể thao và Du lịch`, `TP.HCM` and `T/M` match.
    static func softGap(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        if to - from > 12 { return false }
        var i = from
        while i < to {
            switch p[i] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x2D, 0x26, 0x2E, 0x27, 0x2A, 0x5F, 0x2F: i += 1
            case 0xE2 where i + 2 < to && p[i + 1] == 0x80 && (p[i + 2] == 0x99 || p[i + 2] == 0x93): i += 3  // ’ –
            default: return false
            }
        }
        return true
    }

    /// Whether the gap holds only white space (and hyphens): a name in running text does not cross a comma.
    static func spaceGap(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        if to - from > 8 { return false }
        for i in from..<to {
            switch p[i] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x26: continue
            default: return false
            }
        }
        return true
    }

    /// Whether the gap contains a byte.
    static func gapContains(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ byte: UInt8) -> Bool {
        var i = from
        while i < to { if p[i] == byte { return true }; i += 1 }
        return false
    }

    /// `a`, a space and `b` as one string, in one allocation (an interpolation grew its buffer as it appended).
    static func spaced(_ a: String, _ b: String) -> String {
        let na = a.utf8.count, nb = b.utf8.count
        let joined: String?? = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                String(unsafeUninitializedCapacity: na + 1 + nb) { out in
                    let o = out.baseAddress!
                    if na > 0 { o.initialize(from: pa.baseAddress!, count: na) }
                    o[na] = 0x20
                    if nb > 0 { (o + na + 1).initialize(from: pb.baseAddress!, count: nb) }
                    return na + 1 + nb
                }
            }
        }
        if let joined, let joined { return joined }
        return a + " " + b
    }

    /// `a == b` for strings of this module's tables, all in NFC (where text of another length is never canonically
    /// equivalent): the lengths first, as an unequal `==` on non-ASCII text ran Unicode's comparison.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// The text of a byte range.
    static func string(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self)
    }

    /// Lower-case ASCII fold of a string, words joined by one space: `Hoà Bình` → `hoa binh`.
    static func asciiKey(_ s: String) -> String {
        var s = s
        return s.withUTF8 { p in
            var out = [UInt8]()
            for w in words(p, from: 0, to: p.count) {
                if !out.isEmpty { out.append(0x20) }
                var i = w.start
                while i < w.end {
                    let (sc, len) = decode(p, i, w.end)
                    let e = entry(sc)
                    if e & markBit == 0, e != 0 { out.append(UInt8(truncatingIfNeeded: e)) }
                    i += len
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// A word of the text with its byte range and fold summary.
struct FoldWord: Sendable, Hashable {
    var start: Int
    var end: Int
    /// FNV-1a hash of the lower-case ASCII fold.
    var hash: UInt64
    var flags: UInt8

    static let ascii: UInt8 = 1
    static let firstUpper: UInt8 = 2
    static let allUpper: UInt8 = 4
    static let hasLower: UInt8 = 8
    static let allDigits: UInt8 = 16
    static let hasDigit: UInt8 = 32

    var isUpper: Bool { flags & FoldWord.allUpper != 0 }
    var isCapitalized: Bool { flags & FoldWord.firstUpper != 0 }
    var isDigits: Bool { flags & FoldWord.allDigits != 0 }
    var isASCII: Bool { flags & FoldWord.ascii != 0 }
}

/// A set of 64-bit keys (word hashes) with open addressing: lookups without hashing again.
struct HashSet64: Sendable {
    let slots: [UInt64]
    let mask: Int

    init(_ keys: [UInt64]) {
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for k in keys {
            let key = k == 0 ? 1 : k
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & (size - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.mask = size - 1
    }

    func contains(_ k: UInt64) -> Bool {
        let key = k == 0 ? 1 : k
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// One word of a table phrase, folded.
struct PatternWord: Sendable, Hashable {
    let ascii: [UInt8]
    let quality: [UInt8]
    let hash: UInt64
    /// The word's UTF-8 bytes as the table writes it, packed little-endian (`VietFold.packedBytes`), and their
    /// number; 0 for a word of more than eight bytes (compared by letters only).
    let bytes: UInt64
    let tone: UInt8
    let byteCount: UInt8

    init(ascii: [UInt8], quality: [UInt8], tone: UInt8, hash: UInt64, bytes: UInt64 = 0, byteCount: UInt8 = 0) {
        self.ascii = ascii; self.quality = quality; self.tone = tone; self.hash = hash
        self.bytes = bytes; self.byteCount = byteCount
    }

    /// Equal by what it matches (the written bytes are only a shortcut to it).
    static func == (a: PatternWord, b: PatternWord) -> Bool {
        a.ascii == b.ascii && a.quality == b.quality && a.tone == b.tone && a.hash == b.hash
    }

    func hash(into h: inout Hasher) {
        h.combine(ascii); h.combine(quality); h.combine(tone); h.combine(hash)
    }
}

/// Phrases (table rows) matched word by word against a text, longest first. A class: a static table
/// is handed out with one retain instead of one per array.
final class PhraseTable<Payload: Sendable>: Sendable {
    /// A row (a class, so that handing it out costs one retain).
    final class Entry: Sendable {
        let words: [PatternWord]
        let surface: String
        let payload: Payload
        init(words: [PatternWord], surface: String, payload: Payload) {
            self.words = words; self.surface = surface; self.payload = payload
        }
    }
    let entries: [Entry]
    /// Entry numbers grouped by first-word hash, longest rows first within a group.
    let order: [Int]
    /// Open-addressing index: first-word hash (never 0) → its group in `order`.
    let slots: [UInt64]
    let slotGroups: [Range<Int>]
    let mask: Int
    /// By position in `order`: the row's word count and its second word's hash (0 for a one-word row).
    /// `match` turns most candidates away on this flat array, without touching (retaining) a row.
    let rowHeads: [RowHead]
    struct RowHead { let count: Int; let second: UInt64 }
    /// At each group's first position in `order`: one bit (hash & 63) per second word of its rows, all bits
    /// when a row has one word. A group of many rows (`Phòng …`) turns a word away on one test.
    let secondMasks: [UInt64]
    /// Groups of at least this many rows are entered by their first two words (`Bộ` heads fifty rows).
    static var pairIndexMin: Int { 6 }
    /// Open-addressing index of (group, second-word hash) → the group's candidates in `candidates`: its rows
    /// with that second word and its one-word rows, in group order (the rows `match` would not turn away).
    let pairSlots: [PairSlot]
    let pairMask: Int
    struct PairSlot { var group: Int32; var lo: Int32; var hi: Int32; var second: UInt64 }
    /// At each large group's first position in `order`: its one-word rows in `candidates` (when no two-word
    /// key applies).
    let singles: [Range<Int>]
    /// Positions in `order`, per candidate list.
    let candidates: [Int32]

    init(_ rows: [(String, Payload)]) {
        var entries: [Entry] = []
        entries.reserveCapacity(rows.count)
        for (surface, payload) in rows {
            let w = VietFold.pattern(surface)
            if !w.isEmpty { entries.append(Entry(words: w, surface: surface, payload: payload)) }
        }
        // Groups by first-word hash in order of first appearance; within a group, longest rows first
        // (then table order). One sort over all rows instead of a dictionary of arrays.
        var groupOf: [UInt64: Int] = [:]
        groupOf.reserveCapacity(entries.count)
        var keys: [UInt64] = []
        var group = [Int](repeating: 0, count: entries.count)
        for (n, e) in entries.enumerated() {
            let h = e.words[0].hash
            if let g = groupOf[h] { group[n] = g } else { group[n] = keys.count; groupOf[h] = keys.count; keys.append(h) }
        }
        let order = entries.indices.sorted { a, b in
            if group[a] != group[b] { return group[a] < group[b] }
            let ca = entries[a].words.count, cb = entries[b].words.count
            return ca != cb ? ca > cb : a < b
        }
        var ranges = [Range<Int>](repeating: 0..<0, count: keys.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, group[order[end]] == group[order[start]] { end += 1 }
            ranges[group[order[start]]] = start..<end
            start = end
        }
        var size = 8
        while size < keys.count * 3 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotGroups = [Range<Int>](repeating: 0..<0, count: size)
        for (g, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = key == 0 ? 1 : key
            slotGroups[i] = ranges[g]
        }
        self.entries = entries
        self.order = order
        self.slots = slots
        self.slotGroups = slotGroups
        self.mask = size - 1
        self.rowHeads = order.map { c in
            let words = entries[c].words
            return RowHead(count: words.count, second: words.count > 1 ? words[1].hash : 0)
        }
        var masks = [UInt64](repeating: 0, count: order.count)
        for r in ranges where !r.isEmpty {
            for slot in r {
                let words = entries[order[slot]].words
                masks[r.lowerBound] |= words.count > 1 ? 1 << (words[1].hash & 63) : ~0
            }
        }
        self.secondMasks = masks
        // The pair index of large groups.
        var cands: [Int32] = []
        var singles = [Range<Int>](repeating: 0..<0, count: order.count)
        var pairs: [(group: Int, second: UInt64, list: Range<Int>)] = []
        for r in ranges where r.count >= PhraseTable.pairIndexMin {
            let heads = r.map { slot -> RowHead in
                let words = entries[order[slot]].words
                return RowHead(count: words.count, second: words.count > 1 ? words[1].hash : 0)
            }
            let lo = cands.count
            for (i, h) in heads.enumerated() where h.count == 1 { cands.append(Int32(r.lowerBound + i)) }
            singles[r.lowerBound] = lo..<cands.count
            var seen = Set<UInt64>()
            for h in heads where h.count > 1 && seen.insert(h.second).inserted {
                let start = cands.count
                for (i, x) in heads.enumerated() where x.count == 1 || x.second == h.second { cands.append(Int32(r.lowerBound + i)) }
                pairs.append((r.lowerBound, h.second, start..<cands.count))
            }
        }
        var pairSize = 8
        while pairSize < pairs.count * 3 { pairSize *= 2 }
        var pairSlots = [PairSlot](repeating: PairSlot(group: -1, lo: 0, hi: 0, second: 0), count: pairSize)
        for (g, second, list) in pairs {
            var i = PhraseTable.pairIndex(g, second) & (pairSize - 1)
            while pairSlots[i].group >= 0 { i = (i + 1) & (pairSize - 1) }
            pairSlots[i] = PairSlot(group: Int32(g), lo: Int32(list.lowerBound), hi: Int32(list.upperBound), second: second)
        }
        self.pairSlots = pairSlots
        self.pairMask = pairSize - 1
        self.singles = singles
        self.candidates = cands
    }

    /// The pair index's hash of a group and a second word.
    @inline(__always)
    static func pairIndex(_ group: Int, _ second: UInt64) -> Int {
        Int(truncatingIfNeeded: (second ^ UInt64(truncatingIfNeeded: group) &* 0x9E37_79B9_7F4A_7C15) >> 7)
    }

    /// The candidates of the large group starting at `group` for a second word of hash `second` (its one-word
    /// rows when no longer row has that second word).
    @inline(__always)
    func pairCandidates(group: Int, second: UInt64) -> Range<Int> {
        var i = PhraseTable.pairIndex(group, second) & pairMask
        while true {
            let slot = pairSlots[i]
            if slot.group < 0 { return singles[group] }
            if Int(slot.group) == group && slot.second == second { return Int(slot.lo)..<Int(slot.hi) }
            i = (i + 1) & pairMask
        }
    }

    /// The candidate rows whose first word has hash `h`.
    @inline(__always)
    func group(_ h: UInt64) -> Range<Int>? {
        let key = h == 0 ? 1 : h
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i]
            if k == key { return slotGroups[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The longest row that matches the words starting at `k` (words joined by soft gaps).
    func match(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int? = nil, loose: Bool = false,
               ascii: Bool = true) -> (entry: Entry, next: Int)? {
        let n = min(limit ?? w.count, w.count)
        guard k >= 0, k < n else { return nil }
        guard let group = group(w[k].hash) else { return nil }
        if k + 1 < n, secondMasks[group.lowerBound] & (1 << (w[k + 1].hash & 63)) == 0 { return nil }
        // Word and pattern indices stay below `n` and `count` (checked per candidate): read without
        // per-element bounds checks.
        return w.withUnsafeBufferPointer { w -> (entry: Entry, next: Int)? in
          rowHeads.withUnsafeBufferPointer { heads -> (entry: Entry, next: Int)? in
            VietFold.table.withUnsafeBufferPointer { t -> (entry: Entry, next: Int)? in
                /// The row at `slot` of `order`, if it matches at `k`.
                @inline(__always) func attempt(_ slot: Int) -> (entry: Entry, next: Int)? {
                    // Word count and second word on the flat array first.
                    let head = heads[slot]
                    let count = head.count
                    if k &+ count > n { return nil }
                    if count > 1, w[k &+ 1].hash != head.second { return nil }
                    let entry = entries[order[slot]]
                    let found = entry.words.withUnsafeBufferPointer { words -> Bool in
                        // Cheap hash comparisons first; the byte-level check only for a likely match.
                        for j in 0..<count where w[k + j].hash != words[j].hash { return false }
                        for j in 0..<count {
                            if j > 0, !VietFold.softGap(p, w[k + j - 1].end, w[k + j].start) { return false }
                            // The hashes are equal (`VietFold.matches` tests them first).
                            if !VietFold.matches(p, w[k + j], words[j], loose: loose, ascii: ascii, t) { return false }
                        }
                        return true
                    }
                    return found ? (entry, k + count) : nil
                }
                if group.count < PhraseTable.pairIndexMin {
                    for slot in group { if let found = attempt(slot) { return found } }
                    return nil
                }
                // A large group: only the rows that can match the second word, in the same order.
                let list = k + 1 < n ? pairCandidates(group: group.lowerBound, second: w[k + 1].hash) : singles[group.lowerBound]
                return candidates.withUnsafeBufferPointer { c -> (entry: Entry, next: Int)? in
                    for i in list { if let found = attempt(Int(c[i])) { return found } }
                    return nil
                }
            }
          }
        }
    }

    /// Whether some row matches at `k`.
    func matches(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int? = nil, ascii: Bool = true) -> Bool {
        match(p, w, at: k, limit: limit, ascii: ascii) != nil
    }
}

// MARK: - Issuer vocabulary

// Issuer names besides (or overriding) the official rows of IssuerTable.swift, one a line:
// `surface | official name | code | flags`. Flags: L the body takes a locality (`Ủy ban nhân dân
// tỉnh Sơn La`); P it also takes a bare place name (`Tỉnh ủy Sơn La`); U=<unit> the unit it implies (`_` for a space)
// when no place is named (`Thành ủy` → thành phố); E an English name; A a Party body that may name the State
// body it sits in right after it (`Đảng ủy Bộ Tài chính`, `Ban cán sự đảng UBND tỉnh Hà Tĩnh`, `Đảng đoàn Quốc hội`).
let issuerVariantTableText = """
UBND | Ủy ban nhân dân | UBND | L
Ủy ban nhân dân | Ủy ban nhân dân | UBND | L
UB nhân dân | Ủy ban nhân dân | UBND | L
HĐND | Hội đồng nhân dân | HĐND | L
Thường trực HĐND | Thường trực Hội đồng nhân dân | TTHĐND | L
TT HĐND | Thường trực Hội đồng nhân dân | TTHĐND | L
Chủ tịch UBND | Chủ tịch Ủy ban nhân dân | UBND | L
Chủ tịch Ủy ban nhân dân | Chủ tịch Ủy ban nhân dân | UBND | L
CT UBND | Chủ tịch Ủy ban nhân dân | UBND | L
Thủ tướng | Thủ tướng Chính phủ | TTg |
Chủ tịch Hội đồng Bộ trưởng | Chủ tịch Hội đồng Bộ trưởng | HĐBT |
TTg | Thủ tướng Chính phủ | TTg |
TTgCP | Thủ tướng Chính phủ | TTg |
UBTVQH | Ủy ban Thường vụ Quốc hội | UBTVQH |
Thường vụ Quốc hội | Ủy ban Thường vụ Quốc hội | UBTVQH |
Ủy ban Pháp luật và Tư pháp | Ủy ban Pháp luật và Tư pháp | |
Ủy ban Kinh tế và Tài chính | Ủy ban Kinh tế và Tài chính | |
Ủy ban Văn hóa và Xã hội | Ủy ban Văn hóa và Xã hội | |
Ủy ban Quốc phòng, An ninh và Đối ngoại | Ủy ban Quốc phòng, An ninh và Đối ngoại | |
Ủy ban Khoa học, Công nghệ và Môi trường | Ủy ban Khoa học, Công nghệ và Môi trường | |
Ủy ban Quốc phòng và An ninh | Ủy ban Quốc phòng và An ninh | |
Ủy ban Văn hóa, Giáo dục | Ủy ban Văn hóa, Giáo dục | |
Bộ Chính trị | Bộ Chính trị | TW |
Ban Bí thư | Ban Bí thư | TW |
Ban Bí thư Trung ương | Ban Bí thư | TW |
Ban Bí thư Trung ương Đảng | Ban Bí thư | TW |
Ban Chấp hành Trung ương | Ban Chấp hành Trung ương | TW |
Ban Chấp hành Trung ương Đảng | Ban Chấp hành Trung ương | TW |
Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam | Ban Chấp hành Trung ương | TW |
BCH Trung ương | Ban Chấp hành Trung ương | TW |
BCH Trung ương Đảng | Ban Chấp hành Trung ương | TW |
BCH TW | Ban Chấp hành Trung ương | TW |
BCHTW | Ban Chấp hành Trung ương | TW |
Trung ương Đảng | Ban Chấp hành Trung ương | TW |
Tỉnh ủy | Tỉnh ủy | TU | L P U=tỉnh
Thành ủy | Thành ủy | TU | L P U=thành_phố
Huyện ủy | Huyện ủy | HU | L P U=huyện
Quận ủy | Quận ủy | QU | L P U=quận
Thị ủy | Thị ủy | TXU | L P U=thị_xã
Thị xã ủy | Thị ủy | TXU | L P U=thị_xã
Đảng ủy | Đảng ủy | ĐU | L P A
Đảng ủy Khối các cơ quan Trung ương | Đảng ủy Khối các cơ quan Trung ương | ĐUK |
Đảng ủy Khối Doanh nghiệp Trung ương | Đảng ủy Khối Doanh nghiệp Trung ương | ĐUK |
Đảng bộ Khối các cơ quan Trung ương | Đảng ủy Khối các cơ quan Trung ương | ĐUK |
Đảng bộ Khối Doanh nghiệp Trung ương | Đảng ủy Khối Doanh nghiệp Trung ương | ĐUK |
Đảng ủy Khối các cơ quan | Đảng ủy Khối các cơ quan | ĐUK | L
Đảng ủy Khối Doanh nghiệp | Đảng ủy Khối Doanh nghiệp | ĐUK | L
Đảng ủy các cơ quan Đảng Trung ương | Đảng ủy các cơ quan Đảng Trung ương | ĐU |
Đảng ủy Chính phủ | Đảng ủy Chính phủ | ĐU |
Đảng ủy Quốc hội | Đảng ủy Quốc hội | ĐU |
Đảng ủy Công an Trung ương | Đảng ủy Công an Trung ương | ĐU |
Đảng ủy các cơ quan Đảng | Đảng ủy các cơ quan Đảng | ĐU | L
Ban cán sự đảng | Ban cán sự đảng | BCSĐ | A
Đảng đoàn | Đảng đoàn | ĐĐ | A
Quân ủy Trung ương | Quân ủy Trung ương | QUTW |
Ban Thường vụ Tỉnh ủy | Ban Thường vụ Tỉnh ủy | TU | L P U=tỉnh
Ban Thường vụ Thành ủy | Ban Thường vụ Thành ủy | TU | L P U=thành_phố
Ban Thường vụ Huyện ủy | Ban Thường vụ Huyện ủy | HU | L P U=huyện
Ban Thường vụ Quận ủy | Ban Thường vụ Quận ủy | QU | L P U=quận
Ban Thường vụ Thị ủy | Ban Thường vụ Thị ủy | TXU | L P U=thị_xã
Ban Thường vụ Đảng ủy | Ban Thường vụ Đảng ủy | ĐU | L P
BTV Tỉnh ủy | Ban Thường vụ Tỉnh ủy | TU | L P U=tỉnh
BTV Thành ủy | Ban Thường vụ Thành ủy | TU | L P U=thành_phố
Thường trực Tỉnh ủy | Thường trực Tỉnh ủy | TU | L P U=tỉnh
Thường trực Thành ủy | Thường trực Thành ủy | TU | L P U=thành_phố
Ban Chấp hành Đảng bộ | Ban Chấp hành Đảng bộ | | L
Đảng bộ | Đảng bộ | | L A
Sở GD&ĐT | Sở Giáo dục và Đào tạo | SGDĐT | L
Sở GDĐT | Sở Giáo dục và Đào tạo | SGDĐT | L
Sở LĐTBXH | Sở Lao động - Thương binh và Xã hội | SLĐTBXH | L
Sở LĐ-TB&XH | Sở Lao động - Thương binh và Xã hội | SLĐTBXH | L
Sở NN&PTNT | Sở Nông nghiệp và Phát triển nông thôn | SNNPTNT | L
Sở NNPTNT | Sở Nông nghiệp và Phát triển nông thôn | SNNPTNT | L
Sở TN&MT | Sở Tài nguyên và Môi trường | STNMT | L
Sở TNMT | Sở Tài nguyên và Môi trường | STNMT | L
Sở KH&ĐT | Sở Kế hoạch và Đầu tư | SKHĐT | L
Sở KHĐT | Sở Kế hoạch và Đầu tư | SKHĐT | L
Sở KH&CN | Sở Khoa học và Công nghệ | SKHCN | L
Sở KHCN | Sở Khoa học và Công nghệ | SKHCN | L
Sở TT&TT | Sở Thông tin và Truyền thông | STTTT | L
Sở TTTT | Sở Thông tin và Truyền thông | STTTT | L
Sở VHTTDL | Sở Văn hóa, Thể thao và Du lịch | SVHTTDL | L
Sở VH-TT&DL | Sở Văn hóa, Thể thao và Du lịch | SVHTTDL | L
Sở GTVT | Sở Giao thông vận tải | SGTVT | L
Sở Giao thông - Vận tải | Sở Giao thông vận tải | SGTVT | L
Sở NN&MT | Sở Nông nghiệp và Môi trường | SNNMT | L
Sở NNMT | Sở Nông nghiệp và Môi trường | SNNMT | L
Sở Dân tộc và Tôn giáo | Sở Dân tộc và Tôn giáo | SDTTG | L
Sở Ngoại vụ | Sở Ngoại vụ | SNgV | L
Sở Văn hóa và Thể thao | Sở Văn hóa và Thể thao | SVHTT | L
Sở Du lịch | Sở Du lịch | SDL | L
Ban Dân tộc | Ban Dân tộc | BDT | L
Phòng GD&ĐT | Phòng Giáo dục và Đào tạo | PGDĐT | L
Phòng GDĐT | Phòng Giáo dục và Đào tạo | PGDĐT | L
Phòng Nội vụ | Phòng Nội vụ | PNV | L
Phòng Tư pháp | Phòng Tư pháp | PTP | L
Phòng Tài chính - Kế hoạch | Phòng Tài chính - Kế hoạch | PTCKH | L
Phòng TC-KH | Phòng Tài chính - Kế hoạch | PTCKH | L
Phòng Tài nguyên và Môi trường | Phòng Tài nguyên và Môi trường | PTNMT | L
Phòng TN&MT | Phòng Tài nguyên và Môi trường | PTNMT | L
Phòng TNMT | Phòng Tài nguyên và Môi trường | PTNMT | L
Phòng Lao động - Thương binh và Xã hội | Phòng Lao động - Thương binh và Xã hội | PLĐTBXH | L
Phòng LĐTBXH | Phòng Lao động - Thương binh và Xã hội | PLĐTBXH | L
Phòng LĐ-TB&XH | Phòng Lao động - Thương binh và Xã hội | PLĐTBXH | L
Phòng Văn hóa và Thông tin | Phòng Văn hóa và Thông tin | PVHTT | L
Phòng VH&TT | Phòng Văn hóa và Thông tin | PVHTT | L
Phòng Văn hóa, Khoa học và Thông tin | Phòng Văn hóa, Khoa học và Thông tin | PVHKHTT | L
Phòng Văn hóa - Xã hội | Phòng Văn hóa - Xã hội | PVHXH | L
Phòng Y tế | Phòng Y tế | PYT | L
Phòng Kinh tế | Phòng Kinh tế | PKT | L
Phòng Kinh tế và Hạ tầng | Phòng Kinh tế và Hạ tầng | PKTHT | L
Phòng Kinh tế, Hạ tầng và Đô thị | Phòng Kinh tế, Hạ tầng và Đô thị | PKTHTĐT | L
Phòng Quản lý đô thị | Phòng Quản lý đô thị | PQLĐT | L
Phòng Nông nghiệp và Phát triển nông thôn | Phòng Nông nghiệp và Phát triển nông thôn | PNNPTNT | L
Phòng NN&PTNT | Phòng Nông nghiệp và Phát triển nông thôn | PNNPTNT | L
Phòng Nông nghiệp và Môi trường | Phòng Nông nghiệp và Môi trường | PNNMT | L
Phòng Dân tộc | Phòng Dân tộc | PDT | L
Phòng Dân tộc và Tôn giáo | Phòng Dân tộc và Tôn giáo | PDTTG | L
Tòa án nhân dân | Tòa án nhân dân | TAND | L
TAND | Tòa án nhân dân | TAND | L
TAND tối cao | Tòa án nhân dân tối cao | TANDTC |
Tòa án nhân dân cấp cao tại Hà Nội | Tòa án nhân dân cấp cao tại Hà Nội | |
TAND cấp cao tại Hà Nội | Tòa án nhân dân cấp cao tại Hà Nội | |
Tòa án nhân dân cấp cao tại Đà Nẵng | Tòa án nhân dân cấp cao tại Đà Nẵng | |
TAND cấp cao tại Đà Nẵng | Tòa án nhân dân cấp cao tại Đà Nẵng | |
Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại Thành phố Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao tại TP Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại TP Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao tại TP. Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại TP. Hồ Chí Minh | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao tại TPHCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại TPHCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao tại TP.HCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại TP.HCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao tại TP HCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
TAND cấp cao tại TP HCM | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại Hà Nội | Viện kiểm sát nhân dân cấp cao tại Hà Nội | |
VKSND cấp cao tại Hà Nội | Viện kiểm sát nhân dân cấp cao tại Hà Nội | |
Viện kiểm sát nhân dân cấp cao tại Đà Nẵng | Viện kiểm sát nhân dân cấp cao tại Đà Nẵng | |
VKSND cấp cao tại Đà Nẵng | Viện kiểm sát nhân dân cấp cao tại Đà Nẵng | |
Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại Thành phố Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại TP Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại TP. Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại TP. Hồ Chí Minh | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại TPHCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại TPHCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại TP.HCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại TP.HCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Viện kiểm sát nhân dân cấp cao tại TP HCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
VKSND cấp cao tại TP HCM | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | |
Tòa án nhân dân cấp cao | Tòa án nhân dân cấp cao | | L
Viện kiểm sát nhân dân | Viện kiểm sát nhân dân | VKSND | L
VKSND | Viện kiểm sát nhân dân | VKSND | L
VKSND tối cao | Viện kiểm sát nhân dân tối cao | VKSNDTC |
Hội đồng Thẩm phán TANDTC | Hội đồng Thẩm phán Tòa án nhân dân tối cao | HĐTP |
Hội đồng Thẩm phán TAND tối cao | Hội đồng Thẩm phán Tòa án nhân dân tối cao | HĐTP |
Hội đồng Thẩm phán | Hội đồng Thẩm phán Tòa án nhân dân tối cao | HĐTP |
Ngân hàng Nhà nước | Ngân hàng Nhà nước Việt Nam | NHNN |
NHNN | Ngân hàng Nhà nước Việt Nam | NHNN |
Tổng Kiểm toán Nhà nước | Kiểm toán nhà nước | KTNN |
Tổng Thanh tra Chính phủ | Thanh tra Chính phủ | TTCP |
BHXH Việt Nam | Bảo hiểm xã hội Việt Nam | BHXH |
Bảo hiểm xã hội | Bảo hiểm xã hội | BHXH | L
Kho bạc Nhà nước | Kho bạc Nhà nước | KBNN | L
Cục Thuế | Cục Thuế | CT | L
Thuế tỉnh | Thuế tỉnh | | L P
Thuế thành phố | Thuế thành phố | | L P
Thuế TP | Thuế thành phố | | L P
Cục Hải quan | Cục Hải quan | CHQ | L
Công an | Công an | CA | L
VPCP | Văn phòng Chính phủ | VPCP |
Văn phòng Chủ tịch nước | Văn phòng Chủ tịch nước | VPCTN |
Hội đồng Chính phủ | Hội đồng Chính phủ | CP |
Bộ GD&ĐT | Bộ Giáo dục và Đào tạo | BGDĐT |
Bộ GDĐT | Bộ Giáo dục và Đào tạo | BGDĐT |
Bộ LĐTBXH | Bộ Lao động - Thương binh và Xã hội | BLĐTBXH |
Bộ LĐ-TB&XH | Bộ Lao động - Thương binh và Xã hội | BLĐTBXH |
Bộ Lao động Thương binh và Xã hội | Bộ Lao động - Thương binh và Xã hội | BLĐTBXH |
Bộ NN&PTNT | Bộ Nông nghiệp và Phát triển nông thôn | BNNPTNT |
Bộ NNPTNT | Bộ Nông nghiệp và Phát triển nông thôn | BNNPTNT |
Bộ NN và PTNT | Bộ Nông nghiệp và Phát triển nông thôn | BNNPTNT |
Bộ TN&MT | Bộ Tài nguyên và Môi trường | BTNMT |
Bộ TNMT | Bộ Tài nguyên và Môi trường | BTNMT |
Bộ KH&ĐT | Bộ Kế hoạch và Đầu tư | BKHĐT |
Bộ KHĐT | Bộ Kế hoạch và Đầu tư | BKHĐT |
Bộ KH&CN | Bộ Khoa học và Công nghệ | BKHCN |
Bộ KHCN | Bộ Khoa học và Công nghệ | BKHCN |
Bộ TT&TT | Bộ Thông tin và Truyền thông | BTTTT |
Bộ TTTT | Bộ Thông tin và Truyền thông | BTTTT |
Bộ VHTTDL | Bộ Văn hóa, Thể thao và Du lịch | BVHTTDL |
Bộ VH-TT&DL | Bộ Văn hóa, Thể thao và Du lịch | BVHTTDL |
Bộ VH,TT&DL | Bộ Văn hóa, Thể thao và Du lịch | BVHTTDL |
Bộ GTVT | Bộ Giao thông vận tải | BGTVT |
Bộ Giao thông - Vận tải | Bộ Giao thông vận tải | BGTVT |
Bộ NN&MT | Bộ Nông nghiệp và Môi trường | BNNMT |
Bộ NNMT | Bộ Nông nghiệp và Môi trường | BNNMT |
Bộ DTTG | Bộ Dân tộc và Tôn giáo | BDTTG |
Bộ Văn hóa và Thông tin | Bộ Văn hóa - Thông tin | BVHTT |
Trung ương Đoàn | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Bí thư Trung ương Đoàn | Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Thường vụ Trung ương Đoàn | Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Bí thư Trung ương Đoàn | Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ban Thường vụ Trung ương Đoàn | Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | TWĐTN |
Ủy ban Mặt trận Tổ quốc Việt Nam | Ủy ban Mặt trận Tổ quốc Việt Nam | MTTQ | L
Hội Liên hiệp Phụ nữ Việt Nam | Hội Liên hiệp Phụ nữ Việt Nam | LHPN |
Hội Liên hiệp Phụ nữ | Hội Liên hiệp Phụ nữ | LHPN | L
Hội LHPN | Hội Liên hiệp Phụ nữ | LHPN | L
Đoàn TNCS Hồ Chí Minh | Đoàn Thanh niên Cộng sản Hồ Chí Minh | ĐTN | L
Đoàn Thanh niên Cộng sản Hồ Chí Minh | Đoàn Thanh niên Cộng sản Hồ Chí Minh | ĐTN | L
Hội Nông dân Việt Nam | Hội Nông dân Việt Nam | HND |
Trung ương Hội Nông dân Việt Nam | Trung ương Hội Nông dân Việt Nam | HNDTW |
Hội Nông dân | Hội Nông dân | HND | L
Hội Cựu chiến binh Việt Nam | Hội Cựu chiến binh Việt Nam | CCB |
Trung ương Hội Cựu chiến binh Việt Nam | Trung ương Hội Cựu chiến binh Việt Nam | CCB |
Hội Cựu chiến binh | Hội Cựu chiến binh | CCB | L
Hội CCB | Hội Cựu chiến binh | CCB | L
Công đoàn Viên chức Việt Nam | Công đoàn Viên chức Việt Nam | CĐVC |
Cơ quan Thanh tra, giám sát ngân hàng | Cơ quan Thanh tra, giám sát ngân hàng | TTGSNH |
Cục Cảnh sát giao thông | Cục Cảnh sát giao thông | C08 |
Ban Tuyên giáo và Dân vận Tỉnh ủy | Ban Tuyên giáo và Dân vận Tỉnh ủy | BTGDVTU | L P U=tỉnh
Ban Tuyên giáo và Dân vận Thành ủy | Ban Tuyên giáo và Dân vận Thành ủy | BTGDVTU | L P U=thành_phố
Ban Thường vụ Trung ương Hội Nông dân Việt Nam | Ban Thường vụ Trung ương Hội Nông dân Việt Nam | HNDTW |
Ban Tuyên giáo và Dân vận Trung ương | Ban Tuyên giáo và Dân vận Trung ương | BTGDVTW |
Government | Chính phủ | CP | E
Prime Minister | Thủ tướng Chính phủ | TTg | E
National Assembly | Quốc hội | QH | E
National Assembly Standing Committee | Ủy ban Thường vụ Quốc hội | UBTVQH | E
Standing Committee of the National Assembly | Ủy ban Thường vụ Quốc hội | UBTVQH | E
State President | Chủ tịch nước | CTN | E
President | Chủ tịch nước | CTN | E
Politburo | Bộ Chính trị | TW | E
Political Bureau | Bộ Chính trị | TW | E
Secretariat | Ban Bí thư | TW | E
Party Central Committee | Ban Chấp hành Trung ương | TW | E
Central Committee | Ban Chấp hành Trung ương | TW | E
Central Committee of the Communist Party of Vietnam | Ban Chấp hành Trung ương | TW | E
Ministry of Finance | Bộ Tài chính | BTC | E
Ministry of Education and Training | Bộ Giáo dục và Đào tạo | BGDĐT | E
Ministry of Health | Bộ Y tế | BYT | E
Ministry of Justice | Bộ Tư pháp | BTP | E
Ministry of Public Security | Bộ Công an | BCA | E
Ministry of National Defence | Bộ Quốc phòng | BQP | E
Ministry of National Defense | Bộ Quốc phòng | BQP | E
Ministry of Foreign Affairs | Bộ Ngoại giao | BNG | E
Ministry of Home Affairs | Bộ Nội vụ | BNV | E
Ministry of Industry and Trade | Bộ Công Thương | BCT | E
Ministry of Construction | Bộ Xây dựng | BXD | E
Ministry of Transport | Bộ Giao thông vận tải | BGTVT | E
Ministry of Planning and Investment | Bộ Kế hoạch và Đầu tư | BKHĐT | E
Ministry of Science and Technology | Bộ Khoa học và Công nghệ | BKHCN | E
Ministry of Information and Communications | Bộ Thông tin và Truyền thông | BTTTT | E
Ministry of Natural Resources and Environment | Bộ Tài nguyên và Môi trường | BTNMT | E
Ministry of Agriculture and Rural Development | Bộ Nông nghiệp và Phát triển nông thôn | BNNPTNT | E
Ministry of Agriculture and Environment | Bộ Nông nghiệp và Môi trường | BNNMT | E
Ministry of Culture, Sports and Tourism | Bộ Văn hóa, Thể thao và Du lịch | BVHTTDL | E
Ministry of Labour, Invalids and Social Affairs | Bộ Lao động - Thương binh và Xã hội | BLĐTBXH | E
Ministry of Labor, Invalids and Social Affairs | Bộ Lao động - Thương binh và Xã hội | BLĐTBXH | E
Ministry of Ethnic and Religious Affairs | Bộ Dân tộc và Tôn giáo | BDTTG | E
State Bank of Vietnam | Ngân hàng Nhà nước Việt Nam | NHNN | E
State Bank of Viet Nam | Ngân hàng Nhà nước Việt Nam | NHNN | E
Supreme People's Court | Tòa án nhân dân tối cao | TANDTC | E
Supreme People's Procuracy | Viện kiểm sát nhân dân tối cao | VKSNDTC | E
High People's Court in Hanoi | Tòa án nhân dân cấp cao tại Hà Nội | | E
High People's Court in Ha Noi | Tòa án nhân dân cấp cao tại Hà Nội | | E
High People's Court in Da Nang | Tòa án nhân dân cấp cao tại Đà Nẵng | | E
High People's Court in Ho Chi Minh City | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | | E
Superior People's Court in Hanoi | Tòa án nhân dân cấp cao tại Hà Nội | | E
Superior People's Court in Da Nang | Tòa án nhân dân cấp cao tại Đà Nẵng | | E
Superior People's Court in Ho Chi Minh City | Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh | | E
High People's Procuracy in Hanoi | Viện kiểm sát nhân dân cấp cao tại Hà Nội | | E
High People's Procuracy in Da Nang | Viện kiểm sát nhân dân cấp cao tại Đà Nẵng | | E
High People's Procuracy in Ho Chi Minh City | Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh | | E
Council of Judges of the Supreme People's Court | Hội đồng Thẩm phán Tòa án nhân dân tối cao | HĐTP | E
Judicial Council of the Supreme People's Court | Hội đồng Thẩm phán Tòa án nhân dân tối cao | HĐTP | E
Government Office | Văn phòng Chính phủ | VPCP | E
Office of the Government | Văn phòng Chính phủ | VPCP | E
General Department of Taxation | Tổng cục Thuế | TCT | E
General Department of Vietnam Customs | Tổng cục Hải quan | TCHQ | E
General Department of Customs | Tổng cục Hải quan | TCHQ | E
Government Inspectorate | Thanh tra Chính phủ | TTCP | E
State Audit Office | Kiểm toán nhà nước | KTNN | E
Vietnam Social Security | Bảo hiểm xã hội Việt Nam | BHXH | E
People's Committee | Ủy ban nhân dân | UBND | L E
People's Council | Hội đồng nhân dân | HĐND | L E
"""

// Titles of the person who signs for a body, dropped before the body's name: `Bộ trưởng Bộ Tài chính`
// → Bộ Tài chính. (`Chủ tịch Ủy ban nhân dân` and `Chủ tịch nước` are bodies of their own.)
let issuerTitleWords = [
    "Phó", "Bộ trưởng", "Thứ trưởng", "Thủ trưởng", "Thống đốc", "Chánh án", "Viện trưởng", "Giám đốc",
    // (`Chánh` alone: the office or inspectorate it heads keeps its name, `Chánh Văn phòng UBND tỉnh` → Văn phòng UBND
    // tỉnh, `Chánh Thanh tra tỉnh Bắc Ninh` → Thanh tra tỉnh Bắc Ninh; `Chánh án` is the longer title.)
    "Tổng Giám đốc", "Cục trưởng", "Tổng cục trưởng", "Vụ trưởng", "Chủ nhiệm", "Trưởng ban", "Chánh",
    "Chủ tịch", "Tổng Bí thư", "Hiệu trưởng", "Trưởng", "Minister", "Deputy Minister", "Governor", "Chairman", "Chairwoman",
    "Chief Justice", "Chief Procurator", "Director", "Director General",
]

// Head nouns of bodies that are not in the tables (`Cục Quản lý dược`, `Tổng công ty Lưu ký …`),
// accepted when a name follows.
let issuerHeadNouns = [
    "Cục", "Tổng cục", "Chi cục", "Vụ", "Viện", "Học viện", "Trường", "Đại học", "Ban", "Ủy ban", "Hội đồng",
    "Văn phòng", "Trung tâm", "Thanh tra", "Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Liên đoàn",
    "Tổng Liên đoàn", "Hội", "Hiệp hội", "Đoàn", "Mặt trận", "Bộ Chỉ huy", "Bộ Tư lệnh", "Quân khu", "Quân chủng",
    "Binh chủng", "Tổng cục", "Đài", "Báo", "Sở", "Phòng", "Ban Quản lý", "Cơ quan", "Bộ", "Kho bạc", "Cảng vụ",
    "Thuế", "Hải quan", "Quỹ", "Nhà xuất bản", "Đại học Quốc gia", "Tòa án", "Viện kiểm sát", "Chi nhánh", "Bệnh viện",
]

// Head nouns of institutions whose name is a proper name (`Bệnh viện Bạch Mai`, `Trường THPT Chu Văn An`): the
// name keeps its capitals, and a locality inherited from the parent body is no part of it.
let institutionHeadNouns: Set<String> = ["Bệnh viện", "Trường"]

// Words of an institution's name written with one capital (`Đại học`, `Đa khoa`, `Khoa học Tự nhiên`); the
// other words of the name are proper names (`Bạch Mai`, `Chu Văn An`) and take a capital each.
let institutionCommonWords = [
    "Đại học", "Cao đẳng", "Trung cấp", "Trung học", "phổ thông", "cơ sở", "Tiểu học", "Mầm non", "Mẫu giáo",
    "Đa khoa", "Khoa học", "Tự nhiên", "Xã hội", "Nhân văn", "Sư phạm", "Kỹ thuật", "Công nghệ", "Kinh tế",
    "Y tế", "Y dược", "Y học", "cổ truyền", "Bách khoa", "Ngoại thương", "Nông nghiệp", "Lâm nghiệp", "Thủy lợi",
    "Giao thông", "Vận tải", "Xây dựng", "Kiến trúc", "Ngoại ngữ", "Hữu nghị", "Phụ sản", "Chuyên khoa",
    "Răng hàm mặt", "Ung bướu", "Tâm thần", "Nội tiết", "Da liễu", "Phổi", "Điều dưỡng", "Phục hồi chức năng",
    "Dân tộc", "nội trú", "bán trú", "Chuyên", "Năng khiếu", "Thể dục", "thể thao", "Văn hóa", "Nghệ thuật",
    "Du lịch", "Tài chính", "Ngân hàng", "Thương mại", "Quốc tế", "Công nghiệp", "Mỹ thuật", "Âm nhạc", "Dược",
    "Luật", "Nhi", "Mắt", "Lao", "bệnh phổi", "Chấn thương", "chỉnh hình", "Thể thao", "Sản", "Nhi đồng",
    "Chính trị", "Quân sự", "Quân đội", "Quân y", "Cảnh sát", "An ninh", "Hành chính", "Quản lý", "Nhân dân",
    "Trung ương", "Ngoại giao", "Tư pháp", "Kiểm sát", "Hàng hải", "Hàng không", "Điện lực", "Dầu khí", "Thủy sản",
    "Lao động", "Công đoàn", "Thông tin", "Truyền thông", "Tài nguyên", "Môi trường", "Nội vụ", "Thủ đô",
]

// Words that end an issuer phrase in running text.
let issuerStopWords = [
    "về", "quy định", "ban hành", "hướng dẫn", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "phê duyệt",
    "công bố", "thực hiện", "triển khai", "trả lời", "giao", "đã", "được", "có", "là", "để", "tại", "trong",
    "đối với", "theo", "cho", "của", "ngày", "số", "năm", "nay", "việc", "v", "thông qua", "gửi", "kèm",
    "chỉ đạo", "yêu cầu", "đề nghị", "với", "ký", "thì", "như", "nhằm", "quyết định", "chấp thuận",
    "cho phép", "và", "hoặc", "hết", "tháng", "khi", "đó", "này", "trên", "từ", "đến", "sau", "trước",
    "các", "những", "một", "mà", "do", "khóa", "nhiệm kỳ", "kỳ họp", "lần", "tổ chức", "nêu", "xét",
    "nơi", "thuộc", "đang", "sẽ", "cùng", "gồm", "tỉnh", "thành phố",
    "on", "dated", "of", "and", "the", "issued", "regarding", "providing", "amending",
]

/// A parsed issuer body (official name and what it takes after it). A class: the parser hands a table row's
/// body around, and a copy of a struct retained each of its strings (about a tenth of an issuer phrase's parse).
final class IssuerBody: Sendable, Hashable {
    let name: String
    let code: String?
    let takesLocality: Bool
    let takesBarePlace: Bool
    let impliedUnit: String?
    let english: Bool
    /// A Party body that may name the State body it sits in after it (`Đảng ủy Bộ Tài chính`).
    let attaches: Bool

    init(name: String, code: String?, takesLocality: Bool, takesBarePlace: Bool, impliedUnit: String?, english: Bool,
         attaches: Bool = false) {
        self.name = name; self.code = code; self.takesLocality = takesLocality; self.takesBarePlace = takesBarePlace
        self.impliedUnit = impliedUnit; self.english = english; self.attaches = attaches
    }

    /// Equal field by field (as the struct it was).
    static func == (a: IssuerBody, b: IssuerBody) -> Bool {
        a.name == b.name && a.code == b.code && a.takesLocality == b.takesLocality && a.takesBarePlace == b.takesBarePlace
            && a.impliedUnit == b.impliedUnit && a.english == b.english && a.attaches == b.attaches
    }

    func hash(into h: inout Hasher) {
        h.combine(name); h.combine(code); h.combine(takesLocality); h.combine(takesBarePlace); h.combine(impliedUnit); h.combine(english); h.combine(attaches)
    }
}

/// Vocabulary tables for issuer phrases, built once from the data above and IssuerTable.swift.
enum IssuerVocabulary {
    static let partyLocalCodes: Set<String> = ["TU", "TWU", "HU", "QU", "TXU", "ĐU", "ĐUK", "UBKTTU", "BTCTU", "BTGTU", "VPTU", "BDVTU"]

    /// Every body name and variant.
    static let bodies: PhraseTable<IssuerBody> = PhraseTable(bodyRows())

    /// The rows of `bodies`: the official names of IssuerTable.swift (the first code of each name), then
    /// the variants above; a later surface replaces an earlier one that differs only in case. Read on
    /// bytes (start-up cost), the case folded with `VietFold.lowerMap`.
    static func bodyRows() -> [(String, IssuerBody)] {
        let official = TableText.issuerRows
        let variants = TableText.rows(issuerVariantTableText, keepEmpty: true)
        var rows: [(String, IssuerBody)] = []
        rows.reserveCapacity(official.count + variants.count)
        var seen = ByteKeys(capacity: official.count + variants.count)   // lower-cased surfaces, one per row
        func add(_ surface: String, _ body: IssuerBody) {
            var surface = surface
            let key: [UInt8] = surface.withUTF8 { p in
                // ASCII letters directly; other scalars through `appendLowercased` (Vietnamese capitals).
                if p.allSatisfy({ $0 < 0x80 }) { return p.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
                var key: [UInt8] = []
                key.reserveCapacity(p.count)
                VietFold.appendLowercased(p, 0, p.count, into: &key, capitalizeFirst: false)
                return key
            }
            let (i, inserted) = seen.insert(key)
            if inserted { rows.append((surface, body)) } else { rows[i] = (surface, body) }
        }
        var names = ByteKeys(capacity: official.count)
        for cols in official {
            guard cols.count >= 3 else { continue }
            let (code, name, level) = (cols[0], cols[1], cols[2])
            if !names.insert(Array(name.utf8)).inserted { continue }
            let partyLocal = level == "party" && partyLocalCodes.contains(code)
            add(name, IssuerBody(name: name, code: code, takesLocality: level == "local" || partyLocal,
                                 takesBarePlace: partyLocal, impliedUnit: nil, english: false))
        }
        for cols in variants {
            guard cols.count >= 4 else { continue }
            let flags = TableText.cells(cols[3], separator: 0x20, keepEmpty: false, trim: false)
            let unit = flags.first { $0.utf8.starts(with: [0x55, 0x3D]) }     // `U=`
                .map { String(decoding: $0.utf8.dropFirst(2).map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self) }
            add(cols[0], IssuerBody(name: cols[1], code: cols[2].isEmpty ? nil : cols[2],
                                    takesLocality: flags.contains("L"), takesBarePlace: flags.contains("P"),
                                    impliedUnit: unit, english: flags.contains("E"), attaches: flags.contains("A")))
        }
        return rows
    }

    static let titles = PhraseTable(issuerTitleWords.map { ($0, ()) })
    /// Bodies that are a person (a name may follow them in a title line: `THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH`).
    static let leaderBodies: Set<String> = ["Thủ tướng Chính phủ", "Chủ tịch nước", "Chủ tịch Quốc hội", "Tổng Bí thư"]
    /// Vietnamese surnames: the first word of a person's name after a title.
    static let surnames = PhraseTable([
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Trương", "Hà", "Lương",
        "Lưu", "Tạ", "Châu", "Cao", "Quách", "Thái", "Tăng", "Đàm", "Kiều", "Triệu", "Lục", "Chu", "Nông", "La",
        "Thân", "Mạc", "Từ", "Giang", "Tống", "Hứa", "Thạch", "Lò", "Lại", "Khúc", "Nghiêm", "Vi", "Âu", "Doãn",
    ].map { ($0, ()) })
    /// Words that end a person's name in a title line (`… PHẠM MINH CHÍNH TẠI HỘI NGHỊ`).
    static let nameStops = PhraseTable([
        "tại", "về", "với", "và", "trong", "khi", "đối", "làm", "ở", "đến", "trên", "năm", "ngày", "tháng", "nhân",
        "của", "thăm", "dự", "gửi", "họp", "việc", "tiếp", "đồng", "chủ trì", "kết luận", "chỉ đạo", "phát biểu",
    ].map { ($0, ()) })

    /// Pair key of two word hashes.
    @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }

    /// Quick test for a phrase start: one-word names and the first two words of longer names (bodies,
    /// titles, plenum and joint prefixes).
    static let starts: HashSet64 = {
        var keys: [UInt64] = []
        func add(_ words: [PatternWord]) {
            if words.count == 1 { keys.append(words[0].hash) } else { keys.append(pair(words[0].hash, words[1].hash)) }
        }
        for e in bodies.entries { add(e.words) }
        for e in titles.entries { add(e.words) }
        for e in plenum.entries { add(e.words) }
        for e in joint.entries { add(e.words) }
        return HashSet64(keys)
    }()
    static let heads = PhraseTable(issuerHeadNouns.map { ($0, $0) })
    /// Head nouns that name a body by its place alone in running text (`Thanh tra tỉnh Bắc Ninh`).
    static let headsTakingBarePlace = PhraseTable([("Thanh tra", ())])
    /// Common words of an institution's name (see `institutionCommonWords`), with their written form.
    static let institutionWords = PhraseTable(institutionCommonWords.map { ($0, $0) })
    /// First words of the rows a phrase can open with (bodies, titles, plenum and joint prefixes, head
    /// nouns): a word outside this set starts no phrase (`parseWords` after its connector).
    static let firstWords: HashSet64 = {
        var keys: [UInt64] = bodies.entries.map { $0.words[0].hash }
        keys += titles.entries.map { $0.words[0].hash }
        keys += heads.entries.map { $0.words[0].hash }
        keys += plenum.entries.map { $0.words[0].hash }
        keys += joint.entries.map { $0.words[0].hash }
        return HashSet64(keys)
    }()
    static let stops = PhraseTable(issuerStopWords.map { ($0, ()) })
    /// Connectors before an issuer: `của`, `do`; English `of`, `by` (payload: English).
    static let connectors = PhraseTable([("của", false), ("do", false), ("of", true), ("by", true)])
    static let the = PhraseTable([("the", ())])
    static let joint = PhraseTable([("liên Bộ", ()), ("liên tịch", ())])
    /// `và` between two bodies of a joint issuer.
    static let and = PhraseTable([("và", ())])
    /// Plenum prefixes: `Hội nghị lần thứ tám`, `Hội nghị Trung ương 8` (payload: implies the Central Committee).
    static let plenum = PhraseTable([("Hội nghị lần thứ", false), ("Hội nghị Trung ương lần thứ", true),
                                     ("Hội nghị Trung ương", true), ("Hội nghị", false)])
    static let term = PhraseTable([("khóa", ()), ("nhiệm kỳ khóa", ())])
    /// English words between a place and `People's Committee`, or after the place.
    static let englishPlaceWords = PhraseTable([("Provincial", ()), ("City", ()), ("Municipal", ()), ("province", ()), ("city", ())])
    /// Proper nouns kept capitalized when restoring the case of an upper-case line.
    static let properNouns = PhraseTable([
        "Việt Nam", "Nhà nước", "Trung ương", "Quốc hội", "Chính phủ", "Đảng", "Hồ Chí Minh", "Cộng sản",
        "Tổ quốc", "Hiến pháp", "Điều", "Chương", "Phụ lục",
    ].map { ($0, $0) })
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs, as a String.
    var trimmingSpaces: String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

// MARK: - Localities

/// A locality read after a body: `tỉnh Sơn La`, `huyện Mường La, tỉnh Sơn La`, or a unit word alone.
struct ParsedLocality: Sendable {
    var locality: String?
    /// The place name alone (`Sơn La`), for `Tỉnh ủy Sơn La`.
    var placeName: String?
    /// Whether a unit word stands before the name (`xã Tân Phú`, not a bare `Sơn La`).
    var unitWritten = false
    /// The unit word when no place follows (`tỉnh` in `của Ủy ban nhân dân tỉnh`).
    var unnamed: String?
    /// The province-level locality it lies in, when known.
    var province: String?
    var next: Int
}

enum LocalityParser {
    /// Unit words and the unit they stand for.
    static let units = PhraseTable([
        ("tỉnh", "tỉnh"), ("thành phố", "thành phố"), ("TP", "thành phố"), ("T.P", "thành phố"),
        ("huyện", "huyện"), ("quận", "quận"), ("thị xã", "thị xã"), ("TX", "thị xã"), ("thị trấn", "thị trấn"),
        ("xã", "xã"), ("phường", "phường"), ("đặc khu", "đặc khu"), ("khu vực", "khu vực"),
    ])

    /// Whether the name at words `k..<nameEnd` opens a new line that is a place-and-date line (`của UBND tỉnh⏎Nghệ An,
    /// ngày 12 tháng 9 năm 2025` under a letter's subject): the place is where the letter was written, not the body's.
    static func placeDateLine(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], from k: Int, nameEnd: Int, limit n: Int) -> Bool {
        guard k > 0, nameEnd < n, VietFold.gapContains(p, w[k - 1].end, w[k].start, 0x0A),
              VietFold.gapContains(p, w[nameEnd - 1].end, w[nameEnd].start, 0x2C) else { return false }
        return VietFold.matches(p, w[nameEnd], HeaderVocabulary.ngay)
    }

    /// Whether only spaces and one dash (`-`, `–`, `—`) stand between two words.
    static func dashGap(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var i = a, dashes = 0
        while i < b {
            if p[i] == 0x20 { i += 1 }
            else if p[i] == 0x2D { dashes += 1; i += 1 }
            else if p[i] == 0xE2, i + 2 < b, p[i + 1] == 0x80, p[i + 2] == 0x93 || p[i + 2] == 0x94 { dashes += 1; i += 3 }
            else { return false }
        }
        return dashes == 1
    }

    /// Reads a locality at word `k`: a unit word and a name, a known province, or (for bodies that
    /// take one) a bare place name. `header` allows every following word as part of a lower-unit name.
    static func parse(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit n: Int,
                      body: IssuerBody?, header: Bool, date: String?, ascii: Bool = true) -> ParsedLocality? {
        guard k < n else { return nil }
        if let (u, k2) = units.match(p, w, at: k, limit: n, ascii: ascii) {
            let unit = u.payload
            // A unit word written in lower case inside a sentence is a unit; an upper-case `TP` too.
            if VietFold.same(unit, "tỉnh") || VietFold.same(unit, "thành phố") || VietFold.same(unit, "khu vực"),
               k2 < n, VietFold.softGap(p, w[k2 - 1].end, w[k2].start),
               let (row, k3) = Places.matchName(p, w, at: k2, limit: n, date: date, ascii: ascii),
               header || !placeDateLine(p, w, from: k2, nameEnd: k3, limit: n) {
                // The row's fields, not a copy of the row (its arrays and strings retained).
                let name = Places.all[row].name, locality = Places.all[row].locality
                if VietFold.same(unit, "khu vực") {
                    return ParsedLocality(locality: "khu vực \(name)", placeName: name, unitWritten: true, unnamed: nil, province: locality, next: k3)
                }
                let level = VietFold.same(unit, Places.all[row].unit) ? locality : VietFold.spaced(unit, name)
                return ParsedLocality(locality: level, placeName: name, unitWritten: true, unnamed: nil, province: locality, next: k3)
            }
            // A lower unit (or a city that is not province-level) followed by its name.
            var j = k2
            var nameEnd = k2
            while j < n, j - k2 < 5 {
                let prevEnd = w[j - 1].end
                // After an abbreviated unit its dot: `UBND TX. Hoài Nhơn`.
                let dotted = j == k2 && w[k2 - 1].isUpper && w[k2 - 1].end - w[k2 - 1].start <= 3 && p[prevEnd] == 0x2E
                    && VietFold.spaceGap(p, prevEnd + 1, w[j].start)
                if !dotted, !(header ? VietFold.softGap(p, prevEnd, w[j].start) : VietFold.spaceGap(p, prevEnd, w[j].start)) { break }
                let word = w[j]
                if header {
                    if j > k2, units.matches(p, w, at: j, limit: n, ascii: ascii) || IssuerVocabulary.bodies.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    // A body on the next line is the parent's office: `UBND HUYỆN BA VÌ` / `PHÒNG …`, `TRUNG TÂM …`.
                    if j > k2, VietFold.gapContains(p, prevEnd, word.start, 0x0A), IssuerVocabulary.heads.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    if !(word.isCapitalized || word.isDigits || word.isUpper) { break }
                } else {
                    if !(word.isCapitalized || word.isDigits) { break }
                    // A line that opens an article or a basis is no name (`của Hội đồng nhân dân tỉnh⏎Điều 1.`,
                    // `tỉnh⏎Căn cứ …`).
                    if VietFold.gapContains(p, prevEnd, word.start, 0x0A),
                       lineOpeners.contains(Fold.string(VietFold.string(p, word.start, word.end))) { break }
                    if IssuerVocabulary.stops.matches(p, w, at: j, limit: n, ascii: ascii) && !word.isCapitalized { break }
                    if j > k2, units.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                }
                // A number is a whole name (`Phường 12`); after a word (`XÃ MƯỜNG LA 12 8 2025`, a date
                // line's digits) it is not part of the name, and nothing follows it.
                // A number on the next line (`tỉnh\n8`, a table's row number) is no name either.
                if word.isDigits, j > k2 || VietFold.gapContains(p, prevEnd, word.start, 0x0A) { break }
                j += 1
                nameEnd = j
                if word.isDigits { break }
            }
            if nameEnd > k2, !header, placeDateLine(p, w, from: k2, nameEnd: nameEnd, limit: n) { nameEnd = k2 }
            if nameEnd > k2 {
                let name = titleCase(p, w, k2, nameEnd)
                var loc = VietFold.spaced(unit, name)
                var province: String? = nil
                var next = nameEnd
                if VietFold.same(unit, "thành phố") || VietFold.same(unit, "tỉnh"), let (row, _) = Places.matchName(p, w, at: k2, limit: nameEnd, date: date, ascii: ascii) {
                    province = Places.all[row].locality
                }
                // `huyện Mường La, tỉnh Sơn La`
                if next < n, VietFold.softGap(p, w[next - 1].end, w[next].start),
                   let (u2, k4) = units.match(p, w, at: next, limit: n, ascii: ascii), VietFold.same(u2.payload, "tỉnh") || VietFold.same(u2.payload, "thành phố"),
                   k4 < n, let (row, k5) = Places.matchName(p, w, at: k4, limit: n, date: date, ascii: ascii) {
                    let prov = Places.all[row]
                    loc += ", " + (VietFold.same(u2.payload, prov.unit) ? prov.locality : "\(u2.payload) \(prov.name)")
                    province = prov.locality
                    next = k5
                } else if VietFold.same(unit, "khu vực"), next < n, dashGap(p, w[next - 1].end, w[next].start),
                          let (row, k5) = Places.matchName(p, w, at: next, limit: n, date: date, ascii: ascii) {
                    // A regional court or procuracy (from 1/7/2025) is named with its province: `Tòa án nhân dân
                    // khu vực 2 - Lâm Đồng` (every province has a `khu vực 2`).
                    let prov = Places.all[row]
                    loc += " - " + prov.name
                    province = prov.locality
                    next = k5
                }
                return ParsedLocality(locality: loc, placeName: name, unitWritten: true, unnamed: nil, province: province, next: next)
            }
            if VietFold.same(unit, "khu vực") { return nil }
            return ParsedLocality(locality: nil, placeName: nil, unnamed: unit, province: nil, next: k2)
        }
        guard let body else { return nil }
        // A bare province name: `UBND Sơn La`, `Tỉnh ủy Sơn La`.
        if let (row, k2) = Places.matchName(p, w, at: k, limit: n, date: date, ascii: ascii) {
            let prov = Places.all[row]
            return ParsedLocality(locality: prov.locality, placeName: prov.name, unnamed: nil, province: prov.locality, next: k2)
        }
        // A bare lower-level name after a Party committee: `Huyện ủy Định Hóa`.
        if body.takesBarePlace, let unit = body.impliedUnit, unit != "tỉnh", unit != "thành phố" || header {
            var j = k
            while j < n, j - k < 4, w[j].isCapitalized || (header && w[j].isUpper) {
                if j > k, !VietFold.spaceGap(p, w[j - 1].end, w[j].start) { break }
                // `HUYỆN ỦY ĐỊNH HÓA` / `BAN TUYÊN GIÁO`: the next line's body is the committee's organ.
                if j > k, header, VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x0A),
                   IssuerVocabulary.heads.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                if !header, IssuerVocabulary.stops.matches(p, w, at: j, limit: n, ascii: ascii), !w[j].isCapitalized { break }
                j += 1
            }
            if j > k {
                let name = titleCase(p, w, k, j)
                return ParsedLocality(locality: VietFold.spaced(unit, name), placeName: name, unnamed: nil, province: nil, next: j)
            }
        }
        return nil
    }

    /// Folded words that open a line of a document's body, never a place name after a unit word.
    static let lineOpeners: Set<String> = ["dieu", "can", "chuong", "muc", "phan", "khoan", "diem", "noi", "kinh", "xet", "theo",
                                           "quyet", "thuc"]

    /// `CẦN GIỜ` → `Cần Giờ`; mixed-case words are kept as written.
    static func titleCase(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], _ from: Int, _ to: Int) -> String {
        var out = ""
        for j in from..<to {
            if j > from {
                out += VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x2D) ? " - " : " "
            }
            let s = VietFold.string(p, w[j].start, w[j].end)
            // Roman numerals stay as written: `khu vực XV`.
            if w[j].isUpper, s.count > 1, !IssuerPhraseParser.isRoman(p, w[j]) {
                out += s.prefix(1) + s.dropFirst().lowercased()
            } else {
                out += s
            }
        }
        return out
    }
}

// MARK: - Issuer phrase

/// The issuing body named around a reference: `của Ủy ban nhân dân tỉnh Sơn La`, `của Bộ Chính trị khóa X`.
public struct IssuerPhrase: Sendable, Hashable {
    /// The fields, in a struct of their own: its memberwise init builds a phrase as one value, where assigning
    /// them one by one in `init` left a copy of the whole phrase and the release of another (about 350
    /// instructions a phrase).
    struct Fields: Sendable, Hashable {
        var issuer: String, body: String, issuerCode: String?, locality: String?, unnamedLocality: String?
        var isLocal: Bool, term: String?, plenum: String?, byteRange: Range<Int>
    }
    var fields: Fields

    /// The full name, as specific as the evidence allows: `Ủy ban nhân dân tỉnh Sơn La`, `Ban Bí thư`,
    /// `Chủ tịch Ủy ban nhân dân tỉnh Cà Mau`; `Ủy ban nhân dân tỉnh` when the province is not named.
    public var issuer: String { get { fields.issuer } set { fields.issuer = newValue } }
    /// The body without its locality: `Ủy ban nhân dân`, `Tỉnh ủy`, `Bộ Giáo dục và Đào tạo`.
    public var body: String { get { fields.body } set { fields.body = newValue } }
    /// The issuer code the body implies: `UBND`, `TTg`, `BGDĐT`, `TW`; `nil` when none is implied.
    public var issuerCode: String? { get { fields.issuerCode } set { fields.issuerCode = newValue } }
    /// The locality the phrase names: `tỉnh Sơn La`, `thành phố Hà Nội`, `thị xã Lai Châu`.
    public var locality: String? { get { fields.locality } set { fields.locality = newValue } }
    /// The unit word when the phrase names a level but no place: `tỉnh` in `của Ủy ban nhân dân tỉnh`.
    public var unnamedLocality: String? { get { fields.unnamedLocality } set { fields.unnamedLocality = newValue } }
    /// Whether the body is a local one that needs a locality (Ủy ban nhân dân, Hội đồng nhân dân, Sở …, Tỉnh ủy).
    public var isLocal: Bool { get { fields.isLocal } set { fields.isLocal = newValue } }
    /// The Party committee term or legislature: `XI` from `khóa XI`.
    public var term: String? { get { fields.term } set { fields.term = newValue } }
    /// The plenum: `tám` from `Hội nghị lần thứ tám`, `8` from `Hội nghị Trung ương 8`.
    public var plenum: String? { get { fields.plenum } set { fields.plenum = newValue } }
    /// Byte offsets of the phrase (from the connector `của` to its last word) in the text.
    public var byteRange: Range<Int> { get { fields.byteRange } set { fields.byteRange = newValue } }

    /// The number of bytes the phrase covers.
    public var byteLength: Int { byteRange.count }

    /// Whether the phrase needs a locality from context: `của Ủy ban nhân dân tỉnh`, `của Tỉnh ủy`.
    public var needsLocality: Bool { isLocal && locality == nil }

    /// Creates a phrase.
    public init(issuer: String, body: String, issuerCode: String? = nil, locality: String? = nil,
                unnamedLocality: String? = nil, isLocal: Bool = false, term: String? = nil, plenum: String? = nil,
                byteRange: Range<Int> = 0..<0) {
        fields = Fields(issuer: issuer, body: body, issuerCode: issuerCode, locality: locality, unnamedLocality: unnamedLocality,
                        isLocal: isLocal, term: term, plenum: plenum, byteRange: byteRange)
    }

    /// The phrase with its locality taken from context: `của Ủy ban nhân dân tỉnh` in a Sơn La document
    /// → `Ủy ban nhân dân tỉnh Sơn La`. A locality of another level than the one named is not used.
    public func completed(withLocality context: String) -> IssuerPhrase {
        guard needsLocality else { return self }
        if let unit = unnamedLocality, !context.hasPrefix(unit + " ") { return self }
        var copy = self
        copy.locality = context
        copy.unnamedLocality = nil
        if let name = Places.all.first(where: { $0.locality == context })?.name,
           IssuerVocabulary.barePlaceBodies.contains(body) {
            copy.issuer = "\(body) \(name)"
        } else {
            copy.issuer = "\(body) \(context)"
        }
        return copy
    }
}

extension IssuerVocabulary {
    /// Bodies written with a bare place name (`Tỉnh ủy Sơn La`).
    static let barePlaceBodies: Set<String> = Set(bodies.entries.filter { $0.payload.takesBarePlace }.map { $0.payload.name })

    /// A locality's place name without its unit word, as a body named by a bare place writes it: `tỉnh Hà Tĩnh` → `Hà
    /// Tĩnh`, `thành phố Đà Nẵng` → `Đà Nẵng`, `huyện Lộc Hà` → `Lộc Hà`; nil when no unit word opens it.
    static func bareName(of locality: String) -> Substring? {
        localityUnits.first(where: { locality.hasPrefix($0) }).map { locality.dropFirst($0.count) }
    }
    static let localityUnits = ["tỉnh ", "thành phố ", "huyện ", "quận ", "thị xã ", "xã ", "phường "]
}

/// Parses issuer phrases on UTF-8 bytes.
public enum IssuerPhraseParser {
    /// Parses the issuer phrase that starts at byte `offset` (leading spaces skipped): `của UBND tỉnh
    /// Lào Cai`, `của Bộ trưởng Bộ Giáo dục và Đào tạo`, `Hội nghị lần thứ tám Ban Chấp hành Trung ương
    /// khóa XI`, `of Son La People's Committee`, `cua UBND tinh Son La`. Returns `nil` when no issuer
    /// is named there (`của Bộ`, `của tỉnh`, `của cơ quan`).
    public static func parse(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int? = nil) -> IssuerPhrase? {
        let limit = min(end ?? text.count, text.count, offset + 400)
        guard offset < limit else { return nil }
        // Most `của` are followed by ordinary words (`của người lao động`): the first words tell.
        // Text typed without diacritics (`cua UBND tinh Son La`, English) matches on base letters; in
        // Vietnamese text a bare word must match exactly (`quan` is not `quận`, `Nam` is not `năm`).
        var ascii = true
        // The eighteen words the parser reads, folded once: the first (up to) four decide first.
        let folded = withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: 18) { buf -> [FoldWord]? in
            let count = VietFold.words(text, from: offset, to: limit, into: buf)
            guard count > 0, VietFold.spaceGap(text, offset, buf[0].start) || buf[0].start - offset < 3 else { return nil }
            let head = UnsafeBufferPointer(rebasing: buf[0..<min(count, 4)])
            ascii = head.allSatisfy(\.isASCII)
            guard mayStartPhrase(head) else { return nil }
            return Array(UnsafeBufferPointer(rebasing: buf[0..<count]))
        }
        guard var w = folded else { return nil }
        // A joint issuer may name more bodies than eighteen words hold (`liên Bộ Y tế – Bộ Lao động – Thương binh
        // và Xã hội – Tổng Liên đoàn Lao động Việt Nam`): read on.
        if w.count == 18, w[0].hash == lienWord.hash || w[1].hash == lienWord.hash {
            w = VietFold.words(text, from: offset, to: limit, limit: 40)
        }
        // A phrase does not cross a blank line.
        var n = w.count
        for j in 1..<max(1, w.count) where blankLine(text, w[j - 1].end, w[j].start) { n = j; break }
        return parseWords(text, w, from: 0, limit: n, header: false, date: nil, ascii: ascii)?.phrase
    }

    /// Whether the first words can open an issuer phrase (after an optional connector and `the`).
    static func mayStartPhrase(_ head: UnsafeBufferPointer<FoldWord>) -> Bool {
        var k = 0
        var english = false
        if let g = IssuerVocabulary.connectors.group(head[0].hash) {
            k = 1
            english = IssuerVocabulary.connectors.entries[IssuerVocabulary.connectors.order[g.lowerBound]].payload
        }
        if k < head.count, IssuerVocabulary.the.group(head[k].hash) != nil { k += 1 }
        guard k < head.count else { return false }
        let h1 = head[k].hash
        let h2 = k + 1 < head.count ? head[k + 1].hash : 0
        // One-word names (`UBND`, `Thủ tướng`'s first word is not enough), or the first two words of a name.
        if IssuerVocabulary.starts.contains(h1) || IssuerVocabulary.starts.contains(IssuerVocabulary.pair(h1, h2)) { return true }
        // A head noun followed by a capitalized name: `Cục Quản lý dược`, `Chi cục Hải quan`.
        if IssuerVocabulary.heads.group(h1) != nil, head[(k + 1)...].contains(where: { $0.isCapitalized || $0.isDigits }) { return true }
        return english && Places.nameTable.group(h1) != nil
    }

    /// Whether a gap between two words holds an empty line.
    static func blankLine(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var newlines = 0
        for i in from..<to where p[i] == 0x0A {
            newlines += 1
            if newlines == 2 { return true }
        }
        return false
    }

    /// Parses the issuer phrase at UTF-8 offset `offset` of `text`.
    public static func parse(_ text: String, at offset: Int) -> IssuerPhrase? {
        var text = text
        return text.withUTF8 { parse($0, at: offset) }
    }

    /// The core: an issuer phrase at word `k0` of `w`. In `header` mode (the issuing-body block of a
    /// header) no connector is needed and unknown bodies take every word up to the next known one; with
    /// `englishHeader` (an English translation's block) a phrase may also open on its place (`HANOI
    /// PEOPLE'S COMMITTEE`, `QUANG NINH PROVINCIAL PEOPLE'S COMMITTEE`).
    @inline(__always)
    static func parseWords(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], from k0: Int, limit n: Int,
                           header: Bool, date: String?, ascii: Bool = true, englishHeader: Bool = false) -> (phrase: IssuerPhrase, next: Int)? {
        // A header phrase has no connector: its first word must open a table row. The header and title
        // scans try every word, so most calls end here, before the full parser's set-up.
        guard k0 < n, k0 < w.count else { return nil }
        if header, !englishHeader, !IssuerVocabulary.firstWords.contains(w[k0].hash) { return nil }
        return parseWordsAfterGate(p, w, from: k0, limit: n, header: header, date: date, ascii: ascii, englishHeader: englishHeader)
    }

    /// `parseWords` past its first-word gate.
    static func parseWordsAfterGate(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], from k0: Int, limit n: Int,
                                    header: Bool, date: String?, ascii: Bool, englishHeader: Bool = false) -> (phrase: IssuerPhrase, next: Int)? {
        var k = k0
        guard k < n else { return nil }
        var connector = false
        var english = header && englishHeader
        if !header, let (c, k2) = IssuerVocabulary.connectors.match(p, w, at: k, limit: n, ascii: ascii) {
            connector = true; english = c.payload; k = k2
            if k < n, IssuerVocabulary.the.matches(p, w, at: k, limit: n, ascii: ascii) { k += 1 }
        }
        guard k < n else { return nil }
        // Every table below is entered by its first word's hash (only an English phrase may open on a
        // place name instead): one probe turns away most words after a connector.
        if !header, !english, !IssuerVocabulary.firstWords.contains(w[k].hash) { return nil }

        // `liên Bộ Tài chính - Nội vụ`
        if let (_, k2) = IssuerVocabulary.joint.match(p, w, at: k, limit: n, ascii: ascii), k2 < n {
            // The bodies named one by one: `liên Bộ Giáo dục và Đào tạo - Bộ Nội vụ`, `liên Bộ Y tế, Bộ Tài chính`
            // (the row's `Bộ` opens the first).
            var names: [String] = []
            var j = k2 - 1 > k && VietFold.matches(p, w[k2 - 1], boWord, ascii: ascii) ? k2 - 1 : k2
            var end = j
            while j < n, names.count < 6 {
                if !names.isEmpty {
                    guard VietFold.softGap(p, w[end - 1].end, w[j].start) else { break }
                    if let (_, j2) = IssuerVocabulary.and.match(p, w, at: j, limit: n, ascii: ascii), j2 < n { j = j2 }
                }
                guard let (b, j2) = IssuerVocabulary.bodies.match(p, w, at: j, limit: n, ascii: ascii),
                      !b.payload.english, !b.payload.takesLocality else { break }
                names.append(b.payload.name)
                j = j2; end = j2
            }
            if names.count >= 2 {
                let name = names.joined(separator: " - ")
                return (IssuerPhrase(issuer: name, body: name, byteRange: w[k0].start..<w[end - 1].end), end)
            }
            j = k2
            while j < n, j - k2 < 12 {
                if j > k2, !VietFold.softGap(p, w[j - 1].end, w[j].start) { break }
                if IssuerVocabulary.stops.matches(p, w, at: j, limit: n, ascii: ascii), !w[j].isCapitalized { break }
                j += 1
            }
            guard j > k2, w[k2].isCapitalized else { return nil }
            var name = "liên Bộ " + VietFold.string(p, w[k2].start, w[j - 1].end)
            if VietFold.matches(p, w[k2], boWord, ascii: ascii) { name = "liên " + VietFold.string(p, w[k2].start, w[j - 1].end) }
            return (IssuerPhrase(issuer: name, body: name, byteRange: w[k0].start..<w[j - 1].end), j)
        }

        // `Hội nghị lần thứ tám Ban Chấp hành Trung ương`, `Hội nghị Trung ương 8 khóa XI`
        var plenum: String? = nil
        var presetBody: IssuerBody? = nil
        if let (pl, k2) = IssuerVocabulary.plenum.match(p, w, at: k, limit: n, ascii: ascii) {
            var j = k2
            if j < n, w[j].isDigits || isRoman(p, w[j]) || numberWords.matches(p, w, at: j, limit: n, ascii: ascii) {
                plenum = VietFold.string(p, w[j].start, w[j].end)
                j += 1
            }
            if pl.payload {
                presetBody = IssuerBody(name: "Ban Chấp hành Trung ương", code: "TW", takesLocality: false,
                                        takesBarePlace: false, impliedUnit: nil, english: false)
            }
            if j < n, presetBody == nil, IssuerVocabulary.connectors.matches(p, w, at: j, limit: n, ascii: ascii) { j += 1 }
            k = j
            guard k < n || presetBody != nil else { return nil }
        }

        var body: IssuerBody? = presetBody
        var genericName: String? = nil
        var locality: ParsedLocality? = nil
        if body == nil {
            for _ in 0..<4 {
                guard k < n else { break }
                if english, let place = Places.matchName(p, w, at: k, limit: n, date: date, ascii: ascii) {
                    // `of Son La Provincial People's Committee`
                    var j = place.next
                    if j < n, IssuerVocabulary.englishPlaceWords.matches(p, w, at: j, limit: n, ascii: ascii) { j += 1 }
                    if let (b, k2) = IssuerVocabulary.bodies.match(p, w, at: j, limit: n, ascii: ascii), b.payload.english, b.payload.takesLocality {
                        let prov = Places.all[place.row]
                        body = b.payload
                        locality = ParsedLocality(locality: prov.locality, placeName: prov.name, unnamed: nil, province: prov.locality, next: k2)
                        k = k2
                        break
                    }
                }
                if let (b, k2) = IssuerVocabulary.bodies.match(p, w, at: k, limit: n, loose: header, ascii: ascii) {
                    body = b.payload; k = k2; break
                }
                if let (_, k2) = IssuerVocabulary.titles.match(p, w, at: k, limit: n, loose: header, ascii: ascii) { k = k2; continue }
                break
            }
        }
        if body == nil {
            // A body outside the tables, introduced by a head noun: `Cục Quản lý dược`.
            guard connector || header, k < n, let (_, k2) = IssuerVocabulary.heads.match(p, w, at: k, limit: n, ascii: ascii), k2 < n else { return nil }
            let next = w[k2]
            if header {
                var j = k2
                while j < n {
                    if j > k2, !VietFold.softGap(p, w[j - 1].end, w[j].start) { break }
                    // The head alone, then a locality: `CHI NHÁNH TỈNH NGHỆ AN`.
                    if LocalityParser.units.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    // Another body, unless joined by `và` to the name (`VĂN PHÒNG HĐND VÀ UBND`).
                    if j > k2, IssuerVocabulary.bodies.matches(p, w, at: j, limit: n, ascii: ascii),
                       !VietFold.matches(p, w[j - 1], andWord, ascii: ascii) { break }
                    // A line opening with a head noun names the unit under this one: `ĐẠI HỌC QUỐC GIA HÀ NỘI` /
                    // `TRƯỜNG ĐẠI HỌC …`.
                    if j > k2, VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x0A),
                       IssuerVocabulary.heads.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    j += 1
                }
                genericName = restoreCase(p, w, k, j, headEnd: k2)
                k = j
            } else if VietFold.spaceGap(p, w[k2 - 1].end, next.start), !next.isCapitalized,
                      IssuerVocabulary.headsTakingBarePlace.matches(p, w, at: k, limit: k2, ascii: ascii),
                      LocalityParser.units.matches(p, w, at: k2, limit: n, ascii: ascii) {
                // An inspectorate named by its place alone: `Thanh tra tỉnh Bắc Ninh`, `Thanh tra huyện Đông Anh`.
                genericName = VietFold.string(p, w[k].start, w[k2 - 1].end)
                k = k2
            } else {
                guard VietFold.spaceGap(p, w[k2 - 1].end, next.start),
                      next.isCapitalized || (next.isDigits && !VietFold.gapContains(p, w[k2 - 1].end, next.start, 0x0A)),
                      !isLawWord(p, next) else { return nil }
                var j = k2
                var capsRun = 0
                while j < n, j - k2 < 8 {
                    if j > k2, !VietFold.spaceGap(p, w[j - 1].end, w[j].start) { break }
                    // After a run of capitalized words (`Việt Nam`) a lower-case word is the sentence again.
                    if w[j].isCapitalized || w[j].isUpper { capsRun += 1 } else if capsRun >= 2 { break } else { capsRun = 0 }
                    if j > k2, IssuerVocabulary.stops.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    // Another body begins: `cơ quan Quản lý xuất nhập cảnh Bộ Công an`.
                    if j > k2, w[j].isCapitalized, IssuerVocabulary.bodies.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    if j > k2, LocalityParser.units.matches(p, w, at: j, limit: n, ascii: ascii), !w[j].isCapitalized { break }
                    if j > k2, IssuerVocabulary.term.matches(p, w, at: j, limit: n, ascii: ascii) { break }
                    j += 1
                }
                j = namedDocumentEnd(p, w, nameEnd: j, from: k2, limit: n, ascii: ascii)
                genericName = VietFold.string(p, w[k].start, w[j - 1].end)
                k = j
            }
            body = IssuerBody(name: genericName!, code: nil, takesLocality: true, takesBarePlace: false, impliedUnit: nil, english: false)
        }
        guard let body else { return nil }

        // The locality.
        if locality == nil, body.takesLocality, k < n, VietFold.softGap(p, w[k - 1].end, w[k].start) {
            if body.english, VietFold.matches(p, w[k], ofWord, ascii: ascii), k + 1 < n,
               let place = Places.matchName(p, w, at: k + 1, limit: n, date: date, ascii: ascii) {
                var j = place.next
                if j < n, IssuerVocabulary.englishPlaceWords.matches(p, w, at: j, limit: n, ascii: ascii) { j += 1 }
                let prov = Places.all[place.row]
                locality = ParsedLocality(locality: prov.locality, placeName: prov.name, unnamed: nil, province: prov.locality, next: j)
            } else if !body.english {
                locality = LocalityParser.parse(p, w, at: k, limit: n, body: body, header: header, date: date, ascii: ascii)
            }
            if let l = locality { k = l.next }
        }

        // A regional unit of a central body: `Ngân hàng Nhà nước Khu vực 5` (the State Bank's branches since 2025).
        var region: String? = nil
        if locality == nil, !body.takesLocality, genericName == nil, k + 1 < n, VietFold.spaceGap(p, w[k - 1].end, w[k].start),
           let (u, k2) = LocalityParser.units.match(p, w, at: k, limit: n, ascii: ascii), u.payload == "khu vực", k2 < n,
           VietFold.spaceGap(p, w[k2 - 1].end, w[k2].start), w[k2].isDigits || isRoman(p, w[k2]) {
            region = VietFold.string(p, w[k2].start, w[k2].end)
            k = k2 + 1
        }
        // A bank's branch in running text: `Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An`.
        var branchLocality: String? = nil   // not the parsed locality: an optional struct cost its release on every phrase
        if region == nil, locality == nil, body.code == "NHNN", genericName == nil, k + 2 < n, VietFold.spaceGap(p, w[k - 1].end, w[k].start),
           let (h, k2) = IssuerVocabulary.heads.match(p, w, at: k, limit: n, ascii: ascii), h.payload == "Chi nhánh",
           let l = LocalityParser.parse(p, w, at: k2, limit: n, body: body, header: header, date: date, ascii: ascii), l.locality != nil {
            branchLocality = l.locality
            k = l.next
        }

        // A Party body and the State body it sits in, on one line: `Đảng ủy Bộ Tài chính`, `Ban cán sự đảng
        // UBND tỉnh Hà Tĩnh`, `Đảng đoàn Quốc hội` (not `Đảng ủy, UBND xã`, nor a connector: `Đảng đoàn của …`).
        if body.attaches, locality?.locality == nil, locality?.unnamed == nil,
           let attached = attachedBody(p, w, body, from: k0, at: k, limit: n, header: header, ascii: ascii, plenum: plenum) {
            return attached
        }

        // A committee of a People's Council and the council, on one line: `Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh`,
        // `Ban Pháp chế HĐND tỉnh Đồng Tháp` (the header reads its two lines the same way).
        if let name = genericName, locality == nil, name.hasPrefix("Ban "),
           let committee = attachedBody(p, w, body, from: k0, at: k, limit: n, header: header, ascii: ascii, plenum: plenum,
                                        requiring: "HĐND") {
            return committee
        }

        // The term: `khóa XI`.
        var term: String? = nil
        if k < n, VietFold.softGap(p, w[k - 1].end, w[k].start), let (_, k2) = IssuerVocabulary.term.match(p, w, at: k, limit: n, ascii: ascii),
           k2 < n, isRoman(p, w[k2]) || w[k2].isDigits {
            term = VietFold.string(p, w[k2].start, w[k2].end).uppercased()
            k = k2 + 1
        }

        let lastEnd = w[k - 1].end
        // The fields settled in locals and the result built once, at the return: built first and then changed,
        // it was copied twice (its strings retained and released each time).
        var issuer = body.name, place = locality?.locality, unnamed: String? = nil, isLocal = body.takesLocality
        if genericName != nil { isLocal = false }
        if let loc = branchLocality {
            issuer = "Ngân hàng Nhà nước Chi nhánh \(loc)"
            place = loc
        }
        if let region {
            issuer = body.code == "NHNN" ? "Ngân hàng Nhà nước Khu vực \(region)" : "\(body.name) khu vực \(region)"
        }
        if let l = locality {
            if let loc = l.locality {
                // `Tỉnh ủy Sơn La` (the body implies its unit), `Đảng ủy Tân Phú`, but `Đảng ủy xã Tân Phú` as written.
                if body.takesBarePlace, let name = l.placeName, !(l.unitWritten && body.impliedUnit == nil) {
                    issuer = VietFold.spaced(body.name, name)
                } else {
                    issuer = VietFold.spaced(body.name, loc)
                }
            } else if let unit = l.unnamed {
                unnamed = unit
                issuer = VietFold.spaced(body.name, unit)
            }
            if genericName != nil, l.locality != nil { isLocal = true }
            // A numbered region (`Chi cục Thuế khu vực II`, `Bảo hiểm xã hội khu vực XXVII`) is part of the name, not
            // a place: no locality, and none to take from context.
            if let loc = l.locality, l.province == nil, loc.hasPrefix("khu vực ") {
                place = nil
                isLocal = false
            }
        } else if body.takesLocality, let unit = body.impliedUnit {
            unnamed = unit
        }
        return (IssuerPhrase(issuer: issuer, body: body.name, issuerCode: body.code, locality: place, unnamedLocality: unnamed,
                             isLocal: isLocal, term: term, plenum: plenum, byteRange: w[k0].start..<lastEnd), k)
    }

    /// Type words a body's name may end in, followed by the number of the document it carries out: `Ban Chỉ đạo
    /// tổng kết Nghị quyết số 18-NQ/TW`, `Ban Chỉ đạo thực hiện Nghị quyết 57`.
    static let namedDocumentKinds = PhraseTable(["Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định"].map { ($0, ()) })
    static let soWord = VietFold.pattern("số")[0]
    static let steeringWords = PhraseTable([("Chỉ đạo", ())])
    /// Words between such a body's name and the document, that end a name elsewhere: `thực hiện`, `triển khai`.
    static let namedDocumentLeads = PhraseTable(["thực hiện", "triển khai", "triển khai thực hiện"].map { ($0, ()) })

    /// Where a steering committee's name that ends in a type word (`Ban Chỉ đạo tổng kết Nghị quyết`) ends once the
    /// document's number and symbol are taken in (`số 18-NQ/TW`); `nameEnd` itself when no number follows.
    static func namedDocumentEnd(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], nameEnd j: Int, from k2: Int, limit n: Int,
                                 ascii: Bool) -> Int {
        // Only a steering committee's name (`Ban Chỉ đạo …`): after another body `thực hiện Quyết định …` is what it does.
        guard j < n, (k2..<j).contains(where: { steeringWords.match(p, w, at: $0, limit: j, ascii: ascii) != nil }) else { return j }
        var d: Int
        if j - k2 >= 2, let (_, e) = namedDocumentKinds.match(p, w, at: j - 2, limit: j, ascii: ascii), e == j {
            d = j
        } else if let (_, e) = namedDocumentLeads.match(p, w, at: j, limit: n, ascii: ascii), e < n,
                  VietFold.spaceGap(p, w[e - 1].end, w[e].start), let (_, e2) = namedDocumentKinds.match(p, w, at: e, limit: n, ascii: ascii),
                  w[e].isCapitalized {
            // The stop word that ended the name leads to the document: `Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW`.
            d = e2
        } else {
            return j
        }
        if d < n, VietFold.matches(p, w[d], soWord, ascii: ascii) { d += 1 }
        guard d < n, w[d].isDigits, VietFold.spaceGap(p, w[d - 1].end, w[d].start) else { return j }
        var end = d + 1
        // The symbol's parts, joined by a single `-` or `/`: `18-NQ/TW`.
        while end < n, w[end].start == w[end - 1].end + 1, p[w[end - 1].end] == 0x2D || p[w[end - 1].end] == 0x2F {
            end += 1
        }
        // Numbers alone are a date (`Quyết định ngày 3/5/2024`), no document's symbol.
        if end > d + 1, (d..<end).allSatisfy({ w[$0].isDigits }) { return j }
        return end
    }

    static let numberWords = PhraseTable(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
                                          "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm"].map { ($0, ()) })
    static let lawWords = VietFold.pattern("luật")
    static let boWord = VietFold.pattern("Bộ")[0]
    static let lienWord = VietFold.pattern("liên")[0]
    static let ofWord = VietFold.pattern("of")[0]
    static let andWord = VietFold.pattern("và")[0]
    /// Words left in lower case right after a head noun: `Ban Quản lý các khu công nghiệp`.
    static let lowerAfterHead = PhraseTable(["các", "và", "về", "của", "những", "cho"].map { ($0, ()) })

    /// Whether a word is an acronym (`THPT`, `ĐHQG`): no vowel, as no Vietnamese syllable is.
    static func isAcronym(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord) -> Bool {
        var i = w.start
        while i < w.end {
            let (scalar, len) = VietFold.decode(p, i, w.end)
            switch scalar {
            case 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59, 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return false
            case 0x110, 0x111: break
            default: if scalar >= 0x80 { return false }
            }
            i += max(len, 1)
        }
        return true
    }

    /// `Bộ Luật` is a code of law, not a ministry.
    static func isLawWord(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord) -> Bool {
        VietFold.matches(p, w, lawWords[0])
    }

    /// Whether the word is a Roman numeral (`XIII`).
    static func isRoman(_ p: UnsafeBufferPointer<UInt8>, _ w: FoldWord) -> Bool {
        guard w.isASCII, w.end - w.start <= 6 else { return false }
        for i in w.start..<w.end {
            switch p[i] {
            case 0x49, 0x56, 0x58, 0x4C: continue   // I V X L
            default: return false
            }
        }
        return true
    }

    /// Restores the case of a (usually upper-case) run of words: known body names and places take
    /// their official form, other words are lowered, the first letter is capitalized and, for a
    /// name introduced by a head noun (`CỤC QUẢN LÝ DƯỢC`), so is the word after the head.
    static func restoreCase(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], _ from: Int, _ to: Int, headEnd: Int? = nil) -> String {
        guard from < to, to <= w.count else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity((w[to - 1].end - w[from].start) + 16)
        let bodies = IssuerVocabulary.bodies, names = Places.nameTable, proper = IssuerVocabulary.properNouns
        let titles = IssuerVocabulary.titles, surnames = IssuerVocabulary.surnames
        var j = from
        var capitalizeNext = true
        // After a leader's title (`THỦ TƯỚNG CHÍNH PHỦ`, `BỘ TRƯỞNG BỘ Y TẾ`, `ĐỒNG CHÍ`) a person's name may
        // follow: a surname and up to three more words on the line, up to a word that is no name's.
        var titleSeen = false
        var nameWords = 0
        var institution = false
        while j < to {
            // A name stays on its line and ends at a comma or dash (`LÊ THÀNH LONG, PHÓ TRƯỞNG BAN`).
            if j > from, VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x0A) || VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x2C)
                || VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x2D) { titleSeen = false; nameWords = 0 }
            if j > from {
                let g0 = w[j - 1].end, g1 = w[j].start
                if isSymbolGap(p, g0, g1) { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[g0..<g1])) }
                else if VietFold.gapContains(p, g0, g1, 0x2C) { out += [0x2C, 0x20] }
                else if VietFold.gapContains(p, g0, g1, 0x2D) { out += [0x20, 0x2D, 0x20] }
                else { out.append(0x20) }
            }
            // The head noun in its written form (`Ban Quản lý`, `Chi cục`); after an institution's head the
            // name is a proper name (`Bệnh viện Đa khoa Xanh Pôn`, `Trường THPT Chu Văn An`).
            if let h = headEnd, j == from, h > from, let (e, j2) = IssuerVocabulary.heads.match(p, w, at: from, limit: to), j2 == h {
                out.append(contentsOf: e.payload.utf8)
                institution = institutionHeadNouns.contains(e.payload)
                j = h; capitalizeNext = false
                continue
            }
            if institution, w[j].isUpper {
                if isAcronym(p, w[j]) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[w[j].start..<w[j].end])); j += 1; continue
                }
                if let (e, j2) = IssuerVocabulary.institutionWords.match(p, w, at: j, limit: to) {
                    out.append(contentsOf: e.payload.utf8); j = j2; continue
                }
                if names.group(w[j].hash) != nil, let (e, j2) = names.match(p, w, at: j, limit: to) {
                    out.append(contentsOf: Places.all[e.payload].name.utf8); j = j2; continue
                }
                VietFold.appendLowercased(p, w[j].start, w[j].end, into: &out, capitalizeFirst: !lowerAfterHead.matches(p, w, at: j, limit: to))
                j += 1
                continue
            }
            let word = w[j]
            // Parts of a symbol (`970/QĐ-BYT`) stay as written.
            let inSymbol = word.flags & FoldWord.hasDigit != 0
                || (j > from && isSymbolGap(p, w[j - 1].end, word.start)) || (j + 1 < to && isSymbolGap(p, word.end, w[j + 1].start))
            if inSymbol || !word.isUpper {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[word.start..<word.end]))
                j += 1; capitalizeNext = false
                continue
            }
            if nameWords > 0 {
                if nameWords < 4, !IssuerVocabulary.nameStops.matches(p, w, at: j, limit: to) {
                    VietFold.appendLowercased(p, word.start, word.end, into: &out, capitalizeFirst: true)
                    nameWords += 1; j += 1
                    continue
                }
                nameWords = 0; titleSeen = false
            } else if titleSeen, surnames.group(word.hash) != nil, surnames.matches(p, w, at: j, limit: to) {
                VietFold.appendLowercased(p, word.start, word.end, into: &out, capitalizeFirst: true)
                nameWords = 1; j += 1; capitalizeNext = false
                continue
            }
            if titles.group(word.hash) != nil, let (_, j2) = titles.match(p, w, at: j, limit: to) {
                titleSeen = true
                for k in j..<j2 {
                    if k > j { out.append(0x20) }
                    VietFold.appendLowercased(p, w[k].start, w[k].end, into: &out, capitalizeFirst: k == j && (capitalizeNext || j == headEnd))
                }
                j = j2; capitalizeNext = false
                continue
            }
            if bodies.group(word.hash) != nil, let (b, j2) = bodies.match(p, w, at: j, limit: to), !b.payload.english {
                out.append(contentsOf: b.payload.name.utf8)
                if IssuerVocabulary.leaderBodies.contains(b.payload.name) { titleSeen = true }
                j = j2; capitalizeNext = false
                continue
            }
            if names.group(word.hash) != nil, let (e, j2) = names.match(p, w, at: j, limit: to) {
                out.append(contentsOf: Places.all[e.payload].name.utf8)
                j = j2; capitalizeNext = false
                continue
            }
            if proper.group(word.hash) != nil, let (e, j2) = proper.match(p, w, at: j, limit: to) {
                out.append(contentsOf: e.payload.utf8)
                j = j2; capitalizeNext = false
                continue
            }
            VietFold.appendLowercased(p, word.start, word.end, into: &out,
                                      capitalizeFirst: capitalizeNext || (j == headEnd && !lowerAfterHead.matches(p, w, at: j, limit: to)))
            capitalizeNext = false
            titleSeen = false
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A Party body (`Đảng ủy`, ending at word `k`) and the State body named right after it on its line
    /// (`Bộ Tài chính`): `Đảng ủy Bộ Tài chính`; with `code`, only a body of that code (a People's Council committee:
    /// `Ban Kinh tế - Ngân sách` + `Hội đồng nhân dân tỉnh Đồng Tháp`). Out of line: few phrases get here.
    @inline(never)
    static func attachedBody(_ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], _ body: IssuerBody, from k0: Int, at k: Int, limit n: Int,
                             header: Bool, ascii: Bool, plenum: String?, requiring code: String? = nil) -> (phrase: IssuerPhrase, next: Int)? {
        guard k < n, lineSpace(p, w[k - 1].end, w[k].start), IssuerVocabulary.firstWords.contains(w[k].hash),
              !IssuerVocabulary.connectors.matches(p, w, at: k, limit: n, ascii: ascii),
              let (inner, k2) = parseWordsAfterGate(p, w, from: k, limit: n, header: header, date: nil, ascii: ascii),
              code == nil || inner.issuerCode == code else { return nil }
        let phrase = IssuerPhrase(issuer: "\(body.name) \(inner.issuer)", body: "\(body.name) \(inner.body)", issuerCode: body.code,
                                  locality: inner.locality, unnamedLocality: inner.unnamedLocality, isLocal: inner.isLocal,
                                  term: inner.term, plenum: plenum ?? inner.plenum, byteRange: w[k0].start..<inner.byteRange.upperBound)
        return (phrase, k2)
    }

    /// Whether a gap between two words holds only spaces and tabs (the words stand on one line, unpunctuated).
    static func lineSpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 4 else { return false }
        for i in from..<to where p[i] != 0x20 && p[i] != 0x09 { return false }
        return true
    }

    /// A gap inside a symbol: no space, only `/`, `-` or `.`.
    static func isSymbolGap(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 2 else { return false }
        for i in from..<to where p[i] != 0x2F && p[i] != 0x2D && p[i] != 0x2E { return false }
        return true
    }
}
