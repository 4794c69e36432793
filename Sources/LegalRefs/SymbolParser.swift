/// A document number and symbol as it stands in the text, before resolution:
/// `127/2018/NĐ-CP`, `49-KL/TW`, `1744/QĐ-UBND`, `83 TC/TCT`, `30/2000/TTLT/BTC-UBTDTT`.
struct RawSymbol: Sendable, Hashable {
    /// Byte offset of the number's first character.
    var start: Int
    /// Byte offset just past the symbol.
    var end: Int
    /// The running number as written, OCR-repaired (`l27` → `127`), leading zeros kept.
    var number: String
    /// The year written inside the symbol (`2018` in `127/2018/NĐ-CP`).
    var year: Int?
    /// The letter groups as written (`NĐ`, `CP`), with spaces and placeholder dots removed.
    var groups: SymbolGroups
    /// The separator after each group but the last: `-` or `/`.
    var seps: SymbolSeps
    /// The separator between number and the rest: `/`, `-` or ` ` (for `83 TC/TCT`).
    var firstSep: UInt8
}

/// A symbol's groups: the first two held inline, any further ones in an array. Most symbols have one or two
/// groups: an array of them cost an allocation per symbol read and, when the symbol was dropped, a release
/// that freed each string and the storage (about as much as reading the symbol).
struct SymbolGroups: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private var g0 = "", g1 = ""
    /// The groups after the second (empty, and not allocated, for most symbols).
    private var rest: [String] = []
    /// How many groups it holds.
    private(set) var endIndex = 0
    /// The first group's index.
    var startIndex: Int { 0 }
    /// Its indices (declared so that slices and loops over it stay specialized).
    var indices: Range<Int> { 0..<endIndex }

    /// No groups.
    init() {}

    /// Groups from a list.
    init(arrayLiteral elements: String...) { for e in elements { append(e) } }

    /// The group at `k`.
    @inline(__always) subscript(k: Int) -> String {
        precondition(k >= 0 && k < endIndex, "group index out of range")
        return k == 0 ? g0 : k == 1 ? g1 : rest[k - 2]
    }

    /// Adds a group at the end.
    mutating func append(_ e: String) {
        if endIndex == 0 { g0 = e } else if endIndex == 1 { g1 = e } else { rest.append(e) }
        endIndex += 1
    }
}

/// The separators of a symbol's groups, held in one word (a symbol has at most seven groups): an array
/// cost an allocation, its growth and its release per symbol read.
struct SymbolSeps: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// Byte `k` is separator `k`; bytes at and past `count` are zero.
    private var bits: UInt64 = 0
    /// How many separators it holds (at most eight).
    private(set) var endIndex = 0
    /// The first separator's index.
    var startIndex: Int { 0 }

    /// Separators from a list (for tests).
    init(arrayLiteral elements: UInt8...) { for b in elements { append(b) } }

    /// The separator at `k`.
    subscript(k: Int) -> UInt8 {
        precondition(k >= 0 && k < endIndex, "separator index out of range")
        return UInt8(truncatingIfNeeded: bits >> UInt64(8 * k))
    }

    /// Adds a separator at the end.
    mutating func append(_ b: UInt8) {
        precondition(endIndex < 8, "more than eight separators")
        bits |= UInt64(b) << UInt64(8 * endIndex)
        endIndex += 1
    }

    /// Drops the last `k` separators.
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= endIndex, "removing more separators than held")
        endIndex -= k
        bits = endIndex == 0 ? 0 : bits & (UInt64.max >> UInt64(64 - 8 * endIndex))
    }
}

/// Reads a number-and-symbol at a byte position of normalized UTF-8 text.
struct SymbolParser {
    let s: UnsafeBufferPointer<UInt8>

    /// The byte at `i`, 0 outside the text (one unsigned comparison tests both ends).
    @inline(__always) func at(_ i: Int) -> UInt8 { UInt(bitPattern: i) < UInt(bitPattern: s.count) ? s[i] : 0 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetterASCII(_ b: UInt8) -> Bool { isUpperASCII(b) || isLowerASCII(b) }

    /// Whether bytes at `i` are Đ (C4 90) or đ (C4 91).
    @inline(__always) func isDStroke(_ i: Int) -> Bool { at(i) == 0xC4 && (at(i + 1) == 0x90 || at(i + 1) == 0x91) }

    /// Skips up to `max` spaces (and line breaks when `lines`), returning the new index.
    func skipSpaces(_ i: Int, max: Int = 3, lines: Bool = true) -> Int {
        var j = i, n = 0
        while n < max, j < s.count, s[j] == 0x20 || s[j] == 0x09 || (lines && s[j] == 0x0A) { j += 1; n += 1 }
        return j
    }

    /// Skips placeholder dots (`.`, `…`) and spaces, as in `…05…./2006/ QĐ-UBND`.
    func skipPlaceholders(_ i: Int) -> Int {
        var j = i
        while j < s.count {
            if s[j] == 0x2E || s[j] == 0x20 { j += 1; continue }
            if at(j) == 0xE2 && at(j + 1) == 0x80 && at(j + 2) == 0xA6 { j += 3; continue }
            break
        }
        return j
    }

    /// Reads digits at `i` (OCR: `O`/`o` between digits or a capital `O` before `/` and a digit, `l`/`I` leading before digits).
    /// Returns the digits and the end index.
    func readNumber(_ i: Int, maxDigits: Int = 5, ocr: Bool = true) -> (String, Int)? {
        guard let (j, _) = numberEnd(i, maxDigits: maxDigits, ocr: ocr) else { return nil }
        return (repairedDigits(i..<j), j)
    }

    /// The digits of a number `numberEnd` measured at `r`, OCR-repaired (`l`/`I` → `1`, `O`/`o` → `0`).
    @inline(__always) func repairedDigits(_ r: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: r.count) { buf in
            var k = 0
            for p in r {
                let b = s[p]
                buf[k] = SymbolParser.isDigit(b) ? b : (b == 0x6C || b == 0x49) ? 0x31 : 0x30   // l/I → 1, O/o → 0
                k += 1
            }
            return k
        }
    }

    /// The four-digit number that `readNumber(i, maxDigits: 4)` reads, as a value, and its end; nil for
    /// any other count of digits. On bytes: most numbers tried here are days and months of dates.
    @inline(__always)
    func readYear(_ i: Int) -> (Int, Int)? {
        guard let (j, count) = numberEnd(i, maxDigits: 4), count == 4 else { return nil }
        var v = 0
        for p in i..<j {
            let b = s[p]
            v = v * 10 + (SymbolParser.isDigit(b) ? Int(b) - 0x30 : (b == 0x6C || b == 0x49) ? 1 : 0)   // l/I → 1, O/o → 0
        }
        return (v, j)
    }

    /// Where the number that `readNumber` reads at `i` ends, and its digit count, without building
    /// it: most digits in a text are not symbols, and fail the shape test right after.
    @inline(__always)
    func numberEnd(_ i: Int, maxDigits: Int = 5, ocr: Bool = true) -> (end: Int, count: Int)? {
        var j = i
        var count = 0
        if ocr, at(j) == 0x6C || at(j) == 0x49, SymbolParser.isDigit(at(j + 1)) { count = 1; j += 1 }   // l27 → 127
        while j < s.count, count <= maxDigits {
            let b = s[j]
            if SymbolParser.isDigit(b) { count += 1; j += 1; continue }
            if ocr, (b == 0x4F || b == 0x6F), count > 0, SymbolParser.isDigit(at(j + 1)) { count += 1; j += 1; continue }
            // A capital `O` ending the number before its year: `8O/2021/TT-BTC` → `80`.
            if ocr, b == 0x4F, count > 0, at(j + 1) == 0x2F, SymbolParser.isDigit(at(j + 2)) { count += 1; j += 1; continue }
            break
        }
        guard count > 0, count <= maxDigits else { return nil }
        return (j, count)
    }

    /// Reads one letter group of a symbol at `i`: ASCII letters, Đ/đ, `&`, then digits (`QH14`, `BGD&ĐT`).
    /// Fails when the run continues into a non-ASCII letter (a Vietnamese word, not a code).
    func readGroup(_ i: Int) -> (String, Int)? {
        // The group is the bytes `s[i..<j]` as they stand: measured first, turned into a String once.
        var j = i
        guard SymbolParser.isLetterASCII(at(j)) || isDStroke(j) else { return nil }
        while j < s.count {
            let b = s[j]
            if SymbolParser.isLetterASCII(b) || SymbolParser.isDigit(b) || b == 0x26 { j += 1; continue }
            if isDStroke(j) { j += 2; continue }
            // A dot inside a unit code (`VPCP-V.I`), never at its end.
            if b == 0x2E, j - i == 1, SymbolParser.isUpperASCII(at(j + 1)), !SymbolParser.isLetterASCII(at(j + 2)) {
                j += 1; continue
            }
            break
        }
        // A following non-ASCII letter means we are inside a word (`Phát`, `ngày`); a superscript digit is a footnote
        // mark (`NĐ-CP¹`, `QH15²`).
        if j < s.count, s[j] >= 0xC0, !isSuperscriptDigit(j) { return nil }
        if j - i > 24 { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: s[i..<j]), as: UTF8.self), j)
    }

    /// Whether a superscript digit starts at `j`: `¹ ² ³` (C2 B9/B2/B3) or `⁰`, `⁴`–`⁹` (E2 81 B0/B4–B9).
    func isSuperscriptDigit(_ j: Int) -> Bool {
        let b = at(j)
        if b == 0xC2 { let c = at(j + 1); return c == 0xB9 || c == 0xB2 || c == 0xB3 }
        if b == 0xE2, at(j + 1) == 0x81 { let c = at(j + 2); return c == 0xB0 || (c >= 0xB4 && c <= 0xB9) }
        return false
    }

    /// Parses a symbol whose number starts at `i`. Returns nil when the shape is not a symbol.
    func parse(at i: Int) -> RawSymbol? {
        guard let (afterNum, _) = numberEnd(i) else { return nil }
        return mayOpenSymbol(afterNumber: afterNum) ? parseSymbol(at: i, afterNumber: afterNum) : nil
    }

    /// Whether the bytes after a number ending at `j` pass the first steps of `parseSymbol` (the
    /// separator after the number): a necessary condition, on the few bytes those steps read. Most
    /// numbers in a text (dates, amounts, list items, `Điều 5`) fail it, and the full parse (a large
    /// function returning a large optional) is called only for those that pass.
    func mayOpenSymbol(afterNumber j: Int) -> Bool {
        let c = at(j)
        // `15A/KH-UBND`: a letter, a slash and a code in capitals; `66.7/…`, `1.744/…`.
        if SymbolParser.isLetterASCII(c) { return at(j + 1) == 0x2F && (SymbolParser.isUpperASCII(at(j + 2)) || isDStroke(j + 2)) }
        if c == 0x2E, SymbolParser.isDigit(at(j + 1)) { return true }
        let k = c == 0x20 || c == 0x09 ? skipSpaces(j, max: 3, lines: false) : j
        let b = at(k)
        // Placeholder dots count only before a slash.
        if b == 0x2E || b == 0xE2 { return at(skipPlaceholders(k)) == 0x2F }
        if b == 0x2F || b == 0x2D {
            // After the separator, a group, or (after a slash) digits that may be a year: its next three bytes
            // are digits or an OCR `O`/`o`. Dates (`10/07/2014`, `07/2014,`) and ranges (`1-3`) stop here.
            let p = skipSpaces(k + 1, max: 3, lines: true)
            if SymbolParser.isDigit(at(p)) {
                @inline(__always) func yearByte(_ x: UInt8) -> Bool { SymbolParser.isDigit(x) || x == 0x4F || x == 0x6F }
                return b == 0x2F && yearByte(at(p + 1)) && yearByte(at(p + 2)) && yearByte(at(p + 3))
            }
            return SymbolParser.isLetterASCII(at(p)) || isDStroke(p)
        }
        return k > j && SymbolParser.isUpperASCII(b)
    }

    /// `parse(at: i)` given the end of the number at `i` (`numberEnd(i)`), for numbers that pass `mayOpenSymbol`.
    func parseSymbol(at i: Int, afterNumber afterNum: Int) -> RawSymbol? {
        // The shape is checked on bytes first; the number's text is built only for a symbol.
        var j = afterNum
        // A letter after the number (`1234a/QĐ-UBND`, `15A/KH-UBND`: a number given out between two others), right
        // before the slash and a code in capitals.
        var letter: Range<Int>? = nil
        if SymbolParser.isLetterASCII(at(j)), at(j + 1) == 0x2F, SymbolParser.isUpperASCII(at(j + 2)) || isDStroke(j + 2) {
            letter = j..<(j + 1)
            j += 1
        }
        var decimal: Range<Int>? = nil
        var thousands: Range<Int>? = nil
        // A decimal part `66.7` only when a separator follows directly; three digits after a dot that
        // follows one or two are a thousands separator (`Quyết định số 1.744/QĐ-UBND` in news).
        if at(j) == 0x2E, SymbolParser.isDigit(at(j + 1)) {
            var k = j + 1
            while SymbolParser.isDigit(at(k)), k - j <= 3 { k += 1 }
            if at(k) == 0x2F, k - j <= 3 {
                decimal = (j + 1)..<k
                j = k
            } else if at(k) == 0x2F, k - j == 4, j - i <= 2, SymbolParser.isDigit(at(i)), SymbolParser.isDigit(at(j - 1)) {
                thousands = (j + 1)..<k
                j = k
            } else { return nil }
        }
        var k = skipSpaces(j, max: 3, lines: false)
        // Placeholder dots between number and separator: `…05…./2006`.
        if at(k) == 0x2E || at(k) == 0xE2 {
            let p = skipPlaceholders(k)
            if at(p) == 0x2F { k = p }
        }
        var firstSep = at(k)
        var groupsStart: Int
        if firstSep == 0x2F || firstSep == 0x2D {
            groupsStart = skipSpaces(k + 1, max: 3, lines: true)
        } else if k > j, SymbolParser.isUpperASCII(firstSep) {
            // `83 TC/TCT`, `1141 TC/QĐ/CĐKT`: a known code group, then a slash.
            guard let (g, ge) = readGroup(k), at(ge) == 0x2F,
                  Vocabulary.shared.issuer(g) != nil || Vocabulary.shared.type(g) != nil else { return nil }
            firstSep = 0x20
            groupsStart = k
        } else {
            return nil
        }
        // Placeholder dots after the separator: `05/…/QĐ` is a template, but `/ QĐ` is fine.
        var year: Int? = nil
        var p = groupsStart
        if SymbolParser.isDigit(at(p)) {
            // Year inside the symbol: `2018/`, `2O18/`.
            guard firstSep == 0x2F, let (yv, ye) = readYear(p), yv >= 1945, yv <= 2099 else { return nil }
            var q = skipSpaces(ye, max: 3, lines: false)
            if at(q) == 0x2E || at(q) == 0xE2 { let r = skipPlaceholders(q); if at(r) == 0x2F { q = r } }
            guard at(q) == 0x2F else { return nil }
            year = yv
            p = skipSpaces(q + 1, max: 3, lines: true)
        }
        var groups = SymbolGroups()
        var seps = SymbolSeps()
        var end = p
        var cursor = p
        while groups.count < 7 {
            guard var (g, ge) = readGroup(cursor) else { break }
            // The group's bytes in the text (before an OCR split adds a letter).
            let groupEnd = ge
            // OCR split: `UBN D` → `UBND`.
            if at(ge) == 0x20, SymbolParser.isUpperASCII(at(ge + 1)), !SymbolParser.isLetterASCII(at(ge + 2)),
               at(ge + 2) < 0xC0, Vocabulary.shared.issuer(g) == nil, Vocabulary.shared.issuer(g + String(UnicodeScalar(at(ge + 1)))) != nil {
                g += String(UnicodeScalar(at(ge + 1)))
                ge += 2
            }
            // A group must look like a code: starts upper case or Đ, or is a known code in any case.
            let first = at(cursor)
            let looksCode = SymbolParser.isUpperASCII(first) || (first == 0xC4 && at(cursor + 1) == 0x90)
            if !looksCode {
                let known = Vocabulary.shared.type(g) != nil || Vocabulary.shared.issuer(g.filter { !$0.isNumber }) != nil
                    || courtCaseCodes.contains(g.uppercased())
                if !known { break }
            }
            // `99/2022/NĐ-CP/Declare documents…` in bilingual forms: a capitalised word is prose, not a code.
            // (On the text's bytes: a group grown by a split ends in a capital, and is no such word.)
            if groupEnd == ge, isCapitalisedWord(cursor..<ge), Vocabulary.shared.type(g) == nil, Vocabulary.shared.issuer(g) == nil { break }
            groups.append(g)
            end = ge
            // Separator to a following group.
            let a = skipSpaces(ge, max: 2, lines: false)
            var sep = at(a)
            // `522/2002/QĐ.UB`: a dot between two codes is a typed hyphen.
            if sep == 0x2E, a == ge, SymbolParser.isUpperASCII(at(a + 1)), SymbolParser.isUpperASCII(at(a + 2)) || isDStroke(a + 2) { sep = 0x2D }
            guard sep == 0x2D || sep == 0x2F else { break }
            let b = skipSpaces(a + 1, max: 2, lines: true)
            guard SymbolParser.isLetterASCII(at(b)) || isDStroke(b) else { break }
            // `1744/QĐ-UBND - Phát biểu`: spaces on both sides of a hyphen before a word are prose.
            if a > ge && b > a + 1 && sep == 0x2D {
                guard let (ng, _) = readGroup(b), isPlausibleGroup(ng) else { break }
            }
            seps.append(sep)
            cursor = b
        }
        if seps.count >= groups.count { seps.removeLast(seps.count - max(groups.count - 1, 0)) }
        guard !groups.isEmpty else { return nil }
        // The number's bytes are `i..<afterNum` (`numberEnd(i)`), one byte a digit: not measured again.
        var numberText = repairedDigits(i..<afterNum)
        if let l = letter { numberText += String(decoding: UnsafeBufferPointer(rebasing: s[l]), as: UTF8.self) }
        if let d = decimal { numberText += "." + String(decoding: UnsafeBufferPointer(rebasing: s[d]), as: UTF8.self) }
        if let d = thousands { numberText += String(decoding: UnsafeBufferPointer(rebasing: s[d]), as: UTF8.self) }
        return RawSymbol(start: i, end: end, number: numberText, year: year, groups: groups, seps: seps, firstSep: firstSep)
    }

    /// `isCapitalisedWord` on the bytes `s[r]` (a group as `readGroup` read it).
    @inline(__always) func isCapitalisedWord(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, SymbolParser.isUpperASCII(s[r.lowerBound]) else { return false }
        for p in (r.lowerBound + 1)..<r.upperBound where !SymbolParser.isLowerASCII(s[p]) { return false }
        return true
    }

    /// Whether a group is an ordinary capitalised word (`Declare`, `If`): one upper-case ASCII letter, then only lower case.
    /// Mixed-case codes keep a capital after the first letter (`TTg`, `TTr`, `GDTrH`).
    func isCapitalisedWord(_ g: String) -> Bool {
        // One plain pass over the bytes (`dropFirst().allSatisfy` on the UTF-8 view went through generic code).
        var count = 0
        for b in g.utf8 {
            guard count == 0 ? SymbolParser.isUpperASCII(b) : SymbolParser.isLowerASCII(b) else { return false }
            count += 1
        }
        return count >= 2
    }

    /// Whether a group read after a spaced hyphen is a code rather than a word.
    func isPlausibleGroup(_ g: String) -> Bool {
        if Vocabulary.shared.type(g) != nil || Vocabulary.shared.issuer(g.filter { !$0.isNumber }) != nil { return true }
        let letters = g.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }
}
