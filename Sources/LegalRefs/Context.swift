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

    /// Calls `body` with a folded window of about `bytes` bytes ending at `end`, folded backward on demand.
    func withWindowBefore<R>(_ end: Int, bytes: Int = 200, _ body: (LazyFoldedWindow) -> R) -> R {
        LazyFoldedWindow.with(s, from: scalarStart(end - bytes), to: end, backward: true, body)
    }

    /// Calls `body` with a folded window of about `bytes` bytes starting at `start`, folded forward on demand.
    func withWindowAfter<R>(_ start: Int, bytes: Int = 240, _ body: (LazyFoldedWindow) -> R) -> R {
        LazyFoldedWindow.with(s, from: start, to: scalarStart(min(s.count, start + bytes)), backward: false, body)
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
    /// Whether the type word was `văn bản` (any document): the symbol's type code decides the kind
    /// (`văn bản số 12/QĐ-UBND` is a `Quyết định`), and only a symbol without one is a `Công văn`.
    var genericKind = false

    /// The kind handed to the resolver: `Resolver.genericProseKind` after `văn bản`.
    var proseKind: String? { genericKind ? Resolver.genericProseKind : kind }
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
    static let vanBan: [UInt8] = Array("van ban".utf8)
    static let officialDispatch: [UInt8] = Array("official dispatch".utf8)
    static let dispatch: [UInt8] = Array("dispatch".utf8)

    /// Whether the type word at `k` leaves the kind to the symbol: `văn bản`, and English `Official Dispatch`, which
    /// renders both a công văn and a công điện (`Official Dispatch No. 86/CD-TTg` is a `Công điện`).
    static func namesNoType(_ w: LazyFoldedWindow, at k: Int) -> Bool {
        // The words start with `v`, `o` or `d`: any other first letter answers at once.
        guard w.has(k) else { return false }
        let c = w[k]
        guard c == 0x76 || c == 0x6F || c == 0x64 else { return false }
        return w.hasWord(vanBan, at: k) || w.hasWord(officialDispatch, at: k) || w.hasWord(dispatch, at: k)
    }
    static let banHanh: [UInt8] = Array("ban hanh".utf8)
    static let kemTheo: [UInt8] = Array("kem theo".utf8)
    static let ky: [UInt8] = Array("ky".utf8)
    /// Words before `ngày` that open an effective-date clause (`có hiệu lực từ ngày`, `trước ngày`), not an issue date.
    static let effectiveCues: [[UInt8]] = ["tu", "hieu luc", "den", "het", "truoc", "sau"].map { Array($0.utf8) }
    /// `có hiệu lực`, and the words that may follow it before `ngày` (`thi hành`, `kể từ`), in the order read.
    static let coHieuLuc: [UInt8] = Array("co hieu luc".utf8)
    static let effectiveFirst: [[UInt8]] = ["thi hanh", "ke tu", "tu"].map { Array($0.utf8) }
    static let effectiveSecond: [[UInt8]] = ["ke tu", "tu"].map { Array($0.utf8) }
    /// The effective-date clause as codified law writes it, up to its `ngày` (UTF-8, not folded).
    static let codifiedClause: [UInt8] = Array("có hiệu lực thi hành kể từ ".utf8)
    /// Law-type words that open a law's name (`Luật Đất đai số …`), with their kinds; `Bộ luật` before `luật`.
    static let namedLawWords: [([UInt8], String)] = [("bo luat", "Bộ luật"), ("luat", "Luật"), ("phap lenh", "Pháp lệnh"),
                                                     ("nghi quyet", "Nghị quyết"), ("hien phap", "Hiến pháp"),
                                                     ("law", "Luật")].map { (Array($0.0.utf8), $0.1) }
    static let bo: [UInt8] = Array("bo".utf8)
    static let thang: [UInt8] = Array("thang".utf8)
    static let nam: [UInt8] = Array("nam".utf8)
    static let dated: [UInt8] = Array("dated".utf8)
    static let khoa: [UInt8] = Array("khoa".utf8)
    static let phap: [UInt8] = Array("phap".utf8)
    /// Kinds whose word also describes a document of another kind written before it (`Công văn hướng dẫn`).
    static let describingKinds: [String] = ["Hướng dẫn", "Quy định", "Kết luận", "Kế hoạch", "Thông báo", "Báo cáo"]
    /// Whether `kind` is one of `describingKinds`: its first letter first (a set's hashing cost a thousand
    /// instructions a reference), then small-string equality.
    static func isDescribing(_ kind: String) -> Bool {
        guard let f = kind.utf8.first, f == 0x48 || f == 0x51 || f == 0x4B || f == 0x54 || f == 0x42 else { return false }
        // On the bytes, lengths first (`Quyết định`, `Thông tư` stop there): `==` on strings beyond ASCII took the
        // stdlib's slow comparison.
        let n = kind.utf8.count
        return describingKindBytes.contains { $0.count == n && $0[0] == f && kind.utf8.elementsEqual($0) }
    }
    static let describingKindBytes: [[UInt8]] = describingKinds.map { Array($0.utf8) }
    static let phapLuat: [UInt8] = Array("phap luat".utf8)
    static let traps: [[UInt8]] = ["mau", "mau so", "lop", "bien so", "bien kiem soat", "ty le", "ti le", "ty so", "ti so",
                                   "hem", "so nha", "tcvn", "qcvn", "iso", "ky hieu", "to ban do", "thua dat", "thua dat so",
                                   "dien thoai", "dt", "fax", "tel", "ma so", "can ho", "khu pho", "to dan pho", "bieu mau",
                                   "tieu chuan", "quy chuan", "hop dong so", "ma so thue", "hoa don",
                                   "goi thau", "diem thi", "phong thi", "so bao danh", "benh nhan", "ca benh", "ca mac",
                                   "hop dong lao dong", "van bang", "chung thu", "ho khau", "so ho khau",
                                   // Report-annex forms (`Phiếu số 01/PLI`, `Biểu số 02/BCĐP`, like `Mẫu số`) and bus routes
                                   // (`tuyến 32/KL`, `Tuyến buýt số 05/R16`).
                                   "phieu", "bieu", "tuyen", "buyt"].map { Array($0.utf8) }
    /// First letters of `pinUnits`.
    static let pinUnitInitials: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for u in pinUnits { if let f = u.first { t[Int(f)] = true } }
        return t
    }()
    /// Per position from the end `j` (0–3) and character `c`, at `256 * j + c`: the traps whose `j`-th character
    /// from the end is `c`, or that are shorter than `j + 1` (bit `i` for `traps[i]`). The traps that may end at a
    /// position are the four entries of its last characters and-ed: no loop over candidates to filter them.
    static let trapBitsByTail: [UInt64] = {
        precondition(traps.count <= 64, "a trap's bit per word")
        var t = [UInt64](repeating: 0, count: 4 * 256)
        for (i, w) in traps.enumerated() {
            for j in 0..<4 {
                for c in 0..<256 where w.count <= j || Int(w[w.count - 1 - j]) == c { t[256 * j + c] |= 1 << UInt64(i) }
            }
        }
        return t
    }()
    /// Whether a trap word ends at `k`, after a word boundary.
    static func endsTrap(_ w: LazyFoldedWindow, at k: Int) -> Bool {
        guard w.has(k - 1) else { return false }
        let last = w.folded(k - 1)
        return trapBitsByTail.withUnsafeBufferPointer { byTail in
            // Every trap has a last character: the first entry is the traps ending in `last`.
            var bits = byTail[Int(last)]
            guard bits != 0 else { return false }
            // Only traps whose last characters stand there are compared in full (see `kindWord`); the tail is
            // zero-padded where the window starts, and no trap's character is 0.
            let tail = w.tail(endingAt: k, last: last)
            bits &= byTail[256 + Int(tail >> 8 & 0xFF)] & byTail[512 + Int(tail >> 16 & 0xFF)] & byTail[768 + Int(tail >> 24)]
            guard bits != 0 else { return false }
            return traps.withUnsafeBufferPointer { traps in
                while bits != 0 {
                    let index = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    if w.hasWord(traps[index], endingAt: k) { return true }
                }
                return false
            }
        }
    }
    /// A word's last (up to) four characters, last lowest (bits 0–31), and the mask of their bytes (bits 32–63),
    /// to compare with `LazyFoldedWindow.tail`. No folded character is 0, so a word longer than the characters
    /// a window holds never matches their zero-padded tail.
    static func tailKey(_ word: [UInt8]) -> UInt64 {
        let n = min(4, word.count)
        var key: UInt64 = 0, mask: UInt64 = 0
        for m in 0..<n { key |= UInt64(word[word.count - 1 - m]) << UInt64(8 * m); mask |= 0xFF << UInt64(8 * m) }
        return key | mask << 32
    }
    /// `pinUnits` by their first letter, in `pinUnits` order.
    static let pinUnitsByFirst: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: 256)
        for w in pinUnits { if let f = w.first { t[Int(f)].append(w) } }
        return t
    }()
    /// `pinUnits` by their last letter: a unit ending at some position ends with the character before it.
    static let pinUnitsByLast: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: 256)
        for w in pinUnits { if let l = w.last { t[Int(l)].append(w) } }
        return t
    }()
    static let va: [UInt8] = Array("va".utf8)
    static let hoac: [UInt8] = Array("hoac".utf8)
    /// The words a pinpoint chain holds besides its ids: its units' words and the conjunctions of a list.
    static let pinListWords: [[UInt8]] = ["diem", "khoan", "dieu", "muc", "chuong", "phan", "phu", "luc", "tiet", "tieu",
                                          "va", "hoac"].map { Array($0.utf8) }
    /// Whether folded `f[from..<to]` (in the span) is a word a pinpoint chain may hold: an id or one of `pinListWords`.
    static func isPinListWord(_ f: LazyFoldedWindow.Span, _ from: Int, _ to: Int) -> Bool {
        let n = to - from
        // The words are two to six letters long: compared packed in one integer (no character is 0, so words of
        // other lengths differ), not by walking the list. (Asked first: most pieces a walk meets are these words.)
        if n >= 2, n <= 6 {
            var v: UInt64 = 0
            for j in from..<to { v |= UInt64(f[j]) << UInt64(8 &* (j &- from)) }
            switch v {
            // diem, khoan, dieu, muc, chuong, phan, phu, luc, tiet, tieu, va, hoac (`pinListWords` packed as `LazyFoldedWindow.pack`)
            case 0x6d656964, 0x6e616f686b, 0x75656964, 0x63756d, 0x676e6f756863, 0x6e616870, 0x756870, 0x63756c, 0x74656974,
                 0x75656974, 0x6176, 0x63616f68: return true
            default: break
            }
        }
        return n <= 8 && (from..<to).allSatisfy({ isWordByte(f[$0]) || f[$0] == 0x2E }) && isPinpointID(f, from, to)
    }
    /// `va`, `hoac` and `cua` packed as `LazyFoldedWindow.pack` packs them.
    static let vaPacked: UInt64 = 0x6176
    static let hoacPacked: UInt64 = 0x63616f68
    static let cuaPacked: UInt64 = 0x617563
    /// The length of the unit word of `pinUnits` that stands at `k` (as `LazyFoldedWindow.hasWord` finds words),
    /// or 0: by first letter, the units packed (`LazyFoldedWindow.pack`), compared up to the first difference.
    static func pinUnitLength(_ f: LazyFoldedWindow.Span, at k: Int) -> Int {
        let c = f[k]
        guard c == 0x64 || c == 0x6B || c == 0x6D || c == 0x63 || c == 0x70 || c == 0x74 else { return 0 }
        // Every unit starts with a letter: a word byte before `k` rules them all out.
        if f.has(k - 1), isWordByte(f[k - 1]) { return 0 }
        // Whether the unit `packed`, `m` long, stands at `k` (its first letter is `c`) and ends a word.
        @inline(__always) func unit(_ packed: UInt64, _ m: Int) -> Bool {
            guard f.has(k &+ m &- 1) else { return false }
            for j in 1..<m where f[k &+ j] != UInt8(truncatingIfNeeded: packed >> UInt64(8 &* j)) { return false }
            return !f.has(k &+ m) || !isWordByte(f[k &+ m])
        }
        switch c {
        case 0x64: return unit(0x6d656964, 4) || unit(0x75656964, 4) ? 4 : 0                   // diem, dieu
        case 0x6B: return unit(0x6e616f686b, 5) ? 5 : 0                                        // khoan
        case 0x6D: return unit(0x63756d, 3) ? 3 : 0                                            // muc
        case 0x63: return unit(0x676e6f756863, 6) ? 6 : 0                                      // chuong
        case 0x70: return unit(0x6e616870, 4) ? 4 : unit(0x63756c20756870, 7) ? 7 : 0          // phan, phu luc
        default: return unit(0x74656974, 4) ? 4 : unit(0x63756d2075656974, 8) ? 8 : 0          // tiet, tieu muc
        }
    }
    static let pinUnits: [[UInt8]] = ["diem", "khoan", "dieu", "muc", "chuong", "phan", "phu luc", "tiet", "tieu muc"].map { Array($0.utf8) }
    /// Indices into `Vocabulary.shared.kindWords` (longest first) by the word's last character.
    static let kindWordsByLast: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256)
        for (i, w) in Vocabulary.shared.kindWords.enumerated() { if let l = w.word.last { t[Int(l)].append(i) } }
        return t
    }()
    /// Per last character, the length of the longest type word ending in it.
    static let longestKindWordByLast: [Int] = {
        var t = [Int](repeating: 0, count: 256)
        for w in Vocabulary.shared.kindWords { if let l = w.word.last { t[Int(l)] = max(t[Int(l)], w.word.count) } }
        return t
    }()
    /// Per index into `Vocabulary.shared.kindWords`: its tail key (see `tailKey`).
    static let kindWordTails: [UInt64] = Vocabulary.shared.kindWords.map { tailKey($0.word) }
    /// Per index into `Vocabulary.shared.kindWords`: its last (up to) eight characters, last lowest, and their mask,
    /// to compare with the eight characters before a position once they are folded (`nghi dinh` and `quyet dinh`
    /// share four).
    static let kindWordLongTails: [(key: UInt64, mask: UInt64)] = Vocabulary.shared.kindWords.map { kw in
        var key: UInt64 = 0, mask: UInt64 = 0
        for m in 0..<min(8, kw.word.count) { key |= UInt64(kw.word[kw.word.count - 1 - m]) << UInt64(8 * m); mask |= 0xFF << UInt64(8 * m) }
        return (key, mask)
    }
    /// A type word's filter keys (see `kindWordIndex`).
    struct KindWordCandidate {
        /// Index into `Vocabulary.shared.kindWords`.
        let index: Int
        /// `tailKey` of the word.
        let tail: UInt64
        /// `kindWordLongTails` of the word.
        let longKey: UInt64
        let longMask: UInt64
    }
    /// The type words' filter keys grouped by last character, each group in `kindWordsByLast` order: one array
    /// read in place (not an array per letter, three tables read with a bounds check each).
    static let kindWordCandidates: [KindWordCandidate] = (0..<256).flatMap { l in
        kindWordsByLast[l].map { KindWordCandidate(index: $0, tail: kindWordTails[$0], longKey: kindWordLongTails[$0].key,
                                                   longMask: kindWordLongTails[$0].mask) }
    }
    /// Per last character, where its group starts in `kindWordCandidates` (entry 256: the end).
    static let kindWordCandidateStarts: [Int] = {
        var t = [0]
        for l in 0..<256 { t.append(t[l] + kindWordsByLast[l].count) }
        return t
    }()
    /// Per index into `Vocabulary.shared.kindWords`: whether its kind is one of `describingKinds`.
    static let kindWordIsDescribing: [Bool] = Vocabulary.shared.kindWords.map { isDescribing($0.kind) }
    static let abbreviations: Set<String> = ["nd", "nq", "qd", "tt", "ttlt", "ct", "cv", "kh", "tb", "kl", "vbhn"]
    /// Per index into `Vocabulary.shared.kindWords`: whether the word is one of `abbreviations` (decided once,
    /// not by building and hashing a `String` at every match).
    static let kindWordIsAbbreviation: [Bool] = Vocabulary.shared.kindWords.map { abbreviations.contains(String(decoding: $0.word, as: UTF8.self)) }
}

extension ContextReader {
    /// Reads the type word, `số`, pinpoint and traps before the number at `numStart`.
    func prefix(before numStart: Int) -> Prefix {
        // Read into the caller's value (returning one from the window's closure copied and destroyed it).
        var p = Prefix(start: numStart)
        withWindowBefore(numStart) { readPrefix(&p, before: numStart, in: $0) }
        return p
    }

    /// `prefix(before:)` on the window before the number, into `p` (as `Prefix(start: numStart)` made it).
    private func readPrefix(_ p: inout Prefix, before numStart: Int, in w: LazyFoldedWindow) {
        var k = w.end
        func skipSpaceBack() { while w.has(k - 1), w.folded(k - 1) == 0x20 { k -= 1 } }
        skipSpaceBack()
        // Placeholder dots before the number: `số …05…`.
        while w.has(k - 1), w.folded(k - 1) == 0x2E { k -= 1 }
        skipSpaceBack()
        // Trap words directly before the number (`Mẫu số 01/GTGT`, `lớp 10/2`, `QCVN 01:2021/BXD`).
        if Words.endsTrap(w, at: k) { p.trap = true; return }
        if w.has(k - 1), w.folded(k - 1) == 0x3A, w.has(k - 2), w.folded(k - 2) >= 0x30, w[k - 2] <= 0x39 { p.trap = true; return }
        // `số:` / `số` / `No.` / `number`
        var kk = k
        if w.has(kk - 1), w.folded(kk - 1) == 0x3A { kk -= 1; while w.has(kk - 1), w.folded(kk - 1) == 0x20 { kk -= 1 } }
        if w.has(kk - 1), w.folded(kk - 1) == 0x2E, w.hasWord(Words.no, endingAt: kk - 1) { kk -= 1 }
        // (`number` is asked once: the three words end in different letters, so at most one stands there.)
        // (The last letter first: `so` and `no` end in `o`, `number` in `r`; most numbers have neither before them.)
        let before: UInt8 = w.has(kk - 1) ? w.folded(kk - 1) : 0
        let soOrNo = before == 0x6F && (w.hasWord(Words.so, endingAt: kk) || w.hasWord(Words.no, endingAt: kk))
        let number = !soOrNo && before == 0x72 && w.hasWord(Words.number, endingAt: kk)
        if soOrNo || number {
            p.hasNumberWord = true
            let sw = kk - 2 - (number ? 4 : 0)
            // `Mẫu số`, `biển số`, `thửa đất số`, `tờ bản đồ số`, `Số nhà`: traps ending in số.
            var t = sw
            while w.has(t - 1), w.folded(t - 1) == 0x20 { t -= 1 }
            if Words.endsTrap(w, at: t) { p.trap = true; return }
            p.start = w.offset(sw)
            k = sw
            skipSpaceBack()
        }
        // Type word, possibly with an issuer phrase before `số`: `Quyết định của Bộ Chính trị số 31-QĐ/TW`.
        // (`pháp luật số …` is the law in general, not a type word.)
        if let (headIndex, headStart, abbr) = kindWordIndex(w, endingAt: k), !(headStart == k - 4 && w.hasWord(Words.phap, endingAt: headStart - 1)) {
            var (index, ks) = (headIndex, headStart)
            // A describing word after the head type word (`Công văn hướng dẫn số`, `Nghị quyết quy định số`,
            // `Thông báo kết luận số`): the head names the kind.
            if !abbr, Words.kindWordIsDescribing[index] {
                var e = ks
                while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
                if e < ks, let (head, hs, headAbbr) = kindWordIndex(w, endingAt: e), !headAbbr { (index, ks) = (head, hs) }
            }
            p.kind = Vocabulary.shared.kindWords[index].kind; p.hasKindWord = true; p.abbreviated = abbr
            p.genericKind = Words.namesNoType(w, at: ks)
            p.start = w.offset(ks)
            k = ks
        } else if p.hasNumberWord {
            // Search back (≤ 60 chars) for `<type word> của … ` ending where `số` starts.
            let limit = k - 60
            // From the character before `số`: a `;` right there ends the search too.
            var c = k - 1
            // The words in locals (not a global's accessor per position); positions from `low` on are folded
            // and read without a check each.
            let cua = Words.cua, tp = Words.tp
            var low = Int.max
            while c >= limit {
                if c < low { low = w.foldedLow(through: c) }
                guard c >= low else { break }
                // The phrase stays within one sentence and paragraph (`Nghị định của\nChính phủ số` is one wrapped
                // line): not `… của pháp luật.\n6. Phòng giao dịch số 15`, `quy định của\nBộ Tài chính\n\n- Luật … số`.
                let ch = w.folded(c)
                // (Nor across another reference's symbol or date: `các Quyết định của UBND tỉnh: số 12/QĐ-UBND ngày 10/5/2023,
                // số 15/QĐ-UBND …` starts the second at its own `số`.)
                if ch == 0x3B || ch == 0x28 || ch == 0x29 || ch == 0x2F || (ch == 0x2E && !w.hasWord(tp, endingAt: c)) { break }
                if ch == 0x20, startsNewItem(after: w.offset(c), before: w.offset(c + 1)) { break }
                // (`của` only where its `c` stands: most positions fail there, without a call.)
                if ch == 0x63, w.hasWord(cua, at: c), w.has(c - 1), w.folded(c - 1) == 0x20 {
                    // `quy định của pháp luật số …`: the law in general, no issuer.
                    if w.hasWord(Words.phapLuat, at: c + 4) { break }
                    var e = c - 1
                    while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
                    if let (kind, ks, abbr) = kindWord(w, endingAt: e), !abbr {
                        p.kind = kind; p.hasKindWord = true
                        p.genericKind = Words.namesNoType(w, at: ks)
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
            while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
            // (The last letter first: `của` ends in `a`, `kèm theo` in `o`.)
            let last: UInt8 = w.has(e - 1) ? w.folded(e - 1) : 0
            if last == 0x61, w.hasWord(Words.cua, endingAt: e) { e -= 3; while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 } }
            // `Phụ lục II ban hành kèm theo Thông tư số …`
            else if last == 0x6F, w.hasWord(Words.kemTheo, endingAt: e) {
                e -= Words.kemTheo.count
                while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
                if w.hasWord(Words.banHanh, endingAt: e) { e -= Words.banHanh.count; while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 } }
            }
            if e < k || e == k, let ps = pinpointStart(w, endingAt: e) {
                let a = w.offset(ps), b = w.offset(e)
                p.pinpoint = String(decoding: UnsafeBufferPointer(rebasing: s[a..<b]), as: UTF8.self)
                p.pinpointStart = a
            }
        }
    }

    /// The pinpoint right before a law named at `start` (`khoản 3 Điều 12 Luật Đất đai số 31/2024/QH15`,
    /// `Điều 12 của Luật Đất đai năm 2024`), as written, and where it starts.
    func pinpoint(before start: Int) -> (String, Int)? {
        withWindowBefore(start, bytes: 120) { w -> (String, Int)? in
            var e = w.end
            while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
            if w.hasWord(Words.cua, endingAt: e) { e -= 3; while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 } }
            guard let ps = pinpointStart(w, endingAt: e) else { return nil }
            let a = w.offset(ps), b = w.offset(e)
            return (String(decoding: UnsafeBufferPointer(rebasing: s[a..<b]), as: UTF8.self), a)
        }
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
        let words = Words.namedLawWords, bo = Words.bo
        return withWindowBefore(end, bytes: 220) { w -> (String, Int)? in
            var k = w.end - 1
            while w.has(k) {
                let c = w[k]
                if c == 0x3B || c == 0x2E || c == 0x0A || c == 0x3A || (c >= 0x30 && c <= 0x39) || c == 0x29 || c == 0x28 { return nil }
                // Only words opening with `b`, `l`, `p`, `n` or `h` can be law-type words (the test before the loop
                // over the table, which copied each row).
                if c == 0x62 || c == 0x6C || c == 0x70 || c == 0x6E || c == 0x68, !w.has(k - 1) || w[k - 1] == 0x20 {
                    for (word, kind) in words where w.hasWord(word, at: k) && w.isUpper(k) {
                        // `Bộ luật` before `luật`.
                        if word.count == 4, w.hasWord(bo, endingAt: k - 1) { continue }
                        return (kind, w.offset(k))
                    }
                }
                k -= 1
            }
            return nil
        }
    }

    /// The longest type word ending at `end` of the window: (kind, start, is abbreviation).
    func kindWord(_ w: LazyFoldedWindow, endingAt end: Int) -> (String, Int, Bool)? {
        guard let (index, st, abbr) = kindWordIndex(w, endingAt: end) else { return nil }
        return (Vocabulary.shared.kindWords[index].kind, st, abbr)
    }

    /// `kindWord` as the type word's index into `Vocabulary.shared.kindWords` (its kind is copied out only where used).
    func kindWordIndex(_ w: LazyFoldedWindow, endingAt end: Int) -> (Int, Int, Bool)? {
        // A word ending at `end` ends with the character before it (skipping the others keeps the order).
        guard w.has(end - 1) else { return nil }
        let last = w.folded(end - 1)
        // The tables in locals (a global's accessor per candidate cost more than most comparisons), each row's
        // word read in place (not copied out, which retained it).
        let kindWords = Vocabulary.shared.kindWords, isAbbreviation = Words.kindWordIsAbbreviation
        let candidates = Words.kindWordCandidates
        let first = Words.kindWordCandidateStarts[Int(last)], stop = Words.kindWordCandidateStarts[Int(last) + 1]
        guard first < stop else { return nil }
        // A word whose own last characters differ from the window's cannot stand here: most candidates of a
        // letter fail so, before their start is folded and compared.
        let tail = w.tail(endingAt: end, last: last)
        // The (up to) eight characters before `end` that are folded already (no folding for a filter), and their
        // mask: words that share their last four (`nghi dinh`, `quyet dinh`) differ there.
        let f = w.span
        let known = min(8, end - f.lo)
        // (The last four are `tail`'s: `tail` folded them where the window holds them, and masks drop the rest.)
        var long = UInt64(tail)
        if known > 4 { for m in 4..<known { long |= UInt64(f[end - 1 - m]) << UInt64(8 * m) } }
        let knownMask: UInt64 = known == 8 ? ~0 : (1 << UInt64(8 * known)) - 1
        for n in first..<stop {
            let t = candidates[n].tail
            guard tail & UInt32(truncatingIfNeeded: t >> 32) == UInt32(truncatingIfNeeded: t) else { continue }
            let mask = candidates[n].longMask & knownMask
            guard long & mask == candidates[n].longKey & mask else { continue }
            let index = candidates[n].index
            let st = end - kindWords[index].word.count
            guard w.has(st) else { continue }
            guard w.hasWord(kindWords[index].word, at: st) || (!w.has(end) && w.hasWordPrefixGlued(kindWords[index].word, at: st)) else { continue }
            if isAbbreviation[index] {
                // Abbreviations count only in upper case: `NĐ 127/2018`, not `nd`.
                guard (st..<end).allSatisfy({ w.isUpper($0) }) else { continue }
                return (index, st, true)
            }
            // English words are only type words when capitalised (`Decree No.`), Vietnamese in any case.
            return (index, st, false)
        }
        return nil
    }

    /// The start of a pinpoint chain or list that ends exactly at `end` (`khoản 2 Điều 5`,
    /// `điểm a, điểm b khoản 2 Điều 5`, `khoản 1, 2 và 4 Điều 8`), if any: the lowest start from which
    /// `pinpointChainEnd` reaches `end`, at most 100 characters back.
    func pinpointStart(_ w: LazyFoldedWindow, endingAt end: Int) -> Int? {
        // A chain ends with an id (at most 8 characters) after a unit word and a space, or after `,`, `và` or
        // `hoặc`. Most prefixes fail this at once. (`folded` where `has` has just answered, or on positions
        // between one it answered for and `end`: a backward window's folded characters are one stretch.)
        var idStart = end
        while w.has(idStart - 1), end - idStart <= 8,
              isWordByte(w.folded(idStart - 1)) || (w.folded(idStart - 1) == 0x2E && idStart < end && isWordByte(w.folded(idStart))) {
            idStart -= 1
        }
        guard idStart < end, end - idStart <= 8, w.has(idStart - 1), isPinpointID(w.span, idStart, end) else { return nil }
        var sp = idStart
        while w.has(sp - 1), w.folded(sp - 1) == 0x20 { sp -= 1 }
        guard w.has(sp - 1) else { return nil }
        if w.folded(sp - 1) == 0x2C {
            // `5,6` or `5, 6`: a list.
        } else {
            // (`và` ends in `a`, `hoặc` in `c`: asked only where that letter stands.)
            let last = w.folded(sp - 1)
            guard sp < idStart, Words.pinUnitsByLast[Int(last)].contains(where: { u in w.hasWord(u, endingAt: sp) })
                    || last == 0x61 && w.hasWord(Words.va, endingAt: sp) || last == 0x63 && w.hasWord(Words.hoac, endingAt: sp) else { return nil }
        }
        // Every word of a chain is a unit's word, an id or a conjunction, so its start is no lower than the
        // first word before `idStart` that is none of these: folded only as far as that.
        let limit = end - 100
        var low = idStart
        scan: while low > limit {
            var e = low
            while w.has(e - 1), w.folded(e - 1) == 0x20 { e -= 1 }
            // (The first word may hold the id: `Điều 5,6`.)
            guard w.has(e - 1) else { break }
            var s = e
            while w.has(s - 1), w.folded(s - 1) != 0x20, e - s <= 40 { s -= 1 }
            guard !w.has(s - 1) || w.folded(s - 1) == 0x20 else { break }
            // The word's characters are folded now: read from a span.
            let f = w.span
            // The pieces between commas; a `(` ends the walk (a chain may start right after it).
            var a = s
            var opened = false
            for i in s..<e where f[i] == 0x28 { a = i + 1; opened = true }
            guard a >= limit else { break }
            var pieceStart = a
            for i in a...e where i == e || f[i] == 0x2C || f[i] == 0x3B {
                if i > pieceStart, !Words.isPinListWord(f, pieceStart, i) { break scan }
                pieceStart = i + 1
            }
            low = a
            if opened { break }
        }
        // Every position a chain from `low` on reads, and the one before `low`, is folded now or lies before the
        // window (the walk asked `has` there): a span answers as the window would.
        let f = w.span
        let initials = Words.pinUnitInitials
        var c = max(low, limit)
        while c < idStart {
            if initials[Int(f[c])], !f.has(c - 1) || f[c - 1] == 0x20 || f[c - 1] == 0x28,
               let e = pinpointChainEnd(f, from: c), e == end {
                return c
            }
            c += 1
        }
        return nil
    }

    /// Parses a pinpoint chain from `k`: items `unit id` after spaces (`khoản 2 Điều 5`) or after `,`, `và`
    /// or `hoặc` (`Điều 3, Điều 4`), where a bare id repeats the unit before it (`khoản 1, 2 và 4 Điều 8`), or
    /// after `;` (`khoản 1 Điều 173; Điều 65`).
    /// Returns the end of the last id. On a span that holds `k - 1` or where the window cannot reach it.
    func pinpointChainEnd(_ f: LazyFoldedWindow.Span, from k: Int) -> Int? {
        // A chain starts with a unit word: most positions fail on their first letter.
        guard f.has(k), Words.pinUnitInitials[Int(f[k])] else { return nil }
        var k = k
        var items = 0
        var lastEnd = k
        // After `,`, `và` or `hoặc`: a bare id may stand.
        var listed = false
        while true {
            guard f.has(k) else { break }
            var j = k
            let unit = Words.pinUnitLength(f, at: k)
            if unit > 0 {
                j = k + unit
                guard f.has(j), f[j] == 0x20 else { break }
                j += 1
            } else if !listed {
                break
            }
            // The id: digits with letters/dots (`5`, `7a`, `33.4`), a letter (`a`, `đ`), or a Roman numeral.
            let idStart = j
            while f.has(j), isWordByte(f[j]) || (f[j] == 0x2E && f.has(j + 1) && isWordByte(f[j + 1])) { j += 1 }
            guard j > idStart, j - idStart <= 8, isPinpointID(f, idStart, j) else { break }
            items += 1
            lastEnd = j
            var n = j
            listed = false
            if f.has(n), f[n] == 0x2C { n += 1; listed = true }
            // `khoản 1 Điều 173; điểm s khoản 1 Điều 51 Bộ luật Hình sự` (a judgment's grounds): the next item names its unit.
            else if f.has(n), f[n] == 0x3B { n += 1 }
            while f.has(n), f[n] == 0x20 { n += 1 }
            if !f.has(n) { return lastEnd }
            // `và` or `hoặc`.
            // (Their first letters asked here: most items are followed by neither, nor by `của`.)
            let next = f[n]
            let conjunction = next == 0x76 && f.hasWord(Words.vaPacked, count: 2, at: n) ? 2
                : next == 0x68 && f.hasWord(Words.hoacPacked, count: 4, at: n) ? 4 : 0
            if conjunction > 0 {
                var m = n + conjunction
                if f.has(m), f[m] == 0x20 {
                    while f.has(m), f[m] == 0x20 { m += 1 }
                    n = m
                    listed = true
                }
            }
            k = n
            if f.has(k), f[k] == 0x63, f.hasWord(Words.cuaPacked, count: 3, at: k) { return lastEnd }
        }
        return items > 0 ? lastEnd : nil
    }
}

/// Whether folded `w[from..<to]` can number a part: it starts with a digit (`5`, `7a`, `33.4`), is one
/// letter, or a letter with a number (`a`, `đ`, `c.4`, `a1`), or is a Roman numeral (`IV`). Not a word:
/// `một số điều theo Luật`, `phạm vi điều chỉnh của`, `Chi tiết tại`.
/// (On a window or on a span of it, whose bounds stay in registers.)
@inline(__always) func isPinpointID<F: FoldedCharacters>(_ w: F, _ from: Int, _ to: Int) -> Bool {
    @inline(__always) func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    if digit(w[from]) || to - from == 1 { return true }
    if w[from + 1] == 0x2E || digit(w[from + 1]) { return true }
    for k in from..<to {
        switch w[k] {
        case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D: continue   // i v x l c d m
        default: return false
        }
    }
    return true
}

extension LazyFoldedWindow {
    /// Whether `word` stands at `k` with only a word boundary before it (the number may be glued after).
    func hasWordPrefixGlued(_ word: [UInt8], at k: Int) -> Bool {
        guard matches(word, at: k) else { return false }
        if has(k - 1), isWordByte(self[k - 1]) { return false }
        return true
    }
}

/// A calendar date found in prose.
struct FoundDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    /// An ISO `YYYY-MM-DD` date, if it is one.
    init?(iso: String) {
        // `YYYY-MM-DD` (every date the readers write) on its bytes; any other text as `split` and `Int` read it.
        var iso = iso
        if let (y, m, d) = iso.withUTF8({ u -> (Int, Int, Int)? in
            guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
            func number(_ a: Int, _ b: Int) -> Int? {
                var v = 0
                for k in a..<b {
                    let c = u[k] &- 0x30
                    guard c < 10 else { return nil }
                    v = v * 10 + Int(c)
                }
                return v
            }
            guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
            return (y, m, d)
        }) {
            self.init(year: y, month: m, day: d)
            return
        }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The days of month `m` (1–12) in year `y`: a `31/02/2018` is a typo, not a date.
    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    /// ISO `YYYY-MM-DD`.
    var iso: String {
        // Four-digit years and two-digit fields (every date the readers accept): ten bytes written at once, a
        // small string without interpolation.
        if year >= 1000 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99 {
            let y = year, m = month, d = day
            return String(unsafeUninitializedCapacity: 10) { out in
                @inline(__always) func digit(_ v: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + v) }
                out[0] = digit(y / 1000); out[1] = digit(y / 100 % 10); out[2] = digit(y / 10 % 10); out[3] = digit(y % 10)
                out[4] = 0x2D; out[5] = digit(m / 10); out[6] = digit(m % 10)
                out[7] = 0x2D; out[8] = digit(d / 10); out[9] = digit(d % 10)
                return 10
            }
        }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension LazyFoldedWindow {
    /// Reads an unsigned integer of at most `max` digits at `k` (placeholder dots before it skipped).
    func int(at k: Int, max: Int) -> (Int, Int)? {
        // `folded` where `has` has just answered: one fold check per character, not three. (Wrapping arithmetic:
        // a few digits cannot overflow.)
        var j = k
        var v = 0, n = 0
        while n < max, has(j) {
            let c = folded(j) &- 0x30
            guard c < 10 else { break }
            v = v &* 10 &+ Int(c); j &+= 1; n &+= 1
        }
        if n == 0 || (has(j) && folded(j) &- 0x30 < 10) { return nil }
        return (v, j)
    }

    /// The first position from `k` on whose character is not in `set`.
    @inline(__always) func skip(_ k: Int, _ set: FoldedByteSet) -> Int {
        var j = k
        while has(j), set.contains(folded(j)) { j &+= 1 }
        return j
    }

    /// Reads a date at `k`: `21/9/2018`, `21-9-2018`, `21.9.2018`, `21 tháng 9 năm 2018` (after `ngày`).
    func date(at k: Int) -> (FoundDate, Int)? {
        var j = skip(k, [0x20, 0x2E, 0x3A])
        guard let (d, e1) = int(at: j, max: 2) else { return nil }
        j = e1
        var m = 0, y = 0
        // `21/9/2018`, `21-9-2018`, `21.9.2018`, and with spaces around slashes or hyphens: `21 / 9 / 2018`, `16 - 7 - 2019`.
        let s1 = has(j) && self[j] == 0x20 && has(j + 1) && (self[j + 1] == 0x2F || self[j + 1] == 0x2D) ? j + 1 : j
        if has(s1), [0x2F, 0x2D, 0x2E].contains(self[s1]) {
            let sep = self[s1]
            let spaced = sep == 0x2F || s1 > j
            let mStart = spaced ? skip(s1 + 1, [0x20]) : s1 + 1
            guard let (mm, e2m) = int(at: mStart, max: 2) else { return nil }
            let e2 = spaced ? skip(e2m, [0x20]) : e2m
            guard has(e2), self[e2] == sep, let (yy, e3) = int(at: spaced ? skip(e2 + 1, [0x20]) : e2 + 1, max: 4) else { return nil }
            m = mm; y = yy; j = e3
        } else {
            j = skip(j, [0x20, 0x2E])
            guard hasWord(Words.thang, at: j) else { return nil }
            j = skip(j + 5, [0x20, 0x2E])
            guard let (mm, e2) = int(at: j, max: 2) else { return nil }
            j = skip(e2, [0x20, 0x2E, 0x2C])
            if hasWord(Words.nam, at: j) { j = skip(j + 3, [0x20, 0x2E]) }
            else if has(j), self[j] == 0x2F || self[j] == 0x2D { j += 1 }
            else { return nil }
            guard let (yy, e3) = int(at: j, max: 4) else { return nil }
            m = mm; y = yy; j = e3
        }
        if y < 100 { y += y < 50 ? 2000 : 1900 }
        guard d >= 1, m >= 1, m <= 12, y >= 1945, y <= 2099, d <= FoundDate.days(inMonth: m, year: y) else { return nil }
        return (FoundDate(year: y, month: m, day: d), j)
    }

    /// A day and month without a year after `ngày` (news style): `16/7`, `22-7`, `16 tháng 7`; not the start of a
    /// full date, a fraction's continuation or a longer number (`16/7/2019`, `16/7a`).
    func dayMonth(at k: Int) -> (day: Int, month: Int, end: Int)? {
        let j = skip(k, [0x20])
        guard let (d, e1) = int(at: j, max: 2) else { return nil }
        var m = 0, e = e1
        // (`ngày 12.7` in news: a dot too.)
        if has(e1), self[e1] == 0x2F || self[e1] == 0x2D || self[e1] == 0x2E, let (mm, e2) = int(at: e1 + 1, max: 2) {
            m = mm; e = e2
            // `16/7/2019`, `16/7-2019` are full dates (or something else), never a day and month.
            if has(e), self[e] == 0x2F || self[e] == 0x2D || self[e] == 0x2E, has(e + 1), self[e + 1] >= 0x30 && self[e + 1] <= 0x39 { return nil }
        } else {
            let t = skip(e1, [0x20])
            guard hasWord(Words.thang, at: t), let (mm, e2) = int(at: skip(t + 5, [0x20]), max: 2) else { return nil }
            m = mm; e = e2
            // `ngày 16 tháng 7 năm 2019`: a full date.
            if hasWord(Words.nam, at: skip(e, [0x20])) { return nil }
        }
        if has(e), isWordByte(self[e]) { return nil }
        guard d >= 1, d <= 31, m >= 1, m <= 12 else { return nil }
        return (d, m, e)
    }

    static let months: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"].map { Array($0.utf8) }

    /// Reads an English date at `k`: `November 4, 2013` or `4 November 2013`.
    func englishDate(at k: Int) -> (FoundDate, Int)? {
        var j = skip(k, [0x20])
        for (mi, name) in LazyFoldedWindow.months.enumerated() where hasWord(name, at: j) {
            j = skip(j + name.count, [0x20])
            guard let (d, e1) = int(at: j, max: 2) else { return nil }
            j = skip(e1, [0x2C, 0x20])
            guard let (y, e2) = int(at: j, max: 4), y >= 1945 else { return nil }
            return (FoundDate(year: y, month: mi + 1, day: d), e2)
        }
        if let (d, e1) = int(at: j, max: 2) {
            let j2 = skip(e1, [0x20])
            for (mi, name) in LazyFoldedWindow.months.enumerated() where hasWord(name, at: j2) {
                let j3 = skip(j2 + name.count, [0x20, 0x2C])
                guard let (y, e2) = int(at: j3, max: 4), y >= 1945 else { return nil }
                return (FoundDate(year: y, month: mi + 1, day: d), e2)
            }
        }
        return nil
    }
}

/// A set of folded characters (ASCII) as two words of bits, written as an array literal (`[0x20, 0x2C]`):
/// `skip` tested each character against an array, which every call allocated (a static object) and searched.
struct FoldedByteSet: ExpressibleByArrayLiteral {
    private var lo: UInt64 = 0, hi: UInt64 = 0

    /// The set of the bytes listed (all ASCII, as folded characters are).
    @inline(__always) init(arrayLiteral elements: UInt8...) {
        for b in elements {
            precondition(b < 0x80, "folded characters are ASCII")
            if b < 64 { lo |= 1 &<< UInt64(b) } else { hi |= 1 &<< UInt64(b &- 64) }
        }
    }

    /// Whether `c` is in the set.
    @inline(__always) func contains(_ c: UInt8) -> Bool {
        c < 64 ? (lo &>> UInt64(c)) & 1 != 0 : c < 128 && (hi &>> UInt64(c &- 64)) & 1 != 0
    }
}
