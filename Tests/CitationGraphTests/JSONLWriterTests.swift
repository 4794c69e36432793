import Foundation
import Testing
import LegalRefs
@testable import Reports

/// The byte-buffer JSON writer produces strings that a JSON parser reads back unchanged.
@Test func jsonlWriterQuotesRoundTrip() throws {
    let samples = ["", "Quyết định số 1744/QĐ-UBND", "a\"b", "c\\d", "line\nbreak\r\ttab", "\u{1}\u{1F}x\u{7F}",
                   "dài dài dài dài dài dài dài \"quoted\" dài dài \\ dài", String(repeating: "ệ", count: 40) + "\"",
                   "12345678\"", "1234567\u{0}"]
    for s in samples {
        var bytes: [UInt8] = []
        JSONLWriter.appendQuoted(s, to: &bytes)
        let back = try JSONDecoder().decode(String.self, from: Data(bytes))
        #expect(back == s, "\(s)")
    }
}

/// The error record is one JSON object with the source and message as given.
@Test func errorRecordRoundTrips() throws {
    let line = ExtractRenderer.errorJSON(source: "a \"b\".docx", message: "not a DOCX file: the ZIP archive is truncated")
    let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
    #expect(obj == ["record": "error", "source": "a \"b\".docx", "message": "not a DOCX file: the ZIP archive is truncated"])
}

/// The escaping rules one byte at a time, as `RecordCursor.quoted` applied them before it stored whole words.
private func quotedByteByByte(_ u: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for b in u {
        switch b {
        case 0x22: out += [0x5C, 0x22]
        case 0x5C: out += [0x5C, 0x5C]
        case 0x0A: out += [0x5C, 0x6E]
        case 0x0D: out += [0x5C, 0x72]
        case 0x09: out += [0x5C, 0x74]
        case ..<0x20: out += Array("\\u00".utf8) + Array(String(format: "%02x", b).utf8)
        default: out.append(b)
        }
    }
    out.append(0x22)
    return out
}

/// Word-at-a-time quoting agrees with the byte-by-byte rules for every length up to 40 and escapes
/// at every position (a fixed pseudo-random sequence of bytes, escapes frequent).
@Test func jsonlQuotingMatchesByteRules() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
    let alphabet: [UInt8] = [0x41, 0x7A, 0x20, 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x00, 0x1F, 0x7F, 0xC3, 0xA1, 0xE1, 0xBB, 0x87]
    for length in 0...40 {
        for _ in 0..<200 {
            let u = (0..<length).map { _ in next() % 3 == 0 ? alphabet[Int(next() % UInt64(alphabet.count))] : UInt8(0x61 + next() % 26) }
            // The worst-case room `appendQuoted` gives, then eight guard bytes that no store may reach.
            let room = 2 + 6 * length
            var out = [UInt8](repeating: 0xEE, count: room + 8)
            let written = out.withUnsafeMutableBufferPointer { all -> Int in
                var w = RecordCursor(all.baseAddress!)
                u.withUnsafeBufferPointer { w.quoted($0) }
                return w.p - all.baseAddress!
            }
            #expect(Array(out[..<written]) == quotedByteByByte(u), "\(u)")
            #expect(out[room...].allSatisfy { $0 == 0xEE })
        }
    }
}
