/// A document-type code of a symbol: `NĐ` → Nghị định.
struct TypeEntry: Sendable {
    /// The code as officially written: `NĐ`, `QyĐ`, `TTr`.
    let code: String
    /// The kind as the national database writes it.
    let kind: String
    /// `state`, `party`, `court`, `joint`.
    let family: String
}

/// An issuer code of a symbol: `BTC` → Bộ Tài chính.
struct IssuerEntry: Sendable {
    /// The code as officially written: `TTg`, `BGDĐT`.
    let code: String
    /// The body's full name.
    let name: String
    /// `central`, `local`, `party`, `court`, `org`.
    let level: String
}

/// The lookup tables compiled from the data files in `Vocabulary/`.
struct Vocabulary: Sendable {
    let typesExact: [String: TypeEntry]
    let typesFolded: [String: TypeEntry]
    let issuersExact: [String: IssuerEntry]
    let issuersFolded: [String: IssuerEntry]
    /// The same four tables under `ASCIIText.upperKey` of their (upper-case) keys, for the short codes
    /// symbols are made of: a lookup hashes one integer instead of building and hashing a `String`.
    let typesExactByKey: [UInt64: TypeEntry]
    let typesFoldedByKey: [UInt64: TypeEntry]
    let issuersExactByKey: [UInt64: IssuerEntry]
    let issuersFoldedByKey: [UInt64: IssuerEntry]
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
        func keyed<E>(_ d: [String: E]) -> [UInt64: E] {
            var out: [UInt64: E] = [:]
            out.reserveCapacity(d.count)
            for (k, v) in d { if let key = ASCIIText.packed(k) { out[key] = v } }
            return out
        }
        typesExactByKey = keyed(te); typesFoldedByKey = keyed(tf); issuersExactByKey = keyed(ie); issuersFoldedByKey = keyed(iff)
        var kw: [(word: [UInt8], kind: String)] = []
        kw.reserveCapacity(96)
        for row in Vocabulary.rows(kindWordTableText) where row.count >= 2 {
            kw.append((Array(Fold.string(row[0]).utf8), row[1]))
        }
        kindWords = kw.sorted { $0.word.count > $1.word.count }
    }

    /// Splits a `a | b | c` table into trimmed cells.
    static func rows(_ text: String) -> [[String]] {
        TableText.rows(text, keepEmpty: false)
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
        if let (exact, folded) = ASCIIText.upperKeys(group) { return typesExactByKey[exact] ?? typesFoldedByKey[folded] }
        return typesExact[ASCIIText.upper(group, foldingD: false) ?? group.uppercased()] ?? typesFolded[Vocabulary.foldCode(group)]
    }

    /// The issuer entry for a symbol group (without any legislature number).
    func issuer(_ group: String) -> IssuerEntry? {
        if let (exact, folded) = ASCIIText.upperKeys(group) { return issuersExactByKey[exact] ?? issuersFoldedByKey[folded] }
        let up = ASCIIText.upper(group, foldingD: false) ?? group.uppercased()
        return issuersExact[up] ?? issuersFolded[Vocabulary.foldCode(group)]
    }
}

/// Trims spaces and tabs around a table cell.
func trimCell(_ s: Substring) -> String {
    var s = s
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
}
