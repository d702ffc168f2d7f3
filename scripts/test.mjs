// `npm test`: the command-line tests in Node, the component tests in headless Chromium (Web Test
// Runner, with coverage), then the CDN size budgets. Ends with one line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

let chrome;
try {
  chrome = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const extra = process.argv.slice(2);
mkdirSync('test-results', { recursive: true });
for (const file of ['wtr.json', 'node.json', 'size.json']) rmSync(`test-results/${file}`, { force: true });

// Node side: the `bekasi-elements validate` command and the generated JSON Schema.
const node = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/server/node-count-reporter.mjs',
    '--test-reporter-destination=test-results/node.json',
    ...readdirSync('test/node')
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `test/node/${file}`),
  ],
  { stdio: 'inherit', shell: false },
);

const wtr = spawnSync('npx', ['web-test-runner', '--coverage', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});

// The size budgets (design.md) are part of the tests: each CDN file within budget is a pass.
const size = spawnSync(process.execPath, ['scripts/size.mjs', '--fresh'], { stdio: 'inherit' });

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0, missing: true };
  }
};
const nodeCounts = read('test-results/node.json');
const wtrCounts = read('test-results/wtr.json');
const sizeFiles = read('test-results/size.json').files ?? [{ ok: false }];
const sizeCounts = {
  passed: sizeFiles.filter((file) => file.ok).length,
  failed: sizeFiles.filter((file) => !file.ok).length,
  // Over design.md's budget but within the ceiling scripts/size.mjs holds them to.
  overBudget: sizeFiles.filter((file) => file.ok && file.gzip > file.budget).length,
};
const passed = nodeCounts.passed + wtrCounts.passed + sizeCounts.passed;
const failed = nodeCounts.failed + wtrCounts.failed + sizeCounts.failed;
const skipped = nodeCounts.skipped + wtrCounts.skipped;
const ok = node.status === 0 && wtr.status === 0 && size.status === 0 && failed === 0;
console.log(
  `\nnode: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed; ` +
    `browser: ${wtrCounts.passed} passed, ${wtrCounts.failed} failed; ` +
    `CDN sizes: ${sizeCounts.passed - sizeCounts.overBudget} within budget, ` +
    `${sizeCounts.overBudget} over budget within their ceiling, ${sizeCounts.failed} over`,
);
if (!ok && failed === 0) console.log('A test runner exited with an error (see above).');
console.log(`total: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
