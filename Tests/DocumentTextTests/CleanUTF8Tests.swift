import Testing
import LegalRefs
@testable import DocumentText

/// What `DocumentReader` gave for plain text before the fast path: the full decoder, then the normalizer.
private func fullDecoder(_ bytes: [UInt8]) -> Result<(String, String), DocumentTextError> {
    do {
        let d = try VietnameseDecoder.decode(bytes)
        return .success((TextNormalizer.normalize(d.text), d.encoding))
    } catch { return .failure(error) }
}

private let pieces = ["Nghị định số ", "127/2018/NĐ-CP", "cũng ", "Cà Mau ", "abc ", "12", "°C", "m²", "±", "»", "\u{AD}", "\u{A0}",
                      "\r\n", "\n", "\n", "–", "—", "\u{FEFF}", "Ð", "e\u{301}", "™", "€", "†", "Š", "ƒ", "ˆ", "\u{2212}",
                      "NghÞ ®Þnh sè ", "Quyeát ñònh soá ", "Quyáº¿t Ä‘á»‹nh ", "\u{1E}", "\u{1F}", "\t", "\u{0B}", "\u{7}",
                      "ơ ư ", "…", "“x”", "ổ", "🙂", "\u{0C}"]

@Test func cleanUTF8FastPathMatchesFullDecoder() {
    var state: UInt64 = 1
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for round in 0..<1500 {
        var bytes: [UInt8] = []
        if round % 7 == 0 { bytes += [0xEF, 0xBB, 0xBF] }
        for _ in 0..<(1 + round % 25) { bytes += Array(pieces[next(pieces.count)].utf8) }
        if round % 11 == 0 { bytes.insert(0xFF, at: next(bytes.count)) }           // invalid UTF-8
        if round % 13 == 0 { bytes.append(0xE1) }                                  // truncated sequence
        let expected = fullDecoder(bytes)
        let got = Result { () throws(DocumentTextError) -> LoadedDocument in try DocumentReader.read(bytes: bytes, name: "a.txt") }
        switch (expected, got) {
        case (.success(let e), .success(let g)):
            #expect(g.text == e.0, "\(bytes)")
            #expect(g.encoding == e.1, "\(bytes)")
        case (.failure(let e), .failure(let g)):
            #expect(e == g)
        default:
            Issue.record("fast path and full decoder disagree on \(bytes)")
        }
    }
}
