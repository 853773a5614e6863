// Lighthouse (performance category only) with its default settings, the 'mobile' form factor:
// simulated slow 4G (150 ms RTT, 1.6 Mbps down) and 4× CPU slowdown, a 412×823 Moto G Power screen.
// Runs on Debian's Chromium through chrome-launcher (Lighthouse's own launcher), never a downloaded browser.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** chrome-launcher as Lighthouse itself resolves it (it is Lighthouse's dependency, not ours). */
async function chromeLauncher() {
  const requireFromLighthouse = createRequire(fileURLToPath(import.meta.resolve('lighthouse')));
  const packageJson = requireFromLighthouse.resolve('chrome-launcher/package.json');
  const main = createRequire(packageJson)('chrome-launcher/package.json').main ?? 'dist/index.js';
  return import(pathToFileURL(join(packageJson, '..', main)).href);
}

/** Starts one Chromium for all runs; returns { port, version, close }. */
export async function launchForLighthouse(chromePath) {
  const { launch } = await chromeLauncher();
  const userDataDir = mkdtempSync(join(tmpdir(), 'loss-lab-lh-'));
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
  const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((r) => r.json()).catch(() => ({}));
  return {
    port: chrome.port,
    version: version.Browser ?? null,
    async close() {
      await chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// The five metrics that make up the performance score (the score is theirs alone, weighted), and the
// diagnostics the bench reports; skipping the other diagnostics saves their gatherers' time.
const AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
  'largest-contentful-paint-element',
  'long-tasks',
  'mainthread-work-breakdown',
  'bootup-time',
  'network-requests',
];

const basename = (url) => (url ? String(url).replace(/^.*\/(?=[^/]+\/?$)/, '').replace(/\?.*$/, '') || url : url);

/** One Lighthouse run of `url`: the figures the bench reports and what explains them. */
export async function runLighthouse(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], onlyAudits: process.env.BENCH_LH_ALL_AUDITS ? undefined : AUDITS, disableFullPageScreenshot: true });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const audit = (id) => lhr.audits[id];
  const items = (id) => audit(id)?.details?.items ?? [];
  const lcpNode = items('largest-contentful-paint-element').flatMap((item) => (item.type === 'table' ? item.items : [item])).find((item) => item.node)?.node;
  const requests = items('network-requests');
  const bytes = (filter) => requests.filter(filter).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  return {
    score: lhr.categories.performance.score,
    fcpMs: audit('first-contentful-paint').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    speedIndexMs: audit('speed-index').numericValue,
    interactiveMs: audit('interactive')?.numericValue ?? null,
    lcpElement: lcpNode ? { selector: lcpNode.selector, label: lcpNode.nodeLabel, snippet: String(lcpNode.snippet ?? '').slice(0, 160) } : null,
    longTasks: items('long-tasks')
      .slice(0, 5)
      .map((t) => ({ url: basename(t.url), startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
    mainThread: items('mainthread-work-breakdown')
      .slice(0, 4)
      .map((g) => ({ group: g.groupLabel ?? g.group, ms: Math.round(g.duration) })),
    bootup: items('bootup-time')
      .slice(0, 3)
      .map((s) => ({ url: basename(s.url), totalMs: Math.round(s.total), scriptingMs: Math.round(s.scripting) })),
    transferKB: {
      document: bytes((r) => r.resourceType === 'Document'),
      script: bytes((r) => r.resourceType === 'Script'),
      total: bytes(() => true),
    },
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    userAgent: lhr.environment?.hostUserAgent ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
    settings: { formFactor: lhr.configSettings.formFactor, throttlingMethod: lhr.configSettings.throttlingMethod, throttling: lhr.configSettings.throttling },
  };
}
