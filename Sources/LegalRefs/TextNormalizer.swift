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
            func emitNFC(_ a: Int, _ b: Int) {
                var piece = nfc(UnsafeBufferPointer(rebasing: p[a..<b]))
                piece.withUTF8 { emit($0, readEnd: b) }
            }
            func line(_ a: Int, _ b: Int) {
                guard containsCombining(UnsafeBufferPointer(rebasing: p[a..<b])) else {
                    emit(UnsafeBufferPointer(rebasing: p[a..<b]), readEnd: b)
                    return
                }
                var start = a
                var i = a
                while i < b {
                    if i - start > 2000, p[i] == 0x20 { emitNFC(start, i); start = i }
                    i += 1
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

    /// Foundation's NFC of one piece of valid UTF-8.
    static func nfc(_ piece: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: piece, as: UTF8.self).precomposedStringWithCanonicalMapping
    }
}
