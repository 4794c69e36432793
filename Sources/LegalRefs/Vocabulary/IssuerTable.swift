// Issuer abbreviations as they stand in symbols (DOMAIN.md §3). One row a code:
// `code | full name | level`, level ∈ central, local, party, court, org.
// Historical bodies keep their own names: an old document's issuer is never remapped to its successor.
// `QH`, `UBTVQH`, `UBPL`… take a legislature number (`QH14`), handled in code.
let issuerTableText = """
QH | Quốc hội | central
UBTVQH | Ủy ban Thường vụ Quốc hội | central
VPQH | Văn phòng Quốc hội | central
UBPL | Ủy ban Pháp luật của Quốc hội | central
UBTP | Ủy ban Tư pháp của Quốc hội | central
UBKT | Ủy ban Kinh tế của Quốc hội | central
UBTCNS | Ủy ban Tài chính, Ngân sách của Quốc hội | central
HĐDT | Hội đồng Dân tộc của Quốc hội | central
CTN | Chủ tịch nước | central
CP | Chính phủ | central
TTg | Thủ tướng Chính phủ | central
VPCP | Văn phòng Chính phủ | central
HĐTP | Hội đồng Thẩm phán Tòa án nhân dân tối cao | central
TANDTC | Tòa án nhân dân tối cao | central
VKSNDTC | Viện kiểm sát nhân dân tối cao | central
VKSTC | Viện kiểm sát nhân dân tối cao | central
KTNN | Kiểm toán nhà nước | central
NHNN | Ngân hàng Nhà nước Việt Nam | central
TTCP | Thanh tra Chính phủ | central
HĐBT | Hội đồng Bộ trưởng | central
HĐNN | Hội đồng Nhà nước | central
BCA | Bộ Công an | central
BQP | Bộ Quốc phòng | central
BNG | Bộ Ngoại giao | central
BNV | Bộ Nội vụ | central
BTP | Bộ Tư pháp | central
BTC | Bộ Tài chính | central
TC | Bộ Tài chính | central
BCT | Bộ Công Thương | central
BNNMT | Bộ Nông nghiệp và Môi trường | central
BNNPTNT | Bộ Nông nghiệp và Phát triển nông thôn | central
BNN | Bộ Nông nghiệp và Phát triển nông thôn | central
BTNMT | Bộ Tài nguyên và Môi trường | central
BXD | Bộ Xây dựng | central
BGTVT | Bộ Giao thông vận tải | central
BKHĐT | Bộ Kế hoạch và Đầu tư | central
BKH | Bộ Kế hoạch và Đầu tư | central
BKHCN | Bộ Khoa học và Công nghệ | central
BKHCNMT | Bộ Khoa học, Công nghệ và Môi trường | central
BTTTT | Bộ Thông tin và Truyền thông | central
BBCVT | Bộ Bưu chính, Viễn thông | central
BVHTTDL | Bộ Văn hóa, Thể thao và Du lịch | central
BVHTT | Bộ Văn hóa - Thông tin | central
BGDĐT | Bộ Giáo dục và Đào tạo | central
BGD | Bộ Giáo dục và Đào tạo | central
BYT | Bộ Y tế | central
BLĐTBXH | Bộ Lao động - Thương binh và Xã hội | central
BDTTG | Bộ Dân tộc và Tôn giáo | central
UBDT | Ủy ban Dân tộc | central
BCN | Bộ Công nghiệp | central
BTM | Bộ Thương mại | central
BTS | Bộ Thủy sản | central
BNNPTNT | Bộ Nông nghiệp và Phát triển nông thôn | central
UBTDTT | Ủy ban Thể dục Thể thao | central
BTCCBCP | Ban Tổ chức - Cán bộ Chính phủ | central
TCHQ | Tổng cục Hải quan | central
TCT | Tổng cục Thuế | central
TCTK | Tổng cục Thống kê | central
CHQ | Cục Hải quan | central
QLD | Cục Quản lý Dược | central
YDCT | Cục Quản lý Y, Dược cổ truyền | central
KBNN | Kho bạc Nhà nước | central
LĐTBXH | Bộ Lao động - Thương binh và Xã hội | central
EVN | Tập đoàn Điện lực Việt Nam | org
EVNNPC | Tổng công ty Điện lực miền Bắc | org
MTTW | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | org
BHXH | Bảo hiểm xã hội Việt Nam | central
TLĐLĐVN | Tổng Liên đoàn Lao động Việt Nam | org
TLĐ | Tổng Liên đoàn Lao động Việt Nam | org
MTTQVN | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | org
ĐCTUBTWMTTQVN | Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | org
UBCKNN | Ủy ban Chứng khoán Nhà nước | central
UBQLV | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp | central
UBND | Ủy ban nhân dân | local
UB | Ủy ban nhân dân | local
HĐND | Hội đồng nhân dân | local
TTHĐND | Thường trực Hội đồng nhân dân | local
CTUB | Chủ tịch Ủy ban nhân dân | local
CTUBND | Chủ tịch Ủy ban nhân dân | local
SGDĐT | Sở Giáo dục và Đào tạo | local
SGD | Sở Giáo dục và Đào tạo | local
STC | Sở Tài chính | local
SYT | Sở Y tế | local
SNV | Sở Nội vụ | local
STP | Sở Tư pháp | local
SXD | Sở Xây dựng | local
SCT | Sở Công Thương | local
SKHCN | Sở Khoa học và Công nghệ | local
SDTTG | Sở Dân tộc và Tôn giáo | local
SVHTTDL | Sở Văn hóa, Thể thao và Du lịch | local
SNNMT | Sở Nông nghiệp và Môi trường | local
SKHĐT | Sở Kế hoạch và Đầu tư | local
STNMT | Sở Tài nguyên và Môi trường | local
SNNPTNT | Sở Nông nghiệp và Phát triển nông thôn | local
SLĐTBXH | Sở Lao động - Thương binh và Xã hội | local
SGTVT | Sở Giao thông vận tải | local
STTTT | Sở Thông tin và Truyền thông | local
PGDĐT | Phòng Giáo dục và Đào tạo | local
THADS | Cơ quan thi hành án dân sự | local
TW | Trung ương Đảng | party
VPTW | Văn phòng Trung ương Đảng | party
BTCTW | Ban Tổ chức Trung ương | party
BTGTW | Ban Tuyên giáo Trung ương | party
BTGDVTW | Ban Tuyên giáo và Dân vận Trung ương | party
UBKTTW | Ủy ban Kiểm tra Trung ương | party
BDVTW | Ban Dân vận Trung ương | party
BNCTW | Ban Nội chính Trung ương | party
BKTTW | Ban Kinh tế Trung ương | party
BĐNTW | Ban Đối ngoại Trung ương | party
QUTW | Quân ủy Trung ương | party
ĐUQSTW | Đảng ủy Quân sự Trung ương | party
ĐUCA | Đảng ủy Công an Trung ương | party
TU | Tỉnh ủy | party
TWU | Thành ủy | party
HU | Huyện ủy | party
QU | Quận ủy | party
TXU | Thị xã ủy | party
ĐU | Đảng ủy | party
ĐUK | Đảng ủy Khối | party
BCSĐ | Ban cán sự đảng | party
ĐĐ | Đảng đoàn | party
CB | Chi bộ | party
UBKTTU | Ủy ban Kiểm tra Tỉnh ủy | party
BTCTU | Ban Tổ chức Tỉnh ủy | party
BTGTU | Ban Tuyên giáo Tỉnh ủy | party
VPTU | Văn phòng Tỉnh ủy | party
BDVTU | Ban Dân vận Tỉnh ủy | party
TWĐTN | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | org
"""
