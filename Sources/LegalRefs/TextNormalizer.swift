import Foundation

/// Turns decoded Unicode text into the normalized text that every offset refers to (DOMAIN.md §7.2).
///
/// NFC (only on the paragraphs that need it), `Ð`→`Đ`, every dash to `-`, every space variant to a
/// space, zero-width and soft-hyphen characters dropped, `\r\n` to `\n`. Runs of spaces are kept, so
/// `Quyết định số 1744/QĐ-UBND  ngày 16/7/2019` keeps its two spaces.
public enum TextNormalizer {
    /// Normalizes a whole document; cheap when the text is already clean.
    public static func normalize(_ text: String) -> String {
        var text = text
        let needsWork = text.utf8.withContiguousStorageIfAvailable { needsRewrite($0) } ?? needsRewrite(Array(text.utf8))
        if !needsWork { return text }
        // NFC is needed only where combining marks occur; normalize paragraph by paragraph
        // (Foundation's normalization is quadratic on long decomposed input).
        let hasCombining = text.utf8.withContiguousStorageIfAvailable { containsCombining($0) } ?? true
        if hasCombining { text = nfcByParagraph(text) }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        text.utf8.withContiguousStorageIfAvailable { rewrite($0, into: &out) } ?? rewrite(Array(text.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether any byte sequence that `normalize` changes occurs (non-ASCII or CR/control bytes).
    static func needsRewrite<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        for b in bytes {
            switch b {
            case 0x0D, 0x1E, 0x1F, 0xC2, 0xC3, 0xCC, 0xCD, 0xE2, 0xEF: return true
            default: continue
            }
        }
        return false
    }

    /// Whether the UTF-8 bytes contain a combining diacritic (U+0300–U+036F).
    static func containsCombining<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var prev: UInt8 = 0
        for b in bytes {
            if (prev == 0xCC && b >= 0x80) || (prev == 0xCD && b <= 0xAF) { return true }
            prev = b
        }
        return false
    }

    /// NFC in small pieces (lines), only for lines that contain combining marks.
    static func nfcByParagraph(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !result.isEmpty || line.startIndex != text.startIndex { result.append("\n") }
            let hasMark = line.utf8.withContiguousStorageIfAvailable { containsCombining($0) } ?? containsCombining(Array(line.utf8))
            if hasMark {
                // Long lines are cut at spaces so each NFC call stays small.
                var piece = Substring()
                var pieceStart = line.startIndex
                var count = 0
                var i = line.startIndex
                while i < line.endIndex {
                    count += 1
                    if count > 2000, line[i] == " " {
                        piece = line[pieceStart..<i]
                        result.append(piece.precomposedStringWithCanonicalMapping)
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

    /// The byte-level rewrite: Ð, dashes, spaces, zero-width characters, CR.
    static func rewrite<C: Collection>(_ bytes: C, into out: inout [UInt8]) where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x0D:
                    if i + 1 < end, bytes[i + 1] == 0x0A { i += 1; continue }
                    out.append(0x0A)
                case 0x1E: out.append(0x2D)      // Word non-breaking hyphen
                case 0x1F: break                 // Word optional hyphen
                case 0x09: out.append(0x09)
                default: out.append(b)
                }
                i += 1
                continue
            }
            if b == 0xC3, i + 1 < end {
                let c = bytes[i + 1]
                if c == 0x90 { out.append(0xC4); out.append(0x90); i += 2; continue }   // Ð → Đ
                if c == 0xB0 { out.append(0xC4); out.append(0x91); i += 2; continue }   // ð → đ
            }
            if b == 0xC2, i + 1 < end {
                let c = bytes[i + 1]
                if c == 0xA0 { out.append(0x20); i += 2; continue }                     // NBSP
                if c == 0xAD { i += 2; continue }                                      // soft hyphen
            }
            if b == 0xE2, i + 2 < end {
                let c = bytes[i + 1], d = bytes[i + 2]
                if c == 0x80 {
                    switch d {
                    case 0x90...0x95: out.append(0x2D); i += 3; continue              // ‐ ‑ ‒ – — ―
                    case 0x80...0x8A, 0xAF: out.append(0x20); i += 3; continue        // en/em/thin/narrow spaces
                    case 0x8B...0x8D: i += 3; continue                                // zero-width
                    case 0xA8, 0xA9: out.append(0x0A); i += 3; continue               // line/paragraph separator
                    default: break
                    }
                }
                if c == 0x88, d == 0x92 { out.append(0x2D); i += 3; continue }        // − minus
                if c == 0x88, d == 0x95 { out.append(0x2F); i += 3; continue }        // ∕ division slash
                if c == 0x81, d == 0x83 { out.append(0x2D); i += 3; continue }        // ⁃ hyphen bullet
                if c == 0x81, d == 0xA0 { i += 3; continue }                          // word joiner
            }
            if b == 0xEF, i + 2 < end {
                let c = bytes[i + 1], d = bytes[i + 2]
                if c == 0xBB, d == 0xBF { i += 3; continue }                          // BOM / ZWNBSP
                if c == 0xBC, d == 0x8F { out.append(0x2F); i += 3; continue }        // fullwidth ／
                if c == 0xBC, d == 0x8D { out.append(0x2D); i += 3; continue }        // fullwidth －
            }
            out.append(b)
            i += 1
        }
    }
}
