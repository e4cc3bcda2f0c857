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

/** A piece of a label: a syllable said as a word, or letters without a vowel, spelled. */
interface Piece { text: string; spelled: boolean }

/**
 * The cheapest cut of a label into syllables, with runs of up to four letters that hold no vowel
 * spelled between them ("ubndxavuduong" → u, bnd spelled, xa vu duong; before, one letter that no
 * syllable could take spelled the whole label). The price, in this order: letters spelled, then
 * syllables lacking an initial consonant ("hoinongdan" → hoi nong dan, not "hoin ong dan"), then
 * fewer syllables, then a "t" ending one syllable before an "r" beginning the next: "tr" starts
 * far more syllables than it splits ("thitruongnongsan" → thi truong, not "thit ruong").
 */
function syllables(word: string): Piece[] {
  const cost = (piece: Piece) => (piece.spelled ? 1000 : /^[aeiouy]/.test(piece.text) ? 110 : 10);
  // best[i]: the cheapest cut of word.slice(i), found from the end.
  const best: { pieces: Piece[]; cost: number }[] = [];
  best[word.length] = { pieces: [], cost: 0 };
  for (let i = word.length - 1; i >= 0; i--) {
    // Longer syllables first: of two cuts at the same price the first found stays.
    for (let len = Math.min(7, word.length - i); len >= 1; len--) {
      const text = word.slice(i, i + len);
      const piece = isSyllable(text) ? { text, spelled: false } : len <= 4 && !/[aeiouyăâêôơư]/.test(text) ? { text, spelled: true } : undefined;
      const rest = best[i + len];
      if (!piece || !rest) continue;
      const next = rest.pieces[0];
      const split = !piece.spelled && next && !next.spelled && text.endsWith('t') && next.text.startsWith('r') ? 1 : 0;
      const total = cost(piece) + split + rest.cost;
      if (!best[i] || total < best[i]!.cost) best[i] = { pieces: [piece, ...rest.pieces], cost: total };
    }
  }
  return best[0]?.pieces ?? [{ text: word, spelled: true }];
}

function readLabel(label: string): string {
  return (label.match(/\d+|[^\d]+/g) ?? []).map((run) => {
    if (/^\d+$/.test(run)) return readDigits(run);
    const low = run.toLowerCase();
    if (SAID[low]) return SAID[low];
    if (run.length === 1) return readLetters(low);
    return syllables(low).map((piece) => (piece.spelled ? readLetters(piece.text) : piece.text)).join(' ');
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
