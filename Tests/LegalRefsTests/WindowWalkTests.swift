import Foundation
import Testing
@testable import LegalRefs

/// `ContextReader.pinpointChainEnd` written plainly: every unit at every item, a bare id after `,`, `và` or `hoặc`
/// (after `;` a unit).
private func referencePinpointChainEnd(_ w: LazyFoldedWindow, from k: Int) -> Int? {
    guard w.has(k), Words.pinUnits.contains(where: { $0.first == w[k] }) else { return nil }
    var k = k
    var items = 0
    var lastEnd = k
    var listed = false
    while w.has(k) {
        var j = k
        if let unit = Words.pinUnits.first(where: { w.hasWord($0, at: k) }) {
            j = k + unit.count
            guard w.has(j), w[j] == 0x20 else { break }
            j += 1
        } else if !listed {
            break
        }
        let idStart = j
        while w.has(j), isWordByte(w[j]) || (w[j] == 0x2E && w.has(j + 1) && isWordByte(w[j + 1])) { j += 1 }
        guard j > idStart, j - idStart <= 8, isPinpointID(w, idStart, j) else { break }
        items += 1
        lastEnd = j
        var n = j
        listed = w.has(n) && w[n] == 0x2C
        if listed || w.has(n) && w[n] == 0x3B { n += 1 }
        while w.has(n), w[n] == 0x20 { n += 1 }
        if !w.has(n) { return lastEnd }
        if let c = [Words.va, Words.hoac].first(where: { w.hasWord($0, at: n) }), w.has(n + c.count), w[n + c.count] == 0x20 {
            n += c.count
            while w.has(n), w[n] == 0x20 { n += 1 }
            listed = true
        }
        k = n
        if w.hasWord(Words.cua, at: k) { return lastEnd }
    }
    return items > 0 ? lastEnd : nil
}

/// `ContextReader.pinpointStart` written plainly: every start (after a space, `(` or the window's start)
/// within 100 characters, the lowest whose chain ends at `end`.
private func referencePinpointStart(_ r: ContextReader, _ w: LazyFoldedWindow, endingAt end: Int) -> Int? {
    var best: Int? = nil
    var c = end - 1
    let limit = end - 100
    while c >= limit, w.has(c) {
        if !w.has(c - 1) || w[c - 1] == 0x20 || w[c - 1] == 0x28 {
            if let e = referencePinpointChainEnd(w, from: c), e == end { best = c }
        }
        c -= 1
    }
    return best
}

let pinpointPieces = ["điểm ", "Điểm ", "khoản ", "Khoản ", "điều ", "Điều ", "mục ", "Mục ", "chương ", "phần ", "phụ lục ",
                      "Phụ lục ", "tiết ", "tiểu mục ", "a ", "đ ", "b)", "1 ", "12 ", "7a ", "33.4 ", "IV ", "xii ", "c.4 ",
                      "của ", "(", ")", ", ", " ", "  ", "\n", "Nghị định ", "số ", "Luật ", "một số ", "theo ", "…", "\u{A0}",
                      "ĐIỀU ", "KHOẢN ", "abcdefghij ", "; ", ";", "và ", "hoặc ", ",", ", ", "5,6 ", "và", "Và ", "m", "n", "u", "c", "g", "t", "😀", "—"]


@Test func pinpointStartMatchesReference() {
    var mix = PieceMixer(state: 23)
    var found = 0, checked = 0
    for _ in 0..<150 {
        let text = mix.text(pinpointPieces, count: 1 + mix.next(40))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) {
                for back in [30, 200] {
                    let from = r.scalarStart(end - back)
                    // Chains ending at several positions of the window, each read in a fresh window.
                    let n = FoldedWindow(s, from: from, to: end).chars.count
                    for e in Set([n, n - 1, n - 3, n / 2]) where e >= 0 {
                        let k = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in w.end - n + e }
                        let new = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { r.pinpointStart($0, endingAt: k) }
                        let old = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { referencePinpointStart(r, $0, endingAt: k) }
                        #expect(new == old, "\(text.debugDescription) \(from)..<\(end) at \(k)")
                        checked += 1
                        if old != nil { found += 1 }
                    }
                }
            }
        }
    }
    #expect(checked > 20_000)
    #expect(found > 1_000)
}

@Test func pinpointStartMatchesReferenceOnFixtures() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var found = 0
    // Every plain-text fixture of the repository.
    let dir = root.appendingPathComponent("fixtures")
    let paths = (FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(paths.count > 3)
    for path in paths {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(path).path) else { continue }
        Array(String(decoding: data, as: UTF8.self).utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            // Before every word (a chain ends before the type word or `số` that follows it).
            for i in 1..<s.count where s[i - 1] == 0x20 && s[i] != 0x20 {
                let from = r.scalarStart(i - 200)
                for cut in 0..<4 {
                    let new = LazyFoldedWindow.with(s, from: from, to: i, backward: true) { r.pinpointStart($0, endingAt: $0.end - cut) }
                    let old = LazyFoldedWindow.with(s, from: from, to: i, backward: true) { referencePinpointStart(r, $0, endingAt: $0.end - cut) }
                    #expect(new == old, "\(path) at \(i)")
                    if old != nil { found += 1 }
                }
            }
        }
    }
    #expect(found > 3)   // the fixtures hold few chains; the generated texts above hold many
}

/// `foldedLow(through:)` folds as far as `has` would and reports the folded stretch; `folded` there reads
/// what the checked subscript reads, in windows of real and generated text (marks, `…`, scalars beyond the table).
@Test func foldedStretchReadsAsTheSubscript() {
    var mix = PieceMixer(state: 5)
    var texts = (0..<300).map { _ in Array(mix.text(pinpointPieces + relationPieces, count: 1 + mix.next(60)).utf8) }
    texts.append(Array("Điều 5 khoản 2 \u{1F00}\u{0301}ꙮ 𝔸 …  \n\t x".utf8))
    var reads = 0
    for text in texts {
        text.withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) where end % 3 == 0 || end == s.count {
                let from = r.scalarStart(end - 160)
                let oracle = FoldedWindow(s, from: from, to: end)
                let n = oracle.chars.count
                for probe in [n - 1, n - 5, n - 40, n / 2, 0, -3] {
                    LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in
                        let d = w.end - n
                        let low = w.foldedLow(through: d + probe)
                        #expect(low >= d && low <= w.end)
                        if probe >= 0 && probe < n { #expect(low <= d + probe) }
                        #expect(w.has(d + probe) == (probe >= 0 && probe < n))
                        for k in low..<w.end {
                            #expect(w.folded(k) == oracle.chars[k - d])
                            reads += 1
                        }
                    }
                }
            }
        }
    }
    #expect(reads > 100_000)
}

/// The line-initial `Căn cứ` test the byte check stands in for (`RelationTriggers.relation`).
private func lineOpensWithCanCu(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    LazyFoldedWindow.with(s, from: from, to: to, backward: false) { lw in
        var k = lw.skip(0, [0x20, 0x2D, 0x2A, 0x2B, 0x3F])
        if lw.has(k), lw[k] == 0x28 { k += 1 }
        return lw.hasWord(RelationTriggers.canCu, at: k)
    }
}

@Test func canCuByteCheckNeverRulesOutAWindowThatOpensWithCanCu() {
    let pieces = ["Căn cứ ", "căn cứ", "CĂN CỨ ", "Can cu", "can", " cu", "(", "((", "- ", "* ", "+ ", "?", "• ", "\u{A0}", "—", " ",
                  "  ", "\n", "\t", "\r", "ç", "Ç", "c", "C", "a) ", "1. ", "Xét ", "Điều ", "…", "😀", "ć", "x", "cứ "]
    var mix = PieceMixer(state: 31)
    var ruledOut = 0, opens = 0
    for _ in 0..<3000 {
        let text = mix.text(pieces, count: 1 + mix.next(8))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for start in [0, r.scalarStart(mix.next(max(1, s.count)))] {
                for width in [24, 3, 9] {
                    let end = r.scalarStart(min(s.count, start + width))
                    let full = lineOpensWithCanCu(s, from: start, to: end)
                    let may = RelationTriggers.mayOpenWithCanCu(s, from: start, to: end)
                    #expect(may || !full, "\(text) \(start)..<\(end)")
                    if !may { ruledOut += 1 }
                    if full { opens += 1 }
                }
            }
        }
    }
    #expect(ruledOut > 1000)
    #expect(opens > 500)
}

/// `Scan.endsWithWholeKindWord` as it was: the whole 40 bytes folded forward, then the last word.
private func referenceEndsWithWholeKindWord(_ s: UnsafeBufferPointer<UInt8>, before i: Int, cueCount: Int) -> Bool {
    let wide = ContextReader(s: s).scalarStart(i - 40)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { chars -> Bool in
        let count = FoldedWindow.fold(s, from: wide, to: i, into: chars.baseAddress!)
        guard let (_, e) = Scan.lastWord(chars, count) else { return false }
        for index in Words.kindWordsByLast[Int(chars[e - 1])] {
            let kw = Vocabulary.shared.kindWords[index].word
            guard kw.count >= cueCount else { continue }
            let st = e - kw.count
            if st < 0 { return true }
            if kw.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: chars[st..<e])) }),
               st == 0 || !isWordByte(chars[st - 1]) { return true }
        }
        return false
    }
}

@Test func wholeKindWordMatchesReference() {
    let pieces = ["Thông tư ", "thông tư", "từ ", "tư ", "liên tịch ", "Nghị định ", "định ", "quyết ", "Quyết định ", "Nghị quyết ",
                  "quyết", "luật ", "Bộ luật ", "Văn bản hợp nhất ", "Thông báo kết luận ", "kết luận ", "Công văn ", "văn ",
                  "số ", "Số: ", ": ", ".", " … ", "…", "\u{A0}", "\n", "  ", "(", "NĐ", "QĐ ", "tt", "x", "ĐỊNH ", "TƯ ",
                  "Joint Circular ", "circular ", "Official letter ", "Law ", "law", "abcdefghijklmnopqrstuvwxyz", "😀", "—", "ç"]
    var mix = PieceMixer(state: 17)
    var checked = 0, held = 0
    for _ in 0..<1500 {
        let bytes = Array(mix.text(pieces, count: 1 + mix.next(14)).utf8)
        bytes.withUnsafeBufferPointer { s in
            for i in scalarStarts(s) {
                for cueCount in [0, 2, 4, 8] {
                    let new = Scan(s: s).endsWithWholeKindWord(before: i, cueCount: cueCount)
                    #expect(new == referenceEndsWithWholeKindWord(s, before: i, cueCount: cueCount),
                            "\(String(decoding: s[ContextReader(s: s).scalarStart(i - 40)..<i], as: UTF8.self)) \(cueCount)")
                    checked += 1
                    if new { held += 1 }
                }
            }
        }
    }
    #expect(checked > 100_000)
    #expect(held > 10_000)
}

/// `ContextReader.effectiveClause(after:)` without its path for the codified spelling: the general walk.
private func referenceEffectiveClause(_ r: ContextReader, after end: Int) -> (date: FoundDate?, closesTitleDates: Bool) {
    guard let b = r.firstAfterSeparators(end), b | 0x20 == 0x63 else { return (nil, false) }
    return r.withWindowAfter(end, bytes: 90) { w -> (date: FoundDate?, closesTitleDates: Bool) in
        var k = w.skip(0, [0x20, 0x2C])
        guard w.hasWord(Words.coHieuLuc, at: k) else { return (nil, false) }
        k = w.skip(k + Words.coHieuLuc.count, [0x20])
        for word in Words.effectiveFirst where w.hasWord(word, at: k) { k = w.skip(k + word.count, [0x20]) }
        for word in Words.effectiveSecond where w.hasWord(word, at: k) { k = w.skip(k + word.count, [0x20]) }
        guard w.hasWord(Words.ngay, at: k), let d = w.date(at: k + 4)?.0 else { return (nil, false) }
        var b = k
        while b > 0, w[b - 1] == 0x20 { b -= 1 }
        return (d, r.opensEffectiveClause(w, endingAt: b))
    }
}

/// Where the effective clause says its `ngày` follows a cue, the title readers (which makeFound then skips) find
/// no date; the clause's date is `effectiveDate`'s.
@Test func effectiveClauseClosesTitleDates() {
    let pieces = [", ", " ", "có hiệu lực", "Có hiệu lực", " thi hành", " kể từ", " từ", " tư", " ngày", " Ngày", " 15/01/2018",
                  " 01 tháng 7 năm 2020", " của Chính phủ", "(", ")", ".", ";", " Quy định", "\n", "  ", "đến", " trước",
                  "ừ", "tu", "x", "5", "…"]
    var mix = PieceMixer(state: 41)
    var closed = 0, dated = 0, checked = 0
    for _ in 0..<3000 {
        // Clauses in the forms codified law writes, between random pieces.
        let clause = [", ", " ", "", ",\n", String(repeating: " ", count: 50)][mix.next(5)] + ["có hiệu lực", "Có hiệu lực", "có hiệu lực"][mix.next(3)]
            + ["", " thi hành"][mix.next(2)] + ["", " kể từ", " từ", " tư"][mix.next(4)] + ["", " kể từ", " từ"][mix.next(3)]
            + [" ngày", " Ngày", " ngày", " ngàyx", "ngày"][mix.next(5)] + [" 15/01/2018", " 01 tháng 7 năm 2020", " 5", "", " .../...../2020"][mix.next(5)]
        let text = mix.text(pieces, count: mix.next(4)) + clause + mix.text(pieces, count: mix.next(6))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) {
                let clause = r.effectiveClause(after: end)
                let reference = referenceEffectiveClause(r, after: end)
                #expect(clause.date == reference.date && clause.closesTitleDates == reference.closesTitleDates, "\(text) at \(end)")
                #expect(clause.date == r.effectiveDate(after: end))
                if clause.date != nil { dated += 1 }
                checked += 1
                guard clause.closesTitleDates else { continue }
                closed += 1
                #expect(r.dateAfterTitle(from: end) == nil, "\(text) at \(end)")
                for year in [nil, 2018, 2020] {
                    #expect(r.dateAfterLongTitle(from: end, symbolYear: year) == nil, "\(text) at \(end)")
                }
            }
        }
    }
    #expect(checked > 20_000 && dated > 200 && closed > 100)
}

/// `dateAfterTitle(from:)` as it was before its byte test looked for a place where `ngày` may start: a stop
/// before any `n`/`N` meant no date, anything else was walked.
private func referenceDateAfterTitle(_ r: ContextReader, from end: Int) -> FoundDate? {
    let s = r.s
    let limit = r.scalarStart(min(s.count, end + 420))
    var i = end
    while i < limit {
        let b = s[i]
        if b == 0x6E || b == 0x4E { break }
        if (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x3B || b == 0x28 || b == 0x29 { return nil }
        i += 1
    }
    if i == limit { return nil }
    return r.withWindowAfter(end, bytes: 420) { r.dateAfterTitle(in: $0) }
}

/// `dateAfterLongTitle(from:symbolYear:)` as it was before its byte test: every line after a title's start walked.
private func referenceDateAfterLongTitle(_ r: ContextReader, from end: Int, symbolYear: Int?) -> FoundDate? {
    let s = r.s
    guard end + 1 < s.count, s[end] == 0x20, SymbolParser.isLetterASCII(s[end + 1]) || s[end + 1] >= 0xC0 else { return nil }
    var lineEnd = end
    let limit = min(s.count, end + 1600)
    while lineEnd < limit, s[lineEnd] != 0x0A { lineEnd += 1 }
    return LazyFoldedWindow.with(s, from: end, to: r.scalarStart(lineEnd), backward: false) { r.dateAfterLongTitle(in: $0, symbolYear: symbolYear) }
}

/// The byte tests before the title-date walks never turn away a date the walks would read.
@Test func titleDateByteTestsMatchReference() {
    let pieces = [" ngày", " Ngày", " NGÀY", " ngáy", "ngày", " nga", " ngay", " ñgày", " ṅgày", " nğày", " ngàyx", "xngày", " ngà y",
                  " 15/01/2018", " 01 tháng 7 năm 2020", " 5", " của Bộ", " Quy định", " hướng dẫn", " trong", " hành",
                  "(", ")", ".", ". Ngày", ".  a", ";", ",", " ", "\n", "\t", " từ", " kể từ", " có hiệu lực", "…", "Đ", " 67/2011/NĐ-CP",
                  " Thông tư", " năm", " N", " G"]
    var mix = PieceMixer(state: 77)
    var dates = 0, checked = 0
    for _ in 0..<2500 {
        let text = mix.text(pieces, count: 1 + mix.next(14))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) {
                let t = r.dateAfterTitle(from: end)
                #expect(t == referenceDateAfterTitle(r, from: end), "\(text) at \(end)")
                for year in [nil, 2018] {
                    let l = r.dateAfterLongTitle(from: end, symbolYear: year)
                    #expect(l == referenceDateAfterLongTitle(r, from: end, symbolYear: year), "\(text) at \(end)")
                    if l != nil { dates += 1 }
                }
                if t != nil { dates += 1 }
                checked += 1
            }
        }
    }
    #expect(checked > 20_000 && dates > 500)
}

/// The byte tests before the suffix walk never turn away a suffix the walk would read: the same fields as the
/// walk on every window.
@Test func suffixByteTestsMatchWalk() {
    let pieces = [" có hiệu lực", " của Chính phủ", " cua UBND tinh Son La", " Của Bộ Tài chính", " ngày 5/6/2020", " Ngày 01 tháng 7 năm 2019",
                  " năm 2022", " nam", " dated November 4, 2013", " of the Government", " khóa XI", " khoá", " Khóa", " ko", " nữa",
                  ",", " ", "\n", "\t", "Đa", " đã", " cu", " co", " ng", " na", " of", " oF", " kh", " Nghị định", "(", "x", "ñ", "ú",
                  " tháng 9/2018", " Tháng 9 năm 2018", " thang 9", " theo", " th", " Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XIII",
                  " hoi nghi", " Hội", " (ngày 16/7/2019)", " ( ngày 4/5/2025 )", "(ngày", ")"]
    var mix = PieceMixer(state: 91)
    var read = 0, checked = 0
    for _ in 0..<2500 {
        let text = mix.text(pieces, count: 1 + mix.next(8))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) {
                let a = r.suffix(after: end)
                let b = r.withWindowAfter(end) { r.suffix(end, in: $0) }
                #expect(a.date == b.date && a.yearOnly == b.yearOnly && a.term == b.term && a.end == b.end
                        && a.issuer == b.issuer, "\(text) at \(end)")
                if b.end != end { read += 1 }
                checked += 1
            }
        }
    }
    #expect(checked > 20_000 && read > 2_000)
}
