/**
 * Preview pane templates: a story and an initiative laid out with the site's own classes (the
 * site's CSS is loaded into the pane), so staff see roughly the published page while writing.
 * Other collections use Decap's default preview, also with the site's styles. Elements are made
 * with the createElement of the React inside Decap's bundle (`h`), never a second React.
 */
import type { createElement, ReactNode } from 'react';
import type { CMS as DecapCms, PreviewTemplateComponentProps } from 'decap-cms-core';
import { label } from '../i18n/vi.ts';
import words from '../i18n/vi/cms.ts';

type Props = PreviewTemplateComponentProps;
type H = typeof createElement;

const text = (props: Props, name: string): string => {
  const v = props.entry.getIn(['data', name]);
  return v === undefined || v === null ? '' : String(v);
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

function frame(h: H, props: Props, kicker: string, ...children: ReactNode[]): ReactNode {
  return h(
    'main',
    { lang: 'vi', style: { padding: '1rem', maxInlineSize: '42rem', marginInline: 'auto' } },
    h('p', { style: { fontSize: '0.9rem', color: 'var(--vd-color-muted)' } }, words.ui.previewIntro),
    h('article', { className: 'vd-prose' }, h('p', null, kicker), h('h1', null, text(props, 'title')), ...children),
  );
}

function storyPreview(h: H, props: Props) {
  return frame(h, props, vnDate(text(props, 'date')), h('p', { className: 'vd-lead' }, text(props, 'summary')), hero(h, props), props.widgetFor('body'));
}

function initiativePreview(h: H, props: Props) {
  const list = props.entry.getIn(['data', 'fields']) as { toJS?: () => unknown } | undefined;
  const fields = (list?.toJS?.() ?? []) as string[];
  const facts = [
    label('kind', text(props, 'kind')),
    ...fields.map((f) => label('field', f)),
    text(props, 'year'),
    label('status', text(props, 'status')),
  ].filter(Boolean);
  return frame(h, props, facts.join(' · '), h('p', { className: 'vd-lead' }, text(props, 'summary')), hero(h, props), props.widgetFor('body'));
}

export function registerPreviews(cms: DecapCms, h: H): void {
  cms.registerPreviewTemplate('stories', (props: Props) => storyPreview(h, props));
  cms.registerPreviewTemplate('initiatives', (props: Props) => initiativePreview(h, props));
}
