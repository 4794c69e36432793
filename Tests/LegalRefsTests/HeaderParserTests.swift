import Foundation
import Testing
@testable import LegalRefs

/// A document head and what its header says. Nil fields are not checked; use "∅" to require nil.
struct HeaderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    var symbol: String? = nil
    var status: SymbolStatus? = nil
    var kind: String? = nil
    var issuer: String? = nil
    var code: String? = nil
    var locality: String? = nil
    var date: String? = nil
    var title: String? = nil
    var signer: String? = nil
    var context: String? = nil
    var official: Bool? = nil
    var testDescription: String { name }
}

func check(_ got: String?, _ want: String?, _ field: String, _ name: String) {
    guard let want else { return }
    if want == "∅" { #expect(got == nil, "\(name): \(field)") } else { #expect(got == want, "\(name): \(field)") }
}

@Suite("Document headers")
struct HeaderParserTests {
    static let cases: [HeaderCase] = [
        // The number wrapped after its `-` (portal layouts), or written with spaced separators.
        HeaderCase(name: "number wrapped after its hyphen", text: """
            ỦY BAN NHÂN DÂN
            TỈNH THANH HÓA
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 1234/QĐ-
            UBND
            Thanh Hóa, ngày 05 tháng 3 năm 2024
            QUYẾT ĐỊNH
            Về việc phê duyệt kế hoạch
            """, symbol: "1234/QĐ-UBND", kind: "Quyết định", code: "UBND", date: "2024-03-05"),
        HeaderCase(name: "number with a spaced hyphen", text: """
            CHÍNH PHỦ
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 24/2000/NĐ - CP
            Hà Nội, ngày 31 tháng 7 năm 2000
            NGHỊ ĐỊNH
            """, symbol: "24/2000/NĐ-CP", kind: "Nghị định", code: "CP"),
        HeaderCase(name: "a lower-case place after the number on its line", text: """
            BỘ TÀI CHÍNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số:  144 /2002/QĐ/BTC   Hà nội, ngày  22  tháng 11 năm 2002
            QUYẾT ĐỊNH
            """, symbol: "144/2002/QĐ/BTC", date: "2002-11-22"),
        HeaderCase(name: "the place and date after a number whose code is mixed case", text: """
            THỦ TƯỚNG CHÍNH PHỦ                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                  Độc lập - Tự do - Hạnh phúc
            Số: 1436/QĐ-TTg                      Hà Nội, ngày 15 tháng 11 năm 2024
            QUYẾT ĐỊNH
            """, symbol: "1436/QĐ-TTg", code: "TTg", date: "2024-11-15"),
        HeaderCase(name: "the place and date after a letter's number, a tab between", text: """
            BỘ GIÁO DỤC VÀ ĐÀO TẠO
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 4567/BGDĐT-GDTrH	Hà Nội, ngày 20 tháng 8 năm 2024
            V/v hướng dẫn thực hiện nhiệm vụ
            """, symbol: "4567/BGDĐT-GDTrH", date: "2024-08-20"),
        HeaderCase(name: "number with a spaced slash", text: """
            ỦY BAN NHÂN DÂN
            TỈNH SƠN LA
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số : 1744 / QĐ-UBND
            Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            """, symbol: "1744/QĐ-UBND", code: "UBND", date: "2019-07-16"),
        HeaderCase(name: "provincial decision", text: """
            ỦY BAN NHÂN DÂN
            TỈNH SƠN LA
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 1744/QĐ-UBND
            Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2019-2020 CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            QUYẾT ĐỊNH:
            Điều 1. Phê duyệt kế hoạch.
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT, VX.
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Văn A

            """, symbol: "1744/QĐ-UBND", status: .present, kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Sơn La", code: "UBND",
            date: "2019-07-16", title: "Về việc phê duyệt kế hoạch thực hiện nhiệm vụ năm học 2019-2020 của Sở Giáo dục và Đào tạo",
            signer: "Nguyễn Văn A", context: "tỉnh Sơn La", official: true),
        HeaderCase(name: "flattened two-column header", text: """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
            Số: 1744/QĐ-UBND Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            Về việc phê duyệt kế hoạch
            """, symbol: "1744/QĐ-UBND", kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Sơn La", date: "2019-07-16",
            title: "Về việc phê duyệt kế hoạch", context: "tỉnh Sơn La"),
        HeaderCase(name: "department under a province, seat town in the date line", text: """
            UBND TỈNH BÌNH PHƯỚC
            SỞ Y TẾ
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 245/SYT-NVY
            V/v triển khai Thông tư số 20/2017/TT-BYT
            Đồng Xoài, ngày 12 tháng 3 năm 2018
            Kính gửi: Các bệnh viện trong tỉnh.
            """, symbol: "245/SYT-NVY", kind: "Công văn", issuer: "Sở Y tế tỉnh Bình Phước", code: "SYT", date: "2018-03-12",
            title: "triển khai Thông tư số 20/2017/TT-BYT", context: "tỉnh Bình Phước"),
        HeaderCase(name: "decree", text: """
            CHÍNH PHỦ
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 127/2018/NĐ-CP
            Hà Nội, ngày 21 tháng 9 năm 2018
            NGHỊ ĐỊNH
            Quy định trách nhiệm quản lý nhà nước về giáo dục
            Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
            Chính phủ ban hành Nghị định quy định trách nhiệm quản lý nhà nước về giáo dục.
            Chương I
            """, symbol: "127/2018/NĐ-CP", kind: "Nghị định", issuer: "Chính phủ", code: "CP", date: "2018-09-21",
            title: "Quy định trách nhiệm quản lý nhà nước về giáo dục", context: "∅", official: true),
        HeaderCase(name: "law with `Luật số`", text: """
            QUỐC HỘI
            --------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Luật số: 10/2012/QH13
            Hà Nội, ngày 18 tháng 6 năm 2012
            BỘ LUẬT LAO ĐỘNG
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;
            Quốc hội ban hành Bộ luật lao động.
            """, symbol: "10/2012/QH13", kind: "Bộ luật", issuer: "Quốc hội", code: "QH13", date: "2012-06-18", title: "Bộ luật lao động"),
        HeaderCase(name: "law without a date line: the passage sentence", text: """
            LUẬT
            CÔNG CHỨNG
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            Quốc hội ban hành Luật Công chứng.
            Chương I
            Điều 1. Phạm vi điều chỉnh
            Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 26 tháng 11 năm 2024.
            CHỦ TỊCH QUỐC HỘI
            Trần Thanh Mẫn

            """, status: .absent, kind: "Luật", issuer: "Quốc hội", date: "2024-11-26", title: "Luật Công chứng", signer: "Trần Thanh Mẫn"),
        HeaderCase(name: "constitution passed in 1946", text: """
            HIẾN PHÁP
            NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ (QUỐC HỘI NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ THÔNG QUA NGÀY 9-11-1946)
            LỜI NÓI ĐẦU
            Cuộc cách mạng tháng Tám đã giành lại chủ quyền cho đất nước.
            """, status: .absent, kind: "Hiến pháp", issuer: "Quốc hội", date: "1946-11-09"),
        HeaderCase(name: "unfilled template", text: """
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số:      /QĐ-UBND
            Lào Cai, ngày … tháng … năm 2023
            QUYẾT ĐỊNH
            Ban hành quy chế làm việc
            """, symbol: "/QĐ-UBND", status: .blank, kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Lào Cai", date: "∅"),
        HeaderCase(name: "draft dated in its stamp", text: """
            CHÍNH PHỦ
            --------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: /2025/NĐ-CP
            Hà Nội, ngày tháng năm 2025
            DỰ THẢO 21/10/2024
            NGHỊ ĐỊNH
            QUY ĐỊNH VỀ QUẢN LÝ MỸ PHẨM
            """, symbol: "/2025/NĐ-CP", status: .blank, kind: "Nghị định", issuer: "Chính phủ", date: "2024-10-21",
            title: "Quy định về quản lý mỹ phẩm"),
        HeaderCase(name: "ministry department with a typo in the prime minister's title", text: """
            THỦ TUỚNG CHÍNH PHỦ
            --------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 41/CĐ-TTg
            Hà Nội ngày 17 tháng 4 năm 2025
            CÔNG ĐIỆN
            VỀ XỬ LÝ VỤ VIỆC SẢN XUẤT HÀNG GIẢ
            THỦ TƯỚNG CHÍNH PHỦ điện:
            """, symbol: "41/CĐ-TTg", kind: "Công điện", issuer: "Thủ tướng Chính phủ", code: "TTg", date: "2025-04-17",
            title: "Về xử lý vụ việc sản xuất hàng giả"),
        HeaderCase(name: "department of a ministry", text: """
            BỘ Y TẾ
            CỤC QUẢN LÝ
            Y, DƯỢC CỔ TRUYỀN
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 100/QĐ-YDCT
            Hà Nội, ngày 04 tháng 04 năm 2025
            QUYẾT ĐỊNH
            """, symbol: "100/QĐ-YDCT", issuer: "Cục Quản lý Y, Dược cổ truyền", code: "YDCT", date: "2025-04-04", context: "∅"),
        HeaderCase(name: "consolidated text repeating its source's type line", text: """
            BỘ QUỐC PHÒNG
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 08/VBHN-BQP
            Hà Nội, ngày 10 tháng 03 năm 2025
            NGHỊ ĐỊNH
            QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DÂN QUÂN TỰ VỆ
            """, symbol: "08/VBHN-BQP", kind: "Văn bản hợp nhất", issuer: "Bộ Quốc phòng", code: "BQP", date: "2025-03-10"),
        HeaderCase(name: "Party central document", text: """
            BAN CHẤP HÀNH TRUNG ƯƠNG
            *
            Số 29-NQ/TW
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hà Nội, ngày 04 tháng 11 năm 2013
            NGHỊ QUYẾT
            HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI
            về đổi mới căn bản, toàn diện giáo dục và đào tạo
            Nơi nhận:
            - Các tỉnh ủy, thành ủy,
            T/M BAN CHẤP HÀNH TRUNG ƯƠNG
            TỔNG BÍ THƯ
            Nguyễn Phú Trọng

            """, symbol: "29-NQ/TW", kind: "Nghị quyết", issuer: "Ban Chấp hành Trung ương", code: "TW", date: "2013-11-04",
            signer: "Nguyễn Phú Trọng", official: true),
        HeaderCase(name: "Party document signed for the Politburo", text: """
            BAN CHẤP HÀNH TRUNG ƯƠNG
            *
            Số 31-QĐ/TW
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hà Nội, ngày 01 tháng 10 năm 1997
            QUY ĐỊNH
            về thể loại văn bản
            Nơi nhận:
            - Lưu Văn phòng Trung ương.
            T/M BỘ CHÍNH TRỊ
            Lê Khả Phiêu

            """, symbol: "31-QĐ/TW", kind: "Quy định", issuer: "Bộ Chính trị", date: "1997-10-01", signer: "Lê Khả Phiêu"),
        HeaderCase(name: "district Party committee", text: """
            ĐẢNG BỘ TỈNH THÁI NGUYÊN
            HUYỆN ỦY ĐỊNH HÓA
            *
            Số 127-QĐ/HU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Định Hóa, ngày 20 tháng 02 năm 2018
            QUYẾT ĐỊNH
            về việc thành lập Ban Chỉ đạo
            """, symbol: "127-QĐ/HU", kind: "Quyết định", issuer: "Huyện ủy Định Hóa", code: "HU", date: "2018-02-20",
            context: "tỉnh Thái Nguyên"),
        // A district's office under its People's Committee takes the district after its own name.
        HeaderCase(name: "district office under the district's People's Committee", text: """
            UBND HUYỆN BA VÌ
            PHÒNG NỘI VỤ
            Số: 12/QĐ-PNV
            Ba Vì, ngày 10 tháng 10 năm 2023
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Phòng Nội vụ huyện Ba Vì", locality: "huyện Ba Vì"),
        HeaderCase(name: "district office with a hyphenated name", text: """
            UBND HUYỆN CỦ CHI
            PHÒNG TÀI CHÍNH - KẾ HOẠCH
            Số: 56/TCKH
            Củ Chi, ngày 10 tháng 10 năm 2023
            V/v abc
            """, issuer: "Phòng Tài chính - Kế hoạch huyện Củ Chi", locality: "huyện Củ Chi"),
        HeaderCase(name: "office of a city under its People's Committee", text: """
            UBND THÀNH PHỐ THỦ ĐỨC
            PHÒNG QUẢN LÝ ĐÔ THỊ
            Số: 12/QĐ-QLĐT
            Thủ Đức, ngày 10 tháng 10 năm 2023
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Phòng Quản lý đô thị thành phố Thủ Đức", locality: "thành phố Thủ Đức"),
        HeaderCase(name: "a body outside the tables on the line under the district", text: """
            UBND HUYỆN BA VÌ
            TRUNG TÂM VĂN HÓA THỂ THAO
            Số: 12/QĐ-TTVH
            Ba Vì, ngày 10 tháng 10 năm 2023
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Trung tâm Văn hóa thể thao huyện Ba Vì", locality: "huyện Ba Vì"),
        HeaderCase(name: "a district named with a head noun's word, on its own line", text: """
            ỦY BAN NHÂN DÂN
            HUYỆN VỤ BẢN
            Số: 12/QĐ-UBND
            Vụ Bản, ngày 10 tháng 10 năm 2023
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Ủy ban nhân dân huyện Vụ Bản", locality: "huyện Vụ Bản"),
        // A Party body inside a State body is named with it.
        HeaderCase(name: "Party committee of a ministry", text: """
            ĐẢNG BỘ CHÍNH PHỦ
            ĐẢNG ỦY BỘ TÀI CHÍNH
            *
            Số 123-CV/ĐU
            V/v lấy ý kiến góp ý dự thảo văn kiện
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hà Nội, ngày 10 tháng 4 năm 2025
            Kính gửi: Các tổ chức đảng trực thuộc.
            """, symbol: "123-CV/ĐU", kind: "Công văn", issuer: "Đảng ủy Bộ Tài chính", locality: "∅", date: "2025-04-10"),
        HeaderCase(name: "Party committee of a department takes the province", text: """
            ĐẢNG BỘ TỈNH HÀ TĨNH
            ĐẢNG ỦY SỞ Y TẾ
            *
            Số 12-NQ/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hà Tĩnh, ngày 5 tháng 6 năm 2023
            NGHỊ QUYẾT
            về công tác cán bộ
            """, issuer: "Đảng ủy Sở Y tế tỉnh Hà Tĩnh", locality: "tỉnh Hà Tĩnh"),
        HeaderCase(name: "Party affairs committee of a province's People's Committee", text: """
            ĐẢNG CỘNG SẢN VIỆT NAM
            BAN CÁN SỰ ĐẢNG UBND TỈNH HÀ TĨNH
            *
            Số 45-KH/BCSĐ
            Hà Tĩnh, ngày 10 tháng 5 năm 2023
            KẾ HOẠCH
            thực hiện Kết luận số 14-KL/TW của Bộ Chính trị
            """, symbol: "45-KH/BCSĐ", kind: "Kế hoạch", issuer: "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh", code: "BCSĐ",
            locality: "tỉnh Hà Tĩnh", date: "2023-05-10"),
        HeaderCase(name: "Party committee of a province's Party agencies", text: """
            ĐẢNG BỘ TỈNH QUẢNG NINH
            ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH
            *
            Số 56-HD/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Quảng Ninh, ngày 2 tháng 8 năm 2025
            HƯỚNG DẪN
            về tổ chức đại hội chi bộ
            """, issuer: "Đảng ủy các cơ quan Đảng tỉnh Quảng Ninh", locality: "tỉnh Quảng Ninh"),
        HeaderCase(name: "commune Party committee keeps its commune", text: """
            ĐẢNG BỘ HUYỆN BA VÌ
            ĐẢNG ỦY XÃ TẢN LĨNH
            *
            Số 12-NQ/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Ba Vì, ngày 5 tháng 6 năm 2023
            NGHỊ QUYẾT
            về công tác cán bộ
            """, issuer: "Đảng ủy xã Tản Lĩnh", locality: "xã Tản Lĩnh"),
        // An organ of a Party committee is named after the committee.
        HeaderCase(name: "inspection commission of a provincial Party committee", text: """
            TỈNH ỦY NGHỆ AN
            ỦY BAN KIỂM TRA
            *
            Số 234-TB/UBKTTU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Vinh, ngày 12 tháng 9 năm 2024
            THÔNG BÁO
            kết luận kỳ họp thứ 15
            """, issuer: "Ủy ban Kiểm tra Tỉnh ủy Nghệ An", locality: "tỉnh Nghệ An"),
        HeaderCase(name: "board of a district Party committee named by its bare place", text: """
            HUYỆN ỦY ĐỊNH HÓA
            BAN TUYÊN GIÁO
            *
            Số 12-HD/BTGHU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Định Hóa, ngày 5 tháng 6 năm 2023
            HƯỚNG DẪN
            về công tác tuyên truyền
            """, issuer: "Ban Tuyên giáo Huyện ủy Định Hóa", locality: "huyện Định Hóa"),
        HeaderCase(name: "a Party committee of the tables under a provincial committee keeps the province", text: """
            TỈNH ỦY SƠN LA
            ĐẢNG ỦY KHỐI CÁC CƠ QUAN
            *
            Số 12-NQ/ĐUK
            ĐẢNG CỘNG SẢN VIỆT NAM
            Sơn La, ngày 5 tháng 6 năm 2023
            NGHỊ QUYẾT
            về công tác cán bộ
            """, issuer: "Đảng ủy Khối các cơ quan tỉnh Sơn La", locality: "tỉnh Sơn La"),
        // A certified copy's block above the original's header is not the document.
        HeaderCase(name: "certified copy block above the original header", text: """
            UBND TỈNH LÀO CAI
            VĂN PHÒNG
            SAO Y BẢN CHÍNH
            Số: 45/SY-VP
            Lào Cai, ngày 20 tháng 7 năm 2023
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 1820/QĐ-UBND
            Lào Cai, ngày 18 tháng 7 năm 2023
            QUYẾT ĐỊNH
            Về việc phê duyệt danh mục dự án
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """, symbol: "1820/QĐ-UBND", kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Lào Cai", code: "UBND",
            locality: "tỉnh Lào Cai", date: "2023-07-18", title: "Về việc phê duyệt danh mục dự án"),
        HeaderCase(name: "court judgment", text: """
            TÒA ÁN NHÂN DÂN TỈNH BÌNH DƯƠNG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bản án số: 17/2018/HS-ST
            Ngày: 26-01-2018
            NHÂN DANH
            NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TÒA ÁN NHÂN DÂN TỈNH BÌNH DƯƠNG
            Ngày 26 tháng 01 năm 2018, tại trụ sở xét xử sơ thẩm vụ án thụ lý số 100/2017/TLST-HS ngày 01 tháng 12 năm 2017.
            """, symbol: "17/2018/HS-ST", kind: "Bản án", issuer: "Tòa án nhân dân tỉnh Bình Dương", date: "2018-01-26",
            context: "tỉnh Bình Dương"),
        HeaderCase(name: "legal library page without the header", text: """
            Đang tải văn bản...
            #
            Số hiệu:
            4001/UBND-ĐT
            Loại văn bản:
            Công văn
            Nơi ban hành:
            Thành phố Hồ Chí Minh
            Người ký:
            Bùi Minh Thạnh
            Ngày ban hành:
            24/11/2025
            Tình trạng:
            Đã biết
            Kính gửi:
            - Sở Tài chính.
            Thực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ.
            """, symbol: "4001/UBND-ĐT", kind: "Công văn", issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh", date: "2025-11-24",
            signer: "Bùi Minh Thạnh", official: true),
        HeaderCase(name: "news page of a provincial department", text: """
            CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA
            Trang chủ | Tin tức | Văn bản
            # Triển khai Quyết định số 1744/QĐ-UBND về kế hoạch năm học
            Cập nhật: 18/07/2019
            Thực hiện Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của Ủy ban nhân dân tỉnh, Sở đã triển khai.
            """, status: .absent, kind: "∅", issuer: "∅", date: "2019-07-18",
            title: "Triển khai Quyết định số 1744/QĐ-UBND về kế hoạch năm học", context: "tỉnh Sơn La", official: false),
        // News pages: a title may open with a date; the dateline under it is the publication date.
        HeaderCase(name: "news title opening with a date, weekday dateline", text: """
            Từ 1/7/2025, học phí mầm non công lập được miễn hoàn toàn

            Thứ Ba, 24/06/2025 - 14:30

            Quốc hội đã thông qua Nghị quyết số 217/2025/QH15 về miễn học phí.
            """, status: .absent, kind: "∅", date: "2025-06-24",
            title: "Từ 1/7/2025, học phí mầm non công lập được miễn hoàn toàn", official: false),
        HeaderCase(name: "news title opening with `Từ ngày`", text: """
            Từ ngày 1/1/2025, tăng mức phạt vi phạm giao thông
            Thứ Ba, 24/06/2025 - 14:30
            Nghị định 168/2024/NĐ-CP có hiệu lực.
            """, date: "2025-06-24", title: "Từ ngày 1/1/2025, tăng mức phạt vi phạm giao thông", official: false),
        HeaderCase(name: "a clock above the title is neither title nor date", text: """
            Thứ Hai, 12/05/2025 10:30
            Học phí mầm non công lập được miễn hoàn toàn
            Quốc hội đã thông qua Nghị quyết số 217/2025/QH15 về miễn học phí.
            """, date: "∅", title: "Học phí mầm non công lập được miễn hoàn toàn", official: false),
        HeaderCase(name: "a date deep in a note's first line: no title, no date from the notes below", text: """
            (Điều 3 Thông tư số 08/2014/TT-BKHCN, có hiệu lực thi hành kể từ ngày 10/07/2014)

            (Điều 21 Thông tư số 01/2010/TT-BTP, có hiệu lực thi hành kể từ ngày 26/03/2010)
            """, date: "∅", official: false),
        HeaderCase(name: "date and time line opening with the date", text: """
            Miễn học phí từ năm học 2025-2026
            24/06/2025 14:30 GMT+7
            Quốc hội đã thông qua Nghị quyết số 217/2025/QH15.
            """, date: "2025-06-24", title: "Miễn học phí từ năm học 2025-2026", official: false),
        HeaderCase(name: "a short title, the lead paragraph opening with a dateline", text: """
            Miễn học phí

            Hà Nội, ngày 24/6/2025 - Quốc hội đã thông qua Nghị quyết số 217/2025/QH15 về miễn học phí cho trẻ em mầm non và học sinh phổ thông.
            """, date: "2025-06-24", official: false),
        HeaderCase(name: "English dateline opening the lead paragraph", text: """
            Vietnam tightens rules on personal data transfers abroad

            Hanoi, March 12, 2025 – The Ministry of Public Security has issued Circular No. 03/2025/TT-BCA guiding the implementation of Decree No. 13/2023/ND-CP.
            """, date: "2025-03-12", title: "Vietnam tightens rules on personal data transfers abroad", official: false),
        HeaderCase(name: "English date and time line", text: """
            Vietnam tightens data rules

            March 12, 2025 | 10:15 am GMT+7

            The Ministry issued Circular No. 03/2025/TT-BCA.
            """, date: "2025-03-12", title: "Vietnam tightens data rules", official: false),
        HeaderCase(name: "English title opening with a date; day-first English date", text: """
            From July 1, 2025, new rules on tuition apply
            Wednesday, 12 Mar. 2025
            The Ministry issued Circular No. 03/2025/TT-BCA.
            """, date: "2025-03-12", title: "From July 1, 2025, new rules on tuition apply", official: false),
        HeaderCase(name: "an English date later in a short line under the title is no dateline", text: """
            Vietnam tightens data rules
            It takes effect on April 28, 2025.
            The Ministry issued Circular No. 03/2025/TT-BCA.
            """, date: "∅", official: false),
        HeaderCase(name: "gazette style: type, issuer, number and date in the title", text: """
            Chính phủ

            Nghị định của Chính phủ số 114/2003/NĐ-CP
            ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn.

            Chính phủ

            Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
            Nghị Định:
            Điều 1. Phạm vi áp dụng
            """, symbol: "114/2003/NĐ-CP", kind: "Nghị định", issuer: "Chính phủ", code: "CP", date: "2003-10-10",
            title: "về cán bộ, công chức xã, phường, thị trấn.", official: true),
        HeaderCase(name: "gazette style over three lines, joint issuers, glued year", text: """
            THÔNG TƯ
            LIÊN TỊCH CỦA BỘ TÀI CHÍNH - CÔNG NGHIỆP -
            TỔNG CỤC HẢI QUAN SỐ 176/1998/TTLT-BTC-BCN-TCHQ
            NGÀY 25 THÁNG 12 NĂM1998 HƯỚNG DẪN THỰC HIỆN CHÍNH SÁCH THUẾ
            Căn cứ ý kiến của Thủ tướng Chính phủ;
            """, symbol: "176/1998/TTLT-BTC-BCN-TCHQ", kind: "Thông tư liên tịch", issuer: "Bộ Tài chính", code: "BTC-BCN-TCHQ",
            date: "1998-12-25", title: "Hướng dẫn thực hiện chính sách thuế"),
        HeaderCase(name: "header converted from a legacy upper-case font (lower-case text)", text: """
                bộ tài chính                                cộng hoà xã hội chủ  nghĩa Việt nam
             -0-                                                         Độc lập-Tự do-Hạnh phúc
            Số:  144 /2002/QĐ/BTC                                   --------------------------------
                                                                                    Hà nội, ngày  22  tháng 11 năm 2002

                    quyết định của bộ trưởng bộ tài chính
            về việc sửa đổi mức thuế suất của một số mặt hàng

            bộ trưởng bộ tài chính

            Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ;
            """, symbol: "144/2002/QĐ/BTC", kind: "Quyết định", issuer: "Bộ Tài chính", date: "2002-11-22",
            title: "về việc sửa đổi mức thuế suất của một số mặt hàng"),
        HeaderCase(name: "a regulation issued with a decision takes its date", text: """
            UỶ BAN NHÂN DÂN 	    	  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                 TỈNH CÀ MAU			 	         Độc lập - Tự do - Hạnh phúc
            QUY ĐỊNH
            VỀ CHỨC NĂNG, NHIỆM VỤ CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814
            ( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,
            ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )
            Chương I
            """, status: .absent, kind: "Quy định", issuer: "Ủy ban nhân dân tỉnh Cà Mau", date: "2006-01-25", context: "tỉnh Cà Mau"),
        HeaderCase(name: "the subject of a công văn is not a type line", text: """
            VĂN PHÒNG CHÍNH PHỦ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 11520/VPCP-CN
            V/v
            Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất nhiên liệu sinh học
            Hà Nội, ngày 25 tháng 11 năm 2025
            Kính gửi: Bộ trưởng Bộ Công Thương
            """, symbol: "11520/VPCP-CN", kind: "Công văn", issuer: "Văn phòng Chính phủ", code: "VPCP", date: "2025-11-25",
            title: "Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất nhiên liệu sinh học"),
        HeaderCase(name: "a motto deep inside an annex does not make a document", text: """
            Phụ lục
            Hướng dẫn cách ghi một số nội dung trong phiếu tự kiểm tra
            """ + String(repeating: "Mục 2. Loại hình doanh nghiệp: ghi rõ hình thức sở hữu của doanh nghiệp.\n", count: 40) + """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            PHIẾU TỰ KIỂM TRA
            """, kind: "∅", official: false),
        HeaderCase(name: "number and seat town only", text: "Số: 991/QĐ-UBND   Đồng Xoài, ngày 14 tháng 5 năm 2008",
                   symbol: "991/QĐ-UBND", issuer: "Ủy ban nhân dân tỉnh Bình Phước", date: "2008-05-14", context: "tỉnh Bình Phước"),
        HeaderCase(name: "city abbreviation in the place line", text: "Số:  256 /2004/QĐ-UB   TP.Cần Thơ, ngày  01 tháng  7 năm 2004",
                   symbol: "256/2004/QĐ-UB", issuer: "Ủy ban nhân dân thành phố Cần Thơ", date: "2004-07-01", context: "thành phố Cần Thơ"),
        HeaderCase(name: "issuing body after the number", text: "Số: 666/2015/QĐ-UBND (ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH)",
                   symbol: "666/2015/QĐ-UBND", issuer: "Ủy ban nhân dân tỉnh Quảng Ninh", context: "tỉnh Quảng Ninh"),
        HeaderCase(name: "a central body's place line gives no context", text: """
            BỘ Y TẾ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 1158/QĐ-BYT
            Hà Nội, ngày 04 tháng 4 năm 2025
            QUYẾT ĐỊNH
            """, issuer: "Bộ Y tế", code: "BYT", date: "2025-04-04", context: "∅"),
        HeaderCase(name: "a citation on its own is not the document's number",
                   text: "Quyết định số 1445/2002/QĐ-UB ngày 12 tháng 6 năm 2002 của UBND tỉnh An Giang", status: .absent, official: false),
        HeaderCase(name: "gazette page: kind label, number and date on one line", text: """
            2                    CÔNG BÁO/Số 1269 + 1270/Ngày 31-12-2015
                      PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT
                          CHỦ TỊCH NƯỚC - QUỐC HỘI
                  Luật số 100/2015/QH13 ngày 27 tháng 11 năm 2015
                                   Bộ luật hình sự
                                                      Phần thứ hai
            """, symbol: "100/2015/QH13", kind: "Luật", date: "2015-11-27", title: "Bộ luật hình sự", official: true),
        HeaderCase(name: "consolidated text in the gazette: its number under the type line", text: """
            2                         CÔNG BÁO/Số 1095 + 1096/Ngày 21-11-2020
                           VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI

                  Văn bản hợp nhất số 23/VBHN-VPQH ngày 15 tháng 7 năm 2020
                            hợp nhất Luật Ban hành văn bản quy phạm pháp luật

                                                   Chương III
            """, symbol: "23/VBHN-VPQH", kind: "Văn bản hợp nhất", issuer: "Văn phòng Quốc hội", date: "2020-07-15"),
        HeaderCase(name: "precedent: adopted by the Council of Judges", text: """
                                                   ÁN LỆ SỐ 43/2021/AL1
                   Về hiệu lực của hợp đồng thế chấp trong trường hợp tài sản thế chấp
                  Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 24
            tháng 02 năm 2021 và được công bố theo Quyết định số 42/QĐ-CA ngày 12
            tháng 3 năm 2021 của Chánh án Tòa án nhân dân tối cao.
                       Nguồn án lệ:
            """, kind: "Án lệ", issuer: "Hội đồng Thẩm phán Tòa án nhân dân tối cao", date: "2021-02-24"),
        HeaderCase(name: "portal attribute table: labels alone above their values; a sidebar's kind menu is not the kind", text: """
            Loại văn bản
            Hiến pháp
            Bộ luật
            hợp nhất Luật Xử lý vi phạm hành chính
            Số ký hiệu
            31/VBHN-VPQH
            Ngày xác thực
            07/12/2020
            """, symbol: "31/VBHN-VPQH", kind: "∅", date: "2020-12-07"),
        // Commune headers flattened with the place-and-date line above the number: the date is read, and
        // its digits never reach the issuer's locality.
        HeaderCase(name: "commune council: date line above the number", text: """
            HỘI ĐỒNG NHÂN DÂN
            XÃ MƯỜNG LA
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Mường La, ngày 12 tháng 8 năm 2025
            Số: 12/NQ-HĐND
            NGHỊ QUYẾT
            Về việc abc
            """, symbol: "12/NQ-HĐND", kind: "Nghị quyết", issuer: "Hội đồng nhân dân xã Mường La", locality: "xã Mường La",
            date: "2025-08-12", title: "Về việc abc"),
        HeaderCase(name: "commune Party committee: date line above `Số` without colon", text: """
            ĐẢNG BỘ TỈNH NGHỆ AN
            ĐẢNG ỦY XÃ NAM ĐÀN
            *
            ĐẢNG CỘNG SẢN VIỆT NAM
            Nam Đàn, ngày 12 tháng 8 năm 2025
            Số 05-NQ/ĐU
            NGHỊ QUYẾT
            về phát triển kinh tế - xã hội năm 2025
            Nơi nhận:
            - Lưu VP.
            T/M ĐẢNG ỦY
            BÍ THƯ
            Trần Văn A
            """, symbol: "05-NQ/ĐU", kind: "Nghị quyết", issuer: "Đảng ủy xã Nam Đàn", locality: "xã Nam Đàn",
            date: "2025-08-12", signer: "Trần Văn A"),
        HeaderCase(name: "special zone: date line above the number, collective signature", text: """
            ỦY BAN NHÂN DÂN
            ĐẶC KHU PHÚ QUỐC
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phú Quốc, ngày 3 tháng 9 năm 2025
            Số: 45/QĐ-UBND
            QUYẾT ĐỊNH
            Về việc phê duyệt kế hoạch
            Điều 1. Phê duyệt.
            Nơi nhận:
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn Bình
            """, symbol: "45/QĐ-UBND", issuer: "Ủy ban nhân dân đặc khu Phú Quốc", locality: "đặc khu Phú Quốc",
            date: "2025-09-03", signer: "Nguyễn Văn Bình"),
        HeaderCase(name: "numbered ward: its number stays, the date line's do not", text: """
            ỦY BAN NHÂN DÂN
            PHƯỜNG 12
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phường 12, ngày 03 tháng 09 năm 2025
            Số: 45/KH-UBND
            KẾ HOẠCH
            Triển khai nhiệm vụ năm 2025
            """, symbol: "45/KH-UBND", kind: "Kế hoạch", issuer: "Ủy ban nhân dân phường 12", locality: "phường 12", date: "2025-09-03"),
        HeaderCase(name: "ward: date line above the number, on one line with it", text: """
            HỘI ĐỒNG NHÂN DÂN PHƯỜNG HÀ ĐÔNG
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
            Hà Đông, ngày 12 tháng 8 năm 2025 Số: 12/NQ-HĐND
            NGHỊ QUYẾT
            Về việc abc
            """, symbol: "12/NQ-HĐND", issuer: "Hội đồng nhân dân phường Hà Đông", locality: "phường Hà Đông", date: "2025-08-12"),
        HeaderCase(name: "date line right after the motto on a flattened line", text: """
            ỦY BAN NHÂN DÂN XÃ MƯỜNG LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Mường La, ngày 12 tháng 8 năm 2025 Số: 123/QĐ-UBND
            QUYẾT ĐỊNH
            Về việc abc
            """, symbol: "123/QĐ-UBND", issuer: "Ủy ban nhân dân xã Mường La", locality: "xã Mường La", date: "2025-08-12"),
        HeaderCase(name: "commune letter: date line between the block and the motto", text: """
            ỦY BAN NHÂN DÂN
            XÃ MƯỜNG LA
            Mường La, ngày 12 tháng 8 năm 2025
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 123/UBND-VP
            V/v triển khai kế hoạch
            Kính gửi: Các thôn, bản
            """, symbol: "123/UBND-VP", kind: "Công văn", issuer: "Ủy ban nhân dân xã Mường La", locality: "xã Mường La", date: "2025-08-12"),
        // A unit named on the second line (rt7 F7).
        HeaderCase(name: "the office of a provincial People's Committee", text: """
            UBND TỈNH SƠN LA                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            VĂN PHÒNG                               Độc lập - Tự do - Hạnh phúc
            Số: 234/VP-KGVX                      Sơn La, ngày 10 tháng 8 năm 2025
            V/v triển khai ý kiến chỉ đạo
            """, kind: "Công văn", issuer: "Văn phòng Ủy ban nhân dân tỉnh Sơn La", locality: "tỉnh Sơn La", date: "2025-08-10"),
        HeaderCase(name: "the joint office of a district's council and committee", text: """
            UBND HUYỆN GIA LÂM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            VĂN PHÒNG HĐND VÀ UBND                               Độc lập - Tự do - Hạnh phúc
            Số: 56/VP-TH                      Gia Lâm, ngày 10 tháng 8 năm 2025
            V/v lịch công tác tuần
            """, issuer: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Gia Lâm", locality: "huyện Gia Lâm"),
        HeaderCase(name: "a ministry's inspectorate", text: """
            BỘ Y TẾ
            THANH TRA
            Số: 12/TTrB-NV
            Hà Nội, ngày 10 tháng 8 năm 2025
            V/v kiểm tra
            """, issuer: "Thanh tra Bộ Y tế", locality: "∅"),
        HeaderCase(name: "a province's inspectorate", text: """
            UBND TỈNH NGHỆ AN
            THANH TRA
            Số: 12/TTr-NV
            Nghệ An, ngày 10 tháng 8 năm 2025
            V/v kiểm tra
            """, issuer: "Thanh tra tỉnh Nghệ An", locality: "tỉnh Nghệ An"),
        HeaderCase(name: "a hospital under a city's department keeps its name", text: """
            SỞ Y TẾ HÀ NỘI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            BỆNH VIỆN ĐA KHOA XANH PÔN                               Độc lập - Tự do - Hạnh phúc
            Số: 890/QĐ-BVXP                      Hà Nội, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc thành lập Hội đồng thuốc và điều trị
            """, issuer: "Bệnh viện Đa khoa Xanh Pôn", locality: "thành phố Hà Nội"),
        HeaderCase(name: "a hospital under a ministry", text: """
            BỘ Y TẾ
            BỆNH VIỆN BẠCH MAI
            Số: 1234/QĐ-BM
            Hà Nội, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc ban hành quy trình chuyên môn
            """, issuer: "Bệnh viện Bạch Mai", locality: "∅"),
        HeaderCase(name: "a university under a national university", text: """
            ĐẠI HỌC QUỐC GIA HÀ NỘI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN                               Độc lập - Tự do - Hạnh phúc
            Số: 789/QĐ-KHTN                      Hà Nội, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc công nhận tốt nghiệp
            """, issuer: "Trường Đại học Khoa học Tự nhiên", locality: "∅"),
        HeaderCase(name: "a high school under a department", text: """
            SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TRƯỜNG THPT CHU VĂN AN                               Độc lập - Tự do - Hạnh phúc
            Số: 123/QĐ-THPTCVA                      Hà Nội, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc thành lập các tổ chuyên môn
            """, issuer: "Trường THPT Chu Văn An", locality: "thành phố Hà Nội"),
        HeaderCase(name: "a hospital's name with common words and a proper noun", text: """
            BỘ Y TẾ
            BỆNH VIỆN NHI TRUNG ƯƠNG
            Số: 12/QĐ-BVNTW
            Hà Nội, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Bệnh viện Nhi Trung ương"),
        HeaderCase(name: "a school with its commune on its own line", text: """
            UBND HUYỆN NAM ĐÀN
            TRƯỜNG THCS XÃ NAM GIANG
            Số: 12/QĐ-THCS
            Nam Đàn, ngày 10 tháng 10 năm 2024
            QUYẾT ĐỊNH
            Về việc abc
            """, issuer: "Trường THCS xã Nam Giang", locality: "xã Nam Giang"),
        // Not an institution: a centre's name takes the province.
        HeaderCase(name: "a centre under a department takes the province", text: """
            SỞ Y TẾ TỈNH NGHỆ AN
            TRUNG TÂM KIỂM SOÁT BỆNH TẬT
            Số: 456/KH-KSBT
            Nghệ An, ngày 10 tháng 10 năm 2024
            KẾ HOẠCH
            Phòng chống dịch
            """, issuer: "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", locality: "tỉnh Nghệ An"),
        HeaderCase(name: "a State Bank branch", text: """
            NGÂN HÀNG NHÀ NƯỚC VIỆT NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            CHI NHÁNH TỈNH NGHỆ AN                        Độc lập - Tự do - Hạnh phúc
            Số: 456/NHNN-NAN                          Nghệ An, ngày 10 tháng 4 năm 2024
            V/v triển khai Thông tư
            """, issuer: "Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An", locality: "tỉnh Nghệ An"),
        HeaderCase(name: "a State Bank region", text: """
            NGÂN HÀNG NHÀ NƯỚC VIỆT NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            NGÂN HÀNG NHÀ NƯỚC KHU VỰC 5                               Độc lập - Tự do - Hạnh phúc
            Số: 345/KV5-TTGS                      Hà Nội, ngày 10 tháng 8 năm 2025
            V/v báo cáo tín dụng
            """, issuer: "Ngân hàng Nhà nước Khu vực 5", locality: "∅"),
        HeaderCase(name: "a head noun in its written form, a function word after it", text: """
            UỶ BAN NHÂN DÂN TỈNH BẮC NINH
            BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
            Số: 567/QĐ-BQL
            Bắc Ninh, ngày 8 tháng 5 năm 2024
            QUYẾT ĐỊNH
            Về việc điều chỉnh
            """, issuer: "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"),
        HeaderCase(name: "a sub-department's head noun is not split by a body name", text: """
            CỤC HẢI QUAN
            CHI CỤC HẢI QUAN KHU VỰC III
            Số: 789/HQKV3-NV
            Hải Phòng, ngày 10 tháng 8 năm 2025
            V/v thủ tục hải quan
            """, issuer: "Chi cục Hải quan khu vực III", locality: "∅"),
        HeaderCase(name: "a numbered region is no locality, and the parent's is not added", text: """
            THUẾ THÀNH PHỐ HÀ NỘI
            CHI CỤC THUẾ KHU VỰC II
            Số: 890/CCTKV2-QLDN
            Hà Nội, ngày 10 tháng 8 năm 2025
            V/v đôn đốc nộp thuế
            """, issuer: "Chi cục Thuế khu vực II", locality: "∅"),
        // Court decisions (rt7 F12).
        HeaderCase(name: "a cassation decision: kind from the stage, date without a colon", text: """
            TÒA ÁN NHÂN DÂN TỐI CAO                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HỘI ĐỒNG THẨM PHÁN                                  Độc lập - Tự do - Hạnh phúc

            Quyết định giám đốc thẩm
            Số: 15/2021/DS-GĐT
            Ngày 22-4-2021

            V/v tranh chấp quyền sử dụng đất

            NHÂN DANH
            """, symbol: "15/2021/DS-GĐT", kind: "Quyết định", date: "2021-04-22", title: "tranh chấp quyền sử dụng đất"),
        HeaderCase(name: "a sentence opening with a date is no date line", text: """
            TÒA ÁN NHÂN DÂN TỐI CAO                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HỘI ĐỒNG THẨM PHÁN                                  Độc lập - Tự do - Hạnh phúc
            Số: 15/2021/DS-GĐT
            Ngày 22 tháng 4 năm 2021, tại trụ sở Tòa án nhân dân tối cao mở phiên tòa
            """, kind: "Quyết định", date: "∅"),
        // A signature block sharing its lines with the recipients' column (rt7 F4).
        HeaderCase(name: "signature in the right column of the recipients' lines", text: """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA
            Số: 1744/QĐ-UBND
            Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            Về việc phê duyệt
            Điều 1. Phê duyệt.
            Nơi nhận:                                       KT. CHỦ TỊCH
            - Như Điều 3;                                   PHÓ CHỦ TỊCH
            - Lưu: VT, KGVX.
                                                            Đặng Ngọc Hậu
            """, signer: "Đặng Ngọc Hậu"),
        HeaderCase(name: "signature name beside the last recipient, tab-separated", text: "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 1744/QĐ-UBND\nSơn La, ngày 16 tháng 7 năm 2019\nQUYẾT ĐỊNH\nVề việc phê duyệt\nĐiều 1. Phê duyệt.\nNơi nhận:\tTỔNG GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, KD.\tĐỗ Nguyệt Ánh\n",
                   signer: "Đỗ Nguyệt Ánh"),
        HeaderCase(name: "a name in the recipients' right column without a signature block is no signer", text: """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA
            Số: 1744/QĐ-UBND
            Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            Về việc phê duyệt
            Điều 1. Phê duyệt.
            Nơi nhận:
            - Như Điều 3;                                   Nguyễn Văn A
            - Lưu: VT.
            """, signer: "∅"),
        HeaderCase(name: "plain text is not official", text: "Hôm nay trời đẹp. Chúng tôi đi chơi ở Hà Nội, ngày 5 tháng 6 năm 2020.",
                   status: .absent, kind: "∅", issuer: "∅", official: false),
    ]

    /// An English translation's header: issuing block, motto, number line, date line, type line and title.
    static func english(_ block: String, _ number: String, _ dateLine: String, _ typeAndTitle: String, tail: String = "") -> String {
        "\(block)\n-------\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n---------------\n\(number)\n\(dateLine)\n\n"
            + "\(typeAndTitle)\n\nPursuant to the Law on Government Organization dated June 19, 2015;\n\nArticle 1. Scope\n\(tail)"
    }

    /// English translations, as official and commercial sites publish them.
    static let englishCases: [HeaderCase] = [
        HeaderCase(name: "English decree of the Government, signed on behalf of the Government",
                   text: english("THE GOVERNMENT", "No. 13/2023/ND-CP", "Hanoi, April 17, 2023", "DECREE\nON PERSONAL DATA PROTECTION",
                                 tail: "\nON BEHALF OF THE GOVERNMENT\nPRIME MINISTER\n\n\n\nPham Minh Chinh\n"),
                   symbol: "13/2023/ND-CP", status: .present, kind: "Nghị định", issuer: "Chính phủ", code: "CP", locality: "∅",
                   date: "2023-04-17", title: "ON PERSONAL DATA PROTECTION", signer: "Pham Minh Chinh", official: true),
        HeaderCase(name: "English circular of a ministry: `No.:`, day-first date",
                   text: english("MINISTRY OF FINANCE", "No.: 45/2019/TT-BTC", "Hanoi, 17 April 2019",
                                 "CIRCULAR\nPROVIDING GUIDANCE ON THE MANAGEMENT OF STATE BUDGET",
                                 tail: "\nRecipients:\n- Archive: VT.\nPP. MINISTER\nDEPUTY MINISTER\n\n\nTran Xuan Ha\n"),
                   symbol: "45/2019/TT-BTC", kind: "Thông tư", issuer: "Bộ Tài chính", code: "BTC", date: "2019-04-17",
                   title: "PROVIDING GUIDANCE ON THE MANAGEMENT OF STATE BUDGET", signer: "Tran Xuan Ha", official: true),
        HeaderCase(name: "English decision of the Prime Minister: `Ha Noi`, ordinal day, authority line after the title",
                   text: english("THE PRIME MINISTER", "No. 123/QD-TTg", "Ha Noi, April 17th, 2023",
                                 "DECISION\nAPPROVING THE NATIONAL DIGITAL TRANSFORMATION PROGRAM\n\nTHE PRIME MINISTER"),
                   symbol: "123/QD-TTg", kind: "Quyết định", issuer: "Thủ tướng Chính phủ", code: "TTg", date: "2023-04-17",
                   title: "APPROVING THE NATIONAL DIGITAL TRANSFORMATION PROGRAM", official: true),
        HeaderCase(name: "English law of the National Assembly: `Law No.`, the law named whole",
                   text: english("THE NATIONAL ASSEMBLY", "Law No. 59/2020/QH14", "Hanoi, June 17, 2020", "LAW\nON ENTERPRISES",
                                 tail: "\nPRESIDENT OF THE NATIONAL ASSEMBLY\n\n\nNguyen Thi Kim Ngan\n"),
                   symbol: "59/2020/QH14", kind: "Luật", issuer: "Quốc hội", code: "QH14", date: "2020-06-17",
                   title: "LAW ON ENTERPRISES", signer: "Nguyen Thi Kim Ngan", official: true),
        HeaderCase(name: "English law named on its type line",
                   text: english("NATIONAL ASSEMBLY", "Law No.: 91/2015/QH13", "Hanoi, November 24, 2015", "LAW ON CIVIL STATUS"),
                   symbol: "91/2015/QH13", kind: "Luật", issuer: "Quốc hội", date: "2015-11-24", title: "LAW ON CIVIL STATUS"),
        HeaderCase(name: "English code of law: the name before the kind word",
                   text: english("THE NATIONAL ASSEMBLY", "Law No. 91/2015/QH13", "Hanoi, November 24, 2015", "CIVIL CODE"),
                   symbol: "91/2015/QH13", kind: "Bộ luật", issuer: "Quốc hội", title: "CIVIL CODE"),
        HeaderCase(name: "English circular of the State Bank",
                   text: english("THE STATE BANK OF VIETNAM", "No. 39/2016/TT-NHNN", "Hanoi, December 30, 2016",
                                 "CIRCULAR\nON LENDING TRANSACTIONS OF CREDIT INSTITUTIONS"),
                   symbol: "39/2016/TT-NHNN", kind: "Thông tư", issuer: "Ngân hàng Nhà nước Việt Nam", code: "NHNN", date: "2016-12-30",
                   title: "ON LENDING TRANSACTIONS OF CREDIT INSTITUTIONS"),
        HeaderCase(name: "English decision of a city's People's Committee (`… OF HO CHI MINH CITY`)",
                   text: english("PEOPLE'S COMMITTEE OF HO CHI MINH CITY", "No. 02/2024/QD-UBND", "Ho Chi Minh City, January 5, 2024",
                                 "DECISION\nON LAND PRICES",
                                 tail: "\nON BEHALF OF THE PEOPLE'S COMMITTEE\nPP. CHAIRMAN\nVICE CHAIRMAN\n\n\nBui Xuan Cuong\n"),
                   symbol: "02/2024/QD-UBND", kind: "Quyết định", issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh", code: "UBND",
                   locality: "thành phố Hồ Chí Minh", date: "2024-01-05", title: "ON LAND PRICES", signer: "Bui Xuan Cuong",
                   context: "thành phố Hồ Chí Minh"),
        HeaderCase(name: "English decision of a province's People's Committee (`… OF QUANG NINH PROVINCE`)",
                   text: english("PEOPLE'S COMMITTEE OF QUANG NINH PROVINCE", "No. 1234/QD-UBND", "Quang Ninh, 5 March 2022",
                                 "DECISION\nON THE ESTABLISHMENT OF THE PROVINCIAL STEERING COMMITTEE"),
                   kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Quảng Ninh", locality: "tỉnh Quảng Ninh", date: "2022-03-05",
                   context: "tỉnh Quảng Ninh"),
        HeaderCase(name: "English block naming the place first (`QUANG NINH PROVINCIAL PEOPLE'S COMMITTEE`)",
                   text: english("QUANG NINH PROVINCIAL PEOPLE'S COMMITTEE", "No. 1234/QD-UBND", "Quang Ninh, March 5, 2022",
                                 "DECISION\nON THE ESTABLISHMENT OF THE PROVINCIAL STEERING COMMITTEE"),
                   issuer: "Ủy ban nhân dân tỉnh Quảng Ninh", locality: "tỉnh Quảng Ninh", date: "2022-03-05"),
        HeaderCase(name: "English block naming the city first (`HANOI PEOPLE'S COMMITTEE`)",
                   text: english("HANOI PEOPLE'S COMMITTEE", "No. 56/2021/QD-UBND", "Hanoi, December 6, 2021", "DECISION\nON FEES"),
                   kind: "Quyết định", issuer: "Ủy ban nhân dân thành phố Hà Nội", locality: "thành phố Hà Nội", date: "2021-12-06"),
        HeaderCase(name: "English resolution of the Government",
                   text: english("THE GOVERNMENT", "No. 01/NQ-CP", "Hanoi, January 5, 2024", "RESOLUTION\nON KEY TASKS AND SOLUTIONS"),
                   symbol: "01/NQ-CP", kind: "Nghị quyết", issuer: "Chính phủ", code: "CP", date: "2024-01-05", title: "ON KEY TASKS AND SOLUTIONS"),
        HeaderCase(name: "English directive of the Prime Minister",
                   text: english("THE PRIME MINISTER", "No. 20/CT-TTg", "Hanoi, June 12, 2023", "DIRECTIVE\nON STRENGTHENING ROAD TRAFFIC SAFETY"),
                   symbol: "20/CT-TTg", kind: "Chỉ thị", issuer: "Thủ tướng Chính phủ", date: "2023-06-12", title: "ON STRENGTHENING ROAD TRAFFIC SAFETY"),
        HeaderCase(name: "English official letter: a `Re:` subject, a department under its ministry",
                   text: english("MINISTRY OF FINANCE\nGENERAL DEPARTMENT OF TAXATION", "No. 5331/TCT-CS\nRe: tax policy on imported goods",
                                 "Hanoi, November 19, 2019", "To: Tax Departments of provinces and cities."),
                   symbol: "5331/TCT-CS", kind: "Công văn", issuer: "Tổng cục Thuế", code: "TCT", date: "2019-11-19",
                   title: "tax policy on imported goods", official: true),
        HeaderCase(name: "English official dispatch typed as such",
                   text: english("MINISTRY OF HEALTH", "No. 102/BYT-KCB", "Hanoi, January 9, 2024", "OFFICIAL DISPATCH\nON DRUG SUPPLY"),
                   symbol: "102/BYT-KCB", kind: "Công văn", issuer: "Bộ Y tế", date: "2024-01-09", title: "ON DRUG SUPPLY"),
        HeaderCase(name: "English official letter typed as such",
                   text: english("MINISTRY OF EDUCATION AND TRAINING", "No. 3899/BGDDT-GDTrH", "Hanoi, August 12, 2024", "OFFICIAL LETTER"),
                   kind: "Công văn", issuer: "Bộ Giáo dục và Đào tạo", date: "2024-08-12"),
        HeaderCase(name: "English joint circular of two ministries",
                   text: english("MINISTRY OF FINANCE - MINISTRY OF HOME AFFAIRS", "No. 71/2014/TTLT-BTC-BNV", "Hanoi, May 30, 2014",
                                 "JOINT CIRCULAR\nPROVIDING FOR SELF-CONTROL REGIME"),
                   symbol: "71/2014/TTLT-BTC-BNV", kind: "Thông tư liên tịch", code: "BTC-BNV", date: "2014-05-30",
                   title: "PROVIDING FOR SELF-CONTROL REGIME"),
        HeaderCase(name: "English number and date on one line, the title on the type line",
                   text: "THE GOVERNMENT\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n"
                       + "No. 13/2023/ND-CP     Hanoi, April 17, 2023\n\nDECREE ON PERSONAL DATA PROTECTION\n\nPursuant to the Constitution;\n",
                   symbol: "13/2023/ND-CP", kind: "Nghị định", issuer: "Chính phủ", date: "2023-04-17", title: "ON PERSONAL DATA PROTECTION"),
        HeaderCase(name: "English page without the motto is no official header",
                   text: "DECREE\nON PERSONAL DATA PROTECTION\nNo. 13/2023/ND-CP\nHanoi, April 17, 2023\n",
                   kind: "∅", issuer: "∅", official: false),
    ]

    @Test("English translations give the document record of the original", arguments: englishCases)
    func parsesEnglish(_ c: HeaderCase) { parses(c) }

    @Test("headers give number, type, issuer, date, title, signer and context", arguments: cases)
    func parses(_ c: HeaderCase) {
        let h = HeaderParser.parse(c.text)
        check(h.rawSymbol, c.symbol, "symbol", c.name)
        if let status = c.status { #expect(h.symbolStatus == status, "\(c.name): status") }
        check(h.kind, c.kind, "kind", c.name)
        check(h.issuer, c.issuer, "issuer", c.name)
        check(h.issuerCode, c.code, "code", c.name)
        check(h.locality, c.locality, "locality", c.name)
        check(h.date, c.date, "date", c.name)
        check(h.title, c.title, "title", c.name)
        check(h.signer, c.signer, "signer", c.name)
        check(h.contextLocality, c.context, "context", c.name)
        if let official = c.official { #expect(h.isOfficial == official, "\(c.name): official") }
    }

    @Test("an English translation's own number takes the canonical id, as the reference reader gives it", arguments: [
        ("THE GOVERNMENT", "No. 13/2023/ND-CP", "DECREE", "13/2023/NĐ-CP", "Nghị định", "Chính phủ"),
        ("MINISTRY OF FINANCE", "No.: 45/2019/TT-BTC", "CIRCULAR", "45/2019/TT-BTC", "Thông tư", "Bộ Tài chính"),
        ("THE PRIME MINISTER", "No. 123/QD-TTg", "DECISION", "123/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"),
        ("THE NATIONAL ASSEMBLY", "Law No. 59/2020/QH14", "LAW", "59/2020/QH14", "Luật", "Quốc hội"),
        ("THE GOVERNMENT", "No. 01/NQ-CP", "RESOLUTION", "01/NQ-CP", "Nghị quyết", "Chính phủ"),
    ] as [(String, String, String, String, String, String)])
    func englishDocumentRecord(block: String, number: String, type: String, id: String, kind: String, issuer: String) {
        let text = HeaderParserTests.english(block, number, "Hanoi, April 17, 2023", type + "\nON SOMETHING")
        let x = Extractor.extract(text)
        #expect(x.document.id == id)
        #expect(x.document.kind == kind)
        #expect(x.document.issuer == issuer)
        #expect(x.document.date == "2023-04-17")
        let own = x.references.first { $0.isSelf }
        #expect(own?.id == id)
        #expect(own?.date == "2023-04-17")
    }

    @Test("a committee under its Party organisation takes the bare place; its own papers are its own")
    func partyCommitteeUnderOrganisation() {
        let text = "ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY LỘC HÀ\n*\nSố 125-TB/HU\nLộc Hà, ngày 10 tháng 5 năm 2024\nTHÔNG BÁO\nKết luận\nThực hiện Báo cáo số 389-BC/HU ngày 2/5/2024.\n"
        #expect(HeaderParser.parse("ĐẢNG BỘ TỈNH HÀ TĨNH\nTỈNH ỦY\n*\nSố 125-TB/TU\nHà Tĩnh, ngày 10 tháng 5 năm 2024\nTHÔNG BÁO\nKết luận\n").issuer == "Tỉnh ủy Hà Tĩnh")
        let report = Extractor.extract(text).references.first { $0.id == "389-BC/HU" }
        #expect(report?.issuer == "Huyện ủy Lộc Hà")
        #expect(report?.status == .resolved)
    }

    @Test("a second header line naming the body shorter keeps the first line's full name", arguments: [
        ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY KHỐI\n*\nSố 78-KH/ĐUK\nHà Nội, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\nVề công tác năm 2024\n",
         "Đảng ủy Khối các cơ quan Trung ương"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 234-KH/TWĐTN-BTC\nHà Nội, ngày 10 tháng 5 năm 2024\nKẾ HOẠCH\nVề công tác năm 2024\n",
         "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ] as [(String, String)])
    func fullNameAbove(text: String, issuer: String) {
        #expect(HeaderParser.parse(text).issuer == issuer)
    }

    @Test("OCR's wrong marks on the date's words and its letter O in the year", arguments: [
        "ngảy 05 thảng 3 nãm 2024", "ngày 05 tháng 3 nám 2024", "ngảy 05 tháng 3 năm 2024", "ngày 05 thảng 3 năm 2024",
        "ngày 05 tháng 3 năm 2O24", "ngày O5 tháng 3 nám 2024",
    ])
    func ocrDateWords(date: String) {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 29/QĐ-UBND\nBắc Giang, \(date)\nQUYẾT ĐỊNH\nVề việc\n"
        #expect(HeaderParser.parse(text).date == "2024-03-05")
        // Not without the whole spelt-out form.
        #expect(HeaderParser.parse(text.replacingOccurrences(of: date, with: "ngảy 05 Nam 3")).date == nil)
    }

    @Test("the number's full labels `Số hiệu`, `Số ký hiệu`, `Số và ký hiệu` give the id under a motto", arguments: [
        "Số hiệu: 2345/QĐ-BYT", "Số hiệu 2345/QĐ-BYT", "Số và ký hiệu: 2345/QĐ-BYT", "Số ký hiệu: 2345/QĐ-BYT",
    ])
    func fullNumberLabels(line: String) {
        let text = "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(line)\nHà Nội, ngày 08 tháng 6 năm 2023\nQUYẾT ĐỊNH\nVề việc\n"
        let h = HeaderParser.parse(text)
        #expect(h.rawSymbol == "2345/QĐ-BYT")
        #expect(h.date == "2023-06-08")
        // A portal without a motto lists related texts under the same label: not the page's own number.
        let page = "Số ký hiệu\n31/VBHN-VPQH\nNgày xác thực\n07/12/2020\nVăn bản được hợp nhất\nLuật 15/2012/QH13\n\(line)\nNgày ban hành: 20/06/2012\n"
        #expect(HeaderParser.parse(page).rawSymbol == "31/VBHN-VPQH")
    }

    @Test("the date beside the number, after a blank place or after a công điện's hour", arguments: [
        ("Số: 12/QĐ-UBND ngày 05/03/2024", "2024-03-05", nil),
        ("Số: 12/QĐ-UBND, ngày 05/3/2024", "2024-03-05", nil),
        ("Số: 12/QĐ-UBND\n, ngày 05 tháng 3 năm 2024", "2024-03-05", nil),
        ("Số: 12/QĐ-UBND\n……, ngày 05 tháng 3 năm 2024", "2024-03-05", nil),
        ("Số: 12/CĐ-UBND\nQuảng Bình, 15 giờ 00 ngày 25 tháng 10 năm 2024", "2024-10-25", "Quảng Bình"),
        ("Số: 12/CĐ-UBND\nQuảng Bình, 07 giờ 30 phút, ngày 25 tháng 10 năm 2024", "2024-10-25", "Quảng Bình"),
        ("Số: 12/CĐ-UBND\nQuảng Bình, 15 giờ, ngày 25 tháng 10 năm 2024", "2024-10-25", "Quảng Bình"),
    ] as [(String, String, String?)])
    func dateOffItsPlaceLine(lines: String, date: String, place: String?) {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(lines)\nQUYẾT ĐỊNH\nVề việc\n"
        let h = HeaderParser.parse(text)
        #expect(h.date == date)
        #expect(h.place == place)
        #expect(h.issuer == "Ủy ban nhân dân tỉnh Quảng Bình")
    }

    @Test("the right column first (motto and date line above the issuing block) keeps the block's parent line", arguments: [
        ("Khánh Hòa", "UBND TỈNH KHÁNH HÒA\nSỞ Y TẾ", "Số: 3457/KH-SYT", "Sở Y tế tỉnh Khánh Hòa"),
        ("Đà Nẵng", "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ NỘI VỤ", "Số: 101/QĐ-SNV", "Sở Nội vụ thành phố Đà Nẵng"),
        ("Gia Lâm", "UBND HUYỆN GIA LÂM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 215/KH-PGDĐT", "Phòng Giáo dục và Đào tạo huyện Gia Lâm"),
    ] as [(String, String, String, String)])
    func rightColumnFirst(place: String, block: String, number: String, issuer: String) {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(place), ngày 10 tháng 1 năm 2024\n\(block)\n\(number)\nKẾ HOẠCH\nVề việc\n"
        let h = HeaderParser.parse(text)
        #expect(h.issuer == issuer)
        #expect(h.date == "2024-01-10")
        #expect(h.place == place)
    }

    @Test("a unit of the issuing block takes its name and place from the lines above it", arguments: [
        // A mass organisation's committee under the national name is that place's organisation.
        ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TỈNH QUẢNG NAM", "Hội Nông dân tỉnh Quảng Nam", "tỉnh Quảng Nam"),
        ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH TỈNH NINH BÌNH", "Hội Liên hiệp Phụ nữ tỉnh Ninh Bình", "tỉnh Ninh Bình"),
        ("HỘI CỰU CHIẾN BINH VIỆT NAM\nBCH HỘI CCB TỈNH NINH BÌNH", "Hội Cựu chiến binh tỉnh Ninh Bình", "tỉnh Ninh Bình"),
        ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH HUYỆN ĐÔNG ANH", "Hội Nông dân huyện Đông Anh", "huyện Đông Anh"),
        // A unit named with a bare level word takes the parent's place.
        ("SỞ Y TẾ TỈNH BÌNH ĐỊNH\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh Bình Định", "tỉnh Bình Định"),
        ("UBND TỈNH QUẢNG TRỊ\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh Quảng Trị", "tỉnh Quảng Trị"),
        ("UBND TỈNH BẮC NINH\nTHANH TRA TỈNH", "Thanh tra tỉnh Bắc Ninh", "tỉnh Bắc Ninh"),
        ("UBND HUYỆN ĐÔNG ANH\nTHANH TRA HUYỆN", "Thanh tra huyện Đông Anh", "huyện Đông Anh"),
    ] as [(String, String, String)])
    func unitUnderParent(block: String, issuer: String, locality: String) {
        let text = "\(block)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 89-KH/HND\nHà Nội, ngày 06 tháng 02 năm 2023\nKẾ HOẠCH\nTổ chức\n"
        let h = HeaderParser.parse(text)
        #expect(h.issuer == issuer)
        #expect(h.locality == locality)
    }

    @Test("the Chairman of the Council of Ministers is the issuer his header names", arguments: [
        ("CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG", "125-CT", "Chủ tịch Hội đồng Bộ trưởng"),
        ("HỘI ĐỒNG BỘ TRƯỞNG", "217-HĐBT", "Hội đồng Bộ trưởng"),
    ] as [(String, String, String)])
    func chairmanOfCouncilOfMinisters(block: String, number: String, issuer: String) {
        let text = "\(block)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: \(number)\nHà Nội, ngày 20 tháng 4 năm 1990\nCHỈ THỊ\nVề việc\n"
        let h = HeaderParser.parse(text)
        #expect(h.issuer == issuer)
        #expect(h.rawSymbol == number)
        #expect(h.date == "1990-04-20")
    }

    @Test("a committee of a People's Council or a Front committee is named after it", arguments: [
        ("HĐND TỈNH THANH HÓA\nBAN KINH TẾ - NGÂN SÁCH\nSố: 45/BC-KTNS\nThanh Hóa, ngày 08 tháng 7 năm 2023\nBÁO CÁO\nThẩm tra dự thảo Nghị quyết\n",
         "Ban Kinh tế - ngân sách Hội đồng nhân dân tỉnh Thanh Hóa"),
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH HÀ TĨNH\nBAN THƯỜNG TRỰC\nSố: 25/KH-MTTQ-BTT\nHà Tĩnh, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức Ngày hội\n",
         "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"),
    ] as [(String, String)])
    func committeeOfCouncil(text: String, issuer: String) {
        #expect(HeaderParser.parse(text).issuer == issuer)
    }

    @Test("a công văn flattened column by column keeps its header however long its `V/v` line", arguments: [
        "V/v tăng cường phòng, chống dịch",
        "V/v tăng cường phòng, chống bệnh sốt xuất huyết",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025 trên địa bàn tỉnh",
    ])
    func letterWithLongSubject(subject: String) {
        let text = "UBND TỈNH QUẢNG NAM\nSỞ Y TẾ\nSố: 2310/SYT-NVY\n\(subject)\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 03 tháng 6 năm 2024\nKính gửi: Các đơn vị.\n"
        let doc = Extractor.extract(text).document
        #expect(doc.id == "2310/SYT-NVY")
        #expect(doc.kind == "Công văn")
        #expect(doc.issuer == "Sở Y tế tỉnh Quảng Nam")
        #expect(doc.title == String(subject.dropFirst(4)))
    }

    @Test("a judgment's subject line is its title, up to the heading in capitals; its own number takes the header's kind")
    func judgmentSubject() {
        let text = """
            TÒA ÁN NHÂN DÂN
            KHU VỰC 3 - HÀ NỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bản án số: 45/2025/DS-ST
            Ngày: 12-9-2025
            V/v tranh chấp hợp đồng vay tài sản
            NHÂN DANH
            NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            """
        let h = HeaderParser.parse(text)
        #expect(h.kind == "Bản án")
        #expect(h.title == "tranh chấp hợp đồng vay tài sản")
        #expect(h.date == "2025-09-12")
        let letter = "BỘ TÀI CHÍNH\nCỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 5331/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 19 tháng 11 năm 2025\n\nKính gửi: Thuế tỉnh Lâm Đồng.\n"
        let own = Extractor.extract(letter).references.first { $0.isSelf }
        #expect(own?.kind == "Công văn")
        #expect(own?.issuer == "Cục Thuế")
        #expect(HeaderParser.parse(letter).issuerCode == "CT")
    }

    @Test("a Party block names the Central Committee; the type line names the organ that issued", arguments: [
        ("NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học", "Nghị quyết", "Bộ Chính trị"),
        ("CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề tăng cường công tác", "Chỉ thị", "Ban Bí thư"),
        ("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ MƯỜI MỘT\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", "Nghị quyết", "Ban Chấp hành Trung ương"),
    ] as [(String, String, String)])
    func partyOrgan(typeLines: String, kind: String, issuer: String) {
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 57-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 12 năm 2024\n\n" + typeLines + "\n\nI. TÌNH HÌNH\n"
        let h = HeaderParser.parse(text)
        #expect(h.kind == kind)
        #expect(h.issuer == issuer)
        #expect(h.issuerCode == "TW")
        #expect(h.date == "2024-12-22")
    }

    @Test("what OCR makes of `Số:` still labels the number, before a colon at the start of a line", arguments: ["Sô", "S6", "Sổ"])
    func ocrNumberLabel(label: String) {
        let text = "UỶ BAN NHÂN DÂN\nHUYỆN THẠCH THẤT\n\n\(label): 567/QĐ-UBND        Thạch Thất, ngày 20 tháng 5 năm 2022\n\nQUYẾT ĐỊNH\nVề việc thành lập\n"
        let h = HeaderParser.parse(text)
        #expect(h.rawSymbol == "567/QĐ-UBND")
        #expect(h.issuer == "Ủy ban nhân dân huyện Thạch Thất")
    }

    @Test("a letter O or l among a spelt-out date's digits is OCR's", arguments: [
        ("ngày 2O tháng 5 năm 2022", "2022-05-20"), ("ngày l5 tháng 1O năm 2O23", "2023-10-15"), ("ngày 2X tháng 5 năm 2022", nil),
    ] as [(String, String?)])
    func ocrDateDigits(line: String, date: String?) {
        let text = "UỶ BAN NHÂN DÂN\nHUYỆN THẠCH THẤT\n\nSố: 567/QĐ-UBND        Thạch Thất, \(line)\n\nQUYẾT ĐỊNH\nVề việc thành lập\n"
        #expect(HeaderParser.parse(text).date == date)
    }

    @Test("a department of the Central Committee is named after it", arguments: [
        ("BAN TUYÊN GIÁO", "145-HD/BTGTW", "Ban Tuyên giáo Trung ương"),
        ("ỦY BAN KIỂM TRA", "45-TB/UBKTTW", "Ủy ban Kiểm tra Trung ương"),
        ("VĂN PHÒNG", "12-CV/VPTW", "Văn phòng Trung ương Đảng"),
    ] as [(String, String, String)])
    func centralDepartment(unit: String, number: String, issuer: String) {
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\(unit)\n*\nSố \(number)\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 5 năm 2024\n\nHƯỚNG DẪN\nvề công tác\n"
        #expect(HeaderParser.parse(text).issuer == issuer)
    }

    @Test("a person's name after a leader's title keeps its capitals in a restored title", arguments: [
        ("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH TẠI HỘI NGHỊ TRỰC TUYẾN", "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại hội nghị trực tuyến"),
        ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG, PHÓ TRƯỞNG BAN CHỈ ĐẠO VỀ XỬ LÝ",
         "Kết luận của phó Thủ tướng Chính phủ Lê Thành Long, phó trưởng ban chỉ đạo về xử lý"),
        ("VỀ VIỆC NÂNG CAO CHẤT LƯỢNG CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ NÂNG CAO", "Về việc nâng cao chất lượng của Thủ tướng Chính phủ về nâng cao"),
    ] as [(String, String)])
    func namesInTitles(line: String, title: String) {
        let text = "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 600/TB-VPCP\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n" + line + "\n\nNgày 15 tháng 11 năm 2025, Thủ tướng chủ trì.\n"
        #expect(HeaderParser.parse(text).title == title)
    }

    @Test("the symbol range points at the number as written")
    func symbolRange() throws {
        let text = "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 39/2018/TT-BTC\nHà Nội, ngày 20 tháng 4 năm 2018\nTHÔNG TƯ\n"
        let h = HeaderParser.parse(text)
        let r = try #require(h.symbolRange)
        #expect(String(decoding: Array(text.utf8)[r], as: UTF8.self) == "39/2018/TT-BTC")
        #expect(h.issuer == "Bộ Tài chính")
    }

    @Test("the preamble runs from the first `Căn cứ` to the operative marker")
    func preamble() throws {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH SƠN LA
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 803/QĐ-UBND
            Sơn La, ngày 08 tháng 04 năm 2025
            QUYẾT ĐỊNH
            VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;
            Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ
            về kiểm soát thủ tục hành chính;
            Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo tại Tờ trình số 20/TTr-SDTTG ngày 02/4/2025.
            QUYẾT ĐỊNH:
            Điều 1. Công bố kèm theo Quyết định này.
            """
        let h = HeaderParser.parse(text)
        let r = try #require(h.preamble)
        let pre = String(decoding: Array(text.utf8)[r], as: UTF8.self)
        #expect(pre.hasPrefix("Căn cứ Luật Tổ chức"))
        #expect(pre.contains("Tờ trình số 20/TTr-SDTTG"))
        #expect(!pre.contains("QUYẾT ĐỊNH:"))
    }

    @Test("degenerate inputs give an empty, non-official header", arguments: [
        "", " ", "\n\n\n", "Số:", "Số: ", "ngày", "QUYẾT ĐỊNH:", "Hà Nội, ngày", "của", "T/M", "V/v", "(", "Luật số:",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ngày … tháng … năm",
    ])
    func degenerate(text: String) {
        let h = HeaderParser.parse(text)
        #expect(h.rawSymbol == nil || h.symbolStatus != .present)
        #expect(h.date == nil)
    }

    @Test("every prefix of a header parses without trouble")
    func prefixes() {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH SƠN LA
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 1744/QĐ-UBND
            Sơn La, ngày 16 tháng 7 năm 2019
            QUYẾT ĐỊNH
            Về việc phê duyệt kế hoạch
            Căn cứ Luật Tổ chức chính quyền địa phương;
            QUYẾT ĐỊNH:
            Điều 1. Phê duyệt.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn A
            """
        var seen = 0
        var prefix = ""
        for ch in text {
            prefix.append(ch)
            let h = HeaderParser.parse(prefix)
            if h.date == "2019-07-16" { seen += 1 }
        }
        #expect(seen > 0)
        #expect(HeaderParser.parse(text).signer == "Nguyễn Văn A")
    }

    @Test("hints give the title and date of a page that does not say them")
    func hints() {
        let h = HeaderParser.parse("Nội dung bài viết không có tiêu đề.", hints: DocumentHints(title: "Tin giáo dục", date: "2024-03-05"))
        #expect(h.title == "Tin giáo dục")
        #expect(h.date == "2024-03-05")
        #expect(h.dateSource == .hints)
    }

    @Test("only the head and tail are read: a large body changes nothing")
    func bounded() {
        let head = "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 39/2018/TT-BTC\nHà Nội, ngày 20 tháng 4 năm 2018\nTHÔNG TƯ\nSửa đổi Thông tư số 38/2015/TT-BTC\n"
        let body = String(repeating: "Điều khoản nội dung, ngày 1 tháng 1 năm 2000 theo Quyết định số 1/QĐ-UBND.\n", count: 20_000)
        let small = HeaderParser.parse(head)
        let large = HeaderParser.parse(head + body)
        #expect(small.rawSymbol == large.rawSymbol)
        #expect(small.date == large.date)
        #expect(small.issuer == large.issuer)
        #expect(small.title == large.title)
    }
}

/// The byte check that spares folding a tail without `thông qua` must say yes wherever the fold would
/// find the word `qua` (in any case, with or without diacritics written as combining marks).
@Suite("Header byte pre-checks")
struct HeaderPreCheckTests {
    @Test("standalone ASCII words", arguments: [
        ("được Quốc hội thông qua ngày 18 tháng 6 năm 2012", true),
        ("(QUỐC HỘI THÔNG QUA NGÀY 9-11-1946)", true),
        ("Qua.", true),
        ("qua", true),
        ("cơ quan nhà nước", false),
        ("quá trình", false),
        ("aqua", false),
        ("qua1", false),
        ("", false),
    ])
    func standalone(text: String, expected: Bool) {
        var t = text
        let found = t.withUTF8 { HeaderReader.hasASCIIWord($0, from: 0, to: $0.count, lowercase: HeaderReader.quaBytes) }
        #expect(found == expected)
    }

    @Test("never misses a word the fold matches")
    func agreesWithFold() {
        let pattern = VietFold.pattern("qua")[0]
        var texts = ["thông qua", "THONG QUA", "quá", "qua\u{301}", "qu\u{1EA1}", "Qua\u{300}n", "đqua", "xquá qua",
                     "quan qua\u{323}", "QUA\u{302}", "ỦY BAN\nQUA", "…qua…", "qua—"]
        // Every document under fixtures/, cut at a few places.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures")
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "txt" {
                if let s = try? String(contentsOf: url, encoding: .utf8) { texts.append(s) }
            }
        }
        #expect(texts.count > 13)
        for text in texts {
            var t = text
            t.withUTF8 { p in
                let words = VietFold.words(p, from: 0, to: p.count)
                let folded = words.contains { VietFold.matches(p, $0, pattern) }
                let checked = HeaderReader.hasASCIIWord(p, from: 0, to: p.count, lowercase: HeaderReader.quaBytes)
                #expect(!folded || checked, "\(text.prefix(40))")
            }
        }
    }
}

/// The first-word gate of `IssuerPhraseParser.parseWords` must only turn away words where the full
/// parser finds nothing: compared at every word of the header cases, the issuer cases and the fixtures.
@Suite("Issuer phrase first-word gate")
struct IssuerGateTests {
    @Test("gate and full parser agree at every word")
    func agreesWithParser() {
        var texts = HeaderParserTests.cases.map(\.text) + IssuerPhraseTests.cases.map(\.text)
        texts += ["ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSỞ Y TẾ", "CỤC QUẢN LÝ DƯỢC", "liên Bộ Tài chính - Nội vụ",
                  "Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI", "THỦ TUỚNG CHÍNH PHỦ", "of the Ministry of Finance"]
        #expect(texts.count > 20)
        var gated = 0
        for text in texts {
            var t = text
            t.withUTF8 { p in
                let w = VietFold.words(p, from: 0, to: p.count)
                for ascii in [true, false] {
                    for header in [true, false] {
                        for k in w.indices {
                            let a = IssuerPhraseParser.parseWords(p, w, from: k, limit: w.count, header: header, date: nil, ascii: ascii)
                            let b = IssuerPhraseParser.parseWordsAfterGate(p, w, from: k, limit: w.count, header: header, date: nil, ascii: ascii)
                            #expect(a?.phrase == b?.phrase && a?.next == b?.next, "\(text.prefix(30)) at word \(k)")
                            if header, !IssuerVocabulary.firstWords.contains(w[k].hash) { gated += 1 }
                        }
                    }
                }
            }
        }
        // The comparison covers words the gate turns away, not only words it lets through.
        #expect(gated > 100)
    }
}
