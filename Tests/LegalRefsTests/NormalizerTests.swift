import Foundation
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

/// Foundation's NFC, the reference `TextNormalizer.composeLatin` must agree with.
private func foundationNFC(_ s: String) -> String {
    s.precomposedStringWithCanonicalMapping
}

@Test func composeLatinAgreesWithFoundationOnEveryCoveredCharacterDecomposed() {
    // Every character of the covered ranges, written decomposed (NFD) and as it is, with a mark after it.
    let ranges: [ClosedRange<UInt32>] = [0x41...0x7A, 0xA0...0x2AF, 0x1E00...0x1EFF, 0x2010...0x205E, 0x20A0...0x20BF, 0x2200...0x22FF]
    var checked = 0
    for r in ranges {
        for v in r {
            guard let u = Unicode.Scalar(v) else { continue }
            for text in [String(Character(u)).decomposedStringWithCanonicalMapping, String(Character(u)) + "\u{323}\u{301}",
                         String(Character(u)).decomposedStringWithCanonicalMapping + "\u{309}"] {
                var out: [UInt8] = []
                let bytes = Array(text.utf8)
                let handled = bytes.withUnsafeBufferPointer { TextNormalizer.composeLatin($0, into: &out) }
                guard handled else { continue }
                checked += 1
                #expect(out == Array(foundationNFC(text).utf8), "U+\(String(v, radix: 16)) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
    #expect(checked > 2_000)
}

@Test func composeLatinAgreesWithFoundationOnRandomMarkSequences() {
    // Vietnamese letters and other covered characters, followed by zero to three marks of U+0300–U+036F in any order.
    let starters: [Unicode.Scalar] = ["a", "A", "e", "o", "u", "y", "d", "n", " ", "1", "â", "ơ", "ư", "Ư", "ă", "ê", "ô", "ạ", "ế",
                                      "ộ", "ữ", "Đ", "đ", "ç", "ø", "æ", "ı", "ʼ", "–", "≠", "<", "=", "Ấ", "ự", "ǖ", "ȫ"]
    var state: UInt64 = 17
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var handledCount = 0
    for _ in 0..<20_000 {
        var text = ""
        for _ in 0..<(1 + next(4)) {
            text.unicodeScalars.append(starters[next(starters.count)])
            for _ in 0..<next(4) { text.unicodeScalars.append(Unicode.Scalar(0x300 + UInt32(next(0x70)))!) }
        }
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        let handled = bytes.withUnsafeBufferPointer { TextNormalizer.composeLatin($0, into: &out) }
        if handled {
            handledCount += 1
            #expect(out == Array(foundationNFC(text).utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Whichever way it goes, the normalizer's NFC is Foundation's.
        // (Bytes compared: `==` on Strings holds for any canonically equivalent pair.)
        let nfc = bytes.withUnsafeBufferPointer { TextNormalizer.nfc($0) }
        #expect(Array(nfc.utf8) == Array(foundationNFC(text).utf8))
    }
    #expect(handledCount > 10_000)
}
