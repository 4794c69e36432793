import LegalRefs

/// A legal document node as queries return it: `51/2017/QH14`, a Nghị quyết of the Quốc hội.
public struct DocumentNode: Sendable, Hashable, Codable {
    /// Row id in `legal_document`.
    public var id: Int
    /// Canonical key: `1744/QĐ-UBND@tỉnh Sơn La#2019`.
    public var key: String
    /// Canonical symbol: `1744/QĐ-UBND`.
    public var symbol: String
    /// Document type: `Quyết định`.
    public var kind: String?
    /// Year of issue.
    public var year: Int?
    /// Party term (khóa): `XI`.
    public var term: String?
    /// Locality of a local issuer: `tỉnh Sơn La`.
    public var locality: String?
    /// Issue date (ISO).
    public var issueDate: String?
    /// Title (trích yếu).
    public var title: String?
    /// Main issuing body: `Ủy ban nhân dân tỉnh Sơn La`.
    public var issuer: String?
    /// True while no indexed file is this document.
    public var isStub: Bool
    /// True when the key lacks a part (locality, year or term).
    public var isPartial: Bool
    /// The date it takes effect (ISO), when a citing text says so.
    public var effectiveDate: String?

    /// Creates a node value.
    public init(id: Int, key: String, symbol: String, kind: String? = nil, year: Int? = nil, term: String? = nil,
                locality: String? = nil, issueDate: String? = nil, title: String? = nil, issuer: String? = nil,
                isStub: Bool = true, isPartial: Bool = false, effectiveDate: String? = nil) {
        self.id = id; self.key = key; self.symbol = symbol; self.kind = kind; self.year = year; self.term = term
        self.locality = locality; self.issueDate = issueDate; self.title = title; self.issuer = issuer
        self.isStub = isStub; self.isPartial = isPartial; self.effectiveDate = effectiveDate
    }

    /// `Nghị quyết 51/2017/QH14`: the type word and the symbol.
    public var label: String { kind.map { "\($0) \(symbol)" } ?? symbol }

    /// The issue date, else the year, as text; nil if neither is known.
    public var when: String? { issueDate ?? year.map(String.init) }
}

/// An indexed file, as it appears in query results.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// Row id in `source_file`.
    public var id: Int
    /// Absolute path.
    public var path: String
    /// Title (trích yếu or page title).
    public var title: String?
    /// The document's own date (ISO).
    public var date: String?
    /// Container format.
    public var format: String
    /// Key of the legal document the file is, if it is an official document.
    public var documentKey: String?
    /// Type of that legal document: `Quyết định`.
    public var documentKind: String?
    /// Number of references found in the file.
    public var references: Int

    /// Creates a source value.
    public init(id: Int, path: String, title: String? = nil, date: String? = nil, format: String = "txt",
                documentKey: String? = nil, documentKind: String? = nil, references: Int = 0) {
        self.id = id; self.path = path; self.title = title; self.date = date; self.format = format
        self.documentKey = documentKey; self.documentKind = documentKind; self.references = references
    }
}

/// One mention edge with its evidence: who cites what, how, and in which sentence.
public struct Citation: Sendable, Hashable, Codable {
    /// Row id in `mention`.
    public var mentionID: Int
    /// The citing file.
    public var source: SourceInfo
    /// Key of the cited node, or nil for a reference without number.
    public var citedKey: String?
    /// The cited symbol (the node's, else what the reference says).
    public var citedSymbol: String?
    /// The cited type: `Nghị quyết`.
    public var citedKind: String?
    /// The cited document's title, when known.
    public var citedTitle: String?
    /// The cited document's issue date or year, when known.
    public var citedDate: String?
    /// Whether the cited node is only known from references.
    public var citedIsStub: Bool
    /// How the citing text uses it.
    public var relation: Relation
    /// The part cited: `khoản 2 Điều 5`.
    public var pinpoint: String?
    /// How completely the reference was resolved.
    public var status: ResolutionStatus
    /// The reference as written.
    public var surface: String
    /// The sentence around it.
    public var sentence: String
    /// Offsets (Unicode scalars) into the citing file's normalized text.
    public var startChar: Int
    /// End offset (exclusive).
    public var endChar: Int

    /// The citing file's date, else its document's; used to order timelines.
    public var citingDate: String? { source.date }
}

/// An issuing body linked to a document.
public struct IssuerInfo: Sendable, Hashable, Codable {
    /// Full name: `Thủ tướng Chính phủ`.
    public var name: String
    /// Symbol code: `TTg`.
    public var code: String?
    /// central, province, district, commune or local.
    public var level: String
    /// Locality of a local body.
    public var locality: String?
    /// Whether the document's own header names it.
    public var fromHeader: Bool
}

/// How many mentions of one relation point into or out of a document.
public struct RelationCount: Sendable, Hashable, Codable {
    /// The relation.
    public var relation: Relation
    /// Mentions.
    public var mentions: Int
    /// Distinct files (citing side) or documents (cited side).
    public var documents: Int
}

/// Everything known about one document node (`cancu show`).
public struct DocumentDetail: Sendable, Hashable, Codable {
    /// The node.
    public var node: DocumentNode
    /// Every issuing body linked to it.
    public var issuers: [IssuerInfo]
    /// Indexed files that are this document.
    public var sources: [SourceInfo]
    /// Incoming mentions per relation.
    public var citedBy: [RelationCount]
    /// Outgoing mentions per relation (from its files).
    public var cites: [RelationCount]
}

/// A document reached by a dependency traversal.
public struct DependencyEntry: Sendable, Hashable, Codable {
    /// The document.
    public var node: DocumentNode
    /// Steps from the start (the start itself is 0).
    public var depth: Int
    /// The node it was first reached from (nil for a start node).
    public var parent: Int?
    /// Relations of the edges from `parent` to it.
    public var relations: [Relation]
}

/// One document-to-document edge, always from the citing to the cited document.
public struct DependencyEdge: Sendable, Hashable, Codable {
    /// Citing node id.
    public var from: Int
    /// Cited node id.
    public var to: Int
    /// How the citing document uses the cited one.
    public var relation: Relation
}

/// The result of `cancu deps`: every reachable document once, at its shortest distance.
public struct DependencyGraph: Sendable, Hashable, Codable {
    /// Whether the traversal followed edges backwards (impact: what rests on the start).
    public var reverse: Bool
    /// Reached documents in breadth-first order; start nodes first with depth 0.
    public var entries: [DependencyEntry]
    /// Edges between reached documents that the traversal followed.
    public var edges: [DependencyEdge]
    /// True when `--depth` stopped the traversal before it ran out of edges.
    public var truncated: Bool

    /// Number of reached documents, start nodes excluded.
    public var reachedCount: Int { entries.reduce(0) { $0 + ($1.depth > 0 ? 1 : 0) } }
}

/// One full-text search result.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The matching file.
    public var source: SourceInfo
    /// A piece of its text around the first match, on one line.
    public var snippet: String
    /// BM25 score (lower is better, as SQLite reports it).
    public var score: Double
}

/// Counts for `cancu stats`.
public struct GraphStatistics: Sendable, Hashable, Codable {
    /// Indexed files.
    public var files: Int
    /// Their total size in bytes.
    public var bytes: Int
    /// Their total normalized length in Unicode scalars.
    public var chars: Int
    /// Legal-document nodes.
    public var documents: Int
    /// Nodes that an indexed file is.
    public var realDocuments: Int
    /// Nodes only known from references.
    public var stubs: Int
    /// Nodes whose key lacks a part.
    public var partial: Int
    /// Mention edges.
    public var mentions: Int
    /// Mentions without a target node (references without number).
    public var unlinkedMentions: Int
    /// Document-to-document edges (distinct citing, cited, relation).
    public var documentEdges: Int
    /// Issuing bodies.
    public var bodies: Int
    /// Files that failed at their last attempt.
    public var errors: Int
    /// Mentions per relation, most frequent first.
    public var byRelation: [String: Int]
    /// Mentions per resolution status.
    public var byStatus: [String: Int]
    /// The most cited documents: node, citing files, mentions.
    public var topCited: [TopCited]
    /// Size of the database file in bytes.
    public var databaseBytes: Int
    /// Schema version.
    public var schemaVersion: Int

    /// A document and how often it is cited.
    public struct TopCited: Sendable, Hashable, Codable {
        /// The document.
        public var node: DocumentNode
        /// Distinct citing files.
        public var files: Int
        /// Mentions.
        public var mentions: Int
    }
}

/// The regulatory dependency report of one document (`cancu report`).
public struct DependencyReport: Sendable, Hashable, Codable {
    /// The document, its issuers and files.
    public var subject: DocumentDetail
    /// Other documents the same REF could mean.
    public var alternatives: [DocumentNode]
    /// Its legal bases (`based_on`) and what they rest on, transitively.
    public var bases: DependencyGraph
    /// Every reference its own files make (all relations).
    public var references: [Citation]
    /// Every mention of it in other files, oldest first: the timeline.
    public var citedBy: [Citation]
    /// When the report was made (ISO 8601 UTC).
    public var generatedAt: String
}
