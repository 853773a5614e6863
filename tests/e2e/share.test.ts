import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

const PANELS = ['surrogate', 'neuron', 'softmax', 'more'];
const GARBAGE = [
  'm=abc',
  'x=1e400,NaN',
  'losses=%3Csvg%20onload%3Dalert(1)%3E',
  'epochs=-5&eta=Infinity',
  `x=${Array(5000).fill(1).join(',')}`,
  'lang=klingon&theme=neon&v=999999',
  '%E0%A4%A=1&=&&&==',
  'hide=%22%3E%3Cimg%20src%3Dx%3E',
];

describe('links with garbage parameters', () => {
  it.each(PANELS)('%s opens with defaults, a notice and no error', async (panel) => {
    for (const junk of GARBAGE) {
      const { page, context, errors } = await openApp(browser, `?panel=${panel}&${junk}`);
      await waitForPanel(page);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(1);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(errors, junk).toEqual([]);
      await context.close();
    }
  });
});

describe('embedding', () => {
  it('an embed shows one panel without the site header, with a link back', async () => {
    const { page, context, errors } = await openApp(browser, '?embed=softmax&lang=zh-CN');
    await waitForPanel(page);
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    const link = page.getByRole('link', { name: /Loss Lab/ });
    expect(await link.getAttribute('href')).toBe(`${inject('appUrl')}?panel=softmax&lang=zh-CN`);
    // The reader changes the view inside the embed: the link follows when it is used.
    await page.getByRole('button', { name: '使用 logits [1, 5, 3]' }).click();
    // Hovering shows the current view in the status bar…
    await link.hover();
    expect(await link.getAttribute('href')).toBe(`${inject('appUrl')}?panel=softmax&lang=zh-CN&logits=1%2C5%2C3&trueClass=2`);
    // …and so does reaching it from the keyboard after another change.
    await page.getByRole('button', { name: '使用 logits [3, 1, −3]' }).click();
    await link.focus();
    expect(await link.getAttribute('href')).toBe(`${inject('appUrl')}?panel=softmax&lang=zh-CN&logits=3%2C1%2C-3&trueClass=2`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opening the embed box leaves the share buttons where they are, so a second click closes it', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax');
    await waitForPanel(page);
    const embedButton = page.getByRole('button', { name: 'Embed' });
    const before = (await embedButton.boundingBox())!;
    await embedButton.click();
    await page.getByRole('region', { name: 'Embed this panel in a course page' }).waitFor();
    const after = (await embedButton.boundingBox())!;
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(1);
    await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
    expect(await page.getByRole('region', { name: 'Embed this panel in a course page' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the example course page embeds two panels from a sub-path and sizes them to their content', async () => {
    const { page, context, errors } = await openApp(browser, 'examples/course.html');
    const frames = page.locator('iframe[data-loss-lab]');
    await expect.poll(() => frames.count()).toBe(2);
    for (const id of ['surrogate-frame', 'softmax-frame']) {
      const frame = page.frameLocator(`#${id}`);
      await frame.getByTestId('panel-body').waitFor();
    }
    // embed.js applies the reported height (the attribute says 640; the style comes from postMessage).
    // Each iframe ends up exactly as tall as its panel (the first message may come while the panel is
    // still loading, so poll until the heights agree).
    const mismatch = async () => {
      let worst = 0;
      for (const id of ['surrogate-frame', 'softmax-frame']) {
        const frame = await page.locator(`#${id}`).elementHandle();
        const content = await (await frame!.contentFrame())!.evaluate(() => Math.ceil(document.querySelector('.loss-lab.embed')!.getBoundingClientRect().height));
        const outer = await frame!.evaluate((f) => (f as HTMLIFrameElement).clientHeight);
        worst = Math.max(worst, Math.abs(outer - content), content < 400 ? Infinity : 0);
      }
      return worst;
    };
    await expect.poll(mismatch).toBeLessThanOrEqual(1);
    await screenshot(page, 'example-course-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores height messages from anything but its own frames', async () => {
    const { page, context } = await openApp(browser, 'examples/course.html');
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.style.height.endsWith('px')));
    // A message from the page itself (not from an embed's window) claiming height 5 would be
    // clamped to 80 px if it were accepted; real embeds are never that short.
    // A listener added after embed.js's runs after it for the same message: once it has seen the
    // message, embed.js has handled it (and should have ignored it).
    await page.evaluate(
      () =>
        new Promise<void>((handled) => {
          window.addEventListener('message', function seen(event) {
            if ((event.data as { height?: number } | null)?.height !== 5) return;
            window.removeEventListener('message', seen);
            handled();
          });
          window.postMessage({ type: 'loss-lab:height', height: 5 }, '*');
        }),
    );
    const heights = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height));
    expect(heights.every((h) => h !== '80px')).toBe(true);
    await context.close();
  });
});

describe('share bar', () => {
  it('copies a link that reopens the same view', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&lang=zh-CN');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await waitForPanel(page);
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByText('已复制到剪贴板。').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${inject('appUrl')}?panel=softmax&lang=zh-CN&v=1`);
    // Switch to English in the header: the next copied link is in English.
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('appUrl')}?panel=softmax&lang=en&v=1`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('dark theme and Chinese, screenshotted', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate&lang=zh-CN', { colorScheme: 'dark' });
    await waitForPanel(page);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.loss-lab')!).backgroundColor);
    expect(bg).toBe('rgb(20, 23, 27)');
    await screenshot(page, 'shell-dark-zh');
    await page.getByLabel('主题').selectOption('light');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.loss-lab')!).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('export', () => {
  it('downloads a chart as SVG with its title and axis labels, as a 2× PNG, and its data as CSV', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more&lang=zh-CN');
    await waitForPanel(page);
    const frame = page.locator('figure.chart-frame').first();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /SVG/ }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('regression-losses.svg');
    const svg = (await readDownload(svgDownload)).toString('utf8');
    // Compact checks (a failing toContain would print the whole file).
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.includes('>回归损失 L(r)</text>')).toBe(true);
    expect(svg.includes('残差 r = ŷ − y')).toBe(true);
    expect(svg.includes('var(--')).toBe(false);
    expect(svg.includes('stroke:rgb(0, 114, 178)')).toBe(true);
    expect(svg.length).toBeLessThan(120_000);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /PNG/ }).click()]);
    const png = await readDownload(pngDownload);
    mkdirSync('artifacts/screenshots', { recursive: true });
    writeFileSync('artifacts/screenshots/export-regression-losses.png', png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pngWidth = png.readUInt32BE(16);
    const svgWidth = await frame.locator('svg[role="img"]').evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
    expect(pngWidth).toBe(Math.round(svgWidth * 2));

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /CSV/ }).click()]);
    const csv = (await readDownload(csvDownload)).toString('utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('损失函数,r,L(r)');
    expect(lines.some((line) => line === 'mse,-3,9')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hide flags', () => {
  it('an embed hides the controls the teacher named, and ignores unknown names', async () => {
    const { page, context, errors } = await openApp(browser, '?embed=more&hide=information,curves,bogus');
    await waitForPanel(page);
    expect(await page.getByRole('heading', { name: 'Entropy, cross-entropy and KL divergence' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Losses shown' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Regression losses against the residual' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function readDownload(download: import('playwright-core').Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
