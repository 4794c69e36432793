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
        // Thirty-two bytes a step in two vector registers (SSE2 compares): continuation bytes, 0x80–0xBF,
        // are the signed bytes below -64. Per-lane counters, at most 254 per batch before they are summed.
        typealias V = SIMD16<Int8>
        let below = V(repeating: -64)
        while i &+ 32 <= to {
            var lanes = SIMD16<UInt8>(repeating: 0)
            var rounds = 0
            while rounds < 127, i &+ 32 <= to {
                let a = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
                let b = UnsafeRawPointer(base + (i &+ 16)).loadUnaligned(as: V.self)
                lanes &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: a .< below)
                lanes &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: b .< below)
                i &+= 32; rounds &+= 1
            }
            let w = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
            let m: UInt64 = 0x00FF_00FF_00FF_00FF
            let pairs = (w[0] & m) &+ ((w[0] >> 8) & m) &+ (w[1] & m) &+ ((w[1] >> 8) & m)   // four 16-bit sums
            cont &+= Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i + 8 <= to {
            let w = load(base + i)
            cont += continuations(w)
            i += 8
        }
        while i < to { if base[i] & 0xC0 == 0x80 { cont += 1 }; i += 1 }
        return to - from - cont
    }
}
