/// Reading the prose around a symbol: the type word and `số` before it, the pinpoint, the date and
/// the issuer phrase after it. Works on a small folded window, never on the whole document.
struct ContextReader {
    let s: UnsafeBufferPointer<UInt8>

    /// Moves `i` back to the start of a UTF-8 scalar.
    func scalarStart(_ i: Int) -> Int {
        var j = max(0, i)
        while j > 0, j < s.count, s[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// A folded window of about `bytes` bytes ending at `end`.
    func windowBefore(_ end: Int, bytes: Int = 200) -> FoldedWindow {
        FoldedWindow(s, from: scalarStart(end - bytes), to: end)
    }

    /// A folded window of about `bytes` bytes starting at `start`.
    func windowAfter(_ start: Int, bytes: Int = 240) -> FoldedWindow {
        FoldedWindow(s, from: start, to: scalarStart(min(s.count, start + bytes)))
    }
}

/// What stands before a number: `khoản 2 Điều 5 Nghị định số`.
struct Prefix {
    /// The kind given by the type word, if any.
    var kind: String?
    /// Byte offset where the reference's surface text starts (type word, or `số`, or the number).
    var start: Int
    /// Whether `số`/`No.` (or a type word) directly precedes the number.
    var hasNumberWord = false
    /// Whether a type word directly precedes.
    var hasKindWord = false
    /// The pinpoint (`khoản 2 Điều 5`) as written, and where it starts.
    var pinpoint: String?
    var pinpointStart: Int?
    /// Byte range of an issuer phrase between type word and number (`Quyết định của Bộ Chính trị số`).
    var innerIssuer: Range<Int>?
    /// A trap word precedes (`Mẫu số`, `lớp`, `biển số`, `TCVN`): not a reference.
    var trap = false
    /// Whether the type word was an abbreviation (`NĐ`, `QĐ`).
    var abbreviated = false
}

enum Words {
    static let so: [UInt8] = Array("so".utf8)
    static let no: [UInt8] = Array("no".utf8)
    static let number: [UInt8] = Array("number".utf8)
    static let cua: [UInt8] = Array("cua".utf8)
    static let of: [UInt8] = Array("of".utf8)
    static let ngay: [UInt8] = Array("ngay".utf8)
    static let tu: [UInt8] = Array("tu".utf8)
    static let tp: [UInt8] = Array("tp".utf8)
    /// Words before `ngày` that open an effective-date clause (`có hiệu lực từ ngày`, `trước ngày`), not an issue date.
    static let effectiveCues: [[UInt8]] = ["tu", "hieu luc", "den", "truoc", "sau"].map { Array($0.utf8) }
    static let thang: [UInt8] = Array("thang".utf8)
    static let nam: [UInt8] = Array("nam".utf8)
    static let dated: [UInt8] = Array("dated".utf8)
    static let khoa: [UInt8] = Array("khoa".utf8)
    static let traps: [[UInt8]] = ["mau", "mau so", "lop", "bien so", "bien kiem soat", "ty le", "ti le", "ty so", "ti so",
                                   "hem", "so nha", "tcvn", "qcvn", "iso", "ky hieu", "to ban do", "thua dat", "thua dat so",
                                   "dien thoai", "dt", "fax", "tel", "ma so", "can ho", "khu pho", "to dan pho", "bieu mau",
                                   "tieu chuan", "quy chuan", "hop dong so", "ma so thue", "hoa don"].map { Array($0.utf8) }
    /// First letters of `pinUnits`.
    static let pinUnitInitials: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for u in pinUnits { if let f = u.first { t[Int(f)] = true } }
        return t
    }()
    /// Last letters of `traps`.
    static let trapFinals: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in traps { if let l = w.last { t[Int(l)] = true } }
        return t
    }()
    /// Whether a trap word may end at `k` (its last letter is the character before `k`).
    @inline(__always) static func endsTrap(_ w: FoldedWindow, at k: Int) -> Bool {
        k > 0 && k <= w.chars.count && trapFinals[Int(w.chars[k - 1])]
    }
    static let pinUnits: [[UInt8]] = ["diem", "khoan", "dieu", "muc", "chuong", "phan", "phu luc", "tiet", "tieu muc"].map { Array($0.utf8) }
    /// Indices into `Vocabulary.shared.kindWords` (longest first) by the word's last character.
    static let kindWordsByLast: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256)
        for (i, w) in Vocabulary.shared.kindWords.enumerated() { if let l = w.word.last { t[Int(l)].append(i) } }
        return t
    }()
    static let abbreviations: Set<String> = ["nd", "nq", "qd", "tt", "ttlt", "ct", "cv", "kh", "tb", "kl", "vbhn"]
}

extension ContextReader {
    /// Reads the type word, `số`, pinpoint and traps before the number at `numStart`.
    func prefix(before numStart: Int) -> Prefix {
        var p = Prefix(start: numStart)
        let w = windowBefore(numStart)
        var k = w.chars.count
        func skipSpaceBack() { while k > 0, w.chars[k - 1] == 0x20 { k -= 1 } }
        skipSpaceBack()
        // Placeholder dots before the number: `số …05…`.
        while k > 0, w.chars[k - 1] == 0x2E { k -= 1 }
        skipSpaceBack()
        // Trap words directly before the number (`Mẫu số 01/GTGT`, `lớp 10/2`, `QCVN 01:2021/BXD`).
        if Words.endsTrap(w, at: k) { for t in Words.traps where w.hasWord(t, endingAt: k) { p.trap = true; return p } }
        if k > 0, w.chars[k - 1] == 0x3A, k > 1, w.chars[k - 2] >= 0x30, w.chars[k - 2] <= 0x39 { p.trap = true; return p }
        // `số:` / `số` / `No.` / `number`
        var kk = k
        if kk > 0, w.chars[kk - 1] == 0x3A { kk -= 1; while kk > 0, w.chars[kk - 1] == 0x20 { kk -= 1 } }
        if kk > 0, w.chars[kk - 1] == 0x2E, w.hasWord(Words.no, endingAt: kk - 1) { kk -= 1 }
        if w.hasWord(Words.so, endingAt: kk) || w.hasWord(Words.no, endingAt: kk) || w.hasWord(Words.number, endingAt: kk) {
            p.hasNumberWord = true
            let sw = kk - 2 - (w.hasWord(Words.number, endingAt: kk) ? 4 : 0)
            // `Mẫu số`, `biển số`, `thửa đất số`, `tờ bản đồ số`, `Số nhà`: traps ending in số.
            var t = sw
            while t > 0, w.chars[t - 1] == 0x20 { t -= 1 }
            if Words.endsTrap(w, at: t) { for trap in Words.traps where w.hasWord(trap, endingAt: t) { p.trap = true; return p } }
            p.start = w.offset(sw)
            k = sw
            skipSpaceBack()
        }
        // Type word, possibly with an issuer phrase before `số`: `Quyết định của Bộ Chính trị số 31-QĐ/TW`.
        if let (kind, ks, abbr) = kindWord(w, endingAt: k) {
            p.kind = kind; p.hasKindWord = true; p.abbreviated = abbr
            p.start = w.offset(ks)
            k = ks
        } else if p.hasNumberWord {
            // Search back (≤ 60 chars) for `<type word> của … ` ending where `số` starts.
            let limit = max(0, k - 60)
            var c = k - 3
            while c >= limit {
                // The phrase stays within one sentence and paragraph (`Nghị định của\nChính phủ số` is one wrapped
                // line): not `… của pháp luật.\n6. Phòng giao dịch số 15`, `quy định của\nBộ Tài chính\n\n- Luật … số`.
                let ch = w.chars[c]
                if ch == 0x3B || ch == 0x28 || ch == 0x29 || (ch == 0x2E && !w.hasWord(Words.tp, endingAt: c)) { break }
                if ch == 0x20, startsNewItem(after: w.offset(c), before: w.offset(c + 1)) { break }
                if w.hasWord(Words.cua, at: c), c > 0, w.chars[c - 1] == 0x20 {
                    var e = c - 1
                    while e > 0, w.chars[e - 1] == 0x20 { e -= 1 }
                    if let (kind, ks, abbr) = kindWord(w, endingAt: e), !abbr {
                        p.kind = kind; p.hasKindWord = true
                        p.innerIssuer = w.offset(c)..<w.offset(k)
                        p.start = w.offset(ks)
                        k = ks
                        break
                    }
                }
                c -= 1
            }
        }
        // Pinpoint: `điểm a khoản 4 Điều 20`, `Điều 4 của`, `Phụ lục I`.
        if p.hasKindWord || p.hasNumberWord {
            var e = k
            while e > 0, w.chars[e - 1] == 0x20 { e -= 1 }
            if w.hasWord(Words.cua, endingAt: e) { e -= 3; while e > 0, w.chars[e - 1] == 0x20 { e -= 1 } }
            if e < k || e == k, let ps = pinpointStart(w, endingAt: e) {
                let a = w.offset(ps), b = w.offset(e)
                p.pinpoint = String(decoding: UnsafeBufferPointer(rebasing: s[a..<b]), as: UTF8.self)
                p.pinpointStart = a
            }
        }
        return p
    }

    /// Whether the white space `s[from..<to]` breaks a paragraph or opens a list item: a blank line, or a line
    /// that starts with a digit or a bullet.
    func startsNewItem(after from: Int, before to: Int) -> Bool {
        var newlines = 0
        for i in from..<to where s[i] == 0x0A { newlines += 1 }
        guard newlines > 0 else { return false }
        if newlines > 1 || to >= s.count { return true }
        let b = s[to]
        return (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2A || b == 0x2B || b == 0xE2
    }

    /// `Luật <Name> số`: a capitalised law-type word opening a name that runs up to `end` without
    /// digits or clause punctuation. Returns the kind and the byte offset of the type word.
    func namedLawKind(before end: Int) -> (String, Int)? {
        let w = windowBefore(end, bytes: 220)
        let words: [([UInt8], String)] = [("bo luat", "Bộ luật"), ("luat", "Luật"), ("phap lenh", "Pháp lệnh"), ("nghi quyet", "Nghị quyết"),
                                          ("hien phap", "Hiến pháp")].map { (Array($0.0.utf8), $0.1) }
        var k = w.chars.count - 1
        while k >= 0 {
            let c = w.chars[k]
            if c == 0x3B || c == 0x2E || c == 0x0A || c == 0x3A || (c >= 0x30 && c <= 0x39) || c == 0x29 || c == 0x28 { return nil }
            if k == 0 || w.chars[k - 1] == 0x20 {
                for (word, kind) in words where w.hasWord(word, at: k) && w.upper[k] {
                    // `Bộ luật` before `luật`.
                    if word.count == 4, k >= 3, w.hasWord(Array("bo".utf8), endingAt: k - 1) { continue }
                    return (kind, w.offset(k))
                }
            }
            k -= 1
        }
        return nil
    }

    /// The longest type word ending at `end` of the window: (kind, start, is abbreviation).
    func kindWord(_ w: FoldedWindow, endingAt end: Int) -> (String, Int, Bool)? {
        // A word ending at `end` ends with the character before it (skipping the others keeps the order).
        guard end > 0, end <= w.chars.count else { return nil }
        let last = w.chars[end - 1]
        for index in Words.kindWordsByLast[Int(last)] {
            let (word, kind) = Vocabulary.shared.kindWords[index]
            guard word.count <= end else { continue }
            let st = end - word.count
            guard w.hasWord(word, at: st) || (end == w.chars.count && w.hasWordPrefixGlued(word, at: st)) else { continue }
            let text = String(decoding: word, as: UTF8.self)
            if Words.abbreviations.contains(text) {
                // Abbreviations count only in upper case: `NĐ 127/2018`, not `nd`.
                guard (st..<end).allSatisfy({ w.upper[$0] }) else { continue }
                return (kind, st, true)
            }
            // English words are only type words when capitalised (`Decree No.`), Vietnamese in any case.
            return (kind, st, false)
        }
        return nil
    }

    /// The start of a pinpoint chain that ends exactly at `end` (`khoản 2 Điều 5`), if any.
    func pinpointStart(_ w: FoldedWindow, endingAt end: Int) -> Int? {
        // A chain ends with `unit id`: the id runs from the last space before `end` (at most 8
        // characters), and a unit word ends right before that space. Most prefixes fail this at once.
        var sp = end - 1
        while sp >= 0, end - sp <= 9, w.chars[sp] != 0x20 { sp -= 1 }
        guard sp >= 0, end - sp <= 9, sp < end - 1,
              Words.pinUnits.contains(where: { u in sp >= u.count && w.chars[(sp - u.count)..<sp].elementsEqual(u) }) else { return nil }
        var best: Int? = nil
        var c = end - 1
        let limit = max(0, end - 70)
        while c >= limit {
            if c == 0 || w.chars[c - 1] == 0x20 || w.chars[c - 1] == 0x28 {
                if let e = pinpointChainEnd(w, from: c), e == end { best = c }
            }
            c -= 1
        }
        return best
    }

    /// Parses `unit id (unit id)*` from `k`; returns the end (after trailing spaces trimmed).
    func pinpointChainEnd(_ w: FoldedWindow, from k: Int) -> Int? {
        // A chain starts with a unit word: most positions fail on their first letter.
        guard k >= 0, k < w.chars.count, Words.pinUnitInitials[Int(w.chars[k])] else { return nil }
        var k = k
        var items = 0
        var lastEnd = k
        while true {
            var matched: [UInt8]? = nil
            for u in Words.pinUnits where w.hasWord(u, at: k) { matched = u; break }
            guard let unit = matched else { break }
            var j = k + unit.count
            guard j < w.chars.count, w.chars[j] == 0x20 else { break }
            j += 1
            // The id: digits with letters/dots (`5`, `7a`, `33.4`), a letter (`a`, `đ`), or a Roman numeral.
            let idStart = j
            while j < w.chars.count, isWordByte(w.chars[j]) || (w.chars[j] == 0x2E && j + 1 < w.chars.count && isWordByte(w.chars[j + 1])) { j += 1 }
            guard j > idStart, j - idStart <= 8 else { break }
            items += 1
            lastEnd = j
            // Optional `,` between items is not a chain; spaces only.
            var n = j
            while n < w.chars.count, w.chars[n] == 0x20 { n += 1 }
            if n >= w.chars.count { return lastEnd }
            k = n
            if w.hasWord(Words.cua, at: k) { return lastEnd }
        }
        return items > 0 ? lastEnd : nil
    }
}

extension FoldedWindow {
    /// Whether `word` stands at `k` with only a word boundary before it (the number may be glued after).
    func hasWordPrefixGlued(_ word: [UInt8], at k: Int) -> Bool {
        guard k >= 0, k + word.count <= chars.count else { return false }
        for j in 0..<word.count where chars[k + j] != word[j] { return false }
        if k > 0, isWordByte(chars[k - 1]) { return false }
        return true
    }
}

/// A calendar date found in prose.
struct FoundDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int
    /// ISO `YYYY-MM-DD`.
    var iso: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension FoldedWindow {
    /// Reads an unsigned integer of at most `max` digits at `k` (placeholder dots before it skipped).
    func int(at k: Int, max: Int) -> (Int, Int)? {
        var j = k
        var v = 0, n = 0
        while j < chars.count, chars[j] >= 0x30, chars[j] <= 0x39, n < max { v = v * 10 + Int(chars[j] - 0x30); j += 1; n += 1 }
        if n == 0 || (j < chars.count && chars[j] >= 0x30 && chars[j] <= 0x39) { return nil }
        return (v, j)
    }

    func skip(_ k: Int, _ set: [UInt8]) -> Int {
        var j = k
        while j < chars.count, set.contains(chars[j]) { j += 1 }
        return j
    }

    /// Reads a date at `k`: `21/9/2018`, `21-9-2018`, `21.9.2018`, `21 tháng 9 năm 2018` (after `ngày`).
    func date(at k: Int) -> (FoundDate, Int)? {
        var j = skip(k, [0x20, 0x2E, 0x3A])
        guard let (d, e1) = int(at: j, max: 2) else { return nil }
        j = e1
        var m = 0, y = 0
        if j < chars.count, [0x2F, 0x2D, 0x2E].contains(chars[j]) {
            let sep = chars[j]
            guard let (mm, e2) = int(at: j + 1, max: 2), e2 < chars.count, chars[e2] == sep,
                  let (yy, e3) = int(at: e2 + 1, max: 4) else { return nil }
            m = mm; y = yy; j = e3
        } else {
            j = skip(j, [0x20, 0x2E])
            guard hasWord(Words.thang, at: j) else { return nil }
            j = skip(j + 5, [0x20, 0x2E])
            guard let (mm, e2) = int(at: j, max: 2) else { return nil }
            j = skip(e2, [0x20, 0x2E, 0x2C])
            if hasWord(Words.nam, at: j) { j = skip(j + 3, [0x20, 0x2E]) }
            else if j < chars.count, chars[j] == 0x2F || chars[j] == 0x2D { j += 1 }
            else { return nil }
            guard let (yy, e3) = int(at: j, max: 4) else { return nil }
            m = mm; y = yy; j = e3
        }
        if y < 100 { y += y < 50 ? 2000 : 1900 }
        guard d >= 1, d <= 31, m >= 1, m <= 12, y >= 1945, y <= 2099 else { return nil }
        return (FoundDate(year: y, month: m, day: d), j)
    }

    static let months: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"].map { Array($0.utf8) }

    /// Reads an English date at `k`: `November 4, 2013` or `4 November 2013`.
    func englishDate(at k: Int) -> (FoundDate, Int)? {
        var j = skip(k, [0x20])
        for (mi, name) in FoldedWindow.months.enumerated() where hasWord(name, at: j) {
            j = skip(j + name.count, [0x20])
            guard let (d, e1) = int(at: j, max: 2) else { return nil }
            j = skip(e1, [0x2C, 0x20])
            guard let (y, e2) = int(at: j, max: 4), y >= 1945 else { return nil }
            return (FoundDate(year: y, month: mi + 1, day: d), e2)
        }
        if let (d, e1) = int(at: j, max: 2) {
            let j2 = skip(e1, [0x20])
            for (mi, name) in FoldedWindow.months.enumerated() where hasWord(name, at: j2) {
                let j3 = skip(j2 + name.count, [0x20, 0x2C])
                guard let (y, e2) = int(at: j3, max: 4), y >= 1945 else { return nil }
                return (FoundDate(year: y, month: mi + 1, day: d), e2)
            }
        }
        return nil
    }
}
