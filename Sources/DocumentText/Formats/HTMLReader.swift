import CLibXML2
import LegalRefs

/// HTML pages through libxml2's forgiving HTML parser: block elements become line breaks, table
/// cells stand on their own lines, scripts, styles, navigation and hidden elements are dropped,
/// entities are decoded; the `<title>` and a publication date go into the hints.
enum HTMLReader {
    /// Elements whose content is never document text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "object",
        "embed", "svg", "canvas", "map", "button", "select", "option", "textarea", "input", "head", "title",
    ]
    /// Elements that start and end a line.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead",
        "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "main", "blockquote", "pre",
        "address", "figure", "figcaption", "hr", "center", "fieldset", "legend", "form", "details", "summary",
        "body", "html",
    ]
    /// `id` values of page chrome on portals (menus, banners); compared exactly, lower-cased.
    static let chromeIDs: Set<String> = ["header", "footer", "menu", "nav", "navigation", "sidebar", "breadcrumb", "breadcrumbs"]
    /// Words in `class` names that mark page chrome (`left-menu`, `topMenu`, `nav_bar`, `breadcrumb`). Not
    /// `header`: an article's header holds its title.
    static let chromeClassWords: Set<String> = ["menu", "menus", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
                                                "sidebar", "footer"]
    /// Deepest element nesting followed; deeper content is still read, as flat text.
    static let maxDepth = 512

    /// Whether a `class` attribute names page chrome: one of its words, split at `-`, `_` and case changes,
    /// is in `chromeClassWords` (`left-menu`, `topMenu`; not `menuitem-title` … nor `content`).
    static func isChromeClass(_ cls: String) -> Bool {
        for token in cls.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            var word = ""
            for ch in token {
                if ch == "-" || ch == "_" || (ch.isUppercase && !word.isEmpty) {
                    if chromeClassWords.contains(word) { return true }
                    word = ""
                }
                if ch != "-" && ch != "_" { word.append(Character(ch.lowercased())) }
            }
            if chromeClassWords.contains(word) { return true }
        }
        return false
    }

    static func read(_ bytes: [UInt8]) throws(DocumentTextError) -> RawDocument {
        let source = try decodeSource(bytes)
        var utf8 = Array(source.text.utf8)
        if utf8.isEmpty { throw DocumentTextError("empty HTML file") }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue)
        let count = Int32(clamping: utf8.count)
        let doc = utf8.withUnsafeMutableBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { htmlReadMemory($0, count, nil, "UTF-8", options) }
        }
        guard let doc else { throw DocumentTextError("not an HTML file: the parser found no document") }
        defer { xmlFreeDoc(doc) }
        var walker = Walker()
        var node = doc.pointee.children
        while let n = node { walker.walk(n); node = n.pointee.next }
        let repaired = VietnameseDecoder.repair(walker.builder.result, container: source.encoding)
        var hints = DocumentHints()
        // The headline: `og:title` (no site name as a rule), else `<title>` without a trailing site name.
        let og = walker.ogTitle.map(collapse) ?? ""
        hints.title = og.isEmpty ? walker.title.map(collapse).map(HTMLReader.withoutSiteName) : og
        if let t = hints.title { hints.title = TextNormalizer.normalize(VietnameseDecoder.repair(t).text) }
        if hints.title?.isEmpty == true { hints.title = nil }
        // A meta tag, an article's `<time datetime>`, a labelled date (`Ngày đăng: …`), an element classed as a date.
        hints.date = walker.metaDate.flatMap(DateHints.iso) ?? walker.timeDate.flatMap(DateHints.iso)
            ?? DateHints.labelled(in: repaired.text) ?? walker.classDate
        return RawDocument(text: repaired.text, encoding: repaired.encoding, hints: hints)
    }

    /// A page title without the site's name after its last ` - ` or ` | ` (`Sơn La triển khai Nghị quyết 57 -
    /// Báo Sơn La` → `Sơn La triển khai Nghị quyết 57`): only a short tail (at most eight words) after a longer head.
    static func withoutSiteName(_ title: String) -> String {
        let b = Array(title.utf8)
        for sep in [[0x20, 0x7C, 0x20], [0x20, 0x2D, 0x20], [0x20, 0xE2, 0x80, 0x93, 0x20]] as [[UInt8]] where b.count > sep.count {
            // The last occurrence of the separator.
            guard let at = stride(from: b.count - sep.count, through: 0, by: -1).first(where: { b[$0..<($0 + sep.count)].elementsEqual(sep) })
            else { continue }
            let words = { (r: ArraySlice<UInt8>) in r.split(separator: 0x20).count }
            let headWords = words(b[..<at]), tailWords = words(b[(at + sep.count)...])
            if tailWords >= 1, tailWords <= 8, headWords > tailWords { return String(decoding: b[..<at], as: UTF8.self) }
        }
        return title
    }

    /// The page as Unicode: BOM, a declared UTF-16 charset, or the byte-statistics detector (old
    /// Vietnamese pages declare `iso-8859-1` or `windows-1252` for TCVN3 and VNI text, so a declared
    /// 8-bit charset is not trusted over the bytes).
    static func decodeSource(_ bytes: [UInt8]) throws(DocumentTextError) -> DecodedText {
        if let cs = declaredCharset(bytes), cs.hasPrefix("utf-16") || cs == "unicode",
           !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
            let le = VietnameseDecoder.utf16Guess(bytes) ?? (cs != "utf-16be")
            return VietnameseDecoder.repair(VietnameseDecoder.utf16(bytes[...], littleEndian: le), container: le ? "utf-16le" : "utf-16be")
        }
        do { return try VietnameseDecoder.decode(bytes) } catch {
            throw DocumentTextError("not an HTML file: \(error.message)")
        }
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv=… content="…; charset=…">`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let at = DocumentFormat.find(Array("charset=".utf8), in: head[...]) else { return nil }
        var i = at + 8
        while i < head.count, head[i] == 0x22 || head[i] == 0x27 || head[i] == 0x20 { i += 1 }
        var name: [UInt8] = []
        while i < head.count, name.count < 40 {
            let c = head[i]
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F else { break }
            name.append(c); i += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    static func collapse(_ s: String) -> String {
        var b = TextBuilder()
        b.text(s)
        return b.result
    }

    /// The DOM walk (iterative in spirit: depth is bounded by `maxDepth`).
    struct Walker {
        var builder = TextBuilder()
        var title: String?
        var ogTitle: String?
        var metaDate: String?
        /// The first `<time datetime>` inside an article.
        var timeDate: String?
        /// The first date in an element whose class names a date (`<span class="date">17/07/2019 08:30</span>`).
        var classDate: String?
        var preDepth = 0
        var depth = 0
        /// How many `article` elements enclose the walk: a `header` inside one holds the headline, not the site's banner.
        var articleDepth = 0

        mutating func walk(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = node.pointee.content { builder.text(String(cString: c), preserve: preDepth > 0) }
            case XML_ELEMENT_NODE:
                element(node)
            default:
                break
            }
        }

        mutating func element(_ node: xmlNodePtr) {
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if name == "title" {
                if title == nil { title = textContent(node) }
                return
            }
            if name == "meta" { meta(node); return }
            if name == "head" {
                // Only the title and meta tags matter in the head.
                var c = node.pointee.children
                while let n = c { if n.pointee.type == XML_ELEMENT_NODE { element(n) }; c = n.pointee.next }
                return
            }
            if !(name == "header" && articleDepth > 0), Self.isDropped(node, name) { return }
            if name == "br" { builder.lineBreak(); return }
            // `m<sup>2</sup>`, `km<sup>2</sup>` are units (`m²`); any other is a footnote mark (`[²]`).
            if name == "sup", builder.superscript(textContent(node)) { return }
            if name == "time", articleDepth > 0, timeDate == nil, let dt = Self.attribute(node, "datetime") { timeDate = dt }
            if classDate == nil, let cls = Self.attribute(node, "class"), Self.isDateClass(cls) {
                classDate = DateHints.firstDate(in: textContent(node)[...])
            }
            if name == "article" { articleDepth += 1 }
            defer { if name == "article" { articleDepth -= 1 } }
            let block = blocks.contains(name)
            if block { builder.blockBreak() }
            if name == "pre" { preDepth += 1 }
            depth += 1
            if depth <= maxDepth {
                var c = node.pointee.children
                while let n = c { walk(n); c = n.pointee.next }
            } else if let s = textContentRaw(node) {
                builder.text(s)
            }
            depth -= 1
            if name == "pre" { preDepth -= 1 }
            if block { builder.blockBreak() }
            if name == "table" { builder.sectionBreak() }
        }

        /// Whether a `class` attribute names a date (`date`, `post-date`, `entry-date`, `time`, `published`).
        static func isDateClass(_ cls: String) -> Bool {
            cls.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).contains {
                $0 == "date" || $0 == "time" || $0 == "published" || $0 == "pubdate" || $0 == "datetime"
            }
        }

        static func isDropped(_ node: xmlNodePtr, _ name: String) -> Bool {
            if HTMLReader.dropped.contains(name) { return true }
            if let id = attribute(node, "id"), HTMLReader.chromeIDs.contains(id.lowercased()) { return true }
            if attribute(node, "role")?.lowercased() == "navigation" { return true }
            if let cls = attribute(node, "class"), HTMLReader.isChromeClass(cls) { return true }
            if attribute(node, "hidden") != nil { return true }
            if let style = attribute(node, "style")?.lowercased().filter({ $0 != " " }),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            return false
        }

        mutating func meta(_ node: xmlNodePtr) {
            let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop") ?? "").lowercased()
            guard let content = Self.attribute(node, "content") else { return }
            switch key {
            case "og:title": if ogTitle == nil { ogTitle = content }
            case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date",
                 "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "og:published_time":
                if metaDate == nil { metaDate = content }
            default: break
            }
        }

        /// An attribute's value (its text children), read in place so nothing needs freeing.
        static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            var a = node.pointee.properties
            while let attr = a {
                if let n = attr.pointee.name, String(cString: n).lowercased() == name {
                    var value = ""
                    var c = attr.pointee.children
                    while let t = c { if let content = t.pointee.content { value += String(cString: content) }; c = t.pointee.next }
                    return value
                }
                a = attr.pointee.next
            }
            return nil
        }

        func textContent(_ node: xmlNodePtr) -> String { textContentRaw(node) ?? "" }

        /// All text below `node`, without recursion (deeply nested input must not exhaust the stack).
        func textContentRaw(_ node: xmlNodePtr) -> String? {
            var out = ""
            var stack: [xmlNodePtr] = []
            var c = node.pointee.children
            while let n = c { stack.append(n); c = n.pointee.next }
            stack.reverse()
            while let n = stack.popLast() {
                if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                    if let t = n.pointee.content { out += String(cString: t) }
                    continue
                }
                var kids: [xmlNodePtr] = []
                var k = n.pointee.children
                while let x = k { kids.append(x); k = x.pointee.next }
                stack.append(contentsOf: kids.reversed())
            }
            return out
        }
    }
}

/// Publication dates of web pages.
enum DateHints {
    /// ISO `YYYY-MM-DD` from a machine date (`2024-05-12T08:00:00+07:00`, `2024/05/12`) or a
    /// Vietnamese one (`12/05/2024`, `12-5-2024`).
    static func iso(_ s: String) -> String? {
        let nums = s.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).prefix(3).compactMap { Int($0) }
        guard nums.count == 3 else { return nil }
        var (y, m, d) = (nums[0], nums[1], nums[2])
        if nums[0] <= 31 && nums[2] >= 1900 { (y, m, d) = (nums[2], nums[1], nums[0]) }
        return valid(y, m, d)
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Labels that Vietnamese portals put before the publication date.
    static let labels = ["Ngày đăng", "Ngày cập nhật", "Cập nhật", "Đăng ngày", "Ngày xuất bản", "Thời gian đăng", "Ngày đưa tin"]

    /// A date after one of `labels` in the page text: `Ngày đăng: 12/05/2024 08:30` → `2024-05-12`.
    static func labelled(in text: String) -> String? {
        let lowered = text.lowercased()
        for label in labels {
            guard let r = lowered.range(of: label.lowercased()) else { continue }
            let after = lowered[r.upperBound...].prefix(60)
            if let d = firstDate(in: after) { return d }
        }
        return nil
    }

    /// The first `d/m/yyyy` or `d-m-yyyy` date in a short piece of text (times like `08:30` are skipped).
    static func firstDate(in s: Substring) -> String? {
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
            var parts: [Int] = []
            var j = i, cur = 0, digits = 0
            while j < scalars.count {
                let c = scalars[j]
                if c.isASCII, let v = Int(String(c)) { cur = cur * 10 + v; digits += 1 }
                else if (c == "/" || c == "-" || c == ".") && digits > 0 && parts.count < 2 { parts.append(cur); cur = 0; digits = 0 }
                else { break }
                j += 1
            }
            if digits > 0 { parts.append(cur) }
            if parts.count == 3, let d = valid(parts[2], parts[1], parts[0]) { return d }
            i = max(j, i + 1)
        }
        return nil
    }
}
