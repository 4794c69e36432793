import Foundation
import ZIPFoundation

/// Word 2007+ documents: paragraphs, tables (one cell per line), line breaks and tabs, text boxes,
/// footnotes and endnotes appended, then each distinct header and footer once. Runs in `.VnTime` (TCVN3) or `VNI-…` fonts hold legacy text
/// that Word stored as Windows-1252 characters; they are decoded per run. Archives are bounded:
/// entry count, total uncompressed size (counted while inflating, headers can lie) and XML nesting.
enum DOCXReader {
    /// Most bytes inflated from one archive.
    static let maxUncompressed = 200 << 20
    /// Most entries in one archive.
    static let maxEntries = 20_000
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Reads a DOCX; `limit` caps the bytes inflated from the archive.
    static func read(_ bytes: [UInt8], limit: Int = maxUncompressed) throws(DocumentTextError) -> RawDocument {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw DocumentTextError("not a DOCX file: the ZIP archive is truncated or damaged")
        }
        var entries: [String: Entry] = [:]
        var declared: UInt64 = 0
        for entry in archive {
            entries[entry.path] = entry
            declared &+= entry.uncompressedSize
            if entries.count > maxEntries { throw DocumentTextError("not a DOCX file: more than \(maxEntries) entries in the ZIP archive") }
        }
        if entries.isEmpty { throw DocumentTextError("not a DOCX file: the ZIP archive is truncated or damaged") }
        if declared > UInt64(limit) * 4 {
            throw DocumentTextError("DOCX too large: \(declared >> 20) MB uncompressed (limit \(limit >> 20) MB)")
        }
        var budget = limit
        let mainPath = try mainDocumentPath(archive, entries, &budget)
        guard let main = entries[mainPath] else {
            if entries["content.xml"] != nil { throw DocumentTextError("not a DOCX file: an OpenDocument (ODT) file") }
            if entries["xl/workbook.xml"] != nil { throw DocumentTextError("not a DOCX file: an Excel workbook") }
            if entries["ppt/presentation.xml"] != nil { throw DocumentTextError("not a DOCX file: a PowerPoint presentation") }
            throw DocumentTextError("not a DOCX file: no word/document.xml in the ZIP archive")
        }
        let dir = mainPath.contains("/") ? String(mainPath[..<mainPath.lastIndex(of: "/")!]) + "/" : ""
        var styles = Styles()
        if let e = entries[dir + "styles.xml"] {
            // Styles only refine font detection; a damaged styles part is ignored.
            if let data = try? extract(archive, e, &budget) { try? styles.load(data) }
        }
        var walker = Walker(styles: styles)
        try walker.run(try extract(archive, main, &budget), part: mainPath)
        for note in ["footnotes.xml", "endnotes.xml"] {
            guard let e = entries[dir + note] else { continue }
            walker.builder.sectionBreak()
            try walker.run(try extract(archive, e, &budget), part: dir + note)
        }
        // Headers and footers last, each distinct text once (they repeat per section).
        var seen: Set<String> = []
        for part in headerParts(archive, entries, dir: dir, mainPath: mainPath, &budget) {
            guard let e = entries[part], let data = try? extract(archive, e, &budget) else { continue }
            var w = Walker(styles: styles)
            guard (try? w.run(data, part: part)) != nil else { continue }
            let text = w.builder.result.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.allSatisfy({ $0.isNumber || $0.isWhitespace }) || !seen.insert(text).inserted { continue }
            walker.builder.sectionBreak()
            walker.builder.text(text, preserve: true)
            walker.legacyFonts.formUnion(w.legacyFonts)
            walker.unicodeText = walker.unicodeText || w.unicodeText
        }
        let repaired = VietnameseDecoder.repair(walker.builder.result, container: "utf-8")
        // Runs decoded by font count as their legacy encoding; the rest as whatever the repair found.
        var parts: [String] = []
        if walker.unicodeText || walker.legacyFonts.isEmpty { parts = repaired.encoding.split(separator: "+").map(String.init) }
        for e in LegacyEncoding.allCases where walker.legacyFonts.contains(e) && !parts.contains(e.rawValue) { parts.append(e.rawValue) }
        return RawDocument(text: repaired.text, encoding: parts.joined(separator: "+"))
    }

    /// The main document part from `_rels/.rels` (normally `word/document.xml`).
    static func mainDocumentPath(_ archive: Archive, _ entries: [String: Entry], _ budget: inout Int) throws(DocumentTextError) -> String {
        guard let rels = entries["_rels/.rels"], let data = try? extract(archive, rels, &budget) else { return "word/document.xml" }
        var target: String?
        try? XMLEvents.parse(data, part: "_rels/.rels") { event throws(DocumentTextError) in
            if case .start(_, "Relationship", let attrs) = event,
               let type = attrs.first(where: { $0.0 == "Type" })?.1, type.hasSuffix("/officeDocument"),
               let t = attrs.first(where: { $0.0 == "Target" })?.1 {
                target = t.hasPrefix("/") ? String(t.dropFirst()) : t
            }
        }
        return target ?? "word/document.xml"
    }

    /// The header and footer parts named in the main part's relationships, in their order there.
    static func headerParts(_ archive: Archive, _ entries: [String: Entry], dir: String, mainPath: String,
                            _ budget: inout Int) -> [String] {
        let relsPath = dir + "_rels/" + (mainPath.split(separator: "/").last.map(String.init) ?? "document.xml") + ".rels"
        guard let rels = entries[relsPath], let data = try? extract(archive, rels, &budget) else { return [] }
        var parts: [String] = []
        try? XMLEvents.parse(data, part: relsPath) { event throws(DocumentTextError) in
            guard case .start(_, "Relationship", let attrs) = event,
                  let type = attrs.first(where: { $0.0 == "Type" })?.1, type.hasSuffix("/header") || type.hasSuffix("/footer"),
                  let target = attrs.first(where: { $0.0 == "Target" })?.1 else { return }
            parts.append(target.hasPrefix("/") ? String(target.dropFirst()) : dir + target)
        }
        return parts
    }

    private struct TooLarge: Error {}

    /// Inflates one entry, counting against the archive's budget.
    static func extract(_ archive: Archive, _ entry: Entry, _ budget: inout Int) throws(DocumentTextError) -> [UInt8] {
        var out: [UInt8] = []
        let remaining = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > remaining { throw TooLarge() }
                out.append(contentsOf: chunk)
            }
        } catch is TooLarge {
            throw DocumentTextError("DOCX too large: the archive inflates beyond the size limit (zip bomb?)")
        } catch {
            throw DocumentTextError("not a DOCX file: the ZIP archive is truncated or damaged (\(entry.path))")
        }
        budget -= out.count
        return out
    }

    /// Which legacy encoding a font name implies: `.VnTime`, `.VnTimeH`, `.VnArial` → TCVN3;
    /// `VNI-Times`, `VNI-Helve` → VNI.
    static func legacyEncoding(font: String) -> LegacyEncoding? {
        let f = font.lowercased()
        if f.hasPrefix(".vn") { return .tcvn3 }
        if f.hasPrefix("vni-") || f.hasPrefix("vni ") { return .vni }
        return nil
    }

    /// Whether a TCVN3 font is one of the upper-case fonts (`.VnTimeH`, `.VnArialH`).
    static func isUppercaseFont(_ font: String) -> Bool {
        let f = font.lowercased()
        return f.hasPrefix(".vn") && f.hasSuffix("h")
    }

    /// Fonts from `styles.xml`: style id → font and parent, and the document default.
    struct Styles {
        var font: [String: String] = [:]
        var basedOn: [String: String] = [:]
        var defaultFont: String?
        var defaultParagraphStyle: String?

        mutating func load(_ data: [UInt8]) throws(DocumentTextError) {
            var current: String?
            var inDefaults = false
            var inRPr = false
            try XMLEvents.parse(data, part: "styles.xml") { event throws(DocumentTextError) in
                switch event {
                case .start(_, let name, let attrs):
                    let a = { (k: String) in attrs.first(where: { $0.0 == k })?.1 }
                    switch name {
                    case "style":
                        current = a("styleId")
                        if a("type") == "paragraph", a("default") == "1" || a("default") == "true" { defaultParagraphStyle = current }
                    case "rPrDefault": inDefaults = true
                    case "rPr": inRPr = true
                    case "basedOn": if let c = current, let v = a("val") { basedOn[c] = v }
                    case "rFonts" where inRPr:
                        if let f = a("ascii") ?? a("hAnsi") {
                            if inDefaults { defaultFont = f } else if let c = current { font[c] = f }
                        }
                    default: break
                    }
                case .end(_, let name):
                    if name == "style" { current = nil }
                    if name == "rPrDefault" { inDefaults = false }
                    if name == "rPr" { inRPr = false }
                case .text: break
                }
            }
        }

        /// The font a style gives, following `basedOn` (at most 16 steps: cycles exist in the wild).
        func resolve(_ style: String?) -> String? {
            var s = style
            var steps = 0
            while let id = s, steps < 16 {
                if let f = font[id] { return f }
                s = basedOn[id]
                steps += 1
            }
            return nil
        }
    }

    /// The walk over one WordprocessingML part.
    struct Walker {
        var builder = TextBuilder()
        let styles: Styles
        var legacyFonts: Set<LegacyEncoding> = []
        var unicodeText = false

        private var inText = false
        private var skipDepth = 0          // inside mc:Fallback, w:instrText, w:delText, w:moveFrom, separator notes
        private var inPPr = false
        private var inRPr = false
        private var paraStyle: String?
        private var runStyle: String?
        private var runFont: String?
        private var runHidden = false
        private var runRaised = false      // `w:vertAlign w:val="superscript"`: a footnote mark or a unit's power
        private var pending = String.UnicodeScalarView()   // text of the current run

        init(styles: Styles) { self.styles = styles }

        mutating func run(_ data: [UInt8], part: String) throws(DocumentTextError) {
            try XMLEvents.parse(data, part: part) { event throws(DocumentTextError) in self.handle(event) }
            flushAll()
            builder.blockBreak()
        }

        mutating func handle(_ event: XMLEvents.Event) {
            switch event {
            case .start(let ns, let name, let attrs):
                if skipDepth > 0 { skipDepth += 1; return }
                if ns == DOCXReader.compatibilityNamespace && name == "Fallback" { skipDepth = 1; return }
                guard DOCXReader.wordNamespaces.contains(ns) else { return }
                let a = { (k: String) in attrs.first(where: { $0.0 == k })?.1 }
                switch name {
                case "t": inText = true
                // (`moveFrom`: the text a tracked move took away; its `moveTo` copy is read.)
                case "instrText", "delText", "delInstrText", "moveFrom": skipDepth = 1
                // A text box's content stands apart from the paragraph it is anchored in (`Hạnh phúc` ⏎ `Số: 1234/QĐ-UBND`).
                case "txbxContent": flushAll(); builder.blockBreak()
                case "footnote", "endnote":
                    if let t = a("type"), t != "normal" { skipDepth = 1 }
                case "p": paraStyle = nil
                case "pPr": inPPr = true
                case "pStyle": if inPPr { paraStyle = a("val") }
                case "r": flushRun(); runFont = nil; runStyle = nil; runHidden = false; runRaised = false
                case "rPr": inRPr = true
                case "rStyle": if inRPr && !inPPr { runStyle = a("val") }
                case "rFonts": if inRPr && !inPPr, let f = a("ascii") ?? a("hAnsi") { runFont = f }
                case "vanish": if inRPr && !inPPr && a("val") != "0" && a("val") != "false" { runHidden = true }
                case "vertAlign": if inRPr && !inPPr { runRaised = a("val") == "superscript" }
                case "tab": if !inPPr { flushAll(); builder.tab() }
                case "br", "cr": flushAll(); builder.lineBreak()
                case "noBreakHyphen": pending.append("-")
                default: break
                }
            case .end(let ns, let name):
                if skipDepth > 0 { skipDepth -= 1; return }
                guard DOCXReader.wordNamespaces.contains(ns) else { return }
                switch name {
                case "t": inText = false
                case "pPr": inPPr = false
                case "rPr": inRPr = false
                case "r": flushRun()
                case "p", "tc", "tr", "txbxContent": flushAll(); builder.blockBreak()
                case "tbl": flushAll(); builder.sectionBreak()
                default: break
                }
            case .text(let s):
                if inText && skipDepth == 0 && !runHidden { pending.append(contentsOf: s.unicodeScalars) }
            }
        }

        /// Legacy-font text of consecutive runs, decoded together: Word splits runs at every editing session, and a
        /// VNI tone mark typed later stands in a run of its own (`Quye` + `át` is `Quyết`).
        private var legacyUnits: [UInt32] = []
        private var legacyRun: (encoding: LegacyEncoding, upper: Bool)? = nil

        /// Emits the current run's text; a legacy font's text waits for the runs after it (`flushAll`).
        private mutating func flushRun() {
            if pending.isEmpty { return }
            defer { pending.removeAll() }
            // A raised number (digits are alike in every font): a footnote mark or a unit's power.
            if runRaised, TextBuilder.footnoteMark(String(pending)) != nil {
                flushLegacy()
                _ = builder.superscript(String(pending))
                return
            }
            let font = runFont ?? styles.resolve(runStyle) ?? styles.resolve(paraStyle)
                ?? styles.resolve(styles.defaultParagraphStyle) ?? styles.defaultFont
            guard let font, let enc = DOCXReader.legacyEncoding(font: font) else {
                flushLegacy()
                if pending.contains(where: { $0.value >= 0x80 }) { unicodeText = true }
                builder.text(String(pending), preserve: true)
                return
            }
            legacyFonts.insert(enc)
            let upper = enc == .tcvn3 && DOCXReader.isUppercaseFont(font)
            if let run = legacyRun, run.encoding != enc || run.upper != upper { flushLegacy() }
            legacyRun = (enc, upper)
            // Symbol-font runs may hold private-use characters U+F000–U+F0FF for the font's bytes.
            legacyUnits += LegacyDecoders.units(fromScalars: pending.map { $0.value >= 0xF000 && $0.value <= 0xF0FF ? $0.value - 0xF000 : $0.value })
        }

        /// Decodes and emits the legacy runs waiting.
        private mutating func flushLegacy() {
            guard let run = legacyRun else { return }
            legacyRun = nil
            defer { legacyUnits.removeAll(keepingCapacity: true) }
            var decoded = LegacyDecoders.decode(legacyUnits, as: run.encoding)
            if run.upper { decoded = decoded.map(VietnameseSyllables.uppercase) }
            var view = String.UnicodeScalarView()
            for s in decoded { if let u = Unicode.Scalar(s) { view.append(u) } }
            builder.text(String(view), preserve: true)
        }

        /// The current run and the legacy runs waiting, before a tab, a break or the end of a paragraph or cell.
        private mutating func flushAll() {
            flushRun()
            flushLegacy()
        }
    }
}
