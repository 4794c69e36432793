import Foundation

/// Folding for search and loose matching: lower case, no diacritics, `đ` → `d`.
///
/// `Nghị định 127/2018/NĐ-CP` → `nghi dinh 127/2018/nd-cp`. The full-text index stores folded text
/// and every query is folded the same way, so `nghi dinh` finds `nghị định` (SQLite's own
/// `remove_diacritics` leaves `đ` alone).
public enum Folding {
    /// Version of the folding rules (`cancu_meta.fold_version`): bump it whenever `foldForIndex`
    /// changes, so that databases written with the old rules get their full-text index rebuilt.
    public static let version = "1"

    /// Folded text for the full-text index: letters folded to ASCII where they have a base letter,
    /// other letters kept, combining marks dropped, every other non-ASCII character a space.
    public static func foldForIndex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold(bytes: $0, keepLength: false) }
    }

    /// `foldForIndex` of text given as valid UTF-8 bytes.
    public static func foldForIndex(bytes: UnsafeBufferPointer<UInt8>) -> String {
        fold(bytes: bytes, keepLength: false)
    }

    /// Folded text with exactly one character per Unicode scalar of `text` (combining marks
    /// become spaces), so scalar offsets into the result are offsets into `text`.
    public static func foldAligned(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold(bytes: $0, keepLength: true) }
    }

    /// The loose form of a document symbol: folded, spaces removed, leading zeros of the number
    /// dropped: `01/2021/TT-BGDĐT` → `1/2021/tt-bgddt`, `51/2017/qh14` → `51/2017/qh14`.
    public static func symbolKey(_ symbol: String) -> String {
        var bytes = Array(foldForIndex(symbol).utf8)
        bytes.removeAll { $0 == 0x20 }
        var start = 0
        while start + 1 < bytes.count, bytes[start] == 0x30, bytes[start + 1] &- 0x30 < 10 { start += 1 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Search words folded and split into the index's tokens (runs of ASCII letters and digits,
    /// or of other letters): `Nghị định 127/2018` → `["nghi", "dinh", "127", "2018"]`.
    public static func tokens(_ text: String) -> [String] {
        let folded = foldForIndex(text)
        var out: [String] = []
        var current = ""
        for u in folded.unicodeScalars {
            if isTokenScalar(u) {
                current.unicodeScalars.append(u)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Whether the index's `ascii` tokenizer treats `u` as part of a token.
    static func isTokenScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value >= 0x80 { return true }
        switch u.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Replacement for scalars U+0080 ..< U+2000: 0 = a space, 1 = drop (combining mark),
    /// otherwise the scalar to write.
    private static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x2000)
        for v in 0x80..<0x2000 {
            guard let u = Unicode.Scalar(v) else { continue }
            if (0x300...0x36F).contains(v) { t[v] = 1; continue }
            let p = u.properties
            guard p.isAlphabetic || p.numericType != nil else { t[v] = 0; continue }
            if v == 0xD0 || v == 0xF0 || v == 0x110 || v == 0x111 || v == 0x189 || v == 0x256 {
                t[v] = 0x64 // Đ đ Ð ð Ɖ ɖ → d
                continue
            }
            let base = String(u).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            if base.value < 0x80, base.properties.isAlphabetic {
                t[v] = Character(base).lowercased().unicodeScalars.first!.value
            } else {
                // Lower case only when it is one scalar no longer in UTF-8 (the output never grows).
                let lower = String(u).lowercased().unicodeScalars
                if lower.count == 1, let l = lower.first, utf8Length(l.value) <= utf8Length(UInt32(v)) {
                    t[v] = l.value
                } else {
                    t[v] = UInt32(v)
                }
            }
        }
        return t
    }()

    private static func fold(bytes: UnsafeBufferPointer<UInt8>, keepLength: Bool) -> String {
        let n = bytes.count
        if n == 0 { return "" }
        // The result is never longer than the input (the table only maps to shorter or equal
        // encodings), so it is written straight into the new string's storage.
        return table.withUnsafeBufferPointer { table in
            String(unsafeUninitializedCapacity: n) { out -> Int in
                var i = 0
                var o = 0
                let base = UnsafeRawPointer(bytes.baseAddress!)
                let outBase = UnsafeMutableRawPointer(out.baseAddress!)
                while i < n {
                    // Eight bytes at a time while they are ASCII: upper case to lower case in one
                    // word (the output never runs ahead of the input, so eight bytes fit; bytes
                    // past the first non-ASCII one are written but overwritten afterwards).
                    if i + 8 <= n {
                        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let high = w & 0x8080_8080_8080_8080
                        let low7 = w & 0x7F7F_7F7F_7F7F_7F7F          // no carries between bytes
                        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F // high bit: byte >= 0x41 'A'
                        let pastZ = low7 &+ 0x2525_2525_2525_2525    // high bit: byte >= 0x5B '['
                        let upper = atLeastA & ~pastZ & ~high & 0x8080_8080_8080_8080
                        outBase.storeBytes(of: w | (upper >> 2), toByteOffset: o, as: UInt64.self)
                        let ascii = high == 0 ? 8 : high.littleEndian.trailingZeroBitCount >> 3
                        i += ascii
                        o += ascii
                        if ascii == 8 { continue }
                    }
                    let b = bytes[i]
                    if b < 0x80 {
                        out[o] = b &- 0x41 < 26 ? b | 0x20 : b
                        o += 1
                        i += 1
                        continue
                    }
                    // Decode one scalar (the input is valid UTF-8: it came from a Swift String).
                    var v: UInt32
                    let len: Int
                    if b < 0xE0 { v = UInt32(b & 0x1F); len = 2 } else if b < 0xF0 { v = UInt32(b & 0x0F); len = 3 } else { v = UInt32(b & 0x07); len = 4 }
                    if i + len > n { break }
                    for k in 1..<len { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
                    let r: UInt32
                    if v < 0x2000 {
                        r = table[Int(v)]
                    } else if let u = Unicode.Scalar(v), u.properties.isAlphabetic || u.properties.numericType != nil {
                        r = v
                    } else {
                        r = 0
                    }
                    switch r {
                    case 0:
                        out[o] = 0x20; o += 1
                    case 1:
                        if keepLength { out[o] = 0x20; o += 1 }
                    case 2..<0x80:
                        out[o] = UInt8(r); o += 1
                    case v:
                        for k in 0..<len { out[o + k] = bytes[i + k] }
                        o += len
                    default:
                        o += writeUTF8(r, to: out, at: o)
                    }
                    i += len
                }
                return o
            }
        }
    }

    /// Writes `v` as UTF-8 at `at`; returns the number of bytes.
    private static func writeUTF8(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        switch v {
        case 0..<0x80:
            out[o] = UInt8(v)
            return 1
        case 0x80..<0x800:
            out[o] = UInt8(0xC0 | (v >> 6)); out[o + 1] = UInt8(0x80 | (v & 0x3F))
            return 2
        case 0x800..<0x10000:
            out[o] = UInt8(0xE0 | (v >> 12)); out[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[o + 2] = UInt8(0x80 | (v & 0x3F))
            return 3
        default:
            out[o] = UInt8(0xF0 | (v >> 18)); out[o + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[o + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (v & 0x3F))
            return 4
        }
    }

    /// Length of `v` in UTF-8.
    private static func utf8Length(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

}
