/**
 * Staff accounts: name, role and an argon2id hash of the password (@node-rs/argon2), kept in one
 * JSON file outside the content repository (STAFF_FILE; the default lies in git-ignored .server/),
 * written atomically with owner-only permissions. Never part of a build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';

export const ROLES = ['editor', 'publisher'] as const;
export type Role = (typeof ROLES)[number];

export interface Account { name: string; role: Role; hash: string; created: string }
export interface StaffMember { name: string; role: Role }

/** ASCII login names: what staff type on any keyboard, safe in logs and git author names. */
export const NAME = /^[a-z][a-z0-9._-]{1,31}$/;
export const MIN_PASSWORD = 10;

export class StaffError extends Error {}

/** An argon2id hash of a password nobody has, checked when the name is unknown: same time either way. */
let dummy: Promise<string> | undefined;

export class StaffStore {
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  #read(): Account[] {
    if (!fs.existsSync(this.file)) return [];
    const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { accounts?: Account[] };
    return Array.isArray(data.accounts) ? data.accounts : [];
  }

  #write(accounts: Account[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(temp, this.file);
  }

  list(): StaffMember[] {
    return this.#read().map(({ name, role }) => ({ name, role }));
  }

  async add(name: string, role: Role, password: string): Promise<void> {
    if (!NAME.test(name)) throw new StaffError(`Tên đăng nhập "${name}" không hợp lệ: 2–32 ký tự, chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ.`);
    if (!ROLES.includes(role)) throw new StaffError(`Vai trò "${role}" không hợp lệ; chọn editor (biên tập) hoặc publisher (xuất bản).`);
    const accounts = this.#read();
    if (accounts.some((a) => a.name === name)) throw new StaffError(`Đã có tài khoản "${name}".`);
    accounts.push({ name, role, hash: await hashPassword(password), created: new Date().toISOString() });
    this.#write(accounts);
  }

  async passwd(name: string, password: string): Promise<void> {
    const accounts = this.#read();
    const account = accounts.find((a) => a.name === name);
    if (!account) throw new StaffError(`Không có tài khoản "${name}".`);
    account.hash = await hashPassword(password);
    this.#write(accounts);
  }

  remove(name: string): void {
    const accounts = this.#read();
    if (!accounts.some((a) => a.name === name)) throw new StaffError(`Không có tài khoản "${name}".`);
    this.#write(accounts.filter((a) => a.name !== name));
  }

  /** The member when name and password match, else undefined (after the same amount of work). */
  async check(name: string, password: string): Promise<StaffMember | undefined> {
    const account = this.#read().find((a) => a.name === name);
    dummy ??= hash('không ai có mật khẩu này');
    const ok = await verify(account?.hash ?? (await dummy), password).catch(() => false);
    return account && ok ? { name: account.name, role: account.role } : undefined;
  }
}

async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD) throw new StaffError(`Mật khẩu cần ít nhất ${MIN_PASSWORD} ký tự.`);
  // @node-rs/argon2's default algorithm is argon2id (m = 19 MiB, t = 2, p = 1, as OWASP advises).
  return hash(password);
}
