import Foundation
import LegalRefs

/// A document read from any supported format, decoded to Unicode and normalized.
public struct LoadedDocument: Sendable {
    /// The normalized text (what `cancu text` prints and offsets refer to).
    public var text: String
    /// The container format: `txt`, `html`, `docx`, `pdf`, `doc`, `rtf`.
    public var format: String
    /// What the bytes were decoded from: `utf-8`, `utf-16le`, `cp1258`, `tcvn3`, `vni`, `utf-8-mojibake`, `utf-8+tcvn3`, …
    public var encoding: String
    /// Facts from the container (HTML `<title>`, publication date).
    public var hints: DocumentHints
    /// Creates a loaded document.
    public init(text: String, format: String, encoding: String, hints: DocumentHints = DocumentHints()) {
        self.text = text; self.format = format; self.encoding = encoding; self.hints = hints
    }
}

/// Why a document could not be read.
public struct DocumentTextError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A one-line explanation for the `error` record: `not a DOCX file: the ZIP archive is truncated`.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Reads files of every supported format into normalized text.
public enum DocumentReader {
    /// Files larger than this are refused (the whole file is held in memory).
    public static let maxFileSize = 1 << 31

    /// Reads and decodes the file at `path`.
    public static func read(path: String) throws(DocumentTextError) -> LoadedDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DocumentTextError("no such file")
        }
        if isDir.boolValue { throw DocumentTextError("is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw DocumentTextError("permission denied") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxFileSize {
            throw DocumentTextError("file too large (\(size / (1 << 20)) MB)")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw DocumentTextError("cannot read file: \(error.localizedDescription)")
        }
        return try read(bytes: [UInt8](data), name: path, path: path)
    }

    /// Reads standard input to its end and decodes it (any format, as for a file).
    public static func readStandardInput() throws(DocumentTextError) -> LoadedDocument {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try read(bytes: [UInt8](data), name: "-")
    }

    /// Decodes bytes; `name` (a path or file name) helps detect the format.
    public static func read(bytes: [UInt8], name: String) throws(DocumentTextError) -> LoadedDocument {
        try read(bytes: bytes, name: name, path: nil)
    }

    static func read(bytes: [UInt8], name: String, path: String?) throws(DocumentTextError) -> LoadedDocument {
        if bytes.isEmpty { throw DocumentTextError("empty file") }
        let format = try DocumentFormat.detect(bytes: bytes, name: name)
        let raw: RawDocument
        switch format {
        case .txt:
            let decoded = try VietnameseDecoder.decode(bytes)
            raw = RawDocument(text: decoded.text, encoding: decoded.encoding)
        case .html: raw = try HTMLReader.read(bytes)
        case .docx: raw = try DOCXReader.read(bytes)
        case .pdf: raw = try PDFReader.read(bytes, path: path)
        case .doc: raw = try DOCReader.read(bytes, path: path)
        case .rtf: raw = try RTFReader.read(bytes)
        }
        let text = TextNormalizer.normalize(raw.text)
        if format != .txt && text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C }) {
            throw DocumentTextError(format == .pdf ? "scanned PDF without a text layer" : "no text found in the \(format.rawValue.uppercased()) file")
        }
        return LoadedDocument(text: text, format: format.rawValue, encoding: raw.encoding, hints: raw.hints)
    }
}

/// What a format reader produces before normalization.
struct RawDocument {
    /// Unicode text, legacy encodings already decoded.
    var text: String
    /// What the text was decoded from.
    var encoding: String
    /// Title and date from the container.
    var hints = DocumentHints()
}
