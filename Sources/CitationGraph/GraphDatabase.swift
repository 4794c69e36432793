import CSQLite
import Foundation
import LegalRefs

/// The citation graph in one SQLite file: open it, write documents into it, query it.
///
/// One instance belongs to one thread. Many processes may open the same file: readers run
/// while an index is being written (WAL), writers wait for each other (busy timeout).
public final class GraphDatabase {
    /// The database file.
    public let path: String
    let db: Connection

    // Writer caches; all of them are dropped when a write is rolled back.
    private var nodes: [ByteKey: CachedNode] = [:]
    private var aliasTargets: Set<Int> = []
    private var bodies: [ByteKey: Int] = [:]
    private var issuerEdges: Set<IssuerEdge> = []
    private var pendingFullText: [FullTextChange] = []
    private var pendingFullTextBytes = 0
    private var clock: (second: Int, text: String) = (-1, "")

    /// A dictionary key compared and hashed as UTF-8 bytes: the texts are NFC already, and
    /// String's own hashing normalizes non-ASCII text on every lookup.
    struct ByteKey: Hashable {
        let text: String
        init(_ text: String) { self.text = text }
        static func == (a: ByteKey, b: ByteKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into h: inout Hasher) {
            var t = text
            t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    struct CachedNode {
        var id: Int
        var isStub: Bool
        var hasKind: Bool
        var hasDate: Bool
    }

    struct IssuerEdge: Hashable {
        var document: Int
        var body: Int
    }

    /// Opens the database at `path`; with `create`, a missing file is created with the schema.
    ///
    /// An older schema is migrated; a newer one, or a file that is not a cancu database, is refused.
    public init(path: String, create: Bool = false) throws(GraphError) {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw GraphError("no database at \(path): run `cancu index PATH…` first (or choose one with --db or CANCU_DB)")
        }
        self.path = path
        db = try Connection(path: path, create: create)
        try Schema.prepare(db)
        _ = try db.scalarText("PRAGMA journal_mode = WAL")
        // Memory-mapped reads: traversals touch many pages, and copying each out of the OS cache costs.
        try db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                     + "PRAGMA cache_size = -65536; PRAGMA mmap_size = 4294967296")
        if try db.scalarText("SELECT value FROM cancu_meta WHERE key = 'fold_version'") != Folding.version {
            try rebuildFullText()
        }
    }

    /// Rebuilds the full-text index from the stored texts with this build's folding.
    public func rebuildFullText() throws(GraphError) {
        try atomically { () throws(GraphError) in
            try db.exec("INSERT INTO document_fts(document_fts) VALUES ('delete-all')")
            var rows: [(Int, String)] = []
            try db.query("SELECT source_id, body FROM source_text") { s in rows.append((s.int(0), s.text(1))) }
            for (id, body) in rows {
                try db.run("INSERT INTO document_fts(rowid, folded) VALUES (?1, ?2)", [.int(id), .text(Folding.foldForIndex(body))])
            }
            try db.run("INSERT INTO cancu_meta(key, value) VALUES ('fold_version', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       [.text(Folding.version)])
        }
    }

    /// Turns memory-mapped reads off (a long indexing run would otherwise map, and keep resident,
    /// every page it touches; the page cache is bounded instead).
    func disableMemoryMap() throws(GraphError) {
        try db.exec("PRAGMA mmap_size = 0")
    }

    /// Sets how many pages the write-ahead log may hold before a commit copies them into the
    /// database file itself (SQLite's automatic checkpoint; 0 turns it off).
    func setAutoCheckpoint(pages: Int) throws(GraphError) {
        _ = try db.scalarInt("PRAGMA wal_autocheckpoint = \(pages)")
    }

    /// The schema version of the open database.
    public var schemaVersion: Int { (try? db.scalarInt("PRAGMA user_version")) ?? 0 }

    /// Runs `PRAGMA integrity_check`; returns `["ok"]` for a sound database.
    public func integrityCheck() throws(GraphError) -> [String] {
        var out: [String] = []
        try db.query("PRAGMA integrity_check") { s in out.append(s.text(0)) }
        return out
    }

    /// The current time as ISO 8601 UTC, formatted once per second.
    func now() -> String {
        var t = time(nil)
        if t == clock.second { return clock.text }
        var tm = tm()
        gmtime_r(&t, &tm)
        let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1,
                          Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
        clock = (t, text)
        return text
    }

    // MARK: - Batches

    /// Starts a write transaction that groups many `ingest` / `removeSource` calls.
    public func beginBatch() throws(GraphError) {
        if !db.inTransaction { try db.exec("BEGIN IMMEDIATE") }
    }

    /// Commits the current batch.
    public func commitBatch() throws(GraphError) {
        if db.inTransaction {
            do throws(GraphError) {
                try flushFullText()
                try db.exec("COMMIT")
            } catch {
                rollbackBatch()
                throw error
            }
        }
    }

    /// Writes the full-text index changes waiting in the current batch once they hold at least
    /// `bytes` of folded text. A long batch then feeds the index in pieces of about that size
    /// (each one segment) instead of all at once at commit. Call it between `ingest` calls; a
    /// failure rolls the whole batch back, like a failed commit.
    public func writePendingFullText(atLeast bytes: Int) throws(GraphError) {
        guard db.inTransaction, pendingFullTextBytes >= bytes, !pendingFullText.isEmpty else { return }
        do throws(GraphError) {
            try flushFullText()
        } catch {
            rollbackBatch()
            throw error
        }
    }

    /// Abandons the current batch.
    public func rollbackBatch() {
        if db.inTransaction { try? db.exec("ROLLBACK") }
        pendingFullText.removeAll()
        pendingFullTextBytes = 0
        dropCaches()
    }

    /// A full-text index change waiting for the end of the transaction.
    struct FullTextChange {
        var delete: Bool
        var rowid: Int
        var folded: String
    }

    /// Writes the full-text changes of the transaction, in order. They wait until the end because
    /// FTS5 flushes its pending terms at every savepoint: written inside the per-document
    /// savepoints, each document would become a segment of its own and the index would spend
    /// its time merging.
    private func flushFullText() throws(GraphError) {
        if pendingFullText.isEmpty { return }
        let ins = try db.statement("INSERT INTO document_fts(rowid, folded) VALUES (?1, ?2)")
        let del = try db.statement("INSERT INTO document_fts(document_fts, rowid, folded) VALUES ('delete', ?1, ?2)")
        for change in pendingFullText {
            let s = change.delete ? del : ins
            s.reset()
            try s.bind(1, change.rowid)
            try s.bind(2, change.folded)
            _ = try s.step()
        }
        ins.reset()
        del.reset()
        pendingFullText.removeAll(keepingCapacity: true)
        pendingFullTextBytes = 0
    }

    private func dropCaches() {
        nodes.removeAll(keepingCapacity: true)
        aliasTargets.removeAll()
        bodies.removeAll(keepingCapacity: true)
        issuerEdges.removeAll(keepingCapacity: true)
    }

    /// Runs `body` atomically: inside the current batch as a savepoint, else in its own transaction.
    func atomically<T>(_ body: () throws(GraphError) -> T) throws(GraphError) -> T {
        let own = !db.inTransaction
        if own { try db.exec("BEGIN IMMEDIATE") }
        try db.exec("SAVEPOINT cancu_write")
        let mark = pendingFullText.count
        do throws(GraphError) {
            let value = try body()
            try db.exec("RELEASE cancu_write")
            if own {
                try flushFullText()
                try db.exec("COMMIT")
            }
            return value
        } catch {
            try? db.exec("ROLLBACK TO cancu_write")
            try? db.exec("RELEASE cancu_write")
            pendingFullText.removeSubrange(min(mark, pendingFullText.count)...)
            pendingFullTextBytes = pendingFullText.reduce(0) { $0 + $1.folded.utf8.count }
            if own {
                try? db.exec("ROLLBACK")
                pendingFullText.removeAll()
            }
            dropCaches()
            throw error
        }
    }

    // MARK: - Ingest

    /// What one `ingest` changed.
    public struct IngestOutcome: Sendable, Hashable {
        /// `source_file.id` of the new row.
        public var sourceID: Int
        /// Whether an older version of the file was replaced.
        public var replaced: Bool
        /// Mentions written.
        public var references: Int
        /// Legal-document nodes created (stubs and the document itself).
        public var newNodes: Int
    }

    /// Writes one document: replaces an earlier version of the same path, links its own number to
    /// its node (turning a stub into the real document and merging partial stubs that can only
    /// mean it), and writes one mention edge per reference, creating stubs for unknown targets.
    @discardableResult
    public func ingest(_ doc: IngestDocument) throws(GraphError) -> IngestOutcome {
        try atomically { () throws(GraphError) -> IngestOutcome in try write(doc) }
    }

    /// The content hash stored for every indexed path.
    public func indexedHashes() throws(GraphError) -> [String: String] {
        var out: [String: String] = [:]
        try db.query("SELECT path, content_hash FROM source_file") { s in out[s.text(0)] = s.text(1) }
        return out
    }

    /// Every indexed path.
    public func indexedPaths() throws(GraphError) -> [String] {
        var out: [String] = []
        try db.query("SELECT path FROM source_file ORDER BY path") { s in out.append(s.text(0)) }
        return out
    }

    /// Removes an indexed file and everything that came from it; false if it was not indexed.
    @discardableResult
    public func removeSource(path: String) throws(GraphError) -> Bool {
        try atomically { () throws(GraphError) -> Bool in
            guard let (id, doc) = try sourceRow(path: path) else { return false }
            var candidates: Set<Int> = []
            try deleteSource(id: id, document: doc, candidates: &candidates)
            try collect(candidates)
            try db.run(Self.sqlDeleteError, [.text(path)])
            return true
        }
    }

    /// Records that `path` could not be indexed (replacing an earlier record).
    public func recordError(path: String, message: String) throws(GraphError) {
        try db.run("INSERT INTO index_error(path, message, failed_at) VALUES (?1, ?2, ?3) "
                   + "ON CONFLICT(path) DO UPDATE SET message = excluded.message, failed_at = excluded.failed_at",
                   [.text(path), .text(message), .text(now())])
    }

    /// Deletes stub nodes that nothing cites any more (left over by an interrupted run).
    @discardableResult
    public func collectGarbage() throws(GraphError) -> Int {
        try atomically { () throws(GraphError) -> Int in
            try db.run("""
                DELETE FROM legal_document
                 WHERE is_stub = 1
                   AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.document_id = legal_document.id)
                   AND NOT EXISTS (SELECT 1 FROM source_file s WHERE s.document_id = legal_document.id)
                """)
            let n = db.changes
            if n > 0 { dropCaches() }
            return n
        }
    }

    static let sqlDeleteError = "DELETE FROM index_error WHERE path = ?1"

    private func sourceRow(path: String) throws(GraphError) -> (Int, Int?)? {
        var row: (Int, Int?)?
        try db.query("SELECT id, document_id FROM source_file WHERE path = ?1", [.text(path)]) { s in
            row = (s.int(0), s.intOrNil(1))
        }
        return row
    }

    private func deleteSource(id: Int, document: Int?, candidates: inout Set<Int>) throws(GraphError) {
        // A contentless full-text index forgets a row only when told its exact folded text.
        if let body = try db.scalarText("SELECT body FROM source_text WHERE source_id = ?1", [.int(id)]) {
            let folded = Folding.foldForIndex(body)
            pendingFullText.append(FullTextChange(delete: true, rowid: id, folded: folded))
            pendingFullTextBytes += folded.utf8.count
        }
        try db.query("SELECT DISTINCT document_id FROM mention WHERE source_id = ?1 AND document_id IS NOT NULL",
                     [.int(id)]) { s in candidates.insert(s.int(0)) }
        try db.run("DELETE FROM source_file WHERE id = ?1", [.int(id)])
        if let document { candidates.insert(document) }
    }

    /// Drops nodes in `candidates` that nothing refers to; a real node without files becomes a stub.
    private func collect(_ candidates: Set<Int>) throws(GraphError) {
        for id in candidates {
            if try db.scalarInt("SELECT 1 FROM source_file WHERE document_id = ?1 LIMIT 1", [.int(id)]) != nil { continue }
            if try db.scalarInt("SELECT 1 FROM mention WHERE document_id = ?1 LIMIT 1", [.int(id)]) != nil {
                try db.run("UPDATE legal_document SET is_stub = 1 WHERE id = ?1 AND is_stub = 0", [.int(id)])
                if db.changes > 0 { dropCaches() }
                continue
            }
            if let key = try db.scalarText("DELETE FROM legal_document WHERE id = ?1 RETURNING key", [.int(id)]) {
                nodes[ByteKey(key)] = nil
                if aliasTargets.contains(id) { dropCaches() }
            }
        }
    }

    private static let sqlInsertSource = """
        INSERT INTO source_file(path, content_hash, size_bytes, modified_at, format, encoding, chars, title,
                                date, document_id, reference_count, indexed_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
        """

    private static let sqlInsertMention = """
        INSERT INTO mention(source_id, citing_document_id, document_id, seq, start_char, end_char, start_byte,
                            end_byte, surface, sentence, symbol, kind, number, year, date, issuer, issuer_code,
                            locality, relation, pinpoint, status, effective_date)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)
        """

    private func write(_ doc: IngestDocument) throws(GraphError) -> IngestOutcome {
        var candidates: Set<Int> = []
        var replaced = false
        if let (oldID, oldDoc) = try sourceRow(path: doc.path) {
            try deleteSource(id: oldID, document: oldDoc, candidates: &candidates)
            replaced = true
        }
        var newNodes = 0
        let header = doc.extraction.document
        var selfID: Int?
        if let identity = doc.identity {
            let (id, created) = try upsertReal(identity, header: header)
            selfID = id
            if created { newNodes += 1 }
        }
        let stamp = now()
        let ins = try db.statement(Self.sqlInsertSource)
        try ins.bind(1, doc.path)
        try ins.bind(2, doc.contentHash)
        try ins.bind(3, doc.size)
        try ins.bind(4, doc.modifiedAt)
        try ins.bind(5, doc.format)
        try ins.bind(6, doc.encoding)
        try ins.bind(7, doc.extraction.chars)
        try ins.bind(8, header.title)
        try ins.bind(9, header.date)
        try ins.bind(10, selfID)
        try ins.bind(11, doc.extraction.references.count)
        try ins.bind(12, stamp)
        _ = try ins.step()
        let sourceID = db.lastInsertRowID
        ins.reset()
        let body = try db.statement("INSERT INTO source_text(source_id, body) VALUES (?1, ?2)")
        try body.bind(1, sourceID)
        try body.bindText(2, utf8: doc.utf8)
        _ = try body.step()
        body.reset()
        pendingFullText.append(FullTextChange(delete: false, rowid: sourceID, folded: doc.foldedText))
        pendingFullTextBytes += doc.foldedText.utf8.count

        let m = try db.statement(Self.sqlInsertMention)
        for (seq, r) in doc.extraction.references.enumerated() {
            var target: Int?
            if let identity = doc.targets[seq] {
                let (id, created) = try resolveTarget(identity, reference: r, stamp: stamp)
                target = id
                if created { newNodes += 1 }
            }
            m.reset()
            try m.bind(1, sourceID)
            try m.bind(2, selfID)
            try m.bind(3, target)
            try m.bind(4, seq)
            try m.bind(5, r.start)
            try m.bind(6, r.end)
            try m.bind(7, r.byteStart)
            try m.bind(8, r.byteEnd)
            try m.bind(9, r.text)
            try m.bind(10, doc.sentences[seq])
            try m.bind(11, r.id)
            try m.bind(12, r.kind)
            try m.bind(13, r.number)
            try m.bind(14, r.year)
            try m.bind(15, r.date)
            try m.bind(16, r.issuer)
            try m.bind(17, r.issuerCode)
            try m.bind(18, r.locality)
            try m.bind(19, r.relation.rawValue)
            try m.bind(20, r.pinpoint)
            try m.bind(21, r.status.rawValue)
            try m.bind(22, r.effectiveDate)
            _ = try m.step()
        }
        m.reset()
        try db.run(Self.sqlDeleteError, [.text(doc.path)])
        if !candidates.isEmpty { try collect(candidates) }
        return IngestOutcome(sourceID: sourceID, replaced: replaced, references: doc.extraction.references.count,
                             newNodes: newNodes)
    }

    // MARK: - Nodes

    private static let sqlNodeByKey =
        "SELECT id, is_stub, kind IS NOT NULL, issue_date IS NOT NULL FROM legal_document WHERE key = ?1"

    private static let sqlInsertNode = """
        INSERT INTO legal_document(key, symbol, symbol_folded, kind, number, year, term, locality, issue_date,
                                   title, issuer_code, is_stub, is_partial, created_at, issuer_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
        """

    private func lookup(key: String) throws(GraphError) -> CachedNode? {
        if let c = nodes[ByteKey(key)] { return c }
        let s = try db.statement(Self.sqlNodeByKey)
        defer { s.reset() }
        try s.bind(1, key)
        guard try s.step() else { return nil }
        let c = CachedNode(id: s.int(0), isStub: s.int(1) != 0, hasKind: s.int(2) != 0, hasDate: s.int(3) != 0)
        nodes[ByteKey(key)] = c
        return c
    }

    private func insertNode(_ identity: DocumentIdentity, kind: String?, date: String?, title: String?,
                            issuerCode: String?, issuer: Int?, stub: Bool) throws(GraphError) -> Int {
        let s = try db.statement(Self.sqlInsertNode)
        defer { s.reset() }
        try s.bind(1, identity.key)
        try s.bind(2, identity.symbol)
        try s.bind(3, identity.symbolKey)
        try s.bind(4, kind)
        try s.bind(5, Self.number(of: identity.symbol))
        try s.bind(6, identity.year)
        try s.bind(7, identity.term)
        try s.bind(8, identity.locality)
        try s.bind(9, date)
        try s.bind(10, title)
        try s.bind(11, issuerCode)
        try s.bind(12, stub ? 1 : 0)
        try s.bind(13, identity.isPartial ? 1 : 0)
        try s.bind(14, now())
        try s.bind(15, issuer)
        _ = try s.step()
        let id = db.lastInsertRowID
        nodes[ByteKey(identity.key)] = CachedNode(id: id, isStub: stub, hasKind: kind != nil, hasDate: date != nil)
        return id
    }

    /// The running number of a symbol without leading zeros: `01/2021/TT-BGDĐT` → `1`.
    static func number(of symbol: String) -> String? {
        let digits = symbol.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !digits.isEmpty else { return nil }
        var s = Substring(digits)
        while s.count > 1, s.first == "0", s.dropFirst().first?.isNumber == true { s.removeFirst() }
        return String(s)
    }

    /// The node a reference points to, created as a stub when unknown: (id, created).
    private func resolveTarget(_ identity: DocumentIdentity, reference r: Reference, stamp: String) throws(GraphError) -> (Int, Bool) {
        var created = false
        var node: CachedNode
        var body: Int?
        if let issuer = r.issuer, !issuer.isEmpty {
            body = try bodyID(name: issuer, code: r.issuerCode, locality: r.locality)
        }
        if let c = try lookup(key: identity.key) {
            node = c
        } else if identity.isPartial, let real = try uniqueCompatibleReal(identity) {
            node = CachedNode(id: real, isStub: false, hasKind: true, hasDate: true)
            nodes[ByteKey(identity.key)] = node
            aliasTargets.insert(real)
        } else {
            let id = try insertNode(identity, kind: r.kind, date: r.date, title: nil, issuerCode: r.issuerCode,
                                    issuer: body, stub: true)
            node = nodes[ByteKey(identity.key)]!
            created = true
            if let e = r.effectiveDate {
                try db.run("UPDATE legal_document SET effective_date = ?2 WHERE id = ?1", [.int(id), .text(e)])
            }
        }
        if !created, let e = r.effectiveDate {
            try db.run("UPDATE legal_document SET effective_date = coalesce(effective_date, ?2) WHERE id = ?1",
                       [.int(node.id), .text(e)])
        }
        if node.isStub, !created, (r.kind != nil && !node.hasKind) || (r.date != nil && !node.hasDate) {
            try db.run("UPDATE legal_document SET kind = coalesce(kind, ?2), issue_date = coalesce(issue_date, ?3) WHERE id = ?1",
                       [.int(node.id), .optional(r.kind), .optional(r.date)])
            node.hasKind = node.hasKind || r.kind != nil
            node.hasDate = node.hasDate || r.date != nil
            nodes[ByteKey(identity.key)] = node
        }
        if let body {
            let edge = IssuerEdge(document: node.id, body: body)
            if !issuerEdges.contains(edge) {
                try db.run("INSERT OR IGNORE INTO issued_by(document_id, body_id, from_header) VALUES (?1, ?2, 0)",
                           [.int(node.id), .int(body)])
                if !created {
                    try db.run("UPDATE legal_document SET issuer_id = ?2 WHERE id = ?1 AND issuer_id IS NULL",
                               [.int(node.id), .int(body)])
                }
                issuerEdges.insert(edge)
            }
        }
        return (node.id, created)
    }

    /// The identities of the nodes with `symbol`, optionally only real (non-stub) ones.
    private func nodesWithSymbol(_ symbol: String, realOnly: Bool, partialStubsOnly: Bool = false) throws(GraphError) -> [(Int, DocumentIdentity)] {
        var sql = "SELECT id, key, locality, year, term, is_partial FROM legal_document WHERE symbol_folded = ?2 AND symbol = ?1"
        if realOnly { sql += " AND is_stub = 0" }
        if partialStubsOnly { sql += " AND is_stub = 1 AND is_partial = 1" }
        var out: [(Int, DocumentIdentity)] = []
        try db.query(sql, [.text(symbol), .text(Folding.symbolKey(symbol))]) { s in
            out.append((s.int(0), DocumentIdentity(key: s.text(1), symbol: symbol, locality: s.textOrNil(2),
                                                   year: s.intOrNil(3), term: s.textOrNil(4), isPartial: s.int(5) != 0)))
        }
        return out
    }

    private func uniqueCompatibleReal(_ identity: DocumentIdentity) throws(GraphError) -> Int? {
        let fits = try nodesWithSymbol( identity.symbol, realOnly: true).filter { identity.isCompatible(with: $0.1) }
        return fits.count == 1 ? fits[0].0 : nil
    }

    /// The node of an indexed official document, made real: (id, created).
    private func upsertReal(_ identity: DocumentIdentity, header h: DocumentHeader) throws(GraphError) -> (Int, Bool) {
        var created = false
        let id: Int
        var body: Int?
        if let issuer = h.issuer, !issuer.isEmpty {
            body = try bodyID(name: issuer, code: h.issuerCode, locality: h.locality)
        }
        if let c = try lookup(key: identity.key) {
            id = c.id
            try db.run("""
                UPDATE legal_document
                   SET is_stub = 0, is_partial = ?2, kind = coalesce(?3, kind), year = coalesce(?4, year),
                       term = coalesce(?5, term), issue_date = coalesce(?6, issue_date), title = coalesce(?7, title),
                       issuer_code = coalesce(?8, issuer_code), issuer_id = coalesce(?9, issuer_id)
                 WHERE id = ?1
                """, [.int(id), .int(identity.isPartial ? 1 : 0), .optional(h.kind), .optional(identity.year),
                      .optional(identity.term), .optional(h.date), .optional(h.title), .optional(h.issuerCode),
                      .optional(body)])
            nodes[ByteKey(identity.key)] = CachedNode(id: id, isStub: false, hasKind: true, hasDate: true)
        } else {
            id = try insertNode(identity, kind: h.kind, date: h.date, title: h.title, issuerCode: h.issuerCode,
                                issuer: body, stub: false)
            created = true
        }
        if let body {
            try db.run("""
                INSERT INTO issued_by(document_id, body_id, from_header) VALUES (?1, ?2, 1)
                ON CONFLICT(document_id, body_id) DO UPDATE SET from_header = 1
                """, [.int(id), .int(body)])
            issuerEdges.insert(IssuerEdge(document: id, body: body))
        }
        // Partial stubs (locality, year or term unknown) that can only mean this document join it.
        let real = (id, identity)
        for (stubID, stub) in try nodesWithSymbol( identity.symbol, realOnly: false, partialStubsOnly: true)
        where stubID != id && stub.isCompatible(with: identity) {
            let fits = try nodesWithSymbol( identity.symbol, realOnly: true).filter { stub.isCompatible(with: $0.1) }
            guard fits.count == 1, fits[0].0 == real.0 else { continue }
            try merge(stub: stubID, stubKey: stub.key, into: id)
        }
        return (id, created)
    }

    /// Moves every edge of a stub to `target` and deletes the stub.
    private func merge(stub: Int, stubKey: String, into target: Int) throws(GraphError) {
        try db.run("UPDATE mention SET document_id = ?2 WHERE document_id = ?1", [.int(stub), .int(target)])
        try db.run("INSERT OR IGNORE INTO issued_by(document_id, body_id, from_header) SELECT ?2, body_id, 0 FROM issued_by WHERE document_id = ?1",
                   [.int(stub), .int(target)])
        try db.run("""
            UPDATE legal_document
               SET kind = coalesce(kind, (SELECT kind FROM legal_document WHERE id = ?1)),
                   issue_date = coalesce(issue_date, (SELECT issue_date FROM legal_document WHERE id = ?1)),
                   effective_date = coalesce(effective_date, (SELECT effective_date FROM legal_document WHERE id = ?1)),
                   issuer_id = coalesce(issuer_id, (SELECT issuer_id FROM legal_document WHERE id = ?1))
             WHERE id = ?2
            """, [.int(stub), .int(target)])
        try db.run("DELETE FROM legal_document WHERE id = ?1", [.int(stub)])
        issuerEdges = issuerEdges.filter { $0.document != stub }
        nodes[ByteKey(stubKey)] = CachedNode(id: target, isStub: false, hasKind: true, hasDate: true)
        aliasTargets.insert(target)
    }

    /// The id of the issuing body called `name`, created when new.
    private func bodyID(name raw: String, code: String?, locality: String?) throws(GraphError) -> Int {
        if let id = bodies[ByteKey(raw)] { return id }
        let name = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let id = bodies[ByteKey(name)] { bodies[ByteKey(raw)] = id; return id }
        if let id = try db.scalarInt("SELECT id FROM issuing_body WHERE name = ?1", [.text(name)]) {
            bodies[ByteKey(name)] = id
            bodies[ByteKey(raw)] = id
            return id
        }
        let loc = locality.flatMap(DocumentIdentity.canonicalLocality)
        try db.run("INSERT INTO issuing_body(name, code, level, locality) VALUES (?1, ?2, ?3, ?4)",
                   [.text(name), .optional(code), .text(Self.level(of: loc)), .optional(loc)])
        let id = db.lastInsertRowID
        bodies[ByteKey(name)] = id
        bodies[ByteKey(raw)] = id
        return id
    }

    /// `central` without locality, else the level its name starts with.
    static func level(of locality: String?) -> String {
        guard let l = locality?.lowercased() else { return "central" }
        if l.hasPrefix("tỉnh") || l.hasPrefix("thành phố") { return "province" }
        if l.hasPrefix("huyện") || l.hasPrefix("quận") || l.hasPrefix("thị xã") { return "district" }
        if l.hasPrefix("xã") || l.hasPrefix("phường") || l.hasPrefix("thị trấn") { return "commune" }
        return "local"
    }
}
