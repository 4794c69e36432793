import LegalRefs

/// The identity of a legal document in the graph (DOMAIN.md §4.2): its canonical key and the parts
/// the key is made of.
///
/// `127/2018/NĐ-CP` (the symbol is unique), `1744/QĐ-UBND@tỉnh Sơn La#2019` (a yearless local
/// symbol: locality and year added), `29-NQ/TW#XI` (Party: numbers restart every term).
public struct DocumentIdentity: Sendable, Hashable {
    /// The canonical key (unique in `legal_document.key`).
    public var key: String
    /// The canonical symbol: `1744/QĐ-UBND`.
    public var symbol: String
    /// Province or city of a local issuer, when known and part of the key.
    public var locality: String?
    /// The year of issue, when known (part of the key for a yearless symbol).
    public var year: Int?
    /// The Party term (khóa) in Roman numerals, for Party documents.
    public var term: String?
    /// Whether the key lacks a part its class needs (locality, year or term unknown).
    public var isPartial: Bool
    /// The loose form of the symbol (`legal_document.symbol_folded`).
    public var symbolKey: String

    /// The identity of `symbol` given what else is known about the document.
    ///
    /// `date` (ISO) wins over `year` for the year and the Party term.
    public init(symbol: String, locality: String?, year: Int?, date: String?) {
        let symbol = symbol.trimmingSpaces
        let shape = SymbolShape(symbol)
        let dateYear = date.flatMap { Int($0.prefix(4)) }
        let year = shape.yearInSymbol ?? dateYear ?? year
        let locality = locality.flatMap(DocumentIdentity.canonicalLocality)
        var key = symbol
        var partial = false
        if let locality {
            key += "@" + locality
        } else if shape.hasLocalIssuer {
            partial = true
        }
        var term: String?
        if shape.isParty {
            if let t = PartyTerm.term(date: date, year: year) {
                term = t
                key += "#" + t
            } else if let year {
                key += "#" + String(year)
            } else {
                partial = true
            }
        } else if shape.yearInSymbol == nil {
            if let year { key += "#" + String(year) } else { partial = true }
        }
        self.key = key
        self.symbol = symbol
        self.locality = locality
        self.year = year
        self.term = term
        self.isPartial = partial
        symbolKey = Folding.symbolKey(symbol)
    }

    /// An identity from its stored parts.
    init(key: String, symbol: String, locality: String?, year: Int?, term: String?, isPartial: Bool) {
        self.key = key; self.symbol = symbol; self.locality = locality; self.year = year; self.term = term
        self.isPartial = isPartial
        symbolKey = Folding.symbolKey(symbol)
    }

    /// The identity a reference points to, or nil for a reference without number.
    public init?(reference r: Reference) {
        guard let id = r.id, !id.trimmingSpaces.isEmpty else { return nil }
        self.init(symbol: id, locality: r.locality, year: r.year, date: r.date)
    }

    /// The identity an official document's own header gives it, or nil when it has no number.
    public init?(header h: DocumentHeader) {
        guard let id = h.id, !id.trimmingSpaces.isEmpty else { return nil }
        self.init(symbol: id, locality: h.locality, year: nil, date: h.date)
    }

    /// Whether a node with identity `other` can be the document this (possibly partial) identity
    /// means: same symbol, and every part known on both sides agrees.
    public func isCompatible(with other: DocumentIdentity) -> Bool {
        symbol == other.symbol
            && DocumentIdentity.agree(locality, other.locality)
            && DocumentIdentity.agree(term, other.term)
            && (term != nil && other.term != nil || DocumentIdentity.agree(year, other.year))
    }

    static func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    /// `Tỉnh Sơn La` → `tỉnh Sơn La`, spaces collapsed; nil when empty.
    static func canonicalLocality(_ s: String) -> String? {
        var plain = true
        var previousSpace = true
        for c in s.utf8 {
            let space = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xC2
            if space && (previousSpace || c != 0x20) { plain = false; break }
            previousSpace = space
        }
        if previousSpace { plain = false }
        let collapsed = plain ? s : s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if collapsed.isEmpty { return nil }
        for level in ["Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã ", "Xã ", "Phường ", "Thị trấn "]
        where collapsed.hasPrefix(level) {
            return level.lowercased() + collapsed.dropFirst(level.count)
        }
        return collapsed
    }
}

/// What a canonical symbol's shape says about the document class.
struct SymbolShape {
    /// The year written in the symbol (`127/2018/NĐ-CP` → 2018), if any.
    var yearInSymbol: Int?
    /// `N-TYPE/ISSUER`: a Party (or mass-organisation) document, numbered per term.
    var isParty: Bool
    /// The issuer part names a local body (UBND, HĐND, Tỉnh ủy, Sở …) whose symbol omits the province.
    var hasLocalIssuer: Bool

    static let localCodes: [[UInt8]] = ["UBND", "HĐND", "UB", "CTUB", "TTHĐND", "TU", "HU", "QU", "TXU", "ĐU"].map { Array($0.utf8) }

    /// Reads the shape from the symbol's bytes (symbols are short, but every reference has one).
    init(_ symbol: String) {
        let b = Array(symbol.utf8)
        var parts: [Range<Int>] = []
        var start = 0
        for (i, c) in b.enumerated() where c == 0x2F {
            parts.append(start..<i)
            start = i + 1
        }
        parts.append(start..<b.count)
        yearInSymbol = nil
        if parts.count >= 3, parts[1].count == 4, parts[1].allSatisfy({ b[$0] &- 0x30 < 10 }) {
            let y = parts[1].reduce(0) { $0 * 10 + Int(b[$1] - 0x30) }
            if (1900...2099).contains(y) { yearInSymbol = y }
        }
        isParty = false
        if parts.count >= 2, let dash = parts[0].first(where: { b[$0] == 0x2D }) {
            let number = parts[0].lowerBound..<dash
            isParty = !number.isEmpty && number.allSatisfy { b[$0] &- 0x30 < 10 || b[$0] == 0x2E }
        }
        hasLocalIssuer = false
        guard parts.count >= 2, let issuer = parts.last else { return }
        var segStart = issuer.lowerBound
        for i in issuer.lowerBound...issuer.upperBound where i == issuer.upperBound || b[i] == 0x2D {
            let seg = b[segStart..<i]
            segStart = i + 1
            if SymbolShape.localCodes.contains(where: { $0.elementsEqual(seg) }) { hasLocalIssuer = true; return }
            // Sở …: `S` then an upper-case letter (`SGDĐT`, `STC`), three letters or more.
            if seg.count >= 3, seg.first == 0x53 {
                let second = seg[seg.startIndex + 1]
                if second &- 0x41 < 26 || (second >= 0xC0 && String(decoding: seg.dropFirst(), as: UTF8.self).first?.isUppercase == true) {
                    hasLocalIssuer = true
                    return
                }
            }
        }
    }
}

/// Terms (khóa) of the Party Central Committee: numbers of Party documents restart with each.
enum PartyTerm {
    /// First day of each term (the day after the congress closed), in order.
    static let starts: [(String, String)] = [
        ("IV", "1976-12-21"), ("V", "1982-04-01"), ("VI", "1986-12-19"), ("VII", "1991-06-28"),
        ("VIII", "1996-07-02"), ("IX", "2001-04-23"), ("X", "2006-04-26"), ("XI", "2011-01-20"),
        ("XII", "2016-01-29"), ("XIII", "2021-02-02"), ("XIV", "2026-01-24"),
    ]

    /// The term in force on `date` (ISO), else on 1 July of `year`; nil before 1976 or when unknown.
    static func term(date: String?, year: Int?) -> String? {
        let day: String
        if let date, date.count >= 10 { day = String(date.prefix(10)) } else if let year { day = format4(year) + "-07-01" } else { return nil }
        var found: String?
        for (name, start) in starts where start <= day { found = name }
        return found
    }

    private static func format4(_ y: Int) -> String {
        let s = String(y)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

extension String {
    var trimmingSpaces: String {
        if let f = utf8.first, let l = utf8.last, f > 0x20, l > 0x20, f != 0xC2, l != 0xA0 { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
