import ArgumentParser
import DocumentText
import LegalRefs
import Reports

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv, text }

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every legal reference in the given files or folders (- for standard input).")

    @Option(name: .long, help: "Output format: jsonl, tsv or text.")
    var format: ExtractFormat = .jsonl

    @Flag(name: .long, help: "Accepted for compatibility: relations are always typed.")
    var relations = false

    @Argument(help: "Files or folders (walked recursively); - reads standard input.")
    var paths: [String]

    func run() throws {
        let out = Output()
        var failed = false
        if format == .tsv { out.line(ExtractRenderer.tsvHeader) }
        for input in InputSource.expand(paths) {
            switch input.load() {
            case .failure(let err):
                failed = true
                switch format {
                case .jsonl: out.line(ExtractRenderer.errorJSON(source: input.source, message: err.message))
                default: Output.error("cancu: \(input.source): \(err.message)")
                }
            case .success(let doc):
                // Chunk by chunk for huge texts: memory stays at the file plus one chunk's references.
                let w = JSONLWriter(source: input.source)
                doc.utf8.withUnsafeBufferPointer { text in
                    Extractor.extract(bytes: text, hints: doc.hints, document: { header, chars in
                        switch format {
                        case .jsonl:
                            out.append { w.appendDocument(header, format: doc.format, encoding: doc.encoding, chars: chars, to: &$0) }
                        case .tsv:
                            break
                        case .text:
                            var head = "\(input.source)"
                            if let id = header.id { head += " — \(header.kind ?? "") \(id)" }
                            if let t = header.title { head += " — \(t)" }
                            out.line(head)
                        }
                    }, references: { refs in
                        switch format {
                        case .jsonl: for r in refs { out.append { w.appendReference(r, to: &$0) } }
                        case .tsv: for r in refs { out.line(ExtractRenderer.referenceTSV(source: input.source, r)) }
                        case .text: for r in refs { out.line(ExtractRenderer.referenceText(r)) }
                        }
                    })
                }
            }
        }
        out.flush()
        if failed { throw ExitCode(1) }
    }
}

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the normalized text that reference offsets refer to.")

    @Argument(help: "A file (- for standard input).")
    var path: String

    func run() throws {
        let out = Output()
        for input in InputSource.expand([path]) {
            switch input.load() {
            case .failure(let err):
                Output.error("cancu: \(input.source): \(err.message)")
                throw ExitCode(1)
            case .success(let doc):
                doc.utf8.withUnsafeBufferPointer { out.write($0) }
            }
        }
        out.flush()
    }
}

/// A file to read, or standard input.
struct InputSource {
    let source: String
    let problem: String?

    static func expand(_ paths: [String]) -> [InputSource] {
        var out: [InputSource] = []
        for p in paths {
            if p == "-" { out.append(InputSource(source: "-", problem: nil)); continue }
            for e in FileWalker.expand([p]) {
                switch e {
                case .file(let f): out.append(InputSource(source: f, problem: nil))
                case .unreadable(let f, let why): out.append(InputSource(source: f, problem: why))
                }
            }
        }
        return out
    }

    func load() -> Result<LoadedDocument, DocumentTextError> {
        if let problem { return .failure(DocumentTextError(problem)) }
        do {
            if source == "-" {
                return .success(try DocumentReader.readStandardInput())
            }
            return .success(try DocumentReader.read(path: source))
        } catch {
            return .failure(error)
        }
    }
}
