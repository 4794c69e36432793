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
        var w = JSONObjectWriter()
        w.field("record", "error")
        w.field("source", source)
        w.field("message", message)
        return w.finish()
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

/// A minimal, fast JSON object writer (keys in insertion order, UTF-8 kept as is).
public struct JSONObjectWriter {
    private var out = "{"
    private var first = true
    /// Creates an empty object.
    public init() {}
    private mutating func key(_ k: String) {
        if !first { out.append(",") }
        first = false
        out.append("\"\(k)\":")
    }
    /// Adds a string (or `null`).
    public mutating func field(_ k: String, _ v: String?) {
        key(k)
        if let v { JSONObjectWriter.appendQuoted(v, to: &out) } else { out.append("null") }
    }
    /// Adds an integer (or `null`).
    public mutating func field(_ k: String, _ v: Int?) {
        key(k)
        if let v { out.append(String(v)) } else { out.append("null") }
    }
    /// Adds a boolean.
    public mutating func field(_ k: String, _ v: Bool) {
        key(k); out.append(v ? "true" : "false")
    }
    /// Adds an already-encoded JSON value.
    public mutating func raw(_ k: String, _ json: String) {
        key(k); out.append(json)
    }
    /// Closes the object and returns it.
    public mutating func finish() -> String { out.append("}"); return out }

    /// Appends `s` as a JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out.append("\"")
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { needsEscape = true; break }
        if !needsEscape { out.append(s); out.append("\""); return }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out.append("\"")
    }
}

/// Writes the jsonl records of one document straight into a byte buffer: keys are constant bytes,
/// the quoted `source` is encoded once per document, strings are copied without escaping unless
/// they contain `"`, `\\` or control characters. Same bytes as `JSONObjectWriter`.
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

    /// Appends `s` as a JSON string literal (UTF-8 kept as is; `\\u00XX` for other control characters).
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            out.append(0x22)
            var runStart = 0
            for i in 0..<u.count {
                let b = u[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                runStart = i + 1
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
