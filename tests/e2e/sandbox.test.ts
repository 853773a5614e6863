import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPerFile } from './browser';

/**
 * A course page on another origin (another port of the loopback), framing the app the way
 * WordPress and learning platforms do: `sandbox="allow-scripts"` gives each frame an opaque origin,
 * so everything it loads is a CORS request, and the app's server (globalSetup's) sends no
 * Access-Control-Allow-Origin header, like most static hosts.
 */
const FRAMES = [
  { id: 'softmax-sandboxed', query: '?embed=softmax', sandbox: 'allow-scripts', panel: 'softmax', embed: true },
  { id: 'neuron-sandboxed', query: '?panel=neuron', sandbox: 'allow-scripts', panel: 'neuron', embed: false },
  { id: 'softmax-same-origin', query: '?embed=softmax', sandbox: 'allow-scripts allow-same-origin', panel: 'softmax', embed: true },
] as const;

function coursePage(appUrl: string): string {
  const frames = FRAMES.map((f) => `<iframe id="${f.id}" sandbox="${f.sandbox}" src="${appUrl}${f.query}" title="${f.id}" width="900" height="700"></iframe>`).join('\n');
  // The host records every message with the id of the frame whose window sent it.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head><body>
<h1>ML 101, week 3</h1>
<script>
  window.received = [];
  window.addEventListener('message', function (event) {
    var frame = Array.prototype.find.call(document.querySelectorAll('iframe'), function (f) { return f.contentWindow === event.source; });
    window.received.push({ frame: frame ? frame.id : null, origin: event.origin, data: event.data });
  });
</script>
${frames}
</body></html>`;
}

const browser = browserPerFile();
let host: Server | undefined;
let courseUrl = '';

beforeAll(async () => {
  const appUrl = inject('appUrl');
  host = createServer((req, res) => {
    if (req.url !== '/course.html') {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(coursePage(appUrl));
  });
  // "localhost" vs the app's 127.0.0.1 would also be another site; another port is enough for another origin.
  await new Promise<void>((resolve) => host!.listen(0, '127.0.0.1', resolve));
  courseUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/course.html`;
});

afterAll(() => new Promise<void>((done) => (host ? host.close(() => done()) : done())));

/** Every frame's uncaught errors and rejections, kept in the frame (read with frameErrors). */
async function recordFrameErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const errors: string[] = [];
    (window as unknown as { __errors: string[] }).__errors = errors;
    window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
    window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
  });
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

describe('embedded in sandboxed iframes on another origin, from a host without CORS headers', () => {
  it('the app server sends no Access-Control-Allow-Origin header (the premise)', async () => {
    const response = await fetch(inject('appUrl'), { headers: { Origin: 'null' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('every frame renders its panel, embeds post their height, and copying and downloading fall back quietly', async () => {
    const context = await browser().newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console (${message.location().url}): ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await recordFrameErrors(page);
    await page.goto(courseUrl);

    // Each frame shows its panel: its heading, its main slider and, for softmax, the tables. The
    // frames load in parallel, so the first wait covers most of the others'; a frame that stays
    // blank is reported with the errors seen (e.g. the CORS errors of a module script).
    const blank: string[] = [];
    for (const f of FRAMES) {
      const frame = page.frameLocator(`#${f.id}`);
      try {
        // The prerendered HTML shows the panel at once; wait until the app (the classic bundle in an
        // opaque origin) has taken it over before using it.
        await frame.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
        await frame.locator(`#panel-title-${f.panel}`).waitFor({ timeout: 15_000 });
        await frame.getByTestId('panel-body').waitFor();
        await frame.locator('[data-bench-input]').first().waitFor();
        if (f.panel === 'softmax') await frame.getByTestId('shifted-table').waitFor();
      } catch {
        blank.push(f.id);
      }
    }
    expect(blank, `frames that stayed blank; errors: ${JSON.stringify(errors, null, 1)}`).toEqual([]);

    // Auto-height: each embed's window posts { type: 'loss-lab:height', height } to the course page.
    const heights = () =>
      page.evaluate(() =>
        (window as unknown as { received: { frame: string | null; data: { type?: string; height?: number } }[] }).received
          .filter((m) => m.data?.type === 'loss-lab:height' && typeof m.data.height === 'number' && m.data.height > 100)
          .map((m) => m.frame),
      );
    for (const f of FRAMES.filter((frame) => frame.embed)) await expect.poll(async () => (await heights()).includes(f.id), { message: `${f.id} posts its height` }).toBe(true);

    // The embeds still work: a preset changes the tables.
    const softmax = page.frameLocator('#softmax-sandboxed');
    await softmax.getByRole('button', { name: 'Use logits [1000, 2000, 3000, 4000, 5000]' }).click();
    await expect.poll(() => softmax.getByTestId('naive-table').locator('[data-issue="nan"]').count()).toBeGreaterThan(0);

    // No clipboard, no downloads in an allow-scripts frame: every export button either is absent
    // or explains itself; pressing them raises nothing.
    const exports = softmax.locator('.chart-downloads button');
    for (let i = 0; i < (await exports.count()); i++) {
      const button = exports.nth(i);
      if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
    }
    // The site view (neuron) has the share bar: "Copy link" falls back to a selectable link or says it copied.
    const neuron = page.frameLocator('#neuron-sandboxed');
    await neuron.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => neuron.locator('.share-status').textContent()).not.toBe('');
    if ((await neuron.locator('.share-status').textContent()) !== 'Copied to the clipboard.') await neuron.locator('.share-link-field').waitFor();
    // Language and theme cannot be saved (no storage in an opaque origin): switching still works.
    await neuron.getByLabel('Language').selectOption('zh-CN');
    await neuron.getByRole('heading', { level: 1, name: /损失函数/ }).waitFor();

    for (const f of FRAMES) {
      const frame = await frameOf(page, f.id);
      expect(await frame.evaluate(() => (window as unknown as { __errors?: string[] }).__errors ?? ['no error recorder']), f.id).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
