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
    /// Writes a superscript of one to three digits (`<sup>2</sup>`, Word's raised `3`): after `m` a unit's power
    /// (`m²`), else a footnote mark apart from the word or symbol before it (`[²]`: glued, `Quyết định3` read as a
    /// decision numbered 3 and `05/2018/TT-BGDĐT2` as another code). False, writing nothing, for any other superscript.
    mutating func superscript(_ text: String) -> Bool {
        guard let mark = TextBuilder.footnoteMark(text) else { return false }
        self.text(out.last == "m" && (mark == "²" || mark == "³") ? mark : "[" + mark + "]")
        return true
    }

    /// The number of a superscript of one to three digits (`2`, `[12]`) in superscript digits (`²`, `¹²`); nil for
    /// any other superscript.
    static func footnoteMark(_ text: String) -> String? {
        let t = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        let digits = t.first == "[" && t.last == "]" ? t.dropFirst().dropLast() : t[...]
        guard (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(digits.map { superscripts[Int(String($0))!] })
    }

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
