import Testing
@testable import LegalRefs

@Test("normalization folds eth, dashes and spaces", arguments: [
    ("NÐ\u{2011}CP", "NĐ-CP"),
    ("QĐ\u{2013}UBND", "QĐ-UBND"),
    ("số\u{00A0}127", "số 127"),
    ("a\r\nb", "a\nb"),
    ("Nghi\u{0323} đi\u{0323}nh", "Nghị định"),
])
func normalizes(input: String, expected: String) {
    #expect(TextNormalizer.normalize(input) == expected)
}

@Test func compactAtListedRewritesMatchesScanningCompact() {
    let pieces = ["Nghị định ", "abc", "\r\n", "\r", "\n", "\u{A0}", "\u{AD}", "Ð", "ð", "–", "—", "\u{2212}", "\u{2215}", "\u{2028}",
                  "\u{200B}", "\u{2060}", "\u{FEFF}", "／", "－", "\u{1E}", "\u{1F}", "ổ", "“x”", "€", "🙂", "12/2020"]
    var state: UInt64 = 9
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<2000 {
        var text = ""
        for _ in 0..<(1 + next(30)) { text += pieces[next(pieces.count)] }
        let bytes = Array(text.utf8)
        // Every character start that the byte rewrite changes.
        var rewrites: [Int] = []
        var i = 0
        while i < bytes.count {
            let c: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0, d: UInt8 = i + 2 < bytes.count ? bytes[i + 2] : 0
            if TextNormalizer.rewriteLength(bytes[i], c, d, available: bytes.count - i) > 0 { rewrites.append(i) }
            i += bytes[i] < 0xC0 ? 1 : bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4
        }
        var listed = bytes, scanned = bytes
        TextNormalizer.normalize(utf8: &listed, rewrites: rewrites, combining: false)
        TextNormalizer.normalize(utf8: &scanned)
        #expect(listed == scanned, "\(text.debugDescription)")
    }
}
