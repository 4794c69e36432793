import Foundation
import LegalRefs

/// A document read from any supported format, decoded to Unicode and normalized.
public struct LoadedDocument: Sendable {
    /// The normalized text as UTF-8 bytes (always valid UTF-8): what extraction reads, and what
    /// byte offsets refer to.
    public var utf8: [UInt8]
    /// The normalized text (what `cancu text` prints and offsets refer to).
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = Array(newValue.utf8) }
    }
    /// The container format: `txt`, `html`, `docx`, `pdf`, `doc`, `rtf`.
    public var format: String
    /// What the bytes were decoded from: `utf-8`, `utf-16le`, `cp1258`, `tcvn3`, `vni`, `utf-8-mojibake`, `utf-8+tcvn3`, …
    public var encoding: String
    /// Facts from the container (HTML `<title>`, publication date).
    public var hints: DocumentHints
    /// Creates a loaded document.
    public init(text: String, format: String, encoding: String, hints: DocumentHints = DocumentHints()) {
        self.utf8 = Array(text.utf8); self.format = format; self.encoding = encoding; self.hints = hints
    }
    /// Creates a loaded document from normalized text given as valid UTF-8 bytes.
    public init(utf8: [UInt8], format: String, encoding: String, hints: DocumentHints = DocumentHints()) {
        self.utf8 = utf8; self.format = format; self.encoding = encoding; self.hints = hints
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
        // Read straight into the array that is then normalized in place: a file costs its size once.
        let bytes = try readFile(path)
        return try read(bytes: bytes, name: path, path: path)
    }

    /// The bytes of a regular file, read with plain `read(2)` calls straight into one array sized by `fstat`.
    static func readFile(_ path: String) throws(DocumentTextError) -> [UInt8] {
        try fileContents(atPath: path).bytes
    }

    /// The bytes of a regular file and its modification time (ISO 8601, UTC): what `cancu index` hashes and stores.
    public static func fileContents(atPath path: String) throws(DocumentTextError) -> (bytes: [UInt8], modified: String) {
        func failure(_ code: Int32) -> DocumentTextError { DocumentTextError("cannot read file: \(String(cString: strerror(code)))") }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw failure(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw DocumentTextError("not a regular file") }
        // One byte more than the size shows whether the file grew while it was read.
        var code: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(st.st_size), 0) + 1) { buf, count in
            count = 0
            while count < buf.count {
                let n = Foundation.read(fd, buf.baseAddress! + count, buf.count - count)
                if n < 0 { if errno == EINTR { continue }; code = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if code != 0 { throw failure(code) }
        if bytes.count == max(Int(st.st_size), 0) + 1 {
            // The file grew while it was read: the rest in pieces.
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
                if n < 0 { if errno == EINTR { continue }; throw failure(errno) }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
        }
        var tm = tm()
        var secs = st.st_mtim.tv_sec
        gmtime_r(&secs, &tm)
        let iso = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1,
                         Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
        return (bytes, iso)
    }

    /// Reads standard input to its end and decodes it (any format, as for a file).
    public static func readStandardInput() throws(DocumentTextError) -> LoadedDocument {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try read(bytes: [UInt8](data), name: "-")
    }

    /// Decodes bytes; `name` (a path or file name) helps detect the format.
    public static func read(bytes: consuming [UInt8], name: String) throws(DocumentTextError) -> LoadedDocument {
        try read(bytes: bytes, name: name, path: nil)
    }

    static func read(bytes: consuming [UInt8], name: String, path: String?) throws(DocumentTextError) -> LoadedDocument {
        if bytes.isEmpty { throw DocumentTextError("empty file") }
        let format = try DocumentFormat.detect(bytes: bytes, name: name)
        let raw: RawDocument
        switch format {
        case .txt:
            // Clean UTF-8 (the common case) is validated and normalized in one pass, in place.
            if let encoding = CleanUTF8.normalize(&bytes) { return LoadedDocument(utf8: bytes, format: format.rawValue, encoding: encoding) }
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
