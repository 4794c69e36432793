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

    static func scan<C: Collection>(_ bytes: C) -> ByteScan where C.Element == UInt8, C.Index == Int {
        var s = ByteScan()
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x20 {
                switch b {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x1E, 0x1F: break
                case 0x00: s.nulCount += 1; s.controlCount += 1; s.controls = true
                default: s.controlCount += 1; s.controls = true
                }
                i += 1
                continue
            }
            if b < 0x80 { i += 1; continue }
            s.asciiOnly = false
            let c: UInt8 = i + 1 < end ? bytes[i + 1] : 0
            switch b {
            case 0xC2: if c != 0xA0 { s.suspicious = true }                 // U+0080–U+00BF except NBSP
            case 0xC3: if c >= 0x80 && c < 0xC0 && suspiciousC3[Int(c - 0x80)] { s.suspicious = true }
            case 0xC5, 0xCB: s.suspicious = true                           // Œ œ Š š Ÿ Ž ž ˆ ˜
            case 0xC6: if c == 0x92 { s.suspicious = true }                // ƒ
            case 0xE2:
                let d: UInt8 = i + 2 < end ? bytes[i + 2] : 0
                if c == 0x80 && (d == 0xA0 || d == 0xA1 || d == 0xB0 || d == 0xB9 || d == 0xBA) { s.suspicious = true }
                if c == 0x84 && d == 0xA2 { s.suspicious = true }          // ™
                if c == 0x88 && (d == 0x92 || d == 0x99) { s.suspicious = true } // − ∙ in TCVN3 PDF text
            default: break
            }
            i += 1
        }
        return s
    }
}
