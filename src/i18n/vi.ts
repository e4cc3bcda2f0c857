/**
 * Every string a visitor reads, in one place, under dotted keys. Components call `t(key)`; a
 * missing key is a type error. `{name}` placeholders are filled from `params`.
 * Areas add keys under their own prefix: site., nav., home., doc., criteria., field., kind., …
 */
export const LANG = 'vi';
export const LOCALE = 'vi-VN';

export const vi = {
  // Site shell
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'site.campaignLabel': 'Phong trào thi đua',
  'site.footer.issuedBy': 'Cơ quan ban hành Kế hoạch',
  'site.footer.lead': 'Đầu mối theo dõi, nhận báo cáo',
  'site.footer.note': 'Trang thông tin chính thức của Phong trào thi đua trên địa bàn xã. Nội dung do cán bộ xã cập nhật.',
  'site.footer.contactMissing': 'Địa chỉ, điện thoại liên hệ chính thức: chưa công bố.',
  'site.notFound.title': 'Không tìm thấy trang',
  'site.notFound.body': 'Trang bạn tìm không có hoặc đã được chuyển đi. Mời quay về trang chủ hoặc dùng ô tìm kiếm.',
  'site.print': 'In trang này',
  'site.search.label': 'Tìm kiếm trên trang',
  'site.search.placeholder': 'Nhập từ cần tìm',
  'site.search.button': 'Tìm',

  // Navigation
  'nav.label': 'Điều hướng chính',
  'nav.menu': 'Mục lục trang',
  'nav.home': 'Trang chủ',
  'nav.plan': 'Kế hoạch',
  'nav.criteria': 'Tiêu chí',
  'nav.initiatives': 'Mô hình, sáng kiến',
  'nav.honors': 'Bảng vàng',
  'nav.units': 'Đơn vị',
  'nav.stories': 'Tin tức',
  'nav.stats': 'Thống kê',
  'nav.broadcast': 'Phát thanh',
  'nav.search': 'Tìm kiếm',

  // Home page
  'home.title': 'Trang chủ',
  'home.lead': 'Phong trào thi đua “{campaign}” trên địa bàn xã {commune} được triển khai từ năm {start} đến năm {end}, chia thành 02 giai đoạn.',
  'home.readPlan': 'Đọc toàn văn Kế hoạch',
  'home.goal.title': 'Mục đích của Phong trào',
  'home.timeline.title': 'Thời gian thi đua',
  'home.timeline.today': 'Hôm nay: {date}',
  'home.timeline.before': 'Phong trào chưa bắt đầu.',
  'home.timeline.after': 'Phong trào đã kết thúc.',
  'home.timeline.during': 'Đang ở năm thứ {n} của Phong trào, thuộc giai đoạn {phase}.',
  'home.timeline.progress': 'Đã đi qua {percent} thời gian của Phong trào',
  'home.phase.1': 'Giai đoạn 1 (2026 – 2027)',
  'home.phase.1.text': 'Triển khai Phong trào thi đua hiệu quả, thiết thực; sơ kết, đánh giá, rút kinh nghiệm.',
  'home.phase.2': 'Giai đoạn 2 (2028 – 2030)',
  'home.phase.2.text': 'Tiếp tục triển khai Phong trào thi đua; tổng kết vào cuối năm 2030.',
  'home.phase.current': 'Giai đoạn hiện tại',
  'home.deadline.title': 'Hạn gửi báo cáo năm',
  'home.deadline.next': 'Hạn gần nhất: {date}',
  'home.deadline.daysLeft': 'còn {days} ngày',
  'home.deadline.today': 'hôm nay là hạn cuối',
  'home.deadline.text': 'Các cơ quan, đơn vị, thôn/xóm và các tổ chức gửi báo cáo kết quả thực hiện Phong trào thi đua về Phòng Văn hóa - Xã hội chậm nhất ngày 05 tháng 11 hằng năm.',
  'home.deadline.none': 'Phong trào đã qua kỳ báo cáo cuối cùng.',
  'home.tasks.title': 'Ai làm gì',
  'home.tasks.lead': 'Nhiệm vụ của từng cơ quan, tổ chức theo mục V của Kế hoạch.',
  'home.tasks.source': 'Xem mục V trong Kế hoạch',

  // Official documents
  'doc.number': 'Số',
  'doc.numberPending': 'chưa có số',
  'doc.date': 'Ngày ban hành',
  'doc.dayPending': 'chưa ghi ngày',
  'doc.issuer': 'Cơ quan ban hành',
  'doc.signer': 'Người ký',
  'doc.basis': 'Căn cứ',
  'doc.basisItem': 'Kế hoạch số {number} ngày {date} của {issuer}',
  'doc.recipients': 'Nơi nhận:',
  'doc.toc': 'Mục lục',
  'doc.anchorLabel': 'Liên kết đến mục này',
  'doc.metaTitle': 'Thông tin văn bản',
  'doc.verbatim': 'Văn bản được chép nguyên văn theo bản ban hành, kể cả lỗi chính tả của bản gốc.',
  'doc.monthOnly': 'tháng {month} năm {year}',

  // Criteria
  'criteria.title': 'Tiêu chí thi đua và hình thức khen thưởng',
  'criteria.lead': 'Tiêu chí thi đua theo mục IV của Kế hoạch, cho từng nhóm đối tượng, và các hình thức khen thưởng.',
  'criteria.groups': 'Tiêu chí thi đua',
  'criteria.awards': 'Hình thức khen thưởng',
  'criteria.code': 'Mục IV.{code}',
  'criteria.audience': 'Áp dụng cho',
  'criteria.unitKinds': 'Loại đơn vị áp dụng',
  'criteria.source': 'Xem trong toàn văn Kế hoạch',
  'criteria.back': 'Tất cả tiêu chí',

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

export type UiKey = keyof typeof vi;

/** The Vietnamese string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Label of a vocabulary value, e.g. `label('field', 'chuyen-doi-so')`. */
export function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in vi ? vi[key as UiKey] : value;
}
