import Foundation

/// PDFs through poppler's `pdftotext -layout` (see `Mode` for why not the other orders). Pages are joined so that a
/// reference broken over a page or line break still reads: page numbers standing alone at the top or
/// bottom of a page are dropped, and a line ending inside a symbol (`127/2018/`, `NĐ-`) is joined to
/// the next. Text layers made with TCVN3 fonts go through the per-paragraph encoding detector.
enum PDFReader {
    static let tool = ExternalTool(name: "pdftotext", package: "poppler-utils")

    /// How `pdftotext` orders the text.
    enum Mode: String, CaseIterable, Sendable {
        /// `-raw`: content-stream order, which for the PDFs word processors write is reading order;
        /// but it loses spaces that the PDF gives only as gaps (`phúc thẩmsố 11/2018/HNGĐ-PTngày`).
        case raw
        /// `-layout`: the physical layout, columns side by side (as in the plain-text files of the
        /// same era); keeps every space and every line-end hyphen. The default.
        case layout
        /// No option: reading order reconstructed by poppler. It joins a line ending in `-` to the
        /// next and drops the hyphen (`01/2014/NQ-` + `HĐTP` → `01/2014/NQHĐTP`), so it is not used.
        case readingOrder
    }

    static let defaultMode = Mode.layout

    /// Converts a PDF with `pdftotext` in `mode`.
    static func read(_ bytes: [UInt8], path: String?, mode: Mode = defaultMode) throws(DocumentTextError) -> RawDocument {
        let input = InputFile(path: path, bytes: bytes, suffix: "pdf")
        var args = ["-enc", "UTF-8", "-eol", "unix"]
        switch mode {
        case .raw: args.append("-raw")
        case .layout: args.append("-layout")
        case .readingOrder: break
        }
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
            // A scan: read by OCR where it can run.
            let what = "scanned PDF without a text layer (\(pageCount) page\(pageCount == 1 ? "" : "s"))"
            if let why = OCRReader.unavailable { throw DocumentTextError("\(what): \(why)") }
            let ocr = try OCRReader.pages(of: input)
            let text = joinPages(ocr)
            if !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                throw DocumentTextError("\(what): OCR found no text")
            }
            return RawDocument(text: text, encoding: "ocr")
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
            trimBlankLines(&pl)
            if let first = pl.first, isPageNumber(first) { pl.removeFirst() }
            if let last = pl.last, isPageNumber(last) { pl.removeLast() }
            trimBlankLines(&pl)
            if pl.isEmpty { continue }
            for l in pl {
                var t = l
                while let c = t.last, c == " " || c == "\t" { t = t.dropLast() }
                lines.append(t)
            }
        }
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        var joined = false
        for (i, line) in lines.enumerated() {
            // A line continuing a symbol loses its indentation along with the break.
            out.append(contentsOf: joined ? line.drop { $0 == " " || $0 == "\t" } : line)
            joined = i + 1 < lines.count && joinsSymbol(line, lines[i + 1])
            if i + 1 < lines.count && !joined { out.append("\n") }
        }
        return out
    }

    static func trimBlankLines(_ lines: inout [Substring]) {
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
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

    /// Whether a line break falls inside a document symbol: the line's last token holds a `/`
    /// (`127/2018/`, `số 144/2002/QĐ/`) or ends with `-` after a capital (`NĐ-`), and the next
    /// line's first token is a symbol part (`NĐ-CP`, `QĐ/BTC`, `CP`, `2018/NĐ-CP`).
    static func joinsSymbol(_ a: Substring, _ b: Substring) -> Bool {
        guard let lastSpace = a.unicodeScalars.lastIndex(where: { $0 == " " || $0 == "\t" }).map({ a.unicodeScalars.index(after: $0) }) ?? Optional(a.unicodeScalars.startIndex)
        else { return false }
        let left = a.unicodeScalars[lastSpace...]
        guard let last = left.last, last == "/" || last == "-", left.count >= 2 else { return false }
        let before = left.dropLast().last!
        if last == "-" {
            guard before.properties.isUppercase else { return false }
        } else {
            guard before.properties.isUppercase || ("0"..."9").contains(before) else { return false }
        }
        let right = b.unicodeScalars.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "," && $0 != ";" }
        guard let first = right.first, first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
        // Symbol parts are capitals, digits, `/`, `-`, `&` and `Đ`; the official mixed-case codes end in a small letter.
        var lower = 0
        for u in right {
            if u.properties.isLowercase { lower += 1; continue }
            if !(u.properties.isUppercase || ("0"..."9").contains(u) || u == "/" || u == "-" || u == "&" || u == ".") { return false }
        }
        return lower <= 1 && right.count >= 2
    }
}
