import Testing
import LegalRefs
@testable import Reports

/// The byte-buffer JSON writer quotes strings exactly as the `String`-based writer does.
@Test func jsonlWriterQuotesLikeObjectWriter() {
    let samples = ["", "Quyết định số 1744/QĐ-UBND", "a\"b", "c\\d", "line\nbreak\r\ttab", "\u{1}\u{1F}x\u{7F}",
                   "dài dài dài dài dài dài dài \"quoted\" dài dài \\ dài", String(repeating: "ệ", count: 40) + "\"",
                   "12345678\"", "1234567\u{0}"]
    for s in samples {
        var bytes: [UInt8] = []
        JSONLWriter.appendQuoted(s, to: &bytes)
        var str = ""
        JSONObjectWriter.appendQuoted(s, to: &str)
        #expect(bytes == Array(str.utf8), "\(s)")
    }
}
