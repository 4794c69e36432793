import Foundation
import Testing
@testable import LegalRefs

/// `ContextReader.kindWord` without the tail gate: every type word ending in the last character, longest first.
private func referenceKindWord(_ w: LazyFoldedWindow, endingAt end: Int) -> (String, Int, Bool)? {
    guard w.has(end - 1) else { return nil }
    let kindWords = Vocabulary.shared.kindWords
    for (index, kw) in kindWords.enumerated() where kw.word.last == w[end - 1] {
        let st = end - kw.word.count
        guard w.has(st) else { continue }
        guard w.hasWord(kw.word, at: st) || (!w.has(end) && w.hasWordPrefixGlued(kw.word, at: st)) else { continue }
        if Words.kindWordIsAbbreviation[index] {
            guard (st..<end).allSatisfy({ w.isUpper($0) }) else { continue }
            return (kw.kind, st, true)
        }
        return (kw.kind, st, false)
    }
    return nil
}

/// `Words.endsTrap` without the tail gate: any trap word ending at `k`.
private func referenceEndsTrap(_ w: LazyFoldedWindow, at k: Int) -> Bool {
    guard w.has(k - 1) else { return false }
    return Words.traps.contains { $0.last == w[k - 1] && w.hasWord($0, endingAt: k) }
}

private let tailPieces = ["Nghị định ", "nghị định", "Quyết định ", "quy định ", "định ", "NĐ", "QĐ ", "nd ", "Thông tư ", "tư ",
                          "từ ", "liên tịch ", "Bản án hình sự sơ thẩm ", "phúc thẩm ", "thẩm ", "giám đốc thẩm ", "văn bản ",
                          "bản ", "Luật ", "Bộ luật ", "luật ", "Lệnh ", "lệnh ", "Decree ", "Circular ", "Mẫu số ", "mẫu ",
                          "biển số ", "số ", "Số ", "so ", "lớp ", "hẻm ", "ISO ", "TCVN ", "thửa đất số ", "đất ", "tờ bản đồ ",
                          "đồ ", "mã số thuế ", "thuế ", "hợp đồng ", "đồng ", "12", "127", "/", ":", ". ", ", ", " ", "  ", "\n",
                          "…", "\u{A0}", "của ", "a", "h", "m", "n", "u", "🙂", "Đ", "ĐỊNH "]

@Test func kindWordAndTrapMatchReference() {
    var mix = PieceMixer(state: 41)
    var kinds = 0, traps = 0, checked = 0
    for _ in 0..<200 {
        let text = mix.text(tailPieces, count: 1 + mix.next(12))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let r = ContextReader(s: s)
            for end in scalarStarts(s) {
                // Narrow windows too: a type word cut by the window start.
                for back in [3, 6, 11, 200] {
                    let from = r.scalarStart(end - back)
                    let n = FoldedWindow(s, from: from, to: end).chars.count
                    for e in Set([n, n - 1, n - 2]) where e >= 0 {
                        let new = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in r.kindWord(w, endingAt: w.end - n + e) }
                        let old = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in referenceKindWord(w, endingAt: w.end - n + e) }
                        #expect(new?.0 == old?.0 && new?.1 == old?.1 && new?.2 == old?.2, "\(text.debugDescription) \(from)..<\(end) at \(e)")
                        let newTrap = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in Words.endsTrap(w, at: w.end - n + e) }
                        let oldTrap = LazyFoldedWindow.with(s, from: from, to: end, backward: true) { w in referenceEndsTrap(w, at: w.end - n + e) }
                        #expect(newTrap == oldTrap, "\(text.debugDescription) \(from)..<\(end) at \(e)")
                        checked += 1
                        if old != nil { kinds += 1 }
                        if oldTrap { traps += 1 }
                    }
                }
            }
        }
    }
    #expect(checked > 20_000)
    #expect(kinds > 1_000)
    #expect(traps > 300)
}
