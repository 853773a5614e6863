// Byte sizes of the build (gzip level 9, as the old bench). The first view loads through the
// page's inline script, which imports the module entry and adds its preloads; the entry imports
// React's DOM renderer, the shell and the panel's chunks on demand (src/main.tsx), so first-view JS
// is measured, not read from the imports: the script files the default view requests in Chromium
// without a scroll, until it is live and its network is quiet (firstViewRequested). The entry plus
// what it imports statically (its preloads among them) is kept as firstViewStaticJsGzipKB. The
// classic-*.js bundle is the whole app as one script, loaded only in opaque-origin (sandboxed)
// iframes: reported apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The files an ES module imports statically (`import … from "x"`, `import "x"`, `export … from "x"`), not `import("x")`. */
export function staticImports(source) {
  const specifiers = new Set();
  const pattern = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{][^;"'`()]*?\bfrom\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

/** The page's loader: { modern, preloads, classic } from the inline script, or the module <script src> of an older build. */
export function pageLoader(html, dist) {
  // The boot script (a file in <head>, scripts/vite-plugin-prerender.ts) names the module entry, its preloads and the classic bundle.
  const boot = html.match(/<script src="(\.\/assets\/boot-[^"]+\.js)"><\/script>/);
  const text = boot && dist ? readFileSync(join(dist, boot[1]), 'utf8') : html;
  // Each of its config's fields on its own (JSON: strings and arrays of strings), whatever their order.
  const field = (name, value) => text.match(new RegExp(`"${name}":(${value})`))?.[1];
  const modern = field('modern', '"[^"]+"');
  if (modern) {
    const list = (name) => JSON.parse(field(name, '\\[[^\\]]*\\]') ?? '[]');
    // An embed's view (embedPreloads) counts only for embeds: the first view here is a page of the site's.
    return { modern: JSON.parse(modern), preloads: list('preloads'), embedPreloads: list('embedPreloads'), classic: JSON.parse(field('classic', '"[^"]+"') ?? 'null'), inline: true };
  }
  const tag = html.match(/<script type="module"[^>]*src="([^"]+)"/);
  if (!tag) throw new Error('bench: no module entry found in index.html');
  return { modern: tag[1], preloads: [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]), classic: null, inline: false };
}

export function bundleSizes(dist) {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'));
  const loader = pageLoader(html.toString('utf8'), dist);
  const toFile = (url) => normalize(join(dist, url));
  // The first view: the entry and its static imports, transitively.
  const firstView = new Set();
  const queue = [toFile(loader.modern)];
  while (queue.length) {
    const file = queue.pop();
    if (firstView.has(file) || !existsSync(file)) continue;
    firstView.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) queue.push(normalize(join(dirname(file), spec)));
  }
  const preloadsNotImported = loader.preloads.map(toFile).filter((f) => !firstView.has(f));
  for (const f of preloadsNotImported) firstView.add(f); // loaded on the first view all the same
  const classicFile = loader.classic ? toFile(loader.classic) : null;
  let firstViewJs = 0;
  let moduleJs = 0;
  let css = 0;
  let classic = 0;
  let largestLazy = { name: '', gzip: 0 };
  for (const name of readdirSync(assets)) {
    const file = join(assets, name);
    if (name.endsWith('.css')) css += gz(readFileSync(file));
    if (!name.endsWith('.js')) continue;
    const size = gz(readFileSync(file));
    if (file === classicFile) {
      classic = size;
      continue;
    }
    moduleJs += size;
    if (firstView.has(file)) firstViewJs += size;
    else if (size > largestLazy.gzip) largestLazy = { name, gzip: size };
  }
  return {
    firstViewJsGzipKB: firstViewJs / 1024,
    firstViewStaticJsGzipKB: firstViewJs / 1024,
    firstViewFiles: [...firstView].map((f) => relative(dist, f)),
    preloadsNotStaticallyImported: preloadsNotImported.map((f) => relative(dist, f)),
    largestLazyChunkGzipKB: largestLazy.gzip / 1024,
    largestLazyChunk: largestLazy.name,
    moduleJsGzipKB: moduleJs / 1024,
    classicJsGzipKB: classic / 1024,
    classicFile: classicFile ? relative(dist, classicFile) : null,
    cssGzipKB: css / 1024,
    htmlGzipKB: gz(html) / 1024,
    htmlRawKB: html.length / 1024,
  };
}

/**
 * First-view JS as the browser fetches it: the gzip sizes of the script files (in dist) that the
 * default view requested until it was live. `urls` are the requested URLs, `base` the app's URL.
 */
export function firstViewRequested(dist, base, urls) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js')).map((path) => path.slice(new URL(base).pathname.length)))];
  const sizes = files.map((file) => ({ file, gzip: existsSync(join(dist, file)) ? gz(readFileSync(join(dist, file))) : 0 }));
  return { firstViewJsGzipKB: sizes.reduce((sum, f) => sum + f.gzip, 0) / 1024, firstViewFiles: sizes.map((f) => f.file) };
}
