import Testing
@testable import LegalRefs

// Test oracles shared by several test files: the original versions of code that fast paths replaced,
// and a seeded generator, so that one copy of each serves every equivalence test.

/// A small deterministic generator (SplitMix64): the same inputs on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A deterministic mix of the pieces that normalization and the scanners care about.
struct PieceMixer {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    mutating func text(_ pieces: [String], count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += pieces[next(pieces.count)] }
        return s
    }
}

/// Byte offsets of the scalar starts of `s` (and its end).
func scalarStarts(_ s: UnsafeBufferPointer<UInt8>) -> [Int] {
    (0...s.count).filter { $0 == s.count || s[$0] & 0xC0 != 0x80 }
}

/// `VietFold.words(_:from:to:into:)` as it was before its run of lower-case ASCII letters: one scalar a step.
func referenceFoldWords(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, capacity: Int) -> [FoldWord] {
    var out: [FoldWord] = []
    let t = VietFold.table
    var i = from
    var inWord = false
    var w = FoldWord(start: 0, end: 0, hash: 0, flags: 0)
    var letters = 0
    while i < to {
        let b0 = p[i]
        let e: UInt16
        let len: Int
        if b0 < 0x80 { e = t[Int(b0)]; len = 1 } else {
            let (s, l) = VietFold.decode(p, i, to)
            e = s < 0x1F00 ? t[Int(s)] : 0; len = l
        }
        if e != 0 {
            if !inWord {
                inWord = true
                w = FoldWord(start: i, end: i, hash: VietFold.fnvBasis, flags: FoldWord.ascii | FoldWord.allUpper | FoldWord.allDigits)
                letters = 0
            }
            if e & VietFold.markBit == 0 {
                let base = UInt8(truncatingIfNeeded: e)
                w.hash = (w.hash ^ UInt64(base)) &* VietFold.fnvPrime
                if base < 0x3A { w.flags |= FoldWord.hasDigit } else {
                    w.flags &= ~FoldWord.allDigits
                    letters += 1
                    if e & VietFold.upperBit != 0 {
                        if letters == 1 && w.flags & FoldWord.hasDigit == 0 { w.flags |= FoldWord.firstUpper }
                    } else {
                        w.flags &= ~FoldWord.allUpper
                        w.flags |= FoldWord.hasLower
                    }
                }
            }
            if len > 1 { w.flags &= ~FoldWord.ascii }
        } else if inWord {
            inWord = false
            w.end = i
            if letters == 0 { w.flags &= ~FoldWord.allUpper }
            out.append(w)
            if out.count >= capacity { return out }
        }
        i += len
    }
    if inWord, out.count < capacity {
        w.end = to
        if letters == 0 { w.flags &= ~FoldWord.allUpper }
        out.append(w)
    }
    return out
}


/// `PhraseTable.match` as it was before its flat arrays of word counts and hashes: each candidate row
/// read through its entry, hashes compared on the entry's words.
func referencePhraseMatch<P>(_ t: PhraseTable<P>, _ p: UnsafeBufferPointer<UInt8>, _ w: [FoldWord], at k: Int, limit: Int? = nil,
                             loose: Bool = false, ascii: Bool = true) -> (entry: PhraseTable<P>.Entry, next: Int)? {
    let n = min(limit ?? w.count, w.count)
    guard k >= 0, k < n else { return nil }
    guard let group = t.group(w[k].hash) else { return nil }
    for slot in group {
        let entry = t.entries[t.order[slot]]
        let count = entry.words.count
        if k + count > n { continue }
        var found = true
        for j in 1..<max(1, count) where w[k + j].hash != entry.words[j].hash { found = false; break }
        if found {
            for j in 0..<count {
                if j > 0, !VietFold.softGap(p, w[k + j - 1].end, w[k + j].start) { found = false; break }
                if !VietFold.matches(p, w[k + j], entry.words[j], loose: loose, ascii: ascii) { found = false; break }
            }
        }
        if found { return (entry, k + count) }
    }
    return nil
}
