import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertDocumentBudget, criticalCss, DOCUMENT_GZIP_BUDGET, LATER_CLOSE, LATER_OPEN, pageWith, REST_MARK, svgDataUrl } from '../../scripts/vite-plugin-prerender';

const PAGE = '<!doctype html><html lang="en"><head><title>t</title></head><body><div id="root"></div><noscript><p class="noscript-note">n</p></noscript></body></html>';

const CSS = [
  ':root{--accent:#06c}',
  ':root[data-theme=dark]{--accent:#9cf}',
  'html[data-swap] #root{visibility:hidden}',
  ':where(#root)[hidden]{display:block}',
  '.chart{color:red}',
  '.unused{color:blue}',
  '.chart:hover{color:green}',
  '.chart:focus-visible,.chart .mark{outline:2px solid}',
  '.chart::before{content:""}',
  '.chart:not(.unused){margin:0}',
  '@media (min-width:900px){.chart{width:50%}.unused{width:1px}}',
  '@media (min-width:900px){.unused{width:2px}}',
  '@media print{.chart{color:#000}}',
  '@keyframes spin{to{transform:rotate(1turn)}}',
  '.later{padding:1px}',
  '.rest{padding:2px}',
  '.noscript-note{font-weight:700}',
].join('');

describe('criticalCss', () => {
  const view = `<div class="chart"><span class="mark"></span></div>${LATER_OPEN}<p class="later">l</p>${LATER_CLOSE}${REST_MARK}`;
  const kept = criticalCss(CSS, [pageWith(PAGE, view, '<p class="rest">r</p>')]);

  it('keeps every rule a page’s element may use, at any width and theme, in the stylesheet’s order and words', () => {
    expect(kept).toBe(
      [
        ':root{--accent:#06c}',
        ':root[data-theme=dark]{--accent:#9cf}',
        'html[data-swap] #root{visibility:hidden}',
        ':where(#root)[hidden]{display:block}',
        '.chart{color:red}',
        '.chart:focus-visible,.chart .mark{outline:2px solid}',
        '.chart::before{content:""}',
        '.chart:not(.unused){margin:0}',
        '@media (min-width:900px){.chart{width:50%}}',
        '@keyframes spin{to{transform:rotate(1turn)}}',
        '.later{padding:1px}',
        '.rest{padding:2px}',
        '.noscript-note{font-weight:700}',
      ].join(''),
    );
  });

  it('leaves out rules no element matches, interaction states alone and print', () => {
    expect(kept).not.toMatch(/\.unused\{|:hover|print/);
  });

  it('the rules of the deferred parts and the rest count only when they are in the page', () => {
    const first = criticalCss(CSS, [pageWith(PAGE, '<div class="chart"></div>')]);
    expect(first).not.toMatch(/\.later|\.rest/);
  });
});

describe('the page’s bytes', () => {
  it('a page over DOCUMENT_GZIP_BUDGET fails the build', () => {
    const small = `<p>${'a'.repeat(1000)}</p>`;
    expect(assertDocumentBudget(small)).toBe(gzipSync(small).length);
    let noise = '';
    for (let i = 0; noise.length < 40_000; i += 1) noise += ((i * 2654435761) >>> 0).toString(36);
    expect(() => assertDocumentBudget(noise)).toThrow(/over its budget of 14200/);
    expect(DOCUMENT_GZIP_BUDGET).toBeLessThanOrEqual(14_600 - 170);
  });

  it('an SVG data URL decodes to the same picture and is shorter than encodeURIComponent’s', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" fill="#0072B2"/><path d="M4 26 L14 16"/></svg>';
    const url = svgDataUrl(svg);
    expect(url).not.toMatch(/[<>"#]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length)).replace(/'/g, '"')).toBe(svg);
    expect(url.length).toBeLessThan(`data:image/svg+xml,${encodeURIComponent(svg)}`.length * 0.75);
    expect(() => svgDataUrl("<svg aria-label='x'/>")).toThrow();
  });
});
