import ArgumentParser
import CitationGraph
import Foundation
import LegalRefs
import Reports

extension ListingFormat: ExpressibleByArgument {}

/// `--db`, shared by every graph command.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph database (default: $CANCU_DB, else cancu.sqlite here).", valueName: "path"))
    var db: String?

    /// The database path: --db, else CANCU_DB, else cancu.sqlite in the working directory.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["CANCU_DB"], !env.isEmpty { return env }
        return "cancu.sqlite"
    }

    /// Opens the existing database or exits with status 2 and a message.
    func open() throws -> GraphDatabase {
        do { return try GraphDatabase(path: path) } catch { throw fail(error.message) }
    }
}

/// Prints `cancu: message` to standard error and returns the exit code for an error (2).
func fail(_ message: String) -> ExitCode {
    Output.error("cancu: " + message)
    return ExitCode(2)
}

/// Prints `cancu: message` to standard error and returns the exit code for "nothing found" (1).
func nothing(_ message: String) -> ExitCode {
    Output.error("cancu: " + message)
    return ExitCode(1)
}

/// Runs a library call, turning a GraphError into exit status 2.
func graph<T>(_ body: () throws(GraphError) -> T) throws -> T {
    do { return try body() } catch { throw fail(error.message) }
}

/// A stored absolute path as the user should see it: relative when under the working directory.
func displayPath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
}

/// Parses `based_on,amends` (also repeated options) into relations, or fails with the valid names.
func parseRelations(_ values: [String]) throws -> Set<Relation>? {
    if values.isEmpty { return nil }
    var out: Set<Relation> = []
    for v in values.flatMap({ $0.split(separator: ",") }) {
        let name = v.trimmingCharacters(in: .whitespaces)
        guard let r = Relation(rawValue: name) else {
            throw ValidationError("unknown relation \(name); one of: " + Relation.allCases.map(\.rawValue).joined(separator: ", "))
        }
        out.insert(r)
    }
    return out
}

