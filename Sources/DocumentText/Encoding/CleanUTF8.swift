import CUTF8Scan
import Foundation
import LegalRefs

/// The fast path for the common case of plain text: valid UTF-8 without control characters. One
/// pass validates the bytes and finds what normalization must change; the text is then normalized
/// in place (usually: left as it is). Anything unusual returns `nil`, and the full decoder
/// (`VietnameseDecoder`) runs instead, so the result is always the same as the full decoder's.
///
/// Text with a few characters that also occur in legacy text read as Windows-1252 (`°`, `²`, `±`,
/// a soft hyphen) is common in real documents; the full decoder would then weigh every paragraph.
/// Only paragraphs that can have a legacy reading matter to its choice (the others keep their
/// Unicode text whatever it decides), so the scan collects those and asks `ParagraphChooser` about
/// them alone: when it keeps them all as they are, so would the full decoder; when it reads some as
/// legacy text, their decoding is spliced into the text as the full decoder would join the lines.
enum CleanUTF8 {
    /// What the scan found in valid UTF-8 text without control characters.
    struct Scan: Equatable {
        /// Offset of the first byte sequence the normalizer rewrites.
        var firstRewrite: Int? { rewrites.first }
        /// Offsets of every byte sequence the normalizer rewrites (a BOM, CR, NBSP, dashes, …), ascending.
        var rewrites: [Int] = []
        /// Combining marks occur (the normalizer applies NFC).
        var combining = false
        /// Characters that `ByteScan` counts as legacy debris occur.
        var suspicious = false
        /// Lines (LF-separated, after a BOM) that may have a legacy reading: those with debris, and
        /// those whose non-ASCII characters all exist in Windows-1252 (a superset of the lines
        /// `ParagraphChooser.candidates` weighs).
        var legacyCandidates: [Range<Int>] = []
    }

    /// Normalizes `bytes` in place when they are clean UTF-8 text and returns what the full decoder
    /// would name their encoding; `nil` (bytes untouched) when the full decoder must run.
    static func normalize(_ bytes: inout [UInt8]) -> String? {
        guard let scan = bytes.withUnsafeBufferPointer({ self.scan($0) }) else { return nil }
        if scan.suspicious {
            let lines = scan.legacyCandidates.map { r in
                LineInput(unicode: Substring(String(decoding: bytes[r], as: UTF8.self)))
            }
            let choices = ParagraphChooser.choose(lines)
            if choices.legacy.contains(true) {
                // Some lines read better in a legacy encoding: splice their decoding into the text.
                guard var text = bytes.withUnsafeBufferPointer({ splice($0, scan.legacyCandidates, choices) }) else { return nil }
                TextNormalizer.normalize(utf8: &text)
                let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                var used = choices.used
                if !used.contains(.asis), hasNonASCII(bytes, outside: scan.legacyCandidates, from: start) { used.append(.asis) }
                bytes = text
                return ParagraphChooser.name(used, container: "utf-8")
            }
            // Every line keeps its Unicode text: so would the full decoder.
        }
        TextNormalizer.normalize(utf8: &bytes, rewrites: scan.rewrites, combining: scan.combining)
        return "utf-8"
    }

    /// Whether any byte from `start` on outside the `lines` ranges is not ASCII (a line the full decoder
    /// keeps as it is, which names the container encoding).
    static func hasNonASCII(_ bytes: [UInt8], outside lines: [Range<Int>], from start: Int) -> Bool {
        var i = start
        for r in lines + [bytes.count..<bytes.count] {
            if bytes[i..<r.lowerBound].contains(where: { $0 >= 0x80 }) { return true }
            i = r.upperBound
        }
        return false
    }

    /// The text (after a BOM) as `ParagraphChooser.run` assembles it from every LF-separated line when
    /// only the `candidates` lines can have a legacy reading: lines keep their bytes unless read as
    /// legacy text, and a legacy line may join a neighbour into one word (`WordMend`). `nil` when a
    /// decoded line holds control characters (the full decoder would remove them).
    static func splice(_ p: UnsafeBufferPointer<UInt8>, _ candidates: [Range<Int>], _ choices: ParagraphChooser.Choices) -> [UInt8]? {
        let start = p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        // Every line of the text, and what was chosen for the candidate lines.
        var lines: [Range<Int>] = []
        var i = start
        while true {
            // memchr: the text may be large, and this is the only pass over all of it here.
            let e = memchr(p.baseAddress! + i, 0x0A, p.count - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(p.baseAddress!) } ?? p.count
            lines.append(i..<e)
            if e == p.count { break }
            i = e + 1
        }
        var decoded = [[UInt32]?](repeating: nil, count: lines.count)
        var k = 0
        for (c, r) in candidates.enumerated() where choices.legacy[c] {
            while lines[k].lowerBound < r.lowerBound { k += 1 }
            guard let o = choices.out[c] else { return nil }
            if o.contains(where: { $0 < 0x20 && LineCleanup.isDebris(UInt8($0)) }) { return nil }
            decoded[k] = o
        }
        func scalars(_ j: Int) -> [UInt32] {
            decoded[j] ?? String(decoding: UnsafeBufferPointer(rebasing: p[lines[j]]), as: UTF8.self).unicodeScalars.map(\.value)
        }
        var out: [UInt8] = []
        out.reserveCapacity(p.count + p.count / 8)
        for j in lines.indices {
            // As `assemble`: a line next to a legacy line may end in the middle of a word continued on the next.
            var joinNext = false
            if j + 1 < lines.count, decoded[j] != nil || decoded[j + 1] != nil {
                joinNext = WordMend.shouldJoin(scalars(j), scalars(j + 1))
            }
            if let d = decoded[j] {
                UTF8Out.append(joinNext && d.last == 0x0D ? d.dropLast() : d[...], to: &out)
            } else {
                var r = lines[j]
                if joinNext && !r.isEmpty && p[r.upperBound - 1] == 0x0D { r = r.lowerBound..<(r.upperBound - 1) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[r]))
            }
            if j + 1 < lines.count && !joinNext { out.append(0x0A) }
        }
        return out
    }

    /// Flags of a character in `twoByte`, `e2` and the scan's line state.
    enum Flag {
        static let nonASCII: UInt8 = 1      // the line has non-ASCII text
        static let beyond1252: UInt8 = 2    // … a character Windows-1252 does not have
        static let debris: UInt8 = 4        // … a character `ByteScan` counts as legacy debris
        static let rewrite: UInt8 = 8       // the normalizer rewrites this character
        static let combining: UInt8 = 16    // a combining mark (the normalizer applies NFC)
        static let invalid: UInt8 = 0x80    // not valid UTF-8 (overlong C0 C1)
    }

    /// Flags of every two-byte sequence, indexed by `(lead & 0x1F) << 6 | (next & 0x3F)` (leads C0–DF):
    /// debris as `ByteScan` judges it; NBSP, soft hyphen, Ð ð rewritten; U+0300–U+036F combining.
    static let twoByte: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 32 * 64)
        for b in 0xC0...0xDF {
            for c in 0x80...0xBF {
                var f = Flag.nonASCII
                let (b8, c8) = (UInt8(b), UInt8(c))
                switch b {
                case 0xC0, 0xC1: f = Flag.invalid
                case 0xC2: if c != 0xA0 { f |= Flag.debris }                              // only NBSP is not debris
                case 0xC3: if ByteScan.suspiciousC3[c - 0x80] { f |= Flag.debris }
                case 0xC5: f |= [0x92, 0x93, 0xA0, 0xA1, 0xB8, 0xBD, 0xBE].contains(c) ? Flag.debris : Flag.beyond1252   // Œ œ Š š Ÿ Ž ž; ũ Ũ
                case 0xC6: f |= c == 0x92 ? Flag.debris : Flag.beyond1252                 // ƒ
                case 0xCB: f |= c == 0x86 || c == 0x9C ? Flag.debris : Flag.beyond1252    // ˆ ˜
                default: f |= Flag.beyond1252
                }
                if b != 0xC0 && b != 0xC1 {
                    if TextNormalizer.rewriteLength(b8, c8, 0, available: 2) > 0 { f |= Flag.rewrite }
                    if TextNormalizer.isCombining(b8, c8) { f |= Flag.combining }
                }
                t[(b & 0x1F) << 6 | (c & 0x3F)] = f
            }
        }
        return t
    }()

    /// The AVX2 block scanner's nibble table for `C3 c` (see `cancu_utf8_plain_blocks`): bit
    /// `(c >> 4) & 3` of entry `c & 15` is set when the letter is common, nothing in `twoByte` but
    /// non-ASCII (Vietnamese à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals, × ÷).
    static let lanes: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 16)
        for c in 0x80...0xBF where twoByte[(0xC3 & 0x1F) << 6 | (c & 0x3F)] == Flag.nonASCII {
            t[c & 15] |= UInt8(1 << ((c >> 4) & 3))
        }
        return t
    }()

    /// Flags of every `E2 xx yy` (U+2000–U+2FFF), indexed by `(xx & 0x3F) << 6 | (yy & 0x3F)`: none is
    /// beyond Windows-1252 (its punctuation ‘ ’ “ ” – — … lives here); † ‡ ‰ ‹ › ™ − ∙ are debris.
    static let e2: [UInt8] = {
        var t = [UInt8](repeating: Flag.nonASCII, count: 64 * 64)
        for c in 0x80...0xBF {
            for d in 0x80...0xBF {
                var f = Flag.nonASCII
                if c == 0x80 && [0xA0, 0xA1, 0xB0, 0xB9, 0xBA].contains(d) { f |= Flag.debris }
                if c == 0x84 && d == 0xA2 { f |= Flag.debris }
                if c == 0x88 && (d == 0x92 || d == 0x99) { f |= Flag.debris }
                if TextNormalizer.rewriteLength(0xE2, UInt8(c), UInt8(d), available: 3) > 0 { f |= Flag.rewrite }
                t[(c & 0x3F) << 6 | (d & 0x3F)] = f
            }
        }
        return t
    }()

    /// The scan's running state.
    struct State {
        var out = Scan()
        /// Start of the current line and the flags of its characters so far.
        var lineStart: Int
        var flags: UInt8 = 0

        init(lineStart: Int) { self.lineStart = lineStart }

        /// Ends the current line at `end` (an LF, or the end of the text).
        @inline(__always) mutating func endLine(_ end: Int) {
            // Debris, or non-ASCII text that Windows-1252 has throughout: the line may have a legacy reading.
            if flags & Flag.debris != 0 || flags & (Flag.nonASCII | Flag.beyond1252) == Flag.nonASCII {
                out.legacyCandidates.append(lineStart..<end)
                if flags & Flag.debris != 0 { out.suspicious = true }
            }
            lineStart = end + 1
            flags = 0
        }

        /// Scans characters that start in `q[i..<end]` (`offset` added to every reported position);
        /// returns where it stopped, or `nil` for text the fast path does not take. The caller
        /// guarantees that 16 bytes can be read from any `q + i` with `i < end`; a character that
        /// runs past the real text reads zero bytes there, which make it invalid. `level` picks the
        /// block scanner (`cancu_utf8_best_level`; 0: none).
        @inline(__always) mutating func run(_ q: UnsafePointer<UInt8>, from start: Int, to end: Int, offset: Int,
                                            _ two: UnsafePointer<UInt8>, _ e2: UnsafePointer<UInt8>,
                                            _ lanes: UnsafePointer<UInt8>, level: Int32) -> Int? {
            var i = start
            // Where the block scanner may try again: after the character it stopped at.
            var blocksFrom = level > 0 ? start : Int.max
            while i < end {
                if i >= blocksFrom {
                    // Vietnamese text has a non-ASCII letter every few bytes, so the 8-byte ASCII skip
                    // below rarely gets far: the block scanner passes ASCII, LF, 2-byte letters and
                    // E1 xx xx 16 or 32 bytes at a time, and stops at anything else (CR, punctuation,
                    // debris) or at the LF of a line that may have a legacy reading; that is left here.
                    i += cancu_utf8_plain_blocks(q + i, end + 15 - i, two, lanes, &flags, &lineStart, i + offset, level)
                    blocksFrom = i + 1
                    if i >= end { break }
                }
                // Printable ASCII eight bytes at a time, up to the first byte that is not.
                let m = CleanUTF8.notPrintableASCII(UnsafeRawPointer(q + i).loadUnaligned(as: UInt64.self))
                if m == 0 { i += 8; continue }
                i += m.trailingZeroBitCount >> 3
                if i >= end { break }
                let w = UInt32(littleEndian: UnsafeRawPointer(q + i).loadUnaligned(as: UInt32.self))
                // Three bytes: E1 (ạ … ỹ) is the commonest; E2 punctuation by table; E0 ED EF checked.
                if w & 0xC0C0F0 == 0x8080E0 {
                    let b = UInt8(truncatingIfNeeded: w)
                    if b == 0xE1 || (b >= 0xE3 && b != 0xED && b != 0xEF) {
                        flags |= Flag.nonASCII | Flag.beyond1252
                    } else if b == 0xE2 {
                        let f = e2[Int((w >> 2) & 0xFC0 | (w >> 16) & 0x3F)]
                        if f & Flag.rewrite != 0 { out.rewrites.append(i + offset) }
                        flags |= f
                    } else {
                        let c = UInt8(truncatingIfNeeded: w >> 8)
                        if b == 0xE0 && c < 0xA0 { return nil }                        // overlong
                        if b == 0xED && c > 0x9F { return nil }                        // surrogates
                        if b == 0xEF, TextNormalizer.rewriteLength(b, c, UInt8(truncatingIfNeeded: w >> 16), available: 3) > 0 {
                            out.rewrites.append(i + offset)                            // BOM, fullwidth ／ －
                        }
                        flags |= Flag.nonASCII | Flag.beyond1252
                    }
                    i += 3
                    continue
                }
                // Two bytes: one table lookup gives everything.
                if w & 0xC0E0 == 0x80C0 {
                    let f = two[Int((w & 0x1F) << 6 | (w >> 8) & 0x3F)]
                    if f & (Flag.invalid | Flag.rewrite | Flag.combining) != 0 {
                        if f & Flag.invalid != 0 { return nil }
                        if f & Flag.rewrite != 0 { out.rewrites.append(i + offset) }
                        if f & Flag.combining != 0 { out.combining = true }
                    }
                    flags |= f
                    i += 2
                    continue
                }
                let b = UInt8(truncatingIfNeeded: w)
                switch b {
                case 0x0A:
                    endLine(i + offset)
                    i += 1
                case 0x09, 0x0C:
                    i += 1
                case 0x0D, 0x1E, 0x1F:                                                 // CR, Word's hyphens
                    out.rewrites.append(i + offset)
                    i += 1
                case 0xF0...0xF4:
                    guard w & 0xC0C0C000 == 0x80808000 else { return nil }
                    let c = UInt8(truncatingIfNeeded: w >> 8)
                    if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { return nil }   // overlong, beyond U+10FFFF
                    flags |= Flag.nonASCII | Flag.beyond1252
                    i += 4
                default:
                    return nil                                                         // controls, invalid UTF-8
                }
            }
            return i
        }
    }

    /// Validates and classifies in one pass; `nil` when the text needs the full decoder (invalid
    /// UTF-8, control characters). Debris is judged as `ByteScan` judges it. `level` picks the block
    /// scanner (tests pin each one to the plain Swift scan, level 0).
    static func scan(_ buf: UnsafeBufferPointer<UInt8>, level: Int32 = cancu_utf8_best_level()) -> Scan? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        // The full decoder drops a leading BOM before it looks at lines; the normalizer drops it too.
        var i = 0
        var bom = false
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3; bom = true }
        var state = State(lineStart: i)
        if bom { state.out.rewrites.append(0) }
        let ok: Bool = twoByte.withUnsafeBufferPointer { two in
            e2.withUnsafeBufferPointer { e2 in
                lanes.withUnsafeBufferPointer { lanes in
                    let two = two.baseAddress!, e2 = e2.baseAddress!, lanes = lanes.baseAddress!
                    // In place while 16 bytes can be read; the last few bytes from a zero-padded copy.
                    guard let stop = state.run(p, from: i, to: n - 15, offset: 0, two, e2, lanes, level: level) else { return false }
                    i = max(i, stop)
                    guard i < n else { return true }
                    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { tail in
                        let t = tail.baseAddress!
                        t.initialize(repeating: 0, count: 48)
                        t.update(from: p + i, count: n - i)
                        return state.run(UnsafePointer(t), from: 0, to: n - i, offset: i, two, e2, lanes, level: level) != nil
                    }
                }
            }
        }
        guard ok else { return nil }
        state.endLine(n)
        return state.out
    }

    /// The high bit of each byte of `w` (little-endian) that is a control character or not ASCII.
    /// The lowest flag is exact (borrows only move upwards), which is all the scan uses.
    @inline(__always) static func notPrintableASCII(_ w: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: w)
        return (w | ((w &- 0x2020_2020_2020_2020) & ~w)) & 0x8080_8080_8080_8080
    }
}
