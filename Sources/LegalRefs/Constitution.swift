#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Constitution cited by name (DOMAIN.md P18, §4.5): `Hiến pháp năm 2013`, `Căn cứ Hiến pháp nước Cộng hòa xã
/// hội chủ nghĩa Việt Nam;`, `Điều 14 Hiến pháp`. It has no number, so its reference has no `id`; its year is the
/// one written, else the one in force on the citing date.
enum Constitution {
    struct Version { let year: Int; let adopted: String; let inForce: String }

    /// The constitutions, oldest first.
    static let versions: [Version] = TableText.rows(constitutionTableText, keepEmpty: false).compactMap { r in
        guard r.count >= 3, let y = Int(r[0]) else { return nil }
        return Version(year: y, adopted: r[1], inForce: r[2])
    }

    /// `iến pháp` (after the `H` of `Hiến pháp`).
    static let tail: [UInt8] = Array("iến pháp".utf8)
    static let fullName: [UInt8] = Array(" nuoc cong hoa xa hoi chu nghia viet nam".utf8)
    static let nam: [UInt8] = Array(" nam ".utf8)
    static let canCu: [UInt8] = Array("can cu".utf8)
    static let canCuVao: [UInt8] = Array("can cu vao".utf8)

    /// The year of the constitution in force on `date` (ISO), if any was.
    static func inForce(on date: String) -> Int? {
        versions.last { $0.inForce <= date }?.year
    }

    /// The Constitution's references in `s` (byte ranges, no offsets): where the text gives its year, opens a
    /// `Căn cứ` clause with it, or cites an article of it. Not `Hiến pháp và pháp luật`, `Hiến pháp này`, nor a
    /// draft (`dự thảo Hiến pháp`). In a constitution's own text (`citingKind` `Hiến pháp`) only one named with its year:
    /// `Điều 146 Hiến pháp` there is itself.
    static func find(_ s: UnsafeBufferPointer<UInt8>, citingDate: String?, citingKind: String? = nil) -> [Reference] {
        guard let base = s.baseAddress, s.count > 11 else { return [] }
        var out: [Reference] = []
        let ctx = ContextReader(s: s)
        var i = 0
        while i + 11 <= s.count {
            // `H` is rare in running text (one byte in about 350): each is tested.
            guard let p = memchr(base + i, 0x48, s.count - i) else { break }
            let start = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            i = start + 1
            guard NamedReferences.matches(s, tail, at: start + 1) else { continue }
            let end = start + 1 + tail.count
            guard start == 0 || !(isWordByte(s[start - 1]) || s[start - 1] >= 0x80),
                  end == s.count || !(isWordByte(s[end]) || s[end] >= 0x80),
                  !NamedReferences.afterDraft(s, start) else { continue }
            // After the name: `nước Cộng hòa xã hội chủ nghĩa Việt Nam`, then `năm 2013` or `2013`.
            let (year, refEnd) = ctx.withWindowAfter(end, bytes: 80) { w -> (Int?, Int) in
                var k = 0
                if w.matches(fullName, at: 0), !(w.has(fullName.count) && isWordByte(w[fullName.count])) { k = fullName.count }
                var y = k
                if w.matches(nam, at: y) { y += nam.count - 1 } else if w.has(y), w[y] == 0x20 { } else { return (nil, w.offset(k)) }
                y += 1
                guard w.has(y + 3), (y..<(y + 4)).allSatisfy({ w[$0] &- 0x30 < 10 }), !(w.has(y + 4) && isWordByte(w[y + 4])) else {
                    return (nil, w.offset(k))
                }
                let year = (y..<(y + 4)).reduce(0) { $0 * 10 + Int(w[$1] &- 0x30) }
                return (year, w.offset(y + 4))
            }
            guard year != nil || citingKind != "Hiến pháp" else { continue }
            let cited = year != nil || ctx.withWindowBefore(start, bytes: 24) { w in
                w.has(w.end - 1) && w[w.end - 1] == 0x20 && (w.hasWord(canCu, endingAt: w.end - 1) || w.hasWord(canCuVao, endingAt: w.end - 1))
            } || ctx.pinpoint(before: start) != nil
            guard cited else { continue }
            let resolvedYear: Int?
            if let year {
                guard versions.contains(where: { $0.year == year }) else { continue }
                resolvedYear = year
            } else {
                resolvedYear = citingDate.flatMap(inForce(on:))
            }
            var r = Reference()
            r.byteStart = start
            r.byteEnd = refEnd
            r.kind = "Hiến pháp"
            r.year = resolvedYear
            r.issuer = "Quốc hội"
            r.status = resolvedYear == nil ? .partial : .resolved
            out.append(r)
            i = refEnd
        }
        return out
    }
}
