import LegalRefs

/// Renders extraction results as the records of `../shared/spec/extract-output.md`.
public enum ExtractRenderer {
    /// The `document` record as one JSON line (without newline).
    public static func documentJSON(source: String, header: DocumentHeader, format: String, encoding: String, chars: Int) -> String {
        var out: [UInt8] = []
        JSONLWriter(source: source).appendDocument(header, format: format, encoding: encoding, chars: chars, to: &out)
        out.removeLast()
        return String(decoding: out, as: UTF8.self)
    }

    /// A `reference` record as one JSON line (without newline).
    public static func referenceJSON(source: String, _ r: Reference) -> String {
        var out: [UInt8] = []
        JSONLWriter(source: source).appendReference(r, to: &out)
        out.removeLast()
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the `--format jsonl` lines of one document (its `document` record, then one
    /// `reference` record per reference, each ending in a newline) to `out`.
    public static func appendJSONL(source: String, _ ex: Extraction, format: String, encoding: String, to out: inout [UInt8]) {
        let w = JSONLWriter(source: source)
        w.appendDocument(ex.document, format: format, encoding: encoding, chars: ex.chars, to: &out)
        for r in ex.references { w.appendReference(r, to: &out) }
    }

    /// An `error` record as one JSON line (without newline).
    public static func errorJSON(source: String, message: String) -> String {
        var out: [UInt8] = []
        JSONLWriter.raw("{\"record\":\"error\",\"source\":", &out)
        JSONLWriter.appendQuoted(source, to: &out)
        JSONLWriter.field(",\"message\":", message, &out)
        out.append(0x7D)
        return String(decoding: out, as: UTF8.self)
    }

    /// The header line of `--format tsv`.
    public static let tsvHeader = "source\tstart\tend\tid\tkind\tyear\tdate\tissuer\trelation\ttext"

    /// One reference as a `--format tsv` line.
    public static func referenceTSV(source: String, _ r: Reference) -> String {
        func clean(_ s: String?) -> String {
            guard let s else { return "" }
            return String(s.map { $0 == "\t" || $0 == "\n" ? " " : $0 })
        }
        return [clean(source), String(r.start), String(r.end), clean(r.id), clean(r.kind),
                r.year.map(String.init) ?? "", clean(r.date), clean(r.issuer), r.relation.rawValue, clean(r.text)]
            .joined(separator: "\t")
    }

    /// One reference as a human-readable `--format text` line.
    public static func referenceText(_ r: Reference) -> String {
        var parts = ["\(r.start)-\(r.end)", r.id ?? "(no number)"]
        if let k = r.kind { parts.append(k) }
        if let d = r.date { parts.append(d) } else if let y = r.year { parts.append(String(y)) }
        if let i = r.issuer { parts.append(i) }
        parts.append(r.relation.rawValue)
        if let p = r.pinpoint { parts.append(p) }
        if r.status != .resolved { parts.append(r.status.rawValue) }
        return "  " + parts.joined(separator: " · ") + "\n      \(r.text.replacingNewlines())"
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}

/// Writes the jsonl records of one document straight into a byte buffer: keys are constant bytes,
/// the quoted `source` is encoded once per document, strings are copied without escaping unless
/// they contain `"`, `\\` or control characters.
public struct JSONLWriter {
    /// `"<source>"`, quoted and escaped once.
    private let sourceJSON: [UInt8]

    /// A writer for the records of the document read from `source`.
    public init(source: String) {
        var q: [UInt8] = []
        JSONLWriter.appendQuoted(source, to: &q)
        sourceJSON = q
    }

    /// Appends the `document` record and a newline.
    public func appendDocument(_ h: DocumentHeader, format: String, encoding: String, chars: Int, to out: inout [UInt8]) {
        JSONLWriter.raw("{\"record\":\"document\",\"source\":", &out)
        out.append(contentsOf: sourceJSON)
        JSONLWriter.field(",\"id\":", h.id, &out)
        JSONLWriter.field(",\"kind\":", h.kind, &out)
        JSONLWriter.field(",\"issuer\":", h.issuer, &out)
        JSONLWriter.field(",\"issuer_code\":", h.issuerCode, &out)
        JSONLWriter.field(",\"locality\":", h.locality, &out)
        JSONLWriter.field(",\"date\":", h.date, &out)
        JSONLWriter.field(",\"title\":", h.title, &out)
        JSONLWriter.field(",\"signer\":", h.signer, &out)
        JSONLWriter.field(",\"format\":", format, &out)
        JSONLWriter.field(",\"encoding\":", encoding, &out)
        JSONLWriter.field(",\"chars\":", chars, &out)
        out.append(0x7D); out.append(0x0A)
    }

    /// Appends one `reference` record and a newline.
    public func appendReference(_ r: Reference, to out: inout [UInt8]) {
        JSONLWriter.raw("{\"record\":\"reference\",\"source\":", &out)
        out.append(contentsOf: sourceJSON)
        JSONLWriter.field(",\"start\":", r.start, &out)
        JSONLWriter.field(",\"end\":", r.end, &out)
        JSONLWriter.field(",\"text\":", r.text, &out)
        JSONLWriter.field(",\"id\":", r.id, &out)
        JSONLWriter.field(",\"kind\":", r.kind, &out)
        JSONLWriter.field(",\"number\":", r.number, &out)
        JSONLWriter.field(",\"year\":", r.year, &out)
        JSONLWriter.field(",\"date\":", r.date, &out)
        JSONLWriter.field(",\"issuer\":", r.issuer, &out)
        JSONLWriter.field(",\"issuer_code\":", r.issuerCode, &out)
        JSONLWriter.field(",\"locality\":", r.locality, &out)
        JSONLWriter.field(",\"relation\":", r.relation.rawValue, &out)
        JSONLWriter.field(",\"pinpoint\":", r.pinpoint, &out)
        JSONLWriter.field(",\"effective_date\":", r.effectiveDate, &out)
        JSONLWriter.field(",\"status\":", r.status.rawValue, &out)
        JSONLWriter.raw(r.isSelf ? ",\"self\":true" : ",\"self\":false", &out)
        out.append(0x7D); out.append(0x0A)
    }

    @inline(__always) static func raw(_ s: StaticString, _ out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always) static func field(_ key: StaticString, _ v: String?, _ out: inout [UInt8]) {
        raw(key, &out)
        if let v { appendQuoted(v, to: &out) } else { raw("null", &out) }
    }

    @inline(__always) static func field(_ key: StaticString, _ v: Int?, _ out: inout [UInt8]) {
        raw(key, &out)
        if let v { appendInt(v, to: &out) } else { raw("null", &out) }
    }

    /// Appends a decimal integer.
    static func appendInt(_ v: Int, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        var m = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for 20 digits
        let n: Int = withUnsafeMutableBytes(of: &digits) { d in
            var k = 24
            repeat { k -= 1; d[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30; m /= 10 } while m > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[k...]))
            return 24 - k
        }
        _ = n
    }

    /// High bit set in each byte of `w` that is below 0x20, `"` or `\\` (the lowest one exactly).
    @inline(__always) static func needsEscape(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22), b = w ^ (ones &* 0x5C)
        return (((w &- ones &* 0x20) & ~w) | ((q &- ones) & ~q) | ((b &- ones) & ~b)) & highs
    }

    /// Appends `s` as a JSON string literal (UTF-8 kept as is; `\\u00XX` for other control characters).
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            out.append(0x22)
            var runStart = 0
            var i = 0
            while i < u.count {
                // Eight bytes at a time while none needs escaping (no control character, `"` or `\\`).
                if i + 8 <= u.count {
                    let w = UInt64(littleEndian: UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    if JSONLWriter.needsEscape(w) == 0 { i += 8; continue }
                }
                let b = u[i]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                let at = i - 1
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<at]))
                runStart = at + 1
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    raw("\\u00", &out)
                    out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<u.count]))
            out.append(0x22)
        }
    }
}
