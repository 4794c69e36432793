#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What follows a symbol: `ngày 21/9/2018 của Chính phủ`, `, ngày 01-10-1997`, `năm 2022`, `khóa X`.
struct Suffix {
    var date: FoundDate?
    /// A year without a full date (`năm 2022`, `tháng 01/2019`).
    var yearOnly: Int?
    /// A day and month without a year (`ngày 16/7`, news style): the citing document's date gives the year.
    var dayMonth: (day: Int, month: Int)?
    /// The issuer phrase, if any.
    var issuer: IssuerMention?
    /// Whether the phrase names this reference's body only (`Hội nghị …` without `của`), so that it is not
    /// shared back over a list: `Kết luận số 137-KL/TW và Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 …`.
    var issuerOwnOnly = false
    /// Party term in Roman numerals (`X`, `XI`).
    var term: String?
    /// Byte offset where the reference's surface text ends.
    var end: Int
}

extension Suffix {
    /// Per UTF-8 lead byte, a bit for the low six bits of each second byte that starts a scalar folding to `n`
    /// (`ñ` C3 B1, `ń` C5 84, `ṅ` E1 B9 85): the byte readers look for `ngày` without decoding every scalar.
    static let nSeconds: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 256)
        for v in 0x80..<FoldedWindow.infoCount where FoldedWindow.info[v] & 0x7F == 0x6E {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let bytes = Array(String(Character(u)).utf8)
            t[Int(bytes[0])] |= 1 << UInt64(bytes[1] & 0x3F)
        }
        return t
    }()

    /// The words `suffix(after:)` opens on, folded: `ngày`, `dated`, `năm`, `của`, `of`, `khóa`, `Hội nghị`
    /// (`tháng` is tested on its own: `th` opens too many other words).
    static let openings: [[UInt8]] = [Words.ngay, Words.dated, Words.nam, Words.cua, Words.of, Words.khoa, conference,
                                      Words.ky, Words.banHanh, hom]
    /// Per folded first letter (an ASCII byte), a bit per second letter (`a`–`z`) of the `openings` starting with it.
    static let secondLetters: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 128)
        for w in openings where w.count >= 2 { t[Int(w[0])] |= 1 << UInt32(w[1] - 0x61) }
        return t
    }()

    /// Folded first letters of what `suffix(after:)` reads, indexed by an ASCII byte.
    static let initials: [Bool] = (0..<128).map { [0x6E, 0x64, 0x63, 0x6F, 0x6B, 0x68, 0x62].contains($0) }
    /// `hôm` before a news date: `Công văn số 5678/UBND-KT hôm 12/7`.
    static let hom: [UInt8] = Array("hom".utf8)
    /// `Hội nghị`, which names a Party issuer without `của`: `Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị
    /// lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII`.
    static let conference: [UInt8] = Array("hoi nghi".utf8)

    /// The table laws `tableLawYears(_:at:into:)` may find after a row of `Words.namedLawWords`, by folded first
    /// letter of the name: `ranges[row << 7 | letter]` indexes `names` and `years`, in `lawsOfNamedWord` order
    /// (`Luật` alone heads hundreds of names; the walk tried them all for their first letter).
    struct TableLawIndex {
        var ranges: [Range<Int>]
        var names: [[UInt8]] = []
        var years: [Int] = []
    }

    static let tableLaws: TableLawIndex = {
        let laws = NamedReferences.laws
        let rows = NamedReferences.lawsOfNamedWord
        var index = TableLawIndex(ranges: [Range<Int>](repeating: 0..<0, count: rows.count << 7))
        for (row, list) in rows.enumerated() {
            // One pass a row into buckets by letter (kept in list order), then the buckets in turn.
            var buckets = [[Int]](repeating: [], count: 128)
            for i in list { if let f = laws[i].name.first, f < 0x80 { buckets[Int(f)].append(i) } }
            for letter in 0..<128 {
                let lo = index.names.count
                for i in buckets[letter] { index.names.append(laws[i].name); index.years.append(laws[i].year) }
                index.ranges[row << 7 | letter] = lo..<index.names.count
            }
        }
        return index
    }()

    /// Per byte, what the title-date readers' byte tests look at: `n`/`N` (1), a multi-byte lead byte (2), a
    /// stop of `dateAfterTitle` (digit, `.`, `;`, `(`, `)`: 4), a line break (8), `(` (16), `)` (32), `.`/`;` (64).
    /// Most bytes are none of these: one load turns them away.
    static let titleBytes: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        var f: UInt8 = 0
        if b == 0x6E || b == 0x4E { f |= 1 }
        if b >= 0xC0 { f |= 2 }
        if (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x3B || b == 0x28 || b == 0x29 { f |= 4 }
        if b == 0x0A { f |= 8 }
        if b == 0x28 { f |= 16 }
        if b == 0x29 { f |= 32 }
        if b == 0x2E || b == 0x3B { f |= 64 }
        return f
    }
}

/// An issuing body named in prose. A class: a mention travels from the suffix into the found reference and
/// across a list, and each copy of a struct retained its four strings.
final class IssuerMention: Sendable, Hashable {
    /// The mention of a parsed issuer phrase (taken, not copied: a copy retained each of its strings).
    init(_ p: consuming IssuerPhrase) {
        phrase = p
    }

    /// The parsed phrase the fields below read.
    private let phrase: IssuerPhrase

    /// The plenum the phrase names (`6` in `Hội nghị Trung ương 6 khóa XII`, `tám` in `Hội nghị lần thứ tám`).
    var plenum: String? { phrase.plenum }
    /// The Party term or legislature it names (`XII`).
    var term: String? { phrase.term }

    /// Full name as specific as the text allows: `Ủy ban nhân dân tỉnh Sơn La`, `Ban Bí thư`.
    var name: String { phrase.issuer }
    /// The symbol code it implies, when it does: `UBND`, `TTg`, `CP`.
    var code: String? { phrase.issuerCode }
    /// `tỉnh Sơn La` for local bodies.
    var locality: String? { phrase.locality }
    /// The phrase said `tỉnh` (or `thành phố`) without a name: the locality comes from context.
    var unnamedLocality: String? { phrase.unnamedLocality }
    /// Byte range of the phrase (after `của`).
    var range: Range<Int> { phrase.byteRange }

    /// Equal field by field (as the struct it was).
    static func == (a: IssuerMention, b: IssuerMention) -> Bool {
        a.name == b.name && a.code == b.code && a.locality == b.locality && a.unnamedLocality == b.unnamedLocality && a.range == b.range
    }

    func hash(into h: inout Hasher) {
        h.combine(name); h.combine(code); h.combine(locality); h.combine(unnamedLocality); h.combine(range)
    }
}

extension Suffix {
    /// Whether a comma stands in `w[a..<b]` (the separators `skipSeparators` passed).
    static func commaBetween(_ w: LazyFoldedWindow, _ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < b { if w[i] == 0x2C { return true }; i += 1 }
        return false
    }

    /// Notes in brackets on a body renamed or merged in 2025, by their folded opening words.
    static let mergerNotes: [[UInt8]] = ["cu", "truoc sap xep", "truoc khi sap xep", "truoc sap nhap", "truoc khi sap nhap",
                                         "truoc day"].map { Array($0.utf8) }
    static let nayLa: [UInt8] = Array("nay la".utf8)

    /// The position just past a merger note opening at `k` (`(cũ)`, `(trước sắp xếp)`, `(nay là tỉnh Lâm Đồng)`), if one does.
    static func mergerNote(_ w: LazyFoldedWindow, at k: Int) -> Int? {
        guard w.has(k), w[k] == 0x28 else { return nil }
        let a = w.skipSpaces(k + 1)
        if let note = mergerNotes.first(where: { w.hasWord($0, at: a) }) {
            let close = w.skipSpaces(a + note.count)
            return w.has(close) && w[close] == 0x29 ? close + 1 : nil
        }
        // `(nay là …)`: a place's new name, up to the bracket's end on the same line.
        guard w.hasWord(nayLa, at: a) else { return nil }
        var e = a + nayLa.count
        while w.has(e), e - a < 80 {
            let c = w[e]
            if c == 0x29 { return e + 1 }
            if c == 0x28 || c == 0x3B || c == 0x2E || c == 0x0A { return nil }
            e += 1
        }
        return nil
    }
}

extension LazyFoldedWindow {
    /// `skip(k, [0x20])` without the set: the suffix reader skips spaces a dozen times a reference.
    @inline(__always) func skipSpaces(_ k: Int) -> Int {
        var j = k
        while has(j), folded(j) == 0x20 { j += 1 }
        return j
    }

    /// `skip(k, [0x20, 0x2C])` without the set.
    @inline(__always) func skipSeparators(_ k: Int) -> Int {
        var j = k
        while has(j) {
            let c = folded(j)
            guard c == 0x20 || c == 0x2C else { break }
            j += 1
        }
        return j
    }
}

extension ContextReader {
    /// Reads date, issuer phrase, term after the symbol ending at `end`.
    func suffix(after end: Int) -> Suffix {
        let out = Suffix(end: end)
        // Everything read here starts with `n`, `d`, `c`, `o`, `k`, `h` or `th` (`ngày`, `dated`, `năm`, `của`,
        // `of`, `khóa`, `Hội nghị`, `tháng`): another ASCII byte after the separators ends the suffix before
        // any folding. Nor do the first two letters: `có hiệu lực` after a symbol (codified law) starts with
        // `c`, not `cu`.
        var i = end
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x2C { i += 1 }
        if i < s.count, s[i] < 0x80, s[i] != 0x28 {   // `(` may open a date: `(ngày 16/7/2019)`
            let first = s[i] | 0x20
            if first == 0x74 {
                guard opensThang(after: end) else { return out }
            } else {
                guard Suffix.initials[Int(first)], i + 1 < s.count, let second = secondLetter(i + 1),
                      Suffix.secondLetters[Int(first)] & (1 << UInt32(second - 0x61)) != 0 else { return out }
            }
        }
        return withWindowAfter(end) { suffix(end, in: $0) }
    }

    /// The letter (`a`–`z`) the scalar at `j` folds to, or nil for any other character.
    @inline(__always)
    func secondLetter(_ j: Int) -> UInt8? {
        let b = s[j]
        if b < 0x80 { let l = b | 0x20; return l >= 0x61 && l <= 0x7A && b >= 0x41 ? l : nil }
        let (v, _) = Fold.decode(s, j)
        return Fold.letter(v)
    }

    /// `suffix(after:)` on the window after the symbol ending at `end` (the record made here: one passed in
    /// was copied, retaining its strings).
    func suffix(_ end: Int, in w: LazyFoldedWindow) -> Suffix {
        var out = Suffix(end: end)
        readSuffix(&out, in: w, from: 0, round: 0)
        return out
    }

    /// The rounds `round..<4` of `suffix(_:in:)`, reading from position `k0` of `w`.
    func readSuffix(_ out: inout Suffix, in w: LazyFoldedWindow, from k0: Int, round r0: Int) {
        var k = k0
        for round in r0..<4 {
            let j = w.skipSeparators(k)
            if !w.has(j) { break }
            // The first character at `j`, which each word tried there must open with (a word of another letter is
            // not asked about).
            let c0 = w.folded(j)
            // Dates.
            if out.date == nil {
                // In brackets: `Quyết định số 1744/QĐ-UBND (ngày 16/7/2019) của UBND tỉnh`.
                // Also `(ban hành ngày 3/2/2025)`, `(ký ngày …)`.
                if w[j] == 0x28 {
                    var nj = w.skipSpaces(j + 1)
                    // `(năm 2019)`
                    if out.yearOnly == nil, w.hasWord(Words.nam, at: nj), let (y, e) = w.int(at: w.skipSpaces(nj + 3), max: 4), y >= 1945, y <= 2099 {
                        let close = w.skipSpaces(e)
                        guard w.has(close), w[close] == 0x29 else { break }
                        out.yearOnly = y; k = close + 1; out.end = w.offset(close + 1); continue
                    }
                    if w.hasWord(Words.banHanh, at: nj) { nj = w.skipSpaces(nj + Words.banHanh.count) }
                    else if w.hasWord(Words.ky, at: nj) { nj = w.skipSpaces(nj + Words.ky.count) }
                    // `(ngày 12/7)` in news, and a bare full date: `Quyết định 1744/QĐ-UBND (16/7/2019)`.
                    let ds = w.hasWord(Words.ngay, at: nj) ? dateStart(w, afterNgay: nj + 4) : nj
                    if let (d, e) = w.date(at: ds) {
                        let close = w.skipSpaces(e)
                        guard w.has(close), w[close] == 0x29 else { break }
                        out.date = d; k = close + 1; out.end = w.offset(close + 1); continue
                    }
                    guard ds > nj, out.dayMonth == nil, let (d, m, e) = w.dayMonth(at: ds) else { break }
                    let close = w.skipSpaces(e)
                    guard w.has(close), w[close] == 0x29 else { break }
                    out.dayMonth = (d, m); k = close + 1; out.end = w.offset(close + 1); continue
                }
                var dj = j
                // `ký ngày 16/7/2019`, `ban hành ngày …` right after the symbol: the issue date.
                if c0 == 0x6B || c0 == 0x62, w.hasWord(Words.ky, at: dj) || w.hasWord(Words.banHanh, at: dj) {
                    let nj = w.skipSpaces(dj + (w.hasWord(Words.ky, at: dj) ? Words.ky.count : Words.banHanh.count))
                    if w.hasWord(Words.ngay, at: nj) { dj = nj }
                }
                if w.hasWord(Words.ngay, at: dj) {
                    // `ngày 21/9/2018` as most documents write it: read on the bytes, as `w.date(at:)` reads it.
                    if let (d, e) = slashDateAfterNgay(w, at: dj) { out.date = d; k = e; out.end = w.offset(e); continue }
                    dj = dateStart(w, afterNgay: dj + 4)
                }
                else if c0 == 0x68, w.hasWord(Suffix.hom, at: dj) { dj = w.skipSpaces(dj + Suffix.hom.count) }
                else if c0 == 0x64, w.hasWord(Words.dated, at: dj) {
                    if let (d, e) = w.englishDate(at: dj + 5) { out.date = d; k = e; out.end = w.offset(e); continue }
                }
                if dj > j, let (d, e) = w.date(at: dj) { out.date = d; k = e; out.end = w.offset(e); continue }
                if dj > j, out.dayMonth == nil, let (d, m, e) = w.dayMonth(at: dj) { out.dayMonth = (d, m); k = e; out.end = w.offset(e); continue }
                // `năm 2022` right after the symbol (not after a comma: `…, năm 2025 tỉnh phấn đấu …` opens the next clause).
                if c0 == 0x6E, w.hasWord(Words.nam, at: j), !Suffix.commaBetween(w, k, j), let (y, e) = w.int(at: w.skipSpaces(j + 3), max: 4), y >= 1945, y <= 2099, out.yearOnly == nil {
                    out.yearOnly = y; k = e; out.end = w.offset(e); continue
                }
                // `tháng 9/2018`, `tháng 9 năm 2018`: the month and year only.
                if out.yearOnly == nil, c0 == 0x74, w.hasWord(Words.thang, at: j), let (mo, me) = w.int(at: w.skipSpaces(j + 5), max: 2), mo >= 1, mo <= 12 {
                    var q = w.skipSpaces(me)
                    if w.has(q), w[q] == 0x2F { q = w.skipSpaces(q + 1) } else if w.hasWord(Words.nam, at: q) { q = w.skipSpaces(q + 3) } else { q = -1 }
                    if q >= 0, let (y, e) = w.int(at: q, max: 4), y >= 1945, y <= 2099 {
                        out.yearOnly = y; k = e; out.end = w.offset(e); continue
                    }
                }
            }
            // Issuer phrase.
            if out.issuer == nil, c0 == 0x63 || c0 == 0x6F || c0 == 0x68,
               w.hasWord(Words.cua, at: j) || w.hasWord(Words.of, at: j) || w.hasWord(Suffix.conference, at: j),
               var p = IssuerPhraseParser.parse(s, at: w.offset(j)) {
                if p.issuerCode == "TW", let joint = jointPartyOrgan(after: p) { p = joint }
                if out.term == nil { out.term = p.term }
                let phraseEnd = p.byteRange.upperBound
                out.issuer = IssuerMention(consume p)
                out.issuerOwnOnly = w.hasWord(Suffix.conference, at: j)
                out.end = phraseEnd
                // The rest is read on a window from the phrase's end, not by folding the phrase again to find where
                // it ends in this one: the same characters from there on (the phrase ends at a word's end, before a
                // byte that is no letter or digit, so no reader looks back across it).
                if phraseEnd < s.count, s[phraseEnd] < 0x80, !isWordByte(s[phraseEnd]) {
                    guard phraseEnd < w.to, mayReadOn(after: phraseEnd) else { return }
                    LazyFoldedWindow.with(s, from: phraseEnd, to: w.to, backward: false) { rest in
                        var k = 0
                        if let close = Suffix.mergerNote(rest, at: rest.skipSpaces(0)) { k = close; out.end = rest.offset(close) }
                        readSuffix(&out, in: rest, from: k, round: round + 1)
                    }
                    return
                }
                var e = j
                while w.has(e), w.offset(e) < phraseEnd { e += 1 }
                k = e
                // A note on the body after a merger goes with it: `của UBND tỉnh Bắc Giang (cũ)`, `(trước sắp xếp)`,
                // `(nay là thành phố Đà Nẵng)`; what follows it (`hết hiệu lực`, `; Quyết định …`) reads on from there.
                if let close = Suffix.mergerNote(w, at: w.skipSpaces(e)) { k = close; out.end = w.offset(close) }
                continue
            }
            // `khóa X`.
            if c0 == 0x6B, w.hasWord(Words.khoa, at: j) {
                var e = w.skipSpaces(j + 4)
                let rs = e
                while w.has(e), [0x69, 0x76, 0x78].contains(w[e]) { e += 1 }   // i v x
                if e > rs, e - rs <= 5, !w.has(e) || !isWordByte(w[e]) {
                    out.term = w.string(rs..<e).uppercased()
                    k = e; out.end = w.offset(e); continue
                }
            }
            break
        }
    }

    /// Whether the rounds after an issuer phrase ending at `i` may read anything: a merger note, a date or a term
    /// opens with `(` or a word starting `n`, `d`, `t` or `k` (`ngày`, `dated`, `năm`, `tháng`, `khóa`) after the
    /// separators; any other ASCII byte there ends the suffix, and most phrases end before `về`, `;` or `.`.
    func mayReadOn(after i: Int) -> Bool {
        guard let j = firstIndexAfterSeparators(i) else { return false }
        let b = s[j]
        if b >= 0x80 || b == 0x28 { return true }
        let l = b | 0x20
        return l == 0x6E || l == 0x64 || l == 0x74 || l == 0x6B
    }

    /// Where the date after a `ngày` ending at `k` starts: after `ký` in `ngày ký 14/3/2025`, else at `k`.
    func dateStart(_ w: LazyFoldedWindow, afterNgay k: Int) -> Int {
        let j = w.skipSpaces(k)
        return w.hasWord(Words.ky, at: j) ? j + Words.ky.count : k
    }

    /// `của Bộ Chính trị, Ban Bí thư` (or `… và Ban Bí thư`): two Party organs that issued together, as one
    /// phrase; nil when no other organ inside the Central Committee follows.
    func jointPartyOrgan(after p: IssuerPhrase) -> IssuerPhrase? {
        var i = p.byteRange.upperBound
        while i < s.count, s[i] == 0x20 { i += 1 }
        if i < s.count, s[i] == 0x2C { i += 1 } else if i + 3 <= s.count, s[i] == 0x76, s[i + 1] == 0xC3, s[i + 2] == 0xA0 { i += 3 }   // `và`
        else { return nil }
        let organs: Set<String> = ["Bộ Chính trị", "Ban Bí thư"]
        guard organs.contains(p.issuer), i < s.count, s[i] == 0x20, let q = IssuerPhraseParser.parse(s, at: i, end: min(s.count, i + 60)),
              organs.contains(q.issuer), q.issuer != p.issuer, q.byteRange.lowerBound <= i + 2 else { return nil }
        // Not the subject of the next clause (`của Ban Bí thư, Bộ Chính trị đã chỉ đạo`): a stop, `về`, `ngày` or `khóa` follows.
        var e = q.byteRange.upperBound
        while e < s.count, s[e] == 0x20 { e += 1 }
        if e < s.count, !(s[e] == 0x2C || s[e] == 0x2E || s[e] == 0x3B || s[e] == 0x3A || s[e] == 0x29 || s[e] == 0x28 || s[e] == 0x0A) {
            let next = String(decoding: UnsafeBufferPointer(rebasing: s[e..<min(s.count, e + 6)]), as: UTF8.self)
            guard next.hasPrefix("về") || next.hasPrefix("ngày") || next.hasPrefix("khóa") || next.hasPrefix("khoá") else { return nil }
        }
        var joint = p
        joint.issuer = p.issuer + ", " + q.issuer
        joint.body = joint.issuer
        joint.byteRange = p.byteRange.lowerBound..<q.byteRange.upperBound
        joint.term = p.term ?? q.term
        return joint
    }

    /// Whether the first word after the separators from `end` opens like `tháng`/`thang` (bytes `th` then `á` or `a`).
    func opensThang(after end: Int) -> Bool {
        var j = end
        while j < s.count, s[j] == 0x20 || s[j] == 0x09 || s[j] == 0x0A || s[j] == 0x2C { j += 1 }
        guard j + 2 < s.count, s[j + 1] | 0x20 == 0x68 else { return false }
        return s[j + 2] | 0x20 == 0x61 || (s[j + 2] == 0xC3 && j + 3 < s.count && (s[j + 3] == 0xA1 || s[j + 3] == 0x81))
    }

    /// The first byte at or after `i` that is not a space, tab, line break or comma (the separators a
    /// forward window's `skip(0, [0x20, 0x2C])` passes over), or nil at the end of the text.
    func firstAfterSeparators(_ i: Int) -> UInt8? {
        firstIndexAfterSeparators(i).map { s[$0] }
    }

    /// Where `firstAfterSeparators(i)` reads its byte.
    func firstIndexAfterSeparators(_ i: Int) -> Int? {
        var j = i
        while j < s.count {
            let b = s[j]
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x2C { return j }
            j += 1
        }
        return nil
    }

    /// `, có hiệu lực (thi hành) (kể) từ ngày 15/01/2018` right after a reference.
    func effectiveDate(after end: Int) -> FoundDate? { effectiveClause(after: end).date }

    /// `effectiveDate(after:)`, and whether its `ngày` follows an effective cue (`có hiệu lực kể từ ngày`, not
    /// `có hiệu lực thi hành ngày`). Then `dateAfterTitle(from: end)` and `dateAfterLongTitle(from: end, …)` find
    /// no date: the clause holds no stop before that `ngày`, which is the first of their walks, and they turn
    /// away a `ngày` after such a cue (a date read after it means the characters around it are in both windows).
    func effectiveClause(after end: Int) -> (date: FoundDate?, closesTitleDates: Bool) {
        // `có hiệu lực` is the only opening: a first byte other than `c`/`C` (or a non-ASCII one) fails it.
        guard let b = firstAfterSeparators(end), b | 0x20 == 0x63 else { return (nil, false) }
        // Codified law writes the clause one way: `có hiệu lực thi hành kể từ ngày`. Those bytes read as the walk below
        // reads them (its `ngày` follows `từ`), so only the date is read, in a window from `ngày` to the same end.
        let to = scalarStart(min(s.count, end + 90))
        // (Not when another word stands before `ngày`: `kể từ từ ngày` is walked.)
        if let n = ngayAfterCodifiedClause(end), n < to {
            // Codified law's date is nearly always `ngày DD/MM/YYYY` in ASCII: read on the bytes (as the window reads
            // them); anything else, or a date the readers turn away, goes to the window.
            if let d = codifiedSlashDate(at: n, to: to) { return (d, true) }
            let read = LazyFoldedWindow.with(s, from: n, to: to, backward: false) { w -> (date: FoundDate?, closesTitleDates: Bool)? in
                guard w.hasWord(Words.ngay, at: 0) else { return nil }
                guard let d = w.date(at: 4)?.0 else { return (nil, false) }
                return (d, true)
            }
            if let read { return read }
        }
        // The words are the tables' (not arrays built per call: most references in codified law carry this clause).
        let co = Words.coHieuLuc, first = Words.effectiveFirst, second = Words.effectiveSecond
        return withWindowAfter(end, bytes: 90) { w -> (date: FoundDate?, closesTitleDates: Bool) in
            var k = w.skipSeparators(0)
            guard w.hasWord(co, at: k) else { return (nil, false) }
            k = w.skipSpaces(k + co.count)
            for word in first where w.hasWord(word, at: k) { k = w.skipSpaces(k + word.count) }
            for word in second where w.hasWord(word, at: k) { k = w.skipSpaces(k + word.count) }
            guard w.hasWord(Words.ngay, at: k), let d = w.date(at: k + 4)?.0 else { return (nil, false) }
            var b = k
            while b > 0, w[b - 1] == 0x20 { b -= 1 }
            return (d, opensEffectiveClause(w, endingAt: b))
        }
    }

    /// The date `ngày D/M/YYYY` written exactly so at byte `n` (`ngày` precomposed, one space, one or two ASCII digits
    /// each for day and month, four for the year, no digit after it) within `n..<to`, when it is a valid date: what
    /// `LazyFoldedWindow.date(at: 4)` reads in a forward window on `n..<to` after its `ngày`. Nil otherwise (the
    /// window then decides).
    func codifiedSlashDate(at n: Int, to: Int) -> FoundDate? {
        codifiedSlashDateEnd(at: n, to: to)?.date
    }

    /// `w.date(at: k + 4)` after the `ngày` at `k` of a forward window when it is written `ngày D/M/YYYY` (per
    /// `codifiedSlashDate`), read on the bytes; nil otherwise (the window then reads it). The characters from
    /// `ngày` on are one a byte but `à`: the end's index follows from its offset.
    @inline(__always)
    func slashDateAfterNgay(_ w: LazyFoldedWindow, at k: Int) -> (FoundDate, Int)? {
        let n = w.offset(k)
        guard let (d, byteEnd) = codifiedSlashDateEnd(at: n, to: w.to) else { return nil }
        return (d, k + 5 + (byteEnd - (n + 6)))
    }

    /// `codifiedSlashDate(at:to:)` and the byte offset just past the year.
    @inline(__always)
    func codifiedSlashDateEnd(at n: Int, to: Int) -> (date: FoundDate, end: Int)? {
        // `ngày ` is 6E 67 C3 A0 79 20.
        guard n + 6 < to, s[n] == 0x6E, s[n + 1] == 0x67, s[n + 2] == 0xC3, s[n + 3] == 0xA0, s[n + 4] == 0x79,
              s[n + 5] == 0x20 else { return nil }
        var i = n + 6
        /// Up to `max` ASCII digits at `i` (before `to`): their value and count.
        @inline(__always) func digits(_ max: Int) -> (Int, Int) {
            var v = 0, c = 0
            while c < max, i < to, s[i] &- 0x30 < 10 { v = v &* 10 &+ Int(s[i] &- 0x30); i += 1; c += 1 }
            return (v, c)
        }
        let (d, dc) = digits(2)
        guard dc > 0, i < to, s[i] == 0x2F else { return nil }
        i += 1
        let (m, mc) = digits(2)
        guard mc > 0, i < to, s[i] == 0x2F else { return nil }
        i += 1
        let (y, yc) = digits(4)
        guard yc == 4, i == to || s[i] &- 0x30 >= 10 else { return nil }
        guard d >= 1, m >= 1, m <= 12, y >= 1945, y <= 2099, d <= FoundDate.days(inMonth: m, year: y) else { return nil }
        return (FoundDate(year: y, month: m, day: d), i)
    }

    /// Where `ngày` would start after `có hiệu lực thi hành kể từ ` (exactly these bytes, one space between words)
    /// following the separators after `end`, if they stand there.
    func ngayAfterCodifiedClause(_ end: Int) -> Int? {
        var i = end
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x2C { i += 1 }
        let clause = Words.codifiedClause
        guard s.count - i > clause.count, let base = s.baseAddress else { return nil }
        // One `memcmp` (a byte loop with the table's bounds checked cost ten times as much).
        let same = clause.withUnsafeBufferPointer { c in memcmp(base + i, c.baseAddress!, c.count) == 0 }
        return same ? i + clause.count : nil
    }

    /// The place-and-date line right after a header number: `   Hà Nội, ngày 28 tháng 05 năm 2004`.
    func placeDate(after end: Int) -> FoundDate? {
        withWindowAfter(end, bytes: 120) { w -> FoundDate? in
            var k = 0
            var sawComma = false
            while k < 70, w.has(k) {
                if w.hasWord(Words.ngay, at: k), sawComma || k > 0, let (d, _) = w.date(at: k + 4) { return d }
                let c = w[k]
                if c == 0x2C { sawComma = true }
                if c >= 0x30 && c <= 0x39 || c == 0x3B { return nil }
                k += 1
            }
            return nil
        }
    }

    /// A date after a document title in the same sentence, when no other number intervenes and it is
    /// not an effective date (`có hiệu lực … kể từ ngày`).
    func dateAfterTitle(from end: Int) -> FoundDate? {
        // Bytes first: no date without an `n`/`N` before the first stop (digit, `.`, `;`, `(`, `)`), nor without
        // a place where a `ngày` may start before it (most `n` are inside words: `trong`, `hành`).
        let limit = scalarStart(min(s.count, end + 420))
        let candidate = FoldedWindow.info.withUnsafeBufferPointer { info in Suffix.nSeconds.withUnsafeBufferPointer { nSeconds in
          Suffix.titleBytes.withUnsafeBufferPointer { classes -> Bool in
            var i = end
            var sawN = false, mayStart = false
            while i < limit {
                let b = s[i]
                // A byte of none of the classes below changes nothing (and the test after them already failed).
                if classes[Int(b)] & 15 == 0 { i += 1; continue }
                if b == 0x6E || b == 0x4E {
                    sawN = true
                    if !mayStart, mayFoldToN(i, nSeconds) { mayStart = mayStartNgay(i, after: end, info: info) }
                } else if b >= 0xC0 {
                    if !mayStart, mayFoldToN(i, nSeconds) { mayStart = mayStartNgay(i, after: end, info: info) }
                } else if (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x3B || b == 0x28 || b == 0x29 {
                    return false
                } else if b == 0x0A, !continuesWrappedLine(after: i) {
                    return false
                }
                if sawN && mayStart { return true }
                i += 1
            }
            return false
          }
        } }
        guard candidate else { return nil }
        return withWindowAfter(end, bytes: 420) { dateAfterTitle(in: $0) }
    }

    /// A cheap first test for `mayStartNgay` at the scalar start `i`: an ASCII `n`/`N` followed by `g`/`G` or a
    /// non-ASCII byte, or the first two bytes of a scalar that folds to `n` (`ñ`, `ń`; per `Suffix.nSeconds`).
    @inline(__always)
    func mayFoldToN(_ i: Int, _ nSeconds: UnsafeBufferPointer<UInt64>) -> Bool {
        guard i + 1 < s.count else { return false }
        let b = s[i], c = s[i + 1]
        if b < 0x80 { return (b | 0x20) == 0x6E && (c >= 0x80 || (c | 0x20) == 0x67) }
        return (nSeconds[Int(b)] >> UInt64(c & 0x3F)) & 1 != 0
    }

    /// Whether a `ngày` (folded `ngay` between word boundaries) may start at byte `i`, a scalar start at or after
    /// `start`, the window's first byte; false only where the window could not read one there: the four scalars
    /// from `i` do not fold to `n`, `g`, `a`, `y`, or a letter or digit stands right before or after them.
    @inline(__always)
    func mayStartNgay(_ i: Int, after start: Int, info: UnsafeBufferPointer<UInt8>) -> Bool {
        /// The folded character of the scalar at `j` (a letter a–z, a digit, other ASCII as is, `?`; 0 for
        /// white space) and its length.
        @inline(__always) func folded(_ j: Int) -> (UInt8, Int) {
            let b = s[j]
            if b < 0x80 { return (b >= 0x41 && b <= 0x5A ? b | 0x20 : b, 1) }
            let (v, n) = Fold.decode(s, j)
            return (v < FoldedWindow.infoCount ? info[Int(v)] & 0x7F : 0x3F, n)
        }
        var j = i
        for letter: UInt8 in [0x6E, 0x67, 0x61, 0x79] {
            guard j < s.count else { return false }
            let (c, n) = folded(j)
            guard c == letter else { return false }
            j += n
        }
        if j < s.count, isWordByte(folded(j).0) { return false }
        if i > start {
            var p = i - 1
            while p > start, s[p] & 0xC0 == 0x80 { p -= 1 }
            if isWordByte(folded(p).0) { return false }
        }
        return true
    }

    /// `dateAfterTitle(from:)` on the window after the symbol.
    func dateAfterTitle(in w: LazyFoldedWindow) -> FoundDate? {
        var k = 0
        while w.has(k) {
            let c = w.folded(k)
            // Letters other than `n` (most characters) neither stop the walk nor open `ngày`.
            if c >= 0x61, c != 0x6E { k += 1; continue }
            if c == 0x2E || c == 0x3B || c == 0x29 || c == 0x28 || c == 0x0A { return nil }
            if c >= 0x30 && c <= 0x39 { return nil }
            // A line break folds to a space: the title goes on only on a wrapped line.
            if c == 0x20, s[w.offset(k)] == 0x0A, !continuesWrappedLine(after: w.offset(k)) { return nil }
            // `n` then `g` first: most positions are not `ngày`.
            if c == 0x6E, w.has(k + 1), w.folded(k + 1) == 0x67, w.hasWord(Words.ngay, at: k) {
                var b = k
                while b > 0, w[b - 1] == 0x20 { b -= 1 }
                if opensEffectiveClause(w, endingAt: b) { return nil }
                if let (d, e) = slashDateAfterNgay(w, at: k) ?? w.date(at: k + 4) {
                    // Must be followed by an issuer, a sentence end, or nothing that starts another clause.
                    let after = w.skipSpaces(e)
                    if w.hasWord(Words.cua, at: after) { return d }
                    guard !w.has(after) || [0x2C, 0x2E, 0x3B, 0x29, 0x0A].contains(w[after]) else { return nil }
                    // (The laws the title names are read only now, over the words walked: most walks find no date.)
                    return belongsToNamedLaw(w, date: d, ngay: b, lawYears: tableLawYears(w, through: k)) ? nil : d
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The years of the title table's laws named at the word starts `1...k` of the window (all folded: the walk
    /// reached `k`) but those in `skipped`, as the walk to `k` would have gathered them word by word.
    func tableLawYears(_ w: LazyFoldedWindow, through k: Int, skipping skipped: [Range<Int>] = []) -> [Int] {
        var years: [Int] = []
        var j = 1
        // (`folded`: the walk that reached `k` folded `0...k`.)
        while j <= k {
            if !skipped.isEmpty, let r = skipped.first(where: { $0.contains(j) }) { j = r.upperBound; continue }
            // The first-letter test of `tableLawYears(_:at:into:)` here: most words open with another letter.
            if w.folded(j - 1) == 0x20 {
                let c = w.folded(j)
                if c == 0x6C || c == 0x62 || c == 0x70 || c == 0x68 { tableLawYears(w, at: j, into: &years) }
            }
            j += 1
        }
        return years
    }

    /// The years of the title table's laws named at `k` of the window (`Luật Đất đai` → 2013, 2024), appended.
    func tableLawYears(_ w: LazyFoldedWindow, at k: Int, into years: inout [Int]) {
        let c = w[k]
        guard c == 0x6C || c == 0x62 || c == 0x70 || c == 0x68, w.isUpper(k) else { return }
        let words = Words.namedLawWords
        for index in words.indices where w.hasWord(words[index].0, at: k) {
            // `Bộ luật` before `luật`: the longer word is listed first.
            let nameAt = w.skip(k + words[index].0.count, [0x20])
            guard w.has(nameAt) else { return }
            let first = w[nameAt]
            guard first < 0x80 else { return }
            let table = Suffix.tableLaws
            for i in table.ranges[index << 7 | Int(first)] where w.matches(table.names[i], at: nameAt) {
                let e = nameAt + table.names[i].count
                if !w.has(e) || !isWordByte(w[e]) { years.append(table.years[i]) }
            }
            return
        }
    }

    /// Whether a date after a title is the date of a law the title names, not the title's document's: the
    /// table knows that law passed in that year (`Nghị định số 102/2024/NĐ-CP … của Luật Đất đai ngày 18 tháng 01
    /// năm 2024`), and no `ban hành`/`ký` claims it for the document (`… Luật Đất đai ban hành ngày 15/05/2014`).
    func belongsToNamedLaw(_ w: LazyFoldedWindow, date d: FoundDate, ngay end: Int, lawYears: [Int]) -> Bool {
        guard lawYears.contains(d.year) else { return false }
        return !(w.hasWord(Words.banHanh, endingAt: end) || w.hasWord(Words.ky, endingAt: end))
    }

    /// Whether the line after the line break at byte `i` goes on with a wrapped sentence: it opens with a lower-case
    /// letter (`… của Luật Quản lý⏎thuế ngày …`), not a new item, a heading or a place-and-date line.
    func continuesWrappedLine(after i: Int) -> Bool {
        var j = i + 1
        while j < s.count, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
        guard j < s.count else { return false }
        let b = s[j]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        let (v, _) = Fold.decode(s, j)
        return Unicode.Scalar(v)?.properties.isLowercase ?? false
    }

    /// Looks for `tháng MM/YYYY` or `năm YYYY` in a short stretch after `end` (for partial references).
    func contextYear(after end: Int) -> Int? {
        withWindowAfter(end, bytes: 90) { w -> Int? in
            var k = 0
            while w.has(k) {
                if w.hasWord(Words.thang, at: k), let (_, e) = w.int(at: w.skipSpaces(k + 5), max: 2), w.has(e), w[e] == 0x2F,
                   let (y, _) = w.int(at: e + 1, max: 4), y >= 1945, y <= 2099 { return y }
                if w.hasWord(Words.nam, at: k), let (y, _) = w.int(at: w.skipSpaces(k + 3), max: 4), y >= 1945, y <= 2099 { return y }
                if w[k] == 0x2E || w[k] == 0x3B { break }
                k += 1
            }
            return nil
        }
    }
}

extension ContextReader {
    /// The issue date after a long title, as codified-law notes and document tables write it:
    /// `Thông tư số 40/2017/TT-BGTVT Hướng dẫn việc dán nhãn … từ 07 chỗ đến 09 chỗ ngày 09/11/2017 của Bộ Giao thông vận tải`.
    /// Only when a title starts right after the symbol, within the same line. Dates of references inside the
    /// title (`… của Nghị định số 67/2011/NĐ-CP ngày 08/08/2011 …`) are skipped, the effective-date clause
    /// (`có hiệu lực thi hành kể từ ngày …`) or a new sentence ends the search, and a symbol's own year must
    /// agree with the date.
    func dateAfterLongTitle(from end: Int, symbolYear: Int?) -> FoundDate? {
        // A title starts with a letter after one space: `…/TT-BGTVT Hướng dẫn`, not `…/NĐ-CP, có hiệu lực`.
        guard end + 1 < s.count, s[end] == 0x20, SymbolParser.isLetterASCII(s[end + 1]) || s[end + 1] >= 0xC0 else { return nil }
        let limit = min(s.count, end + 1600)
        let lineEnd = SWAR.firstIndex(of: 0x0A, in: s, from: end, to: limit)
        let to = scalarStart(lineEnd)
        // Bytes first: no date unless a `ngày` may start before the walk would stop at a `)` closing nothing, or
        // at a `.`/`;` before the end or an ASCII capital (the stops the walk makes on these bytes).
        let candidate = FoldedWindow.info.withUnsafeBufferPointer { info in Suffix.nSeconds.withUnsafeBufferPointer { nSeconds -> Bool in
          Suffix.titleBytes.withUnsafeBufferPointer { classes -> Bool in
            var depth = 0
            var i = end
            while i < to {
                let b = s[i]
                // Not a bracket, `.`/`;`, `n`/`N` or lead byte: nothing to do.
                if classes[Int(b)] & (1 | 2 | 16 | 32 | 64) == 0 { i += 1; continue }
                switch b {
                case 0x28: depth += 1
                case 0x29:
                    if depth == 0 { return false }
                    depth -= 1
                case 0x2E, 0x3B:
                    var j = i + 1
                    while j < to, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
                    if j >= to || (s[j] >= 0x41 && s[j] <= 0x5A) { return false }
                case 0x4E, 0x6E, 0xC0...:
                    if mayFoldToN(i, nSeconds), mayStartNgay(i, after: end, info: info) { return true }
                default: break
                }
                i += 1
            }
            return false
          }
        } }
        guard candidate else { return nil }
        return LazyFoldedWindow.with(s, from: end, to: to, backward: false) { dateAfterLongTitle(in: $0, symbolYear: symbolYear) }
    }

    /// `dateAfterLongTitle(from:symbolYear:)` on the rest of the line after the symbol.
    func dateAfterLongTitle(in w: LazyFoldedWindow, symbolYear: Int?) -> FoundDate? {
        var depth = 0
        var k = 0
        // Positions the walk jumps over (after a date that follows another symbol): no law is read there.
        var skipped: [Range<Int>] = []
        while w.has(k) {
            let c = w[k]
            switch c {
            case 0x28: depth += 1
            case 0x29:
                if depth == 0 { return nil }
                depth -= 1
            case 0x2E, 0x3B:
                // `… cấp bách. ngày 19/08/2021` goes on; `…. Ngày 5/6, Bộ …` is a new sentence.
                let n = w.skipSpaces(k + 1)
                if !w.has(n) || w.isUpper(n) { return nil }
            default:
                // `n` then `g` first: most positions are not `ngày`.
                if c == 0x6E, w.has(k + 1), w.folded(k + 1) == 0x67, w.hasWord(Words.ngay, at: k) {
                    var b = k
                    while b > 0, w[b - 1] == 0x20 || w[b - 1] == 0x2C { b -= 1 }
                    if opensEffectiveClause(w, endingAt: b) { return nil }
                    guard let (d, e) = slashDateAfterNgay(w, at: k) ?? w.date(at: k + 4) else { break }
                    if followsSymbol(w, before: b) {
                        if e > k + 1 { skipped.append((k + 1)..<e) }
                        k = e
                        continue
                    }
                    let after = w.skipSpaces(e)
                    let closes = !w.has(after) || [0x2C, 0x29, 0x3B].contains(w[after]) || w.hasWord(Words.cua, at: after)
                    guard closes else { return nil }
                    if !w.hasWord(Words.cua, at: after),
                       belongsToNamedLaw(w, date: d, ngay: b, lawYears: tableLawYears(w, through: k, skipping: skipped)) { return nil }
                    if let y = symbolYear, y != d.year { return nil }
                    return d
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether the words ending at `end` open an effective-date clause. Folded `tu` is `từ` (from) only with its
    /// grave accent: `đầu tư ngày 24/11/2014` is the end of a title, `kể từ ngày` is not.
    func opensEffectiveClause(_ w: LazyFoldedWindow, endingAt end: Int) -> Bool {
        guard let cue = Words.effectiveCues.first(where: { w.hasWord($0, endingAt: end) }) else { return false }
        guard cue == Words.tu else { return true }
        let (v, _) = Fold.decode(s, w.offset(end - 1))
        return v == 0x1EEB || v == 0x1EEA
    }

    /// Whether the folded token ending at `end` is a document symbol (`67/2011/NĐ-CP`): a slash and a digit in it.
    private func followsSymbol(_ w: LazyFoldedWindow, before end: Int) -> Bool {
        var a = end
        var slash = false, digit = false
        while a > 0, w[a - 1] != 0x20 {
            a -= 1
            if w[a] == 0x2F { slash = true } else if w[a] >= 0x30 && w[a] <= 0x39 { digit = true }
        }
        return slash && digit
    }
}
