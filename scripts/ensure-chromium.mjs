// Makes sure Debian's Chromium is present for the browser tests. Never downloads a browser build:
// as root it installs the distribution package with apt-get; otherwise it says what to run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`Chromium not found at ${path}; installing Debian's chromium package with apt-get…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // fall through to the check below
  }
  if (existsSync(path)) process.exit(0);
}
console.error(`Chromium is missing at ${path}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`);
process.exit(1);
