import Testing
@testable import LegalRefs

/// A fixture marks each expected reference with ⟦ ⟧; the extractor must report exactly those spans
/// (offsets in Unicode scalars of the unmarked text).
func markedSpans(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var text = String.UnicodeScalarView()
    var spans: [Range<Int>] = []
    var open = 0
    for u in marked.unicodeScalars {
        if u == "⟦" { open = text.count } else if u == "⟧" { spans.append(open..<text.count) } else { text.append(u) }
    }
    return (String(text), spans)
}

@Test("reference spans match the marked positions", arguments: [
    "Thực hiện ⟦Quyết định số 1744/QĐ-UBND  ngày 16/7/2019 của Ủy ban nhân dân tỉnh⟧ và hướng dẫn của Sở.",
    "theo ⟦Nghị quyết số 51/2017/QH14 của Quốc hội⟧, ⟦Quyết định số 404/QĐ-TTg ngày 27/3/2019⟧, ⟦Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ⟧, Đề án",
    "Căn cứ ⟦Luật Tổ chức chính quyền địa phương số 77/2015/QH13⟧;",
    "Đồng chí Nguyễn Văn A phát biểu. Năm học 2019 - 2020, lớp 10/2 đạt 9,5 điểm.",
    "áp dụng ⟦điểm a khoản 4 Điều 20 Thông tư số 22/2019/TT-NHNN⟧ đối với",
])
func spans(marked: String) {
    let (text, spans) = markedSpans(marked)
    let refs = Extractor.extract(text).references
    #expect(refs.map { $0.start..<$0.end } == spans)
    let scalars = Array(text.unicodeScalars)
    for r in refs {
        var s = String.UnicodeScalarView(); s.append(contentsOf: scalars[r.start..<r.end])
        #expect(String(s) == r.text)
    }
}

@Test("the seed article yields its ten numbered references")
func seedArticle() throws {
    // The provincial news article the project started from (fixtures/so-gddt-son-la-2019.txt), inlined
    // in part: the sentences that carry references.
    let text = """
    căn cứ Khung thời gian năm học 2019 - 2020 ban hành theo Quyết định số 1744/QĐ-UBND  ngày 16/7/2019 của Ủy ban nhân dân tỉnh và các văn bản chỉ đạo
    - Thứ ba, tập trung triển khai có hiệu quả công tác đổi mới chương trình giáo dục phổ thông mới theo Nghị quyết số 51/2017/QH14 của Quốc hội, Quyết định số 404/QĐ-TTg ngày 27/3/2019, Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ, Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025 ban hành theo Quyết định số 1667/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ
    """
    let ids = Extractor.extract(text).references.compactMap(\.id)
    #expect(ids == ["1744/QĐ-UBND", "51/2017/QH14", "404/QĐ-TTg", "16/CT-TTg", "1667/QĐ-TTg"])
}
