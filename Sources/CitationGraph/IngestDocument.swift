import LegalRefs

/// One document ready to be written into the graph: its file facts, its normalized text, and what
/// the extractor found in it. Building it (folding, sentences, identities) is the expensive part
/// and happens off the writer thread.
public struct IngestDocument: Sendable {
    /// Absolute path of the file: the identity of the source file.
    public var path: String
    /// SHA-256 of the file's bytes (hex).
    public var contentHash: String
    /// Size of the file in bytes.
    public var size: Int
    /// The file's modification time (ISO 8601 UTC), if known.
    public var modifiedAt: String?
    /// Container format: `txt`, `html`, `docx`, …
    public var format: String
    /// What the bytes were decoded from: `utf-8`, `tcvn3`, …
    public var encoding: String
    /// The normalized text as valid UTF-8 (what is stored; byte offsets point into it). The
    /// writer stores these bytes as they are: no String has to be made (and validated) for it.
    public let utf8: [UInt8]
    /// The normalized text (offsets point into it).
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    /// The header and the references found in the text.
    public var extraction: Extraction
    /// The folded text written to the full-text index.
    public let foldedText: String
    /// The identity the document's own header gives it, if it is an official document.
    public let identity: DocumentIdentity?
    /// Per reference (same order as `extraction.references`): the identity it points to.
    public let targets: [DocumentIdentity?]
    /// Per reference: the sentence around it.
    public let sentences: [String]

    /// Prepares a document for ingest from its normalized text as valid UTF-8 bytes (as
    /// `DocumentReader` gives it).
    public init(path: String, contentHash: String, size: Int, modifiedAt: String? = nil,
                format: String = "txt", encoding: String = "utf-8", utf8: [UInt8], extraction: Extraction) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.modifiedAt = modifiedAt
        self.format = format
        self.encoding = encoding
        self.utf8 = utf8
        self.extraction = extraction
        identity = DocumentIdentity(header: extraction.document)
        targets = extraction.references.map { DocumentIdentity(reference: $0) }
        (foldedText, sentences) = utf8.withUnsafeBufferPointer { buf in
            (Folding.foldForIndex(bytes: buf),
             extraction.references.map { Sentence.around(buf, byteStart: $0.byteStart, byteEnd: $0.byteEnd) })
        }
    }

    /// Prepares a document for ingest.
    public init(path: String, contentHash: String, size: Int, modifiedAt: String? = nil,
                format: String = "txt", encoding: String = "utf-8", text: String, extraction: Extraction) {
        self.init(path: path, contentHash: contentHash, size: size, modifiedAt: modifiedAt, format: format,
                  encoding: encoding, utf8: Array(text.utf8), extraction: extraction)
    }

    /// Prepares a document whose file is its text in UTF-8 (tests, standard input).
    public init(path: String, text: String, extraction: Extraction) {
        let bytes = Array(text.utf8)
        self.init(path: path, contentHash: SHA256.hex(bytes), size: bytes.count, utf8: bytes, extraction: extraction)
    }
}
