import Foundation
import ArgumentParser
import DocumentText
import LegalRefs
import Reports

extension ExtractFormat: ExpressibleByArgument {}

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

    @Option(name: .long, help: "Threads reading and extracting files (default: one per core); the output is the same in any case.")
    var jobs: Int?

    func run() throws {
        let out = Output()
        if format == .tsv { out.line(ExtractRenderer.tsvHeader) }
        let inputs = InputSource.expand(paths)
        let format = self.format
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var failed = false
        // Files are extracted on several threads into buffers written in input order; a huge file (or
        // standard input) is extracted here instead, chunk by chunk, streaming its records out, so that
        // memory stays at the file plus one chunk's references.
        OrderedParallel.run(count: inputs.count, threads: threads, ahead: 2 * threads, work: { i -> FileRecords in
            let input = inputs[i]
            if input.source == "-" || (FileWalker.size(input.source) ?? 0) > FileRecords.streamAbove { return FileRecords(deferred: true) }
            var records = FileRecords()
            records.failed = !ExtractCommand.extract(input, format: format, into: &records.bytes, messages: &records.messages) { _ in }
            return records
        }, consume: { i, records in
            if records.deferred {
                var messages: [String] = []
                var buffer: [UInt8] = []
                let ok = ExtractCommand.extract(inputs[i], format: format, into: &buffer, messages: &messages) { buffer in
                    out.append { $0.append(contentsOf: buffer) }
                    buffer.removeAll(keepingCapacity: true)
                }
                out.append { $0.append(contentsOf: buffer) }
                for m in messages { Output.error(m) }
                if !ok { failed = true }
            } else {
                out.append { $0.append(contentsOf: records.bytes) }
                for m in records.messages { Output.error(m) }
                if records.failed { failed = true }
            }
        })
        out.flush()
        if failed { throw ExitCode(1) }
    }

    /// Reads one input and appends its records in `format` to `buffer`, handing the buffer to `spill`
    /// whenever it grows past 64 KB; messages for standard error go to `messages`. False when the input
    /// could not be read.
    static func extract(_ input: InputSource, format: ExtractFormat, into buffer: inout [UInt8], messages: inout [String],
                        spill: (inout [UInt8]) -> Void) -> Bool {
        let writer = ExtractRecordWriter(source: input.source, format: format)
        switch input.load() {
        case .failure(let err):
            if let line = writer.errorLine(err.message) {
                buffer.append(contentsOf: line.utf8)
                buffer.append(0x0A)
            } else {
                messages.append("cancu: \(input.source): \(err.message)")
            }
            return false
        case .success(let doc):
            doc.utf8.withUnsafeBufferPointer { text in
                Extractor.extract(bytes: text, hints: doc.hints, document: { header, chars in
                    writer.appendDocument(header, format: doc.format, encoding: doc.encoding, chars: chars, to: &buffer)
                }, references: { refs in
                    writer.appendReferences(refs, to: &buffer)
                    if buffer.count >= 1 << 16 { spill(&buffer) }
                })
            }
            return true
        }
    }
}

/// The records of one input, rendered on a worker thread (or, for a huge file, left to stream).
struct FileRecords: Sendable {
    /// Files above this size are streamed rather than held as one buffer of records.
    static let streamAbove = 32 << 20
    var bytes: [UInt8] = []
    var messages: [String] = []
    var failed = false
    var deferred = false
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
