import Foundation
import Testing
@testable import LegalRefs

/// Texts to fold: the repository's plain-text fixtures and synthetic Vietnamese with runs of white
/// space, punctuation, `…` and scalars outside the fold table.
private func foldTexts() -> [[UInt8]] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var texts: [[UInt8]] = []
    for path in ["fixtures/so-gddt-son-la-2019.txt", "fixtures/graph/nd-127-2018-cp.txt", "fixtures/graph/nq-51-2017-qh14.txt",
                 "fixtures/graph/qd-1744-ubnd-son-la-2019.txt"] {
        if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
            texts.append(Array(String(decoding: data, as: UTF8.self).utf8))   // valid UTF-8, as normalized text is
        }
    }
    let pieces = ["Nghị định", " ", "  ", "\n", "\t", " \n\t ", "số", "01/2021/NĐ-CP", "ngày", "Điều 5", "khoản 2", ",", ".", ":",
                  "(", ")", "…", "Ủy ban nhân dân", "ĐẢNG", "căn cứ", "Căn Cứ", "𝔸", "😀", "—", "„", "ß", "ſ", "Ω", "ꙮ", "x",
                  "\u{1F00}", "\u{0301}", "Bộ luật", "Luật", "TCVN", "a", "Ự"]
    var rng = SplitMix(state: 42)
    for _ in 0..<40 {
        var s = ""
        for _ in 0..<Int.random(in: 0...120, using: &rng) { s += pieces.randomElement(using: &rng)! }
        texts.append(Array(s.utf8))
    }
    return texts
}

/// Checks a lazy window on `s[from..<to]` against the eagerly folded `FoldedWindow` of the same bytes,
/// reading its positions in the order `order` gives (so the fold is extended in many patterns).
private func checkWindow(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, backward: Bool, rng: inout SplitMix) {
    let oracle = FoldedWindow(s, from: from, to: to)
    let n = oracle.chars.count
    let words: [[UInt8]] = (0..<6).compactMap { _ in
        guard n > 0 else { return nil }
        let a = Int.random(in: 0..<n, using: &rng)
        return Array(oracle.chars[a..<min(n, a + Int.random(in: 1...6, using: &rng))])
    } + [Array("so".utf8), Array("dieu".utf8), Array(" ".utf8)]
    LazyFoldedWindow.with(s, from: from, to: to, backward: backward) { w in
        // Index `d + k` of the lazy window is index `k` of the full fold.
        let d = backward ? w.end - n : 0
        var order = Array(0..<n)
        order.shuffle(using: &rng)
        // Start with a probe far from the end the fold starts at, some of the time.
        if Bool.random(using: &rng), n > 0 { order.insert(backward ? 0 : n - 1, at: 0) }
        for k in order {
            #expect(w.has(d + k))
            #expect(w[d + k] == oracle.chars[k])
            #expect(w.offset(d + k) == oracle.offset(k))
            #expect(w.isUpper(d + k) == oracle.upper[k])
            for word in words where Int.random(in: 0..<4, using: &rng) == 0 {
                #expect(w.hasWord(word, at: d + k) == oracle.hasWord(word, at: k))
                #expect(w.hasWord(word, endingAt: d + k) == oracle.hasWord(word, endingAt: k))
            }
        }
        #expect(!w.has(d - 1))
        #expect(!w.has(d + n))
        #expect(w.offset(d + n) == to)
        for word in words {
            #expect(w.hasWord(word, at: d + n - word.count) == oracle.hasWord(word, at: n - word.count))
            #expect(w.hasWord(word, at: d) == oracle.hasWord(word, at: 0))
        }
    }
}

@Test("a window folded on demand, forward or backward, equals the full forward fold")
func lazyWindowsMatchTheFullFold() {
    var rng = SplitMix(state: 7)
    for text in foldTexts() {
        text.withUnsafeBufferPointer { s in
            let reader = ContextReader(s: s)
            for _ in 0..<min(150, 20 + s.count / 50) {
                let a = reader.scalarStart(Int.random(in: 0...s.count, using: &rng))
                let b = min(s.count, reader.scalarStart(min(s.count, a + Int.random(in: 0...420, using: &rng))))
                let to = max(a, b)
                checkWindow(s, from: a, to: to, backward: false, rng: &rng)
                checkWindow(s, from: a, to: to, backward: true, rng: &rng)
            }
            // The whole text, and windows at its very start and end.
            if s.count < 1 << 14 {
                checkWindow(s, from: 0, to: s.count, backward: true, rng: &rng)
                checkWindow(s, from: 0, to: s.count, backward: false, rng: &rng)
            }
            checkWindow(s, from: 0, to: reader.scalarStart(min(s.count, 200)), backward: true, rng: &rng)
            checkWindow(s, from: reader.scalarStart(s.count - 200), to: s.count, backward: false, rng: &rng)
        }
    }
}

@Test("an empty window has no characters and ends where it starts")
func emptyLazyWindow() {
    let text = Array("Nghị định số 01".utf8)
    text.withUnsafeBufferPointer { s in
        for backward in [false, true] {
            LazyFoldedWindow.with(s, from: 5, to: 5, backward: backward) { w in
                #expect(w.end == 0)
                #expect(!w.has(0) && !w.has(-1))
                #expect(w.offset(0) == 5)
                #expect(!w.hasWord(Array("so".utf8), at: 0))
            }
        }
    }
}

/// The fold of `s[from..<to]` written plainly, one scalar at a time (valid UTF-8): characters and their byte offsets.
private func plainFold(_ s: [UInt8], from: Int, to: Int) -> [(UInt8, Int)] {
    var out: [(UInt8, Int)] = []
    var at = from
    var lastSpace = false
    for u in String(decoding: s[from..<to], as: UTF8.self).unicodeScalars {
        let v = u.value
        if v == 0x20 || v == 0x0A || v == 0x09 {
            if !lastSpace { out.append((0x20, at)) }
            lastSpace = true
        } else {
            let ch: UInt8 = Fold.letter(v) ?? (v < 0x80 ? UInt8(v) : v == 0x2026 ? 0x2E : 0x3F)
            out.append((ch, at))
            lastSpace = false
        }
        at += UTF8.width(u)
    }
    return out
}

/// The backward fold written plainly: a white space run gives one space at its first byte; otherwise scan back
/// over continuation bytes to a lead byte and decode forward. Defined on any bytes, valid UTF-8 or not.
private func scanBackFold(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [(UInt8, Int)] {
    var out: [(UInt8, Int)] = []
    var i = to
    while i > from {
        var p = i - 1
        let b = s[p]
        if b < 0x80 {
            if b == 0x20 || b == 0x0A || b == 0x09 {
                while p > from, [0x20, 0x0A, 0x09].contains(s[p - 1]) { p -= 1 }
                out.append((0x20, p))
            } else {
                out.append((Fold.letter(UInt32(b)) ?? b, p))
            }
        } else {
            while p > from, s[p] & 0xC0 == 0x80 { p -= 1 }
            let v = Fold.decode(s, p).0
            let ch: UInt8 = v == 0x20 || v == 0x0A || v == 0x09 ? 0x20
                : Fold.letter(v) ?? (v < 0x80 ? UInt8(v) : v == 0x2026 ? 0x2E : 0x3F)
            out.append((ch, p))
        }
        i = p
    }
    return out.reversed()
}

/// Random text of ASCII words, Vietnamese letters (NFC and decomposed), runs of spaces, tabs and newlines,
/// digits, punctuation and scalars of every UTF-8 length; with `invalid`, also stray and truncated bytes.
private func mixedText(_ rng: inout SplitMix, invalid: Bool) -> [UInt8] {
    let valid = ["a", "B", "z", "Q", "nghi", "DINH", "so", "01", "2021", "/", "-", ".", ",", "(", ")", ":", ";", "?", "@", "~",
                 " ", " ", "  ", "\t", "\n", " \n ", "\r", "\u{7F}", "\u{1}",
                 "ị", "Đ", "đ", "ư", "Ơ", "ă", "Â", "ê", "ô", "à", "ấ", "Ự", "ỹ", "Ỷ", "ệ",
                 "i\u{0323}", "e\u{0302}\u{0301}", "U\u{031B}\u{0323}", "a\u{0300}", "o\u{0303}",
                 "…", "—", "ß", "Ω", "\u{1F00}", "\u{2028}", "\u{00A0}", "😀", "𝔸", "ꙮ"]
    let bad: [[UInt8]] = [[0x80], [0xBF], [0xC3], [0xE1, 0xBB], [0xE1], [0xF0, 0x9F], [0xFF], [0xC0, 0xA0], [0xE0, 0x80, 0xA0], [0xBB, 0x8B]]
    var out: [UInt8] = []
    for _ in 0..<Int.random(in: 0...60, using: &rng) {
        if invalid, Int.random(in: 0..<6, using: &rng) == 0 { out += bad.randomElement(using: &rng)! }
        else { out += Array(valid.randomElement(using: &rng)!.utf8) }
    }
    return out
}

@Test("windows folded forward and backward from every start and end equal the plain fold, on random mixed text")
func lazyWindowsMatchThePlainFold() {
    var rng = SplitMix(state: 2026)
    for round in 0..<160 {
        let text = mixedText(&rng, invalid: false)
        text.withUnsafeBufferPointer { s in
            let starts = (0...s.count).filter { $0 == s.count || s[$0] & 0xC0 != 0x80 }
            for a in starts {
                for b in starts where b >= a && (round < 40 || Int.random(in: 0..<4, using: &rng) == 0) {
                    let expected = plainFold(text, from: a, to: b)
                    for backward in [false, true] {
                        LazyFoldedWindow.with(s, from: a, to: b, backward: backward) { w in
                            let d = backward ? w.end - expected.count : 0
                            // Read from the far end first half the time, so the fold runs in one go or in steps.
                            let order = Bool.random(using: &rng) ? Array(0..<expected.count) : Array((0..<expected.count).reversed())
                            for k in order {
                                #expect(w.has(d + k) && w[d + k] == expected[k].0 && w.offset(d + k) == expected[k].1)
                            }
                            #expect(!w.has(d - 1) && !w.has(d + expected.count))
                        }
                    }
                }
            }
        }
    }
}

@Test("a backward window equals the scan-back fold on any bytes, invalid UTF-8 too")
func backwardWindowsMatchTheScanBackFold() {
    var rng = SplitMix(state: 99)
    for _ in 0..<300 {
        let text = mixedText(&rng, invalid: true)
        text.withUnsafeBufferPointer { s in
            for a in 0...s.count {
                for b in a...s.count where Int.random(in: 0..<3, using: &rng) == 0 {
                    let expected = scanBackFold(s, from: a, to: b)
                    LazyFoldedWindow.with(s, from: a, to: b, backward: true) { w in
                        let d = w.end - expected.count
                        for k in (0..<expected.count).reversed() {
                            #expect(w.has(d + k) && w[d + k] == expected[k].0 && w.offset(d + k) == expected[k].1)
                        }
                        #expect(!w.has(d - 1))
                    }
                }
            }
        }
    }
}
