/**
 * Vietnamese text for speech: Markdown in, loudspeaker-ready text out. Pure and synchronous.
 * Each kind of token has its module; `normalizeText` runs them in an order where the specific
 * readings come before the general ones (addresses and phone numbers before numbers, dates with a
 * year before fractions, fractions before bare day/month, rates before units, numbers last).
 * A sentence that opens with a digit or symbol starts with a capital once it is written out.
 */
import { expandGlossary, readSlashed, readSN, readWeekdays } from './abbreviations.ts';
import { readAddresses } from './addresses.ts';
import { readCodes } from './codes.ts';
import { readDates, readDayMonths } from './dates.ts';
import { readCountPairs, readFractions, readRatios } from './fractions.ts';
import { endSentence, markdownToParagraphs, stripInline } from './markdown.ts';
import { readMoney } from './money.ts';
import { readDecimalDots, readNumbers } from './numbers.ts';
import { readPhones } from './phones.ts';
import { readRoman } from './roman.ts';
import { readSymbols } from './symbols.ts';
import { readTimes } from './times.ts';
import { applyCapitals, markCapitals } from './shared.ts';
import type { Glossary } from './types.ts';
import { readRates, readUnits } from './units.ts';

export { readInteger, readNumber, readDigits } from './numbers.ts';
export { markdownToParagraphs } from './markdown.ts';
export { splitParts, PART_LENGTH } from './parts.ts';
export type { Glossary, GlossaryReading } from './types.ts';

/** One paragraph of plain text → words. */
export function normalizeText(input: string, glossary: Glossary = {}): string {
  let s = markCapitals(input.normalize('NFC'));
  s = readSN(s);
  s = readAddresses(s);
  s = readPhones(s);
  s = readWeekdays(s);
  s = readSlashed(s);
  s = readCountPairs(s);
  s = readRatios(s);
  s = readCodes(s, glossary);
  s = readRoman(s);
  s = readDates(s);
  s = readTimes(s);
  s = readFractions(s);
  s = readDayMonths(s);
  s = readDecimalDots(s);
  s = readRates(s);
  s = readMoney(s);
  s = readUnits(s);
  s = readNumbers(s);
  s = expandGlossary(s, glossary);
  return applyCapitals(readSymbols(s)).normalize('NFC');
}

/** Markdown → loudspeaker-ready text: paragraphs separated by a blank line, NFC, punctuation kept. */
export function toSpeechText(markdown: string, glossary: Glossary = {}): string {
  return markdownToParagraphs(markdown)
    .map((p) => endSentence(normalizeText(p, glossary)))
    .filter(Boolean)
    .join('\n\n');
}

/** A story for the air: the title as its own sentence, then the body. */
export function storySpeechText(title: string, body: string, glossary: Glossary = {}, summary?: string): string {
  const head = endSentence(normalizeText(stripInline(title), glossary));
  const parts = [head];
  if (summary) parts.push(endSentence(normalizeText(stripInline(summary), glossary)));
  const rest = toSpeechText(body, glossary);
  if (rest) parts.push(rest);
  return parts.join('\n\n');
}

/**
 * Broadcast pace: 130 words (Vietnamese syllables) per minute. Loudspeaker announcers read slower than
 * conversation (~160–180 syllables/min) so outdoor speakers with echo stay intelligible; 120–140 is the
 * usual range for commune radio bulletins, 130 is its middle.
 */
export const BROADCAST_WPM = 130;

/** Whole minutes at broadcast pace, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / BROADCAST_WPM));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
