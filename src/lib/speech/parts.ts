/**
 * Parts for text-to-speech engines, which take a few thousand characters per request: the text cut
 * into parts of at most `max` characters at sentence ends. A sentence longer than `max` alone is cut
 * at its last comma (or else space) that fits; a word is never cut, so a single word longer than
 * `max` makes a part of its own.
 */
export const PART_LENGTH = 2000;

/** Sentences with their trailing space, paragraph breaks kept inside the text they end. */
function sentences(text: string): string[] {
  return text.match(/[^.!?…]+(?:[.!?…]+|$)(?:["”»)]*)\s*/gu) ?? [];
}

/** Pieces of one sentence, each ≤ max where a comma or space allows. */
function cutLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.trim().length > max) {
    const window = rest.slice(0, max + 1);
    let at = window.lastIndexOf(', ') + 1;
    if (at <= 0) at = window.lastIndexOf(' ');
    if (at <= 0) at = rest.search(/\s/); // one word longer than max: it stays whole
    if (at <= 0) break;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trimStart();
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

export function splitParts(text: string, max = PART_LENGTH): string[] {
  const parts: string[] = [];
  let current = '';
  for (const s of sentences(text.trim())) {
    if ((current + s).trim().length <= max) { current += s; continue; }
    if (current.trim()) parts.push(current.trim());
    current = '';
    if (s.trim().length <= max) { current = s; continue; }
    const pieces = cutLong(s, max);
    parts.push(...pieces.slice(0, -1));
    current = (pieces.at(-1) ?? '') + ' ';
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
