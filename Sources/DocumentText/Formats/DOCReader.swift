import Foundation

/// Word 97–2003 documents through the built-in piece-table reader (`WordBinary`; it reads
/// fast-saved files, footnotes and headers, and agrees with antiword on the text elsewhere), then
/// `antiword` (Debian package `antiword`) and `catdoc` (package `catdoc`) for what it cannot parse
/// (Word 6/95, damaged files). All of them hand back
/// the 8-bit text of `.VnTime`/VNI documents as Windows-1252 characters, which the per-paragraph
/// detector then decodes. Table rows (`|cell|cell|`) become one cell per line.
enum DOCReader {
    static let antiword = ExternalTool(name: "antiword", package: "antiword")
    static let catdoc = ExternalTool(name: "catdoc", package: "catdoc")

    static func read(_ bytes: [UInt8], path: String?) throws(DocumentTextError) -> RawDocument {
        var firstError: DocumentTextError
        do { return try readBuiltIn(bytes) } catch { firstError = error }
        // Word 6/95 files and whatever the built-in reader cannot parse go to the external tools.
        let input = InputFile(path: path, bytes: bytes, suffix: "doc")
        defer { input.cleanUp() }
        var text: String?
        if antiword.executable != nil {
            let out = try antiword.run(["-w", "0", "-m", "UTF-8.txt", "{}"], input: input)
            if out.status == 0 && !out.stdout.isEmpty {
                text = String(decoding: out.stdout, as: UTF8.self)
            } else if firstError.message.hasSuffix("Word 6/95 format") {
                let msg = ExternalTool.firstLine(out.stderr)
                firstError = DocumentTextError("not a readable Word document: \(msg.isEmpty ? "antiword exit status \(out.status)" : msg)")
            }
        } else if firstError.message.hasSuffix("Word 6/95 format") {
            firstError = DocumentTextError("\(firstError.message); \(antiword.missing.message)")
        }
        if text == nil, catdoc.executable != nil {
            text = try runCatdoc(input)
        }
        guard let text else { throw firstError }
        let repaired = VietnameseDecoder.repair(tidy(text), container: "utf-8")
        return RawDocument(text: repaired.text, encoding: repaired.encoding)
    }

    /// The built-in piece-table reader alone.
    static func readBuiltIn(_ bytes: [UInt8]) throws(DocumentTextError) -> RawDocument {
        let repaired = VietnameseDecoder.repair(tidy(try WordBinary.text(bytes)), container: "utf-8")
        return RawDocument(text: repaired.text, encoding: repaired.encoding)
    }

    /// catdoc, with a private output format that keeps U+00AD: in TCVN3 text that byte is `ư`, and
    /// catdoc's stock formats delete it as a soft hyphen.
    static func runCatdoc(_ input: InputFile) throws(DocumentTextError) -> String? {
        let dir = FileManager.default.temporaryDirectory.path + "/cancu-catdoc-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try "001C \"\\t\"\n001E \"-\"\n".write(toFile: dir + "/cancu.specchars", atomically: true, encoding: .utf8)
            try "".write(toFile: dir + "/cancu.replchars", atomically: true, encoding: .utf8)
            try "map_path = \(dir):/usr/share/catdoc\ncharset_path = /usr/share/catdoc\n"
                .write(toFile: dir + "/.catdocrc", atomically: true, encoding: .utf8)
        } catch {
            throw DocumentTextError("cannot create temporary files for catdoc")
        }
        let out = try catdoc.run(["-w", "-f", "cancu", "-d", "utf-8", "{}"], input: input, environment: ["HOME": dir])
        guard out.status == 0, !out.stdout.isEmpty else { return nil }
        return String(decoding: out.stdout, as: UTF8.self)
    }

    /// Table rows to one cell per line; runs of blank lines to one.
    static func tidy(_ text: String) -> String {
        var out: [Substring] = []
        var blank = 0
        for line in LineCleanup.lines(text) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.count >= 2, t.hasPrefix("|"), t.hasSuffix("|") {
                for cell in t.split(separator: "|") {
                    let c = cell.trimmingCharacters(in: .whitespaces)
                    if !c.isEmpty { out.append(Substring(c)); blank = 0 }
                }
                continue
            }
            if t.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}

