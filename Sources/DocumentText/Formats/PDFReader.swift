import Foundation

/// PDFs through poppler's `pdftotext` (reading order, not `-layout`: two-column headers then come
/// out one column after the other instead of interleaved line by line). Pages are joined so that a
/// reference broken over a page or line break still reads: page numbers standing alone at the top or
/// bottom of a page are dropped, and a line ending inside a symbol (`127/2018/`, `NĐ-`) is joined to
/// the next. Text layers made with TCVN3 fonts go through the per-paragraph encoding detector.
enum PDFReader {
    static let tool = ExternalTool(name: "pdftotext", package: "poppler-utils")

    /// Converts a PDF; `layout` selects `pdftotext -layout` (kept for comparison).
    static func read(_ bytes: [UInt8], path: String?, layout: Bool = false) throws(DocumentTextError) -> RawDocument {
        let input = InputFile(path: path, bytes: bytes, suffix: "pdf")
        var args = ["-enc", "UTF-8", "-eol", "unix"]
        if layout { args.append("-layout") }
        args += ["{}", "-"]
        let out = try tool.run(args, input: input)
        if out.timedOut { throw DocumentTextError("PDF conversion timed out") }
        if out.status != 0 {
            let msg = ExternalTool.firstLine(out.stderr)
            if out.stderr.localizedCaseInsensitiveContains("password") { throw DocumentTextError("encrypted PDF (a password is required)") }
            throw DocumentTextError("not a readable PDF: \(msg.isEmpty ? "pdftotext exit status \(out.status)" : msg)")
        }
        let raw = String(decoding: out.stdout, as: UTF8.self)
        let pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let pageCount = max(1, pages.count - (pages.last?.allSatisfy(\.isWhitespace) == true ? 1 : 0))
        let visible = raw.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
        if visible == 0 || visible < 8 * pageCount && visible < 200 {
            throw DocumentTextError("scanned PDF without a text layer (\(pageCount) page\(pageCount == 1 ? "" : "s"), no text to read)")
        }
        let joined = joinPages(pages.map { String($0) })
        let repaired = VietnameseDecoder.repair(joined, container: "utf-8")
        return RawDocument(text: repaired.text, encoding: repaired.encoding)
    }

    /// Joins pages, dropping lone page numbers at page edges, then mends symbol breaks.
    static func joinPages(_ pages: [String]) -> String {
        var lines: [Substring] = []
        for page in pages {
            var pl = LineCleanup.lines(page)
            while let first = pl.first, first.allSatisfy(\.isWhitespace) { pl.removeFirst() }
            while let last = pl.last, last.allSatisfy(\.isWhitespace) { pl.removeLast() }
            if let first = pl.first, isPageNumber(first) { pl.removeFirst() }
            if let last = pl.last, isPageNumber(last) { pl.removeLast() }
            if pl.isEmpty { continue }
            lines.append(contentsOf: pl)
        }
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (i, line) in lines.enumerated() {
            out.append(contentsOf: line)
            if i + 1 < lines.count { out.append(joinsSymbol(line, lines[i + 1]) ? "" : "\n") }
        }
        return out
    }

    /// `12`, `- 12 -`, `Trang 12`, `12/30`: a page number on a line of its own.
    static func isPageNumber(_ line: Substring) -> Bool {
        var s = line.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("trang ") { s = String(s.dropFirst(6)) }
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "-–— "))
        if s.isEmpty || s.count > 9 { return false }
        let parts = s.split(separator: "/")
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Whether a line break falls inside a document symbol: the line ends with `/` or `-` right
    /// after a digit or capital letter (`127/2018/`, `QĐ-`) and the next starts with a capital or digit.
    static func joinsSymbol(_ a: Substring, _ b: Substring) -> Bool {
        let left = a.unicodeScalars
        guard let last = left.last, last == "/" || last == "-" else { return false }
        let before = left.dropLast().last
        guard let before, before.properties.isUppercase || ("0"..."9").contains(before) else { return false }
        guard let next = b.unicodeScalars.first else { return false }
        return next.properties.isUppercase || ("0"..."9").contains(next)
    }
}
