import Foundation
import Testing
@testable import LegalRefs

/// `Scan.nextNumberStart` as it was: byte by byte to the next digit, then an OCR `l`/`I` before it.
private func referenceNextNumberStart(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    var j = i
    while j < s.count, !SymbolParser.isDigit(s[j]) { j += 1 }
    if j < s.count, j > i, s[j - 1] == 0x6C || s[j - 1] == 0x49 { return j - 1 }
    return j
}

/// `HeaderReader.hasASCIIWord` as it was: every position tried.
private func referenceHasASCIIWord(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, lowercase word: [UInt8]) -> Bool {
    let m = word.count
    guard m > 0, to - from >= m else { return false }
    func alnum(_ b: UInt8) -> Bool { let l = b | 0x20; return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39) }
    var i = from
    while i + m <= to {
        if p[i] | 0x20 == word[0], (i == from || !alnum(p[i - 1])) {
            var j = 1
            while j < m, p[i + j] | 0x20 == word[j] { j += 1 }
            if j == m, i + m == to || !alnum(p[i + m]) { return true }
        }
        i += 1
    }
    return false
}

let scanPieces = ["Nghị định số ", "127/2018/NĐ-CP", "abc", " ", "1", "09", "l2", "I", "/", ":", "\n", "ngày ", "đ", "…",
                  "Quyết định", "qua", "QUA", "Qua.", "aqua", "Q", "q", "x", "0", "9", "\u{7F}", "\u{80}", "ứ", "xxxxxxxxxxxxxxxx"]

@Test func nextNumberStartMatchesReference() {
    var mix = PieceMixer(state: 11)
    for round in 0..<400 {
        let text = mix.text(scanPieces, count: 1 + mix.next(round < 200 ? 10 : 60))
        Array(text.utf8).withUnsafeBufferPointer { s in
            let scan = Scan(s: s)
            for i in 0...s.count {
                #expect(scan.nextNumberStart(from: i) == referenceNextNumberStart(s, from: i), "\(text) from \(i)")
            }
        }
    }
}

@Test func hasASCIIWordMatchesReference() {
    var mix = PieceMixer(state: 5)
    let words: [[UInt8]] = [HeaderReader.quaBytes, Array("q".utf8), Array("quaq".utf8)]
    for round in 0..<400 {
        let text = mix.text(scanPieces, count: 1 + mix.next(round < 200 ? 10 : 60))
        Array(text.utf8).withUnsafeBufferPointer { p in
            for word in words {
                for from in 0...p.count {
                    for to in Set([p.count, from + (p.count - from) / 2, from]) {
                        #expect(HeaderReader.hasASCIIWord(p, from: from, to: to, lowercase: word)
                                == referenceHasASCIIWord(p, from: from, to: to, lowercase: word), "\(text) \(from)..<\(to)")
                    }
                }
            }
        }
    }
}

/// The resolve cache answers what `Resolver.resolve` answers, for keys that differ in one field only.
@Test func resolveCacheMatchesResolver() {
    let syms = [
        RawSymbol(start: 0, end: 0, number: "127", year: 2018, groups: ["NĐ", "CP"], seps: [0x2D], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "127", year: nil, groups: ["NĐ", "CP"], seps: [0x2D], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "127", year: 2018, groups: ["NĐ", "CP"], seps: [0x2F], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "127", year: 2018, groups: ["NĐC", "P"], seps: [0x2D], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "12", year: 2018, groups: ["NĐ", "CP"], seps: [0x2D], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "1744", year: nil, groups: ["QĐ", "UBND"], seps: [0x2D], firstSep: 0x2F),
        RawSymbol(start: 0, end: 0, number: "1744", year: nil, groups: ["QĐ", "UBND"], seps: [0x2D], firstSep: 0x2D),
        RawSymbol(start: 0, end: 0, number: "49", year: nil, groups: ["KL", "TW"], seps: [0x2F], firstSep: 0x2D),
        RawSymbol(start: 0, end: 0, number: "83", year: nil, groups: ["TC", "TCT"], seps: [0x2F], firstSep: 0x20),
        RawSymbol(start: 0, end: 0, number: "10", year: nil, groups: ["MP"], seps: [], firstSep: 0x2D),
    ]
    let kinds: [String?] = [nil, "Nghị định", "Quyết định", "Kết luận"]
    let text = Array("x".utf8)
    text.withUnsafeBufferPointer { s in
        var scan = Scan(s: s)
        // Twice over: the second round is answered from the cache.
        for _ in 0..<2 {
            for sym in syms {
                for kind in kinds {
                    for cue in [false, true] {
                        let cached = scan.resolveCached(sym, proseKind: kind, hasCue: cue)
                        let direct = Resolver.resolve(sym, proseKind: kind, hasCue: cue)
                        #expect(cached == direct, "\(sym) \(kind ?? "-") \(cue)")
                    }
                }
            }
        }
    }
}

/// `HeaderReader.iso` on bytes gives what it gave through `String`s and `Int(_:)`, for every triple of
/// words in texts of dates, digits with marks, long numbers and letters.
@Test func isoMatchesStringPath() {
    let texts = ["ngày 16 tháng 7 năm 2019", "16/7/2019 26-01-2018 21.9.2018", "05 12 1899 31 12 2100 32 13 2101",
                 "0016 007 02019 1\u{301} 12 2019", "99999999999999999999 1 1 2000", "00 01 1900 1 1 ١٢ 2000", "a1 1a 2020"]
    for text in texts {
        var t = text
        t.withUTF8 { p in
            let reader = HeaderReader(p: p, hints: DocumentHints())
            let words = VietFold.words(p, from: 0, to: p.count)
            for d in words { for m in words { for y in words {
                let old: String? = {
                    guard let dd = Int(reader.text(d.start, d.end)), let mm = Int(reader.text(m.start, m.end)),
                          let yy = Int(reader.text(y.start, y.end)),
                          (1...31).contains(dd), (1...12).contains(mm), (1900...2100).contains(yy) else { return nil }
                    return "\(yy)-" + reader.pad2(mm) + "-" + reader.pad2(dd)
                }()
                #expect(reader.iso(d, m, y) == old, "\(text)")
            } } }
        }
    }
}

/// `Extractor.extract` reads a news page's context locality only when a reference needs it: its
/// references are those of the eager path (the header's `contextLocality` handed to `finish`).
@Test func deferredNewsLocalityMatchesEager() throws {
    var texts = [
        "CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA\nTin tức\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh về kế hoạch năm học.\n",
        "SỞ Y TẾ TỈNH ĐIỆN BIÊN\nThông báo\nTheo Công văn số 1744/SYT-NVY của Sở Y tế và Quyết định 45/QĐ-UBND.\n",
        "Trang tin\nCăn cứ Nghị định số 127/2018/NĐ-CP và Quyết định số 99/QĐ-UBND ngày 01/02/2020.\n",
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nSơn La, ngày 05 tháng 01 năm 2021\nQUYẾT ĐỊNH\nCăn cứ Quyết định số 7/QĐ-UBND của UBND tỉnh.\n",
    ]
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures")
    for name in ["so-gddt-son-la-2019.txt"] {
        if let s = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) { texts.append(s) }
    }
    #expect(texts.count == 5)
    for text in texts {
        var t = text
        t.withUTF8 { p in
            let deferred = Extractor.extract(bytes: p)
            let parsed = HeaderParser.parse(p)
            var scan = Scan(s: p)
            scan.run()
            scan.addNamed()
            var eager = scan.finish(contextLocality: parsed.contextLocality, preamble: parsed.preamble, ownNumber: parsed.symbolRange)
            Extractor.settleSelf(&eager, header: deferred.document)
            #expect(deferred.references == eager, "\(text.prefix(60))")
        }
    }
}

/// A text that cannot be official leaves its issuing block unread when the locality is deferred: the
/// locality read later is the eager one, and the header is the eager one but for `term`.
@Test func deferredIssuingBlockMatchesEager() {
    let texts = [
        "CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA\nTin tức\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2021.\n",
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSỞ Y TẾ\nThông báo về Quyết định 45/QĐ-UBND.\n",
        "BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XII\nBài viết\nNghị quyết số 18-NQ/TW.\n",
        "(Điều 3 Thông tư số 08/2014/TT-BKHCN, có hiệu lực thi hành kể từ ngày 10/07/2014)\n",
        "Trang tin\nKhông có cơ quan.\n",
    ]
    var left = 0
    for text in texts {
        var t = text
        t.withUTF8 { p in
            var reader = HeaderReader(p: p, hints: DocumentHints())
            reader.deferNewsLocality = true
            var block = 0..<0
            var deferred = reader.run(leftBlock: &block)
            if !block.isEmpty { left += 1 }
            let eager = HeaderParser.parse(p)
            #expect(deferred.contextLocality ?? (reader.newsLocalityPending ? reader.deferredLocality(leftBlock: block) : nil)
                    == eager.contextLocality, "\(text.prefix(40))")
            deferred.contextLocality = eager.contextLocality
            deferred.term = eager.term
            #expect(deferred == eager, "\(text.prefix(40))")
        }
    }
    #expect(left >= 3)
}
