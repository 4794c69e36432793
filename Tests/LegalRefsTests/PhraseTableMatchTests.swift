import Testing
@testable import LegalRefs

/// Text built from a table's own rows (as written, upper-cased, without diacritics, cut short), with
/// other words and gaps between them: every position is matched by `match` and by the reference loop.
private func compareMatches<P>(_ t: PhraseTable<P>, _ name: String, seed: UInt64) {
    var rng = SplitMix(state: seed)
    let surfaces = t.entries.map(\.surface)
    let others = ["của", "tỉnh", "Sơn La", "Bộ", "ỦY", "ban", "năm", "2020", "Hà Nội", "và", "Ủy ban", "Trung ương", "the", "khóa"]
    let gaps = [" ", "  ", "\n", ", ", " - ", "/", ". ", ";"]
    var checked = 0, hits = 0
    for _ in 0..<12 {
        var s = ""
        for _ in 0..<30 {
            var piece = Bool.random(using: &rng) ? surfaces.randomElement(using: &rng)! : others.randomElement(using: &rng)!
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: piece = piece.uppercased()
            case 1: piece = VietFold.asciiKey(piece)
            case 2: piece = String(piece.split(separator: " ").dropLast().joined(separator: " "))
            default: break
            }
            s += piece + gaps.randomElement(using: &rng)!
        }
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { p in
            let w = VietFold.words(p, from: 0, to: p.count)
            for k in 0..<w.count {
                for limit in [nil, Optional(min(w.count, k + 2))] {
                    for (loose, ascii) in [(false, true), (true, true), (false, false)] {
                        let got = t.match(p, w, at: k, limit: limit, loose: loose, ascii: ascii)
                        let want = referencePhraseMatch(t, p, w, at: k, limit: limit, loose: loose, ascii: ascii)
                        #expect(got?.entry === want?.entry && got?.next == want?.next, "\(name) at word \(k)")
                        checked += 1
                        if want != nil { hits += 1 }
                    }
                }
            }
        }
    }
    #expect(checked > 500)
    #expect(hits > 0, "\(name): the generated text matches some rows")
}

@Test func phraseTableMatchEqualsReferenceLoop() {
    compareMatches(IssuerVocabulary.bodies, "bodies", seed: 1)
    compareMatches(IssuerVocabulary.titles, "titles", seed: 2)
    compareMatches(IssuerVocabulary.heads, "heads", seed: 3)
    compareMatches(Places.nameTable, "places", seed: 4)
    compareMatches(HeaderVocabulary.typeLines, "typeLines", seed: 5)
    compareMatches(HeaderVocabulary.metaLabels, "metaLabels", seed: 6)
    compareMatches(IssuerVocabulary.plenum, "plenum", seed: 7)
}
