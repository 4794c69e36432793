import Foundation
import LegalRefs

extension GraphDatabase {
    // MARK: - Nodes

    static let nodeColumns = """
        d.id, d.key, d.symbol, d.kind, d.year, d.term, d.locality, d.issue_date, d.title, b.name,
        d.is_stub, d.is_partial, d.effective_date
        """

    /// The tables `nodeColumns` reads.
    static let nodeTables = "legal_document d LEFT JOIN issuing_body b ON b.id = d.issuer_id"

    static func readNode(_ s: Statement, from c: Int32 = 0) -> DocumentNode {
        DocumentNode(id: s.int(c), key: s.text(c + 1), symbol: s.text(c + 2), kind: s.textOrNil(c + 3),
                     year: s.intOrNil(c + 4), term: s.textOrNil(c + 5), locality: s.textOrNil(c + 6),
                     issueDate: s.textOrNil(c + 7), title: s.textOrNil(c + 8), issuer: s.textOrNil(c + 9),
                     isStub: s.int(c + 10) != 0, isPartial: s.int(c + 11) != 0, effectiveDate: s.textOrNil(c + 12))
    }

    /// The node with row id `id`.
    public func node(id: Int) throws(GraphError) -> DocumentNode? {
        try nodes(ids: [id]).first
    }

    /// The nodes with these row ids (any order).
    func nodes(ids: [Int]) throws(GraphError) -> [DocumentNode] {
        if ids.isEmpty { return [] }
        var out: [DocumentNode] = []
        out.reserveCapacity(ids.count)
        try db.query("SELECT \(Self.nodeColumns) FROM \(Self.nodeTables) WHERE d.id IN (SELECT value FROM json_each(?1))",
                     [.text(Self.jsonArray(ids))]) { s in out.append(Self.readNode(s)) }
        return out
    }

    static func jsonArray(_ ids: some Sequence<Int>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// The documents a person means by `ref`: a key (`1744/QĐ-UBND@tỉnh Sơn La#2019`), a symbol
    /// (`51/2017/QH14`), or a citation in any form (`Nghị quyết 51/2017/QH14`,
    /// `nghi quyet 51/2017/qh14`, `Nghị định 127/NĐ-CP ngày 21/9/2018`). Real documents first.
    public func resolve(_ ref: String) throws(GraphError) -> [DocumentNode] {
        let raw = ref.trimmingSpaces
        if raw.isEmpty { return [] }
        var found: [DocumentNode] = []
        try db.query("SELECT \(Self.nodeColumns) FROM \(Self.nodeTables) WHERE d.key = ?1", [.text(raw)]) { s in
            found.append(Self.readNode(s))
        }
        if !found.isEmpty { return found }

        // Parse it the way a citation in a text is parsed.
        let extraction = Extractor.extract(TextNormalizer.normalize(raw))
        let wanted = extraction.references.lazy.compactMap { DocumentIdentity(reference: $0) }.first
        if let wanted {
            found = try candidates(symbolColumn: "symbol", value: wanted.symbol, fitting: wanted)
            if found.isEmpty {
                found = try candidates(symbolColumn: "symbol_folded", value: Folding.symbolKey(wanted.symbol), fitting: wanted)
            }
        }
        // Fall back to a case- and diacritic-insensitive match of anything shaped like a symbol.
        if found.isEmpty {
            var keys: [String] = []
            let compact = raw.filter { !$0.isWhitespace }
            if compact.contains("/") { keys.append(Folding.symbolKey(compact)) }
            for word in raw.split(whereSeparator: { $0.isWhitespace }) {
                let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.()[]\"'“”"))
                if w.contains("/") || (w.contains("-") && w.contains(where: \.isNumber)) {
                    keys.append(Folding.symbolKey(w))
                }
            }
            var seen: Set<Int> = []
            for k in keys {
                for n in try candidates(symbolColumn: "symbol_folded", value: k, fitting: wanted) where seen.insert(n.id).inserted {
                    found.append(n)
                }
            }
        }
        return found.sorted { a, b in
            if a.isStub != b.isStub { return !a.isStub }
            return a.key < b.key
        }
    }

    private func candidates(symbolColumn: String, value: String, fitting wanted: DocumentIdentity?) throws(GraphError) -> [DocumentNode] {
        var out: [DocumentNode] = []
        if symbolColumn == "symbol" {
            try db.query("SELECT \(Self.nodeColumns) FROM \(Self.nodeTables) WHERE d.symbol_folded = ?2 AND d.symbol = ?1",
                         [.text(value), .text(Folding.symbolKey(value))]) { s in out.append(Self.readNode(s)) }
        } else {
            try db.query("SELECT \(Self.nodeColumns) FROM \(Self.nodeTables) WHERE d.symbol_folded = ?1", [.text(value)]) { s in
                out.append(Self.readNode(s))
            }
        }
        guard let wanted else { return out }
        let fits = out.filter { n in
            wanted.isCompatible(with: DocumentIdentity(key: n.key, symbol: wanted.symbol, locality: n.locality,
                                                       year: n.year, term: n.term, isPartial: n.isPartial))
        }
        // An exact key is the answer; otherwise every node that fits.
        if let exact = fits.first(where: { $0.key == wanted.key }), !wanted.isPartial { return [exact] }
        return fits
    }

    // MARK: - Citations

    static let citationSelect = """
        SELECT m.id, s.id, s.path, s.title, coalesce(s.date, c.issue_date), s.format, c.key, c.kind, s.reference_count,
               d.key, coalesce(d.symbol, m.symbol), coalesce(d.kind, m.kind), d.title,
               coalesce(d.issue_date, m.date, CAST(coalesce(d.year, m.year) AS TEXT)), coalesce(d.is_stub, 1),
               m.relation, m.pinpoint, m.status, m.surface, m.sentence, m.start_char, m.end_char
          FROM mention m
          JOIN source_file s ON s.id = m.source_id
          LEFT JOIN legal_document c ON c.id = s.document_id
          LEFT JOIN legal_document d ON d.id = m.document_id
        """

    static func readCitation(_ s: Statement) -> Citation {
        let source = SourceInfo(id: s.int(1), path: s.text(2), title: s.textOrNil(3), date: s.textOrNil(4),
                                format: s.text(5), documentKey: s.textOrNil(6), documentKind: s.textOrNil(7),
                                references: s.int(8))
        return Citation(mentionID: s.int(0), source: source, citedKey: s.textOrNil(9), citedSymbol: s.textOrNil(10),
                        citedKind: s.textOrNil(11), citedTitle: s.textOrNil(12), citedDate: s.textOrNil(13),
                        citedIsStub: s.int(14) != 0,
                        relation: Relation(rawValue: s.text(15)) ?? .cites, pinpoint: s.textOrNil(16),
                        status: ResolutionStatus(rawValue: s.text(17)) ?? .partial, surface: s.text(18),
                        sentence: s.text(19), startChar: s.int(20), endChar: s.int(21))
    }

    /// Every mention of `node` in indexed files (but its own), oldest citing document first.
    public func citations(of node: DocumentNode, relations: Set<Relation>? = nil) throws(GraphError) -> [Citation] {
        var out: [Citation] = []
        // A document's own number in its header is not a citation of itself.
        try db.query(Self.citationSelect + """
             WHERE m.document_id = ?1 AND (m.citing_document_id IS NULL OR m.citing_document_id <> ?1)
             ORDER BY coalesce(s.date, c.issue_date), s.path, m.seq
            """,
                     [.int(node.id)]) { s in out.append(Self.readCitation(s)) }
        if let relations { out = out.filter { relations.contains($0.relation) } }
        return out
    }

    /// Every reference made in the indexed file `sourceID`, in text order.
    public func citations(fromSource sourceID: Int) throws(GraphError) -> [Citation] {
        var out: [Citation] = []
        try db.query(Self.citationSelect + " WHERE m.source_id = ?1 ORDER BY m.seq", [.int(sourceID)]) { s in
            out.append(Self.readCitation(s))
        }
        return out
    }

    static let sourceSelect = """
        SELECT s.id, s.path, s.title, coalesce(s.date, c.issue_date), s.format, c.key, c.kind, s.reference_count
          FROM source_file s LEFT JOIN legal_document c ON c.id = s.document_id
        """

    static func readSource(_ s: Statement) -> SourceInfo {
        SourceInfo(id: s.int(0), path: s.text(1), title: s.textOrNil(2), date: s.textOrNil(3), format: s.text(4),
                   documentKey: s.textOrNil(5), documentKind: s.textOrNil(6), references: s.int(7))
    }

    /// Indexed files whose path is `path` (absolute) or ends with `/path`.
    public func sources(matchingPath path: String) throws(GraphError) -> [SourceInfo] {
        var out: [SourceInfo] = []
        try db.query(Self.sourceSelect + """
             WHERE s.path = ?1 OR (length(s.path) > length(?2) AND substr(s.path, -length(?2) - 1) = '/' || ?2)
             ORDER BY s.path
            """, [.text(path), .text(path)]) { s in out.append(Self.readSource(s)) }
        return out
    }

    /// Indexed files that are the document `node`.
    public func sources(of node: DocumentNode) throws(GraphError) -> [SourceInfo] {
        var out: [SourceInfo] = []
        try db.query(Self.sourceSelect + " WHERE s.document_id = ?1 ORDER BY s.path", [.int(node.id)]) { s in
            out.append(Self.readSource(s))
        }
        return out
    }

    // MARK: - Traversal

    /// Documents reachable from `starts` over document-to-document edges: what they rest on
    /// (forward) or, with `reverse`, what rests on them. Each document appears once, at its
    /// shortest distance; cycles end there. `depth` limits the steps; `relations` the edges followed.
    public func dependencies(of starts: [DocumentNode], depth: Int? = nil, reverse: Bool = false,
                             relations: Set<Relation>? = nil) throws(GraphError) -> DependencyGraph {
        var entries: [DependencyEntry] = []
        var index: [Int: Int] = [:]
        for n in starts where index[n.id] == nil {
            index[n.id] = entries.count
            entries.append(DependencyEntry(node: n, depth: 0, parent: nil, relations: []))
        }
        var edges: [DependencyEdge] = []
        var frontier = starts.map(\.id)
        var level = 0
        var truncated = false
        var pending: [(id: Int, depth: Int, parent: Int, relations: [Relation])] = []
        // Rows come in index order, so repeated mentions of one edge are adjacent: no DISTINCT needed.
        let sql: String
        if reverse {
            sql = "SELECT m.document_id, m.citing_document_id, m.relation FROM mention m INDEXED BY mention_cited "
                + "WHERE m.document_id IN (SELECT value FROM json_each(?1)) AND m.citing_document_id IS NOT NULL"
        } else {
            sql = "SELECT m.citing_document_id, m.document_id, m.relation FROM mention m INDEXED BY mention_citing "
                + "WHERE m.citing_document_id IN (SELECT value FROM json_each(?1)) AND m.document_id IS NOT NULL"
        }
        while !frontier.isEmpty {
            if let depth, level >= depth {
                // Anything beyond the limit?
                truncated = try hasEdges(from: frontier, sql: sql, relations: relations)
                break
            }
            var next: [Int] = []
            var reachedVia: [Int: Int] = [:]
            var last = (from: -1, to: -1, relation: Relation.cites)
            try db.query(sql, [.text(Self.jsonArray(frontier))]) { s in
                let from = s.int(0), to = s.int(1)
                guard let relation = s.relation(2) else { return }
                if from == last.from && to == last.to && relation == last.relation { return }
                last = (from, to, relation)
                if let relations, !relations.contains(relation) { return }
                if from == to { return }
                edges.append(reverse ? DependencyEdge(from: to, to: from, relation: relation)
                                     : DependencyEdge(from: from, to: to, relation: relation))
                if index[to] == nil {
                    index[to] = -1
                    reachedVia[to] = pending.count
                    pending.append((to, level + 1, from, [relation]))
                    next.append(to)
                } else if let p = reachedVia[to], pending[p].parent == from, !pending[p].relations.contains(relation) {
                    pending[p].relations.append(relation)
                }
            }
            frontier = next
            level += 1
        }
        // Load the reached nodes in one query and keep breadth-first order.
        let loaded = try nodes(ids: pending.map(\.id))
        var byID: [Int: DocumentNode] = [:]
        for n in loaded { byID[n.id] = n }
        for p in pending {
            guard let n = byID[p.id] else { continue }
            entries.append(DependencyEntry(node: n, depth: p.depth, parent: p.parent, relations: p.relations))
        }
        return DependencyGraph(reverse: reverse, entries: entries, edges: edges, truncated: truncated)
    }

    private func hasEdges(from frontier: [Int], sql: String, relations: Set<Relation>?) throws(GraphError) -> Bool {
        var any = false
        try db.query(sql, [.text(Self.jsonArray(frontier))]) { s in
            if any { return }
            if let relations, let r = s.relation(2), !relations.contains(r) { return }
            if s.int(0) != s.int(1) { any = true }
        }
        return any
    }

    // MARK: - Show

    /// Everything known about `node`: issuers, files, and mention counts per relation both ways.
    public func detail(of node: DocumentNode) throws(GraphError) -> DocumentDetail {
        var issuers: [IssuerInfo] = []
        try db.query("""
            SELECT b.name, b.code, b.level, b.locality, ib.from_header FROM issued_by ib
              JOIN issuing_body b ON b.id = ib.body_id WHERE ib.document_id = ?1
             ORDER BY ib.from_header DESC, b.id
            """, [.int(node.id)]) { s in
            issuers.append(IssuerInfo(name: s.text(0), code: s.textOrNil(1), level: s.text(2),
                                      locality: s.textOrNil(3), fromHeader: s.int(4) != 0))
        }
        var citedBy: [RelationCount] = []
        try db.query("""
            SELECT relation, count(*), count(DISTINCT source_id) FROM mention
             WHERE document_id = ?1 AND (citing_document_id IS NULL OR citing_document_id <> ?1)
             GROUP BY relation ORDER BY count(*) DESC, relation
            """, [.int(node.id)]) { s in
            citedBy.append(RelationCount(relation: Relation(rawValue: s.text(0)) ?? .cites, mentions: s.int(1), documents: s.int(2)))
        }
        var cites: [RelationCount] = []
        try db.query("""
            SELECT relation, count(*), count(DISTINCT document_id) FROM mention
             WHERE citing_document_id = ?1 AND (document_id IS NULL OR document_id <> ?1)
             GROUP BY relation ORDER BY count(*) DESC, relation
            """, [.int(node.id)]) { s in
            cites.append(RelationCount(relation: Relation(rawValue: s.text(0)) ?? .cites, mentions: s.int(1), documents: s.int(2)))
        }
        return DocumentDetail(node: node, issuers: issuers, sources: try sources(of: node), citedBy: citedBy, cites: cites)
    }

    // MARK: - Search

    /// The FTS5 query for `words`: each word folded; a word of several tokens becomes a phrase;
    /// `word*` a prefix; all must occur. Nil when there is nothing to search for.
    public static func ftsQuery(_ words: [String]) -> String? {
        var parts: [String] = []
        for w in words {
            let prefix = w.hasSuffix("*")
            let tokens = Folding.tokens(w)
            if tokens.isEmpty { continue }
            // Tokens hold no `"` (not a token character), so quoting is safe.
            parts.append("\"" + tokens.joined(separator: " ") + "\"" + (prefix ? "*" : ""))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Indexed files whose text contains all `words` (diacritics and case ignored), best first.
    public func search(_ words: [String], limit: Int = 20) throws(GraphError) -> [SearchHit] {
        guard let q = Self.ftsQuery(words) else { return [] }
        var hits: [(SourceInfo, Double)] = []
        try db.query("""
            SELECT s.id, s.path, s.title, coalesce(s.date, c.issue_date), s.format, c.key, c.kind, s.reference_count,
                   bm25(document_fts)
              FROM document_fts
              JOIN source_file s ON s.id = document_fts.rowid
              LEFT JOIN legal_document c ON c.id = s.document_id
             WHERE document_fts MATCH ?1 ORDER BY bm25(document_fts) LIMIT ?2
            """,
                     [.text(q), .int(limit)]) { s in hits.append((Self.readSource(s), s.double(8))) }
        let phrase = words.lazy.map { Folding.tokens($0.hasSuffix("*") ? String($0.dropLast()) : $0) }.first { !$0.isEmpty } ?? []
        var out: [SearchHit] = []
        for (source, score) in hits {
            let body = try db.scalarText("SELECT body FROM source_text WHERE source_id = ?1", [.int(source.id)]) ?? ""
            out.append(SearchHit(source: source, snippet: Self.snippet(body, phrase: phrase), score: score))
        }
        return out
    }

    /// About `width` characters of `body` around the first place where the folded tokens of
    /// `phrase` follow each other (the last one may be a prefix), on one line.
    static func snippet(_ body: String, phrase: [String], width: Int = 160) -> String {
        let scalars = Array(body.unicodeScalars)
        let folded = Array(Folding.foldAligned(body).unicodeScalars)
        var at = 0
        if !phrase.isEmpty, folded.count == scalars.count {
            // The tokens of the folded text, as scalar ranges.
            var tokens: [Range<Int>] = []
            var i = 0
            while i < folded.count {
                if Folding.isTokenScalar(folded[i]) {
                    let start = i
                    while i < folded.count, Folding.isTokenScalar(folded[i]) { i += 1 }
                    tokens.append(start..<i)
                } else {
                    i += 1
                }
            }
            let wanted = phrase.map { Array($0.unicodeScalars) }
            func matches(_ r: Range<Int>, _ w: [Unicode.Scalar], prefix: Bool) -> Bool {
                if prefix ? r.count < w.count : r.count != w.count { return false }
                for k in 0..<w.count where folded[r.lowerBound + k] != w[k] { return false }
                return true
            }
            search: for t in 0..<tokens.count where t + wanted.count <= tokens.count {
                for k in 0..<wanted.count where !matches(tokens[t + k], wanted[k], prefix: k == wanted.count - 1) {
                    continue search
                }
                at = tokens[t].lowerBound
                break
            }
        }
        let lo = max(0, at - width / 3)
        let hi = min(scalars.count, lo + width)
        var s = String(String.UnicodeScalarView(scalars[lo..<hi]))
        s = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (lo > 0 ? "…" : "") + s + (hi < scalars.count ? "…" : "")
    }

    // MARK: - Statistics

    /// Counts of everything in the graph.
    public func statistics(top: Int = 10) throws(GraphError) -> GraphStatistics {
        func count(_ sql: String) throws(GraphError) -> Int { try db.scalarInt(sql) ?? 0 }
        var byRelation: [String: Int] = [:]
        try db.query("SELECT relation, count(*) FROM mention GROUP BY relation") { s in byRelation[s.text(0)] = s.int(1) }
        var byStatus: [String: Int] = [:]
        try db.query("SELECT status, count(*) FROM mention GROUP BY status") { s in byStatus[s.text(0)] = s.int(1) }
        var top3: [(Int, Int, Int)] = []
        try db.query("""
            SELECT document_id, count(DISTINCT source_id) AS files, count(*) FROM mention
             WHERE document_id IS NOT NULL AND citing_document_id IS NOT document_id
             GROUP BY document_id ORDER BY files DESC, count(*) DESC, document_id LIMIT ?1
            """, [.int(top)]) { s in top3.append((s.int(0), s.int(1), s.int(2))) }
        var byID: [Int: DocumentNode] = [:]
        for n in try nodes(ids: top3.map(\.0)) { byID[n.id] = n }
        let topCited = top3.compactMap { t in byID[t.0].map { GraphStatistics.TopCited(node: $0, files: t.1, mentions: t.2) } }
        let pages = try count("PRAGMA page_count"), pageSize = try count("PRAGMA page_size")
        return GraphStatistics(
            files: try count("SELECT count(*) FROM source_file"),
            bytes: try count("SELECT coalesce(sum(size_bytes), 0) FROM source_file"),
            chars: try count("SELECT coalesce(sum(chars), 0) FROM source_file"),
            documents: try count("SELECT count(*) FROM legal_document"),
            realDocuments: try count("SELECT count(*) FROM legal_document WHERE is_stub = 0"),
            stubs: try count("SELECT count(*) FROM legal_document WHERE is_stub = 1"),
            partial: try count("SELECT count(*) FROM legal_document WHERE is_partial = 1"),
            mentions: try count("SELECT count(*) FROM mention"),
            unlinkedMentions: try count("SELECT count(*) FROM mention WHERE document_id IS NULL"),
            documentEdges: try count("""
                SELECT count(*) FROM (SELECT DISTINCT citing_document_id, document_id, relation FROM mention
                 WHERE citing_document_id IS NOT NULL AND document_id IS NOT NULL AND citing_document_id <> document_id)
                """),
            bodies: try count("SELECT count(*) FROM issuing_body"),
            errors: try count("SELECT count(*) FROM index_error"),
            byRelation: byRelation, byStatus: byStatus, topCited: topCited,
            databaseBytes: pages * pageSize, schemaVersion: schemaVersion)
    }

    /// Files that failed at their last indexing attempt: (path, message).
    public func indexErrors() throws(GraphError) -> [(path: String, message: String)] {
        var out: [(String, String)] = []
        try db.query("SELECT path, message FROM index_error ORDER BY path") { s in out.append((s.text(0), s.text(1))) }
        return out
    }

    // MARK: - Report

    /// The dependency report of `node`: details, legal bases to `depth`, its references, and
    /// every citation of it as a timeline. `alternatives` are other nodes the REF could mean.
    public func report(for node: DocumentNode, alternatives: [DocumentNode] = [], depth: Int = 3) throws(GraphError) -> DependencyReport {
        let detail = try detail(of: node)
        let bases = try dependencies(of: [node], depth: depth, reverse: false, relations: [.basedOn])
        var references: [Citation] = []
        for s in detail.sources { references += try citations(fromSource: s.id).filter { $0.citedKey != node.key } }
        let citedBy = try citations(of: node)
        return DependencyReport(subject: detail, alternatives: alternatives, bases: bases, references: references,
                                citedBy: citedBy, generatedAt: now())
    }
}
