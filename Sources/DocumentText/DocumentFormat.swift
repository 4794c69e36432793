import Foundation

/// The container formats `DocumentReader` reads.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Plain text in any supported encoding.
    case txt
    /// An HTML page.
    case html
    /// A Word 2007+ document (Office Open XML).
    case docx
    /// A PDF with a text layer.
    case pdf
    /// A Word 97–2003 document (OLE compound file).
    case doc
    /// Rich Text Format.
    case rtf

    /// The format of a file from its content (magic bytes) and, failing that, its name; or an error
    /// when the content cannot be that of the named format (`random bytes named .docx`).
    public static func detect(bytes: [UInt8], name: String) throws(DocumentTextError) -> DocumentFormat {
        if let magic = sniff(bytes) { return magic }
        if let kind = binarySignature(bytes) { throw DocumentTextError("unsupported file type: \(kind)") }
        let ext = fileExtension(name)
        // The common case before the string comparisons below (every other extension not named there is text too).
        if ext == "txt" { return .txt }
        switch ext {
        case "docx", "docm", "dotx":
            throw DocumentTextError("not a DOCX file: no ZIP signature")
        case "pdf":
            throw DocumentTextError("not a PDF file: no %PDF header")
        case "doc", "dot":
            // Old `.doc` downloads are often plain text or HTML in disguise; read them as text.
            if bytes.count >= 8, bytes.prefix(8).contains(0) { throw DocumentTextError("not a Word document: unknown binary format") }
            return .txt
        case "html", "htm", "xhtml", "shtml", "aspx", "php", "jsp":
            return .html
        case "rtf":
            throw DocumentTextError("not an RTF file: no {\\rtf header")
        default:
            return .txt
        }
    }

    /// The lower-cased extension of a path or file name, without the dot.
    static func fileExtension(_ name: String) -> String {
        // ASCII names (nearly all) by bytes: `split` and `lastIndex(of:)` walk grapheme clusters.
        var name = name
        if let ext = name.withUTF8({ asciiExtension($0) }) { return ext }
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    /// `fileExtension` of an ASCII name (the same answer, from its bytes); `nil` when the name is not ASCII.
    static func asciiExtension(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
        // The last non-empty `/`-separated piece (the whole name when there is none).
        var end = b.count
        while end > 0 && b[end - 1] == 0x2F { end -= 1 }
        var start = end
        while start > 0 && b[start - 1] != 0x2F { start -= 1 }
        if end == 0 { start = 0; end = b.count }
        var dot = end
        while dot > start && b[dot - 1] != 0x2E { dot -= 1 }
        guard dot > start, dot - 1 != start else { return "" }
        return String(decoding: b[dot..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// What a PDF starts with (within its first kilobyte).
    static let pdfHeader = Array("%PDF-".utf8)

    /// Format from magic bytes: `%PDF`, `PK\3\4`, the OLE signature, `{\rtf`, an HTML start.
    static func sniff(_ b: [UInt8]) -> DocumentFormat? {
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) || b.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .docx }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        // PDF readers accept the header anywhere in the first kilobyte.
        if find(pdfHeader, in: b.prefix(1024)) != nil { return .pdf }
        var i = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        if b.count - i >= 5, b[i] == 0x7B, b[i + 1] == 0x5C, b[i + 2] == 0x72, b[i + 3] == 0x74, b[i + 4] == 0x66 { return .rtf }   // {\rtf
        guard i < b.count, b[i] == 0x3C else { return nil }   // "<": only then is it worth lower-casing 4 KB
        let head = b[i..<min(b.count, i + 4096)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.first == 0x3C {   // "<"
            for marker in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"] where find(Array(marker.utf8), in: head[...]) != nil {
                return .html
            }
        }
        return nil
    }

    /// Recognizable binary files that are not documents, for a clear error.
    static func binarySignature(_ b: [UInt8]) -> String? {
        for (magic, kind) in signatures where b.starts(with: magic) { return kind }
        return nil
    }

    /// Magic bytes of binary files that are not documents.
    static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"), ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable (ELF)"), (Array("Rar!".utf8), "RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7-Zip archive"), (Array("II*\u{0}".utf8), "TIFF image"),
        (Array("MM\u{0}*".utf8), "TIFF image"), (Array("SQLite format 3".utf8), "SQLite database"),
    ]

    /// The offset of `needle` in `hay`, or nil.
    static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        // Sniffing runs on every file: a plain pointer loop, comparing only where the first byte matches.
        return hay.withUnsafeBufferPointer { h -> Int? in
            needle.withUnsafeBufferPointer { nd -> Int? in
                guard let hp = h.baseAddress, let np = nd.baseAddress else { return nil }
                let first = np[0], count = nd.count
                var i = 0
                let last = h.count - count
                while i <= last {
                    // The next place the first byte matches, by `memchr` (a text rarely has it: `%`, `<`).
                    guard let at = memchr(hp + i, Int32(first), last + 1 - i) else { return nil }
                    i = UnsafeRawPointer(at) - UnsafeRawPointer(hp)
                    var k = 1
                    while k < count && hp[i + k] == np[k] { k += 1 }
                    if k == count { return hay.startIndex + i }
                    i += 1
                }
                return nil
            }
        }
    }
}
