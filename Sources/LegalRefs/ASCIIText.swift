/// Byte-level versions of the `String` helpers that run for every symbol group (upper-casing, code
/// folding, splitting digits, canonical numbers). They answer only for text made of ASCII and `Đ`/`đ`
/// (what symbols are made of) and return `nil` otherwise, so callers fall back to the `Character`-based
/// originals and the results are always the same.
enum ASCIIText {
    /// `s.uppercased()` (`foldingD`: with `Đ` then folded to `D`, as `Vocabulary.foldCode`); the string
    /// itself when nothing changes.
    static func upper(_ s: String, foldingD: Bool) -> String? {
        let original = s
        var s = s
        return s.withUTF8 { u -> String? in
            var changes = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x80 {
                    guard b == 0xC4, i + 1 < u.count, u[i + 1] == 0x90 || u[i + 1] == 0x91 else { return nil }
                    if foldingD || u[i + 1] == 0x91 { changes = true }
                    i += 2
                    continue
                }
                if b >= 0x61 && b <= 0x7A { changes = true }
                i += 1
            }
            if !changes { return original }
            var out = [UInt8]()
            out.reserveCapacity(u.count)
            i = 0
            while i < u.count {
                let b = u[i]
                if b == 0xC4 {
                    if foldingD { out.append(0x44) } else { out.append(0xC4); out.append(0x90) }
                    i += 2
                    continue
                }
                out.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `s` is made of ASCII and `Đ`/`đ` only: then `Character`s are bytes (but `Đ`, and a
    /// CR LF pair), and splitting at `/` or testing a prefix can work on the UTF-8 bytes.
    static func isSymbolText(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b == 0x0D { return false }
                if b < 0x80 { i += 1; continue }
                guard b == 0xC4, i + 1 < u.count, u[i + 1] == 0x90 || u[i + 1] == 0x91 else { return false }
                i += 2
            }
            return true
        }
    }

    /// `Vocabulary.foldCode(code) == Vocabulary.foldCode(splitDigits(other).0)` for codes made of ASCII and
    /// `Đ`/`đ` (upper case, `Đ` as `D`, compared byte by byte without making strings); nil for other text.
    static func sameFoldedCode(_ code: String, base other: String) -> Bool? {
        var code = code, other = other
        return code.withUTF8 { a in
            other.withUTF8 { b -> Bool? in
                var e = b.count
                while e > 0, b[e - 1] >= 0x30, b[e - 1] <= 0x39 { e -= 1 }
                // As `splitDigits`: what precedes the digits is ASCII, `Đ`, `đ`, or nothing.
                guard e == 0 || b[e - 1] < 0x80 || (e >= 2 && b[e - 2] == 0xC4 && (b[e - 1] == 0x90 || b[e - 1] == 0x91)) else { return nil }
                /// The folded byte at `i` of `u` and the length read, or nil for a byte outside ASCII, `Đ`, `đ`.
                @inline(__always) func folded(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt8, Int)? {
                    let c = u[i]
                    if c < 0x80 { return (c >= 0x61 && c <= 0x7A ? c - 0x20 : c, 1) }
                    guard c == 0xC4, i + 1 < end, u[i + 1] == 0x90 || u[i + 1] == 0x91 else { return nil }
                    return (0x44, 2)
                }
                // Both sides are checked to the end (a non-symbol byte anywhere sends the caller to the `String` path).
                var i = 0, j = 0
                var same = true
                while i < a.count || j < e {
                    if i < a.count, j < e {
                        guard let (x, lx) = folded(a, i, a.count), let (y, ly) = folded(b, j, e) else { return nil }
                        if x != y { same = false }
                        i += lx; j += ly
                    } else if i < a.count {
                        guard let (_, lx) = folded(a, i, a.count) else { return nil }
                        same = false; i += lx
                    } else {
                        guard let (_, ly) = folded(b, j, e) else { return nil }
                        same = false; j += ly
                    }
                }
                return same
            }
        }
    }

    /// `Resolver.splitDigits` for ASCII and `Đ`/`đ`: trailing ASCII digits split off.
    static func splitDigits(_ g: String) -> (String, String)? {
        var g = g
        return g.withUTF8 { u -> (String, String)? in
            var e = u.count
            while e > 0, u[e - 1] >= 0x30, u[e - 1] <= 0x39 { e -= 1 }
            // What precedes the digits must not be a non-ASCII number (`²`): ASCII, `Đ`, `đ`, or nothing.
            let before = e == 0 || u[e - 1] < 0x80 || (e >= 2 && u[e - 2] == 0xC4 && (u[e - 1] == 0x90 || u[e - 1] == 0x91))
            guard before else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: u[..<e]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: u[e...]), as: UTF8.self))
        }
    }

    /// `Resolver.canonicalNumber` for digits and dots: `1` → `01`, `0005` → `05`, `127`, `66.7` as is.
    static func canonicalNumber(_ n: String) -> (canonical: String, plain: String)? {
        var bytes = n
        return bytes.withUTF8 { u -> (String, String)? in
            guard u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return nil }   // digits and dots only
            // The number itself where it stays as written (no new string decoded from its bytes).
            if u.contains(0x2E) { return (n, n) }
            var a = 0
            while u.count - a > 1, u[a] == 0x30 { a += 1 }
            if a == 0, u.count > 1 { return (n, n) }
            let plain = String(decoding: UnsafeBufferPointer(rebasing: u[a...]), as: UTF8.self)
            return (u.count - a == 1 ? "0" + plain : plain, plain)
        }
    }
}
