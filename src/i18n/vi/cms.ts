/**
 * What staff read in the CMS (/admin/): the name of each collection and, for every field of every
 * schema, a label and a hint. `src/cms/config.ts` turns the zod schemas into Decap's configuration
 * and takes its words from here; a schema field without words here fails the build of the config
 * (and a test), so the CMS never shows a bare key.
 *
 * Field paths are dotted for nested objects and lists: `results.label`, `decision.date`.
 * `shared` covers fields that mean the same in every collection; a collection entry overrides it.
 */
export type FieldText = readonly [label: string, hint: string];

export interface CollectionText {
  label: string;
  singular: string;
  description: string;
  fields: Record<string, FieldText>;
}

const shared: Record<string, FieldText> = {
  draft: ['Bản nháp', 'Bật khi chưa muốn đăng: bản nháp không xuất hiện ở trang nào, nguồn cấp, tìm kiếm hay thống kê.'],
  image: ['Ảnh', 'Ảnh JPG, PNG hoặc WebP, được lưu cạnh bài. Ảnh chụp điện thoại được tự thu nhỏ và xóa thông tin vị trí GPS khi đăng.'],
  imageAlt: ['Mô tả ảnh', 'Bắt buộc khi có ảnh: tả ngắn gọn ảnh cho người khiếm thị, ví dụ "Cán bộ hướng dẫn người dân cài ứng dụng VNeID". Không ghi "ảnh", "hình 1" hay tên tệp.'],
  unit: ['Đơn vị', 'Chọn đơn vị trong danh sách Đơn vị tham gia; gõ vài chữ để tìm.'],
  initiative: ['Sáng kiến, mô hình liên quan', 'Chọn trong danh sách Sáng kiến, mô hình (nếu có); gõ vài chữ để tìm. Chỉ chọn mục đã công bố: mục còn là bản nháp chưa có trang để dẫn tới.'],
  order: ['Thứ tự', 'Số nhỏ đứng trước trong danh sách.'],
  body: ['Nội dung', 'Viết như soạn văn bản: tiêu đề mục, in đậm, danh sách. Không dán số CCCD, số điện thoại cá nhân, e-mail hay ngày sinh.'],
};

const collections = {
  stories: {
    label: 'Tin bài, câu chuyện thành công',
    singular: 'tin bài',
    description: 'Tin hoạt động và câu chuyện điển hình; mặc định được đưa sang trang Phát thanh để Đài truyền thanh xã đọc.',
    fields: {
      title: ['Tiêu đề', 'Tối đa 150 ký tự. Địa chỉ trang được tạo từ tiêu đề, không dấu.'],
      date: ['Ngày đăng', 'Ngày bài được công bố; không ghi ngày chưa tới.'],
      summary: ['Tóm tắt', 'Từ 20 đến 300 ký tự; hiện ở danh sách tin, kết quả tìm kiếm và nguồn cấp.'],
      unit: ['Đơn vị liên quan', 'Đơn vị mà bài viết nói tới (nếu có).'],
      broadcast: ['Đưa sang Phát thanh', 'Để bật nếu bài nên được đọc trên loa truyền thanh xã.'],
    },
  },
  initiatives: {
    label: 'Sáng kiến, mô hình, giải pháp',
    singular: 'sáng kiến, mô hình',
    description: 'Sáng kiến, mô hình, giải pháp, cách làm hay của các đơn vị, thôn, xóm, doanh nghiệp.',
    fields: {
      title: ['Tên sáng kiến, mô hình', 'Tối đa 150 ký tự, đúng tên sẽ công bố.'],
      unit: ['Đơn vị thực hiện', 'Đơn vị chủ trì; gõ vài chữ để tìm.'],
      fields: ['Lĩnh vực', 'Chọn một hoặc nhiều lĩnh vực của phong trào.'],
      kind: ['Loại', 'Sáng kiến, mô hình, giải pháp hay cách làm hay.'],
      year: ['Năm triển khai', 'Từ 2026 đến 2030. Giai đoạn tự suy ra: 2026–2027 là giai đoạn 1, 2028–2030 là giai đoạn 2.'],
      summary: ['Tóm tắt', 'Từ 20 đến 300 ký tự, lời lẽ dễ hiểu; hiện ở thẻ, nguồn cấp và kết quả tìm kiếm.'],
      status: ['Tình trạng', 'Đang triển khai, đã đạt hiệu quả hay đã được nhân rộng.'],
      authors: ['Tác giả', 'Chỉ ghi họ tên, mỗi người một dòng; không ghi thông tin cá nhân khác.'],
      'authors.*': ['Họ tên', 'Họ và tên một tác giả.'],
      results: ['Kết quả đo được', 'Các con số kết quả, ví dụ "Hồ sơ trực tuyến: 1250 hồ sơ". Được cộng vào trang Thống kê.'],
      'results.label': ['Chỉ tiêu', 'Tên con số, tối đa 80 ký tự, ví dụ "Hồ sơ trực tuyến".'],
      'results.value': ['Giá trị', 'Chỉ ghi số, dấu chấm cho phần thập phân, ví dụ 1250 hoặc 2.5.'],
      'results.unit': ['Đơn vị tính', 'Ví dụ "hồ sơ", "hộ", "%"; có thể để trống.'],
      featured: ['Nổi bật', 'Bật để đưa lên trang chủ và trang Phát thanh.'],
      body: ['Nội dung', 'Nên có các mục: Vấn đề đặt ra; Cách làm; Kết quả; Cách nhân rộng. Không ghi thông tin cá nhân.'],
    },
  },
  honors: {
    label: 'Khen thưởng (bảng vàng)',
    singular: 'quyết định khen thưởng',
    description: 'Quyết định khen thưởng hoặc đề nghị khen thưởng, kèm danh sách tập thể, cá nhân được khen.',
    fields: {
      title: ['Tiêu đề', 'Ví dụ "Khen thưởng hằng năm 2026". Tối đa 200 ký tự.'],
      decision: ['Quyết định', 'Bắt buộc khi đã khen thưởng; với đề nghị, ghi tờ trình (nếu có).'],
      'decision.number': ['Số quyết định', 'Ví dụ "125/QĐ-UBND".'],
      'decision.date': ['Ngày ban hành', 'Ngày ký quyết định (hoặc ngày gửi tờ trình đề nghị); không ghi ngày chưa tới. Khen thưởng chưa có quyết định thì để trạng thái “Đề nghị”.'],
      'decision.issuer': ['Cơ quan, người ban hành', 'Ví dụ "Chủ tịch Ủy ban nhân dân xã Vũ Dương". Hình thức cấp tỉnh phải do Tỉnh hoặc Sở ban hành.'],
      period: ['Đợt khen thưởng', 'Hằng năm (2026–2030), sơ kết (2027–2028) hay tổng kết (2030–2031).'],
      year: ['Năm', 'Năm của đợt khen thưởng, 2026–2031.'],
      form: ['Hình thức', 'Sơ kết chỉ có Giấy khen của Chủ tịch UBND xã; hình thức cấp tỉnh chỉ được đề nghị khi tổng kết; Cờ thi đua chỉ tặng tập thể.'],
      formName: ['Tên hình thức khác', 'Chỉ điền khi chọn "Hình thức khác".'],
      status: ['Trạng thái', 'Đã khen thưởng (có quyết định) hay mới đề nghị cấp trên.'],
      recipients: ['Được khen thưởng', 'Mỗi tập thể hoặc cá nhân một mục; cần ít nhất một.'],
      'recipients.kind': ['Tập thể hay cá nhân', 'Tập thể phải chọn đơn vị.'],
      'recipients.name': ['Tên', 'Tên tập thể hoặc họ tên cá nhân; không ghi thông tin cá nhân khác.'],
      'recipients.unit': ['Đơn vị', 'Bắt buộc với tập thể; với cá nhân là đơn vị công tác.'],
      'recipients.initiative': ['Sáng kiến, mô hình được ghi nhận', 'Nếu khen thưởng gắn với một sáng kiến, mô hình đã công bố (không phải bản nháp).'],
      'recipients.achievement': ['Thành tích', 'Một, hai câu về thành tích, tối đa 500 ký tự.'],
    },
  },
  units: {
    label: 'Đơn vị tham gia',
    singular: 'đơn vị',
    description: 'Phòng, ban, thôn, xóm, doanh nghiệp, tổ chức tham gia phong trào. Tên tệp là mã đơn vị, không đổi sau khi tạo.',
    fields: {
      name: ['Tên đơn vị', 'Tên chính thức đầy đủ, ví dụ "Phòng Văn hóa - Xã hội".'],
      shortName: ['Tên ngắn', 'Dùng ở chỗ hẹp như thẻ, biểu đồ; tối đa 60 ký tự.'],
      kind: ['Loại đơn vị', 'Quyết định nhóm tiêu chí: doanh nghiệp theo 1.3, Mặt trận và đoàn thể theo 1.2, còn lại theo 1.1.'],
      description: ['Giới thiệu', 'Một, hai câu về vai trò của đơn vị trong phong trào; tối đa 500 ký tự.'],
    },
  },
  reports: {
    label: 'Báo cáo hằng năm',
    singular: 'báo cáo',
    description: 'Báo cáo kết quả phong trào của từng đơn vị, gửi Phòng Văn hóa - Xã hội trước ngày 05/11 hằng năm.',
    fields: {
      unit: ['Đơn vị báo cáo', 'Gõ vài chữ để tìm đơn vị.'],
      year: ['Năm báo cáo', 'Từ 2026 đến 2030.'],
      submitted: ['Ngày nhận báo cáo', 'Ngày Phòng Văn hóa - Xã hội nhận được; sau 05/11 được ghi là nộp muộn.'],
      number: ['Số báo cáo', 'Ví dụ "25/BC-CAX".'],
      summary: ['Kết quả chính', 'Vài câu tóm tắt, tối đa 1000 ký tự.'],
    },
  },
  documents: {
    label: 'Văn bản',
    singular: 'văn bản',
    description: 'Kế hoạch của phong trào, chép đúng như bản ban hành, kể cả chỗ còn để trống. Trang web đăng một văn bản (ở mục Kế hoạch), nên ở đây chỉ sửa, không thêm văn bản mới; báo cáo sơ kết, tổng kết đăng thành tin bài.',
    fields: {
      kind: ['Loại văn bản', 'Như in phía trên tiêu đề, ví dụ "KẾ HOẠCH".'],
      title: ['Trích yếu', 'Như in dưới loại văn bản.'],
      shortTitle: ['Tên ngắn', 'Dùng cho menu và thẻ trình duyệt; tối đa 80 ký tự.'],
      number: ['Số, ký hiệu', 'Ví dụ "118/KH-UBND"; để "…/KH-UBND" khi chưa có số.'],
      place: ['Địa danh', 'Như in trước ngày tháng, ví dụ "Vũ Dương".'],
      date: ['Ngày ban hành', 'Dạng YYYY-MM-DD, hoặc YYYY-MM khi văn bản để trống ngày.'],
      issuer: ['Cơ quan ban hành', 'Ví dụ "Ủy ban nhân dân xã Vũ Dương".'],
      signer: ['Người ký', 'Khối chữ ký như in.'],
      'signer.authority': ['Thẩm quyền ký', 'Từng dòng như in, ví dụ "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH".'],
      'signer.authority.*': ['Dòng', 'Một dòng của khối thẩm quyền.'],
      'signer.name': ['Họ tên người ký', 'Như in dưới chữ ký.'],
      basis: ['Căn cứ', 'Các văn bản mà văn bản này thực hiện.'],
      'basis.number': ['Số, ký hiệu', 'Ví dụ "118/KH-UBND".'],
      'basis.date': ['Ngày', 'Ngày ban hành văn bản căn cứ.'],
      'basis.issuer': ['Cơ quan ban hành', 'Ví dụ "Ủy ban nhân dân tỉnh Ninh Bình".'],
      'basis.title': ['Trích yếu', 'Tên văn bản căn cứ (nếu có).'],
      recipients: ['Nơi nhận', 'Mỗi nơi nhận một dòng, như in.'],
      'recipients.*': ['Nơi nhận', 'Một dòng của mục Nơi nhận.'],
      summary: ['Tóm tắt', 'Một đoạn cho trang chủ và kết quả tìm kiếm; tối đa 400 ký tự.'],
      order: ['Thứ tự', 'Số nhỏ đứng trước; Kế hoạch là 0.'],
      body: ['Toàn văn', 'Chép đúng văn bản, giữ nguyên đánh số mục (I., 1., a)…).'],
    },
  },
  criteria: {
    label: 'Tiêu chí thi đua',
    singular: 'nhóm tiêu chí',
    description: 'Các nhóm tiêu chí 1.1–1.4 và hình thức khen thưởng (mục IV của Kế hoạch).',
    fields: {
      code: ['Mã mục', '"1.1", "1.2", "1.3", "1.4" hoặc "2" cho hình thức khen thưởng.'],
      title: ['Tiêu đề', 'Như trong Kế hoạch.'],
      audience: ['Áp dụng cho', 'Đối tượng áp dụng, lời lẽ dễ hiểu.'],
      unitKinds: ['Loại đơn vị áp dụng', 'Để trống với cá nhân và hình thức khen thưởng.'],
      planSection: ['Mục trong Kế hoạch', 'Mã neo của mục trên trang Kế hoạch, ví dụ "muc-iv-1-1".'],
      body: ['Nội dung', 'Trích nguyên văn mục tương ứng của Kế hoạch.'],
    },
  },
} satisfies Record<string, CollectionText>;

const files = {
  site: {
    label: 'Thông tin chung của trang',
    singular: 'thông tin chung',
    description: 'Tên xã, tỉnh, cơ quan, địa chỉ trang và đầu mối liên hệ chính thức.',
    fields: {
      commune: ['Tên xã', 'Không có chữ "xã", ví dụ "Vũ Dương".'],
      province: ['Tỉnh', 'Ví dụ "Ninh Bình".'],
      issuer: ['Cơ quan', 'Như in ở đầu văn bản, ví dụ "Ủy ban nhân dân xã Vũ Dương".'],
      campaign: ['Tên phong trào', 'Không có dấu ngoặc kép.'],
      url: ['Địa chỉ trang', 'Địa chỉ web đầy đủ, ví dụ https://…; dùng cho nguồn cấp và sơ đồ trang.'],
      contact: ['Liên hệ chính thức', 'Chỉ thông tin công khai của Ủy ban; đây là nơi duy nhất được ghi điện thoại, e-mail.'],
      'contact.office': ['Đầu mối', 'Ví dụ "Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã Vũ Dương".'],
      'contact.address': ['Địa chỉ', 'Địa chỉ trụ sở.'],
      'contact.phone': ['Điện thoại', 'Số điện thoại công khai của cơ quan.'],
      'contact.email': ['E-mail', 'Hộp thư công vụ của cơ quan.'],
      cms: ['Kho lưu nội dung', 'Cấu hình kỹ thuật cho trang quản trị khi triển khai; chỉ cán bộ kỹ thuật sửa.'],
      'cms.branch': ['Nhánh công bố', 'Nhánh của kho nội dung mà trang công khai hiển thị; thường là "main". Chỉ cán bộ kỹ thuật đổi.'],
    },
  },
  glossary: {
    label: 'Chữ viết tắt (Phát thanh)',
    singular: 'chữ viết tắt',
    description: 'Chữ viết tắt được đọc thành lời trên loa truyền thanh, ví dụ UBND → Ủy ban nhân dân.',
    fields: {
      entries: ['Danh sách chữ viết tắt', 'Mỗi chữ viết tắt một mục.'],
      'entries.abbr': ['Chữ viết tắt', 'Viết như trong bài, không có dấu cách, ví dụ "UBND".'],
      'entries.say': ['Cách đọc', 'Viết bằng chữ, không dùng chữ số, ví dụ "Ủy ban nhân dân".'],
      'entries.context': ['Ngữ cảnh (không bắt buộc)', 'Chỉ điền khi một chữ viết tắt có nhiều cách đọc: các từ thường đứng gần (trong năm từ trước hoặc sau) để chọn cách đọc này, ví dụ TT đọc "thông tư" khi gần "số", "Bộ". Để trống là cách đọc mặc định.'],
      'entries.context.*': ['Từ ngữ cảnh', 'Một từ hoặc cụm từ, viết thường, ví dụ "số" hoặc "ban hành".'],
    },
  },
} satisfies Record<string, CollectionText>;

/** The CMS's own screens: the group names in the side bar and the page title. */
const ui = {
  title: 'Quản trị nội dung',
  settings: 'Cài đặt chung',
  noScript: 'Trang quản trị cần bật JavaScript.',
  previewIntro: 'Xem trước: bài sẽ hiện gần như thế này khi đăng.',
  yes: 'Có',
  no: 'Không',
} as const;

export default { shared, collections, files, ui };
