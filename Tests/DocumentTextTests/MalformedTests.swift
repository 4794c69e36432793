import Foundation
import Testing
import ZIPFoundation
@testable import DocumentText

/// Broken inputs give a one-line error (an `error` record), never a crash.
@Test("malformed files", arguments: [
    ("truncated.docx", "not a DOCX file: the ZIP archive is truncated or damaged"),
    ("random-bytes.docx", "not a DOCX file: no ZIP signature"),
    ("not-a-docx.docx", "not a DOCX file: the ZIP archive is truncated or damaged"),
    ("truncated.doc", "not a readable Word document"),
    ("empty.txt", "empty file"),
    ("binary.txt", "binary file (not text)"),
] as [(String, String)])
func malformed(file: String, message: String) throws {
    let error = #expect(throws: DocumentTextError.self) { try DocumentReader.read(path: TestData.data("malformed/\(file)")) }
    #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "no error")")
    #expect(error?.message.contains("\n") == false)
}

/// PDFs without text, or damaged beyond reading.
@Test(.enabled(if: TestData.has("pdftotext")))
func malformedPDF() throws {
    let scanned = #expect(throws: DocumentTextError.self) { try DocumentReader.read(path: TestData.data("malformed/scanned.pdf")) }
    #expect(scanned?.message.hasPrefix("scanned PDF without a text layer") == true)
    let broken = #expect(throws: DocumentTextError.self) { try DocumentReader.read(path: TestData.data("malformed/broken.pdf")) }
    #expect(broken?.message.contains("PDF") == true)
}

/// A scanned page (an image of Nghị định 109/2004/NĐ-CP, no text layer) is read by OCR where tesseract can run.
@Test(.enabled(if: TestData.has("pdftotext") && TestData.has("pdftoppm") && TestData.has("tesseract")
      && FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")))
func scannedPDFByOCR() throws {
    let doc = try DocumentReader.read(path: TestData.data("scanned/nd-109-2004-scan.pdf"))
    #expect(doc.format == "pdf")
    #expect(doc.encoding == "ocr")
    #expect(doc.text.contains("109/2004/NĐ-CP"))
    #expect(doc.text.contains("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001"))
}

/// Damaged but readable: unclosed HTML tags and an unterminated RTF group still give their text.
@Test func recoverableDamage() throws {
    let html = try DocumentReader.read(path: TestData.data("malformed/unclosed.html"))
    #expect(html.text.contains("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"))
    #expect(html.text.contains("Số: 12/TB-UBND\nngày 1/2/2024"))
    #expect(html.hints.title == "Thông báo")
    let rtf = try DocumentReader.read(path: TestData.data("malformed/broken.rtf"))
    #expect(rtf.text.hasPrefix("Số 120/2000/TTLT-BTC-BCN-TCHQ ngày 25 tháng 12"))
}

/// Paths that cannot be read.
@Test func unreadablePaths() {
    #expect(throws: DocumentTextError("no such file")) { try DocumentReader.read(path: "/nonexistent/cancu/x.txt") }
    #expect(throws: DocumentTextError("is a directory")) { try DocumentReader.read(path: TestData.path("fixtures")) }
}

/// Binary files of other kinds are named in the error.
@Test func otherBinaries() {
    #expect(throws: DocumentTextError("unsupported file type: PNG image")) {
        try DocumentReader.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], name: "scan.docx")
    }
}

/// A ZIP whose entry inflates past the limit is refused while inflating (headers can lie).
@Test func zipBomb() throws {
    let archive = try Archive(data: Data(), accessMode: .create)
    let size = 1 << 20
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
        Data(repeating: 0x20, count: min(chunk, size - Int(position)))
    }
    let bytes = [UInt8](archive.data!)
    #expect(bytes.count < 20_000)
    let error = #expect(throws: DocumentTextError.self) { try DOCXReader.read(bytes, limit: 256 << 10) }
    #expect(error?.message.hasPrefix("DOCX too large") == true)
}

/// Deeply nested XML in a DOCX is an error; deeply nested HTML and RTF do not exhaust the stack.
@Test func deepNesting() throws {
    let archive = try Archive(data: Data(), accessMode: .create)
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let xml = Data(("<w:document xmlns:w=\"\(w)\"><w:body>" + String(repeating: "<w:p>", count: 5000) + "x").utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { position, chunk in
        xml.subdata(in: Int(position)..<min(xml.count, Int(position) + chunk))
    }
    #expect(throws: DocumentTextError.self) { try DOCXReader.read([UInt8](archive.data!)) }

    let html = "<html><body>" + String(repeating: "<div><span>", count: 100) + "Nghị định số 30/2020/NĐ-CP" + "</body></html>"
    let doc = try DocumentReader.read(bytes: Array(html.utf8), name: "deep.html")
    #expect(doc.text.contains("30/2020/NĐ-CP"))
    let deeper = "<html><body>" + String(repeating: "<div><span>", count: 50_000) + "Nghị định số 30/2020/NĐ-CP" + "</body></html>"
    // libxml2 gives up past its depth limit: an error record or the text, but no crash.
    if let text = try? DocumentReader.read(bytes: Array(deeper.utf8), name: "deep.html").text { #expect(text.contains("30/2020")) }

    let rtf = "{\\rtf1" + String(repeating: "{", count: 50_000) + "x"
    #expect(throws: DocumentTextError("RTF groups nested too deeply")) { try DocumentReader.read(bytes: Array(rtf.utf8), name: "deep.rtf") }
}

/// A text of one very long line, clean or legacy, reads in full.
@Test func hugeLines() throws {
    let clean = String(repeating: "Căn cứ Luật Tổ chức Chính phủ; ", count: 100_000) + "Nghị định số 30/2020/NĐ-CP"
    #expect(try DocumentReader.read(bytes: Array(clean.utf8), name: "big.txt").text.hasSuffix("Nghị định số 30/2020/NĐ-CP"))
    var legacy: [UInt8] = []
    for _ in 0..<20_000 { legacy += [0x43, 0xA8, 0x6E, 0x20, 0x63, 0xF8, 0x20, 0x4E, 0x67, 0x68, 0xDE, 0x20, 0xAE, 0xDE, 0x6E, 0x68, 0x3B, 0x20] }
    let doc = try DocumentReader.read(bytes: legacy, name: "big-legacy.txt")
    #expect(doc.encoding == "tcvn3")
    #expect(doc.text.hasPrefix("Căn cứ Nghị định; Căn cứ"))
}

/// Invalid UTF-8 is not an error: the bytes are legacy text and decoded as such.
@Test func invalidUTF8() throws {
    let bytes: [UInt8] = [0x53, 0xE8, 0x3A, 0x20] + Array("12/Q".utf8) + [0xA7] + Array("-UBND ".utf8) + [0xC3, 0x28]
    let doc = try DocumentReader.read(bytes: bytes, name: "x.txt")
    #expect(doc.text.hasPrefix("Số: 12/QĐ-UBND"))
    #expect(doc.encoding == "tcvn3")
}
