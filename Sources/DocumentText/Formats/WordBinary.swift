import Foundation

/// The text of a Word 97–2003 document read directly from its piece table (MS-DOC: FIB → Clx →
/// PlcPcd), including fast-saved files that antiword refuses. 8-bit pieces keep their bytes as
/// Windows-1252 characters, so `.VnTime` text reaches the encoding detector unchanged. Field codes
/// are dropped (their results kept), cell and paragraph marks become line breaks; main text,
/// footnotes, endnotes and text boxes are read, then each distinct header and footer once.
enum WordBinary {
    /// The document is in a format older than Word 97 (Word 6/95), which this reader does not parse.
    struct TooOld: Error {}

    static func text(_ bytes: [UInt8]) throws(DocumentTextError) -> String {
        let cf = try CompoundFile(bytes)
        guard let wd = try cf.stream("WordDocument") else {
            if (try? cf.stream("Workbook")) != nil || (try? cf.stream("Book")) != nil {
                throw DocumentTextError("not a Word document: an Excel workbook")
            }
            if (try? cf.stream("PowerPoint Document")) != nil { throw DocumentTextError("not a Word document: a PowerPoint presentation") }
            throw DocumentTextError("not a Word document: no WordDocument stream")
        }
        let u16 = CompoundFile.u16, u32 = CompoundFile.u32
        guard wd.count >= 0x200, u16(wd, 0) == 0xA5EC else { throw DocumentTextError("not a Word document: bad file information block") }
        let flags = u16(wd, 0x0A)
        if flags & 0x0100 != 0 { throw DocumentTextError("encrypted Word document (a password is required)") }
        let nFib = u16(wd, 2)
        if nFib < 0x00C1 { throw CompoundFile.damaged("Word 6/95 format") }
        let csw = Int(u16(wd, 32))
        let lw = 34 + 2 * csw + 2
        let cslw = Int(u16(wd, lw - 2))
        guard cslw >= 11, lw + 4 * cslw + 2 <= wd.count else { throw CompoundFile.damaged("short file information block") }
        let ccp = { (k: Int) in Int(u32(wd, lw + 4 * k)) }
        let ccpText = ccp(3), ccpFtn = ccp(4), ccpHdd = ccp(5), ccpAtn = ccp(7), ccpEdn = ccp(8), ccpTxbx = ccp(9)
        let fcLcb = lw + 4 * cslw + 2
        guard Int(u16(wd, fcLcb - 2)) > 33, fcLcb + 34 * 8 <= wd.count else { throw CompoundFile.damaged("no piece table") }
        let fcClx = Int(u32(wd, fcLcb + 33 * 8)), lcbClx = Int(u32(wd, fcLcb + 33 * 8 + 4))
        guard let table = try cf.stream(flags & 0x0200 != 0 ? "1Table" : "0Table"),
              lcbClx > 0, fcClx >= 0, fcClx + lcbClx <= table.count else { throw CompoundFile.damaged("no piece table") }
        let clx = Array(table[fcClx..<(fcClx + lcbClx)])
        let units = try pieces(clx, wd, limit: ccpText + ccpFtn + ccpHdd + ccpAtn + ccpEdn + ccpTxbx + 16)
        // Story order in CP space: main, footnotes, headers, annotations, endnotes, text boxes.
        let ftn = ccpText, hdd = ftn + ccpFtn, atn = hdd + ccpHdd, edn = atn + ccpAtn, txbx = edn + ccpEdn
        var out = String.UnicodeScalarView()
        for (start, count) in [(0, ccpText), (ftn, ccpFtn), (edn, ccpEdn), (txbx, ccpTxbx)] where count > 0 {
            let lo = min(start, units.count), hi = min(start + count, units.count)
            if lo >= hi { continue }
            if !out.isEmpty { out.append("\n"); out.append("\n") }
            render(units[lo..<hi], into: &out)
        }
        // Headers and footers last, each distinct text once (they repeat per section).
        var seen: Set<String> = []
        let plcHdd = (Int(u32(wd, fcLcb + 11 * 8)), Int(u32(wd, fcLcb + 11 * 8 + 4)))
        for story in stories(start: hdd, count: ccpHdd, plc: plcHdd, table: table) {
            let lo = min(story.lowerBound, units.count), hi = min(story.upperBound, units.count)
            if lo >= hi { continue }
            var piece = String.UnicodeScalarView()
            render(units[lo..<hi], into: &piece)
            let text = String(piece).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.allSatisfy({ $0.isNumber || $0.isWhitespace }) || !seen.insert(text).inserted { continue }
            out.append("\n"); out.append("\n")
            out.append(contentsOf: text.unicodeScalars)
        }
        return String(out)
    }

    /// The CP ranges of the header and footer stories (from PlcfHdd), or the whole range.
    static func stories(start: Int, count: Int, plc: (Int, Int), table: [UInt8]) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let (fc, lcb) = plc
        guard lcb >= 8, fc >= 0, fc + lcb <= table.count else { return [start..<(start + count)] }
        let n = lcb / 4
        var cps: [Int] = []
        for k in 0..<n { cps.append(Int(CompoundFile.u32(table, fc + 4 * k))) }
        var out: [Range<Int>] = []
        for k in 0..<(n - 1) where cps[k] < cps[k + 1] && cps[k + 1] <= count {
            out.append((start + cps[k])..<(start + cps[k + 1]))
        }
        return out
    }

    /// The document's characters in CP order: bytes (< 0x100) from 8-bit pieces, UTF-16 code
    /// points from Unicode pieces.
    static func pieces(_ clx: [UInt8], _ wd: [UInt8], limit: Int) throws(DocumentTextError) -> [UInt32] {
        var i = 0
        var plc: ArraySlice<UInt8>?
        while i < clx.count {
            if clx[i] == 0x01 {
                i += 3 + Int(CompoundFile.u16(clx, i + 1))
            } else if clx[i] == 0x02 {
                let lcb = Int(CompoundFile.u32(clx, i + 1))
                guard i + 5 + lcb <= clx.count else { throw CompoundFile.damaged("truncated piece table") }
                plc = clx[(i + 5)..<(i + 5 + lcb)]
                break
            } else {
                throw CompoundFile.damaged("bad piece table")
            }
        }
        guard let plc, plc.count >= 16 else { throw CompoundFile.damaged("no piece table") }
        let p = Array(plc)
        let n = (p.count - 4) / 12
        var units: [UInt32] = []
        units.reserveCapacity(min(limit, 1 << 24))
        for k in 0..<n {
            let cpStart = Int(CompoundFile.u32(p, 4 * k)), cpEnd = Int(CompoundFile.u32(p, 4 * (k + 1)))
            guard cpEnd >= cpStart else { throw CompoundFile.damaged("bad piece table") }
            let length = min(cpEnd - cpStart, max(0, limit - units.count))
            if length == 0 { continue }
            let pcd = 4 * (n + 1) + 8 * k
            let fcRaw = CompoundFile.u32(p, pcd + 2)
            let compressed = fcRaw & 0x4000_0000 != 0
            let fc = Int(fcRaw & 0x3FFF_FFFF)
            if compressed {
                let off = fc / 2
                guard off + length <= wd.count else { throw CompoundFile.damaged("piece outside the document") }
                for b in wd[off..<(off + length)] { units.append(UInt32(b)) }
            } else {
                guard fc + 2 * length <= wd.count else { throw CompoundFile.damaged("piece outside the document") }
                var code: [UInt16] = []
                code.reserveCapacity(length)
                for j in 0..<length { code.append(CompoundFile.u16(wd, fc + 2 * j)) }
                for s in String(decoding: code, as: UTF16.self).unicodeScalars {
                    // A Unicode piece holds the same Latin-1 range as an 8-bit one; keep them as units.
                    units.append(s.value)
                }
            }
        }
        return units
    }

    /// Word's control characters: paragraph, line, cell and page marks become line breaks; field
    /// instructions (`PAGE`, `HYPERLINK …`) are dropped and their results kept; anchors are dropped.
    static func render(_ units: ArraySlice<UInt32>, into out: inout String.UnicodeScalarView) {
        var fields: [Bool] = []       // per open field: still in its instruction part
        for u in units {
            switch u {
            case 0x13: fields.append(true); continue
            case 0x14: if !fields.isEmpty { fields[fields.count - 1] = false }; continue
            case 0x15: _ = fields.popLast(); continue
            default: break
            }
            if fields.contains(true) { continue }
            switch u {
            case 0x0D, 0x0B, 0x0C, 0x07: out.append("\n")
            case 0x09: out.append("\t")
            case 0x1E: out.append("-")
            case 0x00...0x1F: break
            case 0x80...0xFF: out.append(Unicode.Scalar(UInt32(LegacyTables.cp1252High[Int(u) - 0x80]))!)
            case 0xF000...0xF0FF: break          // symbol-font glyphs (bullets)
            default: if let s = Unicode.Scalar(u) { out.append(s) }
            }
        }
    }
}
