import { describe, expect, it } from 'vitest';
import { entryOf, needsReload } from '../../src/cms/entry-address.ts';

describe('entryOf: the entry an address of the CMS opens', () => {
  it('names the collection and the entry of an editor address', () => {
    expect(entryOf('https://vuduong.example/admin/#/collections/stories/entries/cho-que-quet-ma-qr')).toBe('stories/cho-que-quet-ma-qr');
    expect(entryOf('http://127.0.0.1:4321/admin/#/collections/criteria/entries/1-1/')).toBe('criteria/1-1');
    expect(entryOf('/admin/#/collections/honors/entries/so-ket-2027?ref=workflow')).toBe('honors/so-ket-2027');
  });

  it('names nothing for a list, a new entry, the workflow board or an address without a hash', () => {
    for (const url of [
      '/admin/#/collections/stories',
      '/admin/#/collections/stories/new',
      '/admin/#/collections/stories/entries/',
      '/admin/#/workflow',
      '/admin/',
      '/admin/?x=/collections/stories/entries/a',
    ]) expect(entryOf(url), url).toBeUndefined();
  });
});

describe('needsReload: when Decap would show another entry than the address names', () => {
  const entry = (name: string) => `/admin/#/collections/stories/entries/${name}`;
  it('reloads when the address goes from one entry to another, or from a new entry to an entry', () => {
    expect(needsReload(entry('a'), entry('b'))).toBe(true);
    expect(needsReload(entry('a'), '/admin/#/collections/units/entries/a')).toBe(true);
    expect(needsReload('/admin/#/collections/stories/new', entry('b'))).toBe(true);
    expect(needsReload('/admin/#/collections/stories/new', '/admin/#/collections/units/entries/b', 'stories')).toBe(true);
  });
  it('leaves Decap its own moves: to the entry it has just saved, to the same entry, to a list or a new entry', () => {
    expect(needsReload('/admin/#/collections/stories/new', entry('b'), 'stories')).toBe(false);
    expect(needsReload(entry('a'), `${entry('a')}?ref=x`)).toBe(false);
    expect(needsReload(entry('a'), '/admin/#/collections/stories')).toBe(false);
    expect(needsReload(entry('a'), '/admin/#/collections/stories/new')).toBe(false);
    expect(needsReload('/admin/#/collections/stories', entry('a'))).toBe(false);
    expect(needsReload('/admin/#/workflow', entry('a'))).toBe(false);
  });
});
