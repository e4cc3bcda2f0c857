import { z } from 'zod';
import { campaignDate, draft, isDateInYears, oneOf, requiredText, slugId, text, yearIn } from './common.ts';
import { CAMPAIGN, PHASES } from './calendar.ts';

export const HONOR_PERIODS = ['hang-nam', 'so-ket', 'tong-ket'] as const;
export type HonorPeriod = (typeof HONOR_PERIODS)[number];

export const HONOR_FORMS = [
  'giay-khen-chu-tich-ubnd-xa',
  'co-thi-dua-tinh',
  'bang-khen-chu-tich-ubnd-tinh',
  'giay-khen-thu-truong-so',
  'khac',
] as const;
export type HonorForm = (typeof HONOR_FORMS)[number];

/** Forms decided at province level (IV.2.3): only proposed by the commune at tổng kết. */
export const PROVINCIAL_FORMS: readonly HonorForm[] = ['co-thi-dua-tinh', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen-thu-truong-so'];

export const HONOR_STATUSES = ['da-khen-thuong', 'de-nghi'] as const;
export const RECIPIENT_KINDS = ['tap-the', 'ca-nhan'] as const;

/** Years each period may carry: yearly awards within the campaign, reviews in the year they close or the next. */
export const PERIOD_YEARS: Record<HonorPeriod, readonly [number, number]> = {
  'hang-nam': [CAMPAIGN.start, CAMPAIGN.end],
  'so-ket': PHASES[0]!.reviewYears,
  'tong-ket': PHASES[1]!.reviewYears,
};

export const recipientSchema = z.strictObject({
  /** A collective (tập thể) or a person (cá nhân). */
  kind: oneOf(RECIPIENT_KINDS),
  /** Name of the collective or the person; names only, no other personal data. */
  name: requiredText(150),
  /** Unit id: required for a collective, the person's unit for an individual. */
  unit: slugId.optional(),
  /** Slug of the initiative the award recognises. */
  initiative: slugId.optional(),
  /** What was achieved, in one or two sentences. */
  achievement: requiredText(500),
});

/** The decision (or, for a proposal, the submission) the honor rests on. */
export const decisionSchema = z.strictObject({
  /** e.g. "125/QĐ-UBND". */
  number: requiredText(60),
  date: campaignDate,
  /** e.g. "Chủ tịch Ủy ban nhân dân xã Vũ Dương". */
  issuer: requiredText(150),
});

/** A provincial issuer: the province's People's Committee or one of its departments (Sở). */
export function isProvincialIssuer(issuer: string): boolean {
  return /(?<!\p{L})(tỉnh|sở)(?!\p{L})/iu.test(issuer.normalize('NFC'));
}

/** `honors/<slug>.yml`: an award decision or a proposal, with its recipients. */
export const honorSchema = z
  .strictObject({
    title: requiredText(200),
    decision: decisionSchema.optional(),
    /** Yearly award, phase-1 review (sơ kết) or final review (tổng kết). */
    period: oneOf(HONOR_PERIODS),
    year: yearIn(CAMPAIGN.start, PHASES[1]!.reviewYears[1]),
    form: oneOf(HONOR_FORMS),
    /** Name of the form when `form` is `khac`. */
    formName: text({ max: 150 }).optional(),
    /** Awarded, or proposed to a higher level. */
    status: oneOf(HONOR_STATUSES),
    recipients: z.array(recipientSchema, { error: 'phải là danh sách người/tập thể được khen' }).min(1, 'cần ít nhất một người hoặc tập thể được khen'),
    draft,
  })
  .superRefine((h, ctx) => {
    const [from, to] = PERIOD_YEARS[h.period];
    if (h.year < from || h.year > to) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: `năm ${h.year} không hợp với đợt "${h.period}" (chỉ ${from}–${to})` });
    }
    // A decision of year N's awards (or a review closing in N) is signed in N or early N + 1.
    if (h.decision && !isDateInYears(h.decision.date, h.year, h.year + 1)) {
      ctx.addIssue({ code: 'custom', path: ['decision', 'date'], message: `ngày ${h.decision.date} không hợp với năm khen thưởng ${h.year} (chỉ trong năm ${h.year} hoặc ${h.year + 1})` });
    }
    if (h.status === 'da-khen-thuong' && !h.decision) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'khen thưởng đã quyết định cần số, ngày và cơ quan ban hành quyết định' });
    }
    if (h.form === 'khac' && !h.formName) {
      ctx.addIssue({ code: 'custom', path: ['formName'], message: 'hình thức "khac" cần ghi tên hình thức khen thưởng' });
    }
    // IV.2.2: sơ kết gives the commune Chairman's Giấy khen only.
    if (h.period === 'so-ket' && h.form !== 'giay-khen-chu-tich-ubnd-xa') {
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'khen thưởng sơ kết chỉ có Giấy khen của Chủ tịch UBND xã' });
    }
    // IV.2.3: provincial forms are proposed at tổng kết; recorded as awarded only with a provincial issuer.
    if (PROVINCIAL_FORMS.includes(h.form)) {
      if (h.period !== 'tong-ket') {
        ctx.addIssue({ code: 'custom', path: ['form'], message: 'hình thức khen thưởng cấp tỉnh chỉ được đề nghị khi tổng kết' });
      } else if (h.status === 'da-khen-thuong' && h.decision && !isProvincialIssuer(h.decision.issuer)) {
        ctx.addIssue({ code: 'custom', path: ['decision', 'issuer'], message: 'hình thức cấp tỉnh phải do UBND tỉnh hoặc Sở ban hành; xã chỉ đề nghị (status: de-nghi)' });
      }
    }
    h.recipients.forEach((r, i) => {
      if (h.form === 'co-thi-dua-tinh' && r.kind !== 'tap-the') {
        ctx.addIssue({ code: 'custom', path: ['recipients', i, 'kind'], message: 'Cờ thi đua chỉ tặng cho tập thể, không tặng cá nhân' });
      }
      if (r.kind === 'tap-the' && !r.unit) {
        ctx.addIssue({ code: 'custom', path: ['recipients', i, 'unit'], message: 'tập thể được khen phải ghi mã đơn vị' });
      }
    });
  });

export type Honor = z.output<typeof honorSchema>;
export type Recipient = Honor['recipients'][number];
