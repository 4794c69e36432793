import Testing
@testable import LegalRefs

/// The vocabulary tables are read on bytes at start-up; these tests rebuild them the old,
/// straightforward way (Character-level `split`, `lowercased()`) and require the same entries,
/// compared byte for byte (String `==` would accept a different Unicode normalization).
@Suite("Table set-up")
struct TableSetupTests {
    // MARK: The old readers

    static func trimmed(_ s: Substring) -> String {
        var s = s
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    static func oldRows(_ text: String, keepEmpty: Bool) -> [[String]] {
        text.split(separator: "\n").map { line in
            line.split(separator: "|", omittingEmptySubsequences: !keepEmpty).map { trimmed($0) }
        }
    }

    static func oldBodyRows() -> [(String, IssuerBody)] {
        var rows: [(String, IssuerBody)] = []
        var seen: [String: Int] = [:]
        func add(_ surface: String, _ body: IssuerBody) {
            let key = surface.lowercased()
            if let i = seen[key] { rows[i] = (surface, body) } else { seen[key] = rows.count; rows.append((surface, body)) }
        }
        var firstCode: [String: String] = [:]
        for cols in oldRows(issuerTableText, keepEmpty: true) {
            guard cols.count >= 3 else { continue }
            let (code, name, level) = (cols[0], cols[1], cols[2])
            if firstCode[name] != nil { continue }
            firstCode[name] = code
            let partyLocal = level == "party" && IssuerVocabulary.partyLocalCodes.contains(code)
            add(name, IssuerBody(name: name, code: code, takesLocality: level == "local" || partyLocal,
                                 takesBarePlace: partyLocal, impliedUnit: nil, english: false))
        }
        for cols in oldRows(issuerVariantTableText, keepEmpty: true) {
            guard cols.count >= 4 else { continue }
            let flags = cols[3].split(separator: " ").map(String.init)
            let unit = flags.first { $0.hasPrefix("U=") }.map { String($0.dropFirst(2)).replacingAll(of: "_", with: " ") }
            add(cols[0], IssuerBody(name: cols[1], code: cols[2].isEmpty ? nil : cols[2],
                                    takesLocality: flags.contains("L"), takesBarePlace: flags.contains("P"),
                                    impliedUnit: unit, english: flags.contains("E")))
        }
        return rows
    }

    // MARK: Byte-exact comparison

    static func bytes(_ s: String?) -> [UInt8]? { s.map { Array($0.utf8) } }
    static func bytes(_ rows: [[String]]) -> [[[UInt8]]] { rows.map { $0.map { Array($0.utf8) } } }
    static func bytes(_ b: IssuerBody) -> [[UInt8]?] {
        [bytes(b.name), bytes(b.code), bytes(b.impliedUnit), [b.takesLocality ? 1 : 0, b.takesBarePlace ? 1 : 0, b.english ? 1 : 0]]
    }

    static let texts: [(String, String)] = [
        ("type", typeTableText), ("kind words", kindWordTableText), ("issuer", issuerTableText),
        ("issuer variants", issuerVariantTableText), ("header type lines", headerTypeLineTableText),
        ("places", placeTableText), ("law titles", lawTitleTableText), ("plenums", plenumTableText),
    ]

    @Test("the byte reader splits every table as split(separator:) and trimming did")
    func rowsMatchSplit() {
        for (name, text) in Self.texts {
            for keepEmpty in [false, true] {
                let new = TableText.rows(text, keepEmpty: keepEmpty)
                #expect(!new.isEmpty, "\(name)")
                #expect(Self.bytes(new) == Self.bytes(Self.oldRows(text, keepEmpty: keepEmpty)), "\(name) keepEmpty: \(keepEmpty)")
            }
        }
    }

    @Test("the shared issuer and type rows hold no empty piece, so every reader may use them")
    func sharedRows() {
        #expect(Self.bytes(TableText.issuerRows) == Self.bytes(Self.oldRows(issuerTableText, keepEmpty: true)))
        #expect(Self.bytes(TableText.issuerRows) == Self.bytes(Self.oldRows(issuerTableText, keepEmpty: false)))
        #expect(Self.bytes(TableText.typeRows) == Self.bytes(Self.oldRows(typeTableText, keepEmpty: false)))
        #expect(TableText.issuerRows.count == 128 && TableText.typeRows.count == 57)
        #expect(TableText.issuerRows.first == ["QH", "Quốc hội", "central"])
        #expect(TableText.typeRows.last == ["HDLT", "Hướng dẫn", "joint"])
    }

    @Test("type-word cues: the last words of the kind words, as split(separator:) gave them")
    func kindCueWords() {
        var old: Set<String> = ["so", "no", "number"]
        for (word, _) in Vocabulary.shared.kindWords {
            if let last = String(decoding: word, as: UTF8.self).split(separator: " ").last { old.insert(String(last)) }
        }
        #expect(Scan.kindCueWords == old)
        #expect(Scan.kindCueWords.contains("dinh") && Scan.kindCueWords.contains("tu"))
    }

    @Test("edge cases: empty cells, separators at the ends, blank lines, tabs")
    func rowsEdges() {
        let text = "a | b |\n\n|x||y| \n\t c\t|  \n"
        for keepEmpty in [false, true] {
            #expect(TableText.rows(text, keepEmpty: keepEmpty) == Self.oldRows(text, keepEmpty: keepEmpty))
        }
        #expect(TableText.rows(text, keepEmpty: true) == [["a", "b", ""], ["", "x", "", "y", ""], ["c", ""]])
        #expect(TableText.cells("L  P U=thành_phố", separator: 0x20, keepEmpty: false, trim: false) == ["L", "P", "U=thành_phố"])
    }

    @Test("issuer bodies: the same rows, in the same order, as built with split and lowercased()")
    func bodyRows() {
        let new = IssuerVocabulary.bodyRows()
        let old = Self.oldBodyRows()
        #expect(new.count == old.count)
        #expect(new.map { Array($0.0.utf8) } == old.map { Array($0.0.utf8) })
        #expect(new.map { Self.bytes($0.1) } == old.map { Self.bytes($0.1) })
        // Spot checks: a variant that overrides nothing, one with an implied unit.
        #expect(new.contains { $0.0 == "UBND" && $0.1.name == "Ủy ban nhân dân" && $0.1.takesLocality })
        #expect(new.contains { $0.1.impliedUnit == "thành phố" })
        #expect(IssuerVocabulary.bodies.entries.map(\.surface) == new.map(\.0))
    }

    /// `VietFold.pattern` as it was: per word, appended letter by letter.
    static func oldPattern(_ s: String) -> [PatternWord] {
        var s = s
        return s.withUTF8 { p in
            VietFold.words(p, from: 0, to: p.count).map { w in
                var ascii: [UInt8] = [], quality: [UInt8] = []
                var tone: UInt8 = 0
                var i = w.start
                while i < w.end {
                    let (sc, len) = VietFold.decode(p, i, w.end)
                    let e = VietFold.entry(sc)
                    i += len
                    if e & VietFold.markBit != 0 {
                        let q = UInt8((e >> 8) & 7)
                        if q != 0, !quality.isEmpty { quality[quality.count - 1] = q }
                        let t = UInt8((e >> 11) & 7)
                        if t != 0 { tone = t }
                        continue
                    }
                    ascii.append(UInt8(truncatingIfNeeded: e))
                    quality.append(UInt8((e >> 8) & 7))
                    let t = UInt8((e >> 11) & 7)
                    if t != 0 { tone = t }
                }
                return PatternWord(ascii: ascii, quality: quality, tone: tone, hash: w.hash)
            }
        }
    }

    /// The index of `PhraseTable.init` as it was: a dictionary of groups, each sorted on its own.
    static func oldIndex<P>(_ t: PhraseTable<P>) -> (order: [Int], slots: [UInt64], groups: [Range<Int>]) {
        let entries = t.entries
        var groups: [UInt64: [Int]] = [:]
        var keys: [UInt64] = []
        for (n, e) in entries.enumerated() {
            if groups[e.words[0].hash] == nil { keys.append(e.words[0].hash) }
            groups[e.words[0].hash, default: []].append(n)
        }
        var order: [Int] = []
        var index: [UInt64: Range<Int>] = [:]
        for key in keys {
            let g = groups[key]!.sorted { (entries[$0].words.count, -$0) > (entries[$1].words.count, -$1) }
            index[key] = order.count..<(order.count + g.count)
            order += g
        }
        var size = 8
        while size < keys.count * 3 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var slotGroups = [Range<Int>](repeating: 0..<0, count: size)
        for key in keys {
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = key == 0 ? 1 : key
            slotGroups[i] = index[key]!
        }
        return (order, slots, slotGroups)
    }

    static func checkTable<P>(_ t: PhraseTable<P>, _ name: String) {
        #expect(t.entries.allSatisfy { $0.words == oldPattern($0.surface) }, "\(name): pattern words")
        let old = oldIndex(t)
        #expect(t.order == old.order, "\(name): order")
        #expect(t.slots == old.slots, "\(name): slots")
        #expect(t.slotGroups == old.groups, "\(name): groups")
    }

    @Test("phrase tables: the same pattern words and index as built the old way")
    func phraseTables() {
        Self.checkTable(IssuerVocabulary.bodies, "bodies")
        Self.checkTable(IssuerVocabulary.stops, "stops")
        Self.checkTable(IssuerVocabulary.heads, "heads")
        Self.checkTable(Places.nameTable, "place names")
        Self.checkTable(Places.townTable, "towns")
        Self.checkTable(HeaderVocabulary.typeLines, "type lines")
        Self.checkTable(HeaderVocabulary.signatureTitles, "signature titles")
        // Rows under one first word: longest first, then in table order.
        let t = PhraseTable([("Hội nghị", 0), ("Hội nghị Trung ương lần thứ", 1), ("Hội nghị Trung ương", 2), ("hội", 3)])
        Self.checkTable(t, "plenum-like")
        #expect(t.group(t.entries[0].words[0].hash).map { $0.map { t.order[$0] } } == [1, 2, 0, 3])
        // A phrase with decomposed marks (quality and tone after the letter) folds as before.
        #expect(VietFold.pattern("Thu\u{031B}\u{0309}a Thie\u{0302}n") == Self.oldPattern("Thu\u{031B}\u{0309}a Thie\u{0302}n"))
        #expect(VietFold.pattern("Thừa Thiên") .map(\.ascii) == [Array("thua".utf8), Array("thien".utf8)])
    }

    @Test("provinces: the same rows as read with split")
    func provinces() {
        let old: [[[UInt8]?]] = Self.oldRows(placeTableText, keepEmpty: true).compactMap { c in
            guard c.count >= 7 else { return nil }
            func list(_ s: String) -> [[UInt8]?] { s.split(separator: ";").map { Self.trimmed($0) }.filter { !$0.isEmpty }.map { Self.bytes($0) } }
            return [Self.bytes(c[0]), Self.bytes(c[1]), Self.bytes(c[2]), Self.bytes(c[3]), Self.bytes(c[4])] + [nil] + list(c[5]) + [nil] + list(c[6])
        }
        let new: [[[UInt8]?]] = Places.all.map { p in
            [Self.bytes(p.name), Self.bytes(p.unit), Self.bytes(p.from ?? ""), Self.bytes(p.until ?? ""), Self.bytes(p.successor ?? "")]
                + [nil] + p.towns.map { Self.bytes($0) } + [nil] + p.spellings.map { Self.bytes($0) }
        }
        #expect(new == old)
        #expect(Places.all.count == old.count)
    }
}
