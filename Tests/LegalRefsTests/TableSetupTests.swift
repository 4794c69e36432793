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
        #expect(TableText.issuerRows.count == 119 && TableText.typeRows.count == 50)
        #expect(TableText.issuerRows.first == ["QH", "Quốc hội", "central"])
        #expect(TableText.typeRows.last == ["TC", "Thông cáo", "state"])
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
