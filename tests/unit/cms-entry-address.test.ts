import { describe, expect, it } from 'vitest';
import { entryOf } from '../../src/cms/entry-address.ts';

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
