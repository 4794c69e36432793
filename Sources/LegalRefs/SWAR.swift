/// Eight bytes at a time ("SIMD within a register") for the byte loops that touch the whole text:
/// skipping to the next digit, counting scalars, skipping plain ASCII. Words are read little-endian,
/// so the lowest flagged byte is the first in the text; the lowest flag of each test is exact.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p` as a little-endian word.
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// High bit set in each byte that is an ASCII digit (exact for the lowest one).
    @inline(__always) static func digits(_ w: UInt64) -> UInt64 {
        let x = w ^ (ones &* 0x30)
        return (x &- ones &* 0x0A) & ~x & highs
    }

    /// High bit set in each byte equal to `c` (exact for the lowest one).
    @inline(__always) static func bytes(_ w: UInt64, equalTo c: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(c))
        return (x &- ones) & ~x & highs
    }

    /// High bit set in each byte that is a control character or not ASCII (exact for the lowest one).
    @inline(__always) static func notPrintableASCII(_ w: UInt64) -> UInt64 {
        (w | ((w &- ones &* 0x20) & ~w)) & highs
    }

    /// How many bytes of `w` are UTF-8 continuation bytes (`10xxxxxx`).
    @inline(__always) static func continuations(_ w: UInt64) -> Int {
        (w & ~(w << 1) & highs).nonzeroBitCount
    }

    /// The number of Unicode scalars in `p[from..<to]` (bytes that are not continuation bytes).
    static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = p.baseAddress, to > from else { return 0 }
        var i = from
        var cont = 0
        // Per-byte counters (one per lane, at most 255 words before they are summed): no popcount,
        // which the baseline x86-64 target lacks.
        while i + 8 <= to {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255, i + 8 <= to {
                let w = load(base + i)
                lanes &+= (w & ~(w << 1) & highs) >> 7
                i += 8; words += 1
            }
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)   // four 16-bit sums
            cont += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i < to { if base[i] & 0xC0 == 0x80 { cont += 1 }; i += 1 }
        return to - from - cont
    }
}
