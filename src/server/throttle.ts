/**
 * Slows down and then locks repeated wrong passwords, per account and address (and per address
 * across accounts, against guessing many names). In memory: a restart forgets, which only gives
 * an attacker who can restart the server nothing they did not have.
 */
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60_000;
const WINDOW_MS = 15 * 60_000;
/** Failures from one address, any account, before it is locked too. */
const ADDRESS_LIMIT = 30;

interface Count { failures: number; first: number; lockedUntil: number }

export class LoginThrottle {
  #counts = new Map<string, Count>();
  readonly now: () => number;
  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  #get(key: string): Count {
    const t = this.now();
    let c = this.#counts.get(key);
    if (!c || (t - c.first > WINDOW_MS && t > c.lockedUntil)) {
      c = { failures: 0, first: t, lockedUntil: 0 };
      this.#counts.set(key, c);
    }
    return c;
  }

  /** Milliseconds the account is still locked from this address (0 when not). */
  lockedFor(name: string, address: string): number {
    const t = this.now();
    return Math.max(0, this.#get(`${name}\n${address}`).lockedUntil - t, this.#get(`\n${address}`).lockedUntil - t);
  }

  /** Records a failure; returns how long to wait before answering (the slow-down). */
  fail(name: string, address: string): number {
    const t = this.now();
    const pair = this.#get(`${name}\n${address}`);
    const all = this.#get(`\n${address}`);
    pair.failures++;
    all.failures++;
    if (pair.failures >= LOCK_AFTER) pair.lockedUntil = t + LOCK_MS;
    if (all.failures >= ADDRESS_LIMIT) all.lockedUntil = t + LOCK_MS;
    return pair.failures < 2 ? 0 : Math.min(250 * 2 ** (pair.failures - 2), 2000);
  }

  succeed(name: string, address: string): void {
    this.#counts.delete(`${name}\n${address}`);
  }
}
