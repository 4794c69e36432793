import ArgumentParser
import CitationGraph
import Foundation
import Reports
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index files and folders into the citation graph database.",
        discussion: """
            Folders are walked recursively; every format `cancu extract` reads is accepted. Files whose
            content is unchanged are skipped, changed files are replaced, --prune removes files that are
            gone. Exit status: 0 all files indexed, 1 some files failed, 2 error.
            """)

    @OptionGroup var database: DatabaseOption

    @Flag(name: .long, help: "Remove indexed files that no longer exist.")
    var prune = false

    @Flag(name: .long, help: "Re-extract files even when their content is unchanged.")
    var force = false

    @Option(name: .long, help: "Threads that read and extract (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "No progress bar.")
    var quiet = false

    @Option(name: .long, help: "Summary format: text, json or csv.")
    var format: ListingFormat = .text

    @Argument(help: "Files or folders to index.")
    var paths: [String]

    func run() throws {
        var options = IndexOptions(paths: paths, prune: prune, force: force)
        if let jobs { options.workers = max(1, jobs) }
        let bar = ProgressBar(enabled: !quiet && isatty(2) == 1)
        let summary: IndexSummary
        do {
            summary = try Indexer.run(databasePath: database.path, options: options) { bar.update($0) }
        } catch {
            bar.finish()
            throw fail(error.message)
        }
        bar.finish()
        let out = Output()
        switch format {
        case .json:
            struct Failure: Encodable { var path: String; var message: String }
            struct Summary: Encodable {
                var database: String; var files: Int; var indexed: Int; var replaced: Int; var unchanged: Int
                var removed: Int; var references: Int; var newNodes: Int; var bytes: Int; var seconds: Double
                var errors: [Failure]
            }
            out.line(GraphListing.json(Summary(
                database: database.path, files: summary.files, indexed: summary.indexed, replaced: summary.replaced,
                unchanged: summary.unchanged, removed: summary.removed, references: summary.references,
                newNodes: summary.newNodes, bytes: summary.bytes, seconds: summary.seconds,
                errors: summary.failures.map { Failure(path: $0.path, message: $0.message) })))
        case .csv:
            out.line("metric,value")
            for (k, v) in [("files", summary.files), ("indexed", summary.indexed), ("replaced", summary.replaced),
                           ("unchanged", summary.unchanged), ("removed", summary.removed),
                           ("errors", summary.failures.count), ("references", summary.references),
                           ("new_nodes", summary.newNodes), ("bytes", summary.bytes)] {
                out.line("\(k),\(v)")
            }
            out.line(String(format: "seconds,%.3f", summary.seconds))
        case .text:
            out.line("\(summary.files) files: \(summary.indexed) indexed (\(summary.replaced) replaced), "
                     + "\(summary.unchanged) unchanged, \(summary.removed) removed, \(summary.failures.count) errors")
            out.line("\(summary.references) references, \(summary.newNodes) new documents in the graph; "
                     + String(format: "%.2f s, %.1f MB/s", summary.seconds, summary.megabytesPerSecond) + " → \(database.path)")
            for f in summary.failures.prefix(50) { out.line("  error: \(f.path): \(f.message)") }
            if summary.failures.count > 50 { out.line("  … \(summary.failures.count - 50) more errors") }
        }
        out.flush()
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error: files, MB/s, ETA.
final class ProgressBar {
    private let enabled: Bool
    private var last = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: IndexProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.1 || p.filesDone == p.filesTotal else { return }
        last = now
        let fraction = p.bytesTotal > 0 ? Double(p.bytesDone) / Double(p.bytesTotal)
            : (p.filesTotal > 0 ? Double(p.filesDone) / Double(p.filesTotal) : 1)
        let width = 24
        let filled = min(width, Int(fraction * Double(width)))
        let rate = p.elapsed > 0 ? Double(p.bytesDone) / 1_000_000 / p.elapsed : 0
        var eta = "--:--"
        if rate > 0, p.bytesDone > 0 {
            let secs = Int(Double(p.bytesTotal - p.bytesDone) / 1_000_000 / rate)
            eta = String(format: "%d:%02d", secs / 60, secs % 60)
        }
        let line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(p.filesDone)/\(p.filesTotal) files  " + String(format: "%.1f MB/s", rate) + "  ETA " + eta
        let e = Output(fd: 2)
        e.write("\r" + line + "\u{1B}[K")
        e.flush()
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        let e = Output(fd: 2)
        e.write("\r\u{1B}[K")
        e.flush()
    }
}
