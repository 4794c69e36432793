/// The sentence around a reference: the evidence stored with every mention edge.
enum Sentence {
    /// Bytes looked at on each side of the reference before the sentence is cut with `…`.
    static let reach = 360

    /// The sentence (or line) of `text` that contains the UTF-8 byte span `start..<end`, on one line.
    static func around(_ text: String, byteStart: Int, byteEnd: Int) -> String {
        var text = text
        return text.withUTF8 { around($0, byteStart: byteStart, byteEnd: byteEnd) }
    }

    static func around(_ b: UnsafeBufferPointer<UInt8>, byteStart: Int, byteEnd: Int) -> String {
        let n = b.count
        let s = min(max(0, byteStart), n)
        let e = min(max(s, byteEnd), n)
        // Backwards to a line break or a sentence end followed by a space.
        var lo = s
        var cutLeft = false
        while lo > 0 {
            if s - lo >= reach { cutLeft = true; break }
            let c = b[lo - 1]
            if c == 0x0A { break }
            if lo < n, isSentenceEnd(c), b[lo] == 0x20 || b[lo] == 0x09 { break }
            lo -= 1
        }
        var hi = e
        var cutRight = false
        while hi < n {
            if hi - e >= reach { cutRight = true; break }
            let c = b[hi]
            if c == 0x0A { break }
            if isSentenceEnd(c), hi + 1 >= n || b[hi + 1] == 0x20 || b[hi + 1] == 0x0A || b[hi + 1] == 0x09 {
                hi += 1
                break
            }
            hi += 1
        }
        // Never cut inside a UTF-8 sequence; cut at a space when cutting at all.
        while lo < s, lo < n, b[lo] & 0xC0 == 0x80 { lo += 1 }
        while hi > e, hi < n, b[hi] & 0xC0 == 0x80 { hi -= 1 }
        if cutLeft, let sp = (lo..<s).first(where: { b[$0] == 0x20 }) { lo = sp + 1 }
        if cutRight, let sp = (e..<hi).reversed().first(where: { b[$0] == 0x20 }) { hi = sp }
        var out = [UInt8]()
        out.reserveCapacity(hi - lo + 8)
        if cutLeft { out.append(contentsOf: [0xE2, 0x80, 0xA6]) }
        var lastSpace = true
        for i in lo..<hi {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        while out.last == 0x20 { out.removeLast() }
        if cutRight { out.append(contentsOf: [0xE2, 0x80, 0xA6]) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isSentenceEnd(_ c: UInt8) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B }
}
