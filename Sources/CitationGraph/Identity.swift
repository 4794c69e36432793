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
        let collapsed = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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

    static let localCodes: Set<String> = ["UBND", "HĐND", "UB", "CTUB", "TTHĐND", "TU", "HU", "QU", "TXU", "ĐU"]

    init(_ symbol: String) {
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
        yearInSymbol = nil
        if parts.count >= 3, parts[1].count == 4, let y = Int(parts[1]), (1900...2099).contains(y) {
            yearInSymbol = y
        }
        isParty = false
        if parts.count >= 2, let dash = parts[0].firstIndex(of: "-") {
            let number = parts[0][..<dash]
            isParty = !number.isEmpty && number.allSatisfy { $0.isNumber || $0 == "." }
        }
        let issuerPart: Substring = parts.count >= 2 ? parts[parts.count - 1] : ""
        hasLocalIssuer = issuerPart.split(separator: "-").contains { (seg: Substring) -> Bool in
            if SymbolShape.localCodes.contains(String(seg)) { return true }
            guard seg.count >= 3, seg.first == "S", let second = seg.dropFirst().first else { return false }
            return second.isUppercase
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
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
