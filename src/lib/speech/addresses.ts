/**
 * E-mail and web addresses, spoken so a listener can write them down: "." chấm, "@" a còng,
 * "/" gạch chéo; the scheme (https://) is not said. Short or vowel-less labels are spelled.
 */
import { readDigits } from './numbers.ts';
import { isSyllable, readLetters } from './shared.ts';

/** Labels a broadcaster says as a word, not letter by letter. */
const SAID: Record<string, string> = {
  www: 'vê kép vê kép vê kép', gov: 'gờ o vê', vn: 'vê en', com: 'com', net: 'nét', org: 'o rờ gờ', edu: 'e đu',
  gmail: 'gờ meo', mail: 'meo', email: 'i meo', yahoo: 'da hu', zalo: 'da lô', facebook: 'phây búc', youtube: 'diu túp',
  info: 'in phô', vneid: 'vê en e ai đi', html: 'hát tê em e lờ', php: 'pê hát pê', app: 'áp',
};
const SEPARATORS: Record<string, string> = { '.': 'chấm', '@': 'a còng', '/': 'gạch chéo', '-': 'gạch ngang', '_': 'gạch dưới', ':': 'hai chấm', '?': 'hỏi', '=': 'bằng', '&': 'và' };

function syllables(word: string): string[] | undefined {
  if (!word) return [];
  // Of all the ways to cut, the one with fewest syllables lacking an initial consonant, then fewest
  // syllables: "hoinongdan" → hoi nong dan, not "hoin ong dan".
  let best: string[] | undefined;
  const cost = (l: string[]) => l.filter((x) => /^[aeiouy]/.test(x)).length * 100 + l.length;
  for (let len = Math.min(word.length, 7); len > 0; len--) {
    const head = word.slice(0, len);
    if (!isSyllable(head)) continue;
    const rest = syllables(word.slice(len));
    if (rest && (!best || cost([head, ...rest]) < cost(best))) best = [head, ...rest];
  }
  return best;
}

function readLabel(label: string): string {
  return (label.match(/\d+|[^\d]+/g) ?? []).map((run) => {
    if (/^\d+$/.test(run)) return readDigits(run);
    const low = run.toLowerCase();
    if (SAID[low]) return SAID[low];
    const split = run.length > 1 ? syllables(low) : undefined;
    return split ? split.join(' ') : readLetters(low);
  }).join(' ');
}

export function readAddress(address: string): string {
  const body = address.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return body.split(/([.@/\-_:?=&])/).filter(Boolean).map((p) => SEPARATORS[p] ?? readLabel(p)).join(' ');
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** With a scheme any host; without one only hosts ending in a common top-level domain (never "v.v."). */
const WEB = /(?<![\p{L}\p{N}@.])(?:https?:\/\/[^\s<>()]+|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|org|net|gov|edu|info|io)(?:\/[^\s<>()]*)?)(?![\p{L}\p{N}])/giu;

/** Reads every address; a full stop or comma right after one is the sentence's, not the address's. */
export function readAddresses(s: string): string {
  const trail = (m: string) => /[.,;:!?)]+$/.exec(m)?.[0] ?? '';
  const swap = (m: string) => {
    const t = trail(m);
    return readAddress(m.slice(0, m.length - t.length)) + t;
  };
  return s.replace(EMAIL, swap).replace(WEB, swap);
}
