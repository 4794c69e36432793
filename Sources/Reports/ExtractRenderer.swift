import LegalRefs

/// Renders extraction results as the records of `../shared/spec/extract-output.md`.
public enum ExtractRenderer {
    /// The `document` record as one JSON line (without newline).
    public static func documentJSON(source: String, header: DocumentHeader, format: String, encoding: String, chars: Int) -> String {
        var w = JSONObjectWriter()
        w.field("record", "document")
        w.field("source", source)
        w.field("id", header.id)
        w.field("kind", header.kind)
        w.field("issuer", header.issuer)
        w.field("issuer_code", header.issuerCode)
        w.field("locality", header.locality)
        w.field("date", header.date)
        w.field("title", header.title)
        w.field("signer", header.signer)
        w.field("format", format)
        w.field("encoding", encoding)
        w.field("chars", chars)
        return w.finish()
    }

    /// A `reference` record as one JSON line (without newline).
    public static func referenceJSON(source: String, _ r: Reference) -> String {
        var w = JSONObjectWriter()
        w.field("record", "reference")
        w.field("source", source)
        w.field("start", r.start)
        w.field("end", r.end)
        w.field("text", r.text)
        w.field("id", r.id)
        w.field("kind", r.kind)
        w.field("number", r.number)
        w.field("year", r.year)
        w.field("date", r.date)
        w.field("issuer", r.issuer)
        w.field("issuer_code", r.issuerCode)
        w.field("locality", r.locality)
        w.field("relation", r.relation.rawValue)
        w.field("pinpoint", r.pinpoint)
        w.field("effective_date", r.effectiveDate)
        w.field("status", r.status.rawValue)
        w.field("self", r.isSelf)
        return w.finish()
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
