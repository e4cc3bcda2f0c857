import { z } from 'zod';
import { oneOf, requiredText, text } from './common.ts';

/** Kinds of participating collective (plan II.1). */
export const UNIT_KINDS = [
  'phong-chuyen-mon',
  'trung-tam-phuc-vu-hcc',
  'don-vi-su-nghiep',
  'cong-an',
  'ban-chqs',
  'thon-xom',
  'doanh-nghiep',
  'mttq-doan-the',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Criteria groups of plan IV.1 that apply to collectives; 1.4 applies to individuals. */
export const CRITERIA_GROUPS = ['1.1', '1.2', '1.3', '1.4'] as const;
export type CriteriaGroup = (typeof CRITERIA_GROUPS)[number];
export type UnitCriteriaGroup = Exclude<CriteriaGroup, '1.4'>;
/** The groups a unit can be judged by (the values of `criteriaGroupOf`). */
export const UNIT_CRITERIA_GROUPS = CRITERIA_GROUPS.filter((g): g is UnitCriteriaGroup => g !== '1.4');

/** Entry id of a group's page under criteria/, and its URL segment: "1.2" → "1-2". */
export const criteriaGroupId = (group: CriteriaGroup): string => group.replace('.', '-');

/** The criteria group a unit is judged by: 1.2 for the Front and mass organisations, 1.3 for enterprises, 1.1 otherwise. */
export function criteriaGroupOf(kind: UnitKind): UnitCriteriaGroup {
  if (kind === 'mttq-doan-the') return '1.2';
  if (kind === 'doanh-nghiep') return '1.3';
  return '1.1';
}

/** `units/<id>.yml`: a participating collective. The file name is its id. */
export const unitSchema = z.strictObject({
  /** Full official name, e.g. "Phòng Văn hóa - Xã hội". */
  name: requiredText(150),
  /** Short name for tight places (cards, charts). */
  shortName: text({ max: 60 }).optional(),
  /** Kind of unit; decides the criteria group. */
  kind: oneOf(UNIT_KINDS),
  /** One or two sentences about the unit's role in the campaign. */
  description: text({ max: 500 }).optional(),
  /** Position in lists; lower first. */
  order: z.number({ error: 'phải là số' }).int().optional(),
});

export type Unit = z.output<typeof unitSchema>;
