import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deferLater, LATER_CLOSE, LATER_OPEN, LATER_SLICE_ELEMENTS, REST_MARK, splitView } from '../../scripts/vite-plugin-prerender';

/** A view as React prerenders it: the shell, the panel's blocks in its body, then the code bar and footer. */
function view(blocks: string[]): string {
  return (
    '<div class="loss-lab app"><header class="site-header"><h1>Loss Lab</h1></header><main id="main"><section class="panel">' +
    '<h2 id="panel-title-x">X</h2><p class="panel-intro">Intro<!-- --> text</p>' +
    `<div class="panel-body" data-testid="panel-body"><div class="panel-x">${blocks.join('')}</div></div>` +
    '<div class="code-bar"><button type="button">Code</button></div></section></main><footer class="site-footer">Sources<br/>and credits</footer></div>'
  );
}

const chart = '<figure class="chart-frame "><svg viewBox="0 0 10 10"><path d="M0 0L10 10"></path><circle r="1"/></svg></figure>';
const controls = '<div class="controls"><input type="range" value="1"/><label>η</label></div>';
/** A block of `n` bytes that gzip cannot shrink much. */
const heavy = (n: number) => `<div class="table">${Array.from({ length: n / 8 }, (_, i) => ((i * 2654435761) >>> 0).toString(36).padStart(8, 'x').slice(0, 8)).join('')}</div>`;
const allGzipSizes = (text: string) => gzipSync(text).length;

describe('splitView (a prerendered view split into a first part and the rest)', () => {
  it('keeps the blocks up to the first chart in the first part; the rest, put in the mark’s place, gives the view back exactly', () => {
    const html = view([controls, chart, heavy(20_000), chart]);
    const split = splitView(html, allGzipSizes);
    expect(split).not.toBeNull();
    const { first, rest } = split!;
    expect(first.split(REST_MARK)).toHaveLength(2);
    expect(first.replace(REST_MARK, () => rest)).toBe(html);
    expect(first).toContain(controls + chart + REST_MARK + '</div></div>');
    expect(rest.startsWith('<div class="table">')).toBe(true);
    expect(rest.endsWith(chart)).toBe(true);
    // The shell after the panel body (code bar, footer) stays in the first part.
    expect(first).toContain('<footer class="site-footer">');
  });

  it('does not split when what follows the first chart is small, or when there is no chart', () => {
    expect(splitView(view([controls, chart, heavy(2_000)]), allGzipSizes)).toBeNull();
    expect(splitView(view([controls, heavy(40_000)]), allGzipSizes)).toBeNull();
    expect(splitView(view([controls, chart]), allGzipSizes)).toBeNull();
  });

  it('counts the rest by its gzipped size: 8 KB or more', () => {
    const html = view([chart, heavy(1_000)]);
    expect(splitView(html, () => 8 * 1024)).not.toBeNull();
    expect(splitView(html, () => 8 * 1024 - 1)).toBeNull();
  });
});

describe('deferLater (what follows the first chart waits in inert templates until after the first paint)', () => {
  const side = '<div class="side"><label>m</label><input type="range" value="1"/></div>';
  const layout = `<div class="layout"><div class="main"><p>Before</p>${chart}<p class="caption">After</p></div>${side}<section class="strip">Points</section></div>`;
  const unwrap = (html: string) => html.split(LATER_OPEN).join('').split(LATER_CLOSE).join('');
  /** The document as the parser builds it before the boot script runs: templates' content left out. */
  const firstPaint = (html: string) => html.replace(/<template data-later>[\s\S]*?<\/template>/g, '');

  it('gives the view back exactly once the templates are taken out', () => {
    const html = view([controls, layout, heavy(400), chart]);
    const deferred = deferLater(html);
    expect(deferred).not.toBe(html);
    expect(unwrap(deferred)).toBe(html);
  });

  it('keeps the shell, the heading, the intro, what comes before the chart and the chart itself for the first paint; defers the rest at every level', () => {
    const deferred = deferLater(view([controls, layout, heavy(400)]));
    const first = firstPaint(deferred);
    for (const kept of ['<h1>Loss Lab</h1>', 'id="panel-title-x"', 'class="panel-intro"', controls, '<p>Before</p>', chart]) expect(first).toContain(kept);
    for (const later of ['class="caption"', 'class="side"', 'class="strip"', 'class="table"', 'class="code-bar"', 'class="site-footer"']) expect(first).not.toContain(later);
    // One template per level below the view's root element where what follows is small, none inside another.
    expect(deferred.split(LATER_OPEN)).toHaveLength(6);
    expect(/<template data-later>(?:(?!<\/template>)[\s\S])*<template/.test(deferred)).toBe(false);
    // The templates stand where their content stood: the side column inside the layout, after the main column.
    expect(deferred).toContain(`<div class="main"><p>Before</p>${chart}${LATER_OPEN}<p class="caption">After</p>${LATER_CLOSE}</div>${LATER_OPEN}${side}`);
  });

  describe('in slices of at most so many elements, put back one per frame', () => {
    const item = (i: number) => `<li><b>${i}</b></li>`;
    const list = (n: number) => `<ul class="list">${Array.from({ length: n }, (_, i) => item(i)).join('')}</ul>`;
    /** Each template's own elements (those of templates inside it left out), by template. */
    const slices = (html: string) => {
      const sizes: number[] = [];
      const open: number[] = [];
      for (const match of html.matchAll(/<template data-later>|<\/template>|<[a-z][^>]*>/g)) {
        if (match[0] === LATER_OPEN) open.push(sizes.push(0) - 1);
        else if (match[0] === LATER_CLOSE) open.pop();
        else if (open.length) sizes[open.at(-1)!] += 1;
      }
      return sizes;
    };

    it('groups small elements that follow into one template up to the limit, text before an element going with it', () => {
      const html = view([chart, '<p>a</p>tail<p>b</p>', '<p>c</p> end']);
      expect(deferLater(html, 2)).toContain(`${chart}${LATER_OPEN}<p>a</p>tail<p>b</p>${LATER_CLOSE}${LATER_OPEN}<p>c</p> end${LATER_CLOSE}`);
      expect(deferLater(html, 3)).toContain(`${chart}${LATER_OPEN}<p>a</p>tail<p>b</p><p>c</p> end${LATER_CLOSE}`);
    });

    it('opens up an element larger than the limit: its first children with it, the others in templates inside it, nested as deep as needed', () => {
      const html = view([chart, list(10), `<section class="big"><h3>Big</h3>${list(10)}</section>`]);
      const deferred = deferLater(html, 6);
      expect(unwrap(deferred)).toBe(html);
      expect(deferred).toContain(`${chart}${LATER_OPEN}<ul class="list">${item(0)}${item(1)}${item(2)}${LATER_OPEN}${item(3)}${item(4)}${item(5)}${LATER_CLOSE}${LATER_OPEN}${item(6)}`);
      expect(deferred).toContain(`${LATER_OPEN}<section class="big"><h3>Big</h3>${LATER_OPEN}<ul class="list">${item(0)}${item(1)}${item(2)}${LATER_OPEN}${item(3)}`);
      // An opened element's own start tag rides with its first slice: one more than the limit at most.
      expect(Math.max(...slices(deferred))).toBeLessThanOrEqual(6 + 1);
    });

    it('never opens up an svg or a math element (a template inside them would not be an HTML template)', () => {
      const svg = `<svg viewBox="0 0 1 1">${Array.from({ length: 20 }, () => '<path d="M0 0"></path>').join('')}</svg>`;
      const math = `<math>${Array.from({ length: 20 }, () => '<mi>x</mi>').join('')}</math>`;
      const deferred = deferLater(view([chart, `<div class="card">${svg}${math}</div>`]), 6);
      expect(deferred).toContain(`${LATER_OPEN}<div class="card">${svg}${LATER_OPEN}${math}${LATER_CLOSE}</div>${LATER_CLOSE}`);
    });

    it('gives a large view back exactly, in slices of at most the default limit', () => {
      const html = view([controls, chart, list(200), heavy(400)]);
      const deferred = deferLater(html);
      expect(unwrap(deferred)).toBe(html);
      expect(Math.max(...slices(deferred))).toBeLessThanOrEqual(LATER_SLICE_ELEMENTS + 1);
    });
  });

  it('leaves a view without a chart as it is, and wraps nothing empty', () => {
    const noChart = view([controls, heavy(400)]);
    expect(deferLater(noChart)).toBe(noChart);
    expect(deferLater(view([chart]))).not.toContain(`${LATER_OPEN}${LATER_CLOSE}`);
  });

  it('refuses unbalanced HTML', () => {
    expect(() => deferLater(`<div>${chart}</div></div>`)).toThrow(/unbalanced/);
    expect(() => deferLater(`<div><div>${chart}</div>`)).toThrow(/unbalanced/);
  });
});
