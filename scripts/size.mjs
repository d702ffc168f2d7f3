// `npm run size`: the CDN files against the budgets in design.md ("Budgets"). Reads cdn/ as
// built by `npm run build`, or with `--fresh` builds the bundles in memory (what `npm test`
// does, so the check needs no prior build). Prints a table, writes test-results/size.json and
// exits 1 when a file is over its budget or nothing was built.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'cdn');

const KB = 1024;
/** The all-in-one file carries every component; each other file carries one. */
const budgetFor = (file) => (file === 'bekasi-elements.js' ? 45 * KB : 30 * KB);
/**
 * Files that ship over their budget, each held to a ceiling so that it cannot grow unnoticed.
 * `<bekasi-timeline>` does not fit in 30 KB (docs/performance.md, "Sizes"); a page on an old CMS
 * is better served by a timeline 4 KB over budget than by none, so its file and the all-in-one
 * file ship, are reported as OVER and fail this check only past their ceiling.
 */
// The timeline's raised to 34.6 KB in round sixteen (docs/performance.md) for defect fixes that
// the room found that round did not cover, and back to 34.5 KB in round seventeen when its own
// code found the room; the all-in-one's back to 51 KB in round seventeen. The timeline's raised
// to 34.6 KB again in round nineteen for screen-reader fixes (a failed refresh said, the list's
// pauses), which its 2 B left could not hold. The all-in-one's raised to 51.1 KB in round twenty,
// 2 B short after two searches for room, for one alert per shared failure, error headings and an
// expanded radar axis. Both lowered in round twenty-two (the context protocol written out), to
// 34.5 and 50.8 KB, and in round twenty-five (room in the styles and in the shared code) to 34.4
// and 50.7 KB.
const CEILINGS = { 'timeline.js': 34.4 * KB, 'bekasi-elements.js': 50.7 * KB };

const fresh = process.argv.includes('--fresh');
/** file name → contents */
const built = new Map();
if (fresh) {
  const { buildCdnBundle, cdnBundles } = await import('./cdn.mjs');
  for (const bundle of cdnBundles(root))
    built.set(bundle.file, Buffer.from(await buildCdnBundle(bundle, root)));
} else if (existsSync(cdn)) {
  for (const file of readdirSync(cdn).filter((name) => name.endsWith('.js'))) {
    built.set(file, readFileSync(join(cdn, file)));
  }
}
const files = [...built.keys()].sort();
if (files.length === 0) {
  console.error('No cdn/*.js found. Run `npm run build` first, or `npm run size -- --fresh`.');
  process.exit(1);
}

const rows = files.map((file) => {
  const bytes = built.get(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = budgetFor(file);
  const ceiling = CEILINGS[file] ?? budget;
  const status = gzip <= budget ? 'OK' : gzip <= ceiling ? 'OVER budget, within ceiling' : 'OVER';
  return { file: `cdn/${file}`, raw: bytes.length, gzip, budget, ceiling, status, ok: gzip <= ceiling };
});

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const header = ['file', 'raw', 'gzip', 'budget', 'ceiling', 'status'];
const table = [
  header,
  ...rows.map((row) => [
    row.file,
    kb(row.raw),
    kb(row.gzip),
    `≤ ${kb(row.budget)}`,
    row.ceiling === row.budget ? '' : `≤ ${kb(row.ceiling)}`,
    row.status,
  ]),
];
const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
for (const cells of table) {
  console.log(
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}

const over = rows.filter((row) => !row.ok);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/size.json'),
  `${JSON.stringify({ ok: over.length === 0, files: rows }, null, 2)}\n`,
);

const accepted = rows.filter((row) => row.ok && row.gzip > row.budget);
if (over.length > 0) {
  console.error(`\n${over.length} file(s) over their limit: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
console.log(
  accepted.length === 0
    ? `\nAll ${rows.length} CDN files within budget.`
    : `\n${rows.length - accepted.length} CDN files within budget; ${accepted.length} over budget but within ` +
        `their ceiling: ${accepted.map((row) => row.file).join(', ')}.`,
);
