/** What `npm start` and `npm run dev` tell staff about the CMS once it runs. */
import type { CmsServer } from '../../src/cms/server.ts';

export function describeCms({ repository, mode }: CmsServer, siteUrl: string): string {
  const lines = [`Trang quản trị nội dung: ${siteUrl}/admin/ (bấm "Đăng nhập"; chỉ máy này truy cập được).`];
  if (mode === 'git') {
    lines.push(`Nội dung được lưu vào kho git ${repository.root}, mỗi lần lưu là một commit; có quy trình Bản nháp → Đang xét duyệt → Sẵn sàng → Công bố.`);
  } else if (repository.mode === 'git') {
    lines.push(`Kho git ${repository.root} đang có thay đổi chưa commit, nên trang quản trị ghi thẳng vào tệp, không commit và không có quy trình duyệt. Commit hoặc cất (git stash) các thay đổi rồi chạy lại để dùng quy trình duyệt.`);
  } else {
    lines.push(`Nội dung được ghi thẳng vào thư mục ${repository.root} (không phải kho git nên không có quy trình duyệt).`);
  }
  lines.push('Sau khi công bố, chạy lại "npm start" (hoặc "npm run build") để trang công khai cập nhật; lỗi nội dung hiện ngay khi build.');
  return lines.join('\n');
}
