// Markdown tables of a bench run (ready to paste into the README), and the list of failures: byte
// budgets and leaks only; speed is reported as ratios to the trivial references, never failed.
const num = (x, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const ms = (x) => (typeof x === 'number' ? `${num(x, x < 100 ? 1 : 0)} ms` : 'n/a');
const sec = (x) => (typeof x === 'number' ? `${num(x / 1000, 2)} s` : 'n/a');
const times = (x) => (typeof x === 'number' ? `${num(x, 1)}×` : 'n/a');
const pct = (x) => (typeof x === 'number' ? `${x >= 0 ? '+' : ''}${num(x * 100, 1)} %` : 'n/a');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function report(results) {
  const failures = [];
  const out = [];
  const notes = [];
  const m = results.machine;
  const day = m.date.slice(0, 10);
  out.push(
    `Measured ${day} on ${m.cores} cores (${m.cpu}, ${m.memoryGB} GB), headless Chromium ${m.chromium ?? results.load?.chromium ?? '?'}, Node ${m.node}, Lighthouse ${m.lighthouse}` +
      (m.benchmarkIndex ? `, Lighthouse benchmarkIndex ${num(m.benchmarkIndex)}` : '') +
      `; whole bench ${num(results.seconds / 60, 1)} min.`,
  );
  const load = m.loadAverage;
  if (load) {
    const busy = load.max > m.cores;
    out.push('', `Load average (1 min) during the run: median ${num(load.median, 1)}, max ${num(load.max, 1)} on ${m.cores} cores${busy ? ' — **the machine was busy with other jobs: figures and ratios are unreliable; rerun on an idle machine**' : ''}.`);
  }

  if (results.load) {
    const l = results.load;
    const counts = [...new Set(Object.values(l.views).filter((v) => !v.label.startsWith('trivial')).map((v) => v.runs))].join(' or ');
    const runs = `median of ${l.views.trivial?.runs ?? 0} runs for the trivial page, ${counts} for each view of the app`;
    out.push('', `**Load**, Lighthouse mobile (simulated slow 4G, 4× CPU slowdown), ${runs}; LCP also as a ratio to the trivial static page in the same run. JS: transferred, gzip.`, '');
    out.push(
      table(
        ['view', 'performance', 'LCP', 'LCP ÷ trivial', 'TBT', 'CLS', 'JS KB'],
        Object.values(l.views).map((v) => [v.label, num(v.score, 2), sec(v.lcpMs), v.label.startsWith('trivial') ? '1.0×' : times(v.lcpRatio), `${num(v.tbtMs)} ms`, num(v.cls, 3), num(v.transferKB?.script, 1)]),
      ),
    );
    notes.push('Lighthouse, in the run with the median LCP: the LCP element; the longest tasks (simulated, ms) and the script they are attributed to.');
    for (const v of Object.values(l.views)) {
      if (!v.runs) continue;
      const tasks = (v.longTasks ?? []).slice(0, 3).map((t) => `${t.durationMs} ms ${t.url === v.url || /[?]/.test(t.url ?? '') ? 'document' : t.url}`).join(', ');
      notes.push(`- ${v.label}: LCP \`${v.lcpElement?.selector ?? '?'}\`; long tasks: ${tasks || 'none'}`);
    }
    for (const e of l.errors ?? []) notes.push(`- Lighthouse failed on ${e.view}: ${e.error}`);
  }

  if (results.input) {
    const i = results.input;
    const cell = (r, key) => (r ? `${ms(r[`${key}Ms`])} (${times(r[`${key}Ratio`])})` : 'n/a');
    out.push('', `**Input to next frame**, ${i.moves} keyboard moves (ArrowRight/ArrowLeft alternating) on each panel's main control, after ${i.warmupMoves} untimed; probe: ${i.probe}. In brackets: ÷ the trivial slider page (one range input redrawing one SVG path) in the same run.`, '');
    const keys = Object.keys(i.rates[1] ?? i.rates[4]);
    out.push(
      table(
        ['control', 'p50 at 1×', 'p95 at 1×', 'p50 at 4× CPU', 'p95 at 4× CPU'],
        keys.map((k) => [k === 'trivial' ? 'trivial slider page' : k, cell(i.rates[1]?.[k], 'p50'), cell(i.rates[1]?.[k], 'p95'), cell(i.rates[4]?.[k], 'p50'), cell(i.rates[4]?.[k], 'p95')]),
      ),
    );
    const et = keys.map((k) => `${k} ${num(i.rates[1]?.[k]?.eventTimingP95Ms)} / ${num(i.rates[4]?.[k]?.eventTimingP95Ms)}`).join(', ');
    for (const e of i.errors ?? []) notes.push(`- input could not be measured on ${e.view}: ${e.error.split('\n')[0]}`);
    out.push('', `For reference, Event Timing p95 (durationThreshold 16, so 16 is a floor), 1× / 4×: ${et} ms.`);
  }

  const rows = [];
  if (results.frames) {
    const f = results.frames.views;
    if (f.neuron) rows.push([`neuron animation frame, p50 / p95 at ${results.frames.rate}× CPU`, `${ms(f.trivial?.p50Ms)} / ${ms(f.trivial?.p95Ms)}`, `${ms(f.neuron.p50Ms)} / ${ms(f.neuron.p95Ms)}`, `${times(f.neuron.p50Ratio)} / ${times(f.neuron.p95Ratio)}`]);
  }
  if (results.course) {
    const c = results.course.pages;
    const r = results.course.ratios;
    rows.push(['course page with 3 embeds: load event (slow 4G, 4× CPU)', `${sec(c.trivial.loadMs)} (static page); ${sec(c.trivialCourse.loadMs)} (3 trivial frames)`, sec(c.course.loadMs), `${times(r.loadToTrivial)}; ${times(r.loadToTrivialCourse)}`]);
    rows.push(['course page: all 3 embeds rendered (first height message)', `${sec(c.trivialCourse.readyMs)} (3 trivial frames)`, sec(c.course.readyMs), times(r.readyToTrivialCourse)]);
  }
  if (results.bytes) {
    const b = results.bytes;
    const budget = (name, value, limit) => {
      const over = value > limit;
      if (over) failures.push(`${name}: ${num(value, 1)} KB > ${limit} KB`);
      rows.push([name, `budget ${limit} KB`, `${num(value, 1)} KB${over ? ' **OVER**' : ''}`, '']);
    };
    budget('first-view JS, gzip (what the default view fetches, no scroll)', b.firstViewJsGzipKB, results.budgets.firstViewJsGzipKB);
    budget(`largest lazy chunk, gzip (${b.largestLazyChunk.replace(/-[\w-]{8}\.js$/, '')})`, b.largestLazyChunkGzipKB, results.budgets.largestLazyChunkGzipKB);
    budget('all module JS, gzip', b.moduleJsGzipKB, results.budgets.moduleJsGzipKB);
    rows.push(['classic fallback bundle (sandboxed iframes only), gzip', '', `${num(b.classicJsGzipKB, 1)} KB`, '']);
    rows.push(['index.html (every view prerendered), gzip / raw', '', `${num(b.htmlGzipKB, 1)} KB / ${num(b.htmlRawKB, 0)} KB`, '']);
    rows.push(['CSS, gzip', '', `${num(b.cssGzipKB, 1)} KB`, '']);
  }
  if (results.leaks) {
    const l = results.leaks;
    for (const [name, r] of [
      [`leak: ${r0(l.slider)}`, l.slider],
      [`leak: ${r0(l.animation)}`, l.animation],
    ]) {
      if (!r.ok) failures.push(`${name}: heap ${pct(r.heapGrowth)}, nodes ${pct(r.nodesGrowth)} (limit +${l.limit * 100} %)`);
      rows.push([
        name,
        `heap ${num(r.before.heapMB, 1)} MB, nodes ${r.before.nodes} (document ${r.before.documentNodes})`,
        `heap ${num(r.after.heapMB, 1)} MB, nodes ${r.after.nodes} (document ${r.after.documentNodes})${r.ok ? '' : ' **LEAK**'}`,
        `heap ${pct(r.heapGrowth)}, nodes ${pct(r.nodesGrowth)}`,
      ]);
    }
  }
  if (rows.length) {
    out.push('', '**Animation, course page, bytes, leaks.** Leaks: JS heap after forced GC, DOM nodes from Performance.getMetrics (they include the prerendered views\' `<template>` contents; "document" counts the nodes of the page\'s tree); fails above +20 %.', '');
    out.push(table(['measure', 'reference / before', 'Loss Lab / after', 'ratio / growth'], rows));
  }
  for (const e of results.errors ?? []) {
    failures.push(`${e.phase} could not be measured: ${e.error.split('\n')[0]}`);
  }
  console.log(out.join('\n'));
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  return failures;
}

function r0(r) {
  if (r.moves) return `${r.moves.toLocaleString('en')} surrogate margin-slider moves (${r.how})`;
  return `neuron animation, ${r.seconds} s at speed ${r.url.match(/speed=(\d+)/)?.[1]} ≈ ${r.equivalent?.split(' (')[0]}`;
}
