#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CUTF8Scan

/// The entry point of the core: normalized text in, the document header and every reference out.
public enum Extractor {
    /// Extracts the header and the references of one document's normalized text.
    public static func extract(_ text: String, hints: DocumentHints = DocumentHints()) -> Extraction {
        var text = text
        return text.withUTF8 { buf in extract(bytes: buf, hints: hints) }
    }

    /// Extracts from normalized UTF-8 bytes.
    public static func extract(bytes: UnsafeBufferPointer<UInt8>, hints: DocumentHints = DocumentHints()) -> Extraction {
        // A news page's context locality (and a non-official text's issuing block) is read only if a reference needs it.
        var reader = HeaderReader(p: bytes, hints: hints)
        reader.deferNewsLocality = true
        var leftBlock = 0..<0
        let parsed = reader.run(leftBlock: &leftBlock)
        var scan = Scan(s: bytes)
        scan.run()
        let header = documentHeader(parsed, hints: hints, firstHeading: scan.firstHeading())
        scan.addNamed(citingDate: header.date, citingID: header.id, citingKind: header.kind)
        var refs = scan.finish(contextLocality: { parsed.contextLocality ?? (reader.newsLocalityPending ? reader.deferredLocality(leftBlock: leftBlock) : nil) },
                               preamble: parsed.preamble, ownNumber: parsed.symbolRange, ownLocality: parsed.isOfficial ? parsed.locality : nil,
                               documentDate: header.date)
        settleSelf(&refs, header: header)
        settleOwnCommittee(&refs, header: header)
        settleConsolidated(&refs, header: header, text: bytes, preamble: parsed.preamble, ownNumber: parsed.symbolRange)
        return Extraction(document: header, references: refs, chars: scan.scalarCount())
    }

    /// The document record from its parsed header: the canonical id, and the kind and issuer its symbol implies
    /// when the header does not say them (`31/VBHN-VPQH` on a portal's attribute page); the page's date and title
    /// as fallbacks.
    static func documentHeader(_ parsed: ParsedHeader, hints: DocumentHints, firstHeading: @autoclosure () -> String?) -> DocumentHeader {
        var header = parsed.documentHeader
        if parsed.symbolStatus == .present, let raw = parsed.rawSymbol, let r = Resolver.canonicalize(raw, kind: parsed.kind) {
            header.id = r.id
            // A class that always carries its year takes it from the header's date, as a reference does from its
            // own (`Nghị định số 127/NĐ-CP ngày 21-9-2018` → 127/2018/NĐ-CP).
            if r.year == nil, let date = header.date ?? hints.date, let y = Int(date.prefix(4)), Resolver.alwaysCarriesYear(r.id, dateYear: y) {
                let parts = r.id.split(separator: "/", maxSplits: 1)
                if parts.count == 2 { header.id = "\(parts[0])/\(y)/\(parts[1])" }
            }
            header.kind = header.kind ?? r.kind
            if header.issuer == nil, let name = r.issuerName { header.issuer = name; header.issuerCode = header.issuerCode ?? r.issuerCode }
            // A joint document (`Số: 71/2014/TTLT-BTC-BNV` under `BỘ TÀI CHÍNH - BỘ NỘI VỤ`): the header block
            // names each body, and the symbol gives them all in order.
            if let name = r.issuerName, let own = header.issuer, name != own, Scan.containsBytes(name, " - "),
               name.split(separator: " - ").contains(where: { $0 == own }) {
                header.issuer = name
                header.issuerCode = r.issuerCode
            }
        }
        header.date = header.date ?? hints.date
        // The first line is no title for an official document (a judgment without a subject line would be
        // titled `TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN   CỘNG HÒA XÃ HỘI …`).
        header.title = header.title ?? hints.title ?? (parsed.isOfficial ? nil : firstHeading())
        return header
    }

    /// In a consolidated text (`Số: 02/VBHN-BNNMT`) the documents it consolidates are listed between its own
    /// number and its legal bases (`Nghị định số 78/2021/NĐ-CP …, được sửa đổi, bổ sung bởi: Nghị định số
    /// 63/2025/NĐ-CP …`), and its footnotes name the amending ones (`[12] Điểm này được sửa đổi, bổ sung tại
    /// khoản 8 Điều 1 của Nghị định số 63/2025/NĐ-CP`): those references are `consolidates`.
    static func settleConsolidated(_ refs: inout [Reference], header: DocumentHeader, text s: UnsafeBufferPointer<UInt8>,
                                   preamble: Range<Int>?, ownNumber: Range<Int>?) {
        guard let id = header.id, Scan.containsBytes(id, "/VBHN-") else { return }
        for i in refs.indices where !refs[i].isSelf {
            let start = refs[i].byteStart
            let line = Scan.lineStart(s, start)
            // A document the list names opens its line (`Thông tư số 30/2020/TT-BYT …, được sửa đổi, bổ sung bởi:`); one
            // inside a title (`HƯỚNG DẪN … CỦA NGHỊ ĐỊNH SỐ 146/2018/NĐ-CP`, `… hướng dẫn thực hiện … Nghị định số …`) is cited.
            let listed = ownNumber.map { start >= $0.upperBound } ?? false && preamble.map { start < $0.lowerBound } ?? false
                && opensLine(s, line: line, at: start)
            if listed || opensFootnote(s, at: line) { refs[i].relation = .consolidates }
        }
    }

    /// Whether only spaces, bullets or an item number stand between the line start `line` and `at`.
    static func opensLine(_ s: UnsafeBufferPointer<UInt8>, line: Int, at: Int) -> Bool {
        guard at - line <= 8 else { return false }
        for b in s[line..<at] where !(b == 0x20 || b == 0x09 || b == 0x2D || b == 0x2B || b == 0x2A || b == 0x2E || b == 0x29 || b &- 0x30 < 10) {
            return false
        }
        return true
    }

    /// Whether the line at `l` opens with a footnote mark: `[12]`.
    static func opensFootnote(_ s: UnsafeBufferPointer<UInt8>, at l: Int) -> Bool {
        guard l < s.count, s[l] == 0x5B else { return false }
        var j = l + 1
        while j < s.count, j - l <= 4, s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
        return j > l + 1 && j < s.count && s[j] == 0x5D
    }

    /// The own number resolves to the document itself: it takes the header's issuer and date.
    static func settleSelf(_ refs: inout [Reference], header: DocumentHeader) {
        for i in refs.indices where refs[i].isSelf {
            // The header names the document's own body (`ỦY BAN NHÂN DÂN XÃ MINH XUÂN`): it is the own number's issuer.
            // (A more precise name of the same body stays: `Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc`.)
            if let issuer = header.issuer, !(refs[i].issuer.map { Scan.endsWithBytes($0, issuer) } ?? false) {
                refs[i].issuer = issuer; refs[i].locality = header.locality ?? refs[i].locality
            }
            if refs[i].date == nil, let d = header.date { refs[i].date = d; refs[i].year = refs[i].year ?? Int(d.prefix(4)) }
            // The header's type line (or `V/v` of a letter) names the kind: `Số: 5331/CT-CS … V/v` is a `Công văn`.
            if let k = header.kind { refs[i].kind = k }
            // With the header's issuer and date the own number is fully known (`Số: 11554/VPCP-V.I`).
            if refs[i].status != .resolved, refs[i].id != nil, refs[i].year != nil, refs[i].kind != nil, refs[i].issuer != nil {
                refs[i].status = .resolved
            }
        }
        // A court's own case numbers in its judgment (`thụ lý số 300/2022/TLPT-HS`, `Quyết định đưa vụ án ra xét xử số
        // 150/2023/QĐXXPT-HS`) that name no court: the court whose header the document bears.
        guard let court = header.issuer, court.hasPrefix("Tòa án") else { return }
        for i in refs.indices where refs[i].issuer == nil {
            guard let id = refs[i].id, let slash = id.lastIndex(of: "/") else { continue }
            let code = id[id.index(after: slash)...]
            guard courtCaseCodes.contains(where: { code.hasPrefix($0) }) else { continue }
            refs[i].issuer = court
            refs[i].locality = header.locality
            if refs[i].year != nil, refs[i].kind != nil { refs[i].status = .resolved }
        }
    }

    /// A Party committee's own papers in its document (`Báo cáo số 389-BC/HU` in a notice of Huyện ủy Lộc Hà) that name
    /// no body: the committee of the header, whose code the symbol bears.
    static func settleOwnCommittee(_ refs: inout [Reference], header: DocumentHeader) {
        guard let code = header.issuerCode, partyCommitteeCodes.contains(code), let issuer = header.issuer else { return }
        for i in refs.indices where refs[i].issuer == nil && refs[i].issuerCode == code {
            refs[i].issuer = issuer
            refs[i].locality = header.locality
            if refs[i].id != nil, refs[i].kind != nil, refs[i].year != nil, refs[i].date != nil { refs[i].status = .resolved }
        }
    }

    /// Codes of local Party committees (`TU`, `HU`, …): a symbol with one names the committee, not which.
    static let partyCommitteeCodes: Set<String> = ["TU", "HU", "QU", "TXU", "ĐU", "ĐUK"]

    /// The codes of a court's own case papers: acceptance (`TLST`, `TLPT`) and the decisions to try a case (`QĐXXST`,
    /// `QĐXXPT`) or taken before trial (`QĐST`, `QĐPT`).
    static let courtCaseCodes = ["TL", "QĐXX", "QĐST", "QĐPT"]
}

/// One document's scan state.
struct Scan {
    let s: UnsafeBufferPointer<UInt8>
    var found: [Found] = []

    /// A reference found, before offsets and inheritance are settled.
    struct Found {
        var ref: Reference
        var numStart: Int
        var symEnd: Int
        var explicitKind: Bool
        var issuerFromPhrase: IssuerMention?
        var needsLocality: Bool
        /// The issuer came from an issuing clause before the reference (`Bộ Chính trị ban hành …`): it covers
        /// the tight list that follows, not the references before.
        var issuerLeads = false
        /// The date came from that clause too: it covers the same list (`Ngày 15/8/2025, Thủ tướng Chính phủ ký
        /// Quyết định số 1745/QĐ-TTg và Quyết định số 1746/QĐ-TTg`).
        var dateLeads = false
        /// A type word and a bare number (`Nghị quyết số 01 của Chính phủ`): its id is built, not read, and stays partial.
        var numberOnly = false
        /// A number-only reference after an abbreviated type word (`NĐ 100`): dropped unless the document also names
        /// a full reference of that type and number.
        var tentative = false
        /// A date without its year (`ngày 16/7`): completed from the citing document's date.
        var dayMonth: (day: Int, month: Int)? = nil

        /// Takes the issuer a list shares, unless its code contradicts this reference's symbol; whether it did.
        mutating func adopt(_ m: IssuerMention) -> Bool {
            let code = ref.issuerCode.map { Resolver.splitDigits($0).0 }
            if let code, let mc = m.code {
                guard Vocabulary.foldCode(code) == Vocabulary.foldCode(mc) else { return false }
            } else if let code, Vocabulary.shared.issuer(code) != nil {
                // A body the phrase names by a name alone does not override the body the symbol names (`Tờ trình số
                // 377/TTr-CP … và Báo cáo thẩm tra số 388/BC-UBPL15 … của Ủy ban Pháp luật và Tư pháp`: Chính phủ).
                return false
            }
            issuerFromPhrase = m
            ref.issuer = m.name
            ref.locality = m.locality
            needsLocality = m.unnamedLocality != nil || (needsLocality && m.locality == nil)
            if ref.status == .partial, ref.id != nil, ref.year != nil, ref.kind != nil { ref.status = .resolved }
            return true
        }
    }

    /// Resolutions already made in this document: the same symbol is usually cited several times,
    /// and resolution (vocabulary lookups, canonical spelling) depends only on the key's fields.
    var resolved = ResolveCache()

    /// `s[0..<countedBytes]` holds `countedScalars` scalars (counted by `finish` on its way).
    var countedBytes = 0, countedScalars = 0

    /// Answers of the number-only gate by the raw bytes of the word before a number.
    var cueMemo = CueMemo()

    init(s: UnsafeBufferPointer<UInt8>) { self.s = s }

    /// The byte at `i`, 0 outside the text (one unsigned comparison tests both ends).
    @inline(__always) func at(_ i: Int) -> UInt8 { UInt(bitPattern: i) < UInt(bitPattern: s.count) ? s[i] : 0 }

    /// Finds every candidate: numbers followed by a symbol, and type words followed by a bare number.
    mutating func run() {
        let parser = SymbolParser(s: s)
        let ctx = ContextReader(s: s)
        var i = 0
        let n = s.count
        var lastEnd = -1
        var nestedFrom = Int.max
        // About one reference per 1.5 KB of official text, but seven per KB of codified-law notes: room for the
        // denser at once (growing copied the large elements several times a document; room left unused is
        // never touched).
        found.reserveCapacity(min(1024, n / 128 + 8))
        while i < n {
            // Fast skip to the next digit (or OCR `l`/`I` + digit).
            i = Scan.nextNumberStart(s, from: i)
            if i >= n { break }
            let b = s[i]
            let prev = at(i - 1)
            // Inside a longer token (`12A1`, `1.5`, `45/12`): not the start of a number.
            if (prev >= 0x30 && prev <= 0x39) || prev == 0x2F || prev == 0x2D && (at(i - 2) >= 0x30 && at(i - 2) <= 0x39)
                || (prev == 0x2E && at(i - 2) >= 0x30 && at(i - 2) <= 0x39) || (b == 0x6C || b == 0x49) && SymbolParser.isLetterASCII(prev) {
                i = skipToken(i); continue
            }
            // A reference named inside the previous one's issuer (`… của Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW`)
            // is one too; any other number there is that reference's own (a date, `khu vực 2`).
            if i < lastEnd, !(i >= nestedFrom && ctx.prefix(before: i).hasKindWord) { i = skipToken(i); continue }
            // Neither a symbol nor a bare number without a number's shape (more than five digits).
            guard let (numberEnd, _) = parser.numberEnd(i) else { i = skipToken(i); continue }
            let gluedToLetters = SymbolParser.isLetterASCII(prev) || prev >= 0x80
            if parser.mayOpenSymbol(afterNumber: numberEnd), let sym = parser.parseSymbol(at: i, afterNumber: numberEnd) {
                let prefix = ctx.prefix(before: i)
                if gluedToLetters && !(prefix.hasKindWord || prefix.hasNumberWord) { i = sym.end; continue }
                // A type abbreviation glued to the number (`NĐ127/2018`) holds only before a year or a known code:
                // `CT1/HH2`, `CT2/KĐT` are buildings.
                if gluedToLetters, prefix.abbreviated, !prefix.hasNumberWord, sym.year == nil,
                   !sym.groups.contains(where: { Vocabulary.shared.issuer($0) != nil || Vocabulary.shared.type($0) != nil }) {
                    i = sym.end; continue
                }
                // The record is appended where it is built (no optional `Found` held here: its destruction took a
                // generic path, and binding it copied every string).
                if !prefix.trap, makeFound(sym, prefix: prefix, ctx: ctx) || listItem(sym, prefix: prefix, ctx: ctx) {
                    let at = found.count - 1
                    // Bare numbers sharing this symbol's tail: `số 12, 13/QĐ-UBND`.
                    let bare = bareNumbers(before: sym.start, withYears: sym.year != nil)
                    if let first = bare.first {
                        let listPrefix = ctx.prefix(before: first.lowerBound)
                        if !listPrefix.trap {
                            for r in bare {
                                var clone = sym
                                // `01/2024`: the item's own number and year.
                                if let slash = s[r].firstIndex(of: 0x2F), let (y, _) = parser.readYear(slash + 1) {
                                    clone.number = String(decoding: UnsafeBufferPointer(rebasing: s[r.lowerBound..<slash]), as: UTF8.self)
                                    clone.year = y
                                } else {
                                    clone.number = String(decoding: UnsafeBufferPointer(rebasing: s[r]), as: UTF8.self)
                                }
                                clone.start = r.lowerBound; clone.end = r.upperBound
                                var p = listPrefix
                                if r != first { p = Prefix(start: r.lowerBound); p.kind = listPrefix.kind; p.genericKind = listPrefix.genericKind }
                                if makeFound(clone, prefix: p, ctx: ctx, suffixed: false) {
                                    found[found.count - 1].explicitKind = r == first ? listPrefix.hasKindWord : false
                                }
                            }
                            if found[at].ref.kind == nil || !found[at].explicitKind, let k = listPrefix.proseKind {
                                found[at].ref.kind = Resolver.mergeKind(prose: k, symbol: found[at].ref.kind)
                            }
                            // The bare numbers stand before the symbol they share: its record moves behind theirs.
                            var j = at
                            while j + 1 < found.count { found.swapAt(j, j + 1); j += 1 }
                        }
                    }
                    lastEnd = found[found.count - 1].ref.byteEnd
                    nestedFrom = found[found.count - 1].issuerFromPhrase.map { Scan.namesDocument($0.name) ? sym.end : Int.max } ?? Int.max
                    i = sym.end
                    continue
                }
                i = skipToken(numberEnd - 1)   // the number's bytes are all alphanumeric
                continue
            }
            // A type word with a bare number: `Nghị định 127/2018`, `NĐ127/2018`, `Nghị quyết số 01 của Chính phủ`.
            if let (end, year) = Scan.numberOnlyShape(s, at: i, numberEnd: numberEnd, parser: parser),
               appendNumberOnly(at: i, end: end, year: year, ctx: ctx, parser: parser)
                || year != nil && appendListNumberOnly(at: i, end: end, year: year, ctx: ctx, parser: parser), let last = found.indices.last {
                lastEnd = found[last].ref.byteEnd
                i = max(found[last].symEnd, i + 1)
                continue
            }
            i = skipToken(numberEnd - 1)
        }
    }

    /// A symbol that only a cue would admit (a code outside the tables), read as the next item of a list
    /// whose earlier items were found: `các công văn số 695/TCHQ-GSQL ngày …, 4032/TCHQ-GSQL ngày … và
    /// 1238/GSQL-GQ2 ngày …` (the list's `số` stands for all of them). Appends it to `found`; whether it did.
    mutating func listItem(_ sym: RawSymbol, prefix: Prefix, ctx: ContextReader) -> Bool {
        guard !prefix.hasKindWord, !prefix.hasNumberWord, let prev = found.last, let kind = prev.ref.kind, prev.ref.id != nil,
              isListGap(from: prev.ref.byteEnd, to: sym.start) else { return false }
        var p = Prefix(start: sym.start)
        p.kind = kind
        p.hasNumberWord = true
        return makeFound(sym, prefix: p, ctx: ctx)
    }

    /// The first position at or after `i` where a number may start: a digit, or OCR `l`/`I` before a digit.
    func nextNumberStart(from i: Int) -> Int { Scan.nextNumberStart(s, from: i) }

    /// `nextNumberStart` on the text `s`.
    static func nextNumberStart(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = s.baseAddress else { return s.count }
        guard i < s.count else { return i }
        // Sixty-four bytes a step with AVX2 (a number starts about every 80 bytes).
        let j = i + cancu_next_digit(base + i, s.count - i)
        if j < s.count, j > i, base[j - 1] == 0x6C || base[j - 1] == 0x49 { return j - 1 }
        return j
    }

    /// Adds the name-only references that no numbered reference covers, in text order; `citingDate` (ISO) picks
    /// among laws of one name passed twice in the year named.
    mutating func addNamed(citingDate: String? = nil, citingID: String? = nil, citingKind: String? = nil) {
        let named = NamedReferences.find(s, citingDate: citingDate, citingID: citingID) + NamedReferences.findEnglish(s)
            + Constitution.find(s, citingDate: citingDate, citingKind: citingKind)
        guard !named.isEmpty else { return }
        let ctx = ContextReader(s: s)
        for var r in named where !found.contains(where: { $0.ref.byteStart < r.byteEnd && r.byteStart < $0.ref.byteEnd }) {
            // `Điều 12 của Luật Đất đai năm 2024`
            if let (pinpoint, ps) = ctx.pinpoint(before: r.byteStart),
               !found.contains(where: { $0.ref.byteStart < r.byteStart && ps < $0.ref.byteEnd }) {
                r.pinpoint = pinpoint; r.byteStart = ps
            }
            found.append(Found(ref: r, numStart: r.byteStart, symEnd: r.byteEnd, explicitKind: true, issuerFromPhrase: nil,
                               needsLocality: false))
        }
        found.sort { $0.ref.byteStart < $1.ref.byteStart }
    }

    /// Skips the rest of an alphanumeric token, and the numbers joined to it (`/9/2018` after `21`, `.000`
    /// after `1.000`): `run` would find each of them next and skip it as inside a longer token.
    @inline(__always)
    /// Whether an issuer's name holds a document's number (`Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW`).
    static func namesDocument(_ name: String) -> Bool {
        name.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    func skipToken(_ i: Int) -> Int {
        let s = self.s, n = s.count
        var j = i &+ 1
        while true {
            while j < n, s[j] &- 0x30 < 10 || (s[j] | 0x20) &- 0x61 < 26 { j &+= 1 }
            guard j &+ 1 < n, s[j &+ 1] &- 0x30 < 10,
                  s[j] == 0x2F || (s[j] == 0x2D || s[j] == 0x2E) && s[j &- 1] &- 0x30 < 10 else { return j }
            j &+= 2
        }
    }

    /// Builds a reference from a parsed symbol and its context and appends it to `found`; whether it did.
    mutating func makeFound(_ sym: RawSymbol, prefix: Prefix, ctx: ContextReader, suffixed: Bool = true) -> Bool {
        let hasCue = prefix.hasKindWord || prefix.hasNumberWord
        // `Quyết định số 87-CT`: only with the type word right before (not `hướng dẫn của … Phụ lục số 10-MP`),
        // and only tried when the tables do not resolve the symbol.
        guard var res = resolveCached(sym, proseKind: prefix.proseKind, hasCue: hasCue)
                ?? (prefix.hasKindWord && prefix.innerIssuer == nil ? prefix.kind.flatMap { Resolver.resolveAfterTypeWord(sym, proseKind: $0) } : nil)
        else { return false }
        var suf = suffixed ? ctx.suffix(after: sym.end) : Suffix(end: sym.end)
        // The effective date, when it was read before the issue date (`suf.end` does not move after the suffix).
        var effective: FoundDate?? = nil
        if suffixed, suf.date == nil {
            // The own number of a header: `Số: 11-HD/VPTW   Hà Nội, ngày 28 tháng 05 năm 2004`.
            if prefix.hasNumberWord, !prefix.hasKindWord, lineStartOf(prefix.start) == skipBlankBack(prefix.start) {
                suf.date = ctx.placeDate(after: suf.end)
            } else {
                // A title between number and date: `Nghị định số 126/2020/NĐ-CP Quy định … ngày 19/10/2020 của Chính phủ`.
                // Not after `, có hiệu lực thi hành kể từ ngày …` (codified law cites so): read first, that clause
                // tells that neither title reader would find a date.
                let clause = ctx.effectiveClause(after: suf.end)
                effective = .some(clause.date)
                if !clause.closesTitleDates {
                    suf.date = ctx.dateAfterTitle(from: suf.end) ?? ctx.dateAfterLongTitle(from: suf.end, symbolYear: sym.year)
                }
            }
        }
        // The record's fields are read into locals and the `Found` is built once, at the return: a `Found` built
        // first and filled in was copied on return (every string retained) and the local destroyed (each released).
        // The suffix's issuer mention moves out of it (each copy of a mention retains its strings).
        var mention = suf.issuer.take()
        var issuerLeads = false
        if mention == nil, let r = prefix.innerIssuer {
            mention = IssuerPhraseParser.parse(s, at: r.lowerBound, end: r.upperBound).map(IssuerMention.init)
            // It leads the list it opens: `các Quyết định của UBND tỉnh: số 12/QĐ-UBND ngày …, số 15/QĐ-UBND ngày …`.
            issuerLeads = mention != nil
        }
        // `Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW`: issuer and date before the type word.
        let ownOnly = suf.issuerOwnOnly
        var leadDate = false
        if suffixed, mention == nil || suf.date == nil, prefix.hasKindWord, prefix.pinpointStart == nil,
           prefix.innerIssuer == nil, let lead = ctx.leadingClause(before: prefix.start) {
            if mention == nil, lead.issuer != nil { mention = lead.issuer; issuerLeads = true }
            if suf.date == nil, let d = lead.date { suf.date = d; leadDate = true }
            if suf.date == nil, suf.dayMonth == nil, let dm = lead.dayMonth { suf.dayMonth = dm }
        }
        // `Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …`: the proposer issued it.
        if suffixed, mention == nil, prefix.hasKindWord, prefix.pinpointStart == nil, prefix.innerIssuer == nil,
           let m = ctx.proposer(before: prefix.start) {
            mention = m
            issuerLeads = true
        }
        var byteStart = prefix.pinpointStart ?? prefix.start
        var pinpoint: String? = nil
        // A law cited by name and number: `Luật Tổ chức chính quyền địa phương số 77/2015/QH13`.
        if !prefix.hasKindWord, prefix.hasNumberWord, let code = res.issuerCode, code.hasPrefix("QH") || code.hasPrefix("UBTVQH"),
           let (kind, at) = ctx.namedLawKind(before: prefix.start) {
            res.kind = kind
            byteStart = at
            // `khoản 3 Điều 12 Luật Đất đai số 31/2024/QH15`
            if let (pp, ps) = ctx.pinpoint(before: at) { pinpoint = pp; byteStart = ps }
        }
        if pinpoint == nil { pinpoint = prefix.pinpoint }
        var date: String? = nil
        if let d = suf.date {
            date = d.iso
            if res.year == nil, Resolver.alwaysCarriesYear(res.id, dateYear: d.year) {
                let parts = res.id.split(separator: "/", maxSplits: 1)
                res.id = "\(parts[0])/\(d.year)/\(parts[1])"
                res.year = d.year
                res.yearless = false
            }
        }
        var year = res.year ?? suf.date?.year ?? suf.yearOnly
        let effectiveDate = suffixed ? (effective ?? ctx.effectiveDate(after: suf.end))?.iso : nil
        var needsLocality = false
        var mentionNamesIssuer = false
        var issuer: String? = nil, locality: String? = nil
        if let m = mention {
            // Prose names the body more precisely (`Ban Bí thư`, `UBND tỉnh Sơn La`), unless it contradicts the code.
            let codeFits = res.issuerCode == nil || m.code == nil || Scan.sameCode(m.code!, issuerCode: res.issuerCode!)
                || (m.code == "TW" && res.isParty) || res.issuerName == nil || Scan.partyUnitOf(m.code!, issuerCode: res.issuerCode!)
            if codeFits {
                mentionNamesIssuer = true
                issuer = m.name
                locality = m.locality
                if m.unnamedLocality != nil { needsLocality = true }
            }
        } else if res.isLocal {
            needsLocality = true
        }
        if res.isLocal, locality == nil { needsLocality = true }
        if !mentionNamesIssuer { issuer = res.issuerName }
        // A Party resolution of a plenum the table knows: its year (`… của Hội nghị Trung ương 6 khóa XII`).
        var plenumYear = false
        if res.isParty, year == nil, let m = mention, let pl = m.plenum, let term = m.term ?? suf.term,
           let y = NamedReferences.plenumYear(id: res.id, plenum: pl, term: term) {
            year = y
            plenumYear = true
        }
        // Status. (The record's fields are tested through these flags: a field an `&&`/`||` operand reads is captured
        // by its closure, and the record then took a copy of each string instead of the field itself.)
        let status: ResolutionStatus
        let noYear = year == nil, noIssuer = issuer == nil, termless = (mention?.term ?? suf.term) == nil
        if plenumYear {
            status = .resolved
        } else if res.isParty ? noYear && termless : noYear && res.yearless {
            // (A Party number names one document per term: `19-NQ/TW … khóa XIII`, `37-QĐ/TW năm 2021` are no longer
            // ambiguous; without its year the first is partial.)
            status = .ambiguous
        } else if res.kind == nil || noIssuer && !(res.isParty) || noYear {
            status = .partial
        } else {
            status = .resolved
        }
        // A conference's issuer is not shared back over a list.
        if ownOnly { mention = nil }
        found.append(Found(ref: Reference(found: byteStart, byteEnd: max(sym.end, suf.end), id: res.id, kind: res.kind,
                                          number: res.number, year: year, date: consume date, issuer: consume issuer,
                                          effectiveDate: consume effectiveDate, issuerCode: res.issuerCode,
                                          locality: consume locality, pinpoint: consume pinpoint, status: status),
                           numStart: sym.start, symEnd: sym.end, explicitKind: prefix.hasKindWord,
                           issuerFromPhrase: consume mention, needsLocality: needsLocality, issuerLeads: issuerLeads, dateLeads: leadDate,
                           dayMonth: suf.date == nil ? suf.dayMonth : nil))
        return true
    }

    /// Whether a prose issuer's code names the same body as a symbol's issuer code without its legislature
    /// number: `Vocabulary.foldCode(code) == Vocabulary.foldCode(Resolver.splitDigits(issuerCode).0)`, on the
    /// bytes when both are made of ASCII and `Đ`/`đ`.
    static func sameCode(_ code: String, issuerCode: String) -> Bool {
        if let r = ASCIIText.sameFoldedCode(code, base: issuerCode) { return r }
        return Vocabulary.foldCode(code) == Vocabulary.foldCode(Resolver.splitDigits(issuerCode).0)
    }

    /// Whether the phrase's body is the symbol's code at a Party committee (`Ủy ban Kiểm tra Tỉnh ủy`, UBKTTU, for
    /// `45/QĐ-UBKT`): a State-style symbol the committee's own body writes without its unit, so the phrase decides.
    static func partyUnitOf(_ code: String, issuerCode: String) -> Bool {
        guard code.count > issuerCode.count, code.hasPrefix(issuerCode) else { return false }
        let unit = String(code.dropFirst(issuerCode.count))
        return unit == "TW" || Extractor.partyCommitteeCodes.contains(unit)
    }

    /// `Resolver.resolve`, answered from this document's earlier resolutions when the key was seen.
    ///
    /// The key leaves out the number and the year's value (see `ResolveCache`): a note citing `Nghị định số
    /// 92/2015/NĐ-CP`, then `Nghị định số 77/2019/NĐ-CP`, resolves the second from the first's answer.
    mutating func resolveCached(_ sym: RawSymbol, proseKind: String?, hasCue: Bool) -> ResolvedSymbol? {
        // A document whose first symbols never repeat keys no more: keying and storing cost a third of a
        // resolution each time and saved none. (A negative year, never read so, is written otherwise.)
        guard resolved.mayRepeat, (sym.year ?? 0) >= 0 else { return Resolver.resolve(sym, proseKind: proseKind, hasCue: hasCue) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ResolveCache.maxKey) { buf -> ResolvedSymbol? in
            // A key too long for the buffer (none in practice) is resolved without the cache.
            guard let count = ResolveCache.writeKey(sym, proseKind: proseKind, hasCue: hasCue, into: buf) else {
                return Resolver.resolve(sym, proseKind: proseKind, hasCue: hasCue)
            }
            let key = UnsafeBufferPointer(rebasing: buf[0..<count])
            let digest = ResolveCache.digest(key)
            if let e = resolved.find(key, digest: digest) {
                resolved.hits += 1
                if let r = resolved.value(e, for: sym) { return r }
                return Resolver.resolve(sym, proseKind: proseKind, hasCue: hasCue)
            }
            let r = Resolver.resolve(sym, proseKind: proseKind, hasCue: hasCue)
            resolved.insert(key, digest: digest, r, of: sym)
            return r
        }
    }

    /// Appends the number-only reference at `i`, if there is one (see `numberOnly`); whether it did. Called
    /// past `numberOnlyShape` (`end`, `year`: its answer). Most numbers fail the first gates: no optional
    /// `Found` (a large value) is made and copied for them.
    mutating func appendNumberOnly(at i: Int, end: Int, year: Int?, ctx: ContextReader, parser: SymbolParser) -> Bool {
        guard endsWithKindCueMemo(before: i) else { return false }
        let prefix = ctx.prefix(before: i)
        guard prefix.hasKindWord, !prefix.trap, let kind = prefix.kind, year != nil || !barePlaceholderOrMark(at: i, prefix: prefix),
              let f = numberOnly(at: i, end: end, year: year, prefix: prefix, kind: kind, ctx: ctx, parser: parser) else { return false }
        found.append(f)
        return true
    }

    /// Whether a bare number (no symbol, no year) after a type word is a form's footnote mark or blank, not a
    /// document's number: glued to a type word written out (`Căn cứ Bản án, Quyết định3….ngày…`), after a blank's
    /// dots (`Quyết định ........ 6 gửi kèm`), or after a sentence's full stop (`… court judgment or decision.⏎3 Ghi …`).
    func barePlaceholderOrMark(at i: Int, prefix: Prefix) -> Bool {
        var k = i
        while k > prefix.start, s[k - 1] == 0x20 || s[k - 1] == 0x09 || s[k - 1] == 0x0A { k -= 1 }
        guard k > prefix.start else { return false }
        let b = s[k - 1]
        // A full stop or a blank's dots (`.` or `…`, E2 80 A6).
        if b == 0x2E || (b == 0xA6 && k >= 3 && s[k - 2] == 0x80 && s[k - 3] == 0xE2) { return true }
        // Glued to the type word's last letter: only an abbreviation glues (`NĐ127/2018`), and with a year.
        return k == i && !prefix.abbreviated && (SymbolParser.isLetterASCII(b) || b >= 0x80)
    }

    /// Kinds whose bare `N/YYYY` continues a list after a reference of that kind (`Nghị định 24/2024 và 114/2024`).
    static let listNumberKinds: Set<String> = ["Nghị định", "Thông tư", "Nghị quyết", "Quyết định", "Chỉ thị", "Luật"]

    /// A bare `N/YYYY` continuing a list whose previous item (right before, across `,`/`và`/`số`) is a reference of
    /// a kind in `listNumberKinds`: `Nghị định 24/2024, 114/2024`, `Nghị định 24/2024/NĐ-CP và 114/2024`. It takes
    /// that kind, and the previous item's issuer code where no phrase of its own names one (`Thông tư 01/2024/TT-BNV
    /// và 02/2024`); an issuer phrase after it is handed back to a previous bare item (`Thông tư 22/2021 và 26/2020
    /// của Bộ GD&ĐT`). Appends it to `found`; whether it did.
    mutating func appendListNumberOnly(at i: Int, end: Int, year: Int?, ctx: ContextReader, parser: SymbolParser) -> Bool {
        // Bytes first: a year, and a previous reference ending close before.
        guard year != nil, let p = found.indices.last, found[p].ref.byteEnd <= i, i - found[p].ref.byteEnd <= 24,
              let kind = found[p].ref.kind, Scan.listNumberKinds.contains(kind),
              found[p].ref.id != nil || found[p].numberOnly else { return false }
        let prefix0 = ctx.prefix(before: i)
        guard !prefix0.trap, !prefix0.hasKindWord, isListGap(from: found[p].ref.byteEnd, to: prefix0.start) else { return false }
        var prefix = Prefix(start: prefix0.start)
        prefix.kind = kind
        prefix.hasNumberWord = prefix0.hasNumberWord
        let shared = found[p].ref.issuerCode
        guard var f = numberOnly(at: i, end: end, year: year, prefix: prefix, kind: kind, ctx: ctx, parser: parser,
                                 sharedCode: shared) else { return false }
        f.explicitKind = false
        // The phrase after the list names the previous bare item's issuer too.
        if found[p].numberOnly, found[p].ref.id == nil, let code = f.issuerFromPhrase?.code,
           let (pe, _) = parser.numberEnd(found[p].numStart), at(pe) == 0x2F, let (prevYear, _) = parser.readYear(pe + 1) {
            let pp = ctx.prefix(before: found[p].numStart)
            if let again = numberOnly(at: found[p].numStart, end: found[p].symEnd, year: prevYear, prefix: pp, kind: kind, ctx: ctx,
                                      parser: parser, sharedCode: code), again.ref.id != nil {
                let explicit = found[p].explicitKind
                found[p] = again
                found[p].explicitKind = explicit
                found[p].ref.byteStart = min(found[p].ref.byteStart, pp.start)
            }
        }
        found.append(f)
        return true
    }

    /// The first gates of a number-only reference, on the bytes around the number at `i` (ending at `ne`): where
    /// the bare number ends (with its year: `127/2018`) and that year; nil when it cannot stand after a type
    /// word. Static, on the buffer itself: in the mutating method each byte test reloaded the text from `self`.
    @inline(__always)
    static func numberOnlyShape(_ s: UnsafeBufferPointer<UInt8>, at i: Int, numberEnd ne: Int, parser: SymbolParser) -> (end: Int, year: Int?)? {
        @inline(__always) func at(_ k: Int) -> UInt8 { UInt(bitPattern: k) < UInt(bitPattern: s.count) ? s[k] : 0 }
        let prev = at(i - 1)
        // Cheap gate: a letter, space or colon must precede.
        guard prev == 0x20 || prev == 0x3A || SymbolParser.isLetterASCII(prev) || prev >= 0x80 || prev == 0x0A else { return nil }
        // The shape of the number first (bytes after it only): most numbers here are dates, amounts
        // or list items and fail it before any context is folded.
        var end = ne
        var year: Int? = nil
        // `127/2018`
        if at(ne) == 0x2F, let (yv, ye) = parser.readYear(ne + 1), yv >= 1945, yv <= 2099 {
            year = yv; end = ye
        } else if at(ne) == 0x2F || at(ne) == 0x2D || at(ne) == 0x2E && SymbolParser.isDigit(at(ne + 1)) {
            return nil   // a date or something else
        }
        // The bare number must end the token, and not open a shared-suffix list (`số 12, 13/QĐ-UBND`).
        if SymbolParser.isLetterASCII(at(end)) || SymbolParser.isDigit(at(end)) { return nil }
        // Nor number a list item at the start of a line (`… quyết định giám đốc thẩm\n1. Hủy …`).
        if year == nil, at(end) == 0x2E || at(end) == 0x29 {
            var b = i - 1
            while at(b) == 0x20 || at(b) == 0x09 { b -= 1 }
            if b < 0 || at(b) == 0x0A { return nil }
        }
        var q = end
        while at(q) == 0x20 { q += 1 }
        if at(q) == 0x2C || (at(q) == 0x76 && at(q + 1) == 0xC3 && at(q + 2) == 0xA0) {
            q += at(q) == 0x2C ? 1 : 3
            while at(q) == 0x20 { q += 1 }
            // `Nghị định 24/2024, 114/2024 của Chính phủ`: the next item is a bare number with its year too (no code
            // after it), so that no symbol shares its tail with this one.
            if SymbolParser.isDigit(at(q)) {
                guard year != nil, Scan.isBareYearItem(s, at: q, parser: parser) else { return nil }
            }
        }
        return (end, year)
    }

    /// Whether a bare `N/YYYY` without a code after it stands at `q` (a list item of `numberOnlyShape`; kept out of
    /// that inlined gate, which few numbers pass this far).
    @inline(never)
    static func isBareYearItem(_ s: UnsafeBufferPointer<UInt8>, at q: Int, parser: SymbolParser) -> Bool {
        @inline(__always) func at(_ k: Int) -> UInt8 { UInt(bitPattern: k) < UInt(bitPattern: s.count) ? s[k] : 0 }
        guard let (nq, _) = parser.numberEnd(q, ocr: false), at(nq) == 0x2F, let (_, ye) = parser.readYear(nq + 1) else { return false }
        let b = at(ye)
        return b != 0x2F && b != 0x2D && !SymbolParser.isLetterASCII(b) && !SymbolParser.isDigit(b)
    }

    /// A type word and a number without symbol (past the gates of `appendNumberOnly`): resolved only where
    /// the type implies the issuer.
    func numberOnly(at i: Int, end: Int, year: Int?, prefix: Prefix, kind: String, ctx: ContextReader, parser: SymbolParser,
                    sharedCode: String? = nil) -> Found? {
        let num = parser.readNumber(i)!.0
        let (canon, plain) = Resolver.canonicalNumber(num)
        let suf = ctx.suffix(after: end)
        var ref = Reference()
        ref.byteStart = prefix.start
        ref.byteEnd = max(end, suf.end)
        ref.kind = kind
        ref.number = plain
        ref.pinpoint = prefix.pinpoint
        ref.date = suf.date?.iso
        ref.year = year ?? suf.date?.year ?? suf.yearOnly
        var code: String? = nil
        if let m = suf.issuer { ref.issuer = m.name; ref.locality = m.locality; code = m.code }
        // A list's earlier item names the issuer (its symbol's code).
        if code == nil, let c = sharedCode, let e = Vocabulary.shared.issuer(c) { code = e.code; ref.issuer = e.name }
        // The type implies the issuer where only one body issues it.
        if kind == "Nghị định" && code == nil { code = "CP"; ref.issuer = "Chính phủ" }
        let typeCode: String? = ["Nghị định": "NĐ", "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Thông tư": "TT"][kind]
        if let code, let typeCode, code == "CP" || code == "TTg" {
            ref.issuerCode = code
            // `Nghị định 127/2018`, `Nghị định số 15 năm 2018` (the year right after the number).
            if kind == "Nghị định", let y = year ?? suf.yearOnly {
                ref.id = "\(canon)/\(y)/NĐ-CP"
                ref.year = y
                ref.status = .resolved
            } else if kind == "Nghị định" {
                ref.status = .ambiguous
            } else if year == nil {
                ref.id = "\(canon)/\(typeCode)-\(code)"
                ref.year = ref.year ?? ctx.contextYear(after: end)
                ref.status = .partial
            }
        } else if kind == "Thông tư", let code, let y = year ?? suf.yearOnly,
                  let e = Vocabulary.shared.issuer(code), e.level == "central", code.utf8.first == 0x42 {
            // A ministry's circular always carries year and ministry: `Thông tư 32/2020 của Bộ GDĐT` → 32/2020/TT-BGDĐT.
            ref.id = "\(canon)/\(y)/TT-\(e.code)"
            ref.year = y
            ref.issuerCode = e.code
            ref.status = .resolved
        } else if kind == "Luật" || kind == "Bộ luật", let y = year, code == nil, let term = Scan.legislature(ofLawYear: y) {
            // `Luật 31/2024 về đất đai`: the year tells the legislature that passed it (never a year two share).
            ref.id = "\(canon)/\(y)/QH\(term)"
            ref.year = y
            ref.issuer = "Quốc hội"
            ref.issuerCode = "QH\(term)"
            ref.status = .resolved
        } else {
            ref.status = ref.year == nil ? .ambiguous : .partial
        }
        // Only keep number-only mentions that carry an identity or come with `số`/a year (`Nghị định 127` is kept as ambiguous).
        if ref.id == nil && (kind == "Công văn" || kind == "Luật" || kind == "Bộ luật" || kind == "Giấy phép") { return nil }
        // An abbreviated type word (`NĐ 100`, `QĐ 1744`) is kept only if the document names the full one (`resolveShortMentions`).
        let tentative = ref.id == nil && prefix.abbreviated
        if ref.id == nil && year == nil && !prefix.hasNumberWord && !["Nghị định", "Nghị quyết", "Thông tư", "Chỉ thị", "Quyết định"].contains(kind) { return nil }
        var f = Found(ref: ref, numStart: i, symEnd: end, explicitKind: true, issuerFromPhrase: suf.issuer,
                      needsLocality: false)
        f.numberOnly = true
        f.tentative = tentative
        return f
    }

    /// The National Assembly's legislature that passed the laws numbered in year `y`, for the years inside one
    /// legislature only (an election year's laws may be the outgoing or the incoming one's): QH10 1998–2001 …
    /// QH15 2022–2025.
    static func legislature(ofLawYear y: Int) -> Int? {
        // First years of legislatures X to XV; XVI from 2026.
        let starts = [1997, 2002, 2007, 2011, 2016, 2021, 2026]
        for (k, a) in starts.enumerated().dropLast() where y > a && y < starts[k + 1] { return 10 + k }
        return nil
    }

    /// Settles shared type words and issuer phrases across enumerations, relations and offsets.
    mutating func finish(contextLocality: String?, preamble: Range<Int>? = nil, ownNumber: Range<Int>? = nil,
                         documentDate: String? = nil) -> [Reference] {
        finish(contextLocality: { contextLocality }, preamble: preamble, ownNumber: ownNumber, documentDate: documentDate)
    }

    /// `finish`, with the citing document's locality asked for only when a reference needs it.
    /// `ownLocality`: the citing document's own body's locality (`xã Minh Xuân, tỉnh Tuyên Quang`), for `của UBND xã`.
    mutating func finish(contextLocality: () -> String?, preamble: Range<Int>? = nil, ownNumber: Range<Int>? = nil,
                         ownLocality: String? = nil, documentDate: String? = nil) -> [Reference] {
        dropUnnamedShorthands()
        guard !found.isEmpty else { return [] }
        // `Quyết định số 1744/QĐ-UBND ngày 16/7` in an article of 17/7/2019: the year is the article's, or the one
        // before when that day is still to come.
        if let doc = documentDate.flatMap(FoundDate.init(iso:)) {
            for idx in found.indices where found[idx].ref.date == nil {
                guard let (d, m) = found[idx].dayMonth else { continue }
                let y = (m, d) <= (doc.month, doc.day) ? doc.year : doc.year - 1
                guard d <= FoundDate.days(inMonth: m, year: y) else { continue }
                let date = FoundDate(year: y, month: m, day: d)
                // Not against the symbol's own year.
                if let year = found[idx].ref.year, year != y { continue }
                found[idx].ref.date = date.iso
                if found[idx].ref.year == nil, let id = found[idx].ref.id, Resolver.alwaysCarriesYear(id, dateYear: y) {
                    let parts = id.split(separator: "/", maxSplits: 1)
                    found[idx].ref.id = "\(parts[0])/\(y)/\(parts[1])"
                }
                found[idx].ref.year = found[idx].ref.year ?? y
            }
        }
        let ctx = ContextReader(s: s)
        // Helpers on the text are called as static functions on `s`: a method call on `self` while `found`
        // is being mutated copied the whole `Scan` (retaining its arrays) per reference.
        let s = self.s
        // Enumerations: `các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND`, `Nghị định số 34/2016/NĐ-CP và 154/2020/NĐ-CP`.
        // (Fields are read in place: copying a `Found` retains every string it holds.)
        for idx in found.indices.dropFirst() {
            guard !found[idx].explicitKind, Scan.isListGap(s, from: found[idx - 1].ref.byteEnd, to: found[idx].ref.byteStart) else { continue }
            if let k = found[idx - 1].ref.kind, found[idx].ref.kind == nil || Scan.sameFamily(found[idx].ref.kind!, k) { found[idx].ref.kind = k }
            found[idx].explicitKind = found[idx - 1].explicitKind
        }
        // One issuer phrase for a list: `Quyết định số 404/QĐ-TTg …, Chỉ thị số 16/CT-TTg … của Thủ tướng Chính phủ`.
        if found.count > 1 {
            // The reference whose date the list before it says it shares (`… cùng ngày 20/4/2025`), once found.
            var sameDay = Int.max
            for idx in (0..<(found.count - 1)).reversed() {
                if Scan.sameDayFollows(s, after: found[idx + 1].symEnd) { sameDay = idx + 1 }
                // A date shared by a tight list: `các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021`; by a looser one
                // when it says so: `Quyết định 1079/QĐ-BYT, Quyết định 1080/QĐ-BYT cùng ngày 20/4/2025`.
                // (Not a date whose year contradicts the symbol's: `Nghị định số 40/2019/NĐ-CP và Luật … ngày … 2020`.)
                if found[idx].ref.date == nil, let d = found[idx + 1].ref.date,
                   found[idx].ref.year == nil || found[idx].ref.year == Int(d.prefix(4)),
                   Scan.isListGap(s, from: found[idx].symEnd, to: found[idx + 1].numStart)
                    || sameDay == idx + 1 && Scan.isListGap(s, from: found[idx].ref.byteEnd, to: found[idx + 1].ref.byteStart, loose: true) {
                    if sameDay == idx + 1 { sameDay = idx }
                    found[idx].ref.date = d
                    if found[idx].ref.year == nil { found[idx].ref.year = Int(d.prefix(4)) }
                    if found[idx].ref.status == .ambiguous, !found[idx].needsLocality { found[idx].ref.status = .resolved }
                }
                // (Items opening with `số` go on across `;`: `Bãi bỏ các Quyết định: số 12/QĐ-UBND ngày …; số 13/QĐ-UBND ngày …
                // của Ủy ban nhân dân tỉnh.`)
                guard found[idx].issuerFromPhrase == nil, !found[idx + 1].issuerLeads, let m = found[idx + 1].issuerFromPhrase,
                      Scan.isListGap(s, from: found[idx].ref.byteEnd, to: found[idx + 1].ref.byteStart, loose: true)
                        || Scan.isSemicolonGap(s, from: found[idx].ref.byteEnd, to: found[idx + 1].ref.byteStart)
                        && Scan.opensWithSo(s, found[idx + 1].ref.byteStart) else { continue }
                _ = found[idx].adopt(m)
            }
            // An issuing clause covers the tight list it opens: `Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW và
            // Kết luận số 123-KL/TW`.
            for idx in found.indices.dropFirst() where found[idx - 1].issuerLeads && found[idx].issuerFromPhrase == nil {
                guard let m = found[idx - 1].issuerFromPhrase,
                      Scan.isListGap(s, from: found[idx - 1].ref.byteEnd, to: found[idx].ref.byteStart) else { continue }
                if found[idx].adopt(m) {
                    found[idx].issuerLeads = true
                    if found[idx - 1].dateLeads, found[idx].ref.date == nil, let d = found[idx - 1].ref.date,
                       found[idx].ref.year == nil || found[idx].ref.year == Int(d.prefix(4)) {
                        found[idx].ref.date = d
                        found[idx].ref.year = found[idx].ref.year ?? Int(d.prefix(4))
                        found[idx].dateLeads = true
                    }
                }
            }
        }
        // Locality from the citing document.
        var locality: String?? = nil
        for idx in found.indices where found[idx].needsLocality {
            // `của UBND xã`, `của Đảng ủy phường`: the citing document's own commune or ward when it is one, never its
            // province.
            if let unit = found[idx].issuerFromPhrase?.unnamedLocality, unit != "tỉnh", unit != "thành phố" {
                guard let own = ownLocality, own.hasPrefix(unit + " ") else { continue }
                let lower = String(own.split(separator: ",", maxSplits: 1)[0])
                found[idx].ref.locality = lower
                if let base = found[idx].ref.issuer.map(Scan.stripUnit) { found[idx].ref.issuer = "\(base) \(lower)" }
                continue
            }
            // `Tại TP.HCM, HĐND thành phố đã thông qua Nghị quyết …`: the place the sentence opens with.
            let sentencePlace = Scan.sentencePlace(s, before: found[idx].ref.byteStart, unit: found[idx].issuerFromPhrase?.unnamedLocality)
            if sentencePlace == nil, locality == nil { locality = .some(contextLocality()) }
            guard let loc = sentencePlace ?? locality! ?? namedProvince(unit: found[idx].issuerFromPhrase?.unnamedLocality) else { continue }
            found[idx].ref.locality = loc
            let base = found[idx].ref.issuer.map(Scan.stripUnit) ?? Vocabulary.shared.issuer(found[idx].ref.issuerCode ?? "")?.name
            // A committee named after its unit takes the place name alone: `Ban Thường vụ Tỉnh ủy Nghệ An`.
            if let base, Scan.endsWithBytes(base, "Tỉnh ủy") || Scan.endsWithBytes(base, "Thành ủy"),
               loc.hasPrefix("tỉnh ") || loc.hasPrefix("thành phố "), let name = IssuerVocabulary.bareName(of: loc) {
                found[idx].ref.issuer = "\(base) \(name)"
            } else if let base {
                found[idx].ref.issuer = "\(base) \(loc)"
            }
        }
        resolveShortMentions()
        shareAcrossMentions()
        courtsAfterComma()
        // Status once the list shares are settled: a reference that now has its identity, year, issuer (with its
        // locality where it needs one) and, for a Party text, its date is resolved (`Quyết định số 12, 13,
        // 14/QĐ-UBND ngày 2/1/2025 của UBND tỉnh Hà Tĩnh`: each item).
        for idx in found.indices where found[idx].ref.status != .resolved && !found[idx].numberOnly {
            let r = found[idx].ref
            guard let id = r.id, r.kind != nil, r.year != nil, r.issuer != nil, !found[idx].needsLocality || r.locality != nil,
                  r.date != nil || !Scan.isPartyID(id) else { continue }
            found[idx].ref.status = .resolved
        }
        // Relations and offsets.
        // Settled in place, then swapped out into the result: copying a `Reference` retains all its strings.
        var scalarPos = 0, bytePos = 0
        // The list head of the run of references whose relation nothing said (each took the one before's).
        var unsaidFrom = 0
        var listMemo = RelationTriggers.ListMemo()
        // The citing document's own number, when the header gives it.
        let ownID: String? = ownNumber.flatMap { own in found.first { own.overlaps($0.numStart..<$0.symEnd) }?.ref.id }
        // The line start of the reference before (and that reference's start): references of one line share it, and
        // a `memchr` over the gap tells that no line break stands between (the walk back to the line's start cost more).
        var lineFrom = -1, lineAt = 0
        for idx in found.indices {
            let numStart = found[idx].numStart, symEnd = found[idx].symEnd
            let start = found[idx].ref.byteStart
            if lineFrom >= 0, lineFrom <= start, memchr(s.baseAddress! + lineFrom, 0x0A, start - lineFrom) == nil {
                lineFrom = start
            } else {
                lineFrom = start; lineAt = Scan.lineStart(s, start)
            }
            var (relation, evidence) = RelationTriggers.relation(ctx, start: start, end: found[idx].ref.byteEnd, lineStart: lineAt,
                                                     inPreamble: preamble?.contains(start) ?? false,
                                                     previousEnd: idx > 0 ? found[idx - 1].ref.byteEnd : nil,
                                                     previousStart: idx > 0 ? found[idx - 1].ref.byteStart : nil, memo: &listMemo)
            if let own = ownNumber, own.overlaps(numStart..<symEnd) { found[idx].ref.isSelf = true }
            // The document itself acting, named by its number (`Thông tư 45/2025/TT-BYT bãi bỏ Thông tư 31/2015/TT-BYT`
            // atop the text of Thông tư 45/2025/TT-BYT): its act.
            if evidence == .byDocument, idx > 0, let own = ownID, found[idx - 1].ref.id == own, let stated = listMemo.stated {
                relation = stated; evidence = .said
            }
            // Whether it follows the reference before in a list (read only where it matters: most relations were said).
            let inherits = evidence == .none || ((evidence == .passive || evidence == .byDocument) && idx > 0 && found[idx - 1].ref.relation == .basedOn)
            let listed = (inherits || evidence == .after) && idx > 0
                && Scan.isListGap(s, from: found[idx - 1].ref.byteEnd, to: start, loose: true)
            // Enumerated references share the relation of the list head.
            if inherits, listed { relation = found[idx - 1].ref.relation }
            // After `;` a reference that opens its segment goes on with the clause of the segment before: it takes
            // that segment's first reference's relation, not one a title inside it gave (`Quyết định số 2254/QĐ-UBND
            // về việc sửa đổi, bổ sung Quyết định 422/QĐ-UBND; Quyết định số 874/QĐ-UBND …`: 874 cites).
            let afterSemicolon = evidence == .none && !listed && idx > 0
                && (Scan.isSemicolonGap(s, from: found[idx - 1].ref.byteEnd, to: start) || Scan.isTitleGap(s, from: found[idx - 1].ref.byteEnd, to: start))
            if afterSemicolon {
                // The segment's first reference: back over the references its clause holds.
                var head = idx - 1
                while head > 0, !Scan.endsClause(s, from: found[head - 1].ref.byteEnd, to: found[head].ref.byteStart) { head -= 1 }
                relation = found[head].ref.relation
            }
            // A formula after the list's last item covers the items before it that nothing else described:
            // `Các Quyết định số 12/QĐ-UBND, số 13/QĐ-UBND và số 14/QĐ-UBND hết hiệu lực kể từ ngày …`.
            if evidence == .after, listed {
                var j = idx - 1
                while j >= unsaidFrom, found[j].ref.relation == .cites {
                    found[j].ref.relation = relation
                    j -= 1
                }
            }
            if evidence != .none || !listed && !afterSemicolon { unsaidFrom = idx }
            found[idx].ref.relation = relation
            // Trim trailing spaces and punctuation of the surface text.
            var end = found[idx].ref.byteEnd
            while end > start, s[end - 1] == 0x20 || s[end - 1] == 0x2C || s[end - 1] == 0x3B || s[end - 1] == 0x0A { end -= 1 }
            found[idx].ref.byteEnd = end
            scalarPos += SWAR.scalarCount(s, from: bytePos, to: start); bytePos = start
            found[idx].ref.start = scalarPos
            found[idx].ref.end = scalarPos + SWAR.scalarCount(s, from: start, to: end)
            found[idx].ref.text = String(decoding: UnsafeBufferPointer(rebasing: s[start..<end]), as: UTF8.self)
        }
        var refs = [Reference](repeating: Reference(), count: found.count)
        for idx in found.indices { swap(&refs[idx], &found[idx].ref) }
        found.removeAll()
        countedBytes = bytePos; countedScalars = scalarPos
        return refs
    }

    /// The one province the document's references name (`Kế hoạch số 178/KH-UBND … của UBND tỉnh Thái Nguyên`), for a
    /// reference that says only `của UBND tỉnh` where neither the sentence nor the header names one: a district's or a
    /// commune's document cites its province so (`UBND HUYỆN ĐỊNH HÓA`, then `Quyết định số 1895/QĐ-UBND … của UBND tỉnh`).
    /// Nil when they name none or several, or another unit than `unit` (`tỉnh`, `thành phố`: the phrase must say which).
    func namedProvince(unit: String?) -> String? {
        guard let unit, unit == "tỉnh" || unit == "thành phố" else { return nil }
        var named: String? = nil
        for f in found {
            guard let loc = f.ref.locality, loc.hasPrefix("tỉnh ") || loc.hasPrefix("thành phố "),
                  let p = Places.province(named: loc), p.locality == loc else { continue }
            if let named, named != loc { return nil }
            named = loc
        }
        guard let named, named.hasPrefix(unit + " ") else { return nil }
        return named
    }

    static let courtVerbs: [[UInt8]] = ["quyet dinh", "tuyen", "xu", "khang nghi", "ap dung", "nhan dinh", "da", "chap nhan", "bac"].map { Array($0.utf8) }
    static let courtHeads: [String] = ["Tòa án", "Viện kiểm sát", "Chánh án", "Viện trưởng"]

    /// A judgment or decision the sentence goes on to say a court made: `Tại Bản án dân sự sơ thẩm số 20/2019/DS-ST ngày
    /// 25/4/2019, Tòa án nhân dân tỉnh Long An quyết định …` — the court after the comma, where a verb follows it.
    mutating func courtsAfterComma() {
        let s = self.s
        for idx in found.indices where found[idx].ref.issuer == nil {
            var k = found[idx].ref.byteEnd
            while k < s.count, s[k] == 0x20 { k += 1 }
            guard k < s.count, s[k] == 0x2C else { continue }
            k += 1
            while k < s.count, s[k] == 0x20 { k += 1 }
            guard k + 6 < s.count, s[k] == 0x54 || s[k] == 0x56 || s[k] == 0x43,   // `T`, `V`, `C`
                  let ph = IssuerPhraseParser.parse(s, at: k), Scan.courtHeads.contains(where: { ph.issuer.hasPrefix($0) }),
                  ContextReader(s: s).withWindowAfter(ph.byteRange.upperBound, bytes: 24, { w in
                      let j = w.skip(0, [0x20])
                      return Scan.courtVerbs.contains { w.hasWord($0, at: j) }
                  }) else { continue }
            found[idx].ref.issuer = ph.issuer
            found[idx].ref.locality = ph.locality
            if found[idx].ref.issuerCode == nil { found[idx].ref.issuerCode = ph.issuerCode }
        }
    }

    /// A short mention takes what another mention of the same id in the document gives (`Công điện số 84/CĐ-TTg ngày
    /// 05/9/2024 của Thủ tướng Chính phủ …` then `… thực hiện nghiêm Công điện số 84/CĐ-TTg`): the year, date and issuer
    /// where it has none and every other mention that gives one agrees; an issuer only where the full one goes on the bare
    /// one (`Ủy ban nhân dân tỉnh` → `Ủy ban nhân dân tỉnh Sơn La`, never `Ủy ban nhân dân quận` → `… thành phố …`).
    mutating func shareAcrossMentions() {
        guard found.count > 1 else { return }
        // Mentions grouped by id: chained by a hash of the id's bytes in a small open-addressed table (a document
        // holds a few dozen; a dictionary of arrays cost 2,500 instructions a reference, and sorting the pairs by hash
        // a hundred), each chain in text order; the chains of two or more are laid out one after another, and the
        // runs of one hash are checked to be one id.
        var keyed: [(hash: UInt64, index: Int)] = []
        keyed.reserveCapacity(found.count)
        for idx in found.indices {
            guard var id = found[idx].ref.id else { continue }
            let h = id.withUTF8 { u -> UInt64 in
                var h: UInt64 = 0xcbf29ce484222325
                for b in u { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                return h
            }
            keyed.append((h, idx))
        }
        guard keyed.count > 1 else { return }
        let m = keyed.count
        var cap = 16
        while cap < 2 * m { cap <<= 1 }
        keyed = withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * cap + m) { mem -> [(hash: UInt64, index: Int)] in
            // Per slot its chain's first and last pair (by position in `keyed`), per pair the next of its chain.
            let heads = mem.baseAddress!, tails = heads + cap, next = tails + cap
            for k in 0..<cap { heads[k] = -1 }
            var chained = false
            for t in 0..<m {
                next[t] = -1
                let h = keyed[t].hash
                var slot = Int(truncatingIfNeeded: h ^ h >> 29) & (cap - 1)
                while heads[slot] >= 0, keyed[heads[slot]].hash != h { slot = (slot + 1) & (cap - 1) }
                if heads[slot] < 0 { heads[slot] = t } else { next[tails[slot]] = t; chained = true }
                tails[slot] = t
            }
            guard chained else { return [] }
            var grouped: [(hash: UInt64, index: Int)] = []
            grouped.reserveCapacity(m)
            for k in 0..<cap where heads[k] >= 0 && next[heads[k]] >= 0 {
                var t = heads[k]
                while t >= 0 { grouped.append(keyed[t]); t = next[t] }
            }
            return grouped
        }
        var runStart = 0
        // The mentions of one id, in one buffer for the document (not two arrays made per run).
        var group: [Int] = []
        while runStart < keyed.count {
            var runEnd = runStart + 1
            while runEnd < keyed.count, keyed[runEnd].hash == keyed[runStart].hash { runEnd += 1 }
            defer { runStart = runEnd }
            guard runEnd - runStart > 1 else { continue }
            let first = found[keyed[runStart].index].ref.id
            group.removeAll(keepingCapacity: true)
            for t in runStart..<runEnd where found[keyed[t].index].ref.id == first { group.append(keyed[t].index) }
            // Only where some mention lacks what another may give.
            guard group.count > 1 else { continue }
            let anyLocality = group.contains { found[$0].ref.locality != nil }
            guard group.contains(where: { j in
                found[j].ref.year == nil || found[j].ref.date == nil || found[j].ref.issuer == nil || anyLocality && found[j].ref.locality == nil
            }) else { continue }
            func agreed<T: Equatable>(_ field: (Reference) -> T?) -> T? {
                var value: T? = nil
                for j in group { if let v = field(found[j].ref) { if let value, value != v { return nil }; value = v } }
                return value
            }
            let year = agreed { $0.year }, date = agreed { $0.date }
            // A full issuer: one with its locality where it has one (`Ủy ban nhân dân tỉnh Sơn La`, not `Ủy ban nhân dân`).
            var issuer: (String, String?, String?)? = nil
            for j in group {
                guard let i = found[j].ref.issuer, !found[j].needsLocality || found[j].ref.locality != nil else { continue }
                if let (name, _, _) = issuer {
                    if name != i { issuer = nil; break }
                } else {
                    issuer = (i, found[j].ref.issuerCode, found[j].ref.locality)
                }
            }
            // The shared date's year, read once for the group.
            let dateYear = date.map { Int($0.prefix(4)) }
            for j in group {
                if found[j].ref.year == nil, let year { found[j].ref.year = year }
                if found[j].ref.date == nil, let date, let dateYear, found[j].ref.year == dateYear { found[j].ref.date = date }
                // No issuer, or one without the locality the full one names (`Ủy ban nhân dân` from the symbol alone).
                if let (name, code, loc) = issuer, found[j].ref.issuer != name,
                   found[j].ref.issuer == nil || found[j].ref.locality == nil && loc != nil && name.hasPrefix(found[j].ref.issuer! + " ") {
                    found[j].ref.issuer = name
                    found[j].ref.issuerCode = found[j].ref.issuerCode ?? code
                    found[j].ref.locality = loc
                    if loc != nil { found[j].needsLocality = false }
                }
            }
        }
    }

    /// The name without a trailing unit word (` tỉnh`, ` xã`): the context locality is appended instead.
    static func stripUnit(_ name: String) -> String {
        // On bytes when the name is ASCII and precomposed Vietnamese letters only (no combining or prepended
        // marks, so a byte suffix is a `Character` suffix): `String.hasSuffix` breaks graphemes every time.
        var bytes = name
        if let cut = bytes.withUTF8({ Scan.unitSuffixCut($0) }) { return cut ?? name }
        for suffix in Scan.unitSuffixes where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    static let unitSuffixes = [" tỉnh", " thành phố", " huyện", " quận", " thị xã", " xã", " phường"]
    static let unitSuffixBytes: [[UInt8]] = unitSuffixes.map { Array($0.utf8) }

    /// `stripUnit` on the bytes of a name: `.some(result)`, or nil when the name holds other scalars (the
    /// `String` path decides).
    static func unitSuffixCut(_ u: UnsafeBufferPointer<UInt8>) -> String?? {
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x80 { i += 1 }
            else if b >= 0xC3 && b <= 0xC6 { i += 2 }                                     // U+00C0–U+01BF
            else if b == 0xE1, i + 1 < u.count, u[i + 1] == 0xBA || u[i + 1] == 0xBB { i += 3 }   // U+1E80–U+1EFF
            else { return nil }
        }
        guard i == u.count else { return nil }
        for suffix in unitSuffixBytes where u.count >= suffix.count
            && UnsafeBufferPointer(rebasing: u[(u.count - suffix.count)...]).elementsEqual(suffix) {
            return .some(String(decoding: UnsafeBufferPointer(rebasing: u[..<(u.count - suffix.count)]), as: UTF8.self))
        }
        return .some(nil)
    }

    /// Whether two kinds are one family (`Nghị quyết`, `Nghị quyết liên tịch`).
    static func sameFamily(_ a: String, _ b: String) -> Bool { a == b || a.hasPrefix(b) || b.hasPrefix(a) }

    /// Whether only list punctuation (`, `, ` và `, `; `, `số`) separates two references.
    func isListGap(from a: Int, to b: Int, loose: Bool = false) -> Bool { Scan.isListGap(s, from: a, to: b, loose: loose) }

    /// Whether `cùng ngày` (the same day as the references before) follows a symbol ending at `end`, after spaces or a comma.
    static func sameDayFollows(_ s: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        var i = end
        while i < s.count, s[i] == 0x20 || s[i] == 0x2C { i += 1 }
        let word = Scan.cungNgay
        guard i + word.count <= s.count, s[i] == 0x63 || s[i] == 0x43 else { return false }
        for k in 1..<word.count where s[i + k] != word[k] { return false }
        return true
    }
    /// `cùng ngày` as bytes.
    static let cungNgay: [UInt8] = Array("cùng ngày".utf8)

    /// `isListGap` on the text `s` (static: `finish` calls it while it mutates `found`, and a method call
    /// there copied the whole `Scan`).
    static func isListGap(_ s: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int, loose: Bool = false) -> Bool {
        guard b >= a, b - a <= (loose ? 400 : 24) else { return false }
        if loose {
            // Across the tail of the previous reference: no sentence end or new clause in between. (Eight bytes a step
            // past those holding no `;`, line break or `.`: the gap may run to 400 bytes.)
            var from = a
            if let base = s.baseAddress {
                // A line break anywhere between (a reference on the next line of a list of codified notes) ends it:
                // `memchr` tells at once.
                if b > a, memchr(base + a, 0x0A, b - a) != nil { return false }
                while from &+ 8 <= b {
                    let x = SWAR.load(base + from)
                    if SWAR.bytes(x, equalTo: 0x3B) | SWAR.bytes(x, equalTo: 0x0A) | SWAR.bytes(x, equalTo: 0x2E) != 0 { break }
                    from &+= 8
                }
            }
            for i in from..<b where s[i] == 0x3B || s[i] == 0x0A || (s[i] == 0x2E && (i + 1 == s.count || s[i + 1] == 0x20)) { return false }
            return LazyFoldedWindow.with(s, from: a, to: b, backward: false) { w -> Bool in
                var k = 0
                while w.has(k) {
                    if k == 0 || w[k] == 0x20 {
                        let at = w[k] == 0x20 ? k + 1 : k
                        for bad in Scan.listBreakers where w.hasWord(bad, at: at) { return false }
                    }
                    k += 1
                }
                return true
            }
        }
        // The words between (split at ` `, `,`, `;`) must all be list words. Folded characters are single
        // ASCII bytes (no `\r\n`: a line break folds to a space), so splitting bytes splits `Character`s.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf -> Bool in
            let chars = buf.baseAddress!
            let n = FoldedWindow.fold(s, from: a, to: b, into: chars)
            let allowed = Scan.listWords
            var k = 0
            while k < n {
                let c = chars[k]
                if c == 0x20 || c == 0x2C || c == 0x3B { k += 1; continue }
                let w0 = k
                while k < n, chars[k] != 0x20, chars[k] != 0x2C, chars[k] != 0x3B { k += 1 }
                let word = UnsafeBufferPointer(start: chars + w0, count: k - w0)
                guard allowed.contains(where: { $0.elementsEqual(word) }) else { return false }
            }
            return true
        }
    }

    /// Whether the bytes of `part` stand in `s` (Foundation's `contains` ran a locale-aware search, thousands of
    /// instructions a call).
    static func containsBytes(_ s: String, _ part: String) -> Bool {
        // On the strings' own bytes (no array copied out of each).
        var s = s, part = part
        return s.withUTF8 { a in
            part.withUTF8 { b in
                guard !b.isEmpty, a.count >= b.count else { return b.isEmpty }
                for i in 0...(a.count - b.count) where a[i] == b[0] && UnsafeBufferPointer(rebasing: a[i..<(i + b.count)]).elementsEqual(b) {
                    return true
                }
                return false
            }
        }
    }

    /// Whether `s` ends with the bytes of `suffix` (`hasSuffix` compares Unicode characters, far slower; and the
    /// suffix of a `utf8` view is found by stepping an index back byte by byte: on the contiguous bytes instead).
    static func endsWithBytes(_ s: String, _ suffix: String) -> Bool {
        var s = s, suffix = suffix
        return s.withUTF8 { a in
            suffix.withUTF8 { b in
                guard a.count >= b.count else { return false }
                return UnsafeBufferPointer(rebasing: a[(a.count - b.count)...]).elementsEqual(b)
            }
        }
    }

    /// Whether an id is a Party document's (`49-KL/TW`: a hyphen before the first slash), which its date tells apart.
    static func isPartyID(_ id: String) -> Bool {
        for b in id.utf8 {
            if b == 0x2F { return false }
            if b == 0x2D { return true }
        }
        return false
    }

    /// Whether a clause ends between two references: a `;`, a line break or a full stop before a space.
    static func endsClause(_ s: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int) -> Bool {
        guard b > a else { return false }
        for i in a..<b where s[i] == 0x3B || s[i] == 0x0A || (s[i] == 0x2E && (i + 1 == s.count || s[i + 1] == 0x20)) { return true }
        return false
    }

    /// Whether `số` (any case) opens the text at `i`: an item of a list whose type word stands before it.
    static func opensWithSo(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // `ố` is E1 BB 91, `Ố` E1 BB 90.
        i + 4 <= s.count && s[i] | 0x20 == 0x73 && s[i + 1] == 0xE1 && s[i + 2] == 0xBB && (s[i + 3] == 0x91 || s[i + 3] == 0x90)
    }

    /// Whether only `;` and spaces on one line stand between two references: the second goes on with the
    /// first's clause (`Xét Tờ trình số 140/TTr-UBND …; Báo cáo thẩm tra số 88/BC-HĐND …`, `Bãi bỏ Điều 3 Quyết
    /// định số 15/2020/QĐ-UBND; khoản 2 Điều 6 Quyết định số 20/2021/QĐ-UBND`).
    static func isSemicolonGap(_ s: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int) -> Bool {
        guard b > a, b - a <= 8 else { return false }
        var semicolons = 0
        for i in a..<b {
            switch s[i] {
            case 0x3B: semicolons += 1
            case 0x20, 0x09: continue
            default: return false
            }
        }
        return semicolons == 1
    }

    /// Whether the first reference's title, then `;` or `và`, stand between two references: the second is the next
    /// item of the first's clause (`Thay thế Thông tư số 19/2021/TT-BTC … hướng dẫn giao dịch điện tử; Thông tư số
    /// 06/2021/TT-BTC …`, `Bãi bỏ Thông tư số 19/2021/TT-BTC … hướng dẫn …, và Thông tư số 06/2021/TT-BTC`).
    static func isTitleGap(_ s: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int) -> Bool {
        guard b > a, b - a <= 300 else { return false }
        var i = a
        while i < b, s[i] == 0x20 || s[i] == 0x0A { i += 1 }
        guard i < b, RelationTriggers.titleStarts(s, i) else { return false }
        // The end: `; ` or ` và ` right before the second reference.
        var e = b
        while e > i, s[e - 1] == 0x20 || s[e - 1] == 0x0A || s[e - 1] == 0x09 { e -= 1 }
        if e > i, s[e - 1] == 0x3B { e -= 1 }
        else if e - i > 4, s[e - 3] == 0x76, s[e - 2] == 0xC3, s[e - 1] == 0xA0, s[e - 4] == 0x20 || s[e - 4] == 0x2C { e -= 3 }   // và
        else { return false }
        // One clause: no other `;`, no sentence end, no colon, no reference number (a slash after a digit) inside.
        var j = i
        while j < e {
            let c = s[j]
            if c == 0x3B || c == 0x3A || (c == 0x2E && j + 1 < s.count && (s[j + 1] == 0x20 || s[j + 1] == 0x0A)) { return false }
            if c == 0x2F, j > 0, s[j - 1] >= 0x30 && s[j - 1] <= 0x39 { return false }
            j += 1
        }
        return true
    }

    /// The province-level place a sentence names with `tại` before byte `start` (`Tại TP.HCM, HĐND thành phố …`,
    /// `Ngày 5/3, tại Đà Nẵng, UBND thành phố …`), when its unit is `unit` (`thành phố`, `tỉnh`) or none is given.
    static func sentencePlace(_ s: UnsafeBufferPointer<UInt8>, before start: Int, unit: String?) -> String? {
        // The sentence: back to `. `, a line break or 200 bytes.
        var a = start
        while a > 0, start - a < 200, s[a - 1] != 0x0A, !(s[a - 1] == 0x20 && a >= 2 && s[a - 2] == 0x2E) { a -= 1 }
        guard let base = s.baseAddress else { return nil }
        // `tại ` or `Tại ` (t, then the bytes of `ạ`, then i) at a word start: found by the last byte of `ạ`
        // (`memchr`: most sentences have none).
        var j = a + 3
        while j + 2 < start, let hit = memchr(base + j, 0xA1, start - 2 - j) {
            j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let i = j - 3
            if i >= a, s[i] | 0x20 == 0x74, s[i + 1] == 0xE1, s[i + 2] == 0xBA, s[i + 4] == 0x69, s[i + 5] == 0x20,
               i == a || s[i - 1] == 0x20 || s[i - 1] == 0x2C,
               let m = Places.match(s, at: i + 6, end: start, towns: false), !m.isTown,
               m.byteRange.upperBound < start, s[m.byteRange.upperBound] == 0x2C {
                let loc = m.province.locality
                guard unit.map({ loc.hasPrefix($0 + " ") }) ?? true else { return nil }
                return loc
            }
            j += 1
        }
        return nil
    }

    /// The words `isListGap` allows between two references, folded.
    static let listWords: [[UInt8]] = ["va", "so", "hoac", "cac", "and", "no", "no."].map { Array($0.utf8) }

    /// The numbers of a shared-suffix list before a symbol: `12, 13/QĐ-UBND` → the range of `12`.
    func bareNumbers(before symStart: Int, withYears: Bool = false) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (The symbol's own record is the last one found.)
        let lastFoundEnd = found.count >= 2 ? found[found.count - 2].ref.byteEnd : 0
        var j = symStart
        while out.count < 20 {
            var k = j
            while k > 0, s[k - 1] == 0x20 { k -= 1 }
            if k > 0, s[k - 1] == 0x2C { k -= 1 }
            else if k >= 3, s[k - 3] == 0x76, s[k - 2] == 0xC3, s[k - 1] == 0xA0 { k -= 3 }   // và
            else { break }
            while k > 0, s[k - 1] == 0x20 { k -= 1 }
            let e = k
            while k > 0, SymbolParser.isDigit(s[k - 1]), e - k < 5 { k -= 1 }
            // `01/2024 và 02/2024/TT-BNV`: before a symbol with its year, items with theirs (not an earlier reference's).
            if withYears, e - k == 4, k > 1, s[k - 1] == 0x2F, SymbolParser.isDigit(s[k - 2]), k - 1 >= lastFoundEnd {
                k -= 1
                let ye = k
                while k > 0, SymbolParser.isDigit(s[k - 1]), ye - k < 5 { k -= 1 }
                guard ye - k < 5 else { break }
            }
            guard k < e, k == 0 || s[k - 1] == 0x20 || s[k - 1] == 0x3A else { break }
            out.insert(k..<e, at: 0)
            j = k
        }
        return out
    }

    /// `endsWithKindCue`, with the answer for the last word looked up by its raw bytes: a text has few
    /// distinct words before its numbers (`Điều`, `khoản`, `ngày`, `năm`), and folding each one backward
    /// cost more than the rest of the gate.
    ///
    /// The bytes are found without folding: trailing ASCII that the fold skips (spaces, `:`, `.`), then
    /// back to an ASCII byte that folds to no word character (or the window start). The fold stops at that
    /// byte too, so what it reads of the word lies in those bytes; only when it finds no word character
    /// there (it may skip on over non-ASCII spaces or `…`) does the full gate decide.
    mutating func endsWithKindCueMemo(before i: Int) -> Bool {
        let from = ContextReader(s: s).scalarStart(i - 16)
        guard let (j, wordEnd, lo, hi) = Scan.cueWordKey(s, before: i, from: from) else { return false }
        let length = wordEnd - j
        guard length <= 16 else { return endsWithKindCue(before: i) }
        let slot = CueMemo.slot(lo: lo, hi: hi, length: length)
        let answer: Int8
        if let known = cueMemo.answer(slot, lo: lo, hi: hi, length: length) {
            answer = known
        } else {
            answer = foldedCueAnswer(from: j, to: wordEnd)
            cueMemo.store(slot, lo: lo, hi: hi, length: length, answer)
        }
        switch answer {
        case CueMemo.noWord: return j == from ? false : endsWithKindCue(before: i)
        case CueMemo.noCue: return false
        case 0: return true
        default: return endsWithWholeKindWord(before: i, cueCount: Int(answer))
        }
    }

    /// The memo's answer for the raw word `s[start..<wordEnd]`, folded and looked up. Apart from
    /// `endsWithKindCueMemo`: its buffer on the stack set up a frame and a stack guard on every call, most of
    /// which the memo answers.
    @inline(never) func foldedCueAnswer(from start: Int, to wordEnd: Int) -> Int8 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { chars -> Int8 in
            let count = lastFoldedWord(before: wordEnd, from: start, into: chars)
            return count == 0 ? CueMemo.noWord : Scan.cueAnswer(UnsafeBufferPointer(rebasing: chars[0..<count]))
        }
    }

    /// The raw word `endsWithKindCueMemo` looks up before `i` (not before `from`): its start and end, and
    /// its bytes as the memo's key (last byte lowest); nil when the fold finds no word there (nothing left
    /// after the skipped bytes, or an ASCII non-word character ends it). Static, on the buffer and the table
    /// themselves: in the mutating method each byte reloaded the text and checked the table's bounds.
    @inline(__always)
    static func cueWordKey(_ s: UnsafeBufferPointer<UInt8>, before i: Int, from: Int) -> (start: Int, end: Int, lo: UInt64, hi: UInt64)? {
        Scan.cueByteKinds.withUnsafeBufferPointer { kinds in
            var j = i
            while j > from, kinds[Int(s[j - 1])] == Scan.skippedByte { j -= 1 }
            let wordEnd = j
            if j == from || kinds[Int(s[j - 1])] != Scan.wordByte { return nil }
            // The key: the word's bytes shifted in as the walk goes back.
            var lo: UInt64 = 0, hi: UInt64 = 0
            while j > from {
                let b = s[j - 1]
                guard kinds[Int(b)] == Scan.wordByte else { break }
                hi = hi << 8 | lo >> 56
                lo = lo << 8 | UInt64(b)
                j -= 1
            }
            return (j, wordEnd, lo, hi)
        }
    }

    /// `FoldedWindow.asciiFold`, read once per use instead of through its global accessor per character.
    static let asciiFold = FoldedWindow.asciiFold

    /// Per byte, what `endsWithKindCueMemo` makes of it: `skippedByte` (ASCII that folds to white space, `:`
    /// or `.`), `wordByte` (ASCII that folds to a letter or digit, or any byte of a longer scalar), else 0.
    /// One lookup instead of a fold and range tests per byte.
    static let cueByteKinds: [UInt8] = (0..<256).map { b in
        guard b < 0x80 else { return wordByte }
        let f = asciiFold[b]
        return f == 0xFF || f == 0x3A || f == 0x2E ? skippedByte : isWordByte(f) ? wordByte : 0
    }
    static let skippedByte: UInt8 = 1
    static let wordByte: UInt8 = 2

    /// What `endsWithKindCue` makes of the folded last word: `CueMemo.noCue`, 0 (`số`/`No`, or a long
    /// cue: the gate holds), or the length of the type word's last word (the whole type word decides).
    static func cueAnswer(_ word: UnsafeBufferPointer<UInt8>) -> Int8 {
        let count = word.count
        if count <= 8, !Scan.kindCuePacked.contains(Scan.packedKey(word)) { return CueMemo.noCue }
        guard count < Scan.kindCueWordsByLength.count else {
            return Scan.kindCueWords.contains(String(decoding: word, as: UTF8.self)) ? 0 : CueMemo.noCue
        }
        guard let cue = Scan.kindCueWordsByLength[count].first(where: { $0.elementsEqual(word) }) else { return CueMemo.noCue }
        return Scan.numberWords.contains(cue) ? 0 : Int8(count)
    }

    /// Cheap gate for number-only references: the word before the number (after `số`, `:`) ends a type word,
    /// and unless it is `số`/`No`, the whole type word stands there (`từ 01` is not `Thông tư 01`).
    func endsWithKindCue(before i: Int) -> Bool {
        // The same folded window as `FoldedWindow(s, from: scalarStart(i - 16), to: i)`, on the stack.
        let from = ContextReader(s: s).scalarStart(i - 16)
        let cue = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { chars -> [UInt8]? in
            // Only its last word is needed: folded backward from `i`, not the whole window forward.
            let count = lastFoldedWord(before: i, from: from, into: chars)
            guard count > 0 else { return nil }
            let word = UnsafeBufferPointer(rebasing: chars[0..<count])
            // Most words before a number (`ngày`, `năm`, `Điều`, `khoản`) are no cue: one probe of a set of
            // packed words rules them out before any list is compared.
            if count <= 8, !Scan.kindCuePacked.contains(Scan.packedKey(word)) { return nil }
            guard count < Scan.kindCueWordsByLength.count else { return Scan.kindCueWords.contains(String(decoding: word, as: UTF8.self)) ? [] : nil }
            return Scan.kindCueWordsByLength[count].first { $0.elementsEqual(word) }
        }
        guard let cue else { return false }
        if cue.isEmpty || Scan.numberWords.contains(cue) { return true }
        return endsWithWholeKindWord(before: i, cueCount: cue.count)
    }

    /// The second half of `endsWithKindCue`: a type word at least `cueCount` long ends at `i`.
    func endsWithWholeKindWord(before i: Int, cueCount: Int) -> Bool {
        // A type word counts in the prefix only when all of it ends here after a word boundary: 40 bytes
        // hold any type word (one cut by the window start is left to the prefix).
        let wide = ContextReader(s: s).scalarStart(i - 40)
        let longest = Words.longestKindWordByLast
        return FoldedWindow.info.withUnsafeBufferPointer { info in
            FoldedWindow.asciiFold.withUnsafeBufferPointer { ascii in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { chars -> Bool in
                    // The end of `FoldedWindow.fold(s, from: wide, to: i)`, folded backward into `chars[lo...]` (valid
                    // UTF-8 folds the same backward: see `foldBackward`) only as far as the longest type word ending
                    // in the last word's letter, and the character before it: often a few words, not 40 bytes.
                    var lo = chars.count, e = -1, need = Int.max, j = i
                    while j > wide {
                        FoldedWindow.foldBackward(s, &j, downTo: j &- 1, from: wide, info: info, ascii: ascii) { ch, _ in
                            lo &-= 1; chars[lo] = ch
                        }
                        if e >= 0 {
                            if e &- lo > need { break }
                            continue
                        }
                        let c = chars[lo]
                        if c == 0x20 || c == 0x3A || c == 0x2E { continue }   // trailing spaces, `:` and `.`
                        // As `lastWord`: the last character before them must be a letter or digit.
                        guard isWordByte(c) else { return false }
                        e = lo &+ 1
                        need = longest[Int(c)]
                    }
                    guard e >= 0 else { return false }
                    // Only the type words ending in that letter (any match answers, so their order does not matter).
                    let kindWords = Vocabulary.shared.kindWords
                    for index in Words.kindWordsByLast[Int(chars[e - 1])] {
                        let found = kindWords[index].word.withUnsafeBufferPointer { kw -> Bool in
                            guard kw.count >= cueCount else { return false }
                            let st = e - kw.count
                            if st < lo { return true }   // cut by the window start (only once folded back to it)
                            for m in 0..<kw.count where chars[st &+ m] != kw[m] { return false }
                            return st == lo || !isWordByte(chars[st - 1])
                        }
                        if found { return true }
                    }
                    return false
                }
            }
        }
    }

    /// The word `lastWord` finds in `FoldedWindow.fold(s, from: from, to: i)`, folded backward from `i` into
    /// `out` (room for `i - from` characters); its length (0: none). In valid UTF-8 (as normalized text is)
    /// scalars start at the bytes that are not continuation bytes, so folding backward gives the same characters.
    func lastFoldedWord(before i: Int, from: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // The tables once per call, not through their global accessors per character.
        FoldedWindow.info.withUnsafeBufferPointer { info in
            FoldedWindow.asciiFold.withUnsafeBufferPointer { ascii in
                lastFoldedWord(before: i, from: from, into: out, info: info, ascii: ascii)
            }
        }
    }

    private func lastFoldedWord(before i: Int, from: Int, into out: UnsafeMutableBufferPointer<UInt8>,
                                info: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        var n = 0
        var inWord = false
        while j > from {
            var p = j - 1
            while p > from, s[p] & 0xC0 == 0x80 { p -= 1 }
            let b = s[p]
            let f: UInt8
            if b < 0x80 {
                f = ascii[Int(b)]                                                   // 0xFF: white space
            } else {
                let v = Int(Fold.decode(s, p).0)
                let code: UInt8 = v < FoldedWindow.infoCount ? info[v] : (v == 0x2026 ? 0x2E : 0x3F)
                f = code == FoldedWindow.space ? 0xFF : code & 0x7F
            }
            if !inWord {
                if f == 0xFF || f == 0x3A || f == 0x2E { j = p; continue }      // trailing spaces, `:` and `.`
                inWord = true
            }
            guard isWordByte(f) else { break }
            out[n] = f; n += 1
            j = p
        }
        // Collected last character first.
        var a = 0, z = n - 1
        while a < z { out.swapAt(a, z); a += 1; z -= 1 }
        return n
    }

    /// The last word of folded `chars[0..<count]` before trailing spaces, `:` and `.`, as a range.
    static func lastWord(_ chars: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> (Int, Int)? {
        var e = count
        while e > 0, chars[e - 1] == 0x20 || chars[e - 1] == 0x3A || chars[e - 1] == 0x2E { e -= 1 }
        var b = e
        while b > 0, isWordByte(chars[b - 1]) { b -= 1 }
        return b < e ? (b, e) : nil
    }

    /// `số`, `No`, `number`: the prefix decides what stands before them.
    static let numberWords: [[UInt8]] = [Words.so, Words.no, Words.number]

    /// `kindCueWords` of up to eight characters as `packedKey`s: a filter (a hit is confirmed by comparing bytes).
    static let kindCuePacked = HashSet64(kindCueWords.compactMap { w in
        w.utf8.count <= 8 ? Array(w.utf8).withUnsafeBufferPointer { packedKey($0) } : nil
    })

    /// A folded word of up to eight characters packed into one integer, mixed so that its low bits (the
    /// probe position in `HashSet64`) depend on every character.
    @inline(__always) static func packedKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var v: UInt64 = 0
        for b in word { v = v << 8 | UInt64(b) }
        let h = v &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 29)
    }

    /// `kindCueWords` as bytes, by length (words of up to 23 characters).
    static let kindCueWordsByLength: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: 24)
        for w in kindCueWords where w.utf8.count < t.count { t[w.utf8.count].append(Array(w.utf8)) }
        return t
    }()

    /// Words that end a list: what follows them is a title or a new clause, not another item.
    static let listBreakers: [[UInt8]] = ["ve", "ban hanh", "quy dinh", "theo", "tai", "huong dan", "doi voi"].map { Array($0.utf8) }

    /// Last words of type words, and `số`/`No`.
    static let kindCueWords: Set<String> = {
        var set: Set<String> = ["so", "no", "number"]
        for (word, _) in Vocabulary.shared.kindWords {
            // The last space-separated piece, on bytes (Character `split` is costly at start-up).
            var e = word.count
            while e > 0, word[e - 1] == 0x20 { e -= 1 }
            var b = e
            while b > 0, word[b - 1] != 0x20 { b -= 1 }
            if b < e { set.insert(String(decoding: word[b..<e], as: UTF8.self)) }
        }
        return set
    }()

    /// Moves back over spaces and tabs on the same line.
    func skipBlankBack(_ i: Int) -> Int {
        var j = i
        while j > 0, s[j - 1] == 0x20 || s[j - 1] == 0x09 { j -= 1 }
        return j
    }

    func lineStartOf(_ i: Int) -> Int { Scan.lineStart(s, i) }

    /// The start of the line holding byte `i`.
    static func lineStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        i <= 0 ? i : SWAR.afterLast(0x0A, in: s, before: i)
    }

    func scalars(from a: Int, to b: Int) -> Int { SWAR.scalarCount(s, from: a, to: b) }

    /// Scalars in the text: those before the last reference were counted by `finish`.
    func scalarCount() -> Int { countedScalars + scalars(from: countedBytes, to: s.count) }

    /// The first non-empty line, as a fallback title for non-official text.
    func firstHeading() -> String? {
        var i = 0
        while i < s.count {
            var j = i
            while j < s.count, s[j] != 0x0A { j += 1 }
            if let simple = Scan.simpleLineTitle(s, i, j) {
                if let t = simple { return t }
            } else {
                let line = String(decoding: UnsafeBufferPointer(rebasing: s[i..<j]), as: UTF8.self)
                let t = trimCell(Substring(line))
                if t.count >= 8 { return String(t.prefix(300)) }
            }
            i = j + 1
            if i > 4000 { break }
        }
        return nil
    }

    /// `firstHeading`'s reading of the line `s[a..<b]` on its bytes, where each scalar is a Character of its own
    /// (ASCII, Latin up to U+027F, Vietnamese letters U+1E00–U+1EFF, dashes and quotes U+2010–U+2027: none extends
    /// or joins a grapheme): the title, `.some(nil)` when the line is too short, `nil` for any other line (read
    /// through a String: a codified-law note opens on a line of 2 KB, whose Characters were counted one by one).
    static func simpleLineTitle(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> String?? {
        var first = -1   // the first scalar that is no space or tab
        var lastEnd = a
        var i = a
        while i < b {
            let c = s[i]
            var l = 1
            if c >= 0x80 {
                if c >= 0xC2 && c <= 0xC9 {
                    guard i + 1 < b, s[i + 1] & 0xC0 == 0x80 else { return nil }
                    l = 2
                } else if c == 0xE1 {
                    guard i + 2 < b, s[i + 1] >= 0xB8 && s[i + 1] <= 0xBB, s[i + 2] & 0xC0 == 0x80 else { return nil }
                    l = 3
                } else if c == 0xE2 {
                    guard i + 2 < b, s[i + 1] == 0x80, s[i + 2] >= 0x90 && s[i + 2] <= 0xA7 else { return nil }
                    l = 3
                } else {
                    return nil
                }
            }
            if c != 0x20 && c != 0x09 {
                if first < 0 { first = i }
                lastEnd = i + l
            }
            i += l
        }
        guard first >= 0 else { return .some(nil) }
        // The first 300 scalars of the trimmed line.
        var scalars = 0
        i = first
        while i < lastEnd, scalars < 300 {
            scalars += 1
            let c = s[i]
            i += c < 0x80 ? 1 : c < 0xE0 ? 2 : 3
        }
        guard scalars >= 8 else { return .some(nil) }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: s[first..<i]), as: UTF8.self))
    }
}

/// A direct-mapped memo of `Scan.cueAnswer` by the raw bytes (up to 16) of a word: the answer depends
/// on those bytes only, and a slot holds the whole key, so a hit is exact.
struct CueMemo {
    /// The folded bytes hold no word character.
    static let noWord: Int8 = -2
    /// The word is no cue.
    static let noCue: Int8 = -1
    static let slotCount = 128
    /// A slot: the key's two words, its length plus one (0: empty), the answer (one array of slots: one
    /// bounds check and one buffer per probe).
    private struct Slot {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        var tag: UInt8 = 0
        var value: Int8 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: slotCount)

    /// The slot of a key.
    @inline(__always) static func slot(lo l: UInt64, hi h: UInt64, length: Int) -> Int {
        let mixed = (l &* 0x9E37_79B9_7F4A_7C15) ^ (h &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: mixed >> 57) & (CueMemo.slotCount - 1)
    }

    /// The answer stored for the key in its slot, if that slot holds it.
    @inline(__always) func answer(_ k: Int, lo l: UInt64, hi h: UInt64, length: Int) -> Int8? {
        let e = slots[k]
        return e.tag == UInt8(length + 1) && e.lo == l && e.hi == h ? e.value : nil
    }

    /// Stores the answer for a key in its slot.
    mutating func store(_ k: Int, lo l: UInt64, hi h: UInt64, length: Int, _ v: Int8) {
        slots[k] = Slot(lo: l, hi: h, tag: UInt8(length + 1), value: v)
    }
}

/// Resolutions by the bytes of what `Resolver.resolve` reads of a symbol and its prefix, but its number and
/// the year's value.
///
/// The key is those fields written into one byte string (no `String`s or arrays copied, hashed once,
/// compared with `memcmp`): a `Dictionary` keyed by the fields cost about as much as the resolutions it saved.
/// `Resolver.resolve` reads the number and the year's value only into the id (`number/year/` before the
/// codes, or `number-` before them), `number` (the number's plain spelling) and `year`: an entry keeps the
/// answer with where its id's codes start, and answers a symbol with another number or year by writing those
/// fields anew. Every other field, and whether there is an answer, depends on the key alone, so the cache is
/// exact. (Each entry checks, when stored, that its answer has that shape; one that has not is not reused.)
struct ResolveCache {
    /// Room for a key: a year flag, up to seven groups of up to 24 bytes, separators and a type word.
    static let maxKey = 320
    /// Per slot (a power of two, at most half full): entry index + 1, 0 for empty.
    private var slots = [Int32](repeating: 0, count: 64)
    /// An entry: its key's digest, where its key ends in `keys` (it starts where the previous one ends), and
    /// the resolution (one array of entries: one append per insert) of the symbol `number`, `year`.
    private struct Entry {
        var digest: UInt64
        var keyEnd: Int
        /// The resolution's fields, held apart (reading them out of a whole `ResolvedSymbol?` copied and
        /// destroyed it); `resolves` is false when the symbol resolves to none.
        var resolves: Bool
        var id: String, plain: String, kind: String?, issuerName: String?, issuerCode: String?
        var isLocal: Bool, isParty: Bool, yearless: Bool
        /// The number as read, and the year, of the symbol resolved.
        var number: String
        var year: Int?
        /// Where the codes start in `id`, after `number/year/` or `number-`; -1 when the answer has another
        /// shape (it is then not reused).
        var tail: Int
        /// The separator after the number in the id: `/` or `-`.
        var sep: UInt8
    }
    private var entries: [Entry] = []
    private var keys: [UInt8] = []
    /// How many lookups found their key.
    var hits = 0
    /// Whether keying is still worth it: some key was found again, or fewer than `trial` keys were stored.
    var mayRepeat: Bool { hits > 0 || entries.count < ResolveCache.trial }
    /// Keys stored before a document without a repeat stops keying.
    static let trial = 16

    /// Writes the key of a resolution into `out`; its length, or nil when it does not fit. The fields are
    /// delimited so that different fields give different bytes: a year flag (1 when the symbol has a year),
    /// the group count and each group's UTF-8 with `FE` (never in UTF-8), the separators, the first separator,
    /// a type-word flag and its UTF-8 with `FE`, the cue flag.
    static func writeKey(_ sym: RawSymbol, proseKind: String?, hasCue: Bool, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var n = 0
        let cap = out.count
        @inline(__always) func put(_ b: UInt8) -> Bool {
            guard n < cap else { return false }
            out[n] = b; n += 1; return true
        }
        @inline(__always) func put(_ str: String) -> Bool {
            var str = str
            return str.withUTF8 { u in
                guard u.count <= cap - n else { return false }
                if let src = u.baseAddress { (out.baseAddress! + n).update(from: src, count: u.count) }
                n += u.count
                return true
            }
        }
        guard put(sym.year == nil ? 0 : 1) else { return nil }
        guard sym.groups.count < 256, sym.seps.count < 256, put(UInt8(sym.groups.count)) else { return nil }
        // By index: iterating copied the groups.
        for k in 0..<sym.groups.count { guard put(sym.groups[k]), put(0xFE) else { return nil } }
        guard put(UInt8(sym.seps.count)) else { return nil }
        for b in sym.seps { guard put(b) else { return nil } }
        guard put(sym.firstSep) else { return nil }
        if let k = proseKind {
            guard put(1), put(k), put(0xFE) else { return nil }
        } else if !put(0) { return nil }
        guard put(hasCue ? 1 : 0) else { return nil }
        return n
    }

    /// A multiply-xor hash over a key, eight bytes at a time (byte by byte cost a multiplication a byte).
    static func digest(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var last: UInt64 = 0, shift: UInt64 = 0
        while i < key.count { last |= UInt64(key[i]) << shift; shift += 8; i += 1 }
        h = (h ^ last) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    /// The entry holding `key`, if any.
    func find(_ key: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int? {
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: digest) & mask
        while true {
            let e = Int(slots[k]) - 1
            if e < 0 { return nil }
            if entries[e].digest == digest, equalKey(e, key) { return e }
            k = (k + 1) & mask
        }
    }

    /// Whether entry `e`'s key is `key`.
    private func equalKey(_ e: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = e == 0 ? 0 : entries[e - 1].keyEnd, b = entries[e].keyEnd
        guard b - a == key.count else { return false }
        return keys.withUnsafeBufferPointer { k in memcmp(k.baseAddress! + a, key.baseAddress!, key.count) == 0 }
    }

    /// The resolution of `sym` from entry `e` (whose key is `sym`'s): nil when the entry cannot give it (an id
    /// of another shape, for another number or year), else the answer, itself nil when the symbol resolves to none.
    func value(_ e: Int, for sym: RawSymbol) -> ResolvedSymbol?? {
        guard entries[e].resolves else { return .some(nil) }
        let tail = entries[e].tail
        guard tail >= 0 else { return nil }
        let id: String, plain: String
        if entries[e].year == sym.year, Resolver.sameBytes(sym.number, entries[e].number) {
            // The same number and year (a document citing one act again): the answer as stored.
            id = entries[e].id; plain = entries[e].plain
        } else {
            let (num, p) = Resolver.canonicalNumber(sym.number)
            id = ResolveCache.id(num, sep: entries[e].sep, year: sym.year, codes: entries[e].id, from: tail)
            plain = p
        }
        return .some(ResolvedSymbol(id: id, number: plain, year: sym.year, kind: entries[e].kind,
                                    issuerName: entries[e].issuerName, issuerCode: entries[e].issuerCode,
                                    isLocal: entries[e].isLocal, isParty: entries[e].isParty, yearless: entries[e].yearless))
    }

    /// `num`, `sep`, the year and `/` when there is one, then `id`'s bytes from `tail`: an id written once
    /// into a string of its size.
    static func id(_ num: String, sep: UInt8, year: Int?, codes id: String, from tail: Int) -> String {
        var num = num, id = id
        return num.withUTF8 { nu in
            id.withUTF8 { iu in
                var yearDigits = 0
                if let y = year { var v = y; repeat { yearDigits += 1; v /= 10 } while v > 0 }
                let codes = iu.count - tail
                let total = nu.count + 1 + (year != nil ? yearDigits + 1 : 0) + codes
                return String(unsafeUninitializedCapacity: total) { out in
                    var n = 0
                    if let src = nu.baseAddress { (out.baseAddress! + n).update(from: src, count: nu.count) }
                    n += nu.count
                    out[n] = sep; n += 1
                    if let y = year {
                        var v = y
                        var k = n + yearDigits - 1
                        repeat { out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10); v /= 10; k -= 1 } while v > 0
                        n += yearDigits
                        out[n] = 0x2F; n += 1
                    }
                    if codes > 0, let src = iu.baseAddress { (out.baseAddress! + n).update(from: src + tail, count: codes) }
                    n += codes
                    return n
                }
            }
        }
    }

    /// Where the codes start in the id of `r`, the resolution of `sym`, and the separator after the number:
    /// nil unless the id is `canonical number`, `/` or `-`, `year/` when the symbol has a year, then codes, and
    /// `r` holds the number's plain spelling and the symbol's year.
    static func tail(of r: ResolvedSymbol, sym: RawSymbol) -> (Int, UInt8)? {
        guard r.year == sym.year else { return nil }
        let (num, plain) = Resolver.canonicalNumber(sym.number)
        guard Resolver.sameBytes(r.number, plain) else { return nil }
        var id = r.id, num2 = num
        return id.withUTF8 { iu -> (Int, UInt8)? in
            num2.withUTF8 { nu -> (Int, UInt8)? in
                guard iu.count > nu.count, nu.count == 0 || memcmp(iu.baseAddress!, nu.baseAddress!, nu.count) == 0 else { return nil }
                var n = nu.count
                let sep = iu[n]
                guard sep == 0x2F || sep == 0x2D else { return nil }
                n += 1
                if let y = sym.year {
                    guard sep == 0x2F else { return nil }
                    var digits = 0, v = y
                    repeat { digits += 1; v /= 10 } while v > 0
                    guard n + digits < iu.count, iu[n + digits] == 0x2F else { return nil }
                    v = y
                    for k in stride(from: n + digits - 1, through: n, by: -1) {
                        guard iu[k] == UInt8(truncatingIfNeeded: 0x30 + v % 10) else { return nil }
                        v /= 10
                    }
                    n += digits
                    n += 1
                }
                return (n, sep)
            }
        }
    }

    /// Stores the resolution of `sym` under its key, not yet present.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, digest: UInt64, _ value: ResolvedSymbol?, of sym: RawSymbol) {
        // Room for a few dozen at the first insert: growing from empty reallocated the arrays several times
        // in every document.
        if entries.isEmpty { entries.reserveCapacity(32); keys.reserveCapacity(32 * 24) }
        if (entries.count + 1) * 2 > slots.count { grow() }
        keys.append(contentsOf: key)
        // An answer of another shape (no tail) is not reused at all: a hit resolves again.
        if let v = value {
            let t = ResolveCache.tail(of: v, sym: sym)
            entries.append(Entry(digest: digest, keyEnd: keys.count, resolves: true, id: v.id, plain: v.number, kind: v.kind,
                                 issuerName: v.issuerName, issuerCode: v.issuerCode, isLocal: v.isLocal, isParty: v.isParty,
                                 yearless: v.yearless, number: sym.number, year: sym.year, tail: t?.0 ?? -1, sep: t?.1 ?? 0))
        } else {
            entries.append(Entry(digest: digest, keyEnd: keys.count, resolves: false, id: "", plain: "", kind: nil,
                                 issuerName: nil, issuerCode: nil, isLocal: false, isParty: false, yearless: false,
                                 number: sym.number, year: sym.year, tail: 0, sep: 0))
        }
        place(entries.count - 1)
    }

    /// Puts entry `e` in the first free slot of its probe sequence.
    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: entries[e].digest) & mask
        while slots[k] != 0 { k = (k + 1) & mask }
        slots[k] = Int32(e + 1)
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for e in entries.indices { place(e) }
    }
}
