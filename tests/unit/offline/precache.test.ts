import { describe, expect, it } from 'vitest';
import { isNeededOffline, precacheEntriesOf, precacheProblems, revisionOf } from '../../../scripts/precache';

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><div id="root">surrogate</div>',
  'views/panel-neuron-en.html': '<section>neuron</section>',
  'views/embed-softmax-zh-CN.html': '<section>softmax</section>',
  'assets/index-AbC123.js': 'export{}',
  'assets/boot-XyZ789.js': '(function(){})()',
  'assets/classic-Qw12.js': '(function(){})()',
  'manifest.webmanifest': '{"name":"Loss Lab"}',
  'sw.js': 'precacheAndRoute([])',
  'workbox-1234abcd.js': '',
  'assets/index-AbC123.js.map': '{}',
};
const files = Object.keys(FILES).sort();
const read = (path: string) => FILES[path];

/** A right manifest for FILES: hashed assets without a revision, the rest with their bytes' MD5. */
function rightManifest() {
  return files.filter(isNeededOffline).map((url) => ({ url, revision: url.startsWith('assets/') ? null : revisionOf(FILES[url]) }));
}

describe('precache rules', () => {
  it('everything the build writes is needed offline except the worker, its runtime and source maps', () => {
    expect(files.filter((file) => !isNeededOffline(file))).toEqual(['assets/index-AbC123.js.map', 'sw.js', 'workbox-1234abcd.js']);
  });

  it('a right manifest has no problems', () => {
    expect(precacheProblems(files, rightManifest(), read)).toEqual([]);
  });

  it('names a prerendered view or script missing from the manifest (a worker generated before the prerender wrote them)', () => {
    const early = rightManifest().filter((entry) => !entry.url.startsWith('views/') && !entry.url.includes('boot'));
    expect(precacheProblems(files, early, read)).toEqual(['not precached: assets/boot-XyZ789.js', 'not precached: views/embed-softmax-zh-CN.html', 'not precached: views/panel-neuron-en.html']);
  });

  it('names a stale revision (index.html rewritten after the worker took its hash) and a missing one', () => {
    const manifest = rightManifest().map((entry) =>
      entry.url === 'index.html' ? { ...entry, revision: revisionOf('<!doctype html><div id="root"></div>') } : entry.url === 'manifest.webmanifest' ? { ...entry, revision: null } : entry,
    );
    expect(precacheProblems(files, manifest, read)).toEqual(['stale revision for index.html', 'no revision for manifest.webmanifest (its name has no hash)']);
  });

  it('names an entry for a file the build does not have', () => {
    expect(precacheProblems(files, [...rightManifest(), { url: 'views/panel-gone-en.html', revision: 'abc' }], read)).toEqual(['precached but not in the build: views/panel-gone-en.html']);
  });

  it('revisions are MD5 in hex, as Workbox computes them', () => {
    expect(revisionOf('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});

describe('precacheEntriesOf', () => {
  it('reads the entries of a minified Workbox service worker and of an unminified one', () => {
    const minified = 'e.precacheAndRoute([{url:"index.html",revision:"aeb7"},{url:"assets/boot-2N.js",revision:null}],{ignoreURLParametersMatching:[/.*/]})';
    expect(precacheEntriesOf(minified)).toEqual([
      { url: 'index.html', revision: 'aeb7' },
      { url: 'assets/boot-2N.js', revision: null },
    ]);
    const pretty = 'workbox.precacheAndRoute([{\n  "url": "views/panel-more-en.html",\n  "revision": "53ee"\n}], {});';
    expect(precacheEntriesOf(pretty)).toEqual([{ url: 'views/panel-more-en.html', revision: '53ee' }]);
  });
});
