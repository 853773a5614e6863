/*
 * Draws the app's PNG icons (public/icons/) from public/favicon.svg in headless Chromium:
 * the icon as is at 192 and 512 px, and a full-bleed "maskable" variant (the glyph inside the
 * central 80 % safe zone, the background to the edges) at 512 px, and at 180 px for iOS's home
 * screen. Run after changing the favicon: node scripts/make-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const background = svg.match(/<rect [^>]*fill="([^"]+)"/)[1];
// The favicon's glyph (everything after its rounded background), scaled by 0.75 about the centre.
const glyph = svg.replace(/^[\s\S]*?<rect [^>]*\/>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(4 4) scale(0.75)">${glyph}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${icon.size}" height="${icon.size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
