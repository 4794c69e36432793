import Testing
@testable import LegalRefs

/// `SymbolSeps` against the `[UInt8]` it replaced in `RawSymbol`: the same elements after the appends and the
/// trim `SymbolParser.parse` makes, and equal exactly when the arrays are (the resolution cache keys on them).
@Test func symbolSepsMatchesArray() {
    var mix = PieceMixer(state: 11)
    var pairs: [(SymbolSeps, [UInt8])] = []
    for _ in 0..<500 {
        var seps = SymbolSeps(), array: [UInt8] = []
        for _ in 0..<mix.next(8) {
            let b: UInt8 = mix.next(2) == 0 ? 0x2D : 0x2F
            seps.append(b); array.append(b)
        }
        let drop = mix.next(array.count + 1)
        seps.removeLast(drop); array.removeLast(drop)
        #expect(Array(seps) == array)
        #expect(seps.count == array.count && seps.first == array.first)
        pairs.append((seps, array))
    }
    for k in 0..<pairs.count - 1 {
        let (a, b) = (pairs[k], pairs[k + 1])
        #expect((a.0 == b.0) == (a.1 == b.1), "\(a.1) vs \(b.1)")
        if a.0 == b.0 { #expect(a.0.hashValue == b.0.hashValue) }
    }
    #expect(SymbolSeps(arrayLiteral: 0x2D, 0x2F) == { var s = SymbolSeps(); s.append(0x2D); s.append(0x2F); return s }())
}
