/// Turns a raw symbol and its context into a canonical identity (DOMAIN.md §4.3).
struct ResolvedSymbol: Equatable {
    var id: String
    var number: String
    var year: Int?
    var kind: String?
    var issuerName: String?
    var issuerCode: String?
    var isLocal = false
    var isParty = false
    /// The class has a yearless series (`QĐ-TTg`, `QĐ-UBND`): without a date it is ambiguous.
    var yearless = false
}

enum Resolver {
    static let vocab = Vocabulary.shared
    static let foldedCourt = Set(courtCaseCodes.map(Vocabulary.foldCode))
    static let foldedProc = Set(courtProcedureCodes.keys.map(Vocabulary.foldCode))

    /// Canonicalizes a symbol written on its own (a header's `Số:` value): `144 /2002/QĐ/BTC` → `144/2002/QĐ-BTC`.
    static func canonicalize(_ raw: String, kind: String?) -> ResolvedSymbol? {
        var raw = raw
        return raw.withUTF8 { buf -> ResolvedSymbol? in
            guard let first = buf.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let parser = SymbolParser(s: buf)
            guard let sym = parser.parse(at: first) else { return nil }
            // An old form the tables do not know, under the header's type line (`Số: 123-CT` of a Chỉ thị): as after a
            // type word in prose (`Quyết định số 87-CT`).
            return resolve(sym, proseKind: kind, hasCue: true) ?? kind.flatMap { resolveAfterTypeWord(sym, proseKind: $0) }
        }
    }

    /// `1` → `01`, `0005` → `05`, `127` → `127`, `66.7` stays.
    static func canonicalNumber(_ n: String) -> (canonical: String, plain: String) {
        // Digits only (most numbers), read in one pass: two or more, the first not zero, stay as written; one
        // digit after any zeros (`8`, `08`, `0008`) is that digit, padded to two (no strings decoded).
        var m = n
        let digits = m.withUTF8 { u -> Int in
            guard !u.isEmpty, !u.contains(where: { $0 < 0x30 || $0 > 0x39 }) else { return -2 }
            var a = 0
            while u.count - a > 1, u[a] == 0x30 { a += 1 }
            if a == 0, u.count > 1 { return -1 }
            return u.count - a == 1 ? Int(u[a] - 0x30) : -2
        }
        if digits == -1 { return (n, n) }
        if digits >= 0 { return (paddedDigits[digits], singleDigits[digits]) }
        // ASCII (always, for numbers read by the parser): on bytes, without Character counting.
        if let r = ASCIIText.canonicalNumber(n) { return r }
        if n.contains(".") { return (n, n) }
        // A letter after the digits (`02a`): the digits as any number, the letter as written.
        if let last = n.unicodeScalars.last, last.isASCII, last.properties.isAlphabetic,
           let r = ASCIIText.canonicalNumber(String(n.dropLast())) {
            return (r.canonical + String(last), r.plain + String(last))
        }
        var t = Substring(n)
        while t.count > 1, t.first == "0" { t = t.dropFirst() }
        let plain = String(t)
        return (plain.count == 1 ? "0" + plain : plain, plain)
    }

    /// `0`…`9`, and the same padded to two digits (`canonicalNumber` of one digit).
    static let singleDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    static let paddedDigits = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"]

    /// A group in canonical spelling: known codes as officially written (`TTg`, `BGDĐT`, `QH14`), else upper case.
    static func canonicalGroup(_ g: String, preferType: Bool) -> String {
        // On the group's bytes when it is plain (no `&`): no intermediate strings, keyed lookups.
        guard let f = SymbolGroup(g) else { return canonicalGroupByString(g, preferType: preferType) }
        if preferType, let t = vocab.type(f.keys) { return t.code }
        if let b = f.baseKeys, let e = vocab.issuer(b) {
            return f.digitCount == 0 ? e.code : codeWithDigits(e.code, g, f.digitCount)
        }
        if !preferType, let t = vocab.type(f.keys) { return t.code }
        if f.hasLower && f.hasUpper && f.firstUpper { return g }
        return ASCIIText.upper(g, foldingD: false) ?? g.uppercased()
    }

    /// `canonicalGroup` on `String`s (any group; the oracle of the byte path in tests).
    static func canonicalGroupByString(_ g: String, preferType: Bool) -> String {
        let clean = withoutAmpersands(g)
        if preferType, let t = vocab.type(clean) { return t.code }
        let (base, digits) = splitDigits(clean)
        if let e = vocab.issuer(base), !base.isEmpty { return e.code + digits }
        if !preferType, let t = vocab.type(clean) { return t.code }
        if clean.contains(where: { $0.isLowercase }) && clean.contains(where: { $0.isUppercase }) && clean.first!.isUppercase { return clean }
        return clean.uppercased()
    }

    /// `BGD&ĐT` → `BGDĐT` (without Foundation's string search: this runs for every symbol group).
    @inline(__always) static func withoutAmpersands(_ g: String) -> String {
        g.utf8.contains(0x26) ? String(g.filter { $0 != "&" }) : g
    }

    /// `QH14` → (`QH`, `14`); `UBTVQH15` → (`UBTVQH`, `15`); `BGDĐT` → (`BGDĐT`, ``).
    static func splitDigits(_ g: String) -> (String, String) {
        if let r = ASCIIText.splitDigits(g) { return r }
        var base = g, digits = ""
        while let l = base.last, l.isNumber { digits.insert(l, at: digits.startIndex); base.removeLast() }
        return (base, digits)
    }

    /// The issuer a group names (`BTC`, `QH14` → Quốc hội), without its legislature number.
    static func issuerEntry(_ g: String) -> IssuerEntry? {
        guard let f = SymbolGroup(g) else { return issuerEntryByString(g) }
        return f.baseKeys.flatMap { vocab.issuer($0) }
    }

    /// `issuerEntry` on `String`s (any group; the oracle of the byte path in tests).
    static func issuerEntryByString(_ g: String) -> IssuerEntry? {
        let (base, _) = splitDigits(withoutAmpersands(g))
        return base.isEmpty ? nil : vocab.issuer(base)
    }

    /// A one-group hyphen symbol that `resolve` turns away, read after a type word standing right before
    /// it: pre-1992 `Quyết định số 87-CT` (of the Council of Ministers' chairman), `Chỉ thị số 100-CT`, and
    /// bodies outside the tables (`Quyết định số 250-TTHCPVHCC`). The issuer then comes from the prose.
    static func resolveAfterTypeWord(_ sym: RawSymbol, proseKind: String) -> ResolvedSymbol? {
        guard sym.firstSep == 0x2D, sym.year == nil, sym.groups.count == 1, let g = sym.groups.first,
              g.unicodeScalars.count >= 2, g.first!.isUppercase, !g.contains(where: { $0.isLowercase || $0.isNumber }) else { return nil }
        let (num, plain) = canonicalNumber(sym.number)
        let code = canonicalGroup(g, preferType: false)
        let e = vocab.type(code) == nil ? issuerEntry(g) : nil
        return ResolvedSymbol(id: "\(num)-\(code)", number: plain, kind: proseKind, issuerName: e?.name,
                              issuerCode: e?.code, isLocal: e?.isLocal == true, yearless: true)
    }

    /// The prose kind the context reader hands over after `văn bản` (any document); never output.
    static let genericProseKind = "văn bản"

    /// Resolves a symbol; `hasCue` tells whether a type word or `số` stands before it (for unknown codes).
    /// After `văn bản` (`genericProseKind`) the symbol decides the kind, and a symbol without a type is a `Công văn`.
    static func resolve(_ sym: RawSymbol, proseKind: String?, hasCue: Bool, context: String? = nil) -> ResolvedSymbol? {
        guard sameBytes(proseKind, genericProseKind) else {
            return resolveSymbol(sym, proseKind: proseKind, hasCue: hasCue, letter: sameBytes(proseKind, "Công văn"))
        }
        guard var r = resolveSymbol(sym, proseKind: nil, hasCue: hasCue, letter: true) else { return nil }
        if r.kind == nil { r.kind = "Công văn" }
        return r
    }

    /// `resolve`; `letter` tells that the prose calls the document a letter (`công văn`, `văn bản`), so that a
    /// type code followed by a unit is read as an issuer's letter (`Công văn số 5331/CT-CS` of the Cục Thuế).
    static func resolveSymbol(_ sym: RawSymbol, proseKind: String?, hasCue: Bool, letter: Bool) -> ResolvedSymbol? {
        let (num, plain) = canonicalNumber(sym.number)
        var g = sym.groups
        guard !g.isEmpty else { return nil }
        // Hyphen/space families: Party `49-KL/TW`, old Government `77-CP`, old ministry `83 TC/TCT`.
        if sym.firstSep == 0x2D || sym.firstSep == 0x20 {
            guard sym.year == nil else { return nil }
            if g.count == 1 {
                guard let e = issuerEntry(g[0]), ["CP", "HĐBT", "TTg", "HĐNN"].contains(e.code) else { return nil }
                return ResolvedSymbol(id: "\(num)-\(e.code)", number: plain, kind: proseKind, issuerName: e.name, issuerCode: e.code, yearless: true)
            }
            guard sym.seps.first == 0x2F else { return nil }
            let t = canonicalGroup(g[0], preferType: true)
            let typeEntry = vocab.type(t)
            // `83 TC/TCT`, `999-TC/QĐ/CĐKT`: before a space or a type code the first group is an old ministry's code
            // even where it is also a type's (`TC` Thông cáo); `49-KL/TW` keeps its type.
            let legacyMinistry = (typeEntry == nil || sym.firstSep == 0x20 || vocab.type(canonicalGroup(g[1], preferType: true)) != nil)
                && issuerEntry(g[0]) != nil
            guard typeEntry != nil || legacyMinistry else { return nil }
            var rest = ""
            for (i, gr) in g.enumerated().dropFirst() {
                rest += (i == 1 ? "" : String(UnicodeScalar(sym.seps[i - 1]))) + canonicalGroup(gr, preferType: false)
            }
            let id = "\(num)-\(t)/\(rest)"
            if legacyMinistry {
                let e = issuerEntry(g[0])!
                return ResolvedSymbol(id: id, number: plain, kind: proseKind, issuerName: e.name, issuerCode: e.code, yearless: true)
            }
            let issuerCode = canonicalGroup(g[1], preferType: false)
            let ie = issuerEntry(g[1])
            var kind = typeEntry!.kind
            if let o = partyKindOverrides[typeEntry!.code] { kind = o }
            let isParty = ie?.isParty != false || ie?.isOrg == true
            var name: String? = ie?.name
            if issuerCode == "TW" { name = nil }   // the organ inside TW is named only in prose
            if ie?.isParty == true, ["TU", "HU", "ĐU", "QU", "TXU"].contains(issuerCode) { name = nil }
            return ResolvedSymbol(id: id, number: plain, kind: mergeKind(prose: proseKind, symbol: kind), issuerName: name,
                                  issuerCode: issuerCode, isParty: isParty, yearless: true)
        }
        // Slash family.
        guard sym.firstSep == 0x2F else { return nil }
        // A Party symbol written the State way (`18/NQ-TW`, `05/CT-TW`, `06/KL-TU`): the same document as `18-NQ/TW`.
        if let party = partyWrittenStateWay(sym) {
            return resolveSymbol(party, proseKind: proseKind, hasCue: hasCue, letter: letter)
        }
        // Fused type+issuer (`NQHĐTP`, `QĐBTC`): split a known type prefix from a known issuer.
        // (The first group's entries are looked up once, again only when the group is split.)
        // The first group is read once on its bytes: its type, issuer and court lookups share the keys.
        var first = SymbolGroup(g[0])
        var typeEntry: TypeEntry?, firstIssuer: IssuerEntry?
        if let f = first {
            typeEntry = vocab.type(f.keys)
            firstIssuer = f.baseKeys.flatMap { vocab.issuer($0) }
        } else {
            typeEntry = vocab.type(g[0])
            firstIssuer = issuerEntry(g[0])
        }
        if g.count == 1, typeEntry == nil, firstIssuer == nil {
            // The cuts by `Character` are made on the bytes when each character is one ASCII byte or a two-byte
            // `Đ`/`đ`-row letter (every group `readGroup` reads): `Array(g[0])` and `String(chars[…])` went through
            // generic code costing thousands of instructions per cut.
            let bounds = characterBounds(g[0])
            let charCount = bounds.map { $0.count - 1 } ?? g[0].count
            let chars = bounds == nil ? Array(g[0]) : []
            for cut in stride(from: min(4, charCount - 1), through: 1, by: -1) {
                let a: String, b: String
                if let bounds {
                    let u = g[0].utf8
                    a = String(decoding: u.prefix(bounds[cut]), as: UTF8.self)
                    b = String(decoding: u.dropFirst(bounds[cut]), as: UTF8.self)
                } else {
                    a = String(chars[..<cut]); b = String(chars[cut...])
                }
                if vocab.type(a) != nil, issuerEntry(b) != nil {
                    g = [a, b]
                    typeEntry = vocab.type(a); firstIssuer = issuerEntry(a)
                    first = SymbolGroup(a)
                    break
                }
            }
        }
        // Court: `17/2018/HS-ST`, `03/2022/DSST`, `16/2012/QĐST-HNGĐ`, `45/2021/AL`. Only symbols with a year
        // are read as court codes or precedents: the folded first group is needed only then.
        if let year = sym.year {
            // (`courtClass` on the keys already read: `CodeKeys` of a group `SymbolGroup` reads are its `keys`.)
            let (court, proc) = first.map { (foldedCourtKeys[$0.keys.folded] != nil, foldedProcKeys[$0.keys.folded] != nil) } ?? courtClass(g[0])
            if court || proc {
                var parts = g.map { canonicalCourt($0) }
                if parts.count == 1, parts[0].count >= 4, ["ST", "PT"].contains(String(parts[0].suffix(2))), proseKind != "Thông báo thụ lý" {
                    let w = parts[0]
                    parts = [String(w.dropLast(2)), String(w.suffix(2))]
                }
                let id = slashID(num, year: year, parts)
                var kind = proseKind
                if kind == nil { kind = proc ? "Quyết định" : "Bản án" }
                return ResolvedSymbol(id: id, number: plain, year: sym.year, kind: kind, issuerName: nil, issuerCode: nil)
            }
            // `ÁN LỆ SỐ 43/2021/AL1`: a footnote marker glued to the code of a precedent is not part of it.
            if g.count == 1 {
                let isPrecedent = precedentCode(g[0]) ?? {
                    let up0 = Vocabulary.foldCode(g[0])
                    return up0 == "AL" || (up0.count <= 4 && up0.hasPrefix("AL") && up0.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber })
                }()
                if isPrecedent {
                    return ResolvedSymbol(id: "\(num)/\(year)/AL", number: plain, year: sym.year, kind: "Án lệ",
                                          issuerName: "Hội đồng Thẩm phán Tòa án nhân dân tối cao", issuerCode: "HĐTP")
                }
            }
        }
        // The usual symbol, a type and one issuer group (`QĐ-UBND`, `NĐ-CP`): what the general path below
        // does for it, without the array of parts.
        if g.count == 2, let t = typeEntry, !(sym.year != nil && t.code.utf8.count == 2 && t.code == "NQ"), !isJointType(t.code) {
            var (code, e) = canonicalIssuerGroup(g[1])
            // Digits glued to the code of the Government, the Prime Minister, a ministry or a People's Committee are a
            // footnote mark of text taken from a PDF (`Nghị định số 168/2024/NĐ-CP2`): none numbers its code, as the
            // National Assembly and its committees do (`QH15`, `BC-UBPL15`).
            if let entry = e, code.utf8.count != entry.code.utf8.count, unnumberedIssuerCodes.contains(entry.code) || entry.name.hasPrefix("Bộ ") {
                code = entry.code
            }
            if letter, e == nil, let body = letterIssuerOfTypeCode[t.code], vocab.type(g[1]) == nil {
                return ResolvedSymbol(id: slashID(num, year: sym.year, t.code, code), number: plain, year: sym.year,
                                      kind: proseKind ?? "Công văn", issuerName: body, issuerCode: t.code,
                                      isLocal: false, isParty: false, yearless: sym.year == nil)
            }
            return ResolvedSymbol(id: slashID(num, year: sym.year, t.code, code), number: plain, year: sym.year,
                                  kind: mergeKind(prose: proseKind, symbol: t.kind),
                                  issuerName: e?.isParty == false ? e?.name : nil, issuerCode: code,
                                  isLocal: e?.isLocal ?? false, isParty: false, yearless: sym.year == nil)
        }
        // Type first (`QĐ-UBND`, `TTLT/BTC-…`), or an issuer (`QH14`, công văn `UBND-VX`, old `15/CP`).
        var parts = SymbolGroups()   // two held inline: no array allocated for most symbols
        var kind: String? = nil
        // The issuer groups, as indices of `g` (a `Slice` of the groups was destroyed through generic code).
        var issuerGroups: Range<Int>
        if let t = typeEntry, !(firstIssuer != nil && g.count == 1) {
            parts.append(t.code)
            kind = t.kind
            issuerGroups = 1..<g.count
        } else if firstIssuer != nil {
            issuerGroups = 0..<g.count
            kind = g.count > 1 ? "Công văn" : nil
        } else {
            // Unknown code: accept with a cue and upper-case groups (`538/QLCL-QLVBCC`, `1893/QĐ-ĐDN`).
            guard hasCue, g.allSatisfy({ $0.count >= 2 && $0.first!.isUppercase }) else { return nil }
            issuerGroups = 0..<g.count
            kind = g.count > 1 ? "Công văn" : nil
        }
        // `NQ-UBTVQH14` is the same document as `UBTVQH14` (modern legislatures).
        if parts.count == 1, sym.year != nil, parts[0].utf8.count == 2, parts[0] == "NQ", issuerGroups.count == 1, let f = issuerGroups.first.map({ g[$0] }) {
            let (b, d) = splitDigits(Vocabulary.foldCode(f))
            if b == "UBTVQH", let n = Int(d), n >= 13 { parts = SymbolGroups() }
        }
        let firstIssuerPart = parts.count
        // The first issuer group's canonical spelling and issuer entry come from one reading of it.
        var firstEntry: IssuerEntry? = nil
        for i in issuerGroups {
            let gr = g[i]
            if i == issuerGroups.startIndex {
                // The first group was read above: its reading serves when it is also the first issuer group.
                let (code, e) = i == 0 && first != nil ? canonicalIssuerGroup(gr, first!) : canonicalIssuerGroup(gr)
                parts.append(code)
                firstEntry = e
            } else {
                parts.append(canonicalGroup(gr, preferType: false))
            }
        }
        guard !parts.isEmpty else { return nil }
        var issuerCode: String? = nil
        var issuerName: String? = nil
        var isLocal = false
        if letter, kind != nil, parts.count >= 2, firstEntry == nil, let t = typeEntry,
           let body = letterIssuerOfTypeCode[t.code], vocab.type(g[1]) == nil {
            // A type code that is also an issuer's code, followed by a unit that is no issuer: `5331/CT-CS` (the Cục
            // Thuế's policy board), not `05/CT-TTg`.
            return ResolvedSymbol(id: slashID(num, year: sym.year, parts), number: plain, year: sym.year,
                                  kind: proseKind ?? "Công văn", issuerName: body, issuerCode: t.code,
                                  isLocal: false, isParty: false, yearless: sym.year == nil)
        }
        if !issuerGroups.isEmpty {
            let code = parts[firstIssuerPart]   // `canonicalGroup(f, preferType: false)`, made just above
            let e = firstEntry                  // `issuerEntry(f)`
            issuerCode = code
            if isJointType(parts[0]) {
                // Appended in place (`compactMap` and the generic `join` cost thousands of instructions a symbol).
                var names = "", named = false
                for i in issuerGroups {
                    guard let name = issuerEntry(g[i])?.name else { continue }
                    if named { names.append(" - ") }
                    names.append(name)
                    named = true
                }
                var code = parts[firstIssuerPart]
                for k in (firstIssuerPart + 1)..<parts.count { code.append("-"); code.append(parts[k]) }
                issuerCode = code
                issuerName = named ? names : nil
            } else if let e {
                issuerName = e.name
                isLocal = e.isLocal
                if e.isParty { issuerName = nil }
            }
        }
        // Year insertion for classes that always carry one (applied by the caller when a date is known).
        let yearless = sym.year == nil
        let id = slashID(num, year: sym.year, parts)
        return ResolvedSymbol(id: id, number: plain, year: sym.year, kind: mergeKind(prose: proseKind, symbol: kind),
                              issuerName: issuerName, issuerCode: issuerCode, isLocal: isLocal, isParty: false, yearless: yearless)
    }

    /// The Party form (`N-TYPE/ORGAN`) of a yearless slash symbol `N/TYPE-ORGAN` whose second group is a Party
    /// organ's code (`TW`, `TU`, `ĐU`, …) and whose first is a type code; nil for any other symbol. No State
    /// body's code is a Party organ's, so `1744/QĐ-UBND` or `16/CT-TTg` never change.
    @inline(__always) static func partyWrittenStateWay(_ sym: RawSymbol) -> RawSymbol? {
        guard sym.year == nil, sym.groups.count == 2, sym.seps.count == 1, sym.seps[0] == 0x2D else { return nil }
        // Bytes first: every Party organ's code but one ends in `W`, `U`, `K`, `B` or `Đ` (most symbols end otherwise).
        guard let last = sym.groups[1].utf8.last, last == 0x57 || last == 0x55 || last == 0x4B || last == 0x42 || last == 0x90 else { return nil }
        guard let e = issuerEntry(sym.groups[1]), e.isParty, !sym.groups[1].contains(where: \.isNumber),
              vocab.type(canonicalGroup(sym.groups[0], preferType: true)) != nil else { return nil }
        var party = sym
        party.firstSep = 0x2D
        party.seps = [0x2F]
        return party
    }

    /// `canonicalGroup(g, preferType: false)` and `issuerEntry(g)` from one reading of the group.
    static func canonicalIssuerGroup(_ g: String) -> (String, IssuerEntry?) {
        guard let f = SymbolGroup(g) else { return (canonicalGroupByString(g, preferType: false), issuerEntryByString(g)) }
        return canonicalIssuerGroup(g, f)
    }

    /// `canonicalIssuerGroup` from the group's reading `f` (`SymbolGroup(g)`).
    static func canonicalIssuerGroup(_ g: String, _ f: SymbolGroup) -> (String, IssuerEntry?) {
        let e = f.baseKeys.flatMap { vocab.issuer($0) }
        if let e { return (f.digitCount == 0 ? e.code : codeWithDigits(e.code, g, f.digitCount), e) }
        if let t = vocab.type(f.keys) { return (t.code, nil) }
        if f.hasLower && f.hasUpper && f.firstUpper { return (g, nil) }
        return (ASCIIText.upper(g, foldingD: false) ?? g.uppercased(), nil)
    }

    /// Issuer codes besides the ministries' that no number ever follows as part of the code.
    static let unnumberedIssuerCodes: Set<String> = ["CP", "TTg", "UBND"]

    /// Whether a group of printable ASCII folds to a precedent's code (`AL`, `AL1`: `AL` and at most two digits);
    /// nil for any other group (the `String` path decides).
    static func precedentCode(_ g: String) -> Bool? {
        var g = g
        return g.withUTF8 { u -> Bool? in
            guard !u.contains(where: { $0 < 0x21 || $0 > 0x7E }) else { return nil }
            guard u.count >= 2, u.count <= 4, u[0] | 0x20 == 0x61, u[1] | 0x20 == 0x6C else { return false }
            return !u.dropFirst(2).contains { $0 < 0x30 || $0 > 0x39 }
        }
    }

    /// `code` and the last `digits` bytes of `g` (`QH` and `14` of `QH14`), written once into a string of their
    /// size (`+` on a decoded suffix cost hundreds of instructions a group).
    static func codeWithDigits(_ code: String, _ g: String, _ digits: Int) -> String {
        var code = code, g = g
        return code.withUTF8 { cu in g.withUTF8 { gu in
            String(unsafeUninitializedCapacity: cu.count + digits) { out in
                var n = 0
                copy(cu, into: out, at: &n)
                copy(UnsafeBufferPointer(rebasing: gu[(gu.count - digits)...]), into: out, at: &n)
                return n
            }
        } }
    }

    /// Whether a type code is a joint one (`TTLT`, `NQLT`, `QĐLT`); other lengths are turned away first.
    @inline(__always) static func isJointType(_ code: String) -> Bool {
        let n = code.utf8.count
        return (n == 4 || n == 5) && (code == "TTLT" || code == "NQLT" || code == "QĐLT")
    }

    /// `parts.joined(separator:)`, appended into one string reserved at its size (the generic `joined` cost
    /// thousands of instructions for two or three codes).
    static func join<C: Collection>(_ parts: C, separator: String) -> String where C.Element == String {
        var total = 0, n = 0
        for p in parts { total += p.utf8.count; n += 1 }
        total += max(0, n - 1) * separator.utf8.count
        var out = ""
        out.reserveCapacity(total)
        var first = true
        for p in parts {
            if !first { out.append(separator) }
            out.append(p)
            first = false
        }
        return out
    }

    /// Where each `Character` of a group starts, and its end, on the group's bytes; nil unless every
    /// character is one ASCII byte (not CR) or a two-byte letter led by `C4` (`Đ`, `đ`), where characters
    /// and scalars are the same.
    static func characterBounds(_ g: String) -> [Int]? {
        let u = g.utf8
        var bounds: [Int] = [0]
        var i = u.startIndex, n = 0
        while i != u.endIndex {
            let b = u[i]
            if b < 0x80, b != 0x0D { n += 1; i = u.index(after: i) }
            else if b == 0xC4 {
                let j = u.index(after: i)
                guard j != u.endIndex, u[j] & 0xC0 == 0x80 else { return nil }
                n += 2; i = u.index(after: j)
            } else { return nil }
            bounds.append(n)
        }
        return bounds
    }

    /// `slashID` of parts held in `SymbolGroups` (read by index: iterating copied them).
    static func slashID(_ num: String, year: Int?, _ parts: SymbolGroups) -> String {
        if let y = year, y < 0 { return slashID(num, year: year, Array(parts)) }   // never read so
        // One or two parts (most ids): their bytes copied by one closure.
        if parts.count == 2 { return slashID(num, year: year, parts[0], parts[1]) }
        if parts.count == 1 { return slashID(num, year: year, parts[0], nil) }
        var partBytes = max(0, parts.count - 1)
        for k in 0..<parts.count { partBytes += parts[k].utf8.count }
        return writeID(num, year: year, partBytes: partBytes) { out, n in
            for k in 0..<parts.count {
                if k > 0 { out[n] = 0x2D; n += 1 }
                put(parts[k], into: out, at: &n)
            }
        }
    }

    /// `slashID(num, year: year, [a, b])` without the array; `[a]` when `b` is nil.
    static func slashID(_ num: String, year: Int?, _ a: String, _ b: String?) -> String {
        if let y = year, y < 0 { let parts: [String] = b.map { [a, $0] } ?? [a]; return slashID(num, year: year, parts) }   // never read so
        // The three strings' bytes borrowed once, copied by one closure (the writer's closure calling a
        // closure that borrowed each string again cost hundreds of instructions an id).
        let hasB = b != nil
        var num = num, a = a, b = b ?? ""
        return num.withUTF8 { nu in a.withUTF8 { au in b.withUTF8 { bu in
            let yearDigits = year.map(digitCount) ?? -1
            let total = nu.count + 1 + yearDigits + 1 + au.count + (hasB ? 1 + bu.count : 0)
            return String(unsafeUninitializedCapacity: total) { out in
                var n = 0
                copy(nu, into: out, at: &n)
                out[n] = 0x2F; n += 1
                if let year { putYear(year, digits: yearDigits, into: out, at: &n) }
                copy(au, into: out, at: &n)
                if hasB {
                    out[n] = 0x2D; n += 1
                    copy(bu, into: out, at: &n)
                }
                return n
            }
        } } }
    }

    /// The number of decimal digits of a year (zero or more).
    @inline(__always) static func digitCount(_ y: Int) -> Int {
        var d = 0, v = y
        repeat { d += 1; v /= 10 } while v > 0
        return d
    }

    /// Writes `year/` (its `digits` digits, then a slash) into `out` at `n`, moving `n` past it.
    @inline(__always)
    static func putYear(_ y: Int, digits: Int, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        var v = y
        var k = n + digits - 1
        repeat { out[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10); v /= 10; k -= 1 } while v > 0
        n += digits
        out[n] = 0x2F; n += 1
    }

    /// Copies bytes into `out` at `n`, moving `n` past them.
    @inline(__always)
    static func copy(_ u: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        var k = 0
        while k < u.count { out[n + k] = u[k]; k += 1 }
        n += u.count
    }

    /// `number/year/parts-joined-by-hyphens` (`127/2018/NĐ-CP`; no year part without a year), written once
    /// into a string of its size (appending each piece reallocated and copied it).
    static func slashID(_ num: String, year: Int?, _ parts: [String]) -> String {
        if let y = year, y < 0 { return num + "/" + "\(y)/" + parts.joined(separator: "-") }   // never read so
        var partBytes = max(0, parts.count - 1)
        for p in parts { partBytes += p.utf8.count }
        return writeID(num, year: year, partBytes: partBytes) { out, n in
            for (i, p) in parts.enumerated() {
                if i > 0 { out[n] = 0x2D; n += 1 }
                put(p, into: out, at: &n)
            }
        }
    }

    /// The `slashID`s' one writer: `number/` and `year/` (a year of zero or more), then `parts` writes `partBytes`.
    @inline(__always)
    static func writeID(_ num: String, year: Int?, partBytes: Int,
                        parts: (UnsafeMutableBufferPointer<UInt8>, inout Int) -> Void) -> String {
        let yearDigits = year.map(digitCount) ?? -1
        let total = num.utf8.count + 1 + yearDigits + 1 + partBytes
        return String(unsafeUninitializedCapacity: total) { out in
            var n = 0
            put(num, into: out, at: &n)
            out[n] = 0x2F; n += 1
            if let year { putYear(year, digits: yearDigits, into: out, at: &n) }
            parts(out, &n)
            return n
        }
    }

    /// Copies a string's bytes into `out` at `n`, moving `n` past them.
    @inline(__always)
    static func put(_ s: String, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        var s = s
        s.withUTF8 { u in
            if let src = u.baseAddress { (out.baseAddress! + n).update(from: src, count: u.count) }
            n += u.count
        }
    }

    /// Whether a yearless symbol belongs to a class that always carries a year, so the year of
    /// its date goes into the symbol (`Nghị định 127/NĐ-CP ngày 21/9/2018` → `127/2018/NĐ-CP`).
    static func alwaysCarriesYear(_ id: String, dateYear: Int) -> Bool {
        guard dateYear >= 1998 else { return false }
        if ASCIIText.isSymbolText(id) {
            // The same tests on bytes (no grapheme breaking, no arrays or strings made): `127/NĐ-CP`,
            // `05/TT-BTC`, `51/QH14`.
            var id = id
            return id.withUTF8 { u -> Bool in
                // Exactly two non-empty parts between slashes (as `split(separator: "/")` counts them).
                var parts = 0, a = 0, e = 0, i = 0
                while i < u.count {
                    if u[i] == 0x2F { i += 1; continue }
                    let st = i
                    while i < u.count, u[i] != 0x2F { i += 1 }
                    parts += 1
                    if parts == 2 { a = st; e = i }
                }
                guard parts == 2 else { return false }
                let sym = UnsafeBufferPointer(rebasing: u[a..<e])
                func starts(_ p: StaticString) -> Bool { p.withUTF8Buffer { sym.starts(with: $0) } }
                if starts("NĐ-CP") || starts("TTLT-") || starts("NQLT-") { return true }
                if starts("TT-"), !starts("TT-LB") { return true }
                // `splitDigits`: the base before the trailing digits is `QH`, and digits follow.
                var d = sym.count
                while d > 0, sym[d - 1] >= 0x30, sym[d - 1] <= 0x39 { d -= 1 }
                return d == 2 && sym[0] == 0x51 && sym[1] == 0x48 && d < sym.count
            }
        }
        let parts = id.split(separator: "/")
        guard parts.count == 2 else { return false }
        let sym = parts[1]
        if sym.hasPrefix("NĐ-CP") || sym.hasPrefix("TTLT-") || sym.hasPrefix("NQLT-") { return true }
        if sym.hasPrefix("TT-"), !sym.hasPrefix("TT-LB") { return true }
        let (b, d) = splitDigits(String(sym))
        if b == "QH", !d.isEmpty { return true }
        return false
    }

    /// Folded court case and procedure codes by their bytes (`HNGD`, `QDST`).
    static let foldedCourtKeys = CodeTable(Dictionary(uniqueKeysWithValues: foldedCourt.map { ($0, true) }))
    static let foldedProcKeys = CodeTable(Dictionary(uniqueKeysWithValues: foldedProc.map { ($0, true) }))

    /// Whether a group folds to a court case code, and to a court procedure code.
    static func courtClass(_ g: String) -> (court: Bool, proc: Bool) {
        if let k = CodeKeys(g) { return (foldedCourtKeys[k.folded] != nil, foldedProcKeys[k.folded] != nil) }
        let up = Vocabulary.foldCode(g)
        return (foldedCourt.contains(up), foldedProc.contains(up))
    }

    static func canonicalCourt(_ g: String) -> String {
        let u = g.uppercased()
        for code in courtCaseCodes.union(courtStageCodes).union(Set(courtProcedureCodes.keys)) where Vocabulary.foldCode(code) == Vocabulary.foldCode(u) {
            return code
        }
        return u
    }

    /// Whether `a` holds exactly the bytes of `b` (`==` on two non-ASCII strings compares them as Unicode, much slower).
    @inline(__always) static func sameBytes(_ a: String?, _ b: String) -> Bool {
        guard var a, a.utf8.count == b.utf8.count else { return false }
        var b = b
        // A plain loop (`elementsEqual` went through generic code).
        return a.withUTF8 { x in b.withUTF8 { y in
            var k = 0
            while k < x.count { if x[k] != y[k] { return false }; k += 1 }
            return true
        } }
    }

    /// The prose type word wins (`Quy định số 101-QĐ/TW` is a `Quy định`, `Công văn số 5331/CT-CS` a `Công văn`),
    /// except `văn bản`, which names any document (`văn bản số 12/QĐ-UBND` is a `Quyết định`).
    static func mergeKind(prose: String?, symbol: String?) -> String? {
        guard let prose else { return symbol }
        if sameBytes(prose, genericProseKind) { return symbol ?? "Công văn" }
        return prose
    }
}

/// A symbol group of ASCII and `Đ`/`đ` without `&` (`QH14`, `BGDĐT`, `TTg`), read once on its bytes: the
/// lookup keys of the whole group and of its base before trailing digits, and its case.
struct SymbolGroup {
    /// Keys of the whole group.
    var keys: CodeKeys
    /// Keys of the group without its trailing ASCII digits; nil when nothing precedes them.
    var baseKeys: CodeKeys?
    /// How many ASCII digits end the group.
    var digitCount: Int
    /// Whether some letter is lower case (`a`–`z`, `đ`), upper case (`A`–`Z`, `Đ`), and the first is upper case.
    var hasLower: Bool, hasUpper: Bool, firstUpper: Bool

    /// The group read from `g`, or nil when `CodeKeys` would not read it or it holds `&` (the `String`
    /// path decides then).
    init?(_ g: String) {
        var g = g
        guard let f = g.withUTF8({ SymbolGroup($0) }) else { return nil }
        self = f
    }

    /// The group read from its bytes: `CodeKeys(u)` and the case in one pass.
    init?(_ u: UnsafeBufferPointer<UInt8>) {
        // As `CodeKeys.init?(_:)`, with the case and `&` read in the same loop (two loops cost twice the reads).
        guard !u.isEmpty else { return nil }
        var exact = CodeKey(), folded = CodeKey()
        var ne = 0, nf = 0
        var lower = false, upper = false
        var i = 0, ds = 0
        while i < u.count {
            let b = u[i]
            if b >= 0x80 {
                guard b == 0xC4, i + 1 < u.count, u[i + 1] == 0x90 || u[i + 1] == 0x91, ne <= 14 else { return nil }
                if u[i + 1] == 0x91 { lower = true } else { upper = true }
                exact.append(0xC4, at: ne); exact.append(0x90, at: ne + 1); ne += 2
                folded.append(0x44, at: nf); nf += 1
                ds += 1; i += 2
                continue
            }
            guard b > 0x20, b != 0x7F, ne <= 15, b != 0x26 else { return nil }
            let up: UInt8
            if b >= 0x61 && b <= 0x7A { lower = true; up = b - 0x20 } else { if b >= 0x41 && b <= 0x5A { upper = true }; up = b }
            exact.append(up, at: ne); ne += 1
            folded.append(up, at: nf); nf += 1
            i += 1
        }
        let keys = CodeKeys(exact: exact, folded: folded)
        var e = u.count
        while e > 0, u[e - 1] >= 0x30, u[e - 1] <= 0x39 { e -= 1 }
        self.keys = keys
        self.digitCount = u.count - e
        // The base's keys are the whole group's cut before the digits (ASCII, after every `Đ`, which takes two
        // bytes in the exact key and one in the folded): no second reading.
        self.baseKeys = e == 0 ? nil : (e == u.count ? keys
            : CodeKeys(exact: keys.exact.prefix(e), folded: keys.folded.prefix(e - ds)))
        self.hasLower = lower; self.hasUpper = upper
        self.firstUpper = (u[0] >= 0x41 && u[0] <= 0x5A) || (u[0] == 0xC4 && u[1] == 0x90)
    }
}
