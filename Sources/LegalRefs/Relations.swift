#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Relation triggers (DOMAIN.md §6.2): the words before a reference in its clause say how the
/// citing document uses it. A line that opens with `Căn cứ` is a legal basis.
enum RelationTriggers {
    /// Folded trigger phrase → relation, checked nearest-first within the clause before the reference.
    static let phrases: [([UInt8], Relation)] = ([
        ("thay the cum tu", .amends), ("bo cum tu", .amends),
        ("sua doi, bo sung", .amends), ("sua doi bo sung", .amends), ("sua doi", .amends), ("bo sung", .amends),
        ("thay the", .replaces),
        // No document is suspended where a sentence, a case or an investigation is (`tạm đình chỉ chấp hành hình phạt tù …
        // quy định tại Điều 61 của Bộ luật hình sự`). Before `dinh chi`: at one position the first phrase in order decides.
        ("dinh chi chap hanh", .cites), ("dinh chi vu an", .cites), ("dinh chi dieu tra", .cites), ("dinh chi giai quyet", .cites),
        ("bai bo", .repeals), ("huy bo", .repeals), ("het hieu luc", .repeals), ("dinh chi", .repeals), ("ngung hieu luc", .repeals),
        ("ngung hieu luc thi hanh", .repeals), ("dinh chi thi hanh", .repeals), ("dinh chi viec thi hanh", .repeals),
        ("het hieu luc thi hanh", .repeals),
        ("huong dan thi hanh", .guides), ("huong dan thuc hien", .guides), ("quy dinh chi tiet", .guides), ("huong dan chi tiet", .guides),
        ("chi tiet thi hanh", .guides), ("nay huong dan", .guides),
        ("dinh chinh", .corrects),
        ("hop nhat", .consolidates),
        ("ban hanh kem theo", .issuedWith), ("kem theo", .issuedWith),
        ("thuc hien", .implements), ("trien khai", .implements), ("quan triet", .implements), ("cu the hoa", .implements),
        ("thi hanh", .implements),
        ("xet", .considers), ("theo de nghi", .considers), ("tren co so xem xet", .considers),
        // A judgment's legal bases: `Áp dụng Án lệ số 08/2016/AL`, `áp dụng điểm s khoản 1 Điều 51 Bộ luật Hình sự`.
        ("ap dung", .basedOn),
        // English renderings (`Pursuant to Decree No. …`, `Decree No. … amending and supplementing …`).
        ("pursuant to", .basedOn), ("at the request of", .considers), ("at the proposal of", .considers),
        ("amending", .amends), ("supplementing", .amends), ("replacing", .replaces), ("repealing", .repeals),
        ("annulling", .repeals), ("guiding", .guides), ("detailing", .guides),
        ("amends", .amends), ("replaces", .replaces), ("repeals", .repeals), ("supersedes", .replaces), ("superseding", .replaces),
        ("provides guidance on", .guides), ("elaborates", .guides), ("elaborating", .guides),
        ("cham dut hieu luc", .repeals),
        // Not a trigger: `thi hành` inside `có hiệu lực thi hành` (entry into force) acts on nothing; a court's
        // `Quyết định đình chỉ giải quyết vụ án` names a decision, not a suspension of a document.
        ("co hieu luc thi hanh", .cites), ("quyet dinh dinh chi", .cites),
        // `thời gian thực hiện` is a period, not an act (`Gia hạn thời gian thực hiện Quyết định số …`).
        ("thoi gian thuc hien", .cites), ("thoi han thuc hien", .cites), ("tien do thuc hien", .cites),
        // An individual decision is adjusted (`Điều 1. Điều chỉnh Quyết định số …`): only opening an operative line, before a
        // document or its part (`phạm vi điều chỉnh của …`, `hồ sơ điều chỉnh Quyết định …` in a title are no act).
        ("dieu chinh", .amends),
        // A court or a superior annuls (`Hủy Bản án dân sự phúc thẩm số …`, `Hủy Quyết định số …`): as `điều chỉnh`, only
        // opening an operative line, before a document.
        ("huy", .repeals),
        // An upheld judgment stays (`Hủy Bản án phúc thẩm số … và giữ nguyên Bản án sơ thẩm số …`): the walk stops there.
        ("giu nguyen", .cites),
    ] as [(String, Relation)]).map { (Array($0.0.utf8), $0.1) }

    /// Whether some trigger phrase starts with the byte: skips most positions without a comparison.
    static let phraseInitials: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for (p, _) in phrases { if let f = p.first { t[Int(f)] = true } }
        return t
    }()

    /// Per folded character, what the backward walk of `trigger` makes of it: `clauseMark` (`;`, `:`, `.`: the
    /// clause may end there), `phraseInitial` (a phrase may start there), else 0 (step on).
    static let positionKinds: [UInt8] = (0..<256).map { c in
        c == 0x3B || c == 0x3A || c == 0x2E ? clauseMark : phraseInitials[c] ? phraseInitial : 0
    }
    static let clauseMark: UInt8 = 1
    static let phraseInitial: UInt8 = 2

    /// Indices into `phrases` by first letter, in `phrases` order: a position tries only the phrases
    /// that can start there (the first match in order is the same).
    static let phrasesByInitial: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256)
        for (i, (p, _)) in phrases.enumerated() { if let f = p.first { t[Int(f)].append(i) } }
        return t
    }()

    /// Indices into `phrases` by first letter and second letter (`first * 26 + second - a`; every phrase's second
    /// character is a letter), in `phrases` order: a position tries only the phrases whose first two letters stand there.
    static let phrasesByPair: [[Int]] = {
        var t = [[Int]](repeating: [], count: 256 * 26)
        for (i, (p, _)) in phrases.enumerated() { t[Int(p[0]) * 26 + Int(p[1] - 0x61)].append(i) }
        return t
    }()

    /// Per first letter, a bit per second letter (`a`–`z`: every phrase's second character is one) of the phrases
    /// starting with it: a word whose first two letters open no phrase is passed over without trying each.
    static let secondLetters: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256)
        for (p, _) in phrases { t[Int(p[0])] |= 1 << UInt32(p[1] - 0x61) }
        return t
    }()

    /// For each phrase, the longer phrases that hold it after their first word, with its offset in them:
    /// the walk meets the inner phrase first (`dinh chi` in `quy dinh chi tiet`, `thi hanh` in `huong dan
    /// thi hanh`), and the longer one decides.
    static let containers: [[(index: Int, offset: Int)]] = phrases.map { (p, _) in
        phrases.enumerated().compactMap { (j, q) -> (index: Int, offset: Int)? in
            let q = q.0
            guard q.count > p.count else { return nil }
            for o in 1...(q.count - p.count) where q[o - 1] == 0x20 && q[o..<(o + p.count)].elementsEqual(p) {
                return (j, o)
            }
            return nil
        }
    }

    /// The tables `trigger` reads, behind one static (one `swift_once` a call instead of one per table read).
    struct TriggerTables {
        let kinds = positionKinds, byPair = phrasesByPair, phrases = RelationTriggers.phrases, seconds = secondLetters
        let containers = RelationTriggers.containers, modals = RelationTriggers.modals, passive = RelationTriggers.passive
        let passiveWords = RelationTriggers.passiveWords, negations = RelationTriggers.negations, by = RelationTriggers.by
        let dieuChinh = RelationTriggers.dieuChinh, huy = RelationTriggers.huy, giuNguyen = RelationTriggers.giuNguyen, actorAdverbs = RelationTriggers.actorAdverbs, da = RelationTriggers.da
        /// Per phrase, its first four characters (fewer for a shorter one) packed little-end first, and the mask of those.
        let heads: [(value: UInt32, mask: UInt32)] = RelationTriggers.phrases.map { (p, _) in
            var value: UInt32 = 0, mask: UInt32 = 0
            for (j, b) in p.prefix(4).enumerated() { value |= UInt32(b) << (8 * UInt32(j)); mask |= 0xFF << (8 * UInt32(j)) }
            return (value, mask)
        }
    }
    static let tables = TriggerTables()

    /// Words before a phrase that make it passive: the cited document is the one acted on (`được sửa đổi`).
    static let passiveWords: [[UInt8]] = ["duoc", "bi"].map { Array($0.utf8) }
    /// `đã` before `hết hiệu lực` / `ngưng hiệu lực`: the state a document is in.
    static let da: [UInt8] = Array("da".utf8)
    /// `bởi` after a phrase: the cited document is the actor (`sửa đổi, bổ sung bởi Nghị định số …`).
    static let by: [UInt8] = Array("boi".utf8)

    static let canCu: [UInt8] = Array("can cu".utf8)
    static let pursuantTo: [UInt8] = Array("pursuant to".utf8)
    static let passive: [[UInt8]] = ["duoc sua doi", "da duoc sua doi", "bi sua doi", "duoc thay the", "bi thay the", "bi bai bo",
                                     "duoc huong dan", "duoc bo sung", "duoc dinh chinh"].map { Array($0.utf8) }
    static let negations: [[UInt8]] = ["khong", "chua"].map { Array($0.utf8) }

    /// How a relation was found.
    enum Evidence {
        /// Nothing before or after the reference said it: a list head's relation carries over.
        case none
        /// A passive form (`X được sửa đổi, bổ sung bởi Y`): Y is a legal basis with X, and nothing else of X's.
        case passive
        /// A trigger phrase or `Căn cứ`.
        case said
        /// A formula after the reference (`… hết hiệu lực kể từ ngày`): it covers the tight list it closes.
        case after
        /// Another document's act on it (`Thông tư 45/2025/TT-BYT bãi bỏ Thông tư 31/2015/TT-BYT`): the citing
        /// text's own act only when that document is the citing one (`ListMemo.stated` keeps the act).
        case byDocument
    }

    /// What `relation` carries from one reference to the next of a text: the last item line `listIntro`
    /// answered for and its answer (the next item of the same list stops its walk back there instead of
    /// reading every item above again), and the act another document performs on the reference just read.
    struct ListMemo {
        var itemLine = -1
        var intro: Range<Int>? = nil
        /// The line `canCuItemStart` last answered for, and its answer (the references of one line share it).
        var canCuLine = -1
        var canCuItem: Int? = nil
        /// The act another document performs on the reference just read (evidence `byDocument`).
        var stated: Relation? = nil
        /// The line (and whether in the preamble) the opening `Căn cứ` was last read for, with its answer and the
        /// start of the item it opens: the references of one line share them.
        var openLine = -1
        var openInPreamble = false
        var openAnswer = (false, false)
        var openItem = 0
    }

    /// The relation for a reference whose surface text runs from `start` to `end`, and how the text says it;
    /// `memo` is shared by the references of one text, in order.
    static func relation(_ r: ContextReader, start: Int, end: Int, lineStart: Int, inPreamble: Bool, previousEnd: Int? = nil,
                         previousStart: Int? = nil, memo: inout ListMemo) -> (Relation, Evidence) {
        // Line-initial `Căn cứ` (after bullets, an item number and spaces), or the `Căn cứ` item this line goes on with
        // (a hard wrap, or the item's next document on a line of its own after `;`).
        var lineCanCu: (Bool, Bool), itemStart: Int
        if memo.openLine == lineStart, memo.openInPreamble == inPreamble {
            lineCanCu = memo.openAnswer; itemStart = memo.openItem
        } else {
            lineCanCu = opensWithCanCu(r, lineStart: lineStart, inPreamble: inPreamble)
            itemStart = lineStart
            if !lineCanCu.0, memo.canCuLine != lineStart {
                memo.canCuLine = lineStart
                memo.canCuItem = canCuItemStart(r, lineStart: lineStart)
            }
            if !lineCanCu.0, let b = memo.canCuItem {
                itemStart = b
                lineCanCu = opensWithCanCu(r, lineStart: b, inPreamble: inPreamble)
            }
            memo.openLine = lineStart; memo.openInPreamble = inPreamble
            memo.openAnswer = lineCanCu; memo.openItem = itemStart
        }
        // A header and preamble flattened onto one line (`… TỈNH SƠN LA Căn cứ Luật …; Căn cứ Quyết định số …;`): the
        // `Căn cứ` that opens the reference's clause there.
        if !lineCanCu.0, start - lineStart > 120, let b = midLineCanCu(r, lineStart: lineStart, before: start) {
            itemStart = b
            lineCanCu = opensWithCanCu(r, lineStart: b, inPreamble: inPreamble)
        }
        // `Căn cứ các quy định nêu trên, Tổng cục Thuế trả lời …`: a body sentence resting on what it said before; the
        // references after its first comma are the sentence's own.
        if lineCanCu.1, anaphoricBasis(r.s, lineStart: itemStart, before: start) { lineCanCu = (false, false) }
        if lineCanCu.1 { return (.basedOn, .said) }
        // Nearest trigger in the clause before the reference.
        let from = max(lineStart, r.scalarStart(start - 160))
        var phraseAt = 0
        // (A clause of spaces, brackets and numbers only, as `(` before `Điều 3 Thông tư số …` opening a line of codified
        // law, holds no phrase: no window is folded for it.)
        let trigger = !mayHoldPhrase(r.s, from: from, to: start) ? nil
            : LazyFoldedWindow.with(r.s, from: from, to: start, backward: true) { w -> (Relation, passive: Bool)? in
                Self.trigger(in: w, phraseAt: &phraseAt)
            }
        memo.stated = nil
        if let (relation, passive) = trigger {
            // (A verb right after the reference's number and `số`: it is part of the reference's own type name,
        // `Thông tư hướng dẫn thi hành số 80/2021/TT-BTC`.)
        if let (relation, passive) = trigger, !passive, relation != .cites, phraseAt > from, start - phraseAt <= 60,
           typeNameOnly(r.s, from: phraseAt, to: start) {
            return (.cites, .said)
        }
        // The verb opens the title of the reference right before it (`Nghị định số 91/2022/NĐ-CP ngày … của Chính
            // phủ sửa đổi, bổ sung …`, `Quyết định số 145/QĐ-UBND … về việc bãi bỏ …`): that document acts.
            if !passive, relation != .cites, relation != .basedOn, relation != .considers, relation != .issuedWith, let previousEnd,
               previousEnd <= phraseAt, opensTitle(r.s, from: previousEnd, to: phraseAt)
                || !lineCanCu.0 && !inPreamble
                && appositive(r, previousStart: previousStart, previousEnd: previousEnd, verbAt: phraseAt, lineStart: lineStart) {
                if !lineCanCu.0 { memo.stated = relation; return (.cites, .byDocument) }
                return (.basedOn, .passive)
            }
            // Outside the preamble, `đã ban hành Nghị quyết sửa đổi …` / `thông qua Nghị định thay thế …` tells of another
            // text issued or to be issued (in the preamble it is the enacting formula: this text).
            if !passive, !inPreamble, relation == .amends || relation == .replaces || relation == .repeals, phraseAt > from,
               LazyFoldedWindow.with(r.s, from: from, to: phraseAt, backward: true, { w in draftBefore(w, w.end, verbs: issuing) }) {
                return (.cites, .said)
            }
            guard passive else { return (relation, .said) }
            if relation != .cites, !lineCanCu.0 { memo.stated = relation; return (.cites, .byDocument) }
            return (lineCanCu.0 ? .basedOn : .cites, .passive)
        }
        if lineCanCu.0 { return (.basedOn, .said) }
        if let formula = formulaAfter(r, end: end) { return formula }
        // An item under a line that opens a list of documents: `Bãi bỏ các văn bản sau:⏎1. Quyết định số …`.
        if let intro = listIntro(r, itemLine: lineStart, itemStart: start, memo: &memo) {
            // `Căn cứ các văn bản sau:⏎- Nghị định số …;`: the items are legal bases.
            if opensWithCanCu(r, lineStart: intro.lowerBound, inPreamble: inPreamble).1 { return (.basedOn, .said) }
            if let (relation, passive) = LazyFoldedWindow.with(r.s, from: intro.lowerBound, to: intro.upperBound, backward: true, { w in Self.trigger(in: w) }),
               !passive {
                return (relation, .said)
            }
        }
        return (.cites, .none)
    }

    /// Whether `s[from..<to]` holds a letter (an ASCII one, or any byte beyond ASCII): without one no trigger phrase
    /// stands there, and `trigger` finds none.
    static func mayHoldPhrase(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            let b = s[i]
            if b >= 0x80 || (b | 0x20) &- 0x61 < 26 { return true }
            i += 1
        }
        return false
    }

    /// Whether the line from `lineStart` opens with `Căn cứ` (after bullets, an item number `1.`, `2)`, `a)` and spaces),
    /// and whether that makes it a legal basis (a capital `Căn cứ`, or any in the preamble).
    /// A numbered line (`1. Căn cứ …`) outside the preamble only where it ends with `;`, an item of a list of bases: in a
    /// body a numbered `Căn cứ …, hoàn thiện Đề án …` is a clause, and `e) Căn cứ khác …` a noun.
    static func opensWithCanCu(_ r: ContextReader, lineStart: Int, inPreamble: Bool) -> (Bool, Bool) {
        let lineEnd = r.scalarStart(min(r.s.count, lineStart + 28))
        guard mayOpenWithCanCu(r.s, from: lineStart, to: lineEnd) else { return (false, false) }
        let (canCuAt, basis, numbered) = LazyFoldedWindow.with(r.s, from: lineStart, to: lineEnd, backward: false) { lw -> (Bool, Bool, Bool) in
            var k = lw.skip(0, [0x20, 0x2D, 0x2A, 0x2B, 0x3F])
            let n = skipItemNumber(lw, k)
            let numbered = n > k
            k = lw.skip(n, [0x20])
            if lw.has(k), lw[k] == 0x28 { k += 1 }
            // (`Pursuant to …;` lines of an English translation are its legal bases too.)
            let canCuAt = lw.hasWord(canCu, at: k) || lw.hasWord(pursuantTo, at: k)
            return (canCuAt, canCuAt && lw.has(k) && (lw.isUpper(k) || inPreamble), numbered)
        }
        guard numbered, canCuAt, !inPreamble else { return (canCuAt, basis) }
        return lineEndsWithSemicolon(r.s, lineStart) ? (canCuAt, basis) : (false, false)
    }

    /// `Căn cứ` (`C` then `ăn cứ`).
    static let canCuBytes: [UInt8] = Array("Căn cứ".utf8)

    /// The start of a capital `Căn cứ` inside the line from `lineStart` that opens the clause holding `start`: after `; `
    /// or a word in capitals (the end of a flattened header), followed by a document's type (`Căn cứ Luật …`, not `Căn cứ
    /// tình hình thực tế, …`), with no `;` or `. ` between it and `start`; looked for up to 400 bytes back.
    static func midLineCanCu(_ r: ContextReader, lineStart: Int, before start: Int) -> Int? {
        guard let k = midLineCanCu(r.s, lineStart: lineStart, before: start) else { return nil }
        var f = k + canCuBytes.count
        while f < start, r.s[f] == 0x20 { f += 1 }
        return opening(r, at: f).kind ? k : nil
    }

    /// `midLineCanCu` before the type test.
    static func midLineCanCu(_ s: UnsafeBufferPointer<UInt8>, lineStart: Int, before start: Int) -> Int? {
        let floor0 = max(lineStart + 1, start - 400)
        // Most long lines hold no `Căn cứ` at all: a `memchr` walk over their `C`s tells first.
        guard start - floor0 >= canCuBytes.count, let base = s.baseAddress else { return nil }
        var c = floor0, any = false
        while c < start, let hit = memchr(base + c, 0x43, start - c) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if NamedReferences.matches(s, canCuBytes, at: at) { any = true; break }
            c = at + 1
        }
        guard any else { return nil }
        var k = start - canCuBytes.count
        let floor = max(lineStart + 1, start - 400)
        while k > floor {
            let b = s[k]
            if b == 0x3B || b == 0x2E && s[k + 1] == 0x20 { return nil }
            if b == 0x43, s[k - 1] == 0x20, NamedReferences.matches(s, canCuBytes, at: k) {
                var e = k - 1
                while e > lineStart, s[e - 1] == 0x20 { e -= 1 }
                guard e > lineStart else { return k }
                let p = s[e - 1]
                if p == 0x3B { return k }
                if p == 0x2E || p == 0x3A { return nil }
                // A word in capitals before it (at least two letters, no lower case).
                var w = e, letters = 0
                while w > lineStart, s[w - 1] != 0x20 {
                    let c = s[w - 1]
                    if c >= 0x61 && c <= 0x7A { return nil }
                    if c >= 0x41 && c <= 0x5A || c >= 0x80 { letters += 1 }
                    w -= 1
                }
                return letters >= 2 && ContextReader(s: s).withWindowAfter(w, bytes: e - w + 1, { lw in lw.isUpper(0) && !hasLowerFolded(lw, e - w) }) ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// Whether any character among the first `n` bytes' characters of `lw` is a lower-case letter.
    static func hasLowerFolded(_ lw: LazyFoldedWindow, _ n: Int) -> Bool {
        var j = 0
        while lw.has(j), lw.offset(j) < lw.from + n {
            if lw[j] >= 0x61 && lw[j] <= 0x7A && !lw.isUpper(j) { return true }
            j += 1
        }
        return false
    }

    /// Whether the line from `lineStart` ends with `;` (trailing spaces aside; lines past 2,000 bytes do not).
    static func lineEndsWithSemicolon(_ s: UnsafeBufferPointer<UInt8>, _ lineStart: Int) -> Bool {
        var e = lineStart
        let limit = min(s.count, lineStart + 2_000)
        while e < limit, s[e] != 0x0A { e += 1 }
        guard e < limit || e == s.count else { return false }
        while e > lineStart, s[e - 1] == 0x20 || s[e - 1] == 0x09 || s[e - 1] == 0x0D { e -= 1 }
        return e > lineStart && s[e - 1] == 0x3B
    }

    /// Past an item number at `k` (`1.`, `12)`, `a)`: at most two digits, or one letter and `)`), if one stands there.
    static func skipItemNumber(_ w: LazyFoldedWindow, _ k: Int) -> Int {
        var j = k
        while w.has(j), j - k < 2, w[j] >= 0x30 && w[j] <= 0x39 { j += 1 }
        if j > k { return w.has(j) && (w[j] == 0x2E || w[j] == 0x29) && w.has(j + 1) && w[j + 1] == 0x20 ? j + 1 : k }
        if w.has(k + 2), w[k] >= 0x61 && w[k] <= 0x7A, w[k + 1] == 0x29, w[k + 2] == 0x20 { return k + 2 }
        return k
    }

    /// The start of the line opening the `Căn cứ` item that the line from `lineStart` goes on with, if any: the line
    /// before it ends with no `;`, `.` or `:` (a hard wrap, `… Bộ Công Thương,⏎được sửa đổi, bổ sung bởi …`) and this
    /// line opens with no item marker, or it ends with `;` and this line opens with a document's type (`Căn cứ Luật
    /// Đất đai …;⏎Luật sửa đổi, bổ sung …;`). Up to six lines back, never over a blank line or a heading in capitals.
    static func canCuItemStart(_ r: ContextReader, lineStart: Int) -> Int? {
        let s = r.s
        // First on the bytes alone: some line the walk can reach may open with `Căn cứ` (most references stand under
        // none, and folding each line's opening cost four thousand instructions a reference).
        guard mayReachCanCu(s, lineStart: lineStart) else { return nil }
        var line = lineStart
        for _ in 0..<6 {
            guard let (b, e) = lineBefore(s, line) else { return nil }
            let last = s[e - 1]
            if last == 0x2E || last == 0x3A { return nil }
            // The line goes on with the one before: what it opens with.
            var f = line
            while f < s.count, s[f] == 0x20 || s[f] == 0x09 { f += 1 }
            guard f < s.count, !opensItem(s, lineStart: f, before: min(s.count, f + 4)) else { return nil }
            // After `;` the item's next document; across a wrap a word going on (lower case, a number) or a document
            // (`… bởi⏎Luật số 87/2025/QH15`), not the next preamble line (`Xét đề nghị …`).
            let (upper, kind) = opening(r, at: f)
            if last == 0x3B ? !kind : upper && !kind { return nil }
            if mayOpenWithCanCu(s, from: b, to: min(e, b + 28)) {
                let to = r.scalarStart(min(e, b + 28))
                let heading = LazyFoldedWindow.with(s, from: b, to: to, backward: false) { lw -> Bool? in
                    var k = lw.skip(0, [0x20, 0x2D, 0x2A, 0x2B, 0x3F])
                    k = lw.skip(skipItemNumber(lw, k), [0x20])
                    if lw.has(k), lw[k] == 0x28 { k += 1 }
                    guard lw.hasWord(canCu, at: k) else { return nil }
                    // `CĂN CỨ PHÁP LÝ`: a heading, not an item.
                    return lw.isUpper(k + 1)
                }
                if let heading { return heading ? nil : b }
            }
            line = b
        }
        return nil
    }

    /// Whether one of the (up to six) lines `canCuItemStart` walks back over from `lineStart` may open with `Căn cứ`: its
    /// walk stops at a blank line and after a line ending with `.` or `:`, as this one does.
    static func mayReachCanCu(_ s: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        var line = lineStart
        for _ in 0..<6 {
            guard let (b, e) = lineBefore(s, line), s[e - 1] != 0x2E, s[e - 1] != 0x3A else { return false }
            if mayOpenWithCanCu(s, from: b, to: min(e, b + 28)) { return true }
            line = b
        }
        return false
    }

    /// The line before the one starting at `line`: its start and its end without trailing spaces; nil at the text's
    /// start or when that line is blank.
    static func lineBefore(_ s: UnsafeBufferPointer<UInt8>, _ line: Int) -> (start: Int, end: Int)? {
        guard line > 0 else { return nil }
        var e = line - 1
        while e > 0, s[e - 1] == 0x20 || s[e - 1] == 0x09 || s[e - 1] == 0x0D { e -= 1 }
        let b = SWAR.afterLast(0x0A, in: s, before: e)
        return e > b ? (b, e) : nil
    }

    /// The folded type words that are written out (not abbreviations), by their first character.
    static let writtenKindWordsByInitial: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: 256)
        let kindWords = Vocabulary.shared.kindWords, abbreviation = Words.kindWordIsAbbreviation
        for index in kindWords.indices where !abbreviation[index] {
            if let f = kindWords[index].word.first { t[Int(f)].append(kindWords[index].word) }
        }
        return t
    }()

    /// Whether the text at byte `at` opens with a capital letter, and whether with a document's type written out
    /// (`Luật`, `Nghị định`, `Thông tư`, …).
    static func opening(_ r: ContextReader, at: Int) -> (upper: Bool, kind: Bool) {
        // An ASCII first byte answers without a fold: not a capital, or a capital no written-out type word starts with.
        guard at < r.s.count else { return (false, false) }
        let b = r.s[at]
        if b < 0x80 {
            guard b >= 0x41 && b <= 0x5A else { return (false, false) }
            if writtenKindWordsByInitial[Int(b | 0x20)].isEmpty { return (true, false) }
        }
        let to = r.scalarStart(min(r.s.count, at + 40))
        return LazyFoldedWindow.with(r.s, from: at, to: to, backward: false) { w -> (upper: Bool, kind: Bool) in
            guard w.has(0), w.isUpper(0) else { return (false, false) }
            // (Only the written-out type words with this first letter: trying them all cost five thousand instructions.)
            for word in writtenKindWordsByInitial[Int(w[0])] where w.hasWord(word, at: 0) { return (true, true) }
            return (true, false)
        }
    }

    /// Whether the `Căn cứ` opening the line from `lineStart` rests on what the text said before (`Căn cứ các quy định
    /// nêu trên,`, `Căn cứ hướng dẫn trên đây,`) and a comma closes that before `before`: no document is its basis.
    static func anaphoricBasis(_ s: UnsafeBufferPointer<UInt8>, lineStart: Int, before: Int) -> Bool {
        var comma = lineStart
        let limit = min(before, lineStart + 120)
        while comma < limit, s[comma] != 0x2C {
            // A number or the clause's end first: the basis names something of its own.
            if s[comma] == 0x3B || s[comma] == 0x0A || s[comma] == 0x2E || (s[comma] >= 0x30 && s[comma] <= 0x39) { return false }
            comma += 1
        }
        guard comma < limit else { return false }
        return LazyFoldedWindow.with(s, from: lineStart, to: comma, backward: true) { w -> Bool in
            anaphors.contains { w.hasWord($0, endingAt: w.end) }
        }
    }
    static let anaphors: [[UInt8]] = ["tren", "tren day"].map { Array($0.utf8) }

    /// Whether only spaces, line breaks or a title opener (`về việc`, `về`, `V/v`) stand between a reference's end and a
    /// verb: the verb opens that document's title.
    static func opensTitle(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        // (`Thông tư 02/2025/TT-BYT (thay thế Thông tư 30/2018/TT-BYT)`: a bracket opens a note on it.)
        func skipSpaces() {
            var newline = false
            while i < to, s[i] == 0x20 || s[i] == 0x0A || (s[i] == 0x28 && !newline) { newline = newline || s[i] == 0x0A; i += 1 }
        }
        skipSpaces()
        for opener in titleOpeners where to - i >= opener.count {
            var k = 0
            while k < opener.count, s[i + k] | (s[i + k] < 0x80 ? 0x20 : 0) == opener[k] { k += 1 }
            // `Về` is `V` then the bytes of `ề` (the capital only changes the ASCII letter).
            if k == opener.count, i + k == to || s[i + k] == 0x20 { i += k; skipSpaces(); break }
        }
        return i == to
    }
    static let titleOpeners: [[UInt8]] = ["về việc", "về", "v/v"].map { Array($0.utf8) }
    /// Verbs listed with commas inside one title (`điều chỉnh, bổ sung`).
    static let titleVerbs: [[UInt8]] = ["dieu chinh", "sua doi", "bo sung", "thay the", "bai bo", "huy bo"].map { Array($0.utf8) }

    /// Whether the verb at `verbAt` goes on, after a comma, with the title of the reference before it in its clause, a
    /// document nothing in the citing text acts on (`Chính phủ ban hành Nghị định số 54/2019/NĐ-CP quy định về …, thay thế
    /// Nghị định 103/2009/NĐ-CP`): that document acts, as told.
    static func appositive(_ r: ContextReader, previousStart: Int?, previousEnd: Int?, verbAt: Int, lineStart: Int) -> Bool {
        let s = r.s
        guard let previousStart, let previousEnd, previousStart >= lineStart, previousEnd < verbAt, verbAt - previousEnd <= 240 else { return false }
        var e = verbAt
        while e > previousEnd, s[e - 1] == 0x20 { e -= 1 }
        guard e > previousEnd, s[e - 1] == 0x2C else { return false }
        // (Not a comma inside a list of verbs: `về việc điều chỉnh, bổ sung Quyết định số …` is one title.)
        let listed = LazyFoldedWindow.with(s, from: r.scalarStart(max(previousEnd, e - 1 - 16)), to: e - 1, backward: true) { w in
            titleVerbs.contains { w.hasWord($0, endingAt: w.end) }
        }
        if listed { return false }
        for i in previousEnd..<e where s[i] == 0x3B || s[i] == 0x3A || s[i] == 0x0A || s[i] == 0x28 || s[i] == 0x29
            || (s[i] == 0x2E && (i + 1 == s.count || s[i + 1] == 0x20)) { return false }
        // The title right after the reference (its date and issuer aside: `ngày …`, `của …` stand before a `quy định`).
        guard let i = r.firstIndexAfterSeparators(previousEnd), titleStarts(s, i) else { return false }
        // Nothing acts on the previous reference: its own clause has no trigger of the citing text.
        let from = max(lineStart, r.scalarStart(previousStart - 160))
        let before = LazyFoldedWindow.with(s, from: from, to: previousStart, backward: true) { w in trigger(in: w) }
        guard let (relation, passive) = before else { return true }
        return passive || relation == .cites || relation == .considers
    }

    /// Whether the phrase at `from` and its words run into `số` right before the reference at `to`
    /// (`hướng dẫn thi hành số 80/2021/TT-BTC`): the phrase names the reference's type, it acts on nothing.
    static func typeNameOnly(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        // The reference starts at `số` (its type word, if any, was not taken into it), or the text before it ends with `số `.
        var e = to
        while e > from, s[e - 1] == 0x20 { e -= 1 }
        // `số`: s, then the bytes of `ố` (E1 BB 91).
        func startsWithSo(_ i: Int) -> Bool { i + 4 <= s.count && (s[i] | 0x20) == 0x73 && s[i + 1] == 0xE1 && s[i + 2] == 0xBB && s[i + 3] == 0x91 }
        if e - 4 >= from, startsWithSo(e - 4) { e -= 4 } else if !startsWithSo(to) { return false }
        // Only the phrase's own words between: no other clause, no document.
        for i in from..<e where s[i] == 0x2C || s[i] == 0x3B || s[i] == 0x3A || s[i] == 0x2E || s[i] == 0x0A || (s[i] >= 0x30 && s[i] <= 0x39) { return false }
        return e - from <= 40
    }

    /// The line before an item (`1. …`, `- …`, `a) …`) that opens a list of documents with a colon, up to the colon;
    /// items between them are passed over (at most twelve lines, three kilobytes back).
    static func listIntro(_ r: ContextReader, itemLine: Int, itemStart: Int, memo: inout ListMemo) -> Range<Int>? {
        let s = r.s
        // Only the reference that opens its item: nothing but the marker before it on its line.
        guard opensItem(s, lineStart: itemLine, before: itemStart) else { return nil }
        if memo.itemLine == itemLine { return memo.intro }
        let intro = findListIntro(s, r, itemLine: itemLine, memo: memo)
        memo = ListMemo(itemLine: itemLine, intro: intro)
        return intro
    }

    /// The walk of `listIntro` from an item line up to the list's opening line; an item line the memo answered
    /// for ends it with that answer.
    static func findListIntro(_ s: UnsafeBufferPointer<UInt8>, _ r: ContextReader, itemLine: Int, memo: ListMemo) -> Range<Int>? {
        var end = itemLine - 1   // the line break before the item
        var lines = 0
        while end > 0, lines < 12, itemLine - end < 3_000 {
            var e = end
            while e > 0, s[e - 1] == 0x20 || s[e - 1] == 0x09 || s[e - 1] == 0x0D { e -= 1 }
            // (The line's start found eight bytes a step: the walk passes over whole items.)
            let b = SWAR.afterLast(0x0A, in: s, before: e)
            if e > b, s[e - 1] == 0x3A {
                let colon = e - 1
                let from = r.scalarStart(max(b, colon - 160))
                let opens = LazyFoldedWindow.with(s, from: from, to: colon + 1, backward: true) { w in opensDocumentList(w, colon: w.end - 1, verbs: true) }
                return opens ? from..<colon : nil
            }
            // Another item of the same list (or a blank line between items): look further up.
            guard e == b || opensItem(s, lineStart: b, before: e) else { return nil }
            if b == memo.itemLine { return memo.intro }
            end = b - 1
            lines += 1
        }
        return nil
    }

    /// Whether the line from `lineStart` opens with an item marker (`1.`, `2)`, `a)`, `-`, `+`, `•`) before `before`.
    static func opensItem(_ s: UnsafeBufferPointer<UInt8>, lineStart: Int, before: Int) -> Bool {
        var i = lineStart
        while i < before, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
        guard i < before else { return false }
        if s[i] == 0x2D || s[i] == 0x2B || s[i] == 0x2A { return true }
        if s[i] == 0xE2, i + 2 < before, s[i + 1] == 0x80, s[i + 2] == 0xA2 { return true }   // •
        var j = i
        while j < before, s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
        if j == i, j < before, s[j] >= 0x61 && s[j] <= 0x7A { j += 1; return j < before && s[j] == 0x29 }
        return j > i && j < before && (s[j] == 0x2E || s[j] == 0x29)
    }

    /// Whether the colon at `colon` of the window closes a phrase that announces documents: their type
    /// (`các Thông tư:`, `Quyết định:`), or `sau`/`sau đây` after one (`các văn bản sau đây:`), not `như sau:`.
    /// With `verbs`, also an act's verb (`Nghị định này bãi bỏ:`): only for a colon ending its line, whose items follow.
    static func opensDocumentList(_ w: LazyFoldedWindow, colon: Int, verbs: Bool = false) -> Bool {
        var e = colon
        while w.has(e - 1), w[e - 1] == 0x20 { e -= 1 }
        if w.hasWord(sauDay, endingAt: e) { e -= sauDay.count }
        else if w.hasWord(sau, endingAt: e) {
            if w.hasWord(nhuSau, endingAt: e) { return false }
            e -= sau.count
        }
        while w.has(e - 1), w[e - 1] == 0x20 { e -= 1 }
        guard w.has(e - 1) else { return false }
        if endsWithKindWord(w, e) { return true }
        // `Nghị định này bãi bỏ:`, `… thay thế:`: the act's objects follow, one an item.
        if verbs, listVerbs.contains(where: { w.hasWord($0, endingAt: e) }) { return true }
        // `Các văn bản sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:`: the documents announced
        // earlier in the clause.
        var k = e - 1
        while w.has(k), colon - k < 160 {
            let c = w[k]
            if c == 0x3B || c == 0x3A || c == 0x2E { return false }
            if c == 0x20, w.hasWord(sau, at: k + 1) {
                var b = k
                while w.has(b - 1), w[b - 1] == 0x20 { b -= 1 }
                if w.hasWord(vanBan, endingAt: b) || endsWithKindWord(w, b) { return true }
            }
            k -= 1
        }
        return false
    }
    static let vanBan: [UInt8] = Array("van ban".utf8)
    /// Verbs whose colon opens the list of the documents they act on (not `sửa đổi`: `… sửa đổi, bổ sung như sau:` and
    /// the like announce new wording).
    static let listVerbs: [[UInt8]] = ["bai bo", "huy bo", "thay the", "het hieu luc", "ngung hieu luc"].map { Array($0.utf8) }

    /// Whether a type word written out (`Thông tư`, not `TT`) ends at `e`.
    static func endsWithKindWord(_ w: LazyFoldedWindow, _ e: Int) -> Bool {
        guard w.has(e - 1) else { return false }
        let kindWords = Vocabulary.shared.kindWords, abbreviation = Words.kindWordIsAbbreviation
        for index in Words.kindWordsByLast[Int(w[e - 1])] where !abbreviation[index] && w.hasWord(kindWords[index].word, endingAt: e) {
            return true
        }
        return false
    }
    /// Whether `|` and spaces only stand before `at` (a table cell's start).
    static func cellOpens(_ w: LazyFoldedWindow, _ at: Int) -> Bool {
        var k = at
        while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
        return w.has(k - 1) && w[k - 1] == 0x7C
    }

    /// Whether only spaces, `(`, `-` or `*` stand between a line start and `at` (the window starts at a line start
    /// when a line break or the text's start is right before it).
    static func opensLine(_ w: LazyFoldedWindow, _ at: Int) -> Bool {
        var k = at
        while w.has(k - 1) {
            let c = w[k - 1]
            guard c == 0x20 || c == 0x28 || c == 0x2D || c == 0x2A else { return false }
            k -= 1
        }
        return w.from == 0 || w.text[w.from - 1] == 0x0A
    }
    static let dieuChinh: [UInt8] = Array("dieu chinh".utf8)
    static let huy: [UInt8] = Array("huy".utf8)
    static let giuNguyen: [UInt8] = Array("giu nguyen".utf8)
    static let dieu: [UInt8] = Array("dieu".utf8)

    /// Whether the phrase at `at` opens its line, after an item marker if any (`- `, `2. `, `a) `, `Điều 1. `).
    static func opensOperativeLine(_ w: LazyFoldedWindow, _ at: Int) -> Bool {
        var k = at
        while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
        if w.has(k - 1), w[k - 1] == 0x2E || w[k - 1] == 0x29 {
            var d = k - 1
            while w.has(d - 1), isWordByte(w[d - 1]), k - 1 - d < 3 { d -= 1 }
            guard d < k - 1 else { return false }
            k = d
            while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
            if w.hasWord(dieu, endingAt: k) { k -= dieu.count }
        }
        return opensLine(w, k)
    }

    /// What may follow `điều chỉnh` acting on a document: the document's type or a part of it.
    static let objectWords: [[UInt8]] = ["toan bo", "mot phan", "mot so", "ban an", "quyet dinh", "nghi quyet", "ke hoach", "thong bao",
                                         "cac", "khoan", "dieu", "diem", "phu luc", "noi dung"].map { Array($0.utf8) }

    /// Whether a document or a part of one is what the verb ending at `e` acts on (the next word names it).
    static func objectFollows(_ w: LazyFoldedWindow, _ e: Int) -> Bool {
        guard w.has(e), w[e] == 0x20 else { return false }
        let k = w.skip(e, [0x20])
        // (The window ends where the reference starts: `Hủy Bản án …`, `Điều chỉnh Quyết định …` with the type word in it.)
        return !w.has(k) || objectWords.contains { w.hasWord($0, at: k) }
    }

    /// Words before a phrase that make it a proposal or a delay, not an act.
    /// Also a task set for someone (`Bộ Y tế chủ trì sửa đổi …`, `lãnh đạo việc sửa đổi Luật …`, `nghiên cứu sửa đổi …`).
    static let modals: [[UInt8]] = ["de nghi", "kien nghi", "de xuat", "xem xet", "cham", "du kien", "du thao",
                                    "chu tri", "nghien cuu", "tham muu", "lanh dao viec", "chi dao viec"].map { Array($0.utf8) }
    static let duThao: [UInt8] = Array("du thao".utf8)
    static let theo: [UInt8] = Array("theo".utf8)
    static let kem: [UInt8] = Array("kem".utf8)
    static let banHanh: [UInt8] = Array("ban hanh".utf8)

    /// Whether `dự thảo` (or `xây dựng`, `soạn thảo`) and a type word stand right before the phrase at `at` (`dự thảo Nghị
    /// định sửa đổi …`, `Dự thảo Thông tư thay thế …`, `Bộ Công an xây dựng Nghị định thay thế …`): the draft acts, not the
    /// citing text.
    static func draftBefore(_ w: LazyFoldedWindow, _ at: Int) -> Bool {
        draftBefore(w, at, verbs: drafting)
    }
    /// (Not a bare `ban hành`: `Chính phủ ban hành Nghị định sửa đổi …` is an enacting formula, also where no preamble was found.)
    static let issuing: [[UInt8]] = ["da ban hanh", "se ban hanh", "vua ban hanh", "moi ban hanh", "can ban hanh", "thong qua"].map { Array($0.utf8) }
    static let drafting: [[UInt8]] = ["du thao", "xay dung", "soan thao"].map { Array($0.utf8) }

    /// `draftBefore(_:_:)` with the words before the type word given.
    static func draftBefore(_ w: LazyFoldedWindow, _ at: Int, verbs: [[UInt8]]) -> Bool {
        var k = at
        while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
        guard w.has(k - 1) else { return false }
        let kindWords = Vocabulary.shared.kindWords
        for index in Words.kindWordsByLast[Int(w[k - 1])] where w.hasWord(kindWords[index].word, endingAt: k) {
            var d = k - kindWords[index].word.count
            while w.has(d - 1), w[d - 1] == 0x20 { d -= 1 }
            return verbs.contains { w.hasWord($0, endingAt: d) }
        }
        return false
    }

    /// Whether `theo` (not `kèm theo`, `ban hành theo`) follows the phrase ending at `from` within its clause, before the reference
    /// (`thực hiện theo quy định tại`, `thực hiện thủ tục … theo quy định tại`).
    static func followedByTheo(_ w: LazyFoldedWindow, from: Int, relation: Relation) -> Bool {
        // (After `sửa đổi`, `bãi bỏ`, `hướng dẫn` a `quy định tại` names where the content acted on stands: `Sửa đổi, bổ sung
        // Mã cấp 1 … được quy định tại Quyết định số 20/2020/QĐ-TTg` amends it.)
        let rule = relation == .implements
        // The words in locals (a static read in the loop is a `swift_once` call per space).
        let theo = theo, kem = kem, banHanh = banHanh, phuHopVoi = phuHopVoi, quyDinhCua = quyDinhCua, quyDinhTai = quyDinhTai
        var k = from
        // Only spaces are looked at: the rest of the window is stepped over without a second check a character.
        while w.has(k) {
            if w[k] != 0x20 { k += 1; continue }
            if w.hasWord(theo, at: k + 1), !w.hasWord(kem, endingAt: k), !w.hasWord(banHanh, endingAt: k) { return true }
            // The same with `phù hợp với` (`… bãi bỏ các văn bản …, phù hợp với quy định của Luật Di sản văn hóa`), and
            // after carrying out `quy định của` / `quy định tại` in lower case (the verb, not a `Quy định`):
            // `Sở thực hiện nhiệm vụ, quyền hạn quy định tại Điều 12 Nghị định số 127/2018/NĐ-CP`.
            if w.hasWord(phuHopVoi, at: k + 1)
                || rule && (w.hasWord(quyDinhCua, at: k + 1) || w.hasWord(quyDinhTai, at: k + 1)) && !w.isUpper(k + 1) {
                return true
            }
            k += 1
        }
        return false
    }
    static let phuHopVoi: [UInt8] = Array("phu hop voi".utf8)
    static let quyDinhCua: [UInt8] = Array("quy dinh cua".utf8)
    static let quyDinhTai: [UInt8] = Array("quy dinh tai".utf8)
    /// Adverbs between an acting document and its verb (`Nghị định 70/2025/NĐ-CP vừa sửa đổi …`).
    static let actorAdverbs: [[UInt8]] = ["da", "vua", "moi", "se"].map { Array($0.utf8) }

    /// Whether a document number (or its date) ends right before the phrase at `at`, adverbs aside: a token
    /// holding a slash and a digit.
    static func precededByDocument(_ w: LazyFoldedWindow, _ at: Int) -> Bool {
        precededByDocument(w, at, adverbs: actorAdverbs)
    }

    /// `precededByDocument(_:_:)` with `actorAdverbs` passed in (`trigger` holds it).
    static func precededByDocument(_ w: LazyFoldedWindow, _ at: Int, adverbs: [[UInt8]]) -> Bool {
        var k = at
        while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
        for adverb in adverbs where w.hasWord(adverb, endingAt: k) {
            k -= adverb.count
            while w.has(k - 1), w[k - 1] == 0x20 { k -= 1 }
            break
        }
        var slash = false, digit = false
        while w.has(k - 1), w[k - 1] != 0x20 {
            k -= 1
            if w[k] == 0x2F { slash = true } else if w[k] >= 0x30 && w[k] <= 0x39 { digit = true }
        }
        return slash && digit
    }

    /// The formula after a reference by which the citing document acts on it, when it is the clause's subject:
    /// `Khoản 2 Điều 5 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:` (amends), `… được bãi bỏ.`,
    /// `… hết hiệu lực.` (repeals), `… được thay thế bằng …` (replaces). Not with an agent (`… được sửa đổi bởi …`).
    /// `Quyết định số 15/2019/QĐ-UBND hết hiệu lực (thi hành) (kể) từ ngày …` ends it from a date and covers the
    /// tight list it closes (evidence `after`).
    static func formulaAfter(_ r: ContextReader, end: Int) -> (Relation, Evidence)? {
        // Every formula opens with `được`, `bị` or `hết`: most references are followed by something else.
        guard let i = r.firstIndexAfterSeparators(end) else { return nil }
        if opensFormula(r.s, i) { return formula(r, at: end) }
        if r.s[i] == 0x69 || r.s[i] == 0x61 || r.s[i] == 0x73, let english = englishFormula(r, at: end) { return english }
        // After the document's title: `Quyết định số 22/2024/QĐ-UBND … quy định về giá đất hết hiệu lực kể từ ngày …`.
        guard titleStarts(r.s, i), let verb = formulaAfterTitle(r.s, from: i) else { return nil }
        return formula(r, at: verb)
    }

    /// The English formula after a reference: `Decree No. 15/2020/ND-CP is amended as follows:` (amends), `… is
    /// repealed.`, `… are annulled.` (repeals), `… is replaced by …` (replaces), `… shall cease to be effective`.
    static func englishFormula(_ r: ContextReader, at end: Int) -> (Relation, Evidence)? {
        r.withWindowAfter(end, bytes: 60) { w -> (Relation, Evidence)? in
            var k = w.skip(0, [0x20, 0x2C])
            if w.hasWord(ceasesToBeEffective, at: k) { return (.repeals, .after) }
            guard let aux = englishAuxiliaries.first(where: { w.hasWord($0, at: k) }) else { return nil }
            k = w.skip(k + aux.count, [0x20])
            if w.hasWord(hereby, at: k) { k = w.skip(k + hereby.count, [0x20]) }
            for (verb, rel) in englishVerbs where w.hasWord(verb, at: k) { return (rel, .after) }
            return nil
        }
    }
    static let englishAuxiliaries: [[UInt8]] = ["is", "are", "shall be", "shall"].map { Array($0.utf8) }
    static let hereby: [UInt8] = Array("hereby".utf8)
    static let ceasesToBeEffective: [UInt8] = Array("ceases to be effective".utf8)
    static let englishVerbs: [([UInt8], Relation)] = [("amended", Relation.amends), ("supplemented", .amends), ("repealed", .repeals),
                                                      ("annulled", .repeals), ("abrogated", .repeals), ("superseded", .replaces), ("replaced", .replaces),
                                                      ("cease to be effective", .repeals)].map { (Array($0.0.utf8), $0.1) }

    /// Whether `được`, `bị` or `hết` (any case) may start at byte `i`: its first letter.
    static func opensFormula(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = s[i]
        return b | 0x20 == 0x62 || b | 0x20 == 0x68 || (b == 0xC4 && i + 1 < s.count && (s[i + 1] == 0x91 || s[i + 1] == 0x90))
    }

    /// Whether a document's title starts at byte `i`: `quy định`, `về`, `hướng dẫn`, `ban hành` (lower case: a title
    /// after a reference in running text).
    static func titleStarts(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // `q`, `v`, `h`, `b` first: most references are followed by something else.
        let b = s[i]
        guard b == 0x71 || b == 0x76 || b == 0x68 || b == 0x62 else { return false }
        return titleWords.contains { t in i + t.count < s.count && s[i + t.count] == 0x20 && UnsafeBufferPointer(rebasing: s[i..<(i + t.count)]).elementsEqual(t) }
    }
    static let titleWords: [[UInt8]] = ["quy định", "về", "hướng dẫn", "ban hành"].map { Array($0.utf8) }

    /// Where ` được `, ` bị ` or ` hết ` first stands in the clause after a title starting at `from` (up to `;`, `:`,
    /// a sentence's end or 240 bytes), the formula's candidate start.
    static func formulaAfterTitle(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var j = from
        let limit = min(s.count, from + 240)
        guard let base = s.baseAddress else { return nil }
        while j < limit {
            // Eight bytes a step while none is below `<` (letters and bytes beyond ASCII, most of a title, are neither a
            // stop nor a space); else on to the first that is (the lowest flag is exact).
            if j &+ 8 <= limit {
                let w = SWAR.load(base + j)
                let below = (w &- SWAR.ones &* 0x3C) & ~w & SWAR.highs
                if below == 0 { j &+= 8; continue }
                j &+= below.trailingZeroBitCount >> 3
            }
            let b = s[j]
            if b > 0x3B { j += 1; continue }
            if b == 0x3B || b == 0x3A || b == 0x0A || (b == 0x2E && (j + 1 == s.count || s[j + 1] == 0x20 || s[j + 1] == 0x0A)) { return nil }
            if b == 0x20, j + 1 < s.count, opensFormula(s, j + 1), formulaWordAt(s, j + 1) { return j }
            j += 1
        }
        return nil
    }
    static let formulaWords: [[UInt8]] = ["được", "bị", "hết"].map { Array($0.utf8) }

    /// Whether one of `formulaWords` and a space stand at byte `i`. Compared byte by byte, the space after the word
    /// first: a word starting with `b`, `h` or `đ` stands at many spaces of a title.
    static func formulaWordAt(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        for w in formulaWords {
            let m = w.count
            guard i + m < s.count, s[i + m] == 0x20 else { continue }
            var k = 0
            while k < m, s[i + k] == w[k] { k += 1 }
            if k == m { return true }
        }
        return false
    }

    /// The formula read from byte `end` on (after separators), if one is there.
    static func formula(_ r: ContextReader, at end: Int) -> (Relation, Evidence)? {
        r.withWindowAfter(end, bytes: 70) { w -> (Relation, Evidence)? in
            var k = w.skip(0, [0x20, 0x2C])
            let passiveStart = k
            if w.hasWord(duoc, at: k) { k = w.skip(k + duoc.count, [0x20]) } else if w.hasWord(bi, at: k) { k = w.skip(k + bi.count, [0x20]) }
            let passive = k > passiveStart
            // What follows the verb: the end of the clause, `như sau`, a colon or `bằng`.
            func closes(_ e: Int, _ allowed: [[UInt8]]) -> Bool {
                let j = w.skip(e, [0x20, 0x2C])
                if !w.has(j) { return true }
                if w[j] == 0x2E || w[j] == 0x3B || w[j] == 0x3A { return true }
                return allowed.contains { w.hasWord($0, at: j) }
            }
            if passive {
                for (verb, rel) in formulaVerbs where w.hasWord(verb, at: k) {
                    var e = k + verb.count
                    if rel == .amends {
                        // `sửa đổi, bổ sung`
                        let j = w.skip(e, [0x20, 0x2C])
                        if w.hasWord(boSung, at: j) { e = j + boSung.count }
                        return closes(e, [nhuSau]) ? (.amends, .after) : nil
                    }
                    if rel == .replaces { return closes(e, [nhuSau, bang]) ? (.replaces, .after) : nil }
                    return closes(e, [keTu, tuNgay]) ? (rel, .after) : nil
                }
                return nil
            }
            if w.hasWord(hetHieuLuc, at: k) {
                let e = k + hetHieuLuc.count
                var j = w.skip(e, [0x20])
                for word in fromDateWords where w.hasWord(word, at: j) { j = w.skip(j + word.count, [0x20]) }
                if w.hasWord(Words.ngay, at: j) { return (.repeals, .after) }
                return closes(e, [motPhan, toanBo]) ? (.repeals, .after) : nil
            }
            return nil
        }
    }
    static let duoc: [UInt8] = Array("duoc".utf8)
    static let bi: [UInt8] = Array("bi".utf8)
    static let boSung: [UInt8] = Array("bo sung".utf8)
    static let bang: [UInt8] = Array("bang".utf8)
    static let keTu: [UInt8] = Array("ke tu".utf8)
    static let tuNgay: [UInt8] = Array("tu ngay".utf8)
    static let hetHieuLuc: [UInt8] = Array("het hieu luc".utf8)
    /// Words between `hết hiệu lực` and the `ngày` it ends from, in this order: `thi hành`, `kể`, `từ`.
    static let fromDateWords: [[UInt8]] = ["thi hanh", "ke", "tu"].map { Array($0.utf8) }
    static let motPhan: [UInt8] = Array("mot phan".utf8)
    static let toanBo: [UInt8] = Array("toan bo".utf8)
    static let formulaVerbs: [([UInt8], Relation)] = [("sua doi", Relation.amends), ("bo sung", .amends), ("bai bo", .repeals),
                                                      ("huy bo", .repeals), ("thay the", .replaces)].map { (Array($0.0.utf8), $0.1) }
    static let sau: [UInt8] = Array("sau".utf8)
    static let sauDay: [UInt8] = Array("sau day".utf8)
    static let nhuSau: [UInt8] = Array("nhu sau".utf8)

    /// False when the folded line `s[from..<to]` cannot open with `can cu` (or `pursuant to`) after the characters the
    /// line-initial test skips (`-`, `*`, `+`, `?`, white space, one `(`): its first other character is ASCII, no `c`, no `p`.
    /// Decided on the bytes, before folding a window: most lines open otherwise. True (the window decides)
    /// at the first scalar beyond ASCII.
    static func mayOpenWithCanCu(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let fold = FoldedWindow.asciiFold
        var j = from
        var numbered = false
        while j < to, s[j] < 0x80 {
            let f = fold[Int(s[j])]
            if f == 0xFF || f == 0x2D || f == 0x2A || f == 0x2B || f == 0x3F { j += 1; continue }
            // An item number (`1.`, `a)`): the window decides.
            if !numbered, f >= 0x30 && f <= 0x39 || f >= 0x61 && f <= 0x7A && j + 1 < to && s[j + 1] == 0x29 && f != 0x63 && f != 0x70 {
                numbered = true
                j += 1
                while j < to, s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
                guard j < to, s[j] == 0x2E || s[j] == 0x29 else { return false }
                j += 1
                continue
            }
            if f == 0x28 { j += 1; guard j < to else { return false } }
            return s[j] >= 0x80 ? scalarMayOpen(s, j, to: to) : fold[Int(s[j])] == 0x63 || fold[Int(s[j])] == 0x70
        }
        return j < to && scalarMayOpen(s, j, to: to)
    }

    /// Whether the window must decide at the scalar beyond ASCII at `j`, where `mayOpenWithCanCu` stopped (at the line's
    /// opening or after its `(`): false only for a letter that folds to neither `c` nor `p` and is no item letter (no `)`
    /// right after it, as in `đ)`), where the window finds no `can cu` or `pursuant to` either (`Điều 5.`, `(Điều 22 …`,
    /// `Ủy ban …`). Anything else folding to `?` (`•`) is skipped by the window, so it decides.
    static func scalarMayOpen(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, to: Int) -> Bool {
        let (v, n) = Fold.decode(s, j)
        guard v < FoldedWindow.infoCount else { return true }
        let code = FoldedWindow.info[Int(v)]
        guard code != FoldedWindow.space else { return true }
        let f = code & 0x7F
        guard f >= 0x61 && f <= 0x7A, f != 0x63, f != 0x70 else { return true }
        return j + n < to && s[j + n] == 0x29
    }

    /// The relation of the nearest trigger phrase in the clause that ends the (backward) window, if any, and
    /// whether the phrase was passive (`được sửa đổi`, `bị thay thế`, `sửa đổi bởi`): then it describes the
    /// cited document, not this one, and the relation is `cites`.
    static func trigger(in w: LazyFoldedWindow) -> (Relation, passive: Bool)? {
        var phraseAt = 0
        return trigger(in: w, phraseAt: &phraseAt)
    }

    /// `trigger(in:)`, and the byte offset of the phrase when it is the citing text's own act (`rel`, not passive).
    static func trigger(in w: LazyFoldedWindow, phraseAt: inout Int) -> (Relation, passive: Bool)? {
        // One backward pass: the clause ends (going back) at `;`, `:` or `. `, and phrases are tried nearest
        // first on the way there (a first pass finding the clause start cost as much as this one).
        @inline(__always) func isBreak(_ i: Int) -> Bool {
            let c = w[i]
            return c == 0x3B || c == 0x3A || (c == 0x2E && w.has(i + 1) && w[i + 1] == 0x20)
        }
        // The tables in locals, read through one static: a static read in the loop is a `swift_once` call per position,
        // and each table read on its own was one a call.
        let t = tables
        let kinds = t.kinds, byPair = t.byPair, phrases = t.phrases, seconds = t.seconds, heads = t.heads
        // The characters at `pos` and `pos + 1` are carried from step to step (each is read once): a
        // backward window folded down to `pos - 1` holds everything after it.
        var pos = w.end - 1
        guard w.has(pos) else { return nil }
        var c = w[pos]
        var next: UInt8 = 0        // the character at `pos + 1`; 0 past the window end
        // Positions from `low` on are folded: read without a check each (folding on only below it).
        var low = w.foldedLow(through: pos)
        // `ban hành kèm theo` inside the clause, when no verb before it decides.
        var attached: Relation? = nil
        while true {
            let kind = kinds[Int(c)]
            // Most characters neither end the clause nor start a phrase: step back at once while folded.
            if kind == 0, pos - 1 >= low { next = c; c = w.folded(pos - 1); pos -= 1; continue }
            if kind == clauseMark, c != 0x2E || next == 0x20 {
                // `Bãi bỏ các Thông tư: số 36/2014/TT-NHNN, số …`: a colon after the documents' type opens their list.
                guard c == 0x3A, opensDocumentList(w, colon: pos) else { return attached.map { ($0, false) } }
            }
            if pos - 1 < low { low = w.foldedLow(through: pos - 1) }
            let hasPrev = pos - 1 >= low
            let prev: UInt8 = hasPrev ? w.folded(pos - 1) : 0
            if !hasPrev || prev == 0x20 || prev == 0x28 || prev == 0x2C, kind == phraseInitial,
               next &- 0x61 < 26, seconds[Int(c)] & (1 << UInt32(next &- 0x61)) != 0 {
                // (Only the phrases whose first two letters stand there: `next` is a letter, checked just above. Their
                // first four characters, packed, are compared before the whole phrase, where the window holds four.)
                let four = pos &+ 3 < w.end
                let window4 = four ? UInt32(c) | UInt32(next) << 8 | UInt32(w.folded(pos &+ 2)) << 16 | UInt32(w.folded(pos &+ 3)) << 24 : 0
                for index in byPair[Int(c) &* 26 &+ Int(next &- 0x61)] {
                    if four, window4 & heads[index].mask != heads[index].value { continue }
                    var (p, rel) = phrases[index]
                    guard w.hasWord(p, at: pos) else { continue }
                    // The longer phrase around it decides (`quy định chi tiết`, not `đình chỉ`).
                    var at = pos
                    for (j, o) in t.containers[index] where w.hasWord(phrases[j].0, at: pos - o) {
                        (p, rel) = phrases[j]; at = pos - o
                        break
                    }
                    // A phrase that only hides a trigger inside it (`có hiệu lực thi hành`): walk on.
                    if p == t.giuNguyen { return (.cites, false) }
                    if rel == .cites { break }
                    if p == t.dieuChinh || p == t.huy, !objectFollows(w, at + p.count) || !opensOperativeLine(w, at) { break }
                    // Another document acts (`Nghị định 70/2025/NĐ-CP sửa đổi Nghị định 123/2020/NĐ-CP`, as news writes):
                    // the text only describes it.
                    if precededByDocument(w, at, adverbs: t.actorAdverbs) { return (rel, true) }
                    // A proposal, a draft or a delay is no act (`Đề nghị bãi bỏ Quyết định số …`, `chậm bãi bỏ`,
                    // `dự thảo Nghị định sửa đổi, bổ sung Nghị định số …`).
                    if t.modals.contains(where: { w.hasWord($0, at: at - 1 - $0.count) }) || draftBefore(w, at) { return (.cites, false) }
                    // A table cell opening with the verb is a task in a list of tasks (`1 | Sửa đổi Nghị định số … | Bộ Y tế |`).
                    if cellOpens(w, at) { return (.cites, false) }
                    // `các căn cứ pháp lý đã hết hiệu lực (Nghị định số …)`: a state told, not an end the text sets.
                    if rel == .repeals, p[1] == 0x65 && p[0] == 0x68 || p[1] == 0x67 && p[0] == 0x6E, w.hasWord(t.da, at: at - 1 - t.da.count) { return (.cites, false) }
                    // Passive forms (`được sửa đổi bởi`) describe the cited document, not this one.
                    for pv in t.passive where w.hasWord(pv, at: at + p.count - pv.count) { return (.cites, true) }
                    if t.passiveWords.contains(where: { w.hasWord($0, at: at - 1 - $0.count) }) { return (.cites, true) }
                    if w.hasWord(t.by, at: at + p.count + 1) { return (.cites, true) }
                    // `không`/`chưa` ending a space before the phrase (at least six characters into the window).
                    if w.has(at - 6), t.negations.contains(where: { w.hasWord($0, at: at - 1 - $0.count) }) { return (.cites, false) }
                    // `Xét` opens its clause: the clause (or the window) starts at most two characters before it.
                    if rel == .considers, !(at - 3..<at).contains(where: { !w.has($0) || isBreak($0) }) { continue }
                    // `(Ban hành kèm theo Quyết định số …)` opening its line says this text is attached; inside a noun
                    // phrase (`Bãi bỏ Điều 6 Quy định ban hành kèm theo Quyết định số …`) the clause's own verb decides,
                    // and without one it stands (`Quy chế … ban hành kèm theo Quyết định số …`, DOMAIN.md §6.2). An annex
                    // named before it is the reference's pinpoint (`theo Phụ lục I ban hành kèm theo Thông tư số …`: cites).
                    // `Áp dụng …` is a legal basis where it opens its line (a judgment's grounds), not inside a sentence
                    // (`… thì áp dụng theo Nghị định số …`).
                    if rel == .basedOn, !opensLine(w, at) { continue }
                    if rel == .issuedWith, !opensLine(w, at) {
                        if attached == nil { attached = rel }
                        break
                    }
                    // `thực hiện theo (quy định tại) …` follows a rule (a citation, DOMAIN.md §6.2); `Thực hiện Nghị quyết số …`
                    // carries a document out. So with every act: what comes after `theo` is the rule it follows, not its
                    // object (`đình chỉ hoạt động … thì giải quyết theo quy định của Luật …`).
                    if rel != .considers, followedByTheo(w, from: at + p.count, relation: rel) { return (.cites, false) }
                    phraseAt = w.offset(at)
                    return (rel, false)
                }
            }
            guard hasPrev else {
                // `Theo Quy định ban hành kèm theo Quyết định số … thì …`: a rule the text follows, not its own attachment
                // (`pos` is the window's first character: a backward window's positions need not start at 0).
                if attached != nil, w.from == 0 || w.text[w.from - 1] == 0x0A, w.hasWord(theo, at: w.skip(pos, [0x20, 0x2D, 0x2A, 0x28])) {
                    return (.cites, false)
                }
                return attached.map { ($0, false) }
            }
            next = c; c = prev; pos -= 1
        }
    }
}
