/**
 * What staff read from the publishing server: the login page, the CMS backend's refusals (Decap
 * shows them as they are), the status of the public site on /admin/, and the console lines of
 * `npm start` and `npm run staff`.
 */
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export default {
  login: {
    title: 'Đăng nhập trang quản trị',
    intro: 'Dành cho cán bộ được cấp tài khoản. Người dân không cần đăng nhập để xem trang.',
    name: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    wrong: 'Sai tên đăng nhập hoặc mật khẩu. Hãy thử lại.',
    missing: 'Hãy nhập tên đăng nhập và mật khẩu.',
    locked: (minutes: number) => `Đăng nhập sai nhiều lần nên tài khoản này tạm khóa trên máy này. Hãy thử lại sau ${minutes} phút, hoặc nhờ cán bộ quản trị đặt lại mật khẩu.`,
    loggedOut: 'Đã đăng xuất.',
    expired: 'Phiên làm việc đã hết hạn; hãy đăng nhập lại.',
    back: 'Về trang chủ',
  },
  bar: {
    label: 'Tài khoản và trạng thái trang công khai',
    signedIn: (name: string, role: string) => `Đang đăng nhập: ${name} (${role})`,
    logout: 'Đăng xuất',
    roles: { editor: 'biên tập', publisher: 'xuất bản' } as Record<string, string>,
    /** A moment as staff read it: "14:05:09 ngày 07/12/2026" (a 2-digit year was ambiguous). */
    at: (time: string, date: string) => `${time} ngày ${date}`,
    updated: (when: string) => `Trang công khai cập nhật lúc ${when}.`,
    building: 'Đang cập nhật trang công khai…',
    queued: 'Có bài mới công bố đang chờ cập nhật.',
    failed: (when: string) => `Lần cập nhật lúc ${when} không thành công; trang công khai vẫn giữ bản trước. Lỗi:`,
    never: 'Trang công khai chưa được dựng lần nào.',
  },
  api: {
    unauthorized: 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập; hãy tải lại trang và đăng nhập.',
    foreign: 'Yêu cầu không đến từ trang quản trị của trang này nên bị từ chối.',
    publisherOnly: 'Chỉ cán bộ có quyền xuất bản mới được công bố, gỡ bài hoặc xóa. Hãy chuyển bài sang "Sẵn sàng" để người xuất bản duyệt.',
    badRequest: 'Yêu cầu không hợp lệ.',
    badBranch: 'Yêu cầu nhắm tới nhánh nội dung khác với nhánh đang công bố.',
    badEntry: 'Không xác định được bài viết (mục và tên tệp).',
    badStatus: 'Trạng thái không hợp lệ.',
    unknownAction: (action: string) => `Thao tác "${action}" không được hỗ trợ.`,
    notFound: (what: string) => `Không tìm thấy "${what}".`,
    folderRefused: (folder: string) => `Không được đọc thư mục "${folder}": chỉ các thư mục nội dung.`,
    entryIsImage: (p: string) => `"${p}" là tên tệp ảnh, không phải bài viết.`,
    assetNotImage: (p: string) => `"${p}" không phải ảnh JPG, PNG, WebP hay AVIF.`,
    tooLarge: (name: string, limit: number) => `Ảnh "${name}" lớn hơn ${MB(limit)}; hãy thu nhỏ ảnh rồi tải lên lại.`,
    bodyTooLarge: (limit: number) => `Dữ liệu gửi lên lớn hơn ${MB(limit)}; hãy thu nhỏ ảnh rồi thử lại.`,
    symlink: (p: string) => `Không được ghi vào "${p}": đường dẫn đi qua một liên kết (symlink).`,
    noBranch: (branch: string) => `Kho nội dung không có nhánh "${branch}".`,
    saved: 'Lưu bài',
    uploaded: 'Tải ảnh lên',
    deleted: 'Xóa',
    workingTreeLeft: 'đã công bố; các tệp sau trong thư mục làm việc có sửa đổi tại chỗ nên được giữ nguyên, chưa cập nhật theo bản công bố',
    workingTreeFailed: 'đã công bố; không cập nhật được thư mục làm việc theo bản công bố',
    publishedMessage: (what: string) => `Công bố ${what}`,
    internal: 'Máy chủ gặp lỗi khi xử lý; nội dung chưa bị thay đổi. Hãy thử lại, nếu vẫn lỗi thì báo cán bộ kỹ thuật.',
  },
  site: {
    building: 'Trang đang được dựng lần đầu, xin đợi ít phút rồi tải lại.',
    failed: 'Trang công khai chưa dựng được vì nội dung đã công bố còn lỗi; cán bộ quản trị xem lỗi ở trang quản trị và sửa. Trang sẽ có ngay sau khi sửa xong.',
  },
  console: {
    listening: (url: string, admin: string) => `Trang công khai và trang quản trị: ${url} (quản trị tại ${url}${admin}).`,
    firstAccount: (name: string, password: string) =>
      `Chưa có tài khoản cán bộ nào: đã tạo tài khoản xuất bản "${name}" với mật khẩu\n\n    ${password}\n\nMật khẩu chỉ hiện một lần này. Đăng nhập rồi đổi bằng: npm run staff -- passwd ${name}`,
    building: 'Đang dựng trang công khai từ nhánh đã công bố…',
    built: (ms: number) => `Đã cập nhật trang công khai (${(ms / 1000).toFixed(1)} giây).`,
    buildFailed: 'Dựng trang không thành công; trang công khai giữ bản trước.',
    notGit: (dir: string) => `Thư mục nội dung ${dir} không nằm trong kho git. Máy chủ lưu mỗi lần công bố thành một commit, nên cần kho git: chạy "git init && git add -A && git commit -m 'Nội dung'" trong thư mục đó, hoặc đặt CONTENT_DIR tới một kho git.`,
    badPort: (value: string) => `PORT không hợp lệ: "${value}".`,
    portBusy: (host: string, port: number) => `Cổng ${port} trên ${host} đang có chương trình khác dùng (có thể là một "npm start" khác). Tắt chương trình đó, hoặc chạy với PORT=<cổng khác>.`,
  },
} as const;
