import Foundation

/// Rich Text Format: text with `\'xx` byte escapes and `\uN` Unicode escapes, paragraphs, line
/// breaks, table cells (one per line); the font table decides how bytes are decoded (`.VnTime` →
/// TCVN3, `VNI-…` → VNI, `\fcharset163` → Windows-1258, else the document's `\ansicpg`), so that
/// `S\'e8 120/2000/TTLT-BTC-BCN-TCHQ ng\'b5y` in a `.VnTime` font reads `Số 120/2000/TTLT-BTC-BCN-TCHQ ngày`.
/// Font, style, colour, information, picture and object groups and `{\*\…}` destinations are skipped.
enum RTFReader {
    /// Groups whose content is never document text.
    static let skipped: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "fldinst", "filetbl", "listtable", "listoverridetable",
        "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore",
        "latentstyles", "pgdsctbl", "bkmkstart", "bkmkend", "template", "docvar", "private", "nonshppict", "blipuid",
    ]
    /// Most nested groups followed; deeper input is refused.
    static let maxDepth = 4096

    struct Font { var name = ""; var charset = -1 }

    struct State {
        var font = -1
        var uc = 1
        var skip = false
        var fontTable = false
        /// Inside `{\*\panose …}` or `{\*\falt …}` within a font entry: not part of the name.
        var fontAside = false
        /// Inside a `{\footnote …}` group: its text goes after the body (as Word files' notes do), not into the sentence
        /// that carries the mark.
        var note = false
    }

    static func read(_ bytes: [UInt8]) throws(DocumentTextError) -> RawDocument {
        var parser = Parser(bytes)
        try parser.run()
        let repaired = VietnameseDecoder.repair(parser.builder.result, container: "utf-8")
        var parts = repaired.encoding.split(separator: "+").map(String.init)
        if !parser.usedLegacy.isEmpty && !parser.sawUnicode { parts.removeAll { $0 == "utf-8" } }
        for e in LegacyEncoding.allCases where parser.usedLegacy.contains(e) && !parts.contains(e.rawValue) { parts.append(e.rawValue) }
        return RawDocument(text: repaired.text, encoding: parts.isEmpty ? "utf-8" : parts.joined(separator: "+"))
    }

    struct Parser {
        let b: [UInt8]
        var i = 0
        var builder = TextBuilder()
        /// Footnotes and endnotes, appended after the body; swapped with `builder` while inside one.
        var notes = TextBuilder()
        var stack: [State] = []
        var state = State()
        var fonts: [Int: Font] = [:]
        var defaultCodepage = LegacyEncoding.cp1252
        var pendingUnits: [UInt32] = []        // 8-bit text of the current font, not yet decoded
        var pendingEncoding = LegacyEncoding.cp1252
        var pendingUpper = false                // a `.VnTimeH`-style font: TCVN3 text in capitals
        var skipFallback = 0                    // characters still to skip after \uN
        var usedLegacy: Set<LegacyEncoding> = []
        var sawUnicode = false
        var fontName: [UInt8] = []

        init(_ bytes: [UInt8]) { b = bytes }

        mutating func run() throws(DocumentTextError) {
            guard b.count >= 5, DocumentFormat.sniff(b) == .rtf else { throw DocumentTextError("not an RTF file: no {\\rtf header") }
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x7B:  // {
                    if stack.count >= maxDepth { throw DocumentTextError("RTF groups nested too deeply") }
                    stack.append(state)
                    i += 1
                    // `{\*\dest …}`: an optional destination, skipped when not understood (always here).
                    if i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x2A {
                        state.skip = true
                        if state.fontTable { state.fontAside = true }
                    }
                case 0x7D:  // }
                    if state.fontTable, !fontName.isEmpty { endFontName() }
                    // 8-bit text waits across groups (`{\\f1 Quye}{\\f1 \\'e1t}`: a VNI tone mark in a group of its own);
                    // `byte` flushes it when the decoding changes.
                    let leftNote = state.note
                    if let s = stack.popLast() { state = s }
                    if leftNote, !state.note { flushBytes(); builder.blockBreak(); swap(&builder, &notes) }
                    i += 1
                case 0x5C:  // backslash
                    try control()
                case 0x0D, 0x0A:
                    i += 1
                default:
                    i += 1
                    if state.fontTable { fontNameByte(c); continue }
                    if state.skip { continue }
                    if skipFallback > 0 { skipFallback -= 1; continue }
                    byte(c)
                }
            }
            flushBytes()
            if state.note { swap(&builder, &notes) }
            let appended = notes.result.drop { $0 == " " || $0 == "\n" }
            if !appended.isEmpty { builder.sectionBreak(); builder.text(appended, preserve: true) }
        }

        /// A control word or symbol at `i` (which holds the backslash).
        mutating func control() throws(DocumentTextError) {
            i += 1
            guard i < b.count else { return }
            let c = b[i]
            let isLetter = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
            if !isLetter {
                i += 1
                if c == 0x27 {  // \'hh
                    guard i + 1 < b.count, let v = hex(b[i], b[i + 1]) else { return }
                    i += 2
                    if state.fontTable { fontNameByte(v); return }
                    if state.skip { return }
                    if skipFallback > 0 { skipFallback -= 1; return }
                    byte(v)
                    return
                }
                if state.skip || state.fontTable { return }
                if skipFallback > 0 { skipFallback -= 1; return }
                switch c {
                case 0x5C, 0x7B, 0x7D: byte(c)              // \\ \{ \}
                case 0x7E: unicode(0xA0)                     // \~ non-breaking space
                case 0x5F: unicode(0x2D)                     // \_ non-breaking hyphen
                case 0x2D: break                             // \- optional hyphen
                case 0x0D, 0x0A: flushBytes(); builder.blockBreak()   // \<newline> = \par
                case 0x09: flushBytes(); builder.tab()
                default: break
                }
                return
            }
            var j = i
            while j < b.count, (b[j] >= 0x61 && b[j] <= 0x7A) || (b[j] >= 0x41 && b[j] <= 0x5A), j - i < 32 { j += 1 }
            let word = String(decoding: b[i..<j], as: UTF8.self)
            var param: Int?
            var k = j
            var negative = false
            if k < b.count, b[k] == 0x2D { negative = true; k += 1 }
            var digits = 0, v = 0
            while k < b.count, b[k] >= 0x30 && b[k] <= 0x39, digits < 10 { v = v * 10 + Int(b[k] - 0x30); k += 1; digits += 1 }
            if digits > 0 { param = negative ? -v : v; j = k }
            if j < b.count, b[j] == 0x20 { j += 1 }
            i = j
            apply(word, param)
        }

        mutating func apply(_ word: String, _ param: Int?) {
            if word == "fonttbl" { state.fontTable = true; state.skip = true; return }
            if state.fontTable {
                switch word {
                case "f": if !fontName.isEmpty { endFontName() }; currentFontDef = param ?? -1
                case "fcharset": if let p = param { fonts[currentFontDef, default: Font()].charset = p }
                default: break
                }
                return
            }
            if RTFReader.skipped.contains(word) { state.skip = true; return }
            switch word {
            case "ansicpg": if param == 1258 { defaultCodepage = .cp1258 }
            case "uc": state.uc = max(0, param ?? 1)
            case "f": state.font = param ?? -1
            case "footnote":
                flushBytes()
                if !state.note, !state.skip { state.note = true; swap(&builder, &notes); builder.blockBreak() }
            case "plain": break
            default: break
            }
            if state.skip { return }
            switch word {
            case "u":
                guard var p = param else { return }
                if p < 0 { p += 65536 }
                unicode(UInt32(p))
                skipFallback = state.uc
            case "par", "sect", "page": flushBytes(); builder.blockBreak()
            case "line": flushBytes(); builder.lineBreak()
            case "cell", "nestcell", "row", "nestrow": flushBytes(); builder.blockBreak()
            case "tab": flushBytes(); builder.tab()
            case "emdash": unicode(0x2014)
            case "endash": unicode(0x2013)
            case "bullet": unicode(0x2022)
            case "lquote": unicode(0x2018)
            case "rquote": unicode(0x2019)
            case "ldblquote": unicode(0x201C)
            case "rdblquote": unicode(0x201D)
            case "emspace", "enspace", "qmspace": unicode(0x20)
            default: break
            }
        }

        var currentFontDef = -1

        mutating func fontNameByte(_ c: UInt8) {
            if state.fontAside { return }
            if c == 0x3B { endFontName(); return }     // ';' ends a font entry
            fontName.append(c)
        }

        mutating func endFontName() {
            let name = String(decoding: fontName, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if currentFontDef >= 0, !name.isEmpty, fonts[currentFontDef]?.name.isEmpty ?? true {
                fonts[currentFontDef, default: Font()].name = name
            }
            fontName.removeAll()
        }

        /// The decoding of 8-bit text in the current font.
        func encodingForFont() -> LegacyEncoding {
            guard let f = fonts[state.font] else { return defaultCodepage }
            if let e = DOCXReader.legacyEncoding(font: f.name) { return e }
            if f.charset == 163 { return .cp1258 }
            return defaultCodepage
        }

        mutating func byte(_ c: UInt8) {
            let enc = encodingForFont()
            let upper = enc == .tcvn3 && fonts[state.font].map { DOCXReader.isUppercaseFont($0.name) } ?? false
            if enc != pendingEncoding || upper != pendingUpper { flushBytes(); pendingEncoding = enc; pendingUpper = upper }
            pendingUnits.append(UInt32(c))
        }

        mutating func unicode(_ s: UInt32) {
            flushBytes()
            if s >= 0x80 { sawUnicode = true }
            if let u = Unicode.Scalar(s) { builder.scalar(u, preserve: true) }
        }

        mutating func flushBytes() {
            if pendingUnits.isEmpty { return }
            if pendingEncoding != .cp1252 { usedLegacy.insert(pendingEncoding) }
            var decoded = LegacyDecoders.decode(pendingUnits, as: pendingEncoding)
            if pendingUpper { decoded = decoded.map(VietnameseSyllables.uppercase) }
            pendingUnits.removeAll(keepingCapacity: true)
            for s in decoded { if let u = Unicode.Scalar(s) { builder.scalar(u, preserve: true) } }
        }

        func hex(_ a: UInt8, _ b: UInt8) -> UInt8? {
            func v(_ c: UInt8) -> UInt8? {
                switch c {
                case 0x30...0x39: return c - 0x30
                case 0x61...0x66: return c - 0x57
                case 0x41...0x46: return c - 0x37
                default: return nil
                }
            }
            guard let x = v(a), let y = v(b) else { return nil }
            return x << 4 | y
        }
    }
}
