import Testing
@testable import LegalRefs

/// `laws` as it was built before the commas were dropped on the fold's bytes: a filter over Characters.
@Test func lawTableEqualsCharacterFilterBuild() {
    let old: [(name: [UInt8], year: Int, id: String, kind: String)] = TableText.rows(lawTitleTableText, keepEmpty: false).flatMap { r -> [([UInt8], Int, String, String)] in
        guard r.count >= 4, let y = Int(r[2].prefix(4)) else { return [] }
        let name = Fold.string(r[1])
        let bare = String(name.filter { $0 != "," })
        return (bare == name ? [name] : [name, bare]).map { (Array($0.utf8), y, r[3], r[0]) }
    }.sorted { $0.0.count > $1.0.count }
    let laws = NamedReferences.laws
    #expect(laws.count == old.count)
    #expect(laws.contains { $0.name.contains(0x2C) }, "some names keep their commas, with a bare twin")
    for (law, o) in zip(laws, old) {
        #expect(law.name == o.name && law.year == o.year && law.id == o.id && law.kind == o.kind)
    }
}

/// `version(of:year:)` finds what `laws.first(where:)` found, for every law and every year in the table.
@Test func lawVersionEqualsLinearSearch() {
    let laws = NamedReferences.laws
    let years = Set(laws.map(\.year)).sorted() + [1945, 2100]
    var found = 0
    for index in laws.indices {
        for y in years {
            // Rows that carry their day answer only for that day.
            let want = laws.firstIndex { $0.year == y && $0.isCode == laws[index].isCode && $0.name == laws[index].name && $0.passed == nil }
            #expect(NamedReferences.version(of: index, year: y) == want)
            if let day = laws[index].passed, y == laws[index].year {
                #expect(NamedReferences.version(of: index, year: y, date: day).map { laws[$0].id } == laws[index].id)
            }
            if want != nil { found += 1 }
        }
    }
    #expect(found >= laws.filter { $0.passed == nil }.count)
}

/// `insideAmendmentTitle(before:)` as it was: the clause folded forward whole, the last `sửa đổi` or `căn cứ` deciding.
private func referenceInsideAmendmentTitle(_ ctx: ContextReader, before start: Int) -> Bool {
    let s = ctx.s
    var a = start
    let floor = max(0, start - 240)
    while a > floor {
        let b = s[a - 1]
        if b == 0x3B || b == 0x2E || b == 0x28 || b == 0x29 || b == 0x0A && a >= 2 && s[a - 2] == 0x0A { break }
        a -= 1
    }
    a = ctx.scalarStart(a)
    guard start - a >= NamedReferences.suaDoi.count else { return false }
    return ctx.withWindowAfter(a, bytes: start - a) { w -> Bool in
        var amends = false
        var k = 0
        while w.has(k) {
            if w.hasWord(NamedReferences.suaDoi, at: k) { amends = true }
            else if w.hasWord(NamedReferences.canCu, at: k) { amends = false }
            k += 1
        }
        return amends
    }
}

/// The backward walk of `insideAmendmentTitle` answers as the forward fold of the whole clause did, at every scalar start
/// of mixed texts (words split and run together, cases, white space runs, clause marks, the 240-byte floor).
@Test func insideAmendmentTitleMatchesForwardFold() {
    let pieces = ["sửa đổi", "Sửa đổi", "SỬA ĐỔI", "sua doi", "sửa  đổi", "sửađổi", "căn cứ", "Căn cứ", "CĂN CỨ", "can cu", "cứ", "căn",
                  " ", "  ", "\n", "\n\n", "\t", ", ", ";", ".", "(", ")", "Luật ", "Đất đai", "bổ sung ", "một số điều của ",
                  "12/2020", "x", "ư", "ỏ", "…", "\u{A0}", "ngày 14 tháng 6 năm 2019 ", "Nghị định số 15/2018/NĐ-CP "]
    var mix = PieceMixer(state: 41)
    var yes = 0, no = 0
    for _ in 0..<300 {
        let text = mix.text(pieces, count: 1 + mix.next(60))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let ctx = ContextReader(s: s)
            for start in scalarStarts(s) {
                let want = referenceInsideAmendmentTitle(ctx, before: start)
                #expect(ctx.insideAmendmentTitle(before: start) == want, "\(text) before \(start)")
                if want { yes += 1 } else { no += 1 }
            }
        }
    }
    #expect(yes > 500 && no > 500)
}

/// The binary search of `lawsWithFirstWord` finds what the dictionary `lawsByFirstWord` holds, for every key in it, keys
/// next to them and keys of words no law opens with; `firstWordKey` packs as the bytes' prefix did.
@Test func lawsWithFirstWordMatchesDictionary() {
    let table = NamedReferences.lawsByFirstWord
    var keys = Array(table.keys)
    keys += keys.flatMap { [$0 &+ 1, $0 &- 1] } + [0, UInt64.max]
    for word in ["luat", "to", "dat", "xyz", "a", "chuyengiao", "bo", "hinh"] {
        Array(word.utf8).withUnsafeBufferPointer { w in
            var old: UInt64 = 0
            for b in w.prefix(8) { old = old << 8 | UInt64(b) }
            old |= UInt64(w.count) << 60
            #expect(NamedReferences.firstWordKey(w) == old)
            keys.append(old)
        }
    }
    var hits = Set<UInt64>()
    for key in keys {
        #expect(NamedReferences.lawsWithFirstWord(key) == table[key], "\(key)")
        if table[key] != nil { hits.insert(key) }
    }
    #expect(hits.count == table.count && hits.count > 20)
}
