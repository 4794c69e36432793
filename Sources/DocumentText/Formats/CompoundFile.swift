import Foundation

/// A reader for OLE2 compound files (the container of Word 97–2003 `.doc` files): sector
/// allocation tables, the directory and its streams. Every chain is bounded by the file size, so
/// loops and out-of-range sectors in damaged files end in an error, not a hang or a crash.
struct CompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF

    struct Entry {
        var name: String
        var type: UInt8
        var start: UInt32
        var size: Int
    }

    let bytes: [UInt8]
    let sectorSize: Int
    let miniSectorSize: Int
    let miniCutoff: Int
    var fat: [UInt32] = []
    var miniFat: [UInt32] = []
    var entries: [Entry] = []
    var miniStream: [UInt8] = []

    init(_ bytes: [UInt8]) throws(DocumentTextError) {
        self.bytes = bytes
        guard bytes.count >= 512, bytes.starts(with: Self.signature) else { throw Self.damaged("no compound-file header") }
        let shift = Int(Self.u16(bytes, 0x1E)), miniShift = Int(Self.u16(bytes, 0x20))
        guard shift == 9 || shift == 12, miniShift == 6 else { throw Self.damaged("bad sector size") }
        sectorSize = 1 << shift
        miniSectorSize = 1 << miniShift
        miniCutoff = Int(Self.u32(bytes, 0x38))
        // The FAT's own sectors: 109 in the header, then a chain of DIFAT sectors.
        var fatSectors: [UInt32] = []
        let fatCount = Int(Self.u32(bytes, 0x2C))
        for k in 0..<min(109, fatCount) {
            let s = Self.u32(bytes, 0x4C + 4 * k)
            if s != Self.freeSector && s != Self.endOfChain { fatSectors.append(s) }
        }
        var difat = Self.u32(bytes, 0x44)
        var guardSteps = 0
        let perSector = sectorSize / 4
        while difat != Self.endOfChain && difat != Self.freeSector {
            guardSteps += 1
            guard guardSteps <= sectorCount, let off = offset(of: difat) else { throw Self.damaged("bad DIFAT chain") }
            for k in 0..<(perSector - 1) {
                let s = Self.u32(bytes, off + 4 * k)
                if s != Self.freeSector && s != Self.endOfChain { fatSectors.append(s) }
            }
            difat = Self.u32(bytes, off + 4 * (perSector - 1))
        }
        if fatSectors.count > fatCount { fatSectors.removeSubrange(fatCount...) }
        fat.reserveCapacity(fatSectors.count * perSector)
        for s in fatSectors {
            guard let off = offset(of: s) else { throw Self.damaged("FAT sector out of range") }
            for k in 0..<perSector { fat.append(Self.u32(bytes, off + 4 * k)) }
        }
        // Directory entries, 128 bytes each.
        let dir = try chain(from: Self.u32(bytes, 0x30), size: nil)
        var k = 0
        while k + 128 <= dir.count {
            let nameLength = min(64, Int(Self.u16(dir, k + 0x40)))
            var units: [UInt16] = []
            var j = 0
            while j + 1 < nameLength { units.append(Self.u16(dir, k + j)); j += 2 }
            if units.last == 0 { units.removeLast() }
            entries.append(Entry(name: String(decoding: units, as: UTF16.self), type: dir[k + 0x42],
                                 start: Self.u32(dir, k + 0x74), size: Int(Self.u32(dir, k + 0x78))))
            k += 128
        }
        guard let root = entries.first, root.type == 5 else { throw Self.damaged("no root entry") }
        let miniFatBytes = try chain(from: Self.u32(bytes, 0x3C), size: nil)
        miniFat = stride(from: 0, to: miniFatBytes.count - 3, by: 4).map { Self.u32(miniFatBytes, $0) }
        miniStream = try chain(from: root.start, size: root.size)
    }

    var sectorCount: Int { max(0, bytes.count / sectorSize - 1) }

    func offset(of sector: UInt32) -> Int? {
        let off = (Int(sector) + 1) * sectorSize
        return sector < 0xFFFF_FFFA && off + sectorSize <= bytes.count ? off : nil
    }

    /// The bytes of a sector chain in the main FAT.
    func chain(from start: UInt32, size: Int?) throws(DocumentTextError) -> [UInt8] {
        var out: [UInt8] = []
        var s = start
        var steps = 0
        while s != Self.endOfChain && s != Self.freeSector {
            steps += 1
            guard steps <= sectorCount + 1, let off = offset(of: s) else { throw Self.damaged("bad sector chain") }
            out.append(contentsOf: bytes[off..<(off + sectorSize)])
            if let size, out.count >= size { break }
            guard Int(s) < fat.count else { break }
            s = fat[Int(s)]
        }
        if let size {
            guard out.count >= size else { throw Self.damaged("stream shorter than its directory entry") }
            out.removeSubrange(size...)
        }
        return out
    }

    /// The bytes of a chain in the mini stream.
    func miniChain(from start: UInt32, size: Int) throws(DocumentTextError) -> [UInt8] {
        var out: [UInt8] = []
        var s = start
        var steps = 0
        while s != Self.endOfChain && s != Self.freeSector && out.count < size {
            steps += 1
            let off = Int(s) * miniSectorSize
            guard steps <= miniFat.count + 1, off + miniSectorSize <= miniStream.count, Int(s) < miniFat.count
            else { throw Self.damaged("bad mini-stream chain") }
            out.append(contentsOf: miniStream[off..<(off + miniSectorSize)])
            s = miniFat[Int(s)]
        }
        guard out.count >= size else { throw Self.damaged("stream shorter than its directory entry") }
        out.removeSubrange(size...)
        return out
    }

    /// The stream named `name` (case-insensitive), or nil when there is none.
    func stream(_ name: String) throws(DocumentTextError) -> [UInt8]? {
        guard let e = entries.first(where: { $0.type == 2 && $0.name.caseInsensitiveCompare(name) == .orderedSame }) else { return nil }
        if e.size > bytes.count * 2 { throw Self.damaged("stream larger than the file") }
        return e.size < miniCutoff ? try miniChain(from: e.start, size: e.size) : try chain(from: e.start, size: e.size)
    }

    static func damaged(_ why: String) -> DocumentTextError { DocumentTextError("not a readable Word document: \(why)") }

    @inline(__always)
    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
        i + 1 < b.count ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : 0
    }

    @inline(__always)
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        i + 3 < b.count ? UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24 : 0
    }
}
