/**
 * `npm run staff -- add NAME --role editor|publisher`, `list`, `passwd NAME`, `remove NAME`: the
 * staff accounts of the publishing server (STAFF_FILE). A password is read from standard input
 * (one line), or asked twice on a terminal without echo.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { serverSettings } from '../src/server/settings.ts';
import { ROLES, StaffError, StaffStore, type Role } from '../src/server/staff.ts';

const USAGE = `Cách dùng:
  npm run staff -- add TÊN --role editor|publisher   thêm tài khoản (biên tập | xuất bản)
  npm run staff -- list                              liệt kê tài khoản
  npm run staff -- passwd TÊN                        đặt mật khẩu mới
  npm run staff -- remove TÊN                        xóa tài khoản
Mật khẩu đọc từ đầu vào chuẩn (một dòng), hoặc được hỏi khi chạy trên terminal.`;

/** One line from a pipe, or a password typed twice on a terminal without echo. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => write(s.startsWith(question) ? s : '');
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Mật khẩu: ');
  const again = await ask('Nhập lại mật khẩu: ');
  if (first !== again) throw new StaffError('Hai lần nhập mật khẩu không giống nhau.');
  return first;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' } } });
  const [command, name] = positionals;
  const store = new StaffStore(serverSettings().staffFile);
  switch (command) {
    case 'add': {
      if (!name || !values.role) throw new StaffError(USAGE);
      if (!ROLES.includes(values.role as Role)) throw new StaffError(`Vai trò "${values.role}" không hợp lệ; chọn editor hoặc publisher.`);
      await store.add(name, values.role as Role, await readPassword());
      console.log(`Đã thêm tài khoản "${name}" (${values.role}).`);
      break;
    }
    case 'list':
      for (const m of store.list()) console.log(`${m.name}\t${m.role}`);
      break;
    case 'passwd':
      if (!name) throw new StaffError(USAGE);
      await store.passwd(name, await readPassword());
      console.log(`Đã đổi mật khẩu của "${name}".`);
      break;
    case 'remove':
      if (!name) throw new StaffError(USAGE);
      store.remove(name);
      console.log(`Đã xóa tài khoản "${name}".`);
      break;
    default:
      throw new StaffError(USAGE);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof StaffError ? err.message : err);
  process.exit(err instanceof StaffError ? 2 : 1);
});
