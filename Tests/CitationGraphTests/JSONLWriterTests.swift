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
