// The bench's one loopback server: the built app under a course site's sub-path, and the bench's own
// reference pages (written into a temp dir) under /bench/, from the same origin. Text responses are
// gzipped, as a real static host sends them, so that Lighthouse's simulated network sees the bytes a
// visitor downloads. Every query string gets the same file, as on a static host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SUB_PATH = '/courses/ml101/loss-lab/';
export const BENCH_PATH = '/bench/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt']);

/** Serves `roots` ({ urlPrefix: folder }) on 127.0.0.1 at a free port; resolves to { server, origin }. */
export async function serve(roots) {
  const cache = new Map(); // file → { body, gzip } (the files do not change during a run)
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
      if (!prefix) return void res.writeHead(404).end();
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const root = roots[prefix];
      const file = normalize(join(root, rel));
      if (!file.startsWith(normalize(root) + sep)) return void res.writeHead(403).end();
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return void res.writeHead(404).end();
      let entry = cache.get(file);
      if (!entry) {
        const body = await readFile(file);
        entry = { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 6 }) : null };
        cache.set(file, entry);
      }
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? entry.gzip : entry.body;
      if (gzip) headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
