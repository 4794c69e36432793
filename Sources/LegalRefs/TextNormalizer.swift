import CUTF8Scan
import Foundation

/// Turns decoded Unicode text into the normalized text that every offset refers to (DOMAIN.md §7.2).
///
/// NFC (only on the paragraphs that need it), `Ð`→`Đ`, every dash to `-`, every space variant to a
/// space, zero-width and soft-hyphen characters dropped, `\r\n` to `\n`. Runs of spaces are kept, so
/// `Quyết định số 1744/QĐ-UBND  ngày 16/7/2019` keeps its two spaces.
public enum TextNormalizer {
    /// Normalizes a whole document; returns the text itself (no copy) when nothing needs rewriting.
    public static func normalize(_ text: String) -> String {
        var text = text
        let scan = text.withUTF8 { scanRewrites($0) }
        if scan.firstRewrite == nil && !scan.combining { return text }
        var bytes = Array(text.utf8)
        normalize(utf8: &bytes, firstRewrite: scan.firstRewrite, combining: scan.combining)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Normalizes valid UTF-8 in place, given what a scan found: the offset of the first byte
    /// sequence to rewrite (`nil`: none) and whether combining marks occur. Only shrinks the bytes;
    /// clean text is left untouched.
    public static func normalize(utf8 bytes: inout [UInt8], firstRewrite: Int?, combining: Bool) {
        if combining {
            // NFC is needed only where combining marks occur (Foundation's is quadratic on long input).
            nfcByLineInPlace(&bytes)
            let first = bytes.withUnsafeBufferPointer { scanRewrites($0).firstRewrite }
            if let first { compact(&bytes, from: first) }
            return
        }
        if let first = firstRewrite { compact(&bytes, from: first) }
    }

    /// Normalizes valid UTF-8 in place, given what a scan found: the offsets of every sequence the byte
    /// rewrite changes (ascending, each at a character start, as `rewriteLength` finds them) and
    /// whether combining marks occur. The same result as `normalize(utf8:firstRewrite:combining:)`
    /// without looking at the bytes between the rewrites.
    public static func normalize(utf8 bytes: inout [UInt8], rewrites: [Int], combining: Bool) {
        if combining {
            normalize(utf8: &bytes, firstRewrite: rewrites.first, combining: true)
            return
        }
        if !rewrites.isEmpty { compact(&bytes, at: rewrites) }
    }

    /// Normalizes valid UTF-8 in place (scans first; leaves clean text untouched).
    public static func normalize(utf8 bytes: inout [UInt8]) {
        let scan = bytes.withUnsafeBufferPointer { scanRewrites($0) }
        normalize(utf8: &bytes, firstRewrite: scan.firstRewrite, combining: scan.combining)
    }

    /// Where the first sequence that `normalize` rewrites starts, and whether combining marks occur.
    static func scanRewrites(_ p: UnsafeBufferPointer<UInt8>) -> (firstRewrite: Int?, combining: Bool) {
        guard let base = p.baseAddress else { return (nil, false) }
        var first: Int? = nil
        let n = p.count
        // Only the bytes that may start a change are looked at (Vietnamese text has a letter
        // `C3 xx` every few words, but `C3 90` and `C3 B0`, Ð ð, are rare).
        var i = cancu_utf8_next_rewrite(base, n)
        while i < n {
            let b = base[i]
            let c: UInt8 = i + 1 < n ? base[i + 1] : 0, d: UInt8 = i + 2 < n ? base[i + 2] : 0
            if isCombining(b, c) { return (first ?? i, true) }
            if first == nil, rewriteLength(b, c, d, available: n - i) > 0 { first = i }
            i += 1
            i += cancu_utf8_next_rewrite(base + i, n - i)
        }
        return (first, false)
    }

    /// Lead bytes of every sequence that `normalize` may change (a cheap first test).
    @inlinable public static func rewriteLead(_ b: UInt8) -> Bool {
        switch b {
        case 0x0D, 0x1E, 0x1F, 0xC2, 0xC3, 0xCC, 0xCD, 0xE2, 0xEF: return true
        default: return false
        }
    }

    /// Whether `b c` starts a combining diacritic (U+0300–U+036F), which calls for NFC.
    @inlinable public static func isCombining(_ b: UInt8, _ c: UInt8) -> Bool {
        (b == 0xCC && c >= 0x80) || (b == 0xCD && c >= 0x80 && c <= 0xAF)
    }

    /// How many bytes of the sequence `b c d` (with `available` bytes left in the text) the byte
    /// rewrite replaces, or 0 when it keeps them. Combining marks are not counted here.
    @inlinable public static func rewriteLength(_ b: UInt8, _ c: UInt8, _ d: UInt8, available: Int) -> Int {
        switch b {
        case 0x0D, 0x1E, 0x1F: return 1
        case 0xC3: return available >= 2 && (c == 0x90 || c == 0xB0) ? 2 : 0                       // Ð ð
        case 0xC2: return available >= 2 && (c == 0xA0 || c == 0xAD) ? 2 : 0                       // NBSP, soft hyphen
        case 0xE2:
            guard available >= 3 else { return 0 }
            switch (c, d) {
            case (0x80, 0x80...0x95), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF): return 3           // dashes, spaces, separators
            case (0x88, 0x92), (0x88, 0x95), (0x81, 0x83), (0x81, 0xA0): return 3                   // − ∕ ⁃ word joiner
            default: return 0
            }
        case 0xEF:
            guard available >= 3 else { return 0 }
            return (c == 0xBB && d == 0xBF) || (c == 0xBC && (d == 0x8F || d == 0x8D)) ? 3 : 0     // BOM, ／ －
        default: return 0
        }
    }

    /// The byte-level rewrite in place, from `start` (where the first change is): runs that stay
    /// are moved with one `memmove` each, so text with few changes costs little more than a scan.
    static func compact(_ bytes: inout [UInt8], from start: Int) {
        let newCount: Int = bytes.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return 0 }
            let n = buf.count
            var r = start, w = start
            while r < n {
                // Copy the run up to the next change: printable ASCII eight bytes at a time, other
                // sequences skipped whole unless their lead byte may start a change.
                var e = r + cancu_utf8_next_rewrite(base + r, n - r)
                while e < n {
                    let c: UInt8 = e + 1 < n ? base[e + 1] : 0, d: UInt8 = e + 2 < n ? base[e + 2] : 0
                    if rewriteLength(base[e], c, d, available: n - e) > 0 { break }
                    e += 1
                    e += cancu_utf8_next_rewrite(base + e, n - e)
                }
                if e > r {
                    if w != r { (base + w).update(from: base + r, count: e - r) }
                    w += e - r; r = e
                }
                if r >= n { break }
                let len = rewrite(base, n, at: r, to: &w)
                if len == 0 { base[w] = base[r]; w += 1; r += 1; continue }
                r += len
            }
            return w
        }
        bytes.removeLast(bytes.count - newCount)
    }

    /// `compact` given every offset it rewrites (ascending, at character starts): the runs between
    /// them are moved without being looked at.
    static func compact(_ bytes: inout [UInt8], at rewrites: [Int]) {
        let newCount: Int = bytes.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress, let first = rewrites.first else { return buf.count }
            let n = buf.count
            var r = first, w = first
            for at in rewrites {
                if at > r {
                    if w != r { (base + w).update(from: base + r, count: at - r) }
                    w += at - r; r = at
                }
                let len = rewrite(base, n, at: r, to: &w)
                if len == 0 { base[w] = base[r]; w += 1; r += 1; continue }
                r += len
            }
            if r < n {
                if w != r { (base + w).update(from: base + r, count: n - r) }
                w += n - r
            }
            return w
        }
        bytes.removeLast(bytes.count - newCount)
    }

    /// Writes the replacement of the sequence at `r` (bytes before `r` may be overwritten) at `w`;
    /// returns how many bytes it replaced (0: the sequence stays).
    @inline(__always)
    static func rewrite(_ base: UnsafeMutablePointer<UInt8>, _ n: Int, at r: Int, to w: inout Int) -> Int {
        let b = base[r]
        let c: UInt8 = r + 1 < n ? base[r + 1] : 0, d: UInt8 = r + 2 < n ? base[r + 2] : 0
        let len = rewriteLength(b, c, d, available: n - r)
        if len == 0 { return 0 }
        switch b {
        case 0x0D:
            if c != 0x0A || r + 1 >= n { base[w] = 0x0A; w += 1 }        // \r\n → \n, lone \r → \n
        case 0x1E: base[w] = 0x2D; w += 1                                // Word non-breaking hyphen
        case 0x1F: break                                                 // Word optional hyphen
        case 0xC3: base[w] = 0xC4; base[w + 1] = c == 0x90 ? 0x90 : 0x91; w += 2   // Ð → Đ, ð → đ
        case 0xC2: if c == 0xA0 { base[w] = 0x20; w += 1 }               // NBSP → space; soft hyphen dropped
        case 0xE2:
            switch (c, d) {
            case (0x80, 0x90...0x95), (0x88, 0x92), (0x81, 0x83): base[w] = 0x2D; w += 1   // ‐ ‑ ‒ – — ― − ⁃
            case (0x80, 0x80...0x8A), (0x80, 0xAF): base[w] = 0x20; w += 1               // en/em/thin/narrow spaces
            case (0x80, 0xA8), (0x80, 0xA9): base[w] = 0x0A; w += 1                       // line/paragraph separator
            case (0x88, 0x95): base[w] = 0x2F; w += 1                                     // ∕ division slash
            default: break                                                                // zero-width, word joiner
            }
        case 0xEF:
            if c == 0xBC { base[w] = d == 0x8F ? 0x2F : 0x2D; w += 1 }   // fullwidth ／ －; BOM dropped
        default: break
        }
        return len
    }

    /// Whether the UTF-8 bytes contain a combining diacritic (U+0300–U+036F).
    static func containsCombining<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var prev: UInt8 = 0
        for b in bytes {
            if (prev == 0xCC && b >= 0x80) || (prev == 0xCD && b <= 0xAF) { return true }
            prev = b
        }
        return false
    }

    /// NFC in small pieces, only for the lines that contain combining marks. Lines end at LF (not
    /// at CR LF: those stay together, as in the `Character`-based split this replaces); long lines
    /// are cut before a space every 2000 bytes or so. Neither LF nor a space ever composes with
    /// its neighbours, so the pieces give the same result as NFC of the whole text.
    static func nfcByLine(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { p in
            func appendLine(_ a: Int, _ b: Int) {
                let line = UnsafeBufferPointer(rebasing: p[a..<b])
                guard containsCombining(line) else { out.append(contentsOf: line); return }
                var start = a
                var i = a
                while i < b {
                    if i - start > 2000, p[i] == 0x20 {
                        out.append(contentsOf: nfc(UnsafeBufferPointer(rebasing: p[start..<i])).utf8)
                        start = i
                    }
                    i += 1
                }
                out.append(contentsOf: nfc(UnsafeBufferPointer(rebasing: p[start..<b])).utf8)
            }
            var lineStart = 0
            for i in 0..<p.count where p[i] == 0x0A && (i == 0 || p[i - 1] != 0x0D) {
                appendLine(lineStart, i)
                out.append(0x0A)
                lineStart = i + 1
            }
            appendLine(lineStart, p.count)
        }
        return out
    }

    /// `nfcByLine` in place: NFC only shrinks Vietnamese text, so the output is written over the
    /// input already read; should a piece grow past that point (NFC expands a few scripts' letters),
    /// the rest goes to a new array. A huge text is not held twice.
    static func nfcByLineInPlace(_ bytes: inout [UInt8]) {
        var spill: [UInt8]? = nil
        let written: Int = bytes.withUnsafeMutableBufferPointer { p -> Int in
            guard let base = p.baseAddress else { return 0 }
            var w = 0
            // Appends `src` (bytes up to `readEnd` have been read and may be overwritten).
            func emit(_ src: UnsafeBufferPointer<UInt8>, readEnd: Int) {
                if spill == nil, w + src.count <= readEnd {
                    if let a = src.baseAddress, src.count > 0 { (base + w).update(from: a, count: src.count) }
                    w += src.count
                } else {
                    if spill == nil { spill = Array(UnsafeBufferPointer(start: base, count: w)) }
                    spill!.append(contentsOf: src)
                }
            }
            // Latin text composed without Foundation (whose NFC cost some 600 instructions a byte), into this.
            var composed: [UInt8] = []
            func emitNFC(_ a: Int, _ b: Int) {
                composed.removeAll(keepingCapacity: true)
                if composeLatin(UnsafeBufferPointer(rebasing: p[a..<b]), into: &composed) {
                    composed.withUnsafeBufferPointer { emit($0, readEnd: b) }
                    return
                }
                var piece = nfc(UnsafeBufferPointer(rebasing: p[a..<b]))
                piece.withUTF8 { emit($0, readEnd: b) }
            }
            // A line known to hold a combining mark.
            func line(_ a: Int, _ b: Int) {
                // Pieces cut before the first space more than 2000 bytes from the last cut (`memchr` finds it).
                var start = a
                while start + 2001 < b, let space = memchr(base + start + 2001, 0x20, b - start - 2001) {
                    let i = UnsafeMutableRawPointer(space) - UnsafeMutableRawPointer(base)
                    emitNFC(start, i)
                    start = i
                }
                emitNFC(start, b)
            }
            let newline: [UInt8] = [0x0A]
            let n = p.count
            /// Whether the byte at `i` is an LF that ends a line (one after CR does not).
            func endsLine(_ i: Int) -> Bool { p[i] == 0x0A && (i == 0 || p[i - 1] != 0x0D) }
            // Lines without combining marks are emitted as they are, so the runs of them between the
            // lines that have one go out whole; only those lines are looked at line by line.
            var r = 0
            while true {
                var c = r + cancu_utf8_next_rewrite(base + r, n - r)
                while c < n && !isCombining(base[c], c + 1 < n ? base[c + 1] : 0) {
                    c += 1
                    c += cancu_utf8_next_rewrite(base + c, n - c)
                }
                if c >= n {
                    emit(UnsafeBufferPointer(rebasing: p[r..<n]), readEnd: n)
                    break
                }
                var a = c, b = c
                while a > r && !endsLine(a - 1) { a -= 1 }
                while b < n && !endsLine(b) { b += 1 }
                if a > r { emit(UnsafeBufferPointer(rebasing: p[r..<a]), readEnd: a) }
                line(a, b)
                if b == n { break }
                newline.withUnsafeBufferPointer { emit($0, readEnd: b + 1) }
                r = b + 1
            }
            return w
        }
        if let spill { bytes = spill } else { bytes.removeLast(bytes.count - written) }
    }

    /// The NFC of one piece of valid UTF-8: `composeLatin` where it applies, else Foundation's.
    static func nfc(_ piece: UnsafeBufferPointer<UInt8>) -> String {
        var composed: [UInt8] = []
        if composeLatin(piece, into: &composed) { return String(decoding: composed, as: UTF8.self) }
        return String(decoding: piece, as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    /// Appends the NFC of `piece` (valid UTF-8) to `out` and returns true when every character in it is ASCII, in
    /// `isLatinStable`'s ranges, or a combining mark (U+0300–U+036F) after one of those; otherwise false (`out`
    /// then holds part of the piece), and Foundation's NFC must run.
    ///
    /// The same result as NFC: each of those characters is a starter that no character before it composes with
    /// (none is the second of a composition pair), so NFC splits the text before each one, and each piece (a
    /// starter and the marks after it) is composed by `composeCluster` as NFC composes it.
    static func composeLatin(_ piece: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        guard let p = piece.baseAddress else { return true }
        let n = piece.count
        out.reserveCapacity(out.count + n)
        // The characters that stay are copied a run at a time: the run from `copied` on, up to the last starter
        // before a mark. Where the last starter begins, and what it is (nil: none yet).
        var copied = 0
        var last = 0
        var lastScalar: UInt32? = nil
        var marks: [UInt32] = []
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                last = i; lastScalar = UInt32(b)
                i += 1
                continue
            }
            // Combining marks U+0300–U+036F: CC 80–BF, CD 80–AF. The starter and all the marks after it go together.
            if b == 0xCC || (b == 0xCD && p[i + 1] <= 0xAF) {
                guard let starter = lastScalar else { return false }
                marks.removeAll(keepingCapacity: true)
                while i + 1 < n, p[i] == 0xCC || (p[i] == 0xCD && p[i + 1] <= 0xAF) {
                    marks.append((UInt32(p[i]) & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F))
                    i += 2
                }
                guard let composed = composeCluster(starter, &marks) else { return false }
                out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: last - copied))
                appendUTF8(composed, to: &out)
                for m in marks { appendUTF8(m, to: &out) }
                copied = i
                lastScalar = nil   // what follows is not a mark
                continue
            }
            // Valid UTF-8: the length follows from the lead byte.
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var c = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len { c = c << 6 | UInt32(p[i + k] & 0x3F) }
            guard isLatinStable(c) else { return false }
            last = i; lastScalar = c
            i += len
        }
        out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: n - copied))
        return true
    }

    /// NFC of `starter` (ASCII or `isLatinStable`) followed by `marks` (U+0300–U+036F): the starter decomposed, the
    /// marks put in canonical order (stable, by combining class), then composed onto the starter one by one where
    /// a pair composes and no mark left between has the same class. Returns the composed starter and leaves the
    /// marks that stay in `marks`; nil for what is left to Foundation (a mark that decomposes or has class 0, a
    /// composite beyond the ranges).
    static func composeCluster(_ starter: UInt32, _ marks: inout [UInt32]) -> UInt32? {
        var s = starter
        while let d = latinDecomposition(s) {
            marks.insert(0x300 | (d & 0x7F), at: 0)
            s = d >> 7
        }
        for m in marks where m == 0x340 || m == 0x341 || m == 0x343 || m == 0x344 || combiningClass(m) == 0 { return nil }
        // Insertion sort: a cluster has a mark or two.
        if marks.count > 1 {
            for k in 1..<marks.count {
                let m = marks[k], c = combiningClass(m)
                var j = k
                while j > 0 && combiningClass(marks[j - 1]) > c { marks[j] = marks[j - 1]; j -= 1 }
                marks[j] = m
            }
        }
        var kept = 0
        var lastClass: UInt8 = 0
        for k in marks.indices {
            let m = marks[k], c = combiningClass(m)
            if kept == 0 || lastClass < c, let composed = latinComposition(s, m) {
                guard composed < 0x80 || isLatinStable(composed) else { return nil }
                s = composed
            } else {
                marks[kept] = m; kept += 1; lastClass = c
            }
        }
        marks.removeLast(marks.count - kept)
        return s
    }

    /// Appends a scalar below U+10000 as UTF-8.
    @inline(__always) static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | c >> 6)); out.append(UInt8(0x80 | c & 0x3F))
        } else {
            out.append(UInt8(0xE0 | c >> 12)); out.append(UInt8(0x80 | (c >> 6) & 0x3F)); out.append(UInt8(0x80 | c & 0x3F))
        }
    }

    /// Characters (beyond ASCII) that NFC leaves as they are, that no character before them composes with, and
    /// whose canonical decomposition (if any) is an ASCII or such character and a mark U+0300–U+036F: Latin-1 to the
    /// IPA letters (U+00A0–U+02AF), Latin Extended Additional (Vietnamese, U+1E00–U+1EFF), general punctuation
    /// (U+2010–U+205E), currency signs (U+20A0–U+20BF) and mathematical operators (U+2200–U+22FF), as checked
    /// against the Unicode data when the tables below were made.
    @inline(__always) static func isLatinStable(_ c: UInt32) -> Bool {
        (c >= 0xA0 && c <= 0x2AF) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x205E)
            || (c >= 0x20A0 && c <= 0x20BF) || (c >= 0x2200 && c <= 0x22FF)
    }

    /// The canonical combining class of a mark U+0300–U+036F.
    @inline(__always) static func combiningClass(_ m: UInt32) -> UInt8 { combiningClasses[Int(m - 0x300)] }

    /// The value after `key` in a table of sorted pairs (a binary search).
    static func lookUp(_ key: UInt32, in table: [UInt32]) -> UInt32? {
        table.withUnsafeBufferPointer { t -> UInt32? in
            var lo = 0, hi = t.count / 2
            while lo < hi {
                let mid = (lo + hi) / 2
                let k = t[2 * mid]
                if k == key { return t[2 * mid + 1] }
                if k < key { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }

    /// The primary composite of `base` (ASCII or `isLatinStable`) and a mark U+0300–U+036F, if there is one.
    @inline(__always) static func latinComposition(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        lookUp(base << 7 | (mark - 0x300), in: latinCompositions)
    }

    /// The canonical decomposition of `c` as `base << 7 | (mark - 0x300)`, for the `isLatinStable` characters that have one.
    @inline(__always) static func latinDecomposition(_ c: UInt32) -> UInt32? {
        c < 0xC0 ? nil : lookUp(c, in: latinDecompositions)
    }

    /// Every primary composite (not excluded from composition) of an ASCII or `isLatinStable` base and a mark
    /// U+0300–U+036F: `base << 7 | (mark - 0x300)`, then the composite, sorted (from the Unicode 14 data; these
    /// compositions are the same in every version since 3.1).
    static let latinCompositions: [UInt32] = [
        0x0001E38, 0x226E, 0x0001EB8, 0x2260, 0x0001F38, 0x226F, 0x0002080, 0x00C0, 0x0002081, 0x00C1, 0x0002082, 0x00C2,
        0x0002083, 0x00C3, 0x0002084, 0x0100, 0x0002086, 0x0102, 0x0002087, 0x0226, 0x0002088, 0x00C4, 0x0002089, 0x1EA2,
        0x000208A, 0x00C5, 0x000208C, 0x01CD, 0x000208F, 0x0200, 0x0002091, 0x0202, 0x00020A3, 0x1EA0, 0x00020A5, 0x1E00,
        0x00020A8, 0x0104, 0x0002107, 0x1E02, 0x0002123, 0x1E04, 0x0002131, 0x1E06, 0x0002181, 0x0106, 0x0002182, 0x0108,
        0x0002187, 0x010A, 0x000218C, 0x010C, 0x00021A7, 0x00C7, 0x0002207, 0x1E0A, 0x000220C, 0x010E, 0x0002223, 0x1E0C,
        0x0002227, 0x1E10, 0x000222D, 0x1E12, 0x0002231, 0x1E0E, 0x0002280, 0x00C8, 0x0002281, 0x00C9, 0x0002282, 0x00CA,
        0x0002283, 0x1EBC, 0x0002284, 0x0112, 0x0002286, 0x0114, 0x0002287, 0x0116, 0x0002288, 0x00CB, 0x0002289, 0x1EBA,
        0x000228C, 0x011A, 0x000228F, 0x0204, 0x0002291, 0x0206, 0x00022A3, 0x1EB8, 0x00022A7, 0x0228, 0x00022A8, 0x0118,
        0x00022AD, 0x1E18, 0x00022B0, 0x1E1A, 0x0002307, 0x1E1E, 0x0002381, 0x01F4, 0x0002382, 0x011C, 0x0002384, 0x1E20,
        0x0002386, 0x011E, 0x0002387, 0x0120, 0x000238C, 0x01E6, 0x00023A7, 0x0122, 0x0002402, 0x0124, 0x0002407, 0x1E22,
        0x0002408, 0x1E26, 0x000240C, 0x021E, 0x0002423, 0x1E24, 0x0002427, 0x1E28, 0x000242E, 0x1E2A, 0x0002480, 0x00CC,
        0x0002481, 0x00CD, 0x0002482, 0x00CE, 0x0002483, 0x0128, 0x0002484, 0x012A, 0x0002486, 0x012C, 0x0002487, 0x0130,
        0x0002488, 0x00CF, 0x0002489, 0x1EC8, 0x000248C, 0x01CF, 0x000248F, 0x0208, 0x0002491, 0x020A, 0x00024A3, 0x1ECA,
        0x00024A8, 0x012E, 0x00024B0, 0x1E2C, 0x0002502, 0x0134, 0x0002581, 0x1E30, 0x000258C, 0x01E8, 0x00025A3, 0x1E32,
        0x00025A7, 0x0136, 0x00025B1, 0x1E34, 0x0002601, 0x0139, 0x000260C, 0x013D, 0x0002623, 0x1E36, 0x0002627, 0x013B,
        0x000262D, 0x1E3C, 0x0002631, 0x1E3A, 0x0002681, 0x1E3E, 0x0002687, 0x1E40, 0x00026A3, 0x1E42, 0x0002700, 0x01F8,
        0x0002701, 0x0143, 0x0002703, 0x00D1, 0x0002707, 0x1E44, 0x000270C, 0x0147, 0x0002723, 0x1E46, 0x0002727, 0x0145,
        0x000272D, 0x1E4A, 0x0002731, 0x1E48, 0x0002780, 0x00D2, 0x0002781, 0x00D3, 0x0002782, 0x00D4, 0x0002783, 0x00D5,
        0x0002784, 0x014C, 0x0002786, 0x014E, 0x0002787, 0x022E, 0x0002788, 0x00D6, 0x0002789, 0x1ECE, 0x000278B, 0x0150,
        0x000278C, 0x01D1, 0x000278F, 0x020C, 0x0002791, 0x020E, 0x000279B, 0x01A0, 0x00027A3, 0x1ECC, 0x00027A8, 0x01EA,
        0x0002801, 0x1E54, 0x0002807, 0x1E56, 0x0002901, 0x0154, 0x0002907, 0x1E58, 0x000290C, 0x0158, 0x000290F, 0x0210,
        0x0002911, 0x0212, 0x0002923, 0x1E5A, 0x0002927, 0x0156, 0x0002931, 0x1E5E, 0x0002981, 0x015A, 0x0002982, 0x015C,
        0x0002987, 0x1E60, 0x000298C, 0x0160, 0x00029A3, 0x1E62, 0x00029A6, 0x0218, 0x00029A7, 0x015E, 0x0002A07, 0x1E6A,
        0x0002A0C, 0x0164, 0x0002A23, 0x1E6C, 0x0002A26, 0x021A, 0x0002A27, 0x0162, 0x0002A2D, 0x1E70, 0x0002A31, 0x1E6E,
        0x0002A80, 0x00D9, 0x0002A81, 0x00DA, 0x0002A82, 0x00DB, 0x0002A83, 0x0168, 0x0002A84, 0x016A, 0x0002A86, 0x016C,
        0x0002A88, 0x00DC, 0x0002A89, 0x1EE6, 0x0002A8A, 0x016E, 0x0002A8B, 0x0170, 0x0002A8C, 0x01D3, 0x0002A8F, 0x0214,
        0x0002A91, 0x0216, 0x0002A9B, 0x01AF, 0x0002AA3, 0x1EE4, 0x0002AA4, 0x1E72, 0x0002AA8, 0x0172, 0x0002AAD, 0x1E76,
        0x0002AB0, 0x1E74, 0x0002B03, 0x1E7C, 0x0002B23, 0x1E7E, 0x0002B80, 0x1E80, 0x0002B81, 0x1E82, 0x0002B82, 0x0174,
        0x0002B87, 0x1E86, 0x0002B88, 0x1E84, 0x0002BA3, 0x1E88, 0x0002C07, 0x1E8A, 0x0002C08, 0x1E8C, 0x0002C80, 0x1EF2,
        0x0002C81, 0x00DD, 0x0002C82, 0x0176, 0x0002C83, 0x1EF8, 0x0002C84, 0x0232, 0x0002C87, 0x1E8E, 0x0002C88, 0x0178,
        0x0002C89, 0x1EF6, 0x0002CA3, 0x1EF4, 0x0002D01, 0x0179, 0x0002D02, 0x1E90, 0x0002D07, 0x017B, 0x0002D0C, 0x017D,
        0x0002D23, 0x1E92, 0x0002D31, 0x1E94, 0x0003080, 0x00E0, 0x0003081, 0x00E1, 0x0003082, 0x00E2, 0x0003083, 0x00E3,
        0x0003084, 0x0101, 0x0003086, 0x0103, 0x0003087, 0x0227, 0x0003088, 0x00E4, 0x0003089, 0x1EA3, 0x000308A, 0x00E5,
        0x000308C, 0x01CE, 0x000308F, 0x0201, 0x0003091, 0x0203, 0x00030A3, 0x1EA1, 0x00030A5, 0x1E01, 0x00030A8, 0x0105,
        0x0003107, 0x1E03, 0x0003123, 0x1E05, 0x0003131, 0x1E07, 0x0003181, 0x0107, 0x0003182, 0x0109, 0x0003187, 0x010B,
        0x000318C, 0x010D, 0x00031A7, 0x00E7, 0x0003207, 0x1E0B, 0x000320C, 0x010F, 0x0003223, 0x1E0D, 0x0003227, 0x1E11,
        0x000322D, 0x1E13, 0x0003231, 0x1E0F, 0x0003280, 0x00E8, 0x0003281, 0x00E9, 0x0003282, 0x00EA, 0x0003283, 0x1EBD,
        0x0003284, 0x0113, 0x0003286, 0x0115, 0x0003287, 0x0117, 0x0003288, 0x00EB, 0x0003289, 0x1EBB, 0x000328C, 0x011B,
        0x000328F, 0x0205, 0x0003291, 0x0207, 0x00032A3, 0x1EB9, 0x00032A7, 0x0229, 0x00032A8, 0x0119, 0x00032AD, 0x1E19,
        0x00032B0, 0x1E1B, 0x0003307, 0x1E1F, 0x0003381, 0x01F5, 0x0003382, 0x011D, 0x0003384, 0x1E21, 0x0003386, 0x011F,
        0x0003387, 0x0121, 0x000338C, 0x01E7, 0x00033A7, 0x0123, 0x0003402, 0x0125, 0x0003407, 0x1E23, 0x0003408, 0x1E27,
        0x000340C, 0x021F, 0x0003423, 0x1E25, 0x0003427, 0x1E29, 0x000342E, 0x1E2B, 0x0003431, 0x1E96, 0x0003480, 0x00EC,
        0x0003481, 0x00ED, 0x0003482, 0x00EE, 0x0003483, 0x0129, 0x0003484, 0x012B, 0x0003486, 0x012D, 0x0003488, 0x00EF,
        0x0003489, 0x1EC9, 0x000348C, 0x01D0, 0x000348F, 0x0209, 0x0003491, 0x020B, 0x00034A3, 0x1ECB, 0x00034A8, 0x012F,
        0x00034B0, 0x1E2D, 0x0003502, 0x0135, 0x000350C, 0x01F0, 0x0003581, 0x1E31, 0x000358C, 0x01E9, 0x00035A3, 0x1E33,
        0x00035A7, 0x0137, 0x00035B1, 0x1E35, 0x0003601, 0x013A, 0x000360C, 0x013E, 0x0003623, 0x1E37, 0x0003627, 0x013C,
        0x000362D, 0x1E3D, 0x0003631, 0x1E3B, 0x0003681, 0x1E3F, 0x0003687, 0x1E41, 0x00036A3, 0x1E43, 0x0003700, 0x01F9,
        0x0003701, 0x0144, 0x0003703, 0x00F1, 0x0003707, 0x1E45, 0x000370C, 0x0148, 0x0003723, 0x1E47, 0x0003727, 0x0146,
        0x000372D, 0x1E4B, 0x0003731, 0x1E49, 0x0003780, 0x00F2, 0x0003781, 0x00F3, 0x0003782, 0x00F4, 0x0003783, 0x00F5,
        0x0003784, 0x014D, 0x0003786, 0x014F, 0x0003787, 0x022F, 0x0003788, 0x00F6, 0x0003789, 0x1ECF, 0x000378B, 0x0151,
        0x000378C, 0x01D2, 0x000378F, 0x020D, 0x0003791, 0x020F, 0x000379B, 0x01A1, 0x00037A3, 0x1ECD, 0x00037A8, 0x01EB,
        0x0003801, 0x1E55, 0x0003807, 0x1E57, 0x0003901, 0x0155, 0x0003907, 0x1E59, 0x000390C, 0x0159, 0x000390F, 0x0211,
        0x0003911, 0x0213, 0x0003923, 0x1E5B, 0x0003927, 0x0157, 0x0003931, 0x1E5F, 0x0003981, 0x015B, 0x0003982, 0x015D,
        0x0003987, 0x1E61, 0x000398C, 0x0161, 0x00039A3, 0x1E63, 0x00039A6, 0x0219, 0x00039A7, 0x015F, 0x0003A07, 0x1E6B,
        0x0003A08, 0x1E97, 0x0003A0C, 0x0165, 0x0003A23, 0x1E6D, 0x0003A26, 0x021B, 0x0003A27, 0x0163, 0x0003A2D, 0x1E71,
        0x0003A31, 0x1E6F, 0x0003A80, 0x00F9, 0x0003A81, 0x00FA, 0x0003A82, 0x00FB, 0x0003A83, 0x0169, 0x0003A84, 0x016B,
        0x0003A86, 0x016D, 0x0003A88, 0x00FC, 0x0003A89, 0x1EE7, 0x0003A8A, 0x016F, 0x0003A8B, 0x0171, 0x0003A8C, 0x01D4,
        0x0003A8F, 0x0215, 0x0003A91, 0x0217, 0x0003A9B, 0x01B0, 0x0003AA3, 0x1EE5, 0x0003AA4, 0x1E73, 0x0003AA8, 0x0173,
        0x0003AAD, 0x1E77, 0x0003AB0, 0x1E75, 0x0003B03, 0x1E7D, 0x0003B23, 0x1E7F, 0x0003B80, 0x1E81, 0x0003B81, 0x1E83,
        0x0003B82, 0x0175, 0x0003B87, 0x1E87, 0x0003B88, 0x1E85, 0x0003B8A, 0x1E98, 0x0003BA3, 0x1E89, 0x0003C07, 0x1E8B,
        0x0003C08, 0x1E8D, 0x0003C80, 0x1EF3, 0x0003C81, 0x00FD, 0x0003C82, 0x0177, 0x0003C83, 0x1EF9, 0x0003C84, 0x0233,
        0x0003C87, 0x1E8F, 0x0003C88, 0x00FF, 0x0003C89, 0x1EF7, 0x0003C8A, 0x1E99, 0x0003CA3, 0x1EF5, 0x0003D01, 0x017A,
        0x0003D02, 0x1E91, 0x0003D07, 0x017C, 0x0003D0C, 0x017E, 0x0003D23, 0x1E93, 0x0003D31, 0x1E95, 0x0005400, 0x1FED,
        0x0005401, 0x0385, 0x0005442, 0x1FC1, 0x0006100, 0x1EA6, 0x0006101, 0x1EA4, 0x0006103, 0x1EAA, 0x0006109, 0x1EA8,
        0x0006204, 0x01DE, 0x0006281, 0x01FA, 0x0006301, 0x01FC, 0x0006304, 0x01E2, 0x0006381, 0x1E08, 0x0006500, 0x1EC0,
        0x0006501, 0x1EBE, 0x0006503, 0x1EC4, 0x0006509, 0x1EC2, 0x0006781, 0x1E2E, 0x0006A00, 0x1ED2, 0x0006A01, 0x1ED0,
        0x0006A03, 0x1ED6, 0x0006A09, 0x1ED4, 0x0006A81, 0x1E4C, 0x0006A84, 0x022C, 0x0006A88, 0x1E4E, 0x0006B04, 0x022A,
        0x0006C01, 0x01FE, 0x0006E00, 0x01DB, 0x0006E01, 0x01D7, 0x0006E04, 0x01D5, 0x0006E0C, 0x01D9, 0x0007100, 0x1EA7,
        0x0007101, 0x1EA5, 0x0007103, 0x1EAB, 0x0007109, 0x1EA9, 0x0007204, 0x01DF, 0x0007281, 0x01FB, 0x0007301, 0x01FD,
        0x0007304, 0x01E3, 0x0007381, 0x1E09, 0x0007500, 0x1EC1, 0x0007501, 0x1EBF, 0x0007503, 0x1EC5, 0x0007509, 0x1EC3,
        0x0007781, 0x1E2F, 0x0007A00, 0x1ED3, 0x0007A01, 0x1ED1, 0x0007A03, 0x1ED7, 0x0007A09, 0x1ED5, 0x0007A81, 0x1E4D,
        0x0007A84, 0x022D, 0x0007A88, 0x1E4F, 0x0007B04, 0x022B, 0x0007C01, 0x01FF, 0x0007E00, 0x01DC, 0x0007E01, 0x01D8,
        0x0007E04, 0x01D6, 0x0007E0C, 0x01DA, 0x0008100, 0x1EB0, 0x0008101, 0x1EAE, 0x0008103, 0x1EB4, 0x0008109, 0x1EB2,
        0x0008180, 0x1EB1, 0x0008181, 0x1EAF, 0x0008183, 0x1EB5, 0x0008189, 0x1EB3, 0x0008900, 0x1E14, 0x0008901, 0x1E16,
        0x0008980, 0x1E15, 0x0008981, 0x1E17, 0x000A600, 0x1E50, 0x000A601, 0x1E52, 0x000A680, 0x1E51, 0x000A681, 0x1E53,
        0x000AD07, 0x1E64, 0x000AD87, 0x1E65, 0x000B007, 0x1E66, 0x000B087, 0x1E67, 0x000B401, 0x1E78, 0x000B481, 0x1E79,
        0x000B508, 0x1E7A, 0x000B588, 0x1E7B, 0x000BF87, 0x1E9B, 0x000D000, 0x1EDC, 0x000D001, 0x1EDA, 0x000D003, 0x1EE0,
        0x000D009, 0x1EDE, 0x000D023, 0x1EE2, 0x000D080, 0x1EDD, 0x000D081, 0x1EDB, 0x000D083, 0x1EE1, 0x000D089, 0x1EDF,
        0x000D0A3, 0x1EE3, 0x000D780, 0x1EEA, 0x000D781, 0x1EE8, 0x000D783, 0x1EEE, 0x000D789, 0x1EEC, 0x000D7A3, 0x1EF0,
        0x000D800, 0x1EEB, 0x000D801, 0x1EE9, 0x000D803, 0x1EEF, 0x000D809, 0x1EED, 0x000D823, 0x1EF1, 0x000DB8C, 0x01EE,
        0x000F504, 0x01EC, 0x000F584, 0x01ED, 0x0011304, 0x01E0, 0x0011384, 0x01E1, 0x0011406, 0x1E1C, 0x0011486, 0x1E1D,
        0x0011704, 0x0230, 0x0011784, 0x0231, 0x001490C, 0x01EF, 0x00F1B04, 0x1E38, 0x00F1B84, 0x1E39, 0x00F2D04, 0x1E5C,
        0x00F2D84, 0x1E5D, 0x00F3107, 0x1E68, 0x00F3187, 0x1E69, 0x00F5002, 0x1EAC, 0x00F5006, 0x1EB6, 0x00F5082, 0x1EAD,
        0x00F5086, 0x1EB7, 0x00F5C02, 0x1EC6, 0x00F5C82, 0x1EC7, 0x00F6602, 0x1ED8, 0x00F6682, 0x1ED9, 0x01101B8, 0x2204,
        0x0110438, 0x2209, 0x01105B8, 0x220C, 0x01111B8, 0x2224, 0x01112B8, 0x2226, 0x0111E38, 0x2241, 0x01121B8, 0x2244,
        0x01122B8, 0x2247, 0x0112438, 0x2249, 0x01126B8, 0x226D, 0x01130B8, 0x2262, 0x0113238, 0x2270, 0x01132B8, 0x2271,
        0x0113938, 0x2274, 0x01139B8, 0x2275, 0x0113B38, 0x2278, 0x0113BB8, 0x2279, 0x0113D38, 0x2280, 0x0113DB8, 0x2281,
        0x0113E38, 0x22E0, 0x0113EB8, 0x22E1, 0x0114138, 0x2284, 0x01141B8, 0x2285, 0x0114338, 0x2288, 0x01143B8, 0x2289,
        0x01148B8, 0x22E2, 0x0114938, 0x22E3, 0x0115138, 0x22AC, 0x0115438, 0x22AD, 0x01154B8, 0x22AE, 0x01155B8, 0x22AF,
        0x0115938, 0x22EA, 0x01159B8, 0x22EB, 0x0115A38, 0x22EC, 0x0115AB8, 0x22ED
    ]

    /// The canonical decomposition of every `isLatinStable` character that has one: the character, then
    /// `base << 7 | (mark - 0x300)`, sorted. (In these ranges every decomposition composes back: the pairs of
    /// `latinCompositions` turned round, but for the three Greek composites of U+00A8.)
    static let latinDecompositions: [UInt32] = {
        var pairs: [(composite: UInt32, pair: UInt32)] = []
        for i in stride(from: 0, to: latinCompositions.count, by: 2) where isLatinStable(latinCompositions[i + 1]) {
            pairs.append((latinCompositions[i + 1], latinCompositions[i]))
        }
        pairs.sort { $0.composite < $1.composite }
        return pairs.flatMap { [$0.composite, $0.pair] }
    }()

    /// The canonical combining classes of U+0300–U+036F.
    static let combiningClasses: [UInt8] = [
        230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230,
        230, 230, 230, 230, 230, 232, 220, 220, 220, 220, 232, 216, 220, 220, 220, 220,
        220, 202, 202, 220, 220, 220, 220, 202, 202, 220, 220, 220, 220, 220, 220, 220,
        220, 220, 220, 220, 1, 1, 1, 1, 1, 220, 220, 220, 220, 230, 230, 230,
        230, 230, 230, 230, 230, 240, 230, 220, 220, 220, 230, 230, 230, 220, 220, 0,
        230, 230, 230, 220, 220, 220, 220, 230, 232, 220, 220, 230, 233, 234, 234, 233,
        234, 234, 233, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230
    ]
}
