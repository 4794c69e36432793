import CitationGraph
import Foundation
import LegalRefs

/// How a listing command prints its results.
public enum ListingFormat: String, Sendable, CaseIterable {
    /// For people: aligned, grouped, one screen at a time.
    case text
    /// One JSON document (snake_case keys).
    case json
    /// RFC 4180 CSV with a header line, one row per item.
    case csv
}

/// Documents a REF matched, each with the files citing it (`cancu cited-by`).
public struct CitedByResult: Sendable, Hashable, Codable {
    /// The document.
    public var document: DocumentNode
    /// Its citations, oldest first.
    public var citedBy: [Citation]
    /// Creates a result.
    public init(document: DocumentNode, citedBy: [Citation]) { self.document = document; self.citedBy = citedBy }
}

/// Files a DOC-OR-REF matched, each with the references it makes (`cancu cites`).
public struct CitesResult: Sendable, Hashable, Codable {
    /// The citing file.
    public var source: SourceInfo
    /// Its references, in text order.
    public var references: [Citation]
    /// Creates a result.
    public init(source: SourceInfo, references: [Citation]) { self.source = source; self.references = references }
}

/// Renders query results as text, JSON or CSV. Pure: values in, a string out.
///
/// `display` turns a stored absolute path into what the user should see (text output only).
public enum GraphListing {
    // MARK: JSON

    /// Any result as pretty JSON with snake_case keys.
    public static func json<T: Encodable>(_ value: T) -> String {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? e.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: CSV

    /// One CSV field, quoted when needed.
    public static func csvField(_ s: String?) -> String {
        guard let s else { return "" }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// One CSV line.
    public static func csvLine(_ fields: [String?]) -> String { fields.map(csvField).joined(separator: ",") }

    /// The header of citation rows.
    public static let citationCSVHeader = csvLine([
        "cited_key", "cited_symbol", "cited_kind", "cited_date", "citing_path", "citing_key", "citing_title",
        "citing_date", "relation", "pinpoint", "status", "surface", "sentence", "start", "end",
    ])

    /// A citation as a CSV row.
    public static func citationCSV(_ c: Citation) -> String {
        csvLine([c.citedKey, c.citedSymbol, c.citedKind, c.citedDate, c.source.path, c.source.documentKey, c.source.title,
                 c.source.date, c.relation.rawValue, c.pinpoint, c.status.rawValue, c.surface, c.sentence,
                 String(c.startChar), String(c.endChar)])
    }

    /// The header of document rows.
    public static let documentCSVHeader = csvLine([
        "key", "symbol", "kind", "year", "term", "locality", "issue_date", "title", "issuer", "is_stub", "is_partial",
    ])

    /// A document node as a CSV row.
    public static func documentCSV(_ n: DocumentNode) -> String {
        csvLine([n.key, n.symbol, n.kind, n.year.map(String.init), n.term, n.locality, n.issueDate, n.title, n.issuer,
                 n.isStub ? "1" : "0", n.isPartial ? "1" : "0"])
    }

    // MARK: Text pieces

    /// `Nghị quyết 51/2017/QH14 · Quốc hội · 2017` (+ key when it says more than the symbol).
    public static func headline(_ n: DocumentNode) -> String {
        var parts = [n.label]
        if n.key != n.symbol { parts[0] += "  [\(n.key)]" }
        if let i = n.issuer { parts.append(i) }
        if let w = n.when { parts.append(w) }
        return parts.joined(separator: " · ")
    }

    static func stubNote(_ n: DocumentNode) -> String {
        n.isStub ? "not indexed: known from references only" : "indexed"
    }

    static func quote(_ s: String) -> String { "“" + s + "”" }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : (many ?? one + "s"))
    }

    // MARK: cited-by

    /// `cancu cited-by` as text.
    public static func citedByText(_ results: [CitedByResult], display: (String) -> String) -> String {
        var out: [String] = []
        for r in results {
            let files = Set(r.citedBy.map(\.source.id)).count
            out.append(headline(r.document))
            if let t = r.document.title { out.append("  " + t) }
            out.append("  \(stubNote(r.document)); cited by \(plural(files, "file")), \(plural(r.citedBy.count, "mention"))")
            out.append("")
            var lastSource = -1
            for c in r.citedBy {
                if c.source.id != lastSource {
                    lastSource = c.source.id
                    var line = "  " + (c.source.date ?? "----------") + "  " + display(c.source.path)
                    if let k = c.source.documentKey { line += "  (" + ([c.source.documentKind, k].compactMap { $0 }.joined(separator: " ")) + ")" }
                    out.append(line)
                    if let t = c.source.title { out.append("              " + t) }
                }
                var rel = "              " + c.relation.rawValue
                if let p = c.pinpoint { rel += " (\(p))" }
                out.append(rel + ": " + quote(c.sentence))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// `cancu cited-by` as CSV.
    public static func citedByCSV(_ results: [CitedByResult]) -> String {
        ([citationCSVHeader] + results.flatMap { $0.citedBy.map(citationCSV) }).joined(separator: "\n") + "\n"
    }

    // MARK: cites

    /// `cancu cites` as text.
    public static func citesText(_ results: [CitesResult], display: (String) -> String) -> String {
        var out: [String] = []
        for r in results {
            var head = display(r.source.path)
            if let k = r.source.documentKey { head += " — " + ([r.source.documentKind, k].compactMap { $0 }.joined(separator: " ")) }
            if let d = r.source.date { head += " · " + d }
            out.append(head)
            if let t = r.source.title { out.append("  " + t) }
            out.append("  " + plural(r.references.count, "reference"))
            out.append("")
            for c in r.references {
                var line = "  " + c.relation.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                line += " " + (c.citedKey ?? c.surface)
                if let k = c.citedKey, k == r.source.documentKey { line += "  (this document itself)" }
                var facts: [String] = []
                if let k = c.citedKind { facts.append(k) }
                if let d = c.citedDate { facts.append(d) }
                if let p = c.pinpoint { facts.append(p) }
                if c.status != .resolved { facts.append(c.status.rawValue) }
                if !facts.isEmpty { line += "  (" + facts.joined(separator: ", ") + ")" }
                out.append(line)
                out.append("               " + quote(c.sentence))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// `cancu cites` as CSV.
    public static func citesCSV(_ results: [CitesResult]) -> String {
        ([citationCSVHeader] + results.flatMap { $0.references.map(citationCSV) }).joined(separator: "\n") + "\n"
    }

    // MARK: deps

    /// `cancu deps` as an indented tree (each document once, under the one it was first reached from).
    public static func depsText(_ g: DependencyGraph) -> String {
        var children: [Int: [DependencyEntry]] = [:]
        var roots: [DependencyEntry] = []
        for e in g.entries {
            if let p = e.parent { children[p, default: []].append(e) } else { roots.append(e) }
        }
        var out: [String] = []
        func line(_ e: DependencyEntry) -> String {
            var parts = [e.node.key]
            var facts: [String] = []
            if let k = e.node.kind { facts.append(k) }
            if let w = e.node.when { facts.append(w) }
            if e.node.isStub { facts.append("not indexed") }
            if !facts.isEmpty { parts.append("(" + facts.joined(separator: ", ") + ")") }
            if let t = e.node.title { parts.append("— " + t) }
            return parts.joined(separator: " ")
        }
        func walk(_ e: DependencyEntry, prefix: String) {
            let kids = children[e.node.id] ?? []
            for (i, k) in kids.enumerated() {
                let last = i == kids.count - 1
                let arrow = g.reverse ? "← " : "→ "
                out.append(prefix + (last ? "└─ " : "├─ ") + k.relations.map(\.rawValue).joined(separator: ",") + " " + arrow + line(k))
                walk(k, prefix: prefix + (last ? "   " : "│  "))
            }
        }
        for r in roots {
            out.append(line(r))
            walk(r, prefix: "")
        }
        let what = g.reverse ? (g.reachedCount == 1 ? "rests on it" : "rest on it") : "it rests on"
        out.append("")
        out.append("\(plural(g.reachedCount, "document")) \(what) (\(plural(g.edges.count, "edge")))"
                   + (g.truncated ? "; more beyond --depth" : ""))
        return out.joined(separator: "\n") + "\n"
    }

    /// `cancu deps` as CSV: one row per reached document.
    public static func depsCSV(_ g: DependencyGraph) -> String {
        var keys: [Int: String] = [:]
        for e in g.entries { keys[e.node.id] = e.node.key }
        var rows = [csvLine(["depth", "key", "kind", "date", "title", "via", "relations", "is_stub"])]
        for e in g.entries {
            rows.append(csvLine([String(e.depth), e.node.key, e.node.kind, e.node.when, e.node.title,
                                 e.parent.flatMap { keys[$0] }, e.relations.map(\.rawValue).joined(separator: ";"),
                                 e.node.isStub ? "1" : "0"]))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    // MARK: show

    /// `cancu show` as text.
    public static func showText(_ details: [DocumentDetail], display: (String) -> String) -> String {
        var out: [String] = []
        for d in details {
            let n = d.node
            out.append(headline(n))
            func field(_ name: String, _ value: String?) {
                if let value { out.append("  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + value) }
            }
            field("key", n.key)
            field("symbol", n.symbol)
            field("kind", n.kind)
            field("title", n.title)
            field("date", n.issueDate)
            field("in force", n.effectiveDate)
            field("year", n.year.map(String.init))
            field("term", n.term)
            field("locality", n.locality)
            for i in d.issuers {
                field("issuer", i.name + " (" + [i.code, i.level, i.fromHeader ? "from its header" : "from references"]
                    .compactMap { $0 }.joined(separator: ", ") + ")")
            }
            field("status", stubNote(n) + (n.isPartial ? "; key incomplete (locality, year or term unknown)" : ""))
            for s in d.sources { field("file", display(s.path)) }
            if !d.citedBy.isEmpty {
                field("cited by", d.citedBy.map { "\($0.relation.rawValue) \($0.mentions)×/\($0.documents) files" }.joined(separator: ", "))
            }
            if !d.cites.isEmpty {
                field("cites", d.cites.map { "\($0.relation.rawValue) \($0.mentions)×/\($0.documents) documents" }.joined(separator: ", "))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// `cancu show` as CSV: one row per document.
    public static func showCSV(_ details: [DocumentDetail]) -> String {
        var rows = [documentCSVHeader + ",files,cited_by_mentions,cites_mentions"]
        for d in details {
            rows.append(documentCSV(d.node) + "," + csvLine([
                d.sources.map(\.path).joined(separator: ";"),
                String(d.citedBy.reduce(0) { $0 + $1.mentions }), String(d.cites.reduce(0) { $0 + $1.mentions })]))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    // MARK: search

    /// `cancu search` as text.
    public static func searchText(_ hits: [SearchHit], display: (String) -> String) -> String {
        var out: [String] = []
        for h in hits {
            var head = display(h.source.path)
            if let k = h.source.documentKey { head += " — " + ([h.source.documentKind, k].compactMap { $0 }.joined(separator: " ")) }
            if let d = h.source.date { head += " · " + d }
            out.append(head)
            if let t = h.source.title { out.append("  " + t) }
            out.append("  " + h.snippet)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// `cancu search` as CSV.
    public static func searchCSV(_ hits: [SearchHit]) -> String {
        var rows = [csvLine(["path", "title", "date", "document_key", "score", "snippet"])]
        for h in hits {
            rows.append(csvLine([h.source.path, h.source.title, h.source.date, h.source.documentKey,
                                 String(format: "%.4f", h.score), h.snippet]))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    // MARK: stats

    /// `cancu stats` as text.
    public static func statsText(_ s: GraphStatistics, database: String) -> String {
        func mb(_ b: Int) -> String { String(format: "%.1f MB", Double(b) / 1_000_000) }
        var out = [
            "database        \(database) (\(mb(s.databaseBytes)), schema version \(s.schemaVersion))",
            "files           \(s.files) (\(mb(s.bytes)), \(s.chars) characters)",
            "documents       \(s.documents): \(s.realDocuments) indexed, \(s.stubs) known from references only, \(s.partial) with incomplete keys",
            "mentions        \(s.mentions) (\(s.unlinkedMentions) without a document number)",
            "document edges  \(s.documentEdges)",
            "issuing bodies  \(s.bodies)",
            "index errors    \(s.errors)",
        ]
        if !s.byRelation.isEmpty {
            out.append("relations       " + s.byRelation.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !s.byStatus.isEmpty {
            out.append("status          " + s.byStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !s.topCited.isEmpty {
            out.append("most cited")
            for t in s.topCited {
                out.append("  " + String(t.files).leftPadded(6) + " files  " + t.node.key + (t.node.kind.map { " (\($0))" } ?? ""))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `cancu stats` as CSV: metric,value rows.
    public static func statsCSV(_ s: GraphStatistics) -> String {
        var rows = [csvLine(["metric", "value"])]
        let pairs: [(String, Int)] = [
            ("files", s.files), ("bytes", s.bytes), ("chars", s.chars), ("documents", s.documents),
            ("real_documents", s.realDocuments), ("stubs", s.stubs), ("partial", s.partial), ("mentions", s.mentions),
            ("unlinked_mentions", s.unlinkedMentions), ("document_edges", s.documentEdges), ("bodies", s.bodies),
            ("errors", s.errors), ("database_bytes", s.databaseBytes), ("schema_version", s.schemaVersion),
        ]
        for (k, v) in pairs { rows.append(csvLine([k, String(v)])) }
        for (k, v) in s.byRelation.sorted(by: { $0.key < $1.key }) { rows.append(csvLine(["relation." + k, String(v)])) }
        for (k, v) in s.byStatus.sorted(by: { $0.key < $1.key }) { rows.append(csvLine(["status." + k, String(v)])) }
        return rows.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
