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
        // read each one twice, a retain apiece); a record with a longer one is written again into room for its worst case.
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
        out.append(addingCapacity: room) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                let start = buffer.baseAddress!
                var w = RecordCursor(start)
                if checked { w.stringsEnd = start + (room - 1024) }
                w.raw("{\"record\":\"reference\",\"source\":")
                sourceJSON.withUnsafeBufferPointer { w.bytes($0) }
                w.raw(",\"start\":"); w.int(r.pointee.start)
                w.raw(",\"end\":"); w.int(r.pointee.end)
                w.field(",\"text\":", r.pointee.text)
                w.field(",\"id\":", r.pointee.id)
                w.field(",\"kind\":", r.pointee.kind)
                w.field(",\"number\":", r.pointee.number)
                w.raw(",\"year\":"); if let y = r.pointee.year { w.int(y) } else { w.raw("null") }
                w.field(",\"date\":", r.pointee.date)
                w.field(",\"issuer\":", r.pointee.issuer)
                w.field(",\"issuer_code\":", r.pointee.issuerCode)
                w.field(",\"locality\":", r.pointee.locality)
                w.raw(JSONLWriter.relationField(r.pointee.relation))
                w.field(",\"pinpoint\":", r.pointee.pinpoint)
                w.field(",\"effective_date\":", r.pointee.effectiveDate)
                w.raw(JSONLWriter.statusField(r.pointee.status))
                w.raw(r.pointee.isSelf ? ",\"self\":true}\n" : ",\"self\":false}\n")
                if w.overflow { fits = false; initialized = 0; return }
                let written = w.p - start
                precondition(written <= room, "a reference record outgrew its bound")
                initialized = written
            }
        }
        return fits
    }

    /// The `relation` key and the relation's raw value, quoted, as constant bytes: the raw values are plain ASCII (quoting
    /// copies them as they are), and quoting each record's `rawValue` cost about a hundred and fifty instructions.
    @inline(__always) static func relationField(_ v: Relation) -> StaticString {
        let field: StaticString = switch v {
        case .basedOn: ",\"relation\":\"based_on\""
        case .amends: ",\"relation\":\"amends\""
        case .replaces: ",\"relation\":\"replaces\""
        case .repeals: ",\"relation\":\"repeals\""
        case .guides: ",\"relation\":\"guides\""
        case .corrects: ",\"relation\":\"corrects\""
        case .consolidates: ",\"relation\":\"consolidates\""
        case .implements: ",\"relation\":\"implements\""
        case .issuedWith: ",\"relation\":\"issued_with\""
        case .considers: ",\"relation\":\"considers\""
        case .cites: ",\"relation\":\"cites\""
        }
        assert(field.description == ",\"relation\":\"\(v.rawValue)\"", "relationField out of step with the raw values")
        return field
    }

    /// The `status` key and the status's raw value, quoted, as constant bytes (as `relationField`).
    @inline(__always) static func statusField(_ v: ResolutionStatus) -> StaticString {
        let field: StaticString = switch v {
        case .resolved: ",\"status\":\"resolved\""
        case .partial: ",\"status\":\"partial\""
        case .ambiguous: ",\"status\":\"ambiguous\""
        }
        assert(field.description == ",\"status\":\"\(v.rawValue)\"", "statusField out of step with the raw values")
        return field
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

    /// The eight bytes at `p` as a little-endian word.
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// High bit set in each byte of `w` that is below 0x20, `"` or `\\` (the lowest one exactly).
    @inline(__always) static func needsEscape(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22), b = w ^ (ones &* 0x5C)
        return (((w &- ones &* 0x20) & ~w) | ((q &- ones) & ~q) | ((b &- ones) & ~b)) & highs
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
    /// Where set, how far a string written by `field` may reach at worst; a string that could reach past it is not
    /// written, and `overflow` is set.
    var stringsEnd: UnsafeMutablePointer<UInt8>? = nil
    /// A string was left out for want of room (`stringsEnd`).
    var overflow = false

    init(_ p: UnsafeMutablePointer<UInt8>) { self.p = p }

    @inline(__always) mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        p.update(from: s.utf8Start, count: n)
        p += n
    }

    @inline(__always) mutating func bytes(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress, !u.isEmpty else { return }
        p.update(from: base, count: u.count)
        p += u.count
    }

    /// A key, then the value quoted, or `null`.
    @inline(__always) mutating func field(_ key: StaticString, _ v: String?) {
        raw(key)
        guard let v else { raw("null"); return }
        // (Its worst case: six bytes out per byte in, two quotes.)
        if let end = stringsEnd, 6 &* v.utf8.count &+ 2 > end - p { overflow = true; return }
        if v.utf8.withContiguousStorageIfAvailable({ quoted($0) }) != nil { return }
        var copy = v
        copy.withUTF8 { quoted($0) }
    }

    /// `u` as a JSON string literal: UTF-8 kept as is; `\"`, `\\`, `\n`, `\r`, `\t`, and `\u00XX` for other control characters.
    mutating func quoted(_ u: UnsafeBufferPointer<UInt8>) {
        p.pointee = 0x22; p += 1
        let n = u.count
        if let base = u.baseAddress {
            var i = 0
            // Eight bytes a step, stored before they are checked: the room for the worst case (six bytes out
            // per byte in) covers the whole word, and bytes past an escape are overwritten next step.
            while i &+ 8 <= n {
                let w = JSONLWriter.load(base + i)
                UnsafeMutableRawPointer(p).storeBytes(of: w.littleEndian, as: UInt64.self)
                let m = JSONLWriter.needsEscape(w)
                if m == 0 { p += 8; i &+= 8; continue }
                let k = m.trailingZeroBitCount >> 3   // the lowest flag is exact
                p += k
                escape(base[i &+ k])
                i &+= k &+ 1
            }
            // The last bytes, from the word that ends the string (when there is one), shifted down past the
            // bytes already written; at least two are left so the word stays inside the room.
            if n &- i >= 2, n >= 8 {
                let shift = UInt64(8 &* (i &- (n &- 8)))
                let live = UInt64.max >> UInt64(8 &* (8 &- (n &- i)))
                let w = JSONLWriter.load(base + (n &- 8)) >> shift
                UnsafeMutableRawPointer(p).storeBytes(of: w.littleEndian, as: UInt64.self)
                let m = JSONLWriter.needsEscape(w) & live
                if m == 0 { p += n &- i; i = n } else {
                    let k = m.trailingZeroBitCount >> 3
                    p += k
                    escape(base[i &+ k])
                    i &+= k &+ 1
                }
            }
            while i < n {
                let b = base[i]
                if b < 0x20 || b == 0x22 || b == 0x5C { escape(b) } else { p.pointee = b; p += 1 }
                i &+= 1
            }
        }
        p.pointee = 0x22; p += 1
    }

    /// One byte that JSON requires escaped.
    @inline(__always) mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: p[0] = 0x5C; p[1] = 0x22; p += 2
        case 0x5C: p[0] = 0x5C; p[1] = 0x5C; p += 2
        case 0x0A: p[0] = 0x5C; p[1] = 0x6E; p += 2
        case 0x0D: p[0] = 0x5C; p[1] = 0x72; p += 2
        case 0x09: p[0] = 0x5C; p[1] = 0x74; p += 2
        default:
            raw("\\u00")
            p[0] = RecordCursor.hex(b >> 4); p[1] = RecordCursor.hex(b & 0xF); p += 2
        }
    }

    @inline(__always) static func hex(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

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
