/**
 * What `npm start` and `npm run dev` share: the local CMS backend running beside a site server,
 * staff told where the CMS is and how it saves, and one Ctrl-C stopping both.
 */
import type { ChildProcess } from 'node:child_process';
import type { CmsServer } from '../../src/cms/server.ts';
import { ADMIN_PATH } from '../../src/routes.ts';

export function describeCms({ repository, mode }: CmsServer, siteUrl: string): string {
  const lines = [`Trang quản trị nội dung: ${siteUrl}${ADMIN_PATH} (bấm "Đăng nhập"; chỉ máy này truy cập được).`];
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

/** Runs until the site server exits or Ctrl-C; then stops both and exits with the server's code. */
export function runWithCms(site: ChildProcess, cms: CmsServer, siteUrl: string): void {
  console.log(describeCms(cms, siteUrl));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    site.kill('SIGTERM');
    await cms.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  site.on('exit', (code) => void stop(code ?? 0));
  cms.process.on('exit', (code) => {
    if (!stopping) console.error(`decap-server đã dừng (mã ${code}); trang quản trị không lưu được nữa.`);
  });
}
