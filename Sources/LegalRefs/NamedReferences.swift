#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CUTF8Scan

/// References by name rather than number (DOMAIN.md P18, §4.5): `Luật Giáo dục 2019`,
/// `Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019`, `Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)`,
/// `Hiến pháp năm 2013`, `Nghị quyết Hội nghị Trung ương 8 khóa XI`. Resolved through the title tables.
enum NamedReferences {
    struct Law {
        let kind: String; let name: [UInt8]; let year: Int; let id: String
        /// The day it was passed (`2025-06-16`), where the table gives it: two laws of one name and year.
        var passed: String? = nil
        /// `kind == "Bộ luật"`: kinds are compared as flags (two different small strings compare through
        /// the stdlib's slow path, about 300 instructions each).
        let isCode: Bool
        /// The running number without leading zeros and the issuer code (`QH14`), split from `id` once.
        let number: String, issuerCode: String

        init(kind: String, name: [UInt8], year: Int, id: String, isCode: Bool) {
            self.kind = kind; self.name = name; self.year = year; self.id = id; self.isCode = isCode
            // On the bytes: `split` cost about six thousand instructions a row, at every start-up.
            let u = Array(id.utf8)
            let first = u.firstIndex(of: 0x2F) ?? u.count, last = u.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0
            number = String(decoding: u[..<first].drop { $0 == 0x30 }, as: UTF8.self)
            issuerCode = String(decoding: u[last...], as: UTF8.self)
        }
    }
    struct Plenum { let term: String; let plenum: Int; let ids: [String]; let date: String }

    /// The title table's laws, longest name first; a name with commas is also found without them
    /// (`Luật Phòng chống tham nhũng năm 2018`, `Luật Thi đua khen thưởng 2022`).
    static let laws: [Law] = {
        // Rows appended to one array and their order sorted as indices (no array per row, no whole rows moved by the
        // sort: each cost a few hundred thousand instructions at every start-up).
        var unsorted: [Law] = []
        for r in TableText.rows(lawTitleTableText, keepEmpty: false) {
            // The year, or the day passed (`2025-06-16`) where one name was passed twice in a year.
            guard r.count >= 4, let y = Int(r[2].prefix(4)) else { continue }
            let passed = r[2].count == 10 ? r[2] : nil
            let isCode = r[0] == "Bộ luật"
            // The fold is ASCII (`Fold.string`), so commas are dropped on its bytes (a filter over Characters cost
            // about seven thousand instructions a row, at every start-up).
            let name = Array(Fold.string(r[1]).utf8)
            for variant in name.contains(0x2C) ? [name, name.filter { $0 != 0x2C }] : [name] {
                var law = Law(kind: r[0], name: variant, year: y, id: r[3], isCode: isCode)
                law.passed = passed
                unsorted.append(law)
            }
        }
        // (The same comparisons as sorting the rows themselves, so the same order.)
        return unsorted.indices.sorted { unsorted[$0].name.count > unsorted[$1].name.count }.map { unsorted[$0] }
    }()

    /// Per row of `Words.namedLawWords`, the indices into `laws` of its kind (none for `Nghị quyết`).
    static let lawsOfNamedWord: [[Int]] = Words.namedLawWords.map { (_, kind) in
        kind == "Nghị quyết" ? [] : laws.indices.filter { laws[$0].kind == kind }
    }

    static let plenums: [Plenum] = TableText.rows(plenumTableText, keepEmpty: false).compactMap { r in
        guard r.count >= 4, let p = Int(r[1]) else { return nil }
        return Plenum(term: r[0], plenum: p, ids: r[2].split(separator: ",").map { trimCell($0) }, date: r[3])
    }

    static let suaDoi: [UInt8] = Array("sua doi".utf8)
    static let canCu: [UInt8] = Array("can cu".utf8)
    static let luat: [UInt8] = [0x75, 0xE1, 0xBA, 0xAD, 0x74]            // "uật"
    static let nghiQuyet: [UInt8] = Array("Nghị quyết".utf8)
    static let ordinals: [String: Int] = ["nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10]

    /// Finds name-only references; each is (byte range, reference fields) without offsets. `citingDate` and `citingID` are
    /// the citing document's own (a law named without its year resolves by its date, never to itself).
    static func find(_ s: UnsafeBufferPointer<UInt8>, citingDate: String? = nil, citingID: String? = nil) -> [Reference] {
        var out: [Reference] = []
        // The law last named with its year, by name (`lawNameKey`): what a later mention of the bare name means.
        var lastNamed: [Int: (h: Int, year: Int)] = [:]
        var i = 1
        let n = s.count
        // A text written without diacritics (`Can cu Luat Dat dai nam 2024`) is searched for `uat` as well; a text with
        // them never writes `Luat` (searching every text for it cost a tenth of this search's time).
        let withoutDiacritics = writtenWithoutDiacritics(s)
        var nextUat = withoutDiacritics ? 0 : n
        while i + 5 < n {
            let from = i
            i = nextCandidate(s, from: i)
            if withoutDiacritics {
                if nextUat < from { nextUat = uat(s, from: from) }
                i = min(i, nextUat)
            }
            if i + 3 >= n { break }
            // `Luật`, `Bộ luật`; without diacritics `Luat`, `Bo luat` (the name after it is compared folded either way).
            let plain = s[i] == 0x75 && s[i + 1] == 0x61 && s[i + 2] == 0x74
            if (s[i - 1] == 0x4C || s[i - 1] == 0x6C), s[i] == 0x75,
               plain || i + 5 < n && s[i + 1] == 0xE1 && s[i + 2] == 0xBA && s[i + 3] == 0xAD && s[i + 4] == 0x74 {
                let start = i - 1
                let wordEnd = plain ? i + 3 : i + 5
                let boundaryBefore = start == 0 || !(isWordByte(s[start - 1]) || s[start - 1] >= 0x80)
                let boundaryAfter = wordEnd >= n || s[wordEnd] == 0x20
                var isCode = false, refStart = start
                if start >= 5, s[start - 1] == 0x20, s[start - 5] == 0x42 || s[start - 5] == 0x62, s[start - 4] == 0xE1, s[start - 3] == 0xBB, s[start - 2] == 0x99 {
                    isCode = true; refStart = start - 5
                } else if start >= 3, s[start - 1] == 0x20, s[start - 3] == 0x42 || s[start - 3] == 0x62, s[start - 2] == 0x6F {
                    isCode = true; refStart = start - 3
                }
                if boundaryBefore, boundaryAfter, isCode || s[start] == 0x4C {
                    let kind = isCode ? "Bộ luật" : "Luật"
                    var bare: BareName? = nil
                    if let r = law(s, kind: kind, isCode: isCode, start: refStart, nameAt: wordEnd, citing: citingDate, bare: &bare) {
                        out.append(r)
                        i = r.byteEnd
                        if let h = r.id.flatMap({ lawIndexByID[$0] }), let y = r.year {
                            lastNamed[lawNameKey[h]] = (h, y)
                            // `Bộ luật Hình sự năm 2015 (được sửa đổi, bổ sung năm 2017)`: the amending law too.
                            if let amended = amendment(s, of: h, after: r.byteEnd) {
                                out.append(amended)
                                i = amended.byteEnd
                            }
                        }
                        continue
                    }
                    // A name without its year (not after `dự thảo`, a draft): the law of that name the same text named
                    // with its year before (`Bộ luật Tố tụng dân sự năm 2015 … Điều 147 Bộ luật Tố tụng dân sự`), else the
                    // version in force on the citing date.
                    if let bare, !afterDraft(s, refStart),
                       let (h, y) = lastNamed[lawNameKey[bare.index]]
                           ?? inForce(bare, at: refStart, in: s, citingDate: citingDate, citingID: citingID).map({ ($0, laws[$0].year) }) {
                        let r = resolvedLaw(h, kind: kind, bytes: refStart..<bare.end, year: y, date: nil)
                        out.append(r)
                        i = r.byteEnd
                        continue
                    }
                }
            }
            if s[i - 1] == 0x4E, matches(s, nghiQuyet, at: i - 1), let r = plenum(s, start: i - 1) {
                out.append(r)
                i = r.byteEnd
                continue
            }
            i += 1
        }
        return out
    }

    /// The row of the law a name without its year at `start` means when the text names it nowhere with one: the version
    /// in force on the citing date (`Căn cứ Điều 147 Bộ luật Tố tụng dân sự;` in a judgment of 2023), where the name ends
    /// there (not `Luật Doanh nghiệp nhà nước`). Never the citing law itself (`Bộ luật Lao động` in the code of 2019,
    /// passed while the old one was in force), nor a law named in another document's title (`Nghị định số
    /// 102/2014/NĐ-CP … hướng dẫn thi hành Luật Đất đai`) or an amendment's (`Luật số 63/2020/QH14 sửa đổi, bổ sung một
    /// số điều của Luật Ban hành …`): those mean the law of that document's time.
    static func inForce(_ bare: BareName, at start: Int, in s: UnsafeBufferPointer<UInt8>, citingDate: String?, citingID: String?) -> Int? {
        guard let citingDate, let h = inForce(lawNameKey[bare.index], on: citingDate), laws[h].id != citingID,
              bareNameEnds(s, at: bare.end), !numberEarlierInClause(s, before: start),
              !ContextReader(s: s).insideAmendmentTitle(before: start) else { return nil }
        return h
    }

    static let amendedIn: [UInt8] = Array("sua doi, bo sung nam".utf8)
    static let amendedInShort: [UInt8] = Array("sua doi nam".utf8)
    static let amendingPrefix: [UInt8] = Array("sua doi, bo sung mot so dieu cua ".utf8)

    /// The amending law a note after a law's name gives by its year (DOMAIN.md §4.5): `Bộ luật Hình sự năm 2015 (sửa đổi,
    /// bổ sung năm 2017)`, `…, được sửa đổi, bổ sung năm 2017` → 12/2017/QH14, where the title table has `Luật sửa đổi, bổ
    /// sung một số điều của Bộ luật Hình sự` of that year. Its text is the note (`sửa đổi, bổ sung năm 2017`).
    static func amendment(_ s: UnsafeBufferPointer<UInt8>, of h: Int, after end: Int) -> Reference? {
        let found = ContextReader(s: s).withWindowAfter(end, bytes: 72) { w -> (Int, Int, Int)? in
            var k = w.skip(0, [0x20, 0x2C, 0x28])
            guard k > 0 || w.has(0) && w[0] == 0x20 else { return nil }
            if w.hasWord(RelationTriggers.duoc, at: k) { k = w.skip(k + RelationTriggers.duoc.count, [0x20]) }
            let start = k
            if w.hasWord(amendedIn, at: k) { k += amendedIn.count } else if w.hasWord(amendedInShort, at: k) { k += amendedInShort.count } else { return nil }
            k = w.skip(k, [0x20])
            guard let (y, e) = w.int(at: k, max: 4), y >= 1990, y <= 2099 else { return nil }
            return (w.offset(start), y, w.offset(e))
        }
        guard let (start, year, stop) = found, year > laws[h].year else { return nil }
        let kindWord: [UInt8] = laws[h].isCode ? Array("bo luat ".utf8) : Array("luat ".utf8)
        let name = amendingPrefix + kindWord + laws[h].name
        guard let a = laws.firstIndex(where: { $0.year == year && $0.name == name }) else { return nil }
        return resolvedLaw(a, kind: laws[a].kind, bytes: start..<stop, year: year, date: nil)
    }

    /// Whether the text's first 4 KB hold almost no character beyond ASCII (fewer than one continuation byte in 400):
    /// Vietnamese written without diacritics, where `Luật` is `Luat`. (Counted by the SIMD helper: a Swift loop over
    /// the bytes cost more than the search it saves.)
    static func writtenWithoutDiacritics(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = min(s.count, 4096)
        guard m >= 16, let base = s.baseAddress else { return true }
        return cancu_utf8_continuations(base, m) * 400 < m
    }

    /// The first `uat` at or after `i` (`s.count` if none).
    static func uat(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var k = max(i, 1)
        while k + 2 < s.count {
            if s[k] == 0x75, s[k + 1] == 0x61, s[k + 2] == 0x74 { return k }
            k += 1
        }
        return s.count
    }

    /// The first position at or after `i` where `find` can match: `uật` at it (`Luật`) or `Ng` around it
    /// (`Nghị quyết`, the candidate after the `N`); `s.count` if none. Sixty-four bytes a step with AVX2.
    static func nextCandidate(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = s.baseAddress, i < s.count else { return s.count }
        return cancu_next_named_candidate(base, max(i, 1), s.count)
    }

    /// Whether some law's name (of the given kind) may follow `Luật` at `i`: decided on the fold of 96 bytes
    /// (a prefix of `law`'s 220-byte window) when it holds the longest name and the character after it, so
    /// `hasWord` gives the same answers there; otherwise `law` decides. The fold's length is counted on the
    /// bytes, and characters are folded only as far as the names compared need (most differ within a few).
    /// What `lawNameMatch` found after `Luật` (or `Bộ luật`).
    enum LawNameMatch: Equatable {
        /// No law of the kind is named there.
        case none
        /// The short fold ends inside a name: `law` decides on its longer window.
        case undecided
        /// The first law (in `laws` order) of the kind whose name stands there.
        case law(Int)
    }

    /// Whether some law's name (of the given kind) may follow `Luật` at `i` (`lawNameMatch` is not `.none`).
    static func mayStartLawName(_ s: UnsafeBufferPointer<UInt8>, at i: Int, isCode: Bool, ctx: ContextReader) -> Bool {
        lawNameMatch(s, at: i, isCode: isCode, ctx: ctx) != .none
    }

    /// The law named at `i`, decided on a fold of at most 96 bytes on the stack (a prefix of `law`'s
    /// 220-byte window): only the laws whose first folded word stands there are compared.
    static func lawNameMatch(_ s: UnsafeBufferPointer<UInt8>, at i: Int, isCode: Bool, ctx: ContextReader) -> LawNameMatch {
        let end = ctx.scalarStart(min(s.count, i + 220))
        let short = min(end, i + 96)
        guard short > i else { return .undecided }
        // `FoldedWindow.fold(s, from: i, to: short)` gives one character per scalar starting before `short`
        // (valid UTF-8: `i` starts one), but one per run of space, tab and newline.
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }
        // The fold's leading spaces: at most one (a run folds to one).
        let k = isSpace(s[i]) ? 1 : 0
        // The fold must hold more than them: its characters are counted only that far (scalars, less the
        // white space right after white space), not over all 96 bytes.
        var length = 0, b = i
        while b < short, length <= k {
            if s[b] & 0xC0 != 0x80, !(b > i && isSpace(s[b]) && isSpace(s[b - 1])) { length += 1 }
            b += 1
        }
        guard length > k else { return .undecided }
        return FoldedWindow.info.withUnsafeBufferPointer { info in
            FoldedWindow.asciiFold.withUnsafeBufferPointer { ascii in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 104) { buf -> LawNameMatch in
                    let out = buf.baseAddress!
                    var j = i, n = 0, lastSpace = false
                    // Folds on (sixteen bytes a step, as `fold` would: white space runs carried across) until
                    // `count` characters are out or the short fold ends.
                    func need(_ count: Int) {
                        while n < count, j < short {
                            FoldedWindow.foldForward(s, &j, to: min(short, j &+ 16), lastSpace: &lastSpace, info: info, ascii: ascii) { ch, _ in
                                out[n] = ch; n &+= 1
                            }
                        }
                    }
                    // The first word (its run of word characters) picks the candidates; a fold that ends inside
                    // it leaves them to the first letter.
                    need(k + maxFirstWord + 1)
                    var we = k
                    while we < n, isWordByte(out[we]) { we &+= 1 }
                    let candidates: [Int]
                    if we == n {
                        candidates = lawsByFirst[Int(out[k])]
                    } else {
                        guard we - k <= maxFirstWord, let c = lawsWithFirstWord(firstWordKey(UnsafeBufferPointer(start: out + k, count: we - k)))
                        else { return .none }
                        candidates = c
                    }
                    // A name that runs past the short fold is left to `law` (undecided), as is a name whose
                    // following character lies past it.
                    for index in candidates {
                        let name = laws[index].name   // not the whole row: a copy retains each of its strings
                        let e = k + name.count
                        var pastFold = false
                        let same = name.withUnsafeBufferPointer { name -> Bool in
                            var m = 0
                            // Eight characters a step while the fold already holds them (no `need` in between): the
                            // candidates share the first word, most several (`to chuc …`), and differ a few characters on.
                            if let nameBase = name.baseAddress {
                                while m &+ 8 <= name.count, k &+ m &+ 8 <= n {
                                    if UnsafeRawPointer(nameBase + m).loadUnaligned(as: UInt64.self)
                                        != UnsafeRawPointer(out + (k &+ m)).loadUnaligned(as: UInt64.self) { return false }
                                    m &+= 8
                                }
                            }
                            while m < name.count {
                                if k &+ m >= n { need(k &+ m &+ 1) }
                                if k &+ m >= n { pastFold = true; return true }
                                if name[m] != out[k &+ m] { return false }
                                m &+= 1
                            }
                            return true
                        }
                        guard same else { continue }
                        if pastFold { return .undecided }
                        need(e + 1)
                        if e >= n { return .undecided }
                        if isWordByte(out[e]) && isWordByte(name[name.count - 1]) { continue }
                        if laws[index].isCode == isCode { return .law(index) }
                    }
                    return .none
                }
            }
        }
    }

    /// The longest first word of a law name, folded (at most 8: the key packs it into 64 bits).
    static let maxFirstWord = min(8, laws.map { $0.name.firstIndex(where: { !isWordByte($0) }) ?? $0.name.count }.max() ?? 0)

    /// A folded word of at most eight bytes packed into an integer.
    static func firstWordKey(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for j in 0..<min(8, w.count) { key = key << 8 | UInt64(w[j]) }
        return key | UInt64(w.count) << 60
    }

    /// Indices into `laws` (in its order) by the first word of the folded name (its run of word characters): what
    /// `firstWordTable` holds, as a dictionary (the tests compare the two; the search reads the table).
    static let lawsByFirstWord: [UInt64: [Int]] = {
        var t: [UInt64: [Int]] = [:]
        for (index, law) in laws.enumerated() {
            let end = law.name.firstIndex(where: { !isWordByte($0) }) ?? law.name.count
            law.name.withUnsafeBufferPointer { t[firstWordKey(UnsafeBufferPointer(rebasing: $0[0..<end])), default: []].append(index) }
        }
        return t
    }()

    /// The keys (`firstWordKey`) of the first words of the folded names (their runs of word characters) in order, and
    /// for each the indices into `laws` (in its order) of the names it opens: a binary search over a few hundred keys
    /// cost a third of a dictionary's hashed lookup. (Built from the rows sorted by key and index: through a dictionary
    /// it cost about seven hundred thousand instructions at every start-up.)
    static let firstWordTable: (keys: [UInt64], lists: [[Int]]) = {
        let laws = NamedReferences.laws
        let rows = laws.indices.map { index -> (key: UInt64, index: Int) in
            let name = laws[index].name
            let end = name.firstIndex(where: { !isWordByte($0) }) ?? name.count
            return (name.withUnsafeBufferPointer { firstWordKey(UnsafeBufferPointer(rebasing: $0[0..<end])) }, index)
        }.sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var keys: [UInt64] = [], lists: [[Int]] = []
        for row in rows {
            if keys.last == row.key { lists[lists.count - 1].append(row.index) } else { keys.append(row.key); lists.append([row.index]) }
        }
        return (keys, lists)
    }()

    /// The indices into `laws` (in its order) of the names whose first word has the key, found in `firstWordTable`.
    static func lawsWithFirstWord(_ key: UInt64) -> [Int]? {
        let t = firstWordTable
        var lo = 0, hi = t.keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if t.keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < t.keys.count && t.keys[lo] == key ? t.lists[lo] : nil
    }

    /// Indices into `laws` (in its order) by the first character of the folded name.
    static let lawsByFirst: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256)
        for (index, law) in laws.enumerated() where !law.name.isEmpty { t[Int(law.name[0])].append(index) }
        return t
    }()

    /// The longest law name, folded.
    static let longestLawName = laws.reduce(0) { max($0, $1.name.count) }

    static func matches(_ s: UnsafeBufferPointer<UInt8>, _ word: [UInt8], at i: Int) -> Bool {
        guard i + word.count <= s.count else { return false }
        for j in 0..<word.count where s[i + j] != word[j] { return false }
        return true
    }

    /// `Luật <name> [năm] YYYY` or `Luật <name> ngày D tháng M năm YYYY`, not followed by `số`.
    static func law(_ s: UnsafeBufferPointer<UInt8>, kind: String, isCode: Bool, start: Int, nameAt: Int) -> Reference? {
        var bare: BareName? = nil
        return law(s, kind: kind, isCode: isCode, start: start, nameAt: nameAt, citing: nil, bare: &bare)
    }

    /// A law's name read without a year after it (nor `số`, nor a note that it is a new one): which row's name, and where it ends.
    struct BareName {
        let index: Int
        let end: Int
    }

    /// `law(_:kind:isCode:start:nameAt:)`, setting `bare` when a name stands there without its year.
    static func law(_ s: UnsafeBufferPointer<UInt8>, kind: String, isCode: Bool, start: Int, nameAt: Int, citing: String?,
                    bare: inout BareName?) -> Reference? {
        let ctx = ContextReader(s: s)
        let match = lawNameMatch(s, at: nameAt, isCode: isCode, ctx: ctx)
        if case .none = match { return nil }
        let only: Int? = if case .law(let index) = match { index } else { nil }
        guard let r = ctx.withWindowAfter(nameAt, bytes: 220, { law(in: $0, kind: kind, isCode: isCode, start: start, only: only, citing: citing, bare: &bare) }) else { return nil }
        // `Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm
        // 2025`: the date is the amending law's, not the named one's, and so is the year that picked the named
        // law's version (64/2025/QH15 here, the amended law, where 87/2025/QH15 is meant): nothing is resolved.
        if r.date != nil, ctx.insideAmendmentTitle(before: start) { return nil }
        return r
    }

    /// `law(_:kind:start:nameAt:)` on the window after `Luật`.
    private static func law(in w: LazyFoldedWindow, kind: String, isCode: Bool, start: Int, only: Int?, citing: String?,
                            bare: inout BareName?) -> Reference? {
        let k0 = w.skip(0, [0x20])
        // One candidate or the first character's (no array built for the one).
        if let only { return law(in: w, index: only, k0: k0, kind: kind, isCode: isCode, start: start, citing: citing, bare: &bare) ?? nil }
        let first = w.has(k0) ? Int(w[k0]) : 0
        for index in lawsByFirst[first] {
            if let r = law(in: w, index: index, k0: k0, kind: kind, isCode: isCode, start: start, citing: citing, bare: &bare) { return r }
        }
        return nil
    }

    /// The law `laws[index]` named at `k0` of the window: nil when its name (or kind) is not there (the
    /// next candidate is tried), `.some(nil)` when it is but no year or no such law of that year follows.
    /// (The row's fields are read in place: a copy of the `Law` retained and released each of its strings.)
    private static func law(in w: LazyFoldedWindow, index: Int, k0: Int, kind: String, isCode: Bool, start: Int, citing: String?,
                            bare: inout BareName?) -> Reference?? {
        guard laws[index].isCode == isCode, w.hasWord(laws[index].name, at: k0) else { return nil }
        let nameEnd = k0 + laws[index].name.count
        var k = w.skip(nameEnd, [0x20, 0x2C])
        var renewed = false
        // `Luật Đất đai (sửa đổi) năm 2024`: the new law of that name, as news calls it.
        if w.has(k), w[k] == 0x28, w.hasWord(suaDoi, at: w.skip(k + 1, [0x20])) {
            renewed = true
            var e = k + 1
            while w.has(e), e - k < 24, w[e] != 0x29 { e += 1 }
            if w.has(e), w[e] == 0x29 { k = w.skip(e + 1, [0x20, 0x2C]) }
        }
        var date: FoundDate? = nil
        var year: Int? = nil
        if w.hasWord(Words.ngay, at: k), let (d, e) = w.date(at: k + 4) { date = d; year = d.year; k = e }
        else {
            if w.hasWord(Words.nam, at: k) { k = w.skip(k + 3, [0x20]) }
            if let (y, e) = w.int(at: k, max: 4), y >= 1945 { year = y; k = e }
        }
        if year == nil, !renewed, !w.hasWord(Words.so, at: k), !w.hasWord(Words.no, at: k) {
            bare = BareName(index: index, end: w.offset(nameEnd))
        }
        guard let y = year, let h = version(of: index, year: y, date: date?.iso) ?? (date == nil ? version(of: index, year: y, citing: citing) : nil)
        else { return .some(nil) }
        return resolvedLaw(h, kind: kind, bytes: start..<w.offset(k), year: y, date: date?.iso)
    }

    /// For each row of `laws`, the first row with the same name and kind: one key per name.
    static let lawNameKey: [Int] = {
        // By a hash of the kind and the name's bytes, the row found compared whole: a `String` key built per row cost
        // about three thousand instructions a row at every start-up.
        let laws = NamedReferences.laws
        func same(_ i: Int, _ j: Int) -> Bool { laws[i].isCode == laws[j].isCode && laws[i].name == laws[j].name }
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(laws.count)
        return laws.indices.map { i in
            var h: UInt64 = laws[i].isCode ? 0x9E37_79B9_7F4A_7C15 : 0xCBF2_9CE4_8422_2325
            for b in laws[i].name { h = (h ^ UInt64(b)) &* 0x0100_0000_01B3 }
            if let k = first[h] {
                if same(k, i) { return k }
                // Two names of one hash (unlikely): the first row of this one, by a scan.
                return laws.indices.first { same($0, i) }!
            }
            first[h] = i
            return i
        }
    }()

    /// For a name key (`lawNameKey`) of `lawInForceTableText`, its versions as (in force from, row of `laws`), oldest first.
    static let inForceVersions: [Int: [(from: String, row: Int)]] = {
        var t: [Int: [(from: String, row: Int)]] = [:]
        let laws = NamedReferences.laws
        // The rows of each id, in `laws` order (every row compared with every listed version cost about 1.4 M
        // instructions at start-up), by a hash of the id's bytes (hashing each id as a `String` cost half a million);
        // a row's own id is compared below.
        func idKey(_ id: String) -> UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0100_0000_01B3 }
            return h
        }
        var rowsByID: [UInt64: [Int]] = [:]
        for i in laws.indices { rowsByID[idKey(laws[i].id), default: []].append(i) }
        for r in TableText.rows(lawInForceTableText, keepEmpty: false) where r.count >= 4 {
            let name = Array(Fold.string(r[1]).utf8), isCode = r[0] == "Bộ luật"
            for i in rowsByID[idKey(r[3])] ?? [] where laws[i].id == r[3] && laws[i].isCode == isCode
                && (laws[i].name == name || laws[i].name == name.filter { $0 != 0x2C }) {
                t[lawNameKey[i], default: []].append((r[2], i))
            }
        }
        for k in t.keys { t[k]!.sort { $0.from < $1.from } }
        return t
    }()

    /// The row of the version of the law with name key `key` in force on `date` (ISO). Nil when the name has no versions
    /// listed, the date is before the first or after `lawsInForceCheckedThrough`, or a newer version may already have
    /// been passed without being in force yet (by the day the title table gives, else by the first day of its year):
    /// texts of that time often mean the new law (`Bộ luật Dân sự` in a law of 24/11/2015, the day after the new code
    /// was passed).
    static func inForce(_ key: Int, on date: String) -> Int? {
        // (The names listed first: most names cited without a year have no versions here.)
        guard let versions = inForceVersions[key], date.utf8.count == 10, date <= lawsInForceCheckedThrough,
              let k = versions.lastIndex(where: { $0.from <= date }) else { return nil }
        if k + 1 < versions.count {
            let next = laws[versions[k + 1].row]
            if (next.passed ?? "\(next.year)-01-01") <= date { return nil }
        }
        return versions[k].row
    }

    /// Words that may follow a law's whole name in a sentence (`Bộ luật Dân sự và …`, `Luật Đất đai hiện hành`): after any
    /// other word the name may be the start of a longer one (`Luật Doanh nghiệp nhà nước`).
    static let wordsAfterName: [[UInt8]] = ["va", "ve", "thi", "hien hanh", "duoc", "quy dinh", "co", "da", "de", "la", "voi",
                                            "cho", "ma", "do", "tai", "trong", "khi", "nen", "khong", "hoac", "cung", "nhu", "thuoc"]
        .map { Array($0.utf8) }

    /// Whether a law's name cited without its year ends at byte `end`: the text ends, a line or a clause ends (`;`, `,`,
    /// `.`, `:`), a parenthesis closes, or one of `wordsAfterName` follows.
    static func bareNameEnds(_ s: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        var k = end
        while k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count else { return true }
        switch s[k] {
        case 0x0A, 0x0D, 0x3B, 0x2C, 0x2E, 0x3A, 0x29: return true
        default: break
        }
        return ContextReader(s: s).withWindowAfter(k, bytes: 24) { w in
            wordsAfterName.contains { w.hasWord($0, at: 0) }
        }
    }

    /// Whether a number with `/` (a document's symbol or a date) stands in the clause before byte `start`, back to `;`, `:`,
    /// `. ` or a line's start: a law named there is most often in the title of that document.
    static func numberEarlierInClause(_ s: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var a = start - 1
        let floor = max(1, start - 400)
        while a > floor {
            let b = s[a]
            if b == 0x3B || b == 0x3A || b == 0x0A || b == 0x20 && s[a - 1] == 0x2E { return false }
            if b == 0x2F, s[a - 1] &- 0x30 < 10 { return true }
            a -= 1
        }
        return false
    }

    /// Whether `dự thảo ` (a draft, any case) ends right before `start`: `dự thảo Luật Đất đai` is no law yet.
    static func afterDraft(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        // `thảo ` is 74 68 E1 BA A3 6F 20.
        let tail: [UInt8] = [0x68, 0xE1, 0xBA, 0xA3, 0x6F, 0x20]
        guard start >= tail.count + 1 else { return false }
        for (j, b) in tail.enumerated() where s[start - tail.count + j] != b { return false }
        return s[start - tail.count - 1] | 0x20 == 0x74
    }

    /// Rows of `laws` by id (the first row of each).
    static let lawIndexByID: [String: Int] = {
        // Assigned from the last row up, so the first row of an id is left: one hashed access a row, and no row copied
        // (read whole, a row retained each of its strings).
        let laws = NamedReferences.laws
        var t: [String: Int] = [:]
        t.reserveCapacity(laws.count)
        for i in laws.indices.reversed() { t[laws[i].id] = i }
        return t
    }()

    /// The reference to `laws[h]` named over `bytes`, with the year and date the text gave: a law of the National Assembly.
    static func resolvedLaw(_ h: Int, kind: String, bytes: Range<Int>, year: Int, date: String?) -> Reference {
        var r = Reference()
        r.byteStart = bytes.lowerBound
        r.byteEnd = bytes.upperBound
        r.id = laws[h].id
        r.kind = kind
        r.number = laws[h].number
        r.year = year
        r.date = date
        r.issuer = "Quốc hội"
        r.issuerCode = laws[h].issuerCode
        r.status = .resolved
        return r
    }

    /// The first law (in `laws` order) with the name and kind of `laws[index]` and the given year: what
    /// `laws.first(where:)` finds, searched among the laws whose name starts with the same character
    /// (`lawsByFirst` keeps `laws` order, and every law of that name is among them).
    /// A name passed twice that year needs the day (`Luật Tổ chức chính quyền địa phương ngày 16/6/2025` →
    /// 72/2025/QH15, the one of 19/02/2025 → 65/2025/QH15); with the year alone it stays unresolved.
    /// Of the laws of that name passed twice in `year`, the last one passed by the citing document's date (`Luật Tổ chức
    /// chính quyền địa phương năm 2025` in a text of 2/7/2025 → 72/2025/QH15 of 16/6/2025; in one of 10/4/2025 →
    /// 65/2025/QH15): what was in force when it was written. Nil without that date, or before the first.
    static func version(of index: Int, year: Int, citing: String?) -> Int? {
        guard let citing else { return nil }
        let name = laws[index].name, isCode = laws[index].isCode
        var best: Int? = nil
        for i in lawsByFirst[Int(name.first ?? 0)] where laws[i].year == year && laws[i].isCode == isCode && laws[i].name == name {
            guard let passed = laws[i].passed, passed <= citing else { continue }
            if best.map({ laws[$0].passed! < passed }) ?? true { best = i }
        }
        return best
    }

    static func version(of index: Int, year: Int, date: String? = nil) -> Int? {
        let name = laws[index].name, isCode = laws[index].isCode
        for i in lawsByFirst[Int(name.first ?? 0)] where laws[i].year == year && laws[i].isCode == isCode && laws[i].name == name {
            // A row that carries its day is one of several laws of that name and year: only that day picks it.
            if laws[i].passed == nil || laws[i].passed == date { return i }
        }
        return nil
    }

    /// The year of a Party resolution numbered in the text whose plenum and term the issuer phrase names
    /// (`Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII` → 2017), when the plenum table lists it.
    static func plenumYear(id: String, plenum: String, term: String) -> Int? {
        let folded = Fold.string(plenum)
        guard let p = Int(folded) ?? ordinals[folded] ?? romanNumber(plenum) else { return nil }
        let t = term.uppercased()
        guard let hit = plenums.first(where: { $0.term == t && $0.plenum == p }), hit.ids.contains(id) else { return nil }
        return Int(hit.date.prefix(4))
    }

    /// A Roman numeral's value (`VI` → 6), or nil.
    static func romanNumber(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, previous = 0
        for ch in s.uppercased().reversed() {
            guard let v = values[ch] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }

    /// The folded words of a plenum's resolution, as bytes once (an array built per word and call cost
    /// about as much as the rest of `plenum`).
    enum PlenumWords {
        static let hoiNghi = Array("hoi nghi".utf8), lanThu = Array("lan thu".utf8), banChapHanh = Array("ban chap hanh".utf8)
        static let trungUong = Array("trung uong".utf8), khoa = Array("khoa".utf8)
    }

    /// `Nghị quyết (Hội nghị) (lần thứ tám) (Ban Chấp hành) Trung ương 8 khóa XI`.
    static func plenum(_ s: UnsafeBufferPointer<UInt8>, start: Int) -> Reference? {
        ContextReader(s: s).withWindowAfter(start, bytes: 160) { plenum(in: $0, start: start) }
    }

    /// `plenum(_:start:)` on the window after `Nghị quyết`.
    private static func plenum(in w: LazyFoldedWindow, start: Int) -> Reference? {
        var k = w.skip(10, [0x20])   // after "nghi quyet"
        guard w.has(10) else { return nil }
        func eat(_ b: [UInt8]) -> Bool {
            if w.hasWord(b, at: k) { k = w.skip(k + b.count, [0x20]); return true }
            return false
        }
        _ = eat(PlenumWords.hoiNghi)
        var number: Int? = nil
        if eat(PlenumWords.lanThu) {
            var e = k
            while w.has(e), isWordByte(w[e]) { e += 1 }
            number = ordinals[w.string(k..<e)] ?? Int(w.string(k..<e))
            k = w.skip(e, [0x20])
        }
        _ = eat(PlenumWords.banChapHanh)
        guard eat(PlenumWords.trungUong) else { return nil }
        if number == nil, let (v, e) = w.int(at: k, max: 2) { number = v; k = w.skip(e, [0x20]) }
        guard let p = number, eat(PlenumWords.khoa) else { return nil }
        var e = k
        while w.has(e), [0x69, 0x76, 0x78].contains(w[e]) { e += 1 }
        guard e > k else { return nil }
        let term = w.string(k..<e).uppercased()
        guard let hit = plenums.first(where: { $0.term == term && $0.plenum == p }) else { return nil }
        var r = Reference()
        r.byteStart = start
        r.byteEnd = w.offset(e)
        r.id = hit.ids.count == 1 ? hit.ids[0] : nil
        r.kind = "Nghị quyết"
        r.number = r.id.map { String($0.split(separator: "-")[0].drop { $0 == "0" }) }
        r.year = Int(hit.date.prefix(4))
        r.date = nil   // the table knows it, the text does not: never invented
        r.issuer = "Ban Chấp hành Trung ương"
        r.issuerCode = "TW"
        r.status = hit.ids.count == 1 ? .resolved : .ambiguous
        return r
    }
}

extension ContextReader {
    /// Whether the clause before byte `start` names an amendment (`sửa đổi`), as in `Luật sửa đổi, bổ sung
    /// một số điều của Luật Đất đai, Luật Nhà ở và` before a law's name. The clause runs back to `;`, `.`,
    /// `(`, `)`, a blank line or a `Căn cứ` (legal bases are often wrapped inside a sentence).
    func insideAmendmentTitle(before start: Int) -> Bool {
        var a = start
        let floor = max(0, start - 240)
        while a > floor {
            let b = s[a - 1]
            if b == 0x3B || b == 0x2E || b == 0x28 || b == 0x29 || b == 0x0A && a >= 2 && s[a - 2] == 0x0A { break }
            a -= 1
        }
        a = scalarStart(a)
        guard start - a >= NamedReferences.suaDoi.count else { return false }
        // The last of `sửa đổi` and `Căn cứ` in the clause decides: read backward from `start`, the walk stops at the
        // first it meets (most often `Căn cứ` right before the name) instead of folding the whole clause. A backward
        // window folds valid UTF-8 to the characters of the forward one (the test `insideAmendmentTitleMatchesForwardFold`).
        return LazyFoldedWindow.with(s, from: a, to: scalarStart(start), backward: true) { w -> Bool in
            // Each word is tried only where its first letter stands (a few positions of the clause's hundreds).
            let suaDoi = NamedReferences.suaDoi, canCu = NamedReferences.canCu
            var k = w.end - 1
            while w.has(k) {
                let c = w[k]
                if c == suaDoi[0], w.hasWord(suaDoi, at: k) { return true }
                if c == canCu[0], w.hasWord(canCu, at: k) { return false }
                k -= 1
            }
            return false
        }
    }
}

// MARK: - Laws named in English

extension NamedReferences {
    /// English names of laws in the title table, as translations write them after `Law on` (`Law on Government
    /// Organization` → `Tổ chức Chính phủ`); a name the table lacks is dropped when the table is built.
    static let englishLawNameRows: [(String, String)] = [
        ("Government Organization", "Tổ chức Chính phủ"), ("Organization of the Government", "Tổ chức Chính phủ"),
        ("Local Government Organization", "Tổ chức chính quyền địa phương"),
        ("Organization of Local Government", "Tổ chức chính quyền địa phương"),
        ("Enterprises", "Doanh nghiệp"), ("Investment", "Đầu tư"), ("Public Investment", "Đầu tư công"),
        ("Promulgation of Legislative Documents", "Ban hành văn bản quy phạm pháp luật"),
        ("Promulgation of Legal Documents", "Ban hành văn bản quy phạm pháp luật"),
        ("Promulgation of Legal Normative Documents", "Ban hành văn bản quy phạm pháp luật"),
        ("Tax Administration", "Quản lý thuế"), ("Land", "Đất đai"), ("Housing", "Nhà ở"), ("Construction", "Xây dựng"),
        ("Cyberinformation Security", "An toàn thông tin mạng"), ("Network Information Security", "An toàn thông tin mạng"),
        ("Cybersecurity", "An ninh mạng"), ("State Budget", "Ngân sách nhà nước"),
        ("Handling of Administrative Violations", "Xử lý vi phạm hành chính"), ("Education", "Giáo dục"),
        ("Health Insurance", "Bảo hiểm y tế"), ("Social Insurance", "Bảo hiểm xã hội"), ("Credit Institutions", "Các tổ chức tín dụng"),
        ("Accounting", "Kế toán"), ("Securities", "Chứng khoán"), ("Customs", "Hải quan"),
        ("Real Estate Business", "Kinh doanh bất động sản"), ("Bidding", "Đấu thầu"), ("Procurement", "Đấu thầu"),
        ("Value-Added Tax", "Thuế giá trị gia tăng"), ("Value Added Tax", "Thuế giá trị gia tăng"),
        ("Personal Income Tax", "Thuế thu nhập cá nhân"), ("Corporate Income Tax", "Thuế thu nhập doanh nghiệp"),
        ("Enterprise Income Tax", "Thuế thu nhập doanh nghiệp"), ("Special Consumption Tax", "Thuế tiêu thụ đặc biệt"),
        ("Export and Import Duties", "Thuế xuất khẩu, thuế nhập khẩu"), ("Export Tax and Import Tax", "Thuế xuất khẩu, thuế nhập khẩu"),
        ("Environmental Protection", "Bảo vệ môi trường"), ("Electronic Transactions", "Giao dịch điện tử"),
        ("E-Transactions", "Giao dịch điện tử"), ("Pharmacy", "Dược"), ("Medical Examination and Treatment", "Khám bệnh, chữa bệnh"),
        ("Product and Goods Quality", "Chất lượng sản phẩm, hàng hóa"), ("Quality of Products and Goods", "Chất lượng sản phẩm, hàng hóa"),
        ("Road Traffic Order and Safety", "Trật tự, an toàn giao thông đường bộ"), ("Road Traffic", "Giao thông đường bộ"),
        ("Roads", "Đường bộ"), ("Vietnamese Nationality", "Quốc tịch Việt Nam"), ("Insurance Business", "Kinh doanh bảo hiểm"),
        ("Foreign Trade Management", "Quản lý ngoại thương"), ("Commerce", "Thương mại"),
        ("the State Bank of Vietnam", "Ngân hàng Nhà nước Việt Nam"), ("State Bank of Vietnam", "Ngân hàng Nhà nước Việt Nam"),
        ("Inspection", "Thanh tra"), ("Higher Education", "Giáo dục đại học"), ("Cadres and Civil Servants", "Cán bộ, công chức"),
        ("Public Employees", "Viên chức"), ("Employment", "Việc làm"), ("Planning", "Quy hoạch"), ("Prices", "Giá"), ("Pricing", "Giá"),
        ("Water Resources", "Tài nguyên nước"), ("Telecommunications", "Viễn thông"), ("Cooperatives", "Hợp tác xã"),
        ("Identification", "Căn cước"), ("Protection of Consumer Rights", "Bảo vệ quyền lợi người tiêu dùng"),
        ("Consumer Rights Protection", "Bảo vệ quyền lợi người tiêu dùng"), ("Bankruptcy", "Phá sản"),
        ("Independent Audit", "Kiểm toán độc lập"), ("State Audit", "Kiểm toán nhà nước"), ("Statistics", "Thống kê"),
        ("Tourism", "Du lịch"), ("Intellectual Property", "Sở hữu trí tuệ"), ("Technology Transfer", "Chuyển giao công nghệ"),
        ("Advertising", "Quảng cáo"), ("Press", "Báo chí"), ("Information Technology", "Công nghệ thông tin"),
        ("Administrative Procedures", "Tố tụng hành chính"), ("Occupational Safety and Health", "An toàn, vệ sinh lao động"),
        ("Anti-Corruption", "Phòng, chống tham nhũng"), ("Corruption Prevention and Control", "Phòng, chống tham nhũng"),
        ("Public-Private Partnership Investment", "Đầu tư theo phương thức đối tác công tư"),
        ("Investment in the form of Public-Private Partnership", "Đầu tư theo phương thức đối tác công tư"),
        ("Management and Use of Public Property", "Quản lý, sử dụng tài sản công"),
        ("Management and Use of Public Assets", "Quản lý, sử dụng tài sản công"), ("Fees and Charges", "Phí và lệ phí"),
        ("Marriage and Family", "Hôn nhân và gia đình"), ("Enforcement of Civil Judgments", "Thi hành án dân sự"),
        ("Publishing", "Xuất bản"), ("Cinematography", "Điện ảnh"), ("Adoption", "Nuôi con nuôi"), ("Civil Status", "Hộ tịch"),
        ("Residence", "Cư trú"), ("Personal Data Protection", "Bảo vệ dữ liệu cá nhân"), ("Teachers", "Nhà giáo"),
        ("Civil Defense", "Phòng thủ dân sự"), ("Science, Technology and Innovation", "Khoa học, công nghệ và đổi mới sáng tạo"),
        ("Archives", "Lưu trữ"), ("Notarization", "Công chứng"), ("Electricity", "Điện lực"), ("the Capital", "Thủ đô"),
        ("Organization of People's Courts", "Tổ chức Tòa án nhân dân"), ("Geology and Minerals", "Địa chất và khoáng sản"),
        ("Amendments to the Law on Government Organization and the Law on Local Government Organization",
         "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
        ("Amendments to the Law on Credit Institutions", "sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng"),
        ("amendments to the Law on Credit Institutions", "sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng"),
        ("Amendments to the Criminal Code", "sửa đổi, bổ sung một số điều của Bộ luật Hình sự"),
        ("amendments to the Criminal Code", "sửa đổi, bổ sung một số điều của Bộ luật Hình sự"),
        ("Amendments to the Law on Value-Added Tax", "sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng"),
        ("amendments to the Law on Value-Added Tax", "sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng"),
        ("Amendments to Tax Laws", "sửa đổi, bổ sung một số điều của các Luật về thuế"),
        ("amendments to tax laws", "sửa đổi, bổ sung một số điều của các Luật về thuế"),
    ]

    /// Codes and laws whose English name ends in `Code` or `Law` (`the Labor Code dated November 20, 2019`, `the Commercial
    /// Law dated June 14, 2005`): (English name, Vietnamese name, is a code).
    static let englishTitledNameRows: [(String, String, Bool)] = [
        ("Labor Code", "Lao động", true), ("Labour Code", "Lao động", true), ("Civil Code", "Dân sự", true),
        ("Criminal Code", "Hình sự", true), ("Penal Code", "Hình sự", true), ("Civil Procedure Code", "Tố tụng dân sự", true),
        ("Criminal Procedure Code", "Tố tụng hình sự", true), ("Maritime Code", "Hàng hải Việt Nam", true),
        ("Commercial Law", "Thương mại", false), ("Land Law", "Đất đai", false), ("Enterprise Law", "Doanh nghiệp", false),
        ("Investment Law", "Đầu tư", false), ("Housing Law", "Nhà ở", false), ("Construction Law", "Xây dựng", false),
    ]

    /// `englishTitledNameRows` as (English name's bytes, index of the `laws` row), longest first.
    static let englishTitledNames: [(english: [UInt8], law: Int)] = englishTitledNameRows.compactMap { (en, vi, isCode) in
        let name = Array(Fold.string(vi).utf8)
        guard let index = laws.firstIndex(where: { $0.isCode == isCode && $0.name == name }) else { return nil }
        return (Array(en.utf8), index)
    }.sorted { $0.english.count > $1.english.count }

    /// `englishLawNameRows` as (English name's bytes, index of a `laws` row with the Vietnamese name), longest first.
    static let englishLawNames: [(english: [UInt8], law: Int)] = englishLawNameRows.compactMap { (en, vi) in
        let name = Array(Fold.string(vi).utf8)
        guard let index = laws.firstIndex(where: { !$0.isCode && $0.name == name }) else { return nil }
        return (Array(en.utf8), index)
    }.sorted { $0.english.count > $1.english.count }

    static let lawOn: [UInt8] = Array("Law on ".utf8)

    /// Laws named in English with their date or year (`the Law on Government Organization dated June 19, 2015`,
    /// `Law on Enterprises of 2020`), resolved through the title table like `Luật Tổ chức Chính phủ ngày 19 tháng
    /// 6 năm 2015`. A law with its number (`Law on Enterprises No. 59/2020/QH14`) is read with its number instead.
    static func findEnglish(_ s: UnsafeBufferPointer<UInt8>) -> [Reference] {
        guard let base = s.baseAddress, s.count > lawOn.count + 2 else { return [] }
        var out: [Reference] = []
        var i = 2
        let ctx = ContextReader(s: s)
        var ws = 0
        // The `w` by `memchr` (Vietnamese writes no `w`: most texts have none), then `La` before it and ` on ` after.
        while i < s.count - 5, let hit = memchr(base + i, 0x77, s.count - 5 - i) {
            let w = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = w + 1
            ws += 1
            let start = w - 2
            guard UnsafeBufferPointer(rebasing: s[start..<(start + lawOn.count)]).elementsEqual(lawOn),
                  start == 0 || !isWordByte(s[start - 1]) else { continue }
            i = start + lawOn.count
            // The longest English name at `i`, ending at a word boundary.
            guard let (name, index) = englishLawNames.first(where: { (en, _) in
                i + en.count <= s.count && UnsafeBufferPointer(rebasing: s[i..<(i + en.count)]).elementsEqual(en)
                    && (i + en.count == s.count || !isWordByte(s[i + en.count]))
            }) else { continue }
            guard let r = englishLaw(s, ctx: ctx, index: index, start: start, nameEnd: i + name.count) else { continue }
            out.append(r)
            i = r.byteEnd
        }
        // `the Labor Code dated …`, `the Commercial Law dated …`: the name ends in `Code` or `Law`. In a long text only
        // when it is English (a few `w`s at least: `Law`, `with`, `which`): a `C` or `L` starts many Vietnamese words, and
        // stopping at each cost a long Vietnamese text more than the rest of this search.
        for keyword in [englishCode, englishLaw] where ws >= 4 || s.count < 4096 {
            var j = 0
            // By `memchr` on the capital after the space (`C`, `L`), then the word compared.
            while j + keyword.count <= s.count, let hit = memchr(base + j + 1, Int32(keyword[1]), s.count - j - keyword.count + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - 1
                j = at + 1
                guard UnsafeBufferPointer(rebasing: s[at..<(at + keyword.count)]).elementsEqual(keyword) else { continue }
                let end = at + keyword.count
                guard end == s.count || !isWordByte(s[end]) else { continue }
                guard let (name, index) = englishTitledNames.first(where: { (en, _) in
                    en.count <= end && en.last == keyword.last && UnsafeBufferPointer(rebasing: s[(end - en.count)..<end]).elementsEqual(en)
                        && (end - en.count == 0 || !isWordByte(s[end - en.count - 1]))
                }) else { continue }
                let start = end - name.count
                guard !out.contains(where: { $0.byteStart < end && start < $0.byteEnd }),
                      let r = englishLaw(s, ctx: ctx, index: index, start: start, nameEnd: end) else { continue }
                out.append(r)
                j = r.byteEnd
            }
        }
        return out.count > 1 ? out.sorted { $0.byteStart < $1.byteStart } : out
    }

    static let englishCode: [UInt8] = Array(" Code".utf8)
    static let englishLaw: [UInt8] = Array(" Law".utf8)

    /// The law `laws[index]` named in English over `start..<nameEnd`, with the date or year after the name
    /// (`dated June 19, 2015`, `of 2020`, `2020`); nil without one, or when no law of that name has that year.
    static func englishLaw(_ s: UnsafeBufferPointer<UInt8>, ctx: ContextReader, index: Int, start: Int, nameEnd: Int) -> Reference? {
        let found = ctx.withWindowAfter(nameEnd, bytes: 60) { w -> (FoundDate?, Int, Int)? in
            var k = w.skip(0, [0x20, 0x2C])
            if w.hasWord(Words.dated, at: k), let (d, e) = w.englishDate(at: k + 5) { return (d, d.year, w.offset(e)) }
            if w.hasWord(Words.of, at: k) { k = w.skip(k + 2, [0x20]) }
            if let (y, e) = w.int(at: k, max: 4), y >= 1945, y <= 2099 { return (nil, y, w.offset(e)) }
            return nil
        }
        guard let (date, year, end) = found, let h = version(of: index, year: year, date: date?.iso) else { return nil }
        return resolvedLaw(h, kind: laws[h].kind, bytes: start..<end, year: year, date: date?.iso)
    }
}
