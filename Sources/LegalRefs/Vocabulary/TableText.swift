/// Reads the `a | b | c` data tables of this folder on UTF-8 bytes.
///
/// The tables are read once per process, at start-up. `String.split` and Character-level trimming
/// break graphemes at every step and cost more than the rest of the start-up together, so the
/// reader walks bytes: a line ends at `\n`, a cell at the separator byte, and spaces and tabs are
/// trimmed around each cell — what `split` and `trimmingSpaces` give on these (NFC) texts.
enum TableText {
    /// The rows of IssuerTable.swift, read once for the three tables built from them. The table has no
    /// empty piece (a test checks), so these rows are the same with `keepEmpty` true or false.
    static let issuerRows = rows(issuerTableText, keepEmpty: false)
    /// The rows of the type-code table of TypeTable.swift, read once for the two tables built from them.
    static let typeRows = rows(typeTableText, keepEmpty: false)

    /// The non-empty lines of `text`, each split at `separator` into cells trimmed of spaces and tabs.
    /// With `keepEmpty` false, an empty piece (two separators in a row, or one at either end) is dropped
    /// before trimming, as `split(separator:)` does; with true it is kept, as
    /// `split(separator:omittingEmptySubsequences: false)` does.
    static func rows(_ text: String, separator: UInt8 = 0x7C, keepEmpty: Bool) -> [[String]] {
        var text = text
        return text.withUTF8 { p in
            var out: [[String]] = []
            out.reserveCapacity(p.count / 24)
            var i = 0
            let n = p.count
            while i < n {
                var e = i
                var pieces = 1
                while e < n, p[e] != 0x0A { if p[e] == separator { pieces += 1 }; e += 1 }
                if e > i { out.append(cells(p, from: i, to: e, pieces: pieces, separator: separator, keepEmpty: keepEmpty, trim: true)) }
                i = e + 1
            }
            return out
        }
    }

    /// The pieces of `s` between `separator` bytes (see `rows` for `keepEmpty`), trimmed of spaces and tabs with `trim`.
    static func cells(_ s: String, separator: UInt8, keepEmpty: Bool, trim: Bool = true) -> [String] {
        var s = s
        return s.withUTF8 { p in
            var pieces = 1
            for b in p where b == separator { pieces += 1 }
            return cells(p, from: 0, to: p.count, pieces: pieces, separator: separator, keepEmpty: keepEmpty, trim: trim)
        }
    }

    /// The cells of `p[from..<to]`, which holds `pieces - 1` separators.
    static func cells(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, pieces: Int, separator: UInt8, keepEmpty: Bool,
                      trim: Bool) -> [String] {
        var out: [String] = []
        out.reserveCapacity(pieces)
        var a = from
        while a <= to {
            var b = a
            while b < to, p[b] != separator { b += 1 }
            if keepEmpty || b > a {
                var x = a, y = b
                if trim {
                    while x < y, p[x] == 0x20 || p[x] == 0x09 { x += 1 }
                    while y > x, p[y - 1] == 0x20 || p[y - 1] == 0x09 { y -= 1 }
                }
                out.append(x < y ? String(decoding: UnsafeBufferPointer(rebasing: p[x..<y]), as: UTF8.self) : "")
            }
            a = b + 1
        }
        return out
    }
}

/// Byte strings numbered in order of insertion, found by their FNV-1a hash (checked byte for byte):
/// the table readers' stand-in for a `Set<String>` or `[String: Int]`, whose `String` hashing
/// normalizes Unicode on every insertion.
struct ByteKeys {
    private var byHash: [UInt64: Int] = [:]
    /// The keys, in order of insertion.
    private(set) var keys: [[UInt8]] = []

    init(capacity: Int) {
        byHash.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    static func hash(_ key: [UInt8]) -> UInt64 {
        var h = VietFold.fnvBasis
        for b in key { h = (h ^ UInt64(b)) &* VietFold.fnvPrime }
        return h
    }

    /// The number of `key`, if it was inserted.
    func index(of key: [UInt8]) -> Int? {
        guard let i = byHash[ByteKeys.hash(key)] else { return nil }
        return keys[i] == key ? i : keys.firstIndex(of: key)   // a collision: look at every key
    }

    /// Inserts `key` unless present; returns its number and whether it was new.
    @discardableResult
    mutating func insert(_ key: [UInt8]) -> (index: Int, inserted: Bool) {
        if let i = index(of: key) { return (i, false) }
        let h = ByteKeys.hash(key)
        if byHash[h] == nil { byHash[h] = keys.count }
        keys.append(key)
        return (keys.count - 1, true)
    }
}
