import Testing
@testable import DocumentText

/// Legacy Vietnamese encodings, byte by byte: each sample is written as the bytes a real file holds.
@Test("legacy bytes decode to Unicode", arguments: [
    // TCVN3 (ABC, .VnTime): Đ = 0xA7, đ = 0xAE, ư = 0xAD.
    ([0x4E, 0x67, 0x68, 0xDE, 0x20, 0xAE, 0xDE, 0x6E, 0x68, 0x20, 0x73, 0xE8, 0x20] + Array("127/2018/N".utf8) + [0xA7] + Array("-CP".utf8),
     "Nghị định số 127/2018/NĐ-CP", "tcvn3"),
    ([0x54, 0x68, 0xAB, 0x6E, 0x67, 0x20, 0x74, 0xAD, 0x20, 0x73, 0xE8, 0x20] + Array("13/2001/TT-BTC".utf8),
     "Thông tư số 13/2001/TT-BTC", "tcvn3"),
    // VNI-Windows: base letter + tone byte; Đ = Ñ, ơ = ô, ư = ö.
    (Array("Quye".utf8) + [0xE1] + Array("t ".utf8) + [0xF1, 0xF2] + Array("nh so".utf8) + [0xE1] + Array(" 186/2006/Q".utf8) + [0xD1] + Array("-TTg".utf8),
     "Quyết định số 186/2006/QĐ-TTg", "vni"),
    (Array("Ca".utf8) + [0xEA] + Array("n c".utf8) + [0xF6, 0xF9] + Array(" Lua".utf8) + [0xE4] + Array("t Nga".utf8) + [0xE2] + Array("n sa".utf8) + [0xF9] + Array("ch".utf8),
     "Căn cứ Luật Ngân sách", "vni"),
    // Windows-1258: base letters and combining tone marks (0xEC = acute, 0xD2 = hook, 0xF2 = dot).
    (Array("Quy".utf8) + [0xEA, 0xEC] + Array("t ".utf8) + [0xF0] + Array("i".utf8) + [0xF2] + Array("nh s".utf8) + [0xF4, 0xEC] + Array(" 12/Q".utf8) + [0xD0] + Array("-UBND".utf8),
     "Quyết định số 12/QĐ-UBND", "cp1258"),
] as [([UInt8], String, String)])
func legacyBytes(bytes: [UInt8], text: String, encoding: String) throws {
    let d = try VietnameseDecoder.decode(bytes)
    #expect(d.text == text)
    #expect(d.encoding == encoding)
}

/// Legacy text that a Windows-1252 reader already turned into Unicode, and UTF-8 read as Windows-1252.
@Test("mis-decoded Unicode is repaired", arguments: [
    ("NghÞ ®Þnh sè 127/2018/N§-CP ngµy 21 th¸ng 9 n¨m 2018", "Nghị định số 127/2018/NĐ-CP ngày 21 tháng 9 năm 2018", "tcvn3"),
    ("Th«ng t\u{AD} sè 01/2006/TT-NHNN", "Thông tư số 01/2006/TT-NHNN", "tcvn3"),
    ("nhµ n\u{2212}íc céng hoµ x\u{2219} héi", "nhà nước cộng hoà xã hội", "tcvn3"),       // PDF glyphs: − = ư, ∙ = ã
    ("Quyeát ñònh soá 186/2006/QÑ-TTg ngaøy 14/8/2006", "Quyết định số 186/2006/QĐ-TTg ngày 14/8/2006", "vni"),
    ("Quyáº¿t Ä‘á»‹nh sá»‘ 1744/QÄ-UBND", "Quyết định số 1744/QĐ-UBND", "utf-8-mojibake"),
    // The no-break space of à (C3 A0), Ạ (E1 BA A0) copied as a plain space.
    ("Quyáº¿t Ä‘á»‹nh sá»‘ 1744/QÄ-UBND ngÃ y 16/7/2019 cá»§a á»¦y ban nhÃ¢n dÃ¢n", "Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của Ủy ban nhân dân", "utf-8-mojibake"),
    ("Táº I Ä‘á»§", "TẠI đủ", "utf-8-mojibake"),
] as [(String, String, String)])
func repairsMojibake(input: String, text: String, encoding: String) {
    let d = VietnameseDecoder.repair(input)
    #expect(d.text == text)
    #expect(d.encoding == encoding)
}

/// Clean Unicode is never "repaired", even when it holds characters that legacy text also uses.
@Test("clean text stays as it is", arguments: [
    "Quyết định số 1744/QĐ-UBND  ngày 16/7/2019",
    "Cổng thông tin »",
    "«Bán cá» – giá 20.000 đồng © 2024",
    "Bán cá",
    "Café René, Zürich",
    "Điều 5. Hiệu lực thi hành × ÷ ½",
])
func cleanUnchanged(text: String) throws {
    #expect(VietnameseDecoder.repair(text).text == text)
    #expect(try VietnameseDecoder.decode(Array(text.utf8)).text == text)
}

/// Documents that mix encodings are decoded paragraph by paragraph, and the record says so.
@Test func mixedDocument() throws {
    var bytes = Array("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n".utf8)
    bytes += [0x43, 0xA8, 0x6E, 0x20, 0x63, 0xF8, 0x20, 0x4E, 0x67, 0x68, 0xDE, 0x20, 0xAE, 0xDE, 0x6E, 0x68, 0x20, 0x73, 0xE8, 0x20]
    bytes += Array("86/2002/N".utf8) + [0xA7] + Array("-CP ng".utf8) + [0xB5] + Array("y 05/11/2002;\n".utf8)
    let d = try VietnameseDecoder.decode(bytes)
    #expect(d.text == "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002;\n")
    #expect(d.encoding == "utf-8+tcvn3")
}

/// UTF-8 with and without BOM, UTF-16 with BOM or by statistics.
@Test func unicodeForms() throws {
    let text = "Nghị định số 30/2020/NĐ-CP"
    #expect(try VietnameseDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == DecodedText(text: text, encoding: "utf-8"))
    let le = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try VietnameseDecoder.decode([0xFF, 0xFE] + le) == DecodedText(text: text, encoding: "utf-16le"))
    #expect(try VietnameseDecoder.decode([0xFE, 0xFF] + be) == DecodedText(text: text, encoding: "utf-16be"))
    #expect(try VietnameseDecoder.decode(le) == DecodedText(text: text, encoding: "utf-16le"))
    #expect(try VietnameseDecoder.decode(be) == DecodedText(text: text, encoding: "utf-16be"))
}

/// In TCVN3 the capitals were lower-case bytes in an upper-case font: a word typed in ASCII capitals
/// gets its Vietnamese letters upper-cased too; a capitalised word keeps the rest lower case.
@Test("TCVN3 case", arguments: [
    ("NGHÞ §ÞNH CñA CHÝNH PHñ", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ"),
    ("ChÝnh phñ", "Chính phủ"),
    ("Sè: 28/2003/N§-CP", "Số: 28/2003/NĐ-CP"),
] as [(String, String)])
func tcvn3Case(input: String, text: String) {
    #expect(VietnameseDecoder.repair(input).text == text)
}

/// Fixed-width dumps of old files break words across lines; legacy paragraphs are mended.
@Test func mendsBrokenSyllables() throws {
    let bytes = Array("quy ".utf8) + [0xAE] + Array("\r\n".utf8) + [0xDE] + Array("nh chi ti".utf8) + [0xD5] + Array("t\r\n".utf8)
    #expect(try VietnameseDecoder.decode(bytes).text == "quy định chi tiết\r\n")
}

/// Binary junk and control-character debris of old Word-to-text conversions.
@Test func controlDebris() throws {
    #expect(throws: DocumentTextError("empty file")) { try VietnameseDecoder.decode([]) }
    #expect(throws: DocumentTextError("binary file (not text)")) { try VietnameseDecoder.decode([0x41, 0x00, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]) }
    // Word field debris before the text, as in a real 2001 decree (legacy-dev 00003).
    let debris = "\u{1}-;;\u{1}o;;\r\n\u{2}\u{0}.;\u{1};\r\n"
    let body = "Chính phủ\u{7}\r\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\r\n"
    let d = try VietnameseDecoder.decode(Array((debris + body).utf8))
    #expect(d.text == "Chính phủ\r\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\r\n")
}

/// The syllable checker behind the scoring: Vietnamese syllables in, everything else out.
@Test("syllables", arguments: [
    ("nghị", true), ("định", true), ("quyết", true), ("giữ", true), ("gì", true), ("hoà", true), ("khuyến", true),
    ("người", true), ("Nghị", true), ("ĐỊNH", true),
    ("ngh", false), ("ịnh", true), ("đ", false), ("thụng", true), ("nghịê", false), ("xyz", false), ("ằ", false),
] as [(String, Bool)])
func syllables(word: String, valid: Bool) {
    #expect(VietnameseSyllables.isSyllable(word.unicodeScalars.map(\.value)) == valid)
}
