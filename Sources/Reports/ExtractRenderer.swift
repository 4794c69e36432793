import CUTF8Scan
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

/// The output formats of `cancu extract`.
public enum ExtractFormat: String, Sendable, CaseIterable {
    /// One JSON record per line (`../shared/spec/extract-output.md`).
    case jsonl
    /// One reference per line, tab-separated, under `ExtractRenderer.tsvHeader`.
    case tsv
    /// A heading per document, then its references, for reading.
    case text
}

/// Renders the records of one document in a format, as `Extractor.extract(bytes:hints:document:references:)`
/// hands them over: what `cancu extract` prints for one input.
public struct ExtractRecordWriter: Sendable {
    /// The input as named on the command line (`-` for standard input).
    public let source: String
    /// The output format.
    public let format: ExtractFormat
    private let jsonl: JSONLWriter

    /// A writer for the records of `source`.
    public init(source: String, format: ExtractFormat) {
        self.source = source
        self.format = format
        self.jsonl = JSONLWriter(source: source)
    }

    /// Appends what opens a document: its `document` record (jsonl), a heading line (text), nothing (tsv).
    /// `format` and `encoding` say what the input was read as (`docx`, `tcvn3`); `chars` is its length in scalars.
    public func appendDocument(_ header: DocumentHeader, format inputFormat: String, encoding: String, chars: Int,
                               to out: inout [UInt8]) {
        switch format {
        case .jsonl:
            jsonl.appendDocument(header, format: inputFormat, encoding: encoding, chars: chars, to: &out)
        case .tsv:
            break
        case .text:
            var head = source
            if let id = header.id { head += " — \(header.kind ?? "") \(id)" }
            if let t = header.title { head += " — \(t)" }
            ExtractRecordWriter.line(head, &out)
        }
    }

    /// Appends one line per reference.
    public func appendReferences(_ refs: [Reference], to out: inout [UInt8]) {
        switch format {
        // Through the buffer: `for r in refs` (or `refs[k]`) copies each reference, retaining its strings.
        // By pointer: a reference passed by value out of the buffer was copied whole (every string retained
        // and released), since the call could not be shown to leave that memory alone.
        case .jsonl:
            jsonl.reserve(references: refs.count, in: &out)
            refs.withUnsafeBufferPointer { p in for k in p.indices { jsonl.appendReference(at: p.baseAddress! + k, to: &out) } }
        case .tsv: for k in refs.indices { ExtractRecordWriter.line(ExtractRenderer.referenceTSV(source: source, refs[k]), &out) }
        case .text: for k in refs.indices { ExtractRecordWriter.line(ExtractRenderer.referenceText(refs[k]), &out) }
        }
    }

    /// The `error` record for an input that could not be read (jsonl), or nil when the format reports
    /// it on standard error instead (`message`, for the caller to print).
    public func errorLine(_ message: String) -> String? {
        format == .jsonl ? ExtractRenderer.errorJSON(source: source, message: message) : nil
    }

    private static func line(_ s: String, _ out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
        out.append(0x0A)
    }
}

/// Writes the jsonl records of one document straight into a byte buffer: keys are constant bytes,
/// the quoted `source` is encoded once per document, strings are copied without escaping unless
/// they contain `"`, `\\` or control characters.
public struct JSONLWriter: Sendable {
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

    /// Makes room in `out` for `count` reference records of usual size at once: grown record by record, a
    /// document's buffer was reallocated (and copied) about a dozen times. Never less than doubled, so that
    /// repeated calls (a long text's chunks) still grow it geometrically.
    func reserve(references count: Int, in out: inout [UInt8]) {
        // About 400 bytes a record besides its source, and room for the last record's worst-case bound.
        let need = out.count + count * (sourceJSON.count + 448) + 4096
        if need > out.capacity { out.reserveCapacity(Swift.max(need, 2 * out.capacity)) }
    }

    /// Appends one `reference` record and a newline. The record is written through a pointer into room
    /// made for its worst case (every string byte escaped as `\u00XX`): appending each key and value
    /// to the array cost a uniqueness check and a generic copy apiece.
    public func appendReference(_ r: Reference, to out: inout [UInt8]) {
        withUnsafePointer(to: r) { appendReference(at: $0, to: &out) }
    }

    /// `appendReference(_:to:)` for a reference read in place.
    func appendReference(at r: UnsafePointer<Reference>, to out: inout [UInt8]) {
        // Into room of a usual record's size, each string's worst case checked as it comes (sizing every string first
        // read each one twice); a record with a longer one is written again into room for its worst case.
        if append(r, room: 4096 + sourceJSON.count, checked: true, to: &out) { return }
        func size(_ s: String?) -> Int { s.map { 6 * $0.utf8.count } ?? 0 }
        let strings = size(r.pointee.text) + size(r.pointee.id) + size(r.pointee.kind) + size(r.pointee.number) + size(r.pointee.date) + size(r.pointee.issuer)
            + size(r.pointee.issuerCode) + size(r.pointee.locality) + size(r.pointee.pinpoint) + size(r.pointee.effectiveDate)
        // Keys, quotes, nulls, three integers and the two enum values (even escaped) take under 512
        // bytes; twice that leaves a margin for fields added later.
        let bound = 1024 + sourceJSON.count + strings
        _ = append(r, room: bound, checked: false, to: &out)
    }

    /// Writes the record into `room` bytes added at the end of `out` (left uninitialized: copying zeros into it and
    /// cutting back what was not written cost a few hundred instructions a record). With `checked`, a string whose worst
    /// case would reach into the room's last 1,024 bytes (what the keys and values after it need, twice over) stops it:
    /// nothing is added, and the answer is false.
    private func append(_ r: UnsafePointer<Reference>, room: Int, checked: Bool, to out: inout [UInt8]) -> Bool {
        var fits = true
        // The strings are reached in place, as `inout` through this pointer: read as values out of the
        // reference they were copied, a retain and a release apiece (about a fifth of a record's cost), since
        // the writes through `RecordCursor` could not be shown to leave the reference alone. Nothing is
        // written to them (`RecordCursor.value` copies a string that is not contiguous UTF-8 before it
        // asks for its bytes).
        let r = UnsafeMutablePointer(mutating: r)
        out.append(addingCapacity: room) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                let start = buffer.baseAddress!
                var w = RecordCursor(start)
                if checked { w.stringsEnd = start + (room - 1024) }
                w.raw("{\"record\":\"reference\",\"source\":")
                sourceJSON.withUnsafeBufferPointer { w.bytes($0) }
                w.raw(",\"start\":"); w.int(r.pointee.start)
                w.raw(",\"end\":"); w.int(r.pointee.end)
                w.raw(",\"text\":"); w.value(&r.pointee.text)
                w.raw(",\"id\":"); w.value(&r.pointee.id)
                w.raw(",\"kind\":"); w.value(&r.pointee.kind)
                w.raw(",\"number\":"); w.value(&r.pointee.number)
                w.raw(",\"year\":"); if let y = r.pointee.year { w.int(y) } else { w.raw("null") }
                w.raw(",\"date\":"); w.value(&r.pointee.date)
                w.raw(",\"issuer\":"); w.value(&r.pointee.issuer)
                w.raw(",\"issuer_code\":"); w.value(&r.pointee.issuerCode)
                w.raw(",\"locality\":"); w.value(&r.pointee.locality)
                w.relation(r.pointee.relation)
                w.raw(",\"pinpoint\":"); w.value(&r.pointee.pinpoint)
                w.raw(",\"effective_date\":"); w.value(&r.pointee.effectiveDate)
                w.status(r.pointee.status)
                if r.pointee.isSelf { w.raw(",\"self\":true}\n") } else { w.raw(",\"self\":false}\n") }
                if w.overflow { fits = false; initialized = 0; return }
                let written = w.p - start
                precondition(written <= room, "a reference record outgrew its bound")
                initialized = written
            }
        }
        return fits
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

    /// Appends `s` as a JSON string literal (UTF-8 kept as is; `\u00XX` for other control characters),
    /// through `RecordCursor.quoted`, the one place the escaping rules live.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            // Room for the worst case (every byte as `\u00XX`, two quotes), cut back to what was written.
            out.append(addingCapacity: 2 + 6 * u.count) { span in
                span.withUnsafeMutableBufferPointer { room, initialized in
                    var w = RecordCursor(room.baseAddress!)
                    w.quoted(u)
                    initialized = w.p - room.baseAddress!
                }
            }
        }
    }
}

/// Writes a JSON record through a pointer into a buffer the caller sized for it.
struct RecordCursor {
    var p: UnsafeMutablePointer<UInt8>
    /// Where set, how far a string written by `value` may reach at worst; a string that could reach past it is not
    /// written, and `overflow` is set.
    var stringsEnd: UnsafeMutablePointer<UInt8>? = nil
    /// A string was left out for want of room (`stringsEnd`).
    var overflow = false

    init(_ p: UnsafeMutablePointer<UInt8>) { self.p = p }

    @inline(__always) mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        // Constant bytes, never overlapping the room (`initialize` copies without the overlap test of `update`).
        p.initialize(from: s.utf8Start, count: n)
        p += n
    }

    @inline(__always) mutating func bytes(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress, !u.isEmpty else { return }
        p.update(from: base, count: u.count)
        p += u.count
    }

    /// A value quoted, or `null` (the key before it is written at the call site: a constant store there, where a
    /// key passed in was copied by a `memcpy` call).
    mutating func value(_ v: inout String?) {
        guard v != nil else { raw("null"); return }
        value(&v!)
    }

    /// `s` quoted. `inout` only so that its bytes are read in place (no retain): `withUTF8` changes a string
    /// only when it is not contiguous UTF-8, and such a string is copied first.
    mutating func value(_ s: inout String) {
        if s.isContiguousUTF8 {
            s.withUTF8 { quotedChecked($0) }
        } else {
            var copy = s
            copy.withUTF8 { quotedChecked($0) }
        }
    }

    /// `quoted`, unless the string's worst case (six bytes out per byte in, two quotes) could reach past `stringsEnd`.
    @inline(__always) mutating func quotedChecked(_ u: UnsafeBufferPointer<UInt8>) {
        if let end = stringsEnd, 6 &* u.count &+ 2 > end - p { overflow = true; return }
        quoted(u)
    }

    /// `u` as a JSON string literal: UTF-8 kept as is; `\"`, `\\`, `\n`, `\r`, `\t`, and `\u00XX` for other control
    /// characters (`cancu_json_quoted`, inlined: the escaping rules live there).
    @inline(__always) mutating func quoted(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress else { p[0] = 0x22; p[1] = 0x22; p += 2; return }
        p += cancu_json_quoted(base, u.count, p)
    }

    /// The `relation` key and the relation's raw value, quoted, as constant bytes: the raw values are plain ASCII (quoting
    /// copies them as they are), and quoting each record's `rawValue` cost about a hundred and fifty instructions. Each
    /// case writes its own constant (a constant chosen first was copied by a `memcpy` call).
    @inline(__always) mutating func relation(_ v: Relation) {
        let start = p
        switch v {
        case .basedOn: raw(",\"relation\":\"based_on\"")
        case .amends: raw(",\"relation\":\"amends\"")
        case .replaces: raw(",\"relation\":\"replaces\"")
        case .repeals: raw(",\"relation\":\"repeals\"")
        case .guides: raw(",\"relation\":\"guides\"")
        case .corrects: raw(",\"relation\":\"corrects\"")
        case .consolidates: raw(",\"relation\":\"consolidates\"")
        case .implements: raw(",\"relation\":\"implements\"")
        case .issuedWith: raw(",\"relation\":\"issued_with\"")
        case .considers: raw(",\"relation\":\"considers\"")
        case .cites: raw(",\"relation\":\"cites\"")
        }
        assert(String(decoding: UnsafeBufferPointer(start: start, count: p - start), as: UTF8.self) == ",\"relation\":\"\(v.rawValue)\"",
               "relation(_:) out of step with the raw values")
    }

    /// The `status` key and the status's raw value, quoted, as constant bytes (as `relation`).
    @inline(__always) mutating func status(_ v: ResolutionStatus) {
        let start = p
        switch v {
        case .resolved: raw(",\"status\":\"resolved\"")
        case .partial: raw(",\"status\":\"partial\"")
        case .ambiguous: raw(",\"status\":\"ambiguous\"")
        }
        assert(String(decoding: UnsafeBufferPointer(start: start, count: p - start), as: UTF8.self) == ",\"status\":\"\(v.rawValue)\"",
               "status(_:) out of step with the raw values")
    }

    /// A decimal integer.
    mutating func int(_ v: Int) {
        if v < 0 { p.pointee = 0x2D; p += 1 }
        var m = v.magnitude
        // The digits counted against powers of ten and written two a step from the last (a division per
        // digit, twice over, was about a hundred instructions an offset).
        var digits = 1, limit: UInt = 10
        while m >= limit {
            digits &+= 1
            if digits == 20 { break }
            limit &*= 10
        }
        var k = digits
        while k >= 2 {
            let q = m / 100, pair = UInt8(truncatingIfNeeded: m &- q &* 100)
            let tens = pair / 10
            p[k &- 1] = pair &- tens &* 10 &+ 0x30
            p[k &- 2] = tens &+ 0x30
            m = q
            k &-= 2
        }
        if k == 1 { p[0] = UInt8(truncatingIfNeeded: m) &+ 0x30 }
        p += digits
    }
}
