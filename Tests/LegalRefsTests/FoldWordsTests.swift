import Foundation
import Testing
@testable import LegalRefs

/// The words the current folder writes for `p[from..<to]` with room for `capacity`.
private func currentWords(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, capacity: Int) -> [FoldWord] {
    withUnsafeTemporaryAllocation(of: FoldWord.self, capacity: capacity) { buf in
        let n = VietFold.words(p, from: from, to: to, into: buf)
        return Array(UnsafeBufferPointer(rebasing: buf[..<n]))
    }
}

/// Compares both folders on `bytes`, whole and cut at random ranges and capacities.
private func compareFolds(_ bytes: [UInt8], rng: inout SplitMix) {
    bytes.withUnsafeBufferPointer { p in
        #expect(currentWords(p, from: 0, to: p.count, capacity: p.count / 2 + 1) ==
                referenceFoldWords(p, from: 0, to: p.count, capacity: p.count / 2 + 1))
        guard !p.isEmpty else { return }
        for _ in 0..<30 {
            let a = Int.random(in: 0..<p.count, using: &rng)
            let b = Int.random(in: a...min(p.count, a + 400), using: &rng)
            let cap = [1, 4, 18, 1_000][Int.random(in: 0..<4, using: &rng)]
            #expect(currentWords(p, from: a, to: b, capacity: cap) == referenceFoldWords(p, from: a, to: b, capacity: cap))
        }
    }
}

@Test func foldedWordsMatchScalarFolderOnFixtures() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var rng = SplitMix(state: 7)
    var seen = 0
    for path in ["fixtures/so-gddt-son-la-2019.txt", "fixtures/graph/nd-127-2018-cp.txt", "fixtures/graph/nq-51-2017-qh14.txt",
                 "fixtures/graph/qd-1744-ubnd-son-la-2019.txt"] {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
        seen += 1
        compareFolds(Array(String(decoding: data, as: UTF8.self).utf8), rng: &rng)
    }
    #expect(seen > 0)
}

@Test func foldedWordsMatchScalarFolderOnGeneratedVietnamese() {
    // Every letter the table knows in both cases, decomposed marks, digits and neighbours of the
    // Vietnamese blocks (Latin Extended Additional beyond U+1EF9, Greek Extended at U+1F00).
    let letters = Array("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ".unicodeScalars)
    var pool: [String] = letters.map { String($0) } + letters.map { String($0).uppercased() }
    pool += ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}", "\u{306}", "\u{302}", "\u{31B}", "ð", "Ð", "ß", "ÿ", "Ā", "ſ",
             "\u{1E00}", "\u{1EFA}", "\u{1EFF}", "\u{1F00}", "Ω", "ꙮ", "😀", "…", "–", "\u{A0}", "0", "7", "b", "Q", "z"]
    let gaps = [" ", "  ", "\n", ", ", "-", "/", "."]
    var rng = SplitMix(state: 11)
    for _ in 0..<300 {
        var s = ""
        for _ in 0..<Int.random(in: 0...40, using: &rng) {
            for _ in 0..<Int.random(in: 1...7, using: &rng) { s += pool.randomElement(using: &rng)! }
            s += gaps.randomElement(using: &rng)!
        }
        compareFolds(Array(s.utf8), rng: &rng)
    }
}

@Test func foldedWordsMatchScalarFolderOnArbitraryBytes() {
    // Not valid UTF-8: stray continuation bytes, cut sequences, E1 leads before ASCII, at range ends.
    let bias: [UInt8] = [0xC3, 0xC4, 0xC6, 0xE1, 0xBA, 0xBB, 0x80, 0xA0, 0xBF, 0x61, 0x41, 0x20, 0x31, 0xCC, 0xF0]
    var rng = SplitMix(state: 13)
    for _ in 0..<400 {
        let bytes: [UInt8] = (0..<Int.random(in: 0...80, using: &rng)).map { _ in
            Bool.random(using: &rng) ? bias.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
        }
        compareFolds(bytes, rng: &rng)
    }
}
