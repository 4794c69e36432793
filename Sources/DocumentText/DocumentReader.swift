import Foundation
import LegalRefs

/// A document read from any supported format, decoded to Unicode and normalized.
public struct LoadedDocument: Sendable {
    /// The normalized text (what `cancu text` prints and offsets refer to).
    public var text: String
    /// The container format: `txt`, `html`, `docx`, `pdf`, `doc`, `rtf`.
    public var format: String
    /// What the bytes were decoded from: `utf-8`, `utf-16`, `cp1258`, `tcvn3`, `vni`, `utf-8-mojibake`, …
    public var encoding: String
    /// Facts from the container (HTML `<title>`, publication date).
    public var hints: DocumentHints
    /// Creates a loaded document.
    public init(text: String, format: String, encoding: String, hints: DocumentHints = DocumentHints()) {
        self.text = text; self.format = format; self.encoding = encoding; self.hints = hints
    }
}

/// Why a document could not be read.
public struct DocumentTextError: Error, Sendable, CustomStringConvertible {
    /// A one-line explanation for the `error` record: `not a DOCX file: the ZIP archive is truncated`.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Reads files of every supported format into normalized text.
public enum DocumentReader {
    /// Reads and decodes the file at `path`.
    public static func read(path: String) throws(DocumentTextError) -> LoadedDocument {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw DocumentTextError("cannot read file: \(error.localizedDescription)")
        }
        return try read(bytes: [UInt8](data), name: path)
    }

    /// Decodes bytes; `name` (a path or file name) helps detect the format.
    public static func read(bytes: [UInt8], name: String) throws(DocumentTextError) -> LoadedDocument {
        // Stub: plain UTF-8 only, replaced by the format and encoding readers.
        let text = String(decoding: bytes, as: UTF8.self)
        return LoadedDocument(text: TextNormalizer.normalize(text), format: "txt", encoding: "utf-8")
    }
}
