/**
 * Preview pane templates: a story, an initiative and an honor laid out with the site's own classes
 * and words (the site's CSS is loaded into the pane), so staff see roughly the published page while
 * writing; a unit and a report as their facts, each under the label of its field in the form.
 * Values fixed by the schemas are shown by their Vietnamese names ("Khen thưởng sơ kết", not
 * "so-ket", which Decap's default preview showed); a criteria group leads with its code, audience
 * and unit kinds. The plan uses Decap's default preview (its fields and text, no codes), also with
 * the site's styles. Elements are made with the createElement of the React inside Decap's bundle
 * (`h`), never a second React.
 */
import type { ComponentType, createElement, ReactNode } from 'react';
import type { CMS as DecapCms, PreviewTemplateComponentProps } from 'decap-cms-core';
import { label, t } from '../i18n/vi.ts';
import words from '../i18n/vi/cms.ts';
import { RELATIONS, type RelationField } from './relations.ts';

type Props = PreviewTemplateComponentProps;
type H = typeof createElement;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const text = (props: Props, name: string): string => str(props.entry.getIn(['data', name]));
/** A field's value as plain data: a list or a group of fields comes as an Immutable object. */
const plain = (props: Props, name: string): unknown => {
  const v = props.entry.getIn(['data', name]) as { toJS?: () => unknown } | undefined;
  return v?.toJS ? v.toJS() : v;
};

/** A date as staff read it (dd/mm/yyyy); left as typed when it is not yet a full date. */
function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function hero(h: H, props: Props): ReactNode {
  const image = text(props, 'image');
  if (!image) return null;
  const src = props.getAsset(image)?.toString() ?? '';
  return h('figure', null, h('img', { src, alt: text(props, 'imageAlt') }));
}

/** The pane's page: the note that this is a preview, then an article with its kicker (if any), title and the rest. */
function frame(h: H, kicker: ReactNode, title: ReactNode, ...children: ReactNode[]): ReactNode {
  return h(
    'main',
    { lang: 'vi', style: { padding: '1rem', maxInlineSize: '42rem', marginInline: 'auto' } },
    h('p', { style: { fontSize: '0.9rem', color: 'var(--vd-color-muted)' } }, words.ui.previewIntro),
    h('article', { className: 'vd-prose' }, kicker ? h('p', null, kicker) : null, h('h1', null, title), ...children),
  );
}

function storyPreview(h: H, props: Props) {
  return frame(h, vnDate(text(props, 'date')), text(props, 'title'), h('p', { className: 'vd-lead' }, text(props, 'summary')), hero(h, props), props.widgetFor('body'));
}

function initiativePreview(h: H, props: Props) {
  const fields = (plain(props, 'fields') ?? []) as string[];
  const facts = [
    label('kind', text(props, 'kind')),
    ...fields.map((f) => label('field', f)),
    text(props, 'year'),
    label('status', text(props, 'status')),
  ].filter(Boolean);
  return frame(h, facts.join(' · '), text(props, 'title'), h('p', { className: 'vd-lead' }, text(props, 'summary')), hero(h, props), props.widgetFor('body'));
}

type Plain = Record<string, unknown>;

/** Decap's createClass (on `window` beside `h`): a component with state, for a name read after the first render. */
export type CreateClass = (spec: object) => ComponentType<RelatedProps>;
interface RelatedProps { preview: Props; field: RelationField; id: string }
interface RelatedState { name?: string }
interface Related { props: RelatedProps; state: RelatedState; setState(s: RelatedState): void; load(): void }
/** Names already read, by `collection/id`: a preview is drawn again at every keystroke. */
const names = new Map<string, string>();
/** The collection a relation field picks from, and the field its entries are shown by (the widget's own). */
const relatedOf = (field: RelationField) => ({ collection: RELATIONS[field].collection, key: RELATIONS[field].display_fields[0]! });

/**
 * The name of a related unit or initiative: as the relation widget left it when it was picked in
 * this editing session (Decap keeps the picked entry beside the form), else read from its
 * collection once; its id until then, or when it cannot be read.
 */
function relatedName(createClass: CreateClass): ComponentType<RelatedProps> {
  return createClass({
    getInitialState(): RelatedState {
      return {};
    },
    componentDidMount(this: Related) {
      this.load();
    },
    componentDidUpdate(this: Related, before: RelatedProps) {
      if (before.id !== this.props.id) this.load();
    },
    load(this: Related) {
      const { preview, field, id } = this.props;
      const { collection, key } = relatedOf(field);
      const picked: unknown = preview.fieldsMetaData?.getIn?.([field, collection, id, key]);
      const known = (typeof picked === 'string' && picked) || names.get(`${collection}/${id}`);
      if (known) {
        if (known !== this.state.name) this.setState({ name: known });
        return;
      }
      // With a slug, Decap's getCollection resolves to one entry, Map({ data, slug, path }).
      Promise.resolve(preview.getCollection(collection, id) as unknown)
        .then((entry) => {
          const data = (entry as { get?: (k: string) => unknown } | undefined)?.get?.('data') as { get?: (k: string) => unknown } & Record<string, unknown> | undefined;
          const name = data?.get ? data.get(key) : data?.[key];
          if (typeof name !== 'string' || !name || this.props.id !== id) return;
          names.set(`${collection}/${id}`, name);
          this.setState({ name });
        })
        .catch(() => undefined); // an entry not found (a typing in progress): the id stays
    },
    render(this: Related) {
      return this.state.name ?? this.props.id;
    },
  });
}
let Related: ComponentType<RelatedProps> | undefined;
const related = (h: H, props: Props, field: RelationField, id: string): ReactNode => (Related ? h(Related, { preview: props, field, id }) : id);

/** As the honor's page shows it (src/pages/bang-vang/[slug].astro): kicker, decision, recipients. */
function honorPreview(h: H, props: Props) {
  const status = text(props, 'status');
  const proposal = status === 'de-nghi';
  const form = text(props, 'form') === 'khac' ? text(props, 'formName') : label('form', text(props, 'form'));
  const year = text(props, 'year');
  const kicker = [label('period', text(props, 'period')), year && t('honors.year', { year }), form].filter(Boolean).join(' · ');
  const decision = (plain(props, 'decision') ?? {}) as Plain;
  const recipients = ((plain(props, 'recipients') ?? []) as (Plain | null)[]).filter((r): r is Plain => !!r);
  const row = (r: Plain, i: number) => {
    const unit = str(r.unit);
    const initiative = str(r.initiative);
    const ofUnit = r.kind === 'ca-nhan' && unit !== '';
    return h('tr', { key: i },
      h('th', { scope: 'row' }, str(r.name), ofUnit ? ', ' : null, ofUnit ? related(h, props, 'unit', unit) : null),
      h('td', null, label('recipientKind', str(r.kind))),
      h('td', null, str(r.achievement), initiative ? ' (' : null, initiative ? related(h, props, 'initiative', initiative) : null, initiative ? ')' : null));
  };
  return frame(h, kicker, text(props, 'title'),
    proposal ? h('p', { className: 'vd-lead' }, h('strong', null, t('honors.proposal'))) : null,
    decision.number ? h('p', null, t(proposal ? 'honors.proposalBy' : 'honors.decision', { number: str(decision.number), date: vnDate(str(decision.date)), issuer: str(decision.issuer) })) : null,
    h('table', null,
      h('caption', null, t('honors.recipients')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('honors.recipient')), h('th', { scope: 'col' }, t('honors.kind')), h('th', { scope: 'col' }, t('honors.achievement')))),
      h('tbody', null, ...recipients.map(row))));
}

/** Facts under the labels staff read in the form (src/i18n/vi/cms.ts), values fixed by the schemas by their names. */
function factsPreview(h: H, collection: 'units' | 'reports', title: ReactNode, facts: [field: string, value: string][]) {
  const fields: Record<string, readonly [string, string]> = { ...words.shared, ...words.collections[collection].fields };
  return frame(h, null, title,
    h('dl', null, ...facts.filter(([, v]) => v).flatMap(([f, v]) => [h('dt', { key: `${f}-t` }, fields[f]?.[0] ?? f), h('dd', { key: `${f}-d` }, v)])));
}

function unitPreview(h: H, props: Props) {
  return factsPreview(h, 'units', text(props, 'name'), [
    ['kind', label('unitKind', text(props, 'kind'))],
    ['shortName', text(props, 'shortName')],
    ['description', text(props, 'description')],
  ]);
}

function reportPreview(h: H, props: Props) {
  const unit = text(props, 'unit');
  const year = text(props, 'year');
  return factsPreview(h, 'reports', h('span', null, unit ? related(h, props, 'unit', unit) : null, unit && year ? ' · ' : null, year), [
    ['year', year],
    ['submitted', vnDate(text(props, 'submitted'))],
    ['number', text(props, 'number')],
    ['summary', text(props, 'summary')],
  ]);
}

/** A criteria group as its page leads: code, who it applies to, the unit kinds by name, then the text. */
function criteriaPreview(h: H, props: Props) {
  const kinds = ((plain(props, 'unitKinds') ?? []) as unknown[]).map((k) => label('unitKind', str(k)));
  const kicker = [text(props, 'code'), text(props, 'audience')].filter(Boolean).join(' · ');
  return frame(h, kicker, text(props, 'title'), kinds.length ? h('p', { className: 'vd-lead' }, kinds.join(', ')) : null, props.widgetFor('body'));
}

export function registerPreviews(cms: DecapCms, h: H, createClass?: CreateClass): void {
  if (createClass) Related = relatedName(createClass);
  cms.registerPreviewTemplate('stories', (props: Props) => storyPreview(h, props));
  cms.registerPreviewTemplate('initiatives', (props: Props) => initiativePreview(h, props));
  cms.registerPreviewTemplate('honors', (props: Props) => honorPreview(h, props));
  cms.registerPreviewTemplate('units', (props: Props) => unitPreview(h, props));
  cms.registerPreviewTemplate('reports', (props: Props) => reportPreview(h, props));
  cms.registerPreviewTemplate('criteria', (props: Props) => criteriaPreview(h, props));
}
