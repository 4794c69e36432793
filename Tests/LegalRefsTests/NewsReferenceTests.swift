import Testing
@testable import LegalRefs

/// The ids found in a text (references with an id only), in text order.
private func ids(_ text: String) -> [String] {
    Extractor.extract(TextNormalizer.normalize(text)).references.compactMap(\.id)
}

/// A Party symbol written the State way (`N/TYPE-ORGAN`) reads as the Party one; State symbols stay as written.
@Test(arguments: [
    ("Nghị quyết 18/NQ-TW của Hội nghị Trung ương 6 khóa XII", "18-NQ/TW"),
    ("Nghị quyết 57/NQ-TW của Bộ Chính trị", "57-NQ/TW"),
    ("Chỉ thị 05/CT-TW của Bộ Chính trị", "05-CT/TW"),
    ("Kết luận 06/KL-TU của Tỉnh ủy Nghệ An", "06-KL/TU"),
    ("Thông báo số 234/TB-HU của Huyện ủy", "234-TB/HU"),
    ("Hướng dẫn 36/HD-VPTW", "36-HD/VPTW"),
    ("Nghị quyết số 57-NQ/TW", "57-NQ/TW"),
    ("Quyết định 1744/QĐ-UBND", "1744/QĐ-UBND"),
    ("Chỉ thị 16/CT-TTg", "16/CT-TTg"),
    ("Nghị quyết 35/NQ-CP", "35/NQ-CP"),
    ("Công văn 12/UBND-VX", "12/UBND-VX"),
    ("Quyết định số 15/2019/QĐ-UBND", "15/2019/QĐ-UBND"),
])
func partySymbolWrittenStateWay(text: String, id: String) {
    #expect(ids(text) == [id])
}

/// Bus routes and report-annex forms are no documents.
@Test(arguments: [
    "Tuyến buýt số 03/BRT và tuyến 32/KL.",
    "Tuyến buýt số 05/R16 và tuyến số 68/TL được mở mới.",
    "Phiếu số 01/PLI và Biểu số 02/BCĐP kèm theo báo cáo.",
])
func routeAndFormCodes(text: String) {
    #expect(ids(text).isEmpty)
}

