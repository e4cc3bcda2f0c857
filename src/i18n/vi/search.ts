/**
 * Function words the index pairs with no neighbour ("của xã", "và các" are never a phrase anyone
 * looks for): with marks, as written, so "chợ" and "cờ" still pair while "cho" and "có" do not.
 * Leaving them out cuts the hidden words a page adds to its result fragment by a fifth (demo site:
 * +26.3 KB → +20.9 KB over 53 fragments).
 */
export const UNPAIRED_WORDS: readonly string[] = [
  'và', 'của', 'các', 'là', 'được', 'trong', 'với', 'những', 'để', 'đã', 'này', 'cho', 'có', 'theo',
  'khi', 'từ', 'thì', 'mà', 'nên', 'hoặc', 'tại', 'về', 'ở', 'sẽ', 'đến', 'bị', 'vào', 'lên', 'như',
  'cũng', 'đang', 'rất', 'nhiều', 'mỗi', 'mọi', 'đó', 'ấy', 'nào', 'gì', 'trên', 'dưới', 'bằng',
  'hay', 'nhưng', 'vì', 'nếu', 'thêm', 'còn', 'chỉ', 'đều',
];

/** The search page and the result types of the index. */
export default {
  'search.title': 'Tìm kiếm',
  'search.lead': 'Tìm trong toàn văn Kế hoạch, tiêu chí, mô hình, sáng kiến, bảng vàng, đơn vị và tin tức. Có thể gõ có dấu hoặc không dấu.',
  'search.label': 'Từ cần tìm',
  'search.submit': 'Tìm kiếm',
  'search.filters': 'Lọc kết quả',
  'search.clearFilters': 'Bỏ mọi bộ lọc',
  'search.noscript': 'Trang tìm kiếm cần JavaScript để đọc chỉ mục. Nếu trình duyệt của bạn tắt JavaScript, mời dùng các mục trong thanh điều hướng phía trên.',
  'search.loading': 'Đang tìm…',
  'search.empty': 'Nhập từ cần tìm vào ô phía trên.',
  'search.none': 'Không tìm thấy kết quả nào cho “{q}”.',
  'search.count': 'Tìm thấy {n} kết quả cho “{q}”.',
  'search.more': 'Hiện thêm kết quả',
  'search.error': 'Chưa tải được chỉ mục tìm kiếm. Mời thử lại sau.',
  'search.type.plan': 'Kế hoạch',
  'search.type.criteria': 'Tiêu chí',
  'search.type.initiative': 'Mô hình, sáng kiến',
  'search.type.honor': 'Khen thưởng',
  'search.type.unit': 'Đơn vị',
  'search.type.story': 'Tin tức',
  // Search filters: the name Pagefind and the page show, and the ASCII URL parameter (`?linh-vuc=…`).
  'search.filter.type': 'Loại trang',
  'search.filter.type.param': 'loai',
  'search.filter.field': 'Lĩnh vực',
  'search.filter.field.param': 'linh-vuc',
  'search.filter.year': 'Năm',
  'search.filter.year.param': 'nam',
  'search.filter.phase': 'Giai đoạn',
  'search.filter.phase.param': 'giai-doan',
  'search.filter.unitKind': 'Loại đơn vị',
  'search.filter.unitKind.param': 'loai-don-vi',
} as const;
