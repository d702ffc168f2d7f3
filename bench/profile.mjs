// A diagnostic beside the benchmark: where does a contender's time go?
//
//   node bench/profile.mjs [--scenario scorecard] [--contender ours] [--runs 5] [--lines]
//
// Builds the contender's page unminified (esbuild marks each module with a `// path` comment,
// which maps a profiled line back to its source file), then per run, in a fresh page: the V8 CPU
// profiler (100 µs sampling) and a Chrome trace around each timed step. Prints, as medians over
// the runs, JS self time grouped by source (natives counted for their caller) and the main
// thread's rendering work (style, layout, paint) from the trace.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, openBenchPage } from './lib/browser.mjs';
import { bundle } from './lib/build.mjs';
import { TRACE_CATEGORIES, renderWork } from './lib/trace.mjs';
import { median, renderTable } from './lib/report.mjs';
import { serveBench } from './lib/server.mjs';
import { scenarios } from './scenarios/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/.out');
const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'scorecard' },
    contender: { type: 'string', default: 'ours' },
    runs: { type: 'string', default: '5' },
    // Name functions by their line in their module, to tell anonymous callbacks apart.
    lines: { type: 'boolean', default: false },
  },
});
const scenario = scenarios.find((each) => each.name === args.scenario);
const contender = scenario?.contenders.find((each) => each.name === args.contender);
if (!contender) {
  console.error(`Unknown scenario/contender ${args.scenario}/${args.contender}`);
  process.exit(2);
}
const runs = Number(args.runs);

/** How a source path is reported. */
function bucketOf(path) {
  if (!path) return '(unknown)';
  const rules = [
    [/node_modules\/valibot\//, 'valibot (validation)'],
    [/src\/data\/(validate|schema|issues|framework)\.ts$/, 'src/data validate+schema (validation)'],
    [/src\/data\/derive\.ts$/, 'src/data/derive.ts (view derivation)'],
    [/scorecard-view\.ts$/, 'scorecard-view.ts (view derivation)'],
    [/src\/core\/format\.ts$/, 'core/format.ts (Intl)'],
    [/radar\.ts$/, 'radar.ts (radar template)'],
    [/node_modules\/d3-/, 'd3-scale/d3-shape'],
    [/scorecard\.ts$/, 'scorecard.ts (templates)'],
    [/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//, 'lit (render/update)'],
    [/node_modules\/@lit\/context\//, '@lit/context'],
    [/src\/core\//, 'src/core (base element, language, css props)'],
    [/src\/i18n\//, 'src/i18n'],
    [/bench\/pages\//, 'bench harness'],
    [/node_modules\/chart\.js\//, 'chart.js'],
    [/node_modules\/(echarts|zrender)\//, 'echarts/zrender'],
  ];
  return rules.find(([pattern]) => pattern.test(path))?.[1] ?? path;
}

// 1. The unminified page and its line → module index.
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `profile-${scenario.name}-${contender.name}.js`);
await bundle(root, contender.entry, file, { minify: false, keepNames: true, legalComments: 'none' });
const modules = [];
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, index) => {
    const match = /^\/\/ ((?:\.\.\/)*(?:node_modules|src|bench)\/\S+\.(?:ts|js|mjs))$/.exec(line);
    if (match) modules.push({ line: index, path: match[1] });
  });
const moduleEntryAt = (line) => {
  let found;
  for (const module of modules) {
    if (module.line > line) break;
    found = module;
  }
  return found;
};
const moduleAt = (line) => moduleEntryAt(line)?.path;

const pages = new Map([
  [`${scenario.name}/${contender.name}`, { template: join(root, 'bench/pages/page.html'), bundle: file }],
]);
const server = await serveBench({ outDir, pages, data: new Map([[scenario.name, scenario.data(root)]]) });
const browser = await launchBrowser();
const notes = { blocked: [], console: [] };

/** Self time (ms) per bucket; a native frame's time goes to its nearest JS caller's bucket. */
function attribute(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const own = (node) => {
    const { url, functionName, lineNumber } = node.callFrame;
    if (url.endsWith(file.split('/').pop())) return bucketOf(moduleAt(lineNumber));
    if (!url && functionName.startsWith('(')) return functionName; // (program), (garbage collector), (idle)
    return undefined;
  };
  const bucketFor = new Map();
  const resolveBucket = (id) => {
    if (bucketFor.has(id)) return bucketFor.get(id);
    const node = byId.get(id);
    let bucket = own(node);
    if (bucket === undefined) {
      const up = parent.get(id);
      bucket = up === undefined ? '(native)' : resolveBucket(up);
      if (bucket === '(root)') bucket = `(native) ${node.callFrame.functionName}`;
    }
    bucketFor.set(id, bucket);
    return bucket;
  };
  const totals = {};
  const functions = {};
  const inclusive = {};
  const nameOf = (node, bucket) => {
    const { functionName, lineNumber, url } = node.callFrame;
    const module = args.lines && url.endsWith(file.split('/').pop()) ? moduleEntryAt(lineNumber) : undefined;
    // The bundle's line less the module's marker line: about the line in the source file.
    const at = module ? `:${lineNumber - module.line}` : '';
    return `${functionName || '(anonymous)'}${at} [${bucket}]`;
  };
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const bucket = resolveBucket(id);
    if (bucket === '(idle)' || bucket === '(root)') return;
    totals[bucket] = (totals[bucket] ?? 0) + ms;
    const node = byId.get(id);
    const name = nameOf(node, bucket);
    functions[name] = (functions[name] ?? 0) + ms;
    // Inclusive time: every function on the sample's stack, once each (recursion counted once).
    const onStack = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (frame.callFrame.url.endsWith(file.split('/').pop())) onStack.add(nameOf(frame, resolveBucket(at)));
    }
    for (const each of onStack) inclusive[each] = (inclusive[each] ?? 0) + ms;
  });
  return { totals, functions, inclusive };
}

const steps = scenario.steps
  .filter((step) => step.call && !['dom', 'platform'].includes(step.call))
  .map((step) => step.call);
const collected = Object.fromEntries(
  steps.map((step) => [step, { js: [], functions: [], inclusive: [], render: [], measures: [] }]),
);
try {
  for (let run = 0; run <= runs; run += 1) {
    const session = await openBenchPage(
      browser,
      server.origin,
      `/pages/${scenario.name}/${contender.name}.html`,
      notes,
      'profile',
    );
    try {
      await session.cdp.send('Profiler.enable');
      await session.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      for (const step of steps) {
        await session.page.tracing.start({ categories: TRACE_CATEGORIES });
        await session.cdp.send('Profiler.start');
        const measures = await session.step(step);
        const { profile } = await session.cdp.send('Profiler.stop');
        const trace = Buffer.from(await session.page.tracing.stop()).toString('utf8');
        if (run === 0) continue; // warm-up
        const { totals, functions, inclusive } = attribute(profile);
        collected[step].js.push(totals);
        collected[step].functions.push(functions);
        collected[step].inclusive.push(inclusive);
        collected[step].render.push(renderWork(trace));
        collected[step].measures.push(measures);
      }
    } finally {
      await session.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const medianOf = (list, key) => median(list.map((each) => each[key] ?? 0));
const fmt = (ms) => ms.toFixed(2);
/** The functions with the largest median time over the runs (`perRun`: name → ms, one per run). */
function printTop(title, perRun) {
  const top = [...new Set(perRun.flatMap((each) => Object.keys(each)))]
    .map((name) => [name, medianOf(perRun, name)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, args.lines ? 40 : 15);
  console.log(`\n${title}`);
  console.log(
    renderTable([['function [source]', 'ms'], ...top.map(([name, ms]) => [name.slice(0, 100), fmt(ms)])]),
  );
}
console.log(
  `Profile of ${scenario.name}/${contender.name}: medians of ${runs} fresh pages (profiler and tracing on: slower than the benchmark).`,
);
for (const step of steps) {
  const { js, functions, inclusive, render, measures } = collected[step];
  console.log(
    `\n== ${step}: ${Object.keys(measures[0])
      .map((key) => `${key} ${fmt(medianOf(measures, key))} ms`)
      .join(', ')}`,
  );
  const buckets = [...new Set(js.flatMap((each) => Object.keys(each)))]
    .map((bucket) => [bucket, medianOf(js, bucket)])
    .sort((a, b) => b[1] - a[1]);
  const total = buckets.reduce((sum, [, ms]) => sum + ms, 0);
  console.log('\nCPU profile, self time by source (natives counted for their JS caller)');
  console.log(
    renderTable([
      ['source', 'ms', 'share'],
      ...buckets
        .filter(([, ms]) => ms >= 0.05)
        .map(([bucket, ms]) => [bucket, fmt(ms), `${((ms / total) * 100).toFixed(0)}%`]),
    ]),
  );
  printTop('Top functions by self time', functions);
  printTop('Top functions by total time (self and callees; natives included)', inclusive);
  const names = [...new Set(render.flatMap((each) => Object.keys(each)))];
  console.log('\nTrace, main thread (events nest: GC may sit inside others; counts are not ms)');
  console.log(renderTable([['event', 'ms'], ...names.map((name) => [name, fmt(medianOf(render, name))])]));
}
if (notes.console.length > 0) console.log(`\nConsole: ${[...new Set(notes.console)].slice(0, 5).join('\n')}`);
