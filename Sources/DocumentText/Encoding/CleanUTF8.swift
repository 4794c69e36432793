import LegalRefs

/// The fast path for the common case of plain text: valid UTF-8 without control characters or the
/// traces of legacy encodings. One pass validates the bytes and finds what normalization must
/// change; the text is then normalized in place (usually: left as it is). Anything unusual returns
/// `nil`, and the full decoder (`VietnameseDecoder`) runs instead, so the result is the same.
enum CleanUTF8 {
    /// What the scan found in clean text.
    struct Scan {
        /// Offset of the first byte sequence the normalizer rewrites.
        var firstRewrite: Int?
        /// Combining marks occur (the normalizer applies NFC).
        var combining = false
    }

    /// Normalizes `bytes` in place when they are clean UTF-8 text; `false` (bytes untouched) otherwise.
    static func normalize(_ bytes: inout [UInt8]) -> Bool {
        guard let scan = bytes.withUnsafeBufferPointer({ self.scan($0) }) else { return false }
        TextNormalizer.normalize(utf8: &bytes, firstRewrite: scan.firstRewrite, combining: scan.combining)
        return true
    }

    /// Byte classes for the scan.
    enum Class {
        static let plain: UInt8 = 0        // printable ASCII, tab, newline, form feed
        static let rewrite: UInt8 = 1      // CR and Word's hyphens: kept for the normalizer
        static let bail: UInt8 = 2         // other control characters, invalid lead bytes
        static let two: UInt8 = 3          // lead of a 2-byte sequence that needs no second look
        static let twoCheck: UInt8 = 4     // C2 C3 C5 C6 CB CC CD: legacy debris, Ð ð, NBSP, combining marks
        static let three: UInt8 = 5        // lead of a 3-byte sequence (E1, E3–EC, EE)
        static let threeCheck: UInt8 = 6   // E0 ED (range limits), E2 EF (punctuation to rewrite)
        static let four: UInt8 = 7         // F0–F4
    }

    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x09, 0x0A, 0x0C, 0x20...0x7F: return Class.plain
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

    /// Validates and classifies in one pass; `nil` when the text needs the full decoder (see `ByteScan`:
    /// the same characters count as legacy debris there and here).
    static func scan(_ buf: UnsafeBufferPointer<UInt8>) -> Scan? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        var out = Scan()
        var firstRewrite = Int.max
        let classes = self.classes, susC3 = self.suspiciousC3
        return classes.withUnsafeBufferPointer { cls -> Scan? in
            var i = 0
            while i < n {
                let b = p[i]
                let k = cls[Int(b)]
                if k == Class.plain { i += 1; continue }
                switch k {
                case Class.rewrite:
                    if i < firstRewrite { firstRewrite = i }
                    i += 1
                case Class.two, Class.twoCheck:
                    guard i + 1 < n else { return nil }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80 else { return nil }
                    if k == Class.twoCheck {
                        switch b {
                        case 0xC2:
                            guard c == 0xA0 else { return nil }                       // only NBSP is not debris
                            if i < firstRewrite { firstRewrite = i }
                        case 0xC3:
                            if susC3[Int(c - 0x80)] { return nil }
                            if (c == 0x90 || c == 0xB0) && i < firstRewrite { firstRewrite = i }   // Ð ð
                        case 0xC5:
                            // Œ œ Š š Ÿ Ž ž (Windows-1252 debris); ũ Ũ are Vietnamese.
                            if c == 0x92 || c == 0x93 || c == 0xA0 || c == 0xA1 || c == 0xB8 || c == 0xBD || c == 0xBE { return nil }
                        case 0xC6: if c == 0x92 { return nil }                        // ƒ
                        case 0xCB: return nil                                         // ˆ ˜ and other modifier letters
                        default:                                                      // CC CD: combining marks
                            if TextNormalizer.isCombining(b, c) { out.combining = true }
                        }
                    }
                    i += 2
                case Class.three, Class.threeCheck:
                    guard i + 2 < n else { return nil }
                    let c = p[i + 1], d = p[i + 2]
                    guard c & 0xC0 == 0x80, d & 0xC0 == 0x80 else { return nil }
                    if k == Class.threeCheck {
                        switch b {
                        case 0xE0: if c < 0xA0 { return nil }                         // overlong
                        case 0xED: if c > 0x9F { return nil }                         // surrogates
                        case 0xE2:
                            if c == 0x80 && (d == 0xA0 || d == 0xA1 || d == 0xB0 || d == 0xB9 || d == 0xBA) { return nil }   // † ‡ ‰ ‹ ›
                            if c == 0x84 && d == 0xA2 { return nil }                  // ™
                            if c == 0x88 && (d == 0x92 || d == 0x99) { return nil }   // − ∙ in TCVN3 PDF text
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        default:                                                      // EF
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        }
                    }
                    i += 3
                case Class.four:
                    guard i + 3 < n else { return nil }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return nil }
                    if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { return nil }   // overlong, beyond U+10FFFF
                    i += 4
                default:
                    return nil
                }
            }
            out.firstRewrite = firstRewrite == Int.max ? nil : firstRewrite
            return out
        }
    }
}
