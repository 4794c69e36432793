// The type line of an official document's header (Nghị định 30/2020/NĐ-CP, Phụ lục I): the kind in capitals on a
// line of its own, sometimes with the name (`LUẬT GIÁO DỤC`). Kept apart from the prose type words of
// TypeTable.swift on purpose: a type line has forms of its own (`BẢN QUY ĐỊNH`, `THÔNG TƯ LIÊN BỘ`), while
// prose has abbreviations (`NĐ`, `QĐ`), `văn bản` and English words that never make a type line.

/// Type lines and the kind they give.
let headerTypeLineTableText = """
QUYẾT ĐỊNH | Quyết định
NGHỊ ĐỊNH | Nghị định
NGHỊ QUYẾT | Nghị quyết
NGHỊ QUYẾT LIÊN TỊCH | Nghị quyết liên tịch
THÔNG TƯ | Thông tư
THÔNG TƯ LIÊN TỊCH | Thông tư liên tịch
THÔNG TƯ LIÊN BỘ | Thông tư liên bộ
CHỈ THỊ | Chỉ thị
LUẬT | Luật
BỘ LUẬT | Bộ luật
PHÁP LỆNH | Pháp lệnh
HIẾN PHÁP | Hiến pháp
LỆNH | Lệnh
SẮC LỆNH | Sắc lệnh
CÔNG ĐIỆN | Công điện
CÔNG VĂN | Công văn
KẾ HOẠCH | Kế hoạch
THÔNG BÁO | Thông báo
THÔNG BÁO KẾT LUẬN | Thông báo
THÔNG CÁO | Thông cáo
THÔNG TRI | Thông tri
BÁO CÁO | Báo cáo
HƯỚNG DẪN | Hướng dẫn
QUY ĐỊNH | Quy định
QUY CHẾ | Quy chế
ĐIỀU LỆ | Điều lệ
VĂN BẢN HỢP NHẤT | Văn bản hợp nhất
TỜ TRÌNH | Tờ trình
KẾT LUẬN | Kết luận
CHƯƠNG TRÌNH | Chương trình
ĐỀ ÁN | Đề án
PHƯƠNG ÁN | Phương án
BIÊN BẢN | Biên bản
BẢN ÁN | Bản án
BẢN QUY ĐỊNH | Quy định
BẢN HƯỚNG DẪN | Hướng dẫn
BẢN ĐIỀU LỆ | Điều lệ
ÁN LỆ | Án lệ
GIẤY MỜI | Giấy mời
"""
