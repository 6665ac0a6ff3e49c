// Finds the Chromium the browser tests drive; on Debian as root installs it with apt when missing.
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

function version() {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

let found = version();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt && path === '/usr/bin/chromium') {
    console.log('Chromium is missing: installing Debian\'s chromium package with apt-get.');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = version();
  }
}
if (!found) {
  console.error(`No Chromium at ${path}. Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH to a Chromium or Chrome binary).`);
  process.exit(1);
}
console.log(`Browser tests use ${found} (${path}).`);
