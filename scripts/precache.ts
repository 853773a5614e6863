/*
 * What the service worker must precache for Loss Lab to work offline, as pure functions: the build
 * (scripts/vite-plugin-offline.ts) checks its precache manifest with them and fails when a file is
 * missing or its revision is stale; tests reuse them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One precache entry as Workbox lists it: a URL relative to the service worker, with a revision unless the name is hashed. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The service worker itself: the only files of dist/ the app does not fetch through it. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Files in assets/ carry a content hash in their name (Vite's chunks, the boot and classic scripts): no revision needed. */
export const HASHED_ASSETS = /^assets\//;

/**
 * Every file of dist/ the app may load: the app shell (index.html, the stylesheet, the boot,
 * first-view and classic scripts), every lazy chunk, every prerendered view (views/*.html),
 * fonts, icons, the web manifest, embed.js and the example course page. Everything the build
 * writes except the service worker, Workbox's runtime and source maps.
 */
export function isNeededOffline(path: string): boolean {
  return path !== SERVICE_WORKER_FILE && !/^workbox-[^/]*\.js$/.test(path) && !path.endsWith('.map');
}

/** The precache entries a generated service worker lists (Workbox writes `{url:"…",revision:…}` objects). */
export function precacheEntriesOf(serviceWorker: string): PrecacheEntry[] {
  return [...serviceWorker.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(null|"([^"]*)")\s*\}/g)].map((m) => ({
    url: m[1],
    revision: m[3] ?? null,
  }));
}

/** Every file under `dir`, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Workbox's revision for a file without a hash in its name: the MD5 of its bytes, in hex. */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('md5').update(bytes).digest('hex');
}

/**
 * What is wrong with a precache manifest for the files in dist/ (`read` returns a file's bytes):
 * a needed file missing, an entry for a file that does not exist, an unhashed file without a
 * revision or with a revision that does not match its bytes (a stale copy would be served offline).
 * Empty when the manifest is right.
 */
export function precacheProblems(files: readonly string[], entries: readonly PrecacheEntry[], read: (path: string) => Buffer | string): string[] {
  const problems: string[] = [];
  const listed = new Map(entries.map((entry) => [entry.url, entry.revision]));
  for (const file of files) if (isNeededOffline(file) && !listed.has(file)) problems.push(`not precached: ${file}`);
  const existing = new Set(files);
  for (const [url, revision] of listed) {
    if (!existing.has(url)) problems.push(`precached but not in the build: ${url}`);
    else if (HASHED_ASSETS.test(url)) continue;
    else if (revision === null) problems.push(`no revision for ${url} (its name has no hash)`);
    else if (revision !== revisionOf(read(url))) problems.push(`stale revision for ${url}`);
  }
  return problems;
}

/** The same check against a build on disk. */
export function precacheProblemsIn(dist: string, entries: readonly PrecacheEntry[]): string[] {
  return precacheProblems(listFiles(dist), entries, (path) => readFileSync(join(dist, path)));
}
