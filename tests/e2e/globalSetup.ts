import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, SUB_PATH } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    origin: string;
  }
}

/** Serves the built app (dist/, or $LOSS_LAB_DIST) under a sub-path for every browser test. */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.LOSS_LAB_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`no build at ${dist}: run "npm run build" first`);
  const { server, origin } = await serveStatic(dist);
  project.provide('appUrl', `${origin}${SUB_PATH}`);
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}
