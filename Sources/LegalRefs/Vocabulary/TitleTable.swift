// Laws and codes cited by name and year (DOMAIN.md §4.5): `Luật Giáo dục 2019`, `Căn cứ Luật Giáo dục
// ngày 14 tháng 6 năm 2019`. One row a law: `type | name as titled | year passed | symbol`.
// Only laws whose number is certain belong here; a name without a row stays unresolved.
let lawTitleTableText = """
Luật | Giáo dục | 2019 | 43/2019/QH14
Luật | Giáo dục | 2005 | 38/2005/QH11
Luật | Giáo dục đại học | 2012 | 08/2012/QH13
Luật | Giáo dục nghề nghiệp | 2014 | 74/2014/QH13
Bộ luật | Hình sự | 2015 | 100/2015/QH13
Luật | sửa đổi, bổ sung một số điều của Bộ luật Hình sự | 2017 | 12/2017/QH14
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
"""

// Party resolutions cited by plenum (`Nghị quyết Hội nghị Trung ương 8 khóa XI`): `term | plenum | symbols | date`.
let plenumTableText = """
XI | 4 | 12-NQ/TW | 2012-01-16
XI | 8 | 29-NQ/TW | 2013-11-04
XII | 4 | 04-NQ/TW | 2016-10-30
XII | 6 | 18-NQ/TW, 19-NQ/TW | 2017-10-25
XII | 7 | 26-NQ/TW, 27-NQ/TW, 28-NQ/TW | 2018-05-19
"""
