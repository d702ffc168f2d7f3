// Finds a Chrome or Chromium for tests, the Storybook smoke test and the benchmark.
// Honours CHROME_PATH; on a Debian machine run as root with none, installs Debian's chromium;
// elsewhere explains what to install. Never downloads a browser build of its own.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isDebianRoot() {
  try {
    return process.getuid?.() === 0 && /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChrome({ install = true } = {}) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (install && isDebianRoot()) {
    console.log("No Chrome or Chromium found: installing Debian's chromium (apt-get install chromium)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chrome or Chromium was found. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
      'macOS: Google Chrome) or set CHROME_PATH to its executable.',
  );
}

/** Flags Chromium needs here: as root it needs --no-sandbox, and the network is closed. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
