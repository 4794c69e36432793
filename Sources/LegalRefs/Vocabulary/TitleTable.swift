// Laws and codes cited by name and year (DOMAIN.md §4.5): `Luật Giáo dục 2019`, `Căn cứ Luật Giáo dục
// ngày 14 tháng 6 năm 2019`. One row a law: `type | name as titled | year passed | symbol`.
// Only laws whose number is certain belong here; a name without a row stays unresolved. A name passed twice
// in one year gives the day each was passed instead of the year (`Luật Tổ chức chính quyền địa phương`
// 65/2025/QH15 of 19/02/2025 and 72/2025/QH15 of 16/6/2025): only a citation with that day resolves.
// A name usually cited without its last words has a row for that short form too (`Bộ luật Hàng hải 2015`), and one
// usually cited with abbreviations a row as abbreviated (`Luật Tổ chức HĐND và UBND`, `Luật NSNN`).
let lawTitleTableText = """
Luật | Giáo dục | 2019 | 43/2019/QH14
Luật | Giáo dục | 2005 | 38/2005/QH11
Luật | Giáo dục đại học | 2012 | 08/2012/QH13
Luật | Giáo dục nghề nghiệp | 2014 | 74/2014/QH13
Bộ luật | Hình sự | 2015 | 100/2015/QH13
Luật | sửa đổi, bổ sung một số điều của Bộ luật Hình sự | 2017 | 12/2017/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương | 2019 | 47/2019/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức | 2019 | 52/2019/QH14
Luật | sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch | 2018 | 35/2018/QH14
Luật | sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch | 2018 | 28/2018/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Giáo dục đại học | 2018 | 34/2018/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế | 2014 | 46/2014/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Xây dựng | 2020 | 62/2020/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Giám định tư pháp | 2020 | 56/2020/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều | 2020 | 60/2020/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Dược | 2024 | 44/2024/QH15
Luật | sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính | 2020 | 67/2020/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật | 2020 | 63/2020/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật | 2025 | 87/2025/QH15
Luật | sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng | 2024 | 43/2024/QH15
Luật | sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu | 2024 | 57/2024/QH15
Luật | sửa đổi, bổ sung một số điều của Bộ luật Hình sự | 2009 | 37/2009/QH12
Luật | sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng | 2013 | 31/2013/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân | 2012 | 26/2012/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Quản lý thuế | 2012 | 21/2012/QH13
Luật | sửa đổi, bổ sung một số điều của các Luật về thuế | 2014 | 71/2014/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Thuế tiêu thụ đặc biệt | 2014 | 70/2014/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế | 2016 | 106/2016/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng | 2005 | 47/2005/QH11
Luật | sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng | 2013 | 39/2013/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy | 2013 | 40/2013/QH13
Luật | sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ | 2009 | 36/2009/QH12
Luật | sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ | 2022 | 07/2022/QH15
Luật | sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng | 2017 | 17/2017/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Công an nhân dân | 2023 | 30/2023/QH15
Luật | sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính | 2024 | 56/2024/QH15
Bộ luật | Dân sự | 2015 | 91/2015/QH13
Bộ luật | Dân sự | 2005 | 33/2005/QH11
Bộ luật | Lao động | 2019 | 45/2019/QH14
Bộ luật | Lao động | 2012 | 10/2012/QH13
Bộ luật | Tố tụng dân sự | 2015 | 92/2015/QH13
Bộ luật | Tố tụng hình sự | 2015 | 101/2015/QH13
Luật | Doanh nghiệp | 2020 | 59/2020/QH14
Luật | Doanh nghiệp | 2014 | 68/2014/QH13
Luật | Đầu tư | 2020 | 61/2020/QH14
Luật | Đầu tư | 2014 | 67/2014/QH13
Luật | Đầu tư công | 2019 | 39/2019/QH14
Luật | Đất đai | 2013 | 45/2013/QH13
Luật | Đất đai | 2024 | 31/2024/QH15
Luật | Xây dựng | 2014 | 50/2014/QH13
Luật | Nhà ở | 2014 | 65/2014/QH13
Luật | Nhà ở | 2023 | 27/2023/QH15
Luật | Kinh doanh bất động sản | 2023 | 29/2023/QH15
Luật | Tổ chức chính quyền địa phương | 2015 | 77/2015/QH13
Luật | Tổ chức chính quyền địa phương | 2025-02-19 | 65/2025/QH15
Luật | Tổ chức chính quyền địa phương | 2025-06-16 | 72/2025/QH15
Luật | Tổ chức Chính phủ | 2015 | 76/2015/QH13
Luật | Tổ chức Chính phủ | 2001 | 32/2001/QH10
Luật | Tổ chức Quốc hội | 2014 | 57/2014/QH13
Luật | Ban hành văn bản quy phạm pháp luật | 2015 | 80/2015/QH13
Luật | Ban hành văn bản quy phạm pháp luật | 2025 | 64/2025/QH15
Luật | Ngân hàng Nhà nước Việt Nam | 2010 | 46/2010/QH12
Luật | Các tổ chức tín dụng | 2010 | 47/2010/QH12
Luật | Các tổ chức tín dụng | 2024 | 32/2024/QH15
Luật | Quản lý thuế | 2019 | 38/2019/QH14
Luật | Ngân sách nhà nước | 2015 | 83/2015/QH13
Luật | Cán bộ, công chức | 2008 | 22/2008/QH12
Luật | Viên chức | 2010 | 58/2010/QH12
Luật | Thi đua, khen thưởng | 2022 | 06/2022/QH15
Luật | Bảo hiểm xã hội | 2014 | 58/2014/QH13
Luật | Bảo hiểm xã hội | 2024 | 41/2024/QH15
Luật | Bảo hiểm y tế | 2008 | 25/2008/QH12
Luật | Thuế giá trị gia tăng | 2008 | 13/2008/QH12
Luật | Đấu thầu | 2013 | 43/2013/QH13
Luật | Đấu thầu | 2023 | 22/2023/QH15
Luật | Quy hoạch | 2017 | 21/2017/QH14
Luật | Bảo vệ môi trường | 2020 | 72/2020/QH14
Luật | Giao thông đường bộ | 2008 | 23/2008/QH12
Luật | Xử lý vi phạm hành chính | 2012 | 15/2012/QH13
Luật | Tiếp cận thông tin | 2016 | 104/2016/QH13
Luật | An ninh mạng | 2018 | 24/2018/QH14
Luật | Phòng, chống tham nhũng | 2018 | 36/2018/QH14
Luật | Thương mại | 2005 | 36/2005/QH11
Luật | Khiếu nại | 2011 | 02/2011/QH13
Luật | Tố cáo | 2018 | 25/2018/QH14
Luật | Kế toán | 2015 | 88/2015/QH13
Luật | Thanh tra | 2022 | 11/2022/QH15
Luật | Tổ chức Chính phủ | 2025 | 63/2025/QH15
Luật | Cán bộ, công chức | 2025 | 80/2025/QH15
Luật | Việc làm | 2013 | 38/2013/QH13
Luật | Việc làm | 2025 | 74/2025/QH15
Luật | Ngân sách nhà nước | 2025 | 89/2025/QH15
Luật | Ngân sách nhà nước | 2002 | 01/2002/QH11
Luật | Công nghiệp công nghệ số | 2025 | 71/2025/QH15
Luật | Dữ liệu | 2024 | 60/2024/QH15
Luật | Phòng, chống ma túy | 2021 | 73/2021/QH14
Luật | Hộ tịch | 2014 | 60/2014/QH13
Luật | Căn cước | 2023 | 26/2023/QH15
Luật | Căn cước công dân | 2014 | 59/2014/QH13
Luật | Cư trú | 2020 | 68/2020/QH14
Luật | Cư trú | 2006 | 81/2006/QH11
Luật | Trật tự, an toàn giao thông đường bộ | 2024 | 36/2024/QH15
Luật | Đường bộ | 2024 | 35/2024/QH15
Luật | Giao thông đường bộ | 2001 | 26/2001/QH10
Luật | Phòng cháy và chữa cháy | 2001 | 27/2001/QH10
Luật | Phòng cháy, chữa cháy và cứu nạn, cứu hộ | 2024 | 55/2024/QH15
Luật | Thuế thu nhập cá nhân | 2007 | 04/2007/QH12
Luật | Thuế thu nhập doanh nghiệp | 2008 | 14/2008/QH12
Luật | Thuế giá trị gia tăng | 2024 | 48/2024/QH15
Luật | Thuế tiêu thụ đặc biệt | 2008 | 27/2008/QH12
Luật | Thuế xuất khẩu, thuế nhập khẩu | 2016 | 107/2016/QH13
Luật | Thuế sử dụng đất phi nông nghiệp | 2010 | 48/2010/QH12
Luật | Thuế tài nguyên | 2009 | 45/2009/QH12
Luật | Thuế bảo vệ môi trường | 2010 | 57/2010/QH12
Luật | Phí và lệ phí | 2015 | 97/2015/QH13
Luật | Quản lý thuế | 2006 | 78/2006/QH11
Luật | Kế toán | 2003 | 03/2003/QH11
Luật | Kiểm toán độc lập | 2011 | 67/2011/QH12
Luật | Kiểm toán nhà nước | 2015 | 81/2015/QH13
Luật | Thống kê | 2015 | 89/2015/QH13
Luật | Thống kê | 2003 | 04/2003/QH11
Luật | Quản lý, sử dụng tài sản công | 2017 | 15/2017/QH14
Luật | Quản lý, sử dụng tài sản nhà nước | 2008 | 09/2008/QH12
Luật | Quản lý nợ công | 2017 | 20/2017/QH14
Luật | Thực hành tiết kiệm, chống lãng phí | 2013 | 44/2013/QH13
Luật | Dự trữ quốc gia | 2012 | 22/2012/QH13
Luật | Đầu tư công | 2024 | 58/2024/QH15
Luật | Đầu tư công | 2014 | 49/2014/QH13
Luật | Đầu tư theo phương thức đối tác công tư | 2020 | 64/2020/QH14
Luật | Đầu tư | 2005 | 59/2005/QH11
Luật | Doanh nghiệp | 2005 | 60/2005/QH11
Luật | Đấu thầu | 2005 | 61/2005/QH11
Luật | Hải quan | 2014 | 54/2014/QH13
Luật | Hải quan | 2001 | 29/2001/QH10
Luật | Dược | 2016 | 105/2016/QH13
Luật | Tần số vô tuyến điện | 2009 | 42/2009/QH12
Luật | Biên phòng Việt Nam | 2020 | 66/2020/QH14
Luật | Khám bệnh, chữa bệnh | 2009 | 40/2009/QH12
Luật | Khám bệnh, chữa bệnh | 2023 | 15/2023/QH15
Luật | An toàn thực phẩm | 2010 | 55/2010/QH12
Luật | Phòng, chống bệnh truyền nhiễm | 2007 | 03/2007/QH12
Luật | Bảo vệ môi trường | 2014 | 55/2014/QH13
Luật | Tài nguyên nước | 2012 | 17/2012/QH13
Luật | Tài nguyên nước | 2023 | 28/2023/QH15
Luật | Tài nguyên, môi trường biển và hải đảo | 2015 | 82/2015/QH13
Luật | Khí tượng thủy văn | 2015 | 90/2015/QH13
Luật | Đo đạc và bản đồ | 2018 | 27/2018/QH14
Luật | Đa dạng sinh học | 2008 | 20/2008/QH12
Luật | Lâm nghiệp | 2017 | 16/2017/QH14
Luật | Bảo vệ và phát triển rừng | 2004 | 29/2004/QH11
Luật | Thủy sản | 2017 | 18/2017/QH14
Luật | Trồng trọt | 2018 | 31/2018/QH14
Luật | Chăn nuôi | 2018 | 32/2018/QH14
Luật | Thú y | 2015 | 79/2015/QH13
Luật | Bảo vệ và kiểm dịch thực vật | 2013 | 41/2013/QH13
Luật | Thủy lợi | 2017 | 08/2017/QH14
Luật | Đê điều | 2006 | 79/2006/QH11
Luật | Phòng, chống thiên tai | 2013 | 33/2013/QH13
Luật | Khoáng sản | 2010 | 60/2010/QH12
Luật | Địa chất và khoáng sản | 2024 | 54/2024/QH15
Luật | Điện lực | 2004 | 28/2004/QH11
Luật | Điện lực | 2024 | 61/2024/QH15
Luật | Sử dụng năng lượng tiết kiệm và hiệu quả | 2010 | 50/2010/QH12
Luật | Dầu khí | 2022 | 12/2022/QH15
Luật | Giá | 2012 | 11/2012/QH13
Luật | Giá | 2023 | 16/2023/QH15
Luật | Quy hoạch đô thị | 2009 | 30/2009/QH12
Luật | Quy hoạch đô thị và nông thôn | 2024 | 47/2024/QH15
Luật | Kiến trúc | 2019 | 40/2019/QH14
Luật | Xây dựng | 2003 | 16/2003/QH11
Luật | Nhà ở | 2005 | 56/2005/QH11
Luật | Kinh doanh bất động sản | 2014 | 66/2014/QH13
Luật | Kinh doanh bất động sản | 2006 | 63/2006/QH11
Luật | Đất đai | 2003 | 13/2003/QH11
Luật | Đấu giá tài sản | 2016 | 01/2016/QH14
Luật | Công chứng | 2014 | 53/2014/QH13
Luật | Công chứng | 2024 | 46/2024/QH15
Luật | Luật sư | 2006 | 65/2006/QH11
Luật | Trợ giúp pháp lý | 2017 | 11/2017/QH14
Luật | Giám định tư pháp | 2012 | 13/2012/QH13
Luật | Lý lịch tư pháp | 2009 | 28/2009/QH12
Luật | Thi hành án dân sự | 2008 | 26/2008/QH12
Luật | Thi hành án hình sự | 2019 | 41/2019/QH14
Luật | Đặc xá | 2018 | 30/2018/QH14
Luật | Tố tụng hành chính | 2015 | 93/2015/QH13
Luật | Tố tụng hành chính | 2010 | 64/2010/QH12
Luật | Trách nhiệm bồi thường của Nhà nước | 2017 | 10/2017/QH14
Luật | Trách nhiệm bồi thường của Nhà nước | 2009 | 35/2009/QH12
Luật | Tổ chức Tòa án nhân dân | 2014 | 62/2014/QH13
Luật | Tổ chức Tòa án nhân dân | 2024 | 34/2024/QH15
Luật | Tổ chức Viện kiểm sát nhân dân | 2014 | 63/2014/QH13
Luật | Tổ chức cơ quan điều tra hình sự | 2015 | 99/2015/QH13
Luật | Tổ chức Hội đồng nhân dân và Ủy ban nhân dân | 2003 | 11/2003/QH11
Luật | Công an nhân dân | 2018 | 37/2018/QH14
Luật | Quốc phòng | 2018 | 22/2018/QH14
Luật | Nghĩa vụ quân sự | 2015 | 78/2015/QH13
Luật | Dân quân tự vệ | 2019 | 48/2019/QH14
Luật | Giáo dục quốc phòng và an ninh | 2013 | 30/2013/QH13
Luật | Cảnh sát biển Việt Nam | 2018 | 33/2018/QH14
Luật | Cảnh vệ | 2017 | 13/2017/QH14
Luật | Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ | 2017 | 14/2017/QH14
Luật | Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ | 2024 | 42/2024/QH15
Luật | Bảo vệ bí mật nhà nước | 2018 | 29/2018/QH14
Luật | An toàn thông tin mạng | 2015 | 86/2015/QH13
Luật | Biên giới quốc gia | 2003 | 06/2003/QH11
Luật | Biển Việt Nam | 2012 | 18/2012/QH13
Luật | Điều ước quốc tế | 2016 | 108/2016/QH13
Luật | Thỏa thuận quốc tế | 2020 | 70/2020/QH14
Luật | Quốc tịch Việt Nam | 2008 | 24/2008/QH12
Luật | Xuất cảnh, nhập cảnh của công dân Việt Nam | 2019 | 49/2019/QH14
Luật | Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam | 2014 | 47/2014/QH13
Luật | Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng | 2020 | 69/2020/QH14
Luật | An toàn, vệ sinh lao động | 2015 | 84/2015/QH13
Luật | Công đoàn | 2012 | 12/2012/QH13
Luật | Công đoàn | 2024 | 50/2024/QH15
Luật | Bảo hiểm xã hội | 2006 | 71/2006/QH11
Luật | Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân | 2015 | 85/2015/QH13
Luật | Hoạt động giám sát của Quốc hội và Hội đồng nhân dân | 2015 | 87/2015/QH13
Luật | Mặt trận Tổ quốc Việt Nam | 2015 | 75/2015/QH13
Luật | Thực hiện dân chủ ở cơ sở | 2022 | 10/2022/QH15
Luật | Tiếp công dân | 2013 | 42/2013/QH13
Luật | Tố cáo | 2011 | 03/2011/QH13
Luật | Thanh tra | 2010 | 56/2010/QH12
Luật | Phòng, chống tham nhũng | 2005 | 55/2005/QH11
Luật | Phổ biến, giáo dục pháp luật | 2012 | 14/2012/QH13
Luật | Hòa giải ở cơ sở | 2013 | 35/2013/QH13
Luật | Lưu trữ | 2011 | 01/2011/QH13
Luật | Lưu trữ | 2024 | 33/2024/QH15
Luật | Thủ đô | 2012 | 25/2012/QH13
Luật | Thủ đô | 2024 | 39/2024/QH15
Luật | Thi đua, khen thưởng | 2003 | 15/2003/QH11
Luật | Ban hành văn bản quy phạm pháp luật | 2008 | 17/2008/QH12
Luật | Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân | 2004 | 31/2004/QH11
Luật | Ban hành văn bản quy phạm pháp luật của HĐND, UBND | 2004 | 31/2004/QH11
Luật | sửa đổi, bổ sung một số điều của Luật Kiểm toán nhà nước | 2019 | 55/2019/QH14
Luật | sửa đổi, bổ sung một số điều của Luật Giáo dục | 2009 | 44/2009/QH12
Luật | sửa đổi, bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp | 2013 | 32/2013/QH13
Luật | Tổ chức HĐND và UBND | 2003 | 11/2003/QH11
Luật | Tổ chức CQĐP | 2015 | 77/2015/QH13
Luật | Ban hành VBQPPL | 2008 | 17/2008/QH12
Luật | Ban hành VBQPPL | 2015 | 80/2015/QH13
Luật | Ban hành VBQPPL | 2025 | 64/2025/QH15
Luật | NSNN | 2015 | 83/2015/QH13
Luật | BHXH | 2014 | 58/2014/QH13
Luật | BHXH | 2024 | 41/2024/QH15
Luật | BHYT | 2008 | 25/2008/QH12
Luật | Thuế GTGT | 2008 | 13/2008/QH12
Luật | Thuế GTGT | 2024 | 48/2024/QH15
Luật | Thuế TNDN | 2008 | 14/2008/QH12
Luật | TTATGTĐB | 2024 | 36/2024/QH15
Luật | Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân | 2004 | 31/2004/QH11
Luật | Thanh niên | 2020 | 57/2020/QH14
Luật | Trẻ em | 2016 | 102/2016/QH13
Luật | Người cao tuổi | 2009 | 39/2009/QH12
Luật | Người khuyết tật | 2010 | 51/2010/QH12
Luật | Bình đẳng giới | 2006 | 73/2006/QH11
Luật | Phòng, chống bạo lực gia đình | 2022 | 13/2022/QH15
Luật | Phòng, chống mua bán người | 2011 | 66/2011/QH12
Luật | Phòng, chống rửa tiền | 2022 | 14/2022/QH15
Luật | Hôn nhân và gia đình | 2014 | 52/2014/QH13
Luật | Hôn nhân và gia đình | 2000 | 22/2000/QH10
Luật | Nuôi con nuôi | 2010 | 52/2010/QH12
Luật | Tín ngưỡng, tôn giáo | 2016 | 02/2016/QH14
Luật | Hoạt động chữ thập đỏ | 2008 | 11/2008/QH12
Luật | Di sản văn hóa | 2001 | 28/2001/QH10
Luật | Di sản văn hóa | 2024 | 45/2024/QH15
Luật | Du lịch | 2017 | 09/2017/QH14
Luật | Thể dục, thể thao | 2006 | 77/2006/QH11
Luật | Điện ảnh | 2022 | 05/2022/QH15
Luật | Báo chí | 2016 | 103/2016/QH13
Luật | Xuất bản | 2012 | 19/2012/QH13
Luật | Quảng cáo | 2012 | 16/2012/QH13
Luật | Công nghệ thông tin | 2006 | 67/2006/QH11
Luật | Giao dịch điện tử | 2005 | 51/2005/QH11
Luật | Giao dịch điện tử | 2023 | 20/2023/QH15
Luật | Viễn thông | 2009 | 41/2009/QH12
Luật | Viễn thông | 2023 | 24/2023/QH15
Luật | Khoa học và công nghệ | 2013 | 29/2013/QH13
Luật | Chuyển giao công nghệ | 2017 | 07/2017/QH14
Luật | Sở hữu trí tuệ | 2005 | 50/2005/QH11
Luật | Tiêu chuẩn và quy chuẩn kỹ thuật | 2006 | 68/2006/QH11
Luật | Chất lượng sản phẩm, hàng hóa | 2007 | 05/2007/QH12
Luật | Đo lường | 2011 | 04/2011/QH13
Luật | Bảo vệ quyền lợi người tiêu dùng | 2010 | 59/2010/QH12
Luật | Bảo vệ quyền lợi người tiêu dùng | 2023 | 19/2023/QH15
Luật | Cạnh tranh | 2018 | 23/2018/QH14
Luật | Hợp tác xã | 2012 | 23/2012/QH13
Luật | Hợp tác xã | 2023 | 17/2023/QH15
Luật | Kinh doanh bảo hiểm | 2000 | 24/2000/QH10
Luật | Kinh doanh bảo hiểm | 2022 | 08/2022/QH15
Luật | Chứng khoán | 2006 | 70/2006/QH11
Luật | Chứng khoán | 2019 | 54/2019/QH14
Luật | Phá sản | 2014 | 51/2014/QH13
Luật | Quản lý ngoại thương | 2017 | 05/2017/QH14
Luật | Đường sắt | 2017 | 06/2017/QH14
Luật | Hàng không dân dụng Việt Nam | 2006 | 66/2006/QH11
Luật | Giao thông đường thủy nội địa | 2004 | 23/2004/QH11
Bộ luật | Hàng hải Việt Nam | 2015 | 95/2015/QH13
Bộ luật | Hình sự | 1999 | 15/1999/QH10
Bộ luật | Tố tụng hình sự | 2003 | 19/2003/QH11
Bộ luật | Tố tụng dân sự | 2004 | 24/2004/QH11
Luật | Giáo dục | 1998 | 11/1998/QH10
Luật | Cảnh sát biển | 2018 | 33/2018/QH14
Luật | Biển | 2012 | 18/2012/QH13
Luật | Quốc tịch | 2008 | 24/2008/QH12
Luật | Hàng không dân dụng | 2006 | 66/2006/QH11
Bộ luật | Hàng hải | 2015 | 95/2015/QH13
Luật | Mặt trận Tổ quốc | 2015 | 75/2015/QH13
Luật | Phòng thủ dân sự | 2023 | 18/2023/QH15
Luật | Thuế thu nhập doanh nghiệp | 2025 | 67/2025/QH15
Luật | Nhà giáo | 2025 | 73/2025/QH15
Luật | Thanh tra | 2025 | 84/2025/QH15
Luật | Bảo vệ dữ liệu cá nhân | 2025 | 91/2025/QH15
Luật | Khoa học, công nghệ và đổi mới sáng tạo | 2025 | 93/2025/QH15
"""

// When each version of a law took effect, for a name cited without its year where the text names no version
// (`Căn cứ Điều 147 Bộ luật Tố tụng dân sự;` in a judgment of 2023 → 92/2015/QH13): the version in force on the
// citing document's date (DOMAIN.md §4.5, as for a bare `Hiến pháp`). `type | name as titled | in force from | symbol`.
// A name belongs here only with every version since its first row; the rows were checked through
// `lawsInForceCheckedThrough`, and a later citing date resolves nothing (a newer version may have come since).
let lawInForceTableText = """
Bộ luật | Hình sự | 2000-07-01 | 15/1999/QH10
Bộ luật | Hình sự | 2018-01-01 | 100/2015/QH13
Bộ luật | Tố tụng hình sự | 2004-07-01 | 19/2003/QH11
Bộ luật | Tố tụng hình sự | 2018-01-01 | 101/2015/QH13
Bộ luật | Dân sự | 2006-01-01 | 33/2005/QH11
Bộ luật | Dân sự | 2017-01-01 | 91/2015/QH13
Bộ luật | Tố tụng dân sự | 2005-01-01 | 24/2004/QH11
Bộ luật | Tố tụng dân sự | 2016-07-01 | 92/2015/QH13
Bộ luật | Lao động | 2013-05-01 | 10/2012/QH13
Bộ luật | Lao động | 2021-01-01 | 45/2019/QH14
Luật | Đất đai | 2004-07-01 | 13/2003/QH11
Luật | Đất đai | 2014-07-01 | 45/2013/QH13
Luật | Đất đai | 2024-08-01 | 31/2024/QH15
Luật | Hôn nhân và gia đình | 2001-01-01 | 22/2000/QH10
Luật | Hôn nhân và gia đình | 2015-01-01 | 52/2014/QH13
Luật | Doanh nghiệp | 2006-07-01 | 60/2005/QH11
Luật | Doanh nghiệp | 2015-07-01 | 68/2014/QH13
Luật | Doanh nghiệp | 2021-01-01 | 59/2020/QH14
Luật | Nhà ở | 2006-07-01 | 56/2005/QH11
Luật | Nhà ở | 2015-07-01 | 65/2014/QH13
Luật | Nhà ở | 2024-08-01 | 27/2023/QH15
Luật | Ban hành văn bản quy phạm pháp luật | 2009-01-01 | 17/2008/QH12
Luật | Ban hành văn bản quy phạm pháp luật | 2016-07-01 | 80/2015/QH13
Luật | Ban hành văn bản quy phạm pháp luật | 2025-04-01 | 64/2025/QH15
Luật | Tố tụng hành chính | 2011-07-01 | 64/2010/QH12
Luật | Tố tụng hành chính | 2016-07-01 | 93/2015/QH13
Luật | Kinh doanh bất động sản | 2007-01-01 | 63/2006/QH11
Luật | Kinh doanh bất động sản | 2015-07-01 | 66/2014/QH13
Luật | Kinh doanh bất động sản | 2024-08-01 | 29/2023/QH15
Luật | Xây dựng | 2004-07-01 | 16/2003/QH11
Luật | Xây dựng | 2015-01-01 | 50/2014/QH13
Luật | Đầu tư | 2006-07-01 | 59/2005/QH11
Luật | Đầu tư | 2015-07-01 | 67/2014/QH13
Luật | Đầu tư | 2021-01-01 | 61/2020/QH14
Luật | Thương mại | 2006-01-01 | 36/2005/QH11
Luật | Xử lý vi phạm hành chính | 2013-07-01 | 15/2012/QH13
Luật | Bảo hiểm xã hội | 2007-01-01 | 71/2006/QH11
Luật | Bảo hiểm xã hội | 2016-01-01 | 58/2014/QH13
Luật | Bảo hiểm xã hội | 2025-07-01 | 41/2024/QH15
Luật | Tổ chức Chính phủ | 2016-01-01 | 76/2015/QH13
Luật | Tổ chức Chính phủ | 2025-03-01 | 63/2025/QH15
Luật | Tổ chức chính quyền địa phương | 2016-01-01 | 77/2015/QH13
Luật | Tổ chức chính quyền địa phương | 2025-03-01 | 65/2025/QH15
Luật | Tổ chức chính quyền địa phương | 2025-07-01 | 72/2025/QH15
"""

/// The last citing date for which `lawInForceTableText` is known to list every version.
let lawsInForceCheckedThrough = "2025-06-30"

// Party resolutions cited by plenum (`Nghị quyết Hội nghị Trung ương 8 khóa XI`): `term | plenum | symbols | date`.
let plenumTableText = """
XI | 4 | 12-NQ/TW | 2012-01-16
XI | 8 | 29-NQ/TW | 2013-11-04
XII | 4 | 04-NQ/TW | 2016-10-30
XII | 6 | 18-NQ/TW, 19-NQ/TW | 2017-10-25
XII | 7 | 26-NQ/TW, 27-NQ/TW, 28-NQ/TW | 2018-05-19
"""

// The constitutions (DOMAIN.md §4.5): `year | adopted | in force from`. A bare `Hiến pháp` in a preamble means the one
// in force on the citing document's date (`Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;` in 2020 → 2013).
// The 2013 Constitution amended in 2025 (Lệnh 07/2025/L-CTN) is still the Constitution of 2013.
let constitutionTableText = """
1946 | 1946-11-09 | 1946-11-09
1959 | 1959-12-31 | 1960-01-01
1980 | 1980-12-18 | 1980-12-19
1992 | 1992-04-15 | 1992-04-18
2013 | 2013-11-28 | 2014-01-01
"""
