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
        // Read straight into the array that is then normalized in place: a file costs its size once.
        // The size limit is checked on the `fstat` of the open file (`attributesOfItem` cost ~33,000
        // instructions a file, about a tenth of reading a short text).
        let bytes = try readFile(path, limit: maxFileSize)
        return try read(bytes: bytes, name: path, path: path)
    }

    /// The bytes of a regular file, read with plain `read(2)` calls straight into one array sized by `fstat`;
    /// a file larger than `limit` bytes is refused.
    static func readFile(_ path: String, limit: Int = Int.max) throws(DocumentTextError) -> [UInt8] {
        try contents(atPath: path, limit: limit).bytes
    }

    /// The bytes of a regular file and its modification time (ISO 8601, UTC): what `cancu index` hashes and stores.
    public static func fileContents(atPath path: String) throws(DocumentTextError) -> (bytes: [UInt8], modified: String) {
        let (bytes, mtime) = try contents(atPath: path, limit: Int.max)
        return (bytes, isoDate(utcSeconds: mtime))
    }

    /// The bytes of a regular file and its modification time in seconds since 1970.
    private static func contents(atPath path: String, limit: Int) throws(DocumentTextError) -> (bytes: [UInt8], mtime: Int) {
        func failure(_ code: Int32) -> DocumentTextError { DocumentTextError("cannot read file: \(String(cString: strerror(code)))") }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw failure(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw DocumentTextError("not a regular file") }
        if Int(st.st_size) > limit { throw DocumentTextError("file too large (\(Int(st.st_size) / (1 << 20)) MB)") }
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
        return (bytes, Int(st.st_mtim.tv_sec))
    }

    /// `seconds` since 1970 as ISO 8601 in UTC (`2024-05-01T08:30:00Z`), the digits written directly
    /// (`String(format:)` cost ~41,000 instructions a call).
    static func isoDate(utcSeconds seconds: Int) -> String {
        var tm = tm()
        var secs = time_t(seconds)
        gmtime_r(&secs, &tm)
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func put(_ v: Int, _ width: Int) {
            // Zero-padded to `width` digits, wider when the value needs it (as `%04d`, `%02d`).
            var digits: [UInt8] = []
            var n = abs(v)
            repeat { digits.append(UInt8(0x30 + n % 10)); n /= 10 } while n > 0
            while digits.count < width - (v < 0 ? 1 : 0) { digits.append(0x30) }
            if v < 0 { out.append(0x2D) }
            out.append(contentsOf: digits.reversed())
        }
        put(Int(tm.tm_year) + 1900, 4); out.append(0x2D); put(Int(tm.tm_mon) + 1, 2); out.append(0x2D); put(Int(tm.tm_mday), 2)
        out.append(0x54); put(Int(tm.tm_hour), 2); out.append(0x3A); put(Int(tm.tm_min), 2); out.append(0x3A); put(Int(tm.tm_sec), 2)
        out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
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
