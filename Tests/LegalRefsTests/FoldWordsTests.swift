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

@Test func foldedWordsMatchScalarFolderOnASCIIRuns() {
    // The run loops for lower-case and capital ASCII letters: long and short runs of each case, runs that
    // turn case or meet a digit or a Vietnamese letter (NFC and decomposed) mid-word, gaps of one space
    // or several bytes, newlines, and invalid bytes, cut at random ends (a run stopping at `to`).
    let runs = ["a", "ng", "nghieng", "quyetdinhso", "Q", "UBND", "CONGHOAXAHOICHUNGHIA", "tP", "Hn", "abcDEF", "xyzXYZabc",
                "ti\u{1EC9}nh", "TH\u{1EE6}", "\u{111}\u{1ED3}ng", "Ho\u{300}a", "vi\u{EA}\u{323}t", "sa7", "2019abc", "ABC12de",
                "\u{1EA0}bc", "ab\u{C3}", "cd\u{E1}\u{BA}", "\u{80}ef", "gh\u{FF}ij", "~", "`", "{", "@", "[", "_"]
    let gaps = [" ", " ", " ", "  ", "\n", ", ", "-", "/", ".", "\t", "\r\n", "\u{A0}", "…", ""]
    var rng = SplitMix(state: 17)
    for _ in 0..<400 {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            for _ in 0..<Int.random(in: 1...3, using: &rng) { bytes += Array(runs.randomElement(using: &rng)!.utf8) }
            if Int.random(in: 0..<10, using: &rng) == 0 { bytes.append(UInt8.random(in: 0x80...0xFF, using: &rng)) }
            bytes += Array(gaps.randomElement(using: &rng)!.utf8)
        }
        compareFolds(bytes, rng: &rng)
    }
}

@Test func lowercasedBytesMatchScalarLowering() {
    // The in-place lowering against the scalar-by-scalar one: Vietnamese letters of both cases (NFC and
    // decomposed), ASCII, neighbours of the Vietnamese blocks, and invalid bytes (cut sequences, stray
    // continuation bytes that decode as capitals), with and without the first letter kept.
    let letters = Array("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ".unicodeScalars)
    var pool: [[UInt8]] = (letters.map { String($0) } + letters.map { String($0).uppercased() }).map { Array($0.utf8) }
    pool += ["A", "Z", "@", "[", "q", "7", " ", "\u{300}", "\u{1EFA}", "\u{1F00}", "ß", "Ω", "😀", "Ð", "ÿ"].map { Array($0.utf8) }
    pool += [[0x81, 0x81], [0x81], [0xC3], [0xE1, 0xBA], [0xE1], [0xBF, 0x80], [0xF0, 0x9F]]
    var rng = SplitMix(state: 19)
    for _ in 0..<600 {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...12, using: &rng) { bytes += pool.randomElement(using: &rng)! }
        bytes.withUnsafeBufferPointer { p in
            let a = Int.random(in: 0..<p.count, using: &rng), b = Int.random(in: a...p.count, using: &rng)
            for cap in [false, true] {
                var fast: [UInt8] = [0x2D], slow: [UInt8] = [0x2D]
                VietFold.appendLowercased(p, a, b, into: &fast, capitalizeFirst: cap)
                VietFold.appendLowercasedByScalar(p, a, b, into: &slow, capitalizeFirst: cap)
                #expect(fast == slow, "\(bytes[a..<b])")
            }
        }
    }
}
