/**
 * The workflow status of each entry under review (draft, pending_review, pending_publish), by its
 * branch, in a JSON file of the server's state folder (never in the content repository).
 */
import fs from 'node:fs';
import path from 'node:path';

interface State { status: string; by: string; at: string }

export class Workflow {
  #states: Record<string, State>;

  readonly file: string;

  constructor(file: string) {
    this.file = file;
    this.#states = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, State>) : {};
  }

  status(branch: string): string {
    return this.#states[branch]?.status ?? 'draft';
  }

  set(branch: string, status: string, by: string): void {
    this.#states[branch] = { status, by, at: new Date().toISOString() };
    this.#save();
  }

  remove(branch: string): void {
    delete this.#states[branch];
    this.#save();
  }

  #save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.#states, null, 2));
    fs.renameSync(temp, this.file);
  }
}
