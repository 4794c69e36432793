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
