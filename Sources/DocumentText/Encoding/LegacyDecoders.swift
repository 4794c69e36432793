/// The legacy encodings a Vietnamese text can come in, besides Unicode.
enum LegacyEncoding: String, CaseIterable, Sendable {
    /// TCVN 5712:1993 VN3 (ABC, `.VnTime`): `NghÞ ®Þnh sè 127/2018/N§-CP`.
    case tcvn3
    /// VNI-Windows: `Quyeát ñònh soá 186/2006/QÑ-TTg`.
    case vni
    /// Windows-1258 (base letters + combining tone marks).
    case cp1258
    /// UTF-8 bytes once read as Windows-1252: `Quyáº¿t Ä‘á»‹nh`.
    case utf8Mojibake = "utf-8-mojibake"
    /// Windows-1252 (Western text with no Vietnamese at all).
    case cp1252
}

/// Decoders from "units" to Unicode scalars. A unit below 0x100 is a byte of the legacy encoding
/// (either a raw byte, or a character that was once produced by reading that byte as Windows-1252
/// and has been mapped back); a unit from 0x100 up is a Unicode scalar that passes through.
enum LegacyDecoders {
    /// Windows-1252 characters from U+0100 up → their byte (0: none), for U+0100–U+02FF and U+2000–U+21FF,
    /// where all of them lie. Flat tables: the paragraph chooser asks for every character of a line.
    static let cp1252ReverseTables: (latin: [UInt8], punctuation: [UInt8]) = {
        var latin = [UInt8](repeating: 0, count: 0x200), punctuation = [UInt8](repeating: 0, count: 0x200)
        for (i, u) in LegacyTables.cp1252High.enumerated() where u >= 0x100 {
            switch u {
            case 0x100..<0x300: latin[Int(u) - 0x100] = UInt8(0x80 + i)
            case 0x2000..<0x2200: punctuation[Int(u) - 0x2000] = UInt8(0x80 + i)
            default: preconditionFailure("Windows-1252 character U+\(String(u, radix: 16)) outside the reverse tables")
            }
        }
        return (latin, punctuation)
    }()

    /// The Windows-1252 byte of a character from U+0100 up (`’` → 0x92), or `nil` when it has none.
    @inline(__always)
    static func cp1252Byte(_ s: UInt32) -> UInt8? {
        let b: UInt8
        switch s {
        case 0x100..<0x300: b = cp1252ReverseTables.latin[Int(s) - 0x100]
        case 0x2000..<0x2200: b = cp1252ReverseTables.punctuation[Int(s) - 0x2000]
        default: return nil
        }
        return b == 0 ? nil : b
    }

    /// VNI bases (as Windows-1252 characters, all below U+0100) → their row in `vniPairTable` (0: not a base).
    static let vniBaseRow: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x100)
        var rows: UInt8 = 0
        for (b, _, _) in LegacyTables.vniPairs where t[Int(b)] == 0 { rows += 1; t[Int(b)] = rows }
        return t
    }()

    /// VNI pairs: row of the base × 256 + modifier (a Windows-1252 character below U+0100) → letter (0: none).
    static let vniPairTable: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256 * (Int(vniBaseRow.max()!) + 1))
        for (b, m, r) in LegacyTables.vniPairs { t[Int(vniBaseRow[Int(b)]) << 8 | Int(m)] = r }
        return t
    }()

    /// VNI single-character letters by their Windows-1252 character (all below U+0100; 0: none).
    static let vniSingleTable: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x100)
        for (c, r) in LegacyTables.vniSingle { t[Int(c)] = r }
        return t
    }()

    /// Maps Unicode scalars back to units: Latin-1 and Windows-1252 characters become their byte,
    /// everything else passes through. `extras` adds glyph substitutes seen in PDF text layers.
    static func units<C: Collection>(fromScalars scalars: C) -> [UInt32] where C.Element == UInt32 {
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            if s < 0x100 { out.append(s) } else if let b = cp1252Byte(s) { out.append(UInt32(b)) } else { out.append(s) }
        }
        return out
    }

    /// Decodes units in `encoding`.
    static func decode(_ units: [UInt32], as encoding: LegacyEncoding) -> [UInt32] {
        switch encoding {
        case .tcvn3: return tcvn3(units)
        case .vni: return vni(units)
        case .cp1258: return cp1258(units)
        case .utf8Mojibake: return utf8(units)
        case .cp1252:
            let high = LegacyTables.cp1252High
            return units.map { $0 >= 0x80 && $0 < 0x100 ? UInt32(high[Int($0) - 0x80]) : $0 }
        }
    }

    /// TCVN3, byte by byte. PDF text layers of TCVN3 documents show `−` (U+2212) for ư and `∙` for ã.
    static func tcvn3(_ units: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(units.count)
        let high = LegacyTables.tcvn3High       // read once: a static's every read is a `swift_once` call
        for u in units {
            if u < 0x80 { out.append(u) }
            else if u < 0x100 { out.append(UInt32(high[Int(u) - 0x80])) }
            else if u == 0x2212 { out.append(0x1B0) }
            else if u == 0x2219 { out.append(0xE3) }
            else { out.append(u) }
        }
        return out
    }

    /// Windows-1258: the combining tone marks are composed with the vowel before them.
    static func cp1258(_ units: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(units.count)
        let high = LegacyTables.cp1258High
        for u in units {
            let s = u >= 0x80 && u < 0x100 ? UInt32(high[Int(u) - 0x80]) : u
            if let tone = toneOfCombining(s), let last = out.last, let composed = VietnameseSyllables.compose(last, tone: tone) {
                out[out.count - 1] = composed
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// The tone number (1–5, as in `LegacyTables.vowels`) of a combining tone mark.
    @inline(__always)
    static func toneOfCombining(_ s: UInt32) -> UInt8? {
        switch s {
        case 0x300: return 1
        case 0x301: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    /// VNI-Windows: base letter + modifier pairs, then single-character letters.
    static func vni(_ units: [UInt32]) -> [UInt32] {
        let high = LegacyTables.cp1252High
        let chars = units.map { $0 >= 0x80 && $0 < 0x100 ? UInt32(high[Int($0) - 0x80]) : $0 }
        var out: [UInt32] = []
        out.reserveCapacity(chars.count)
        var i = 0
        vniBaseRow.withUnsafeBufferPointer { baseRow in
            vniPairTable.withUnsafeBufferPointer { pairs in
                vniSingleTable.withUnsafeBufferPointer { single in
                    while i < chars.count {
                        let c = chars[i]
                        if c < 0x100 {
                            let row = Int(baseRow[Int(c)])
                            if row != 0, i + 1 < chars.count, chars[i + 1] < 0x100 {
                                let r = pairs[row << 8 | Int(chars[i + 1])]
                                if r != 0 { out.append(r); i += 2; continue }
                            }
                            let one = single[Int(c)]
                            out.append(one != 0 ? one : c)
                        } else {
                            out.append(c)
                        }
                        i += 1
                    }
                }
            }
        }
        return out
    }

    /// UTF-8 read as Windows-1252: the units are the UTF-8 bytes again. Sequences that do not decode
    /// keep their units as characters; `Ä` followed by a lost 0x90 byte is `Đ`.
    static func utf8(_ units: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(units.count)
        var i = 0
        let n = units.count
        func cont(_ k: Int) -> UInt32? {
            k < n && units[k] >= 0x80 && units[k] < 0xC0 ? units[k] & 0x3F : nil
        }
        // The byte A0 reads as a no-break space, which copying often turns into a plain space: `ngÃ y` is
        // `ngày` (à = C3 A0), `Æ ` is `Ơ`, `áº ` is `Ạ`. A space can only be that byte as a sequence's last one.
        func lastCont(_ k: Int) -> UInt32? {
            k < n && units[k] == 0x20 ? 0x20 : cont(k)
        }
        let high = LegacyTables.cp1252High
        while i < n {
            let u = units[i]
            if u >= 0xC2 && u < 0xE0 {
                if let c1 = lastCont(i + 1) { out.append((u & 0x1F) << 6 | c1); i += 2; continue }
                if u == 0xC4 { out.append(0x110); i += 1; continue }        // Đ = C4 90, 0x90 lost
            } else if u >= 0xE0 && u < 0xF0, let c1 = cont(i + 1), let c2 = lastCont(i + 2) {
                let s = (u & 0x0F) << 12 | c1 << 6 | c2
                if s >= 0x800 && !(s >= 0xD800 && s < 0xE000) { out.append(s); i += 3; continue }
            } else if u >= 0xF0 && u < 0xF5, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
                let s = (u & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                if s >= 0x10000 && s < 0x110000 { out.append(s); i += 4; continue }
            }
            out.append(u < 0x100 && u >= 0x80 ? UInt32(high[Int(u) - 0x80]) : u)
            i += 1
        }
        return out
    }
}
