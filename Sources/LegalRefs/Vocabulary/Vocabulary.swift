/// A document-type code of a symbol: `NĐ` → Nghị định. A class (entries are table rows, never changed): every
/// resolution looks entries up and hands them on, and a copy of a struct retained its three strings.
final class TypeEntry: Sendable {
    /// The code as officially written: `NĐ`, `QyĐ`, `TTr`.
    let code: String
    /// The kind as the national database writes it.
    let kind: String
    /// `state`, `party`, `court`, `joint`.
    let family: String

    init(code: String, kind: String, family: String) { self.code = code; self.kind = kind; self.family = family }
}

/// An issuer code of a symbol: `BTC` → Bộ Tài chính. A class, as `TypeEntry`.
final class IssuerEntry: Sendable {
    /// The code as officially written: `TTg`, `BGDĐT`.
    let code: String
    /// The body's full name.
    let name: String
    /// `central`, `local`, `party`, `court`, `org`.
    let level: String

    /// Whether the level is `local`, `party`, `org` (read once here: comparing the level strings for every
    /// resolved symbol called the runtime's string comparison).
    let isLocal: Bool, isParty: Bool, isOrg: Bool

    init(code: String, name: String, level: String) {
        self.code = code; self.name = name; self.level = level
        isLocal = level == "local"; isParty = level == "party"; isOrg = level == "org"
    }
}

/// The lookup tables compiled from the data files in `Vocabulary/`.
struct Vocabulary: Sendable {
    let typesExact: [String: TypeEntry]
    let typesFolded: [String: TypeEntry]
    let issuersExact: [String: IssuerEntry]
    let issuersFolded: [String: IssuerEntry]
    /// The same four tables by the bytes of their (upper-case) keys, for the codes symbols are made of: a
    /// lookup mixes two integers instead of building, hashing and comparing `String`s (whose hashing and
    /// equality normalize non-ASCII text such as `NĐ` at every probe).
    let typesExactByKey: CodeTable<TypeEntry>
    let typesFoldedByKey: CodeTable<TypeEntry>
    let issuersExactByKey: CodeTable<IssuerEntry>
    let issuersFoldedByKey: CodeTable<IssuerEntry>
    /// Folded prose type words (`nghi dinh`) with their kind, longest first.
    let kindWords: [(word: [UInt8], kind: String)]

    /// The shared, immutable tables.
    static let shared = Vocabulary()

    private init() {
        var te: [String: TypeEntry] = [:], tf: [String: TypeEntry] = [:]
        te.reserveCapacity(TableText.typeRows.count); tf.reserveCapacity(TableText.typeRows.count)
        for row in TableText.typeRows where row.count >= 3 {
            let e = TypeEntry(code: row[0], kind: row[1], family: row[2])
            let up = row[0].uppercased()
            te[up] = te[up] ?? e
            let f = Vocabulary.foldCode(row[0])
            // Prefer the code without Đ when two fold together (HD Hướng dẫn over HĐ Hợp đồng),
            // except where only the Đ form is a real code (NĐ, QĐ, CĐ, ĐA is rarer than DA? keep DA).
            if tf[f] == nil || !row[0].contains("Đ") && tf[f]!.code.contains("Đ") && !["NĐ", "QĐ", "CĐ"].contains(tf[f]!.code) {
                tf[f] = e
            }
        }
        var ie: [String: IssuerEntry] = [:], iff: [String: IssuerEntry] = [:]
        ie.reserveCapacity(TableText.issuerRows.count); iff.reserveCapacity(TableText.issuerRows.count)
        for row in TableText.issuerRows where row.count >= 3 {
            let e = IssuerEntry(code: row[0], name: row[1], level: row[2])
            let up = row[0].uppercased()
            if ie[up] == nil { ie[up] = e }
            let f = Vocabulary.foldCode(row[0])
            if iff[f] == nil { iff[f] = e }
        }
        typesExact = te; typesFolded = tf; issuersExact = ie; issuersFolded = iff
        typesExactByKey = CodeTable(te); typesFoldedByKey = CodeTable(tf)
        issuersExactByKey = CodeTable(ie); issuersFoldedByKey = CodeTable(iff)
        var kw: [(word: [UInt8], kind: String)] = []
        kw.reserveCapacity(96)
        for row in TableText.rows(kindWordTableText, keepEmpty: false) where row.count >= 2 {
            kw.append((Array(Fold.string(row[0]).utf8), row[1]))
        }
        kindWords = kw.sorted { $0.word.count > $1.word.count }
    }

    /// Upper case with Đ folded to D: the key under which diacritic-less symbols are repaired.
    static func foldCode(_ s: String) -> String {
        if let f = ASCIIText.upper(s, foldingD: true) { return f }
        var out = ""
        for ch in s.uppercased() { out.append(ch == "Đ" ? "D" : ch) }
        return out
    }

    /// The type entry for a symbol group, exact first, then diacritic-less (`ND` → `NĐ`).
    func type(_ group: String) -> TypeEntry? {
        if let keys = CodeKeys(group) { return type(keys) }
        return typeByString(group)
    }

    /// The issuer entry for a symbol group (without any legislature number).
    func issuer(_ group: String) -> IssuerEntry? {
        if let keys = CodeKeys(group) { return issuer(keys) }
        return issuerByString(group)
    }

    /// `type` for a group's keys.
    @inline(__always) func type(_ keys: CodeKeys) -> TypeEntry? {
        typesExactByKey[keys.exact] ?? typesFoldedByKey[keys.folded]
    }

    /// `issuer` for a group's keys.
    @inline(__always) func issuer(_ keys: CodeKeys) -> IssuerEntry? {
        issuersExactByKey[keys.exact] ?? issuersFoldedByKey[keys.folded]
    }

    /// `type` through the `String`-keyed tables (any text; the oracle of the keyed lookups in tests).
    func typeByString(_ group: String) -> TypeEntry? {
        typesExact[ASCIIText.upper(group, foldingD: false) ?? group.uppercased()] ?? typesFolded[Vocabulary.foldCode(group)]
    }

    /// `issuer` through the `String`-keyed tables (any text; the oracle of the keyed lookups in tests).
    func issuerByString(_ group: String) -> IssuerEntry? {
        issuersExact[ASCIIText.upper(group, foldingD: false) ?? group.uppercased()] ?? issuersFolded[Vocabulary.foldCode(group)]
    }
}

/// Up to 16 UTF-8 bytes packed into two integers, zero-padded (injective: table codes and symbol
/// groups hold no NUL).
struct CodeKey: Hashable, Sendable {
    var lo: UInt64 = 0
    var hi: UInt64 = 0

    /// The bytes of `s`, or nil for an empty or longer text.
    init?(_ s: String) {
        guard !s.utf8.isEmpty, s.utf8.count <= 16 else { return nil }
        for (i, b) in s.utf8.enumerated() { append(b, at: i) }
    }

    init() {}

    /// Sets byte `i` (< 16) to `b`.
    @inline(__always) mutating func append(_ b: UInt8, at i: Int) {
        if i < 8 { lo |= UInt64(b) << (8 * UInt64(i)) } else { hi |= UInt64(b) << (8 * UInt64(i - 8)) }
    }

    /// The first `n` bytes only.
    @inline(__always) func prefix(_ n: Int) -> CodeKey {
        var k = CodeKey()
        if n >= 16 { return self }
        if n >= 8 { k.lo = lo; k.hi = n == 8 ? 0 : hi & (UInt64.max >> (8 * UInt64(16 - n))) }
        else { k.lo = n == 0 ? 0 : lo & (UInt64.max >> (8 * UInt64(8 - n))) }
        return k
    }

    /// A slot number that depends on every byte.
    @inline(__always) var mixed: Int {
        let h = (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

/// The keys under which a symbol group is looked up: its upper case (`Đ` kept) and its `Vocabulary.foldCode`
/// (`Đ` as `D`), read straight from the bytes of a group made of ASCII and `Đ`/`đ`.
struct CodeKeys {
    var exact: CodeKey
    var folded: CodeKey

    /// The keys of `s`, or nil when it holds other scalars, a control byte, is empty, or a key is longer
    /// than 16 bytes (the `String` tables answer then).
    init?(_ s: String) {
        var s = s
        guard let k = s.withUTF8({ CodeKeys($0) }) else { return nil }
        self = k
    }

    /// The keys of `u`, as `init?(_: String)`.
    @inline(__always) init?(_ u: UnsafeBufferPointer<UInt8>) {
        guard !u.isEmpty else { return nil }
        var exact = CodeKey(), folded = CodeKey()
        var ne = 0, nf = 0, i = 0
        while i < u.count {
            let b = u[i]
            if b >= 0x80 {
                guard b == 0xC4, i + 1 < u.count, u[i + 1] == 0x90 || u[i + 1] == 0x91, ne <= 14 else { return nil }
                exact.append(0xC4, at: ne); exact.append(0x90, at: ne + 1); ne += 2
                folded.append(0x44, at: nf); nf += 1
                i += 2
                continue
            }
            guard b > 0x20, b != 0x7F, ne <= 15 else { return nil }
            let up = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
            exact.append(up, at: ne); ne += 1
            folded.append(up, at: nf); nf += 1
            i += 1
        }
        self.exact = exact; self.folded = folded
    }

    init(exact: CodeKey, folded: CodeKey) { self.exact = exact; self.folded = folded }
}

/// A table from codes to entries with open addressing on `CodeKey`s: keys longer than 16 bytes stay
/// in the `String` tables (no `CodeKeys` reaches them: a probe that long is answered there).
struct CodeTable<E: Sendable>: Sendable {
    private let keys: [CodeKey]
    /// Per slot, the entry's index plus one (0: empty).
    private let index: [Int32]
    private let entries: [E]
    private let mask: Int

    init(_ d: [String: E]) {
        var size = 16
        while size < d.count * 3 { size *= 2 }
        var keys = [CodeKey](repeating: CodeKey(), count: size)
        var index = [Int32](repeating: 0, count: size)
        var entries: [E] = []
        entries.reserveCapacity(d.count)
        for (k, v) in d {
            guard let key = CodeKey(k) else { continue }
            var i = key.mixed & (size - 1)
            while index[i] != 0 { i = (i + 1) & (size - 1) }
            keys[i] = key
            entries.append(v)
            index[i] = Int32(entries.count)
        }
        self.keys = keys; self.index = index; self.entries = entries; self.mask = size - 1
    }

    /// The entry under `key`, if any.
    @inline(__always) subscript(key: CodeKey) -> E? {
        var i = key.mixed & mask
        while true {
            let n = index[i]
            if n == 0 { return nil }
            if keys[i] == key { return entries[Int(n) - 1] }
            i = (i + 1) & mask
        }
    }
}

/// Trims spaces and tabs around a table cell.
func trimCell(_ s: Substring) -> String {
    var s = s
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
}
