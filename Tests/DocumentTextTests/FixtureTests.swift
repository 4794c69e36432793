import Foundation
import ZIPFoundation
import Testing
@testable import DocumentText

/// Real TCVN3/VNI files (fixtures/legacy) against their human transcripts, and the document numbers
/// the transcript has. The bound is per word here (a word with one wrong letter counts whole);
/// `scripts/legacy_agreement.py` gives the character figures (99.86%, 99.84%, 98.91%: the last file
/// has a two-column header that the transcript reads in another order).
@Test("legacy fixtures match their transcripts", arguments: [
    ("tcvn3-qd-13-2004-bkhcn", "tcvn3", 0.995, ["13/2004/QĐ-BKHCN"]),
    ("vni-qd-05-2006-ubnd-ca-mau", "vni", 0.99, ["…05…./2006/ QĐ-UBND"]),
    ("tcvn3-in-utf8-tt-01-2006-nhnn", "tcvn3", 0.99, ["01/2006/TT-NHNN", "193/2001/QĐ-TTg", "115/2004/QĐ-TTg"]),
] as [(String, String, Double, [String])])
func legacyFixture(name: String, encoding: String, bound: Double, symbols: [String]) throws {
    let doc = try DocumentReader.read(path: TestData.path("fixtures/legacy/\(name).txt"))
    let truth = String(decoding: try TestData.bytes(TestData.data("transcripts/\(name).truth.txt")), as: UTF8.self)
    #expect(Agreement.ratio(doc.text, truth) >= bound)
    #expect(doc.format == "txt")
    #expect(doc.encoding == encoding)
    for s in symbols { #expect(doc.text.contains(s)) }
}

/// Real documents of every kind (fixtures/formats): format, encoding and the document numbers in them.
@Test("format fixtures", arguments: [
    ("qd-144-2002-btc.doc", "doc", "tcvn3", ["144 /2002/QĐ/BTC", "86/2002/NĐ-CP", "63/NQ-UBTVQH10", "5521/VPCP-KTTH", "1803/1998/QĐ/BTC"]),
    ("ttlt-176-1998-btc-bcn-tchq.rtf", "rtf", "tcvn3", ["SỐ 176/1998/TTLT-BTC-BCN-TCHQ", "4830/KTTH", "2687/VPCP-KTTH"]),
    ("nq-hdtp.docx", "docx", "utf-8", ["Số: 01/2020/NQ-HĐTP", "92/2015/QH13", "04/2017/NQ-HĐTP"]),
    ("vbpl-vbhn-31-vpqh.html", "html", "utf-8", ["Luật 15/2012/QH13", "Luật 54/2014/QH13", "Luật 18/2017/QH14"]),
] as [(String, String, String, [String])])
func formatFixture(file: String, format: String, encoding: String, symbols: [String]) throws {
    let doc = try DocumentReader.read(path: TestData.path("fixtures/formats/\(file)"))
    #expect(doc.format == format)
    #expect(doc.encoding == encoding)
    for s in symbols { #expect(doc.text.contains(s), "\(s) in \(file)") }
}

/// A generated PDF of Thông tư 117/2000/TT-BTC (fixtures/formats/tt-117-2000-btc.pdf).
@Test(.enabled(if: TestData.has("pdftotext")))
func pdfFixture() throws {
    let doc = try DocumentReader.read(path: TestData.path("fixtures/formats/tt-117-2000-btc.pdf"))
    #expect(doc.format == "pdf")
    for s in ["40/2000 /TT-BTC", "176/1999/QĐ-TTg", "4537/VPCP-KTTH", "10/1998/NĐ-CP"] { #expect(doc.text.contains(s)) }
    // Page numbers in the footer are gone.
    #expect(!doc.text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "1" })
}

/// One document (Quyết định 144/2002/QĐ-BTC) in every format and encoding gives the same text.
@Test("same document, same text", arguments: [
    "qd-144-2002-btc.tcvn3.txt", "qd-144-2002-btc.vni.txt", "qd-144-2002-btc.cp1258.txt",
    "qd-144-2002-btc.utf16le.txt", "qd-144-2002-btc.utf16be.txt", "qd-144-2002-btc.utf8-bom.txt",
    "qd-144-2002-btc.mojibake.txt", "qd-144-2002-btc.tcvn3-in-utf8.txt", "qd-144-2002-btc.docx",
    "qd-144-2002-btc.vntime.docx", "qd-144-2002-btc.rtf", "qd-144-2002-btc.html",
    "../../../../fixtures/formats/qd-144-2002-btc.doc",
])
func sameDocument(file: String) throws {
    let reference = String(decoding: try TestData.bytes(TestData.data("same-document/qd-144-2002-btc.reference.txt")), as: UTF8.self)
    let doc = try DocumentReader.read(path: TestData.data("same-document/\(file)"))
    #expect(Agreement.flat(doc.text) == Agreement.flat(reference))
}

/// The PDF of the same document, with `1803/1998/` ending page 1 and `QĐ/BTC` starting page 2.
@Test(.enabled(if: TestData.has("pdftotext")))
func samePDF() throws {
    let reference = String(decoding: try TestData.bytes(TestData.data("same-document/qd-144-2002-btc.reference.txt")), as: UTF8.self)
    let doc = try DocumentReader.read(path: TestData.data("same-document/qd-144-2002-btc.pdf"))
    // Reading order puts the two header columns one after the other: same words, other order there.
    #expect(Agreement.words(doc.text).sorted() == Agreement.words(reference).sorted())
    #expect(Agreement.ratio(doc.text, reference) >= 0.97)
    #expect(doc.text.contains("Quyết định số 1803/1998/QĐ/BTC ngày 11/12/1998"))
}

/// HTML: page chrome, scripts, styles and hidden elements are dropped; the header table reads one
/// cell per line; entities are decoded; title and publication date go into the hints.
@Test func htmlStructure() throws {
    let doc = try DocumentReader.read(path: TestData.data("same-document/qd-144-2002-btc.html"))
    #expect(doc.hints.title == "Quyết định 144/2002/QĐ-BTC")
    #expect(doc.hints.date == "2002-11-22")
    for gone in ["Trang chủ", "Cổng thông tin", "888/QĐ-TTg", "999/2099", "777/2099", "Bản quyền"] { #expect(!doc.text.contains(gone)) }
    #expect(doc.text.hasPrefix("bộ tài chính\ncộng hoà xã hội chủ nghĩa Việt nam\n-0-\n"))
    #expect(doc.text.contains("ngày 10/10/1998 của Uỷ ban thường vụ Quốc hội khoá X;"))
}

/// Vietnamese portals' date labels, when no meta tag gives the date.
@Test("publication dates", arguments: [
    ("<html><body><p>Ngày đăng: 12/05/2024 08:30</p><p>Nội dung</p></body></html>", "2024-05-12"),
    ("<html><body><span>Cập nhật 3-1-2023</span></body></html>", "2023-01-03"),
    ("<html><head><meta itemprop=\"datePublished\" content=\"2021-07-09\"></head><body>x</body></html>", "2021-07-09"),
    ("<html><body><article><header><h1>Tin</h1><time datetime=\"2025-01-20T08:15:00+07:00\">20/01</time></header><p>x</p></article></body></html>", "2025-01-20"),
    ("<html><body><div class=\"article-meta\"><span class=\"date\">17/07/2019 08:30</span></div><p>x</p></body></html>", "2019-07-17"),
] as [(String, String)])
func publicationDate(html: String, date: String) throws {
    #expect(try DocumentReader.read(bytes: Array(html.utf8), name: "page.html").hints.date == date)
}

/// A page's headline: `og:title`, else `<title>` without the site's name after its last separator.
@Test("page titles", arguments: [
    ("<html><head><title>Sơn La triển khai Nghị quyết 57 - Báo Sơn La</title></head><body>x</body></html>",
     "Sơn La triển khai Nghị quyết 57"),
    ("<html><head><title>Sơn La triển khai Nghị quyết 57 | Cổng thông tin điện tử tỉnh</title></head><body>x</body></html>",
     "Sơn La triển khai Nghị quyết 57"),
    ("<html><head><title>Luật 15/2012/QH13 - Xử lý vi phạm hành chính</title></head><body>x</body></html>",
     "Luật 15/2012/QH13 - Xử lý vi phạm hành chính"),
    ("<html><head><title>Trang chủ - Báo</title><meta property=\"og:title\" content=\"Hà Nội ban hành Kế hoạch 89\"></head><body>x</body></html>",
     "Hà Nội ban hành Kế hoạch 89"),
] as [(String, String)])
func pageTitle(html: String, title: String) throws {
    #expect(try DocumentReader.read(bytes: Array(html.utf8), name: "page.html").hints.title == title)
}

/// Format detection looks at the content first: `.doc` files that are RTF or HTML, extensionless files.
@Test("format from content", arguments: [
    ("{\\rtf1\\ansi Ngh\\'de \\'ae\\'dénh}", "old.doc", DocumentFormat.rtf),
    ("<!DOCTYPE html><html><body>x</body></html>", "page.doc", .html),
    ("<!-- cache --><html><body>x</body></html>", "noext", .html),
    ("%PDF-1.4 …", "scan", .pdf),
    ("Quyết định số 12/QĐ-UBND", "note.doc", .txt),
    ("Quyết định số 12/QĐ-UBND", "note", .txt),
] as [(String, String, DocumentFormat)])
func sniffing(content: String, name: String, format: DocumentFormat) throws {
    #expect(try DocumentFormat.detect(bytes: Array(content.utf8), name: name) == format)
}

/// HTML: an article's own `<header>` is text (the site's is dropped); a footnote mark in `<sup>` stays apart from the symbol.
@Test func htmlArticleHeaderAndFootnoteMarks() throws {
    let html = "<html><body><header>Cổng thông tin</header><article><header><h1>Triển khai Nghị quyết 57-NQ/TW</h1></header>"
        + "<p>Căn cứ Thông tư số 05/2018/TT-BGDĐT<sup>2</sup> ngày 28/2/2018; diện tích 100 m<sup>2</sup>.</p></article></body></html>"
    let doc = try DocumentReader.read(bytes: Array(html.utf8), name: "x.html")
    #expect(doc.text == "Triển khai Nghị quyết 57-NQ/TW\nCăn cứ Thông tư số 05/2018/TT-BGDĐT[²] ngày 28/2/2018; diện tích 100 m².")
}

/// RTF: a footnote's text goes after the body, not into the sentence that carries its mark.
@Test func rtfFootnotesAfterBody() throws {
    let rtf = "{\\rtf1\\ansi Căn cứ Nghị định số 57/2002/NĐ-CP{\\super\\chftn}{\\footnote\\pard {\\super\\chftn} Được sửa đổi bởi Nghị định số 24/2006/NĐ-CP.}"
        + " quy định chi tiết;\\par Điều 1.\\par}"
    let doc = try DocumentReader.read(bytes: Array(rtf.utf8), name: "x.rtf")
    #expect(doc.text == "Căn cứ Nghị định số 57/2002/NĐ-CP quy định chi tiết;\nĐiều 1.\n\nĐược sửa đổi bởi Nghị định số 24/2006/NĐ-CP.")
}

/// VNI text whose tone mark Word wrote in a run (DOCX) or group (RTF) of its own is decoded with the letter before it.
@Test func vniAcrossRuns() throws {
    // `Quyeát` in VNI is `Quyết`: `Quye` and `át` in two groups of the same font.
    let rtf = "{\\rtf1\\ansi{\\fonttbl{\\f1 VNI-Times;}}{\\f1 Quye}{\\f1 \\'e1t ñònh}\\par}"
    #expect(try DocumentReader.read(bytes: Array(rtf.utf8), name: "x.rtf").text.hasPrefix("Quyết"))
}

/// RTF: font-table decoding, `\uN` escapes with their fallback skipped, skipped destinations.
@Test func rtfEscapes() throws {
    let rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1{\\*\\panose 0}.VnTime;}}"
        + "{\\info{\\title Nghi dinh 1/2000/ND-CP}}{\\*\\generator Word;}"
        + "\\f1 S\\'e8 120/2000/TTLT-BTC-BCN-TCHQ ng\\'b5y 25 th\\'b8ng 12\\par "
        + "\\f0\\uc1 Ngh\\u7883?\\u32?\\u273?\\u7883?nh s\\u7889\\'3f 30/2020/N\\u272?-CP\\cell Hai\\cell\\row}"
    let doc = try DocumentReader.read(bytes: Array(rtf.utf8), name: "x.rtf")
    #expect(doc.text == "Số 120/2000/TTLT-BTC-BCN-TCHQ ngày 25 tháng 12\nNghị định số 30/2020/NĐ-CP\nHai")
    #expect(doc.encoding == "utf-8+tcvn3")
}

/// The built-in Word reader and antiword agree on the real `.doc` fixture.
@Test(.enabled(if: TestData.has("antiword")))
func wordReaderMatchesAntiword() throws {
    let path = TestData.path("fixtures/formats/qd-144-2002-btc.doc")
    let builtIn = try DOCReader.readBuiltIn(try TestData.bytes(path))
    let out = try DOCReader.antiword.run(["-w", "0", "-m", "UTF-8.txt", "{}"], input: InputFile(path: path, bytes: [], suffix: "doc"))
    let viaAntiword = VietnameseDecoder.repair(DOCReader.tidy(String(decoding: out.stdout, as: UTF8.self)))
    // They differ only where antiword writes `[pic]` for the header rule.
    #expect(Agreement.ratio(builtIn.text, viaAntiword.text) >= 0.98)
}

/// DOCX structure: tabs and breaks, table cells on their own lines, field codes, deleted text and
/// compatibility fallbacks dropped, `.VnTimeH` runs upper-cased, footnotes then headers appended.
@Test func docxStructure() throws {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    func part(_ body: String) -> String { "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(w)\" xmlns:mc=\"\(mc)\"><w:body>\(body)</w:body></w:document>" }
    let document = part("""
        <w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTimeH"/></w:rPr><w:t>ChÝnh phñ</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:t>Số: 30/2020/NĐ-CP</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t xml:space="preserve">Căn cứ </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:t>Luật số 80/2015/QH13</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:del><w:r><w:delText>Luật số 99/2099/QH99</w:delText></w:r></w:del><w:r><w:t>;</w:t><w:tab/><w:t>Điều 1</w:t><w:br/><w:t>Điều 2</w:t></w:r>\
        <w:r><w:footnoteReference w:id="1"/></w:r></w:p>\
        <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Hộp văn bản</w:t></w:r></mc:Choice>\
        <mc:Fallback><w:r><w:t>Hộp văn bản</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>\
        <w:p><w:r><w:t>Hạnh phúc</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Số: 12/QĐ-UBND</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>\
        <w:p><w:moveFrom><w:r><w:t>Thông tư 36/2018/TT-BTC</w:t></w:r></w:moveFrom><w:r><w:t>Điều 3</w:t></w:r></w:p>
        """)
    let notes = "<w:footnotes xmlns:w=\"\(w)\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Xem Thông tư 01/2021/TT-BTP.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    let header = "<w:hdr xmlns:w=\"\(w)\"><w:p><w:r><w:t>CÔNG BÁO/Số 12</w:t></w:r></w:p></w:hdr>"
    let footer = "<w:ftr xmlns:w=\"\(w)\"><w:p><w:r><w:t>7</w:t></w:r></w:p></w:ftr>"
    let rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"r2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
        + "<Relationship Id=\"r3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/></Relationships>"
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in [("word/document.xml", document), ("word/footnotes.xml", notes), ("word/header1.xml", header),
                         ("word/header2.xml", header), ("word/footer1.xml", footer), ("word/_rels/document.xml.rels", rels)] {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }
    }
    let doc = try DocumentReader.read(bytes: [UInt8](archive.data!), name: "x.docx")
    // A text box stands on lines of its own; text a tracked move took away is not read (its new place is).
    #expect(doc.text == "CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\n\nCăn cứ Luật số 80/2015/QH13;\tĐiều 1\nĐiều 2\nHộp văn bản\nHạnh phúc\nSố: 12/QĐ-UBND\nĐiều 3\n\nXem Thông tư 01/2021/TT-BTP.\n\nCÔNG BÁO/Số 12")
    #expect(doc.encoding == "utf-8+tcvn3")
}

/// A raised number in a DOCX run is a footnote mark apart from the word before it, or a unit's power after `m`.
@Test func docxRaisedNumbers() throws {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    func raised(_ t: String) -> String { "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>\(t)</w:t></w:r>" }
    let document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(w)\"><w:body><w:p><w:r><w:t>Căn cứ Quyết định</w:t></w:r>"
        + raised("3") + "<w:r><w:t xml:space=\"preserve\"> và Nghị định 168/2024/NĐ-CP</w:t></w:r>" + raised("12")
        + "<w:r><w:t xml:space=\"preserve\">; diện tích 50 m</w:t></w:r>" + raised("2") + "<w:r><w:t>.</w:t></w:r>"
        + raised("a") + "</w:p></w:body></w:document>"
    let archive = try Archive(data: Data(), accessMode: .create)
    let data = Data(document.utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
        data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
    }
    let doc = try DocumentReader.read(bytes: [UInt8](archive.data!), name: "x.docx")
    #expect(doc.text == "Căn cứ Quyết định[³] và Nghị định 168/2024/NĐ-CP[¹²]; diện tích 50 m².a")
}

@Test("portal menus named by class are dropped; content classes stay", arguments: [
    ("left-menu", true), ("topMenu", true), ("menu-container", true), ("nav_bar", true), ("breadcrumb", true),
    ("content", false), ("box-content-01", false), ("article-header", false), ("menuitem", false), ("fulltext", false),
])
func chromeClasses(cls: String, dropped: Bool) throws {
    #expect(HTMLReader.isChromeClass(cls) == dropped)
    let doc = try DocumentReader.read(bytes: Array("<html><body><div class=\"\(cls)\">Văn bản hợp nhất</div><p>Nội dung</p></body></html>".utf8), name: "x.html")
    #expect(doc.text.contains("Văn bản hợp nhất") == !dropped)
}
