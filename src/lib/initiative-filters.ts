/**
 * The one-dimension filters of the initiatives library, each a set of pre-rendered pages
 * (`/mo-hinh/linh-vuc/chuyen-doi-so/`), so filtering works without JavaScript and the page count
 * grows with the number of values, not with their combinations.
 */
import { label, t } from '../i18n/vi.ts';
import { INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, type Initiative } from '../schemas/initiative.ts';
import { criteriaGroupId, criteriaGroupOf, UNIT_CRITERIA_GROUPS, type UnitKind } from '../schemas/unit.ts';
import { CAMPAIGN, PHASES, phaseOf } from '../schemas/calendar.ts';
import type { UiKey } from '../i18n/vi.ts';

export interface FilterDimension {
  /** URL segment of the dimension. */
  slug: string;
  title: UiKey;
  values: { slug: string; label: string }[];
  /** Whether an initiative (with its unit's kind) has the value. */
  test: (i: Initiative, unitKind: UnitKind | undefined, value: string) => boolean;
}

const years = Array.from({ length: CAMPAIGN.end - CAMPAIGN.start + 1 }, (_, i) => CAMPAIGN.start + i);

export const FILTER_DIMENSIONS: FilterDimension[] = [
  {
    slug: 'linh-vuc', title: 'initiatives.filter.field',
    values: INITIATIVE_FIELDS.map((v) => ({ slug: v, label: label('field', v) })),
    test: (i, _, v) => (i.fields as string[]).includes(v),
  },
  {
    slug: 'loai', title: 'initiatives.filter.kind',
    values: INITIATIVE_KINDS.map((v) => ({ slug: v, label: label('kind', v) })),
    test: (i, _, v) => i.kind === v,
  },
  {
    slug: 'nhom-tieu-chi', title: 'initiatives.filter.unitKind',
    values: UNIT_CRITERIA_GROUPS.map((g) => ({ slug: criteriaGroupId(g), label: t('criteria.group', { group: g }) })),
    test: (_, kind, v) => kind !== undefined && criteriaGroupId(criteriaGroupOf(kind)) === v,
  },
  {
    slug: 'giai-doan', title: 'initiatives.filter.phase',
    values: PHASES.map((p) => ({ slug: String(p.number), label: `${label('phase', String(p.number))} (${p.start}–${p.end})` })),
    test: (i, _, v) => String(phaseOf(i.year)) === v,
  },
  {
    slug: 'nam', title: 'initiatives.filter.year',
    values: years.map((y) => ({ slug: String(y), label: String(y) })),
    test: (i, _, v) => String(i.year) === v,
  },
  {
    slug: 'tinh-trang', title: 'initiatives.filter.status',
    values: INITIATIVE_STATUSES.map((v) => ({ slug: v, label: label('status', v) })),
    test: (i, _, v) => i.status === v,
  },
];
