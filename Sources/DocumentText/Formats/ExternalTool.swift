import Foundation

/// Runs a converter program (`pdftotext`, `antiword`, `catdoc`) on a file, with a time limit;
/// its output and messages go through temporary files (a full pipe cannot stall it).
struct ExternalTool {
    /// The program name looked up in `PATH`.
    let name: String
    /// The Debian package that provides it, for the error message.
    let package: String

    /// What a run produced.
    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var timedOut: Bool
    }

    /// The program's full path, or nil when it is not installed.
    var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The error for a missing program: `pdftotext is not installed (Debian package poppler-utils)`.
    var missing: DocumentTextError {
        DocumentTextError("\(name) is not installed (install the Debian package \(package))")
    }

    /// Runs the program with `arguments`, where `{}` stands for the input file; `environment`
    /// entries override the inherited ones.
    func run(_ arguments: [String], input: InputFile, environment: [String: String] = [:],
             timeout: TimeInterval = 120) throws(DocumentTextError) -> Output {
        guard let exe = executable else { throw missing }
        let dir = FileManager.default.temporaryDirectory.path
        let tag = "cancu-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let outPath = "\(dir)/\(tag).out", errPath = "\(dir)/\(tag).err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        guard FileManager.default.createFile(atPath: outPath, contents: nil),
              FileManager.default.createFile(atPath: errPath, contents: nil),
              let outHandle = FileHandle(forWritingAtPath: outPath),
              let errHandle = FileHandle(forWritingAtPath: errPath) else {
            throw DocumentTextError("cannot create temporary files in \(dir)")
        }
        let inputPath = try input.path()
        defer { input.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = arguments.map { $0 == "{}" ? inputPath : $0 }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        do { try process.run() } catch {
            try? outHandle.close(); try? errHandle.close()
            throw DocumentTextError("cannot run \(name): \(error.localizedDescription)")
        }
        let start = Date()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                process.terminate()
                timedOut = true
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try? outHandle.close(); try? errHandle.close()
        let out = FileManager.default.contents(atPath: outPath).map { [UInt8]($0) } ?? []
        let err = FileManager.default.contents(atPath: errPath).map { String(decoding: $0.prefix(4096), as: UTF8.self) } ?? ""
        return Output(status: process.terminationStatus, stdout: out, stderr: err, timedOut: timedOut)
    }

    /// The first meaningful line of a tool's messages, for an error record.
    static func firstLine(_ s: String) -> String {
        let line = s.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 160 ? String(line.prefix(160)) + "…" : line
    }
}

/// The input of an external tool: an existing file, or bytes written to a temporary file.
final class InputFile {
    private let existing: String?
    private let bytes: [UInt8]
    private let suffix: String
    private var temporary: String?

    init(path: String?, bytes: [UInt8], suffix: String) {
        self.existing = path; self.bytes = bytes; self.suffix = suffix
    }

    /// The path to hand to the tool.
    func path() throws(DocumentTextError) -> String {
        if let existing { return existing.hasPrefix("-") ? "./" + existing : existing }
        if let temporary { return temporary }
        let p = FileManager.default.temporaryDirectory.path + "/cancu-in-\(UUID().uuidString).\(suffix)"
        guard FileManager.default.createFile(atPath: p, contents: Data(bytes)) else {
            throw DocumentTextError("cannot write a temporary file for \(suffix.uppercased()) conversion")
        }
        temporary = p
        return p
    }

    /// Removes the temporary copy, if one was made.
    func cleanUp() {
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
        temporary = nil
    }
}
