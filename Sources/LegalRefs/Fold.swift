/// Case- and diacritic-folding of Vietnamese text to lower-case ASCII, for matching words in prose.
///
/// `Nghị Định` → `nghi dinh`, `ĐẢNG` → `dang`. Folding is per scalar, so byte offsets map back.
enum Fold {
    /// Folded ASCII letter for a Vietnamese or Latin letter scalar, or nil when it is not a letter: the base
    /// letter of `VietFold`'s table, the one table of Vietnamese letters (`Ự` → `u`, `đ` → `d`).
    static func letter(_ v: UInt32) -> UInt8? {
        let e = VietFold.entry(v)
        let base = UInt8(truncatingIfNeeded: e & 0xFF)
        return e & VietFold.markBit == 0 && base >= 0x61 && base <= 0x7A ? base : nil
    }

    /// Whether a letter scalar is upper case (`Đ`, `Ủ`, `A`).
    static func isUpper(_ v: UInt32) -> Bool { VietFold.entry(v) & VietFold.upperBit != 0 }

    /// Decodes the scalar that starts at `i` (which must be a lead byte); returns it and its length.
    @inline(__always)
    static func decode(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = s[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        // Wrapping offsets: `i` lies within the text, so they cannot overflow (and checks cost a branch each).
        if b0 < 0xE0, i &+ 1 < s.count { return ((UInt32(b0 & 0x1F) << 6) | UInt32(s[i &+ 1] & 0x3F), 2) }
        if b0 < 0xF0, i &+ 2 < s.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(s[i &+ 1] & 0x3F) << 6) | UInt32(s[i &+ 2] & 0x3F), 3)
        }
        if i &+ 3 < s.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(s[i &+ 1] & 0x3F) << 12) | (UInt32(s[i &+ 2] & 0x3F) << 6) | UInt32(s[i &+ 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Folds a Swift string (used for building tables and for small inputs).
    static func string(_ s: String) -> String {
        var out = [UInt8]()
        var lastSpace = false
        for u in s.unicodeScalars {
            if let l = letter(u.value) { out.append(l); lastSpace = false }
            else if u.value < 0x80 {
                let b = UInt8(u.value)
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    if !lastSpace && !out.isEmpty { out.append(0x20) }
                    lastSpace = true
                } else { out.append(b); lastSpace = false }
            } else if u.properties.isWhitespace {
                if !lastSpace && !out.isEmpty { out.append(0x20) }
                lastSpace = true
            } else { out.append(0x3F); lastSpace = false }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A stretch of the text folded to lower-case ASCII (spaces collapsed), with the byte offset of each
/// folded character, so that prose around a reference can be matched cheaply. Folded whole at once: the
/// readers of the context around a reference use `LazyFoldedWindow`, which folds only as far as they read.
struct FoldedWindow {
    /// Folded characters: letters a–z, digits and ASCII punctuation as is, one space for any run of
    /// white space, `?` for any other scalar.
    var chars: Chars { Chars(cells: cells) }
    /// Per folded character, its byte offset from `start` (high 24 bits) and the character (low 8 bits):
    /// one array, so a window costs one allocation.
    private var cells: [UInt32] = []
    /// Byte offset where the window starts.
    private var start = 0
    /// Byte offset just past the window.
    var endOffset: Int = 0
    /// The text the window was folded from (for `upper`, read on demand).
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// The folded characters of a window.
    struct Chars: RandomAccessCollection {
        let cells: [UInt32]
        var startIndex: Int { 0 }
        var endIndex: Int { cells.count }
        @inline(__always) subscript(k: Int) -> UInt8 { UInt8(truncatingIfNeeded: cells[k]) }
    }

    /// Folds `text[from..<to]` (both at scalar boundaries; windows are short, well under 16 MB).
    init(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        // One pass writing straight into an uninitialized array sized for the worst case (one folded
        // character per byte); one table lookup per scalar gives the folded character.
        let cap = max(0, to - from)
        precondition(cap < 1 << 24, "folded windows are short")
        // Folded into a temporary buffer (on the stack for windows of the usual size) and copied once:
        // `Array(unsafeUninitializedCapacity:)` allocates through a slow generic path.
        cells = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, cap)) { c in
            let out = c.baseAddress!
            let count = FoldedWindow.foldLoop(s, from: from, to: to) { k, ch, offset in out[k] = UInt32(truncatingIfNeeded: offset) << 8 | UInt32(ch) }
            return Array(UnsafeBufferPointer(rebasing: c[0..<count]))
        }
        start = from
        endOffset = to
        text = s
    }

    /// Byte offset in the text where each folded character starts.
    var origin: [Int] { cells.map { start + Int($0 >> 8) } }

    /// Whether each folded character was an upper-case letter in the text (decoded on demand: few
    /// characters are ever asked about).
    var upper: CaseFlags { CaseFlags(window: self) }

    /// The case of each folded character of a window.
    struct CaseFlags: RandomAccessCollection {
        let window: FoldedWindow
        var startIndex: Int { 0 }
        var endIndex: Int { window.cells.count }
        subscript(k: Int) -> Bool {
            let o = window.offset(k)
            let (v, _) = Fold.decode(window.text, o)
            guard v < FoldedWindow.infoCount else { return false }
            let code = FoldedWindow.info[Int(v)]
            return code != FoldedWindow.space && code >= 0x80
        }
    }

    /// Folds `text[from..<to]`, handing each folded character, its index and its byte offset from
    /// `from` to `emit`; returns the number of folded characters.
    @inline(__always)
    static func foldLoop(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ emit: (Int, UInt8, Int) -> Void) -> Int {
        info.withUnsafeBufferPointer { info in
            asciiFold.withUnsafeBufferPointer { ascii in
                var i = from, k = 0
                var lastSpace = false
                foldForward(s, &i, to: to, lastSpace: &lastSpace, info: info, ascii: ascii) { ch, at in
                    emit(k, ch, at &- from); k &+= 1
                }
                return k
            }
        }
    }

    /// Folds the scalars from `i` on while `i < limit` (the last may end past `limit`), handing each folded
    /// character and the byte offset where it starts to `emit`; `lastSpace` carries a run of white space
    /// across calls. ASCII takes one lookup in a 128-byte table; other scalars are decoded and looked up in `info`.
    /// (Wrapping arithmetic on offsets here and in the callers' `emit`: they stay within the text, and
    /// overflow checks were a fifth of the instructions per character.)
    @inline(__always)
    static func foldForward(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int, to limit: Int, lastSpace: inout Bool,
                            info: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, _ emit: (UInt8, Int) -> Void) {
        while i < limit {
            let b0 = s[i]
            if b0 < 0x80 {
                let f = ascii[Int(b0)]
                if f != 0xFF {
                    emit(f, i)
                    lastSpace = false
                } else if !lastSpace {
                    emit(0x20, i)
                    lastSpace = true
                }
                i &+= 1
                continue
            }
            let (d, n) = Fold.decode(s, i)
            let v = Int(d)
            let code: UInt8 = v < infoCount ? info[v] : (v == 0x2026 ? 0x2E : 0x3F)
            if code != space {
                emit(code & 0x7F, i)
                lastSpace = false
            } else if !lastSpace {                           // only from invalid (overlong) UTF-8
                emit(0x20, i)
                lastSpace = true
            }
            i &+= n
        }
    }

    /// Folds the scalars that end at `i` backward while `i > limit` (the last may start before `limit`, never
    /// before `from`), handing each folded character and its byte offset to `emit`, last first. A run of
    /// white space gives one space at the run's first byte, as the forward fold does. In valid UTF-8 (as
    /// normalized text is) scalars start at the bytes that are not continuation bytes and only ASCII is white
    /// space, so the characters are the forward fold's.
    @inline(__always)
    static func foldBackward(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int, downTo limit: Int, from: Int,
                             info: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, _ emit: (UInt8, Int) -> Void) {
        while i > limit {
            var p = i &- 1
            let b = s[p]
            if b < 0x80 {
                let f = ascii[Int(b)]
                if f == 0xFF {
                    while p > from, s[p &- 1] < 0x80, ascii[Int(s[p &- 1])] == 0xFF { p &-= 1 }
                    emit(0x20, p)
                } else {
                    emit(f, p)
                }
                i = p
                continue
            }
            while p > from, s[p] & 0xC0 == 0x80 { p &-= 1 }
            let v = Int(Fold.decode(s, p).0)
            let code: UInt8 = v < infoCount ? info[v] : (v == 0x2026 ? 0x2E : 0x3F)
            emit(code == space ? 0x20 : code & 0x7F, p)
            i = p
        }
    }

    /// Folds `text[from..<to]` into `out` (room for `to - from` bytes) as `init` does, without
    /// offsets or case; returns the number of folded characters.
    static func fold(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        foldLoop(s, from: from, to: to) { k, ch, _ in out[k] = ch }
    }

    /// `info` for ASCII without the case bit; 0xFF for space, tab and newline.
    static let asciiFold: [UInt8] = (0..<128).map { info[$0] == space ? 0xFF : info[$0] & 0x7F }

    /// Code of the white space characters in `info`.
    static let space: UInt8 = 0x80   // never a folded character: that would be NUL marked upper case
    /// Scalars below this have an entry in `info`.
    static let infoCount = 0x1F00

    /// Per scalar below U+1F00: the folded character (letters a–z, ASCII as is, `?` for anything
    /// else), its high bit set for an upper-case letter; `space` for space, tab and newline.
    static let info: [UInt8] = (0..<infoCount).map { (v: Int) -> UInt8 in
        let u = UInt32(v)
        if let l = Fold.letter(u) { return l | (Fold.isUpper(u) ? 0x80 : 0) }
        if v == 0x20 || v == 0x0A || v == 0x09 { return space }
        if v < 0x80 { return UInt8(v) }
        return 0x3F
    }

    /// Byte offset in the text of folded position `k` (or the window end).
    func offset(_ k: Int) -> Int { k < cells.count ? start + Int(cells[k] >> 8) : endOffset }

    /// Whether `word` (folded ASCII) stands at position `k`, ending at a word boundary.
    func hasWord(_ word: [UInt8], at k: Int) -> Bool {
        let m = word.count, n = cells.count
        guard k >= 0, k + m <= n else { return false }
        // The common case without per-character bounds checks (the ranges are checked just above).
        if m > 0 {
            return cells.withUnsafeBufferPointer { c in
                word.withUnsafeBufferPointer { wd in
                    for j in 0..<m where UInt8(truncatingIfNeeded: c[k &+ j]) != wd[j] { return false }
                    let e = k + m
                    if e < n, isWordByte(UInt8(truncatingIfNeeded: c[e])), isWordByte(wd[m - 1]) { return false }
                    if k > 0, isWordByte(UInt8(truncatingIfNeeded: c[k - 1])), isWordByte(wd[0]) { return false }
                    return true
                }
            }
        }
        let chars = self.chars
        for j in 0..<word.count where chars[k + j] != word[j] { return false }
        let e = k + word.count
        if e < chars.count, isWordByte(chars[e]), isWordByte(word[word.count - 1]) { return false }
        if k > 0, isWordByte(chars[k - 1]), isWordByte(word[0]) { return false }
        return true
    }

    /// Whether `word` ends exactly at position `end` (exclusive), starting at a word boundary.
    func hasWord(_ word: [UInt8], endingAt end: Int) -> Bool {
        hasWord(word, at: end - word.count)
    }
}

@inline(__always) func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
}

/// A folded window that folds only as far as its readers look: most readers of the prose around a
/// reference stop within a few words, and folding whole windows was the largest single cost of extraction.
///
/// A window after an offset folds forward from its start, with indices `0, 1, …`; a window before an offset
/// folds backward from its end, with indices `…, end - 2, end - 1`. Either way an index names the same
/// character as it would in the fully folded window (shifted so that the fixed end stays fixed), so readers
/// ask `has(k)` where they would compare with 0 or the count. Lives only inside `with(…)`: the characters and
/// the fold progress are in temporary memory the window points to, so reading (non-mutating) can extend it.
struct LazyFoldedWindow {
    /// How far the fold has come: characters `lo..<hi` are folded; `pos` is the next byte to fold (forward)
    /// or the end of the bytes left to fold (backward). Folding on may give characters at `growLo..<lo` and
    /// `hi..<growHi` (`lo` and `hi` themselves once the window is folded, so `has` calls `extend` only when
    /// that can help).
    struct Progress {
        var lo: Int
        var hi: Int
        var growLo: Int
        var growHi: Int
        var pos: Int
        var lastSpace: Bool
    }

    /// The text the window is folded from.
    let text: UnsafeBufferPointer<UInt8>
    /// Byte offset where the window starts.
    let from: Int
    /// Byte offset just past the window.
    let to: Int
    /// Whether the window folds backward from `to`.
    let backward: Bool
    /// Per folded character, its byte offset from `from` (high 24 bits) and the character (low 8 bits).
    private let cells: UnsafeMutablePointer<UInt32>
    private let progress: UnsafeMutablePointer<Progress>
    /// `FoldedWindow.info` and `asciiFold`, borrowed for the window's life: folding on demand then reads
    /// no global (whose accessor the optimizer must assume may release anything, so that every caller of
    /// `has` would retain the arrays it holds around it).
    private let info: UnsafeBufferPointer<UInt8>
    private let ascii: UnsafeBufferPointer<UInt8>

    /// Calls `body` with a window on `s[from..<to]` (both at scalar boundaries), folded on demand forward from
    /// `from`, or backward from `to`.
    static func with<R>(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, backward: Bool, _ body: (LazyFoldedWindow) -> R) -> R {
        let cap = max(0, to - from)
        precondition(cap < 1 << 24, "folded windows are short")
        // On the stack for windows of the usual size: no allocation per window.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, cap)) { cells in
            withUnsafeTemporaryAllocation(of: Progress.self, capacity: 1) { progress in
                let start = backward ? Progress(lo: cap, hi: cap, growLo: cap > 0 ? Int.min : cap, growHi: cap, pos: to, lastSpace: false)
                                     : Progress(lo: 0, hi: 0, growLo: 0, growHi: cap > 0 ? Int.max : 0, pos: from, lastSpace: false)
                progress.baseAddress!.initialize(to: start)
                return FoldedWindow.info.withUnsafeBufferPointer { info in
                    FoldedWindow.asciiFold.withUnsafeBufferPointer { ascii in
                        body(LazyFoldedWindow(text: s, from: from, to: to, backward: backward, cells: cells.baseAddress!,
                                              progress: progress.baseAddress!, info: info, ascii: ascii))
                    }
                }
            }
        }
    }

    /// The index just past the last character of a backward window (a forward window's characters start at 0).
    var end: Int { max(0, to - from) }

    /// Whether position `k` holds a folded character (folding up to it if needed).
    @inline(__always) func has(_ k: Int) -> Bool {
        let p = progress.pointee
        return (k >= p.lo && k < p.hi) || (k >= p.growLo && k < p.growHi && extend(to: k))
    }

    /// Folds on until position `k` is folded or the window is; whether it is then.
    @inline(never) private func extend(to k: Int) -> Bool {
        var p = progress.pointee
        // 16 bytes a step: about what a reader needs around a reference (a few words; 32 cost official texts more).
        let s = text, cells = cells, from = from, to = to, step = 16
        if backward {
            while k < p.lo, p.pos > from {
                var lo = p.lo
                FoldedWindow.foldBackward(s, &p.pos, downTo: max(from, p.pos - step), from: from, info: info, ascii: ascii) { ch, at in
                    lo &-= 1; cells[lo] = UInt32(truncatingIfNeeded: at &- from) << 8 | UInt32(ch)
                }
                p.lo = lo
            }
            if p.pos == from { p.growLo = p.lo }
        } else {
            while k >= p.hi, k >= 0, p.pos < to {
                var hi = p.hi
                FoldedWindow.foldForward(s, &p.pos, to: min(to, p.pos + step), lastSpace: &p.lastSpace, info: info, ascii: ascii) { ch, at in
                    cells[hi] = UInt32(truncatingIfNeeded: at &- from) << 8 | UInt32(ch); hi &+= 1
                }
                p.hi = hi
            }
            if p.pos == to { p.growHi = p.hi }
        }
        progress.pointee = p
        return k >= p.lo && k < p.hi
    }

    /// The folded character at `k` (which must be in the window): letters a–z, digits and ASCII punctuation
    /// as is, one space for any run of white space, `?` for any other scalar.
    @inline(__always) subscript(k: Int) -> UInt8 {
        guard has(k) else { preconditionFailure("folded index \(k) outside the window") }
        return UInt8(truncatingIfNeeded: cells[k])
    }

    /// The lowest folded position once position `k` is folded, if the window reaches it (folding down to it
    /// if needed); positions from there to the window end can then be read with `folded(_:)`. For backward windows.
    func foldedLow(through k: Int) -> Int {
        _ = has(k)
        return progress.pointee.lo
    }

    /// The character at `k`, already folded (`has(k)` just answered true, or `k` lies between `foldedLow` and the
    /// window end): no check, for loops that know the stretch they read is folded.
    @inline(__always) func folded(_ k: Int) -> UInt8 {
        assert(k >= progress.pointee.lo && k < progress.pointee.hi, "folded index \(k) not folded")
        return UInt8(truncatingIfNeeded: cells[k])
    }

    /// The folded characters `r` (all in the window) as a string.
    func string(_ r: Range<Int>) -> String {
        String(decoding: r.map { self[$0] }, as: UTF8.self)
    }

    /// Byte offset in the text of folded position `k`, or the window end past the last character.
    func offset(_ k: Int) -> Int {
        if has(k) { return from + Int(cells[k] >> 8) }
        precondition(k >= (backward ? end : 0), "folded index \(k) before the window")
        return to
    }

    /// Whether the character at `k` was an upper-case letter in the text (decoded on demand: few characters
    /// are ever asked about).
    func isUpper(_ k: Int) -> Bool {
        let (v, _) = Fold.decode(text, offset(k))
        guard v < FoldedWindow.infoCount else { return false }
        let code = info[Int(v)]
        return code != FoldedWindow.space && code >= 0x80
    }

    /// Whether the characters from `k` on are `word` (no boundary check).
    func matches(_ word: [UInt8], at k: Int) -> Bool {
        let m = word.count
        guard m > 0 else { return true }
        guard has(k + m - 1), has(k) else { return false }
        return word.withUnsafeBufferPointer { wd in
            for j in 0..<m where UInt8(truncatingIfNeeded: cells[k &+ j]) != wd[j] { return false }
            return true
        }
    }

    /// Whether `word` (folded ASCII, not empty) stands at position `k`, ending at a word boundary.
    @inline(__always) func hasWord(_ word: [UInt8], at k: Int) -> Bool {
        // The word and the characters on either side already folded (the common case): compared in the caller,
        // without a call (most asks fail on the first character).
        let p = progress.pointee
        let m = word.count
        if k > p.lo && k &+ m < p.hi && m > 0 {
            return word.withUnsafeBufferPointer { wd in
                for j in 0..<m where UInt8(truncatingIfNeeded: cells[k &+ j]) != wd[j] { return false }
                if isWordByte(wd[m &- 1]), isWordByte(UInt8(truncatingIfNeeded: cells[k &+ m])) { return false }
                if isWordByte(wd[0]), isWordByte(UInt8(truncatingIfNeeded: cells[k &- 1])) { return false }
                return true
            }
        }
        return hasWordFolding(word, at: k)
    }

    /// `hasWord` where the word or a character beside it may still have to be folded.
    @inline(never) private func hasWordFolding(_ word: [UInt8], at k: Int) -> Bool {
        let m = word.count
        precondition(m > 0, "an empty word")
        let p = progress.pointee
        if k > p.lo && k + m < p.hi {
            // The word and the characters on either side are folded (the common case): compare only.
            return word.withUnsafeBufferPointer { wd in
                for j in 0..<m where UInt8(truncatingIfNeeded: cells[k &+ j]) != wd[j] { return false }
                if isWordByte(wd[m - 1]), isWordByte(UInt8(truncatingIfNeeded: cells[k + m])) { return false }
                if isWordByte(wd[0]), isWordByte(UInt8(truncatingIfNeeded: cells[k - 1])) { return false }
                return true
            }
        }
        // The end first: for a backward window a word past its end needs no folding.
        guard has(k + m - 1), has(k) else { return false }
        return word.withUnsafeBufferPointer { wd in
            for j in 0..<m where UInt8(truncatingIfNeeded: cells[k &+ j]) != wd[j] { return false }
            if isWordByte(wd[m - 1]), has(k + m), isWordByte(UInt8(truncatingIfNeeded: cells[k + m])) { return false }
            if isWordByte(wd[0]), has(k - 1), isWordByte(UInt8(truncatingIfNeeded: cells[k - 1])) { return false }
            return true
        }
    }

    /// Whether `word` ends exactly at position `end` (exclusive), starting at a word boundary.
    @inline(__always) func hasWord(_ word: [UInt8], endingAt end: Int) -> Bool {
        hasWord(word, at: end - word.count)
    }

    /// The characters folded so far, to read without a fold check each (see `Span`).
    @inline(__always) var span: Span {
        let p = progress.pointee
        return Span(cells: cells, lo: p.lo, hi: p.hi)
    }

    /// The characters a window has folded so far (`lo..<hi`), read without a fold check each: for a reader whose
    /// every position lies in `lo..<hi` or where the window cannot reach (for a backward window: at or past its
    /// end, or below `lo` once `has(lo - 1)` has answered false), so that `has` answers as the window's would.
    /// The window's `has` and subscript reload its progress at each call; a span's bounds stay in registers.
    struct Span {
        let cells: UnsafeMutablePointer<UInt32>
        let lo: Int
        let hi: Int

        @inline(__always) func has(_ k: Int) -> Bool { k >= lo && k < hi }

        /// The folded character at `k` (which must be in the span).
        @inline(__always) subscript(k: Int) -> UInt8 {
            assert(has(k), "folded index \(k) outside the span")
            return UInt8(truncatingIfNeeded: cells[k])
        }

        /// `LazyFoldedWindow.hasWord(_:at:)` for a word of at most eight characters packed in `word` (the first
        /// character lowest, see `pack`), `count` long.
        @inline(__always) func hasWord(_ word: UInt64, count m: Int, at k: Int) -> Bool {
            // (The first character first: most asks fail there.)
            guard has(k), UInt8(truncatingIfNeeded: cells[k]) == UInt8(truncatingIfNeeded: word), has(k &+ m &- 1) else { return false }
            for j in 1..<m where UInt8(truncatingIfNeeded: cells[k &+ j]) != UInt8(truncatingIfNeeded: word >> UInt64(8 &* j)) { return false }
            // The words here start and end with letters.
            if has(k &+ m), isWordByte(UInt8(truncatingIfNeeded: cells[k &+ m])) { return false }
            if has(k &- 1), isWordByte(UInt8(truncatingIfNeeded: cells[k &- 1])) { return false }
            return true
        }

        /// The (up to) eight characters from `k` (in the span), packed as `pack` packs a word; 0 past the span.
        @inline(__always) func load8(from k: Int) -> UInt64 {
            var v: UInt64 = 0
            for j in 0..<min(8, hi &- k) { v |= UInt64(UInt8(truncatingIfNeeded: cells[k &+ j])) << UInt64(8 &* j) }
            return v
        }

        /// Whether the characters `from..<to` (in the span, at most eight) are `word` packed as `pack` packs it.
        @inline(__always) func equals(_ word: UInt64, _ from: Int, _ to: Int) -> Bool {
            var v: UInt64 = 0
            for j in from..<to { v |= UInt64(UInt8(truncatingIfNeeded: cells[j])) << UInt64(8 &* (j &- from)) }
            return v == word
        }
    }

    /// A word of at most eight characters in one integer, its first character lowest (for `Span.hasWord`).
    static func pack(_ word: [UInt8]) -> UInt64 {
        precondition(word.count <= 8, "a packed word holds eight characters")
        var v: UInt64 = 0
        for (j, c) in word.enumerated() { v |= UInt64(c) << UInt64(8 * j) }
        return v
    }

    /// The (up to) four characters before `end`, last lowest (`last`: the one at `end - 1`, which must be in the
    /// window), zero-padded where the window starts (a longer word would start outside it).
    @inline(__always) func tail(endingAt end: Int, last: UInt8) -> UInt32 {
        // All four already folded (the common case): read at once, without a fold check each.
        let p = progress.pointee
        if end &- 4 >= p.lo && end &- 1 < p.hi {
            return UInt32(last) | (cells[end &- 2] & 0xFF) << 8 | (cells[end &- 3] & 0xFF) << 16 | (cells[end &- 4] & 0xFF) << 24
        }
        var tail = UInt32(last), count = 1
        while count < 4, has(end - 1 - count) { tail |= UInt32(self[end - 1 - count]) << UInt32(8 * count); count += 1 }
        return tail
    }
}

/// Folded characters read by position: a window folded on demand, or a span of it already folded.
protocol FoldedCharacters {
    subscript(k: Int) -> UInt8 { get }
}

extension LazyFoldedWindow: FoldedCharacters {}
extension LazyFoldedWindow.Span: FoldedCharacters {}
