import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Where tests mount the built app: a sub-path, as course sites do. */
export const SUB_PATH = '/courses/ml101/loss-lab/';

/**
 * Serves `dir` under SUB_PATH on a loopback port (and `extra` directories under their own
 * prefixes, e.g. the example course page). Anything outside those prefixes is a 404, so an asset
 * URL that escapes the sub-path fails the test instead of passing by accident. `headers` go on every
 * response (e.g. a Content-Security-Policy, as a strict host would send).
 */
export async function serveStatic(dir: string, extra: Record<string, string> = {}, options: { headers?: Record<string, string> } = {}): Promise<{ server: Server; origin: string }> {
  const mounts = [[SUB_PATH, sirv(dir, { dev: true, etag: false })] as const, ...Object.entries(extra).map(([prefix, d]) => [prefix, sirv(d, { dev: true })] as const)];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    for (const [prefix, handler] of mounts) {
      if (url.startsWith(prefix)) {
        req.url = `/${url.slice(prefix.length)}`;
        handler(req, res, () => {
          res.statusCode = 404;
          res.end('not found');
        });
        return;
      }
    }
    res.statusCode = 404;
    res.end('outside the mounted paths');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}
