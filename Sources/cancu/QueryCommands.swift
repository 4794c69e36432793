import ArgumentParser
import CitationGraph
import Foundation
import LegalRefs
import Reports

/// Prints a listing in the chosen format.
private func emit(_ format: ListingFormat, text: () -> String, json: () -> String, csv: () -> String) {
    let out = Output()
    switch format {
    case .text: out.write(text())
    case .json: out.line(json())
    case .csv: out.write(csv())
    }
    out.flush()
}

/// Resolves REF (all words joined) or exits 1 with a message.
private func resolveOrExit(_ db: GraphDatabase, _ words: [String]) throws -> [DocumentNode] {
    let ref = words.joined(separator: " ")
    let nodes = try graph { () throws(GraphError) in try db.resolve(ref) }
    if nodes.isEmpty { throw nothing("no document in \(db.path) matches “\(ref)”") }
    return nodes
}

struct CitedByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cited-by",
        abstract: "List the indexed documents that cite REF.",
        discussion: """
            REF is written any way a person writes it: "Nghị quyết 51/2017/QH14", 51/2017/QH14,
            "nghi quyet 51/2017/qh14", "Nghị định 127/NĐ-CP ngày 21/9/2018", or a key from `cancu show`.
            Exit status: 0 found, 1 nothing found, 2 error.
            """)

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text
    @Option(name: .long, help: "Only these relations (comma-separated): based_on, amends, …")
    var relation: [String] = []
    @Argument(help: "The document cited.")
    var ref: [String]

    func run() throws {
        let relations = try parseRelations(relation)
        let db = try database.open()
        let nodes = try resolveOrExit(db, ref)
        var results: [CitedByResult] = []
        for n in nodes {
            let c = try graph { () throws(GraphError) in try db.citations(of: n, relations: relations) }
            if !c.isEmpty { results.append(CitedByResult(document: n, citedBy: c)) }
        }
        if results.isEmpty {
            throw nothing("no indexed file cites " + nodes.map(\.key).joined(separator: ", "))
        }
        emit(format, text: { GraphListing.citedByText(results, display: displayPath) },
             json: { GraphListing.json(results) }, csv: { GraphListing.citedByCSV(results) })
    }
}

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "List what an indexed file, or the document REF, cites.",
        discussion: """
            DOC-OR-REF is an indexed file (its path, or the end of it: so-gddt-son-la-2019.txt) or a
            document reference as for cited-by. Exit status: 0 found, 1 nothing found, 2 error.
            """)

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text
    @Option(name: .long, help: "Only these relations (comma-separated).")
    var relation: [String] = []
    @Argument(help: "An indexed file or a document reference.")
    var docOrRef: [String]

    func run() throws {
        let relations = try parseRelations(relation)
        let db = try database.open()
        let arg = docOrRef.joined(separator: " ")
        var sources: [SourceInfo] = []
        if FileManager.default.fileExists(atPath: arg) {
            sources = try graph { () throws(GraphError) in try db.sources(matchingPath: Indexer.absolutePath(arg)) }
        }
        if sources.isEmpty {
            sources = try graph { () throws(GraphError) in try db.sources(matchingPath: arg) }
        }
        if sources.isEmpty {
            let nodes = try resolveOrExit(db, docOrRef)
            for n in nodes { sources += try graph { () throws(GraphError) in try db.sources(of: n) } }
            if sources.isEmpty {
                throw nothing(nodes.map(\.key).joined(separator: ", ") + " is not indexed (only known from references)")
            }
        }
        var results: [CitesResult] = []
        for s in sources {
            var refs = try graph { () throws(GraphError) in try db.citations(fromSource: s.id) }
            if let relations { refs = refs.filter { relations.contains($0.relation) } }
            if !refs.isEmpty { results.append(CitesResult(source: s, references: refs)) }
        }
        if results.isEmpty { throw nothing("no references found in " + sources.map { displayPath($0.path) }.joined(separator: ", ")) }
        emit(format, text: { GraphListing.citesText(results, display: displayPath) },
             json: { GraphListing.json(results) }, csv: { GraphListing.citesCSV(results) })
    }
}

struct DepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deps",
        abstract: "Show what REF rests on, transitively (or with --reverse, what rests on REF).",
        discussion: "Cycles are followed once. Exit status: 0 found, 1 nothing found, 2 error.")

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text
    @Option(name: .long, help: "Follow at most this many steps.")
    var depth: Int?
    @Flag(name: .long, help: "Impact: the documents that rest on REF.")
    var reverse = false
    @Option(name: .long, help: "Only edges of these relations (comma-separated): based_on, amends, …")
    var relation: [String] = []
    @Argument(help: "The starting document.")
    var ref: [String]

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
        let relations = try parseRelations(relation)
        let db = try database.open()
        let nodes = try resolveOrExit(db, ref)
        let g = try graph { () throws(GraphError) in try db.dependencies(of: nodes, depth: depth, reverse: reverse, relations: relations) }
        emit(format, text: { GraphListing.depsText(g) }, json: { GraphListing.json(g) }, csv: { GraphListing.depsCSV(g) })
        if g.reachedCount == 0 { throw ExitCode(1) }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about the document REF.",
        discussion: "Exit status: 0 found, 1 nothing found, 2 error.")

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text
    @Argument(help: "The document.")
    var ref: [String]

    func run() throws {
        let db = try database.open()
        let nodes = try resolveOrExit(db, ref)
        var details: [DocumentDetail] = []
        for n in nodes { details.append(try graph { () throws(GraphError) in try db.detail(of: n) }) }
        emit(format, text: { GraphListing.showText(details, display: displayPath) },
             json: { GraphListing.json(details) }, csv: { GraphListing.showCSV(details) })
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the indexed documents (diacritics and case ignored).",
        discussion: """
            Every word must occur; a quoted argument of several words is a phrase; word* is a prefix.
            `cancu search "nghi dinh" 127` finds “Nghị định … 127”. Exit status: 0 found, 1 nothing found, 2 error.
            """)

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text
    @Option(name: .long, help: "At most this many results.")
    var limit = 20
    @Argument(help: "Words or quoted phrases.")
    var words: [String]

    func run() throws {
        let db = try database.open()
        guard GraphDatabase.ftsQuery(words) != nil else { throw fail("nothing to search for in “\(words.joined(separator: " "))”") }
        let hits = try graph { () throws(GraphError) in try db.search(words, limit: max(1, limit)) }
        if hits.isEmpty { throw nothing("no indexed document contains “\(words.joined(separator: " "))”") }
        emit(format, text: { GraphListing.searchText(hits, display: displayPath) },
             json: { GraphListing.json(hits) }, csv: { GraphListing.searchCSV(hits) })
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the files, documents, mentions and bodies in the graph.",
        discussion: "Exit status: 0 the graph holds files, 1 it is empty, 2 error.")

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: ListingFormat = .text

    func run() throws {
        let db = try database.open()
        let s = try graph { () throws(GraphError) in try db.statistics() }
        emit(format, text: { GraphListing.statsText(s, database: database.path) },
             json: { GraphListing.json(s) }, csv: { GraphListing.statsCSV(s) })
        if s.files == 0 { throw ExitCode(1) }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print schema.sql, the database schema this cancu writes (version \(Schema.version)).")

    func run() throws {
        let out = Output()
        out.write(Schema.text)
        out.flush()
    }
}
