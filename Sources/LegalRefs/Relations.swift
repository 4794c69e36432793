/// Relation triggers (DOMAIN.md §6.2): the words before a reference in its clause say how the
/// citing document uses it. A line that opens with `Căn cứ` is a legal basis.
enum RelationTriggers {
    /// Folded trigger phrase → relation, checked nearest-first within the clause before the reference.
    static let phrases: [([UInt8], Relation)] = ([
        ("thay the cum tu", .amends), ("bo cum tu", .amends),
        ("sua doi, bo sung", .amends), ("sua doi bo sung", .amends), ("sua doi", .amends), ("bo sung", .amends),
        ("thay the", .replaces),
        ("bai bo", .repeals), ("huy bo", .repeals), ("het hieu luc", .repeals), ("dinh chi", .repeals), ("ngung hieu luc", .repeals),
        ("huong dan thi hanh", .guides), ("huong dan thuc hien", .guides), ("quy dinh chi tiet", .guides), ("huong dan chi tiet", .guides),
        ("dinh chinh", .corrects),
        ("hop nhat", .consolidates),
        ("ban hanh kem theo", .issuedWith), ("kem theo", .issuedWith),
        ("thuc hien", .implements), ("trien khai", .implements), ("quan triet", .implements), ("cu the hoa", .implements),
        ("thi hanh", .implements),
        ("xet", .considers), ("theo de nghi", .considers), ("tren co so xem xet", .considers),
    ] as [(String, Relation)]).map { (Array($0.0.utf8), $0.1) }

    /// Whether some trigger phrase starts with the byte: skips most positions without a comparison.
    static let phraseInitials: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for (p, _) in phrases { if let f = p.first { t[Int(f)] = true } }
        return t
    }()

    /// Per folded character, what the backward walk of `trigger` makes of it: `clauseMark` (`;`, `:`, `.`: the
    /// clause may end there), `phraseInitial` (a phrase may start there), else 0 (step on).
    static let positionKinds: [UInt8] = (0..<256).map { c in
        c == 0x3B || c == 0x3A || c == 0x2E ? clauseMark : phraseInitials[c] ? phraseInitial : 0
    }
    static let clauseMark: UInt8 = 1
    static let phraseInitial: UInt8 = 2

    /// Indices into `phrases` by first letter, in `phrases` order: a position tries only the phrases
    /// that can start there (the first match in order is the same).
    static let phrasesByInitial: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256)
        for (i, (p, _)) in phrases.enumerated() { if let f = p.first { t[Int(f)].append(i) } }
        return t
    }()

    static let canCu: [UInt8] = Array("can cu".utf8)
    static let passive: [[UInt8]] = ["duoc sua doi", "da duoc sua doi", "bi sua doi", "duoc thay the", "bi thay the", "bi bai bo",
                                     "duoc huong dan", "duoc bo sung", "duoc dinh chinh"].map { Array($0.utf8) }
    static let negations: [[UInt8]] = ["khong", "chua"].map { Array($0.utf8) }

    /// The relation for a reference whose surface text starts at `start`.
    static func relation(_ r: ContextReader, start: Int, lineStart: Int, inPreamble: Bool) -> Relation {
        // Line-initial `Căn cứ` (after bullets and spaces).
        let lineEnd = r.scalarStart(min(r.s.count, lineStart + 24))
        let lineCanCu = !mayOpenWithCanCu(r.s, from: lineStart, to: lineEnd) ? (false, false)
            : LazyFoldedWindow.with(r.s, from: lineStart, to: lineEnd, backward: false) { lw -> (Bool, Bool) in
            var k = lw.skip(0, [0x20, 0x2D, 0x2A, 0x2B, 0x3F])
            if lw.has(k), lw[k] == 0x28 { k += 1 }
            let canCuAt = lw.hasWord(canCu, at: k)
            return (canCuAt, canCuAt && lw.has(k) && (lw.isUpper(k) || inPreamble))
        }
        if lineCanCu.1 { return .basedOn }
        // Nearest trigger in the clause before the reference.
        let from = max(lineStart, r.scalarStart(start - 160))
        let trigger = LazyFoldedWindow.with(r.s, from: from, to: start, backward: true) { w -> Relation? in Self.trigger(in: w) }
        if let trigger { return trigger }
        if lineCanCu.0 { return .basedOn }
        return .cites
    }

    /// False when the folded line `s[from..<to]` cannot open with `can cu` after the characters the line-initial
    /// test skips (`-`, `*`, `+`, `?`, white space, one `(`): its first other character is ASCII and no `c`.
    /// Decided on the bytes, before folding a window: most lines open otherwise. True (the window decides)
    /// at the first scalar beyond ASCII.
    static func mayOpenWithCanCu(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let fold = FoldedWindow.asciiFold
        var j = from
        while j < to, s[j] < 0x80 {
            let f = fold[Int(s[j])]
            if f == 0xFF || f == 0x2D || f == 0x2A || f == 0x2B || f == 0x3F { j += 1; continue }
            if f == 0x28 { j += 1; guard j < to else { return false } }
            return s[j] >= 0x80 || fold[Int(s[j])] == 0x63
        }
        return j < to
    }

    /// The relation of the nearest trigger phrase in the clause that ends the (backward) window, if any.
    static func trigger(in w: LazyFoldedWindow) -> Relation? {
        // One backward pass: the clause ends (going back) at `;`, `:` or `. `, and phrases are tried nearest
        // first on the way there (a first pass finding the clause start cost as much as this one).
        @inline(__always) func isBreak(_ i: Int) -> Bool {
            let c = w[i]
            return c == 0x3B || c == 0x3A || (c == 0x2E && w.has(i + 1) && w[i + 1] == 0x20)
        }
        // The tables in locals: a static read in the loop is a `swift_once` call per position.
        let kinds = positionKinds, byInitial = phrasesByInitial, phrases = phrases
        // The characters at `pos` and `pos + 1` are carried from step to step (each is read once): a
        // backward window folded down to `pos - 1` holds everything after it.
        var pos = w.end - 1
        guard w.has(pos) else { return nil }
        var c = w[pos]
        var next: UInt8 = 0        // the character at `pos + 1`; 0 past the window end
        // Positions from `low` on are folded: read without a check each (folding on only below it).
        var low = w.foldedLow(through: pos)
        while true {
            let kind = kinds[Int(c)]
            // Most characters neither end the clause nor start a phrase: step back at once while folded.
            if kind == 0, pos - 1 >= low { next = c; c = w.folded(pos - 1); pos -= 1; continue }
            if kind == clauseMark, c != 0x2E || next == 0x20 { return nil }
            if pos - 1 < low { low = w.foldedLow(through: pos - 1) }
            let hasPrev = pos - 1 >= low
            let prev: UInt8 = hasPrev ? w.folded(pos - 1) : 0
            if !hasPrev || prev == 0x20 || prev == 0x28 || prev == 0x2C, kind == phraseInitial {
                for index in byInitial[Int(c)] {
                    let (p, rel) = phrases[index]
                    // Every phrase has at least three characters: the second must be `next`.
                    guard p[1] == next, w.hasWord(p, at: pos) else { continue }
                    // Passive forms (`được sửa đổi bởi`) describe the cited document, not this one.
                    for pv in passive where w.hasWord(pv, endingAt: pos + p.count) { return .cites }
                    // `không`/`chưa` ending a space before the phrase (at least six characters into the window).
                    if w.has(pos - 6), negations.contains(where: { w.hasWord($0, endingAt: pos - 1) }) { return .cites }
                    // `Xét` opens its clause: the clause (or the window) starts at most two characters before it.
                    if rel == .considers, !(pos - 3..<pos).contains(where: { !w.has($0) || isBreak($0) }) { continue }
                    return rel
                }
            }
            guard hasPrev else { return nil }
            next = c; c = prev; pos -= 1
        }
    }
}
