/// Accumulates the text of a structured document (HTML, DOCX, RTF): runs of white space in
/// running text collapse to one space, block boundaries become line breaks, never more than one
/// blank line in a row.
struct TextBuilder {
    private(set) var out = String.UnicodeScalarView()
    private var pendingSpace = false
    private var newlines = 1          // consecutive newlines at the end (1 at the start: no leading breaks)
    /// Characters appended so far (bounded by the readers to stop runaway documents).
    private(set) var count = 0

    /// Appends running text; white space collapses unless `preserve` (`<pre>`).
    mutating func text<S: StringProtocol>(_ s: S, preserve: Bool = false) {
        for u in s.unicodeScalars { scalar(u, preserve: preserve) }
    }

    /// Appends one scalar of running text.
    mutating func scalar(_ u: Unicode.Scalar, preserve: Bool = false) {
        if preserve {
            if u == "\n" { lineBreak(); return }
            if u == "\r" { return }
        } else if u == " " || u == "\n" || u == "\t" || u == "\r" || u == "\u{0C}" {
            pendingSpace = true
            return
        }
        if pendingSpace && newlines == 0 { out.append(" "); count += 1 }
        pendingSpace = false
        out.append(u)
        count += 1
        newlines = 0
    }

    /// A tab inside running text (DOCX `<w:tab/>`, table cells laid out in a row).
    mutating func tab() {
        if newlines == 0 { out.append("\t"); count += 1 }
        pendingSpace = false
    }

    /// A forced line break (`<br>`, `<w:br/>`).
    mutating func lineBreak() {
        pendingSpace = false
        if newlines >= 2 { return }
        out.append("\n"); count += 1
        newlines += 1
    }

    /// The end of a block (paragraph, heading, list item, table cell): the next text starts a new line.
    mutating func blockBreak() {
        pendingSpace = false
        if newlines == 0 { out.append("\n"); count += 1; newlines = 1 }
    }

    /// A blank line between larger sections (tables, footnotes).
    mutating func sectionBreak() {
        blockBreak()
        if newlines == 1 && !out.isEmpty { out.append("\n"); count += 1; newlines = 2 }
    }

    /// The text, without trailing blank lines.
    var result: String {
        var s = out
        while let last = s.last, last == "\n" || last == " " { s.removeLast() }
        return String(s)
    }
}
