import Foundation
import Testing
@testable import DocumentText

/// `DocumentReader.isoDate` writes the digits itself; it must give what `String(format:)` gave.
@Test func isoDateMatchesStringFormat() {
    var state: UInt64 = 3
    var seconds: [Int] = [0, 1, 59, 60, 86_399, 86_400, 951_782_400, 1_700_000_000, 2_147_483_647, 4_102_444_800,
                          253_402_300_799, 253_402_300_800, -1, -86_400, -62_135_596_800]
    for _ in 0..<2000 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        seconds.append(Int((state >> 20) % 8_000_000_000) - 1_000_000_000)
    }
    for s in seconds {
        var tm = tm()
        var secs = time_t(s)
        gmtime_r(&secs, &tm)
        let want = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1,
                          Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
        #expect(DocumentReader.isoDate(utcSeconds: s) == want, "\(s)")
    }
}

/// The modification time and bytes of a file, and the size limit checked on the open file.
@Test func fileContentsAndSizeLimit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cancu-reader-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.txt").path
    try Data("Điều 5\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: path)
    let (bytes, modified) = try DocumentReader.fileContents(atPath: path)
    #expect(bytes == Array("Điều 5\n".utf8))
    #expect(modified == "2023-11-14T22:13:20Z")
    #expect(try DocumentReader.readFile(path, limit: bytes.count) == bytes)
    let error = #expect(throws: DocumentTextError.self) { try DocumentReader.readFile(path, limit: bytes.count - 1) }
    #expect(error?.message == "file too large (0 MB)")
    #expect(try DocumentReader.read(path: path).text == "Điều 5\n")
}
