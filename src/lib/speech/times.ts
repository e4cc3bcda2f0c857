/**
 * Times of day and their ranges: 14:30, 7h30, 8h, 8g30, lúc 8g, 7h-11h, 7-11h, 13h30 - 17h; "24/7" is the phrase
 * "hai tư trên bảy". A range says "từ … đến …" once, also after a "từ" already written.
 */
import { readInteger } from './numbers.ts';
import { hasDigit, likeLead, NA, NB, re } from './shared.ts';

/** Minutes may carry the minute mark: "19h30'" (a stray "'" would otherwise be left in the text). */
const TIME = "(\\d{1,2})(?:h|:|\\s?giờ\\s?)(?:(\\d{2})['’]?)?";
const clock = (h: string, mi?: string) => `${readInteger(h)} giờ` + (mi && +mi ? ` ${readInteger(mi)} phút` : '');
const ok = (h: string, mi?: string) => +h < 24 && (!mi || +mi < 60);


const ROUND_THE_CLOCK = re(`${NB}24/7${NA}`);
const TIME_RANGE = re(`(?:([Tt]ừ)\\s+)?${NB}(?:${TIME}|(\\d{1,2}))\\s*[-–]\\s*${TIME}${NA}`);
const CLOCK = re(`${NB}(\\d{1,2})(?::|h)(\\d{2})['’]?${NA}`);
const HOUR = re(`${NB}(\\d{1,2})h${NA}`);
/** "8g30" and "lúc 8g", as hours are also written; a bare "500g" stays grams (units.ts). */
const G_CLOCK = re(`${NB}(\\d{1,2})g(\\d{2})['’]?${NA}`);
const G_HOUR = re(`([Ll]úc)\\s+(\\d{1,2})g${NA}`);
/** "14 giờ 00 phút", "8 giờ 00": a time written out in words with no minutes is said as the hour alone. */
const ZERO_MINUTES = re(`${NB}(\\d{1,2})\\s+giờ\\s+00(?:\\s+phút)?${NA}`);
export function readTimes(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(ROUND_THE_CLOCK, 'hai tư trên bảy');
  // Ranges: 7h-11h, 7h30 - 11h, 7-11h (the first hour borrows the second's "h").
  s = s.replace(TIME_RANGE, (m, tu, h1, mi1, bare, h2, mi2) => {
    const a = h1 ?? bare;
    return ok(a, mi1) && ok(h2, mi2) && (h1 !== undefined || /h|giờ/.test(m)) ? likeLead(tu, `từ ${clock(a, mi1)} đến ${clock(h2, mi2)}`) : m;
  });
  s = s.replace(CLOCK, (m, h: string, mi: string) => (ok(h, mi) ? clock(h, mi) : m));
  s = s.replace(G_CLOCK, (m, h: string, mi: string) => (ok(h, mi) ? clock(h, mi) : m));
  s = s.replace(G_HOUR, (m, lead: string, h: string) => (+h < 24 ? `${lead} ${clock(h)}` : m));
  s = s.replace(ZERO_MINUTES, (m, h: string) => (+h < 24 ? clock(h) : m));
  // 24h and more is a span of hours, not a time of day: "24h qua" → hai mươi tư giờ qua.
  return s.replace(HOUR, (m, h: string) => (+h < 24 ? clock(h) : `${readInteger(h)} giờ`));
}
