import Foundation
import LegalRefs
@testable import CitationGraph

/// A fresh temporary directory, removed by the caller with `cleanup()`.
struct TempDir {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "cancu-graph-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let p = file(name)
        try! FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// A reference to `surface` (its first occurrence in `text`), with correct offsets.
func ref(_ text: String, _ surface: String, id: String?, kind: String? = nil, year: Int? = nil, date: String? = nil,
         issuer: String? = nil, issuerCode: String? = nil, locality: String? = nil,
         relation: Relation = .cites, pinpoint: String? = nil, status: ResolutionStatus = .resolved) -> Reference {
    guard let r = text.range(of: surface) else { fatalError("\(surface) not in text") }
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound)
    let byteStart = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
    let byteEnd = text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
    return Reference(start: start, end: end, byteStart: byteStart, byteEnd: byteEnd, text: surface, id: id, kind: kind,
                     number: id.map { String($0.prefix { $0.isNumber }) }, year: year, date: date, issuer: issuer,
                     issuerCode: issuerCode, locality: locality, relation: relation, pinpoint: pinpoint, status: status)
}

/// An ingestable document at `path` with `text`, its own header and references.
func doc(_ path: String, _ text: String, header: DocumentHeader = DocumentHeader(), _ refs: [Reference]) -> IngestDocument {
    IngestDocument(path: path, text: text,
                   extraction: Extraction(document: header, references: refs, chars: text.unicodeScalars.count))
}

/// A new database in `dir`.
func openDB(_ dir: TempDir, _ name: String = "test.sqlite") throws -> GraphDatabase {
    try GraphDatabase(path: dir.file(name), create: true)
}

/// The repository root (for schema.sql and fixtures/).
let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs a program and returns (exit status, stdout, stderr).
@discardableResult
func runProcess(_ executable: String, _ args: [String], stdin: String? = nil, env: [String: String] = [:],
                cwd: String? = nil) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inPipe
    try p.run()
    if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? inPipe.fileHandleForWriting.close()
    // Drain both pipes before waiting: a full pipe would block the child.
    let box = DataBox()
    let group = DispatchGroup()
    group.enter()
    let errHandle = err.fileHandleForReading
    DispatchQueue.global().async {
        box.set(errHandle.readDataToEndOfFile())
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: box.get(), as: UTF8.self))
}

final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
