import Testing
import CUTF8Scan
@testable import LegalRefs

/// `NamedReferences.nextCandidate` as it was (eight bytes at a time, any `AD` or `N` checked one by one).
private func referenceNextCandidate(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let n = s.count
    var j = i - 1
    while true {
        while j < n, s[j] != 0xAD, s[j] != 0x4E { j += 1 }
        if j >= n { return n }
        if s[j] == 0x4E {
            if j + 1 < n, s[j + 1] != 0x67 { j += 1; continue }
            return j + 1
        }
        if j - 3 >= i, s[j - 1] == 0xBA, s[j - 2] == 0xE1, s[j - 3] == 0x75 { return j - 3 }
        j += 1
    }
}

let namedPieces = ["Luật", "luật", "Bộ luật ", "Nghị quyết", "N", "g", "Ng", "NG", "u", "ậ", "uậ", "uật", "í", "ử", "chính ",
                   "sử", "nhận", "Người", "a", " ", "\n", "12", "Hiến pháp", "ABC", "xyz", "ễ", "u\u{E1}"]

@Test func nextCandidateMatchesReference() {
    var mix = PieceMixer(state: 7)
    for round in 0..<400 {
        let text = mix.text(namedPieces, count: 1 + mix.next(round < 200 ? 12 : 80))
        Array(text.utf8).withUnsafeBufferPointer { s in
            for i in 1...max(1, s.count) {
                let want = referenceNextCandidate(s, from: i)
                #expect(NamedReferences.nextCandidate(s, from: i) == want, "\(text) from \(i)")
                // Each code of the C helper (AVX2, byte by byte) agrees.
                for level: Int32 in [0, 2] where s.count > 0 {
                    #expect(cancu_next_named_candidate_at(s.baseAddress!, i, s.count, level) == min(want, s.count), "level \(level): \(text) from \(i)")
                }
            }
        }
    }
}

/// `RelationTriggers.trigger(in:)` written plainly: a first pass back to the clause start, then the phrases
/// (a longer phrase around the one found decides; passive forms give `cites`).
private func referenceTrigger(in w: LazyFoldedWindow) -> (Relation, passive: Bool)? {
    var i = w.end - 1
    while w.has(i) {
        let c = w[i]
        // A colon that opens a list of documents (`các Thông tư:`) does not end the clause.
        if c == 0x3A, RelationTriggers.opensDocumentList(w, colon: i) { i -= 1; continue }
        if c == 0x3B || c == 0x3A || (c == 0x2E && w.has(i + 1) && w[i + 1] == 0x20) { break }
        i -= 1
    }
    let clauseStart = i + 1
    var pos = w.end
    var attached: Relation? = nil
    while pos > clauseStart {
        pos -= 1
        if w.has(pos - 1), w[pos - 1] != 0x20, w[pos - 1] != 0x28, w[pos - 1] != 0x2C { continue }
        for (p0, rel0) in RelationTriggers.phrases {
            guard w.hasWord(p0, at: pos) else { continue }
            var (p, rel, at) = (p0, rel0, pos)
            outer: for (q, qrel) in RelationTriggers.phrases where q.count > p0.count {
                for o in 1...(q.count - p0.count) where q[o - 1] == 0x20 && Array(q[o..<(o + p0.count)]) == p0 {
                    if w.hasWord(q, at: pos - o) { (p, rel, at) = (q, qrel, pos - o); break outer }
                    break
                }
            }
            if p == RelationTriggers.giuNguyen { return (.cites, false) }
            if rel == .cites { break }
            // `điều chỉnh` and `hủy` act only opening an operative line, before a document.
            if p == RelationTriggers.dieuChinh || p == RelationTriggers.huy,
               !RelationTriggers.objectFollows(w, at + p.count) || !RelationTriggers.opensOperativeLine(w, at) { break }
            if RelationTriggers.precededByDocument(w, at) { return (rel, true) }
            if RelationTriggers.modals.contains(where: { w.hasWord($0, endingAt: at - 1) }) { return (.cites, false) }
            if RelationTriggers.draftBefore(w, at) { return (.cites, false) }
            for pv in RelationTriggers.passive where w.hasWord(pv, endingAt: at + p.count) { return (.cites, true) }
            if RelationTriggers.passiveWords.contains(where: { w.hasWord($0, endingAt: at - 1) }) { return (.cites, true) }
            if w.hasWord(RelationTriggers.by, at: at + p.count + 1) { return (.cites, true) }
            if w.has(at - 6), RelationTriggers.negations.contains(where: { w.hasWord($0, endingAt: at - 1) }) { return (.cites, false) }
            if rel == .considers, at > clauseStart + 2 { continue }
            if rel == .basedOn, !RelationTriggers.opensLine(w, at) { continue }
            if rel == .issuedWith, !RelationTriggers.opensLine(w, at) {
                if attached == nil { attached = rel }
                break
            }
            if rel != .considers {
                // `theo` as a word anywhere after the phrase.
                let rest = (at + p.count..<w.end).map { w[$0] }
                // A space, then `theo` ending a word, not after the word `kem`.
                let word = isWordByte
                let theo = Array("theo".utf8)
                for i in rest.indices where rest[i] == 0x20 && i + 5 <= rest.count && Array(rest[(i + 1)..<(i + 5)]) == theo {
                    if i + 5 < rest.count, word(rest[i + 5]) { continue }
                    // The words before the space (the phrase's own when `theo` comes right after it).
                    let space = at + p.count + i
                    func ends(_ x: String) -> Bool {
                        let x = Array(x.utf8), start = space - x.count
                        guard w.has(start), (0..<x.count).allSatisfy({ w[start + $0] == x[$0] }) else { return false }
                        return !w.has(start - 1) || !word(w[start - 1])
                    }
                    if !ends("kem"), !ends("ban hanh") { return (.cites, false) }
                }
            }
            return (rel, false)
        }
    }
    // The clause is the window's whole line and opens with `Theo`: the attachment is a rule the text follows.
    if attached != nil, !w.has(clauseStart - 1), w.from == 0 || w.text[w.from - 1] == 0x0A,
       w.hasWord(Array("theo".utf8), at: w.skip(clauseStart, [0x20, 0x2D, 0x2A, 0x28])) {
        return (.cites, false)
    }
    return attached.map { ($0, false) }
}

let relationPieces = ["Xét ", "xét", " ", "  ", ";", ":", ".", ". ", ",", "(", "a", "Căn cứ ", "sửa đổi", "bổ sung ", "được sửa đổi ",
                      "không ", "chưa ", "thay thế ", "bãi bỏ", "hướng dẫn thi hành ", "kèm theo ", "theo đề nghị ", "Điều 5 ",
                      "thực hiện", "\n", "Nghị định ", "x", "ét", "hủy bỏ ", "ban hành kèm theo", "quy định chi tiết ", "bị ", "được ", " bởi ",
                      "Thông tư này hướng dẫn ", "chi tiết thi hành ", "các Thông tư", " sau", " sau đây", "như sau", "(Ban hành kèm theo ",
                      " theo ", "theo", "có hiệu lực thi hành", "hết hiệu lực thi hành ", "ban hành theo ", "dự thảo ", "Dự thảo Nghị định ", "đề xuất "]

@Test func triggerMatchesReference() {
    var mix = PieceMixer(state: 11)
    var hits = 0
    for _ in 0..<500 {
        let text = mix.text(relationPieces, count: 1 + mix.next(30))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let ctx = ContextReader(s: s)
            for end in 0...s.count where end == s.count || s[end] & 0xC0 != 0x80 {
                for back in [3, 12, 40, 160] {
                    let from = ctx.scalarStart(end - back)
                    let new = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { RelationTriggers.trigger(in: $0) }
                    let old = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { referenceTrigger(in: $0) }
                    #expect(new?.0 == old?.0 && new?.1 == old?.1, "\(text) \(from)..<\(end)")
                    if old != nil { hits += 1 }
                }
            }
        }
    }
    #expect(hits > 300)
}

@Test func readYearMatchesReadNumber() {
    var mix = PieceMixer(state: 5)
    let pieces = ["2018", "20", "1", "9", "l", "I", "O", "o", "0", "/", " ", "a", "2O18", "l999", "199", "12345", "Đ"]
    var years = 0
    for _ in 0..<150 {
        let bytes = Array(mix.text(pieces, count: 1 + mix.next(8)).utf8)
        bytes.withUnsafeBufferPointer { s in
            let parser = SymbolParser(s: s)
            for i in 0..<s.count {
                // What the callers did: the digits as text, exactly four of them, as a value.
                var old: (Int, Int)? = nil
                if let (y, e) = parser.readNumber(i, maxDigits: 4), y.count == 4, let v = Int(y) { old = (v, e) }
                let new = parser.readYear(i)
                #expect(new?.0 == old?.0 && new?.1 == old?.1, "\(bytes) at \(i)")
                if old != nil { years += 1 }
            }
        }
    }
    #expect(years > 20)
}

/// `Scan.isListGap` (tight form) as it was: the folded gap as a `String`, split at ` `, `,`, `;`, each
/// word looked up in a `Set<String>`.
private func referenceTightListGap(_ s: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int) -> Bool {
    guard b >= a, b - a <= 24 else { return false }
    let w = FoldedWindow(s, from: a, to: b)
    let allowed: Set<String> = ["va", "so", "hoac", "cac", "and", "no", "no."]
    for word in String(decoding: w.chars, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) where !allowed.contains(String(word)) {
        return false
    }
    return true
}

let listGapPieces = [" ", ", ", ";", "và ", "Và", "số ", "Số", "hoặc", "các ", "and", "No.", "no", "no.", "so", "va", "vả", "x",
                     "\n", "\t", "\u{A0}", "…", "đ", "12", "của ", "caс", "\r"]

@Test func tightListGapMatchesReference() {
    var mix = PieceMixer(state: 23)
    var gaps = 0
    for _ in 0..<400 {
        let text = mix.text(listGapPieces, count: 1 + mix.next(8))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let bounds = scalarStarts(s)
            for a in bounds { for b in bounds where b >= a {
                let old = referenceTightListGap(s, from: a, to: b)
                #expect(Scan.isListGap(s, from: a, to: b) == old, "\(text) \(a)..<\(b)")
                if old && b > a { gaps += 1 }
            } }
        }
    }
    #expect(gaps > 1000)
}

@Test func capitalisedWordOnBytes() {
    let parser = SymbolParser(s: UnsafeBufferPointer(start: nil, count: 0))
    for (g, expected) in [("Declare", true), ("If", true), ("I", false), ("", false), ("TTg", false), ("QĐ", false),
                          ("Quy", true), ("Đây", false), ("QH14", false), ("Qh", true), ("qh", false), ("Ab1", false)] {
        #expect(parser.isCapitalisedWord(g) == expected, "\(g)")
        // The same answer on the bytes of a text holding the group (as `parseSymbol` asks it).
        let text = Array(("12/" + g + "-CP").utf8)
        text.withUnsafeBufferPointer { s in
            #expect(SymbolParser(s: s).isCapitalisedWord(3..<(3 + g.utf8.count)) == expected, "\(g)")
        }
    }
}

/// `NamedReferences.mayStartLawName` written plainly: the whole 96-byte fold first, then the names; a name
/// that runs past the fold (or whose next character does) leaves the answer to `law` (true, undecided).
private func referenceMayStartLawName(_ s: UnsafeBufferPointer<UInt8>, at i: Int, isCode: Bool) -> (answer: Bool, decided: Bool) {
    let end = ContextReader(s: s).scalarStart(min(s.count, i + 220))
    let short = min(end, i + 96)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 104) { buf -> (Bool, Bool) in
        let n = FoldedWindow.fold(s, from: i, to: short, into: buf.baseAddress!)
        var k = 0
        while k < n, buf[k] == 0x20 { k += 1 }
        guard n > k else { return (true, false) }
        for index in NamedReferences.lawsByFirst[Int(buf[k])] {
            let law = NamedReferences.laws[index]
            let e = k + law.name.count
            var m = 0, same = true
            while m < law.name.count, k + m < n {
                if law.name[m] != buf[k + m] { same = false; break }
                m += 1
            }
            guard same else { continue }
            if m < law.name.count || e >= n { return (true, false) }
            if isWordByte(buf[e]) && isWordByte(law.name[law.name.count - 1]) { continue }
            if law.isCode == isCode { return (true, true) }
        }
        return (false, true)
    }
}

@Test func mayStartLawNameMatchesReference() {
    // Law names (folded from the table: whole, cut, glued, followed by letters), white space runs of every
    // kind, multi-byte letters and marks; ASCII filler so that many windows are long enough to decide.
    let names = NamedReferences.laws.suffix(6).map { String(decoding: $0.name, as: UTF8.self) }
        + NamedReferences.laws.prefix(2).map { String(decoding: $0.name.prefix(30), as: UTF8.self) }
    let pieces = names + ["Giáo dục", "Hình sự", "Đất đai", " ", "  ", "\t", "\n", " \n\t ", "\r\n", "a", "ệ", "e\u{302}\u{301}",
                          "GIÁO DỤC", "2019", "nam", ",", "Luật", "…", "ngay", "x", "𝑥", "\u{A0}",
                          "van ban quy pham phap luat ", "ve viec thuc hien ", "cac quy dinh ", "so "]
    var mix = PieceMixer(state: 11)
    var decided = [0, 0]
    for round in 0..<120 {
        let text = mix.text(pieces, count: 1 + mix.next(round < 40 ? 6 : 30))
        Array(text.utf8).withUnsafeBufferPointer { s in
            for i in scalarStarts(s) where i < s.count {
                for isCode in [false, true] {
                    let expected = referenceMayStartLawName(s, at: i, isCode: isCode)
                    if expected.decided { decided[expected.answer ? 1 : 0] += 1 }
                    #expect(NamedReferences.mayStartLawName(s, at: i, isCode: isCode, ctx: ContextReader(s: s)) == expected.answer,
                            "\(text.debugDescription) at \(i) code \(isCode) decided \(expected.decided)")
                }
            }
        }
    }
    // Both answers occur with the window long enough to decide.
    #expect(decided[0] > 100 && decided[1] > 20, "\(decided)")
}

/// Named references compare law kinds as the flag `isCode`: the title table holds only these two kinds.
@Test func lawTableKindsAreLawAndCode() {
    #expect(NamedReferences.laws.allSatisfy { ($0.kind == "Luật" && !$0.isCode) || ($0.kind == "Bộ luật" && $0.isCode) })
    #expect(NamedReferences.laws.contains { $0.isCode } && NamedReferences.laws.contains { !$0.isCode })
}
