/** Labels of the values fixed by the schemas (unit kinds, fields, kinds, statuses, honor forms). */
export default {
  // Vocabulary: unit kinds
  'unitKind.phong-chuyen-mon': 'Phòng chuyên môn',
  'unitKind.trung-tam-phuc-vu-hcc': 'Trung tâm Phục vụ hành chính công',
  'unitKind.don-vi-su-nghiep': 'Đơn vị sự nghiệp',
  'unitKind.cong-an': 'Công an xã',
  'unitKind.ban-chqs': 'Ban Chỉ huy Quân sự xã',
  'unitKind.thon-xom': 'Thôn, xóm',
  'unitKind.doanh-nghiep': 'Doanh nghiệp',
  'unitKind.mttq-doan-the': 'Mặt trận và các tổ chức chính trị - xã hội',

  // Vocabulary: initiative fields, kinds, statuses
  'field.doi-moi-sang-tao': 'Đổi mới sáng tạo',
  'field.khoa-hoc-cong-nghe': 'Khoa học, công nghệ',
  'field.chuyen-doi-so': 'Chuyển đổi số',
  'field.chuyen-doi-xanh': 'Chuyển đổi xanh',
  'kind.sang-kien': 'Sáng kiến',
  'kind.mo-hinh': 'Mô hình',
  'kind.giai-phap': 'Giải pháp',
  'kind.cach-lam-hay': 'Cách làm hay',
  'status.dang-trien-khai': 'Đang triển khai',
  'status.hieu-qua': 'Đạt hiệu quả',
  'status.da-nhan-rong': 'Đã nhân rộng',
  'phase.1': 'Giai đoạn 1',
  'phase.2': 'Giai đoạn 2',

  // Vocabulary: honors
  'period.hang-nam': 'Khen thưởng hằng năm',
  'period.so-ket': 'Khen thưởng sơ kết',
  'period.tong-ket': 'Khen thưởng tổng kết',
  'form.giay-khen-chu-tich-ubnd-xa': 'Giấy khen của Chủ tịch UBND xã',
  'form.co-thi-dua-tinh': 'Cờ thi đua của Tỉnh',
  'form.bang-khen-chu-tich-ubnd-tinh': 'Bằng khen của Chủ tịch UBND Tỉnh',
  'form.giay-khen-thu-truong-so': 'Giấy khen của Thủ trưởng Sở, ngành',
  'form.khac': 'Hình thức khác',
  'honorStatus.da-khen-thuong': 'Đã khen thưởng',
  'honorStatus.de-nghi': 'Đề nghị khen thưởng',
  'recipientKind.tap-the': 'Tập thể',
  'recipientKind.ca-nhan': 'Cá nhân',
} as const;
