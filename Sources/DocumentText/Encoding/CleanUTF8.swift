import LegalRefs

/// The fast path for the common case of plain text: valid UTF-8 without control characters. One
/// pass validates the bytes and finds what normalization must change; the text is then normalized
/// in place (usually: left as it is). Anything unusual returns `false`, and the full decoder
/// (`VietnameseDecoder`) runs instead, so the result is always the same as the full decoder's.
///
/// Text with a few characters that also occur in legacy text read as Windows-1252 (`°`, `²`, `±`,
/// a soft hyphen) is common in real documents; the full decoder would then weigh every paragraph.
/// Only paragraphs that can have a legacy reading matter to its choice (the others keep their
/// Unicode text whatever it decides), so the scan collects those and asks `ParagraphChooser` about
/// them alone: when it keeps them all as they are, so would the full decoder.
enum CleanUTF8 {
    /// What the scan found in valid UTF-8 text without control characters.
    struct Scan {
        /// Offset of the first byte sequence the normalizer rewrites.
        var firstRewrite: Int?
        /// Combining marks occur (the normalizer applies NFC).
        var combining = false
        /// Characters that `ByteScan` counts as legacy debris occur.
        var suspicious = false
        /// Lines (LF-separated, after a BOM) that may have a legacy reading: those with debris, and
        /// those whose non-ASCII characters all exist in Windows-1252 (a superset of the lines
        /// `ParagraphChooser.candidates` weighs).
        var legacyCandidates: [Range<Int>] = []
    }

    /// Normalizes `bytes` in place when they are clean UTF-8 text; `false` (bytes untouched) otherwise.
    static func normalize(_ bytes: inout [UInt8]) -> Bool {
        guard let scan = bytes.withUnsafeBufferPointer({ self.scan($0) }) else { return false }
        if scan.suspicious {
            let lines = scan.legacyCandidates.map { r in
                LineInput(unicode: Substring(String(decoding: bytes[r], as: UTF8.self)))
            }
            // Any legacy reading of any of these lines changes the text: leave it to the full decoder.
            guard ParagraphChooser.run(lines, container: "utf-8").encoding == "utf-8" else { return false }
        }
        TextNormalizer.normalize(utf8: &bytes, firstRewrite: scan.firstRewrite, combining: scan.combining)
        return true
    }

    /// Byte classes for the scan.
    enum Class {
        static let plain: UInt8 = 0        // printable ASCII, tab, form feed
        static let newline: UInt8 = 1      // LF: ends a line
        static let rewrite: UInt8 = 2      // CR and Word's hyphens: kept for the normalizer
        static let bail: UInt8 = 3         // other control characters, invalid lead bytes
        static let two: UInt8 = 4          // lead of a 2-byte sequence beyond Windows-1252 (C4, C7–CA, CE–DF)
        static let twoCheck: UInt8 = 5     // C2 C3 C5 C6 CB CC CD: debris, Ð ð, NBSP, combining marks
        static let three: UInt8 = 6        // lead of a 3-byte sequence (E1, E3–EC, EE)
        static let threeCheck: UInt8 = 7   // E0 ED (range limits), E2 EF (punctuation to rewrite)
        static let four: UInt8 = 8         // F0–F4
    }

    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x0A: return Class.newline
        case 0x09, 0x0C, 0x20...0x7F: return Class.plain
        case 0x0D, 0x1E, 0x1F: return Class.rewrite
        case 0x00...0x1F, 0x80...0xC1, 0xF5...0xFF: return Class.bail
        case 0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xCC, 0xCD: return Class.twoCheck
        case 0xC4...0xDF: return Class.two
        case 0xE0, 0xE2, 0xED, 0xEF: return Class.threeCheck
        case 0xE1...0xEF: return Class.three
        default: return Class.four
        }
    }

    /// Second bytes of `C3 xx` that `ByteScan` counts as legacy debris.
    static let suspiciousC3: [Bool] = ByteScan.suspiciousC3

    /// Validates and classifies in one pass; `nil` when the text needs the full decoder (invalid
    /// UTF-8, control characters). Debris is judged as `ByteScan` judges it.
    static func scan(_ buf: UnsafeBufferPointer<UInt8>) -> Scan? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        var out = Scan()
        var firstRewrite = Int.max
        // The full decoder drops a leading BOM before it looks at lines; the normalizer drops it too.
        var i = 0
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3; firstRewrite = 0 }
        // The current line: start, and whether it has non-ASCII text, debris, characters beyond Windows-1252.
        var lineStart = i
        var nonASCII = false, debris = false, beyond1252 = false
        let classes = self.classes, susC3 = self.suspiciousC3
        let ok: Bool = classes.withUnsafeBufferPointer { cls -> Bool in
            func endLine(_ end: Int) {
                if debris || (nonASCII && !beyond1252) { out.legacyCandidates.append(lineStart..<end) }
                if debris { out.suspicious = true }
                lineStart = end + 1
                nonASCII = false; debris = false; beyond1252 = false
            }
            while i < n {
                // Eight bytes at a time: skip printable ASCII up to the first byte that is not.
                if i + 8 <= n {
                    let m = notPrintableASCII(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                    if m == 0 { i += 8; continue }
                    i += m.trailingZeroBitCount >> 3
                }
                let b = p[i]
                let k = cls[Int(b)]
                switch k {
                case Class.plain:
                    i += 1
                case Class.newline:
                    endLine(i)
                    i += 1
                case Class.rewrite:
                    if i < firstRewrite { firstRewrite = i }
                    i += 1
                case Class.two, Class.twoCheck:
                    guard i + 1 < n else { return false }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80 else { return false }
                    nonASCII = true
                    if k == Class.two {
                        beyond1252 = true
                    } else {
                        switch b {
                        case 0xC2:
                            if c != 0xA0 { debris = true }                            // only NBSP is not debris
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, 0, available: n - i) > 0 { firstRewrite = i }   // NBSP, soft hyphen
                        case 0xC3:
                            if susC3[Int(c - 0x80)] { debris = true }
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, 0, available: n - i) > 0 { firstRewrite = i }   // Ð ð
                        case 0xC5:
                            // Œ œ Š š Ÿ Ž ž (Windows-1252 debris); ũ Ũ are Vietnamese.
                            if c == 0x92 || c == 0x93 || c == 0xA0 || c == 0xA1 || c == 0xB8 || c == 0xBD || c == 0xBE { debris = true }
                            else { beyond1252 = true }
                        case 0xC6:
                            if c == 0x92 { debris = true } else { beyond1252 = true }   // ƒ
                        case 0xCB:
                            if c == 0x86 || c == 0x9C { debris = true } else { beyond1252 = true }   // ˆ ˜
                        default:                                                      // CC CD: combining marks
                            beyond1252 = true
                            if TextNormalizer.isCombining(b, c) { out.combining = true }
                        }
                    }
                    i += 2
                case Class.three, Class.threeCheck:
                    guard i + 2 < n else { return false }
                    let c = p[i + 1], d = p[i + 2]
                    guard c & 0xC0 == 0x80, d & 0xC0 == 0x80 else { return false }
                    nonASCII = true
                    if k == Class.three {
                        beyond1252 = true
                    } else {
                        switch b {
                        case 0xE0: if c < 0xA0 { return false }; beyond1252 = true     // overlong
                        case 0xED: if c > 0x9F { return false }; beyond1252 = true     // surrogates
                        case 0xE2:
                            // Punctuation that Windows-1252 has (‘ ’ “ ” – — …) does not count as beyond it.
                            if c == 0x80 && (d == 0xA0 || d == 0xA1 || d == 0xB0 || d == 0xB9 || d == 0xBA) { debris = true }   // † ‡ ‰ ‹ ›
                            if c == 0x84 && d == 0xA2 { debris = true }               // ™
                            if c == 0x88 && (d == 0x92 || d == 0x99) { debris = true } // − ∙ in TCVN3 PDF text
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        default:                                                      // EF
                            beyond1252 = true
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        }
                    }
                    i += 3
                case Class.four:
                    guard i + 3 < n else { return false }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return false }
                    if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { return false }   // overlong, beyond U+10FFFF
                    nonASCII = true; beyond1252 = true
                    i += 4
                default:
                    return false
                }
            }
            endLine(n)
            return true
        }
        guard ok else { return nil }
        out.firstRewrite = firstRewrite == Int.max ? nil : firstRewrite
        return out
    }

    /// The high bit of each byte of `w` (little-endian) that is a control character or not ASCII.
    /// The lowest flag is exact (borrows only move upwards), which is all the scan uses.
    @inline(__always) static func notPrintableASCII(_ w: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: w)
        return (w | ((w &- 0x2020_2020_2020_2020) & ~w)) & 0x8080_8080_8080_8080
    }
}
