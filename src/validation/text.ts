/**
 * Bytes to the text the site will show: strict UTF-8, BOM dropped, LF line ends, NFC; and the
 * characters that may appear nowhere in content: NUL (it stops the Astro build) and the
 * bidirectional controls that can make a line read differently from what it holds.
 */
import { isUtf8 } from 'node:buffer';
import type { Problem } from './messages.ts';

/** Decoded text, or undefined when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): string | undefined {
  // Strict UTF-8 as TextDecoder({ fatal: true }) reads it, which drops one leading BOM.
  if (!isUtf8(bytes)) return undefined;
  const length = bytes.length;
  const bom = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', bom, length);
  const lf = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (lf.includes('\r') ? lf.replace(/\r\n?/g, '\n') : lf).normalize('NFC');
}

/** NUL and the bidirectional embedding, override and isolate controls. */
const FORBIDDEN_ANYWHERE = /[\u0000\u202A-\u202E\u2066-\u2069]/g;

/** "U+202E" */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One problem per line holding a forbidden character, naming it and its column. */
export function forbiddenCharacters(text: string, file: string): Problem[] {
  FORBIDDEN_ANYWHERE.lastIndex = 0;
  if (!FORBIDDEN_ANYWHERE.test(text)) return [];
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    FORBIDDEN_ANYWHERE.lastIndex = 0;
    const m = FORBIDDEN_ANYWHERE.exec(line);
    if (m) {
      problems.push({
        file,
        message: `có ký tự ẩn ${codePoint(m[0])} ở cột ${m.index + 1} (ký tự điều khiển hoặc đảo chiều chữ); hãy xoá rồi gõ lại đoạn đó`,
        line: i + 1,
      });
    }
  });
  return problems;
}
