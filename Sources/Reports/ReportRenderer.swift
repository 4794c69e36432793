import CitationGraph
import Foundation
import LegalRefs

/// Renders a regulatory dependency report (`cancu report`) as Markdown, HTML, JSON, CSV or DOT.
/// Pure: the HTML renderer is handed the SVG picture (or nil when Graphviz is missing).
public enum ReportRenderer {
    /// The most nodes the picture shows; more would be unreadable.
    public static let pictureLimit = 120

    // MARK: Shared pieces

    /// What the report is about, in one line: `Quyết định 1744/QĐ-UBND`.
    static func title(_ r: DependencyReport) -> String { r.subject.node.label }

    static func issuerLine(_ d: DocumentDetail) -> String? {
        let names = d.issuers.map(\.name)
        return names.isEmpty ? d.node.issuer : names.joined(separator: "; ")
    }

    /// Citing entries grouped per (file, relation), oldest first: the timeline.
    struct TimelineRow {
        var date: String?
        var who: String
        var title: String?
        var path: String
        var relation: Relation
        var pinpoint: String?
        var sentence: String
        var count: Int
    }

    static func timeline(_ r: DependencyReport, display: (String) -> String) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var index: [String: Int] = [:]
        for c in r.citedBy {
            let k = "\(c.source.id)|\(c.relation.rawValue)"
            if let i = index[k] { rows[i].count += 1; continue }
            index[k] = rows.count
            let who = c.source.documentKey.map { key in [c.source.documentKind, key].compactMap { $0 }.joined(separator: " ") }
                ?? display(c.source.path)
            rows.append(TimelineRow(date: c.source.date, who: who, title: c.source.title, path: display(c.source.path),
                                    relation: c.relation, pinpoint: c.pinpoint, sentence: c.sentence, count: 1))
        }
        return rows.sorted { ($0.date ?? "9999") < ($1.date ?? "9999") }
    }

    static func relationSummary(_ cs: [Citation]) -> String {
        var counts: [Relation: Int] = [:]
        for c in cs { counts[c.relation, default: 0] += 1 }
        return Relation.allCases.compactMap { r in counts[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")
    }

    static func describe(_ n: DocumentNode) -> String {
        var facts: [String] = []
        if let w = n.when { facts.append(w) }
        if let i = n.issuer { facts.append(i) }
        if n.isStub { facts.append("not indexed") }
        return facts.joined(separator: ", ")
    }

    // MARK: JSON

    /// The report as JSON (snake_case keys).
    public static func json(_ r: DependencyReport) -> String { GraphListing.json(r) }

    // MARK: CSV

    /// The report as CSV: one row per base, reference and citation, with a `section` column.
    public static func csv(_ r: DependencyReport) -> String {
        var rows = [GraphListing.csvLine(["section", "depth", "relation", "key", "kind", "date", "title", "path", "pinpoint", "sentence"])]
        let n = r.subject.node
        rows.append(GraphListing.csvLine(["document", "0", nil, n.key, n.kind, n.when, n.title,
                                          r.subject.sources.map(\.path).joined(separator: ";"), nil, nil]))
        for e in r.bases.entries where e.depth > 0 {
            rows.append(GraphListing.csvLine(["basis", String(e.depth), e.relations.map(\.rawValue).joined(separator: ";"),
                                              e.node.key, e.node.kind, e.node.when, e.node.title, nil, nil, nil]))
        }
        for c in r.references {
            rows.append(GraphListing.csvLine(["reference", "1", c.relation.rawValue, c.citedKey ?? c.surface, c.citedKind,
                                              c.citedDate, c.citedTitle, c.source.path, c.pinpoint, c.sentence]))
        }
        for c in r.citedBy {
            rows.append(GraphListing.csvLine(["cited_by", "1", c.relation.rawValue, c.source.documentKey, c.source.documentKind,
                                              c.source.date, c.source.title, c.source.path, c.pinpoint, c.sentence]))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    // MARK: DOT

    /// The report's graph in Graphviz DOT: the document, its bases, what it refers to, who cites it.
    public static func dot(_ r: DependencyReport, display: (String) -> String = { $0 }) -> String {
        var lines = [
            "digraph cancu {",
            "  rankdir=LR;",
            "  graph [fontname=\"Helvetica\", fontsize=10, nodesep=0.25, ranksep=0.6];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#8a8f98\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#6b7280\", fontcolor=\"#374151\"];",
        ]
        var declared: Set<String> = []
        var count = 0
        var dropped = 0
        func declare(_ id: String, _ label: String, fill: String, dashed: Bool) -> Bool {
            if declared.contains(id) { return true }
            if count >= pictureLimit { dropped += 1; return false }
            declared.insert(id)
            count += 1
            lines.append("  \(dotString(id)) [label=\(dotString(label)), fillcolor=\"\(fill)\"\(dashed ? ", style=\"rounded,filled,dashed\"" : "")];")
            return true
        }
        func nodeLabel(_ n: DocumentNode) -> String {
            [n.label, n.when, n.title.map { wrap($0, 34) }].compactMap { $0 }.joined(separator: "\n")
        }
        var edgesSeen: Set<String> = []
        func edge(_ from: String, _ to: String, _ label: String, color: String) {
            let k = from + "\u{1}" + to + "\u{1}" + label
            guard edgesSeen.insert(k).inserted else { return }
            lines.append("  \(dotString(from)) -> \(dotString(to)) [label=\(dotString(label)), color=\"\(color)\"];")
        }
        let s = r.subject.node
        _ = declare(s.key, nodeLabel(s), fill: "#fde68a", dashed: s.isStub)
        var keyOf: [Int: String] = [s.id: s.key]
        for e in r.bases.entries where e.depth > 0 {
            keyOf[e.node.id] = e.node.key
            _ = declare(e.node.key, nodeLabel(e.node), fill: "#dbeafe", dashed: e.node.isStub)
        }
        for e in r.bases.edges {
            guard let a = keyOf[e.from], let b = keyOf[e.to], declared.contains(a), declared.contains(b) else { continue }
            edge(a, b, e.relation.rawValue, color: "#2563eb")
        }
        for c in r.references where c.relation != .basedOn {
            guard let key = c.citedKey else { continue }
            let label = [c.citedKind.map { "\($0) \(c.citedSymbol ?? key)" } ?? key, c.citedDate].compactMap { $0 }.joined(separator: "\n")
            if declare(key, label, fill: "#e5e7eb", dashed: c.citedIsStub) { edge(s.key, key, c.relation.rawValue, color: "#6b7280") }
        }
        for c in r.citedBy {
            let id = c.source.documentKey ?? "file:" + c.source.path
            let label = c.source.documentKey.map { key in [[c.source.documentKind, key].compactMap { $0 }.joined(separator: " "), c.source.date].compactMap { $0 }.joined(separator: "\n") }
                ?? [(display(c.source.path) as NSString).lastPathComponent, c.source.title.map { wrap($0, 34) }, c.source.date]
                    .compactMap { $0 }.joined(separator: "\n")
            if declare(id, label, fill: c.source.documentKey == nil ? "#f3e8ff" : "#dcfce7", dashed: false) {
                edge(id, s.key, c.relation.rawValue, color: "#16a34a")
            }
        }
        if dropped > 0 {
            lines.append("  \"more\" [label=\(dotString("… \(dropped) more not drawn")), shape=plaintext, style=\"\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal.
    static func dotString(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// Breaks `s` into lines of about `width` characters (at most three, the last one cut with `…`).
    static func wrap(_ s: String, _ width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in s.split(separator: " ") {
            if current.count + word.count + 1 > width, !current.isEmpty {
                lines.append(current)
                current = ""
                if lines.count == 3 { break }
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if lines.count < 3, !current.isEmpty { lines.append(current) } else if lines.count == 3 { lines[2] += " …" }
        return lines.joined(separator: "\n")
    }

    // MARK: Markdown

    /// The report as Markdown.
    public static func markdown(_ r: DependencyReport, display: (String) -> String = { $0 }) -> String {
        func cell(_ s: String?) -> String {
            (s ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let d = r.subject
        let n = d.node
        var md = ["# Regulatory dependency report: \(cell(title(r)))", ""]
        md.append("| | |")
        md.append("|---|---|")
        md.append("| Key | `\(cell(n.key))` |")
        if let t = n.title { md.append("| Title | \(cell(t)) |") }
        if let k = n.kind { md.append("| Type | \(cell(k)) |") }
        if let i = issuerLine(d) { md.append("| Issuer | \(cell(i)) |") }
        if let w = n.when { md.append("| Date | \(cell(w)) |") }
        md.append("| Status | \(n.isStub ? "not indexed: known from references only" : "indexed") |")
        for s in d.sources { md.append("| File | `\(cell(display(s.path)))` |") }
        md.append("")
        if !r.alternatives.isEmpty {
            md.append("The reference also matches: " + r.alternatives.map { "`\(cell($0.key))`" }.joined(separator: ", ") + ".")
            md.append("")
        }
        md.append("## Legal bases")
        md.append("")
        let bases = r.bases.entries.filter { $0.depth > 0 }
        if bases.isEmpty {
            md.append(n.isStub ? "Unknown: the document itself is not indexed." : "None found.")
        } else {
            var keys: [Int: String] = [:]
            for e in r.bases.entries { keys[e.node.id] = e.node.key }
            for e in bases {
                let indent = String(repeating: "  ", count: e.depth - 1)
                md.append("\(indent)- `\(cell(e.node.key))` \(cell(e.node.kind ?? "")) \(cell(describe(e.node)))"
                          + (e.node.title.map { " — \(cell($0))" } ?? ""))
            }
            if r.bases.truncated { md.append("- …") }
        }
        md.append("")
        md.append("## References it makes")
        md.append("")
        if r.references.isEmpty {
            md.append("None found.")
        } else {
            md.append("| Relation | Document | Date | Part | Sentence |")
            md.append("|---|---|---|---|---|")
            for c in r.references {
                md.append("| \(c.relation.rawValue) | \(cell(c.citedKey.map { "`\($0)`" } ?? c.surface)) | \(cell(c.citedDate)) | \(cell(c.pinpoint)) | \(cell(c.sentence)) |")
            }
        }
        md.append("")
        md.append("## Cited by (timeline)")
        md.append("")
        let rows = timeline(r, display: display)
        if rows.isEmpty {
            md.append("No indexed file cites it.")
        } else {
            md.append("\(rows.count) citing \(rows.count == 1 ? "entry" : "entries"): \(relationSummary(r.citedBy)).")
            md.append("")
            md.append("| Date | Document | Relation | Sentence |")
            md.append("|---|---|---|---|")
            for t in rows {
                let who = t.who + (t.title.map { " — \($0)" } ?? "")
                md.append("| \(cell(t.date ?? "")) | \(cell(who)) | \(t.relation.rawValue)\(t.count > 1 ? " ×\(t.count)" : "") | \(cell(t.sentence)) |")
            }
        }
        md.append("")
        md.append("_Generated by cancu on \(r.generatedAt)._")
        return md.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    /// Escapes text for HTML.
    public static func html(escaping s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The report as one self-contained HTML file. `svg` is the picture Graphviz drew from `dot(r)`;
    /// when it is nil the page says Graphviz was not available and shows the DOT text instead.
    public static func html(_ r: DependencyReport, svg: String?, display: (String) -> String = { $0 }) -> String {
        let e = html(escaping:)
        let d = r.subject
        let n = d.node
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"vi\"><head><meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(e(title(r))) — cancu report</title>")
        h.append("""
            <style>
            body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2937;max-width:70rem;margin:2rem auto;padding:0 1rem}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #f3f4f6}
            th{background:#f9fafb;font-weight:600}code{background:#f3f4f6;padding:0 .25rem;border-radius:3px}
            .facts th{width:8rem;background:none}.muted{color:#6b7280}.rel{white-space:nowrap;font-family:ui-monospace,monospace;font-size:.8rem}
            .stub{color:#92400e}.picture{overflow:auto;border:1px solid #e5e7eb;border-radius:6px;padding:.5rem}.picture svg{max-width:100%;height:auto}
            ul.tree{list-style:none;padding-left:1rem}ul.tree li{margin:.15rem 0}pre{white-space:pre-wrap;background:#f9fafb;padding:.75rem;border-radius:6px}
            </style></head><body>
            """)
        h.append("<h1>\(e(title(r)))</h1>")
        if let t = n.title { h.append("<p class=\"muted\">\(e(t))</p>") }
        h.append("<table class=\"facts\">")
        h.append("<tr><th>Key</th><td><code>\(e(n.key))</code></td></tr>")
        if let k = n.kind { h.append("<tr><th>Type</th><td>\(e(k))</td></tr>") }
        if let i = issuerLine(d) { h.append("<tr><th>Issuer</th><td>\(e(i))</td></tr>") }
        if let w = n.when { h.append("<tr><th>Date</th><td>\(e(w))</td></tr>") }
        h.append("<tr><th>Status</th><td>\(n.isStub ? "<span class=\"stub\">not indexed: known from references only</span>" : "indexed")</td></tr>")
        for s in d.sources { h.append("<tr><th>File</th><td><code>\(e(display(s.path)))</code></td></tr>") }
        h.append("</table>")
        if !r.alternatives.isEmpty {
            h.append("<p class=\"muted\">The reference also matches: " + r.alternatives.map { "<code>\(e($0.key))</code>" }.joined(separator: ", ") + ".</p>")
        }

        h.append("<h2>Graph</h2>")
        if let svg, let start = svg.range(of: "<svg") {
            h.append("<div class=\"picture\">" + String(svg[start.lowerBound...]) + "</div>")
        } else {
            h.append("<p class=\"muted\">Graphviz (<code>dot</code>) was not available, so there is no picture. "
                     + "The graph in DOT form follows; render it with <code>dot -Tsvg</code>.</p>")
            h.append("<pre>\(e(dot(r, display: display)))</pre>")
        }

        h.append("<h2>Legal bases</h2>")
        let bases = r.bases.entries.filter { $0.depth > 0 }
        if bases.isEmpty {
            h.append("<p class=\"muted\">\(n.isStub ? "Unknown: the document itself is not indexed." : "None found.")</p>")
        } else {
            var children: [Int: [DependencyEntry]] = [:]
            for b in bases { if let p = b.parent { children[p, default: []].append(b) } }
            func list(_ parent: Int) -> String {
                guard let kids = children[parent], !kids.isEmpty else { return "" }
                return "<ul class=\"tree\">" + kids.map { k in
                    "<li><code>\(e(k.node.key))</code> \(e(k.node.kind ?? "")) <span class=\"muted\">\(e(describe(k.node)))"
                        + "\(k.node.title.map { " — " + e($0) } ?? "")</span>" + list(k.node.id) + "</li>"
                }.joined() + "</ul>"
            }
            h.append(list(n.id))
            if r.bases.truncated { h.append("<p class=\"muted\">Deeper bases not shown (depth limit).</p>") }
        }

        h.append("<h2>References it makes</h2>")
        if r.references.isEmpty {
            h.append("<p class=\"muted\">None found.</p>")
        } else {
            h.append("<table><tr><th>Relation</th><th>Document</th><th>Date</th><th>Part</th><th>Sentence</th></tr>")
            for c in r.references {
                h.append("<tr><td class=\"rel\">\(e(c.relation.rawValue))</td><td>\(c.citedKey.map { "<code>\(e($0))</code>" } ?? e(c.surface))"
                         + "\(c.citedKind.map { " " + e($0) } ?? "")</td><td>\(e(c.citedDate ?? ""))</td><td>\(e(c.pinpoint ?? ""))</td>"
                         + "<td>\(e(c.sentence))</td></tr>")
            }
            h.append("</table>")
        }

        h.append("<h2>Cited by (timeline)</h2>")
        let rows = timeline(r, display: display)
        if rows.isEmpty {
            h.append("<p class=\"muted\">No indexed file cites it.</p>")
        } else {
            h.append("<p class=\"muted\">\(rows.count) citing \(rows.count == 1 ? "entry" : "entries"): \(e(relationSummary(r.citedBy))).</p>")
            h.append("<table><tr><th>Date</th><th>Document</th><th>Relation</th><th>Sentence</th></tr>")
            for t in rows {
                h.append("<tr><td class=\"rel\">\(e(t.date ?? ""))</td><td>\(e(t.who))"
                         + "\(t.title.map { "<br><span class=\"muted\">\(e($0))</span>" } ?? "")</td>"
                         + "<td class=\"rel\">\(e(t.relation.rawValue))\(t.count > 1 ? " ×\(t.count)" : "")</td><td>\(e(t.sentence))</td></tr>")
            }
            h.append("</table>")
        }
        h.append("<p class=\"muted\">Generated by cancu on \(e(r.generatedAt)).</p>")
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }
}
