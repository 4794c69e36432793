import ArgumentParser
import CitationGraph
import Foundation
import Reports

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case md, html, json, csv, dot }

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the regulatory dependency report of REF.",
        discussion: """
            The document, its issuer and date, its legal bases and what they rest on, what it refers to,
            and every document that cites, implements, amends, replaces or repeals it, as a timeline.
            --format html writes one self-contained page with a picture of the graph drawn by Graphviz
            (`dot`); without Graphviz the page says so and holds the DOT text.
            Exit status: 0 found, 1 nothing found, 2 error.
            """)

    @OptionGroup var database: DatabaseOption
    @Option(name: .long, help: "md, html, json, csv or dot.")
    var format: ReportFormat = .md
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?
    @Option(name: .long, help: "How many levels of legal bases to follow.")
    var depth = 3
    @Argument(help: "The document.")
    var ref: [String]

    func run() throws {
        let db = try database.open()
        let words = ref.joined(separator: " ")
        let nodes = try graph { () throws(GraphError) in try db.resolve(words) }
        guard let subject = nodes.first else { throw nothing("no document in \(db.path) matches “\(words)”") }
        let report = try graph { () throws(GraphError) in
            try db.report(for: subject, alternatives: Array(nodes.dropFirst()), depth: max(0, depth))
        }
        let text: String
        switch format {
        case .md: text = ReportRenderer.markdown(report, display: displayPath)
        case .json: text = ReportRenderer.json(report) + "\n"
        case .csv: text = ReportRenderer.csv(report)
        case .dot: text = ReportRenderer.dot(report, display: displayPath)
        case .html: text = ReportRenderer.html(report, svg: Graphviz.svg(ReportRenderer.dot(report, display: displayPath)),
                                               display: displayPath)
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw fail("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            let out = Output()
            out.write(text)
            out.flush()
        }
    }
}

/// Graphviz `dot`, if installed: DOT text in, SVG out.
enum Graphviz {
    /// The SVG `dot -Tsvg` draws from `dot`, or nil when Graphviz is missing or fails.
    static func svg(_ dot: String) -> String? {
        guard let exe = find("dot") else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        // Write on another thread: dot may fill its output pipe before reading all input.
        let data = Data(dot.utf8)
        let writer = input.fileHandleForWriting
        let t = Thread {
            writer.write(data)
            try? writer.close()
        }
        t.start()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, !svg.isEmpty else { return nil }
        return String(decoding: svg, as: UTF8.self)
    }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
