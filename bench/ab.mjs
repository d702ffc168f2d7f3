// A/B: our component as it is in the working tree ("after") against the same component at a git
// revision ("before", default HEAD), in one headless-Chromium run.
//
//   node bench/ab.mjs --scenario quick-wins [--base HEAD~3] [--samples 9] [--source inline]
//
// On a shared, loaded machine two separate `npm run bench` runs are not comparable: the same code
// moves by a quarter from one run to the next. Here both versions are built from the scenario's
// page for ours (each from its own tree, so page and library match), served side by side, and
// sampled in pairs on fresh pages, the order alternating (A B, B A, …) so that a drift in the
// machine's load falls on both. Prints medians of both, after/before, and the share of pairs in
// which "after" was faster: a change is real when that share is far from one half.
//
// `--source inline` gives the quick-wins and timeline components their document as inline JSON,
// which they parse themselves (the one-script-tag case), instead of the `data` property that
// `npm run bench` uses for all contenders alike.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, runSample } from './lib/browser.mjs';
import { bundle } from './lib/build.mjs';
import { formatRatio, formatValue, median, renderTable } from './lib/report.mjs';
import { serveBench } from './lib/server.mjs';
import { scenarios } from './scenarios/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'scorecard' },
    base: { type: 'string', default: 'HEAD' },
    samples: { type: 'string', default: '9' },
    source: { type: 'string', default: 'data' },
  },
});
const scenario = scenarios.find((each) => each.name === args.scenario);
const ours = scenario?.contenders.find((contender) => contender.ours);
const samples = Number(args.samples);
if (!ours || !Number.isInteger(samples) || samples < 1 || !['data', 'inline'].includes(args.source)) {
  console.error(
    `node bench/ab.mjs --scenario <${scenarios.map((each) => each.name).join('|')}> [--base REV] [--samples N] [--source data|inline]`,
  );
  process.exit(2);
}

const outDir = join(root, 'bench/.out/ab');
const baseTree = join(tmpdir(), `bekasi-ab-${process.pid}`);
const git = (...rest) => execFileSync('git', ['-C', root, ...rest], { encoding: 'utf8' }).trim();
const baseCommit = git('rev-parse', '--short', args.base);

const server = { close: async () => undefined };
let browser;
try {
  // 1. The "before" tree: a detached worktree at the base revision, sharing our node_modules.
  git('worktree', 'add', '--detach', baseTree, args.base);
  symlinkSync(join(root, 'node_modules'), join(baseTree, 'node_modules'), 'dir');
  if (!existsSync(join(baseTree, ours.entry))) {
    throw new Error(`${ours.entry} does not exist at ${args.base}: nothing to compare with`);
  }

  // 2. One page bundle per version, built alike.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const versions = [
    { name: 'before', tree: baseTree },
    { name: 'after', tree: root },
  ];
  const pages = new Map();
  for (const version of versions) {
    const file = join(outDir, `${scenario.name}-${version.name}.js`);
    await bundle(version.tree, ours.entry, file);
    pages.set(`${scenario.name}/${version.name}`, {
      template: join(root, ours.page ?? 'bench/pages/page.html'),
      bundle: file,
    });
  }
  const data = new Map([[scenario.name, scenario.data(root)]]);
  Object.assign(server, await serveBench({ outDir, pages, data }));
  browser = await launchBrowser();
  const notes = { blocked: [], console: [] };

  // 3. Pairs, the order alternating; round 0 warms up and is discarded.
  const load = loadavg()[0];
  const pairs = [];
  for (let round = 0; round <= samples; round += 1) {
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    const pair = {};
    for (const version of order) {
      pair[version] = await runSample(
        browser,
        server.origin,
        scenario,
        `${scenario.name}/${version}`,
        notes,
        `?source=${args.source}`,
      );
    }
    if (round > 0) pairs.push(pair);
    process.stdout.write(round === 0 ? `${scenario.name}: warm-up done` : ` ${round}`);
  }
  process.stdout.write('\n');

  // 4. Every timed step and its CPU row, the DOM count and the heap.
  const calls = new Set(scenario.steps.map((step) => step.call).filter(Boolean));
  const rows = scenario.metrics.flatMap((metric) =>
    calls.has(metric.key) && metric.unit === 'ms'
      ? [metric, { key: `${metric.key}Cpu`, label: '  main-thread CPU time', unit: 'ms' }]
      : [metric],
  );
  const table = [
    ['metric (median)', `before (${baseCommit})`, 'after (working tree)', 'after/before', 'after faster'],
  ];
  for (const metric of rows) {
    const value = (sample) => sample[metric.key];
    const scale = metric.scale ?? 1;
    const before = pairs.map((pair) => value(pair.before)).filter(Number.isFinite);
    const after = pairs.map((pair) => value(pair.after)).filter(Number.isFinite);
    if (before.length === 0 || after.length === 0) continue;
    const faster = pairs.filter((pair) => value(pair.after) < value(pair.before)).length;
    table.push([
      metric.label,
      formatValue(median(before) * scale, metric.unit),
      formatValue(median(after) * scale, metric.unit),
      formatRatio(median(after) / median(before)),
      `${faster} of ${pairs.length}`,
    ]);
  }
  console.log(
    `\n${scenario.title}, document as ${args.source === 'inline' ? 'inline JSON' : 'the data property'}\n${samples} pairs, fresh page each, order alternating; load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}\n`,
  );
  console.log(renderTable(table));
  console.log('\nBelow 1× after/before, the working tree is faster or smaller.');
} finally {
  await browser?.close();
  await server.close();
  if (existsSync(baseTree)) git('worktree', 'remove', '--force', baseTree);
}
