/// Text decoded to Unicode (not yet normalized) and what it was decoded from.
public struct DecodedText: Sendable, Hashable {
    /// The Unicode text.
    public var text: String
    /// `utf-8`, `utf-16le`, `utf-16be`, `cp1258`, `tcvn3`, `vni`, `utf-8-mojibake`, `cp1252`, or a
    /// `+`-joined list when paragraphs differ: `utf-8+tcvn3`.
    public var encoding: String
    /// Creates a decoded text.
    public init(text: String, encoding: String) { self.text = text; self.encoding = encoding }
}

/// Detects and decodes the encodings Vietnamese documents come in, per document and per paragraph:
/// UTF-8 (BOM or not), UTF-16, Windows-1258, TCVN3 (`NghÞ ®Þnh sè 127/2018/N§-CP` → `Nghị định số
/// 127/2018/NĐ-CP`), VNI (`Quyeát ñònh soá` → `Quyết định số`) and UTF-8 read once as Windows-1252
/// (`Quyáº¿t Ä‘á»‹nh` → `Quyết định`), including legacy text that was already turned into Unicode
/// by a Windows-1252 reader. Clean UTF-8 costs one validation and one byte scan.
public enum VietnameseDecoder {
    /// Decodes the bytes of a plain-text document.
    public static func decode(_ bytes: [UInt8]) throws(DocumentTextError) -> DecodedText {
        if bytes.isEmpty { throw DocumentTextError("empty file") }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return try decodeUTF8OrLegacy(bytes[3...], container: "utf-8")
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 {
            throw DocumentTextError("UTF-32 text is not supported; save the file as UTF-8")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return repair(utf16(bytes[2...], littleEndian: true), container: "utf-16le") }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return repair(utf16(bytes[2...], littleEndian: false), container: "utf-16be") }
        if let le = utf16Guess(bytes) {
            return repair(utf16(bytes[...], littleEndian: le), container: le ? "utf-16le" : "utf-16be")
        }
        return try decodeUTF8OrLegacy(bytes[...], container: "utf-8")
    }

    /// Repairs Unicode text that may contain legacy text read through Windows-1252 (`NghÞ ®Þnh`,
    /// `Quyeát ñònh`, `Quyáº¿t`), paragraph by paragraph; `container` names the encoding the text
    /// itself was read in. Clean text is returned unchanged after one byte scan.
    public static func repair(_ text: String, container: String = "utf-8") -> DecodedText {
        var text = text
        let scan = text.utf8.withContiguousStorageIfAvailable { ByteScan.scan($0) } ?? ByteScan.scan(Array(text.utf8))
        if !scan.suspicious {
            return DecodedText(text: scan.controls ? LineCleanup.removeControls(in: text) : text, encoding: container)
        }
        var lines: [LineInput] = []
        text.makeContiguousUTF8()
        for line in LineCleanup.lines(text) { lines.append(LineInput(unicode: line)) }
        return ParagraphChooser.run(lines, container: container)
    }

    /// UTF-8 when the bytes are valid UTF-8 (then repaired), else paragraph by paragraph.
    static func decodeUTF8OrLegacy(_ bytes: ArraySlice<UInt8>, container: String) throws(DocumentTextError) -> DecodedText {
        let scan = bytes.withContiguousStorageIfAvailable { ByteScan.scan($0) } ?? ByteScan.scan(Array(bytes))
        if scan.nulCount > 0, scan.nulCount * 100 > bytes.count || scan.nulCount > 4096 {
            throw DocumentTextError("binary file (not text)")
        }
        if scan.controlCount * 5 > bytes.count { throw DocumentTextError("binary file (not text)") }
        if scan.asciiOnly {
            let text = String(decoding: bytes, as: UTF8.self)
            return DecodedText(text: scan.controls ? LineCleanup.removeControls(in: text) : text, encoding: container)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if !scan.suspicious {
                return DecodedText(text: scan.controls ? LineCleanup.removeControls(in: text) : text, encoding: container)
            }
            return repair(text, container: container)
        }
        var lines: [LineInput] = []
        var start = bytes.startIndex
        while start <= bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            lines.append(LineInput(bytes: bytes[start..<end]))
            start = end + 1
        }
        return ParagraphChooser.run(lines, container: container)
    }

    /// UTF-16 code units to a String (unpaired surrogates become U+FFFD).
    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without a byte order mark: most code units of text have a zero high byte, so zero
    /// bytes gather at odd (LE) or even (BE) offsets. Returns `true` for LE, `false` for BE.
    static func utf16Guess(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 8192) & ~1
        if n < 4 { return nil }
        var even = 0, odd = 0
        var i = 0
        while i < n {
            if bytes[i] == 0 { even += 1 }
            if bytes[i + 1] == 0 { odd += 1 }
            i += 2
        }
        let pairs = n / 2
        if odd * 4 >= pairs && even * 50 <= pairs { return true }
        if even * 4 >= pairs && odd * 50 <= pairs { return false }
        return nil
    }
}

/// One pass over the bytes: what kind of work the text needs.
struct ByteScan {
    var asciiOnly = true
    /// Characters typical of legacy text read as Windows-1252 occur (`«`, `®`, `Þ`, `ø`, `Ä`, …).
    var suspicious = false
    /// C0 control characters other than tab, newline, carriage return, form feed and Word's hyphens.
    var controls = false
    var controlCount = 0
    var nulCount = 0

    /// Second bytes of `C3 xx` (U+00C0–U+00FF) that are not Vietnamese letters: Ä Å Æ Ç Ë Î Ï Ñ Ö Ø Û Ü Þ ß ä … ÿ.
    static let suspiciousC3: [Bool] = {
        var t = [Bool](repeating: true, count: 64)
        // Vietnamese letters, × ÷ and Ð ð (the normalizer maps the eths to Đ đ).
        for c in "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý×÷Ðð".unicodeScalars { t[Int(c.value - 0xC0)] = false }
        return t
    }()

    /// Byte classes for the scan: 0 = nothing to look at (printable ASCII, continuation bytes, most
    /// lead bytes), 1 = control, 2 = NUL, 3–7 = two-byte leads whose next byte decides (C2 C3 C5 C6
    /// CB, looked up in `twoByte`), 8 = E2 (three bytes).
    static let classes: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 where ![0x09, 0x0A, 0x0C, 0x0D, 0x1E, 0x1F].contains(b) { t[b] = 1 }
        t[0] = 2
        t[0xC2] = 3; t[0xC3] = 4; t[0xC5] = 5; t[0xC6] = 6; t[0xCB] = 7; t[0xE2] = 8
        return t
    }()

    /// `twoByte[(class − 3) << 8 | next]` = 1 when the two-byte character is typical of legacy text
    /// read as Windows-1252: U+0080–U+00BF but NBSP; U+00C0–U+00FF that are not Vietnamese letters;
    /// Œ œ Š š Ÿ Ž ž (not ũ Ũ); ƒ; ˆ ˜.
    static let twoByte: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 5 * 256)
        for c in 0x80..<0xC0 where c != 0xA0 { t[c] = 1 }                                  // C2
        for c in 0x80..<0xC0 where suspiciousC3[c - 0x80] { t[256 + c] = 1 }               // C3
        for c in [0x92, 0x93, 0xA0, 0xA1, 0xB8, 0xBD, 0xBE] { t[512 + c] = 1 }             // C5
        t[768 + 0x92] = 1                                                                   // C6
        t[1024 + 0x86] = 1; t[1024 + 0x9C] = 1                                              // CB
        return t
    }()

    static func scan<C: Collection>(_ bytes: C) -> ByteScan where C.Element == UInt8, C.Index == Int {
        if let r = bytes.withContiguousStorageIfAvailable({ scan(buffer: $0) }) { return r }
        return Array(bytes).withUnsafeBufferPointer { scan(buffer: $0) }
    }

    /// One pass; runs of printable ASCII go eight bytes at a time, the common Vietnamese two-byte
    /// letters by table lookup without branches.
    static func scan(buffer: UnsafeBufferPointer<UInt8>) -> ByteScan {
        guard let base = buffer.baseAddress else { return ByteScan() }
        let end = buffer.count
        let table = classes, pairs = twoByte
        var suspicious: UInt8 = 0, highBits: UInt8 = 0
        var controlCount = 0, nulCount = 0
        var i = 0
        while i < end {
            if i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // No byte ≥ 0x80 and no byte < 0x20: nothing to look at in these eight.
                let high = w & 0x8080_8080_8080_8080
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                if high | low == 0 { i += 8; continue }
            }
            let b = base[i]
            highBits |= b
            let k = table[Int(b)]
            if k == 0 { i += 1; continue }
            let c: UInt8 = i + 1 < end ? base[i + 1] : 0
            if k >= 3 && k <= 7 {
                suspicious |= pairs[Int(k - 3) << 8 | Int(c)]
                i += 2
                continue
            }
            switch k {
            case 1: controlCount += 1
            case 2: nulCount += 1; controlCount += 1
            default:                                                               // E2: † ‡ ‰ ‹ › ™ − ∙
                let d: UInt8 = i + 2 < end ? base[i + 2] : 0
                if c == 0x80 && (d == 0xA0 || d == 0xA1 || d == 0xB0 || d == 0xB9 || d == 0xBA) { suspicious = 1 }
                if c == 0x84 && d == 0xA2 { suspicious = 1 }
                if c == 0x88 && (d == 0x92 || d == 0x99) { suspicious = 1 }
            }
            i += 1
        }
        var s = ByteScan()
        s.asciiOnly = highBits < 0x80
        s.suspicious = suspicious != 0
        s.controls = controlCount > 0
        s.controlCount = controlCount
        s.nulCount = nulCount
        return s
    }
}
