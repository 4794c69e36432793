import CUTF8Scan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// High bit set in each byte of `w` equal to `c`, exactly (no borrow into the bytes above a match, so the
    /// highest flag is exact too, as a backward search needs).
    @inline(__always) static func bytesExactly(_ w: UInt64, equalTo c: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(c)), low7 = ones &* 0x7F
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// The position just past the last byte `c` in `p[0..<i]`, or 0 when there is none (for a line feed: the start
    /// of the line holding `i`). Eight bytes a step: lines run to a few hundred bytes.
    static func afterLast(_ c: UInt8, in p: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        guard let base = p.baseAddress else { return 0 }
        precondition(i <= p.count, "a position inside the text")
        var j = i
        while j >= 8 {
            let m = bytesExactly(load(base + (j &- 8)), equalTo: c)
            // The highest flagged byte is the last match: its high bit is bit 8k + 7 of byte k.
            if m != 0 { return j &- 8 &+ (63 &- m.leadingZeroBitCount) / 8 &+ 1 }
            j &-= 8
        }
        while j > 0, base[j &- 1] != c { j &-= 1 }
        return j
    }

    /// The first position of byte `c` in `p[from..<to]`, or `to` when there is none (`memchr`: a line runs to
    /// hundreds of bytes, which a byte loop read one by one).
    static func firstIndex(of c: UInt8, in p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = p.baseAddress, from < to else { return max(from, to) }
        precondition(from >= 0 && to <= p.count, "a range inside the text")
        guard let hit = memchr(base + from, Int32(c), to - from) else { return to }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// The number of Unicode scalars in `p[from..<to]` (bytes that are not continuation bytes).
    static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = p.baseAddress, to > from else { return 0 }
        return to - from - cancu_utf8_continuations(base + from, to - from)
    }
}
