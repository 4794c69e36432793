import Foundation
import Testing
import LegalRefs
@testable import CitationGraph

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Nghị định 127/2018/NĐ-CP", "nghi dinh 127/2018/nd-cp"),
        ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", "dang bo tinh thai nguyen"),
        ("Ủy ban nhân dân tỉnh Sơn La", "uy ban nhan dan tinh son la"),
        ("“Căn cứ” – Luật", " can cu    luat"),
        ("abc", "abc"),
    ])
    func foldsForTheIndex(input: String, folded: String) {
        #expect(Folding.foldForIndex(input) == folded)
    }

    @Test func alignedFoldKeepsOneCharacterPerScalar() {
        let s = "Nghi\u{0323} định “x”"
        #expect(Folding.foldAligned(s).unicodeScalars.count == s.unicodeScalars.count)
    }

    @Test(arguments: [
        ("01/2021/TT-BGDĐT", "1/2021/tt-bgddt"),
        ("51/2017/qh14", "51/2017/qh14"),
        ("1744/QĐ-UBND", "1744/qd-ubnd"),
        ("0", "0"),
    ])
    func symbolKeys(symbol: String, key: String) {
        #expect(Folding.symbolKey(symbol) == key)
    }

    @Test func tokensSplitLikeTheIndex() {
        #expect(Folding.tokens("Nghị định 127/2018/NĐ-CP") == ["nghi", "dinh", "127", "2018", "nd", "cp"])
        #expect(Folding.tokens("\" OR 1=1 --") == ["or", "1", "1"])
    }
}

@Suite struct FoldingPiecesTests {
    /// The word-at-a-time ASCII path gives what the byte-at-a-time path gives: folding a text
    /// whole equals folding it in pieces shorter than a word, cut at scalar boundaries.
    @Test func wholeEqualsPieces() {
        let samples = [
            "Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21/9/2018 của CHÍNH PHỦ; QUYẾT ĐỊNH: Điều 1.",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 @[`{ ĐẠI HỘI ĐẢNG TOÀN QUỐC",
            "Ω ß Æ ﬁ 𝐀 Ｑ Ⅻ ٣ — “ngoặc” … ©®™ x\u{301} A\u{300}B",
            String(repeating: "Sở Giáo dục và Đào tạo TỈNH SƠN LA ", count: 20),
        ]
        for text in samples {
            var pieces: [String] = []
            var current = ""
            for u in text.unicodeScalars {
                if current.utf8.count + String(u).utf8.count >= 8 { pieces.append(current); current = "" }
                current.unicodeScalars.append(u)
            }
            pieces.append(current)
            #expect(Folding.foldForIndex(text) == pieces.map(Folding.foldForIndex).joined())
            #expect(Folding.foldAligned(text) == pieces.map(Folding.foldAligned).joined())
        }
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    /// Every length around the padding boundaries, with and without the CPU's SHA instructions.
    @Test func hardwareAndPortableAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        for n in Array(0...200) + [511, 512, 513, 999, 1000] {
            let slice = Array(bytes[0..<n])
            let portable = slice.withUnsafeBytes { SHA256.hex($0, hardware: false) }
            #expect(SHA256.hex(slice) == portable)
        }
    }

    @Test func longInputMatchesSha256sum() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let text = String(repeating: "Quyết định số 1744/QĐ-UBND ngày 16/7/2019\n", count: 5000)
        let p = dir.write("x.txt", text)
        let (_, out, _) = try runProcess("/usr/bin/sha256sum", [p])
        #expect(SHA256.hex(Array(text.utf8)) == String(out.prefix(64)))
    }
}

@Suite struct IdentityTests {
    @Test(arguments: [
        // symbol, locality, year, date, key, partial
        ("127/2018/NĐ-CP", nil, 2018, nil, "127/2018/NĐ-CP", false),
        ("51/2017/QH14", nil, nil, nil, "51/2017/QH14", false),
        ("1744/QĐ-UBND", "tỉnh Sơn La", 2019, "2019-07-16", "1744/QĐ-UBND@tỉnh Sơn La#2019", false),
        ("1744/QĐ-UBND", "Tỉnh Sơn La", 2019, nil, "1744/QĐ-UBND@tỉnh Sơn La#2019", false),
        ("1744/QĐ-UBND", nil, 2019, nil, "1744/QĐ-UBND#2019", true),
        ("1744/QĐ-UBND", "tỉnh Sơn La", nil, nil, "1744/QĐ-UBND@tỉnh Sơn La", true),
        ("404/QĐ-TTg", nil, 2019, "2019-03-27", "404/QĐ-TTg#2019", false),
        ("29-NQ/TW", nil, 2013, "2013-11-04", "29-NQ/TW#XI", false),
        ("29-NQ/TW", nil, 2022, nil, "29-NQ/TW#XIII", false),
        ("29-NQ/TW", nil, nil, nil, "29-NQ/TW", true),
        ("15/CP", nil, 1993, nil, "15/CP#1993", false),
        ("15/2019/QĐ-UBND", "tỉnh Sơn La", nil, nil, "15/2019/QĐ-UBND@tỉnh Sơn La", false),
        ("15/2019/QĐ-UBND", nil, nil, nil, "15/2019/QĐ-UBND", true),
        ("12/HD-SGDĐT", nil, 2019, nil, "12/HD-SGDĐT#2019", true),
    ] as [(String, String?, Int?, String?, String, Bool)])
    func keys(symbol: String, locality: String?, year: Int?, date: String?, key: String, partial: Bool) {
        let id = DocumentIdentity(symbol: symbol, locality: locality, year: year, date: date)
        #expect(id.key == key)
        #expect(id.isPartial == partial)
    }

    @Test func compatibility() {
        let full = DocumentIdentity(symbol: "1744/QĐ-UBND", locality: "tỉnh Sơn La", year: 2019, date: nil)
        let noPlace = DocumentIdentity(symbol: "1744/QĐ-UBND", locality: nil, year: 2019, date: nil)
        let otherYear = DocumentIdentity(symbol: "1744/QĐ-UBND", locality: nil, year: 2020, date: nil)
        let otherPlace = DocumentIdentity(symbol: "1744/QĐ-UBND", locality: "thành phố Hà Nội", year: 2019, date: nil)
        #expect(noPlace.isCompatible(with: full))
        #expect(!otherYear.isCompatible(with: full))
        #expect(!otherPlace.isCompatible(with: full))
    }
}

@Suite struct SentenceTests {
    @Test func sentenceAroundAReference() {
        let text = "Mở đầu. Căn cứ Nghị quyết số 51/2017/QH14 của Quốc hội; tiếp theo.\nDòng khác."
        let r = ref(text, "Nghị quyết số 51/2017/QH14", id: "51/2017/QH14")
        #expect(Sentence.around(text, byteStart: r.byteStart, byteEnd: r.byteEnd) == "Căn cứ Nghị quyết số 51/2017/QH14 của Quốc hội;")
    }

    @Test func longLinesAreCutAtSpaces() {
        let filler = String(repeating: "rất dài ", count: 200)
        let text = filler + "Quyết định 1744/QĐ-UBND " + filler
        let r = ref(text, "Quyết định 1744/QĐ-UBND", id: "1744/QĐ-UBND")
        let s = Sentence.around(text, byteStart: r.byteStart, byteEnd: r.byteEnd)
        #expect(s.hasPrefix("…rất") || s.hasPrefix("…dài"))
        #expect(s.hasSuffix("…"))
        #expect(s.contains("Quyết định 1744/QĐ-UBND"))
        #expect(s.utf8.count < 2 * Sentence.reach + 60)
    }

    @Test func badOffsetsDoNotCrash() {
        #expect(Sentence.around("abc", byteStart: 10, byteEnd: 2) == "abc")
        #expect(Sentence.around("", byteStart: -3, byteEnd: 5) == "")
    }
}

@Suite struct StatementTests {
    @Test func relationColumnsAreReadBackForEveryRelation() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        for r in Relation.allCases {
            var got: Relation?
            try db.db.query("SELECT ?1", [.text(r.rawValue)]) { s in got = s.relation(0) }
            #expect(got == r)
        }
        var none: Relation? = .cites
        try db.db.query("SELECT 'bogus'") { s in none = s.relation(0) }
        #expect(none == nil)
    }
}

@Suite struct SnippetTests {
    @Test func snippetStartsNearThePhraseNotAnEarlierWord() {
        let body = "Hội nghị tổng kết. " + String(repeating: "Nội dung dài. ", count: 40) + "Căn cứ Nghị định số 127/2018/NĐ-CP."
        let s = GraphDatabase.snippet(body, phrase: ["nghi", "dinh"], width: 60)
        #expect(s.contains("Nghị định số 127"))
        #expect(!s.contains("Hội nghị"))
        #expect(GraphDatabase.snippet(body, phrase: ["tong", "k"], width: 30).hasPrefix("Hội nghị tổng kết"), "the last word is a prefix")
        #expect(GraphDatabase.snippet("", phrase: ["x"]) == "")
    }
}
