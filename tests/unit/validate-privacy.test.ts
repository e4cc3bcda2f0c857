import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/validation/privacy.ts';

type Kind = 'phone' | 'id' | 'email' | 'birth';
const MESSAGE: Record<Kind, string> = {
  phone: 'số điện thoại',
  id: 'căn cước/CMND',
  email: 'e-mail',
  birth: 'ngày sinh',
};

/** [why it is personal data, a sentence as staff would write it, what it is]. */
const PERSONAL: [string, string, Kind][] = [
  // Mobile numbers, every way of grouping them.
  ['a mobile number as one run', 'Mọi thắc mắc xin liên hệ anh Trần Văn Minh, số 0912345678.', 'phone'],
  ['a mobile number followed by a comma', 'Liên hệ trưởng thôn 0912345678, trưởng ban công tác mặt trận.', 'phone'],
  ['a mobile number followed by a full stop', 'Bà con cần hỗ trợ gọi chị Hoa theo số 0987654321.', 'phone'],
  ['a mobile number followed by a semicolon', 'Tổ công nghệ số: anh Tuấn 0356 789 123; chị Mai 0978 111 222.', 'phone'],
  ['a mobile number in brackets', 'Đăng ký với chị Nguyễn Thị Lan (0912 345 678) trước ngày 20/5.', 'phone'],
  ['a mobile number grouped 4-3-3 with spaces', 'Gọi anh Hùng, tổ trưởng tổ tự quản: 0912 345 678', 'phone'],
  ['a mobile number grouped with dots', 'ĐT: 091.234.5678 (anh Dũng, xóm Trại Mới)', 'phone'],
  ['a mobile number grouped with dashes', 'Số máy của chủ nhiệm hợp tác xã là 0983-456-789, gọi giờ hành chính.', 'phone'],
  ['a mobile number grouped 3-3-4', 'Hotline của hộ kinh doanh: 098 345 6789!', 'phone'],
  ['a mobile number after a colon, no space', 'Điện thoại:0868123456', 'phone'],
  ['a mobile number with +84', 'Kiều bào đăng ký qua số +84 912 345 678 của anh Bình.', 'phone'],
  ['a mobile number with +84 and no spaces', 'Số Zalo của nhóm trưởng là +84912345678.', 'phone'],
  ['a mobile number with 84 and no plus', 'Nhắn Zalo 84 912 345 678 để được hướng dẫn cài VNeID.', 'phone'],
  ['a mobile number with 0084', 'Từ nước ngoài gọi 0084 912 345 678, gặp anh Sơn.', 'phone'],
  ['a mobile number with +84 and the trunk zero in brackets', 'Liên lạc: +84 (0) 912 345 678.', 'phone'],
  ['a 03x mobile number', 'Đoàn viên Phạm Văn Quân, 0356123456, phụ trách livestream.', 'phone'],
  ['a 05x mobile number', 'Chị Hà bán hàng qua số 0523 456 789 trên sàn thương mại điện tử.', 'phone'],
  ['a 07x mobile number', 'Cần mua nông sản liên hệ 0708.123.456, giao tận nơi.', 'phone'],
  ['a 08x mobile number at the end of a line', 'Tổ trưởng tổ thu gom rác: ông Lê Văn Tư 0888 123 456', 'phone'],
  ['a mobile number followed by a closing quote', 'Bà Tâm nói: "Cứ gọi tôi số 0912345678"', 'phone'],
  ['a mobile number followed by a dash and words', 'Anh Long 0912345678 - người sáng lập mô hình.', 'phone'],
  ['a mobile number in a Markdown table cell', '| Nguyễn Văn An | Thôn Đông Hòa | 0912345678 |', 'phone'],
  ['a mobile number at the start of a line', '0912 345 678 là số của ban quản lý chợ, nhắn tin trước khi đến.', 'phone'],
  ['a mobile number after an en dash', 'Chủ hộ Đỗ Văn Hải – 0911.222.333 – đã lắp đặt camera.', 'phone'],
  ['two mobile numbers separated by a slash', 'Liên hệ 0912345678/0987654321 để đặt lịch.', 'phone'],
  // Landlines with their area code.
  ['a landline with the Ninh Bình area code', 'Điện thoại nhà riêng của bác Thành: 0229 3 870 123, gọi buổi tối.', 'phone'],
  ['a landline followed by a comma', 'Số máy bàn 0229 3870 123, gặp ông trưởng thôn.', 'phone'],
  ['a landline with the area code in brackets', 'Gọi (0229) 3 870 123 để gặp gia đình ông Phúc.', 'phone'],
  ['a landline with dots', 'Bà Xuân, ĐT 0229.3870.123.', 'phone'],
  ['a Hà Nội landline as one run', 'Người con của làng ở Hà Nội để lại số 02438123456 cho ban liên lạc.', 'phone'],
  ['a landline with +84', 'Đại diện doanh nghiệp: +84 229 3870 123.', 'phone'],
  // ID-card numbers.
  ['a 12-digit căn cước after CCCD', 'Ông Nguyễn Văn Bảy, CCCD 036080012345, cấp ngày 10/4/2021.', 'id'],
  ['a 12-digit căn cước followed by a comma', 'CCCD 037185004321, cấp ngày 12/8/2022 tại Cục Cảnh sát QLHC về TTXH.', 'id'],
  ['a 12-digit căn cước followed by a full stop', 'Số căn cước của người nhận thưởng là 036180012345.', 'id'],
  ['a 12-digit number on its own', 'Người đề nghị: Trần Thị Hạnh 036190001122 thôn Đông Hòa', 'id'],
  ['a 12-digit number right after the letters', 'Thông tin người nhận: CCCD036080012345', 'id'],
  ['a 12-digit căn cước grouped after its name', 'Căn cước công dân số 0360 8001 2345 do Bộ Công an cấp.', 'id'],
  ['a 9-digit old CMND', 'Chứng minh nhân dân số 164123456 cấp năm 2005.', 'id'],
  ['a 9-digit CMND followed by a comma', 'CMND 164123456, nơi cấp Công an tỉnh Ninh Bình.', 'id'],
  ['a 9-digit CMND in brackets', 'Anh Lâm (CMND: 164 123 456) đã nhận giấy khen.', 'id'],
  ['a 9-digit number on its own at the end', 'Người đại diện ký nhận, số giấy tờ 164123456', 'id'],
  ['an ID number in a YAML field', 'recipient: "Nguyễn Văn Hòa - 036080012345"', 'id'],
  ['a passport-like number after hộ chiếu', 'Hộ chiếu số C1234567 không được đăng, nhưng số 036080012345 cũng không.', 'id'],
  ['an ID number followed by a semicolon', 'Danh sách: Lê Thị Nga, 036185001234; Lê Văn Nam, 036087004567.', 'id'],
  // E-mail addresses.
  ['a personal Gmail address', 'Gửi ý tưởng về địa chỉ minh.nguyen@gmail.com trước ngày 30/6.', 'email'],
  ['an e-mail address followed by a comma', 'Thư điện tử: tranthilan1985@yahoo.com, hoặc gặp trực tiếp.', 'email'],
  ['an e-mail address in brackets', 'Chị Hương (huong.pham@outlook.com.vn) phụ trách tổng hợp.', 'email'],
  ['an e-mail address with a plus sign', 'Đăng ký nhận bản tin: an+bantin@gmail.com.', 'email'],
  ['an e-mail address in a Markdown link', 'Liên hệ [anh Quang](mailto:quang.le@gmail.com) để tham gia.', 'email'],
  ['an e-mail address of a school', 'Giáo viên phụ trách: cô Hằng, hang.vu@thcsvuduong.edu.vn.', 'email'],
  ['an e-mail address at the start of a line', 'nguyenvanc.1990@gmail.com là hộp thư của tổ trưởng.', 'email'],
  ['an e-mail address in upper case', 'EMAIL: NGUYENVANA@GMAIL.COM', 'email'],
  // Birth dates.
  ['sinh ngày with a full date', 'Chị Nguyễn Thị Lan, sinh ngày 12/3/1968, là hội viên tiêu biểu.', 'birth'],
  ['sinh năm with a year', 'Ông Phạm Văn Tài sinh năm 1975, đã có 20 năm làm nông nghiệp.', 'birth'],
  ['SN with a year', 'Bùi Văn Định (SN 1975), thôn Đông Hòa.', 'birth'],
  ['SN with a colon and a date', 'Họ tên: Vũ Thị Mận; SN: 02/09/1980; xóm Trại Mới.', 'birth'],
  ['năm sinh with a year', 'Người đề nghị khen thưởng: Đinh Văn Hưng, năm sinh 1962.', 'birth'],
  ['ngày sinh as a label', 'Ngày sinh: 12/03/1980', 'birth'],
  ['ngày tháng năm sinh as a label', 'Ngày, tháng, năm sinh: 05/11/1990', 'birth'],
  ['năm sinh in brackets', 'Anh Cường (năm sinh: 1988) là tác giả sáng kiến.', 'birth'],
  ['năm sinh của followed by a person', 'Ghi rõ năm sinh của ông Tám trong hồ sơ.', 'birth'],
  ['sinh tháng with a month and year', 'Cháu Bảo An sinh tháng 5/2019 được tặng quà.', 'birth'],
  ['sinh ra vào năm', 'Bà Hồng sinh ra vào năm 1950 tại thôn Đông Hòa.', 'birth'],
  ['sinh ngày at the start of a sentence', 'Sinh ngày 20/10/1985 tại xã Vũ Dương, chị là cán bộ văn hóa.', 'birth'],
  ['NGÀY SINH in capitals', 'NGÀY SINH: 01/01/1970', 'birth'],
  ['năm sinh of an elder addressed as bác', 'Cán bộ thôn ghi năm sinh của bác Tư vào danh sách mừng thọ.', 'birth'],
];

/** [why it is not personal data, a sentence as staff would write it]. */
const PUBLIC: [string, string][] = [
  // Document numbers and codes.
  ['a plan number with its date', 'Thực hiện Kế hoạch số 118/KH-UBND ngày 15/4/2026 của UBND xã.'],
  ['a Party resolution number', 'Quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.'],
  ['a decision number', 'Quyết định số 1234/QĐ-UBND ngày 30/12/2026 về việc khen thưởng.'],
  ['a decision number followed by a comma', 'Căn cứ Quyết định số 2451/QĐ-UBND, Quyết định số 118/QĐ-UBND.'],
  ['a law number', 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022.'],
  ['a decree number', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.'],
  ['a circular number', 'Thông tư số 01/2024/TT-BNV hướng dẫn thi đua, khen thưởng.'],
  ['a procedure code', 'Thủ tục mã 1.001612.000.00.00.H40 được giải quyết trực tuyến toàn trình.'],
  ['a dossier code', 'Hồ sơ H40.26-260415-0001 đã được trả kết quả qua dịch vụ bưu chính.'],
  ['an agency identification code', 'Mã định danh của UBND xã là 000.27.31.H40.'],
  ['a business tax code', 'Công ty TNHH Nông sản An Phú, mã số thuế 2700123456, tham gia mô hình.'],
  ['a tax code that starts with 01', 'Doanh nghiệp có mã số thuế 0101234567 tài trợ thiết bị.'],
  ['an ISBN', 'Cuốn sổ tay có mã ISBN 978-604-0-12345-6.'],
  ['a postal code', 'Mã bưu chính của xã là 431200.'],
  // Years, ranges and dates of decisions.
  ['a year range with a dash', 'Phong trào thi đua giai đoạn 2026-2030 gồm hai giai đoạn.'],
  ['a year range with an en dash', 'Giai đoạn 2026–2030, sơ kết năm 2028 và tổng kết năm 2030.'],
  ['two year ranges', 'Chia làm hai giai đoạn: 2026 - 2028 và 2028 - 2030.'],
  ['a decision date', 'Ngày 15/4/2026, UBND xã ban hành kế hoạch.'],
  ['ISO dates in YAML', 'date: 2026-04-15'],
  ['a date with dots', 'Hội nghị diễn ra ngày 05.11.2026 tại hội trường UBND xã.'],
  ['several dates in a row', 'Các buổi tập huấn: 05/11/2026, 12/11/2026, 19/11/2026.'],
  ['a deadline', 'Các đơn vị gửi báo cáo trước ngày 05/11 hằng năm.'],
  ['a time of day', 'Buổi lễ bắt đầu lúc 07h30 ngày 19/5/2026.'],
  ['an anniversary of Hồ Chí Minh', 'Kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026).'],
  ['the birthday of Uncle Hồ without a date', 'Hoạt động chào mừng ngày sinh Bác Hồ được tổ chức trang trọng.'],
  // Money.
  ['money with dots', 'Tổng kinh phí thực hiện 120.000.000 đồng từ nguồn xã hội hóa.'],
  ['billions with dots', 'Kinh phí 1.200.000.000 đồng, tiết kiệm 25.000.000 đ.'],
  ['money with commas', 'Tổng vốn đầu tư 1,250,000,000 đồng.'],
  ['money in words and decimals', 'Doanh thu đạt 1,5 tỷ đồng, lợi nhuận 0,5 tỷ.'],
  ['money in millions', 'Mỗi hộ được hỗ trợ 3,5 triệu đồng.'],
  ['money without separators', 'Kinh phí hỗ trợ 120000000 đồng.'],
  ['money with VNĐ', 'Giá trị làm lợi ước tính 845.000.000 VNĐ mỗi năm.'],
  ['a ten-digit amount of money', 'Tổng giá trị công trình 8.400.000.000 đồng.'],
  ['an amount that starts with 84', 'Vốn đối ứng của nhân dân là 84.000.000.000 đồng.'],
  ['money with a thousands point and unit', 'Tiết kiệm 912.345.678 đồng tiền điện mỗi năm.'],
  // Measured results.
  ['an area in square metres', 'Tuyến đường hoa dài 1.200 m, diện tích trồng 3.000 m².'],
  ['visits counted', 'Ứng dụng đạt 12.500 lượt truy cập trong năm 2026.'],
  ['a percentage with a decimal comma', 'Tỷ lệ hồ sơ trực tuyến đạt 98,5%, tăng 12% so với năm trước.'],
  ['hectares', 'Mô hình được nhân rộng trên 120,5 ha lúa.'],
  ['tonnes', 'Thu gom 1.250 tấn rác thải sinh hoạt mỗi năm.'],
  ['kilowatt-hours', 'Hệ thống điện mặt trời tạo ra 45.000 kWh điện.'],
  ['people and households', 'Có 2.345 người dân và 812 hộ tham gia.'],
  ['a large population figure', 'Dân số toàn xã là 12.345 người.'],
  ['a nine-digit result value in YAML', 'results:\n  - label: Giá trị làm lợi\n    value: 150000000\n    unit: đồng'],
  ['results in a YAML list', 'results:\n  - { label: Hồ sơ trực tuyến, value: 1250, unit: hồ sơ }'],
  ['a decimal with many digits', 'Hệ số tương quan đạt 0,912345678.'],
  // Hotlines of public services (allowed on purpose).
  ['the police emergency number', 'Khi có vụ việc gây mất an ninh trật tự, gọi ngay 113.'],
  ['the fire and ambulance numbers', 'Cứu hỏa 114, cấp cứu 115.'],
  ['the child protection line', 'Tổng đài quốc gia bảo vệ trẻ em 111 hoạt động 24/7.'],
  ['a 1022 public-administration line', 'Người dân phản ánh qua tổng đài 1022 của tỉnh.'],
  ['a 1900 hotline', 'Tổng đài hỗ trợ dịch vụ công 1900 1234 miễn phí.'],
  ['an 1800 hotline', 'Đường dây nóng của ngành điện 1800 1234.'],
  // Words that look like the birth labels.
  ['pupils of a school year', 'Có 350 học sinh năm học 2026–2027 tham gia cuộc thi.'],
  ['a cleaning day', 'Ra quân vệ sinh ngày 15/4/2026 trên toàn xã.'],
  ['a cleaning day in a schedule', 'Tổng vệ sinh ngày Chủ nhật xanh, 20/5/2026.'],
  ['activities of the year', 'Sinh hoạt năm 2026 của chi hội diễn ra vào quý IV.'],
  ['newborns counted', 'Tỷ lệ trẻ sơ sinh năm 2026 được tiêm chủng đủ là 99%.'],
  ['social welfare of the year', 'Chính sách an sinh năm 2026 được thực hiện đầy đủ, kịp thời.'],
  ['a martyr', 'Liệt sĩ Nguyễn Văn Trỗi hy sinh năm 1964.'],
  ['arising in the year', 'Các vụ việc phát sinh năm 2026 đều được giải quyết dứt điểm.'],
  ['environment and living', 'Bảo vệ môi trường sinh thái, đời sống dân sinh năm 2026 ổn định.'],
  ['students', 'Sinh viên năm thứ hai về thực tập tại xã.'],
  ['a house number', 'Trụ sở tại số nhà 12, đường Trần Hưng Đạo.'],
  ['a name with Sinh', 'Ông Lê Văn Sinh là tác giả sáng kiến năm 2026.'],
  // Other things with @ and digits.
  ['a social-media handle', 'Theo dõi trang @xavuduong trên Facebook để xem tin mới.'],
  ['a website address', 'Xem chi tiết tại https://vuduong.ninhbinh.gov.vn/mo-hinh/.'],
  ['an image file name with digits', 'image: ngay-hoi-chuyen-doi-so-2026.jpg'],
  ['a phone-like score', 'Kết quả chấm điểm: 9, 8, 7 và 10.'],
  ['an eight-digit count', 'Đã số hóa 12345678 trang tài liệu lưu trữ.'],
];

describe('the privacy check', () => {
  it(`has at least 60 personal and 60 public cases (${PERSONAL.length} / ${PUBLIC.length})`, () => {
    expect(PERSONAL.length).toBeGreaterThanOrEqual(60);
    expect(PUBLIC.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PERSONAL)('flags %s', (_, sentence, kind) => {
    const hits = findPersonalData(`Dòng đầu tiên không có gì.\n${sentence}`);
    expect(hits.map((h) => h.line)).toContain(2);
    expect(hits.some((h) => h.message.includes(MESSAGE[kind]))).toBe(true);
  });

  it.each(PUBLIC)('leaves %s alone', (_, sentence) => {
    expect(findPersonalData(sentence)).toEqual([]);
  });

  it('finds a phone number after a long clean text, on its own line', () => {
    const clean = 'Mô hình được nhân rộng ra toàn xã năm 2026.\n'.repeat(5000);
    expect(findPersonalData(`${clean}Liên hệ 0912345678, trưởng thôn.\n`)).toEqual([
      { line: 5001, message: expect.stringContaining(MESSAGE.phone) },
    ]);
  });
});
