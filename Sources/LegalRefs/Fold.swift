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
        if b0 < 0xE0, i + 1 < s.count { return ((UInt32(b0 & 0x1F) << 6) | UInt32(s[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < s.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(s[i + 1] & 0x3F) << 6) | UInt32(s[i + 2] & 0x3F), 3)
        }
        if i + 3 < s.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(s[i + 1] & 0x3F) << 12) | (UInt32(s[i + 2] & 0x3F) << 6) | UInt32(s[i + 3] & 0x3F), 4)
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
/// folded character, so that prose around a reference can be matched cheaply.
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
    /// `from` to `emit`; returns the number of folded characters. ASCII takes one lookup in a
    /// 128-byte table; other scalars are decoded and looked up in `info`.
    @inline(__always)
    static func foldLoop(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ emit: (Int, UInt8, Int) -> Void) -> Int {
        info.withUnsafeBufferPointer { info in
            asciiFold.withUnsafeBufferPointer { ascii in
                var i = from, k = 0
                var lastSpace = false
                while i < to {
                    let b0 = s[i]
                    if b0 < 0x80 {
                        let f = ascii[Int(b0)]
                        if f != 0xFF {
                            emit(k, f, i - from); k += 1
                            lastSpace = false
                        } else if !lastSpace {
                            emit(k, 0x20, i - from); k += 1
                            lastSpace = true
                        }
                        i += 1
                        continue
                    }
                    let (d, n) = Fold.decode(s, i)
                    let v = Int(d)
                    let code: UInt8 = v < infoCount ? info[v] : (v == 0x2026 ? 0x2E : 0x3F)
                    if code != space {
                        emit(k, code & 0x7F, i - from); k += 1
                        lastSpace = false
                    } else if !lastSpace {                           // only from invalid (overlong) UTF-8
                        emit(k, 0x20, i - from); k += 1
                        lastSpace = true
                    }
                    i += n
                }
                return k
            }
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
