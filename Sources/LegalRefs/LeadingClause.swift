/// A news sentence often names the issuer and the date before the reference: `Ngày 22/12/2024, Bộ Chính
/// trị ban hành Nghị quyết số 57-NQ/TW`, `Thủ tướng Chính phủ vừa ký Quyết định số 1234/QĐ-TTg`,
/// `UBND tỉnh Lào Cai có Văn bản số 40/UBND-KT`.
struct LeadingClause {
    /// The body that issued the reference (`Bộ Chính trị`).
    var issuer: IssuerMention?
    /// The issue date, from a `Ngày …,` that opens the sentence.
    var date: FoundDate?
    /// Its day and month when it gives no year (`Ngày 16/7, UBND tỉnh ban hành …`).
    var dayMonth: (day: Int, month: Int)?
}

enum LeadingWords {
    /// Verbs of issuing, folded, longest first: the clause ends with one of them right before the type word.
    static let verbs: [[UInt8]] = ["ky ban hanh", "ban hanh", "thong qua", "ky", "co"].map { Array($0.utf8) }
    /// Words that may stand between the issuer and the verb (`đã`, `vừa`, `mới`, `chính thức`).
    static let adverbs: [[UInt8]] = ["chinh thuc", "da", "vua", "moi", "cung"].map { Array($0.utf8) }
    /// Parts of the day that may open a dated sentence (`Chiều ngày 5/3/2024,`).
    static let dayParts: [[UInt8]] = ["sang", "chieu", "toi", "trua"].map { Array($0.utf8) }
    /// Bytes that end the clause before the issuer (`,` `.` `;` `:` `(` `)` `"` and a line break).
    static func isStop(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x0A
    }
    /// Whether an issuer's name is a leader's office (`Chủ tịch …`, `Bộ trưởng …`, `Thủ tướng …`, `Giám đốc …`),
    /// which a person's name may follow.
    static func isLeader(_ name: String) -> Bool {
        leaders.contains { name.utf8.starts(with: $0) }
    }
    static let leaders: [[UInt8]] = ["Chủ tịch", "Bộ trưởng", "Thủ tướng", "Giám đốc", "Tổng Giám đốc", "Thống đốc", "Chánh án", "Viện trưởng",
                                     "Tổng Kiểm toán"].map { Array($0.utf8) }
    /// The farthest (in bytes) the issuer phrase may start before the verb.
    static let reach = 160
}

extension ContextReader {
    /// Reads an issuing clause that ends right before the type word at byte `start`: an issuer phrase that
    /// fills its clause, up to two adverbs and a verb of issuing (`ban hành`, `ký`, `thông qua`, `có`), and
    /// the date of a `Ngày 22/12/2024,` that opens the sentence. Nil when the text before is anything else.
    func leadingClause(before start: Int) -> LeadingClause? {
        var e = start
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        guard e > 0 else { return nil }
        // The verbs end in `ành`/`anh`, `ký`/`ky`, `qua`, `có`/`co`: anything else ends here unfolded.
        guard endsLikeVerb(e) else { return nil }
        return withWindowBefore(start, bytes: LeadingWords.reach + 40) { w -> LeadingClause? in
            var k = w.end
            func skipSpaceBack() { while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 } }
            skipSpaceBack()
            guard let verb = LeadingWords.verbs.first(where: { w.hasWord($0, endingAt: k) }) else { return nil }
            k -= verb.count
            for _ in 0..<2 {
                skipSpaceBack()
                guard let adverb = LeadingWords.adverbs.first(where: { w.hasWord($0, endingAt: k) }) else { break }
                k -= adverb.count
            }
            skipSpaceBack()
            guard w.has(k - 1) else { return nil }
            if let c = clause(endingAt: w.offset(k)) { return c }
            // A leader's name after the office (`Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã ký ban hành …`):
            // two to four capitalized words, read back, and the office before them.
            var words = 0
            var n = k
            while words < 4 {
                var b = n
                while w.has(b - 1), isWordByte(w[b - 1]) { b -= 1 }
                guard b < n, w.isUpper(b), w.has(b - 1), w[b - 1] == 0x20 else { break }
                words += 1
                n = b - 1
                while w.has(n - 1), w[n - 1] == 0x20 { n -= 1 }
                if words >= 2, let c = clause(endingAt: w.offset(n)), c.issuer.map({ LeadingWords.isLeader($0.name) }) ?? false { return c }
            }
            return nil
        }
    }

    /// The body named before `tại` right before the type word at byte `start`: `Theo đề nghị của Chủ tịch UBND huyện Gia
    /// Lâm tại Tờ trình số 56/TTr-UBND`, `ý kiến của Thường trực HĐND tỉnh tại Công văn số …` (the phrase after the
    /// nearest `của` of the clause must end at `tại`). Nil for anything else (`quy định tại`, `của pháp luật tại`).
    func proposer(before start: Int) -> IssuerMention? {
        var e = start
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        // `tại` is 74 E1 BA A1 69, after a space.
        guard e >= 7, s[e - 1] == 0x69, s[e - 2] == 0xA1, s[e - 3] == 0xBA, s[e - 4] == 0xE1, s[e - 5] == 0x74, s[e - 6] == 0x20 else { return nil }
        var issuerEnd = e - 6
        while issuerEnd > 0, s[issuerEnd - 1] == 0x20 { issuerEnd -= 1 }
        // ` của ` is 20 63 E1 BB A7 61 20: the nearest one in the clause, at most 120 bytes back.
        var c = issuerEnd - 6
        let floor = max(1, issuerEnd - 120)
        while c >= floor {
            let b = s[c]
            if LeadingWords.isStop(b) { return nil }
            if b == 0x63, s[c - 1] == 0x20, s[c + 1] == 0xE1, s[c + 2] == 0xBB, s[c + 3] == 0xA7, s[c + 4] == 0x61, s[c + 5] == 0x20 {
                guard let p = IssuerPhraseParser.parse(s, at: c, end: issuerEnd), p.byteRange.upperBound == issuerEnd else { return nil }
                return IssuerMention(p)
            }
            c -= 1
        }
        return nil
    }

    /// Whether the raw bytes before `e` end like one of the verbs (lower case; a cheap test before any folding).
    private func endsLikeVerb(_ e: Int) -> Bool {
        @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 ? s[i] : 0 }
        @inline(__always) func ends(_ bytes: [UInt8]) -> Bool {
            guard e >= bytes.count else { return false }
            for (j, b) in bytes.enumerated() where s[e - bytes.count + j] != b { return false }
            return true
        }
        switch at(e - 1) {
        case 0x68: return ends([0xC3, 0xA0, 0x6E, 0x68]) || ends([0x61, 0x6E, 0x68])   // hành, hanh
        case 0xBD: return at(e - 2) == 0xC3 && at(e - 3) == 0x6B                           // ký
        case 0x79: return at(e - 2) == 0x6B                                                 // ky
        case 0x61: return at(e - 2) == 0x75 && at(e - 3) == 0x71                           // qua
        case 0xB3: return at(e - 2) == 0xC3 && at(e - 3) == 0x63                           // có
        case 0x6F: return at(e - 2) == 0x63                                                 // co
        default: return false
        }
    }

    /// The issuer phrase that fills the clause ending at byte `issuerEnd`, and the date that opens its sentence.
    private func clause(endingAt issuerEnd: Int) -> LeadingClause? {
        // The clause starts after the nearest stop.
        var c = issuerEnd
        let floor = max(0, issuerEnd - LeadingWords.reach)
        while c > floor, !LeadingWords.isStop(s[c - 1]) { c -= 1 }
        guard c == 0 || LeadingWords.isStop(s[c - 1]) else { return nil }
        var out = LeadingClause()
        var phraseStart = c
        while phraseStart < issuerEnd, s[phraseStart] == 0x20 { phraseStart += 1 }
        // `Ngày 19/11/2025 Thủ tướng Chính phủ ban hành …` (no comma after the date).
        if let (d, dm, end) = openingDate(at: phraseStart, limit: issuerEnd) {
            out.date = d; out.dayMonth = dm
            phraseStart = end
            while phraseStart < issuerEnd, s[phraseStart] == 0x20 { phraseStart += 1 }
        } else if c > 0, s[c - 1] == 0x2C {
            // `Ngày 22/12/2024, Bộ Chính trị ban hành …`: the sentence before the comma is only the date.
            var a = c - 1
            let dateFloor = max(0, a - 60)
            while a > dateFloor, !LeadingWords.isStop(s[a - 1]) { a -= 1 }
            // A dateline's dash: `(Chinhphu.vn) - Ngày 15/3/2024, …`.
            while a < c, s[a] == 0x20 || s[a] == 0x2D || (s[a] == 0xE2 && a + 2 < c && s[a + 1] == 0x80 && (s[a + 2] == 0x93 || s[a + 2] == 0x94)) {
                a += s[a] == 0xE2 ? 3 : 1
            }
            if let (d, dm, end) = openingDate(at: a, limit: c - 1), (end..<(c - 1)).allSatisfy({ s[$0] == 0x20 }) { out.date = d; out.dayMonth = dm }
            else if let (d, dm) = relativeDay(endingAt: c - 1) { out.date = d; out.dayMonth = dm }
        }
        guard phraseStart < issuerEnd, let p = IssuerPhraseParser.parse(s, at: phraseStart, end: issuerEnd),
              p.byteRange.lowerBound == phraseStart, p.byteRange.upperBound == issuerEnd else { return nil }
        out.issuer = IssuerMention(p)
        return out
    }

    /// The date in brackets after a relative day that opens the sentence, news style: `Hôm qua (15/7)`, `Sáng nay
    /// (16/7/2025)`, `Chiều qua (14-7)` ending at byte `e` (before the comma).
    private func relativeDay(endingAt e: Int) -> (FoundDate?, (day: Int, month: Int)?)? {
        var q = e
        while q > 0, s[q - 1] == 0x20 { q -= 1 }
        guard q > 2, s[q - 1] == 0x29 else { return nil }
        // `(` at most a full date's length before.
        var o = q - 2
        while o > max(0, q - 14), s[o] != 0x28 { o -= 1 }
        guard s[o] == 0x28, o > 0 else { return nil }
        let inner = o + 1, innerEnd = q - 1
        guard let got = withWindowAfter(inner, bytes: innerEnd - inner, { w -> (FoundDate?, (day: Int, month: Int)?)? in
            if let (d, end) = w.date(at: 0), w.offset(end) == innerEnd { return (d, nil) }
            if let (d, m, end) = w.dayMonth(at: 0), w.offset(end) == innerEnd { return (nil, (d, m)) }
            return nil
        }) else { return nil }
        // `nay` or `qua` right before the bracket, in a short opening (`Hôm qua`, `Sáng nay`, `Chiều hôm qua`).
        var b = o
        while b > 0, s[b - 1] == 0x20 { b -= 1 }
        guard b >= 3 else { return nil }
        let word = (s[b - 3] | 0x20, s[b - 2], s[b - 1])
        guard word == (0x6E, 0x61, 0x79) || word == (0x71, 0x75, 0x61), b == 3 || s[b - 4] == 0x20 else { return nil }
        var start = b - 3
        while start > 0, !LeadingWords.isStop(s[start - 1]) {
            start -= 1
            if b - start > 24 { return nil }
        }
        return got
    }

    /// `Ngày 22/12/2024` or `Chiều ngày 5 tháng 3 năm 2024` at byte `a` (a full date with its year), or its day and
    /// month alone (`Ngày 16/7`), and where it ends.
    private func openingDate(at a: Int, limit: Int) -> (FoundDate?, (day: Int, month: Int)?, Int)? {
        guard a < limit else { return nil }
        // `N`/`n` (ngày), `S`/`s` (sáng), `C`/`c` (chiều), `T`/`t` (tối, trưa): anything else is no date.
        let b = s[a] | 0x20
        guard b == 0x6E || b == 0x73 || b == 0x63 || b == 0x74 else { return nil }
        return withWindowAfter(a, bytes: min(60, limit - a)) { w -> (FoundDate?, (day: Int, month: Int)?, Int)? in
            var k = 0
            var part = false
            if let p = LeadingWords.dayParts.first(where: { w.hasWord($0, at: k) }) { k = w.skip(k + p.count, [0x20]); part = true }
            // `Ngày 16/7`, and after a part of the day also without `ngày` (`Tối 24-7,`).
            if w.hasWord(Words.ngay, at: k) { k += 4 } else if !part { return nil }
            if let (d, end) = w.date(at: k) { return (d, nil, w.offset(end)) }
            if let (d, m, end) = w.dayMonth(at: k) { return (nil, (d, m), w.offset(end)) }
            return nil
        }
    }
}
